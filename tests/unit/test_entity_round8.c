/* test_entity_round8.c - the name rules written in session 8 from the errors of audit7..14
 * (their gold lists became dev sets then): each a general rule of wire text, tested on
 * sentences written for it, not on the corpus texts. */
#include "t.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/entity.h"
#include "entity_helpers.h"

/* A long first paragraph keeps these sentences out of the team-sheet and list-line rules. */
#define LEAD "The company said on Monday that its profits rose sharply in the third quarter of the year. "

/* A capital letter and its point inside a name are an initial, not a sentence's end:
 * after a given name ("George W. Bush", "Mario M. Cuomo"), opening the name ("J. Henry
 * Schroeder") or after a title ("Analyst J. Brannam"). "plan B. Britain", "Malcolm X." and
 * "C. S.P.A." still end a sentence. */
TEST(entity_initial_with_point)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "President George W. Bush met Governor Mario M. Cuomo, and Charles W. "
               "Johnson Jr spoke for J. Henry Schroeder Bank and Trust Co. Analyst J. Brannam said "
               "the firm had no plan B. Britain wants more. He read Malcolm X. Larsen Inc rose.\n",
               &e);
    const cr_mention *m = th_mention(&e, "George W. Bush");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(th_mention_is(&e, "Mario M. Cuomo", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Charles W. Johnson Jr", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "J. Henry Schroeder Bank and Trust Co", CR_ENT_ORG));
    CHECK(th_mention_is(&e, "J. Brannam", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Britain", CR_ENT_PLACE));
    CHECK(th_mention(&e, "B. Britain") == NULL);
    CHECK(th_mention(&e, "Malcolm X") != NULL);
    CHECK(th_mention(&e, "Malcolm X. Larsen Inc") == NULL);
    cr_entities_free(&e);
}

/* A bare surname is the full name whose last word before a generation it is ("Ely" ->
 * "Joseph B. Ely II"). */
TEST(entity_surname_before_generation)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Joseph B. Ely II, its chairman, said the plan would go ahead. "
               "Mr Ely said the board had agreed to it on Friday after a long meeting.\n",
               &e);
    const cr_mention *m = th_mention(&e, "Ely");
    CHECK(m && strcmp(m->name, "Joseph B. Ely II") == 0);
    cr_entities_free(&e);
}

/* Firms in wire text: "and Co" ends a firm's name even after a known name ("Morgan Stanley
 * and Co Inc"); a bracketed place or word before the firm's suffix is part of it and no
 * alias ("Bache Securities (Japan) Ltd" is not Japan); after a firm's suffix "and" starts
 * another name ("Deutsche Bank AG and W.I. Carr"). */
TEST(entity_wire_firm_names)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Merrill Lynch Securities Co and Morgan Stanley and Co Inc will "
               "each have 0.5 pct, while Bache Securities (Japan) Ltd and Jardine Fleming "
               "(Securities) Ltd will each have 0.3 pct. Deutsche Bank AG and W.I. Carr get the "
               "rest. Japan approved the deal.\n",
               &e);
    CHECK(th_mention_is(&e, "Merrill Lynch Securities Co", CR_ENT_ORG));
    CHECK(th_mention_is(&e, "Morgan Stanley and Co Inc", CR_ENT_ORG));
    CHECK(th_mention_is(&e, "Bache Securities (Japan) Ltd", CR_ENT_ORG));
    CHECK(th_mention_is(&e, "Jardine Fleming (Securities) Ltd", CR_ENT_ORG));
    CHECK(th_mention_is(&e, "Deutsche Bank AG", CR_ENT_ORG));
    CHECK(th_mention(&e, "W.I. Carr") != NULL);
    CHECK(!th_has_alias(&e, "Bache Securities (Japan) Ltd", "Japan"));
    const cr_mention *m = th_mention(&e, "Japan");
    CHECK(m && strcmp(m->name, "Japan") == 0);
    cr_entities_free(&e);
}

/* A title word that is also a surname (King, Bishop, Major ...) after a given name ends a
 * person's name ("Graham King", "Writer Stephen King" without the title); before a name it
 * stays a title ("King Abdullah"). Initials "known as" a person are his, whatever kind the
 * capitals got ("JK, also known as Jason King"). */
TEST(entity_title_word_as_surname)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "The producers are Michael Mann and Graham King, who met King Abdullah. "
               "Writer Stephen King said so, says JK, also known as Jason King.\n",
               &e);
    CHECK(th_mention_is(&e, "Graham King", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Stephen King", CR_ENT_PERSON));
    CHECK(th_mention_is(&e, "Abdullah", CR_ENT_PERSON));
    CHECK(th_mention(&e, "King Abdullah") == NULL);
    CHECK(th_has_alias(&e, "JK", "Jason King"));
    cr_entities_free(&e);
}

/* A sentence's first word that says what the name is ("Comedy", "Distributor"), or a plain
 * word before an acronym ("Current PC", "Currently DRM"), is not part of the name; a firm's
 * adjective ("Consolidated TVX") and a roman numeral ("Volume III") stay. */
TEST(entity_sentence_first_descriptor)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Comedy Meet The Fockers took $19m. Distributor Sony Pictures said so. "
               "Currently DRM solutions are incompatible. Consolidated TVX rose. Volume III is out.\n",
               &e);
    CHECK(th_mention(&e, "Meet The Fockers") != NULL);
    CHECK(th_mention(&e, "Comedy Meet The Fockers") == NULL);
    CHECK(th_mention(&e, "Sony Pictures") != NULL);
    CHECK(th_mention(&e, "DRM") != NULL);
    CHECK(th_mention(&e, "Currently DRM") == NULL);
    CHECK(th_mention(&e, "Consolidated TVX") != NULL);
    CHECK(th_mention(&e, "Volume III") != NULL);
    cr_entities_free(&e);
}

/* Wire firms: partners of one or two words before "and Co" ("Smith Barney, Harris Upham and
 * Co"), not a person before his firm ("Thomas Kean, Kean and Co"); German "und" between
 * partners before the firm's suffix ("Fichtel und Sachs AG"). An act's year is part of its
 * name ("Terrorism Act 2000"); a story's code in brackets ("(NRKI 1821)") is no name. */
TEST(entity_wire_partners_acts_codes)
{
    cr_entities e;
    th_extract("Title\n\n" LEAD "Smith Barney, Harris Upham and Co led the issue, and Thomas Kean, Kean "
               "and Co joined, with Fichtel und Sachs AG. He cited the Terrorism Act 2000 in 2001. "
               "Ministers agreed on currency stability. (NRKI 1821)\n",
               &e);
    CHECK(th_mention_is(&e, "Smith Barney, Harris Upham and Co", CR_ENT_ORG));
    CHECK(th_mention(&e, "Thomas Kean") != NULL);
    CHECK(th_mention(&e, "Fichtel und Sachs AG") != NULL);
    CHECK(th_mention(&e, "Terrorism Act 2000") != NULL);
    CHECK(th_mention(&e, "NRKI") == NULL);
    cr_entities_free(&e);
}
