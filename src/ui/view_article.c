/* view_article.c - the article pane: header and body laid out to the pane's width. The
 * reading place is kept as an offset into the body, not a screen line, so resizing and
 * re-wrapping keep the same paragraph on top (as less does). */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"

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
    cr_decor *decor; /* names lit in the text, when show_names */
    size_t ndecor;
    cr_matches m;     /* find or search hits (article_find.c) */
    cr_decor *lit;    /* names and matches merged, as the layout takes them */
    bool reveal;      /* bring the current match into view at the next draw */
} article;

static int by_start(const void *x, const void *y)
{
    const cr_decor *a = x, *b = y;
    return (a->start > b->start) - (a->start < b->start);
}

/* Names and matches as one sorted list; the current match is also bold. */
static size_t merge_decor(article *a)
{
    size_t n = a->ndecor + a->m.n;
    free(a->lit);
    a->lit = cr_xcalloc(n ? n : 1, sizeof *a->lit);
    if (a->ndecor)
        memcpy(a->lit, a->decor, a->ndecor * sizeof *a->decor);
    for (size_t i = 0; i < a->m.n; i++)
        a->lit[a->ndecor + i] = (cr_decor){a->m.hit[i].start, a->m.hit[i].len,
                                           CR_ATTR_MATCH | ((long)i == a->m.cur ? CR_ATTR_BOLD : 0)};
    qsort(a->lit, n, sizeof *a->lit, by_start);
    return n;
}

static void relayout(article *a, int width)
{
    if (a->lay_width == width || !a->loaded)
        return;
    cr_layout_free(&a->lay);
    size_t nlit = merge_decor(a);
    cr_layout_opts o = {.show_boilerplate = a->show_boiler, .decor = a->lit, .ndecor = nlit};
    cr_layout_article(&a->rec.a, width, &o, &a->lay);
    a->lay_width = width;
    a->top = cr_layout_line_of_body(&a->lay, a->pos);
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

static void draw_line(cr_app *app, article *a, size_t i, int y, int x, int w)
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
        int used = cr_draw_text(app, y, x, w, a->lay.text + p, q - p, cr_attr_of(app, attr));
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
    for (int i = 0; i < v->height; i++) {
        size_t li = a->top + (size_t)i;
        if (li >= a->lay.lines.n)
            break;
        draw_line(app, a, li, r.y + 1 + i, r.x + 1, text_w);
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
    (void)app;
    if (!a->m.typing)
        return false;
    if (!k.is_key && (k.code == '\n' || k.code == '\r')) {
        a->m.typing = false;
        return true;
    }
    if (!k.is_key && k.code == 27) { /* Esc: back where the find started */
        a->m.typing = false;
        a->m.n = 0;
        a->m.cur = -1;
        a->pos = a->m.origin;
        a->lay_width = 0;
        return true;
    }
    if (cr_lineedit_key(&a->m.prompt, k)) {
        cr_matches_find(&a->m, a->rec.a.body, a->rec.a.body_len);
        if (a->m.cur < 0)
            a->pos = a->m.origin;
        show_current(a);
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

static bool handle(cr_app *app, cr_view *v, cr_action act)
{
    article *a = v->data;
    if (!a->loaded)
        return false;
    int h = v->height > 0 ? v->height : 1;
    long top = (long)a->top;
    switch (act) {
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
    else if (a->m.n)
        snprintf(hints, nh, "n/N next/previous match  / ? find  s search  c claims  F1 help");
    else
        snprintf(hints, nh, "j/k scroll  Space/b page  / ? find  s search  c claims  e names  F1 help");
    if (a->loaded && a->m.n && a->m.cur >= 0)
        snprintf(pos, np, "%ld/%zu  %d%%", a->m.cur + 1, a->m.n, percent(a, v->height > 0 ? v->height : 1));
    else if (a->loaded)
        snprintf(pos, np, "%d%%", percent(a, v->height > 0 ? v->height : 1));
    else
        pos[0] = '\0';
}

static void drop_decor(article *a)
{
    free(a->decor);
    a->decor = NULL;
    a->ndecor = 0;
}

static void load_names(cr_app *app, article *a)
{
    drop_decor(a);
    if (!a->show_names || !a->loaded)
        return;
    size_t *starts, *lens;
    size_t n = cr_query_article_mentions(app->store, a->id, &starts, &lens);
    a->decor = cr_xcalloc(n ? n : 1, sizeof *a->decor);
    for (size_t i = 0; i < n; i++)
        a->decor[i] = (cr_decor){starts[i], lens[i], CR_ATTR_ENTITY};
    a->ndecor = n;
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
    drop_decor(a);
    cr_matches_free(&a->m);
    free(a->lit);
    a->lit = NULL;
    if (!a->loaded)
        return;
    cr_layout_free(&a->lay);
    cr_article_rec_free(&a->rec);
    a->loaded = false;
}

static void destroy(cr_view *v)
{
    unload(v->data);
    free(v->data);
    free(v);
}

static const cr_view_ops ops = {.name = "article", .draw = draw, .handle = handle, .status = status, .destroy = destroy, .key = key};

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
        a->pos = pos;
        a->top = cr_layout_line_of_body(&a->lay, pos);
        return;
    }
    unload(a);
    if (!cr_query_article(app->store, id, &a->rec)) {
        cr_app_message(app, "No article with id %lld", (long long)id);
        return;
    }
    a->loaded = true;
    a->id = id;
    a->pos = pos;
    a->top = 0;
    a->lay_width = 0;
    load_names(app, a);
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
