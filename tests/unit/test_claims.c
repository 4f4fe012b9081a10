/* test_claims.c - number normalisation, non-claims, attribution, subjects and grouping. */
#include "t.h"

#include <math.h>
#include <stdlib.h>

#include "crossread/claims.h"

/* The first number phrase of s, or lo = -1 when there is none. */
static cr_number first(const char *s)
{
    cr_number n;
    if (!cr_number_next(s, strlen(s), 0, &n))
        n.lo = n.hi = -1, n.qualifier = NULL, n.unit = NULL;
    return n;
}

#define CHECK_RANGE(s, l, h)                                                       \
    do {                                                                           \
        cr_number n_ = first(s);                                                   \
        if (fabs(n_.lo - (l)) > 1e-6 * fmax(1, (l)) ||                             \
            fabs(n_.hi - (h)) > 1e-6 * fmax(1, (h)))                               \
            t_fail(__FILE__, __LINE__, "\"%s\" -> %g..%g, expected %g..%g", s,     \
                   n_.lo, n_.hi, (double)(l), (double)(h));                        \
    } while (0)

#define CHECK_NONE(s) CHECK_RANGE(s, -1, -1)

TEST(claims_number_digits_and_groups)
{
    CHECK_RANGE("they counted 100,000 people", 100000, 100000);
    CHECK_RANGE("they counted 100 000 people", 100000, 100000);
    CHECK_RANGE("they counted 1 200 000 people", 1200000, 1200000);
    CHECK_RANGE("they counted 1,200,000 people", 1200000, 1200000);
    CHECK_RANGE("in 2020 100 people died", 100, 100);
    CHECK_RANGE("they counted 100\xC2\xA0" "000 people", 100000, 100000);
    CHECK_RANGE("some 1.2 million people", 1.08e6, 1.32e6);
    CHECK_RANGE("exactly 1.2 million people", 1.2e6, 1.2e6);
    CHECK_RANGE("a 120,000-strong army", 120000, 120000);
    CHECK_STR(first("a 120,000-strong army").unit, "people");
}

TEST(claims_number_qualifiers)
{
    cr_number n = first("more than 100,000 fled");
    CHECK_STR(n.qualifier, "more than");
    CHECK_RANGE("more than 100,000 fled", 100000, 150000);
    CHECK_RANGE("over 100,000 fled", 100000, 150000);
    CHECK_RANGE("nearly 2,000 troops", 1800, 2000);
    CHECK_RANGE("almost 2,000 troops", 1800, 2000);
    CHECK_RANGE("at least 10,000 remain", 10000, 20000);
    CHECK_RANGE("about 40,000 left", 36000, 44000);
    CHECK_RANGE("up to 500 detained", 250, 500);
    CHECK_RANGE("fewer than 50 remain", 0, 50);
    CHECK_STR(first("as few as 50 remain").qualifier, "as few as");
    CHECK(first("another 170 people died").increment);
    CHECK(!first("170 people died").increment);
}

TEST(claims_number_words_and_vague)
{
    CHECK_RANGE("one serviceman was killed", 1, 1);
    CHECK_RANGE("two were wounded", 2, 2);
    CHECK_RANGE("after nine days", 9, 9);
    CHECK_RANGE("twenty-five people", 25, 25);
    CHECK_RANGE("three million people", 3e6, 3e6);
    CHECK_RANGE("dozens of people", 24, 99);
    CHECK_RANGE("hundreds of people", 200, 999);
    CHECK_RANGE("thousands of people", 2000, 9999);
    CHECK_RANGE("tens of thousands of people", 20000, 99999);
    CHECK_RANGE("hundreds of thousands of civilians", 200000, 999999);
    CHECK_RANGE("said a few hundred remained", 200, 500);
    CHECK_RANGE("several thousand people", 3000, 9000);
    CHECK_RANGE("a dozen people", 12, 12);
    CHECK_RANGE("a quarter of a million students", 250000, 250000);
    CHECK_RANGE("half a million people", 500000, 500000);
    CHECK_NONE("a quarter of the people");
    CHECK_NONE("no one is forcing them");
    CHECK_NONE("a few people");
}

TEST(claims_number_ranges)
{
    CHECK_RANGE("as few as 50 to 1,000 remain", 50, 1000);
    CHECK_RANGE("between 50 and 1,000 remain", 50, 1000);
    CHECK_RANGE("a figure of 5 -10,000", 5000, 10000);
    CHECK_RANGE("a figure of 5-10,000", 5000, 10000);
    CHECK_RANGE("5-6 women baked", 5, 6);
    CHECK_RANGE("5 to 10 million dollars", 5e6, 10e6);
    CHECK_RANGE("50\xE2\x80\x93" "60 people", 50, 60);
}

TEST(claims_number_money_percent_duration_units)
{
    cr_number n = first("announced $50m in aid");
    CHECK_RANGE("announced $50m in aid", 50e6, 50e6);
    CHECK_STR(n.unit, "USD");
    CHECK_RANGE("announced $11.5 million in aid", 11.5e6, 11.5e6);
    CHECK_STR(first("\xE2\x82\xAC" "2bn in loans").unit, "EUR");
    CHECK_RANGE("\xE2\x82\xAC" "2bn in loans", 2e9, 2e9);
    CHECK_STR(first("a fine of 500,000 roubles").unit, "RUB");
    CHECK_STR(first("paid 20,000 drams").unit, "AMD");
    CHECK_STR(first("almost 70 percent of sales").unit, "%");
    CHECK_STR(first("rose 12% last year").unit, "%");
    CHECK_STR(first("12 per cent of voters").unit, "%");
    CHECK_STR(first("for 10 months").unit, "months");
    CHECK_STR(first("the 10-month blockade").unit, "months");
    CHECK_STR(first("more than 60 kilometers long").unit, "km");
    CHECK_NONE("two weeks ago they left");
}

TEST(claims_number_non_claims_ignored)
{
    CHECK_NONE("the war in 2020 ended");
    CHECK_NONE("between 2016 and 2020 it grew");
    CHECK_NONE("in 2016-2020 it grew");
    CHECK_NONE("since 12 December the road");
    CHECK_NONE("on Oct 2 the road");
    CHECK_NONE("since Dec. 12 the road");
    CHECK_NONE("on September 19-20 they");
    CHECK_NONE("at 10:30 they met");
    CHECK_NONE("at 5 p.m. they met");
    CHECK_NONE("at 5pm they met");
    CHECK_NONE("the sixth article of it");
    CHECK_NONE("the 366th regiment");
    CHECK_NONE("in the 1990s war");
    CHECK_NONE("was denied.[1] Then");
    CHECK_NONE("under Article 6 of the deal");
    CHECK_NONE("see section 12 of it");
    CHECK_NONE("call +374 10 123456 now");
    CHECK_NONE("call 555-12-34 now");
    CHECK_NONE("Accession: 15.12.2022)");
    CHECK_NONE("see https://dw.com/en/a-66984970 now");
    CHECK_NONE("ref a79868 here");
    CHECK_NONE("id 66984970 here");
    CHECK_NONE("a 50-meter cross");
    CHECK_NONE("  1. People are leaving");
    CHECK_NONE("on 2023-10-02 they");
    CHECK_NONE("Beattie, 27, is hurt");
    CHECK_NONE("at 2-0 they were dead");
    CHECK_NONE("England (2), Samoa (7) and");
}

/* The claims of one text, for the checks below. */
static cr_claims claims_of(const char *s)
{
    cr_claims cs = {0};
    cr_claims_extract(s, strlen(s), NULL, 0, &cs);
    return cs;
}

TEST(claims_two_claims_in_one_sentence)
{
    const char *s = "Separatists capitulated and said 220 were killed in the fighting, while "
                    "Azerbaijan reported 199 dead.";
    cr_claims cs = claims_of(s);
    CHECK_INT(cs.n, 2);
    if (cs.n == 2) {
        CHECK(cs.c[0].lo == 220 && cs.c[1].lo == 199);
        CHECK_STR(cs.c[0].said_by, "Separatists");
        CHECK_STR(cs.c[1].said_by, "Azerbaijan");
        CHECK_STR(cs.c[0].subject, "killed");
        CHECK_STR(cs.c[1].subject, "killed");
        CHECK_INT(cs.c[0].start, 0);
        CHECK_INT(cs.c[0].len, strlen(s));
        CHECK_INT(cs.c[0].vstart, strstr(s, "220") - s);
        CHECK_INT(cs.c[0].vlen, 3);
    }
    cr_claims_free(&cs);
}

/* said_by of the only claim of s ("(null)" when none) */
static void check_said_by(const char *s, const char *want, int line)
{
    cr_claims cs = claims_of(s);
    if (cs.n != 1)
        t_fail(__FILE__, line, "\"%s\": %zu claims", s, cs.n);
    else if (!(want == NULL ? cs.c[0].said_by == NULL
                            : cs.c[0].said_by && strcmp(cs.c[0].said_by, want) == 0))
        t_fail(__FILE__, line, "\"%s\": said_by \"%s\", expected \"%s\"", s,
               cs.c[0].said_by ? cs.c[0].said_by : "(null)", want ? want : "(null)");
    cr_claims_free(&cs);
}

TEST(claims_attribution_patterns)
{
    check_said_by("The mayor said 40 people were killed.", "The mayor", __LINE__);
    check_said_by("40 people were killed, the mayor said.", "the mayor", __LINE__);
    check_said_by("40 people were killed, said Ned Price.", "Ned Price", __LINE__);
    check_said_by("According to local officials, 40 people were killed.", "local officials",
                  __LINE__);
    check_said_by("40 people were killed, according to the UN.", "the UN", __LINE__);
    check_said_by("Reuters reported that 40 people were killed.", "Reuters", __LINE__);
    check_said_by("Two soldiers were wounded, Armenia's defence ministry said.",
                  "Armenia's defence ministry", __LINE__);
    check_said_by("The separatists said 40 people were killed.", "The separatists", __LINE__);
    check_said_by("The toll was reported by Azerbaijan: 199 dead.", "Azerbaijan", __LINE__);
    check_said_by("40 people were killed in the blast.", NULL, __LINE__);
    check_said_by("40 people are reported to be dead.", NULL, __LINE__);
    check_said_by("Campaigners have said it could cost up to $100m.", "Campaigners", __LINE__);
}

TEST(claims_attribution_pronoun_takes_last_speaker)
{
    cr_claims cs = claims_of("Separatist official Artak Beglaryan spoke on Monday. He said "
                             "\"a few hundred\" Armenians remained.");
    CHECK_INT(cs.n, 1);
    if (cs.n == 1)
        CHECK(cs.c[0].said_by == NULL || strstr(cs.c[0].said_by, "Beglaryan"));
    cr_claims_free(&cs);
    cs = claims_of("Beglaryan said the road was open. He said 300 people remained.");
    CHECK_INT(cs.n, 1);
    if (cs.n == 1)
        CHECK_STR(cs.c[0].said_by, "Beglaryan");
    cr_claims_free(&cs);
}

TEST(claims_subjects)
{
    static const struct { const char *text, *subject; } cases[] = {
        {"One serviceman was killed on Monday.", "killed serviceman"},
        {"It announced two were wounded.", "wounded"},
        {"More than 100,000 Armenians have fled.", "fled Armenians"},
        {"As few as 50 ethnic Armenians may remain.", "remaining Armenians"},
        {"Police detained 40 protesters.", "detained protesters"},
        {"The city once had 55,000 inhabitants.", "population city inhabitants"},
        {"Given the influx of approximately 100,000 refugees.", "fled refugees"},
        {"The US gave $11.5 million in aid.", "money"},
        {"It lasted for 10 months of blockade.", "duration blockade"},
        {"Prosecutors charged 300 separatist officials.", "people officials"},
        {"It is a country of 3 million people.", "population country"},
        {"The massacres of some 1.5 million Armenians.", "killed Armenians"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        cr_claims cs = claims_of(cases[i].text);
        if (cs.n != 1)
            t_fail(__FILE__, __LINE__, "\"%s\": %zu claims", cases[i].text, cs.n);
        else if (strcmp(cs.c[0].subject, cases[i].subject) != 0)
            t_fail(__FILE__, __LINE__, "\"%s\": subject \"%s\", expected \"%s\"",
                   cases[i].text, cs.c[0].subject, cases[i].subject);
        cr_claims_free(&cs);
    }
}

TEST(claims_sentences_and_boilerplate)
{
    const char *s = "On Dec. 12 the U.S. said 40 people died. Related: 500 people fled.\n\n"
                    "Support us: 3,000 members joined.";
    size_t e = cr_sentence_end(s, strlen(s), 0);
    CHECK_INT(e, strstr(s, " Related") - s);
    cr_span bp = {strstr(s, "Support") - s, strlen("Support us: 3,000 members joined."),
                  CR_SPAN_BOILERPLATE};
    cr_claims cs = {0};
    cr_claims_extract(s, strlen(s), &bp, 1, &cs);
    CHECK_INT(cs.n, 2);
    for (size_t i = 0; i < cs.n; i++)
        CHECK(cs.c[i].lo != 3000);
    cr_claims_free(&cs);
    cs = claims_of("");
    CHECK_INT(cs.n, 0);
    cr_claims_free(&cs);
}

/* Groups keys and checks that a and b share a group (or not) and its conflict flag. */
static void group_pair(const cr_claim_key *a, const cr_claim_key *b, bool same, bool conflict,
                       int line)
{
    cr_claim_key k[2] = {*a, *b};
    int g[2];
    bool c[2];
    cr_claims_group(k, 2, g, c);
    if ((g[0] == g[1]) != same)
        t_fail(__FILE__, line, "grouped %s, expected %s", g[0] == g[1] ? "together" : "apart",
               same ? "together" : "apart");
    if (same && c[g[0]] != conflict)
        t_fail(__FILE__, line, "conflict %d, expected %d", c[g[0]], conflict);
}

TEST(claims_grouping_agree_and_conflict)
{
    cr_claim_key sep = {"killed", "people", 220, 220, NULL, "2023-10-02", 1, 10};
    cr_claim_key az = {"killed", "people", 199, 199, NULL, "2023-10-02", 1, 10};
    cr_claim_key az2 = {"killed", "people", 200, 200, NULL, "2023-10-03", 2, 40};
    group_pair(&sep, &az, true, true, __LINE__);
    group_pair(&az, &az2, true, false, __LINE__); /* within 5% */
    /* qualifiers: "more than 100,000" agrees with 120,000, not with 90,000 */
    cr_claim_key more = {"fled Armenians", "people", 100000, 150000, "more than", NULL, 3, 0};
    cr_claim_key exact = {"fled people", "people", 120000, 120000, NULL, NULL, 4, 0};
    cr_claim_key low = {"fled", "people", 90000, 90000, NULL, NULL, 5, 0};
    cr_claim_key nearly = {"fled", "people", 90000, 100000, "nearly", NULL, 6, 0};
    group_pair(&more, &exact, true, false, __LINE__);
    group_pair(&more, &low, true, true, __LINE__);
    group_pair(&more, &nearly, true, false, __LINE__);
}

TEST(claims_grouping_keeps_quantities_apart)
{
    cr_claim_key toll = {"killed", "people", 220, 220, NULL, "2023-10-02", 1, 10};
    cr_claim_key one = {"killed serviceman", "people", 1, 1, NULL, "2023-10-02", 2, 50};
    cr_claim_key more = {"killed people", "people", 170, 170, "another", "2023-10-02", 3, 90};
    cr_claim_key old = {"killed", "people", 210, 210, NULL, "2020-11-10", 4, 0};
    cr_claim_key fled = {"fled", "people", 220, 220, NULL, "2023-10-02", 5, 0};
    cr_claim_key money = {"money", "USD", 220, 220, NULL, "2023-10-02", 6, 0};
    group_pair(&toll, &one, false, false, __LINE__);   /* another order of magnitude */
    group_pair(&toll, &more, false, false, __LINE__);  /* "another 170": an addition */
    cr_claim_key copy = {"killed people", "people", 170, 170, "another", "2023-10-02", 9, 20};
    group_pair(&more, &copy, true, false, __LINE__);   /* the wire story in two outlets */
    group_pair(&toll, &old, false, false, __LINE__);   /* three years apart */
    group_pair(&toll, &fled, false, false, __LINE__);  /* another kind */
    group_pair(&toll, &money, false, false, __LINE__); /* another unit */
    cr_claim_key city = {"population city", "people", 55000, 55000, NULL, NULL, 7, 0};
    cr_claim_key region = {"population region", "people", 120000, 120000, NULL, NULL, 8, 0};
    cr_claim_key here = {"population people", "people", 120000, 120000, NULL, NULL, 9, 0};
    group_pair(&city, &region, false, false, __LINE__);
    cr_claim_key three[3] = {city, region, here};
    int g[3];
    bool c[3];
    cr_claims_group(three, 3, g, c);
    CHECK(g[2] == g[1] && g[0] != g[1]); /* the place-less figure joins its nearest only */
    cr_claim_key d1 = {"duration blockade", "months", 10, 10, NULL, NULL, 1, 0};
    cr_claim_key d2 = {"duration", "months", 10, 10, NULL, NULL, 2, 0};
    cr_claim_key d3 = {"duration blockade", "months", 9, 9, NULL, NULL, 3, 0};
    group_pair(&d1, &d2, false, false, __LINE__); /* 10 months of what? */
    group_pair(&d1, &d3, true, true, __LINE__);
    cr_claim_key p1 = {"people officials", "people", 300, 300, NULL, NULL, 1, 0};
    cr_claim_key p2 = {"people", "people", 300, 300, NULL, NULL, 2, 0};
    cr_claim_key p3 = {"people officials", "people", 300, 300, NULL, NULL, 3, 0};
    group_pair(&p1, &p2, false, false, __LINE__);
    group_pair(&p1, &p3, true, false, __LINE__);
    cr_claim_key p4 = {"people Officials", "people", 300, 300, NULL, NULL, 4, 0};
    group_pair(&p1, &p4, true, false, __LINE__); /* nouns compared folded */
    cr_claim_key bare = {NULL, NULL, 300, 300, NULL, NULL, 5, 0};
    group_pair(&p1, &bare, false, false, __LINE__); /* a key without subject or unit */
    cr_claims_group(NULL, 0, NULL, NULL); /* nothing to group */
}

/* Every prefix of tricky text, each in a buffer of exactly its size, so the sanitizer sees
 * any read past the end (a number cut after "100,", "$", "a few", "5 -"). */
TEST(claims_never_read_past_the_end)
{
    const char *text =
        "Over 100,000 fled, the UN said; \xE2\x80\x9C" "a few hundred\xE2\x80\x9D remain. "
        "$50m\xC2\xA0" "aid, \xE2\x82\xAC" "2bn; 5 -10,000 or 50 to 1,000 left.[1] "
        "At 10:30 on Dec. 12, 2023-10-02, +374 10 123456, 70% \xE2\x80\x93 according to "
        "Reuters, twenty-five were killed, said Ned Price. tens of thousands of people "
        "fled, while Azerbaijan reported 199 dead - 1.2 million 120,000-strong 4 months\xE2\x80\x99";
    size_t n = strlen(text);
    for (size_t len = 0; len <= n; len++) {
        char *buf = malloc(len ? len : 1);
        memcpy(buf, text, len);
        cr_claims cs = {0};
        cr_claims_extract(buf, len, NULL, 0, &cs);
        for (size_t i = 0; i < cs.n; i++) {
            CHECK(cs.c[i].vstart + cs.c[i].vlen <= len);
            CHECK(cs.c[i].start + cs.c[i].len <= len);
            CHECK(cs.c[i].lo <= cs.c[i].hi);
        }
        cr_claims_free(&cs);
        free(buf);
    }
}

/* A sentence with more numbers than one sentence keeps still yields claims, in order. */
TEST(claims_many_numbers_in_one_sentence)
{
    char text[4096] = "";
    for (int i = 1; i <= 80; i++) {
        char part[48];
        snprintf(part, sizeof part, "%d people were killed, ", i * 10);
        strcat(text, part);
    }
    strcat(text, "officials said.");
    cr_claims cs = claims_of(text);
    CHECK(cs.n >= 40);
    for (size_t i = 1; i < cs.n; i++)
        CHECK(cs.c[i].vstart > cs.c[i - 1].vstart);
    cr_claims_free(&cs);
}

/* Many reports of one figure from many articles end in one group, whatever their order:
 * comparing only value neighbours still links them all. */
TEST(claims_grouping_many_reports_one_group)
{
    enum { N = 3000 };
    cr_claim_key *k = calloc(N, sizeof *k);
    int *g = calloc(N, sizeof *g);
    bool *c = calloc(N, sizeof *c);
    for (int i = 0; i < N; i++) {
        double v = 100000 + (i * 7919) % 5000; /* 100,000 .. 104,999, shuffled */
        k[i] = (cr_claim_key){i % 3 ? "fled Armenians" : "fled", "people", v, v * 1.5,
                              "more than", "2023-10-02", i, 0};
    }
    cr_claims_group(k, N, g, c);
    int apart = 0;
    for (int i = 0; i < N; i++)
        apart += g[i] != g[0];
    CHECK_INT(apart, 0);
    CHECK(!c[g[0]]);
    free(k);
    free(g);
    free(c);
}

/* Quotations that fill paragraphs: the speaker is named where they close, or before a colon. */
TEST(claims_attribution_of_quoted_paragraphs)
{
    cr_claims cs = claims_of("\xE2\x80\x9C" "Before the war about 60,000 people lived there.\n\n"
                             "About 30,000 servicemen. It was a camp,\xE2\x80\x9D Zulfugarov told "
                             "JAMnews.\n\nLater 500 people fled.");
    CHECK_INT(cs.n, 3);
    if (cs.n == 3) {
        CHECK_STR(cs.c[0].said_by, "Zulfugarov");
        CHECK_STR(cs.c[1].said_by, "Zulfugarov");
        CHECK(cs.c[2].said_by == NULL); /* after the quotation closed */
    }
    cr_claims_free(&cs);
    cs = claims_of("Ara Papyan believes that some may stay. He suggests that Russia will try:\n\n"
                   "\xE2\x80\x9C" "At least 10,000 Armenians will remain in Karabakh.\xE2\x80\x9D");
    CHECK_INT(cs.n, 1);
    if (cs.n == 1)
        CHECK_STR(cs.c[0].said_by, "Ara Papyan");
    cr_claims_free(&cs);
}

TEST(claims_wire_service_units)
{
    cr_number n = first("raising 100 mln dlrs through an offering");
    CHECK_RANGE("raising 100 mln dlrs through an offering", 100e6, 100e6);
    CHECK_STR(n.unit, "USD");
    CHECK_STR(first("yielding 9.15 pct").unit, "%");
    CHECK_RANGE("a loss of 2.5 bln stg", 2.5e9, 2.5e9);
    CHECK_STR(first("a loss of 2.5 bln stg").unit, "GBP");
    CHECK_STR(first("closed at 151.5 pence").unit, "pence");
    CHECK_RANGE("to yield 146 basis points over", 1.46, 1.46);
    CHECK_STR(first("to yield 146 basis points over").unit, "%");
    CHECK_RANGE("have a 9-1/8 pct coupon", 9.125, 9.125);
    CHECK_RANGE("for the three-month shipment period", 3, 3);
    CHECK_STR(first("for the three-month shipment period").unit, "months");
    /* goods are counted, never people */
    cr_claims cs = claims_of("Traders bought 500,000 tonnes of Chinese corn last week.");
    CHECK_INT((int)cs.n, 0);
    cr_claims_free(&cs);
}

TEST(claims_it_said_stays_in_its_paragraph)
{
    const char *s = "\"The value was in the drug,\" said Ian Hunter at a broker.\n\n"
                    "Shares in Acme closed down 19.84% after it said a deal would end.";
    cr_claims cs = claims_of(s);
    CHECK_INT((int)cs.n, 1);
    if (cs.n == 1)
        CHECK(cs.c[0].said_by == NULL);
    cr_claims_free(&cs);
}
