/* Export formatting: Markdown and JSON, grouped by article, with citations and the quoted
 * text verbatim; and the citation line that y copies. */
#include "t.h"

#include <stdlib.h>

#include "crossread/export.h"

static cr_mark mk(const char *key, cr_mark_kind kind, const char *text, const char *note)
{
    cr_mark m = {.kind = kind, .article_key = (char *)key, .text = (char *)text,
                 .note = (char *)note, .created = "2026-11-21 06:00:00", .article_id = 1};
    if (strcmp(key, "k1") == 0) {
        m.title = "Gunfire Around Karabakh";
        m.outlet = "Barron's";
        m.date = "2023-10-02";
        m.url = "https://example.com/a";
    } else {
        m.title = "Talks \"resume\"";
        m.outlet = "DW";
        m.date = "2023-10-03";
        m.article_id = 0; /* its file was pruned */
    }
    return m;
}

TEST(export_markdown_groups_by_article)
{
    cr_mark m[4] = {
        mk("k1", CR_MARK_HIGHLIGHT, "220 were killed,\nofficials said.", "Check the number"),
        mk("k1", CR_MARK_NOTE, "Moscow said", "Compare with TASS"),
        mk("k1", CR_MARK_BOOKMARK, "Second paragraph", NULL),
        mk("k2", CR_MARK_HIGHLIGHT, "talks would go on", NULL),
    };
    m[3].start = 5;
    cr_buf b;
    cr_buf_init(&b);
    cr_export_marks(m, 4, CR_EXPORT_MARKDOWN, &b);
    const char *want =
        "# Notes, highlights and bookmarks\n\n"
        "## Gunfire Around Karabakh\n\n"
        "*Barron's*, 2023-10-02. <https://example.com/a>\n\n"
        "> 220 were killed,\n> officials said.\n\n"
        "Check the number\n\n"
        "**Note** at \xE2\x80\x9CMoscow said\xE2\x80\x9D:\nCompare with TASS\n\n"
        "**Bookmark** at \xE2\x80\x9CSecond paragraph\xE2\x80\x9D\n\n"
        "## Talks \"resume\"\n\n"
        "*DW*, 2023-10-03 (no longer in the library)\n\n"
        "> talks would go on\n\n";
    CHECK_STR(b.data, want);
    cr_buf_free(&b);
}

TEST(export_markdown_empty)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_export_marks(NULL, 0, CR_EXPORT_MARKDOWN, &b);
    CHECK(strstr(b.data, "Nothing marked yet.") != NULL);
    cr_buf_free(&b);
}

TEST(export_json_is_grouped_and_escaped)
{
    cr_mark m[2] = {
        mk("k1", CR_MARK_HIGHLIGHT, "220 were \"killed\"\n\\ok", NULL),
        mk("k2", CR_MARK_NOTE, NULL, "tab\there"),
    };
    m[0].start = 10;
    m[0].len = 21;
    m[1].entity = "Ilham Aliyev";
    cr_buf b;
    cr_buf_init(&b);
    cr_export_marks(m, 2, CR_EXPORT_JSON, &b);
    const char *want =
        "{\n  \"articles\": [\n"
        "    {\n"
        "      \"title\": \"Gunfire Around Karabakh\",\n"
        "      \"outlet\": \"Barron's\",\n"
        "      \"date\": \"2023-10-02\",\n"
        "      \"url\": \"https://example.com/a\",\n"
        "      \"key\": \"k1\",\n"
        "      \"in_library\": true,\n"
        "      \"marks\": [\n"
        "        {\n"
        "          \"kind\": \"highlight\",\n"
        "          \"start\": 10,\n          \"len\": 21,\n"
        "          \"text\": \"220 were \\\"killed\\\"\\n\\\\ok\",\n"
        "          \"note\": null,\n"
        "          \"entity\": null,\n"
        "          \"created\": \"2026-11-21 06:00:00\"\n"
        "        }\n      ]\n    },\n"
        "    {\n"
        "      \"title\": \"Talks \\\"resume\\\"\",\n"
        "      \"outlet\": \"DW\",\n"
        "      \"date\": \"2023-10-03\",\n"
        "      \"url\": null,\n"
        "      \"key\": \"k2\",\n"
        "      \"in_library\": false,\n"
        "      \"marks\": [\n"
        "        {\n"
        "          \"kind\": \"note\",\n"
        "          \"start\": 0,\n          \"len\": 0,\n"
        "          \"text\": null,\n"
        "          \"note\": \"tab\\there\",\n"
        "          \"entity\": \"Ilham Aliyev\",\n"
        "          \"created\": \"2026-11-21 06:00:00\"\n"
        "        }\n      ]\n    }\n"
        "  ]\n}\n";
    CHECK_STR(b.data, want);
    cr_buf_free(&b);

    cr_buf_init(&b);
    cr_export_marks(NULL, 0, CR_EXPORT_JSON, &b);
    CHECK_STR(b.data, "{\n  \"articles\": []\n}\n");
    cr_buf_free(&b);
}

TEST(export_format_names_and_citation)
{
    CHECK_INT(cr_export_format_by_name("markdown"), CR_EXPORT_MARKDOWN);
    CHECK_INT(cr_export_format_by_name("md"), CR_EXPORT_MARKDOWN);
    CHECK_INT(cr_export_format_by_name("json"), CR_EXPORT_JSON);
    CHECK_INT(cr_export_format_by_name("xml"), -1);
    char *c = cr_citation("Title", "DW", "2023-10-02", "https://dw.com/x");
    CHECK_STR(c, "Title \xE2\x80\x94 DW, 2023-10-02, https://dw.com/x");
    free(c);
    c = cr_citation("Title", NULL, "2023-10-02", "");
    CHECK_STR(c, "Title \xE2\x80\x94 2023-10-02");
    free(c);
    c = cr_citation(NULL, NULL, NULL, NULL);
    CHECK_STR(c, "(untitled)");
    free(c);
}
