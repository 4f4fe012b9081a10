/* ftsquery.h - the reader's search syntax translated into a safe FTS5 MATCH expression.
 * Syntax: words, "phrases", prefix* ("phrase"* too), AND, OR, NOT (upper case), parentheses,
 * NEAR(a b [, N]) and a NEAR b / a NEAR/N b; words side by side must all occur. Every word
 * and phrase the user typed reaches FTS5 only inside a double-quoted string, so no input can
 * make a MATCH syntax error or reach an FTS5 feature the grammar does not offer. A word or
 * phrase that is a known name expands to an OR of every name of its entity (the lookup is
 * the caller's: this module is pure and never touches the library). */
#ifndef CROSSREAD_FTSQUERY_H
#define CROSSREAD_FTSQUERY_H

#include <stdbool.h>
#include <stddef.h>

/* A word or phrase of the query. */
typedef struct {
    char *text;      /* as typed (the inside of the quotes for a phrase) */
    bool prefix;     /* followed by '*' */
    char **aliases;  /* the other names of its entity (never for a prefix) */
    size_t naliases;
} cr_ftsq_phrase;

/* Fills *names (malloc'ed array of malloc'ed strings, or NULL) with the other names of the
 * entity that phrase names; returns how many. */
typedef size_t (*cr_ftsq_alias_fn)(const char *phrase, char ***names, void *ctx);

typedef struct cr_ftsq cr_ftsq;

/* Parses a query. lookup may be NULL (no alias expansion). On a malformed query returns NULL
 * and sets *err to a plain sentence saying what is wrong and where (free() it). */
cr_ftsq *cr_ftsq_parse(const char *query, cr_ftsq_alias_fn lookup, void *ctx, char **err);
void cr_ftsq_free(cr_ftsq *q);

/* The FTS5 expression with alias expansion, and the same without it. */
const char *cr_ftsq_match(const cr_ftsq *q);
const char *cr_ftsq_literal(const cr_ftsq *q);
/* True if some phrase expanded to aliases. */
bool cr_ftsq_expanded(const cr_ftsq *q);

size_t cr_ftsq_nphrases(const cr_ftsq *q);
const cr_ftsq_phrase *cr_ftsq_phrase_at(const cr_ftsq *q, size_t i);

/* Evaluates the query's logic over a text the caller can test phrases against (a claim's
 * sentence, say): has(p) tells whether phrase p (or one of its aliases) occurs. NEAR counts
 * as all of its phrases. */
bool cr_ftsq_eval(const cr_ftsq *q, bool (*has)(const cr_ftsq_phrase *p, void *ctx), void *ctx);

#endif
