/* view_sources.c - the source list: one row per article (date, outlet, title), newest
 * first, near-duplicates folded under one row. Only the visible window of rows is read
 * from the library, so a library of any size opens at once. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "crossread/text.h"
#include "crossread/userdata.h"

typedef struct {
    cr_listnav nav; /* count < 0 until first read */
    cr_row *rows; /* rows top..top+nrows-1 */
    size_t nrows, caprows;
    long rows_at;
    bool stale;
} sources;

static void drop_rows(sources *s)
{
    for (size_t i = 0; i < s->nrows; i++)
        cr_row_free(&s->rows[i]);
    s->nrows = 0;
}

static void fetch_window(cr_app *app, sources *s, int h)
{
    if (!s->stale && s->rows_at == s->nav.top && (long)s->nrows >= (h < s->nav.count - s->nav.top ? h : s->nav.count - s->nav.top))
        return;
    drop_rows(s);
    if ((size_t)h > s->caprows) {
        s->caprows = (size_t)h;
        s->rows = cr_xrealloc(s->rows, s->caprows * sizeof *s->rows);
    }
    s->nrows = cr_query_rows(app->store, (size_t)s->nav.top, (size_t)h, s->rows);
    s->rows_at = s->nav.top;
    s->stale = false;
}

/* The count is read lazily so the view can be made before the store is ready. */
static void ensure_count(cr_app *app, sources *s)
{
    if (s->nav.count < 0)
        s->nav.count = cr_store_count_articles(app->store, true);
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    sources *s = v->data;
    ensure_count(app, s);
    v->height = r.h - 1;
    v->width = r.w;
    char title[96];
    snprintf(title, sizeof title, " Sources %ld/%ld", s->nav.count ? s->nav.cursor + 1 : 0, s->nav.count);
    int bar = cr_role(app, focused ? ROLE_TITLE_BAR_FOCUS : ROLE_TITLE_BAR);
    cr_draw_fill(r.y, r.x, r.w, bar);
    cr_draw_str(app, r.y, r.x, r.w, title, bar);
    cr_listnav_clamp(&s->nav, v->height);
    fetch_window(app, s, v->height);
    if (!s->nav.count) {
        cr_draw_str(app, r.y + 2, r.x + 1, r.w - 1, "The library is empty.", cr_role(app, ROLE_DIM));
        cr_draw_str(app, r.y + 3, r.x + 1, r.w - 1, "Import articles: crossread import PATH",
                    cr_role(app, ROLE_DIM));
        return;
    }
    for (int i = 0; i < v->height && (size_t)i < s->nrows; i++) {
        const cr_row *row = &s->rows[i];
        int y = r.y + 1 + i;
        bool sel = s->nav.top + i == s->nav.cursor;
        int base = sel ? cr_role(app, ROLE_SELECTED) | (focused ? A_BOLD : 0) : 0;
        cr_draw_fill(y, r.x, r.w, base);
        int x = r.x;
        x += cr_draw_str(app, y, x, 1, sel ? ">" : (row->read ? " " : "\xE2\x80\xA2"), base);
        if (!app->utf8 && !sel && !row->read)
            cr_draw_str(app, y, r.x, 1, "*", base);
        /* narrow panes give the title the room: the date goes first, then the outlet */
        if (r.w >= 45) {
            x += cr_draw_str(app, y, x, r.x + r.w - x, row->date ? row->date : "    -     ",
                             base | cr_role(app, ROLE_DIM));
            x += cr_draw_str(app, y, x, r.x + r.w - x, " ", base);
        }
        int outlet_w = r.w >= 60 ? 16 : r.w >= 45 ? 10 : 9;
        int used = cr_draw_str(app, y, x, r.x + r.w - x < outlet_w ? r.x + r.w - x : outlet_w,
                               row->outlet ? row->outlet : "?", base | cr_role(app, ROLE_ACCENT));
        x += outlet_w > used ? outlet_w : used;
        x += cr_draw_str(app, y, x, r.x + r.w - x, " ", base);
        /* a folded near-duplicate keeps its mark even when the title is cut: " +1" */
        char mark[16] = "";
        if (row->ndups)
            snprintf(mark, sizeof mark, " +%d", row->ndups);
        int room = r.x + r.w - x - (int)strlen(mark);
        x += cr_draw_str(app, y, x, room, row->title, base);
        if (row->ndups) {
            char also[160];
            snprintf(also, sizeof also, "  +%d also in %s", row->ndups,
                     row->dup_outlets ? row->dup_outlets : "");
            if (r.x + r.w - x >= cr_display_width(also, strlen(also)))
                cr_draw_str(app, y, x, r.x + r.w - x, also, base | cr_role(app, ROLE_DIM));
            else
                cr_draw_str(app, y, x, r.x + r.w - x, mark, base | cr_role(app, ROLE_ACCENT));
        }
    }
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    sources *s = v->data;
    ensure_count(app, s);
    long before = s->nav.cursor;
    if (cr_listnav_move(&s->nav, a, v->height)) {
        if (s->nav.cursor != before) {
            fetch_window(app, s, v->height);
            /* the article pane previews the row under the cursor */
            if (app->mode != MODE_NARROW)
                cr_app_open_article(app, cr_sources_selected(v), CR_POS_SAVED, false);
        }
        return true;
    }
    switch (a) {
    case CR_ACT_TOGGLE_READ:
        if (s->nav.cursor >= s->rows_at && s->nav.cursor < s->rows_at + (long)s->nrows) {
            const cr_row *row = &s->rows[s->nav.cursor - s->rows_at];
            bool read = !row->read;
            if (cr_reading_set_read_by_id(app->store, row->id, read))
                cr_app_message(app, read ? "Marked read" : "Marked unread");
            s->stale = true;
            fetch_window(app, s, v->height);
        }
        return true;
    case CR_ACT_ENTER:
        if (s->nav.count) {
            cr_listnav_clamp(&s->nav, v->height);
            fetch_window(app, s, v->height);
            cr_app_open_article(app, cr_sources_selected(v), CR_POS_SAVED, true);
            app->focus = PANE_ARTICLE;
        }
        return true;
    default: return false;
    }
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    sources *s = v->data;
    snprintf(hints, nh, "j/k move  Enter open  u unread  ' bookmarks  A notes  ? help  q quit");
    snprintf(pos, np, "%ld/%ld", s->nav.count ? s->nav.cursor + 1 : 0, s->nav.count);
}

static void destroy(cr_view *v)
{
    sources *s = v->data;
    drop_rows(s);
    free(s->rows);
    free(s);
    free(v);
}

static const cr_view_ops ops = {
    .name = "sources", .draw = draw, .handle = handle, .status = status, .destroy = destroy};

cr_view *cr_sources_view(void)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    sources *s = cr_xcalloc(1, sizeof *s);
    s->nav.count = -1;
    s->stale = true;
    v->ops = &ops;
    v->data = s;
    return v;
}

void cr_sources_refresh(cr_view *v)
{
    sources *s = v->data;
    s->stale = true;
}

int64_t cr_sources_selected(cr_view *v)
{
    sources *s = v->data;
    if (s->nav.cursor >= s->rows_at && s->nav.cursor < s->rows_at + (long)s->nrows)
        return s->rows[s->nav.cursor - s->rows_at].id;
    return 0;
}

void cr_sources_select(cr_app *app, cr_view *v, int64_t id)
{
    sources *s = v->data;
    ensure_count(app, s);
    long idx = id ? cr_query_row_index(app->store, id) : 0;
    if (idx >= 0)
        s->nav.cursor = idx;
    s->stale = true;
    cr_listnav_clamp(&s->nav, v->height > 0 ? v->height : 1);
    fetch_window(app, s, v->height > 0 ? v->height : 20);
}
