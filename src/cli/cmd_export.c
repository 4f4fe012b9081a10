/* cmd_export.c - `crossread export [--format markdown|json] [--out FILE]` */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/cli.h"
#include "crossread/export.h"

static const char usage[] =
    "usage: crossread export [--format markdown|json] [--out FILE]\n"
    "Writes every note, highlight and bookmark, grouped by article, each article with its\n"
    "citation (title, outlet, date, URL) and every quoted passage verbatim.\n"
    "  --format F   markdown (the default) or json\n"
    "  --out FILE   write to FILE (replaced whole, never half-written) instead of stdout\n";

int cr_cmd_export(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, usage))
        return 0;
    cr_cli g = *g0;
    int format = CR_EXPORT_MARKDOWN;
    const char *out = NULL;
    for (int i = 1; i < argc; i++) {
        bool bad;
        const char *fv = NULL;
        if (strcmp(argv[i], "--format") == 0 || strcmp(argv[i], "-f") == 0) {
            if (i + 1 >= argc)
                return cr_cli_usage_error("export", usage, "--format needs markdown or json");
            fv = argv[++i];
        } else if (strncmp(argv[i], "--format=", 9) == 0) {
            fv = argv[i] + 9;
        } else if (strcmp(argv[i], "--out") == 0 || strcmp(argv[i], "-o") == 0) {
            if (i + 1 >= argc)
                return cr_cli_usage_error("export", usage, "--out needs a FILE");
            out = argv[++i];
        } else if (strncmp(argv[i], "--out=", 6) == 0) {
            out = argv[i] + 6;
        } else if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad)
                return cr_cli_usage_error("export", usage, "--db needs a PATH");
        } else {
            return cr_cli_usage_error("export", usage, "unexpected argument %s", argv[i]);
        }
        if (fv && (format = cr_export_format_by_name(fv)) < 0)
            return cr_cli_usage_error("export", usage, "unknown format '%s'", fv);
    }
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    cr_export_stats st;
    char *err = NULL;
    bool ok = cr_export_library(s, (cr_export_format)format, out, &st, &err);
    cr_store_close(s);
    if (!ok) {
        fprintf(stderr, "crossread export: %s\n", err);
        free(err);
        return 1;
    }
    if (out)
        fprintf(stderr, "Exported %ld mark%s from %ld article%s to %s\n", st.marks,
                st.marks == 1 ? "" : "s", st.articles, st.articles == 1 ? "" : "s", out);
    return 0;
}
