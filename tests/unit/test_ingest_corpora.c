/* test_ingest_corpora.c - the larger real corpora in ../shared/corpora (never copied into the
 * repository). Each test skips quietly when the corpus is absent. */
#include "ingest_check.h"

#include "crossread/util.h"

#include <unistd.h>

/* The corpora live beside the project: ../shared/corpora from /work/main, two levels up
 * from a worktree in /work/wt/NAME; $CROSSREAD_CORPORA overrides. */
static const char *corpora(void)
{
    static const char *root;
    if (root)
        return root;
    const char *env = getenv("CROSSREAD_CORPORA");
    if (env && access(env, R_OK) == 0)
        return root = env;
    if (access("../../shared/corpora", R_OK) == 0 && access("../shared/corpora", R_OK) != 0)
        return root = "../../shared/corpora";
    return root = "../shared/corpora";
}

/* Path of a corpus file (static buffer, one of four rotating so a test can hold a few). */
static const char *cp(const char *rel)
{
    static char buf[4][512];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", corpora(), rel);
    return buf[k];
}

static bool present(const char *path)
{
    if (access(path, R_OK) == 0)
        return true;
    printf("     skipped: %s is absent\n", path);
    return false;
}

TEST(ingest_corpus_reuters_split)
{
    const char *p0 = cp("reuters21578-sgml/reut2-000.sgm");
    const char *p21 = cp("reuters21578-sgml/reut2-021.sgm");
    if (!present(p0) || !present(p21))
        return;
    cr_doc d;
    double t0 = cr_now_ms();
    cr_ingest_file(p0, &d);
    double ms = cr_now_ms() - t0;
    printf("     reut2-000.sgm: %zu articles in %.0f ms\n", d.n, ms);
    CHECK_INT(d.format, CR_FORMAT_SGML);
    CHECK_INT(d.n, 1000);
    CHECK_INT(ic_check_doc(&d), 0);
    if (d.n == 1000) {
        CHECK_STR(d.items[0].title, "BAHIA COCOA REVIEW");
        CHECK_STR(d.items[0].date, "1987-02-26");
        CHECK(!strncmp(d.items[0].body, "SALVADOR, Feb 26 - Showers continued throughout the week", 56));
        CHECK_STR(d.items[1].title, "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT");
        CHECK_INT(d.items[999].seq, 999);
        for (size_t i = 0; i < d.n; i++)
            if (strstr(d.items[i].body, "&lt;") || strstr(d.items[i].body, "&#"))
                t_fail(__FILE__, __LINE__, "entity left in article %zu", i);
    }
    cr_doc_free(&d);
    cr_ingest_file(p21, &d);
    CHECK_INT(d.n, 578);
    CHECK_INT(ic_check_doc(&d), 0);
    cr_doc_free(&d);
}

TEST(ingest_corpus_reuters_stray_byte)
{
    /* reut2-017.sgm holds one 0xFC byte in otherwise ASCII text */
    const char *p = cp("reuters21578-sgml/reut2-017.sgm");
    if (!present(p))
        return;
    cr_doc d;
    cr_ingest_file(p, &d);
    CHECK_INT(d.n, 1000);
    CHECK(ic_note_has(&d, "Latin-1"));
    CHECK_INT(ic_check_doc(&d), 0);
    cr_doc_free(&d);
}

TEST(ingest_corpus_bbc_latin1)
{
    const char *p = cp("bbc-news/sport/199.txt");
    if (!present(p))
        return;
    cr_doc d;
    cr_ingest_file(p, &d);
    CHECK_INT(d.n, 1);
    CHECK(ic_note_has(&d, "Latin-1"));
    CHECK_INT(ic_check_doc(&d), 0);
    if (d.n == 1) {
        CHECK_STR(d.items[0].title, "Chelsea sack Mutu");
        CHECK(strstr(d.items[0].body, "\xEF\xBF\xBD") == NULL);
    }
    cr_doc_free(&d);
    const char *q = cp("bbc-news/business/001.txt");
    if (!present(q))
        return;
    cr_ingest_file(q, &d);
    CHECK_INT(d.n, 1);
    CHECK_INT(d.nnotes, 0);
    if (d.n == 1)
        CHECK_STR(d.items[0].title, "Ad sales boost Time Warner profit");
    cr_doc_free(&d);
}

TEST(ingest_corpus_unicode)
{
    const char *ja = cp("unicode-news/ja-livedoor/topic-news/topic-news-6918105.txt");
    const char *gbk = cp("unicode-news/zh-sogou/news_tensite_xml.smarty.dat");
    const char *ar = cp("unicode-news/ar-saudinewsnet/2015-07-23.json");
    cr_doc d;
    if (present(ja)) {
        cr_ingest_file(ja, &d);
        CHECK_INT(d.n, 1);
        if (d.n == 1) {
            CHECK_STR(d.items[0].url, "http://news.livedoor.com/article/detail/6918105/");
            CHECK_STR(d.items[0].date, "2012-09-04");
            CHECK_STR(d.items[0].title, "ジャンプ連載漫画が終了に、ユーザが新たな提案!?");
        }
        cr_doc_free(&d);
    }
    if (present(gbk)) {
        cr_ingest_file(gbk, &d);
        CHECK_INT(d.format, CR_FORMAT_SGML);
        CHECK(ic_note_has(&d, "GBK"));
        CHECK(d.n > 100);
        CHECK_INT(ic_check_doc(&d), 0);
        if (d.n > 0)
            CHECK_STR(d.items[0].script, "Han");
        cr_doc_free(&d);
    }
    if (present(ar)) {
        cr_ingest_file(ar, &d);
        CHECK_INT(d.format, CR_FORMAT_JSON);
        CHECK(d.n > 1000);
        CHECK_INT(ic_check_doc(&d), 0);
        if (d.n > 0) {
            CHECK_STR(d.items[0].script, "Arabic");
            CHECK_STR(d.items[0].outlet, "Asharq Al-Awsat");
        }
        cr_doc_free(&d);
    }
}
