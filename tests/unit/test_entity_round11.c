/* test_entity_round11.c - the name rules written in session 11 from the errors of story7..12
 * and the Reuters dev stories story21..26: each a general rule, tested on sentences written
 * for it. */
#include "t.h"

#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

#define LEAD "The markets said on Monday that trading would stay thin until the spring of next year. "

/* A given name and one capitalised word that is also a nationality or religion is a person
 * of that surname; the adjective after other names is still no part of them. */
TEST(entity_demonym_as_surname)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "But Louise Christian, the lawyer for the men, said they were "
               "tired, and Rep. Glenn English agreed. The Kenyan Christian leaders met in Nairobi.\n",
               &e);
    CHECK(th_mention_is(&e, "Louise Christian", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Glenn English", CR_ENT_PERSON));
    CHECK(th_mention(&e, "Louise") == NULL);
    CHECK(th_mention(&e, "Kenyan Christian") == NULL);
    CHECK(th_mention(&e, "Christian") == NULL);
    cr_entities_free(&e);
}

/* "Dennis A. Levine": after a given name the letters A and I are initials, not the article
 * or the pronoun; elsewhere "A." still ends a sentence. */
TEST(entity_initial_a_after_given_name)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The suit names former bankers Dennis A.\nLevine and Martin A. Siegel "
               "of the firm. Grade A. The rest were cleared.\n",
               &e);
    CHECK(th_mention_is(&e, "Dennis A. Levine", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Martin A. Siegel", CR_ENT_PERSON));
    CHECK(th_mention(&e, "Dennis A") == NULL);
    CHECK(th_mention(&e, "A. The") == NULL);
    cr_entities_free(&e);
}

/* A company's holding or a thing of its own is no place: "its position in USAir",
 * "contained in USAir's charter" leave the bare name free to stand for "USAir Group". A
 * known place after "in" still keeps its own reading. */
TEST(entity_holding_in_company_is_no_place)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "TWA said it holds 15 pct of USAir Group stock. TWA explained its "
               "position in USAir after a rule contained in USAir's charter. USAir said no. "
               "Texas Instruments said profits rose in Texas, and Texas voters agreed.\n",
               &e);
    CHECK(strcmp(th_stands_for(&e, "USAir"), "USAir Group") == 0);
    for (size_t i = 0; i < e.n; i++)
        if (strcmp(e.m[i].surface, "USAir") == 0)
            CHECK(strcmp(e.m[i].name, "USAir Group") == 0);
    CHECK(strcmp(th_stands_for(&e, "Texas"), "Texas") == 0);
    cr_entities_free(&e);
}

/* An acronym the article leaves undefined may spell "of" too: "DOT" of "Department of
 * Transportation", as "IBM" spells no suffix. */
TEST(entity_undefined_acronym_with_of)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The Department of Transportation said the merger needs review. "
               "A DOT official said the filing was late.\n",
               &e);
    CHECK(th_has_alias(&e, "Department of Transportation", "DOT"));
    cr_entities_free(&e);
}

/* A portfolio word before a title is part of the title ("Economics Minister", "Managing
 * Director", "Vice-President"); the nationality before it ("West German") is no place. */
TEST(entity_portfolio_words_in_titles)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "West German Economics Minister Martin Bangemann met IMF Managing "
               "Director Michel Camdessus and Bundesbank Vice-President Helmut Schlesinger. Oil "
               "Minister Hisham Nazer stayed away.\n",
               &e);
    CHECK(th_mention_is(&e, "Martin Bangemann", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Michel Camdessus", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Helmut Schlesinger", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Hisham Nazer", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "IMF", CR_ENT_ORG));
    CHECK(th_mention(&e, "West") == NULL);
    CHECK(th_mention(&e, "West German Economics") == NULL);
    CHECK(th_mention(&e, "IMF Managing") == NULL);
    CHECK(th_mention(&e, "Vice-President Helmut Schlesinger") == NULL);
    cr_entities_free(&e);
}

/* A portfolio word alone ("Commerce said") stands for the article's body that it leads,
 * and is dropped where there is none ("Budget"). */
TEST(entity_portfolio_word_alone)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The Commerce Department said exports rose. Officials at "
               "Commerce said the figures were final. The Budget was delayed.\n",
               &e);
    CHECK(strcmp(th_stands_for(&e, "Commerce"), "Commerce Department") == 0);
    CHECK(th_mention(&e, "Budget") == NULL);
    cr_entities_free(&e);
}

/* A particle of two words ("de la", "van der") is inside a person's name, also at a
 * sentence's start and after a title; a body's first word ("Puerto") keeps the place. */
TEST(entity_two_word_particles)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "He spoke with Mexican president Miguel de la Madrid. Fernando de la "
               "Rua agreed, Actor Rodrigo de la Serna smiled and Edwin van der Sar saved. Puerto de "
               "la Cruz is sunny.\n",
               &e);
    CHECK(th_mention_is(&e, "Miguel de la Madrid", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Fernando de la Rua", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Rodrigo de la Serna", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Edwin van der Sar", CR_ENT_PERSON));
    CHECK(th_mention(&e, "Madrid") == NULL);
    CHECK(th_mention(&e, "Puerto de la Cruz") != NULL && !th_mention_is(&e, "Puerto de la Cruz", CR_ENT_PERSON));
    cr_entities_free(&e);
}

/* A country and the known city named after it are two places ("Mexico", "Mexico City"),
 * while a sea's short name is the sea ("Aegean"). */
TEST(entity_country_is_not_its_city)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The bankers met in Mexico City on Friday. Mexico and Peru are the "
               "largest producers. Ships crossed the Aegean Sea, and the Aegean was calm.\n",
               &e);
    CHECK(strcmp(th_stands_for(&e, "Mexico"), "Mexico") == 0);
    CHECK(strcmp(th_stands_for(&e, "Mexico City"), "Mexico City") == 0);
    CHECK(strcmp(th_stands_for(&e, "Aegean"), "Aegean Sea") == 0);
    cr_entities_free(&e);
}

/* "the Reagan Administration" names the president, as "the Reagan administration" does; a
 * body named by a common word ("Veterans Administration") stays a body. */
TEST(entity_surname_administration)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The Reagan Administration said no, and the Veterans Administration "
               "agreed.\n",
               &e);
    CHECK(th_mention_is(&e, "Reagan", CR_ENT_PERSON));
    CHECK(th_mention(&e, "Reagan Administration") == NULL);
    CHECK(th_mention_is(&e, "Veterans Administration", CR_ENT_ORG));
    cr_entities_free(&e);
}
