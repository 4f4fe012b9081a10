/* view_xref.c - the cross-reference pane: other articles ranked by the names they share
 * with the open one, two rows each (outlet, date and count; then the shared names). */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"

enum { XREF_LIMIT = 50 };

typedef struct {
    int64_t for_id;
    cr_xref *x;
    size_t n;
    cr_listnav nav; /* over the n rows, two screen lines each */
} xrefs;

static void drop(xrefs *s)
{
    for (size_t i = 0; i < s->n; i++)
        cr_xref_free(&s->x[i]);
    free(s->x);
    s->x = NULL;
    s->n = 0;
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    xrefs *s = v->data;
    v->height = r.h - 1;
    v->width = r.w;
    int bar = cr_role(app, focused ? ROLE_TITLE_BAR_FOCUS : ROLE_TITLE_BAR);
    cr_draw_fill(r.y, r.x, r.w, bar);
    char title[64];
    snprintf(title, sizeof title, " Also mentioned in (%zu)", s->n);
    cr_draw_str(app, r.y, r.x, r.w, title, bar);
    if (!s->n) {
        cr_draw_str(app, r.y + 2, r.x + 1, r.w - 1,
                    s->for_id ? "No other article shares its names." : "Open an article.",
                    cr_role(app, ROLE_DIM));
        return;
    }
    long per_page = v->height / 2 > 0 ? v->height / 2 : 1;
    cr_listnav_clamp(&s->nav, per_page);
    for (long i = 0; i < per_page && s->nav.top + i < (long)s->n; i++) {
        const cr_xref *x = &s->x[s->nav.top + i];
        int y = r.y + 1 + 2 * (int)i;
        bool sel = s->nav.top + i == s->nav.cursor;
        int base = sel ? cr_role(app, ROLE_SELECTED) | (focused ? A_BOLD : 0) : 0;
        cr_draw_fill(y, r.x, r.w, base);
        int xx = r.x + cr_draw_str(app, y, r.x, r.w, sel ? ">" : " ", base);
        xx += cr_draw_str(app, y, xx, r.x + r.w - xx, x->outlet ? x->outlet : "?",
                          base | cr_role(app, ROLE_ACCENT));
        char right[48];
        snprintf(right, sizeof right, "%s%d shared", x->duplicate ? "dup " : "", x->nshared);
        int rw = (int)strlen(right);
        if (x->date && r.x + r.w - xx > rw + 12) {
            xx += cr_draw_str(app, y, xx, 1, " ", base);
            xx += cr_draw_str(app, y, xx, 10, x->date, base | cr_role(app, ROLE_DIM));
        }
        if (r.x + r.w - xx > rw + 1)
            cr_draw_str(app, y, r.x + r.w - rw - 1, rw, right, base);
        if (y + 1 >= r.y + r.h)
            break;
        cr_draw_fill(y + 1, r.x, r.w, 0);
        /* the shared names, "|" shown as ", " */
        char *names = cr_xstrdup(x->shared ? x->shared : "");
        for (char *p = names; *p; p++)
            if (*p == '|')
                *p = ',';
        cr_buf line;
        cr_buf_init(&line);
        for (char *p = names; *p; p++) {
            cr_buf_addc(&line, *p);
            if (*p == ',')
                cr_buf_addc(&line, ' ');
        }
        int nx = r.x + 2;
        nx += cr_draw_str(app, y + 1, nx, r.x + r.w - nx, line.data ? line.data : "", 0);
        if (r.x + r.w - nx > 3)
            cr_draw_str(app, y + 1, nx, r.x + r.w - nx, "  ", 0);
        cr_buf_free(&line);
        free(names);
    }
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    xrefs *s = v->data;
    if (!s->n)
        return false;
    if (cr_listnav_move(&s->nav, a, v->height / 2))
        return true;
    switch (a) {
    case CR_ACT_ENTER: {
        const cr_xref *x = &s->x[s->nav.cursor];
        cr_app_open_article(app, x->id, x->first_mention, true);
        app->focus = PANE_ARTICLE;
        break;
    }
    default: return false;
    }
    return true;
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    xrefs *s = v->data;
    if (s->n)
        snprintf(hints, nh, "%s", s->x[s->nav.cursor].why ? s->x[s->nav.cursor].why : "");
    else
        snprintf(hints, nh, "Tab pane  ? help  q quit");
    snprintf(pos, np, "%ld/%zu", s->n ? s->nav.cursor + 1 : 0, s->n);
}

static void destroy(cr_view *v)
{
    drop(v->data);
    free(v->data);
    free(v);
}

static const cr_view_ops ops = {
    .name = "xref", .draw = draw, .handle = handle, .status = status, .destroy = destroy};

cr_view *cr_xref_view(void)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    v->ops = &ops;
    v->data = cr_xcalloc(1, sizeof(xrefs));
    return v;
}

void cr_xref_load(cr_app *app, cr_view *v, int64_t id)
{
    xrefs *s = v->data;
    if (s->for_id == id)
        return;
    drop(s);
    s->for_id = id;
    s->nav = (cr_listnav){0};
    if (id)
        s->n = cr_query_xrefs(app->store, id, XREF_LIMIT, &s->x);
    s->nav.count = (long)s->n;
}
