/* cmdline.c - the ':' command line. Each command is a row of the table below: a name, what
 * it takes, and a handler that gets the rest of the line; to add one, add a row. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/backup.h"
#include "crossread/export.h"
#include "study.h"

typedef struct {
    const char *name;
    const char *args;
    void (*run)(cr_app *app, const char *args);
} command;

static void cmd_quit(cr_app *app, const char *args)
{
    (void)args;
    app->quit = true;
}

/* A file named on the command line: "~/" is the home folder, as in the shell. */
static char *expand(const char *path)
{
    const char *home = getenv("HOME");
    if (path[0] == '~' && path[1] == '/' && home && *home)
        return cr_xasprintf("%s%s", home, path + 1);
    return cr_xstrdup(path);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void cmd_export(cr_app *app, const char *args)
{
    char *path = expand(*args ? args : "crossread-notes.md");
    cr_export_format f = ends_with(path, ".json") ? CR_EXPORT_JSON : CR_EXPORT_MARKDOWN;
    cr_export_stats st;
    char *err = NULL;
    if (cr_export_library(app->store, f, path, &st, &err))
        cr_app_message(app, "Exported %ld mark%s from %ld article%s to %s", st.marks,
                       st.marks == 1 ? "" : "s", st.articles, st.articles == 1 ? "" : "s", path);
    else
        cr_app_message(app, "Export failed: %s", err);
    free(err);
    free(path);
}

static void cmd_backup(cr_app *app, const char *args)
{
    if (!*args) {
        cr_app_message(app, "Usage: :backup FILE");
        return;
    }
    char *path = expand(args);
    cr_backup_stats st;
    char *err = NULL;
    if (cr_backup(app->store, path, false, &st, &err))
        cr_app_message(app, "Backed up %ld articles and %ld marks to %s", st.articles, st.marks,
                       path);
    else
        cr_app_message(app, "Backup failed: %s", err);
    free(err);
    free(path);
}

static void cmd_bookmarks(cr_app *app, const char *args)
{
    (void)args;
    cr_show_marks(app, PLACE_BOOKMARKS);
}

static void cmd_notes(cr_app *app, const char *args)
{
    (void)args;
    cr_show_marks(app, PLACE_NOTES);
}

static void cmd_note(cr_app *app, const char *args)
{
    if (!*args) {
        cr_app_message(app, "Usage: :note NAME (a note on a person, place or organisation)");
        return;
    }
    cr_note_on_entity(app, args);
}

static void cmd_claims(cr_app *app, const char *args)
{
    cr_app_push_overlay(app, cr_claims_query_view(app, args));
}

static const command commands[] = {
    {"export", "[FILE]", cmd_export},   {"backup", "FILE", cmd_backup},
    {"note", "NAME", cmd_note},         {"bookmarks", "", cmd_bookmarks},
    {"notes", "", cmd_notes},           {"claims", "[WORDS]", cmd_claims},
    {"q", "", cmd_quit},                {"quit", "", cmd_quit},
};

void cr_cmdline_run(cr_app *app, const char *line)
{
    while (isspace((unsigned char)*line) || *line == ':')
        line++;
    size_t n = 0;
    while (line[n] && !isspace((unsigned char)line[n]))
        n++;
    if (!n)
        return;
    const char *args = line + n;
    while (isspace((unsigned char)*args))
        args++;
    char *rest = cr_xstrdup(args);
    for (size_t e = strlen(rest); e && isspace((unsigned char)rest[e - 1]);)
        rest[--e] = '\0';
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strlen(commands[i].name) == n && strncmp(commands[i].name, line, n) == 0) {
            commands[i].run(app, rest);
            free(rest);
            return;
        }
    free(rest);
    cr_buf known;
    cr_buf_init(&known);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        cr_buf_printf(&known, "%s:%s%s%s", i ? ", " : "", commands[i].name,
                      *commands[i].args ? " " : "", commands[i].args);
    cr_app_message(app, "Unknown command :%.*s (try %s)", (int)n, line, known.data);
    cr_buf_free(&known);
}
