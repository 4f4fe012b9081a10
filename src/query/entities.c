/* entities.c - names across the library: entity lists, lookups by any alias, and mentions
 * as a concordance (one line of context each). */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/query.h"
#include "crossread/text.h"
#include "crossread/sqlrow.h"
#include "crossread/util.h"

enum { CONTEXT_BYTES = 90 };

void cr_entity_row_free(cr_entity_row *e)
{
    free(e->canonical);
    free(e->names);
    free(e->reason);
    memset(e, 0, sizeof *e);
}

void cr_mention_row_free(cr_mention_row *m)
{
    free(m->outlet);
    free(m->date);
    free(m->title);
    free(m->surface);
    free(m->context);
    memset(m, 0, sizeof *m);
}

static size_t collect_entities(sqlite3_stmt *st, size_t limit, cr_entity_row **out)
{
    size_t n = 0, cap = 0;
    *out = NULL;
    while (n < limit && sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            *out = cr_xrealloc(*out, cap * sizeof **out);
        }
        cr_entity_row *e = &(*out)[n++];
        e->id = sqlite3_column_int64(st, 0);
        e->canonical = cr_sql_text(st, 1);
        e->kind = sqlite3_column_int(st, 2);
        e->articles = sqlite3_column_int64(st, 3);
        e->mentions = sqlite3_column_int64(st, 4);
        e->names = cr_sql_text(st, 5);
        e->reason = cr_sql_text(st, 6);
    }
    sqlite3_finalize(st);
    return n;
}

size_t cr_query_entities(cr_store *s, int64_t article, const char *filter, size_t offset,
                         size_t limit, cr_entity_row **out)
{
    sqlite3 *db = cr_store_db(s);
    sqlite3_stmt *st;
    *out = NULL;
    char *folded = filter && *filter ? cr_fold(filter, strlen(filter)) : NULL;
    int rc;
    if (article) {
        /* the forms this article uses: the surface text of its mentions */
        rc = sqlite3_prepare_v2(
            db,
            "SELECT e.id, e.canonical, e.kind, count(*), e.mentions,"
            " (SELECT group_concat(f, '|') FROM (SELECT DISTINCT CAST(substr(CAST(a.body AS BLOB), m2.start + 1, m2.len) AS TEXT) f"
            "   FROM mentions m2 JOIN names n2 ON n2.id=m2.name_id JOIN articles a ON a.id=m2.article_id"
            "   WHERE m2.article_id=?1 AND n2.entity_id=e.id)), e.reason"
            " FROM mentions m JOIN names n ON n.id=m.name_id JOIN entities e ON e.id=n.entity_id"
            " WHERE m.article_id=?1 AND (?2 IS NULL OR EXISTS (SELECT 1 FROM names x WHERE"
            "   x.entity_id=e.id AND instr(x.folded, ?2)))"
            " GROUP BY e.id ORDER BY count(*) DESC, e.articles DESC, e.canonical LIMIT ?3 OFFSET ?4",
            -1, &st, NULL);
    } else {
        rc = sqlite3_prepare_v2(
            db,
            "SELECT e.id, e.canonical, e.kind, e.articles, e.mentions,"
            " e.canonical || coalesce('|' || (SELECT group_concat(n.surface, '|') FROM names n"
            "   WHERE n.entity_id=e.id AND n.surface<>e.canonical), ''), e.reason"
            " FROM entities e WHERE (?2 IS NULL OR EXISTS (SELECT 1 FROM names x WHERE"
            "   x.entity_id=e.id AND instr(x.folded, ?2)))"
            " ORDER BY e.articles DESC, e.mentions DESC, e.canonical LIMIT ?3 OFFSET ?4",
            -1, &st, NULL);
    }
    if (rc != SQLITE_OK) {
        free(folded);
        return 0;
    }
    sqlite3_bind_int64(st, 1, article);
    if (folded)
        sqlite3_bind_text(st, 2, folded, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)limit);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)offset);
    free(folded);
    return collect_entities(st, limit, out);
}

long cr_query_entity_count(cr_store *s, int64_t article, const char *filter)
{
    sqlite3_stmt *st;
    long n = 0;
    char *folded = filter && *filter ? cr_fold(filter, strlen(filter)) : NULL;
    const char *sql =
        article ? "SELECT count(DISTINCT n.entity_id) FROM mentions m JOIN names n ON n.id=m.name_id"
                  " WHERE m.article_id=?1 AND (?2 IS NULL OR EXISTS (SELECT 1 FROM names x WHERE"
                  " x.entity_id=n.entity_id AND instr(x.folded, ?2)))"
                : "SELECT count(*) FROM entities e WHERE (?2 IS NULL OR EXISTS (SELECT 1 FROM names x"
                  " WHERE x.entity_id=e.id AND instr(x.folded, ?2)))";
    if (sqlite3_prepare_v2(cr_store_db(s), sql, -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, article);
        if (folded)
            sqlite3_bind_text(st, 2, folded, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    free(folded);
    return n;
}

int64_t cr_query_entity_by_name(cr_store *s, const char *name)
{
    sqlite3_stmt *st;
    int64_t id = 0;
    char *folded = cr_fold(name, strlen(name));
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT entity_id FROM names WHERE folded=?1 AND entity_id IS NOT NULL"
                           " UNION ALL SELECT id FROM entities WHERE canonical=?2 LIMIT 1",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, folded, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            id = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    free(folded);
    return id;
}

/* Moves p back to the start of a UTF-8 character. */
static size_t char_start(const char *s, size_t p)
{
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
        p--;
    return p;
}

static void make_context(cr_mention_row *m, const char *body, size_t blen)
{
    size_t from = m->start > CONTEXT_BYTES ? char_start(body, m->start - CONTEXT_BYTES) : 0;
    size_t to = m->start + m->len + CONTEXT_BYTES < blen
                    ? char_start(body, m->start + m->len + CONTEXT_BYTES)
                    : blen;
    /* stay within the paragraph: a concordance line is about one passage */
    for (size_t i = m->start; i > from; i--)
        if (body[i - 1] == '\n') {
            from = i;
            break;
        }
    for (size_t i = m->start + m->len; i < to; i++)
        if (body[i] == '\n') {
            to = i;
            break;
        }
    /* whole words only at the cut ends */
    if (from > 0 && body[from - 1] != '\n' && body[from - 1] != ' ')
        while (from < m->start && body[from] != ' ')
            from++;
    if (to < blen && body[to] != '\n' && body[to] != ' ')
        while (to > m->start + m->len && body[to - 1] != ' ')
            to--;
    while (from < m->start && body[from] == ' ')
        from++;
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = from; i < to; i++)
        cr_buf_addc(&b, body[i] == '\n' ? ' ' : body[i]);
    m->ctx_hit = m->start - from;
    m->context = cr_buf_steal(&b);
    m->surface = cr_xstrndup(body + m->start, m->len);
}

size_t cr_query_mentions(cr_store *s, int64_t entity, size_t limit, cr_mention_row **out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT m.article_id, a.outlet, a.date, a.title, m.start, m.len, a.body"
                           " FROM names n JOIN mentions m ON m.name_id=n.id"
                           " JOIN articles a ON a.id=m.article_id WHERE n.entity_id=?"
                           " ORDER BY a.date DESC, a.id, m.start LIMIT ?",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, entity);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
    size_t n = 0, cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            *out = cr_xrealloc(*out, cap * sizeof **out);
        }
        cr_mention_row *m = &(*out)[n];
        memset(m, 0, sizeof *m);
        m->article = sqlite3_column_int64(st, 0);
        m->outlet = cr_sql_text(st, 1);
        m->date = cr_sql_text(st, 2);
        m->title = cr_sql_text(st, 3);
        m->start = (size_t)sqlite3_column_int64(st, 4);
        m->len = (size_t)sqlite3_column_int64(st, 5);
        const char *body = (const char *)sqlite3_column_text(st, 6);
        size_t blen = (size_t)sqlite3_column_bytes(st, 6);
        if (!body || m->start > blen || m->len > blen - m->start) {
            cr_mention_row_free(m);
            continue; /* a stored range that does not fit its body is never shown */
        }
        make_context(m, body, blen);
        n++;
    }
    sqlite3_finalize(st);
    return n;
}

size_t cr_query_article_mentions(cr_store *s, int64_t article, size_t **starts, size_t **lens)
{
    sqlite3_stmt *st;
    *starts = NULL;
    *lens = NULL;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT start, len FROM mentions WHERE article_id=? ORDER BY start", -1,
                           &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_int64(st, 1, article);
    size_t n = 0, cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            *starts = cr_xrealloc(*starts, cap * sizeof **starts);
            *lens = cr_xrealloc(*lens, cap * sizeof **lens);
        }
        (*starts)[n] = (size_t)sqlite3_column_int64(st, 0);
        (*lens)[n] = (size_t)sqlite3_column_int64(st, 1);
        n++;
    }
    sqlite3_finalize(st);
    return n;
}
