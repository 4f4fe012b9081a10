/* import_steps.c - derived data of articles, and the library-wide steps of an import. */
#include "import_steps.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/claims.h"
#include "crossread/dedup.h"
#include "crossread/entity.h"
#include "crossread/text.h"
#include "crossread/util.h"
#include "name_ids.h"

struct cr_analyser {
    sqlite3 *db;
    cr_gazetteer *gaz;
    sqlite3_stmt *name_get, *name_put, *mention_put, *alias_put, *claim_put, *minhash_put;
    double *stage_ms;
    cr_name_ids known; /* names given an id during this import */
};

void cr_analyser_time_into(cr_analyser *an, double *stage_ms)
{
    an->stage_ms = stage_ms;
}

/* Adds the time since *t0 to a stage and restarts the clock. */
static void lap(cr_analyser *an, int stage, double *t0)
{
    double now = cr_now_ms();
    if (an->stage_ms)
        an->stage_ms[stage] += now - *t0;
    *t0 = now;
}

bool cr_import_exec(sqlite3 *db, const char *sql, char **err)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return true;
    *err = cr_xasprintf("cannot write the library: %s", msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}

static bool db_error(sqlite3 *db, char **err)
{
    *err = cr_xasprintf("cannot write the library: %s", sqlite3_errmsg(db));
    return false;
}

static bool prep(sqlite3 *db, sqlite3_stmt **st, const char *sql, char **err)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) == SQLITE_OK)
        return true;
    return db_error(db, err);
}

cr_analyser *cr_analyser_new(sqlite3 *db, char **warning, char **err)
{
    cr_analyser *an = cr_xcalloc(1, sizeof *an);
    an->db = db;
    *warning = NULL;
    an->gaz = cr_gazetteer_default();
    char *user = cr_gazetteer_user_path();
    if (user) {
        char *gerr = NULL;
        if (!cr_gazetteer_add_file(an->gaz, user, &gerr)) {
            *warning = cr_xasprintf("gazetteer: %s (the rest of it is used)", gerr);
            free(gerr);
        }
        free(user);
    }
    if (!prep(db, &an->name_get, "SELECT id FROM names WHERE folded=?", err) ||
        !prep(db, &an->name_put,
              "INSERT INTO names(folded, surface, kind, reason) VALUES(?,?,?,?) RETURNING id", err) ||
        !prep(db, &an->mention_put,
              "INSERT INTO mentions(article_id, name_id, start, len) VALUES(?,?,?,?)", err) ||
        !prep(db, &an->alias_put,
              "INSERT INTO alias_evidence(article_id, a, b, reason) VALUES(?,?,?,?)", err) ||
        !prep(db, &an->claim_put,
              "INSERT INTO claims(article_id, start, len, vstart, vlen, lo, hi, qualifier, unit,"
              " subject, said_by) VALUES(?,?,?,?,?,?,?,?,?,?,?)", err) ||
        !prep(db, &an->minhash_put, "UPDATE articles SET minhash=? WHERE id=?", err)) {
        cr_analyser_free(an);
        return NULL;
    }
    return an;
}

void cr_analyser_free(cr_analyser *an)
{
    if (!an)
        return;
    sqlite3_finalize(an->name_get);
    sqlite3_finalize(an->name_put);
    sqlite3_finalize(an->mention_put);
    sqlite3_finalize(an->alias_put);
    sqlite3_finalize(an->claim_put);
    sqlite3_finalize(an->minhash_put);
    cr_name_ids_free(&an->known);
    cr_gazetteer_free(an->gaz);
    free(an);
}

static bool run(sqlite3 *db, sqlite3_stmt *st, char **err)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? true : db_error(db, err);
}

static void bind_opt(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* The id of a name (its full form, folded), made on first sight. */
static sqlite3_int64 name_id(cr_analyser *an, const cr_mention *m, char **err)
{
    sqlite3_int64 id = cr_name_ids_get(&an->known, m->name);
    if (id)
        return id;
    char *folded = cr_fold(m->name, strlen(m->name));
    sqlite3_bind_text(an->name_get, 1, folded, -1, SQLITE_STATIC);
    if (sqlite3_step(an->name_get) == SQLITE_ROW)
        id = sqlite3_column_int64(an->name_get, 0);
    sqlite3_reset(an->name_get);
    if (!id) {
        sqlite3_bind_text(an->name_put, 1, folded, -1, SQLITE_STATIC);
        sqlite3_bind_text(an->name_put, 2, m->name, -1, SQLITE_STATIC);
        sqlite3_bind_int(an->name_put, 3, m->kind);
        bind_opt(an->name_put, 4, m->reason);
        if (sqlite3_step(an->name_put) == SQLITE_ROW)
            id = sqlite3_column_int64(an->name_put, 0);
        else
            db_error(an->db, err);
        sqlite3_reset(an->name_put);
    }
    free(folded);
    if (id)
        cr_name_ids_put(&an->known, m->name, id);
    return id;
}

static bool store_entities(cr_analyser *an, sqlite3_int64 id, const cr_article *a, char **err)
{
    cr_entities e;
    cr_entities_extract(an->gaz, a->body, a->body_len, a->spans, a->nspans, &e);
    bool ok = true;
    for (size_t i = 0; ok && i < e.n; i++) {
        sqlite3_int64 nid = name_id(an, &e.m[i], err);
        if (!nid) {
            ok = false;
            break;
        }
        sqlite3_bind_int64(an->mention_put, 1, id);
        sqlite3_bind_int64(an->mention_put, 2, nid);
        sqlite3_bind_int64(an->mention_put, 3, (sqlite3_int64)e.m[i].start);
        sqlite3_bind_int64(an->mention_put, 4, (sqlite3_int64)e.m[i].len);
        ok = run(an->db, an->mention_put, err);
    }
    for (size_t i = 0; ok && i < e.nalias; i++) {
        sqlite3_bind_int64(an->alias_put, 1, id);
        sqlite3_bind_text(an->alias_put, 2, e.alias[i].a, -1, SQLITE_STATIC);
        sqlite3_bind_text(an->alias_put, 3, e.alias[i].b, -1, SQLITE_STATIC);
        bind_opt(an->alias_put, 4, e.alias[i].reason);
        ok = run(an->db, an->alias_put, err);
    }
    cr_entities_free(&e);
    return ok;
}

static bool store_claims(cr_analyser *an, sqlite3_int64 id, const cr_article *a, char **err)
{
    cr_claims cs = {0};
    cr_claims_extract(a->body, a->body_len, a->spans, a->nspans, &cs);
    bool ok = true;
    sqlite3_stmt *st = an->claim_put;
    for (size_t i = 0; ok && i < cs.n; i++) {
        const cr_claim *c = &cs.c[i];
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)c->start);
        sqlite3_bind_int64(st, 3, (sqlite3_int64)c->len);
        sqlite3_bind_int64(st, 4, (sqlite3_int64)c->vstart);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)c->vlen);
        sqlite3_bind_double(st, 6, c->lo);
        sqlite3_bind_double(st, 7, c->hi);
        bind_opt(st, 8, c->qualifier);
        bind_opt(st, 9, c->unit);
        bind_opt(st, 10, c->subject);
        bind_opt(st, 11, c->said_by);
        ok = run(an->db, st, err);
    }
    cr_claims_free(&cs);
    return ok;
}

bool cr_analyser_article(cr_analyser *an, sqlite3_int64 id, const cr_article *a, char **err)
{
    double t0 = cr_now_ms();
    uint32_t sig[CR_MINHASH_N];
    cr_minhash(a->body, a->body_len, a->spans, a->nspans, sig);
    sqlite3_bind_blob(an->minhash_put, 1, sig, sizeof sig, SQLITE_STATIC);
    sqlite3_bind_int64(an->minhash_put, 2, id);
    bool ok = run(an->db, an->minhash_put, err);
    lap(an, CR_STAGE_MINHASH, &t0);
    ok = ok && store_entities(an, id, a, err);
    lap(an, CR_STAGE_NAMES, &t0);
    ok = ok && store_claims(an, id, a, err);
    lap(an, CR_STAGE_CLAIMS, &t0);
    return ok;
}

bool cr_import_forget_article(sqlite3 *db, sqlite3_int64 id, char **err)
{
    static const char *const tables[] = {"spans", "article_urls", "mentions", "entity_articles",
                                         "alias_evidence", "claims"};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "DELETE FROM %s WHERE article_id=%lld", tables[i], (long long)id);
        if (!cr_import_exec(db, sql, err))
            return false;
    }
    /* an article folded under this one stands on its own again until the dedup step */
    char sql[128];
    snprintf(sql, sizeof sql, "UPDATE articles SET dup_of=NULL WHERE dup_of=%lld", (long long)id);
    return cr_import_exec(db, sql, err);
}

/* ---- library-wide: entity groups ---- */

typedef struct {
    char **s;
    size_t n, cap;
} strvec;

static void strvec_push(strvec *v, const char *s)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 256;
        v->s = cr_xrealloc(v->s, v->cap * sizeof *v->s);
    }
    v->s[v->n++] = cr_xstrdup(s ? s : "");
}

static void strvec_free(strvec *v)
{
    for (size_t i = 0; i < v->n; i++)
        free(v->s[i]);
    free(v->s);
    memset(v, 0, sizeof *v);
}

/* Reads pairs of strings from a two-column query. */
static void read_pairs(sqlite3 *db, const char *sql, strvec *out)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return;
    while (sqlite3_step(st) == SQLITE_ROW) {
        strvec_push(out, (const char *)sqlite3_column_text(st, 0));
        strvec_push(out, (const char *)sqlite3_column_text(st, 1));
    }
    sqlite3_finalize(st);
}

static bool resolve_entities(cr_analyser *an, char **err)
{
    sqlite3 *db = an->db;
    if (!cr_import_exec(db, "DELETE FROM names WHERE id NOT IN (SELECT name_id FROM mentions)", err))
        return false;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db,
                           "SELECT n.id, n.surface, n.kind, count(DISTINCT m.article_id)"
                           " FROM names n JOIN mentions m ON m.name_id=n.id GROUP BY n.id"
                           " ORDER BY n.id", -1, &st, NULL) != SQLITE_OK)
        return db_error(db, err);
    size_t n = 0, cap = 0;
    sqlite3_int64 *ids = NULL;
    cr_name_stat *names = NULL;
    strvec surfaces = {0};
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 1024;
            ids = cr_xrealloc(ids, cap * sizeof *ids);
            names = cr_xrealloc(names, cap * sizeof *names);
        }
        ids[n] = sqlite3_column_int64(st, 0);
        strvec_push(&surfaces, (const char *)sqlite3_column_text(st, 1));
        names[n].kind = sqlite3_column_int(st, 2);
        names[n].articles = sqlite3_column_int64(st, 3);
        n++;
    }
    sqlite3_finalize(st);
    for (size_t i = 0; i < n; i++)
        names[i].name = surfaces.s[i];

    strvec aliases = {0}, merges = {0}, splits = {0};
    strvec shorts = {0};
    read_pairs(db, "SELECT DISTINCT a, b FROM alias_evidence WHERE reason IS NOT 'short form'", &aliases);
    read_pairs(db, "SELECT DISTINCT a, b FROM alias_evidence WHERE reason IS 'short form'", &shorts);
    read_pairs(db, "SELECT a, b FROM entity_choices WHERE action='merge' ORDER BY id", &merges);
    read_pairs(db, "SELECT a, a FROM entity_choices WHERE action='split' ORDER BY id", &splits);
    cr_name_pair *ap = cr_xcalloc(aliases.n / 2 + 1, sizeof *ap);
    for (size_t i = 0; i + 1 < aliases.n; i += 2)
        ap[i / 2] = (cr_name_pair){aliases.s[i], aliases.s[i + 1]};
    cr_name_pair *shp = cr_xcalloc(shorts.n / 2 + 1, sizeof *shp);
    for (size_t i = 0; i + 1 < shorts.n; i += 2)
        shp[i / 2] = (cr_name_pair){shorts.s[i], shorts.s[i + 1]};
    cr_name_pair *mp = cr_xcalloc(merges.n / 2 + 1, sizeof *mp);
    for (size_t i = 0; i + 1 < merges.n; i += 2)
        mp[i / 2] = (cr_name_pair){merges.s[i], merges.s[i + 1]};
    const char **sp = cr_xcalloc(splits.n / 2 + 1, sizeof *sp);
    for (size_t i = 0; i + 1 < splits.n; i += 2)
        sp[i / 2] = splits.s[i];

    size_t *group_of = cr_xcalloc(n + 1, sizeof *group_of);
    size_t *canon = cr_xcalloc(n + 1, sizeof *canon);
    int *kind = cr_xcalloc(n + 1, sizeof *kind);
    cr_entities_resolve(an->gaz, names, n, ap, aliases.n / 2, shp, shorts.n / 2, mp, merges.n / 2, sp, splits.n / 2,
                        group_of, canon, kind);

    /* the postings are rebuilt in entity order: their by-article index is built afterwards
     * in one sort rather than kept up row by row in random order */
    bool ok = cr_import_exec(db, "DELETE FROM entities; DELETE FROM entity_articles;"
                                 " DROP INDEX IF EXISTS entity_articles_by_article;", err);
    sqlite3_stmt *ins = NULL, *upd = NULL;
    ok = ok && prep(db, &ins, "INSERT INTO entities(id, canonical, kind, reason) VALUES(?,?,?,?)", err);
    ok = ok && prep(db, &upd, "UPDATE names SET entity_id=? WHERE id=?", err);
    for (size_t g = 0; ok && g < n; g++) {
        if (canon[g] == (size_t)-1 || canon[g] >= n)
            continue;
        sqlite3_bind_int64(ins, 1, (sqlite3_int64)g + 1);
        sqlite3_bind_text(ins, 2, names[canon[g]].name, -1, SQLITE_STATIC);
        sqlite3_bind_int(ins, 3, kind[g] ? kind[g] : names[canon[g]].kind);
        sqlite3_bind_null(ins, 4);
        ok = run(db, ins, err);
    }
    for (size_t i = 0; ok && i < n; i++) {
        sqlite3_bind_int64(upd, 1, (sqlite3_int64)group_of[i] + 1);
        sqlite3_bind_int64(upd, 2, ids[i]);
        ok = run(db, upd, err);
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(upd);
    /* the reason of an entity is the reason of its canonical name */
    ok = ok &&
         cr_import_exec(db,
                        "UPDATE entities SET reason=(SELECT n.reason FROM names n WHERE"
                        " n.entity_id=entities.id AND n.surface=entities.canonical LIMIT 1);"
                        "INSERT INTO entity_articles(entity_id, article_id, n)"
                        " SELECT n.entity_id, m.article_id, count(*) FROM mentions m"
                        " JOIN names n ON n.id=m.name_id GROUP BY n.entity_id, m.article_id;"
                        "UPDATE entities SET articles=(SELECT count(*) FROM entity_articles ea"
                        " WHERE ea.entity_id=entities.id), mentions=(SELECT coalesce(sum(n),0)"
                        " FROM entity_articles ea WHERE ea.entity_id=entities.id);"
                        "CREATE INDEX entity_articles_by_article ON entity_articles(article_id);",
                        err);
    free(group_of);
    free(canon);
    free(kind);
    free(ap);
    free(shp);
    free(mp);
    free(sp);
    free(ids);
    free(names);
    strvec_free(&surfaces);
    strvec_free(&aliases);
    strvec_free(&shorts);
    strvec_free(&merges);
    strvec_free(&splits);
    return ok;
}

/* ---- library-wide: near-duplicates ---- */

enum { DUP_THRESHOLD_PERCENT = 70 };

typedef struct {
    uint64_t key;
    size_t idx; /* into the article arrays; SIZE_MAX = empty */
} band_slot;

static bool fold_duplicates(cr_analyser *an, char **err)
{
    sqlite3 *db = an->db;
    sqlite3_stmt *st;
    /* older first, so a story folds under its first appearance */
    if (sqlite3_prepare_v2(db, "SELECT id, minhash FROM articles WHERE length(minhash)=?"
                               " ORDER BY coalesce(date,'9999'), id", -1, &st, NULL) != SQLITE_OK)
        return db_error(db, err);
    sqlite3_bind_int(st, 1, (int)(CR_MINHASH_N * sizeof(uint32_t)));
    size_t n = 0, cap = 0;
    sqlite3_int64 *ids = NULL;
    uint32_t *sigs = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 1024;
            ids = cr_xrealloc(ids, cap * sizeof *ids);
            sigs = cr_xrealloc(sigs, cap * CR_MINHASH_N * sizeof *sigs);
        }
        ids[n] = sqlite3_column_int64(st, 0);
        memcpy(sigs + n * CR_MINHASH_N, sqlite3_column_blob(st, 1), CR_MINHASH_N * sizeof *sigs);
        n++;
    }
    sqlite3_finalize(st);
    if (!cr_import_exec(db, "UPDATE articles SET dup_of=NULL, dup_score=NULL WHERE dup_of IS NOT NULL",
                        err)) {
        free(ids);
        free(sigs);
        return false;
    }
    /* one hash table per band: band key -> first article with it */
    size_t tcap = 1;
    while (tcap < 2 * n + 2)
        tcap <<= 1;
    band_slot *table = cr_xmalloc(tcap * sizeof *table);
    size_t *dup_of = cr_xmalloc((n + 1) * sizeof *dup_of);
    double *score = cr_xcalloc(n + 1, sizeof *score);
    for (size_t i = 0; i < n; i++)
        dup_of[i] = SIZE_MAX;
    for (int b = 0; b < CR_MINHASH_BANDS; b++) {
        for (size_t i = 0; i < tcap; i++)
            table[i].idx = SIZE_MAX;
        for (size_t i = 0; i < n; i++) {
            uint64_t bands[CR_MINHASH_BANDS];
            cr_minhash_bands(sigs + i * CR_MINHASH_N, bands);
            size_t h = (size_t)cr_hash64(&bands[b], sizeof bands[b]) & (tcap - 1);
            while (table[h].idx != SIZE_MAX && table[h].key != bands[b])
                h = (h + 1) & (tcap - 1);
            if (table[h].idx == SIZE_MAX) {
                table[h] = (band_slot){bands[b], i};
                continue;
            }
            size_t first = table[h].idx;
            /* fold under the root of the first article, never under a duplicate */
            while (dup_of[first] != SIZE_MAX)
                first = dup_of[first];
            if (first == i || dup_of[i] != SIZE_MAX)
                continue;
            double sim = cr_minhash_similarity(sigs + i * CR_MINHASH_N, sigs + first * CR_MINHASH_N);
            if (sim * 100 >= DUP_THRESHOLD_PERCENT) {
                dup_of[i] = first;
                score[i] = sim;
            }
        }
    }
    bool ok = true;
    sqlite3_stmt *upd = NULL;
    ok = prep(db, &upd, "UPDATE articles SET dup_of=?, dup_score=? WHERE id=?", err);
    for (size_t i = 0; ok && i < n; i++) {
        if (dup_of[i] == SIZE_MAX)
            continue;
        sqlite3_bind_int64(upd, 1, ids[dup_of[i]]);
        sqlite3_bind_double(upd, 2, score[i]);
        sqlite3_bind_int64(upd, 3, ids[i]);
        ok = run(db, upd, err);
    }
    sqlite3_finalize(upd);
    free(table);
    free(dup_of);
    free(score);
    free(ids);
    free(sigs);
    return ok;
}

/* ---- library-wide: claim groups ---- */

static bool group_claims(cr_analyser *an, char **err)
{
    sqlite3 *db = an->db;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db,
                           "SELECT c.id, c.subject, c.unit, c.lo, c.hi, c.qualifier, a.date,"
                           " c.article_id, c.start FROM claims c JOIN articles a ON a.id=c.article_id"
                           " ORDER BY c.id", -1, &st, NULL) != SQLITE_OK)
        return db_error(db, err);
    size_t n = 0, cap = 0;
    sqlite3_int64 *ids = NULL;
    cr_claim_key *keys = NULL;
    strvec text = {0}; /* subject, unit, qualifier, date per claim */
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 1024;
            ids = cr_xrealloc(ids, cap * sizeof *ids);
            keys = cr_xrealloc(keys, cap * sizeof *keys);
        }
        ids[n] = sqlite3_column_int64(st, 0);
        for (int c = 1; c <= 6; c++)
            if (c != 3 && c != 4)
                strvec_push(&text, (const char *)sqlite3_column_text(st, c));
        keys[n].lo = sqlite3_column_double(st, 3);
        keys[n].hi = sqlite3_column_double(st, 4);
        keys[n].article = sqlite3_column_int64(st, 7);
        keys[n].sentence = (size_t)sqlite3_column_int64(st, 8);
        n++;
    }
    sqlite3_finalize(st);
    for (size_t i = 0; i < n; i++) {
        keys[i].subject = text.s[4 * i];
        keys[i].unit = text.s[4 * i + 1];
        keys[i].qualifier = *text.s[4 * i + 2] ? text.s[4 * i + 2] : NULL;
        keys[i].date = *text.s[4 * i + 3] ? text.s[4 * i + 3] : NULL;
    }
    int *group = cr_xcalloc(n + 1, sizeof *group);
    bool *conflict = cr_xcalloc(n + 1, sizeof *conflict);
    if (n)
        cr_claims_group(keys, n, group, conflict);
    sqlite3_stmt *upd = NULL;
    bool ok = prep(db, &upd, "UPDATE claims SET grp=?, conflict=? WHERE id=?", err);
    for (size_t i = 0; ok && i < n; i++) {
        /* a group id is the id of its first claim: stable enough to print and to query */
        sqlite3_bind_int64(upd, 1, ids[group[i]]);
        sqlite3_bind_int(upd, 2, conflict[group[i]] ? 1 : 0);
        sqlite3_bind_int64(upd, 3, ids[i]);
        ok = run(db, upd, err);
    }
    sqlite3_finalize(upd);
    free(group);
    free(conflict);
    free(ids);
    free(keys);
    strvec_free(&text);
    return ok;
}

bool cr_analyser_entities(cr_analyser *an, char **err)
{
    return resolve_entities(an, err);
}

bool cr_analyser_library(cr_analyser *an, char **err)
{
    double t0 = cr_now_ms();
    bool ok = resolve_entities(an, err);
    lap(an, CR_STAGE_ENTITIES, &t0);
    ok = ok && fold_duplicates(an, err);
    lap(an, CR_STAGE_DEDUP, &t0);
    ok = ok && group_claims(an, err);
    lap(an, CR_STAGE_GROUPS, &t0);
    return ok;
}
