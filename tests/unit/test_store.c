/* The library: schema, migrations, opening bad files, import idempotence, user data kept. */
#include "t.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crossread/import.h"
#include "crossread/query.h"
#include "crossread/store.h"
#include "crossread/util.h"

static long scalar(cr_store *s, const char *sql)
{
    sqlite3_stmt *st;
    long v = -1;
    if (sqlite3_prepare_v2(cr_store_db(s), sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs(text, f);
    fclose(f);
}

static cr_store *fresh(const char *dir)
{
    char *path = cr_xasprintf("%s/sub/lib.db", dir);
    char *err = NULL;
    cr_store *s = cr_store_open(path, &err);
    CHECK(s != NULL);
    if (err)
        printf("  %s\n", err);
    free(err);
    free(path);
    return s;
}

TEST(store_creates_schema_and_folder)
{
    cr_store *s = fresh(t_tmpdir());
    if (!s)
        return;
    CHECK(scalar(s, "PRAGMA user_version") >= 1);
    CHECK_INT(scalar(s, "SELECT count(*) FROM sqlite_schema WHERE name='articles_fts'"), 1);
    CHECK_INT(scalar(s, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                        " ('files','articles','spans','entities','names','mentions','claims','marks',"
                        "'reading')"), 9);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(cr_store_db(s), "PRAGMA journal_mode", -1, &st, NULL);
    CHECK(sqlite3_step(st) == SQLITE_ROW);
    CHECK_STR((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    cr_store_close(s);
}

TEST(store_refuses_corrupt_and_newer_libraries)
{
    const char *dir = t_tmpdir();
    char *bad = cr_xasprintf("%s/bad.db", dir);
    write_file(bad, "not a database at all, only some text that is long enough to be a header...\n");
    char *err = NULL;
    cr_store *s = cr_store_open(bad, &err);
    CHECK(s == NULL);
    CHECK(err && strstr(err, "not a usable crossread library"));
    free(err);
    err = NULL;

    char *newer = cr_xasprintf("%s/newer.db", dir);
    sqlite3 *db;
    sqlite3_open(newer, &db);
    sqlite3_exec(db, "PRAGMA user_version=999", NULL, NULL, NULL);
    sqlite3_close(db);
    s = cr_store_open(newer, &err);
    CHECK(s == NULL);
    CHECK(err && strstr(err, "newer crossread"));
    free(err);
    err = NULL;

    s = cr_store_open_existing("/nonexistent/dir/lib.db", &err);
    CHECK(s == NULL);
    CHECK(err && strstr(err, "no library"));
    free(err);
    free(bad);
    free(newer);
}

TEST(store_reimport_changes_nothing)
{
    const char *dir = t_tmpdir();
    cr_store *s = fresh(dir);
    if (!s)
        return;
    const char *paths[] = {"articles"};
    cr_import_stats st;
    char *err = NULL;
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    CHECK_INT(st.files_new, 5);
    CHECK(st.articles_added >= 5);
    long articles = scalar(s, "SELECT count(*) FROM articles");
    long fts = scalar(s, "SELECT count(*) FROM articles_fts");
    cr_import_stats_free(&st);

    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    CHECK_INT(st.files_new, 0);
    CHECK_INT(st.files_changed, 0);
    CHECK_INT(st.files_unchanged, 5);
    CHECK_INT(st.articles_added, 0);
    CHECK_INT(st.articles_removed, 0);
    CHECK_INT(scalar(s, "SELECT count(*) FROM articles"), articles);
    CHECK_INT(scalar(s, "SELECT count(*) FROM articles_fts"), fts);
    cr_import_stats_free(&st);
    free(err);
    cr_store_close(s);
}

TEST(store_changed_file_keeps_user_data)
{
    const char *dir = t_tmpdir();
    char *in = cr_xasprintf("%s/in", dir);
    char *cmd = cr_xasprintf("mkdir -p '%s'", in);
    CHECK(system(cmd) == 0);
    char *a = cr_xasprintf("%s/a.txt", in), *b = cr_xasprintf("%s/b.txt", in);
    write_file(a, "First story\n\nStepanakert was quiet on Monday, residents said.\n");
    write_file(b, "Second story\n\nBaku said the talks would go on.\n");
    cr_store *s = fresh(dir);
    if (!s)
        return;
    const char *paths[] = {in};
    cr_import_stats st;
    char *err = NULL;
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    cr_import_stats_free(&st);
    /* a bookmark on the second story, by its stable key */
    CHECK(cr_store_exec(s, "INSERT INTO marks(article_key, kind, start, note) SELECT key, 'bookmark',"
                           " 3, 'keep me' FROM articles WHERE title='Second story'", NULL));
    /* the first file changes, the second is touched with the same text */
    write_file(a, "First story, revised\n\nStepanakert was quiet on Tuesday.\n");
    sleep(1);
    write_file(b, "Second story\n\nBaku said the talks would go on.\n");
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    CHECK_INT(st.files_changed, 1);
    CHECK_INT(st.files_unchanged, 1);
    cr_import_stats_free(&st);
    CHECK_INT(scalar(s, "SELECT count(*) FROM marks m JOIN articles a ON a.key=m.article_key"), 1);
    CHECK_INT(scalar(s, "SELECT count(*) FROM articles WHERE title LIKE 'First story, revised%'"), 1);
    CHECK_INT(scalar(s, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Tuesday'"), 1);
    CHECK_INT(scalar(s, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Monday'"), 0);

    /* --prune: the second file goes, its article goes, the bookmark stays */
    unlink(b);
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){.prune = true}, &st, &err));
    CHECK_INT(st.files_pruned, 1);
    cr_import_stats_free(&st);
    CHECK_INT(scalar(s, "SELECT count(*) FROM articles WHERE title='Second story'"), 0);
    CHECK_INT(scalar(s, "SELECT count(*) FROM marks WHERE note='keep me'"), 1);
    /* and it comes back attached when the file returns */
    write_file(b, "Second story\n\nBaku said the talks would go on.\n");
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    cr_import_stats_free(&st);
    CHECK_INT(scalar(s, "SELECT count(*) FROM marks m JOIN articles a ON a.key=m.article_key"), 1);
    free(err);
    cr_store_close(s);
    free(a);
    free(b);
    free(in);
    free(cmd);
}

TEST(store_source_list_window)
{
    cr_store *s = fresh(t_tmpdir());
    if (!s)
        return;
    const char *paths[] = {"articles"};
    cr_import_stats st;
    char *err = NULL;
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    cr_import_stats_free(&st);
    long n = cr_store_count_articles(s, true);
    CHECK(n >= 5);
    cr_row rows[3];
    size_t got = cr_query_rows(s, 1, 3, rows);
    CHECK_INT(got, 3);
    for (size_t i = 0; i < got; i++) {
        CHECK(rows[i].title != NULL);
        CHECK_INT(cr_query_row_index(s, rows[i].id), 1 + (long)i);
        cr_row_free(&rows[i]);
    }
    cr_article_rec r;
    CHECK(!cr_query_article(s, 999999, &r));
    CHECK(cr_query_article(s, 1, &r));
    CHECK(r.a.body_len > 0);
    CHECK_INT(strlen(r.key), 64);
    cr_article_rec_free(&r);
    free(err);
    cr_store_close(s);
}

/* "DS" alone in one article joins "Nintendo DS" of another, where an article used "DS" for
 * it; a firm's bare leading word ("Parmalat") stays apart from the holding named after it
 * ("Parmalat Finanziaria"), whatever an article used it for. */
TEST(store_short_forms_join_across_articles)
{
    char *dir = cr_xasprintf("%s/shortforms", t_tmpdir());
    char *a = cr_xasprintf("%s/a.txt", dir), *b = cr_xasprintf("%s/b.txt", dir);
    CHECK(mkdir(dir, 0700) == 0);
    write_file(a, "Nintendo unveils its handheld\n\nNintendo said the Nintendo DS would go on sale in "
                  "March. The DS has two screens, and Nintendo expects strong sales. Parmalat Finanziaria "
                  "shares fell, and Parmalat said it would sell a unit.\n");
    write_file(b, "Handheld sales\n\nShops said the DS sold out within days of its launch in Europe. "
                  "Separately, Parmalat said its dairy sales rose.\n");
    cr_store *s = fresh(dir);
    if (s) {
        const char *paths[] = {dir};
        cr_import_stats st;
        char *err = NULL;
        CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
        cr_import_stats_free(&st);
        free(err);
        int64_t ds = cr_query_entity_by_name(s, "DS"), nds = cr_query_entity_by_name(s, "Nintendo DS");
        CHECK(ds != 0 && ds == nds);
        CHECK(cr_query_entity_by_name(s, "Nintendo") != nds);
        CHECK(cr_query_entity_by_name(s, "Parmalat") != cr_query_entity_by_name(s, "Parmalat Finanziaria"));
        cr_store_close(s);
    }
    free(a);
    free(b);
    free(dir);
}
