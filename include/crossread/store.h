/* store.h - the library: one SQLite file (WAL), schema and migrations, the import
 * transaction, user data. The store never draws and never parses article text: ingest and
 * analyse hand it finished records. */
#ifndef CROSSREAD_STORE_H
#define CROSSREAD_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sqlite3 sqlite3;
typedef struct cr_store cr_store;


/* The library path: --db, else $CROSSREAD_DB, else $XDG_DATA_HOME/crossread/library.db,
 * else ~/.local/share/crossread/library.db. Returns a new string. */
char *cr_store_default_path(void);

/* Opens (creating the file and its folder if needed) and migrates the library.
 * On failure returns NULL and sets *err to a sentence for the user. */
cr_store *cr_store_open(const char *path, char **err);
/* Opens an existing library read-only for queries; fails if it does not exist. */
cr_store *cr_store_open_existing(const char *path, char **err);
void cr_store_close(cr_store *s);
sqlite3 *cr_store_db(cr_store *s);
const char *cr_store_path(const cr_store *s);

/* Runs SQL with no result rows; on error returns false and sets *err (may be NULL). */
bool cr_store_exec(cr_store *s, const char *sql, char **err);

/* Number of articles (not counting folded near-duplicates when visible_only). */
long cr_store_count_articles(cr_store *s, bool visible_only);

#endif
