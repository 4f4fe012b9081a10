/* hitmark.h - text with hits marked by two marker bytes (as FTS5 snippet() and highlight()
 * return it) turned into plain text plus the byte ranges of the hits. Pure. */
#ifndef CROSSREAD_HITMARK_H
#define CROSSREAD_HITMARK_H

#include <stdbool.h>
#include <stddef.h>

/* The markers: control bytes that sanitised article text never holds. */
#define CR_HIT_OPEN '\x01'
#define CR_HIT_CLOSE '\x02'

typedef struct {
    size_t start, len;
} cr_hit;

/* Removes the markers from s[0..len): *text receives the plain text (a new string, newlines
 * turned into spaces when flatten), *hits the marked ranges of it in order (NULL if none).
 * Adjacent or overlapping ranges are joined; a marker left open ends at the end of the text,
 * a stray close marker is dropped. Returns the number of hits. */
size_t cr_hitmark_split(const char *s, size_t len, bool flatten, char **text, cr_hit **hits);

#endif
