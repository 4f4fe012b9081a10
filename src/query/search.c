/* search.c - full-text search over articles_fts. FTS5 orders by rank itself (ORDER BY rank
 * with a per-query bm25 weighting), so LIMIT stops early and snippet() runs only for the rows
 * returned; bodies are never read for the rest of the hits. */
#include "crossread/search.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/text.h"
#include "crossread/sqlrow.h"
#include "crossread/util.h"

enum { MAX_ALIASES = 16, SNIPPET_TOKENS = 24 };

void cr_search_row_free(cr_search_row *r)
{
    free(r->outlet);
    free(r->date);
    free(r->title);
    free(r->snippet);
    free(r->hits);
    free(r->aliases);
    memset(r, 0, sizeof *r);
}

/* The other names of the entity a phrase names (folded match on any of its names). */
static size_t lookup_aliases(const char *phrase, char ***names, void *ctx)
{
    sqlite3 *db = cr_store_db(ctx);
    sqlite3_stmt *st;
    *names = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT DISTINCT n2.surface FROM names n JOIN names n2"
                           " ON n2.entity_id=n.entity_id WHERE n.folded=?1 AND n.entity_id IS NOT NULL"
                           " AND n2.folded<>?1 ORDER BY n2.id LIMIT ?2",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    char *folded = cr_fold(phrase, strlen(phrase));
    sqlite3_bind_text(st, 1, folded, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, MAX_ALIASES);
    free(folded);
    size_t n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!n)
            *names = cr_xcalloc(MAX_ALIASES, sizeof **names);
        (*names)[n++] = cr_sql_text(st, 0);
    }
    sqlite3_finalize(st);
    return n;
}

cr_ftsq *cr_search_parse(cr_store *s, const char *query, char **err)
{
    return cr_ftsq_parse(query, lookup_aliases, s, err);
}

/* The names of the snippet's hits that are aliases (not the words the user typed). */
static void name_aliases(const cr_ftsq *q, cr_search_row *r)
{
    cr_buf b;
    cr_buf_init(&b);
    for (size_t h = 0; h < r->nhits; h++) {
        char *hit = cr_xstrndup(r->snippet + r->hits[h].start, r->hits[h].len);
        char *hf = cr_fold(hit, strlen(hit));
        bool alias = false;
        for (size_t i = 0; !alias && i < cr_ftsq_nphrases(q); i++) {
            const cr_ftsq_phrase *p = cr_ftsq_phrase_at(q, i);
            for (size_t k = 0; !alias && k < p->naliases; k++) {
                char *af = cr_fold(p->aliases[k], strlen(p->aliases[k]));
                alias = strcmp(af, hf) == 0;
                free(af);
            }
        }
        /* each name once */
        if (alias && b.len) {
            char *seen = cr_fold(b.data, b.len);
            char *pad = cr_xasprintf(", %s, ", seen), *needle = cr_xasprintf(", %s, ", hf);
            alias = !strstr(pad, needle);
            free(seen);
            free(pad);
            free(needle);
        }
        if (alias) {
            if (b.len)
                cr_buf_adds(&b, ", ");
            cr_buf_adds(&b, hit);
        }
        free(hit);
        free(hf);
    }
    r->aliases = b.len ? cr_buf_steal(&b) : NULL;
    cr_buf_free(&b);
}

size_t cr_search(cr_store *s, const cr_ftsq *q, size_t offset, size_t limit, cr_search_row **out,
                 cr_search_info *info)
{
    sqlite3 *db = cr_store_db(s);
    sqlite3_stmt *st, *meta = NULL, *lit = NULL;
    *out = NULL;
    /* counting is cheap (doclists only); ranking reads every match's positions */
    long total = cr_search_count(s, q);
    /* a prefix stands for many words, each with its own positions to read when ranking */
    long work = total;
    for (size_t i = 0; i < cr_ftsq_nphrases(q); i++)
        if (cr_ftsq_phrase_at(q, i)->prefix)
            work += total;
    bool ranked = work <= CR_SEARCH_RANK_MAX;
    if (info)
        *info = (cr_search_info){total, ranked};
    /* FTS5 alone, in its own rank order (or rowid order, which it reads directly); the
     * article's fields are read per row shown */
    if (sqlite3_prepare_v2(db,
                           ranked ? "SELECT rowid, -rank,"
                                    " snippet(articles_fts, 1, char(1), char(2), '\xE2\x80\xA6', ?4)"
                                    " FROM articles_fts WHERE articles_fts MATCH ?1"
                                    " AND rank MATCH 'bm25(5.0, 1.0)' ORDER BY rank LIMIT ?2 OFFSET ?3"
                                  : "SELECT rowid, -bm25(articles_fts, 5.0, 1.0),"
                                    " snippet(articles_fts, 1, char(1), char(2), '\xE2\x80\xA6', ?4)"
                                    " FROM articles_fts WHERE articles_fts MATCH ?1"
                                    " ORDER BY rowid DESC LIMIT ?2 OFFSET ?3",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    if (sqlite3_prepare_v2(db, "SELECT outlet, date, title FROM articles WHERE id=?", -1, &meta,
                           NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return 0;
    }
    sqlite3_bind_text(st, 1, cr_ftsq_match(q), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)limit);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)offset);
    sqlite3_bind_int(st, 4, SNIPPET_TOKENS);
    /* an article matches "via alias" when the query as typed does not match it */
    if (cr_ftsq_expanded(q) &&
        sqlite3_prepare_v2(db, "SELECT 1 FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid=?2",
                           -1, &lit, NULL) == SQLITE_OK)
        sqlite3_bind_text(lit, 1, cr_ftsq_literal(q), -1, SQLITE_STATIC);
    size_t n = 0, cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? 2 * cap : 32;
            *out = cr_xrealloc(*out, cap * sizeof **out);
        }
        cr_search_row *r = &(*out)[n++];
        memset(r, 0, sizeof *r);
        r->id = sqlite3_column_int64(st, 0);
        r->score = sqlite3_column_double(st, 1);
        const char *snip = (const char *)sqlite3_column_text(st, 2);
        r->nhits = cr_hitmark_split(snip ? snip : "", snip ? (size_t)sqlite3_column_bytes(st, 2) : 0,
                                    true, &r->snippet, &r->hits);
        sqlite3_bind_int64(meta, 1, r->id);
        if (sqlite3_step(meta) == SQLITE_ROW) {
            r->outlet = cr_sql_text(meta, 0);
            r->date = cr_sql_text(meta, 1);
            r->title = cr_sql_text(meta, 2);
        }
        sqlite3_reset(meta);
        if (!r->title)
            r->title = cr_xstrdup("");
        if (lit) {
            sqlite3_bind_int64(lit, 2, r->id);
            r->via_alias = sqlite3_step(lit) != SQLITE_ROW;
            sqlite3_reset(lit);
            if (r->via_alias)
                name_aliases(q, r);
        }
    }
    sqlite3_finalize(st);
    sqlite3_finalize(meta);
    sqlite3_finalize(lit);
    return n;
}

long cr_search_count(cr_store *s, const cr_ftsq *q)
{
    sqlite3_stmt *st;
    long n = 0;
    if (sqlite3_prepare_v2(cr_store_db(s), "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, cr_ftsq_match(q), -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

size_t cr_search_hits(cr_store *s, const cr_ftsq *q, int64_t article, cr_hit **out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(cr_store_db(s),
                           "SELECT highlight(articles_fts, 1, char(1), char(2)) FROM articles_fts"
                           " WHERE articles_fts MATCH ?1 AND rowid=?2",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, cr_ftsq_match(q), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, article);
    size_t n = 0;
    if (sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        char *plain;
        /* the highlighted body without its markers is the body: the ranges are body offsets */
        n = cr_hitmark_split(t ? t : "", t ? (size_t)sqlite3_column_bytes(st, 0) : 0, false, &plain, out);
        free(plain);
    }
    sqlite3_finalize(st);
    return n;
}
