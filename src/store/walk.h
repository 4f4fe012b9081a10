/* walk.h - private to the import: listing the files under the paths given. */
#ifndef CROSSREAD_STORE_WALK_H
#define CROSSREAD_STORE_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/import.h"

typedef struct {
    char *path; /* absolute, symlinks resolved for the roots */
    long long size, mtime;
} cr_walk_file;

typedef struct {
    cr_walk_file *files;
    size_t n, cap;
    long long total_bytes;
    cr_import_problem *problems;
    size_t nproblems;
    char **sorted; /* paths in strcmp order, made on first cr_walk_contains() */
} cr_walk;

void cr_walk_paths(const char *const *paths, size_t n, cr_walk *out);
/* True if the walk listed that file. */
bool cr_walk_contains(cr_walk *w, const char *path);
void cr_walk_free(cr_walk *w);

#endif
