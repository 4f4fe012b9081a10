/* test_entity_audit4.c - the name rules written after the fourth audit (session 2): each a
 * general rule, tested on sentences written for it, not on the audit texts. */
#include "t.h"

#include <stdlib.h>

#include "crossread/entity.h"
#include "entity_helpers.h"


/* A boilerplate opener ("Subscribe", "Sign up") must be a whole word: a paragraph that opens
 * with "Subscribers to ..." is article text and its names count. */
TEST(entity_boilerplate_openers_are_whole_words)
{
    cr_entities e;
    th_extract("Title\n\nSubscribers to Acme's service can call Eric Abensur in Europe.\n"
            "Subscribe to our newsletter, Daily Planet Digest\n", &e);
    CHECK(th_mention(&e, "Eric Abensur"));
    CHECK(th_mention(&e, "Europe"));
    CHECK(!th_mention(&e, "Daily Planet Digest"));
    cr_entities_free(&e);
}

/* A capitalised common word that no rule explains and that the article writes once is
 * emphasis or a piece of a title, no name; written again, or possessive, it is a name. */
TEST(entity_lone_common_words_are_no_names)
{
    cr_entities e;
    th_extract("Title\n\nThe new rules came in the Budget last week, he said in Leeds. "
            "Shares in Apple rose as Apple sold more. Moody's cut its rating.\n", &e);
    CHECK(!th_mention(&e, "Budget"));
    CHECK(th_mention(&e, "Apple"));
    CHECK(th_mention(&e, "Moody's"));
    CHECK(th_mention(&e, "Leeds"));
    cr_entities_free(&e);
}

/* A nationality before a person's name is cut off and says "person"; a bare given name is
 * the one person of the article bearing it, and two people sharing it keep it apart;
 * holidays and generic abbreviations are no names. */
TEST(entity_people_by_nationality_and_given_name)
{
    cr_entities e;
    th_extract("Title\n\nHe beat Frenchman Arnaud Clement and American Andy Roddick at Christmas. "
            "Tony Blair spoke on DVD sales. Later Tony said he was glad.\n", &e);
    const cr_mention *m = th_mention(&e, "Arnaud Clement");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(th_mention(&e, "Andy Roddick"));
    CHECK(!th_mention(&e, "Frenchman Arnaud Clement"));
    CHECK(!th_mention(&e, "Christmas"));
    CHECK(!th_mention(&e, "DVD"));
    m = th_mention(&e, "Tony");
    CHECK(m && strcmp(m->name, "Tony Blair") == 0);
    cr_entities_free(&e);
    th_extract("Title\n\nTony Blair met Tony Benn. Later Tony said he was glad.\n", &e);
    m = th_mention(&e, "Tony");
    CHECK(!m || strcmp(m->name, "Tony") == 0);
    cr_entities_free(&e);
}

/* The words an acronym spells out are one name, small lower-case words and all. */
TEST(entity_acronym_defines_its_long_name)
{
    cr_entities e;
    th_extract("Title\n\nThe firm sold Voice over Internet Protocol (VoIP) phones. The Organisation "
            "for Economic Co-operation and Development (OECD) agreed. Later the OECD said so.\n", &e);
    CHECK(th_mention(&e, "Voice over Internet Protocol"));
    const cr_mention *m = th_mention(&e, "Organisation for Economic Co-operation and Development");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(!th_mention(&e, "Development"));
    bool alias = false;
    for (size_t i = 0; i < e.nalias; i++)
        alias |= strcmp(e.alias[i].b, "OECD") == 0 || strcmp(e.alias[i].a, "OECD") == 0;
    CHECK(alias);
    cr_entities_free(&e);
}

/* Rules after the fifth audit: an initial and a surname are the article's full name; two
 * bodies joined by "and" stay two; a saint's possessive stays inside a place's name; codes
 * such as "M-1" are no names; an occupation before a name is a title cut off it. */
TEST(entity_rules_after_audit5)
{
    cr_entities e;
    th_extract("Title\n\nTom Shanklin scored. Wales: G Thomas (capt); T Shanklin, M Jones.\n"
            "The New York State Department of Health and State University of New York met in "
            "St Helen's Road. The M-1 money supply rose. Model Anna Nicole Smith spoke. "
            "The Securities and Exchange Commission agreed.\n", &e);
    const cr_mention *m = th_mention(&e, "T Shanklin");
    CHECK(m && strcmp(m->name, "Tom Shanklin") == 0);
    m = th_mention(&e, "G Thomas");
    CHECK(m && strcmp(m->name, "G Thomas") == 0);
    CHECK(th_mention(&e, "New York State Department of Health"));
    CHECK(th_mention(&e, "State University of New York"));
    CHECK(th_mention(&e, "St Helen's Road"));
    CHECK(!th_mention(&e, "M-1"));
    m = th_mention(&e, "Anna Nicole Smith");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(th_mention(&e, "Securities and Exchange Commission"));
    cr_entities_free(&e);
}

/* Across the library a company with and without its legal suffix is one group; a person
 * or a place with such a word after it is not joined. */
TEST(entity_company_suffix_joins_in_library)
{
    cr_name_stat st[] = {{"K Mart Corp", CR_ENT_ORG, 2}, {"K Mart", CR_ENT_ORG, 1},
                         {"Vontobel Holding AG", CR_ENT_ORG, 1}, {"Vontobel Holding", CR_ENT_OTHER, 1},
                         {"Jack Co", CR_ENT_ORG, 1}, {"Jack", CR_ENT_PERSON, 1}};
    size_t grp[6], canon[6];
    cr_entities_resolve(NULL, st, 6, NULL, 0, NULL, 0, NULL, 0, NULL, 0, grp, canon, NULL);
    CHECK(grp[0] == grp[1]);
    CHECK(grp[2] == grp[3]);
    CHECK(grp[4] != grp[5]);
}

/* A plural possessive before a body's name is inside it; a quote's closing mark and a
 * plural possessive before anything else are not; religions are no names. */
TEST(entity_plural_possessive_and_religions)
{
    cr_entities e;
    th_extract("'Errors' doomed it\n\nThe Actors' Equity Association met Islam scholars and "
            "Congress' Democratic leaders.\n", &e);
    CHECK(th_mention(&e, "Actors' Equity Association"));
    CHECK(!th_mention(&e, "Islam"));
    CHECK(!th_mention(&e, "Errors"));
    CHECK(!th_mention(&e, "Congress' Democratic"));
    cr_entities_free(&e);
}

/* Several acronyms in one text each join their own long name, and the names around them
 * stay whole and in order; a run of small words before one joins nothing. */
TEST(entity_acronym_spans_many)
{
    cr_entities e;
    th_extract("Title\n\nTony Blair praised Voice over Internet Protocol (VoIP), the a a a a a a a "
            "(AAAA) and the Organisation for Economic Co-operation and Development (OECD); "
            "Blair said the World Wide Fund for Nature (WWF) agreed.\n", &e);
    CHECK(th_mention(&e, "Voice over Internet Protocol"));
    CHECK(th_mention(&e, "Organisation for Economic Co-operation and Development"));
    CHECK(th_mention(&e, "World Wide Fund for Nature"));
    const cr_mention *m = th_mention(&e, "Blair");
    CHECK(m && strcmp(m->name, "Tony Blair") == 0);
    for (size_t i = 1; i < e.n; i++)
        CHECK(e.m[i - 1].start + e.m[i - 1].len <= e.m[i].start);
    cr_entities_free(&e);
}
