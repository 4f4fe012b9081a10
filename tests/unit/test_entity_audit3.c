/* test_entity_audit3.c - the name rules written after the third audit: generic capitals and
 * languages are no names, a weekday after a given name is a surname, an occupation written
 * as a title is cut off the name and makes it a person; a name without its leading country
 * or nationality stands for the qualified name; a capitalised "The" inside a sentence opens
 * a title; a given name and surname before "of" are a person apart; "iPod", "eBay" are names;
 * "and" joins a body's name ("Securities and Exchange Commission"). */
#include "t.h"

#include <stdlib.h>

#include "crossread/entity.h"

static cr_gazetteer *gz;

static void free_gaz(void)
{
    cr_gazetteer_free(gz);
}

static void extract(const char *text, cr_entities *e)
{
    if (!gz) {
        gz = cr_gazetteer_default();
        atexit(free_gaz);
    }
    cr_entities_extract(gz, text, strlen(text), NULL, 0, e);
}

static const cr_mention *mention(const cr_entities *e, const char *surface)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->m[i].surface, surface) == 0)
            return &e->m[i];
    return NULL;
}

bool cr_ent_generic_sorted(void);

TEST(entity_generic_capitals_are_no_names)
{
    CHECK(cr_ent_generic_sorted());
    cr_entities e;
    extract("Sales of LCD screens and PCs rose, said Ann Hobbs. The film is in Hindi. "
            "Scotland are in Pool A. Cards carry an ID number.", &e);
    CHECK(!mention(&e, "LCD"));
    CHECK(!mention(&e, "PCs"));
    CHECK(!mention(&e, "Hindi"));
    CHECK(!mention(&e, "Pool"));
    CHECK(!mention(&e, "ID"));
    CHECK(mention(&e, "Ann Hobbs"));
    CHECK(mention(&e, "Scotland"));
    cr_entities_free(&e);
}

TEST(entity_weekday_surname_and_occupation_cues)
{
    cr_entities e;
    extract("\"We can win,\" said England coach Mike Friday. The vote is on Friday. "
            "Actor and Producer Aamir Khan's new film opens.", &e);
    const cr_mention *m = mention(&e, "Mike Friday");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(!mention(&e, "Mike"));
    CHECK(!mention(&e, "Friday"));
    m = mention(&e, "Aamir Khan");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(!mention(&e, "Producer Aamir Khan"));
    cr_entities_free(&e);
}

TEST(entity_name_without_its_country_is_the_same)
{
    cr_entities e;
    extract("The US Department of Justice sued. The Department of Justice said so. Ships sailed "
            "the Persian Gulf. The Gulf was calm. Mexico City was hot; the City was calm.", &e);
    const cr_mention *m = mention(&e, "Department of Justice");
    CHECK(m && strcmp(m->name, "US Department of Justice") == 0 && m->kind == CR_ENT_ORG);
    m = mention(&e, "Gulf");
    CHECK(m && strcmp(m->name, "Persian Gulf") == 0);
    m = mention(&e, "City");
    CHECK(!m || strcmp(m->name, "Mexico City") != 0);
    cr_entities_free(&e);
}

TEST(entity_title_opened_by_a_capital_the)
{
    cr_entities e;
    extract("Khan's next venture The Rising opens soon. The film is long. "
            "Talks were held in The Hague.", &e);
    const cr_mention *m = mention(&e, "The Rising");
    CHECK(m && m->kind == CR_ENT_OTHER);
    CHECK(!mention(&e, "Rising"));
    m = mention(&e, "The Hague");
    CHECK(m && m->kind == CR_ENT_PLACE);
    cr_entities_free(&e);
}

TEST(entity_person_of_a_film_is_two_names)
{
    cr_entities e;
    extract("Stars like Nick Moran of Lock Stock want roles. The Bank of England held rates.", &e);
    const cr_mention *m = mention(&e, "Nick Moran");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(!mention(&e, "Nick Moran of Lock Stock"));
    CHECK(mention(&e, "Bank of England"));
    cr_entities_free(&e);
}

TEST(entity_brand_with_lower_case_first_letter)
{
    cr_entities e;
    extract("Sales of the iPod rose, and eBay said so. Tests of mRNA went on.", &e);
    CHECK(mention(&e, "iPod"));
    CHECK(mention(&e, "eBay"));
    CHECK(!mention(&e, "mRNA"));
    cr_entities_free(&e);
}

TEST(entity_and_inside_a_body_name)
{
    cr_entities e;
    extract("It told the Securities and Exchange Commission (SEC) first. Smith and Barclays Bank "
            "met. Scotland and Ireland Council met.", &e);
    const cr_mention *m = mention(&e, "Securities and Exchange Commission");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(!mention(&e, "Smith and Barclays Bank"));
    CHECK(mention(&e, "Barclays Bank"));
    cr_entities_free(&e);
}
