/* main.c - crossread's entry point: global options, then one subcommand (default: open). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/cli.h"

static const cr_command commands[] = {
    {"open", cr_cmd_open, "[ID]", "open the reader (the default)"},
    {"import", cr_cmd_import, "[--prune] PATH...", "import article files and folders"},
    {"list", cr_cmd_list, "[--format tsv|json]", "list the articles"},
    {"show", cr_cmd_show, "ID [--width N]", "print an article wrapped to N columns"},
    {"entities", cr_cmd_entities, "[--article ID]", "list names: people, places, organisations"},
    {"mentions", cr_cmd_mentions, "NAME", "every mention of a name across the library"},
    {"xref", cr_cmd_xref, "ID", "articles sharing names with article ID"},
    {"search", cr_cmd_search, "QUERY...", "full-text search of the library, best first"},
    {"claims", cr_cmd_claims, "[QUERY...]", "numbers the articles claim, compared across sources"},
    {"merge", cr_cmd_merge, "NAME OTHER", "make two names one entity"},
    {"split", cr_cmd_split, "NAME", "take a name out of its entity"},
    {"export", cr_cmd_export, "[--format F] [--out FILE]", "write notes, highlights, bookmarks"},
    {"backup", cr_cmd_backup, "[--force] FILE", "copy the library safely, even while in use"},
};

static double started_ms;

double cr_cli_started_ms(void)
{
    return started_ms;
}

static void usage(FILE *f)
{
    fputs("usage: crossread [--db PATH] [COMMAND] [ARGS...]\n"
          "       crossread --help | --version\n\n"
          "A terminal reader for a library of news articles, with cross-references.\n\n"
          "Commands:\n", f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        char left[64];
        snprintf(left, sizeof left, "%s %s", commands[i].name, commands[i].args);
        fprintf(f, "  %-34s %s\n", left, commands[i].summary);
    }
    fputs("\nOptions:\n"
          "  --db PATH    the library file (default: $CROSSREAD_DB, else `set library` in\n"
          "               $XDG_CONFIG_HOME/crossread/config, else\n"
          "               $XDG_DATA_HOME/crossread/library.db)\n"
          "  --help       this help; COMMAND --help for a command's own\n"
          "  --version    the version\n\n"
          "See crossread(1) for keys, files and environment.\n", f);
}

static int run(cr_cli *g, int argc, char **argv);

int main(int argc, char **argv)
{
    started_ms = cr_now_ms();
    setlocale(LC_ALL, "");
    /* read once for every command: it may name the library; a bad line is reported and
     * skipped, never fatal */
    cr_config config = {0};
    cr_config_load(&config, NULL);
    for (size_t e = 0; e < config.nerrors; e++)
        fprintf(stderr, "crossread: %s\n", config.errors[e]);
    cr_cli g = {.config = &config};
    int status = run(&g, argc, argv);
    cr_config_free(&config);
    return status;
}

static int run(cr_cli *gp, int argc, char **argv)
{
    cr_cli g = *gp;
    int i = 1;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--db") == 0) {
            if (i + 1 >= argc) {
                fputs("crossread: --db needs a PATH\n", stderr);
                usage(stderr);
                return 2;
            }
            g.db_path = argv[++i];
        } else if (strncmp(argv[i], "--db=", 5) == 0) {
            g.db_path = argv[i] + 5;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
            printf("crossread %s\n", CROSSREAD_VERSION);
            return 0;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "crossread: unknown option %s\n", argv[i]);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (i >= argc) {
        char *open_argv[] = {"open", NULL};
        return cr_cmd_open(&g, 1, open_argv);
    }
    for (size_t c = 0; c < sizeof commands / sizeof commands[0]; c++)
        if (strcmp(argv[i], commands[c].name) == 0)
            return commands[c].run(&g, argc - i, argv + i);
    fprintf(stderr, "crossread: unknown command '%s'\n", argv[i]);
    usage(stderr);
    return 2;
}
