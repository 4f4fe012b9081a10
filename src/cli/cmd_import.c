/* cmd_import.c - `crossread import [--prune] PATH...` */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crossread/cli.h"
#include "crossread/import.h"

static const char usage[] =
    "usage: crossread import [--prune] [--quiet] PATH...\n"
    "Imports article files and folders (recursively) into the library. Unchanged files are\n"
    "skipped; changed files are re-read. Notes, bookmarks and highlights are never lost.\n"
    "  --prune   forget the articles of files that are gone from the given folders\n"
    "  --quiet   print only problems\n"
    "Exit status: 0 if every file imported, 1 if any failed (each is listed with its reason).\n";

int cr_cmd_import(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, usage))
        return 0;
    cr_cli g = *g0;
    cr_import_opts o = {.progress = isatty(STDERR_FILENO)};
    bool quiet = false;
    const char **paths = cr_xcalloc((size_t)argc, sizeof *paths);
    size_t npaths = 0;
    bool only_paths = false;
    for (int i = 1; i < argc; i++) {
        bool bad;
        if (!only_paths && strcmp(argv[i], "--") == 0)
            only_paths = true;
        else if (!only_paths && strcmp(argv[i], "--prune") == 0)
            o.prune = true;
        else if (!only_paths && (strcmp(argv[i], "--quiet") == 0 || strcmp(argv[i], "-q") == 0))
            quiet = true;
        else if (!only_paths && cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad) {
                free(paths);
                return cr_cli_usage_error("import", usage, "--db needs a PATH");
            }
        } else if (!only_paths && argv[i][0] == '-' && argv[i][1]) {
            free(paths);
            return cr_cli_usage_error("import", usage, "unknown option %s", argv[i]);
        } else
            paths[npaths++] = argv[i];
    }
    if (!npaths) {
        free(paths);
        return cr_cli_usage_error("import", usage, "give at least one PATH");
    }
    if (quiet)
        o.progress = false;
    cr_store *s = cr_cli_store(&g, false);
    if (!s) {
        free(paths);
        return 1;
    }
    cr_import_stats st;
    char *err = NULL;
    bool ok = cr_import(s, paths, npaths, &o, &st, &err);
    free(paths);
    if (!ok) {
        fprintf(stderr, "crossread import: %s; the library is unchanged\n", err);
        free(err);
        cr_import_stats_free(&st);
        cr_store_close(s);
        return 1;
    }
    if (!quiet) {
        printf("%ld files: %ld new, %ld changed, %ld unchanged, %ld failed", st.files_seen,
               st.files_new, st.files_changed, st.files_unchanged, st.files_failed);
        if (st.files_pruned)
            printf(", %ld pruned", st.files_pruned);
        printf("; %ld articles added, %ld removed; %.1f MB in %.2f s\n", st.articles_added,
               st.articles_removed, (double)st.bytes / 1e6, st.ms / 1000.0);
        for (size_t i = 0; i < st.nnotes; i++)
            printf("note: %s\n", st.notes[i]);
    }
    if (getenv("CROSSREAD_TIMING")) {
        fprintf(stderr, "timing: import %.0f ms", st.ms);
        for (int i = 0; i < CR_STAGE_COUNT; i++)
            fprintf(stderr, " %s %.0f", cr_import_stage_name(i), st.stage_ms[i]);
        fputc('\n', stderr);
    }
    for (size_t i = 0; i < st.nproblems; i++)
        fprintf(stderr, "crossread import: %s: %s\n", st.problems[i].path, st.problems[i].reason);
    int status = st.files_failed ? 1 : 0;
    cr_import_stats_free(&st);
    cr_store_close(s);
    return status;
}
