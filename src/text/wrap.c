/* wrap.c - greedy line wrapping at Unicode line-break opportunities (UAX #14), measured in
 * display columns, never splitting a grapheme cluster. One pass, constant state: the break
 * opportunities of a long paragraph are computed window by window, so a paragraph of any
 * size costs O(n) time and a fixed buffer. */
#include "crossread/wrap.h"
#include "crossread/text.h"
#include "crossread/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>

/* Break opportunities are computed for WINDOW bytes at a time. Those in the last MARGIN bytes
 * of a window are not trusted (UAX #14 looks ahead), so the next window starts before them,
 * at a break opportunity if there is one, and is computed with CONTEXT bytes of the text
 * before it (UAX #14 also looks back, e.g. over a run of spaces). */
enum { WINDOW = 64 * 1024, MARGIN = 512, CONTEXT = 256 };

typedef struct {
    cr_lines *out;
    size_t base;
    int width;
    long long col;           /* columns from the paragraph start to the current position */
    size_t line_start;       /* the line being filled */
    long long line_col;
    size_t vis_end;          /* end of its last non-space grapheme (or indentation) */
    long long vis_col;
    bool has_text;           /* it holds something besides spaces */
    bool in_indent;          /* still in the leading spaces of the paragraph */
    bool have_cand;          /* the last break opportunity inside the line: */
    bool cand_has_text;      /*   whether any text precedes it on the line */
    size_t cand_pos;         /*   where the next line would start */
    long long cand_col;
    size_t cand_vis_end;     /*   where this line would end */
    long long cand_vis_col;
} wrapper;

static bool is_hanging_space(const char *g, size_t glen)
{
    return glen == 1 && (g[0] == ' ' || g[0] == '\t');
}

/* U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are mandatory breaks, like '\n'. */
static bool is_separator(const char *g, size_t glen)
{
    return glen == 3 && memcmp(g, "\xE2\x80", 2) == 0 && (g[2] == '\xA8' || g[2] == '\xA9');
}

static void emit(wrapper *w, size_t start, size_t end, long long width)
{
    cr_lines *l = w->out;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->lines = cr_xrealloc(l->lines, l->cap * sizeof *l->lines);
    }
    l->lines[l->n++] = (cr_line){w->base + start, end - start, (int)width};
}

static void begin_paragraph(wrapper *w, size_t start)
{
    w->col = 0;
    w->line_start = w->vis_end = start;
    w->line_col = w->vis_col = 0;
    w->has_text = w->have_cand = false;
    w->in_indent = true;
}

/* Ends the current line: a line of nothing but spaces is an empty line. */
static void finish_line(wrapper *w)
{
    if (w->has_text)
        emit(w, w->line_start, w->vis_end, w->vis_col - w->line_col);
    else
        emit(w, w->line_start, w->line_start, 0);
}

/* Starts the current line at pos; whatever text lies between pos and the visible end stays. */
static void move_line_start(wrapper *w, size_t pos, long long col)
{
    w->line_start = pos;
    w->line_col = col;
    w->have_cand = false;
    w->has_text = w->vis_end > pos;
    if (!w->has_text) {
        w->vis_end = pos;
        w->vis_col = col;
    }
}

static void remember_break(wrapper *w, size_t pos)
{
    w->have_cand = true;
    w->cand_has_text = w->has_text;
    w->cand_pos = pos;
    w->cand_col = w->col;
    w->cand_vis_end = w->vis_end;
    w->cand_vis_col = w->vis_col;
}

/* Ends lines until a grapheme of gw columns at pos fits on the current one. A grapheme alone
 * on its line always stays, even if wider than the width. */
static void make_room(wrapper *w, size_t pos, int gw)
{
    while (w->line_start < pos && w->col + gw - w->line_col > w->width) {
        if (w->have_cand && w->cand_has_text) {
            emit(w, w->line_start, w->cand_vis_end, w->cand_vis_col - w->line_col);
            move_line_start(w, w->cand_pos, w->cand_col);
        } else if (w->have_cand) {
            /* Only indentation before the break: drop it rather than cut the word. */
            move_line_start(w, w->cand_pos, w->cand_col);
        } else {
            /* No break opportunity: cut the word here, between grapheme clusters. */
            if (w->has_text)
                emit(w, w->line_start, w->vis_end, w->vis_col - w->line_col);
            move_line_start(w, pos, w->col);
        }
    }
}

/* Spaces hang past the end of a line and are left out of it, except the paragraph's leading
 * indentation, which make_room() drops if it leaves no room for the first word. */
static void add_space(wrapper *w, size_t pos, size_t glen, int gw)
{
    if (w->in_indent) {
        w->vis_end = pos + glen;
        w->vis_col = w->col + gw;
    }
    w->col += gw;
}

static void add_grapheme(wrapper *w, const char *text, size_t pos, size_t glen, int gw,
                         bool can_break)
{
    bool space = is_hanging_space(text + pos, glen);
    /* The end of the indentation counts as a break, so that make_room() can drop it. */
    bool indent_end = w->in_indent && !space;
    if ((can_break || indent_end) && pos > w->line_start)
        remember_break(w, pos);
    if (space) {
        add_space(w, pos, glen, gw);
        return;
    }
    w->in_indent = false;
    make_room(w, pos, gw);
    w->col += gw;
    w->vis_end = pos + glen;
    w->vis_col = w->col;
    w->has_text = true;
}

/* End of the window starting at a: WINDOW bytes on, moved back to a code point boundary. */
static size_t window_end(const char *text, size_t a, size_t pe, size_t cap)
{
    if (pe - a <= cap)
        return pe;
    size_t e = a + cap;
    for (int k = 0; k < 3 && (text[e] & 0xC0) == 0x80; k++) /* continuation bytes */
        e--;
    return e;
}

/* Where to start computing the break opportunities of a window starting at a: up to CONTEXT
 * bytes earlier, at a code point boundary, never before the paragraph start ps. */
static size_t context_start(const char *text, size_t ps, size_t a)
{
    size_t c = a - ps > CONTEXT ? a - CONTEXT : ps;
    while (c < a && (text[c] & 0xC0) == 0x80)
        c++;
    return c;
}

/* Feeds the graphemes of text[a..pe) to the wrapper while they start in the trusted part of
 * the window [a, e), whose break opportunities are brk[0..e-a); returns where it stopped. */
static size_t feed_window(wrapper *w, const char *text, size_t a, size_t e, size_t pe,
                          const char *brk)
{
    size_t soft_stop = e == pe ? pe : e - MARGIN, hard_stop = e == pe ? pe : e - MARGIN / 2;
    size_t pos = a;
    while (pos < pe) {
        /* A cluster longer than the window can carry pos past e. */
        bool can_break = pos < e && brk[pos - a] == UC_BREAK_POSSIBLE;
        if (pos >= hard_stop || (pos >= soft_stop && can_break))
            return pos;
        int gw;
        size_t glen = cr_grapheme_next(text + pos, pe - pos, &gw);
        if (is_separator(text + pos, glen)) {
            finish_line(w);
            begin_paragraph(w, pos + glen);
        } else {
            add_grapheme(w, text, pos, glen, gw, can_break);
        }
        pos += glen;
    }
    return pos;
}

static void wrap_paragraph(wrapper *w, const char *text, size_t ps, size_t pe, char *brk,
                           size_t cap)
{
    begin_paragraph(w, ps);
    size_t pos = ps;
    while (pos < pe) {
        size_t e = window_end(text, pos, pe, cap), c = context_start(text, ps, pos);
        u8_possible_linebreaks((const uint8_t *)text + c, e - c, "UTF-8", brk);
        pos = feed_window(w, text, pos, e, pe, brk + (pos - c));
    }
    finish_line(w);
}

void cr_wrap(const char *text, size_t len, int width, size_t base, cr_lines *out)
{
    if (len == 0)
        return;
    wrapper w = {.out = out, .base = base, .width = width < 1 ? 1 : width};
    size_t cap = len < WINDOW ? len : WINDOW;
    char *brk = cr_xmalloc(cap + CONTEXT);
    size_t ps = 0;
    for (;;) {
        const char *nl = memchr(text + ps, '\n', len - ps);
        size_t pe = nl ? (size_t)(nl - text) : len;
        if (nl || pe > ps) /* text after the last '\n' is a line only if there is some */
            wrap_paragraph(&w, text, ps, pe, brk, cap);
        if (!nl)
            break;
        ps = pe + 1;
    }
    free(brk);
}

void cr_lines_free(cr_lines *l)
{
    free(l->lines);
    *l = (cr_lines){0};
}

size_t cr_lines_find(const cr_lines *l, size_t off)
{
    size_t lo = 0, hi = l->n; /* the answer is the last line with start <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->lines[mid].start <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}
