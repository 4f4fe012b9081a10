/* view_article.c - the article pane: header and body laid out to the pane's width. The
 * reading place is kept as an offset into the body, not a screen line, so resizing and
 * re-wrapping keep the same paragraph on top (as less does). */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/userdata.h"
#include "study.h"

typedef struct {
    int64_t id;
    bool loaded;
    cr_article_rec rec;
    cr_layout lay;
    int lay_width;     /* width the layout was made for; 0 = redo */
    size_t top;        /* first display line shown */
    size_t pos;        /* body offset of the top line: the reading place */
    bool show_boiler;
    bool show_names;
    cr_decor *name_decor; /* names lit in the text, when show_names */
    size_t nname_decor;
    size_t saved_pos;  /* the position the library holds, to write only when it moved */
    cr_decor *decor;   /* the reader's highlights, drawn through the layout */
    size_t ndecor;
    bool selecting;    /* a highlight being made: display lines sel_anchor..sel_cursor */
    size_t sel_anchor, sel_cursor;
    cr_matches m;      /* find or search hits (article_find.c) */
    bool reveal;       /* bring the current match into view at the next draw */
} article;

static int by_start(const void *x, const void *y)
{
    const cr_decor *a = x, *b = y;
    return (a->start > b->start) - (a->start < b->start);
}

static void relayout(article *a, int width)
{
    if (a->lay_width == width || !a->loaded)
        return;
    /* a selection is kept through re-wrapping as body offsets of its two ends */
    size_t anchor_off = 0, cursor_off = 0;
    if (a->selecting && a->sel_anchor < a->lay.lines.n && a->sel_cursor < a->lay.lines.n) {
        anchor_off = a->lay.body_off[a->sel_anchor];
        cursor_off = a->lay.body_off[a->sel_cursor];
    }
    cr_layout_free(&a->lay);
    /* the reader's highlights, the names when lit and the matches: one list for the layout */
    size_t n = a->ndecor + a->nname_decor + a->m.n;
    cr_decor *all = cr_xcalloc(n ? n : 1, sizeof *all);
    if (a->ndecor)
        memcpy(all, a->decor, a->ndecor * sizeof *all);
    if (a->nname_decor)
        memcpy(all + a->ndecor, a->name_decor, a->nname_decor * sizeof *all);
    for (size_t i = 0; i < a->m.n; i++) /* the current match is also bold */
        all[a->ndecor + a->nname_decor + i] =
            (cr_decor){a->m.hit[i].start, a->m.hit[i].len,
                       CR_ATTR_MATCH | ((long)i == a->m.cur ? CR_ATTR_BOLD : 0)};
    qsort(all, n, sizeof *all, by_start);
    cr_layout_opts o = {.show_boilerplate = a->show_boiler, .decor = all, .ndecor = n};
    cr_layout_article(&a->rec.a, width, &o, &a->lay);
    free(all);
    a->lay_width = width;
    a->top = cr_layout_line_of_body(&a->lay, a->pos);
    if (a->selecting) {
        size_t first = a->lay.header_lines;
        a->sel_anchor = cr_layout_line_of_body(&a->lay, anchor_off);
        a->sel_cursor = cr_layout_line_of_body(&a->lay, cursor_off);
        a->sel_anchor = a->sel_anchor < first ? first : a->sel_anchor;
        a->sel_cursor = a->sel_cursor < first ? first : a->sel_cursor;
        a->selecting = a->lay.lines.n > first;
    }
}

static size_t max_top(article *a, int h)
{
    size_t n = a->lay.lines.n;
    return n > (size_t)h ? n - (size_t)h : 0;
}

static void set_top(article *a, long top, int h)
{
    if (top < 0)
        top = 0;
    if ((size_t)top > max_top(a, h))
        top = (long)max_top(a, h);
    a->top = (size_t)top;
    a->pos = a->top < a->lay.header_lines ? 0 : a->lay.body_off[a->top];
}

static void draw_line(cr_app *app, article *a, size_t i, int y, int x, int w, int extra)
{
    const cr_line *ln = &a->lay.lines.lines[i];
    int indent = a->lay.indent[i];
    x += indent;
    w -= indent;
    size_t p = ln->start, end = ln->start + ln->len;
    /* draw run by run so attributes change only where the layout says */
    while (p < end && w > 0) {
        int attr = cr_layout_attr_at(&a->lay, p);
        size_t q = p + 1;
        while (q < end && cr_layout_attr_at(&a->lay, q) == attr)
            q++;
        int used = cr_draw_text(app, y, x, w, a->lay.text + p, q - p,
                                cr_attr_of(app, attr) | extra);
        x += used;
        w -= used;
        p = q;
    }
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    article *a = v->data;
    v->height = r.h - 1;
    v->width = r.w;
    int bar = cr_role(app, focused ? ROLE_TITLE_BAR_FOCUS : ROLE_TITLE_BAR);
    cr_draw_fill(r.y, r.x, r.w, bar);
    if (!a->loaded) {
        cr_draw_str(app, r.y, r.x, r.w, " Article", bar);
        cr_draw_str(app, r.y + 2, r.x + 1, r.w - 1, "No article open.", cr_role(app, ROLE_DIM));
        return;
    }
    char title[64];
    snprintf(title, sizeof title, " %s%s", a->rec.a.outlet ? a->rec.a.outlet : "Article",
             a->show_boiler ? " (all text)" : "");
    int tw = cr_draw_str(app, r.y, r.x, r.w, title, bar);
    cr_draw_str(app, r.y, r.x + tw, r.w - tw, " \xE2\x80\x94 ", bar);
    cr_draw_str(app, r.y, r.x + tw + 3, r.w - tw - 3, a->rec.a.title, bar);
    int text_w = r.w - 2;
    if (text_w < 1)
        text_w = 1;
    relayout(a, text_w);
    if (a->reveal && a->m.cur >= 0) {
        /* the current match with a few lines of context above it */
        size_t line = cr_layout_line_of_body(&a->lay, a->m.hit[a->m.cur].start);
        set_top(a, line > 3 ? (long)line - 3 : 0, v->height);
    }
    a->reveal = false;
    if (a->top > max_top(a, v->height))
        a->top = max_top(a, v->height);
    size_t sel_lo = a->sel_anchor < a->sel_cursor ? a->sel_anchor : a->sel_cursor;
    size_t sel_hi = a->sel_anchor > a->sel_cursor ? a->sel_anchor : a->sel_cursor;
    for (int i = 0; i < v->height; i++) {
        size_t li = a->top + (size_t)i;
        if (li >= a->lay.lines.n)
            break;
        bool sel = a->selecting && li >= sel_lo && li <= sel_hi;
        if (sel) /* a bar in the margin, so the selection shows without colour too */
            cr_draw_str(app, r.y + 1 + i, r.x, 1, app->utf8 ? "\xE2\x96\x8C" : "|",
                        cr_role(app, ROLE_ACCENT));
        draw_line(app, a, li, r.y + 1 + i, r.x + 1, text_w, sel ? (int)A_REVERSE : 0);
    }
}

/* Makes the current match visible and lit at the next draw. */
static void show_current(article *a)
{
    a->lay_width = 0;
    a->reveal = true;
}

static void step(cr_app *app, article *a, int dir)
{
    if (!a->m.n) {
        cr_app_message(app, a->m.prompt.text.len ? "Pattern not found: %s" : "Nothing to step through: / or ? finds%s",
                       a->m.prompt.text.len ? a->m.prompt.text.data : "");
        return;
    }
    if (a->m.backward)
        dir = -dir;
    if (cr_matches_step(&a->m, dir, a->pos))
        cr_app_message(app, dir > 0 ? "search hit BOTTOM, continuing at TOP"
                                    : "search hit TOP, continuing at BOTTOM");
    show_current(a);
}

/* Typing at the find prompt: every change finds again from where the prompt opened. */
static bool key(cr_app *app, cr_view *v, cr_key k)
{
    article *a = v->data;
    if (!a->m.typing)
        return false;
    switch (cr_lineedit_feed(&a->m.prompt, k)) {
    case CR_EDIT_ENTER:
        a->m.typing = false;
        if (a->m.prompt.text.len && !a->m.n)
            cr_app_message(app, "Pattern not found: %s", a->m.prompt.text.data);
        break;
    case CR_EDIT_ESCAPE: /* back where the find started */
        a->m.typing = false;
        a->m.n = 0;
        a->m.cur = -1;
        a->pos = a->m.origin;
        a->lay_width = 0;
        break;
    case CR_EDIT_CHANGED:
        cr_matches_find(&a->m, a->rec.a.body, a->rec.a.body_len);
        if (a->m.cur < 0)
            a->pos = a->m.origin;
        show_current(a);
        break;
    case CR_EDIT_SAME:
    case CR_EDIT_MOVE: break;
    }
    return true;
}

static void start_find(article *a, bool backward)
{
    a->m.typing = true;
    a->m.backward = backward;
    a->m.origin = a->pos;
    a->m.prompt.text.len = 0;
    if (a->m.prompt.text.data)
        a->m.prompt.text.data[0] = '\0';
    a->m.n = 0;
    a->m.cur = -1;
    a->lay_width = 0;
}

/* The body offset just past display line i, through the layout's map of text to body. */
static size_t body_end_of_line(const cr_layout *l, size_t i)
{
    const cr_line *ln = &l->lines.lines[i];
    size_t te = ln->start + ln->len;
    for (size_t c = 0; c < l->nchunks; c++) {
        const struct cr_chunk *ch = &l->chunks[c];
        if (te > ch->tstart && te <= ch->tstart + ch->len)
            return ch->bstart + (te - ch->tstart);
    }
    return l->body_off[i];
}

/* Body range of display lines lo..hi, without the spaces and newlines at its end. */
static bool body_range(const article *a, size_t lo, size_t hi, size_t *start, size_t *len)
{
    if (lo < a->lay.header_lines || hi >= a->lay.lines.n || lo > hi)
        return false;
    size_t s = a->lay.body_off[lo], e = body_end_of_line(&a->lay, hi);
    if (e > a->rec.a.body_len)
        e = a->rec.a.body_len;
    while (e > s && (a->rec.a.body[e - 1] == ' ' || a->rec.a.body[e - 1] == '\n'))
        e--;
    *start = s;
    *len = e > s ? e - s : 0;
    return *len > 0;
}

/* The display line of the reading position, never a header line. */
static size_t reading_line(const article *a)
{
    return a->top < a->lay.header_lines ? a->lay.header_lines : a->top;
}

static void load_marks(cr_app *app, article *a)
{
    free(a->decor);
    a->decor = NULL;
    a->ndecor = 0;
    cr_mark *m;
    size_t n = cr_marks_of_article(app->store, a->rec.key, &m);
    if (n)
        a->decor = cr_xcalloc(n, sizeof *a->decor);
    for (size_t i = 0; i < n; i++) {
        if (m[i].kind != CR_MARK_HIGHLIGHT || m[i].start >= a->rec.a.body_len || !m[i].len)
            continue;
        size_t len = m[i].len < a->rec.a.body_len - m[i].start ? m[i].len
                                                               : a->rec.a.body_len - m[i].start;
        a->decor[a->ndecor++] = (cr_decor){m[i].start, len, CR_ATTR_MARK};
    }
    cr_marks_free(m, n);
    a->lay_width = 0;
}

static void save_highlight(cr_app *app, article *a, bool with_note)
{
    size_t lo = a->sel_anchor < a->sel_cursor ? a->sel_anchor : a->sel_cursor;
    size_t hi = a->sel_anchor > a->sel_cursor ? a->sel_anchor : a->sel_cursor;
    size_t start, len;
    a->selecting = false;
    if (!body_range(a, lo, hi, &start, &len)) {
        cr_app_message(app, "Nothing to highlight there");
        return;
    }
    cr_mark m = {.kind = CR_MARK_HIGHLIGHT, .article_key = a->rec.key, .start = start, .len = len,
                 .title = a->rec.a.title, .outlet = a->rec.a.outlet, .date = a->rec.a.date,
                 .url = a->rec.a.url};
    m.text = cr_xstrndup(a->rec.a.body + start, len);
    char *note = with_note ? cr_ask_note(app, NULL) : NULL;
    m.note = note;
    char *err = NULL;
    int64_t id;
    if (cr_mark_add(app->store, &m, &id, &err))
        cr_app_message(app, "Highlighted %zu line%s%s", hi - lo + 1, hi > lo ? "s" : "",
                       note ? " with a note" : "");
    else
        cr_app_message(app, "Could not save the highlight: %s", err);
    free(err);
    free(m.text);
    free(note);
    load_marks(app, a);
}

static void keep_visible(article *a, size_t line, int h)
{
    if (line < a->top)
        set_top(a, (long)line, h);
    else if (line >= a->top + (size_t)h)
        set_top(a, (long)(line - (size_t)h + 1), h);
}

/* Keys while a highlight is being made: movement extends it line by line. */
static bool handle_selection(cr_app *app, article *a, cr_action act, int h)
{
    long cur = (long)a->sel_cursor, page = h > 2 ? h - 2 : 1;
    long first = (long)a->lay.header_lines, last = (long)a->lay.lines.n - 1;
    switch (act) {
    case CR_ACT_MOVE_DOWN: cur++; break;
    case CR_ACT_MOVE_UP: cur--; break;
    case CR_ACT_PAGE_DOWN: cur += page; break;
    case CR_ACT_PAGE_UP: cur -= page; break;
    case CR_ACT_HALF_DOWN: cur += h / 2; break;
    case CR_ACT_HALF_UP: cur -= h / 2; break;
    case CR_ACT_FIRST: cur = first; break;
    case CR_ACT_LAST: cur = last; break;
    case CR_ACT_HIGHLIGHT:
    case CR_ACT_ENTER: save_highlight(app, a, false); return true;
    case CR_ACT_NOTE: save_highlight(app, a, true); return true;
    case CR_ACT_CANCEL:
    case CR_ACT_QUIT:
    case CR_ACT_BACK:
        a->selecting = false;
        cr_app_message(app, "Highlight cancelled");
        return true;
    default: return false;
    }
    if (cur < first)
        cur = first;
    if (cur > last)
        cur = last;
    a->sel_cursor = (size_t)cur;
    keep_visible(a, a->sel_cursor, h);
    return true;
}

static void start_selection(cr_app *app, article *a)
{
    if (a->lay.lines.n <= a->lay.header_lines) {
        cr_app_message(app, "This article has no text to highlight");
        return;
    }
    a->selecting = true;
    a->sel_anchor = a->sel_cursor = reading_line(a);
    cr_app_message(app, "Highlight: j/k extend, v or Enter save, a save with a note, Esc cancel");
}

static bool handle(cr_app *app, cr_view *v, cr_action act)
{
    article *a = v->data;
    if (!a->loaded)
        return false;
    int h = v->height > 0 ? v->height : 1;
    if (a->selecting && a->lay_width && handle_selection(app, a, act, h))
        return true;
    long top = (long)a->top;
    switch (act) {
    case CR_ACT_HIGHLIGHT:
        if (a->lay_width)
            start_selection(app, a);
        break;
    case CR_ACT_MOVE_DOWN: set_top(a, top + 1, h); break;
    case CR_ACT_MOVE_UP: set_top(a, top - 1, h); break;
    case CR_ACT_PAGE_DOWN: set_top(a, top + (h > 2 ? h - 2 : 1), h); break;
    case CR_ACT_PAGE_UP: set_top(a, top - (h > 2 ? h - 2 : 1), h); break;
    case CR_ACT_HALF_DOWN: set_top(a, top + h / 2, h); break;
    case CR_ACT_HALF_UP: set_top(a, top - h / 2, h); break;
    case CR_ACT_FIRST: set_top(a, 0, h); break;
    case CR_ACT_LAST: set_top(a, (long)max_top(a, h), h); break;
    case CR_ACT_FIND: start_find(a, false); break;
    case CR_ACT_FIND_BACK: start_find(a, true); break;
    case CR_ACT_NEXT_MATCH: step(app, a, 1); break;
    case CR_ACT_PREV_MATCH: step(app, a, -1); break;
    case CR_ACT_TOGGLE_BOILERPLATE:
        a->show_boiler = !a->show_boiler;
        a->lay_width = 0;
        cr_app_message(app, a->show_boiler ? "Showing boilerplate (appeals, related links, credits)"
                                           : "Boilerplate hidden");
        break;
    default: return false;
    }
    return true;
}

static int percent(article *a, int h)
{
    size_t n = a->lay.lines.n;
    if (!n || a->top + (size_t)h >= n)
        return 100;
    return (int)((a->top + (size_t)h) * 100 / n);
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    article *a = v->data;
    if (a->m.typing)
        snprintf(hints, nh, "%c%s_%s", a->m.backward ? '?' : '/',
                 a->m.prompt.text.data ? a->m.prompt.text.data : "",
                 a->m.prompt.text.len && !a->m.n ? "   (not found)" : "");
    else if (a->selecting)
        snprintf(hints, nh, "Highlight: j/k extend  v/Enter save  a with note  Esc cancel");
    else if (a->m.n)
        snprintf(hints, nh, "n/N next/previous match  / ? find  s search  c claims  F1 help");
    else
        snprintf(hints, nh, "/ find  s search  c claims  m mark  v highlight  a note  e names  F1 help");
    if (a->loaded && a->m.n && a->m.cur >= 0)
        snprintf(pos, np, "%ld/%zu  %d%%", a->m.cur + 1, a->m.n, percent(a, v->height > 0 ? v->height : 1));
    else if (a->loaded)
        snprintf(pos, np, "%d%%", percent(a, v->height > 0 ? v->height : 1));
    else
        pos[0] = '\0';
}

static void drop_names(article *a)
{
    free(a->name_decor);
    a->name_decor = NULL;
    a->nname_decor = 0;
}

static void load_names(cr_app *app, article *a)
{
    drop_names(a);
    if (!a->show_names || !a->loaded)
        return;
    size_t *starts, *lens;
    size_t n = cr_query_article_mentions(app->store, a->id, &starts, &lens);
    a->name_decor = cr_xcalloc(n ? n : 1, sizeof *a->name_decor);
    for (size_t i = 0; i < n; i++)
        a->name_decor[i] = (cr_decor){starts[i], lens[i], CR_ATTR_ENTITY};
    a->nname_decor = n;
    free(starts);
    free(lens);
}

void cr_article_toggle_names(cr_app *app, cr_view *v)
{
    article *a = v->data;
    a->show_names = !a->show_names;
    load_names(app, a);
    a->lay_width = 0;
    cr_app_message(app, a->show_names ? "Names highlighted (H to hide)" : "Names not highlighted");
}

static void unload(article *a)
{
    drop_names(a);
    cr_matches_free(&a->m);
    if (!a->loaded)
        return;
    cr_layout_free(&a->lay);
    cr_article_rec_free(&a->rec);
    free(a->decor);
    a->decor = NULL;
    a->ndecor = 0;
    a->selecting = false;
    a->loaded = false;
}

static void destroy(cr_view *v)
{
    unload(v->data);
    free(v->data);
    free(v);
}

static const cr_view_ops ops = {.name = "article", .draw = draw, .handle = handle,
                                .status = status, .destroy = destroy, .key = key};

cr_view *cr_article_view(void)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    v->ops = &ops;
    article *a = cr_xcalloc(1, sizeof(article));
    a->m.cur = -1;
    v->data = a;
    return v;
}

void cr_article_show_hits(cr_app *app, cr_view *v, const cr_hit *hits, size_t n)
{
    (void)app;
    article *a = v->data;
    if (!a->loaded)
        return;
    cr_matches_set(&a->m, hits, n);
    show_current(a);
}

void cr_article_load(cr_app *app, cr_view *v, int64_t id, size_t pos)
{
    article *a = v->data;
    if (a->loaded && a->id == id) {
        if (pos != CR_POS_SAVED) {
            a->pos = pos;
            a->top = cr_layout_line_of_body(&a->lay, pos);
        }
        return;
    }
    cr_article_save_pos(app, v);
    unload(a);
    if (!cr_query_article(app->store, id, &a->rec)) {
        cr_app_message(app, "No article with id %lld", (long long)id);
        return;
    }
    a->loaded = true;
    a->id = id;
    bool read;
    cr_reading_get(app->store, a->rec.key, &a->saved_pos, &read);
    a->pos = pos == CR_POS_SAVED ? a->saved_pos : pos;
    if (a->pos > a->rec.a.body_len)
        a->pos = a->rec.a.body_len;
    a->top = 0;
    a->lay_width = 0;
    load_names(app, a);
    load_marks(app, a);
}

void cr_article_save_pos(cr_app *app, cr_view *v)
{
    article *a = v->data;
    if (a->loaded && a->pos != a->saved_pos && cr_reading_set_pos(app->store, a->rec.key, a->pos))
        a->saved_pos = a->pos;
}

void cr_article_reload_marks(cr_app *app, cr_view *v)
{
    article *a = v->data;
    if (a->loaded)
        load_marks(app, a);
}

const cr_article_rec *cr_article_rec_of(cr_view *v)
{
    article *a = v->data;
    return a->loaded ? &a->rec : NULL;
}

char *cr_article_excerpt(cr_view *v)
{
    article *a = v->data;
    size_t start, len;
    if (!a->loaded || !a->lay_width)
        return NULL;
    size_t line = reading_line(a);
    if (!body_range(a, line, line, &start, &len))
        return NULL;
    return cr_xstrndup(a->rec.a.body + start, len);
}

size_t cr_article_pos(cr_view *v)
{
    article *a = v->data;
    return a->loaded ? a->pos : 0;
}

int64_t cr_article_id(cr_view *v)
{
    article *a = v->data;
    return a->loaded ? a->id : 0;
}
