/* config.h - the configuration file: $XDG_CONFIG_HOME/crossread/config, else
 * ~/.config/crossread/config. One setting a line, '#' starts a comment:
 *   bind KEY ACTION        a key name as in the help screen ("j", "C-o", "PgDn", "Space"),
 *                          an action name as in crossread(1), or "none" to unbind
 *   color ROLE FG BG       ROLE one of cr_color_role_name(); colours by name or 0-255,
 *                          "default" for the terminal's own
 *   set sources-width N    percent of a wide screen for the source list (10-60)
 *   set xref-width N       percent of a wide screen for cross-references (10-60)
 *   set library PATH       the library when neither --db nor CROSSREAD_DB is given
 * A bad line is reported with its file and line number and skipped; the rest still apply. */
#ifndef CROSSREAD_CONFIG_H
#define CROSSREAD_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/action.h"

/* Screen roles whose colours the file may set. */
typedef enum {
    CR_COLOR_TITLE = 0, /* article titles */
    CR_COLOR_META,      /* outlet, date, author lines */
    CR_COLOR_LINK,
    CR_COLOR_MATCH,     /* search hits */
    CR_COLOR_ENTITY,    /* highlighted names */
    CR_COLOR_BAR,       /* the focused pane's title bar */
    CR_COLOR_ACCENT,    /* outlets in lists, key names in help */
    CR_COLOR_WARN,
    CR_COLOR_MARK,      /* the reader's highlights */
    CR_COLOR_COUNT
} cr_color_role;

const char *cr_color_role_name(cr_color_role r);

typedef struct {
    bool set;
    int fg, bg; /* curses colour numbers; -1 is the terminal's default */
} cr_color_pref;

typedef struct {
    char *key;
    cr_action action; /* CR_ACT_NONE unbinds */
    int line;
} cr_config_bind;

typedef struct {
    char *path; /* the file read, or NULL if there was none */
    cr_config_bind *binds;
    size_t nbinds;
    cr_color_pref colors[CR_COLOR_COUNT];
    int sources_width, xref_width; /* percent; 0 = the built-in layout */
    char *library;                 /* NULL = the default library */
    char **errors;                 /* "FILE:LINE: what is wrong" */
    size_t nerrors;
} cr_config;

/* $XDG_CONFIG_HOME/crossread/config, else ~/.config/crossread/config; a new string. */
char *cr_config_default_path(void);
/* Parses text (file names the errors); adds to c, which starts zeroed. */
void cr_config_parse(cr_config *c, const char *file, const char *text, size_t len);
/* Reads path (NULL: the default path) into a zeroed c. A missing file is an empty config;
 * an unreadable one is an error in c->errors. */
void cr_config_load(cr_config *c, const char *path);
/* Binds the file's keys over the current key map. */
void cr_config_apply_keys(const cr_config *c);
void cr_config_free(cr_config *c);

#endif
