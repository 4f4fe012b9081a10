/* test_entity_round12.c - the name rules written in session 12 from the errors of the dev
 * stories (story1..34): each a general rule, tested on sentences written for it. */
#include "t.h"

#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

#define LEAD "The markets said on Monday that trading would stay thin until the spring of next year. "

/* A word used alone before the article writes a longer name that starts with it is a name
 * of its own (the group beside its unit, the firm beside its product); a short form comes
 * after the name it shortens, and a word followed by its body's head word is still one. */
TEST(entity_bare_word_before_longer_name)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The head of the Fiat conglomerate took charge of Fiat Auto, its car "
               "business, on Monday. Fiat shares rose. Biogen Idec said sales grew, and Biogen "
               "hired staff. Delta said fares would rise, and Delta Airlines agreed.\n",
               &e);
    CHECK(strcmp(th_stands_for(&e, "Fiat"), "Fiat") == 0);
    CHECK(th_mention_is(&e, "Fiat Auto", CR_ENT_ORG));
    CHECK(strcmp(th_stands_for(&e, "Biogen"), "Biogen Idec") == 0);
    CHECK(strcmp(th_stands_for(&e, "Delta"), "Delta Airlines") == 0);
    cr_entities_free(&e);
}

/* A body known by itself stays itself beside a longer name that is more than the kind of
 * firm ("BBC" beside "BBC Radio Sheffield"); "Boeing said" after "Boeing Co" is still the firm. */
TEST(entity_known_body_beside_its_unit)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "He told BBC Radio Sheffield that he was sorry. Boeing Co said orders "
               "rose. The BBC said the interview was recorded. Boeing said it agreed.\n",
               &e);
    CHECK(strcmp(th_stands_for(&e, "BBC"), "BBC") == 0);
    CHECK(th_mention_is(&e, "BBC Radio Sheffield", CR_ENT_ORG));
    CHECK(strcmp(th_stands_for(&e, "Boeing"), "Boeing Co") == 0);
    cr_entities_free(&e);
}

/* "Citicorp (Switzerland)", "Sunbeam Corp (Canada)": a firm's unit in a country; the country
 * in brackets is no other name of the firm. */
TEST(entity_firm_country_in_brackets_no_alias)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Andrew Barrett of Citicorp (Switzerland) said warrants sold well. "
               "Sunbeam Corp (Canada) said sales rose.\n",
               &e);
    CHECK(!th_has_alias(&e, "Citicorp", "Switzerland"));
    CHECK(!th_has_alias(&e, "Sunbeam Corp", "Canada"));
    CHECK(th_mention_is(&e, "Switzerland", CR_ENT_PLACE));
    cr_entities_free(&e);
}
