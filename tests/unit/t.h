/* t.h - the unit-test harness: TEST(name) { CHECK(...); } registers itself, so a new test
 * file needs no list to edit. The runner (runner.c) prints one line per failure and a
 * closing "N passed, N failed". */
#ifndef CROSSREAD_T_H
#define CROSSREAD_T_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

typedef void (*t_fn)(void);
void t_register(const char *name, const char *file, t_fn fn);
void t_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Absolute path of a file in the source tree (tests run from the project root). */
const char *t_path(const char *rel);
/* A fresh empty directory for this test, removed at exit. */
const char *t_tmpdir(void);

#define TEST(name)                                                                 \
    static void name(void);                                                        \
    __attribute__((constructor)) static void t_reg_##name(void)                    \
    {                                                                              \
        t_register(#name, __FILE__, name);                                         \
    }                                                                              \
    static void name(void)

#define CHECK(cond)                                                                \
    do {                                                                           \
        if (!(cond))                                                               \
            t_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);                        \
    } while (0)

#define CHECK_INT(a, b)                                                            \
    do {                                                                           \
        long long t_a_ = (long long)(a), t_b_ = (long long)(b);                    \
        if (t_a_ != t_b_)                                                          \
            t_fail(__FILE__, __LINE__, "%s == %lld, expected %s == %lld", #a, t_a_, \
                   #b, t_b_);                                                      \
    } while (0)

#define CHECK_STR(a, b)                                                            \
    do {                                                                           \
        const char *t_a_ = (a), *t_b_ = (b);                                       \
        if (!t_a_ || !t_b_ || strcmp(t_a_, t_b_) != 0)                             \
            t_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #a,        \
                   t_a_ ? t_a_ : "(null)", t_b_ ? t_b_ : "(null)");                \
    } while (0)

#endif
