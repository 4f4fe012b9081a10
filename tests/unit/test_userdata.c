/* User data in the library: marks and reading state by stable key, written at once; kept
 * through prune and through the migration that added citations; the online backup. */
#include "t.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "crossread/backup.h"
#include "crossread/export.h"
#include "crossread/import.h"
#include "crossread/query.h"
#include "crossread/store.h"
#include "crossread/userdata.h"
#include "crossread/util.h"

static cr_store *open_at(const char *path)
{
    char *err = NULL;
    cr_store *s = cr_store_open(path, &err);
    CHECK(s != NULL);
    if (err)
        printf("  %s\n", err);
    free(err);
    return s;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static cr_mark mark(const char *key, cr_mark_kind kind, size_t start, const char *text)
{
    return (cr_mark){.kind = kind, .article_key = (char *)key, .start = start,
                     .len = text ? strlen(text) : 0, .text = (char *)text, .title = "T",
                     .outlet = "O", .date = "2023-10-02", .url = "https://o/t"};
}

TEST(userdata_marks_roundtrip)
{
    const char *dir = t_tmpdir();
    char *path = cr_xasprintf("%s/lib.db", dir);
    cr_store *s = open_at(path);
    if (!s)
        return;
    int64_t a, b, c;
    cr_mark m1 = mark("key1", CR_MARK_HIGHLIGHT, 40, "the passage");
    cr_mark m2 = mark("key1", CR_MARK_BOOKMARK, 10, "a line");
    cr_mark m3 = mark("key2", CR_MARK_NOTE, 0, NULL);
    m3.note = "on a name";
    m3.entity = "Stepanakert";
    CHECK(cr_mark_add(s, &m1, &a, NULL));
    CHECK(cr_mark_add(s, &m2, &b, NULL));
    CHECK(cr_mark_add(s, &m3, &c, NULL));
    CHECK(a && b && c && a != b);
    CHECK_INT(cr_mark_find(s, "key1", CR_MARK_BOOKMARK, 10), b);
    CHECK_INT(cr_mark_find(s, "key1", CR_MARK_BOOKMARK, 11), 0);

    cr_mark *got;
    size_t n = cr_marks_of_article(s, "key1", &got);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_INT(got[0].kind, CR_MARK_BOOKMARK); /* body order */
        CHECK_INT(got[1].kind, CR_MARK_HIGHLIGHT);
        CHECK_STR(got[1].text, "the passage");
        CHECK_INT(got[1].start, 40);
        CHECK_INT(got[1].len, 11);
        CHECK_INT(got[1].article_id, 0);  /* no such article: the kept citation is used */
        CHECK_STR(got[1].title, "T");
        CHECK_STR(got[1].url, "https://o/t");
    }
    cr_marks_free(got, n);

    CHECK(cr_mark_set_note(s, a, "why it matters", NULL));
    n = cr_marks_list(s, CR_MARK_HIGHLIGHT, &got);
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_STR(got[0].note, "why it matters");
    cr_marks_free(got, n);
    n = cr_marks_list(s, 0, &got);
    CHECK_INT(n, 3);
    if (n == 3)
        CHECK_STR(got[2].entity ? got[2].entity : got[0].entity ? got[0].entity : "", "Stepanakert");
    cr_marks_free(got, n);

    long counts[4];
    cr_marks_count(s, counts);
    CHECK_INT(counts[0], 3);
    CHECK_INT(counts[CR_MARK_NOTE], 1);
    CHECK(cr_mark_delete(s, b, NULL));
    cr_marks_count(s, counts);
    CHECK_INT(counts[0], 2);
    /* written at once: another connection sees it without the first closing */
    cr_store *other = open_at(path);
    if (other) {
        n = cr_marks_list(other, 0, &got);
        CHECK_INT(n, 2);
        cr_marks_free(got, n);
        cr_store_close(other);
    }
    cr_store_close(s);
    free(path);
}

TEST(userdata_reading_state)
{
    const char *dir = t_tmpdir();
    char *path = cr_xasprintf("%s/lib.db", dir);
    cr_store *s = open_at(path);
    if (!s)
        return;
    size_t pos = 99;
    bool read = true;
    CHECK(!cr_reading_get(s, "k", &pos, &read));
    CHECK_INT(pos, 0);
    CHECK(!read);
    CHECK(cr_reading_set_pos(s, "k", 1234));
    CHECK(cr_reading_set_read(s, "k", true));
    CHECK(cr_reading_get(s, "k", &pos, &read));
    CHECK_INT(pos, 1234);
    CHECK(read);
    CHECK(cr_reading_set_pos(s, "k", 10)); /* the position does not touch read */
    CHECK(cr_reading_get(s, "k", &pos, &read));
    CHECK_INT(pos, 10);
    CHECK(read);
    CHECK(cr_reading_set_read(s, "k", false));
    CHECK(cr_reading_get(s, "k", &pos, &read));
    CHECK(!read);
    CHECK_INT(pos, 10);
    cr_store_close(s);
    free(path);
}

TEST(userdata_survives_prune_and_exports_citation)
{
    const char *dir = t_tmpdir();
    char *in = cr_xasprintf("%s/in", dir);
    char *cmd = cr_xasprintf("mkdir -p '%s'", in);
    CHECK(system(cmd) == 0);
    char *f = cr_xasprintf("%s/a.txt", in);
    write_file(f, "A story to mark\n\nStepanakert was quiet on Monday, residents said.\n");
    char *path = cr_xasprintf("%s/lib.db", dir);
    cr_store *s = open_at(path);
    if (!s)
        return;
    const char *paths[] = {in};
    cr_import_stats st;
    char *err = NULL;
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    cr_import_stats_free(&st);
    cr_article_rec r;
    CHECK(cr_query_article(s, 1, &r));
    cr_mark m = {.kind = CR_MARK_HIGHLIGHT, .article_key = r.key, .start = 0, .len = 11,
                 .text = "Stepanakert", .title = r.a.title, .outlet = r.a.outlet,
                 .date = r.a.date, .url = r.a.url};
    CHECK(cr_mark_add(s, &m, NULL, NULL));
    CHECK(cr_reading_set_pos(s, r.key, 7));
    CHECK(cr_reading_set_read_by_id(s, r.id, true));
    cr_article_rec_free(&r);

    unlink(f);
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){.prune = true}, &st, &err));
    CHECK_INT(st.files_pruned, 1);
    cr_import_stats_free(&st);
    CHECK_INT(cr_store_count_articles(s, false), 0);
    char *out = cr_xasprintf("%s/notes.md", dir);
    cr_export_stats es;
    CHECK(cr_export_library(s, CR_EXPORT_MARKDOWN, out, &es, &err));
    CHECK_INT(es.marks, 1);
    char *text = NULL;
    size_t len;
    CHECK(cr_read_whole_file(out, &text, &len, &err));
    CHECK(text && strstr(text, "## A story to mark"));
    CHECK(text && strstr(text, "> Stepanakert"));
    CHECK(text && strstr(text, "(no longer in the library)"));
    free(text);

    /* the file comes back: the mark and the reading state are attached again */
    write_file(f, "A story to mark\n\nStepanakert was quiet on Monday, residents said.\n");
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    cr_import_stats_free(&st);
    cr_row row;
    CHECK_INT(cr_query_rows(s, 0, 1, &row), 1);
    CHECK(row.read);
    cr_row_free(&row);
    cr_mark *got;
    size_t n = cr_marks_list(s, 0, &got);
    CHECK_INT(n, 1);
    if (n)
        CHECK(got[0].article_id != 0);
    cr_marks_free(got, n);
    free(err);
    cr_store_close(s);
    free(out);
    free(path);
    free(f);
    free(cmd);
    free(in);
}

TEST(userdata_migration_keeps_marks)
{
    const char *dir = t_tmpdir();
    char *path = cr_xasprintf("%s/old.db", dir);
    cr_store *s = open_at(path);
    if (!s)
        return;
    /* turn it back into a schema-1 library holding a mark */
    CHECK(cr_store_exec(s, "INSERT INTO marks(article_key, kind, start, text) VALUES"
                           " ('k', 'highlight', 3, 'kept');"
                           "DROP INDEX marks_by_kind; ALTER TABLE marks DROP COLUMN title;"
                           "ALTER TABLE marks DROP COLUMN outlet; ALTER TABLE marks DROP COLUMN date;"
                           "ALTER TABLE marks DROP COLUMN url; PRAGMA user_version=1;", NULL));
    cr_store_close(s);
    s = open_at(path);
    if (!s)
        return;
    cr_mark *got;
    size_t n = cr_marks_list(s, 0, &got);
    CHECK_INT(n, 1);
    if (n)
        CHECK_STR(got[0].text, "kept");
    cr_marks_free(got, n);
    cr_store_close(s);
    free(path);
}

TEST(userdata_backup)
{
    const char *dir = t_tmpdir();
    char *path = cr_xasprintf("%s/lib.db", dir);
    cr_store *s = open_at(path);
    if (!s)
        return;
    cr_mark m = mark("k", CR_MARK_BOOKMARK, 0, "x");
    CHECK(cr_mark_add(s, &m, NULL, NULL));
    cr_backup_stats st;
    char *err = NULL;
    CHECK(!cr_backup(s, path, true, &st, &err));
    CHECK(err && strstr(err, "open library"));
    free(err);
    err = NULL;
    char *wal = cr_xasprintf("%s-wal", path);
    CHECK(!cr_backup(s, wal, true, &st, &err));
    free(err);
    err = NULL;
    char *dest = cr_xasprintf("%s/copy.db", dir);
    CHECK(cr_backup(s, dest, false, &st, &err));
    CHECK_INT(st.marks, 1);
    CHECK(st.pages > 0);
    CHECK(!cr_backup(s, dest, false, &st, &err)); /* exists */
    CHECK(err && strstr(err, "exists"));
    free(err);
    err = NULL;
    CHECK(cr_backup(s, dest, true, &st, &err));
    cr_store *copy = open_at(dest);
    if (copy) {
        long counts[4];
        cr_marks_count(copy, counts);
        CHECK_INT(counts[CR_MARK_BOOKMARK], 1);
        cr_store_close(copy);
    }
    cr_store_close(s);
    free(dest);
    free(wal);
    free(path);
}

TEST(userdata_follows_a_changed_article)
{
    const char *dir = t_tmpdir();
    char *in = cr_xasprintf("%s/in", dir);
    char *cmd = cr_xasprintf("mkdir -p '%s'", in);
    CHECK(system(cmd) == 0);
    char *f = cr_xasprintf("%s/a.txt", in);
    char *g = cr_xasprintf("%s/b.txt", in);
    write_file(f, "Alpha story\n\nStepanakert was quiet on Monday. Baku said talks go on.\n");
    write_file(g, "Beta story\n\nNothing here changes.\n");
    char *path = cr_xasprintf("%s/lib.db", dir);
    cr_store *s = open_at(path);
    if (!s)
        return;
    const char *paths[] = {in};
    cr_import_stats st;
    char *err = NULL;
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    cr_import_stats_free(&st);
    cr_mark *got;
    size_t n;
    /* marks on Alpha: a highlight that survives the edit, one that does not, a note */
    cr_row rows[2];
    CHECK_INT(cr_query_rows(s, 0, 2, rows), 2);
    int64_t alpha = strcmp(rows[0].title, "Alpha story") == 0 ? rows[0].id : rows[1].id;
    cr_row_free(&rows[0]);
    cr_row_free(&rows[1]);
    cr_article_rec r;
    CHECK(cr_query_article(s, alpha, &r));
    const char *keep = "Baku said talks go on.", *lose = "quiet on Monday";
    size_t keep_at = (size_t)(strstr(r.a.body, keep) - r.a.body);
    cr_mark m1 = mark(r.key, CR_MARK_HIGHLIGHT, keep_at, keep);
    cr_mark m2 = mark(r.key, CR_MARK_HIGHLIGHT, (size_t)(strstr(r.a.body, lose) - r.a.body), lose);
    cr_mark m3 = mark(r.key, CR_MARK_NOTE, 0, NULL);
    m3.note = "a note";
    CHECK(cr_mark_add(s, &m1, NULL, NULL));
    CHECK(cr_mark_add(s, &m2, NULL, NULL));
    CHECK(cr_mark_add(s, &m3, NULL, NULL));
    CHECK(cr_reading_set_pos(s, r.key, 5));
    CHECK(cr_reading_set_read(s, r.key, true));
    char *old_key = cr_xstrdup(r.key);
    cr_article_rec_free(&r);

    /* the text changes (so does the key); the title stays */
    sleep(1);
    write_file(f, "Alpha story\n\nA new first sentence. Stepanakert was loud on Tuesday. "
                  "Baku said talks go on.\n");
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    CHECK_INT(st.files_changed, 1);
    cr_import_stats_free(&st);
    n = cr_marks_list(s, 0, &got);
    CHECK_INT(n, 3);
    int seen = 0;
    for (size_t i = 0; i < n; i++) {
        CHECK(got[i].article_id != 0);            /* attached to the new version */
        CHECK(strcmp(got[i].article_key, old_key) != 0);
        if (got[i].text && strcmp(got[i].text, keep) == 0) {
            cr_article_rec nr;
            CHECK(cr_query_article(s, got[i].article_id, &nr));
            CHECK(got[i].start > keep_at);        /* moved with the text */
            CHECK(strncmp(nr.a.body + got[i].start, keep, strlen(keep)) == 0);
            CHECK_INT(got[i].len, strlen(keep));
            cr_article_rec_free(&nr);
            seen++;
        } else if (got[i].text && strcmp(got[i].text, lose) == 0) {
            CHECK_INT(got[i].len, 0);            /* its words kept, no wrong place drawn */
            seen++;
        }
    }
    CHECK_INT(seen, 2);
    if (n) {
        size_t pos;
        bool read;
        CHECK(cr_reading_get(s, got[0].article_key, &pos, &read));
        CHECK(read);
        CHECK_INT(pos, 5);
    }
    cr_marks_free(got, n);
    free(old_key);
    free(err);
    cr_store_close(s);
    free(path);
    free(f);
    free(g);
    free(cmd);
    free(in);
}
