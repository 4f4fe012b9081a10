/* textfind.c - folding that remembers where each folded byte came from, so a match in the
 * folded text maps back to a range of the original. */
#include "crossread/textfind.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "crossread/util.h"

/* Appends the fold of one character (u8 bytes c[0..n)) to b: lower case, marks dropped. */
static void fold_char(const char *c, size_t n, cr_buf *b)
{
    unsigned char ch = (unsigned char)c[0];
    if (ch < 0x80) {
        cr_buf_addc(b, ch == '\n' || ch == '\t' || ch == '\r' ? ' '
                       : (ch >= 'A' && ch <= 'Z')            ? (char)(ch + 32)
                                                             : (char)ch);
        return;
    }
    size_t fl = 0;
    uint8_t *f = u8_casefold((const uint8_t *)c, n, NULL, UNINORM_NFKD, NULL, &fl);
    if (!f) {
        cr_buf_add(b, c, n);
        return;
    }
    for (size_t i = 0; i < fl;) {
        ucs4_t uc;
        int k = u8_mbtouc(&uc, f + i, fl - i);
        if (k <= 0)
            break;
        if (!uc_is_general_category(uc, UC_CATEGORY_M))
            cr_buf_add(b, f + i, (size_t)k);
        i += (size_t)k;
    }
    free(f);
}

static size_t char_len(const char *s, size_t len)
{
    ucs4_t uc;
    int k = u8_mbtouc(&uc, (const uint8_t *)s, len);
    return k > 0 ? (size_t)k : 1;
}

void cr_foldmap_build(const char *s, size_t len, cr_foldmap *out)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_reserve(&b, len);
    cr_buf_add(&b, "", 0); /* terminated even when nothing is added */
    size_t cap = len + 1, *orig = cr_xmalloc(cap * sizeof *orig);
    for (size_t i = 0; i < len;) {
        size_t k = char_len(s + i, len - i);
        size_t before = b.len;
        fold_char(s + i, k, &b);
        if (b.len + 1 > cap) {
            while (cap < b.len + 1)
                cap *= 2;
            orig = cr_xrealloc(orig, cap * sizeof *orig);
        }
        for (size_t j = before; j < b.len; j++)
            orig[j] = i;
        i += k;
    }
    orig[b.len] = len;
    out->len = b.len;
    out->folded = cr_buf_steal(&b);
    out->orig = orig;
}

void cr_foldmap_free(cr_foldmap *m)
{
    free(m->folded);
    free(m->orig);
    memset(m, 0, sizeof *m);
}

static char *fold_needle(const char *s)
{
    cr_buf b;
    cr_buf_init(&b);
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        size_t k = char_len(s + i, len - i);
        fold_char(s + i, k, &b);
        i += k;
    }
    return cr_buf_steal(&b);
}

size_t cr_foldmap_find_all(const cr_foldmap *m, const char *needle, cr_hit **out)
{
    *out = NULL;
    char *nf = fold_needle(needle);
    size_t nl = strlen(nf), n = 0, cap = 0;
    for (size_t i = 0; nl && i + nl <= m->len;) {
        const char *hit = memmem(m->folded + i, m->len - i, nf, nl);
        if (!hit)
            break;
        size_t at = (size_t)(hit - m->folded), end = at + nl;
        /* a match ending inside one character's fold takes the whole character */
        while (end < m->len && m->orig[end] == m->orig[end - 1])
            end++;
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            *out = cr_xrealloc(*out, cap * sizeof **out);
        }
        (*out)[n++] = (cr_hit){m->orig[at], m->orig[end] - m->orig[at]};
        i = end;
    }
    free(nf);
    return n;
}

char *cr_fold_words(const char *s, size_t len)
{
    cr_buf f;
    cr_buf_init(&f);
    for (size_t i = 0; i < len;) {
        size_t k = char_len(s + i, len - i);
        fold_char(s + i, k, &f);
        i += k;
    }
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_addc(&b, ' ');
    for (size_t i = 0; i < f.len;) {
        ucs4_t uc;
        int k = u8_mbtouc(&uc, (const uint8_t *)f.data + i, f.len - i);
        size_t step = k > 0 ? (size_t)k : 1;
        if (uc_is_general_category(uc, UC_CATEGORY_L) || uc_is_general_category(uc, UC_CATEGORY_N))
            cr_buf_add(&b, f.data + i, step);
        else if (b.data[b.len - 1] != ' ')
            cr_buf_addc(&b, ' ');
        i += step;
    }
    if (b.data[b.len - 1] != ' ')
        cr_buf_addc(&b, ' ');
    cr_buf_free(&f);
    return cr_buf_steal(&b);
}
