/* runner.c - runs every registered unit test (or those whose name contains argv[1]). */
#include "t.h"

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct {
    const char *name;
    const char *file;
    t_fn fn;
} t_case;

static t_case cases[2048];
static int ncases;
static int current_failed;
static char tmp_root[256];
static int tmp_seq;

void t_register(const char *name, const char *file, t_fn fn)
{
    if (ncases < (int)(sizeof cases / sizeof cases[0]))
        cases[ncases++] = (t_case){name, file, fn};
}

void t_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stdout, "  %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    current_failed++;
}

const char *t_path(const char *rel)
{
    return rel; /* the runner is started from the project root */
}

const char *t_tmpdir(void)
{
    static char dir[300];
    snprintf(dir, sizeof dir, "%s/%d", tmp_root, ++tmp_seq);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
    if (system(cmd) != 0)
        t_fail(__FILE__, __LINE__, "cannot create %s", dir);
    return dir;
}

static void remove_tmp(void)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", tmp_root);
}

int main(int argc, char **argv)
{
    const char *filter = argc > 1 ? argv[1] : NULL;
    snprintf(tmp_root, sizeof tmp_root, "/tmp/crossread-unit.%d", (int)getpid());
    atexit(remove_tmp);
    int passed = 0, failed = 0;
    for (int i = 0; i < ncases; i++) {
        if (filter && !strstr(cases[i].name, filter))
            continue;
        current_failed = 0;
        cases[i].fn();
        if (current_failed) {
            printf("FAIL %s (%s)\n", cases[i].name, cases[i].file);
            failed++;
        } else {
            printf("ok   %s\n", cases[i].name);
            passed++;
        }
        fflush(stdout);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
