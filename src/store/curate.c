/* curate.c - merging and splitting entities by the user's word, then regrouping. */
#include "crossread/curate.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/text.h"
#include "crossread/util.h"
#include "import_steps.h"

/* The stored full form of a name the user typed (any case, any diacritics), or NULL. */
static char *known_name(sqlite3 *db, const char *typed)
{
    char *folded = cr_fold(typed, strlen(typed));
    sqlite3_stmt *st;
    char *out = NULL;
    if (sqlite3_prepare_v2(db, "SELECT surface FROM names WHERE folded=?", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, folded, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            out = cr_xstrdup((const char *)sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
    }
    free(folded);
    return out;
}

static bool choose(cr_store *s, const char *action, const char *a, const char *b, char **err)
{
    sqlite3 *db = cr_store_db(s);
    char *na = known_name(db, a), *nb = b ? known_name(db, b) : NULL;
    if (!na || (b && !nb)) {
        *err = cr_xasprintf("no name '%s' in the library", !na ? a : b);
        free(na);
        free(nb);
        return false;
    }
    char *warning = NULL;
    bool ok = cr_import_exec(db, "BEGIN IMMEDIATE", err);
    if (ok) {
        sqlite3_stmt *st;
        ok = sqlite3_prepare_v2(db, "INSERT INTO entity_choices(action, a, b) VALUES(?,?,?)", -1, &st,
                                NULL) == SQLITE_OK;
        if (ok) {
            sqlite3_bind_text(st, 1, action, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 2, na, -1, SQLITE_STATIC);
            if (nb)
                sqlite3_bind_text(st, 3, nb, -1, SQLITE_STATIC);
            else
                sqlite3_bind_null(st, 3);
            ok = sqlite3_step(st) == SQLITE_DONE;
            sqlite3_finalize(st);
        }
        if (!ok)
            *err = cr_xasprintf("cannot write the library: %s", sqlite3_errmsg(db));
        /* a split undoes earlier merges of that name, a merge undoes its earlier split */
        if (ok && strcmp(action, "split") == 0) {
            char *sql = sqlite3_mprintf("DELETE FROM entity_choices WHERE action='merge' AND"
                                        " (a=%Q OR b=%Q)", na, na);
            ok = cr_import_exec(db, sql, err);
            sqlite3_free(sql);
        } else if (ok) {
            char *sql = sqlite3_mprintf("DELETE FROM entity_choices WHERE action='split' AND"
                                        " a IN (%Q, %Q)", na, nb);
            ok = cr_import_exec(db, sql, err);
            sqlite3_free(sql);
        }
        cr_analyser *an = ok ? cr_analyser_new(db, &warning, err) : NULL;
        ok = an && cr_analyser_entities(an, err);
        cr_analyser_free(an);
        if (ok)
            ok = cr_import_exec(db, "COMMIT", err);
        if (!ok)
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    }
    free(warning);
    free(na);
    free(nb);
    return ok;
}

bool cr_curate_merge(cr_store *s, const char *a, const char *b, char **err)
{
    return choose(s, "merge", a, b, err);
}

bool cr_curate_split(cr_store *s, const char *name, char **err)
{
    return choose(s, "split", name, NULL, err);
}
