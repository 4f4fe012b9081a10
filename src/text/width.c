/* width.c - display width of text and stepping by grapheme cluster. */
#include "crossread/text.h"

#include <limits.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>

/* Characters that glibc's wcwidth() - which ncurses uses to advance the cursor - counts
 * wider than uc_width() does. Taking the wider value keeps a measured line from
 * overflowing on screen. */
static int wider_in_libc(ucs4_t c)
{
    if (c == 0x00AD)                         /* soft hyphen: drawn as a hyphen */
        return 1;
    if ((c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890 ||
        c == 0x0891 || c == 0x08E2)          /* prepended concatenation marks */
        return 1;
    if ((c >= 0x3248 && c <= 0x324F) || (c >= 0x4DC0 && c <= 0x4DFF))
        return 2;                            /* circled numbers, Yijing hexagrams */
    return 0;
}

/* Columns of one code point: controls 0 (a tab, which should not reach here, 1). */
static int codepoint_width(ucs4_t c)
{
    if (c < 0x80)
        return (c >= 0x20 && c < 0x7F) || c == '\t' ? 1 : 0;
    int w = uc_width(c, "UTF-8");
    int libc = wider_in_libc(c);
    if (libc > w)
        w = libc;
    return w < 0 ? 0 : w;
}

static size_t decode(const uint8_t *s, size_t len, ucs4_t *c)
{
    if (s[0] < 0x80) {
        *c = s[0];
        return 1;
    }
    int n = u8_mbtouc(c, s, len); /* an invalid byte decodes as U+FFFD, length 1 */
    return n > 0 ? (size_t)n : 1;
}

int cr_display_width(const char *s, size_t len)
{
    const uint8_t *u = (const uint8_t *)s;
    long long cols = 0;
    for (size_t i = 0; i < len;) {
        ucs4_t c;
        i += decode(u + i, len - i, &c);
        cols += codepoint_width(c);
    }
    return cols > INT_MAX ? INT_MAX : (int)cols;
}

/* The context that libunistring's pairwise uc_is_grapheme_break() cannot see: the run of
 * regional indicators (flags pair up) and an emoji followed by extenders and a ZWJ (emoji
 * ZWJ sequences stay together), rules GB11-GB13 of UAX #29. */
typedef struct {
    int prop;            /* Grapheme_Cluster_Break of the previous code point */
    unsigned ri_run;     /* regional indicators ending at the previous code point */
    bool pictographic;   /* previous code points end in ExtPict Extend* */
    bool zwj_after_pict; /* ... ExtPict Extend* ZWJ */
} grapheme_state;

static void grapheme_note(grapheme_state *st, ucs4_t c, int prop)
{
    bool pict = uc_is_property_extended_pictographic(c);
    st->ri_run = prop == GBP_RI ? st->ri_run + 1 : 0;
    st->zwj_after_pict = prop == GBP_ZWJ && st->pictographic;
    if (pict)
        st->pictographic = true;
    else if (prop != GBP_EXTEND)
        st->pictographic = false;
    st->prop = prop;
}

static bool grapheme_breaks_before(const grapheme_state *st, ucs4_t prev, ucs4_t c, int prop)
{
    if (st->prop == GBP_RI && prop == GBP_RI)
        return st->ri_run % 2 == 0;
    if (st->zwj_after_pict && uc_is_property_extended_pictographic(c))
        return false;
    return uc_is_grapheme_break(prev, c);
}

size_t cr_grapheme_next(const char *s, size_t len, int *cols)
{
    const uint8_t *u = (const uint8_t *)s;
    if (len == 0) {
        *cols = 0;
        return 0;
    }
    ucs4_t prev;
    size_t i = decode(u, len, &prev);
    long long w = codepoint_width(prev);
    /* Between two ASCII characters only CR LF does not break; the common case is fast. */
    if (prev < 0x80 && (i == len || u[i] < 0x80) && !(prev == '\r' && i < len && u[i] == '\n')) {
        *cols = (int)w;
        return i;
    }
    grapheme_state st = {0};
    grapheme_note(&st, prev, uc_graphemeclusterbreak_property(prev));
    while (i < len) {
        ucs4_t c;
        size_t n = decode(u + i, len - i, &c);
        int prop = uc_graphemeclusterbreak_property(c);
        if (grapheme_breaks_before(&st, prev, c, prop))
            break;
        grapheme_note(&st, c, prop);
        w += codepoint_width(c);
        prev = c;
        i += n;
    }
    *cols = w > INT_MAX ? INT_MAX : (int)w;
    return i;
}

size_t cr_prefix_fitting(const char *s, size_t len, int max_cols, int *cols)
{
    size_t used = 0;
    long long width = 0;
    while (used < len) {
        int w;
        size_t n = cr_grapheme_next(s + used, len - used, &w);
        if (width + w > max_cols)
            break;
        width += w;
        used += n;
    }
    if (cols)
        *cols = (int)width;
    return used;
}
