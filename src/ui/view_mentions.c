/* view_mentions.c - every mention of one name across the library, a concordance line each
 * (date, outlet, the passage with the name lit); Enter opens the article there. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "crossread/text.h"

enum { MENTIONS_LIMIT = 5000 };

typedef struct {
    char *name;
    cr_mention_row *m;
    size_t n;
    cr_listnav nav;
} mentions;

/* Draws a context line so that the hit sits about a third in, the hit lit. */
static void draw_context(cr_app *app, int y, int x, int w, const cr_mention_row *m, int base)
{
    const char *c = m->context;
    size_t len = strlen(c), from = 0;
    int lead = w / 3;
    while (from < m->ctx_hit && cr_display_width(c + from, m->ctx_hit - from) > lead) {
        int cols;
        size_t step = cr_grapheme_next(c + from, len - from, &cols);
        from += step ? step : 1;
    }
    int used = 0;
    if (from > 0)
        used += cr_draw_str(app, y, x, w, "\xE2\x80\xA6", base | cr_role(app, ROLE_DIM));
    used += cr_draw_text(app, y, x + used, w - used, c + from, m->ctx_hit - from, base);
    size_t hit_len = m->len < len - m->ctx_hit ? m->len : len - m->ctx_hit;
    used += cr_draw_text(app, y, x + used, w - used, c + m->ctx_hit, hit_len,
                         base | cr_attr_of(app, CR_ATTR_MATCH));
    cr_draw_text(app, y, x + used, w - used, c + m->ctx_hit + hit_len, len - m->ctx_hit - hit_len, base);
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    (void)focused;
    mentions *s = v->data;
    int bar = cr_role(app, ROLE_TITLE_BAR_FOCUS);
    cr_draw_fill(r.y, r.x, r.w, bar);
    char title[200];
    snprintf(title, sizeof title, " Mentions of %s (%zu%s)", s->name, s->n,
             s->n == MENTIONS_LIMIT ? ", the newest" : "");
    cr_draw_str(app, r.y, r.x, r.w, title, bar);
    long page = r.h - 1;
    v->height = (int)page;
    cr_listnav_clamp(&s->nav, page);
    int outlet_w = r.w >= 100 ? 18 : 12;
    for (long i = 0; i < page && s->nav.top + i < (long)s->n; i++) {
        const cr_mention_row *m = &s->m[s->nav.top + i];
        bool sel = s->nav.top + i == s->nav.cursor;
        int base = sel ? cr_role(app, ROLE_SELECTED) : 0;
        int y = r.y + 1 + (int)i;
        cr_draw_fill(y, r.x, r.w, base);
        int x = r.x + 1;
        cr_draw_str(app, y, x, 10, m->date ? m->date : "", base | cr_role(app, ROLE_DIM));
        x += 11;
        cr_draw_str(app, y, x, outlet_w, m->outlet ? m->outlet : "?", base | cr_role(app, ROLE_ACCENT));
        x += outlet_w + 1;
        if (x < r.x + r.w)
            draw_context(app, y, x, r.x + r.w - x, m, base);
    }
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    mentions *s = v->data;
    if (cr_listnav_move(&s->nav, a, v->height))
        return true;
    switch (a) {
    case CR_ACT_ENTER:
        if (s->n) {
            const cr_mention_row *m = &s->m[s->nav.cursor];
            cr_app_goto(app, m->article, m->start);
        }
        return true;
    case CR_ACT_QUIT:
    case CR_ACT_BACK: cr_app_pop_overlay(app); return true;
    default: return false;
    }
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    mentions *s = v->data;
    if (s->n)
        snprintf(hints, nh, "%s  Enter open there  q back", s->m[s->nav.cursor].title);
    else
        snprintf(hints, nh, "q back");
    snprintf(pos, np, "%ld/%zu", s->n ? s->nav.cursor + 1 : 0, s->n);
}

static void destroy(cr_view *v)
{
    mentions *s = v->data;
    for (size_t i = 0; i < s->n; i++)
        cr_mention_row_free(&s->m[i]);
    free(s->m);
    free(s->name);
    free(s);
    free(v);
}

static const cr_view_ops ops = {
    .name = "mentions", .draw = draw, .handle = handle, .status = status, .destroy = destroy};

cr_view *cr_mentions_view(cr_app *app, int64_t entity, const char *name)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    mentions *s = cr_xcalloc(1, sizeof *s);
    s->name = cr_xstrdup(name);
    s->n = cr_query_mentions(app->store, entity, MENTIONS_LIMIT, &s->m);
    s->nav.count = (long)s->n;
    v->ops = &ops;
    v->data = s;
    return v;
}
