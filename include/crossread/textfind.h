/* textfind.h - case- and diacritic-insensitive finding in text the caller already holds (an
 * open article, a claim's sentence), with matches reported as byte ranges of the original.
 * Text utilities: no library, no screen. */
#ifndef CROSSREAD_TEXTFIND_H
#define CROSSREAD_TEXTFIND_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/hitmark.h"

/* A folded copy of a text (lower case, marks removed, newlines as spaces) and, for each of
 * its bytes, the offset of the original character it came from. */
typedef struct {
    char *folded;
    size_t len;
    size_t *orig;     /* len + 1 entries; orig[len] is the original length */
} cr_foldmap;

void cr_foldmap_build(const char *s, size_t len, cr_foldmap *out);
void cr_foldmap_free(cr_foldmap *m);
/* Every occurrence of needle (folded the same way), in order, not overlapping, as ranges of
 * the original text. Returns how many (0 for an empty needle). */
size_t cr_foldmap_find_all(const cr_foldmap *m, const char *needle, cr_hit **out);

/* Words folded for whole-word matching: " word word " - lower case, no marks, every run of
 * characters that are not letters or digits one space, a space at each end. New string. */
char *cr_fold_words(const char *s, size_t len);

#endif
