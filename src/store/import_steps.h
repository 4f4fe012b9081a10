/* import_steps.h - private to the import: what is derived from each article (names,
 * claims, near-duplicate signatures) and the library-wide steps after all files (entity
 * groups, near-duplicate folding, claim groups). */
#ifndef CROSSREAD_STORE_IMPORT_STEPS_H
#define CROSSREAD_STORE_IMPORT_STEPS_H

#include <sqlite3.h>
#include <stdbool.h>

#include "crossread/article.h"
#include "crossread/import.h"

typedef struct cr_analyser cr_analyser;

bool cr_import_exec(sqlite3 *db, const char *sql, char **err);

/* The analyser of one import: the gazetteer (compiled in, plus the user's additions) and
 * prepared statements. *warning receives a message for the user (a bad gazetteer line)
 * or NULL. */
cr_analyser *cr_analyser_new(sqlite3 *db, char **warning, char **err);
/* Where the analyser adds the time of its stages (indexed by CR_STAGE_*), or NULL. */
void cr_analyser_time_into(cr_analyser *an, double *stage_ms);
void cr_analyser_free(cr_analyser *an);
/* Analyses a newly inserted article and stores what is derived from it. */
bool cr_analyser_article(cr_analyser *an, sqlite3_int64 id, const cr_article *a, char **err);
/* Recomputes what depends on the whole library: entity groups, near-duplicates, claim
 * groups. */
bool cr_analyser_library(cr_analyser *an, char **err);

/* Regroups names into entities only (after the user merged or split). */
bool cr_analyser_entities(cr_analyser *an, char **err);

/* Deletes everything derived from an article (never user data). */
bool cr_import_forget_article(sqlite3 *db, sqlite3_int64 id, char **err);

#endif
