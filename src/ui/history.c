/* history.c - where the reader has been: articles at their positions and the views of marks.
 * Back and forward move between places; opening something new remembers where the reader
 * was and forgets the places ahead. */
#include <string.h>

#include "crossread/userdata.h"
#include "study.h"

static void push_place(cr_place *stack, int *n, cr_place p)
{
    if (*n == 64) {
        memmove(stack, stack + 1, 63 * sizeof *stack);
        (*n)--;
    }
    stack[(*n)++] = p;
}

/* Where the reader is: a view of marks on top, else the open article. */
static cr_place here(cr_app *app)
{
    cr_place p;
    if (app->noverlays && cr_marks_view_place(app->overlay[app->noverlays - 1], &p))
        return p;
    return (cr_place){PLACE_ARTICLE, cr_article_id(app->pane[PANE_ARTICLE]),
                      cr_article_pos(app->pane[PANE_ARTICLE])};
}

void cr_app_remember(cr_app *app)
{
    cr_place p = here(app);
    if (p.kind == PLACE_ARTICLE && !p.id)
        return;
    push_place(app->back, &app->nback, p);
    app->nfwd = 0;
}

/* Opening with Enter (remember) is reading it: the article is marked read. */
void cr_app_open_article(cr_app *app, int64_t id, size_t pos, bool remember)
{
    if (!id)
        return;
    cr_place cur = here(app);
    if (remember && !(cur.kind == PLACE_ARTICLE && cur.id == id))
        cr_app_remember(app);
    cr_article_load(app, app->pane[PANE_ARTICLE], id, pos);
    cr_xref_load(app, app->pane[PANE_XREF], id);
    const cr_article_rec *r = cr_article_rec_of(app->pane[PANE_ARTICLE]);
    if (remember && r && r->id == id) {
        cr_reading_set_read(app->store, r->key, true);
        cr_sources_refresh(app->pane[PANE_SOURCES]);
        /* the source list follows a jump, so its cursor says where the reader is */
        if (cr_sources_selected(app->pane[PANE_SOURCES]) != id)
            cr_sources_select(app, app->pane[PANE_SOURCES], id);
    }
}

/* From a list of mentions, claims or hits: close the views, show the article there. */
void cr_app_goto(cr_app *app, int64_t id, size_t pos)
{
    cr_place cur = here(app);
    while (app->noverlays)
        cr_app_pop_overlay(app);
    if (cur.kind == PLACE_ARTICLE && cur.id == id)
        cr_app_remember(app); /* the same article: keep where we were */
    cr_app_open_article(app, id, pos, true);
    app->focus = PANE_ARTICLE;
}

static void go_to(cr_app *app, cr_place p)
{
    while (app->noverlays)
        cr_app_pop_overlay(app);
    if (p.kind == PLACE_ARTICLE) {
        cr_article_load(app, app->pane[PANE_ARTICLE], p.id, p.pos);
        cr_xref_load(app, app->pane[PANE_XREF], p.id);
        cr_sources_select(app, app->pane[PANE_SOURCES], p.id);
        app->focus = PANE_ARTICLE;
    } else {
        cr_app_push_overlay(app, cr_marks_view(app, p.kind, p.pos));
    }
}

/* Back and forward: the place left goes on the other stack. */
void cr_app_history(cr_app *app, bool forward)
{
    cr_place *from = forward ? app->fwd : app->back, *to = forward ? app->back : app->fwd;
    int *nfrom = forward ? &app->nfwd : &app->nback, *nto = forward ? &app->nback : &app->nfwd;
    if (!*nfrom) {
        cr_app_message(app, forward ? "Nothing to go forward to" : "Nothing to go back to");
        return;
    }
    cr_place cur = here(app);
    if (cur.kind != PLACE_ARTICLE || cur.id)
        push_place(to, nto, cur);
    go_to(app, from[--*nfrom]);
}
