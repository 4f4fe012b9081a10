/* test_entity_round6.c - the name rules written in session 6 from the errors of the dev
 * sets (tests/data/entities-dev*-gold.tsv): each a general rule, tested on sentences
 * written for it, not on the dev texts. */
#include "t.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

/* A place's name after Mr, Mrs, Ms, Dr or Sir is a surname ("Mr Houston" is no city). */
TEST(entity_honorific_before_place_is_person)
{
    cr_entities e;
    th_extract("Title\n\nThe party met on Monday. Mr Houston is said to have left it, and Ms Essex "
               "spoke for the assembly. Dr Lancaster agreed.\n",
               &e);
    CHECK(th_mention_is(&e, "Houston", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Essex", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Lancaster", CR_ENT_PERSON));
    cr_entities_free(&e);
}

/* A given name before a place's name is a person ("Stephen Toulouse"), also when it opens
 * the sentence; a plain word opening the sentence before a given name is not part of the
 * name ("Actors Sarah Lancashire"); "Referee Howard Webb" is Howard Webb. */
TEST(entity_given_name_before_place_and_plain_opener)
{
    cr_entities e;
    th_extract("Title\n\nThe patch was downloaded by six million people. Stephen Toulouse, a manager at "
               "the firm, said so. Actors Sarah Lancashire and Timothy Spall star in it. Referee "
               "Howard Webb sent him off. In Toulouse the rain went on.\n",
               &e);
    CHECK(th_mention(&e, "Stephen Toulouse"));
    CHECK(th_mention(&e, "Sarah Lancashire"));
    CHECK(!th_mention(&e, "Actors Sarah Lancashire"));
    CHECK(th_mention_is(&e, "Howard Webb", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Toulouse", CR_ENT_PLACE));
    cr_entities_free(&e);
}

/* A name particle after the sentence's first word keeps a person's name whole ("Rodrigo de
 * Rato"); with a given name first it is a person, while "Banco de Portugal" stays a body.
 * Inside a sentence "Will" before a capitalised word is the given name, not the verb, but
 * not in a title-case run ("We Will Rock You"). */
TEST(entity_particles_and_will)
{
    cr_entities e;
    th_extract("Title\n\nRodrigo de Rato, head of the fund, spoke first. The bank hired Robin van Persie "
               "as an adviser, and Banco de Portugal agreed. World Cup winners Jonny Wilkinson, Will "
               "Greenwood and Mike Tindall came. The musical We Will Rock You ran on.\n",
               &e);
    CHECK(th_mention_is(&e, "Rodrigo de Rato", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Robin van Persie", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Banco de Portugal", CR_ENT_ORG));
    CHECK(th_mention_is(&e, "Will Greenwood", CR_ENT_PERSON));
    CHECK(!th_mention(&e, "Will Rock You"));
    cr_entities_free(&e);
}

/* "The" before a body's name with its head word is no title ("The Chicago Board Options
 * Exchange" is the exchange), while "the film The Grudge" keeps its article. */
TEST(entity_the_before_body_name)
{
    cr_entities e;
    th_extract("Title\n\nCHICAGO, April 9 - The Chicago Board Options Exchange said volume rose. She "
               "starred in the horror film The Grudge last year.\n",
               &e);
    CHECK(th_mention(&e, "Chicago Board Options Exchange"));
    CHECK(!th_mention(&e, "The Chicago Board Options Exchange"));
    CHECK(th_mention(&e, "The Grudge"));
    cr_entities_free(&e);
}

/* "the British Government" is no name and "the US Government" is the US; diseases,
 * network standards and exams are kinds of things (Aids, IPv6, GCSE); a known place does
 * not stand for whatever once follows it ("US" beside "US Capitol", "Liverpool" beside
 * "Liverpool Echo"), while "Newcastle" beside "Newcastle United" is the club. */
TEST(entity_government_generic_and_place_alone)
{
    cr_entities e;
    th_extract("Title\n\nThe British Government and the US Government met. The US Capitol was shut. "
               "The US said no. Aids and SARS spread while IPv6 and GCSE results waited. The Liverpool "
               "Echo said Liverpool was calm. Newcastle United won and Newcastle are fifth.\n",
               &e);
    CHECK(!th_mention(&e, "British Government"));
    CHECK(!th_mention(&e, "US Government"));
    CHECK(!th_mention(&e, "Aids"));
    CHECK(!th_mention(&e, "IPv6"));
    CHECK(!th_mention(&e, "GCSE"));
    size_t places = 0;
    for (size_t i = 0; i < e.n; i++)
        if (strcmp(e.m[i].surface, "US") == 0 || strcmp(e.m[i].surface, "Liverpool") == 0)
            places += e.m[i].kind == CR_ENT_PLACE && strcmp(e.m[i].name, e.m[i].surface) == 0;
    CHECK(places == 3);
    const cr_mention *n = th_mention(&e, "Newcastle");
    CHECK(n && strcmp(n->name, "Newcastle United") == 0);
    cr_entities_free(&e);
}

/* Wire style for lawmakers: "Rep. Bill Emerson, R-Mo." is a person (the title shortened
 * with a point, as "Mr. Houston" and "Sen. Thad Cochran") and the state of Missouri. */
TEST(entity_dotted_titles_and_party_state)
{
    cr_entities e;
    th_extract("Title\n\nWASHINGTON, March 3 - The group backs bills of Rep. Bill Emerson,\nR-Mo. and "
               "Sen. Thad Cochran, R-Miss. Mr. Houston said Sen. Patrick Leahy, D-Vt., agreed.\n",
               &e);
    CHECK(th_mention_is(&e, "Bill Emerson", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Thad Cochran", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Houston", CR_ENT_PERSON));
    CHECK(!th_mention(&e, "Rep"));
    const cr_mention *m = th_mention(&e, "R-Mo");
    CHECK(m && m->kind == CR_ENT_PLACE && strcmp(m->name, "Missouri") == 0);
    m = th_mention(&e, "D-Vt");
    CHECK(m && strcmp(m->name, "Vermont") == 0);
    cr_entities_free(&e);
}

/* Holidays of two words are no names (Christmas Day, Boxing Day, New Year's Day), and an
 * era's or a creed's adjective before a place is no part of it (Victorian England). */
TEST(entity_holidays_and_era_adjectives)
{
    cr_entities e;
    th_extract("Title\n\nIn Victorian England and Communist Russia, on Christmas Day, Boxing Day and New "
               "Year's Day, the shops shut.\n",
               &e);
    CHECK(th_mention(&e, "England"));
    CHECK(th_mention(&e, "Russia"));
    CHECK(!th_mention(&e, "Victorian England"));
    CHECK(!th_mention(&e, "Christmas Day"));
    CHECK(!th_mention(&e, "Boxing Day"));
    CHECK(!th_mention(&e, "Day"));
    CHECK(!th_mention(&e, "New Year"));
    cr_entities_free(&e);
}
