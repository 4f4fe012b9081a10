/* test_entity_audit3.c - the name rules written after the third audit: generic capitals and
 * languages are no names, a weekday after a given name is a surname, an occupation written
 * as a title is cut off the name and makes it a person; a name without its leading country
 * or nationality stands for the qualified name; a capitalised "The" inside a sentence opens
 * a title; a given name and surname before "of" are a person apart; "iPod", "eBay" are names;
 * "and" joins a body's name ("Securities and Exchange Commission"). */
#include "t.h"

#include <stdlib.h>

#include "crossread/entity.h"
#include "entity_helpers.h"


bool cr_ent_generic_sorted(void);

TEST(entity_generic_capitals_are_no_names)
{
    CHECK(cr_ent_generic_sorted());
    cr_entities e;
    th_extract("Sales of LCD screens and PCs rose, said Ann Hobbs. The film is in Hindi. "
            "Scotland are in Pool A. Cards carry an ID number.", &e);
    CHECK(!th_mention(&e, "LCD"));
    CHECK(!th_mention(&e, "PCs"));
    CHECK(!th_mention(&e, "Hindi"));
    CHECK(!th_mention(&e, "Pool"));
    CHECK(!th_mention(&e, "ID"));
    CHECK(th_mention(&e, "Ann Hobbs"));
    CHECK(th_mention(&e, "Scotland"));
    cr_entities_free(&e);
}

TEST(entity_weekday_surname_and_occupation_cues)
{
    cr_entities e;
    th_extract("\"We can win,\" said England coach Mike Friday. The vote is on Friday. "
            "Actor and Producer Aamir Khan's new film opens.", &e);
    const cr_mention *m = th_mention(&e, "Mike Friday");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(!th_mention(&e, "Mike"));
    CHECK(!th_mention(&e, "Friday"));
    m = th_mention(&e, "Aamir Khan");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(!th_mention(&e, "Producer Aamir Khan"));
    cr_entities_free(&e);
}

TEST(entity_name_without_its_country_is_the_same)
{
    cr_entities e;
    th_extract("The US Department of Justice sued. The Department of Justice said so. Ships sailed "
            "the Persian Gulf. The Gulf was calm. Mexico City was hot; the City was calm.", &e);
    const cr_mention *m = th_mention(&e, "Department of Justice");
    CHECK(m && strcmp(m->name, "US Department of Justice") == 0 && m->kind == CR_ENT_ORG);
    m = th_mention(&e, "Gulf");
    CHECK(m && strcmp(m->name, "Persian Gulf") == 0);
    m = th_mention(&e, "City");
    CHECK(!m || strcmp(m->name, "Mexico City") != 0);
    cr_entities_free(&e);
}

TEST(entity_title_opened_by_a_capital_the)
{
    cr_entities e;
    th_extract("Khan's next venture The Rising opens soon. The film is long. "
            "Talks were held in The Hague.", &e);
    const cr_mention *m = th_mention(&e, "The Rising");
    CHECK(m && m->kind == CR_ENT_OTHER);
    CHECK(!th_mention(&e, "Rising"));
    m = th_mention(&e, "The Hague");
    CHECK(m && m->kind == CR_ENT_PLACE);
    cr_entities_free(&e);
}

TEST(entity_person_of_a_film_is_two_names)
{
    cr_entities e;
    th_extract("Stars like Nick Moran of Lock Stock want roles. The Bank of England held rates.", &e);
    const cr_mention *m = th_mention(&e, "Nick Moran");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(!th_mention(&e, "Nick Moran of Lock Stock"));
    CHECK(th_mention(&e, "Bank of England"));
    cr_entities_free(&e);
}

TEST(entity_brand_with_lower_case_first_letter)
{
    cr_entities e;
    th_extract("Sales of the iPod rose, and eBay said so. Tests of mRNA went on.", &e);
    CHECK(th_mention(&e, "iPod"));
    CHECK(th_mention(&e, "eBay"));
    CHECK(!th_mention(&e, "mRNA"));
    cr_entities_free(&e);
}

TEST(entity_and_inside_a_body_name)
{
    cr_entities e;
    th_extract("It told the Securities and Exchange Commission (SEC) first. Smith and Barclays Bank "
            "met. Scotland and Ireland Council met.", &e);
    const cr_mention *m = th_mention(&e, "Securities and Exchange Commission");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(!th_mention(&e, "Smith and Barclays Bank"));
    CHECK(th_mention(&e, "Barclays Bank"));
    cr_entities_free(&e);
}
