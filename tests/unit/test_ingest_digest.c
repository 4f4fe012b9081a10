/* test_ingest_digest.c - the digest 002 split into its stories, compared with a hand-checked
 * table; every line of the file accounted for; the AFP story under two mastheads found. */
#include "ingest_check.h"

#include "crossread/dedup.h"

#include <strings.h>

#define DIGEST "articles/002_5e29adcfeed8e22f.txt"

TEST(ingest_digest_002_matches_table)
{
    cr_doc d;
    cr_ingest_file(t_path(DIGEST), &d);
    CHECK_INT(d.format, CR_FORMAT_DIGEST);
    CHECK(!d.skipped);
    CHECK_INT(ic_check_doc(&d), 0);
    FILE *f = fopen(t_path("tests/data/digest-002.tsv"), "r");
    CHECK(f != NULL);
    if (!f) {
        cr_doc_free(&d);
        return;
    }
    char line[1024];
    size_t rows = 0;
    if (!fgets(line, sizeof line, f)) /* header */
        t_fail(__FILE__, __LINE__, "empty table");
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *seq = strtok(line, "\t"), *title = strtok(NULL, "\t"), *outlet = strtok(NULL, "\t"),
             *date = strtok(NULL, "\t");
        CHECK(seq && title && outlet && date);
        if (!date)
            continue;
        size_t i = (size_t)atoi(seq);
        rows++;
        CHECK(i < d.n);
        if (i >= d.n)
            continue;
        CHECK_INT(d.items[i].seq, (int)i);
        CHECK_STR(d.items[i].title, title);
        CHECK_STR(d.items[i].outlet, outlet);
        CHECK_STR(d.items[i].date, date);
    }
    fclose(f);
    CHECK_INT(d.n, rows);
    CHECK_INT(rows, 10);
    cr_doc_free(&d);
}

TEST(ingest_digest_002_authors_urls)
{
    cr_doc d;
    cr_ingest_file(t_path(DIGEST), &d);
    if (d.n != 10) {
        t_fail(__FILE__, __LINE__, "expected 10 stories, got %zu", d.n);
        cr_doc_free(&d);
        return;
    }
    CHECK_STR(d.items[0].author, "AFP");                 /* FROM AFP NEWS */
    CHECK_STR(d.items[1].author, "Patrick Reevell");     /* ByPatrick Reevell */
    CHECK_STR(d.items[7].author, "Heather Murdock");     /* a bare name under the date */
    CHECK_STR(d.items[9].author, "Armine Martirosyan");  /* Author – Armine Martirosyan, Yerevan */
    CHECK(d.items[0].url == NULL);
    CHECK_STR(d.items[5].url, "https://www.france24.com/en/asia-pacific/"
                              "20231002-azerbaijan-cross-border-fire-kills-one-injures-two-armenia-says");
    CHECK_STR(d.items[6].url,
              "https://www.dw.com/en/last-bus-leaves-nagorno-karabakh-deadly-clashes-continue/a-66984970");
    /* story lines: the first line of each story's title */
    static const int lines[10] = {1, 73, 126, 146, 205, 246, 315, 352, 363, 426};
    for (int i = 0; i < 10; i++)
        CHECK_INT(d.items[i].line, lines[i]);
    /* the Times of Israel repeats two paragraphs under one headline: still one story */
    CHECK(strstr(d.items[8].body, "Nearly 2,000 Russian peacekeepers") != NULL);
    /* the wire note, photo credit and sign-off are boilerplate */
    CHECK(ic_has_span(&d.items[0], CR_SPAN_BOILERPLATE, "RECASTS with cross-border fire"));
    CHECK(ic_has_span(&d.items[0], CR_SPAN_CAPTION, "Emmanuel Dunand"));
    CHECK(ic_has_span(&d.items[5], CR_SPAN_BOILERPLATE, "(AFP)"));
    CHECK(ic_has_span(&d.items[6], CR_SPAN_BOILERPLATE, "lo/msh (AP, AFP, Reuters)"));
    CHECK(ic_has_span(&d.items[9], CR_SPAN_LIST_ITEM, "1. “People are leaving"));
    cr_doc_free(&d);
}

/* Every non-blank line of the digest is in the body of the story that covers it, or is that
 * story's title, outlet, date, author or URL: no line lost, none given to a neighbour. */
TEST(ingest_digest_002_no_line_lost)
{
    cr_doc d;
    cr_ingest_file(t_path(DIGEST), &d);
    FILE *f = fopen(t_path(DIGEST), "r");
    CHECK(f != NULL && d.n == 10);
    if (!f || d.n != 10) {
        if (f)
            fclose(f);
        cr_doc_free(&d);
        return;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int ln = 0, lost = 0;
    while ((n = getline(&line, &cap, f)) > 0) {
        ln++;
        char *s = line;
        while (*s == ' ' || (unsigned char)s[0] == 0xC2)
            s += *s == ' ' ? 1 : 2;
        s[strcspn(s, "\n")] = '\0';
        size_t len = strlen(s);
        for (;;) { /* trailing spaces, no-break ones too */
            if (len && s[len - 1] == ' ')
                s[--len] = '\0';
            else if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 && (unsigned char)s[len - 1] == 0xA0)
                s[len -= 2] = '\0';
            else
                break;
        }
        if (!len)
            continue;
        if (!strncmp(s, "\xE2\x80\xA2 ", 4))
            s += 4;
        const cr_article *a = &d.items[0];
        for (size_t i = 0; i < d.n; i++)
            if (d.items[i].line <= ln)
                a = &d.items[i];
        char iso[11];
        bool found = strstr(a->body, s) || !strcmp(a->title, s) || (a->url && !strcmp(a->url, s)) ||
                     (a->author && strstr(s, a->author)) || strcasestr(s, a->outlet) ||
                     (cr_parse_date(s, strlen(s), iso) && !strcmp(iso, a->date));
        if (!found && lost++ < 5)
            t_fail(__FILE__, __LINE__, "line %d not in story %d: %.60s", ln, a->seq, s);
    }
    CHECK_INT(lost, 0);
    free(line);
    fclose(f);
    cr_doc_free(&d);
}

TEST(ingest_digest_002_duplicate_wire_story)
{
    cr_doc d;
    cr_ingest_file(t_path(DIGEST), &d);
    if (d.n != 10) {
        t_fail(__FILE__, __LINE__, "expected 10 stories");
        cr_doc_free(&d);
        return;
    }
    uint32_t sig[10][CR_MINHASH_N];
    for (size_t i = 0; i < d.n; i++)
        cr_minhash(d.items[i].body, d.items[i].body_len, d.items[i].spans, d.items[i].nspans, sig[i]);
    /* Barron's (0) and France 24 (5) carry the same AFP report */
    double same = cr_minhash_similarity(sig[0], sig[5]);
    CHECK(same >= 0.6);
    uint64_t b0[CR_MINHASH_BANDS], b5[CR_MINHASH_BANDS];
    cr_minhash_bands(sig[0], b0);
    cr_minhash_bands(sig[5], b5);
    int shared = 0;
    for (int k = 0; k < CR_MINHASH_BANDS; k++)
        shared += b0[k] == b5[k];
    CHECK(shared >= 1);
    for (size_t i = 0; i < d.n; i++)
        for (size_t j = i + 1; j < d.n; j++)
            if (!(i == 0 && j == 5))
                CHECK(cr_minhash_similarity(sig[i], sig[j]) < 0.2);
    printf("     Barron's/France 24 similarity %.2f, %d of %d bands shared\n", same, shared,
           CR_MINHASH_BANDS);
    cr_doc_free(&d);
}

TEST(ingest_minhash_identical_and_empty)
{
    const char *t = "one two three four five six seven eight nine ten";
    uint32_t a[CR_MINHASH_N], b[CR_MINHASH_N], e[CR_MINHASH_N];
    cr_minhash(t, strlen(t), NULL, 0, a);
    cr_minhash("ONE two  three\nfour five six seven eight nine ten", 50, NULL, 0, b);
    CHECK(cr_minhash_similarity(a, b) == 1.0);
    cr_minhash("", 0, NULL, 0, e);
    CHECK(e[0] == 0xFFFFFFFFu && cr_minhash_similarity(a, e) == 0.0);
    /* boilerplate is ignored: an appeal added to a story does not change it */
    const char *u = "Donate now to support us. one two three four five six seven eight nine ten";
    cr_span sp = {0, 25, CR_SPAN_BOILERPLATE};
    cr_minhash(u, strlen(u), &sp, 1, b);
    CHECK(cr_minhash_similarity(a, b) == 1.0);
}
