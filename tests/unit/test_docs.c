/* The manual page names every action of the reader and every command, so it cannot drift
 * from the action table. */
#include "t.h"

#include <stdlib.h>

#include "crossread/action.h"
#include "crossread/util.h"

TEST(docs_man_page_names_every_action)
{
    char *text = NULL, *err = NULL;
    size_t len;
    CHECK(cr_read_whole_file(t_path("docs/crossread.1"), &text, &len, &err));
    if (!text) {
        free(err);
        return;
    }
    /* roff writes a hyphen as \- */
    char *plain = cr_xmalloc(len + 1), *o = plain;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\\' && i + 1 < len && text[i + 1] == '-')
            continue;
        *o++ = text[i];
    }
    *o = '\0';
    for (int a = 1; a < CR_ACT_COUNT; a++) {
        char *row = cr_xasprintf("\n%s\t", cr_action_name((cr_action)a));
        if (!strstr(plain, row))
            t_fail(__FILE__, __LINE__, "docs/crossread.1 has no KEYS row for '%s'",
                   cr_action_name((cr_action)a));
        free(row);
    }
    static const char *const commands[] = {"open",    "import", "list",  "show",  "entities",
                                           "mentions", "xref",  "merge", "split", "export",
                                           "backup", "search", "claims"};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        char *sub = cr_xasprintf("\n.SS %s", commands[i]);
        if (!strstr(plain, sub))
            t_fail(__FILE__, __LINE__, "docs/crossread.1 has no section for '%s'", commands[i]);
        free(sub);
    }
    free(plain);
    free(text);
}
