/* view_marks.c - the bookmarks view and the notes view (every note, highlight and bookmark):
 * two rows an item, the article's date, outlet and title, then the quoted text and the note.
 * Enter opens the article at the mark; a writes or edits the mark's note; x deletes it. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/userdata.h"
#include "study.h"

typedef struct {
    int kind; /* PLACE_BOOKMARKS or PLACE_NOTES */
    cr_mark *m;
    size_t n;
    size_t cursor, top;
} marks;

static void reload(cr_app *app, marks *s)
{
    cr_marks_free(s->m, s->n);
    s->n = cr_marks_list(app->store, s->kind == PLACE_BOOKMARKS ? CR_MARK_BOOKMARK : 0, &s->m);
    if (s->cursor >= s->n)
        s->cursor = s->n ? s->n - 1 : 0;
}

/* One line of possibly many-line text: newlines shown as spaces. */
static char *one_line(const char *s)
{
    char *t = cr_xstrdup(s ? s : "");
    for (char *p = t; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
    return t;
}

static void draw_item(cr_app *app, const cr_mark *m, int y, cr_rect r, bool sel, bool focused)
{
    int base = sel ? cr_role(app, ROLE_SELECTED) | (focused ? A_BOLD : 0) : 0;
    cr_draw_fill(y, r.x, r.w, base);
    int x = r.x + cr_draw_str(app, y, r.x, r.w, sel ? ">" : " ", base);
    char tag[16];
    snprintf(tag, sizeof tag, "%-9s ", cr_mark_kind_name(m->kind));
    int end = r.x + r.w;
    x += cr_draw_str(app, y, x, end - x, tag, base | cr_role(app, ROLE_ACCENT));
    x += cr_draw_str(app, y, x, end - x, m->date ? m->date : "    -     ",
                     base | cr_role(app, ROLE_DIM));
    x += cr_draw_str(app, y, x, end - x, " ", base);
    x += cr_draw_str(app, y, x, end - x, m->outlet ? m->outlet : "?",
                     base | cr_role(app, ROLE_ACCENT));
    x += cr_draw_str(app, y, x, end - x, "  ", base);
    x += cr_draw_str(app, y, x, end - x, m->title ? m->title : "(untitled)", base);
    if (!m->article_id)
        cr_draw_str(app, y, x, end - x, "  (not in the library)", base | cr_role(app, ROLE_WARN));
    if (y + 1 >= r.y + r.h)
        return;
    cr_draw_fill(y + 1, r.x, r.w, 0);
    cr_buf line;
    cr_buf_init(&line);
    if (m->entity && *m->entity)
        cr_buf_printf(&line, "on %s", m->entity);
    else if (m->text && *m->text) {
        char *t = one_line(m->text);
        cr_buf_printf(&line, "\xE2\x80\x9C%s\xE2\x80\x9D", t);
        free(t);
    }
    if (m->note && *m->note) {
        char *t = one_line(m->note);
        cr_buf_printf(&line, "%s%s", line.len ? "  \xE2\x80\x94 " : "", t);
        free(t);
    }
    int attr = m->kind == CR_MARK_HIGHLIGHT ? cr_attr_of(app, CR_ATTR_MARK) : 0;
    cr_draw_str(app, y + 1, r.x + 3, r.w - 3, line.data ? line.data : "", attr);
    cr_buf_free(&line);
}

static void draw(cr_app *app, cr_view *v, cr_rect r, bool focused)
{
    marks *s = v->data;
    v->height = r.h - 1;
    v->width = r.w;
    int bar = cr_role(app, ROLE_TITLE_BAR_FOCUS);
    cr_draw_fill(r.y, r.x, r.w, bar);
    char title[96];
    snprintf(title, sizeof title, " %s (%zu)",
             s->kind == PLACE_BOOKMARKS ? "Bookmarks" : "Notes, highlights and bookmarks", s->n);
    cr_draw_str(app, r.y, r.x, r.w, title, bar);
    if (!s->n) {
        const char *empty = s->kind == PLACE_BOOKMARKS
                                ? "No bookmarks yet: m in an article adds one."
                                : "Nothing marked yet: m bookmarks, v highlights, a writes a note.";
        cr_draw_str(app, r.y + 2, r.x + 1, r.w - 1, empty, cr_role(app, ROLE_DIM));
        return;
    }
    size_t per_page = (size_t)(v->height / 2 > 0 ? v->height / 2 : 1);
    if (s->cursor < s->top)
        s->top = s->cursor;
    if (s->cursor >= s->top + per_page)
        s->top = s->cursor - per_page + 1;
    for (size_t i = 0; i < per_page && s->top + i < s->n; i++)
        draw_item(app, &s->m[s->top + i], r.y + 1 + 2 * (int)i, r, s->top + i == s->cursor,
                  focused);
}

static void edit_note(cr_app *app, marks *s)
{
    cr_mark *m = &s->m[s->cursor];
    char *note = cr_ask_note(app, m->note);
    if (!note)
        return;
    char *err = NULL;
    if (cr_mark_set_note(app->store, m->id, note, &err))
        cr_app_message(app, "Note saved");
    else
        cr_app_message(app, "Could not save the note: %s", err);
    free(err);
    free(note);
    reload(app, s);
}

static void delete_mark(cr_app *app, marks *s)
{
    cr_mark *m = &s->m[s->cursor];
    char q[64];
    snprintf(q, sizeof q, "Delete this %s? (y/n) ", cr_mark_kind_name(m->kind));
    if (!cr_confirm(app, q)) {
        cr_app_message(app, "Kept");
        return;
    }
    char *err = NULL;
    if (cr_mark_delete(app->store, m->id, &err))
        cr_app_message(app, "Deleted");
    else
        cr_app_message(app, "Could not delete: %s", err);
    free(err);
    reload(app, s);
    cr_article_reload_marks(app, app->pane[PANE_ARTICLE]);
}

static bool handle(cr_app *app, cr_view *v, cr_action a)
{
    marks *s = v->data;
    long page = v->height / 2 > 0 ? v->height / 2 : 1, to = (long)s->cursor;
    bool moves = true;
    switch (a) {
    case CR_ACT_QUIT: cr_app_pop_overlay(app); return true;
    case CR_ACT_MOVE_DOWN: to++; break;
    case CR_ACT_MOVE_UP: to--; break;
    case CR_ACT_PAGE_DOWN: to += page; break;
    case CR_ACT_PAGE_UP: to -= page; break;
    case CR_ACT_FIRST: to = 0; break;
    case CR_ACT_LAST: to = (long)s->n - 1; break;
    default: moves = false; break;
    }
    if (moves) {
        if (to >= (long)s->n)
            to = (long)s->n - 1;
        s->cursor = to > 0 ? (size_t)to : 0;
        return true;
    }
    if (!s->n)
        return false;
    const cr_mark *m = &s->m[s->cursor];
    switch (a) {
    case CR_ACT_ENTER:
        if (!m->article_id) {
            cr_app_message(app, "That article is not in the library now (its file was pruned); "
                                "the mark is kept and comes back when the file is imported");
            return true;
        }
        /* the history remembers this view, then the view gives way to the article */
        cr_app_open_article(app, m->article_id, m->start, true);
        app->focus = PANE_ARTICLE;
        cr_app_pop_overlay(app); /* destroys v: nothing after this */
        return true;
    case CR_ACT_NOTE: edit_note(app, s); return true;
    case CR_ACT_DELETE_MARK: delete_mark(app, s); return true;
    default: return false;
    }
}

static void status(cr_app *app, cr_view *v, char *hints, size_t nh, char *pos, size_t np)
{
    (void)app;
    marks *s = v->data;
    snprintf(hints, nh, "Enter open  a note  x delete  Backspace back  q close");
    snprintf(pos, np, "%zu/%zu", s->n ? s->cursor + 1 : 0, s->n);
}

static void destroy(cr_view *v)
{
    marks *s = v->data;
    cr_marks_free(s->m, s->n);
    free(s);
    free(v);
}

static const cr_view_ops ops = {
    .name = "marks", .draw = draw, .handle = handle, .status = status, .destroy = destroy};

cr_view *cr_marks_view(cr_app *app, int kind, size_t cursor)
{
    cr_view *v = cr_xcalloc(1, sizeof *v);
    marks *s = cr_xcalloc(1, sizeof *s);
    s->kind = kind == PLACE_BOOKMARKS ? PLACE_BOOKMARKS : PLACE_NOTES;
    s->cursor = cursor;
    reload(app, s);
    v->ops = &ops;
    v->data = s;
    return v;
}

bool cr_marks_view_place(cr_view *v, cr_place *p)
{
    if (v->ops != &ops)
        return false;
    marks *s = v->data;
    *p = (cr_place){s->kind, 0, s->cursor};
    return true;
}
