/* backup.h - a consistent copy of the library while it is in use, with SQLite's online
 * backup API. */
#ifndef CROSSREAD_BACKUP_H
#define CROSSREAD_BACKUP_H

#include <stdbool.h>

#include "crossread/store.h"

typedef struct {
    long pages;
    long long bytes;
    long articles, marks;
} cr_backup_stats;

/* Copies the library to dest (written to a temporary file beside it, then renamed, so a
 * failed backup never leaves half a file). Refuses dest if it is the library itself (or its
 * -wal/-shm file), and an existing file unless overwrite. */
bool cr_backup(cr_store *s, const char *dest, bool overwrite, cr_backup_stats *st, char **err);

#endif
