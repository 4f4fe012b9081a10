/* layout.h - lays an article out for a given width: header lines (title, outlet, date,
 * author, URLs), then the body wrapped paragraph by paragraph, list items indented,
 * boilerplate left out or kept dimmed, each line carrying its attributes and its offset in
 * the body. The UI and `crossread show` both draw from it; neither parses text. */
#ifndef CROSSREAD_LAYOUT_H
#define CROSSREAD_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/article.h"
#include "crossread/wrap.h"

/* Attribute bits of a run of laid-out text. */
enum {
    CR_ATTR_BOLD = 1 << 0,
    CR_ATTR_ITALIC = 1 << 1,
    CR_ATTR_HEADING = 1 << 2,
    CR_ATTR_LINK = 1 << 3,
    CR_ATTR_BOILER = 1 << 4,
    CR_ATTR_QUOTE = 1 << 5,
    CR_ATTR_CAPTION = 1 << 6,
    CR_ATTR_TITLE = 1 << 7,
    CR_ATTR_META = 1 << 8,
    CR_ATTR_MATCH = 1 << 9,   /* a search hit */
    CR_ATTR_ENTITY = 1 << 10, /* a highlighted name */
    CR_ATTR_MARK = 1 << 11,   /* a user's highlight */
};

typedef struct {
    size_t start, len; /* range of layout text */
    int attr;
} cr_run;

/* A range of the body to decorate beyond its spans: search hits, names, user highlights. */
typedef struct {
    size_t start, len; /* body offsets */
    int attr;
} cr_decor;

typedef struct {
    bool show_boilerplate;
    const cr_decor *decor; /* sorted by start */
    size_t ndecor;
} cr_layout_opts;

typedef struct {
    char *text;        /* header + visible body, '\n' between lines of the header */
    size_t len;
    cr_lines lines;    /* display lines into text */
    int *indent;       /* columns of indentation per line */
    size_t *body_off;  /* body offset where each line starts (0 for header lines) */
    size_t header_lines;
    cr_run *runs;      /* sorted by start, not overlapping */
    size_t nruns, capruns;
    /* chunks map layout text back to the body: text[tstart..] == body[bstart..], len bytes */
    struct cr_chunk {
        size_t tstart, bstart, len;
    } *chunks;
    size_t nchunks, capchunks;
    int width;
} cr_layout;

void cr_layout_article(const cr_article *a, int width, const cr_layout_opts *o, cr_layout *out);
void cr_layout_free(cr_layout *l);
/* Attributes at a text offset. */
int cr_layout_attr_at(const cr_layout *l, size_t text_off);
/* The display line to show on top for a body position (the line holding it). */
size_t cr_layout_line_of_body(const cr_layout *l, size_t body_off);
/* Layout text offset of a body offset, or (size_t)-1 if that part is hidden. */
size_t cr_layout_text_of_body(const cr_layout *l, size_t body_off);

#endif
