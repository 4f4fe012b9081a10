/* import_steps.h - private to the import: what is derived from each article (entities,
 * claims, near-duplicate signatures) and the library-wide steps after all files. */
#ifndef CROSSREAD_STORE_IMPORT_STEPS_H
#define CROSSREAD_STORE_IMPORT_STEPS_H

#include <sqlite3.h>
#include <stdbool.h>

#include "crossread/article.h"

bool cr_import_exec(sqlite3 *db, const char *sql, char **err);
/* Analyses a newly inserted article and stores what is derived from it. */
bool cr_import_analyse_article(sqlite3 *db, sqlite3_int64 id, const cr_article *a, char **err);
/* Deletes everything derived from an article (never user data). */
bool cr_import_forget_article(sqlite3 *db, sqlite3_int64 id, char **err);
/* Recomputes what depends on the whole library: entity groups, near-duplicates, claim groups. */
bool cr_import_library_steps(sqlite3 *db, char **err);

#endif
