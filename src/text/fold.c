/* fold.c - the matching key of a name: case- and diacritic-insensitive, spaces collapsed. */
#include "crossread/text.h"
#include "crossread/util.h"

#include <stdlib.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

/* ASCII text (most English news) needs no Unicode tables: folding only lowers A-Z, and
 * spaces collapse as in the general path below, which gives the same bytes. */
static char *fold_ascii(const char *s, size_t len)
{
    char *o = cr_xmalloc(len + 1);
    size_t n = 0;
    bool space = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (uc_is_space((ucs4_t)(unsigned char)c)) {
            space = n > 0;
            continue;
        }
        if (space)
            o[n++] = ' ';
        space = false;
        o[n++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    o[n] = '\0';
    return o;
}

static bool is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

char *cr_fold(const char *s, size_t len)
{
    if (is_ascii(s, len))
        return fold_ascii(s, len);
    size_t n = 0;
    /* NFKD separates base letters from their marks; full case folding lowers them. */
    uint8_t *f = u8_casefold((const uint8_t *)s, len, NULL, UNINORM_NFKD, NULL, &n);
    if (!f)
        return cr_xstrndup(s, len);
    cr_buf b;
    cr_buf_init(&b);
    bool space = false;
    for (size_t i = 0; i < n;) {
        ucs4_t uc;
        int k = u8_mbtouc(&uc, f + i, n - i);
        if (uc_is_general_category(uc, UC_CATEGORY_M)) {
            i += (size_t)k;
            continue;
        }
        if (uc_is_space(uc) || uc == 0x00A0) {
            space = b.len > 0;
            i += (size_t)k;
            continue;
        }
        if (space)
            cr_buf_addc(&b, ' ');
        space = false;
        cr_buf_add(&b, f + i, (size_t)k);
        i += (size_t)k;
    }
    free(f);
    return cr_buf_steal(&b);
}
