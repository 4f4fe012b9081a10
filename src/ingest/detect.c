/* detect.c - which format a decoded text is in, and whether its lines are hard-wrapped. */
#include "internal.h"

#include <ctype.h>
#include <string.h>

bool ig_wrapped(const ig_lines *l)
{
    size_t text = 0, longl = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (ig_blank(l->v[i].s, l->v[i].len))
            continue;
        text++;
        longl += l->v[i].len > 150;
    }
    return text >= 2 && longl * 50 <= text;
}

/* "Title: Something" - a header line: a short key of letters, a colon, a value. */
bool ig_header_line(const char *s, size_t len, size_t *klen)
{
    size_t i = 0;
    while (i < len && i < 24 && (isalpha((unsigned char)s[i]) || s[i] == '-' || s[i] == ' '))
        i++;
    if (i == 0 || i >= len || s[i] != ':' || s[0] == ' ' || s[i - 1] == ' ')
        return false;
    if (i + 1 < len && s[i + 1] != ' ')
        return false; /* "https://" is not a key */
    *klen = i;
    return true;
}

int ig_detect(const char *text, size_t len, const ig_lines *l)
{
    const char *s = text;
    size_t n = len;
    ig_trim(&s, &n);
    if (ig_starts_ci(s, n, "<!DOCTYPE lewis") || ig_starts_ci(s, n, "<REUTERS") ||
        ig_starts_ci(s, n, "<doc>") || ig_starts_ci(s, n, "<doclist>"))
        return CR_FORMAT_SGML;
    if (n && (s[0] == '[' || s[0] == '{'))
        return CR_FORMAT_JSON;
    size_t k, headers = 0, i = 0;
    while (i < l->n && ig_blank(l->v[i].s, l->v[i].len))
        i++;
    for (; i < l->n && ig_header_line(l->v[i].s, l->v[i].len, &k); i++)
        headers++;
    if (headers >= 2 && (i == l->n || ig_blank(l->v[i].s, l->v[i].len)))
        return CR_FORMAT_HEADER;
    size_t marks = 0, lim = l->n < 400 ? l->n : 400;
    for (i = 0; i < lim && marks < 2; i++) {
        const char *p = l->v[i].s;
        size_t m = l->v[i].len;
        ig_trim(&p, &m);
        if (m > 2 && p[0] == '#' && (p[1] == ' ' || p[1] == '#'))
            marks++;
        else if (m > 2000)
            continue; /* a huge line is prose; its markers prove nothing */
        else if (memmem(p, m, "](", 2) || memmem(p, m, "**", 2) || memmem(p, m, "<http", 5))
            marks++;
    }
    return marks >= 2 ? CR_FORMAT_MARKDOWN : CR_FORMAT_PLAIN;
}
