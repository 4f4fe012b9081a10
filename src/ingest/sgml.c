/* sgml.c - record files: Reuters-21578 SGML (<REUTERS> with <DATE>, <TITLE>, <DATELINE>,
 * <BODY>) and Sogou-style <doc> records (<url>, <contenttitle>, <content>). One article per
 * record; character entities decoded; control-character entities (&#3; ...) dropped. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Case-insensitive search for needle, which starts with a non-letter ('<', '&'): memchr finds
 * the candidates, so a search costs one pass. */
static const char *find_ci(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    const char *end = s + len;
    for (const char *p = s; (size_t)(end - p) >= n; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) - n + 1);
        if (!p)
            return NULL;
        if (strncasecmp(p, needle, n) == 0)
            return p;
    }
    return NULL;
}

/* The text inside <tag ...>...</tag> within a record. */
static bool field(const char *r, size_t len, const char *tag, const char **out, size_t *olen)
{
    char open[32], close[32];
    snprintf(open, sizeof open, "<%s", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *p = r;
    for (;;) {
        p = find_ci(p, len - (size_t)(p - r), open);
        if (!p)
            return false;
        char after = (size_t)(p - r) + strlen(open) < len ? p[strlen(open)] : 0;
        if (after == '>' || after == ' ')
            break;
        p += strlen(open); /* "<TEXTURE" is not "<TEXT" */
    }
    const char *gt = memchr(p, '>', len - (size_t)(p - r));
    if (!gt)
        return false;
    gt++;
    const char *e = find_ci(gt, len - (size_t)(gt - r), close);
    if (!e)
        e = r + len;
    *out = gt;
    *olen = (size_t)(e - gt);
    return true;
}

/* Decodes entities and drops tags into b. */
static void decode_text(cr_buf *b, const char *s, size_t len, bool drop_tags)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (drop_tags && c == '<') {
            const char *gt = memchr(s + i, '>', len - i);
            if (gt) {
                i = (size_t)(gt - s);
                continue;
            }
        }
        if (c != '&') {
            cr_buf_addc(b, c);
            continue;
        }
        const char *semi = memchr(s + i, ';', len - i < 12 ? len - i : 12);
        if (!semi) {
            cr_buf_addc(b, c);
            continue;
        }
        size_t n = (size_t)(semi - (s + i)) + 1;
        static const struct {
            const char *name;
            const char *text;
        } named[] = {{"&lt;", "<"},   {"&gt;", ">"},   {"&amp;", "&"},
                     {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", " "}};
        bool done = false;
        for (size_t k = 0; k < sizeof named / sizeof named[0] && !done; k++)
            if (strlen(named[k].name) == n && strncmp(s + i, named[k].name, n) == 0) {
                cr_buf_adds(b, named[k].text);
                done = true;
            }
        if (!done && s[i + 1] == '#') {
            bool hex = s[i + 2] == 'x' || s[i + 2] == 'X';
            char *endp;
            char num[16];
            memcpy(num, s + i + 2 + hex, n - 3 - hex);
            num[n - 3 - hex] = '\0';
            unsigned long cp = strtoul(num, &endp, hex ? 16 : 10);
            if (*num && !*endp && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                done = true;
                if (cp == '\n' || cp >= 0x20) {
                    char u[4];
                    size_t k = 0;
                    if (cp < 0x80)
                        u[k++] = (char)cp;
                    else if (cp < 0x800)
                        u[k++] = (char)(0xC0 | (cp >> 6)), u[k++] = (char)(0x80 | (cp & 0x3F));
                    else if (cp < 0x10000)
                        u[k++] = (char)(0xE0 | (cp >> 12)), u[k++] = (char)(0x80 | ((cp >> 6) & 0x3F)),
                        u[k++] = (char)(0x80 | (cp & 0x3F));
                    else
                        u[k++] = (char)(0xF0 | (cp >> 18)), u[k++] = (char)(0x80 | ((cp >> 12) & 0x3F)),
                        u[k++] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[k++] = (char)(0x80 | (cp & 0x3F));
                    /* C1 controls would reach the terminal: keep them out */
                    if (!(cp >= 0x7F && cp <= 0x9F))
                        cr_buf_add(b, u, k);
                }
            }
        }
        if (done)
            i += n - 1;
        else
            cr_buf_addc(b, c);
    }
}

static char *decoded(const char *s, size_t len)
{
    cr_buf b;
    cr_buf_init(&b);
    decode_text(&b, s, len, true);
    const char *p = b.data ? b.data : "";
    size_t n = b.len;
    ig_trim(&p, &n);
    char *r = cr_xstrndup(p, n);
    cr_buf_free(&b);
    return r;
}

static void record(const char *r, size_t len, bool reuters, int line, cr_doc *d)
{
    const char *f;
    size_t fl;
    ig_story_opts o = {.wrapped = reuters};
    if (field(r, len, reuters ? "TITLE" : "contenttitle", &f, &fl))
        o.title = decoded(f, fl);
    if (o.title && !*o.title) {
        free(o.title);
        o.title = NULL;
    }
    char iso[11];
    if (field(r, len, "DATE", &f, &fl) && ig_date_line(f, fl, iso))
        o.date = cr_xstrdup(iso);
    if (field(r, len, "url", &f, &fl)) {
        o.url = decoded(f, fl);
        o.outlet = ig_outlet_from_url(o.url);
    }
    if (reuters && !o.outlet)
        o.outlet = cr_xstrdup("Reuters");
    cr_buf text;
    cr_buf_init(&text);
    if (field(r, len, "DATELINE", &f, &fl)) {
        decode_text(&text, f, fl, true);
        const char *p = text.data;
        size_t n = text.len;
        ig_trim(&p, &n);
        memmove(text.data, p, n);
        text.len = n;
        cr_buf_addc(&text, ' ');
    }
    if (field(r, len, reuters ? "BODY" : "content", &f, &fl))
        decode_text(&text, f, fl, true);
    else if (reuters && field(r, len, "TEXT", &f, &fl)) {
        /* a brief or unprocessed story: the text with its title tag taken out */
        const char *t;
        size_t tl;
        if (field(f, fl, "TITLE", &t, &tl)) {
            decode_text(&text, f, (size_t)(t - f), true);
            const char *after = t + tl;
            decode_text(&text, after, fl - (size_t)(after - f), true);
        } else
            decode_text(&text, f, fl, true);
    }
    ig_lines lines;
    ig_split_lines(text.data ? text.data : "", text.len, &lines);
    cr_article *a = ig_doc_add(d);
    ig_story(lines.v, lines.n, &o, a);
    a->seq = (int)d->n - 1;
    a->line = line;
    ig_article_finish(a);
    free(lines.v);
    cr_buf_free(&text);
}

bool ig_sgml(const char *text, size_t len, cr_doc *d)
{
    const char *rec = find_ci(text, len, "<REUTERS");
    bool reuters = rec != NULL;
    const char *open = reuters ? "<REUTERS" : "<doc>", *close = reuters ? "</REUTERS>" : "</doc>";
    const char *p = text;
    int line = 1;
    const char *counted = text;
    size_t before = d->n;
    while ((p = find_ci(p, len - (size_t)(p - text), open))) {
        for (; counted < p; counted++)
            line += *counted == '\n';
        const char *e = find_ci(p, len - (size_t)(p - text), close);
        const char *end = e ? e : text + len;
        record(p, (size_t)(end - p), reuters, line, d);
        p = e ? e + strlen(close) : text + len;
    }
    return d->n > before;
}
