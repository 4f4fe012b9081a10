/* view_names.c - the names view (e, or E for the open article): every entity with its kind,
 * aliases and counts; / filters as you type; Enter lists its mentions. Rows are read a
 * window at a time, so a library with many names opens at once. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "crossread/curate.h"
#include "crossread/entity.h"

typedef struct {
    int64_t article;
    char *article_title;
    cr_lineedit filter;
    bool typing;
    cr_listnav nav;
    cr_entity_row *rows;
    size_t nrows;
    long rows_at;
    bool stale;
    char *merge_from; /* a name marked with + waiting for the name to merge it into */
} names;

static void drop_rows(names *s)
{
    for (size_t i = 0; i < s->nrows; i++)
        cr_entity_row_free(&s->rows[i]);
    free(s->rows);
    s->rows = NULL;
    s->nrows = 0;
}

static void refresh_count(cr_app *app, names *s)
{
    s->nav.count = cr_query_entity_count(app->store, s->article, s->filter.text.data);
    s->nav.cursor = s->nav.top = 0;
    s->stale = true;
}

static void fetch(cr_app *app, names *s, long page)
{
    if (!s->stale && s->rows_at == s->nav.top)
        return;
    drop_rows(s);
    s->nrows = cr_query_entities(app->store, s->article, s->filter.text.data, (size_t)s->nav.top,
                                 (size_t)page, &s->rows);
    s->rows_at = s->nav.top;
    s->stale = false;
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    (void)focused;
    names *s = v->data;
    int bar = cr_role(app, ROLE_TITLE_BAR_FOCUS);
    cr_draw_fill(r.y, r.x, r.w, bar);
    char title[160];
    if (s->article)
        snprintf(title, sizeof title, " Names in \"%s\" (%ld)", s->article_title ? s->article_title : "",
                 s->nav.count);
    else
        snprintf(title, sizeof title, " Names (%ld)", s->nav.count);
    cr_draw_str(app, r.y, r.x, r.w, title, bar);
    int y = r.y + 1;
    if (s->typing || s->filter.text.len) {
        int x = r.x + cr_draw_str(app, y, r.x, r.w, " Filter: ", cr_role(app, ROLE_ACCENT));
        x += cr_draw_str(app, y, x, r.x + r.w - x, s->filter.text.data ? s->filter.text.data : "", A_BOLD);
        if (s->typing)
            cr_draw_str(app, y, x, r.x + r.w - x, "_", A_BLINK);
        y++;
    }
    long page = r.y + r.h - y;
    v->height = (int)page;
    cr_listnav_clamp(&s->nav, page);
    fetch(app, s, page);
    if (!s->nav.count)
        cr_draw_str(app, y + 1, r.x + 1, r.w - 1,
                    s->filter.text.len ? "No name matches the filter." : "No names yet: import articles.",
                    cr_role(app, ROLE_DIM));
    int name_w = r.w >= 100 ? 32 : r.w / 3;
    for (size_t i = 0; i < s->nrows && (long)i < page; i++) {
        const cr_entity_row *e = &s->rows[i];
        bool sel = s->rows_at + (long)i == s->nav.cursor;
        int base = sel ? cr_role(app, ROLE_SELECTED) : 0;
        int yy = y + (int)i;
        cr_draw_fill(yy, r.x, r.w, base);
        int x = r.x + 1;
        cr_draw_str(app, yy, x, name_w, e->canonical, base | A_BOLD);
        x += name_w + 1;
        x += cr_draw_str(app, yy, x, r.x + r.w - x, cr_entity_kind_name(e->kind),
                         base | cr_role(app, ROLE_ACCENT));
        x = x < r.x + name_w + 9 ? r.x + name_w + 9 : x;
        char counts[64];
        if (s->article)
            snprintf(counts, sizeof counts, "%4ld here  ", e->articles);
        else
            snprintf(counts, sizeof counts, "%5ld art %6ld men  ", e->articles, e->mentions);
        x += cr_draw_str(app, yy, x, r.x + r.w - x, counts, base | cr_role(app, ROLE_DIM));
        /* aliases other than the canonical name */
        cr_buf al;
        cr_buf_init(&al);
        const char *p = e->names ? e->names : "";
        while (*p) {
            const char *bar_at = strchr(p, '|');
            size_t n = bar_at ? (size_t)(bar_at - p) : strlen(p);
            if (!(n == strlen(e->canonical) && strncmp(p, e->canonical, n) == 0)) {
                if (al.len)
                    cr_buf_adds(&al, ", ");
                cr_buf_add(&al, p, n);
            }
            p += n + (bar_at ? 1 : 0);
        }
        if (al.len)
            cr_draw_str(app, yy, x, r.x + r.w - x, al.data, base);
        cr_buf_free(&al);
    }
}

static void clear_filter(cr_app *app, names *s)
{
    s->filter.text.len = 0;
    if (s->filter.text.data)
        s->filter.text.data[0] = '\0';
    refresh_count(app, s);
}

/* Typing into the filter; Esc clears the filter first, then a pending merge. */
static bool key(cr_app *app, cr_view *v, cr_key k)
{
    names *s = v->data;
    bool esc = !k.is_key && k.code == 27;
    if (!s->typing) {
        if (esc && s->filter.text.len) {
            clear_filter(app, s);
            return true;
        }
        if (esc && s->merge_from) {
            free(s->merge_from);
            s->merge_from = NULL;
            cr_app_message(app, "Merge cancelled");
            return true;
        }
        return false;
    }
    switch (cr_lineedit_feed(&s->filter, k)) {
    case CR_EDIT_ENTER: s->typing = false; return true;
    case CR_EDIT_ESCAPE:
        s->typing = false;
        clear_filter(app, s);
        return true;
    case CR_EDIT_MOVE: return false; /* arrows still move while typing */
    case CR_EDIT_CHANGED: refresh_count(app, s); return true;
    case CR_EDIT_SAME: return true;
    }
    return true;
}

static const cr_entity_row *selected(names *s)
{
    if (s->nav.cursor >= s->rows_at && s->nav.cursor < s->rows_at + (long)s->nrows)
        return &s->rows[s->nav.cursor - s->rows_at];
    return NULL;
}

static void merge_step(cr_app *app, names *s)
{
    const cr_entity_row *e = selected(s);
    if (!e)
        return;
    if (!s->merge_from) {
        s->merge_from = cr_xstrdup(e->canonical);
        cr_app_message(app, "Merge %s into…: move to the other name and press + (Esc cancels)",
                       e->canonical);
        return;
    }
    char *err = NULL;
    if (strcmp(s->merge_from, e->canonical) == 0)
        cr_app_message(app, "Pick another name to merge %s into", s->merge_from);
    else if (cr_curate_merge(app->store, s->merge_from, e->canonical, &err))
        cr_app_message(app, "Merged %s into %s", s->merge_from, e->canonical);
    else
        cr_app_message(app, "Cannot merge: %s", err);
    free(err);
    free(s->merge_from);
    s->merge_from = NULL;
    long cursor = s->nav.cursor;
    refresh_count(app, s);
    s->nav.cursor = cursor;
}

static void split_all(cr_app *app, names *s)
{
    const cr_entity_row *e = selected(s);
    if (!e || !e->names || !strchr(e->names, '|')) {
        cr_app_message(app, "Only one name: nothing to split");
        return;
    }
    char *all = cr_xstrdup(e->names), *canonical = cr_xstrdup(e->canonical);
    int n = 0;
    char *err = NULL;
    bool ok = true;
    for (char *tok = strtok(all, "|"); ok && tok; tok = strtok(NULL, "|"), n++)
        ok = cr_curate_split(app->store, tok, &err);
    if (ok)
        cr_app_message(app, "Split %s into %d names (+ merges them again)", canonical, n);
    else
        cr_app_message(app, "Cannot split: %s", err);
    free(err);
    free(all);
    free(canonical);
    refresh_count(app, s);
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    names *s = v->data;
    if (cr_listnav_move(&s->nav, a, v->height))
        return true;
    switch (a) {
    case CR_ACT_FIND: s->typing = true; return true;
    case CR_ACT_MERGE_NAMES: merge_step(app, s); return true;
    case CR_ACT_SPLIT_NAMES: split_all(app, s); return true;
    case CR_ACT_ENTER:
        if (s->nav.cursor >= s->rows_at && s->nav.cursor < s->rows_at + (long)s->nrows) {
            const cr_entity_row *e = &s->rows[s->nav.cursor - s->rows_at];
            cr_app_push_overlay(app, cr_mentions_view(app, e->id, e->canonical));
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
    names *s = v->data;
    if (s->merge_from)
        snprintf(hints, nh, "Merge %s into: move to the name, press +  (Esc cancels)", s->merge_from);
    else if (s->typing)
        snprintf(hints, nh, "type to filter  Enter done  Esc clear");
    else if (selected(s) && selected(s)->reason)
        snprintf(hints, nh, "%s is a %s (%s)  / filter  Enter mentions  + merge  - split",
                 selected(s)->canonical, cr_entity_kind_name(selected(s)->kind), selected(s)->reason);
    else
        snprintf(hints, nh, "/ filter  Enter mentions  + merge  - split  q close");
    snprintf(pos, np, "%ld/%ld", s->nav.count ? s->nav.cursor + 1 : 0, s->nav.count);
}

static void destroy(cr_view *v)
{
    names *s = v->data;
    drop_rows(s);
    cr_lineedit_free(&s->filter);
    free(s->article_title);
    free(s->merge_from);
    free(s);
    free(v);
}

static const cr_view_ops ops = {
    .name = "names", .draw = draw, .handle = handle, .status = status, .destroy = destroy, .key = key};

cr_view *cr_names_view(cr_app *app, int64_t article)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    names *s = cr_xcalloc(1, sizeof *s);
    s->article = article;
    if (article) {
        cr_article_rec r;
        if (cr_query_article(app->store, article, &r)) {
            s->article_title = cr_xstrdup(r.a.title ? r.a.title : "");
            cr_article_rec_free(&r);
        }
    }
    v->ops = &ops;
    v->data = s;
    refresh_count(app, s);
    return v;
}
