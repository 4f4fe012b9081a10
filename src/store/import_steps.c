/* import_steps.c - derived data of articles, and the library-wide steps of an import. */
#include "import_steps.h"

#include <stdio.h>
#include <stdlib.h>

#include "crossread/util.h"

bool cr_import_exec(sqlite3 *db, const char *sql, char **err)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return true;
    *err = cr_xasprintf("cannot write the library: %s", msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
}

bool cr_import_analyse_article(sqlite3 *db, sqlite3_int64 id, const cr_article *a, char **err)
{
    (void)db;
    (void)id;
    (void)a;
    (void)err;
    return true;
}

bool cr_import_forget_article(sqlite3 *db, sqlite3_int64 id, char **err)
{
    static const char *const tables[] = {"spans", "article_urls", "mentions", "entity_articles",
                                         "alias_evidence", "claims"};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "DELETE FROM %s WHERE article_id=%lld", tables[i], (long long)id);
        if (!cr_import_exec(db, sql, err))
            return false;
    }
    return true;
}

bool cr_import_library_steps(sqlite3 *db, char **err)
{
    (void)db;
    (void)err;
    return true;
}
