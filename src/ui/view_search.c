/* view_search.c - library-wide search (s): a query line, then the results best first, two
 * lines each (outlet, date, title; a snippet with the hits lit, and "via alias" when only
 * another name of a searched name matched). Enter opens the article at its first hit with
 * every hit lit; n/N step through them there. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "crossread/search.h"

enum { PAGE_ROWS = 50 }; /* results are read 50 at a time, as the cursor gets near the end */

typedef struct {
    cr_lineedit q;
    bool typing;
    cr_ftsq *parsed;
    char *error;         /* what is wrong with the query, in plain words */
    cr_search_row *rows;
    size_t n;
    long total;
    bool ranked;
    double ms;
    cr_listnav nav;
} search;

static void drop_results(search *s)
{
    for (size_t i = 0; i < s->n; i++)
        cr_search_row_free(&s->rows[i]);
    free(s->rows);
    s->rows = NULL;
    s->n = 0;
    s->total = 0;
    cr_ftsq_free(s->parsed);
    s->parsed = NULL;
    free(s->error);
    s->error = NULL;
}

/* Reads the next page of results. */
static void more(cr_app *app, search *s)
{
    if (!s->parsed || (long)s->n >= s->total)
        return;
    double t0 = cr_now_ms();
    cr_search_row *page;
    cr_search_info info;
    size_t got = cr_search(app->store, s->parsed, s->n, PAGE_ROWS, &page, &info);
    s->rows = cr_xrealloc(s->rows, (s->n + got + 1) * sizeof *s->rows);
    if (got)
        memcpy(s->rows + s->n, page, got * sizeof *page);
    free(page);
    s->n += got;
    s->total = got ? info.total : (long)s->n; /* the library changed under us: stop here */
    s->ranked = info.ranked;
    s->nav.count = (long)s->n;
    s->ms = cr_now_ms() - t0;
}

static void run(cr_app *app, search *s)
{
    drop_results(s);
    s->parsed = cr_search_parse(app->store, s->q.text.data ? s->q.text.data : "", &s->error);
    if (!s->parsed)
        return;
    s->nav = (cr_listnav){0};
    s->total = 1; /* unknown until the first page */
    more(app, s);
}

/* The snippet with its hits lit, clipped to w columns. */
static void draw_snippet(cr_app *app, int y, int x, int w, const cr_search_row *r, int base)
{
    size_t p = 0, len = strlen(r->snippet);
    int used = 0;
    for (size_t h = 0; h <= r->nhits && used < w; h++) {
        size_t hs = h < r->nhits ? r->hits[h].start : len;
        if (hs > len)
            hs = len;
        if (hs > p)
            used += cr_draw_text(app, y, x + used, w - used, r->snippet + p, hs - p, base);
        if (h == r->nhits)
            break;
        size_t he = hs + r->hits[h].len <= len ? hs + r->hits[h].len : len;
        used += cr_draw_text(app, y, x + used, w - used, r->snippet + hs, he - hs,
                             base | cr_attr_of(app, CR_ATTR_MATCH));
        p = he;
    }
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    (void)focused;
    search *s = v->data;
    int bar = cr_role(app, ROLE_TITLE_BAR_FOCUS);
    cr_draw_fill(r.y, r.x, r.w, bar);
    char title[160];
    if (s->parsed)
        snprintf(title, sizeof title, " Search: %ld result%s%s (%.0f ms)", s->total, s->total == 1 ? "" : "s",
                 s->ranked ? ", best first" : ", newest first: too many to rank quickly", s->ms);
    else
        snprintf(title, sizeof title, " Search the library");
    cr_draw_str(app, r.y, r.x, r.w, title, bar);
    int y = r.y + 1;
    int x = r.x + cr_draw_str(app, y, r.x, r.w, " Search: ", cr_role(app, ROLE_ACCENT));
    x += cr_draw_str(app, y, x, r.x + r.w - x, s->q.text.data ? s->q.text.data : "", A_BOLD);
    if (s->typing)
        cr_draw_str(app, y, x, r.x + r.w - x, "_", A_BLINK);
    y += 2;
    if (s->error) {
        cr_draw_str(app, y, r.x + 1, r.w - 1, s->error, cr_role(app, ROLE_WARN));
        return;
    }
    if (!s->parsed) {
        static const char *const help[] = {
            "Words (all must occur), \"a phrase\", prefix*, AND, OR, NOT, ( ), NEAR(a b, 10).",
            "Case and accents do not matter; a name also finds its other names.",
            "Enter searches; Esc closes."};
        for (size_t i = 0; i < sizeof help / sizeof help[0] && y < r.y + r.h; i++)
            cr_draw_str(app, y++, r.x + 1, r.w - 1, help[i], cr_role(app, ROLE_DIM));
        return;
    }
    if (!s->n) {
        cr_draw_str(app, y, r.x + 1, r.w - 1, "No article matches.", cr_role(app, ROLE_DIM));
        return;
    }
    long page = (r.y + r.h - y) / 2;
    v->height = (int)(page > 0 ? page : 1);
    cr_listnav_clamp(&s->nav, v->height);
    for (long i = 0; i < page && s->nav.top + i < (long)s->n; i++) {
        const cr_search_row *row = &s->rows[s->nav.top + i];
        bool sel = s->nav.top + i == s->nav.cursor;
        int base = sel ? cr_role(app, ROLE_SELECTED) : 0;
        int yy = y + 2 * (int)i;
        cr_draw_fill(yy, r.x, r.w, base);
        cr_draw_fill(yy + 1, r.x, r.w, base);
        int xx = r.x + 1;
        xx += cr_draw_str(app, yy, xx, 11, row->date ? row->date : "", base | cr_role(app, ROLE_DIM));
        xx = r.x + 12;
        int ow = r.w >= 100 ? 20 : 14;
        cr_draw_str(app, yy, xx, ow, row->outlet ? row->outlet : "?", base | cr_role(app, ROLE_ACCENT));
        xx += ow + 1;
        char via[160] = "";
        if (row->via_alias)
            snprintf(via, sizeof via, "  via alias %s", row->aliases ? row->aliases : "");
        int vw = (int)strlen(via) < r.x + r.w - xx ? (int)strlen(via) : 0;
        cr_draw_str(app, yy, xx, r.x + r.w - xx - vw, row->title, base | A_BOLD);
        if (vw)
            cr_draw_str(app, yy, r.x + r.w - vw - 1, vw, via, base | cr_role(app, ROLE_ACCENT));
        draw_snippet(app, yy + 1, r.x + 3, r.w - 4, row, base);
    }
}

static void open_selected(cr_app *app, search *s)
{
    if (!s->n)
        return;
    int64_t id = s->rows[s->nav.cursor].id;
    cr_hit *hits;
    size_t n = cr_search_hits(app->store, s->parsed, id, &hits);
    /* cr_app_goto closes this view: nothing of s is used after it */
    cr_app_goto(app, id, n ? hits[0].start : 0);
    cr_article_show_hits(app, app->pane[PANE_ARTICLE], hits, n);
    if (n)
        cr_app_message(app, "%zu hit%s in the text: n/N next/previous", n, n == 1 ? "" : "s");
    else
        cr_app_message(app, "The match is in the title");
    free(hits);
}

/* Enter at the query: run it; false keeps the prompt open for a query to fix. */
static bool run_query(cr_app *app, cr_view *v)
{
    search *s = v->data;
    run(app, s);
    return s->parsed != NULL;
}

static bool key(cr_app *app, cr_view *v, cr_key k)
{
    search *s = v->data;
    return cr_query_prompt_key(app, v, &s->q, &s->typing, k, run_query, s->parsed != NULL);
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    search *s = v->data;
    if (cr_listnav_move(&s->nav, a, v->height)) {
        if (s->nav.cursor + v->height >= (long)s->n) {
            more(app, s);
            if (a == CR_ACT_LAST || a == CR_ACT_PAGE_DOWN)
                cr_listnav_move(&s->nav, a, v->height);
        }
        return true;
    }
    switch (a) {
    case CR_ACT_SEARCH:
    case CR_ACT_FIND: s->typing = true; return true;
    case CR_ACT_ENTER: open_selected(app, s); return true;
    case CR_ACT_QUIT:
    case CR_ACT_BACK: cr_app_pop_overlay(app); return true;
    default: return false;
    }
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    search *s = v->data;
    snprintf(hints, nh, s->typing ? "type a query  Enter search  Esc %s"
                                  : "Enter open at the first hit  j/k move  s edit the query  q close",
             s->parsed ? "results" : "close");
    snprintf(pos, np, "%ld/%ld", s->n ? s->nav.cursor + 1 : 0, s->parsed ? s->total : 0L);
}

static void destroy(cr_view *v)
{
    search *s = v->data;
    drop_results(s);
    cr_lineedit_free(&s->q);
    free(s);
    free(v);
}

static const cr_view_ops ops = {.name = "search", .draw = draw, .handle = handle, .status = status,
                                .destroy = destroy, .key = key};

cr_view *cr_search_view(cr_app *app)
{
    (void)app;
    cr_view *v = cr_xcalloc(1, sizeof *v);
    search *s = cr_xcalloc(1, sizeof *s);
    s->typing = true;
    v->ops = &ops;
    v->data = s;
    return v;
}
