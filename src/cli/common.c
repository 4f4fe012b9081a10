/* common.c - what every subcommand shares: the library, usage errors, output formats. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "crossread/cli.h"
#include "crossread/query.h"

cr_store *cr_cli_store(const cr_cli *g, bool must_exist)
{
    /* --db, then $CROSSREAD_DB (inside cr_store_default_path), then the config's library */
    const char *env = getenv("CROSSREAD_DB");
    char *path;
    if (g->db_path)
        path = cr_xstrdup(g->db_path);
    else if (!(env && *env) && g->config && g->config->library)
        path = cr_xstrdup(g->config->library);
    else
        path = cr_store_default_path();
    char *err = NULL;
    cr_store *s = must_exist ? cr_store_open_existing(path, &err) : cr_store_open(path, &err);
    if (!s) {
        fprintf(stderr, "crossread: %s\n", err);
        free(err);
    }
    free(path);
    return s;
}

bool cr_cli_wants_help(int argc, char **argv, const char *usage)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            return true;
        }
    }
    return false;
}

int cr_cli_usage_error(const char *cmd, const char *usage, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "crossread %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fputs(usage, stderr);
    return 2;
}

int cr_cli_format(const char *s)
{
    if (strcmp(s, "tsv") == 0)
        return 0;
    if (strcmp(s, "json") == 0)
        return 1;
    return -1;
}

void cr_tsv_field(cr_buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++)
        cr_buf_addc(b, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

bool cr_cli_parse_id(const char *s, long long *id)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (!*s || *end || v <= 0)
        return false;
    *id = v;
    return true;
}

int cr_cli_term_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    const char *cols = getenv("COLUMNS");
    if (cols && atoi(cols) > 0)
        return atoi(cols);
    return 80;
}

bool cr_cli_common_opt(cr_cli *g, int argc, char **argv, int *i, bool *bad)
{
    *bad = false;
    if (strcmp(argv[*i], "--db") == 0) {
        if (*i + 1 >= argc) {
            *bad = true;
            return true;
        }
        g->db_path = argv[++*i];
        return true;
    }
    if (strncmp(argv[*i], "--db=", 5) == 0) {
        g->db_path = argv[*i] + 5;
        return true;
    }
    return false;
}

bool cr_cli_article_known(cr_store *s, const char *cmd, long long id)
{
    if (cr_query_article_exists(s, id))
        return true;
    fprintf(stderr, "crossread %s: no article with id %lld\n", cmd, id);
    return false;
}
