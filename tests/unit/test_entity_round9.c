/* test_entity_round9.c - the name rules written in session 9 from the errors of story1..6 in
 * the names their texts share: each a general rule, tested on sentences written for it. */
#include "t.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

#define LEAD "The party said on Monday that its campaign would start in the spring of next year. "

/* A member's seat after "for" is a place ("MEP for the East Midlands", "MP for Bolton West");
 * other titles going on with "for" still hold no name ("Minister for Sport"). */
TEST(entity_seat_after_member)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Mr Kilroy-Silk, an MEP for the East Midlands, resigned. Ruth Kelly, "
               "the MP for Bolton West, spoke to the Minister for Sport.\n",
               &e);
    CHECK(th_mention_is(&e, "East Midlands", CR_ENT_PLACE));
    CHECK(th_mention_is(&e, "Bolton West", CR_ENT_PLACE));
    CHECK(th_mention(&e, "Sport") == NULL);
    cr_entities_free(&e);
}

/* "ex-BBC", "anti-EU": an acronym after a prefix is a name of its own; before a capitalised
 * word the prefix stays an adjective ("post-GDR Germany" gives no "GDR Germany"). */
TEST(entity_acronym_after_prefix)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Ex-BBC chat show host Robert Kilroy-Silk leads an anti-EU party of "
               "non-NATO states, and spoke of post-GDR Germany.\n",
               &e);
    CHECK(th_mention(&e, "BBC") != NULL);
    CHECK(th_mention(&e, "EU") != NULL);
    CHECK(th_mention(&e, "NATO") != NULL);
    CHECK(th_mention(&e, "GDR Germany") == NULL);
    CHECK(th_mention_is(&e, "Robert Kilroy-Silk", CR_ENT_PERSON));
    cr_entities_free(&e);
}

/* A lone word opening a sentence is a name when an apposition says what it is ("Parmalat,
 * the Italian food group"); an adverb before a comma is not ("Earlier, the company ..."). */
TEST(entity_apposition_after_lone_word)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Parmalat, the Italian food group at the centre of the scandal, "
               "reported a profit. Earlier, the company said so. Stepanakert, the regional capital, "
               "was quiet. Separately, the firm sold a unit.\n",
               &e);
    CHECK(th_mention_is(&e, "Parmalat", CR_ENT_ORG));
    CHECK(th_mention(&e, "Stepanakert") != NULL);
    CHECK(th_mention(&e, "Earlier") == NULL);
    CHECK(th_mention(&e, "Separately") == NULL);
    cr_entities_free(&e);
}
