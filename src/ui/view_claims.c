/* view_claims.c - claims compared across sources (c): each claim of the open article, then
 * the values other sources give for the same quantity, side by side in columns (value, who
 * says so, outlet, date, sentence); a group whose values disagree is marked CONFLICT and
 * each disagreeing value "≠". The same view lists the library's claims about some words
 * (C, or `:claims QUERY`), group by group. Enter opens the sentence in its article. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "crossread/claimsq.h"
#include "crossread/search.h"

enum { OTHERS_SHOWN = 12, QUERY_CLAIMS = 2000 };

typedef struct {
    const cr_claim_row *c;
    bool other;     /* another source's value, under the claim it is compared with */
    bool group;     /* a group heading (query mode) */
    long count;     /* group heading: claims in it */
} line;

typedef struct {
    int64_t article;      /* article mode; 0 in query mode */
    char *heading;
    cr_claim_cmp *cmp;    /* article mode */
    size_t ncmp;
    cr_claim_row *rows;   /* query mode */
    size_t nrows;
    line *lines;
    size_t nlines;
    cr_listnav nav;
    cr_lineedit q;        /* query mode */
    bool typing;
    char *error;
} claims;

static void add_line(claims *s, line l, size_t *cap)
{
    if (s->nlines == *cap) {
        *cap = *cap ? 2 * *cap : 64;
        s->lines = cr_xrealloc(s->lines, *cap * sizeof *s->lines);
    }
    s->lines[s->nlines++] = l;
}

static void drop(claims *s)
{
    for (size_t i = 0; i < s->ncmp; i++)
        cr_claim_cmp_free(&s->cmp[i]);
    free(s->cmp);
    for (size_t i = 0; i < s->nrows; i++)
        cr_claim_row_free(&s->rows[i]);
    free(s->rows);
    free(s->lines);
    free(s->error);
    s->cmp = NULL;
    s->rows = NULL;
    s->lines = NULL;
    s->error = NULL;
    s->ncmp = s->nrows = s->nlines = 0;
}

static void load_article(cr_app *app, claims *s)
{
    size_t cap = 0;
    s->ncmp = cr_query_article_claims(app->store, s->article, OTHERS_SHOWN, &s->cmp);
    for (size_t i = 0; i < s->ncmp; i++) {
        add_line(s, (line){.c = &s->cmp[i].claim}, &cap);
        for (size_t k = 0; k < s->cmp[i].nothers; k++)
            add_line(s, (line){.c = &s->cmp[i].others[k], .other = true}, &cap);
    }
    s->nav = (cr_listnav){.count = (long)s->nlines};
}

static void load_query(cr_app *app, claims *s)
{
    drop(s);
    char *err = NULL;
    cr_ftsq *q = cr_search_parse(app->store, s->q.text.data ? s->q.text.data : "", &err);
    if (!q) {
        s->error = err;
        s->nav = (cr_listnav){0};
        return;
    }
    s->nrows = cr_query_claims(app->store, q, QUERY_CLAIMS, true, &s->rows);
    cr_ftsq_free(q);
    size_t cap = 0;
    for (size_t i = 0; i < s->nrows; i++) {
        if (!i || s->rows[i].grp != s->rows[i - 1].grp) {
            long count = 0;
            for (size_t k = i; k < s->nrows && s->rows[k].grp == s->rows[i].grp; k++)
                count += s->rows[k].copies;
            add_line(s, (line){.c = &s->rows[i], .group = true, .count = count}, &cap);
        }
        add_line(s, (line){.c = &s->rows[i], .other = true}, &cap);
    }
    s->nav = (cr_listnav){.count = (long)s->nlines};
}

/* Under an article's claim, another source's value that disagrees with it gets "≠"; in
 * query mode the group heading says CONFLICT instead. */
static bool disagrees(const claims *s, size_t i)
{
    return s->article && s->lines[i].other && s->lines[i].c->disagrees;
}

static void draw_row(cr_app *app, claims *s, size_t i, int y, cr_rect r, bool sel)
{
    const line *l = &s->lines[i];
    const cr_claim_row *c = l->c;
    int base = sel ? cr_role(app, ROLE_SELECTED) : 0;
    cr_draw_fill(y, r.x, r.w, base);
    int x = r.x + 1;
    const char *ne = app->utf8 ? "\xE2\x89\xA0" : "!=";
    if (l->group) {
        char head[200];
        snprintf(head, sizeof head, "%s  (%ld claim%s)", c->subject ? c->subject : "?", l->count,
                 l->count == 1 ? "" : "s");
        if (c->conflict)
            x += cr_draw_str(app, y, x, r.w - 1, "CONFLICT ", base | cr_role(app, ROLE_WARN));
        cr_draw_str(app, y, x, r.x + r.w - x, head, base | A_BOLD);
        return;
    }
    /* mark | value | who says so | outlet | date | subject / sentence */
    int markw = 10, valw = r.w >= 110 ? 20 : 14, whow = r.w >= 110 ? 26 : 16, outw = r.w >= 110 ? 18 : 12;
    if (!l->other && c->conflict)
        cr_draw_str(app, y, x, markw, "CONFLICT", base | cr_role(app, ROLE_WARN));
    else if (disagrees(s, i))
        cr_draw_str(app, y, x + 4, markw - 4, ne, base | cr_role(app, ROLE_WARN));
    x += markw;
    int strong = l->other ? 0 : A_BOLD;
    cr_draw_str(app, y, x + (l->other ? 1 : 0), valw - (l->other ? 2 : 1), c->value, base | strong);
    x += valw;
    cr_draw_str(app, y, x, whow - 1, c->said_by ? c->said_by : c->outlet ? c->outlet : "?",
                base | cr_role(app, ROLE_ACCENT));
    x += whow;
    char out[64];
    if (c->copies > 1)
        snprintf(out, sizeof out, "%s +%ld", c->outlet ? c->outlet : "?", c->copies - 1);
    else
        snprintf(out, sizeof out, "%s", c->outlet ? c->outlet : "?");
    cr_draw_str(app, y, x, outw - 1, out, base);
    x += outw;
    if (x + 11 < r.x + r.w) {
        cr_draw_str(app, y, x, 10, c->date ? c->date : "", base | cr_role(app, ROLE_DIM));
        x += 11;
    }
    if (x < r.x + r.w) {
        char *text = l->other ? cr_xstrdup(c->sentence)
                              : cr_xasprintf("%s: %s", c->subject ? c->subject : "", c->sentence);
        cr_draw_str(app, y, x, r.x + r.w - x, text, base | (l->other ? cr_role(app, ROLE_DIM) : 0));
        free(text);
    }
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    (void)focused;
    claims *s = v->data;
    int bar = cr_role(app, ROLE_TITLE_BAR_FOCUS);
    cr_draw_fill(r.y, r.x, r.w, bar);
    char title[256];
    if (s->article)
        snprintf(title, sizeof title, " Claims in \"%s\" (%zu), compared across sources", s->heading, s->ncmp);
    else
        snprintf(title, sizeof title, " Claims about the words (%zu value%s%s)", s->nrows,
                 s->nrows == 1 ? "" : "s", s->nrows == QUERY_CLAIMS ? ", the first" : "");
    cr_draw_str(app, r.y, r.x, r.w, title, bar);
    int y = r.y + 1;
    if (!s->article) {
        int x = r.x + cr_draw_str(app, y, r.x, r.w, " Claims about: ", cr_role(app, ROLE_ACCENT));
        x += cr_draw_str(app, y, x, r.x + r.w - x, s->q.text.data ? s->q.text.data : "", A_BOLD);
        if (s->typing)
            cr_draw_str(app, y, x, r.x + r.w - x, "_", A_BLINK);
        y += 2;
        if (s->error) {
            cr_draw_str(app, y, r.x + 1, r.w - 1, s->error, cr_role(app, ROLE_WARN));
            return;
        }
    }
    long page = r.y + r.h - y;
    v->height = (int)(page > 0 ? page : 1);
    cr_listnav_clamp(&s->nav, v->height);
    if (!s->nlines) {
        const char *none = s->article ? "No numeric claims found in this article."
                           : s->typing ? "Words to look for in the claims' sentences; Enter lists them."
                                       : "No claim matches.";
        cr_draw_str(app, y + 1, r.x + 1, r.w - 1, none, cr_role(app, ROLE_DIM));
        return;
    }
    for (long i = 0; i < page && s->nav.top + i < (long)s->nlines; i++)
        draw_row(app, s, (size_t)(s->nav.top + i), y + (int)i, r, s->nav.top + i == s->nav.cursor);
}

/* Enter at the query: run it; false keeps the prompt open for a query to fix. */
static bool run_query(cr_app *app, cr_view *v)
{
    claims *s = v->data;
    load_query(app, s);
    return s->error == NULL;
}

static bool key(cr_app *app, cr_view *v, cr_key k)
{
    claims *s = v->data;
    return cr_query_prompt_key(app, v, &s->q, &s->typing, k, run_query, s->nlines != 0);
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    claims *s = v->data;
    if (cr_listnav_move(&s->nav, a, v->height))
        return true;
    switch (a) {
    case CR_ACT_ENTER:
        if (s->nlines) {
            const cr_claim_row *c = s->lines[s->nav.cursor].c;
            cr_hit sentence = {c->start, c->len};
            int64_t id = c->article;
            /* cr_app_goto closes this view: copy first, touch nothing after */
            cr_app_goto(app, id, sentence.start);
            cr_article_show_hits(app, app->pane[PANE_ARTICLE], &sentence, 1);
        }
        return true;
    case CR_ACT_FIND:
    case CR_ACT_CLAIMS_QUERY:
        if (!s->article)
            s->typing = true;
        return true;
    case CR_ACT_QUIT:
    case CR_ACT_BACK: cr_app_pop_overlay(app); return true;
    default: return false;
    }
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    claims *s = v->data;
    if (s->typing)
        snprintf(hints, nh, "type words  Enter list the claims  Esc close");
    else
        snprintf(hints, nh, "CONFLICT: the sources' values disagree  Enter open the sentence  j/k move  q close");
    snprintf(pos, np, "%ld/%zu", s->nlines ? s->nav.cursor + 1 : 0, s->nlines);
}

static void destroy(cr_view *v)
{
    claims *s = v->data;
    drop(s);
    cr_lineedit_free(&s->q);
    free(s->heading);
    free(s);
    free(v);
}

static const cr_view_ops ops = {.name = "claims", .draw = draw, .handle = handle, .status = status,
                                .destroy = destroy, .key = key};

static cr_view *new_view(claims *s)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    v->ops = &ops;
    v->data = s;
    return v;
}

cr_view *cr_claims_view(cr_app *app, int64_t article)
{
    claims *s = cr_xcalloc(1, sizeof *s);
    s->article = article;
    cr_article_rec r;
    if (cr_query_article(app->store, article, &r)) {
        s->heading = cr_xstrdup(r.a.title ? r.a.title : "");
        cr_article_rec_free(&r);
    } else {
        s->heading = cr_xstrdup("");
    }
    load_article(app, s);
    return new_view(s);
}

cr_view *cr_claims_query_view(cr_app *app, const char *query)
{
    claims *s = cr_xcalloc(1, sizeof *s);
    s->heading = cr_xstrdup("");
    if (query && *query) {
        cr_buf_adds(&s->q.text, query);
        load_query(app, s);
        s->typing = s->error != NULL;
    } else {
        s->typing = true;
    }
    return new_view(s);
}
