/* userdata.c - reading state and marks in the library. Each write is one statement in
 * autocommit mode: its own transaction, durable as soon as it returns. */
#include "crossread/userdata.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

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

static char *col_dup(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? cr_xstrdup((const char *)t) : NULL;
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
        m->article_key = col_dup(st, 2);
        m->start = (size_t)sqlite3_column_int64(st, 3);
        m->len = (size_t)sqlite3_column_int64(st, 4);
        m->text = col_dup(st, 5);
        m->note = col_dup(st, 6);
        m->entity = col_dup(st, 7);
        m->created = col_dup(st, 8);
        m->article_id = sqlite3_column_int64(st, 9);
        m->title = col_dup(st, 10);
        m->outlet = col_dup(st, 11);
        m->date = col_dup(st, 12);
        m->url = col_dup(st, 13);
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
