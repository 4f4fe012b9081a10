/* import.c - the import pipeline: walk, skip unchanged files, ingest the rest, write their
 * articles and analyses, then redo the library-wide steps (entities, near-duplicates, claim
 * groups). Everything happens in one transaction: a killed import changes nothing. */
#include "crossread/import.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crossread/ingest.h"
#include "crossread/sha256.h"
#include "crossread/userdata.h"
#include "crossread/util.h"
#include "import_steps.h"
#include "walk.h"

typedef struct {
    sqlite3 *db;
    sqlite3_stmt *file_get, *file_put, *file_del, *art_of_file, *art_ins, *span_ins, *url_ins,
        *fts_ins, *fts_del, *art_del;
    cr_import_stats *st;
    const cr_import_opts *opts;
    cr_analyser *an;
    long long bytes_done;
    long long bytes_total;
    double started;
    size_t files_done, files_total;
} importer;

const char *cr_import_stage_name(int stage)
{
    static const char *const names[CR_STAGE_COUNT] = {
        "walk", "ingest", "write", "minhash", "names", "claims", "entities", "dedup",
        "claim-groups", "commit"};
    return stage >= 0 && stage < CR_STAGE_COUNT ? names[stage] : "?";
}

static bool prep(sqlite3 *db, sqlite3_stmt **st, const char *sql, char **err)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) == SQLITE_OK)
        return true;
    *err = cr_xasprintf("cannot prepare the import: %s", sqlite3_errmsg(db));
    return false;
}

static bool prepare_all(importer *im, char **err)
{
    sqlite3 *db = im->db;
    return prep(db, &im->file_get, "SELECT id, size, mtime, sha256 FROM files WHERE path=?", err) &&
           prep(db, &im->file_put,
                "INSERT INTO files(path, size, mtime, sha256, format, problem, notes) "
                "VALUES(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(path) DO UPDATE SET size=?2, mtime=?3, "
                "sha256=?4, format=?5, problem=?6, notes=?7, imported=datetime('now') "
                "RETURNING id", err) &&
           prep(db, &im->file_del, "DELETE FROM files WHERE id=?", err) &&
           prep(db, &im->art_of_file, "SELECT id, title, body FROM articles WHERE file_id=?", err) &&
           prep(db, &im->art_ins,
                "INSERT INTO articles(key, file_id, seq, line, title, outlet, date, author, url, "
                "script, body) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO NOTHING "
                "RETURNING id", err) &&
           prep(db, &im->span_ins, "INSERT INTO spans(article_id, start, len, kind) VALUES(?,?,?,?)",
                err) &&
           prep(db, &im->url_ins, "INSERT OR IGNORE INTO article_urls(article_id, pos, url) "
                                  "VALUES(?,?,?)", err) &&
           prep(db, &im->fts_ins, "INSERT INTO temp.import_new(id) VALUES(?)", err) &&
           prep(db, &im->fts_del, "INSERT INTO articles_fts(articles_fts, rowid, title, body) "
                                  "VALUES('delete',?,?,?)", err) &&
           prep(db, &im->art_del, "DELETE FROM articles WHERE id=?", err);
}

static void finalize_all(importer *im)
{
    sqlite3_stmt *all[] = {im->file_get, im->file_put, im->file_del, im->art_of_file, im->art_ins,
                           im->span_ins, im->url_ins, im->fts_ins, im->fts_del, im->art_del};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        sqlite3_finalize(all[i]);
}

static void add_problem(cr_import_stats *st, const char *path, const char *reason)
{
    st->problems = cr_xrealloc(st->problems, (st->nproblems + 1) * sizeof *st->problems);
    st->problems[st->nproblems].path = cr_xstrdup(path);
    st->problems[st->nproblems].reason = cr_xstrdup(reason);
    st->nproblems++;
}

static void add_note(cr_import_stats *st, const char *path, const char *note)
{
    st->notes = cr_xrealloc(st->notes, (st->nnotes + 1) * sizeof *st->notes);
    st->notes[st->nnotes++] = cr_xasprintf("%s: %s", path, note);
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
    if (s && *s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static bool step_done(importer *im, sqlite3_stmt *st, char **err)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    *err = cr_xasprintf("cannot write the library: %s", sqlite3_errmsg(im->db));
    return false;
}

/* Removes every article of a file, with everything derived from it (not user data). */
static bool remove_articles_of_file(importer *im, sqlite3_int64 file_id, char **err)
{
    sqlite3_stmt *q = im->art_of_file;
    sqlite3_bind_int64(q, 1, file_id);
    sqlite3_int64 *ids = NULL;
    size_t n = 0;
    bool ok = true;
    while (ok && sqlite3_step(q) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(q, 0);
        sqlite3_bind_int64(im->fts_del, 1, id);
        sqlite3_bind_value(im->fts_del, 2, sqlite3_column_value(q, 1));
        sqlite3_bind_value(im->fts_del, 3, sqlite3_column_value(q, 2));
        ok = step_done(im, im->fts_del, err);
        ids = cr_xrealloc(ids, (n + 1) * sizeof *ids);
        ids[n++] = id;
    }
    sqlite3_reset(q);
    for (size_t i = 0; ok && i < n; i++) {
        ok = cr_import_forget_article(im->db, ids[i], err);
        sqlite3_bind_int64(im->art_del, 1, ids[i]);
        ok = ok && step_done(im, im->art_del, err);
        im->st->articles_removed++;
    }
    free(ids);
    return ok;
}

static bool insert_article(importer *im, sqlite3_int64 file_id, const cr_article *a, bool *dup,
                           char **err)
{
    double t0 = cr_now_ms();
    char *key = cr_article_key(a);
    sqlite3_stmt *q = im->art_ins;
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 2, file_id);
    sqlite3_bind_int(q, 3, a->seq);
    sqlite3_bind_int(q, 4, a->line);
    sqlite3_bind_text(q, 5, a->title ? a->title : "", -1, SQLITE_STATIC);
    bind_text_or_null(q, 6, a->outlet);
    bind_text_or_null(q, 7, a->date);
    bind_text_or_null(q, 8, a->author);
    bind_text_or_null(q, 9, a->url);
    bind_text_or_null(q, 10, a->script);
    sqlite3_bind_text(q, 11, a->body, (int)a->body_len, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_int64 id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_reset(q);
    free(key);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *err = cr_xasprintf("cannot write the library: %s", sqlite3_errmsg(im->db));
        return false;
    }
    *dup = id == 0; /* the same text is already in the library (another file holds it) */
    if (*dup)
        return true;
    bool ok = true;
    for (size_t i = 0; ok && i < a->nspans; i++) {
        sqlite3_bind_int64(im->span_ins, 1, id);
        sqlite3_bind_int64(im->span_ins, 2, (sqlite3_int64)a->spans[i].start);
        sqlite3_bind_int64(im->span_ins, 3, (sqlite3_int64)a->spans[i].len);
        sqlite3_bind_int(im->span_ins, 4, a->spans[i].kind);
        ok = step_done(im, im->span_ins, err);
    }
    for (size_t i = 0; ok && i < a->nurls; i++) {
        sqlite3_bind_int64(im->url_ins, 1, id);
        sqlite3_bind_int(im->url_ins, 2, (int)i);
        sqlite3_bind_text(im->url_ins, 3, a->urls[i], -1, SQLITE_STATIC);
        ok = step_done(im, im->url_ins, err);
    }
    if (ok) {
        sqlite3_bind_int64(im->fts_ins, 1, id); /* indexed for search in index_new() */
        ok = step_done(im, im->fts_ins, err);
    }
    im->st->stage_ms[CR_STAGE_WRITE] += cr_now_ms() - t0;
    ok = ok && cr_analyser_article(im->an, id, a, err);
    im->st->articles_added++;
    return ok;
}

static char *join_notes(const cr_doc *d)
{
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < d->nnotes; i++) {
        if (i)
            cr_buf_adds(&b, "; ");
        cr_buf_adds(&b, d->notes[i]);
    }
    return b.len ? cr_buf_steal(&b) : NULL;
}

/* Imports one file if it is new or changed. Returns false only on a library error. */
static bool import_file(importer *im, const cr_walk_file *f, char **err)
{
    cr_import_stats *st = im->st;
    st->files_seen++;
    sqlite3_stmt *g = im->file_get;
    sqlite3_bind_text(g, 1, f->path, -1, SQLITE_STATIC);
    sqlite3_int64 old_id = 0;
    char old_sha[65] = "";
    bool same_stat = false;
    if (sqlite3_step(g) == SQLITE_ROW) {
        old_id = sqlite3_column_int64(g, 0);
        same_stat = sqlite3_column_int64(g, 1) == f->size && sqlite3_column_int64(g, 2) == f->mtime;
        const unsigned char *sha = sqlite3_column_text(g, 3);
        snprintf(old_sha, sizeof old_sha, "%s", sha ? (const char *)sha : "");
    }
    sqlite3_reset(g);
    if (old_id && same_stat) {
        st->files_unchanged++;
        return true;
    }

    double t0 = cr_now_ms();
    char *data = NULL;
    size_t len = 0;
    char *read_err = NULL;
    if (!cr_read_whole_file(f->path, &data, &len, &read_err)) {
        add_problem(st, f->path, read_err);
        free(read_err);
        st->files_failed++;
        return true;
    }
    char sha[65];
    cr_sha256_hex(data, len, sha);
    if (old_id && strcmp(sha, old_sha) == 0) {
        /* touched but not changed: remember the new mtime so the next run skips it early */
        free(data);
        st->files_unchanged++;
        char *sql = sqlite3_mprintf("UPDATE files SET size=%lld, mtime=%lld WHERE id=%lld",
                                    f->size, f->mtime, (long long)old_id);
        bool ok = cr_import_exec(im->db, sql, err);
        sqlite3_free(sql);
        return ok;
    }
    cr_doc doc;
    cr_ingest_buffer(data, len, f->path, &doc);
    free(data);
    st->stage_ms[CR_STAGE_INGEST] += cr_now_ms() - t0;
    st->bytes += f->size;
    for (size_t i = 0; i < doc.nnotes; i++)
        add_note(st, f->path, doc.notes[i]);
    if (doc.skipped) {
        add_problem(st, f->path, doc.problem ? doc.problem : "nothing to import");
        st->files_failed++;
    }
    bool ok = true;
    /* the articles before, so marks can follow those whose text changed */
    cr_file_article *before = NULL;
    size_t nbefore = old_id ? cr_userdata_file_articles(im->db, old_id, &before) : 0;
    if (old_id)
        ok = remove_articles_of_file(im, old_id, err);
    char *notes = join_notes(&doc);
    sqlite3_stmt *p = im->file_put;
    sqlite3_bind_text(p, 1, f->path, -1, SQLITE_STATIC);
    sqlite3_bind_int64(p, 2, f->size);
    sqlite3_bind_int64(p, 3, f->mtime);
    sqlite3_bind_text(p, 4, sha, -1, SQLITE_STATIC);
    sqlite3_bind_int(p, 5, doc.format);
    bind_text_or_null(p, 6, doc.skipped ? (doc.problem ? doc.problem : "skipped") : NULL);
    bind_text_or_null(p, 7, notes);
    sqlite3_int64 file_id = 0;
    if (ok) {
        int rc = sqlite3_step(p);
        if (rc == SQLITE_ROW)
            file_id = sqlite3_column_int64(p, 0);
        else {
            ok = false;
            *err = cr_xasprintf("cannot write the library: %s", sqlite3_errmsg(im->db));
        }
        sqlite3_reset(p);
    }
    free(notes);
    long dups = 0;
    for (size_t i = 0; ok && i < doc.n; i++) {
        bool dup = false;
        ok = insert_article(im, file_id, &doc.items[i], &dup, err);
        dups += dup;
    }
    if (ok && nbefore)
        ok = cr_userdata_follow(im->db, file_id, before, nbefore, err);
    cr_file_articles_free(before, nbefore);
    if (dups) {
        char *note = cr_xasprintf("%ld article%s already in the library from another file", dups,
                                  dups == 1 ? "" : "s");
        add_note(st, f->path, note);
        free(note);
    }
    if (old_id)
        st->files_changed++;
    else
        st->files_new++;
    cr_doc_free(&doc);
    return ok;
}

/* Files under the imported folders that are gone: their articles go, user data stays
 * (it is keyed by the articles' stable keys). */
static bool prune_missing(importer *im, cr_walk *w, const char *const *roots, size_t nroots,
                          char **err)
{
    bool ok = true;
    for (size_t r = 0; ok && r < nroots; r++) {
        char *abs = realpath(roots[r], NULL);
        if (!abs)
            continue;
        sqlite3_stmt *q;
        char *like = cr_xasprintf("%s/*", abs);
        if (sqlite3_prepare_v2(im->db, "SELECT id, path FROM files WHERE path GLOB ?1 OR path=?2",
                               -1, &q, NULL) != SQLITE_OK) {
            free(like);
            free(abs);
            *err = cr_xasprintf("cannot prune: %s", sqlite3_errmsg(im->db));
            return false;
        }
        sqlite3_bind_text(q, 1, like, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, abs, -1, SQLITE_STATIC);
        sqlite3_int64 *gone = NULL;
        size_t ngone = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            const char *path = (const char *)sqlite3_column_text(q, 1);
            if (access(path, F_OK) == 0 && cr_walk_contains(w, path))
                continue;
            gone = cr_xrealloc(gone, (ngone + 1) * sizeof *gone);
            gone[ngone++] = sqlite3_column_int64(q, 0);
        }
        sqlite3_finalize(q);
        for (size_t i = 0; ok && i < ngone; i++) {
            ok = remove_articles_of_file(im, gone[i], err);
            sqlite3_bind_int64(im->file_del, 1, gone[i]);
            ok = ok && step_done(im, im->file_del, err);
            im->st->files_pruned++;
        }
        free(gone);
        free(like);
        free(abs);
    }
    return ok;
}

/* The new articles go into the full-text index in one statement: FTS5 flushes its pending
 * terms as a new segment at every statement, so one INSERT per article would write (and
 * then merge) one tiny segment per article. */
static bool index_new(importer *im, char **err)
{
    double t0 = cr_now_ms();
    bool ok = cr_import_exec(im->db,
                             "INSERT INTO articles_fts(rowid, title, body) SELECT a.id, a.title,"
                             " a.body FROM temp.import_new n JOIN articles a ON a.id=n.id"
                             " ORDER BY n.id; DELETE FROM temp.import_new;",
                             err);
    im->st->stage_ms[CR_STAGE_WRITE] += cr_now_ms() - t0;
    return ok;
}

static void draw_progress(importer *im, bool last)
{
    if (!im->opts || !im->opts->progress)
        return;
    double el = (cr_now_ms() - im->started) / 1000.0;
    double mb = (double)im->bytes_done / 1e6, total = (double)im->bytes_total / 1e6;
    double rate = el > 0 ? mb / el : 0;
    double left = rate > 0 ? (total - mb) / rate : 0;
    int width = 24;
    int fill = im->bytes_total ? (int)(width * (double)im->bytes_done / (double)im->bytes_total) : width;
    char bar[32];
    for (int i = 0; i < width; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[width] = '\0';
    fprintf(stderr, "\r[%s] %zu/%zu files  %.1f/%.1f MB  %.1f MB/s  %.0fs left ", bar,
            im->files_done, im->files_total, mb, total, rate, left);
    if (last)
        fputs("\r\033[K", stderr);
    fflush(stderr);
}

bool cr_import(cr_store *s, const char *const *paths, size_t npaths, const cr_import_opts *o,
               cr_import_stats *st, char **err)
{
    memset(st, 0, sizeof *st);
    importer im = {.db = cr_store_db(s), .st = st, .opts = o, .started = cr_now_ms()};
    cr_walk w;
    cr_walk_paths(paths, npaths, &w);
    st->stage_ms[CR_STAGE_WALK] = cr_now_ms() - im.started;
    for (size_t i = 0; i < w.nproblems; i++) {
        add_problem(st, w.problems[i].path, w.problems[i].reason);
        st->files_failed++;
    }
    im.bytes_total = w.total_bytes;
    im.files_total = w.n;
    char *warning = NULL;
    if (!cr_import_exec(im.db, "CREATE TEMP TABLE IF NOT EXISTS import_new(id INTEGER PRIMARY KEY);"
                               "DELETE FROM temp.import_new;", err) ||
        !prepare_all(&im, err) || !(im.an = cr_analyser_new(im.db, &warning, err))) {
        finalize_all(&im);
        cr_walk_free(&w);
        return false;
    }
    cr_analyser_time_into(im.an, st->stage_ms);
    if (warning) {
        st->notes = cr_xrealloc(st->notes, (st->nnotes + 1) * sizeof *st->notes);
        st->notes[st->nnotes++] = warning;
    }
    /* a big page cache while importing: the library-wide steps and the index writes touch
     * far more pages than the reader's small cache holds (restored below) */
    sqlite3_exec(im.db, "PRAGMA cache_size=-262144", NULL, NULL, NULL);
    bool ok = cr_import_exec(im.db, "BEGIN IMMEDIATE", err);
    double last_draw = 0;
    for (size_t i = 0; ok && i < w.n; i++) {
        ok = import_file(&im, &w.files[i], err);
        im.bytes_done += w.files[i].size;
        im.files_done = i + 1;
        if (cr_now_ms() - last_draw > 100) {
            draw_progress(&im, false);
            last_draw = cr_now_ms();
        }
    }
    ok = ok && index_new(&im, err);
    if (ok && o && o->prune)
        ok = prune_missing(&im, &w, paths, npaths, err);
    bool changed = st->files_new || st->files_changed || st->files_pruned;
    if (ok && changed)
        ok = cr_analyser_library(im.an, err);
    draw_progress(&im, true);
    finalize_all(&im);
    cr_analyser_free(im.an);
    double t0 = cr_now_ms();
    if (ok)
        ok = cr_import_exec(im.db, "COMMIT", err);
    if (!ok)
        sqlite3_exec(im.db, "ROLLBACK", NULL, NULL, NULL);
    else if (changed)
        sqlite3_exec(im.db, "PRAGMA optimize", NULL, NULL, NULL);
    st->stage_ms[CR_STAGE_COMMIT] = cr_now_ms() - t0;
    sqlite3_exec(im.db, "PRAGMA cache_size=-4096", NULL, NULL, NULL);
    cr_walk_free(&w);
    st->ms = cr_now_ms() - im.started;
    return ok;
}

void cr_import_stats_free(cr_import_stats *st)
{
    for (size_t i = 0; i < st->nproblems; i++) {
        free(st->problems[i].path);
        free(st->problems[i].reason);
    }
    for (size_t i = 0; i < st->nnotes; i++)
        free(st->notes[i]);
    free(st->problems);
    free(st->notes);
    memset(st, 0, sizeof *st);
}
