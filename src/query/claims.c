/* claims.c - claims compared across sources. The other values of a claim's group are read
 * as one row per source and value (a wire story copied by many outlets is one row with a
 * count), disagreeing values first, so a group of thousands costs one grouped scan
 * of its rows and a handful of sentence reads. */
#include "crossread/claimsq.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/textfind.h"
#include "crossread/sqlrow.h"
#include "crossread/util.h"

#define TOLERANCE 1.05 /* as claims_group.c: values within 5% agree */

/* The claim's columns; sentence and value are cut from the body as bytes. */
#define CLAIM_COLS                                                                          \
    "c.id, c.article_id, c.grp, a.outlet, a.date, a.title,"                                 \
    " CAST(substr(CAST(a.body AS BLOB), c.vstart + 1, c.vlen) AS TEXT), c.lo, c.hi,"        \
    " c.subject, c.said_by, CAST(substr(CAST(a.body AS BLOB), c.start + 1, c.len) AS TEXT),"  \
    " c.start, c.len, c.conflict"

/* A sentence on one line: newlines and runs of spaces become one space. */
static char *one_line(const char *s)
{
    cr_buf b;
    cr_buf_init(&b);
    for (const char *p = s ? s : ""; *p; p++) {
        char c = *p == '\n' || *p == '\t' || *p == '\r' ? ' ' : *p;
        if (c == ' ' && (!b.len || b.data[b.len - 1] == ' '))
            continue;
        cr_buf_addc(&b, c);
    }
    while (b.len && b.data[b.len - 1] == ' ')
        b.data[--b.len] = '\0';
    return cr_buf_steal(&b);
}

static void fill(sqlite3_stmt *st, cr_claim_row *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(st, 0);
    r->article = sqlite3_column_int64(st, 1);
    r->grp = sqlite3_column_int64(st, 2);
    r->outlet = cr_sql_text(st, 3);
    r->date = cr_sql_text(st, 4);
    r->title = cr_sql_text(st, 5);
    r->value = one_line((const char *)sqlite3_column_text(st, 6));
    r->lo = sqlite3_column_double(st, 7);
    r->hi = sqlite3_column_double(st, 8);
    r->subject = cr_sql_text(st, 9);
    r->said_by = cr_sql_text(st, 10);
    r->sentence = one_line((const char *)sqlite3_column_text(st, 11));
    r->start = (size_t)sqlite3_column_int64(st, 12);
    r->len = (size_t)sqlite3_column_int64(st, 13);
    r->conflict = sqlite3_column_int(st, 14) != 0;
    r->copies = 1;
}

void cr_claim_row_free(cr_claim_row *r)
{
    free(r->outlet);
    free(r->date);
    free(r->title);
    free(r->value);
    free(r->subject);
    free(r->said_by);
    free(r->sentence);
    memset(r, 0, sizeof *r);
}

void cr_claim_cmp_free(cr_claim_cmp *c)
{
    cr_claim_row_free(&c->claim);
    for (size_t i = 0; i < c->nothers; i++)
        cr_claim_row_free(&c->others[i]);
    free(c->others);
    memset(c, 0, sizeof *c);
}

bool cr_claim_values_disagree(double lo1, double hi1, double lo2, double hi2)
{
    double lo = lo1 > lo2 ? lo1 : lo2, hi = hi1 < hi2 ? hi1 : hi2;
    return lo > hi * TOLERANCE;
}

/* The distinct values of a group: one entry per source and value, with how many claims
 * say it. Read once per group however many claims of the article are in it. */
typedef struct {
    int64_t first, last; /* two of its claims: the first stands for it unless it is the claim compared */
    long n;
    double lo, hi;
    char *source;        /* said_by, "" when the outlet says it */
} value_row;

typedef struct {
    int64_t grp;
    value_row *v;
    size_t n;
    long size;
} group_values;

static void load_group(sqlite3_stmt *st, int64_t grp, group_values *g)
{
    size_t cap = 0;
    memset(g, 0, sizeof *g);
    g->grp = grp;
    sqlite3_bind_int64(st, 1, grp);
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (g->n == cap) {
            cap = cap ? 2 * cap : 16;
            g->v = cr_xrealloc(g->v, cap * sizeof *g->v);
        }
        value_row *v = &g->v[g->n++];
        v->first = sqlite3_column_int64(st, 0);
        v->last = sqlite3_column_int64(st, 1);
        v->n = sqlite3_column_int64(st, 2);
        v->lo = sqlite3_column_double(st, 3);
        v->hi = sqlite3_column_double(st, 4);
        v->source = cr_sql_text(st, 5);
        g->size += v->n;
    }
    sqlite3_reset(st);
}

typedef struct {
    const value_row *v;
    int64_t id;
    long n;
    bool dis;
} candidate;

static int by_interest(const void *x, const void *y)
{
    const candidate *a = x, *b = y;
    if (a->dis != b->dis)
        return a->dis ? -1 : 1; /* disagreeing values first */
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

static void compare(sqlite3_stmt *one, const group_values *g, cr_claim_cmp *c, size_t max_others)
{
    const cr_claim_row *me = &c->claim;
    candidate *cand = cr_xcalloc(g->n + 1, sizeof *cand);
    size_t nc = 0;
    for (size_t i = 0; i < g->n; i++) {
        const value_row *v = &g->v[i];
        bool mine = v->lo == me->lo && v->hi == me->hi &&
                    strcmp(v->source, me->said_by ? me->said_by : "") == 0;
        long n = v->n - (mine ? 1 : 0);
        if (n <= 0)
            continue;
        cand[nc++] = (candidate){v, v->first == me->id ? v->last : v->first, n,
                                 cr_claim_values_disagree(me->lo, me->hi, v->lo, v->hi)};
    }
    qsort(cand, nc, sizeof *cand, by_interest);
    c->group_size = g->size ? g->size : 1;
    c->others = cr_xcalloc(max_others ? max_others : 1, sizeof *c->others);
    for (size_t i = 0; i < nc && c->nothers < max_others; i++) {
        sqlite3_bind_int64(one, 1, cand[i].id);
        if (sqlite3_step(one) == SQLITE_ROW) {
            cr_claim_row *o = &c->others[c->nothers++];
            fill(one, o);
            o->copies = cand[i].n;
            o->disagrees = cand[i].dis;
        }
        sqlite3_reset(one);
    }
    free(cand);
}

size_t cr_query_article_claims(cr_store *s, int64_t article, size_t max_others, cr_claim_cmp **out)
{
    sqlite3 *db = cr_store_db(s);
    sqlite3_stmt *st = NULL, *values = NULL, *one = NULL;
    *out = NULL;
    /* no join in the group scan: a group of thousands is read from the claims alone */
    if (sqlite3_prepare_v2(db,
                           "SELECT " CLAIM_COLS " FROM claims c JOIN articles a ON a.id=c.article_id"
                           " WHERE c.article_id=? ORDER BY c.start, c.vstart",
                           -1, &st, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT min(id), max(id), count(*), lo, hi, coalesce(said_by, '')"
                           " FROM claims WHERE grp=? GROUP BY coalesce(said_by, ''), lo, hi",
                           -1, &values, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT " CLAIM_COLS " FROM claims c JOIN articles a ON a.id=c.article_id"
                           " WHERE c.id=?",
                           -1, &one, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        sqlite3_finalize(values);
        return 0;
    }
    sqlite3_bind_int64(st, 1, article);
    size_t n = 0, cap = 0, ng = 0;
    group_values *groups = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            *out = cr_xrealloc(*out, cap * sizeof **out);
            groups = cr_xrealloc(groups, cap * sizeof *groups);
        }
        cr_claim_cmp *c = &(*out)[n++];
        memset(c, 0, sizeof *c);
        fill(st, &c->claim);
        size_t g = 0;
        while (g < ng && groups[g].grp != c->claim.grp)
            g++;
        if (g == ng)
            load_group(values, c->claim.grp, &groups[ng++]);
        compare(one, &groups[g], c, max_others);
    }
    for (size_t g = 0; g < ng; g++) {
        for (size_t i = 0; i < groups[g].n; i++)
            free(groups[g].v[i].source);
        free(groups[g].v);
    }
    free(groups);
    sqlite3_finalize(st);
    sqlite3_finalize(values);
    sqlite3_finalize(one);
    return n;
}

/* ---- claims matching words ---- */

/* Subject kinds (claims.h): a query word naming one also finds claims whose sentence says
 * it otherwise ("199 dead" is a claim about the killed). */
static const char *const kinds[] = {"killed", "wounded", "fled", "remaining", "detained",
                                    "returned", "deployed", "population"};

typedef struct {
    const char *hay; /* folded words of sentence and subject */
} match_ctx;

static bool hay_has(const char *hay, const char *words, bool prefix)
{
    char *w = cr_fold_words(words, strlen(words));
    size_t n = strlen(w);
    if (prefix && n > 1)
        w[--n] = '\0'; /* " kill" matches " killed " */
    bool found = n > 1 && strstr(hay, w) != NULL;
    free(w);
    return found;
}

static bool has_phrase(const cr_ftsq_phrase *p, void *ctx)
{
    const match_ctx *m = ctx;
    if (hay_has(m->hay, p->text, p->prefix))
        return true;
    for (size_t k = 0; k < p->naliases; k++)
        if (hay_has(m->hay, p->aliases[k], false))
            return true;
    return false;
}

/* " killed " if some word of the query is a subject kind, else NULL. */
static char *kind_word(const cr_ftsq *q)
{
    for (size_t i = 0; i < cr_ftsq_nphrases(q); i++) {
        const cr_ftsq_phrase *p = cr_ftsq_phrase_at(q, i);
        char *f = cr_fold_words(p->text, strlen(p->text));
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
            char pad[32];
            snprintf(pad, sizeof pad, " %s ", kinds[k]);
            if (strcmp(f, pad) == 0)
                return f;
        }
        free(f);
    }
    return NULL;
}

/* The row of the current group (rows from..n-1) giving the same value from the same
 * source as r, or NULL. */
static cr_claim_row *same_value(cr_claim_row *rows, size_t from, size_t n, const cr_claim_row *r)
{
    for (size_t i = from; i < n; i++)
        if (rows[i].lo == r->lo && rows[i].hi == r->hi &&
            strcmp(rows[i].said_by ? rows[i].said_by : "", r->said_by ? r->said_by : "") == 0 &&
            (r->said_by || strcmp(rows[i].outlet ? rows[i].outlet : "", r->outlet ? r->outlet : "") == 0))
            return &rows[i];
    return NULL;
}

size_t cr_query_claims(cr_store *s, const cr_ftsq *q, size_t limit, bool distinct,
                       cr_claim_row **out)
{
    sqlite3 *db = cr_store_db(s);
    sqlite3_stmt *st;
    *out = NULL;
    char *kind = q ? kind_word(q) : NULL;
    const char *sql =
        !q ? "SELECT " CLAIM_COLS " FROM claims c JOIN articles a ON a.id=c.article_id"
             " ORDER BY c.grp, a.date, c.id"
        : kind ? "SELECT " CLAIM_COLS " FROM claims c JOIN articles a ON a.id=c.article_id"
                 " WHERE c.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1)"
                 " OR instr(' ' || c.subject || ' ', ?2) > 0 ORDER BY c.grp, a.date, c.id"
               : "SELECT " CLAIM_COLS " FROM claims c JOIN articles a ON a.id=c.article_id"
                 " WHERE c.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1)"
                 " ORDER BY c.grp, a.date, c.id";
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        free(kind);
        return 0;
    }
    if (q)
        sqlite3_bind_text(st, 1, cr_ftsq_match(q), -1, SQLITE_STATIC);
    if (kind)
        sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
    size_t n = 0, cap = 0, group_from = 0;
    cr_claim_row r;
    while (n < limit && sqlite3_step(st) == SQLITE_ROW) {
        fill(st, &r);
        if (n && r.grp != (*out)[n - 1].grp)
            group_from = n;
        if (q) {
            cr_buf hay;
            cr_buf_init(&hay);
            cr_buf_adds(&hay, r.sentence);
            cr_buf_addc(&hay, ' ');
            cr_buf_adds(&hay, r.subject ? r.subject : "");
            char *fw = cr_fold_words(hay.data, hay.len);
            match_ctx m = {.hay = fw};
            bool keep = cr_ftsq_eval(q, has_phrase, &m);
            free(fw);
            cr_buf_free(&hay);
            if (!keep) {
                cr_claim_row_free(&r);
                continue;
            }
        }
        cr_claim_row *seen = distinct ? same_value(*out, group_from, n, &r) : NULL;
        if (seen) {
            seen->copies++;
            cr_claim_row_free(&r);
            continue;
        }
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            *out = cr_xrealloc(*out, cap * sizeof **out);
        }
        (*out)[n++] = r;
    }
    sqlite3_finalize(st);
    free(kind);
    return n;
}
