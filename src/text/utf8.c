/* utf8.c - UTF-8 validation, repair and sanitising of control characters. */
#include "crossread/text.h"
#include "crossread/util.h"

#include <unistr.h>

bool cr_utf8_valid(const char *s, size_t len)
{
    return u8_check((const uint8_t *)s, len) == NULL;
}

/* Length of the valid sequence starting at s, or 0 if it is invalid; for an invalid one,
 * *maximal receives the length of its maximal subpart (at least 1), so that it is replaced by
 * exactly one U+FFFD, as Unicode recommends. */
static size_t valid_seq(const unsigned char *s, size_t len, size_t *maximal)
{
    unsigned char c = s[0];
    *maximal = 1;
    if (c < 0x80)
        return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    for (size_t i = 1; i <= need; i++) {
        if (i >= len)
            return 0;
        unsigned char lo_i = i == 1 ? lo : 0x80, hi_i = i == 1 ? hi : 0xBF;
        if (s[i] < lo_i || s[i] > hi_i)
            return 0;
        *maximal = i + 1;
    }
    return need + 1;
}

char *cr_utf8_repair(const char *s, size_t len, size_t *out_len, size_t *replaced)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_reserve(&b, len);
    size_t n = 0, i = 0;
    const unsigned char *u = (const unsigned char *)s;
    while (i < len) {
        size_t maximal;
        size_t k = valid_seq(u + i, len - i, &maximal);
        if (k) {
            cr_buf_add(&b, s + i, k);
            i += k;
        } else {
            cr_buf_add(&b, "\xEF\xBF\xBD", 3);
            n++;
            i += maximal;
        }
    }
    if (replaced)
        *replaced = n;
    if (out_len)
        *out_len = b.len;
    return cr_buf_steal(&b);
}

char *cr_sanitize(const char *s, size_t len, bool keep_tab, size_t *out_len, size_t *changed)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_reserve(&b, len);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F) {
            if (c == '\n' || (c == '\t' && keep_tab)) {
                cr_buf_addc(&b, (char)c);
            } else {
                /* U+2400 + c, or U+2421 SYMBOL FOR DELETE */
                unsigned int cp = c == 0x7F ? 0x2421 : 0x2400 + c;
                char pic[3] = {(char)(0xE0 | (cp >> 12)), (char)(0x80 | ((cp >> 6) & 0x3F)),
                               (char)(0x80 | (cp & 0x3F))};
                cr_buf_add(&b, pic, 3);
                n++;
            }
            i++;
        } else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
                   (unsigned char)s[i + 1] <= 0x9F) {
            cr_buf_add(&b, "\xEF\xBF\xBD", 3); /* a C1 control such as CSI */
            n++;
            i += 2;
        } else {
            cr_buf_addc(&b, (char)c);
            i++;
        }
    }
    if (changed)
        *changed = n;
    if (out_len)
        *out_len = b.len;
    return cr_buf_steal(&b);
}

int cr_utf8_decode(const char *s, size_t len, unsigned int *cp)
{
    ucs4_t uc;
    int n = u8_mbtoucr(&uc, (const uint8_t *)s, len);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = uc;
    return n;
}
