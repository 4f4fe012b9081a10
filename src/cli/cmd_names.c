/* cmd_names.c - `crossread entities`, `crossread mentions NAME`, `crossread xref ID`: the
 * names of the library and the cross-references they make. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/cli.h"
#include "crossread/curate.h"
#include "crossread/entity.h"
#include "crossread/query.h"

static const char entities_usage[] =
    "usage: crossread entities [--article ID] [--format tsv|json]\n"
    "Lists the names (entities) of the library, most widespread first, one a line:\n"
    "  canonical<TAB>kind<TAB>articles<TAB>names joined by |\n"
    "Kinds are PERSON, PLACE, ORG, EVENT or OTHER. With --article ID, only the names of that\n"
    "article: the third field counts its mentions there, and the names are the forms it uses.\n";

static const char mentions_usage[] =
    "usage: crossread mentions NAME [--format tsv|json]\n"
    "Prints every mention of a name (any of its aliases) across the library, one a line:\n"
    "  id<TAB>date<TAB>outlet<TAB>name as written<TAB>context\n";

static const char xref_usage[] =
    "usage: crossread xref ID [--format tsv|json]\n"
    "Lists the articles that share names with article ID, best first, one a line:\n"
    "  id<TAB>score<TAB>shared names joined by |<TAB>title\n"
    "Rare names weigh more than common ones; near-duplicates of ID are marked in json.\n";

/* Options shared by the three: --format and --db; returns the positional argument (or
 * NULL) via *pos, -1 on success, else an exit status. */
static int parse(cr_cli *g, int argc, char **argv, const char *usage, int *format, long long *article,
                 const char **pos)
{
    for (int i = 1; i < argc; i++) {
        bool bad;
        const char *v = NULL;
        if (strcmp(argv[i], "--format") == 0) {
            if (i + 1 >= argc)
                return cr_cli_usage_error(argv[0], usage, "--format needs tsv or json");
            v = argv[++i];
        } else if (strncmp(argv[i], "--format=", 9) == 0) {
            v = argv[i] + 9;
        } else if (article && strcmp(argv[i], "--article") == 0) {
            if (i + 1 >= argc || !cr_cli_parse_id(argv[i + 1], article))
                return cr_cli_usage_error(argv[0], usage, "--article needs an article id");
            i++;
        } else if (cr_cli_common_opt(g, argc, argv, &i, &bad)) {
            if (bad)
                return cr_cli_usage_error(argv[0], usage, "--db needs a PATH");
        } else if (pos && !*pos && (argv[i][0] != '-' || !argv[i][1])) {
            *pos = argv[i];
        } else {
            return cr_cli_usage_error(argv[0], usage, "unexpected argument %s", argv[i]);
        }
        if (v && (*format = cr_cli_format(v)) < 0)
            return cr_cli_usage_error(argv[0], usage, "unknown format '%s'", v);
    }
    return -1;
}

/* Ends a listing of n rows: the JSON array's close, the output, the library. */
static int end_listing(cr_buf *b, int format, size_t n, cr_store *s)
{
    if (format == 1)
        cr_buf_adds(b, n ? "\n]\n" : "]\n");
    fwrite(b->data ? b->data : "", 1, b->len, stdout);
    cr_buf_free(b);
    cr_store_close(s);
    return 0;
}

/* "a|b|c" as a JSON array of strings. */
static void json_names(cr_buf *b, const char *joined)
{
    char *names = cr_xstrdup(joined ? joined : "");
    cr_buf_addc(b, '[');
    int k = 0;
    for (char *tok = strtok(names, "|"); tok; tok = strtok(NULL, "|"), k++) {
        if (k)
            cr_buf_adds(b, ", ");
        cr_json_string(b, tok);
    }
    cr_buf_addc(b, ']');
    free(names);
}

int cr_cmd_entities(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, entities_usage))
        return 0;
    cr_cli g = *g0;
    int format = 0;
    long long article = 0;
    int rc = parse(&g, argc, argv, entities_usage, &format, &article, NULL);
    if (rc >= 0)
        return rc;
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    if (article && !cr_cli_article_known(s, "entities", article)) {
        cr_store_close(s);
        return 1;
    }
    cr_entity_row *e;
    size_t n = cr_query_entities(s, article, NULL, 0, (size_t)-1 / 2, &e);
    cr_buf b;
    cr_buf_init(&b);
    if (format == 1)
        cr_buf_adds(&b, "[");
    for (size_t i = 0; i < n; i++) {
        if (format == 1) {
            cr_buf_adds(&b, i ? ",\n  {\"canonical\": " : "\n  {\"canonical\": ");
            cr_json_string(&b, e[i].canonical);
            cr_buf_adds(&b, ", \"kind\": ");
            cr_json_string(&b, cr_entity_kind_name(e[i].kind));
            cr_buf_printf(&b, ", \"%s\": %ld, \"names\": ", article ? "mentions" : "articles",
                          e[i].articles);
            json_names(&b, e[i].names);
            cr_buf_adds(&b, ", \"reason\": ");
            cr_json_string(&b, e[i].reason);
            cr_buf_adds(&b, "}");
        } else {
            cr_tsv_field(&b, e[i].canonical);
            cr_buf_printf(&b, "\t%s\t%ld\t", cr_entity_kind_name(e[i].kind), e[i].articles);
            cr_tsv_field(&b, e[i].names);
            cr_buf_addc(&b, '\n');
        }
        cr_entity_row_free(&e[i]);
    }
    free(e);
    return end_listing(&b, format, n, s);
}

int cr_cmd_mentions(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, mentions_usage))
        return 0;
    cr_cli g = *g0;
    int format = 0;
    const char *name = NULL;
    int rc = parse(&g, argc, argv, mentions_usage, &format, NULL, &name);
    if (rc >= 0)
        return rc;
    if (!name || !*name)
        return cr_cli_usage_error("mentions", mentions_usage, "which NAME?");
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    int64_t ent = cr_query_entity_by_name(s, name);
    if (!ent) {
        fprintf(stderr, "crossread mentions: no name '%s' in the library\n", name);
        cr_store_close(s);
        return 1;
    }
    cr_mention_row *m;
    size_t n = cr_query_mentions(s, ent, (size_t)-1 / 2, &m);
    cr_buf b;
    cr_buf_init(&b);
    if (format == 1)
        cr_buf_adds(&b, "[");
    for (size_t i = 0; i < n; i++) {
        if (format == 1) {
            cr_buf_printf(&b, "%s{\"id\": %lld, \"date\": ", i ? ",\n  " : "\n  ",
                          (long long)m[i].article);
            cr_json_string(&b, m[i].date);
            cr_buf_adds(&b, ", \"outlet\": ");
            cr_json_string(&b, m[i].outlet);
            cr_buf_adds(&b, ", \"title\": ");
            cr_json_string(&b, m[i].title);
            cr_buf_printf(&b, ", \"start\": %zu, \"name\": ", m[i].start);
            cr_json_string(&b, m[i].surface);
            cr_buf_adds(&b, ", \"context\": ");
            cr_json_string(&b, m[i].context);
            cr_buf_adds(&b, "}");
        } else {
            cr_buf_printf(&b, "%lld\t", (long long)m[i].article);
            cr_tsv_field(&b, m[i].date);
            cr_buf_addc(&b, '\t');
            cr_tsv_field(&b, m[i].outlet);
            cr_buf_addc(&b, '\t');
            cr_tsv_field(&b, m[i].surface);
            cr_buf_addc(&b, '\t');
            cr_tsv_field(&b, m[i].context);
            cr_buf_addc(&b, '\n');
        }
        cr_mention_row_free(&m[i]);
    }
    free(m);
    return end_listing(&b, format, n, s);
}

int cr_cmd_xref(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, xref_usage))
        return 0;
    cr_cli g = *g0;
    int format = 0;
    const char *idtext = NULL;
    int rc = parse(&g, argc, argv, xref_usage, &format, NULL, &idtext);
    if (rc >= 0)
        return rc;
    long long id;
    if (!idtext || !cr_cli_parse_id(idtext, &id))
        return cr_cli_usage_error("xref", xref_usage, "give an article ID (see crossread list)");
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    if (!cr_cli_article_known(s, "xref", id)) {
        cr_store_close(s);
        return 1;
    }
    double t0 = cr_now_ms(), c0 = cr_cpu_ms();
    cr_xref *x;
    size_t n = cr_query_xrefs(s, id, 100, &x);
    if (getenv("CROSSREAD_TIMING"))
        fprintf(stderr, "timing: xref %.2f ms (cpu %.2f ms)\n", cr_now_ms() - t0, cr_cpu_ms() - c0);
    cr_buf b;
    cr_buf_init(&b);
    if (format == 1)
        cr_buf_adds(&b, "[");
    for (size_t i = 0; i < n; i++) {
        if (format == 1) {
            cr_buf_printf(&b, "%s{\"id\": %lld, \"score\": %.3f, \"shared\": ", i ? ",\n  " : "\n  ",
                          (long long)x[i].id, x[i].score);
            json_names(&b, x[i].shared);
            cr_buf_printf(&b, ", \"nshared\": %d, \"duplicate\": %s, \"title\": ", x[i].nshared,
                          x[i].duplicate ? "true" : "false");
            cr_json_string(&b, x[i].title);
            cr_buf_adds(&b, ", \"outlet\": ");
            cr_json_string(&b, x[i].outlet);
            cr_buf_adds(&b, ", \"date\": ");
            cr_json_string(&b, x[i].date);
            cr_buf_adds(&b, ", \"why\": ");
            cr_json_string(&b, x[i].why);
            cr_buf_adds(&b, "}");
        } else {
            cr_buf_printf(&b, "%lld\t%.3f\t", (long long)x[i].id, x[i].score);
            cr_tsv_field(&b, x[i].shared);
            cr_buf_addc(&b, '\t');
            cr_tsv_field(&b, x[i].title);
            cr_buf_addc(&b, '\n');
        }
        cr_xref_free(&x[i]);
    }
    free(x);
    return end_listing(&b, format, n, s);
}

static const char merge_usage[] =
    "usage: crossread merge NAME OTHER\n"
    "Makes the entities of two names one (for example two spellings the rules missed).\n"
    "The choice is kept in the library and survives re-imports; `crossread split` undoes it.\n";

static const char split_usage[] =
    "usage: crossread split NAME\n"
    "Takes a name out of the entity it was grouped into, so it stands alone (for example\n"
    "two people with one surname). Kept in the library; survives re-imports.\n";

/* merge and split share everything but their arity and verb */
static int curate(const cr_cli *g0, int argc, char **argv, const char *usage, int want)
{
    if (cr_cli_wants_help(argc, argv, usage))
        return 0;
    cr_cli g = *g0;
    const char *names[2] = {NULL, NULL};
    int n = 0;
    for (int i = 1; i < argc; i++) {
        bool bad;
        if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad)
                return cr_cli_usage_error(argv[0], usage, "--db needs a PATH");
        } else if (n < want && argv[i][0] != '-') {
            names[n++] = argv[i];
        } else {
            return cr_cli_usage_error(argv[0], usage, "unexpected argument %s", argv[i]);
        }
    }
    if (n != want)
        return cr_cli_usage_error(argv[0], usage, want == 2 ? "give two names" : "give a name");
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    char *err = NULL;
    bool ok = want == 2 ? cr_curate_merge(s, names[0], names[1], &err)
                        : cr_curate_split(s, names[0], &err);
    if (!ok) {
        fprintf(stderr, "crossread %s: %s\n", argv[0], err);
        free(err);
    } else {
        int64_t e = cr_query_entity_by_name(s, names[0]);
        cr_entity_row *rows;
        size_t k = cr_query_entities(s, 0, NULL, 0, (size_t)-1 / 2, &rows);
        for (size_t i = 0; i < k; i++) {
            if (rows[i].id == e)
                printf("%s: %s\n", rows[i].canonical, rows[i].names);
            cr_entity_row_free(&rows[i]);
        }
        free(rows);
    }
    cr_store_close(s);
    return ok ? 0 : 1;
}

int cr_cmd_merge(const cr_cli *g, int argc, char **argv)
{
    return curate(g, argc, argv, merge_usage, 2);
}

int cr_cmd_split(const cr_cli *g, int argc, char **argv)
{
    return curate(g, argc, argv, split_usage, 1);
}
