/* hitmark.c - marked text to plain text and hit ranges. */
#include "crossread/hitmark.h"

#include <stdlib.h>

#include "crossread/util.h"

size_t cr_hitmark_split(const char *s, size_t len, bool flatten, char **text, cr_hit **hits)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_reserve(&b, len);
    cr_buf_add(&b, "", 0); /* terminated even when nothing is added */
    cr_hit *h = NULL;
    size_t n = 0, cap = 0, open_at = 0;
    bool open = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == CR_HIT_OPEN) {
            if (!open) {
                open = true;
                open_at = b.len;
            }
            continue;
        }
        if (c == CR_HIT_CLOSE) {
            if (!open)
                continue;
            open = false;
            if (b.len == open_at)
                continue;
            if (n && h[n - 1].start + h[n - 1].len >= open_at) {
                h[n - 1].len = b.len - h[n - 1].start; /* touching the previous hit: one hit */
                continue;
            }
            if (n == cap) {
                cap = cap ? 2 * cap : 8;
                h = cr_xrealloc(h, cap * sizeof *h);
            }
            h[n++] = (cr_hit){open_at, b.len - open_at};
            continue;
        }
        cr_buf_addc(&b, flatten && (c == '\n' || c == '\r') ? ' ' : c);
    }
    if (open && b.len > open_at) {
        if (n == cap)
            h = cr_xrealloc(h, (cap + 1) * sizeof *h);
        h[n++] = (cr_hit){open_at, b.len - open_at};
    }
    *text = cr_buf_steal(&b);
    *hits = h;
    return n;
}
