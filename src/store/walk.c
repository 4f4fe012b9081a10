/* walk.c - the files an import reads: files and folders given by the user, folders walked
 * recursively in name order, hidden entries skipped, symlink loops and repeats cut. */
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "crossread/util.h"

typedef struct {
    dev_t dev;
    ino_t ino;
} dev_ino;

typedef struct {
    dev_ino *seen; /* folders only: few enough for a linear scan */
    size_t nseen, capseen;
    cr_walk *out;
} walker;

static bool seen_before(walker *w, const struct stat *sb)
{
    for (size_t i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == sb->st_dev && w->seen[i].ino == sb->st_ino)
            return true;
    if (w->nseen == w->capseen) {
        w->capseen = w->capseen ? 2 * w->capseen : 64;
        w->seen = cr_xrealloc(w->seen, w->capseen * sizeof *w->seen);
    }
    w->seen[w->nseen++] = (dev_ino){sb->st_dev, sb->st_ino};
    return false;
}

static void add_problem(cr_walk *o, const char *path, const char *reason)
{
    o->problems = cr_xrealloc(o->problems, (o->nproblems + 1) * sizeof *o->problems);
    o->problems[o->nproblems].path = cr_xstrdup(path);
    o->problems[o->nproblems].reason = cr_xstrdup(reason);
    o->nproblems++;
}

static void add_file(cr_walk *o, const char *path, const struct stat *sb)
{
    if (o->n == o->cap) {
        o->cap = o->cap ? 2 * o->cap : 256;
        o->files = cr_xrealloc(o->files, o->cap * sizeof *o->files);
    }
    o->files[o->n].path = cr_xstrdup(path);
    o->files[o->n].size = (long long)sb->st_size;
    o->files[o->n].mtime = (long long)sb->st_mtime;
    o->total_bytes += (long long)sb->st_size;
    o->n++;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_path(walker *w, const char *path, int depth);

static void walk_dir(walker *w, const char *path, int depth)
{
    DIR *d = opendir(path);
    if (!d) {
        add_problem(w->out, path, strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ".", "..", and hidden files such as editors' backups */
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            names = cr_xrealloc(names, cap * sizeof *names);
        }
        names[n++] = cr_xstrdup(e->d_name);
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        char *child = cr_xasprintf("%s/%s", path, names[i]);
        walk_path(w, child, depth + 1);
        free(child);
        free(names[i]);
    }
    free(names);
}

static void walk_path(walker *w, const char *path, int depth)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        add_problem(w->out, path, errno == ELOOP ? "symbolic link loop" : strerror(errno));
        return;
    }
    if (depth > 64) {
        add_problem(w->out, path, "folders nested too deep");
        return;
    }
    if (S_ISDIR(sb.st_mode)) {
        if (seen_before(w, &sb)) {
            add_problem(w->out, path, "folder already walked (symbolic link loop?)");
            return;
        }
        walk_dir(w, path, depth);
    } else if (S_ISREG(sb.st_mode)) {
        add_file(w->out, path, &sb);
    } else if (depth == 0) {
        add_problem(w->out, path, "not a regular file or folder");
    }
}

void cr_walk_paths(const char *const *paths, size_t n, cr_walk *out)
{
    memset(out, 0, sizeof *out);
    walker w = {.out = out};
    for (size_t i = 0; i < n; i++) {
        char *abs = realpath(paths[i], NULL);
        if (!abs) {
            add_problem(out, paths[i], strerror(errno));
            continue;
        }
        walk_path(&w, abs, 0);
        free(abs);
    }
    free(w.seen);
}

bool cr_walk_contains(cr_walk *w, const char *path)
{
    if (!w->sorted && w->n) {
        w->sorted = cr_xmalloc(w->n * sizeof *w->sorted);
        for (size_t i = 0; i < w->n; i++)
            w->sorted[i] = w->files[i].path;
        qsort(w->sorted, w->n, sizeof *w->sorted, by_name);
    }
    return w->n && bsearch(&path, w->sorted, w->n, sizeof *w->sorted, by_name) != NULL;
}

void cr_walk_free(cr_walk *w)
{
    free(w->sorted);
    for (size_t i = 0; i < w->n; i++)
        free(w->files[i].path);
    for (size_t i = 0; i < w->nproblems; i++) {
        free(w->problems[i].path);
        free(w->problems[i].reason);
    }
    free(w->files);
    free(w->problems);
    memset(w, 0, sizeof *w);
}
