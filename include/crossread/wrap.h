/* wrap.h - wraps text to a column width by the Unicode line-breaking rules (UAX #14, through
 * libunistring), measuring display width, so that no line is ever wider than asked. */
#ifndef CROSSREAD_WRAP_H
#define CROSSREAD_WRAP_H

#include <stddef.h>

/* One display line: a byte range of the wrapped text (trailing spaces and the newline
 * excluded) and its display width. */
typedef struct {
    size_t start;
    size_t len;
    int width;
} cr_line;

typedef struct {
    cr_line *lines;
    size_t n;
    size_t cap;
} cr_lines;

/* Wraps text[0..len) (valid UTF-8; '\n' is a hard break and every '\n' ends a line, so an
 * empty line stays an empty line) to at most width columns (width >= 1). A word longer than
 * the width is cut at grapheme boundaries; a single grapheme wider than the width (a CJK
 * ideograph at width 1) gets a line of its own, the only case of a line wider than width.
 * Spaces at the end of a line are left out of it and those starting a continuation line are
 * skipped, but a paragraph's leading indentation is kept (as far as it leaves room for the
 * first word). A line of only spaces is an empty line. U+2028/U+2029 break like '\n'. A '\t'
 * counts as one space column (draw it as a space). Empty text gives no lines, and text
 * ending in '\n' no empty line after it. Appends to *out (initialise with {0}).
 * base is added to every start, for wrapping a slice of a larger text. */
void cr_wrap(const char *text, size_t len, int width, size_t base, cr_lines *out);
void cr_lines_free(cr_lines *l);

/* Index of the display line that contains byte offset off (the last line starting at or
 * before it); 0 if there are none. Used to keep the reading place across re-wraps. */
size_t cr_lines_find(const cr_lines *l, size_t off);

#endif
