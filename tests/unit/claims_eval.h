/* claims_eval.h - matching extracted claims with hand-made lists of claims
 * (tests/data/claims-*.tsv), shared by the unit tests that measure claims. */
#ifndef CROSSREAD_CLAIMS_EVAL_H
#define CROSSREAD_CLAIMS_EVAL_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/claims.h"

/* One extracted claim with what matching needs. */
typedef struct {
    char file[64];  /* which text it came from, as the gold list names it (or a number) */
    cr_claim c;
    char *sentence; /* NBSP folded to space, for snippet matching */
    long long article;
    const char *date;
    bool used;      /* matched with a gold line already */
} ce_found;

/* A new copy of s[0..n) with every U+00A0 (NBSP) turned into a space. */
char *ce_fold_nbsp(const char *s, size_t n);

/* Values agree within 1% (absolute 0.01 below 1). */
bool ce_near(double a, double b);

/* The gold said_by column ("-" or a key word) against an extracted claim: "-" wants no
 * attribution; a key word must occur in said_by (any case). */
bool ce_said_by_ok(const char *gold_said_by, const cr_claim *c);

/* The gold kind against the first word of the claim's subject. */
bool ce_kind_ok(const char *gold_kind, const cr_claim *c);

/* Splits a line at tabs into at most max columns (the last one keeps no tab of its own when
 * there are more); returns how many. The line is modified. */
int ce_split(char *line, char **col, int max);

/* The first unused claim of fs[0..n) from file whose lo and hi are near lo and hi and whose
 * sentence contains snippet; marks it used and returns its index, or -1. */
long ce_match(ce_found *fs, size_t n, const char *file, double lo, double hi,
              const char *snippet);

#endif
