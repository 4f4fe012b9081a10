/* claims_group.c - claims about the same quantity across articles, joined by union-find
 * over candidates sorted by kind, unit and value, so that only claims within the
 * same-quantity factor are ever compared; within a kind and unit, dated claims are also
 * bucketed by date, so only claims near enough in time are compared (a library spanning
 * years stays near-linear). */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"
#include "crossread/claims.h"
#include "crossread/util.h"

#define SAME_QUANTITY_FACTOR 20.0 /* further apart: another quantity (1 soldier vs 220 dead) */
#define MAX_DAYS_APART 60
#define TOLERANCE 0.05            /* 5%: "199" and "200" agree, "199" and "220" do not */

typedef struct {
    const cr_claim_key *k;
    size_t idx;
    size_t klen;     /* length of the kind, the subject's first word */
    const char *frame; /* "city", "country", "region" or "" */
    size_t flen;
    const char *noun;
    size_t nlen;
    long day; /* the claim's date in days, -1 if unknown */
    int cls;  /* what compatible() asks of the nouns: CLS_* */
    char *nkey; /* the noun as same_noun() sees it, for CLS_MEASURE and CLS_PEOPLE */
} item;

enum { CLS_OTHER, CLS_MEASURE, CLS_POPULATION, CLS_PEOPLE };

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
    int c = memcmp(x->k->subject, y->k->subject, n);
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
    if (another && !same_sentence)
        return false; /* "another 170 died": an addition, not an estimate of the same toll */
    if (a->flen && b->flen && !same_noun(a->frame, a->flen, b->frame, b->flen))
        return false; /* a city's population is not its country's */
    if (a->cls == CLS_MEASURE) {
        /* "10 months" of what? Without the noun two durations are not comparable. */
        if (!a->nlen || !same_noun(a->noun, a->nlen, b->noun, b->nlen))
            return false;
    } else if (a->cls == CLS_POPULATION) {
        /* "32,000 Azerbaijanis lived" is not the Armenian population */
        if (!(generic_noun(a->noun, a->nlen) && generic_noun(b->noun, b->nlen)) &&
            !same_noun(a->noun, a->nlen, b->noun, b->nlen))
            return false;
    } else if (a->cls == CLS_PEOPLE) {
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

/* Same kind and unit: the claims that may be about one quantity. */
static bool same_run(const item *a, const item *b)
{
    return a->klen == b->klen && memcmp(a->k->subject, b->k->subject, a->klen) == 0 &&
           strcmp(a->k->unit ? a->k->unit : "", b->k->unit ? b->k->unit : "") == 0;
}

typedef struct {
    const item *it;  /* sorted */
    size_t *parent;  /* union-find over the claims' own indexes */
    size_t *best;    /* per sorted position: the nearest candidate of a loose claim */
    double *best_d;
} pairing;

/* One candidate pair, i before j in sorted order. A loose claim keeps its nearest candidate,
 * the first in sorted order on a tie. */
static void pair(pairing *pg, size_t i, size_t j)
{
    const item *it = pg->it;
    if (!compatible(&it[i], &it[j]))
        return;
    if ((it[i].flen == 0) == (it[j].flen == 0)) {
        unite(pg->parent, it[i].idx, it[j].idx);
        return;
    }
    size_t loose = it[i].flen ? j : i, other = it[i].flen ? i : j;
    double d = distance(it[loose].k, it[other].k);
    if (d < pg->best_d[loose] || (d == pg->best_d[loose] && other < pg->best[loose]))
        pg->best_d[loose] = d, pg->best[loose] = other;
}

/* Days apart never join: MAX_DAYS_APART + 1 days per bucket puts every joinable dated pair
 * in the same or a neighbouring bucket. Undated claims (bucket LONG_MIN) join any date. */
static long bucket_of(long day)
{
    return day < 0 ? LONG_MIN : day / (MAX_DAYS_APART + 1);
}

typedef struct {
    long bucket;
    size_t q; /* index into the list being paired */
} dated;

static int cmp_dated(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    if (x->bucket != y->bucket)
        return x->bucket < y->bucket ? -1 : 1;
    return (x->q > y->q) - (x->q < y->q);
}

/* The first index of order[lo..hi) whose bucket is not below b. */
static size_t bucket_start(const dated *order, size_t lo, size_t hi, long b)
{
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (order[m].bucket < b)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}

/* The slice [*first, *end) of order[lo..hi) that holds bucket b. */
static void bucket_slice(const dated *order, size_t lo, size_t hi, long b, size_t *first,
                         size_t *end)
{
    *first = bucket_start(order, lo, hi, b);
    *end = b == LONG_MAX ? hi : bucket_start(order, *first, hi, b + 1);
}

/* Claims that compatible() rejects as the first of any pair. */
static bool never_first(const item *t)
{
    return (t->cls == CLS_MEASURE && !t->nlen) ||
           (t->cls == CLS_PEOPLE && generic_noun(t->noun, t->nlen));
}

/* Every pair of the sorted positions pos[0..m) (one kind and unit, ascending) that the
 * value factor and the date window allow. In a bucket's slice positions ascend and so do
 * values, so each scan stops at the first value too large. */
static void pair_list(pairing *pg, const size_t *pos, size_t m, dated *order)
{
    const item *it = pg->it;
    for (size_t q = 0; q < m; q++)
        order[q] = (dated){bucket_of(it[pos[q]].day), q};
    qsort(order, m, sizeof *order, cmp_dated);
    size_t undated_first, undated_end;
    bucket_slice(order, 0, m, LONG_MIN, &undated_first, &undated_end);
    for (size_t q = 0; q < m; q++) {
        size_t i = pos[q];
        if (never_first(&it[i]))
            continue;
        double hi = it[i].k->hi > 0 ? it[i].k->hi : 1;
        double limit = SAME_QUANTITY_FACTOR * hi;
        if (it[i].day < 0) {
            for (size_t r = q + 1; r < m && !(it[pos[r]].k->lo > limit); r++)
                pair(pg, i, pos[r]);
            continue;
        }
        long b = bucket_of(it[i].day);
        size_t slices[4][2] = {{undated_first, undated_end}};
        for (int d = -1; d <= 1; d++)
            bucket_slice(order, undated_end, m, b + d, &slices[d + 2][0], &slices[d + 2][1]);
        for (int sl = 0; sl < 4; sl++) {
            size_t l = slices[sl][0], h = slices[sl][1];
            while (l < h) { /* the first entry after q */
                size_t mid = l + (h - l) / 2;
                if (order[mid].q <= q)
                    l = mid + 1;
                else
                    h = mid;
            }
            for (size_t r = l; r < slices[sl][1] && !(it[pos[order[r].q]].k->lo > limit); r++)
                pair(pg, i, pos[order[r].q]);
        }
    }
}

typedef struct {
    const char *nkey;
    size_t pos;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->nkey, y->nkey);
    return c ? c : (x->pos > y->pos) - (x->pos < y->pos);
}

/* The run [s, e) of one kind and unit. Where only the same noun joins (durations, money,
 * people), each noun is paired on its own. */
static void pair_run(pairing *pg, size_t s, size_t e, size_t *pos, dated *order)
{
    size_t m = e - s;
    int cls = pg->it[s].cls;
    if (cls != CLS_MEASURE && cls != CLS_PEOPLE) {
        for (size_t p = s; p < e; p++)
            pos[p - s] = p;
        pair_list(pg, pos, m, order);
        return;
    }
    keyed *k = cr_xmalloc(m * sizeof *k);
    for (size_t p = s; p < e; p++)
        k[p - s] = (keyed){pg->it[p].nkey, p};
    qsort(k, m, sizeof *k, cmp_keyed);
    for (size_t q = 0; q < m; q++)
        pos[q] = k[q].pos;
    for (size_t a = 0, b; a < m; a = b) {
        for (b = a + 1; b < m && strcmp(k[a].nkey, k[b].nkey) == 0; b++)
            ;
        pair_list(pg, pos + a, b - a, order);
    }
    free(k);
}

/* same_noun() as a key: equal keys exactly when same_noun() says yes. */
static char *noun_key(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == 's' || s[n - 1] == 'S'))
        n--;
    char *k = cr_xmalloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        k[i] = (char)tolower((unsigned char)s[i]);
        if (i + 2 == n && k[i] == 'e')
            k[i] = 'a'; /* man / men */
    }
    k[n] = '\0';
    return k;
}

static int class_of(const item *t)
{
    if (measure_kind(t->k->subject, t->klen))
        return CLS_MEASURE;
    if (cw_ieq(t->k->subject, t->klen, "population"))
        return CLS_POPULATION;
    if (cw_ieq(t->k->subject, t->klen, "people"))
        return CLS_PEOPLE;
    return CLS_OTHER;
}

void cr_claims_group(const cr_claim_key *k, size_t n, int *group_out, bool *conflict_out)
{
    if (n == 0)
        return;
    item *it = cr_xmalloc(n * sizeof *it);
    size_t *parent = cr_xmalloc(n * sizeof *parent);
    for (size_t i = 0; i < n; i++) {
        const char *s = k[i].subject ? k[i].subject : "";
        const char *sp = strchr(s, ' ');
        it[i] = (item){&k[i], i, sp ? (size_t)(sp - s) : strlen(s), "", 0, sp ? sp + 1 : "",
                       sp ? strlen(sp + 1) : 0, days_of(k[i].date), CLS_OTHER, NULL};
        split_frame(&it[i]);
        it[i].cls = class_of(&it[i]);
        if (it[i].cls == CLS_MEASURE || it[i].cls == CLS_PEOPLE)
            it[i].nkey = noun_key(it[i].noun, it[i].nlen);
        parent[i] = i;
    }
    qsort(it, n, sizeof *it, cmp_item);
    /* A population figure with no place ("120,000 people lived here") could be the city's or
     * the region's: it joins only its nearest candidate, so it never bridges the two. */
    pairing pg = {it, parent, cr_xmalloc(n * sizeof *pg.best), cr_xmalloc(n * sizeof *pg.best_d)};
    for (size_t i = 0; i < n; i++)
        pg.best[i] = (size_t)-1, pg.best_d[i] = INFINITY;
    dated *order = cr_xmalloc(n * sizeof *order);
    size_t *pos = cr_xmalloc(n * sizeof *pos);
    for (size_t s = 0, e; s < n; s = e) {
        for (e = s + 1; e < n && same_run(&it[s], &it[e]); e++)
            ;
        pair_run(&pg, s, e, pos, order);
    }
    free(order);
    free(pos);
    for (size_t i = 0; i < n; i++)
        free(it[i].nkey);
    size_t *best = pg.best;
    for (size_t i = 0; i < n; i++)
        if (best[i] != (size_t)-1)
            unite(parent, it[i].idx, it[best[i]].idx);
    free(best);
    free(pg.best_d);
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
    free(it);
}
