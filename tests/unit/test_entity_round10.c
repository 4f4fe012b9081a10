/* test_entity_round10.c - the name rules written in session 10 from the errors of story7..12
 * in the names their texts share: each a general rule, tested on sentences written for it. */
#include "t.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

#define LEAD "The markets said on Monday that trading would stay thin until the spring of next year. "

/* A title that goes on with "of" or "for" and words of its own ("Secretary of State",
 * "Chancellor of the Exchequer", "Minister for Sport") still has its holder after it, from
 * the given name on; the title's own words are no name. */
TEST(entity_holder_after_long_title)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Rates rose after U.K. Chancellor of the Exchequer Nigel Lawson spoke, "
               "and Secretary of State George Shultz met Minister for Sport Richard Caborn and "
               "Minister of Finance Gerhard Stoltenberg. The Minister of Foreign Affairs was away.\n",
               &e);
    CHECK(th_mention_is(&e, "Nigel Lawson", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "George Shultz", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Richard Caborn", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Gerhard Stoltenberg", CR_ENT_PERSON));
    CHECK(th_mention(&e, "Exchequer") == NULL);
    CHECK(th_mention(&e, "State") == NULL);
    CHECK(th_mention(&e, "Sport") == NULL);
    CHECK(th_mention(&e, "Foreign Affairs") == NULL);
    cr_entities_free(&e);
}

/* "Secretary of State for Trade and Industry Patricia Hewitt": the title's last words, cut
 * from it at "and", are no part of the holder's name. */
TEST(entity_title_words_before_holder)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The plan was backed by Secretary of State for Trade and Industry "
               "Patricia Hewitt on Friday.\n",
               &e);
    CHECK(th_mention_is(&e, "Patricia Hewitt", CR_ENT_PERSON));
    CHECK(th_mention(&e, "Industry Patricia Hewitt") == NULL);
    cr_entities_free(&e);
}

/* Two people of one surname in an article: a bare surname under a title is the one who
 * bears that title there, not the one named last. */
TEST(entity_bare_surname_under_same_title)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Treasury Secretary James Baker met the press. Later White House "
               "Chief of Staff Howard Baker spoke, and Baker said little. Officials say Volcker "
               "works closely with Treasury Secretary Baker on debt.\n",
               &e);
    const cr_mention *last = NULL;
    for (size_t i = 0; i < e.n; i++)
        if (strcmp(e.m[i].surface, "Baker") == 0)
            last = &e.m[i];
    CHECK(last != NULL);
    CHECK(last && strcmp(last->name, "James Baker") == 0);
    CHECK(strcmp(th_stands_for(&e, "Baker"), "Howard Baker") == 0); /* "and Baker said": the last named */
    cr_entities_free(&e);
}

/* "Nintendo DS" beside "Nintendo" and "DS": the product's letters alone stand for the
 * product, and the maker alone stays the maker. A firm's suffix is no product's letters
 * ("Siemens AG" ... "Siemens"). */
TEST(entity_maker_and_product_letters)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Nintendo said the Nintendo DS sold well. The DS has two screens, "
               "and Nintendo expects more. Sony said the Sony PSP is due in March; the PSP plays "
               "films. Siemens AG said profits rose, and Siemens expects more.\n",
               &e);
    CHECK(strcmp(th_stands_for(&e, "Nintendo"), "Nintendo") == 0);
    CHECK(strcmp(th_stands_for(&e, "DS"), "Nintendo DS") == 0);
    CHECK(strcmp(th_stands_for(&e, "Sony"), "Sony") == 0);
    CHECK(strcmp(th_stands_for(&e, "PSP"), "Sony PSP") == 0);
    CHECK(th_mention_is(&e, "Nintendo DS", CR_ENT_OTHER));
    CHECK(strcmp(th_stands_for(&e, "Siemens"), "Siemens AG") == 0);
    cr_entities_free(&e);
}

/* Across the library: a bare first name no list knows as common ("Elvis") joins the one
 * person whose first name it is; a common one ("Tony") does not, nor one that two people
 * bear ("Kylie" of two Kylies). */
TEST(entity_rare_first_name_joins_its_person)
{
    cr_name_stat st[] = {{"Elvis Presley", CR_ENT_PERSON, 3}, {"Elvis", CR_ENT_OTHER, 1},
                         {"Tony Blair", CR_ENT_PERSON, 3},    {"Tony", CR_ENT_OTHER, 1},
                         {"Kylie Minogue", CR_ENT_PERSON, 2}, {"Kylie Smith", CR_ENT_PERSON, 1},
                         {"Kylie", CR_ENT_OTHER, 1}};
    size_t grp[7], canon[7];
    cr_entities_resolve(th_gazetteer(), st, 7, NULL, 0, NULL, 0, NULL, 0, NULL, 0, grp, canon, NULL);
    CHECK(grp[0] == grp[1]);
    CHECK(grp[2] != grp[3]);
    CHECK(grp[6] != grp[4] && grp[6] != grp[5]);
}
