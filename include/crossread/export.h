/* export.h - notes, highlights and bookmarks out of the library, grouped by article, each
 * article with its citation (title, outlet, date, URL) and every quoted passage verbatim. */
#ifndef CROSSREAD_EXPORT_H
#define CROSSREAD_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/store.h"
#include "crossread/userdata.h"
#include "crossread/util.h"

typedef enum { CR_EXPORT_MARKDOWN = 0, CR_EXPORT_JSON = 1 } cr_export_format;

/* "markdown" (or "md") / "json"; -1 if unknown. */
int cr_export_format_by_name(const char *name);

/* Formats marks that come grouped by article (as cr_marks_list returns them). Pure: the
 * same marks always give the same bytes. */
void cr_export_marks(const cr_mark *m, size_t n, cr_export_format f, cr_buf *out);

/* "Title \u2014 Outlet, 2023-10-02, https://..." leaving out what is unknown; a new string. */
char *cr_citation(const char *title, const char *outlet, const char *date, const char *url);

typedef struct {
    long marks, articles;
} cr_export_stats;

/* Every mark of the library to path, or to stdout when path is NULL. The file is written
 * beside itself and renamed, so an old export is never half-overwritten. */
bool cr_export_library(cr_store *s, cr_export_format f, const char *path, cr_export_stats *st,
                       char **err);

#endif
