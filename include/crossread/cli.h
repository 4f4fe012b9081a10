/* cli.h - the subcommands of the crossread program and what they share. Each subcommand is
 * one file in src/cli/ and one row of the table in main.c. Exit status: 0 success, 1 an
 * error (a message on stderr), 2 a usage error (usage on stderr). */
#ifndef CROSSREAD_CLI_H
#define CROSSREAD_CLI_H

#include <stdbool.h>

#include "crossread/config.h"
#include "crossread/store.h"
#include "crossread/util.h"

typedef struct {
    const char *db_path; /* --db, or NULL for the default */
    const cr_config *config; /* the configuration file, read once by main */
} cr_cli;

typedef struct {
    const char *name;
    int (*run)(const cr_cli *g, int argc, char **argv); /* argv[0] is the command name */
    const char *args;    /* "PATH..." */
    const char *summary; /* one line for `crossread --help` */
} cr_command;

/* The library for a command (--db, else $CROSSREAD_DB, else the config's library, else the
 * default); prints the error and returns NULL on failure.
 * must_exist: fail with a hint instead of creating an empty library. */
cr_store *cr_cli_store(const cr_cli *g, bool must_exist);

/* Shared option handling: returns true if argv[i] is --help/-h (then prints help to stdout). */
bool cr_cli_wants_help(int argc, char **argv, const char *usage);
/* Prints "crossread CMD: message" and the command's usage line to stderr; returns 2. */
int cr_cli_usage_error(const char *cmd, const char *usage, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Consumes an option every command accepts (--db PATH) at argv[*i]; true if it did.
 * *bad is set when the option lacks its value. */
bool cr_cli_common_opt(cr_cli *g, int argc, char **argv, int *i, bool *bad);
/* Parses --format tsv|json (returns 0 tsv, 1 json, -1 invalid). */
int cr_cli_format(const char *s);
/* Appends a TSV field: tabs and newlines become spaces so rows stay rows. */
void cr_tsv_field(cr_buf *b, const char *s);
/* Whether article id exists; if not, says so on stderr as "crossread CMD: no article with
 * id N" (the caller then exits 1). */
bool cr_cli_article_known(cr_store *s, const char *cmd, long long id);
/* Parses a positive article id; false if it is not one. */
bool cr_cli_parse_id(const char *s, long long *id);
/* cr_now_ms() at the start of main(), for timing reports. */
double cr_cli_started_ms(void);
/* Columns of the terminal on stdout, else 80. */
int cr_cli_term_width(void);

int cr_cmd_open(const cr_cli *g, int argc, char **argv);
int cr_cmd_import(const cr_cli *g, int argc, char **argv);
int cr_cmd_list(const cr_cli *g, int argc, char **argv);
int cr_cmd_show(const cr_cli *g, int argc, char **argv);
int cr_cmd_entities(const cr_cli *g, int argc, char **argv);
int cr_cmd_mentions(const cr_cli *g, int argc, char **argv);
int cr_cmd_xref(const cr_cli *g, int argc, char **argv);
int cr_cmd_search(const cr_cli *g, int argc, char **argv);
int cr_cmd_claims(const cr_cli *g, int argc, char **argv);
int cr_cmd_merge(const cr_cli *g, int argc, char **argv);
int cr_cmd_split(const cr_cli *g, int argc, char **argv);
int cr_cmd_export(const cr_cli *g, int argc, char **argv);
int cr_cmd_backup(const cr_cli *g, int argc, char **argv);

#endif
