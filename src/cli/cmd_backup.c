/* cmd_backup.c - `crossread backup [--force] FILE` */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/backup.h"
#include "crossread/cli.h"

static const char usage[] =
    "usage: crossread backup [--force] FILE\n"
    "Copies the library (articles, notes, highlights, bookmarks, reading state) to FILE with\n"
    "SQLite's online backup, safe while the reader is open. FILE is a library itself:\n"
    "crossread --db FILE opens it. Refuses to write over the library in use.\n"
    "  --force   replace FILE if it exists\n";

int cr_cmd_backup(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, usage))
        return 0;
    cr_cli g = *g0;
    const char *dest = NULL;
    bool force = false;
    for (int i = 1; i < argc; i++) {
        bool bad;
        if (strcmp(argv[i], "--force") == 0) {
            force = true;
        } else if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad)
                return cr_cli_usage_error("backup", usage, "--db needs a PATH");
        } else if (!dest && (argv[i][0] != '-' || !argv[i][1])) {
            dest = argv[i];
        } else {
            return cr_cli_usage_error("backup", usage, "unexpected argument %s", argv[i]);
        }
    }
    if (!dest)
        return cr_cli_usage_error("backup", usage, "where to? give a FILE");
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    cr_backup_stats st;
    char *err = NULL;
    bool ok = cr_backup(s, dest, force, &st, &err);
    cr_store_close(s);
    if (!ok) {
        fprintf(stderr, "crossread backup: %s\n", err);
        free(err);
        return 1;
    }
    printf("Backed up %ld articles and %ld marks (%.1f MB) to %s\n", st.articles, st.marks,
           (double)st.bytes / 1e6, dest);
    return 0;
}
