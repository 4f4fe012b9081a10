#include "t.h"

#include <stdlib.h>

#include "crossread/text.h"
#include "crossread/util.h"

TEST(utf8_valid_and_invalid)
{
    CHECK(cr_utf8_valid("Ստեփանակերտ", strlen("Ստեփանակերտ")));
    CHECK(!cr_utf8_valid("\xC0\xAF", 2));      /* overlong */
    CHECK(!cr_utf8_valid("\xED\xA0\x80", 3));  /* surrogate */
    CHECK(!cr_utf8_valid("ab\xFF", 3));
}

TEST(utf8_repair_replaces_maximal_subparts)
{
    size_t n, rep;
    char *r = cr_utf8_repair("a\xF0\x9F\x98z\xFFq", 7, &n, &rep);
    CHECK_STR(r, "a\xEF\xBF\xBDz\xEF\xBF\xBDq");
    CHECK_INT(rep, 2);
    free(r);
    r = cr_utf8_repair("caf\xE9", 4, &n, &rep); /* Latin-1 e-acute */
    CHECK_STR(r, "caf\xEF\xBF\xBD");
    CHECK_INT(rep, 1);
    free(r);
    r = cr_utf8_repair("\xE2\x82", 2, &n, &rep); /* truncated at the end */
    CHECK_STR(r, "\xEF\xBF\xBD");
    CHECK_INT(rep, 1);
    free(r);
}

TEST(sanitize_makes_escapes_visible)
{
    size_t n, ch;
    char *r = cr_sanitize("a\x1b[31mred\x07\n\tb\x7f", 14, false, &n, &ch);
    CHECK_STR(r, "a\xE2\x90\x9B[31mred\xE2\x90\x87\n\xE2\x90\x89" "b\xE2\x90\xA1");
    CHECK_INT(ch, 4);
    free(r);
    r = cr_sanitize("x\xC2\x9B" "2J", 5, true, &n, &ch); /* C1 CSI */
    CHECK_STR(r, "x\xEF\xBF\xBD" "2J");
    free(r);
}

TEST(fold_removes_case_and_diacritics)
{
    char *f = cr_fold("  Hacızade  ÇAĞLAR", strlen("  Hacızade  ÇAĞLAR"));
    CHECK_STR(f, "hacızade caglar");
    free(f);
    f = cr_fold("Ստեփանակերտ", strlen("Ստեփանակերտ"));
    CHECK_STR(f, "ստեփանակերտ");
    free(f);
}

/* ASCII runs take a shortcut past the Unicode tables and the rest is folded run by run: the
 * result must not depend on where the runs meet. */
TEST(fold_ascii_runs_match_general_path)
{
    static const char *const cases[] = {"Hello  World", "\tTabs\nand\r\nCRLF \v\f end ",
                                        "ALL CAPS, digits 123 & punctuation!?", "x"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *with = cr_xasprintf("%s \xc3\x89", cases[i]); /* + " É" */
        char *a = cr_fold(cases[i], strlen(cases[i]));
        char *b = cr_fold(with, strlen(with));
        char *want = cr_xasprintf("%s e", a);
        CHECK_STR(b, want);
        free(with);
        free(a);
        free(b);
        free(want);
    }
    /* a mark after an ASCII letter, a Kelvin sign before ASCII, a no-break space between */
    const char *mixed = "Cafe\xcc\x81 \xe2\x84\xaa" "ELVIN\xc2\xa0\xc2\xa0OK ";
    char *f = cr_fold(mixed, strlen(mixed));
    CHECK_STR(f, "cafe kelvin ok");
    free(f);
}
