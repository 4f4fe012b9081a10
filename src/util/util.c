/* util.c - allocation that cannot fail silently, and the growable buffer. */
#include "crossread/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "crossread: out of memory (%zu bytes)\n", n);
    exit(1);
}

void *cr_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *cr_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        out_of_memory(n * size);
    return p;
}

void *cr_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *cr_xstrdup(const char *s)
{
    return cr_xstrndup(s, strlen(s));
}

char *cr_xstrndup(const char *s, size_t n)
{
    char *p = cr_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *cr_xasprintf(const char *fmt, ...)
{
    cr_buf b;
    cr_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    cr_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return cr_buf_steal(&b);
}

void cr_buf_init(cr_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void cr_buf_free(cr_buf *b)
{
    free(b->data);
    cr_buf_init(b);
}

void cr_buf_reserve(cr_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = cr_xrealloc(b->data, cap);
    b->cap = cap;
}

void cr_buf_add(cr_buf *b, const void *p, size_t n)
{
    cr_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void cr_buf_addc(cr_buf *b, char c)
{
    cr_buf_add(b, &c, 1);
}

void cr_buf_adds(cr_buf *b, const char *s)
{
    cr_buf_add(b, s, strlen(s));
}

void cr_buf_vprintf(cr_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return;
    cr_buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void cr_buf_printf(cr_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cr_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void cr_json_string(cr_buf *b, const char *s)
{
    cr_buf_addc(b, '"');
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"': cr_buf_adds(b, "\\\""); break;
        case '\\': cr_buf_adds(b, "\\\\"); break;
        case '\n': cr_buf_adds(b, "\\n"); break;
        case '\t': cr_buf_adds(b, "\\t"); break;
        case '\r': cr_buf_adds(b, "\\r"); break;
        default:
            if (*p < 0x20)
                cr_buf_printf(b, "\\u%04x", *p);
            else
                cr_buf_addc(b, (char)*p);
        }
    }
    cr_buf_addc(b, '"');
}

char *cr_buf_steal(cr_buf *b)
{
    if (!b->data)
        return cr_xstrdup("");
    char *p = b->data;
    cr_buf_init(b);
    return p;
}

uint64_t cr_hash64(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

double cr_cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

double cr_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}
