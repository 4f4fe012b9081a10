/* schema.h - private to the store: the migrations. */
#ifndef CROSSREAD_STORE_SCHEMA_H
#define CROSSREAD_STORE_SCHEMA_H

#include <sqlite3.h>
#include <stdbool.h>

int cr_schema_latest(void);
bool cr_schema_migrate(sqlite3 *db, char **err);

#endif
