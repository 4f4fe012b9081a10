/* store.c - opening the library: where it lives, its folder, WAL mode, migrations. */
#include "crossread/store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crossread/util.h"
#include "schema.h"

struct cr_store {
    sqlite3 *db;
    char *path;
};

char *cr_store_default_path(void)
{
    const char *env = getenv("CROSSREAD_DB");
    if (env && *env)
        return cr_xstrdup(env);
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/')
        return cr_xasprintf("%s/crossread/library.db", xdg);
    const char *home = getenv("HOME");
    return cr_xasprintf("%s/.local/share/crossread/library.db", home && *home ? home : ".");
}

/* mkdir -p of the folder that holds path */
static bool make_parent_dirs(const char *path, char **err)
{
    char *dir = cr_xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) {
        free(dir);
        return true;
    }
    *slash = '\0';
    for (char *p = dir + 1; ; p++) {
        if (*p == '/' || *p == '\0') {
            char c = *p;
            *p = '\0';
            if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
                *err = cr_xasprintf("cannot create the library folder %s: %s", dir, strerror(errno));
                free(dir);
                return false;
            }
            *p = c;
            if (c == '\0')
                break;
        }
    }
    free(dir);
    return true;
}

static cr_store *open_db(const char *path, int flags, char **err)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, flags, NULL);
    if (rc != SQLITE_OK) {
        *err = cr_xasprintf("cannot open the library %s: %s", path,
                            db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_extended_result_codes(db, 1);
    /* A file that is not a library fails here, before anything is written to it. */
    char *msg = NULL;
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, &msg) != SQLITE_OK) {
        *err = cr_xasprintf("%s is not a usable crossread library: %s", path,
                            msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        sqlite3_close(db);
        return NULL;
    }
    if ((flags & SQLITE_OPEN_READWRITE) &&
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                         "PRAGMA foreign_keys=OFF;", NULL, NULL, &msg) != SQLITE_OK) {
        *err = cr_xasprintf("cannot use the library %s: %s", path, msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_exec(db, "PRAGMA cache_size=-4096; PRAGMA temp_store=MEMORY;", NULL, NULL, NULL);
    if (!cr_schema_migrate(db, err)) {
        char *inner = *err;
        *err = cr_xasprintf("%s: %s", path, inner);
        free(inner);
        sqlite3_close(db);
        return NULL;
    }
    cr_store *s = cr_xcalloc(1, sizeof *s);
    s->db = db;
    s->path = cr_xstrdup(path);
    return s;
}

cr_store *cr_store_open(const char *path, char **err)
{
    if (!make_parent_dirs(path, err))
        return NULL;
    return open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, err);
}

cr_store *cr_store_open_existing(const char *path, char **err)
{
    if (access(path, F_OK) != 0) {
        *err = cr_xasprintf("no library at %s (import articles first: crossread import PATH)", path);
        return NULL;
    }
    return open_db(path, SQLITE_OPEN_READWRITE, err);
}

void cr_store_close(cr_store *s)
{
    if (!s)
        return;
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

sqlite3 *cr_store_db(cr_store *s)
{
    return s->db;
}

const char *cr_store_path(const cr_store *s)
{
    return s->path;
}

bool cr_store_exec(cr_store *s, const char *sql, char **err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return true;
    if (err)
        *err = cr_xstrdup(msg ? msg : sqlite3_errmsg(s->db));
    sqlite3_free(msg);
    return false;
}

long cr_store_count_articles(cr_store *s, bool visible_only)
{
    sqlite3_stmt *st;
    /* both counts come from indexes: dup_of sits after the body in a row, so filtering the
     * table on it would read every article */
    const char *sql = visible_only ? "SELECT (SELECT count(*) FROM articles) - (SELECT count(*)"
                                     " FROM articles WHERE dup_of IS NOT NULL)"
                                   : "SELECT count(*) FROM articles";
    long n = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}
