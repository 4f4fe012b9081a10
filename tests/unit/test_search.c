/* Search: the query translator (valid forms, safety, alias expansion, every malformed form),
 * hit markers, folded finding, and search and claims over the bundled articles. */
#include <stdlib.h>
#include <string.h>

#include "crossread/claimsq.h"
#include "crossread/ftsquery.h"
#include "crossread/hitmark.h"
#include "crossread/import.h"
#include "crossread/query.h"
#include "crossread/search.h"
#include "crossread/textfind.h"
#include "t.h"

/* The FTS5 expression of q without aliases, or the error message. */
static char *translate(const char *q)
{
    char *err = NULL;
    cr_ftsq *f = cr_ftsq_parse(q, NULL, NULL, &err);
    if (!f)
        return err;
    char *m = strdup(cr_ftsq_match(f));
    cr_ftsq_free(f);
    return m;
}

#define CHECK_TR(q, want)                                                          \
    do {                                                                           \
        char *got_ = translate(q);                                                 \
        CHECK_STR(got_, want);                                                     \
        free(got_);                                                                \
    } while (0)

TEST(ftsq_valid_forms)
{
    CHECK_TR("killed", "\"killed\"");
    CHECK_TR("  Killed   separatists ", "(\"Killed\" AND \"separatists\")");
    CHECK_TR("\"220 were killed\"", "\"220 were killed\"");
    CHECK_TR("kill*", "\"kill\" *");
    CHECK_TR("\"ethnic clean\"*", "\"ethnic clean\" *");
    CHECK_TR("a AND b", "(\"a\" AND \"b\")");
    CHECK_TR("a OR b c", "(\"a\" OR (\"b\" AND \"c\"))");
    CHECK_TR("a OR b NOT c", "(\"a\" OR (\"b\" NOT \"c\"))");
    CHECK_TR("(a OR b) c", "((\"a\" OR \"b\") AND \"c\")");
    CHECK_TR("NEAR(killed separatists)", "NEAR(\"killed\" \"separatists\", 10)");
    CHECK_TR("NEAR(killed \"the separatists\", 5)", "NEAR(\"killed\" \"the separatists\", 5)");
    CHECK_TR("killed NEAR/3 separatists", "NEAR(\"killed\" \"separatists\", 3)");
    CHECK_TR("Lachin NEAR corridor", "NEAR(\"Lachin\" \"corridor\", 10)");
    CHECK_TR("Nagorno-Karabakh", "\"Nagorno-Karabakh\"");
    /* lower-case operators are words */
    CHECK_TR("killed or wounded", "((\"killed\" AND \"or\") AND \"wounded\")");
}

TEST(ftsq_user_text_is_always_quoted)
{
    /* FTS5 syntax typed by the user reaches MATCH only inside a string */
    CHECK_TR("title:killed", "\"title:killed\"");
    CHECK_TR("{title body}:x", "(\"{title\" AND \"body}:x\")");
    CHECK_TR("^killed +wounded", "(\"^killed\" AND \"+wounded\")");
    CHECK_TR("rank", "\"rank\"");
    char *err = NULL;
    cr_ftsq *q = cr_ftsq_parse("x\";DROP TABLE articles", NULL, NULL, &err);
    CHECK(q == NULL && err && strstr(err, "Unbalanced quote"));
    free(err);
    cr_ftsq_free(q);
}

static size_t fake_aliases(const char *phrase, char ***names, void *ctx)
{
    (void)ctx;
    *names = NULL;
    if (strcmp(phrase, "Khankendi") != 0 && strcmp(phrase, "Republic of Artsakh") != 0)
        return 0;
    *names = calloc(2, sizeof **names);
    if (strcmp(phrase, "Khankendi") == 0) {
        (*names)[0] = strdup("Stepanakert");
        (*names)[1] = strdup("Khankhendi");
    } else {
        (*names)[0] = strdup("Nagorno-Karabakh");
        (*names)[1] = strdup("Artsakh");
    }
    return 2;
}

TEST(ftsq_alias_expansion)
{
    char *err = NULL;
    cr_ftsq *q = cr_ftsq_parse("Khankendi killed", fake_aliases, NULL, &err);
    CHECK(q != NULL);
    if (!q)
        return;
    CHECK_STR(cr_ftsq_match(q), "((\"Khankendi\" OR \"Stepanakert\" OR \"Khankhendi\") AND \"killed\")");
    CHECK_STR(cr_ftsq_literal(q), "(\"Khankendi\" AND \"killed\")");
    CHECK(cr_ftsq_expanded(q));
    CHECK_INT(cr_ftsq_nphrases(q), 2);
    CHECK_INT(cr_ftsq_phrase_at(q, 0)->naliases, 2);
    cr_ftsq_free(q);

    q = cr_ftsq_parse("\"Republic of Artsakh\"", fake_aliases, NULL, &err);
    CHECK(q && strstr(cr_ftsq_match(q), "\"Republic of Artsakh\" OR \"Nagorno-Karabakh\" OR \"Artsakh\""));
    cr_ftsq_free(q);

    /* a prefix never expands: Khankendi* is a spelling, not a name */
    q = cr_ftsq_parse("Khankendi*", fake_aliases, NULL, &err);
    CHECK(q && !cr_ftsq_expanded(q));
    CHECK_STR(q ? cr_ftsq_match(q) : "", "\"Khankendi\" *");
    cr_ftsq_free(q);

    /* inside NEAR: one NEAR per choice of names */
    q = cr_ftsq_parse("NEAR(Khankendi patrol, 4)", fake_aliases, NULL, &err);
    CHECK_STR(q ? cr_ftsq_match(q) : "",
              "(NEAR(\"Khankendi\" \"patrol\", 4) OR NEAR(\"Stepanakert\" \"patrol\", 4) OR "
              "NEAR(\"Khankhendi\" \"patrol\", 4))");
    CHECK_STR(q ? cr_ftsq_literal(q) : "", "NEAR(\"Khankendi\" \"patrol\", 4)");
    cr_ftsq_free(q);
}

/* Each malformed form gets a plain message naming what is wrong. */
static void check_error(const char *query, const char *want)
{
    char *err = NULL;
    cr_ftsq *q = cr_ftsq_parse(query, NULL, NULL, &err);
    if (q) {
        t_fail(__FILE__, __LINE__, "'%s' was accepted as %s", query, cr_ftsq_match(q));
        cr_ftsq_free(q);
        return;
    }
    if (!err || !strstr(err, want))
        t_fail(__FILE__, __LINE__, "'%s': got \"%s\", wanted \"%s\"", query, err ? err : "(null)", want);
    free(err);
}

TEST(ftsq_malformed)
{
    check_error("\"killed", "Unbalanced quote: the \" at column 1 is never closed");
    check_error("killed \"separatists", "column 8");
    check_error("(killed OR wounded", "Unbalanced parenthesis: the ( at column 1 is never closed");
    check_error("killed)", "Unbalanced parenthesis: the ) at column 7 has no ( before it");
    check_error("killed OR", "Dangling operator: OR at column 8 has nothing after it");
    check_error("killed AND", "Dangling operator: AND at column 8 has nothing after it");
    check_error("OR killed", "Dangling operator: OR at column 1 has nothing before it");
    check_error("AND killed", "Dangling operator: AND at column 1 has nothing before it");
    check_error("(killed OR)", "Dangling operator: OR");
    check_error("killed NOT", "Dangling operator: NOT");
    check_error("NOT killed", "NOT at column 1 needs something before it");
    check_error("killed OR AND wounded", "Two operators in a row");
    check_error("NEAR()", "Empty NEAR at column 1");
    check_error("NEAR(killed)", "needs at least two words");
    check_error("NEAR(killed wounded, x)", "the distance in words");
    check_error("NEAR(killed wounded, 5 6)", "the distance must come last");
    check_error("NEAR(killed (wounded))", "Only words and phrases can go inside NEAR");
    check_error("NEAR(killed wounded", "NEAR( at column 1 is never closed");
    check_error("killed NEAR (a OR b)", "joins words or phrases only");
    check_error("", "Type words to search for");
    check_error("   ", "Type words to search for");
    check_error("\"\"", "Empty phrase");
    check_error("killed !!!", "no letters or digits");
    check_error("*", "A lone *");
    check_error("()", "Empty parentheses");
    check_error("killed NEAR/9999999 x", "too large");
    /* columns count characters, not bytes */
    check_error("Шуша \"x", "column 6");
}

static bool has_in(const cr_ftsq_phrase *p, void *ctx)
{
    return strstr((const char *)ctx, p->text) != NULL;
}

TEST(ftsq_eval_logic)
{
    char *err = NULL;
    cr_ftsq *q = cr_ftsq_parse("killed NOT wounded OR fled", NULL, NULL, &err);
    CHECK(q != NULL);
    if (!q)
        return;
    CHECK(cr_ftsq_eval(q, has_in, "220 killed"));
    CHECK(!cr_ftsq_eval(q, has_in, "killed and wounded"));
    CHECK(cr_ftsq_eval(q, has_in, "100,000 fled"));
    CHECK(!cr_ftsq_eval(q, has_in, "nothing"));
    cr_ftsq_free(q);
}

TEST(hitmark_split)
{
    char *text;
    cr_hit *h;
    static const char marked[] = "\xE2\x80\xA6" "in \x01Stepanakert\x02 and\n\x01Khankendi\x02\xE2\x80\xA6";
    size_t n = cr_hitmark_split(marked, sizeof marked - 1, true, &text, &h);
    CHECK_INT(n, 2);
    CHECK_STR(text, "\xE2\x80\xA6" "in Stepanakert and Khankendi\xE2\x80\xA6");
    if (n == 2) {
        CHECK_INT(h[0].start, 6);
        CHECK_INT(h[0].len, 11);
        CHECK(strncmp(text + h[1].start, "Khankendi", h[1].len) == 0);
    }
    free(text);
    free(h);
    /* touching hits join; an unclosed hit ends at the end; a stray close is dropped */
    static const char joined[] = "\x01" "ab\x02\x01" "cd\x02 e\x02 \x01" "fg";
    n = cr_hitmark_split(joined, sizeof joined - 1, false, &text, &h);
    CHECK_STR(text, "abcd e fg");
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_INT(h[0].start, 0);
        CHECK_INT(h[0].len, 4);
        CHECK_INT(h[1].start, 7);
        CHECK_INT(h[1].len, 2);
    }
    free(text);
    free(h);
    n = cr_hitmark_split("", 0, false, &text, &h);
    CHECK_INT(n, 0);
    CHECK_STR(text, "");
    free(text);
    free(h);
}

TEST(textfind_folds_case_and_marks)
{
    const char *s = "Askero\xC4\x9Flu said: ASKERO\xC4\x9ELU.\nStra\xC3\x9F" "e";
    cr_foldmap m;
    cr_foldmap_build(s, strlen(s), &m);
    cr_hit *h;
    size_t n = cr_foldmap_find_all(&m, "askeroglu", &h);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_INT(h[0].start, 0);
        CHECK_INT(h[0].len, 10); /* the ğ is two bytes */
        CHECK(strncmp(s + h[1].start, "ASKERO\xC4\x9ELU", h[1].len) == 0);
    }
    free(h);
    n = cr_foldmap_find_all(&m, "STRASSE", &h); /* ß folds to ss */
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK(strncmp(s + h[0].start, "Stra\xC3\x9F" "e", h[0].len) == 0);
    free(h);
    n = cr_foldmap_find_all(&m, ": askero", &h); /* a newline counts as a space too */
    CHECK_INT(n, 1);
    free(h);
    CHECK_INT(cr_foldmap_find_all(&m, "", &h), 0);
    free(h);
    cr_foldmap_free(&m);
    const char *words = "Nagorno-Karabakh's  \xC3\x89LAN, 100,000!";
    char *w = cr_fold_words(words, strlen(words));
    CHECK_STR(w, " nagorno karabakh s elan 100 000 ");
    free(w);
}

/* ---- over the bundled articles ---- */

static cr_store *bundled(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/lib.db", t_tmpdir());
    char *err = NULL;
    cr_store *s = cr_store_open(path, &err);
    if (!s) {
        t_fail(__FILE__, __LINE__, "cannot open: %s", err);
        free(err);
        return NULL;
    }
    const char *paths[] = {"articles"};
    cr_import_stats st;
    if (!cr_import(s, paths, 1, &(cr_import_opts){0}, &st, &err)) {
        t_fail(__FILE__, __LINE__, "import failed: %s", err);
        free(err);
    }
    cr_import_stats_free(&st);
    return s;
}

TEST(search_bundled_alias_and_hits)
{
    cr_store *s = bundled();
    if (!s)
        return;
    char *err = NULL;
    cr_ftsq *q = cr_search_parse(s, "khankendi", &err);
    CHECK(q && cr_ftsq_expanded(q));
    if (!q) {
        cr_store_close(s);
        return;
    }
    cr_search_row *rows;
    cr_search_info info;
    size_t n = cr_search(s, q, 0, 50, &rows, &info);
    CHECK(n >= 6);
    CHECK_INT(cr_search_count(s, q), (long)n);
    CHECK_INT(info.total, (long)n);
    CHECK(info.ranked);
    bool via = false, literal = false;
    double prev = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && rows[i].score > prev)
            t_fail(__FILE__, __LINE__, "row %zu score %.17g after %.17g", i, rows[i].score, prev);
        prev = rows[i].score;
        CHECK(rows[i].nhits > 0);
        for (size_t h = 0; h < rows[i].nhits; h++)
            CHECK(rows[i].hits[h].start + rows[i].hits[h].len <= strlen(rows[i].snippet));
        if (rows[i].via_alias && rows[i].aliases && strstr(rows[i].aliases, "Stepanakert") &&
            strcmp(rows[i].outlet ? rows[i].outlet : "", "OC Media") == 0) {
            via = true;
            /* the hits in the body are where the body says Stepanakert */
            cr_article_rec a;
            CHECK(cr_query_article(s, rows[i].id, &a));
            cr_hit *hits;
            size_t nh = cr_search_hits(s, q, rows[i].id, &hits);
            CHECK(nh >= 3);
            for (size_t h = 0; h < nh; h++) {
                CHECK(hits[h].start + hits[h].len <= a.a.body_len);
                CHECK(strncmp(a.a.body + hits[h].start, "Stepanakert", hits[h].len) == 0 ||
                      strncmp(a.a.body + hits[h].start, "Stapanakert", hits[h].len) == 0);
                if (h)
                    CHECK(hits[h].start > hits[h - 1].start);
            }
            free(hits);
            cr_article_rec_free(&a);
        }
        if (!rows[i].via_alias)
            literal = true;
        cr_search_row_free(&rows[i]);
    }
    free(rows);
    CHECK(via);
    CHECK(literal);
    cr_ftsq_free(q);

    /* diacritics and case do not matter; the title weighs more than the body */
    q = cr_search_parse(s, "ASKEROGLU", &err);
    n = q ? cr_search(s, q, 0, 5, &rows, NULL) : 0;
    CHECK_INT(n, 1);
    for (size_t i = 0; i < n; i++)
        cr_search_row_free(&rows[i]);
    free(rows);
    cr_ftsq_free(q);
    q = cr_search_parse(s, "Gunfire", &err);
    n = q ? cr_search(s, q, 0, 5, &rows, NULL) : 0;
    CHECK(n >= 2);
    if (n >= 2)
        CHECK(strstr(rows[0].title, "Gunfire") != NULL);
    for (size_t i = 0; i < n; i++)
        cr_search_row_free(&rows[i]);
    free(rows);
    cr_ftsq_free(q);
    cr_store_close(s);
}

TEST(claims_bundled_220_vs_199)
{
    cr_store *s = bundled();
    if (!s)
        return;
    /* the Barron's story: 220 killed by the separatists' count, 199 by Azerbaijan's */
    int64_t barrons = 0;
    cr_row rows[32];
    size_t nr = cr_query_rows(s, 0, 32, rows);
    for (size_t i = 0; i < nr; i++) {
        if (rows[i].outlet && strcmp(rows[i].outlet, "Barron's") == 0)
            barrons = rows[i].id;
        cr_row_free(&rows[i]);
    }
    CHECK(barrons != 0);
    cr_claim_cmp *c;
    size_t n = cr_query_article_claims(s, barrons, 12, &c);
    bool found = false;
    for (size_t i = 0; i < n; i++) {
        const cr_claim_row *me = &c[i].claim;
        CHECK(me->article == barrons);
        if (me->lo == 220 && me->subject && strcmp(me->subject, "killed") == 0) {
            found = true;
            CHECK(me->conflict);
            CHECK_STR(me->value, "220");
            CHECK(me->said_by && strstr(me->said_by, "eparatists"));
            CHECK(strstr(me->sentence, "Azerbaijan reported 199 dead") != NULL);
            bool saw199 = false;
            for (size_t k = 0; k < c[i].nothers; k++) {
                const cr_claim_row *o = &c[i].others[k];
                CHECK(o->grp == me->grp);
                CHECK(o->id != me->id);
                if (o->lo == 199) {
                    saw199 = true;
                    CHECK(o->disagrees);
                    CHECK_STR(o->said_by, "Azerbaijan");
                } else if (o->lo == 220) {
                    CHECK(!o->disagrees);
                }
            }
            CHECK(saw199);
            /* disagreeing values come first */
            CHECK(c[i].nothers > 0 && c[i].others[0].disagrees);
            CHECK(c[i].group_size >= 4);
        }
        if (i)
            CHECK(me->start >= c[i - 1].claim.start);
        cr_claim_cmp_free(&c[i]);
    }
    free(c);
    CHECK(found);

    /* claims about "killed" across the library: 220 and 199 in one conflicting group */
    char *err = NULL;
    cr_ftsq *q = cr_search_parse(s, "killed", &err);
    cr_claim_row *cl;
    n = q ? cr_query_claims(s, q, 1000, false, &cl) : 0;
    int64_t g220 = 0, g199 = 0;
    for (size_t i = 0; i < n; i++) {
        if (cl[i].lo == 220)
            g220 = cl[i].grp;
        if (cl[i].lo == 199) {
            g199 = cl[i].grp;
            CHECK(cl[i].conflict);
        }
        cr_claim_row_free(&cl[i]);
    }
    free(cl);
    cr_ftsq_free(q);
    CHECK(g220 != 0 && g220 == g199);
    /* distinct: one row per source and value, the copies counted (Barron's and France 24
     * both carry the AFP story) */
    q = cr_search_parse(s, "killed", &err);
    n = q ? cr_query_claims(s, q, 1000, true, &cl) : 0;
    long copies220 = 0;
    for (size_t i = 0; i < n; i++) {
        if (cl[i].lo == 220)
            copies220 += cl[i].copies;
        cr_claim_row_free(&cl[i]);
    }
    free(cl);
    cr_ftsq_free(q);
    CHECK_INT(copies220, 2);
    CHECK(cr_claim_values_disagree(220, 220, 199, 199));
    CHECK(!cr_claim_values_disagree(100000, 150000, 120000, 120000));
    CHECK(!cr_claim_values_disagree(199, 199, 200, 200));
    cr_store_close(s);
}
