#include "t.h"

#include <stdlib.h>
#include <unigbrk.h>
#include <unistr.h>

#include "crossread/text.h"
#include "crossread/util.h"

#define W(s) cr_display_width(s, strlen(s))

TEST(display_width_counts_columns)
{
    CHECK_INT(W(""), 0);
    CHECK_INT(W("abc"), 3);
    CHECK_INT(W("Привет"), 6);
    CHECK_INT(W("Բարև"), 4);
    CHECK_INT(W("中文"), 4);
    CHECK_INT(W("日本語のテキスト"), 16);
    CHECK_INT(W("ｶﾀｶﾅ"), 4);                 /* half-width katakana */
    CHECK_INT(W("e\xCC\x81"), 1);             /* combining acute */
    CHECK_INT(W("Vie\xCC\xA3\xCC\x82t"), 4);
    CHECK_INT(W("😀"), 2);
    CHECK_INT(W("👨‍👩‍👧"), 6);                /* as ncurses advances: per code point */
    CHECK_INT(W("🇺🇸"), 2);
    CHECK_INT(W("مرحبا"), 5);
    CHECK_INT(W("a\tb"), 3);                  /* a stray tab is one column */
    CHECK_INT(W("\xC2\xAD"), 1);              /* soft hyphen, as glibc's wcwidth has it */
    CHECK_INT(W("\xE2\x80\x8B"), 0);          /* zero width space */
    CHECK_INT(W("\xE3\x80\x80"), 2);          /* ideographic space */
}

static size_t grapheme_len(const char *s)
{
    int w;
    return cr_grapheme_next(s, strlen(s), &w);
}

TEST(grapheme_next_keeps_clusters_whole)
{
    int w;
    CHECK_INT(grapheme_len("ab"), 1);
    CHECK_INT(grapheme_len("e\xCC\x81x"), 3);
    CHECK_INT(grapheme_len("👨‍👩‍👧x"), strlen("👨‍👩‍👧"));
    CHECK_INT(grapheme_len("🇺🇸🇬🇧"), 8);                /* flags pair up */
    CHECK_INT(grapheme_len("🇺🇸🇬"), 8);
    CHECK_INT(grapheme_len("👍🏽x"), 8);                  /* skin tone */
    CHECK_INT(grapheme_len("🏳️‍🌈!"), strlen("🏳️‍🌈"));
    CHECK_INT(grapheme_len("\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8x"), 9); /* Hangul L V T */
    CHECK_INT(grapheme_len("\r\nx"), 2);
    CHECK_INT(grapheme_len("a\xE2\x80\x8D"), 4);          /* ZWJ extends */
    CHECK_INT(grapheme_len("a\xE2\x80\x8D" "b"), 4);     /* but joins no letters */
    CHECK_INT(cr_grapheme_next("", 0, &w), 0);
    CHECK_INT(cr_grapheme_next("中x", 4, &w), 3);
    CHECK_INT(w, 2);
}

/* Random strings from code points chosen to exercise every grapheme rule; the boundaries
 * must match libunistring's array segmentation, which sees the whole context. */
TEST(grapheme_next_matches_libunistring)
{
    static const ucs4_t pool[] = {
        'a', ' ', '\n', '\r', 0x0301, 0x0308, 0x200D, 0xFE0F, 0x1F1FA, 0x1F1F8, 0x1F1EC,
        0x1F468, 0x1F469, 0x1F3FD, 0x2764, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x0915,
        0x093F, 0x094D, 0x0E33, 0x0600, 0x4E2D, 0x1F3F3, 0x1F308, 0x00A9, 0x0627,
    };
    unsigned seed = 12345;
    size_t mismatches = 0;
    for (int round = 0; round < 3000; round++) {
        uint8_t s[200];
        size_t len = 0;
        int n = 1 + round % 12;
        for (int i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            ucs4_t c = pool[(seed >> 16) % (sizeof pool / sizeof pool[0])];
            len += (size_t)u8_uctomb(s + len, c, (int)(sizeof s - len));
        }
        char brk[200];
        u8_grapheme_breaks(s, len, brk);
        for (size_t pos = 0; pos < len;) {
            int w;
            size_t g = cr_grapheme_next((const char *)s + pos, len - pos, &w);
            size_t want = 1;
            while (pos + want < len && !brk[pos + want])
                want++;
            if (g != want) {
                mismatches++;
                break;
            }
            pos += g;
        }
    }
    CHECK_INT(mismatches, 0);
}

TEST(prefix_fitting_never_splits_a_grapheme)
{
    int cols;
    const char *e2 = "e\xCC\x81" "e\xCC\x81";
    CHECK_INT(cr_prefix_fitting(e2, strlen(e2), 1, &cols), 3);
    CHECK_INT(cols, 1);
    CHECK_INT(cr_prefix_fitting(e2, strlen(e2), 0, &cols), 0);
    CHECK_INT(cols, 0);
    CHECK_INT(cr_prefix_fitting("中文", 6, 3, &cols), 3);
    CHECK_INT(cols, 2);
    CHECK_INT(cr_prefix_fitting("中文", 6, 1, &cols), 0);
    CHECK_INT(cr_prefix_fitting("中文", 6, 99, &cols), 6);
    CHECK_INT(cols, 4);
    const char *family = "👨‍👩‍👧";
    CHECK_INT(cr_prefix_fitting(family, strlen(family), 5, &cols), 0);
    CHECK_INT(cr_prefix_fitting(family, strlen(family), 6, &cols), strlen(family));
    CHECK_INT(cr_prefix_fitting("🇺🇸🇬🇧", 16, 3, &cols), 8);
    CHECK_INT(cols, 2);
    CHECK_INT(cr_prefix_fitting("Привет", strlen("Привет"), 4, &cols), 8);
    CHECK_INT(cr_prefix_fitting("abc", 3, 5, NULL), 3);
}

TEST(dominant_script_by_letters)
{
#define S(s) cr_dominant_script(s, strlen(s))
    CHECK_STR(S("The quick brown fox, 2024!"), "Latin");
    CHECK_STR(S("Президент России, 2024: hello"), "Cyrillic");
    CHECK_STR(S("Հայաստանի Հանրապետություն"), "Armenian");
    CHECK_STR(S("中华人民共和国国务院 2024"), "Han");
    CHECK_STR(S("أعلنت وزارة الصحة السعودية"), "Arabic");
    CHECK_STR(S("ひらがなのぶん"), "Hiragana");
    CHECK_STR(S("12345 !!! -- 😀"), "Unknown");
    CHECK_STR(S(""), "Unknown");
    CHECK_STR(S("ab абв"), "Cyrillic");
#undef S
}
