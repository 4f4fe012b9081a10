/* test_ingest_markup.c - markdown-ish rendering: text without markers plus spans and urls. */
#include "ingest_check.h"

static const char *span_text(const cr_article *a, int kind, size_t nth, char *buf, size_t cap)
{
    for (size_t k = 0; k < a->nspans; k++)
        if (a->spans[k].kind == kind && nth-- == 0) {
            size_t n = a->spans[k].len < cap - 1 ? a->spans[k].len : cap - 1;
            memcpy(buf, a->body + a->spans[k].start, n);
            buf[n] = '\0';
            return buf;
        }
    return "(none)";
}

TEST(ingest_markup_rendering)
{
    const char t[] = "# The Headline\n\nSome **bold** and *italic* and [a link](https://x.org/a) and "
                     "<https://y.org/b>.\n\n- item one\n- item *two*\n\n> quoted words\n> go on\n\n"
                     "## Sub head\n\nText \\*not italic\\* and 2 * 3 * 4 and snake_case_name.\n";
    cr_doc d;
    cr_ingest_buffer(t, sizeof t - 1, "m.md", &d);
    CHECK_INT(d.format, CR_FORMAT_MARKDOWN);
    CHECK_INT(d.n, 1);
    CHECK_INT(ic_check_doc(&d), 0);
    if (d.n != 1) {
        cr_doc_free(&d);
        return;
    }
    const cr_article *a = &d.items[0];
    char buf[100];
    CHECK_STR(a->title, "The Headline");
    CHECK_STR(a->body, "Some bold and italic and a link and https://y.org/b.\n\nitem one\n\nitem two\n\n"
                       "quoted words go on\n\nSub head\n\n"
                       "Text *not italic* and 2 * 3 * 4 and snake_case_name.");
    CHECK_STR(span_text(a, CR_SPAN_BOLD, 0, buf, sizeof buf), "bold");
    CHECK_STR(span_text(a, CR_SPAN_ITALIC, 0, buf, sizeof buf), "italic");
    CHECK_STR(span_text(a, CR_SPAN_ITALIC, 1, buf, sizeof buf), "two");
    CHECK_INT(ic_count_spans(a, CR_SPAN_ITALIC), 2);
    CHECK_STR(span_text(a, CR_SPAN_LINK, 0, buf, sizeof buf), "a link");
    CHECK_STR(span_text(a, CR_SPAN_LINK, 1, buf, sizeof buf), "https://y.org/b");
    CHECK_STR(span_text(a, CR_SPAN_LIST_ITEM, 1, buf, sizeof buf), "item two");
    CHECK_STR(span_text(a, CR_SPAN_QUOTE, 0, buf, sizeof buf), "quoted words go on");
    CHECK_STR(span_text(a, CR_SPAN_HEADING, 0, buf, sizeof buf), "Sub head");
    CHECK_INT(a->nurls, 2);
    if (a->nurls == 2) {
        CHECK_STR(a->urls[0], "https://x.org/a");
        CHECK_STR(a->urls[1], "https://y.org/b");
    }
    cr_doc_free(&d);
}

TEST(ingest_markup_unbalanced_is_text)
{
    const char t[] = "# Title\n\nAn **unclosed bold and [bracket without link and <not a url.\n\n"
                     "**Also** fine [x](#).\n";
    cr_doc d;
    cr_ingest_buffer(t, sizeof t - 1, "m.md", &d);
    CHECK_INT(d.n, 1);
    if (d.n == 1)
        CHECK_STR(d.items[0].body, "An **unclosed bold and [bracket without link and <not a url.\n\nAlso fine x.");
    cr_doc_free(&d);
}

TEST(ingest_plain_title_and_paragraphs)
{
    /* the bbc-news shape: headline, blank, one paragraph per long line */
    const char t[] = "Ad sales boost Time Warner profit\n\n"
                     "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier. The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections and higher advert sales.\n"
                     "Time Warner said on Friday that it now owns 8% of search-engine Google.\n";
    cr_doc d;
    cr_ingest_buffer(t, sizeof t - 1, "b.txt", &d);
    CHECK_INT(d.format, CR_FORMAT_PLAIN);
    if (d.n == 1) {
        CHECK_STR(d.items[0].title, "Ad sales boost Time Warner profit");
        CHECK(strstr(d.items[0].body, "advert sales.\n\nTime Warner said") != NULL);
    }
    cr_doc_free(&d);
}

TEST(ingest_boilerplate_no_false_positives)
{
    /* news about donations or members is news; a capitalised subheading is not a credit */
    const char t[] = "Tsunami appeal\n\nThe DEC was going to push for all cash donated via the site to be "
                     "handed over quickly.\n\nWORLD OF WARCRAFT\n\nThe club said members would become a "
                     "majority of the board.\n";
    cr_doc d;
    cr_ingest_buffer(t, sizeof t - 1, "n.txt", &d);
    CHECK_INT(d.n, 1);
    if (d.n == 1) {
        CHECK_INT(ic_count_spans(&d.items[0], CR_SPAN_BOILERPLATE), 0);
        CHECK_INT(ic_count_spans(&d.items[0], CR_SPAN_CAPTION), 0);
    }
    cr_doc_free(&d);
}
