/* cmd_search.c - `crossread search QUERY`: library-wide full-text search, best first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/cli.h"
#include "crossread/search.h"

static const char search_usage[] =
    "usage: crossread search QUERY... [--limit N] [--format tsv|json]\n"
    "Searches every article, best first (bm25; the title weighs five times the body), one a line:\n"
    "  id<TAB>score<TAB>outlet<TAB>date<TAB>title<TAB>snippet\n"
    "QUERY: words (all must occur), \"a phrase\", prefix*, AND, OR, NOT, ( ), NEAR(a b, 10) or\n"
    "a NEAR b. Case and diacritics do not matter. A name also finds its other names:\n"
    "Khankendi finds the articles that say Stepanakert (json marks them \"via_alias\").\n"
    "Several QUERY arguments are joined by spaces. --limit N: at most N results (default 50).\n"
    "Beyond 10,000 matches the results come newest first (a note on stderr says so).\n"
    "Exit status 2 and a message saying what is wrong for a malformed query; no output and\n"
    "status 0 when nothing matches.\n";

static void put_row(cr_buf *b, const cr_search_row *r, bool json, bool first)
{
    if (!json) {
        cr_buf_printf(b, "%lld\t%.3f\t", (long long)r->id, r->score);
        cr_tsv_field(b, r->outlet);
        cr_buf_addc(b, '\t');
        cr_tsv_field(b, r->date);
        cr_buf_addc(b, '\t');
        cr_tsv_field(b, r->title);
        cr_buf_addc(b, '\t');
        cr_tsv_field(b, r->snippet);
        cr_buf_addc(b, '\n');
        return;
    }
    cr_buf_printf(b, "%s{\"id\": %lld, \"score\": %.3f, \"outlet\": ", first ? "\n  " : ",\n  ",
                  (long long)r->id, r->score);
    cr_json_string(b, r->outlet);
    cr_buf_adds(b, ", \"date\": ");
    cr_json_string(b, r->date);
    cr_buf_adds(b, ", \"title\": ");
    cr_json_string(b, r->title);
    cr_buf_adds(b, ", \"snippet\": ");
    cr_json_string(b, r->snippet);
    cr_buf_adds(b, ", \"hits\": [");
    for (size_t h = 0; h < r->nhits; h++)
        cr_buf_printf(b, "%s[%zu, %zu]", h ? ", " : "", r->hits[h].start, r->hits[h].len);
    cr_buf_printf(b, "], \"via_alias\": %s", r->via_alias ? "true" : "false");
    if (r->aliases) {
        cr_buf_adds(b, ", \"aliases\": ");
        cr_json_string(b, r->aliases);
    }
    cr_buf_adds(b, "}");
}

int cr_cmd_search(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, search_usage))
        return 0;
    cr_cli g = *g0;
    int format = 0;
    long limit = 50;
    cr_buf query;
    cr_buf_init(&query);
    for (int i = 1; i < argc; i++) {
        bool bad;
        const char *v = NULL;
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            v = argv[++i];
        } else if (strncmp(argv[i], "--format=", 9) == 0) {
            v = argv[i] + 9;
        } else if (strcmp(argv[i], "--limit") == 0 || strncmp(argv[i], "--limit=", 8) == 0) {
            const char *n = argv[i][7] == '=' ? argv[i] + 8 : i + 1 < argc ? argv[++i] : "";
            char *end;
            limit = strtol(n, &end, 10);
            if (!*n || *end || limit <= 0) {
                cr_buf_free(&query);
                return cr_cli_usage_error("search", search_usage, "--limit needs a positive number");
            }
        } else if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad) {
                cr_buf_free(&query);
                return cr_cli_usage_error("search", search_usage, "--db needs a PATH");
            }
        } else if (strcmp(argv[i], "--") == 0) {
            for (i++; i < argc; i++) {
                if (query.len)
                    cr_buf_addc(&query, ' ');
                cr_buf_adds(&query, argv[i]);
            }
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            cr_buf_free(&query);
            return cr_cli_usage_error("search", search_usage, "unknown option %s", argv[i]);
        } else {
            if (query.len)
                cr_buf_addc(&query, ' ');
            cr_buf_adds(&query, argv[i]);
        }
        if (v && (format = cr_cli_format(v)) < 0) {
            cr_buf_free(&query);
            return cr_cli_usage_error("search", search_usage, "unknown format '%s'", v);
        }
    }
    if (!query.len) {
        cr_buf_free(&query);
        return cr_cli_usage_error("search", search_usage, "what should it search for?");
    }
    cr_store *s = cr_cli_store(&g, true);
    if (!s) {
        cr_buf_free(&query);
        return 1;
    }
    double t0 = cr_now_ms();
    char *err = NULL;
    cr_ftsq *q = cr_search_parse(s, query.data, &err);
    cr_buf_free(&query);
    if (!q) {
        fprintf(stderr, "crossread search: %s\n", err);
        free(err);
        cr_store_close(s);
        return 2;
    }
    cr_search_row *rows;
    cr_search_info info;
    size_t n = cr_search(s, q, 0, (size_t)limit, &rows, &info);
    if (getenv("CROSSREAD_TIMING"))
        fprintf(stderr, "timing: search %.2f ms\n", cr_now_ms() - t0);
    if (!info.ranked)
        fprintf(stderr, "crossread search: %ld articles match: newest first, ranking that many would be slow\n",
                info.total);
    cr_buf b;
    cr_buf_init(&b);
    if (format == 1)
        cr_buf_adds(&b, "[");
    for (size_t i = 0; i < n; i++) {
        put_row(&b, &rows[i], format == 1, i == 0);
        cr_search_row_free(&rows[i]);
    }
    free(rows);
    if (format == 1)
        cr_buf_adds(&b, n ? "\n]\n" : "]\n");
    fwrite(b.data ? b.data : "", 1, b.len, stdout);
    cr_buf_free(&b);
    cr_ftsq_free(q);
    cr_store_close(s);
    return 0;
}
