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

/* A weekday inside a name the gazetteer knows is part of it, not a date: "the Sunday Times
 * poll", "the Mail on Sunday"; and a short lower-case word inside a known name joins it
 * ("Dar es Salaam", "General Agreement on Tariffs and Trade"). Elsewhere a weekday still
 * ends a name ("said on Monday"). */
TEST(entity_weekday_and_small_word_inside_known_name)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Some 63 pct of those in the Sunday Times poll agreed. The Mail on Sunday "
               "said so. Talks on the General Agreement on Tariffs and Trade resumed in Dar es Salaam "
               "on Monday.\n",
               &e);
    CHECK(th_mention_is(&e, "Sunday Times", CR_ENT_ORG));
    CHECK(th_mention(&e, "Times") == NULL);
    CHECK(th_mention(&e, "Mail on Sunday") != NULL);
    CHECK(th_mention(&e, "General Agreement on Tariffs and Trade") != NULL);
    CHECK(th_mention_is(&e, "Dar es Salaam", CR_ENT_PLACE));
    CHECK(th_mention(&e, "Monday") == NULL);
    cr_entities_free(&e);
}

/* "the Daily Telegraph and The Sunday Telegraph": a capitalised "The" after "and" opens a
 * second name. */
TEST(entity_and_the_opens_a_name)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "He writes for the Daily Telegraph and The Sunday Telegraph each week.\n", &e);
    CHECK(th_mention(&e, "Daily Telegraph") != NULL);
    CHECK(th_mention(&e, "Sunday Telegraph") != NULL);
    cr_entities_free(&e);
}

/* "YouGov polled 1,981 voters": a word with a capital after a small letter names something
 * even as a sentence's first word, which otherwise waits for the article to confirm it. */
TEST(entity_inner_capital_opens_sentence)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "YouGov polled 1,981 voters online. CommunicateResearch interviewed 401 "
               "people. Meantime, prices rose.\n",
               &e);
    CHECK(th_mention(&e, "YouGov") != NULL);
    CHECK(th_mention(&e, "CommunicateResearch") != NULL);
    CHECK(th_mention(&e, "Meantime") == NULL);
    cr_entities_free(&e);
}

/* "the defection to Labour of Robert Jackson": "of" between a known name and a person's
 * given name and surname says whose; a title keeps its "of" ("The Diary of Alicia Keys"). */
TEST(entity_known_name_of_person)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "He cited the defection to Labour of Robert Jackson last week. Her album "
               "The Diary of Alicia Keys sold well.\n",
               &e);
    CHECK(th_mention(&e, "Labour") != NULL);
    CHECK(th_mention_is(&e, "Robert Jackson", CR_ENT_PERSON));
    CHECK(th_mention(&e, "Labour of Robert Jackson") == NULL);
    CHECK(th_mention(&e, "The Diary of Alicia Keys") != NULL);
    cr_entities_free(&e);
}
