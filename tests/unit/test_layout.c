/* Article layout: header, paragraphs, hidden boilerplate, offsets that survive re-wrapping. */
#include "t.h"

#include <stdlib.h>

#include "crossread/layout.h"
#include "crossread/text.h"
#include "crossread/util.h"

static cr_article sample(void)
{
    static char body[] = "First paragraph speaks of Stepanakert and Baku at some length.\n\n"
                         "Become a member today!\n\n"
                         "Second paragraph, with a bold word and more words after it.";
    static cr_span spans[2];
    cr_article a = {0};
    a.title = "A title";
    a.outlet = "Eurasianet";
    a.date = "2023-02-09";
    a.body = body;
    a.body_len = strlen(body);
    size_t bp = (size_t)(strstr(body, "Become") - body);
    spans[0] = (cr_span){bp, strlen("Become a member today!"), CR_SPAN_BOILERPLATE};
    size_t bold = (size_t)(strstr(body, "bold") - body);
    spans[1] = (cr_span){bold, 4, CR_SPAN_BOLD};
    a.spans = spans;
    a.nspans = 2;
    return a;
}

static bool layout_has(const cr_layout *l, const char *s)
{
    return strstr(l->text, s) != NULL;
}

TEST(layout_header_and_hidden_boilerplate)
{
    cr_article a = sample();
    cr_layout l;
    cr_layout_article(&a, 30, NULL, &l);
    CHECK(l.header_lines >= 2);
    CHECK(strncmp(l.text + l.lines.lines[0].start, "A title", 7) == 0);
    CHECK(layout_has(&l, "Eurasianet \xC2\xB7 2023-02-09"));
    CHECK(!layout_has(&l, "Become a member"));
    CHECK(layout_has(&l, "Second paragraph"));
    for (size_t i = 0; i < l.lines.n; i++)
        CHECK(cr_display_width(l.text + l.lines.lines[i].start, l.lines.lines[i].len) <= 30);
    /* exactly one blank line between the two visible paragraphs */
    int blanks = 0;
    for (size_t i = l.header_lines; i < l.lines.n; i++)
        blanks += l.lines.lines[i].len == 0;
    CHECK_INT(blanks, 1);
    size_t bold = cr_layout_text_of_body(&l, (size_t)(strstr(a.body, "bold") - a.body));
    CHECK(bold != (size_t)-1);
    CHECK(cr_layout_attr_at(&l, bold) & CR_ATTR_BOLD);
    CHECK(!(cr_layout_attr_at(&l, bold + 5) & CR_ATTR_BOLD));
    cr_layout_free(&l);

    cr_layout_opts o = {.show_boilerplate = true};
    cr_layout_article(&a, 30, &o, &l);
    CHECK(layout_has(&l, "Become a member"));
    size_t bp = cr_layout_text_of_body(&l, a.spans[0].start);
    CHECK(cr_layout_attr_at(&l, bp) & CR_ATTR_BOILER);
    cr_layout_free(&l);
}

TEST(layout_place_survives_rewrap)
{
    cr_article a = sample();
    size_t second = (size_t)(strstr(a.body, "Second") - a.body);
    int widths[] = {12, 20, 33, 50, 200};
    for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
        cr_layout l;
        cr_layout_article(&a, widths[w], NULL, &l);
        size_t line = cr_layout_line_of_body(&l, second);
        CHECK(line >= l.header_lines && line < l.lines.n);
        CHECK(strncmp(l.text + l.lines.lines[line].start, "Second", 6) == 0);
        CHECK_INT(l.body_off[line], second);
        CHECK_INT(cr_layout_line_of_body(&l, 0), 0);
        cr_layout_free(&l);
    }
}

TEST(layout_decorations_mark_body_ranges)
{
    cr_article a = sample();
    size_t at = (size_t)(strstr(a.body, "Stepanakert") - a.body);
    cr_decor d = {at, strlen("Stepanakert"), CR_ATTR_MATCH};
    cr_layout_opts o = {.decor = &d, .ndecor = 1};
    cr_layout l;
    cr_layout_article(&a, 40, &o, &l);
    size_t t = cr_layout_text_of_body(&l, at);
    CHECK(cr_layout_attr_at(&l, t) & CR_ATTR_MATCH);
    CHECK(cr_layout_attr_at(&l, t + 10) & CR_ATTR_MATCH);
    CHECK(!(cr_layout_attr_at(&l, t + 11) & CR_ATTR_MATCH));
    cr_layout_free(&l);
}

/* Many paragraphs with many spans: every span still lands on its own words, hidden ones
 * stay hidden, list items are indented (the layout walks spans once, not per paragraph). */
TEST(layout_many_spans_map_exactly)
{
    cr_buf body;
    cr_buf_init(&body);
    size_t n = 3000;
    cr_span *spans = cr_xcalloc(3 * n, sizeof *spans);
    size_t ns = 0;
    for (size_t i = 0; i < n; i++) {
        if (i)
            cr_buf_adds(&body, "\n\n");
        size_t para = body.len;
        cr_buf_printf(&body, "Para %zu has a bold word and more.", i);
        size_t bold = para + (size_t)(strstr(body.data + para, "bold") - (body.data + para));
        if (i % 3 == 0)
            spans[ns++] = (cr_span){para, body.len - para, CR_SPAN_LIST_ITEM};
        spans[ns++] = (cr_span){bold, 4, CR_SPAN_BOLD};
        if (i % 10 == 5)
            spans[ns++] = (cr_span){para, body.len - para, CR_SPAN_BOILERPLATE};
    }
    cr_article a = {0};
    a.title = "Many";
    a.body = body.data;
    a.body_len = body.len;
    a.spans = spans;
    a.nspans = ns;
    cr_layout l;
    cr_layout_article(&a, 30, NULL, &l);
    CHECK(strstr(l.text, "Para 5 has") == NULL);    /* boilerplate hidden */
    CHECK(strstr(l.text, "Para 2995 has") == NULL);
    CHECK(strstr(l.text, "Para 2999 has") != NULL);
    int bold_seen = 0, indented = 0;
    for (size_t i = 0; i < ns; i++) {
        if (spans[i].kind != CR_SPAN_BOLD)
            continue;
        size_t t = cr_layout_text_of_body(&l, spans[i].start);
        if (t == (size_t)-1)
            continue;
        bold_seen++;
        CHECK(cr_layout_attr_at(&l, t) & CR_ATTR_BOLD);
        CHECK(!(cr_layout_attr_at(&l, t + 4) & CR_ATTR_BOLD));
    }
    for (size_t i = l.header_lines; i < l.lines.n; i++)
        if (l.lines.lines[i].len && strncmp(l.text + l.lines.lines[i].start, "Para 2997 ", 10) == 0)
            indented = l.indent[i];
    CHECK_INT(bold_seen, 2700);
    CHECK_INT(indented, 2);
    cr_layout_free(&l);
    free(spans);
    cr_buf_free(&body);
}
