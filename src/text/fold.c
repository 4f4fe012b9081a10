/* fold.c - the matching key of a name: case- and diacritic-insensitive, spaces collapsed. */
#include "crossread/text.h"
#include "crossread/util.h"

#include <stdlib.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

/* The folded text being built: spaces collapse to one, none at either end. */
typedef struct {
    cr_buf b;
    bool space; /* white space seen since the last character kept */
} folder;

static void put(folder *f, ucs4_t uc, const uint8_t *bytes, size_t k)
{
    if (uc_is_general_category(uc, UC_CATEGORY_M))
        return;
    if (uc_is_space(uc) || uc == 0x00A0) {
        f->space = f->b.len > 0;
        return;
    }
    if (f->space)
        cr_buf_addc(&f->b, ' ');
    f->space = false;
    cr_buf_add(&f->b, bytes, k);
}

/* ASCII needs no Unicode tables: folding only lowers A-Z, and no ASCII character is a mark. */
static void put_ascii(folder *f, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (uc_is_space((ucs4_t)(unsigned char)c)) {
            f->space = f->b.len > 0;
            continue;
        }
        if (f->space)
            cr_buf_addc(&f->b, ' ');
        f->space = false;
        cr_buf_addc(&f->b, c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c);
    }
}

/* NFKD separates base letters from their marks; full case folding lowers them. */
static bool put_unicode(folder *f, const char *s, size_t len)
{
    size_t n = 0;
    uint8_t *u = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFKD, NULL, &n);
    if (!u)
        return false;
    for (size_t i = 0; i < n;) {
        ucs4_t uc;
        int k = u8_mbtouc(&uc, u + i, n - i);
        put(f, uc, u + i, (size_t)k);
        i += (size_t)k;
    }
    free(u);
    return true;
}

/* Folding works character by character and canonical reordering never crosses a character
 * of combining class 0 such as any ASCII one, so valid UTF-8 is folded run by run: ASCII
 * runs (most of English news) take the shortcut, the rest goes through libunistring. Invalid
 * UTF-8 is folded whole, as libunistring decides. */
char *cr_fold(const char *s, size_t len)
{
    folder f = {.space = false};
    cr_buf_init(&f.b);
    bool valid = u8_check((const uint8_t *)s, len) == NULL;
    if (!valid) {
        if (!put_unicode(&f, s, len)) {
            cr_buf_free(&f.b);
            return cr_xstrndup(s, len);
        }
        return cr_buf_steal(&f.b);
    }
    for (size_t i = 0, j; i < len; i = j) {
        bool ascii = (unsigned char)s[i] < 0x80;
        for (j = i + 1; j < len && ((unsigned char)s[j] < 0x80) == ascii; j++)
            ;
        if (ascii)
            put_ascii(&f, s + i, j - i);
        else if (!put_unicode(&f, s + i, j - i)) {
            cr_buf_free(&f.b);
            return cr_xstrndup(s, len);
        }
    }
    return cr_buf_steal(&f.b);
}
