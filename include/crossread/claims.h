/* claims.h - numeric claims in article text ("220 were killed", "over 100,000 fled") with
 * normalised values, what is counted and who says so; and grouping of claims across
 * articles into groups about one quantity, flagged when their values disagree.
 * Pure and in-memory: the store persists what these functions return. */
#ifndef CROSSREAD_CLAIMS_H
#define CROSSREAD_CLAIMS_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/article.h"

typedef struct {
    size_t start, len;   /* the sentence: byte range of the body */
    size_t vstart, vlen; /* the number phrase as written, e.g. "more than 100,000" */
    double lo, hi;       /* normalised value range; lo == hi for an exact figure */
    char *qualifier;     /* "about", "more than", "at least", "up to", ... or NULL */
    char *unit;          /* "people", "USD", "EUR", "RUB", "AMD", "AZN", "%", "days", "km", ... */
    char *subject;       /* kind, then the counted noun if any: "killed", "fled Armenians",
                            "population residents", "money", "duration", "people officials" */
    char *said_by;       /* "the separatists", "Azerbaijan"; NULL: the outlet says so */
} cr_claim;

typedef struct {
    cr_claim *c;
    size_t n;
} cr_claims;

/* Appends to out (zero it first) the claims of body[0..len), skipping the BOILERPLATE
 * spans. Linear in len; one allocation per string field of a found claim. */
void cr_claims_extract(const char *body, size_t len, const cr_span *spans, size_t nspans,
                       cr_claims *out);
void cr_claims_free(cr_claims *cs);

/* What grouping needs of a claim. article identifies the article (any stable id) and
 * sentence the claim's sentence start: two claims of one article join only when they
 * share a sentence ("X said 220, while Y reported 199") or neither says "another". */
typedef struct {
    const char *subject;   /* cr_claim.subject */
    const char *unit;      /* cr_claim.unit */
    double lo, hi;
    const char *qualifier;
    const char *date;      /* article date "YYYY-MM-DD" or NULL */
    long long article;
    size_t sentence;
} cr_claim_key;

/* Claims about the same quantity get one group id in group_out[i] (ids are 0..n-1, the
 * index of the group's first claim); conflict_out[g] is true when group g holds values
 * that cannot all be true at once. Same quantity: same kind and unit, compatible nouns
 * ("Armenians" and "people" are; "servicemen" and "children" are not), dates at most 60
 * days apart, values within a factor of 20 (a different order of magnitude is a
 * different quantity), and no "another"/"a further" increment. */
void cr_claims_group(const cr_claim_key *k, size_t n, int *group_out, bool *conflict_out);

/* Building blocks, exposed for tests and for the query layer. */

/* A number phrase found at or after body[pos]: */
typedef struct {
    size_t start, len;     /* the phrase, qualifier included */
    size_t nstart;         /* where the number itself starts (after the qualifier) */
    double lo, hi;
    const char *qualifier; /* static string or NULL */
    const char *unit;      /* unit written with the number ("%", "USD", "km", "days") or NULL */
    bool words;            /* spelled in words ("two", "hundreds") */
    bool increment;        /* "another 170", "a further 20" */
} cr_number;

/* Finds the next number phrase in s[from..len) that is a quantity (not a year, date,
 * time, ordinal, footnote marker, article number, phone number or part of a URL).
 * Returns false when none is left. */
bool cr_number_next(const char *s, size_t len, size_t from, cr_number *out);

/* Sentence ranges of body[from..len): returns the end of the sentence that starts at
 * from (the byte after its terminator, or len). */
size_t cr_sentence_end(const char *s, size_t len, size_t from);

/* Who says the statement around s[pos] in the sentence s[0..len): a new string, or NULL. */
char *cr_attribution(const char *s, size_t len, size_t pos);

#endif
