/* entity_fold.c - folding of names on the extraction path. Most names are ASCII; lowering
 * them in place avoids the normalisation and allocation cr_fold() needs for the rest. */
#include "entity_int.h"

#include <stdlib.h>

#include "crossread/text.h"

void cr_ent_fold(const char *s, size_t n, cr_buf *out)
{
    out->len = 0;
    cr_buf_reserve(out, n);
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    if (!ascii) {
        char *f = cr_fold(s, n);
        cr_buf_adds(out, f);
        free(f);
        return;
    }
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            space = out->len > 0;
            continue;
        }
        if (space)
            out->data[out->len++] = ' ';
        space = false;
        out->data[out->len++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out->data[out->len] = '\0';
}
