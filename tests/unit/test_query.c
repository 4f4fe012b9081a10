/* Queries over the bundled articles: names grouped across articles, mentions, cross-refs. */
#include "t.h"

#include <stdlib.h>

#include "crossread/import.h"
#include "crossread/query.h"
#include "crossread/store.h"
#include "crossread/util.h"

static cr_store *bundled(void)
{
    char *path = cr_xasprintf("%s/lib.db", t_tmpdir());
    char *err = NULL;
    cr_store *s = cr_store_open(path, &err);
    free(path);
    CHECK(s != NULL);
    if (!s) {
        free(err);
        return NULL;
    }
    const char *paths[] = {"articles"};
    cr_import_stats st;
    CHECK(cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err));
    cr_import_stats_free(&st);
    free(err);
    return s;
}

TEST(query_alias_groups_span_articles)
{
    cr_store *s = bundled();
    if (!s)
        return;
    const char *same[][2] = {{"Khankendi", "Stepanakert"},   {"Khankhendi", "Stepanakert"},
                             {"Artsakh", "Nagorno-Karabakh"}, {"Shushi", "Shusha"},
                             {"Nakhichevan", "Nakhchivan"},   {"stepanakert", "STEPANAKERT"},
                             {"Zangazer Corridor", "Zangezur Corridor"}};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        int64_t a = cr_query_entity_by_name(s, same[i][0]), b = cr_query_entity_by_name(s, same[i][1]);
        if (!a || a != b)
            printf("  %s and %s are not one entity\n", same[i][0], same[i][1]);
        CHECK(a != 0 && a == b);
    }
    /* two different things stay two */
    CHECK(cr_query_entity_by_name(s, "Baku") != cr_query_entity_by_name(s, "Yerevan"));
    CHECK_INT(cr_query_entity_by_name(s, "No Such Name Anywhere"), 0);
    cr_store_close(s);
}

TEST(query_mentions_have_context)
{
    cr_store *s = bundled();
    if (!s)
        return;
    int64_t e = cr_query_entity_by_name(s, "Khankendi");
    cr_mention_row *m;
    size_t n = cr_query_mentions(s, e, 1000, &m);
    CHECK(n >= 5);
    bool saw_khankendi = false;
    for (size_t i = 0; i < n; i++) {
        CHECK(strncmp(m[i].context + m[i].ctx_hit, m[i].surface, strlen(m[i].surface)) == 0);
        CHECK(strchr(m[i].context, '\n') == NULL);
        saw_khankendi |= strcmp(m[i].surface, "Khankendi") == 0;
        cr_mention_row_free(&m[i]);
    }
    free(m);
    CHECK(saw_khankendi);
    cr_store_close(s);
}

TEST(query_xref_ranks_the_wire_twin_first)
{
    cr_store *s = bundled();
    if (!s)
        return;
    /* the AFP report carried by Barron's and by France 24 */
    cr_row rows[64];
    size_t n = cr_query_rows(s, 0, 64, rows);
    int64_t barrons = 0;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].outlet && strcmp(rows[i].outlet, "Barron's") == 0) {
            barrons = rows[i].id;
            CHECK_INT(rows[i].ndups, 1);
            CHECK(rows[i].dup_outlets && strstr(rows[i].dup_outlets, "France 24"));
        }
        cr_row_free(&rows[i]);
    }
    CHECK(barrons != 0);
    cr_xref *x;
    size_t nx = cr_query_xrefs(s, barrons, 20, &x);
    CHECK(nx >= 5);
    if (nx) {
        CHECK_STR(x[0].outlet, "France 24");
        CHECK(x[0].duplicate);
        CHECK(x[0].nshared >= 5);
    }
    for (size_t i = 1; i < nx; i++) {
        CHECK(x[i].score <= x[i - 1].score);
        CHECK(!x[i].duplicate);
        CHECK(x[i].why && strstr(x[i].why, "shared name"));
    }
    for (size_t i = 0; i < nx; i++)
        cr_xref_free(&x[i]);
    free(x);
    cr_store_close(s);
}

TEST(query_entities_of_an_article_use_its_forms)
{
    cr_store *s = bundled();
    if (!s)
        return;
    int64_t barrons = 0;
    cr_row rows[64];
    size_t n = cr_query_rows(s, 0, 64, rows);
    for (size_t i = 0; i < n; i++) {
        if (rows[i].outlet && strcmp(rows[i].outlet, "Barron's") == 0)
            barrons = rows[i].id;
        cr_row_free(&rows[i]);
    }
    cr_entity_row *e;
    size_t ne = cr_query_entities(s, barrons, NULL, 0, 500, &e);
    bool found = false;
    for (size_t i = 0; i < ne; i++) {
        if (strcmp(e[i].canonical, "Stepanakert") == 0) {
            found = true;
            CHECK(strstr(e[i].names, "Khankendi") != NULL);   /* the form it uses */
            CHECK(strstr(e[i].names, "Stapanakert") == NULL); /* another article's typo */
        }
        cr_entity_row_free(&e[i]);
    }
    free(e);
    CHECK(found);
    CHECK(cr_query_entity_count(s, barrons, "stepan") >= 1);
    cr_store_close(s);
}
