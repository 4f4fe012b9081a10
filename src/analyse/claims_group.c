/* claims_group.c - claims about the same quantity across articles, joined by union-find
 * over candidates sorted by kind, unit and value, so that only claims within the
 * same-quantity factor are ever compared. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"
#include "crossread/claims.h"
#include "crossread/text.h"
#include "crossread/util.h"

#define SAME_QUANTITY_FACTOR 20.0 /* further apart: another quantity (1 soldier vs 220 dead) */
#define MAX_DAYS_APART 60
#define TOLERANCE 0.05            /* 5%: "199" and "200" agree, "199" and "220" do not */
#define NEIGHBOURS 64             /* claims compared with each, in value order: keeps a
                                     library of a million claims O(n log n) */

typedef struct {
    const cr_claim_key *k;
    size_t idx;
    char *subj;      /* the subject folded (cr_fold): case and diacritics never split nouns */
    size_t klen;     /* length of the kind, the subject's first word */
    const char *frame; /* "city", "country", "region" or "" */
    size_t flen;
    const char *noun;
    size_t nlen;
    long day;          /* the date as a day number, -1 if none */
    size_t bucket;     /* same number: same kind and unit (set after sorting) */
} item;

/* "region residents" -> frame "region", noun "residents". */
static void split_frame(item *t)
{
    static const char *const frames[] = {"city", "country", "region", NULL};
    const char *sp = memchr(t->noun, ' ', t->nlen);
    size_t w = sp ? (size_t)(sp - t->noun) : t->nlen;
    if (cw_find(t->noun, w, frames) < 0)
        return;
    t->frame = t->noun, t->flen = w;
    t->noun = sp ? sp + 1 : t->noun + w;
    t->nlen = sp ? t->nlen - w - 1 : 0;
}

static int cmp_item(const void *a, const void *b)
{
    const item *x = a, *y = b;
    size_t n = x->klen < y->klen ? x->klen : y->klen;
    int c = memcmp(x->subj, y->subj, n);
    if (c || x->klen != y->klen)
        return c ? c : x->klen < y->klen ? -1 : 1;
    c = strcmp(x->k->unit ? x->k->unit : "", y->k->unit ? y->k->unit : "");
    if (c)
        return c;
    if (x->k->lo != y->k->lo)
        return x->k->lo < y->k->lo ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static size_t find(size_t *parent, size_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

static void unite(size_t *parent, size_t a, size_t b)
{
    a = find(parent, a), b = find(parent, b);
    if (a < b)
        parent[b] = a;
    else if (b < a)
        parent[a] = b;
}

/* Nouns that all mean "the people of the story" and so never separate two claims. */
static bool generic_noun(const char *s, size_t n)
{
    static const char *const g[] = {"", "people", "persons", "residents", "inhabitants",
                                    "armenians", "civilians", "refugees", "individuals",
                                    "karabakhis", "citizens", "evacuees", NULL};
    return n == 0 || cw_find(s, n, g) >= 0;
}

/* "servicemen" and "serviceman", "soldiers" and "soldier" are one noun. */
static bool same_noun(const char *a, size_t an, const char *b, size_t bn)
{
    while (an > 0 && (a[an - 1] == 's' || a[an - 1] == 'S'))
        an--;
    while (bn > 0 && (b[bn - 1] == 's' || b[bn - 1] == 'S'))
        bn--;
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++) {
        char x = (char)tolower((unsigned char)a[i]), y = (char)tolower((unsigned char)b[i]);
        if (x != y && !(i == an - 2 && ((x == 'a' && y == 'e') || (x == 'e' && y == 'a'))))
            return false; /* man / men */
    }
    return true;
}

/* Kinds whose numbers measure something named only by the noun: durations, money, ... */
static bool measure_kind(const char *subject, size_t klen)
{
    static const char *const m[] = {"duration", "money", "percent", "distance", NULL};
    return cw_find(subject, klen, m) >= 0;
}

static long days_of(const char *d)
{
    int y, m, dd;
    if (!d || sscanf(d, "%4d-%2d-%2d", &y, &m, &dd) != 3)
        return -1;
    /* days from civil date, Howard Hinnant's algorithm */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Can a and b be the same quantity? Kind, unit and value range are checked by the caller. */
static bool compatible(const item *a, const item *b)
{
    const cr_claim_key *x = a->k, *y = b->k;
    bool another = (x->qualifier && strcmp(x->qualifier, "another") == 0) ||
                   (y->qualifier && strcmp(y->qualifier, "another") == 0);
    bool same_sentence = x->article == y->article && x->sentence == y->sentence;
    bool both = x->qualifier && y->qualifier && strcmp(x->qualifier, y->qualifier) == 0;
    if (another && !same_sentence && !(both && x->article != y->article))
        return false; /* "another 170 died": an addition, not an estimate of the same toll;
                         the same addition in two articles is still one figure */
    if (a->flen && b->flen && !same_noun(a->frame, a->flen, b->frame, b->flen))
        return false; /* a city's population is not its country's */
    if (measure_kind(a->subj, a->klen)) {
        /* "10 months" of what? Without the noun two durations are not comparable. */
        if (!a->nlen || !same_noun(a->noun, a->nlen, b->noun, b->nlen))
            return false;
    } else if (cw_ieq(a->subj, a->klen, "population")) {
        /* "32,000 Azerbaijanis lived" is not the Armenian population */
        if (!(generic_noun(a->noun, a->nlen) && generic_noun(b->noun, b->nlen)) &&
            !same_noun(a->noun, a->nlen, b->noun, b->nlen))
            return false;
    } else if (cw_ieq(a->subj, a->klen, "people")) {
        /* people with no event: only "300 officials" and "300 officials" are one figure */
        if (generic_noun(a->noun, a->nlen) || !same_noun(a->noun, a->nlen, b->noun, b->nlen))
            return false;
    }
    if (a->day >= 0 && b->day >= 0 && labs(a->day - b->day) > MAX_DAYS_APART)
        return false;
    return true;
}

/* How far apart two ranges are, as a ratio of their middles (0 = same). */
static double distance(const cr_claim_key *x, const cr_claim_key *y)
{
    double a = (x->lo + x->hi) / 2 + 1, b = (y->lo + y->hi) / 2 + 1;
    return fabs(log(a / b));
}

void cr_claims_group(const cr_claim_key *k, size_t n, int *group_out, bool *conflict_out)
{
    if (n == 0)
        return;
    item *it = cr_xmalloc(n * sizeof *it);
    size_t *parent = cr_xmalloc(n * sizeof *parent);
    for (size_t i = 0; i < n; i++) {
        char *s = cr_fold(k[i].subject ? k[i].subject : "", k[i].subject ? strlen(k[i].subject) : 0);
        const char *sp = strchr(s, ' ');
        it[i] = (item){&k[i], i, s, sp ? (size_t)(sp - s) : strlen(s), "", 0, sp ? sp + 1 : "",
                       sp ? strlen(sp + 1) : 0, days_of(k[i].date), 0};
        split_frame(&it[i]);
        parent[i] = i;
    }
    qsort(it, n, sizeof *it, cmp_item);
    for (size_t i = 1; i < n; i++) /* number the runs of one kind and unit */
        it[i].bucket = it[i - 1].bucket +
                       (it[i].klen != it[i - 1].klen ||
                        memcmp(it[i].subj, it[i - 1].subj, it[i].klen) != 0 ||
                        strcmp(it[i].k->unit ? it[i].k->unit : "",
                               it[i - 1].k->unit ? it[i - 1].k->unit : "") != 0);
    /* A population figure with no place ("120,000 people lived here") could be the city's or
     * the region's: it joins only its nearest candidate, so it never bridges the two. */
    size_t *best = cr_xmalloc(n * sizeof *best);
    double *best_d = cr_xmalloc(n * sizeof *best_d);
    for (size_t i = 0; i < n; i++)
        best[i] = (size_t)-1, best_d[i] = INFINITY;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n && j <= i + NEIGHBOURS; j++) {
            if (it[j].bucket != it[i].bucket)
                break; /* another kind or unit: sorted, so no later match */
            double hi = it[i].k->hi > 0 ? it[i].k->hi : 1;
            if (it[j].k->lo > SAME_QUANTITY_FACTOR * hi)
                break; /* sorted by lo: the rest are larger still */
            if (find(parent, it[i].idx) == find(parent, it[j].idx) ||
                !compatible(&it[i], &it[j]))
                continue; /* already one group, or not the same quantity */
            if ((it[i].flen == 0) == (it[j].flen == 0)) {
                unite(parent, it[i].idx, it[j].idx);
                continue;
            }
            size_t loose = it[i].flen ? j : i, other = it[i].flen ? i : j;
            double d = distance(it[loose].k, it[other].k);
            if (d < best_d[loose])
                best_d[loose] = d, best[loose] = other;
        }
    }
    for (size_t i = 0; i < n; i++)
        if (best[i] != (size_t)-1)
            unite(parent, it[i].idx, it[best[i]].idx);
    free(best);
    free(best_d);
    /* conflict: the ranges of a group have no common value within the tolerance */
    double *glo = cr_xmalloc(n * sizeof *glo), *ghi = cr_xmalloc(n * sizeof *ghi);
    for (size_t i = 0; i < n; i++)
        glo[i] = -INFINITY, ghi[i] = INFINITY, conflict_out[i] = false;
    for (size_t i = 0; i < n; i++) {
        size_t g = find(parent, i);
        group_out[i] = (int)g;
        if (k[i].lo > glo[g])
            glo[g] = k[i].lo;
        if (k[i].hi < ghi[g])
            ghi[g] = k[i].hi;
    }
    for (size_t i = 0; i < n; i++)
        if (find(parent, i) == i)
            conflict_out[i] = glo[i] > ghi[i] * (1 + TOLERANCE);
    free(glo);
    free(ghi);
    free(parent);
    for (size_t i = 0; i < n; i++)
        free(it[i].subj);
    free(it);
}
