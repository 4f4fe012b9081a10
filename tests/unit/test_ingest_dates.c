/* test_ingest_dates.c - every date form the ingest accepts, and near misses it refuses. */
#include "ingest_check.h"

static void date_is(const char *in, const char *want, const char *file, int line)
{
    char out[11] = "";
    bool ok = cr_parse_date(in, strlen(in), out);
    if (want && (!ok || strcmp(out, want) != 0))
        t_fail(file, line, "\"%s\" -> %s, expected %s", in, ok ? out : "(none)", want);
    if (!want && ok)
        t_fail(file, line, "\"%s\" -> %s, expected no date", in, out);
}
#define DATE_IS(in, want) date_is(in, want, __FILE__, __LINE__)

TEST(ingest_date_forms)
{
    DATE_IS("Oct 2 2023", "2023-10-02");
    DATE_IS("Oct 2, 2023", "2023-10-02");
    DATE_IS("OCT 2 2023", "2023-10-02");
    DATE_IS("5 April 2023", "2023-04-05");
    DATE_IS("January 03, 2023", "2023-01-03");
    DATE_IS("Feb. 8, 2021", "2021-02-08");
    DATE_IS("Sept 30 2023", "2023-09-30");
    DATE_IS("2023-10-02", "2023-10-02");
    DATE_IS("2023/10/02", "2023-10-02");
    DATE_IS("02.10.2023", "2023-10-02");
    DATE_IS("  15.12.2022 ", "2022-12-15");
    DATE_IS("26-FEB-1987 15:01:01.79", "1987-02-26");
    DATE_IS("2012-06-27T12:15:00+0900", "2012-06-27");
    DATE_IS("2015-07-23 19:28:17", "2015-07-23");
    DATE_IS("29 February 2024", "2024-02-29");
}

TEST(ingest_date_refusals)
{
    DATE_IS("29 February 2023", NULL); /* not a leap year */
    DATE_IS("Oct 32 2023", NULL);
    DATE_IS("2023-13-01", NULL);
    DATE_IS("Feb. 8", NULL);           /* no year: only with context from the article */
    DATE_IS("Oct 2 2023 was a Monday", NULL);
    DATE_IS("BARRON'S", NULL);
    DATE_IS("100,000 people 2023", NULL);
    DATE_IS("", NULL);
}

TEST(ingest_date_in_article)
{
    /* "Feb. 8"-style dates take the year from the article's own URLs of that month */
    const char *t = "Title line\n\nThe rules were announced on Feb. 8, officials said.\n\n"
                    "https://example.org/2021/02/09/rules/\n\nhttps://example.org/2021/03/01/other/\n";
    cr_doc d;
    cr_ingest_buffer(t, strlen(t), "t", &d);
    CHECK(d.n == 1);
    if (d.n == 1)
        CHECK_STR(d.items[0].date, "2021-02-08");
    cr_doc_free(&d);
    const char *u = "Title line\n\nThe rules were announced on Feb. 8, officials said.\n";
    cr_ingest_buffer(u, strlen(u), "u", &d);
    CHECK(d.n == 1 && d.items[0].date == NULL);
    cr_doc_free(&d);
}
