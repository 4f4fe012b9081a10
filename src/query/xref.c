/* xref.c - cross-references: the articles that share the most entities with the open one,
 * rare entities weighing more than common ones (idf weighting). Postings are read rarest
 * first, and reading stops after a budget, so an article full of very common names still
 * answers in milliseconds on a large library; the names shown are then computed exactly
 * for the few articles listed. */
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/query.h"
#include "crossread/util.h"

enum { POSTINGS_BUDGET = 30000, MAX_SHOWN_NAMES = 40 };

typedef struct {
    int64_t entity;
    double weight;
    long df; /* articles that hold it */
    char *name;
} own_entity;

typedef struct {
    int64_t article; /* 0 = empty slot */
    double score;
} slot;

typedef struct {
    slot *slots;
    size_t cap, n;
} score_map;

/* Article ids are small integers: a multiplicative hash spreads them well enough and costs
 * one multiply per posting. */
static size_t slot_of(int64_t article, size_t cap)
{
    return (size_t)(((uint64_t)article * 0x9E3779B97F4A7C15u) >> 32) & (cap - 1);
}

/* Sizes an empty map for about n articles, so reading the postings never rehashes. */
static void map_reserve(score_map *m, size_t n)
{
    size_t cap = 1024;
    while (cap < 2 * n + 2)
        cap <<= 1;
    m->slots = cr_xcalloc(cap, sizeof *m->slots);
    m->cap = cap;
}

static slot *map_get(score_map *m, int64_t article)
{
    if (2 * (m->n + 1) > m->cap) {
        size_t ncap = m->cap ? 2 * m->cap : 1024;
        slot *ns = cr_xcalloc(ncap, sizeof *ns);
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->slots[i].article)
                continue;
            size_t j = slot_of(m->slots[i].article, ncap);
            while (ns[j].article)
                j = (j + 1) & (ncap - 1);
            ns[j] = m->slots[i];
        }
        free(m->slots);
        m->slots = ns;
        m->cap = ncap;
    }
    size_t j = slot_of(article, m->cap);
    while (m->slots[j].article && m->slots[j].article != article)
        j = (j + 1) & (m->cap - 1);
    if (!m->slots[j].article) {
        m->slots[j].article = article;
        m->n++;
    }
    return &m->slots[j];
}

static int by_weight_desc(const void *a, const void *b)
{
    const own_entity *x = a, *y = b;
    return x->weight < y->weight ? 1 : x->weight > y->weight ? -1 : (x->entity > y->entity) - (x->entity < y->entity);
}

static int by_score_desc(const void *a, const void *b)
{
    const slot *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return (x->article > y->article) - (x->article < y->article);
}

static void sift_down(slot *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, w = i;
        if (l < n && by_score_desc(&h[l], &h[w]) > 0)
            w = l;
        if (r < n && by_score_desc(&h[r], &h[w]) > 0)
            w = r;
        if (w == i)
            return;
        slot t = h[i];
        h[i] = h[w];
        h[w] = t;
        i = w;
    }
}

/* Moves the best k of a[0..n) to a[0..k), best first: a heap of the k best so far whose
 * root is the weakest, instead of sorting every candidate. Returns min(n, k). */
static size_t top_k(slot *a, size_t n, size_t k)
{
    if (k == 0)
        return 0;
    if (n <= k) {
        qsort(a, n, sizeof *a, by_score_desc);
        return n;
    }
    for (size_t i = k / 2; i-- > 0;)
        sift_down(a, k, i);
    for (size_t i = k; i < n; i++) {
        if (by_score_desc(&a[i], &a[0]) < 0) {
            a[0] = a[i];
            sift_down(a, k, 0);
        }
    }
    qsort(a, k, sizeof *a, by_score_desc);
    return k;
}

void cr_xref_free(cr_xref *x)
{
    free(x->title);
    free(x->outlet);
    free(x->date);
    free(x->shared);
    free(x->why);
    memset(x, 0, sizeof *x);
}

static size_t load_own_entities(sqlite3 *db, int64_t id, double total, own_entity **out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT e.id, e.articles, e.canonical FROM entity_articles ea"
                           " JOIN entities e ON e.id=ea.entity_id WHERE ea.article_id=?",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, id);
    size_t n = 0, cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        double df = sqlite3_column_double(st, 1);
        if (n == cap) {
            cap = cap ? 2 * cap : 32;
            *out = cr_xrealloc(*out, cap * sizeof **out);
        }
        (*out)[n].entity = sqlite3_column_int64(st, 0);
        (*out)[n].weight = log(1.0 + total / (df > 0 ? df : 1));
        (*out)[n].df = (long)df;
        (*out)[n].name = cr_xstrdup((const char *)sqlite3_column_text(st, 2));
        n++;
    }
    sqlite3_finalize(st);
    if (n > 1)
        qsort(*out, n, sizeof **out, by_weight_desc);
    return n;
}

typedef struct {
    sqlite3_stmt *names_of; /* the entities of a candidate */
    sqlite3_stmt *first;    /* where its first shared mention is */
} describer;

static int by_entity(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* The exact shared names of one candidate, strongest first, and where the first shared
 * mention sits in it. One read of the candidate's entities, not one lookup per own name. */
static void describe(describer *d, int64_t open_id, const own_entity *own, size_t nown,
                     cr_xref *x)
{
    int64_t *theirs = NULL;
    size_t n = 0, cap = 0;
    sqlite3_bind_int64(d->names_of, 1, x->id);
    while (sqlite3_step(d->names_of) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            theirs = cr_xrealloc(theirs, cap * sizeof *theirs);
        }
        theirs[n++] = sqlite3_column_int64(d->names_of, 0);
    }
    sqlite3_reset(d->names_of);
    if (n > 1)
        qsort(theirs, n, sizeof *theirs, by_entity);
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < nown; i++) {
        if (!n || !bsearch(&own[i].entity, theirs, n, sizeof *theirs, by_entity))
            continue;
        if (x->nshared < MAX_SHOWN_NAMES) {
            if (b.len)
                cr_buf_addc(&b, '|');
            cr_buf_adds(&b, own[i].name);
        }
        x->nshared++;
    }
    free(theirs);
    x->shared = b.len ? cr_buf_steal(&b) : cr_xstrdup("");
    cr_buf_free(&b);
    x->first_mention = 0;
    sqlite3_bind_int64(d->first, 1, x->id);
    sqlite3_bind_int64(d->first, 2, open_id);
    if (sqlite3_step(d->first) == SQLITE_ROW)
        x->first_mention = (size_t)sqlite3_column_int64(d->first, 0);
    sqlite3_reset(d->first);
}

static size_t xrefs_in_txn(cr_store *s, sqlite3 *db, int64_t id, size_t limit, cr_xref **out);

size_t cr_query_xrefs(cr_store *s, int64_t id, size_t limit, cr_xref **out)
{
    sqlite3 *db = cr_store_db(s);
    *out = NULL;
    /* one read transaction for the whole query: alone, each statement would take and drop
     * the WAL read lock (file locks and a stat) */
    bool own_txn = sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
    size_t n = xrefs_in_txn(s, db, id, limit, out);
    if (own_txn)
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    return n;
}

static size_t xrefs_in_txn(cr_store *s, sqlite3 *db, int64_t id, size_t limit, cr_xref **out)
{
    double total = (double)cr_store_count_articles(s, false);
    own_entity *own;
    size_t nown = load_own_entities(db, id, total, &own);
    if (!nown) {
        free(own);
        return 0;
    }
    sqlite3_stmt *post;
    if (sqlite3_prepare_v2(db, "SELECT article_id FROM entity_articles WHERE entity_id=?", -1, &post,
                           NULL) != SQLITE_OK) {
        for (size_t i = 0; i < nown; i++)
            free(own[i].name);
        free(own);
        return 0;
    }
    score_map m = {0};
    long expect = 0;
    for (size_t i = 0; i < nown && expect < POSTINGS_BUDGET; i++)
        expect += own[i].df;
    map_reserve(&m, (size_t)expect);
    long read = 0;
    for (size_t i = 0; i < nown && read < POSTINGS_BUDGET; i++) {
        sqlite3_bind_int64(post, 1, own[i].entity);
        while (sqlite3_step(post) == SQLITE_ROW) {
            int64_t other = sqlite3_column_int64(post, 0);
            read++;
            if (other != id)
                map_get(&m, other)->score += own[i].weight;
        }
        sqlite3_reset(post);
    }
    sqlite3_finalize(post);

    size_t n = 0;
    for (size_t i = 0; i < m.cap; i++)
        if (m.slots[i].article)
            m.slots[n++] = m.slots[i];
    n = top_k(m.slots, n, limit);
    cr_xref *xs = cr_xcalloc(n ? n : 1, sizeof *xs);
    sqlite3_stmt *meta;
    int64_t my_dup_of = 0;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(dup_of,0) FROM articles WHERE id=?", -1, &meta,
                           NULL) == SQLITE_OK) {
        sqlite3_bind_int64(meta, 1, id);
        if (sqlite3_step(meta) == SQLITE_ROW)
            my_dup_of = sqlite3_column_int64(meta, 0);
        sqlite3_finalize(meta);
    }
    sqlite3_prepare_v2(db, "SELECT title, outlet, date, coalesce(dup_of,0) FROM articles WHERE id=?",
                       -1, &meta, NULL);
    describer d = {NULL, NULL};
    sqlite3_prepare_v2(db, "SELECT entity_id FROM entity_articles WHERE article_id=?", -1,
                       &d.names_of, NULL);
    sqlite3_prepare_v2(db,
                       "SELECT min(m.start) FROM mentions m JOIN names n ON n.id=m.name_id"
                       " WHERE m.article_id=?1 AND n.entity_id IN"
                       " (SELECT entity_id FROM entity_articles WHERE article_id=?2)",
                       -1, &d.first, NULL);
    for (size_t i = 0; i < n; i++) {
        cr_xref *x = &xs[i];
        x->id = m.slots[i].article;
        x->score = m.slots[i].score;
        sqlite3_bind_int64(meta, 1, x->id);
        if (sqlite3_step(meta) == SQLITE_ROW) {
            const unsigned char *t;
            x->title = cr_xstrdup((t = sqlite3_column_text(meta, 0)) ? (const char *)t : "");
            x->outlet = (t = sqlite3_column_text(meta, 1)) ? cr_xstrdup((const char *)t) : NULL;
            x->date = (t = sqlite3_column_text(meta, 2)) ? cr_xstrdup((const char *)t) : NULL;
            int64_t dup_of = sqlite3_column_int64(meta, 3);
            x->duplicate = dup_of == id || (my_dup_of && (my_dup_of == x->id || dup_of == my_dup_of));
        }
        sqlite3_reset(meta);
        describe(&d, id, own, nown, x);
        /* the strongest shared name is the first of the list */
        size_t first_len = strcspn(x->shared, "|");
        x->why = x->duplicate
                     ? cr_xasprintf("near-duplicate: the same story under another outlet; %d shared "
                                    "names", x->nshared)
                     : cr_xasprintf("%d shared name%s; the rarest: %.*s", x->nshared,
                                    x->nshared == 1 ? "" : "s", (int)first_len, x->shared);
    }
    sqlite3_finalize(meta);
    sqlite3_finalize(d.names_of);
    sqlite3_finalize(d.first);
    free(m.slots);
    for (size_t i = 0; i < nown; i++)
        free(own[i].name);
    free(own);
    *out = xs;
    return n;
}
