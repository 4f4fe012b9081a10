/* test_ingest_files.c - the four single-article files of articles/: metadata, paragraphs,
 * markup and boilerplate spans. */
#include "ingest_check.h"

static bool load(const char *path, cr_doc *d)
{
    cr_ingest_file(t_path(path), d);
    if (d->n != 1 || ic_check_doc(d) != 0) {
        t_fail(__FILE__, __LINE__, "%s: %zu articles, %d broken invariants", path, d->n, ic_check_doc(d));
        cr_doc_free(d);
        return false;
    }
    return true;
}

TEST(ingest_file_000_plain_wrapped)
{
    cr_doc d;
    if (!load("articles/000_cd3cab1f58c15d35.txt", &d))
        return;
    const cr_article *a = &d.items[0];
    CHECK_INT(d.format, CR_FORMAT_PLAIN);
    CHECK_STR(a->title, "Visitors To Karabakh To Require Russian Permission");
    CHECK_STR(a->outlet, "Eurasianet");    /* named twice in the text ("told Eurasianet") */
    CHECK_STR(a->date, "2021-02-08");      /* "on Feb. 8", the year from the URLs of that month */
    CHECK(a->author == NULL);
    CHECK_STR(a->script, "Latin");
    CHECK_INT(a->line, 1);
    /* hard-wrapped lines joined; a hyphen at a line end joins without a space */
    CHECK(!strncmp(a->body, "The move comes as Azerbaijan is more assertively exercising its sovereignty in "
                            "Karabakh, and Armenians are seeing Russia as a possible bulwark.\n\n", 143));
    CHECK(strstr(a->body, "the de facto Armenia-Karabakh border") != NULL);
    /* a line starting with a space starts a paragraph */
    CHECK(strstr(a->body, "before being announced.") == NULL || strstr(a->body, "\n\nIt's not clear") != NULL);
    /* a sentence cut by a stray blank line is one paragraph */
    CHECK(strstr(a->body, "to the territory and has put up conspicuous") != NULL);
    CHECK(ic_has_span(a, CR_SPAN_CAPTION, "Russia has set up a joint monitoring centre"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Russia has set up a joint monitoring centre"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Related article: Russia, Turkev"));
    CHECK_INT(ic_count_spans(a, CR_SPAN_REFERENCE), 8);
    CHECK_INT(a->nurls, 8);
    CHECK_STR(a->urls[0], "https://en.armradio.am/2021/02/09/artsakh-tightens-the-rules-for-entry-of-foreigners/");
    CHECK(strstr(a->body, "\n\n\n") == NULL);
    cr_doc_free(&d);
}

TEST(ingest_file_001_appeals)
{
    cr_doc d;
    if (!load("articles/001_cfe35287e6374d10.txt", &d))
        return;
    const cr_article *a = &d.items[0];
    CHECK_STR(a->title, "Azerbaijanis ‘bar Nagorno-Karabakh residents’ from crossing Lachin Corridor");
    CHECK_STR(a->outlet, "OC Media");
    CHECK_STR(a->date, "2023-04-05");
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Become an OC Media Member"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Support independent journalism"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Become a member"));
    CHECK(ic_has_span(a, CR_SPAN_CAPTION, "Russian peacekeepers evacuating people"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "[Read on OC\xC2\xA0Media: In Pictures"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "[Read more on OC Media: ICJ"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "For ease of reading"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Right now, online media in Georgia"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Interested in directly assisting OC Media?"));
    /* the story itself is not boilerplate */
    CHECK(!ic_has_span(a, CR_SPAN_BOILERPLATE, "The authorities in Stepanakert"));
    CHECK(strstr(a->body, "The authorities in Stepanakert stated") != NULL);
    CHECK(strstr(a->body, "5 April 2023") == NULL); /* the date line is metadata */
    cr_doc_free(&d);
}

TEST(ingest_file_003_markdown)
{
    cr_doc d;
    if (!load("articles/003_f6cdb95ff72735f9.txt", &d))
        return;
    const cr_article *a = &d.items[0];
    CHECK_INT(d.format, CR_FORMAT_MARKDOWN);
    CHECK_STR(a->title, "Russian Peacekeepers Find Themselves Sidelined in Nagorno-Karabakh");
    CHECK_STR(a->author, "Kirill Krivosheev");
    CHECK_STR(a->date, "2023-01-03");
    CHECK_STR(a->url, "https://www.themoscowtimes.com/2023/01/03/"
                      "russian-peacekeepers-find-themselves-sidelined-in-nagorno-karabakh-a79868");
    CHECK_STR(a->outlet, "The Moscow Times");
    CHECK_INT(a->line, 3);
    CHECK(strstr(a->body, "**") == NULL && strstr(a->body, "](#)") == NULL && strstr(a->body, "<https") == NULL);
    CHECK(strstr(a->body, "Original url") == NULL);
    CHECK(strstr(a->body, "to drift away from Russia's mediation") != NULL);
    CHECK(ic_has_span(a, CR_SPAN_LINK, "drift away"));
    CHECK(ic_has_span(a, CR_SPAN_BOLD, "Alexander Patrin / TASS"));
    CHECK(ic_has_span(a, CR_SPAN_CAPTION, "The Armenian flag at a checkpoint"));
    CHECK(ic_has_span(a, CR_SPAN_BOLD, "Related article:"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Related article: Explainer"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Related article: Russian Emigres"));
    CHECK(ic_has_span(a, CR_SPAN_ITALIC, "This article was first published"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "The views expressed in opinion pieces"));
    CHECK(!ic_has_span(a, CR_SPAN_BOILERPLATE, "Russia's invasion of Ukraine"));
    /* "#" link targets are placeholders: only the real URL is listed */
    CHECK_INT(a->nurls, 1);
    cr_doc_free(&d);
}

TEST(ingest_file_004_footnotes_bio)
{
    cr_doc d;
    if (!load("articles/004_c047cc5da83969ac.txt", &d))
        return;
    const cr_article *a = &d.items[0];
    CHECK_STR(a->title, "Sovereignty Debate over Karabakh and Russia’s Increasing Support for Armenia");
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Similar Posts"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "This post is also available in: Türkçe Русский"));
    CHECK_INT(ic_count_spans(a, CR_SPAN_REFERENCE), 4);
    CHECK(ic_has_span(a, CR_SPAN_REFERENCE, "[1] “В МИД Азербайджана"));
    CHECK(ic_has_span(a, CR_SPAN_BOILERPLATE, "Lisans öğrenimini Ankara"));
    CHECK_STR(a->author, "Sabir Askeroğlu"); /* named in the bio */
    CHECK(!ic_has_span(a, CR_SPAN_BOILERPLATE, "On December 11, 2022"));
    /* footnote marks in the text stay */
    CHECK(strstr(a->body, "besieged.[1]") != NULL);
    cr_doc_free(&d);
}
