#include "t.h"

#include <stdio.h>
#include <stdlib.h>
#include <unigbrk.h>

#include "crossread/text.h"
#include "crossread/util.h"
#include "crossread/wrap.h"

static const int widths[] = {1, 2, 3, 5, 10, 20, 40, 80};

/* The lines of text at width joined by '|', for comparing exact splits. */
static char *wrapped(const char *text, int width)
{
    cr_lines l = {0};
    cr_wrap(text, strlen(text), width, 0, &l);
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < l.n; i++) {
        if (i)
            cr_buf_addc(&b, '|');
        cr_buf_add(&b, text + l.lines[i].start, l.lines[i].len);
    }
    cr_lines_free(&l);
    return cr_buf_steal(&b);
}

#define CHECK_WRAP(text, width, expected)                                          \
    do {                                                                           \
        char *w_ = wrapped(text, width);                                           \
        CHECK_STR(w_, expected);                                                   \
        free(w_);                                                                  \
    } while (0)

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

/* U+2028 / U+2029 at text[k]: mandatory breaks that, like '\n', belong to no line. */
static bool is_separator_at(const char *text, size_t len, size_t k)
{
    return k + 3 <= len && memcmp(text + k, "\xE2\x80", 2) == 0 &&
           (text[k + 2] == '\xA8' || text[k + 2] == '\xA9');
}

/* Whether text[from..to) holds nothing but spaces, newlines and separators. */
static bool only_gaps(const char *text, size_t len, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        if (is_separator_at(text, len, k))
            k += 2;
        else if (!is_space(text[k]) && text[k] != '\n')
            return false;
    }
    return true;
}

static bool starts_paragraph(const char *text, size_t start)
{
    return start == 0 || text[start - 1] == '\n' ||
           (start >= 3 && is_separator_at(text, start, start - 3));
}

/* Checks everything cr_wrap promises, against libunistring's own grapheme segmentation:
 * lines in order, inside the text, on grapheme boundaries, free of '\n' and of spaces at
 * their ends, measured right, no wider than width unless a single grapheme, and together
 * covering every byte that is not a space or line break. Returns the number of lines. */
static size_t check_wrap_invariants(const char *text, size_t len, int width)
{
    char *gb = cr_xmalloc(len + 1);
    u8_grapheme_breaks((const uint8_t *)text, len, gb);
    gb[len] = 1;
    gb[0] = 1;
    cr_lines l = {0};
    cr_wrap(text, len, width, 0, &l);
    size_t covered = 0, bad = 0;
    for (size_t i = 0; i < l.n && bad < 5; i++) {
        cr_line ln = l.lines[i];
        size_t end = ln.start + ln.len;
        bool ok = ln.start >= covered && end <= len && gb[ln.start] && gb[end];
        ok = ok && only_gaps(text, len, covered, ln.start);
        ok = ok && memchr(text + ln.start, '\n', ln.len) == NULL;
        ok = ok && ln.width == cr_display_width(text + ln.start, ln.len);
        if (ln.len) {
            int gw;
            bool single = cr_grapheme_next(text + ln.start, ln.len, &gw) == ln.len;
            ok = ok && (ln.width <= width || single) && !is_space(text[end - 1]);
            ok = ok && (starts_paragraph(text, ln.start) || !is_space(text[ln.start]));
        }
        if (!ok) {
            t_fail(__FILE__, __LINE__, "width %d, line %zu [%zu,+%zu) width %d breaks a rule",
                   width, i, ln.start, ln.len, ln.width);
            bad++;
        }
        covered = end;
    }
    if (bad == 0 && !only_gaps(text, len, covered, len))
        t_fail(__FILE__, __LINE__, "width %d: text after byte %zu is in no line", width, covered);
    size_t n = l.n;
    cr_lines_free(&l);
    free(gb);
    return n;
}

static void check_all_widths(const char *text)
{
    for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++)
        check_wrap_invariants(text, strlen(text), widths[i]);
}

/* Short literal samples of every script the reader meets. */
static const char *const samples[] = {
    "The quick brown fox jumps over the lazy dog, well-known and (rather) \"famous\".",
    "Президент России Владимир Путин провёл в Кремле совещание с членами правительства.",
    "Հայաստանի Հանրապետության կառավարությունը հաստատել է նոր ծրագիրը։",
    "中华人民共和国国务院今天发布了关于促进经济发展的若干意见，全文如下。",
    "東京都は４日、新型の観測装置を導入すると発表した。「詳細は後日」としている。",
    "Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t co\xCC\x81 da\xCC\x82\xCC\x81u: "
    "ca\xCC\x81\xCC\x81 e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81",
    "Family 👨‍👩‍👧‍👦 and flags 🇺🇸🇬🇧🇫🇷🇩🇪 and 👍🏽👍🏿 thumbs, 🏳️‍🌈 too",
    "أعلنت وزارة الصحة السعودية اليوم عن تسجيل حالات جديدة",
    "    Indented paragraph that goes on\n\n  second   paragraph\twith a tab   \n   \n",
    "supercalifragilisticexpialidocious https://example.com/a/very/long/path?q=1&r=2 end",
    "한국어 문장도 줄바꿈이 됩니다. 가각간갇",
    "line\xE2\x80\xA8separated\xE2\x80\xA9paragraphs",
};

TEST(wrap_invariants_for_every_script_and_width)
{
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        check_all_widths(samples[i]);
}

TEST(wrap_latin_exact)
{
    CHECK_WRAP("Hello world", 5, "Hello|world");
    CHECK_WRAP("Hello world", 11, "Hello world");
    CHECK_WRAP("Hello world", 10, "Hello|world");
    CHECK_WRAP("The quick brown fox", 10, "The quick|brown fox");
    CHECK_WRAP("ab   cd", 3, "ab|cd");
    CHECK_WRAP("well-known fact", 6, "well-|known|fact");
    CHECK_WRAP("a b c d e", 1, "a|b|c|d|e");
    CHECK_WRAP("a b c d e", 3, "a b|c d|e");
}

TEST(wrap_cyrillic_and_armenian_exact)
{
    CHECK_WRAP("Привет мир, как дела", 10, "Привет|мир, как|дела");
    CHECK_WRAP("Привет мир, как дела", 2, "Пр|ив|ет|ми|р,|ка|к|де|ла");
    CHECK_WRAP("Բարև ձեզ, աշխարհ", 8, "Բարև|ձեզ,|աշխարհ");
    CHECK_WRAP("Բարև ձեզ, աշխարհ", 9, "Բարև ձեզ,|աշխարհ");
}

TEST(wrap_cjk_breaks_between_ideographs)
{
    CHECK_WRAP("中文文本测试", 5, "中文|文本|测试");
    CHECK_WRAP("中文文本测试", 4, "中文|文本|测试");
    CHECK_WRAP("中文文本测试", 6, "中文文|本测试");
    CHECK_WRAP("中文文本", 1, "中|文|文|本"); /* each too wide: one per line */
    CHECK_WRAP("中文文本", 2, "中|文|文|本");
    /* A closing mark never starts a line (UAX #14 class CL): 。 goes with its ideograph. */
    CHECK_WRAP("文本。文本", 4, "文|本。|文本");
    CHECK_WRAP("日本語のテキスト", 6, "日本語|のテキ|スト");
    cr_lines l = {0};
    cr_wrap("中文", 6, 1, 0, &l);
    CHECK_INT(l.n, 2);
    CHECK_INT(l.lines[0].width, 2);
    cr_lines_free(&l);
}

TEST(wrap_keeps_combining_marks_with_their_base)
{
    const char *e4 = "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81";
    CHECK_WRAP(e4, 2, "e\xCC\x81" "e\xCC\x81|e\xCC\x81" "e\xCC\x81");
    CHECK_WRAP(e4, 1, "e\xCC\x81|e\xCC\x81|e\xCC\x81|e\xCC\x81");
    CHECK_WRAP(e4, 3, "e\xCC\x81" "e\xCC\x81" "e\xCC\x81|e\xCC\x81");
    const char *vi = "Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t";
    CHECK_WRAP(vi, 5, "Tie\xCC\x82\xCC\x81ng|Vie\xCC\xA3\xCC\x82t");
    CHECK_WRAP(vi, 3, "Tie\xCC\x82\xCC\x81|ng|Vie\xCC\xA3\xCC\x82|t");
}

TEST(wrap_never_splits_emoji)
{
    const char *family = "👨‍👩‍👧"; /* 3 emoji joined by ZWJ, 6 columns */
    char *text = cr_xasprintf("a%sb", family);
    char *want = cr_xasprintf("a|%s|b", family);
    CHECK_WRAP(text, 3, want);
    free(want);
    want = cr_xasprintf("%s|b", family); /* never cut inside the sequence */
    char *alone = cr_xasprintf("%sb", family);
    CHECK_WRAP(alone, 2, want);
    free(want);
    free(alone);
    free(text);
    CHECK_WRAP("🇺🇸🇬🇧🇫🇷", 4, "🇺🇸🇬🇧|🇫🇷");
    CHECK_WRAP("🇺🇸🇬🇧🇫🇷", 1, "🇺🇸|🇬🇧|🇫🇷");
    CHECK_WRAP("🇺🇸🇬🇧🇫🇷", 3, "🇺🇸|🇬🇧|🇫🇷");
    CHECK_WRAP("👍🏽👍🏽", 4, "👍🏽|👍🏽");
    CHECK_WRAP("👍🏽👍🏽", 2, "👍🏽|👍🏽");
}

TEST(wrap_hard_breaks_and_empty_lines)
{
    CHECK_WRAP("a\n\nb\n", 10, "a||b");
    CHECK_WRAP("\n", 10, "");
    CHECK_WRAP("one\n\n\ntwo", 10, "one|||two");
    CHECK_WRAP("trailing   \n   \nx", 4, "trai|ling||x");
    cr_lines l = {0};
    cr_wrap("", 0, 10, 0, &l);
    CHECK_INT(l.n, 0);
    cr_wrap("\n\n", 2, 10, 0, &l);
    CHECK_INT(l.n, 2);
    CHECK_INT(l.lines[0].start, 0);
    CHECK_INT(l.lines[1].start, 1);
    CHECK_INT(l.lines[1].len, 0);
    cr_lines_free(&l);
    CHECK_WRAP("line\xE2\x80\xA8next", 20, "line|next");
}

TEST(wrap_keeps_indentation_and_cuts_long_words)
{
    CHECK_WRAP("    Hello world", 11, "    Hello|world");
    CHECK_WRAP("    Hello world", 8, "Hello|world"); /* no room left: indentation goes */
    CHECK_WRAP("  x\n  y z", 3, "  x|  y|z");
    CHECK_WRAP("      ab", 4, "ab");
    CHECK_WRAP("  abcdef", 4, "abcd|ef");
    CHECK_WRAP("  ab cd", 4, "  ab|cd");
    CHECK_WRAP("      ", 4, "");
    CHECK_WRAP("abcdefghij", 4, "abcd|efgh|ij");
    CHECK_WRAP("ab abcdefghij", 4, "ab|abcd|efgh|ij");
    CHECK_WRAP("a\tb", 10, "a\tb");
    CHECK_INT(cr_display_width("a\tb", 3), 3);
}

TEST(wrap_adds_base_and_reports_widths)
{
    cr_lines l = {0};
    cr_wrap("Привет мир", strlen("Привет мир"), 6, 1000, &l);
    CHECK_INT(l.n, 2);
    CHECK_INT(l.lines[0].start, 1000);
    CHECK_INT(l.lines[0].len, strlen("Привет"));
    CHECK_INT(l.lines[0].width, 6);
    CHECK_INT(l.lines[1].start, 1000 + strlen("Привет "));
    CHECK_INT(l.lines[1].width, 3);
    cr_wrap("x", 1, 6, 0, &l); /* appends */
    CHECK_INT(l.n, 3);
    CHECK_INT(l.lines[2].start, 0);
    cr_lines_free(&l);
    CHECK(l.lines == NULL && l.n == 0);
}

TEST(lines_find_locates_offsets)
{
    cr_lines l = {0};
    CHECK_INT(cr_lines_find(&l, 5), 0);
    cr_wrap("Hello world foo", 15, 5, 0, &l);
    CHECK_INT(l.n, 3);
    CHECK_INT(cr_lines_find(&l, 0), 0);
    CHECK_INT(cr_lines_find(&l, 5), 0);  /* the space after "Hello" */
    CHECK_INT(cr_lines_find(&l, 6), 1);
    CHECK_INT(cr_lines_find(&l, 11), 1);
    CHECK_INT(cr_lines_find(&l, 12), 2);
    CHECK_INT(cr_lines_find(&l, 1000), 2);
    cr_lines_free(&l);
    cr_wrap("abc", 3, 5, 100, &l);
    CHECK_INT(cr_lines_find(&l, 3), 0); /* before the first line */
    cr_lines_free(&l);
}

/* Paragraphs far longer than one break window: the window seams must not show. */
TEST(wrap_long_paragraph_is_regular)
{
    size_t reps = 100000;
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < reps; i++)
        cr_buf_adds(&b, "abcd ");
    cr_lines l = {0};
    cr_wrap(b.data, b.len, 9, 0, &l);
    CHECK_INT(l.n, reps / 2);
    size_t bad = 0;
    for (size_t i = 0; i < l.n; i++)
        bad += l.lines[i].start != 10 * i || l.lines[i].len != 9 || l.lines[i].width != 9;
    CHECK_INT(bad, 0);
    cr_lines_free(&l);
    cr_buf_free(&b);

    cr_buf_init(&b);
    for (size_t i = 0; i < reps; i++)
        cr_buf_adds(&b, "中");
    cr_wrap(b.data, b.len, 10, 0, &l);
    CHECK_INT(l.n, reps / 5);
    bad = 0;
    for (size_t i = 0; i < l.n; i++)
        bad += l.lines[i].start != 15 * i || l.lines[i].width != 10;
    CHECK_INT(bad, 0);
    cr_lines_free(&l);
    cr_buf_free(&b);

    cr_buf_init(&b);
    for (size_t i = 0; i < reps / 2; i++)
        cr_buf_adds(&b, "🇺🇸"); /* 8 bytes, 2 columns */
    cr_wrap(b.data, b.len, 5, 0, &l);
    CHECK_INT(l.n, reps / 4);
    bad = 0;
    for (size_t i = 0; i < l.n; i++)
        bad += l.lines[i].start != 16 * i || l.lines[i].len != 16;
    CHECK_INT(bad, 0);
    cr_lines_free(&l);
    check_wrap_invariants(b.data, b.len, 7);
    cr_buf_free(&b);

    cr_buf_init(&b);
    for (size_t i = 0; i < 3000; i++)
        cr_buf_adds(&b, samples[i % (sizeof samples / sizeof samples[0] - 4)]);
    for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++)
        check_wrap_invariants(b.data, b.len, widths[i]);
    cr_buf_free(&b);
}

/* Unbreakable text longer than a window: cut every width columns, seams included. */
TEST(wrap_long_unbreakable_word)
{
    size_t n = 200000;
    char *s = cr_xmalloc(n);
    memset(s, 'x', n);
    cr_lines l = {0};
    cr_wrap(s, n, 7, 0, &l);
    CHECK_INT(l.n, (n + 6) / 7);
    size_t bad = 0;
    for (size_t i = 0; i < l.n; i++)
        bad += l.lines[i].start != 7 * i;
    CHECK_INT(bad, 0);
    cr_lines_free(&l);
    free(s);
}

/* A grapheme cluster longer than a break window (a letter with 100000 combining marks) is
 * still one cluster of one column, and the text after it wraps as usual. */
TEST(wrap_cluster_longer_than_a_window)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_adds(&b, "x a");
    for (int i = 0; i < 100000; i++)
        cr_buf_adds(&b, "\xCC\x81");
    cr_buf_adds(&b, " bc de");
    cr_lines l = {0};
    cr_wrap(b.data, b.len, 4, 0, &l);
    CHECK_INT(l.n, 3);
    CHECK_INT(l.lines[0].len, b.len - strlen(" bc de"));
    CHECK_INT(l.lines[0].width, 3);
    CHECK_INT(l.lines[1].start, b.len - strlen("bc de"));
    CHECK_INT(l.lines[1].width, 2);
    CHECK_INT(l.lines[2].width, 2);
    cr_lines_free(&l);
    check_wrap_invariants(b.data, b.len, 1);
    cr_buf_free(&b);
}

/* The input should be valid UTF-8, but stray bytes must not crash or loop. */
TEST(wrap_survives_invalid_utf8)
{
    size_t n = 150000;
    char *s = cr_xmalloc(n);
    for (size_t i = 0; i < n; i++)
        s[i] = (char)(i % 7 == 0 ? ' ' : 0x80 + i % 50);
    cr_lines l = {0};
    cr_wrap(s, n, 10, 0, &l);
    CHECK(l.n > 0);
    size_t bad = 0;
    for (size_t i = 0; i < l.n; i++)
        bad += l.lines[i].width > 10 || l.lines[i].start + l.lines[i].len > n;
    CHECK_INT(bad, 0);
    cr_lines_free(&l);
    free(s);
}

/* Real articles from the shared corpora, if this checkout sits beside them. */
static char *read_sample(const char *rel, size_t limit, size_t *len)
{
    const char *roots[] = {"../shared/corpora/unicode-news", "../../shared/corpora/unicode-news"};
    for (size_t i = 0; i < 2; i++) {
        char *path = cr_xasprintf("%s/%s", roots[i], rel);
        FILE *f = fopen(path, "rb");
        free(path);
        if (!f)
            continue;
        char *raw = cr_xmalloc(limit);
        size_t n = fread(raw, 1, limit, f);
        fclose(f);
        size_t rlen;
        char *valid = cr_utf8_repair(raw, n, &rlen, NULL);
        char *clean = cr_sanitize(valid, rlen, false, len, NULL);
        free(raw);
        free(valid);
        return clean;
    }
    return NULL;
}

TEST(wrap_and_script_of_corpus_articles)
{
    static const struct {
        const char *file, *script;
    } cases[] = {
        {"ru-factrueval/devset/book_58.txt", "Cyrillic"},
        {"hy-ilur/test/accidents/text-10010.txt", "Armenian"},
        {"zh-sogou/news_sohusite_xml.smarty.dat", "Han"},
        {"zh-sogou/news_tensite_xml.smarty.dat", NULL}, /* GBK: repaired first */
        {"ar-saudinewsnet/2015-07-23.json", "Arabic"},
        {"ja-livedoor/it-life-hack/it-life-hack-6830890.txt", NULL},
    };
    int found = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len;
        char *text = read_sample(cases[i].file, 200000, &len);
        if (!text)
            continue;
        found++;
        if (cases[i].script)
            CHECK_STR(cr_dominant_script(text, len), cases[i].script);
        for (size_t k = 0; k < sizeof widths / sizeof widths[0]; k++)
            check_wrap_invariants(text, len, widths[k]);
        free(text);
    }
    if (!found)
        printf("  (skipped: ../shared/corpora/unicode-news not found)\n");
}
