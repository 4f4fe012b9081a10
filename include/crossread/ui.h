/* ui.h - the reader: curses panes over the library. It draws what queries return and never
 * parses article text. */
#ifndef CROSSREAD_UI_H
#define CROSSREAD_UI_H

#include <stdbool.h>
#include <stdint.h>

#include "crossread/config.h"
#include "crossread/store.h"

typedef struct {
    int64_t open_id;  /* article to open first, or 0 */
    bool bench;       /* draw the first screen, report its time and peak memory, and exit */
    double started_ms; /* cr_now_ms() when the process started, for the bench report */
    const char *script; /* keys from this file, drawing to no terminal (tests) */
    const cr_config *config; /* keys, colours, pane widths and their errors; or NULL */
} cr_ui_opts;

/* Runs the reader until the user quits; returns the process exit status. */
int cr_ui_run(cr_store *s, const cr_ui_opts *o);

#endif
