/* cmd_show.c - `crossread show ID [--width N] [--boilerplate]` */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crossread/cli.h"
#include "crossread/layout.h"
#include "crossread/query.h"

static const char usage[] =
    "usage: crossread show ID [--width N] [--boilerplate]\n"
    "Prints an article's header (title, outlet, date, author, URLs) and its body wrapped to\n"
    "N columns (default: the terminal's width, else 80).\n"
    "  --width N      wrap to N columns (at least 10)\n"
    "  --boilerplate  also print appeals, related links, credits and bios (hidden by default)\n";

int cr_cmd_show(const cr_cli *g0, int argc, char **argv)
{
    if (cr_cli_wants_help(argc, argv, usage))
        return 0;
    cr_cli g = *g0;
    int width = 0;
    long long id = 0;
    bool have_id = false, boiler = false;
    for (int i = 1; i < argc; i++) {
        bool bad;
        const char *wv = NULL;
        if (strcmp(argv[i], "--width") == 0 || strcmp(argv[i], "-w") == 0) {
            if (i + 1 >= argc)
                return cr_cli_usage_error("show", usage, "--width needs a number");
            wv = argv[++i];
        } else if (strncmp(argv[i], "--width=", 8) == 0) {
            wv = argv[i] + 8;
        } else if (strcmp(argv[i], "--boilerplate") == 0) {
            boiler = true;
        } else if (cr_cli_common_opt(&g, argc, argv, &i, &bad)) {
            if (bad)
                return cr_cli_usage_error("show", usage, "--db needs a PATH");
        } else if (!have_id && argv[i][0] != '-') {
            if (!cr_cli_parse_id(argv[i], &id))
                return cr_cli_usage_error("show", usage, "'%s' is not an article id", argv[i]);
            have_id = true;
        } else {
            return cr_cli_usage_error("show", usage, "unexpected argument %s", argv[i]);
        }
        if (wv) {
            char *end;
            long w = strtol(wv, &end, 10);
            if (*end || w < 10 || w > 10000)
                return cr_cli_usage_error("show", usage, "--width wants 10 to 10000, not '%s'", wv);
            width = (int)w;
        }
    }
    if (!have_id)
        return cr_cli_usage_error("show", usage, "which article? give its ID (see crossread list)");
    if (!width)
        width = cr_cli_term_width();
    cr_store *s = cr_cli_store(&g, true);
    if (!s)
        return 1;
    cr_article_rec r;
    if (!cr_query_article(s, id, &r)) {
        fprintf(stderr, "crossread show: no article with id %lld\n", id);
        cr_store_close(s);
        return 1;
    }
    cr_layout l;
    cr_layout_opts o = {.show_boilerplate = boiler};
    cr_layout_article(&r.a, width, &o, &l);
    cr_buf out;
    cr_buf_init(&out);
    for (size_t i = 0; i < l.lines.n; i++) {
        for (int k = 0; k < l.indent[i]; k++)
            cr_buf_addc(&out, ' ');
        cr_buf_add(&out, l.text + l.lines.lines[i].start, l.lines.lines[i].len);
        cr_buf_addc(&out, '\n');
    }
    fwrite(out.data, 1, out.len, stdout);
    cr_buf_free(&out);
    cr_layout_free(&l);
    cr_article_rec_free(&r);
    cr_store_close(s);
    return 0;
}
