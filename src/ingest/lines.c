/* lines.c - small text helpers shared by the ingest files: lines, trimming, prefixes. */
#include "internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <string.h>
#include <strings.h>

void ig_split_lines(const char *text, size_t len, ig_lines *out)
{
    size_t n = 1;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(text + len - p))); p++)
        n++;
    out->v = cr_xmalloc(n * sizeof *out->v);
    out->n = 0;
    const char *s = text, *end = text + len;
    while (s <= end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        out->v[out->n++] = (ig_line){s, (size_t)(e - s)};
        if (!nl)
            break;
        s = nl + 1;
    }
    /* a final '\n' does not open another line */
    if (out->n > 1 && out->v[out->n - 1].len == 0 && len && text[len - 1] == '\n')
        out->n--;
}

/* Byte length of a white-space character at s (ASCII, no-break, the U+2000 spaces, the
 * ideographic space, a stray BOM), or 0. */
static size_t space_len(const unsigned char *s, size_t len)
{
    if (s[0] == ' ' || s[0] == '\n' || s[0] == '\t')
        return 1;
    if (len >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (len < 3)
        return 0;
    if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8B || s[2] == 0xAF))
        return 3;
    if ((s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) || (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) ||
        (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF))
        return 3;
    return 0;
}

void ig_trim(const char **s, size_t *len)
{
    size_t k;
    while (*len && (k = space_len((const unsigned char *)*s, *len)))
        *s += k, *len -= k;
    while (*len) {
        const unsigned char *e = (const unsigned char *)*s + *len;
        if (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t')
            (*len)--;
        else if (*len >= 2 && space_len(e - 2, 2) == 2)
            *len -= 2;
        else if (*len >= 3 && space_len(e - 3, 3) == 3)
            *len -= 3;
        else
            break;
    }
}

bool ig_blank(const char *s, size_t len)
{
    ig_trim(&s, &len);
    return len == 0;
}

bool ig_is_url(const char *s, size_t len)
{
    ig_trim(&s, &len);
    if (len >= 2 && s[0] == '<' && s[len - 1] == '>')
        s++, len -= 2;
    if (!(ig_starts_ci(s, len, "http://") || ig_starts_ci(s, len, "https://")))
        return false;
    return !memchr(s, ' ', len);
}

bool ig_starts_ci(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    return len >= n && strncasecmp(s, prefix, n) == 0;
}

bool ig_contains_ci(const char *s, size_t len, const char *needle, size_t limit)
{
    size_t n = strlen(needle);
    if (len > limit)
        len = limit;
    if (!n)
        return true;
    int first = tolower((unsigned char)needle[0]);
    for (size_t i = 0; i + n <= len; i++)
        if (tolower((unsigned char)s[i]) == first && strncasecmp(s + i, needle, n) == 0)
            return true;
    return false;
}

void ig_note(cr_doc *d, const char *fmt, ...)
{
    cr_buf b;
    cr_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    cr_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    d->notes = cr_xrealloc(d->notes, (d->nnotes + 1) * sizeof *d->notes);
    d->notes[d->nnotes++] = cr_buf_steal(&b);
}

cr_article *ig_doc_add(cr_doc *d)
{
    /* grow by doubling: a Reuters file holds 1000 articles */
    if ((d->n & (d->n - 1)) == 0)
        d->items = cr_xrealloc(d->items, (d->n ? d->n * 2 : 1) * sizeof *d->items);
    cr_article *a = &d->items[d->n++];
    memset(a, 0, sizeof *a);
    return a;
}
