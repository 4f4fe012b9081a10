/* claimsq.h - claims compared across sources: the numeric claims of one article, each with
 * the values other sources give for the same quantity (its claim group), and claims of the
 * whole library filtered by words. Groups and conflicts are made at import (claims.h). */
#ifndef CROSSREAD_CLAIMSQ_H
#define CROSSREAD_CLAIMSQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crossread/ftsquery.h"
#include "crossread/store.h"

typedef struct {
    int64_t id, article, grp;
    char *outlet, *date, *title;
    char *value;        /* the number as written: "220", "more than 100,000" */
    double lo, hi;      /* its normalised range */
    char *subject;      /* "killed", "fled Armenians", ... (claims.h) */
    char *said_by;      /* who says so, or NULL: the outlet */
    char *sentence;     /* on one line */
    size_t start, len;  /* the sentence in the article body */
    bool conflict;      /* its group holds values that disagree */
    bool disagrees;     /* as another source's value: it disagrees with the claim it is under */
    long copies;        /* as another source's value: the claims giving it (same source, same value) */
} cr_claim_row;

/* A claim of the open article and the other sources' values in its group. */
typedef struct {
    cr_claim_row claim;
    cr_claim_row *others; /* disagreeing values first; one row per source (said_by, else
                             the outlet's own voice) and value, the most repeated first */
    size_t nothers;
    long group_size;      /* claims in the group, this one included */
} cr_claim_cmp;

void cr_claim_row_free(cr_claim_row *r);
void cr_claim_cmp_free(cr_claim_cmp *c);

/* Two ranges disagree when they share no value within 5% (the grouping's rule). */
bool cr_claim_values_disagree(double lo1, double hi1, double lo2, double hi2);

/* The claims of an article in text order, each with at most max_others other values. */
size_t cr_query_article_claims(cr_store *s, int64_t article, size_t max_others, cr_claim_cmp **out);

/* Claims whose sentence or subject matches q (words, alias-aware; NULL = every claim),
 * ordered by group, then date; at most limit. distinct: within a group, one row per
 * source (said_by, else the outlet) and value, its copies counting the claims alike. */
size_t cr_query_claims(cr_store *s, const cr_ftsq *q, size_t limit, bool distinct,
                       cr_claim_row **out);

#endif
