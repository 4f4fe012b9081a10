/* search.h - library-wide full-text search: the reader's query syntax (ftsquery.h) over the
 * FTS5 index, names expanded to their aliases, ranked by bm25 with the title weighing five
 * times the body, each result with a snippet whose hits are byte ranges. */
#ifndef CROSSREAD_SEARCH_H
#define CROSSREAD_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crossread/ftsquery.h"
#include "crossread/hitmark.h"
#include "crossread/store.h"

typedef struct {
    int64_t id;
    double score;        /* -bm25: higher is better */
    char *outlet, *date, *title;
    char *snippet;       /* a passage around the best hits, on one line */
    cr_hit *hits;        /* ranges of snippet */
    size_t nhits;
    bool via_alias;      /* it matches only through other names of a name searched for */
    char *aliases;       /* those names as the snippet shows them, ", "-joined, or NULL */
} cr_search_row;

void cr_search_row_free(cr_search_row *r);

/* Parses a query, expanding each name to every name of its entity. NULL and a plain
 * message in *err (free() it) when the query is malformed. */
cr_ftsq *cr_search_parse(cr_store *s, const char *query, char **err);
/* Ranking costs time in proportion to the matches (a prefix counting twice): beyond this
 * many (a word in nearly every article), results come newest first instead of best first. */
#define CR_SEARCH_RANK_MAX 10000

typedef struct {
    long total;  /* articles matching */
    bool ranked; /* best first; false: newest first, too many matches to rank */
} cr_search_info;

/* Results offset..offset+limit-1, best first. Snippets are made for these rows only.
 * info (may be NULL) receives the number of matches and the order used. */
size_t cr_search(cr_store *s, const cr_ftsq *q, size_t offset, size_t limit, cr_search_row **out,
                 cr_search_info *info);
/* How many articles match. */
long cr_search_count(cr_store *s, const cr_ftsq *q);
/* The hits of q in the body of one article, as byte ranges in text order. */
size_t cr_search_hits(cr_store *s, const cr_ftsq *q, int64_t article, cr_hit **out);

#endif
