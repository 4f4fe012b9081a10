/* cmd_list.c - `crossread list [--format tsv|json]` */
#include <stdio.h>
#include <string.h>

#include "crossread/cli.h"
#include "crossread/query.h"

static const char usage[] =
    "usage: crossread list [--format tsv|json]\n"
    "Prints every article of the library, one a line:\n"
    "  id<TAB>date<TAB>outlet<TAB>title<TAB>file   (an empty field where unknown)\n"
    "or, with --format json, the same as a JSON array of objects.\n";

typedef struct {
    cr_buf out;
    bool json;
    long n;
} list_ctx;

static void print_row(const cr_row *r, void *p)
{
    list_ctx *c = p;
    cr_buf *b = &c->out;
    if (c->json) {
        cr_buf_adds(b, c->n ? ",\n  {" : "\n  {");
        cr_buf_printf(b, "\"id\": %lld, \"date\": ", (long long)r->id);
        cr_json_string(b, r->date);
        cr_buf_adds(b, ", \"outlet\": ");
        cr_json_string(b, r->outlet);
        cr_buf_adds(b, ", \"title\": ");
        cr_json_string(b, r->title);
        cr_buf_adds(b, ", \"file\": ");
        cr_json_string(b, r->file);
        cr_buf_adds(b, "}");
    } else {
        cr_buf_printf(b, "%lld\t", (long long)r->id);
        cr_tsv_field(b, r->date);
        cr_buf_addc(b, '\t');
        cr_tsv_field(b, r->outlet);
        cr_buf_addc(b, '\t');
        cr_tsv_field(b, r->title);
        cr_buf_addc(b, '\t');
        cr_tsv_field(b, r->file);
        cr_buf_addc(b, '\n');
    }
    c->n++;
    if (b->len > 65536) {
        fwrite(b->data, 1, b->len, stdout);
        b->len = 0;
    }
}

int cr_cmd_list(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, usage))
        return 0;
    cr_cli g = *g0;
    int format = 0;
    for (int i = 1; i < argc; i++) {
        bool bad;
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            format = cr_cli_format(argv[++i]);
            if (format < 0)
                return cr_cli_usage_error("list", usage, "unknown format '%s'", argv[i]);
        } else if (strncmp(argv[i], "--format=", 9) == 0) {
            format = cr_cli_format(argv[i] + 9);
            if (format < 0)
                return cr_cli_usage_error("list", usage, "unknown format '%s'", argv[i] + 9);
        } else if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad)
                return cr_cli_usage_error("list", usage, "--db needs a PATH");
        } else {
            return cr_cli_usage_error("list", usage, "unexpected argument %s", argv[i]);
        }
    }
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    list_ctx c = {.json = format == 1};
    cr_buf_init(&c.out);
    if (c.json)
        cr_buf_adds(&c.out, "[");
    bool ok = cr_query_each_article(s, print_row, &c);
    if (c.json)
        cr_buf_adds(&c.out, c.n ? "\n]\n" : "]\n");
    fwrite(c.out.data, 1, c.out.len, stdout);
    cr_buf_free(&c.out);
    cr_store_close(s);
    if (!ok) {
        fputs("crossread list: cannot read the library\n", stderr);
        return 1;
    }
    return 0;
}
