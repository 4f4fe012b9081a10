/* build.c - collects one article's rendered body, its spans and the URLs it mentions. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void ig_build_init(ig_build *b)
{
    memset(b, 0, sizeof *b);
    cr_buf_init(&b->body);
}

void ig_build_free(ig_build *b)
{
    cr_buf_free(&b->body);
    free(b->spans);
    for (size_t i = 0; i < b->nurls; i++)
        free(b->urls[i]);
    free(b->urls);
    memset(b, 0, sizeof *b);
}

void ig_span(ig_build *b, size_t start, size_t len, int kind)
{
    if (!len)
        return;
    if (b->nspans == b->capspans) {
        b->capspans = b->capspans ? b->capspans * 2 : 16;
        b->spans = cr_xrealloc(b->spans, b->capspans * sizeof *b->spans);
    }
    b->spans[b->nspans++] = (cr_span){start, len, kind};
}

void ig_url(ig_build *b, const char *s, size_t len)
{
    ig_trim(&s, &len);
    if (len >= 2 && s[0] == '<' && s[len - 1] == '>')
        s++, len -= 2;
    if (!len || s[0] == '#') /* "#" is a placeholder, not a place to go */
        return;
    /* articles mention a handful of URLs; a linear check for repeats is enough, but a
     * pathological file must not make it quadratic, so only the last 64 are compared */
    size_t from = b->nurls > 64 ? b->nurls - 64 : 0;
    for (size_t i = from; i < b->nurls; i++)
        if (strlen(b->urls[i]) == len && memcmp(b->urls[i], s, len) == 0)
            return;
    if (b->nurls == b->capurls) {
        b->capurls = b->capurls ? b->capurls * 2 : 8;
        b->urls = cr_xrealloc(b->urls, b->capurls * sizeof *b->urls);
    }
    b->urls[b->nurls++] = cr_xstrndup(s, len);
}

static int span_cmp(const void *x, const void *y)
{
    const cr_span *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1; /* enclosing span first */
    return a->kind - b->kind;
}

void ig_build_finish(ig_build *b, cr_article *a)
{
    /* no trailing paragraph separator */
    while (b->body.len && b->body.data[b->body.len - 1] == '\n')
        b->body.data[--b->body.len] = '\0';
    for (size_t i = 0; i < b->nspans; i++) {
        cr_span *s = &b->spans[i];
        if (s->start >= b->body.len)
            s->len = 0;
        else if (s->start + s->len > b->body.len)
            s->len = b->body.len - s->start;
    }
    size_t k = 0;
    for (size_t i = 0; i < b->nspans; i++)
        if (b->spans[i].len)
            b->spans[k++] = b->spans[i];
    if (k)
        qsort(b->spans, k, sizeof *b->spans, span_cmp);
    a->body_len = b->body.len;
    a->body = cr_buf_steal(&b->body);
    a->spans = b->spans;
    a->nspans = k;
    a->urls = b->urls;
    a->nurls = b->nurls;
    b->spans = NULL;
    b->urls = NULL;
    b->nurls = b->nspans = 0;
    ig_build_free(b);
}
