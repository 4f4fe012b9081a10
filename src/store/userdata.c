/* userdata.c - reading state and marks in the library. Each write is one statement in
 * autocommit mode: its own transaction, durable as soon as it returns. */
#include "crossread/userdata.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/sqlrow.h"
#include "crossread/util.h"

static const char *const kind_names[] = {"", "bookmark", "highlight", "note"};

const char *cr_mark_kind_name(cr_mark_kind k)
{
    return k >= CR_MARK_BOOKMARK && k <= CR_MARK_NOTE ? kind_names[k] : "mark";
}

static cr_mark_kind kind_of(const char *name)
{
    for (int k = CR_MARK_BOOKMARK; k <= CR_MARK_NOTE; k++)
        if (name && strcmp(name, kind_names[k]) == 0)
            return (cr_mark_kind)k;
    return CR_MARK_NOTE; /* a kind written by a newer crossread: show it as a note */
}

void cr_mark_free(cr_mark *m)
{
    free(m->article_key);
    free(m->text);
    free(m->note);
    free(m->entity);
    free(m->created);
    free(m->title);
    free(m->outlet);
    free(m->date);
    free(m->url);
    memset(m, 0, sizeof *m);
}

void cr_marks_free(cr_mark *m, size_t n)
{
    for (size_t i = 0; i < n; i++)
        cr_mark_free(&m[i]);
    free(m);
}

static bool fail(cr_store *s, char **err)
{
    if (err)
        *err = cr_xstrdup(sqlite3_errmsg(cr_store_db(s)));
    return false;
}

static void bind_opt(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

bool cr_mark_add(cr_store *s, const cr_mark *m, int64_t *id, char **err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "INSERT INTO marks(article_key, kind, start, len, text, note, entity,"
                           " title, outlet, date, url) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(s, err);
    sqlite3_bind_text(st, 1, m->article_key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, cr_mark_kind_name(m->kind), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)m->start);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)m->len);
    bind_opt(st, 5, m->text);
    bind_opt(st, 6, m->note);
    bind_opt(st, 7, m->entity);
    bind_opt(st, 8, m->title);
    bind_opt(st, 9, m->outlet);
    bind_opt(st, 10, m->date);
    bind_opt(st, 11, m->url);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, err);
    if (id)
        *id = sqlite3_last_insert_rowid(cr_store_db(s));
    return true;
}

bool cr_mark_set_note(cr_store *s, int64_t id, const char *note, char **err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "UPDATE marks SET note=?, updated=datetime('now') WHERE id=?", -1, &st,
                           NULL) != SQLITE_OK)
        return fail(s, err);
    bind_opt(st, 1, note);
    sqlite3_bind_int64(st, 2, id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? true : fail(s, err);
}

bool cr_mark_delete(cr_store *s, int64_t id, char **err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(cr_store_db(s), "DELETE FROM marks WHERE id=?", -1, &st, NULL) !=
        SQLITE_OK)
        return fail(s, err);
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? true : fail(s, err);
}

int64_t cr_mark_find(cr_store *s, const char *key, cr_mark_kind kind, size_t start)
{
    sqlite3_stmt *st;
    int64_t id = 0;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT id FROM marks WHERE article_key=? AND kind=? AND start=?"
                           " LIMIT 1",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, cr_mark_kind_name(kind), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)start);
    if (sqlite3_step(st) == SQLITE_ROW)
        id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return id;
}

/* The article's citation when it is in the library, else the copy kept with the mark. */
#define MARK_COLUMNS                                                                         \
    "m.id, m.kind, m.article_key, m.start, m.len, m.text, m.note, m.entity, m.created,"     \
    " coalesce(a.id, 0), coalesce(a.title, m.title), coalesce(a.outlet, m.outlet),"         \
    " coalesce(a.date, m.date), coalesce(a.url, m.url)"

static size_t collect(sqlite3_stmt *st, cr_mark **out)
{
    size_t n = 0, cap = 0;
    *out = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            *out = cr_xrealloc(*out, cap * sizeof **out);
        }
        cr_mark *m = &(*out)[n++];
        m->id = sqlite3_column_int64(st, 0);
        m->kind = kind_of((const char *)sqlite3_column_text(st, 1));
        m->article_key = cr_sql_text(st, 2);
        m->start = (size_t)sqlite3_column_int64(st, 3);
        m->len = (size_t)sqlite3_column_int64(st, 4);
        m->text = cr_sql_text(st, 5);
        m->note = cr_sql_text(st, 6);
        m->entity = cr_sql_text(st, 7);
        m->created = cr_sql_text(st, 8);
        m->article_id = sqlite3_column_int64(st, 9);
        m->title = cr_sql_text(st, 10);
        m->outlet = cr_sql_text(st, 11);
        m->date = cr_sql_text(st, 12);
        m->url = cr_sql_text(st, 13);
    }
    sqlite3_finalize(st);
    return n;
}

size_t cr_marks_list(cr_store *s, int kind, cr_mark **out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT " MARK_COLUMNS " FROM marks m LEFT JOIN articles a"
                           " ON a.key=m.article_key WHERE ?1='' OR m.kind=?1"
                           " ORDER BY coalesce(a.date, m.date) DESC, m.article_key, m.start, m.id",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, kind ? cr_mark_kind_name((cr_mark_kind)kind) : "", -1, SQLITE_STATIC);
    return collect(st, out);
}

size_t cr_marks_of_article(cr_store *s, const char *key, cr_mark **out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT " MARK_COLUMNS " FROM marks m LEFT JOIN articles a"
                           " ON a.key=m.article_key WHERE m.article_key=? ORDER BY m.start, m.id",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    return collect(st, out);
}

bool cr_reading_get(cr_store *s, const char *key, size_t *pos, bool *read)
{
    sqlite3_stmt *st;
    *pos = 0;
    *read = false;
    if (sqlite3_prepare_v2(cr_store_db(s), "SELECT pos, read FROM reading WHERE article_key=?", -1,
                           &st, NULL) != SQLITE_OK)
        return false;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        sqlite3_int64 p = sqlite3_column_int64(st, 0);
        *pos = p > 0 ? (size_t)p : 0;
        *read = sqlite3_column_int(st, 1) != 0;
    }
    sqlite3_finalize(st);
    return found;
}

static bool upsert(cr_store *s, const char *sql, const char *key, sqlite3_int64 v)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(cr_store_db(s), sql, -1, &st, NULL) != SQLITE_OK)
        return false;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, v);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

bool cr_reading_set_pos(cr_store *s, const char *key, size_t pos)
{
    return upsert(s,
                  "INSERT INTO reading(article_key, pos, opened) VALUES(?1, ?2, datetime('now'))"
                  " ON CONFLICT(article_key) DO UPDATE SET pos=excluded.pos,"
                  " opened=excluded.opened",
                  key, (sqlite3_int64)pos);
}

bool cr_reading_set_read(cr_store *s, const char *key, bool read)
{
    return upsert(s,
                  "INSERT INTO reading(article_key, read) VALUES(?1, ?2)"
                  " ON CONFLICT(article_key) DO UPDATE SET read=excluded.read",
                  key, read ? 1 : 0);
}

bool cr_reading_set_read_by_id(cr_store *s, int64_t id, bool read)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "INSERT INTO reading(article_key, read) SELECT key, ?2 FROM articles"
                           " WHERE id=?1 ON CONFLICT(article_key) DO UPDATE SET read=excluded.read",
                           -1, &st, NULL) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, read ? 1 : 0);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

void cr_marks_count(cr_store *s, long counts[4])
{
    memset(counts, 0, 4 * sizeof counts[0]);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(cr_store_db(s), "SELECT kind, count(*) FROM marks GROUP BY kind", -1,
                           &st, NULL) != SQLITE_OK)
        return;
    while (sqlite3_step(st) == SQLITE_ROW) {
        long n = (long)sqlite3_column_int64(st, 1);
        counts[kind_of((const char *)sqlite3_column_text(st, 0))] += n;
        counts[0] += n;
    }
    sqlite3_finalize(st);
}

size_t cr_userdata_file_articles(sqlite3 *db, int64_t file_id, cr_file_article **out)
{
    sqlite3_stmt *st;
    size_t n = 0;
    *out = NULL;
    if (sqlite3_prepare_v2(db, "SELECT seq, key, title FROM articles WHERE file_id=? ORDER BY seq",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, file_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        *out = cr_xrealloc(*out, (n + 1) * sizeof **out);
        (*out)[n].seq = sqlite3_column_int(st, 0);
        (*out)[n].key = cr_sql_text(st, 1);
        (*out)[n].title = cr_sql_text(st, 2);
        n++;
    }
    sqlite3_finalize(st);
    return n;
}

void cr_file_articles_free(cr_file_article *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(a[i].key);
        free(a[i].title);
    }
    free(a);
}

static bool key_exists(sqlite3 *db, const char *key)
{
    sqlite3_stmt *st;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM articles WHERE key=?", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
        found = sqlite3_step(st) == SQLITE_ROW;
    }
    sqlite3_finalize(st);
    return found;
}

static bool was_there(const cr_file_article *before, size_t n, const char *key)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(before[i].key, key) == 0)
            return true;
    return false;
}

/* The new version of a replaced article: same file, same title, not one of the articles that
 * were there before; the nearest to its old place. Sets *key and *body (new strings). */
static bool new_version(sqlite3 *db, int64_t file_id, const cr_file_article *old,
                        const cr_file_article *before, size_t n, char **key, char **body)
{
    sqlite3_stmt *st;
    *key = *body = NULL;
    if (!old->title || !*old->title ||
        sqlite3_prepare_v2(db, "SELECT key, body FROM articles WHERE file_id=?1 AND title=?2"
                               " ORDER BY abs(seq - ?3)", -1, &st, NULL) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(st, 1, file_id);
    sqlite3_bind_text(st, 2, old->title, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 3, old->seq);
    while (!*key && sqlite3_step(st) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(st, 0);
        if (k && !was_there(before, n, k)) {
            *key = cr_xstrdup(k);
            *body = cr_sql_text(st, 1);
        }
    }
    sqlite3_finalize(st);
    return *key != NULL;
}

/* Where a quoted passage is in the new text: the occurrence nearest its old place. */
static bool refind(const char *body, const char *text, size_t old_start, size_t *start)
{
    if (!text || !*text)
        return false;
    bool found = false;
    size_t best = 0;
    for (const char *p = body; (p = strstr(p, text)); p++) {
        size_t at = (size_t)(p - body);
        size_t d = at > old_start ? at - old_start : old_start - at;
        size_t bd = best > old_start ? best - old_start : old_start - best;
        if (!found || d < bd)
            best = at;
        found = true;
    }
    *start = best;
    return found;
}

static bool move_marks(sqlite3 *db, const char *from, const char *to, const char *body)
{
    sqlite3_stmt *sel, *upd;
    if (sqlite3_prepare_v2(db, "SELECT id, start, len, text, kind FROM marks WHERE article_key=?",
                           -1, &sel, NULL) != SQLITE_OK)
        return false;
    if (sqlite3_prepare_v2(db, "UPDATE marks SET article_key=?, start=?, len=? WHERE id=?", -1,
                           &upd, NULL) != SQLITE_OK) {
        sqlite3_finalize(sel);
        return false;
    }
    size_t body_len = strlen(body);
    bool ok = true;
    sqlite3_bind_text(sel, 1, from, -1, SQLITE_TRANSIENT);
    while (ok && sqlite3_step(sel) == SQLITE_ROW) {
        size_t old_start = (size_t)sqlite3_column_int64(sel, 1);
        size_t len = (size_t)sqlite3_column_int64(sel, 2);
        const char *text = (const char *)sqlite3_column_text(sel, 3);
        bool highlight = kind_of((const char *)sqlite3_column_text(sel, 4)) == CR_MARK_HIGHLIGHT;
        size_t start;
        if (!refind(body, text, old_start, &start)) {
            /* the passage is gone from the text: the mark keeps its words, not a wrong place */
            start = old_start < body_len ? old_start : body_len;
            if (highlight)
                len = 0;
        }
        sqlite3_bind_text(upd, 1, to, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(upd, 2, (sqlite3_int64)start);
        sqlite3_bind_int64(upd, 3, (sqlite3_int64)len);
        sqlite3_bind_int64(upd, 4, sqlite3_column_int64(sel, 0));
        ok = sqlite3_step(upd) == SQLITE_DONE;
        sqlite3_reset(upd);
    }
    sqlite3_finalize(sel);
    sqlite3_finalize(upd);
    return ok;
}

bool cr_userdata_follow(sqlite3 *db, int64_t file_id, const cr_file_article *before, size_t n,
                        char **err)
{
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        char *key, *body;
        if (key_exists(db, before[i].key) ||
            !new_version(db, file_id, &before[i], before, n, &key, &body))
            continue;
        ok = move_marks(db, before[i].key, key, body ? body : "");
        sqlite3_stmt *st;
        if (ok && sqlite3_prepare_v2(db, "UPDATE OR IGNORE reading SET article_key=?2"
                                         " WHERE article_key=?1", -1, &st, NULL) == SQLITE_OK) {
            sqlite3_bind_text(st, 1, before[i].key, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
            ok = sqlite3_step(st) == SQLITE_DONE;
            sqlite3_finalize(st);
        }
        free(key);
        free(body);
    }
    if (!ok)
        *err = cr_xasprintf("cannot keep the marks of a changed file: %s", sqlite3_errmsg(db));
    return ok;
}
