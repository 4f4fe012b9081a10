/* study.c - the study actions on the open article: read/unread, bookmarks, notes, the views
 * of marks, the URL, pipes, the citation and the command line. Each mark is written to the
 * library at once, in its own transaction. */
#include <stdlib.h>
#include <string.h>

#include "crossread/export.h"
#include "crossread/osc52.h"
#include "crossread/userdata.h"
#include "study.h"

char *cr_ask_note(cr_app *app, const char *initial)
{
    char *text = NULL;
    int r = cr_edit_in_editor(app, initial, &text);
    if (r == 1)
        return text;
    if (r < 0) {
        cr_app_message(app, "The note was empty: nothing saved");
        return NULL;
    }
    text = cr_prompt(app, "Note: ", initial);
    if (text && !*text) {
        free(text);
        cr_app_message(app, "The note was empty: nothing saved");
        return NULL;
    }
    return text;
}

void cr_show_marks(cr_app *app, int kind)
{
    cr_place p;
    if (app->noverlays && cr_marks_view_place(app->overlay[app->noverlays - 1], &p) &&
        p.kind == kind)
        return;
    cr_app_remember(app);
    while (app->noverlays)
        cr_app_pop_overlay(app);
    cr_app_push_overlay(app, cr_marks_view(app, kind, 0));
}

/* A mark at the reading position of the open article, with its line as the quoted text. */
static void add_mark(cr_app *app, const cr_article_rec *r, cr_mark_kind kind, char *note)
{
    cr_view *av = app->pane[PANE_ARTICLE];
    char *excerpt = cr_article_excerpt(av);
    cr_mark m = {.kind = kind, .article_key = r->key, .start = cr_article_pos(av), .text = excerpt,
                 .note = note, .title = r->a.title, .outlet = r->a.outlet, .date = r->a.date,
                 .url = r->a.url};
    char *err = NULL;
    int64_t id;
    if (cr_mark_add(app->store, &m, &id, &err))
        cr_app_message(app, kind == CR_MARK_BOOKMARK ? "Bookmarked (' lists bookmarks)"
                                                     : "Note saved (A lists notes)");
    else
        cr_app_message(app, "Could not save: %s", err);
    free(err);
    free(excerpt);
}

static void toggle_read(cr_app *app, const cr_article_rec *r)
{
    size_t pos;
    bool read;
    cr_reading_get(app->store, r->key, &pos, &read);
    if (cr_reading_set_read(app->store, r->key, !read))
        cr_app_message(app, read ? "Marked unread" : "Marked read");
    cr_sources_refresh(app->pane[PANE_SOURCES]);
}

static void pipe_article(cr_app *app, const cr_article_rec *r)
{
    char *cmd = cr_prompt(app, "Pipe the article to: ", NULL);
    if (!cmd || !*cmd) {
        free(cmd);
        return;
    }
    cr_buf t;
    cr_buf_init(&t);
    cr_buf_printf(&t, "%s\n", r->a.title ? r->a.title : "");
    const char *meta[] = {r->a.outlet, r->a.date, r->a.url};
    bool any = false;
    for (size_t i = 0; i < 3; i++)
        if (meta[i] && *meta[i]) {
            cr_buf_printf(&t, "%s%s", any ? ", " : "", meta[i]);
            any = true;
        }
    if (any)
        cr_buf_addc(&t, '\n');
    cr_buf_addc(&t, '\n');
    cr_buf_add(&t, r->a.body, r->a.body_len);
    if (r->a.body_len && r->a.body[r->a.body_len - 1] != '\n')
        cr_buf_addc(&t, '\n');
    cr_pipe_to(app, cmd, t.data, t.len);
    cr_buf_free(&t);
    free(cmd);
}

static void copy_citation(cr_app *app, const cr_article_rec *r)
{
    char *cite = cr_citation(r->a.title, r->a.outlet, r->a.date, r->a.url);
    char *err = NULL;
    if (cr_osc52_copy(cite, &err))
        cr_app_message(app, "Citation copied: %s", cite);
    else
        cr_app_message(app, "Could not copy the citation: %s", err);
    free(err);
    free(cite);
}

void cr_note_on_entity(cr_app *app, const char *name)
{
    const cr_article_rec *r = cr_article_rec_of(app->pane[PANE_ARTICLE]);
    if (!r) {
        cr_app_message(app, "Open an article first: the note on a name keeps it as its source");
        return;
    }
    char *note = cr_ask_note(app, NULL);
    if (!note)
        return;
    cr_mark m = {.kind = CR_MARK_NOTE, .article_key = r->key,
                 .start = cr_article_pos(app->pane[PANE_ARTICLE]), .note = note,
                 .entity = (char *)name, .title = r->a.title, .outlet = r->a.outlet,
                 .date = r->a.date, .url = r->a.url};
    char *err = NULL;
    if (cr_mark_add(app->store, &m, NULL, &err))
        cr_app_message(app, "Note on %s saved (A lists notes)", name);
    else
        cr_app_message(app, "Could not save: %s", err);
    free(err);
    free(note);
}

bool cr_study_action(cr_app *app, cr_action a)
{
    switch (a) {
    case CR_ACT_BOOKMARKS: cr_show_marks(app, PLACE_BOOKMARKS); return true;
    case CR_ACT_NOTES: cr_show_marks(app, PLACE_NOTES); return true;
    case CR_ACT_CANCEL: return true;
    case CR_ACT_HIGHLIGHT:
        cr_app_message(app, "Highlights are made in the article pane (Tab to it, then v)");
        return true;
    case CR_ACT_DELETE_MARK:
        cr_app_message(app, "x deletes a mark in the bookmarks (') or notes (A) view");
        return true;
    case CR_ACT_COMMAND: {
        char *line = cr_prompt(app, ":", NULL);
        if (line)
            cr_cmdline_run(app, line);
        free(line);
        return true;
    }
    default: break;
    }
    const cr_article_rec *r = cr_article_rec_of(app->pane[PANE_ARTICLE]);
    switch (a) {
    case CR_ACT_BOOKMARK:
    case CR_ACT_NOTE:
    case CR_ACT_TOGGLE_READ:
    case CR_ACT_OPEN_URL:
    case CR_ACT_PIPE:
    case CR_ACT_COPY_CITATION:
        if (!r) {
            cr_app_message(app, "Open an article first");
            return true;
        }
        break;
    default: return false;
    }
    switch (a) {
    case CR_ACT_BOOKMARK:
        if (cr_mark_find(app->store, r->key, CR_MARK_BOOKMARK,
                         cr_article_pos(app->pane[PANE_ARTICLE])))
            cr_app_message(app, "Already bookmarked here");
        else
            add_mark(app, r, CR_MARK_BOOKMARK, NULL);
        break;
    case CR_ACT_NOTE: {
        char *note = cr_ask_note(app, NULL);
        if (note)
            add_mark(app, r, CR_MARK_NOTE, note);
        free(note);
        break;
    }
    case CR_ACT_TOGGLE_READ: toggle_read(app, r); break;
    case CR_ACT_OPEN_URL: cr_open_url(app, r->a.url); break;
    case CR_ACT_PIPE: pipe_article(app, r); break;
    case CR_ACT_COPY_CITATION: copy_citation(app, r); break;
    default: break;
    }
    return true;
}
