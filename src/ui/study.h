/* study.h - private to the UI: what a study session adds to the reader. The prompt and
 * command line in the status bar, programs run outside curses (editor, browser, pipes), the
 * views of marks, and the actions on the open article. */
#ifndef CROSSREAD_UI_STUDY_H
#define CROSSREAD_UI_STUDY_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* prompt.c: a one-line editor in the status bar. Returns the text (new string), or NULL if
 * the reader pressed Esc. */
char *cr_prompt(cr_app *app, const char *label, const char *initial);
/* A yes/no question in the status bar; true for y. */
bool cr_confirm(cr_app *app, const char *question);

/* external.c: programs run with curses suspended. */
/* Runs $EDITOR on a temporary file holding initial. 1: *out is the text (trailing blank
 * lines removed); 0: no $EDITOR or it failed (use the inline editor); -1 cancelled (empty). */
int cr_edit_in_editor(cr_app *app, const char *initial, char **out);
/* Opens url with $BROWSER, else xdg-open; says what happened in the status bar. */
void cr_open_url(cr_app *app, const char *url);
/* Runs a shell command with text on its standard input, shows its output until a key. */
void cr_pipe_to(cr_app *app, const char *cmd, const char *text, size_t len);

/* cmdline.c: runs one line of the ':' command line. */
void cr_cmdline_run(cr_app *app, const char *line);

/* view_marks.c: the bookmarks view (PLACE_BOOKMARKS) or the notes view (PLACE_NOTES, every
 * kind of mark), with the cursor on item cursor. */
cr_view *cr_marks_view(cr_app *app, int kind, size_t cursor);
/* If v is a view of marks, its place for the history. */
bool cr_marks_view_place(cr_view *v, cr_place *p);

/* study.c: the study actions on the open article; false if a is not one of them. */
bool cr_study_action(cr_app *app, cr_action a);
/* Asks for a note's text: $EDITOR, else the inline editor. NULL if cancelled or empty. */
char *cr_ask_note(cr_app *app, const char *initial);
/* A note on a name (an entity), made while reading the open article, which it cites. */
void cr_note_on_entity(cr_app *app, const char *name);
/* Opens a view of marks (PLACE_BOOKMARKS / PLACE_NOTES), remembering where the reader was. */
void cr_show_marks(cr_app *app, int kind);

#endif
