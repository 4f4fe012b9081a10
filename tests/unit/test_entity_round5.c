/* test_entity_round5.c - the name rules written in session 5 from the errors of the dev
 * sets dev7..dev10 (tests/data/entities-dev7..10-gold.tsv): each a general rule, tested on
 * sentences written for it, not on the dev texts. */
#include "t.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

static bool names(const cr_entities *e, const char *surface, const char *name)
{
    const cr_mention *m = th_mention(e, surface);
    return m && strcmp(m->name, name) == 0;
}

/* Team sheets as rugby reports print them: particles in lower case ("van der Walt", "CA
 * del Fava"), the initials "A" and "I" that are words elsewhere, replacements written "X
 * for Y (53)", a label with lower-case words ("Not used:"). Each item is one person. */
TEST(entity_team_sheet_particles_initials_replacements)
{
    cr_entities e;
    th_extract("Title\n\nThe home side won easily.\n\n"
               "Kemp, Ashworth, Pellow, Laird, Fenn; Morrow, Tench; Oakes, van der Berg, Pryce; "
               "Lund, Carver; Hale, Dunmore, Ruddock.\n\n"
               "Replacements: Bixby for Morrow (53), Quill for van der Berg (60), Pike for Lund (71), "
               "Sands for Hale (66). Not used: Yeats, Oldroyd\n\n"
               "R de Villiers; A Moretti, G Fabbri, CA del Santo, D dal Pozzo; I Rinaldi, A Lo Bianco.\n",
               &e);
    CHECK(th_mention(&e, "Ashworth"));
    CHECK(th_mention(&e, "van der Berg"));
    CHECK(th_mention(&e, "Bixby"));
    CHECK(th_mention(&e, "Quill"));
    CHECK(th_mention(&e, "Yeats"));
    CHECK(th_mention(&e, "Oldroyd"));
    CHECK(th_mention(&e, "R de Villiers"));
    CHECK(th_mention(&e, "A Moretti"));
    CHECK(th_mention(&e, "CA del Santo"));
    CHECK(th_mention(&e, "D dal Pozzo"));
    CHECK(th_mention(&e, "I Rinaldi"));
    CHECK(th_mention(&e, "A Lo Bianco"));
    const cr_mention *m = th_mention(&e, "Moretti");
    CHECK(!m);
    cr_entities_free(&e);
}

/* "G Thomas" and "J Thomas" in a team sheet after "Gareth Thomas" and "Jonathan Thomas":
 * the initial says which of the two people with one surname each is. "A Jones" is neither
 * "Stephen Jones" nor a bare "Jones"; a lone letter is no given name of anyone. */
TEST(entity_initial_picks_among_namesakes)
{
    cr_entities e;
    th_extract("Title\n\nTries from Gareth Thomas, Jonathan Thomas and Martyn Williams settled it "
               "before Stephen Jones and Shane Williams added more.\n\n"
               "G Thomas (capt); T Shanklin, S Williams; S Jones, D Peel; G Jenkins, M Davies, A Jones; "
               "J Thomas, M Williams, M Owen.\n\n"
               "R McBryde, J Yapp, I Gough, R Sowden-Taylor, G Cooper.\n",
               &e);
    CHECK(names(&e, "G Thomas", "Gareth Thomas"));
    CHECK(names(&e, "J Thomas", "Jonathan Thomas"));
    CHECK(names(&e, "M Williams", "Martyn Williams"));
    CHECK(names(&e, "S Williams", "Shane Williams"));
    CHECK(names(&e, "S Jones", "Stephen Jones"));
    CHECK(names(&e, "A Jones", "A Jones"));
    CHECK(th_mention(&e, "R McBryde"));
    CHECK(th_mention(&e, "I Gough"));
    CHECK(th_mention(&e, "G Cooper"));
    for (size_t i = 0; i < e.n; i++)
        CHECK(strlen(e.m[i].surface) > 1);
    cr_entities_free(&e);
}

/* Two bodies the gazetteer knows are two: a bare "BBC" beside "BBC One" is the BBC. A town
 * known by itself still names its club beside the club's full name. */
TEST(entity_known_body_beside_its_channel)
{
    cr_entities e;
    th_extract("Title\n\nThe drama starts on BBC One next week. A BBC spokesman said it cost more "
               "than any before.\n",
               &e);
    CHECK(names(&e, "BBC One", "BBC One"));
    CHECK(names(&e, "BBC", "BBC"));
    cr_entities_free(&e);
}

/* "New York-based": a known name of several words before "-based" is found whole, spelled
 * as written without the ending. */
TEST(entity_known_name_before_based)
{
    cr_entities e;
    th_extract("Title\n\nIn December it bought New York-based Acme, and a Hong Kong-listed rival "
               "followed.\n",
               &e);
    CHECK(names(&e, "New York", "New York"));
    CHECK(names(&e, "Hong Kong", "Hong Kong"));
    CHECK(!th_mention(&e, "York"));
    cr_entities_free(&e);
    /* wrapped across lines, it is still spelled on one line */
    th_extract("Title\n\nIt bought a New\nYork-based firm.\n", &e);
    CHECK(th_mention(&e, "New York"));
    cr_entities_free(&e);
}

/* Known names whose "'s" is their own are found whole ("Moody's", "Standard & Poor's"),
 * also before a number that makes them another known name (the index "Standard & Poor's
 * 500"); names with "&" match the gazetteer as written ("Marks & Spencer"). */
TEST(entity_known_names_with_possessive_and_ampersand)
{
    cr_entities e;
    th_extract("Title\n\nThe Standard & Poor's 500 index rose, while Moody's and Standard and Poor's "
               "kept their ratings. Shares in Marks & Spencer and the FTSE 100 fell.\n",
               &e);
    CHECK(names(&e, "Standard & Poor's 500", "Standard & Poor's 500"));
    CHECK(names(&e, "Moody's", "Moody's"));
    CHECK(names(&e, "Standard and Poor's", "Standard and Poor's"));
    const cr_mention *m = th_mention(&e, "Marks & Spencer");
    CHECK(m && strcmp(m->reason, "gazetteer") == 0);
    CHECK(th_mention(&e, "FTSE 100"));
    CHECK(!th_mention(&e, "Poor"));
    CHECK(!th_mention(&e, "Moody"));
    cr_entities_free(&e);
}

/* A draw or fixture list ("Hull v Colchester"): each side is a team, though it opens the
 * line and is a common word; two known places joined by "&" are one place, and a name
 * never starts or ends with the "&". */
TEST(entity_fixture_sides_and_places_joined_by_ampersand)
{
    cr_entities e;
    th_extract("Title\n\nThe draw was made on Sunday.\n\nHull v Colchester\n\nWolves v Millwall\n\n"
               "Later Serbia & Montenegro and Wales drew.\n",
               &e);
    const cr_mention *m = th_mention(&e, "Hull");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(th_mention(&e, "Wolves"));
    CHECK(th_mention(&e, "Colchester"));
    CHECK(th_mention(&e, "Millwall"));
    m = th_mention(&e, "Serbia & Montenegro");
    CHECK(m && m->kind == CR_ENT_PLACE);
    CHECK(th_mention(&e, "Wales"));
    for (size_t i = 0; i < e.n; i++)
        CHECK(e.m[i].surface[0] != '&' && e.m[i].surface[strlen(e.m[i].surface) - 1] != '&');
    cr_entities_free(&e);
}

/* "Sania Mirza of India": a person "of" a known place or body is two names; a title or a
 * body with a head word goes on across "of" ("Tourism Authority of Thailand", "Duchy of
 * Cornwall", "Shaun of the Dead"). */
TEST(entity_person_of_place_is_two_names)
{
    cr_entities e;
    th_extract("Title\n\nShe beat Sania Mirza of India and Elena Bovina of Russia, and the Tourism "
               "Authority of Thailand and the Writers Guild of America said so.\n",
               &e);
    CHECK(th_mention(&e, "Sania Mirza"));
    CHECK(th_mention(&e, "India"));
    CHECK(th_mention(&e, "Elena Bovina"));
    CHECK(th_mention(&e, "Russia"));
    const cr_mention *m = th_mention(&e, "Tourism Authority of Thailand");
    CHECK(m && m->kind == CR_ENT_ORG);
    m = th_mention(&e, "Writers Guild of America");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(!th_mention(&e, "Sania Mirza of India"));
    cr_entities_free(&e);
}

/* A head word alone ("the Committee", "the Act") is the one longer name of the article
 * that ends in it, or no name at all; a country's one institution ("Parliament",
 * "Treasury") stays a name. */
TEST(entity_lone_head_word_is_the_longer_name_or_none)
{
    cr_entities e;
    th_extract("Title\n\nThe Freedom of Information Act came into force. Critics said the Act "
               "was weak. The Committee met and the Bank said nothing, but the Treasury and "
               "Parliament agreed.\n",
               &e);
    CHECK(names(&e, "Act", "Freedom of Information Act"));
    CHECK(!th_mention(&e, "Committee"));
    CHECK(!th_mention(&e, "Bank"));
    CHECK(th_mention(&e, "Treasury"));
    CHECK(th_mention(&e, "Parliament"));
    cr_entities_free(&e);
}

/* Wire headlines capitalise units after a country's abbreviation: "U.S. Dlrs" is the U.S. */
TEST(entity_wire_unit_after_country)
{
    cr_entities e;
    th_extract("Title\n\nJAPAN BUYS 500 MLN U.S. Dlrs OF BONDS\n\nTraders bought 500 mln U.S. Dlrs of "
               "bonds, dealers said.\n",
               &e);
    CHECK(!th_mention(&e, "U.S. Dlrs"));
    CHECK(th_mention(&e, "U.S."));
    cr_entities_free(&e);
}

/* "Acme Corp of Dallas, Tex.": a firm's suffix ends its name, the place after "of" is a
 * place of its own, and the wire's state abbreviation is the state. */
TEST(entity_firm_of_place_and_state_abbreviation)
{
    cr_entities e;
    th_extract("Title\n\nH.B. Shaine and Co Inc of Grand Rapids said it bought Acme Corp of Dallas, "
               "Tex., for cash.\n",
               &e);
    CHECK(th_mention(&e, "H.B. Shaine and Co Inc"));
    CHECK(th_mention(&e, "Acme Corp"));
    CHECK(th_mention(&e, "Dallas"));
    const cr_mention *m = th_mention(&e, "Tex");
    CHECK(m && m->kind == CR_ENT_PLACE);
    cr_entities_free(&e);
}

/* An event is named again by its leading word ("Sundance" of "Sundance Film Festival"),
 * unless that word is a place, a common word or a first name of its own. */
TEST(entity_event_named_by_its_leading_word)
{
    cr_entities e;
    th_extract("Title\n\nThe Sundance Film Festival opens today. Films shown at Sundance often win. "
               "The Berlin Film Festival follows, and Berlin is cold. The Children Act passed; "
               "Children played.\n",
               &e);
    CHECK(names(&e, "Sundance", "Sundance Film Festival"));
    CHECK(names(&e, "Berlin", "Berlin"));
    const cr_mention *m = th_mention(&e, "Children");
    CHECK(!m || strcmp(m->name, "Children Act") != 0);
    cr_entities_free(&e);
}
