/* schema.c - the library's schema as a list of forward migrations. Version N of the schema is
 * migrations[0..N-1] applied in order; PRAGMA user_version records how far a library is. */
#include "schema.h"

#include <sqlite3.h>
#include <stdio.h>

#include "crossread/util.h"

static const char *const migrations[] = {
    /* 1: the first library */
    "CREATE TABLE files("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL UNIQUE,"
    "  size INTEGER NOT NULL,"
    "  mtime INTEGER NOT NULL,"
    "  sha256 TEXT NOT NULL,"
    "  format INTEGER,"
    "  problem TEXT,"
    "  notes TEXT,"
    "  imported TEXT NOT NULL DEFAULT (datetime('now')));"
    "CREATE TABLE articles("
    "  id INTEGER PRIMARY KEY,"
    "  key TEXT NOT NULL UNIQUE,"          /* sha256 of the normalised text: stable */
    "  file_id INTEGER NOT NULL REFERENCES files(id),"
    "  seq INTEGER NOT NULL DEFAULT 0,"
    "  line INTEGER NOT NULL DEFAULT 1,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  outlet TEXT,"
    "  date TEXT,"
    "  author TEXT,"
    "  url TEXT,"
    "  script TEXT,"
    "  body TEXT NOT NULL,"
    "  dup_of INTEGER,"                    /* near-duplicate of that article (folded under it) */
    "  dup_score REAL,"
    "  minhash BLOB);"
    "CREATE INDEX articles_by_date ON articles(date DESC, id DESC);"
    "CREATE INDEX articles_by_file ON articles(file_id, seq);"
    "CREATE INDEX articles_by_dup ON articles(dup_of) WHERE dup_of IS NOT NULL;"
    "CREATE TABLE article_urls(article_id INTEGER NOT NULL, pos INTEGER NOT NULL, url TEXT NOT NULL,"
    "  PRIMARY KEY(article_id, pos)) WITHOUT ROWID;"
    "CREATE TABLE spans(article_id INTEGER NOT NULL, start INTEGER NOT NULL, len INTEGER NOT NULL,"
    "  kind INTEGER NOT NULL);"
    "CREATE INDEX spans_by_article ON spans(article_id, start);"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles',"
    "  content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
    /* names as written (folded) -> entity; entities are rebuilt after each import from the
     * names, the text's alias evidence and the user's merges and splits */
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, canonical TEXT NOT NULL, kind INTEGER NOT NULL,"
    "  reason TEXT, articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX entities_by_articles ON entities(articles DESC);"
    "CREATE TABLE names(id INTEGER PRIMARY KEY, folded TEXT NOT NULL UNIQUE, surface TEXT NOT NULL,"
    "  kind INTEGER NOT NULL, reason TEXT, entity_id INTEGER);"
    "CREATE INDEX names_by_entity ON names(entity_id);"
    "CREATE TABLE mentions(article_id INTEGER NOT NULL, name_id INTEGER NOT NULL,"
    "  start INTEGER NOT NULL, len INTEGER NOT NULL, surface_id INTEGER);"
    "CREATE INDEX mentions_by_article ON mentions(article_id, start);"
    "CREATE INDEX mentions_by_name ON mentions(name_id);"
    /* postings for cross-references: which articles hold which entity, and how often */
    "CREATE TABLE entity_articles(entity_id INTEGER NOT NULL, article_id INTEGER NOT NULL,"
    "  n INTEGER NOT NULL, PRIMARY KEY(entity_id, article_id)) WITHOUT ROWID;"
    "CREATE INDEX entity_articles_by_article ON entity_articles(article_id);"
    "CREATE TABLE alias_evidence(article_id INTEGER NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,"
    "  reason TEXT);"
    "CREATE INDEX alias_evidence_by_article ON alias_evidence(article_id);"
    "CREATE TABLE claims(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
    "  start INTEGER NOT NULL, len INTEGER NOT NULL, vstart INTEGER NOT NULL, vlen INTEGER NOT NULL,"
    "  lo REAL, hi REAL, qualifier TEXT, unit TEXT, subject TEXT, said_by TEXT, grp INTEGER,"
    "  conflict INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX claims_by_article ON claims(article_id, start);"
    "CREATE INDEX claims_by_group ON claims(grp);"
    /* user data: refers to articles by their stable key, never by id, and import never
     * deletes it */
    "CREATE TABLE marks(id INTEGER PRIMARY KEY, article_key TEXT NOT NULL, kind TEXT NOT NULL,"
    "  start INTEGER NOT NULL DEFAULT 0, len INTEGER NOT NULL DEFAULT 0, text TEXT, note TEXT,"
    "  entity TEXT, created TEXT NOT NULL DEFAULT (datetime('now')),"
    "  updated TEXT NOT NULL DEFAULT (datetime('now')));"
    "CREATE INDEX marks_by_article ON marks(article_key, start);"
    "CREATE TABLE reading(article_key TEXT PRIMARY KEY, pos INTEGER NOT NULL DEFAULT 0,"
    "  read INTEGER NOT NULL DEFAULT 0, opened TEXT) WITHOUT ROWID;"
    "CREATE TABLE entity_choices(id INTEGER PRIMARY KEY, action TEXT NOT NULL CHECK(action IN"
    "  ('merge','split')), a TEXT NOT NULL, b TEXT, created TEXT NOT NULL DEFAULT (datetime('now')));",
    /* 2: each mark keeps a copy of its article's citation, so a mark whose file was pruned
     * still exports with title, outlet, date and URL */
    "ALTER TABLE marks ADD COLUMN title TEXT;"
    "ALTER TABLE marks ADD COLUMN outlet TEXT;"
    "ALTER TABLE marks ADD COLUMN date TEXT;"
    "ALTER TABLE marks ADD COLUMN url TEXT;"
    "CREATE INDEX marks_by_kind ON marks(kind);",
    /* 3: speed at 100,000 articles. The source list's order over visible articles only, so a
     * window far down the list skips folded duplicates in the index instead of reading each
     * article's row; (indexes only, so running it again is harmless) */
    "CREATE INDEX IF NOT EXISTS articles_visible ON articles(date DESC, id DESC)"
    "  WHERE dup_of IS NULL;"
    /* a name's articles counted from the index alone, not one row lookup per mention */
    "DROP INDEX IF EXISTS mentions_by_name;"
    "CREATE INDEX mentions_by_name ON mentions(name_id, article_id);",
};

int cr_schema_latest(void)
{
    return (int)(sizeof migrations / sizeof migrations[0]);
}

bool cr_schema_migrate(sqlite3 *db, char **err)
{
    sqlite3_stmt *st;
    int version = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        goto fail;
    if (sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version > cr_schema_latest()) {
        *err = cr_xasprintf("the library was written by a newer crossread (schema %d, this one "
                            "knows %d)", version, cr_schema_latest());
        return false;
    }
    for (int v = version; v < cr_schema_latest(); v++) {
        char *msg = NULL;
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d;", v + 1);
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, migrations[v], NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, pragma, NULL, NULL, &msg) != SQLITE_OK ||
            sqlite3_exec(db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
            *err = cr_xasprintf("cannot upgrade the library to schema %d: %s", v + 1,
                                msg ? msg : sqlite3_errmsg(db));
            sqlite3_free(msg);
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            return false;
        }
    }
    return true;
fail:
    *err = cr_xasprintf("cannot read the library: %s", sqlite3_errmsg(db));
    return false;
}
