/* ingest_check.h - helpers shared by the ingest tests: the invariants every cr_doc keeps. */
#ifndef CROSSREAD_INGEST_CHECK_H
#define CROSSREAD_INGEST_CHECK_H

#include "t.h"

#include "crossread/ingest.h"
#include "crossread/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Valid UTF-8 with no control character but '\n' (and no C1 control). */
static inline bool ic_clean(const char *s)
{
    if (!s)
        return true;
    size_t n = strlen(s);
    if (!cr_utf8_valid(s, n))
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\n') || c == 0x7F)
            return false;
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9F)
            return false;
    }
    return true;
}

/* Checks what the store relies on; returns the number of broken invariants. */
static inline int ic_check_doc(const cr_doc *d)
{
    int bad = 0;
    for (size_t i = 0; i < d->n; i++) {
        const cr_article *a = &d->items[i];
        bad += !a->title || !a->body || !a->script;
        bad += a->body && strlen(a->body) != a->body_len;
        bad += !ic_clean(a->title) + !ic_clean(a->outlet) + !ic_clean(a->date) +
               !ic_clean(a->author) + !ic_clean(a->url) + !ic_clean(a->body);
        bad += a->title && strchr(a->title, '\n') != NULL;
        bad += a->date && strlen(a->date) != 10;
        for (size_t k = 0; k < a->nspans; k++)
            bad += a->spans[k].start + a->spans[k].len > a->body_len || a->spans[k].len == 0;
        for (size_t k = 0; k < a->nurls; k++)
            bad += !ic_clean(a->urls[k]);
    }
    for (size_t i = 0; i < d->nnotes; i++)
        bad += !ic_clean(d->notes[i]);
    return bad;
}

/* A span of this kind whose text starts with prefix. */
static inline bool ic_has_span(const cr_article *a, int kind, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t k = 0; k < a->nspans; k++)
        if (a->spans[k].kind == kind && a->spans[k].len >= n &&
            memcmp(a->body + a->spans[k].start, prefix, n) == 0)
            return true;
    return false;
}

static inline size_t ic_count_spans(const cr_article *a, int kind)
{
    size_t c = 0;
    for (size_t k = 0; k < a->nspans; k++)
        c += a->spans[k].kind == kind;
    return c;
}

/* Writes bytes to dir/name and returns the path (static buffer). */
static inline const char *ic_write(const char *dir, const char *name, const void *p, size_t n)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return path;
    fwrite(p, 1, n, f);
    fclose(f);
    return path;
}

static inline bool ic_note_has(const cr_doc *d, const char *needle)
{
    for (size_t i = 0; i < d->nnotes; i++)
        if (strstr(d->notes[i], needle))
            return true;
    return false;
}

#endif
