/* util.h - memory helpers and a growable byte buffer used by every module. */
#ifndef CROSSREAD_UTIL_H
#define CROSSREAD_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Allocation that never returns NULL: out of memory ends the process with a message,
 * because no module can do anything useful without memory. */
void *cr_xmalloc(size_t n);
void *cr_xcalloc(size_t n, size_t size);
void *cr_xrealloc(void *p, size_t n);
char *cr_xstrdup(const char *s);
char *cr_xstrndup(const char *s, size_t n);
char *cr_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Growable, always NUL-terminated byte buffer. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} cr_buf;

void cr_buf_init(cr_buf *b);
void cr_buf_free(cr_buf *b);
void cr_buf_reserve(cr_buf *b, size_t extra);
void cr_buf_add(cr_buf *b, const void *p, size_t n);
void cr_buf_addc(cr_buf *b, char c);
void cr_buf_adds(cr_buf *b, const char *s);
void cr_buf_printf(cr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cr_buf_vprintf(cr_buf *b, const char *fmt, va_list ap);
/* Appends s as a JSON string literal (quoted and escaped); NULL becomes "". */
void cr_json_string(cr_buf *b, const char *s);
/* Hands the buffer's memory to the caller; the buffer is left empty. */
char *cr_buf_steal(cr_buf *b);

/* A 64-bit FNV-1a hash, for in-memory tables (not for stored keys). */
uint64_t cr_hash64(const void *p, size_t n);

/* Monotonic time in milliseconds, for progress and benchmarks. */
double cr_now_ms(void);
/* CPU time of this process: what a query costs even when the machine is busy. */
double cr_cpu_ms(void);


/* Reads a whole file into a new NUL-terminated buffer. On failure returns false and sets *err
 * to a sentence (for example "Permission denied"). */
bool cr_read_whole_file(const char *path, char **data, size_t *len, char **err);

#endif
