/* ui.h - the reader: curses panes over the library. It draws what queries return and never
 * parses article text. */
#ifndef CROSSREAD_UI_H
#define CROSSREAD_UI_H

#include <stdint.h>

#include "crossread/config.h"
#include "crossread/store.h"

typedef struct {
    int64_t open_id; /* article to open first, or 0 */
    const cr_config *config; /* keys, colours, pane widths and their errors; or NULL */
} cr_ui_opts;

/* Runs the reader until the user quits; returns the process exit status. */
int cr_ui_run(cr_store *s, const cr_ui_opts *o);

#endif
