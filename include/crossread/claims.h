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
    double lo, hi;       /* normalised value range; lo == hi for an exact figure. Qualifiers:
                            "more than"/"over" N = [N, 1.5N], "at least" N = [N, 2N],
                            "nearly"/"almost" N = [0.9N, N], "about"/"some"/"estimated" N =
                            [0.9N, 1.1N], "up to" N = [0.5N, N], "fewer than" N = [0, N];
                            "hundreds" = [200, 999], "tens of thousands" = [20000, 99999] */
    const char *qualifier; /* static: "about", "more than", "at least", "nearly", "up to",
                            "less than", "as few as", "another" (an addition: "another 170
                            died") or NULL */
    const char *unit;    /* static: "people", "USD", "EUR", "GBP", "RUB", "AMD", "AZN", "JPY",
                            "CNY", "NGN", "TRY", "rupees", "pence", "%", "days", "weeks", "months",
                            "years", "decades", "hours", "minutes", "km", "miles" */
    char *subject;       /* "kind [place] [noun]": kind is one of killed, wounded, fled, remaining,
                            detained, returned, deployed, population, people (no event named),
                            money, percent, duration, distance; place (population only) is
                            city, country or region; the noun as written: "fled Armenians",
                            "population region residents", "duration blockade", "killed" */
    char *said_by;       /* "the separatists", "Azerbaijan"; NULL: the outlet says so */
} cr_claim;

typedef struct {
    cr_claim *c;
    size_t n;
} cr_claims;

/* Appends to out (zero it first) the claims of body[0..len), skipping the BOILERPLATE
 * spans. Linear in len; two allocations per claim found (subject, said_by). */
void cr_claims_extract(const char *body, size_t len, const cr_span *spans, size_t nspans,
                       cr_claims *out);
void cr_claims_free(cr_claims *cs);

/* What grouping needs of a claim. article identifies the article (any stable id) and
 * sentence is the claim's sentence start: a claim qualified "another" joins only claims of
 * its own sentence. */
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
 * index of the group's first claim); conflict_out[g] (sized n) is true when the ranges of
 * group g have no common value within 5%: 220 and 199 conflict, "more than 100,000" and
 * 120,000 agree. Same quantity: same kind and unit; same place for population figures (a
 * figure without a place joins only its nearest candidate); for durations, money,
 * percentages and distances the same noun ("10 months of blockade"); for kind "people"
 * the same specific noun ("300 officials"); dates at most 60 days apart; values within a
 * factor of 20 (another order of magnitude is another quantity: 1 soldier vs 220 dead);
 * no "another" addition. O(n log n): each claim is compared with at most 64 neighbours
 * of its kind and unit in value order (links through neighbours still join a group). */
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
    bool increment;        /* "another 170", "a further 20", "an additional 5" */
} cr_number;

/* Finds the next number phrase in s[from..len) that is a quantity (not a year, date,
 * time, ordinal, footnote marker, article number, phone number or part of a URL).
 * Returns false when none is left. */
bool cr_number_next(const char *s, size_t len, size_t from, cr_number *out);

/* The end of the sentence that starts at s[from]: the byte after its terminator and any
 * closing quotes, the start of a blank line, or len. */
size_t cr_sentence_end(const char *s, size_t len, size_t from);

/* Who says the statement around s[pos] in the sentence s[0..len): a new string, or NULL.
 * May be a pronoun ("he"); cr_claims_extract replaces those with a name from the sentences
 * before. */
char *cr_attribution(const char *s, size_t len, size_t pos);

#endif
