/* view_help.c - the help overlay: every action with its keys, made from the action table
 * and the live key map, so it always tells the truth. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "app.h"

typedef struct {
    long top;
} help;

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    (void)focused;
    help *h = v->data;
    v->height = r.h - 1;
    int bar = cr_role(app, ROLE_TITLE_BAR_FOCUS);
    cr_draw_fill(r.y, r.x, r.w, bar);
    cr_draw_str(app, r.y, r.x, r.w, " Help: keys of crossread (q or ? closes)", bar);
    long total = CR_ACT_COUNT - 1;
    if (h->top > total - v->height)
        h->top = total - v->height;
    if (h->top < 0)
        h->top = 0;
    int keyw = r.w >= 60 ? 24 : r.w / 3;
    for (int i = 0; i < v->height && h->top + i < total; i++) {
        cr_action a = (cr_action)(h->top + i + 1);
        char keys[128];
        cr_keymap_describe(a, keys, sizeof keys);
        int y = r.y + 1 + i;
        cr_draw_fill(y, r.x, r.w, 0);
        cr_draw_str(app, y, r.x + 1, keyw, keys[0] ? keys : "(unbound)", cr_role(app, ROLE_ACCENT));
        cr_draw_str(app, y, r.x + 2 + keyw, r.w - keyw - 2, cr_action_help(a), 0);
    }
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    help *h = v->data;
    switch (a) {
    case CR_ACT_MOVE_DOWN: h->top++; break;
    case CR_ACT_MOVE_UP: h->top--; break;
    case CR_ACT_PAGE_DOWN: h->top += v->height; break;
    case CR_ACT_PAGE_UP: h->top -= v->height; break;
    case CR_ACT_FIRST: h->top = 0; break;
    case CR_ACT_LAST: h->top = CR_ACT_COUNT; break;
    case CR_ACT_HELP:
    case CR_ACT_FIND_BACK:
    case CR_ACT_QUIT:
    case CR_ACT_BACK: cr_app_pop_overlay(app); break;
    default: return false;
    }
    return true;
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    (void)v;
    snprintf(hints, nh, "j/k scroll  q close");
    snprintf(pos, np, "help");
}

static void destroy(cr_view *v)
{
    free(v->data);
    free(v);
}

static const cr_view_ops ops = {
    .name = "help", .draw = draw, .handle = handle, .status = status, .destroy = destroy};

cr_view *cr_help_view(void)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    v->ops = &ops;
    v->data = cr_xcalloc(1, sizeof(help));
    return v;
}
