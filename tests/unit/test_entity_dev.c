/* test_entity_dev.c - the name rules written in session 3 from the errors of the six dev
 * sets (tests/data/entities-dev*-gold.tsv): each a general rule, tested on sentences
 * written for it, not on the dev texts. */
#include "t.h"

#include <stdlib.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

/* A line listing names between commas is a team sheet: every item is a person, though the
 * line is all capitals like a title. A label before a colon is none of them. */
TEST(entity_team_sheet_lines_are_people)
{
    cr_entities e;
    th_extract("Title\n\nThe match ended level after a late goal.\n\n"
               "Subs Not Used: Hislop, Griffin, Primus, De Zeeuw, Taylor, Stone (Cisse 76), Faye.\n\n"
               "R Russell, B Douglas, N Hines, J Dunbar, M Blair.\n", &e);
    const cr_mention *m = th_mention(&e, "Griffin");
    CHECK(m && m->kind == CR_ENT_PERSON);
    m = th_mention(&e, "Stone");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(th_mention(&e, "De Zeeuw"));
    CHECK(th_mention(&e, "B Douglas"));
    CHECK(!th_mention(&e, "Subs Not Used"));
    cr_entities_free(&e);
    /* a title-case headline line is still a title line: its unknown words wait */
    th_extract("Title\n\nVisitors Flock To Seaside Resorts Despite Rain\n\nIt rained.\n", &e);
    CHECK(!th_mention(&e, "Visitors"));
    CHECK(!th_mention(&e, "Seaside Resorts"));
    cr_entities_free(&e);
}

/* Wire copy capitalises the word after a country's abbreviation ("the U.S. Economy"): a
 * common word there is not part of a name, and the country is found. */
TEST(entity_country_abbreviation_then_common_word)
{
    cr_entities e;
    th_extract("Title\n\nDealers pointed to the U.S. Economy and the U.S. Trade deficit, while "
               "U.K. Businesses waited. The U.S. Federal Reserve held rates.\n", &e);
    const cr_mention *m = th_mention(&e, "U.S.");
    CHECK(m && m->kind == CR_ENT_PLACE);
    CHECK(th_mention(&e, "U.K."));
    CHECK(!th_mention(&e, "U.S. Economy"));
    CHECK(!th_mention(&e, "U.S. Trade"));
    CHECK(!th_mention(&e, "Economy"));
    cr_entities_free(&e);
}

/* A web address names its site, capitalised or not; "www." addresses are links. */
TEST(entity_web_addresses_are_sites)
{
    cr_entities e;
    th_extract("Title\n\nPortals such as Sina.com and Sohu.com grew, as did newsgaming.com. "
               "See www.example.com for more.\n", &e);
    const cr_mention *m = th_mention(&e, "Sina.com");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(th_mention(&e, "Sohu.com"));
    CHECK(th_mention(&e, "newsgaming.com"));
    CHECK(!th_mention(&e, "www.example.com"));
    cr_entities_free(&e);
}

/* A word known by itself stays itself beside a body named by it and a head word; beside a
 * company named after it, it is the company. An acronym is not a lower-case word. */
TEST(entity_known_words_beside_bodies_named_after_them)
{
    cr_entities e;
    th_extract("Title\n\nChina Construction Bank lost money. Banks in China are state-run, "
               "and China wants reform. Britney Spears attacked the US press and Us Weekly; "
               "Us printed a reply.\n", &e);
    const cr_mention *m = th_mention(&e, "China");
    CHECK(m && strcmp(m->name, "China") == 0 && m->kind == CR_ENT_PLACE);
    m = th_mention(&e, "US");
    CHECK(m && strcmp(m->name, "Us Weekly") != 0);
    cr_entities_free(&e);
}

/* "A and B Corp": the run after "and" ends in a company suffix and the words before it are
 * no company of their own: one firm. A known firm before "and" stays apart. */
TEST(entity_and_before_a_company_suffix)
{
    cr_entities e;
    th_extract("Title\n\nShares of Mitsubishi Trust and Banking Corp rose, said a dealer.\n", &e);
    CHECK(th_mention(&e, "Mitsubishi Trust and Banking Corp"));
    cr_entities_free(&e);
    th_extract("Title\n\nAdvisers were Merrill Lynch and Acme Widgets Corp, it said.\n", &e);
    CHECK(th_mention(&e, "Merrill Lynch"));
    CHECK(!th_mention(&e, "Merrill Lynch and Acme Widgets Corp"));
    cr_entities_free(&e);
}

/* A known place's people ("Gibraltarians", "Californian", "Londoners") are no names;
 * "Iran" or "Milan" are not read as people of a shorter place. */
TEST(entity_place_demonyms_are_no_names)
{
    cr_entities e;
    th_extract("Title\n\nGibraltarians voted, a Californian judge ruled and Londoners cheered "
               "in Milan and Iran.\n", &e);
    CHECK(!th_mention(&e, "Gibraltarians"));
    CHECK(!th_mention(&e, "Californian"));
    CHECK(!th_mention(&e, "Londoners"));
    CHECK(th_mention(&e, "Milan"));
    CHECK(th_mention(&e, "Iran"));
    cr_entities_free(&e);
}

/* A first name the given-name list lacks, used alone, is the article's one person with it. */
TEST(entity_unlisted_first_name_alone)
{
    cr_entities e;
    th_extract("Title\n\nDouble champion Haile Gebrselassie will run. Later Haile said he was "
               "fit. Gebrselassie won in 2002. Green MSP Mark Ballard spoke.\n", &e);
    const cr_mention *m = th_mention(&e, "Haile");
    CHECK(m && strcmp(m->name, "Haile Gebrselassie") == 0 && m->kind == CR_ENT_PERSON);
    m = th_mention(&e, "Mark Ballard");
    CHECK(m && m->kind == CR_ENT_PERSON);
    cr_entities_free(&e);
}
