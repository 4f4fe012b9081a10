/* sqlrow.h - reading columns of a result row into owned C strings, for the store and the
 * queries (the only modules that run SQL). */
#ifndef CROSSREAD_SQLROW_H
#define CROSSREAD_SQLROW_H

#include <sqlite3.h>

/* A new copy of a text column, or NULL if it is NULL. */
char *cr_sql_text(sqlite3_stmt *st, int col);

#endif
