/* cmd_claims.c - `crossread claims [QUERY]`: the numbers the articles claim, grouped by the
 * quantity they are about, with conflicts marked; `--article ID` compares one article's
 * claims with the other sources. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/claimsq.h"
#include "crossread/cli.h"
#include "crossread/query.h"
#include "crossread/search.h"

enum { OTHERS_PER_CLAIM = 12 };

static const char claims_usage[] =
    "usage: crossread claims [QUERY...] [--article ID] [--format tsv|json]\n"
    "Lists numeric claims (\"220 were killed\"), grouped by the quantity they are about, one a line:\n"
    "  group<TAB>id<TAB>outlet<TAB>value<TAB>subject<TAB>sentence\n"
    "QUERY keeps the claims whose sentence or subject has those words (search syntax, names\n"
    "find their other names too). json adds the date, who says so, the normalised range and\n"
    "whether the group's values conflict. --article ID: that article's claims, each followed\n"
    "by the other sources' values for the same quantity (lines starting with '>').\n";

static void tsv_row(cr_buf *b, const cr_claim_row *r, const char *lead)
{
    cr_buf_printf(b, "%s%lld\t%lld\t", lead, (long long)r->grp, (long long)r->id);
    cr_tsv_field(b, r->outlet);
    cr_buf_addc(b, '\t');
    cr_tsv_field(b, r->value);
    cr_buf_addc(b, '\t');
    cr_tsv_field(b, r->subject);
    cr_buf_addc(b, '\t');
    cr_tsv_field(b, r->sentence);
    cr_buf_addc(b, '\n');
}

static void json_row(cr_buf *b, const cr_claim_row *r)
{
    cr_buf_printf(b, "{\"group\": %lld, \"id\": %lld, \"article\": %lld, \"outlet\": ",
                  (long long)r->grp, (long long)r->id, (long long)r->article);
    cr_json_string(b, r->outlet);
    cr_buf_adds(b, ", \"date\": ");
    cr_json_string(b, r->date);
    cr_buf_adds(b, ", \"value\": ");
    cr_json_string(b, r->value);
    cr_buf_printf(b, ", \"lo\": %.15g, \"hi\": %.15g, \"subject\": ", r->lo, r->hi);
    cr_json_string(b, r->subject);
    cr_buf_adds(b, ", \"said_by\": ");
    if (r->said_by)
        cr_json_string(b, r->said_by);
    else
        cr_buf_adds(b, "null");
    cr_buf_printf(b, ", \"conflict\": %s, \"start\": %zu, \"sentence\": ", r->conflict ? "true" : "false",
                  r->start);
    cr_json_string(b, r->sentence);
}

static int article_claims(cr_store *s, long long id, int format)
{
    double t0 = cr_now_ms();
    cr_claim_cmp *c;
    size_t n = cr_query_article_claims(s, id, OTHERS_PER_CLAIM, &c);
    if (getenv("CROSSREAD_TIMING"))
        fprintf(stderr, "timing: claims of article %.2f ms\n", cr_now_ms() - t0);
    cr_buf b;
    cr_buf_init(&b);
    if (format == 1)
        cr_buf_adds(&b, "[");
    for (size_t i = 0; i < n; i++) {
        if (format == 1) {
            cr_buf_adds(&b, i ? ",\n  " : "\n  ");
            json_row(&b, &c[i].claim);
            cr_buf_printf(&b, ", \"group_size\": %ld, \"others\": [", c[i].group_size);
            for (size_t k = 0; k < c[i].nothers; k++) {
                cr_buf_adds(&b, k ? ",\n    " : "\n    ");
                json_row(&b, &c[i].others[k]);
                cr_buf_printf(&b, ", \"disagrees\": %s, \"copies\": %ld}",
                              c[i].others[k].disagrees ? "true" : "false", c[i].others[k].copies);
            }
            cr_buf_adds(&b, c[i].nothers ? "]}" : "]}");
        } else {
            tsv_row(&b, &c[i].claim, "");
            for (size_t k = 0; k < c[i].nothers; k++)
                tsv_row(&b, &c[i].others[k], ">");
        }
        cr_claim_cmp_free(&c[i]);
    }
    free(c);
    if (format == 1)
        cr_buf_adds(&b, n ? "\n]\n" : "]\n");
    fwrite(b.data ? b.data : "", 1, b.len, stdout);
    cr_buf_free(&b);
    return 0;
}

int cr_cmd_claims(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, claims_usage))
        return 0;
    cr_cli g = *g0;
    int format = 0;
    long long article = 0;
    cr_buf query;
    cr_buf_init(&query);
    int rc = -1;
    for (int i = 1; rc < 0 && i < argc; i++) {
        bool bad;
        const char *v = NULL;
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
            v = argv[++i];
        else if (strncmp(argv[i], "--format=", 9) == 0)
            v = argv[i] + 9;
        else if (strcmp(argv[i], "--article") == 0) {
            if (i + 1 >= argc || !cr_cli_parse_id(argv[i + 1], &article))
                rc = cr_cli_usage_error("claims", claims_usage, "--article needs an article id");
            i++;
        } else if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad)
                rc = cr_cli_usage_error("claims", claims_usage, "--db needs a PATH");
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            rc = cr_cli_usage_error("claims", claims_usage, "unknown option %s", argv[i]);
        } else {
            if (query.len)
                cr_buf_addc(&query, ' ');
            cr_buf_adds(&query, argv[i]);
        }
        if (v && (format = cr_cli_format(v)) < 0)
            rc = cr_cli_usage_error("claims", claims_usage, "unknown format '%s'", v);
    }
    if (rc < 0 && article && query.len)
        rc = cr_cli_usage_error("claims", claims_usage, "give a QUERY or --article, not both");
    if (rc >= 0) {
        cr_buf_free(&query);
        return rc;
    }
    cr_store *s = cr_cli_store(&g, true);
    if (!s) {
        cr_buf_free(&query);
        return 1;
    }
    if (article) {
        cr_buf_free(&query);
        if (!cr_cli_article_known(s, "claims", article)) {
            cr_store_close(s);
            return 1;
        }
        rc = article_claims(s, article, format);
        cr_store_close(s);
        return rc;
    }
    cr_ftsq *q = NULL;
    if (query.len) {
        char *err = NULL;
        q = cr_search_parse(s, query.data, &err);
        if (!q) {
            fprintf(stderr, "crossread claims: %s\n", err);
            free(err);
            cr_buf_free(&query);
            cr_store_close(s);
            return 2;
        }
    }
    cr_buf_free(&query);
    double t0 = cr_now_ms();
    cr_claim_row *rows;
    size_t n = cr_query_claims(s, q, (size_t)-1, false, &rows);
    if (getenv("CROSSREAD_TIMING"))
        fprintf(stderr, "timing: claims %.2f ms\n", cr_now_ms() - t0);
    cr_buf b;
    cr_buf_init(&b);
    if (format == 1)
        cr_buf_adds(&b, "[");
    for (size_t i = 0; i < n; i++) {
        if (format == 1) {
            cr_buf_adds(&b, i ? ",\n  " : "\n  ");
            json_row(&b, &rows[i]);
            cr_buf_adds(&b, "}");
        } else {
            tsv_row(&b, &rows[i], "");
        }
        cr_claim_row_free(&rows[i]);
        if (b.len > 1 << 16) {
            fwrite(b.data, 1, b.len, stdout);
            b.len = 0;
        }
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
