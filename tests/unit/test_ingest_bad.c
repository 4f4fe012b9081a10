/* test_ingest_bad.c - bad and odd input, written by the tests into a temporary directory:
 * BOM, CRLF, CR, Windows-1252, Latin-1, invalid UTF-8, NUL, binary, empty, escape
 * sequences, unreadable paths and a 50 MB single line. */
#include "ingest_check.h"

#include "crossread/util.h"

#include <unistd.h>

static bool ingest_bytes(const char *name, const char *bytes, size_t n, cr_doc *d)
{
    const char *path = ic_write(t_tmpdir(), name, bytes, n);
    cr_ingest_file(path, d);
    CHECK_INT(ic_check_doc(d), 0);
    return d->n == 1;
}

TEST(ingest_bad_bom)
{
    cr_doc d;
    const char t[] = "\xEF\xBB\xBFHeadline here\n\nBody text.\n";
    if (ingest_bytes("bom.txt", t, sizeof t - 1, &d)) {
        CHECK_STR(d.items[0].title, "Headline here");
        CHECK_STR(d.items[0].body, "Body text.");
    }
    CHECK(!d.skipped);
    cr_doc_free(&d);
}

TEST(ingest_bad_crlf_and_cr)
{
    cr_doc d;
    const char crlf[] = "Headline\r\n\r\nFirst line of a paragraph\r\nsecond line.\r\n\r\nNext one.\r\n";
    if (ingest_bytes("crlf.txt", crlf, sizeof crlf - 1, &d)) {
        CHECK_STR(d.items[0].title, "Headline");
        CHECK_STR(d.items[0].body, "First line of a paragraph second line.\n\nNext one.");
    }
    cr_doc_free(&d);
    const char cr[] = "Headline\r\rFirst line of a paragraph\rsecond line.\r\rNext one.\r";
    if (ingest_bytes("cr.txt", cr, sizeof cr - 1, &d))
        CHECK_STR(d.items[0].body, "First line of a paragraph second line.\n\nNext one.");
    cr_doc_free(&d);
}

TEST(ingest_bad_windows_1252)
{
    cr_doc d;
    const char t[] = "Caf\xe9 \x93quoted\x94 title\n\nIt costs \x80 5 \x96 or so.\n";
    if (ingest_bytes("cp1252.txt", t, sizeof t - 1, &d)) {
        CHECK_STR(d.items[0].title, "Café “quoted” title");
        CHECK_STR(d.items[0].body, "It costs € 5 – or so.");
    }
    CHECK(ic_note_has(&d, "Windows-1252"));
    cr_doc_free(&d);
}

TEST(ingest_bad_latin1)
{
    cr_doc d;
    const char t[] = "Na\xefve caf\xe9 owner wins \xa3\x35m\n\nThe Z\xfcrich firm said.\n";
    if (ingest_bytes("latin1.txt", t, sizeof t - 1, &d)) {
        CHECK_STR(d.items[0].title, "Naïve café owner wins £5m");
        CHECK_STR(d.items[0].body, "The Zürich firm said.");
    }
    CHECK(ic_note_has(&d, "Latin-1"));
    cr_doc_free(&d);
}

TEST(ingest_bad_invalid_utf8)
{
    cr_doc d;
    /* mostly UTF-8 (é, ü, —) with two broken sequences: repaired, not reinterpreted */
    const char t[] = "Résumé of the día\n\nBroken \xff here and \xe2\x82 there — über.\n";
    if (ingest_bytes("invalid.txt", t, sizeof t - 1, &d)) {
        CHECK_STR(d.items[0].title, "Résumé of the día");
        CHECK_STR(d.items[0].body, "Broken \xEF\xBF\xBD here and \xEF\xBF\xBD there — über.");
    }
    CHECK(ic_note_has(&d, "2 invalid UTF-8 sequences replaced"));
    cr_doc_free(&d);
}

TEST(ingest_bad_nul_bytes)
{
    cr_doc d;
    const char t[] = "Head\0line of the story\n\nBo\0dy text of the story, long enough to be text.\0\n";
    if (ingest_bytes("nul.txt", t, sizeof t - 1, &d)) {
        CHECK_STR(d.items[0].title, "Headline of the story");
        CHECK_STR(d.items[0].body, "Body text of the story, long enough to be text.");
    }
    CHECK(!d.skipped);
    CHECK(ic_note_has(&d, "3 NUL bytes removed"));
    cr_doc_free(&d);
}

TEST(ingest_bad_binary)
{
    cr_doc d;
    const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    ingest_bytes("x.png", png, sizeof png - 1, &d);
    CHECK(d.skipped && d.n == 0);
    CHECK(d.problem && strstr(d.problem, "binary file (PNG image)"));
    cr_doc_free(&d);
    const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
    ingest_bytes("a.out", elf, sizeof elf - 1, &d);
    CHECK(d.skipped && d.problem && strstr(d.problem, "ELF"));
    cr_doc_free(&d);
    char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i * 7 % 9 ? (i * 31) & 0xFF : 2);
    ingest_bytes("junk.bin", junk, sizeof junk, &d);
    CHECK(d.skipped && d.problem && strstr(d.problem, "control bytes"));
    cr_doc_free(&d);
}

TEST(ingest_bad_empty)
{
    cr_doc d;
    ingest_bytes("empty.txt", "", 0, &d);
    CHECK(d.skipped && d.n == 0);
    CHECK_STR(d.problem, "empty file");
    cr_doc_free(&d);
    ingest_bytes("blank.txt", " \n\r\n\t \xC2\xA0\n", 9, &d);
    CHECK(d.skipped);
    CHECK_STR(d.problem, "empty file");
    cr_doc_free(&d);
}

TEST(ingest_bad_escape_sequences)
{
    cr_doc d;
    const char t[] = "Red \x1b[31mtitle\x1b[0m\n\nSet clipboard \x1b]52;c;aGk=\x07 and CSI \xc2\x9b" "2J end.\n";
    if (ingest_bytes("esc.txt", t, sizeof t - 1, &d)) {
        const cr_article *a = &d.items[0];
        CHECK(strchr(a->title, 0x1b) == NULL && strchr(a->body, 0x1b) == NULL);
        CHECK(strchr(a->body, 0x07) == NULL);
        CHECK(strstr(a->body, "\xc2\x9b") == NULL);
        CHECK(strstr(a->title, "\xE2\x90\x9B[31m") != NULL); /* ESC shown as U+241B */
    }
    CHECK(ic_note_has(&d, "control character"));
    cr_doc_free(&d);
}

TEST(ingest_bad_unreadable)
{
    cr_doc d;
    const char *dir = t_tmpdir();
    cr_ingest_file(dir, &d); /* a directory: unreadable as a file even for root */
    CHECK(d.skipped && d.n == 0);
    CHECK(d.problem && strstr(d.problem, "Is a directory"));
    cr_doc_free(&d);
    char path[600];
    snprintf(path, sizeof path, "%s/dangling", dir);
    if (symlink("/nonexistent/crossread-target", path) != 0)
        t_fail(__FILE__, __LINE__, "cannot make a symlink");
    cr_ingest_file(path, &d);
    CHECK(d.skipped && d.problem && strstr(d.problem, "No such file"));
    cr_doc_free(&d);
}

TEST(ingest_bad_huge_single_line)
{
    /* 50 MB of prose without a newline: linear time and memory */
    size_t n = 50u << 20;
    char *big = cr_xmalloc(n);
    static const char words[] = "Stepanakert peacekeepers *corridor* [blockade talks 2023 ";
    for (size_t i = 0; i < n; i++)
        big[i] = words[i % (sizeof words - 1)];
    const char *path = ic_write(t_tmpdir(), "huge.txt", big, n);
    free(big);
    double t0 = cr_now_ms();
    cr_doc d;
    cr_ingest_file(path, &d);
    double ms = cr_now_ms() - t0;
    CHECK_INT(d.n, 1);
    if (d.n == 1) {
        CHECK(d.items[0].body_len >= n - 64);
        CHECK(strlen(d.items[0].title) < 200);
    }
    printf("     50 MB single line ingested in %.0f ms\n", ms);
    CHECK(ms < 20000); /* generous for a slow machine under ASan; measured ~1-3 s */
    cr_doc_free(&d);
}

TEST(ingest_format_header_block)
{
    cr_doc d;
    const char t[] = "Title: Lachin corridor reopens\nAuthor: Jane Roe\nDate: 2023-10-02\n"
                     "URL: https://oc-media.org/lachin\n\nThe corridor reopened on Monday.\n";
    cr_ingest_buffer(t, sizeof t - 1, "h.txt", &d);
    CHECK_INT(d.format, CR_FORMAT_HEADER);
    CHECK_INT(d.n, 1);
    if (d.n == 1) {
        CHECK_STR(d.items[0].title, "Lachin corridor reopens");
        CHECK_STR(d.items[0].author, "Jane Roe");
        CHECK_STR(d.items[0].date, "2023-10-02");
        CHECK_STR(d.items[0].outlet, "OC Media");
        CHECK_STR(d.items[0].body, "The corridor reopened on Monday.");
    }
    cr_doc_free(&d);
}

TEST(ingest_format_json)
{
    cr_doc d;
    const char t[] = "[\n {\"title\": \"First \\\"one\\\"\", \"content\": \"Para one.\\nPara two \\u00e9 \\ud83d\\ude00.\","
                     " \"url\": \"https://eurasianet.org/a\", \"date_extracted\": \"2023-10-02 10:00:00\","
                     " \"tags\": [1, {\"x\": null}], \"author\": \"\"},\n"
                     " {\"title\": \"Second\", \"content\": \"Bell \\u0007 rings.\", \"source\": \"aawsat\"}\n]\n";
    cr_ingest_buffer(t, sizeof t - 1, "a.json", &d);
    CHECK_INT(d.format, CR_FORMAT_JSON);
    CHECK_INT(d.n, 2);
    CHECK_INT(ic_check_doc(&d), 0);
    if (d.n == 2) {
        CHECK_STR(d.items[0].title, "First \"one\"");
        CHECK_STR(d.items[0].body, "Para one.\n\nPara two é 😀.");
        CHECK_STR(d.items[0].outlet, "Eurasianet");
        CHECK_STR(d.items[0].date, "2023-10-02");
        CHECK(d.items[0].author == NULL);
        CHECK_INT(d.items[1].seq, 1);
        CHECK_STR(d.items[1].outlet, "aawsat");
        CHECK(strchr(d.items[1].body, 0x07) == NULL);
    }
    cr_doc_free(&d);
    /* broken JSON is read as text rather than lost */
    const char bad[] = "[{\"title\": \"unterminated";
    cr_ingest_buffer(bad, sizeof bad - 1, "b.json", &d);
    CHECK(d.n == 1 && !d.skipped);
    cr_doc_free(&d);
}

TEST(ingest_format_sgml_small)
{
    cr_doc d;
    const char t[] = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
                     "<REUTERS NEWID=\"1\">\n<DATE> 3-MAR-1987 09:01:02.00</DATE>\n<TEXT>&#2;\n"
                     "<TITLE>A &lt;B&gt; &amp; C</TITLE>\n<DATELINE>    NEW YORK, March 3 - </DATELINE>"
                     "<BODY>Shares rose\nsharply.\n    A second paragraph.\n Reuter\n&#3;</BODY></TEXT>\n"
                     "</REUTERS>\n<REUTERS NEWID=\"2\">\n<TEXT TYPE=\"BRIEF\">&#2;\n"
                     "<TITLE>ONLY A TITLE</TITLE>\n&#3;\n</TEXT>\n</REUTERS>\n";
    cr_ingest_buffer(t, sizeof t - 1, "r.sgm", &d);
    CHECK_INT(d.format, CR_FORMAT_SGML);
    CHECK_INT(d.n, 2);
    CHECK_INT(ic_check_doc(&d), 0);
    if (d.n == 2) {
        CHECK_STR(d.items[0].title, "A <B> & C");
        CHECK_STR(d.items[0].date, "1987-03-03");
        CHECK_STR(d.items[0].outlet, "Reuters");
        CHECK_STR(d.items[0].body, "NEW YORK, March 3 - Shares rose sharply.\n\nA second paragraph.\n\nReuter");
        CHECK(ic_has_span(&d.items[0], CR_SPAN_BOILERPLATE, "Reuter"));
        CHECK_INT(d.items[0].line, 2);
        CHECK_STR(d.items[1].title, "ONLY A TITLE");
        CHECK_INT(d.items[1].seq, 1);
    }
    cr_doc_free(&d);
}
