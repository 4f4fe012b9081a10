/* test_entity_pieces.c - the name rules written after the second audit: pieces that join a
 * name (&, partner lists, bare initials, compass points), pieces that end one (a capitalised
 * And, an age group, a police rank), acronyms with hyphens and numbers, and a club named by
 * its last word. */
#include "t.h"

#include <stdlib.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

TEST(entity_pieces_that_join_a_name)
{
    cr_entities e;
    th_extract("The move by Johnson & Johnson was expected. Lead manager Stifel, Nicolaus and Co Inc "
            "said so, and Stifel said more. Nominees include R Kelly and Usher. "
            "Members are Britain, Japan, the U.S.\nAnd West Germany, they said.", &e);
    const cr_mention *m = th_mention(&e, "Johnson & Johnson");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(!th_mention(&e, "Johnson"));
    m = th_mention(&e, "Stifel, Nicolaus and Co Inc");
    CHECK(m && m->kind == CR_ENT_ORG);
    m = th_mention(&e, "Stifel");
    CHECK(m && strcmp(m->name, "Stifel, Nicolaus and Co Inc") == 0);
    CHECK(th_mention(&e, "R Kelly"));
    CHECK(!th_mention(&e, "Kelly"));
    m = th_mention(&e, "West Germany");
    CHECK(m && m->kind == CR_ENT_PLACE);
    CHECK(!th_mention(&e, "U.S. And West Germany"));
    CHECK(th_mention(&e, "U.S."));
    cr_entities_free(&e);
    /* "A" is the article, not an initial */
    th_extract("They met. A Kelly spokesman said no.", &e);
    CHECK(!th_mention(&e, "A Kelly"));
    cr_entities_free(&e);
}

TEST(entity_pieces_that_end_a_name)
{
    cr_entities e;
    th_extract("Former England Under-21 keeper Nicky Weaver is back. The head of the unit, Acting "
            "Detective Chief Superintendent, Mick Deats, said so. Later Chief Supt Deats added more. "
            "Liberal Democrat Sarah Teather agreed.", &e);
    CHECK(th_mention(&e, "England"));
    CHECK(!th_mention(&e, "England Under-21"));
    CHECK(!th_mention(&e, "Acting Detective"));
    CHECK(!th_mention(&e, "Superintendent"));
    CHECK(!th_mention(&e, "Supt Deats"));
    const cr_mention *m = th_mention(&e, "Deats");
    CHECK(m && strcmp(m->name, "Mick Deats") == 0 && m->kind == CR_ENT_PERSON);
    m = th_mention(&e, "Sarah Teather");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(th_mention(&e, "Liberal Democrat"));
    cr_entities_free(&e);
}

TEST(entity_acronyms_with_hyphens_and_numbers)
{
    cr_entities e;
    th_extract("Ministers said the Group of Seven (G-7) accord holds.", &e);
    CHECK(th_has_alias(&e, "Group of Seven", "G-7"));
    cr_entities_free(&e);
    const char *names[] = {"National Hi-Tech Crime Unit", "NHTCU"};
    cr_name_stat st[2] = {{names[0], CR_ENT_ORG, 1}, {names[1], CR_ENT_ORG, 1}};
    size_t grp[2], canon[2];
    int kinds[2];
    cr_entities_resolve(th_gazetteer(), st, 2, NULL, 0, NULL, 0, NULL, 0, NULL, 0, grp, canon, kinds);
    CHECK(grp[0] == grp[1]);
}

TEST(entity_club_named_by_last_word)
{
    cr_entities e;
    th_extract("Richard Dunne will commit to Manchester City. He was threatened by City boss Kevin "
            "Keegan. \"I want to stay at City,\" he said.", &e);
    const cr_mention *m = th_mention(&e, "City");
    CHECK(m && strcmp(m->name, "Manchester City") == 0 && m->kind == CR_ENT_ORG);
    m = th_mention(&e, "Manchester City");
    CHECK(m && m->kind == CR_ENT_ORG);
    cr_entities_free(&e);
    /* no sign of a club: a bare "City" stays itself */
    th_extract("Traders in the City were calm. Mexico City was hot.", &e);
    m = th_mention(&e, "City");
    CHECK(!m || strcmp(m->name, "City") == 0);
    cr_entities_free(&e);
}

TEST(entity_team_sheet_parentheses_are_no_aliases)
{
    cr_entities e;
    th_extract("Forwards: R Beattie (Northampton), G Bulloch (Glasgow, capt), A Hogg (Edinburgh), "
            "J White (Sale). The National Audit Office (NAO) agreed.", &e);
    CHECK(!th_has_alias(&e, "R Beattie", "Northampton"));
    CHECK(!th_has_alias(&e, "Hogg", "Edinburgh"));
    CHECK(!th_has_alias(&e, "J White", "Sale"));
    CHECK(th_has_alias(&e, "National Audit Office", "NAO"));
    const cr_mention *m = th_mention(&e, "R Beattie");
    CHECK(m && m->kind == CR_ENT_PERSON); /* an initial is a given name cut short */
    cr_entities_free(&e);
}
