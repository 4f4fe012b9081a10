/* articles.c - the source list and single articles. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/query.h"
#include "crossread/sqlrow.h"
#include "crossread/util.h"

void cr_row_free(cr_row *r)
{
    free(r->date);
    free(r->outlet);
    free(r->title);
    free(r->file);
    free(r->dup_outlets);
    memset(r, 0, sizeof *r);
}

#define ROW_COLUMNS                                                                          \
    "a.id, a.date, a.outlet, a.title, f.path,"                                               \
    " EXISTS(SELECT 1 FROM reading r WHERE r.article_key=a.key AND r.read),"                \
    " (SELECT count(*) FROM articles d WHERE d.dup_of=a.id),"                               \
    " (SELECT group_concat(coalesce(d.outlet,'?'), ', ') FROM articles d WHERE d.dup_of=a.id)"

static void fill_row(sqlite3_stmt *st, cr_row *r)
{
    r->id = sqlite3_column_int64(st, 0);
    r->date = cr_sql_text(st, 1);
    r->outlet = cr_sql_text(st, 2);
    r->title = cr_sql_text(st, 3);
    r->file = cr_sql_text(st, 4);
    r->read = sqlite3_column_int(st, 5) != 0;
    r->ndups = sqlite3_column_int(st, 6);
    r->dup_outlets = cr_sql_text(st, 7);
}

size_t cr_query_rows(cr_store *s, size_t offset, size_t limit, cr_row *out)
{
    sqlite3_stmt *st;
    /* ordered by the articles_by_date index: the window costs the offset, not the library */
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT " ROW_COLUMNS " FROM articles a JOIN files f ON f.id=a.file_id"
                           " WHERE a.dup_of IS NULL ORDER BY a.date DESC, a.id DESC"
                           " LIMIT ?1 OFFSET ?2",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, (sqlite3_int64)limit);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)offset);
    size_t n = 0;
    while (n < limit && sqlite3_step(st) == SQLITE_ROW)
        fill_row(st, &out[n++]);
    sqlite3_finalize(st);
    return n;
}

long cr_query_row_index(cr_store *s, int64_t id)
{
    sqlite3_stmt *st;
    long idx = -1;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT (SELECT count(*) FROM articles b WHERE b.dup_of IS NULL AND"
                           " (coalesce(b.date,'') > coalesce(a.date,'') OR (coalesce(b.date,'') ="
                           " coalesce(a.date,'') AND b.id > a.id))) FROM articles a"
                           " WHERE a.id=?1 AND a.dup_of IS NULL",
                           -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        idx = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return idx;
}

bool cr_query_each_article(cr_store *s, void (*fn)(const cr_row *r, void *ctx), void *ctx)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT " ROW_COLUMNS " FROM articles a JOIN files f ON f.id=a.file_id"
                           " ORDER BY a.id",
                           -1, &st, NULL) != SQLITE_OK)
        return false;
    while (sqlite3_step(st) == SQLITE_ROW) {
        cr_row r;
        fill_row(st, &r);
        fn(&r, ctx);
        cr_row_free(&r);
    }
    sqlite3_finalize(st);
    return true;
}

bool cr_query_article_exists(cr_store *s, int64_t id)
{
    sqlite3_stmt *st;
    bool found = false;
    if (sqlite3_prepare_v2(cr_store_db(s), "SELECT 1 FROM articles WHERE id=?", -1, &st, NULL) ==
        SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        found = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
    }
    return found;
}

bool cr_query_article(cr_store *s, int64_t id, cr_article_rec *out)
{
    memset(out, 0, sizeof *out);
    sqlite3 *db = cr_store_db(s);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db,
                           "SELECT a.key, a.title, a.outlet, a.date, a.author, a.url, a.script,"
                           " a.body, f.path, a.seq, a.line, a.dup_of,"
                           " (SELECT title FROM articles d WHERE d.id=a.dup_of),"
                           " (SELECT count(*) FROM articles d WHERE d.dup_of=a.id)"
                           " FROM articles a JOIN files f ON f.id=a.file_id WHERE a.id=?",
                           -1, &st, NULL) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return false;
    }
    out->id = id;
    out->key = cr_sql_text(st, 0);
    out->a.title = cr_sql_text(st, 1);
    out->a.outlet = cr_sql_text(st, 2);
    out->a.date = cr_sql_text(st, 3);
    out->a.author = cr_sql_text(st, 4);
    out->a.url = cr_sql_text(st, 5);
    out->a.script = cr_sql_text(st, 6);
    out->a.body_len = (size_t)sqlite3_column_bytes(st, 7);
    out->a.body = cr_xstrndup((const char *)sqlite3_column_text(st, 7), out->a.body_len);
    out->file = cr_sql_text(st, 8);
    out->a.seq = sqlite3_column_int(st, 9);
    out->a.line = sqlite3_column_int(st, 10);
    out->dup_of = sqlite3_column_int64(st, 11);
    out->dup_of_title = cr_sql_text(st, 12);
    out->ndups = sqlite3_column_int(st, 13);
    sqlite3_finalize(st);

    size_t cap = 0;
    if (sqlite3_prepare_v2(db, "SELECT start, len, kind FROM spans WHERE article_id=? ORDER BY start",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        while (sqlite3_step(st) == SQLITE_ROW) {
            if (out->a.nspans == cap) {
                cap = cap ? 2 * cap : 16;
                out->a.spans = cr_xrealloc(out->a.spans, cap * sizeof *out->a.spans);
            }
            cr_span *sp = &out->a.spans[out->a.nspans++];
            sp->start = (size_t)sqlite3_column_int64(st, 0);
            sp->len = (size_t)sqlite3_column_int64(st, 1);
            sp->kind = sqlite3_column_int(st, 2);
            /* never trust stored ranges further than the body */
            if (sp->start > out->a.body_len)
                sp->start = out->a.body_len;
            if (sp->len > out->a.body_len - sp->start)
                sp->len = out->a.body_len - sp->start;
        }
        sqlite3_finalize(st);
    }
    cap = 0;
    if (sqlite3_prepare_v2(db, "SELECT url FROM article_urls WHERE article_id=? ORDER BY pos", -1,
                           &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        while (sqlite3_step(st) == SQLITE_ROW) {
            if (out->a.nurls == cap) {
                cap = cap ? 2 * cap : 8;
                out->a.urls = cr_xrealloc(out->a.urls, cap * sizeof *out->a.urls);
            }
            out->a.urls[out->a.nurls++] = cr_sql_text(st, 0);
        }
        sqlite3_finalize(st);
    }
    return true;
}

void cr_article_rec_free(cr_article_rec *r)
{
    free(r->key);
    free(r->file);
    free(r->dup_of_title);
    cr_article_free(&r->a);
    memset(r, 0, sizeof *r);
}
