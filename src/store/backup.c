/* backup.c - `crossread backup`: SQLite's online backup into a temporary file beside the
 * destination, then a rename, so the copy is consistent even while a reader writes marks. */
#include "crossread/backup.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crossread/util.h"

/* Same file on disk (hard links and different spellings of a path included). */
static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static bool is_library_file(cr_store *s, const char *dest)
{
    const char *lib = cr_store_path(s);
    static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        char *p = cr_xasprintf("%s%s", lib, suffixes[i]);
        bool same = same_file(p, dest) || strcmp(p, dest) == 0;
        free(p);
        if (same)
            return true;
    }
    return false;
}

static long count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    long n = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

bool cr_backup(cr_store *s, const char *dest, bool overwrite, cr_backup_stats *st, char **err)
{
    memset(st, 0, sizeof *st);
    if (is_library_file(s, dest)) {
        *err = cr_xasprintf("%s is the open library itself; give another file", dest);
        return false;
    }
    if (!overwrite && access(dest, F_OK) == 0) {
        *err = cr_xasprintf("%s exists; remove it or use --force", dest);
        return false;
    }
    char *tmp = cr_xasprintf("%s.partial-%ld", dest, (long)getpid());
    unlink(tmp);
    sqlite3 *to = NULL;
    bool ok = false;
    if (sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        *err = cr_xasprintf("cannot create %s: %s", tmp, to ? sqlite3_errmsg(to) : "out of memory");
        goto done;
    }
    sqlite3_backup *b = sqlite3_backup_init(to, "main", cr_store_db(s), "main");
    if (!b) {
        *err = cr_xasprintf("cannot back up: %s", sqlite3_errmsg(to));
        goto done;
    }
    int rc;
    /* in steps, so a reader writing marks meanwhile waits only for a moment */
    while ((rc = sqlite3_backup_step(b, 256)) == SQLITE_OK || rc == SQLITE_BUSY ||
           rc == SQLITE_LOCKED)
        if (rc != SQLITE_OK)
            sqlite3_sleep(20);
    st->pages = sqlite3_backup_pagecount(b);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        *err = cr_xasprintf("cannot back up: %s", sqlite3_errstr(rc));
        goto done;
    }
    /* a backup is one self-contained file: no -wal beside it */
    sqlite3_exec(to, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
    st->articles = count(to, "SELECT count(*) FROM articles");
    st->marks = count(to, "SELECT count(*) FROM marks");
    st->bytes = (long long)st->pages * count(to, "PRAGMA page_size");
    if (sqlite3_close(to) != SQLITE_OK) {
        *err = cr_xasprintf("cannot finish %s", tmp);
        to = NULL;
        goto done;
    }
    to = NULL;
    if (rename(tmp, dest) != 0) {
        *err = cr_xasprintf("cannot write %s: %s", dest, strerror(errno));
        goto done;
    }
    ok = true;
done:
    if (to)
        sqlite3_close(to);
    if (!ok)
        unlink(tmp);
    free(tmp);
    return ok;
}
