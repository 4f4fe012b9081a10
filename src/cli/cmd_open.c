/* cmd_open.c - `crossread open [ID]`: the reader. */
#include <stdio.h>
#include <string.h>

#include "crossread/cli.h"
#include "crossread/ui.h"

static const char usage[] =
    "usage: crossread open [--bench] [--script FILE] [ID]\n"
    "Opens the reader on the library: sources, the article, and its cross-references.\n"
    "With ID, opens that article. Press ? inside for every key; q quits.\n"
    "  --bench   draw the first screen, print its time and peak memory to stderr, and exit\n"
    "            (used by make bench)\n"
    "  --script FILE  read keys from FILE instead of the terminal and draw to no terminal;\n"
    "            its `dump FILE` lines write the screen's text (used by the tests)\n";

int cr_cmd_open(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, usage))
        return 0;
    cr_cli g = *g0;
    cr_ui_opts o = {.config = g.config};
    for (int i = 1; i < argc; i++) {
        bool bad;
        long long id;
        if (strcmp(argv[i], "--bench") == 0) {
            o.bench = true;
        } else if (strcmp(argv[i], "--script") == 0) {
            if (i + 1 >= argc)
                return cr_cli_usage_error("open", usage, "--script needs a FILE");
            o.script = argv[++i];
        } else if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad)
                return cr_cli_usage_error("open", usage, "--db needs a PATH");
        } else if (!o.open_id && cr_cli_parse_id(argv[i], &id)) {
            o.open_id = id;
        } else {
            return cr_cli_usage_error("open", usage, "unexpected argument %s", argv[i]);
        }
    }
    o.started_ms = cr_cli_started_ms();
    cr_store *s = cr_cli_store(&g, false);
    if (!s)
        return 1;
    int status = cr_ui_run(s, &o);
    cr_store_close(s);
    return status;
}
