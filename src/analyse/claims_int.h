/* claims_int.h - word helpers shared by the claims_*.c files; not part of the API. */
#ifndef CROSSREAD_CLAIMS_INT_H
#define CROSSREAD_CLAIMS_INT_H

#include <stdbool.h>
#include <stddef.h>

/* Letters of a word: ASCII letters, and any non-ASCII byte that does not start typographic
 * punctuation (quotes, dashes, no-break spaces), so "Azərbaycan" and "Ереван" are words. */
bool cw_is_letter(const char *s, size_t len, size_t i);
/* Byte length of the punctuation or space character at s[i] when it is one of the
 * typographic ones (U+00A0, U+2000..U+206F, U+20AC euro excluded), else 0. */
size_t cw_punct_len(const char *s, size_t len, size_t i);
/* The next word at or after i: [*ws, *we). Letters, with inner apostrophes and hyphens. */
bool cw_next_word(const char *s, size_t len, size_t i, size_t *ws, size_t *we);
/* The word that ends at or before i (skipping spaces only): [*ws, *we). */
bool cw_prev_word(const char *s, size_t i, size_t *ws, size_t *we);
/* ASCII case-insensitive: s[0..n) equals w. */
bool cw_ieq(const char *s, size_t n, const char *w);
/* Index of s[0..n) in the NULL-terminated list (case-insensitive), or -1. */
int cw_find(const char *s, size_t n, const char *const *list);
/* s[i..] starts with w (ASCII case-insensitive) and the match ends at a word boundary. */
bool cw_starts(const char *s, size_t len, size_t i, const char *w);

/* What a number counts, decided from the words around it in its sentence. */
typedef struct {
    const char *kind;  /* "killed", "fled", ..., "people", "money", "percent", ... or NULL */
    size_t nstart, nlen; /* the counted noun in the sentence, nlen 0 if none */
    const char *frame; /* "city", "country", "region" for population figures, or NULL */
} cw_subject;

/* Sentence s[0..len); the number phrase is [a, b); prev_end and next_start bound the
 * words that belong to this number (the neighbouring numbers' phrases). prev[0..prev_len)
 * is the previous sentence, read for "it will be a figure of 5-10,000" (prev may be NULL). */
void cw_subject_of(const char *s, size_t len, size_t a, size_t b, size_t prev_end,
                   size_t next_start, const char *unit, const char *prev, size_t prev_len,
                   cw_subject *out);
/* The kind named by the last event word of s[0..len), or NULL. */
const char *cw_last_cue(const char *s, size_t len);
/* True for nouns that name people ("Armenians", "servicemen"), for claims without a unit. */
bool cw_people_noun(const char *s, size_t n);

#endif
