/* entdump.c - a developer's view of name extraction: ingests each file as import does and
 * prints every mention (offset, surface, name, kind, reason) and the aliases the text states.
 * Built by `make build/release/entdump`; used to study extraction errors, not installed. */
#include <stdio.h>

#include "crossread/entity.h"
#include "crossread/ingest.h"

static const char *kind_name(int k)
{
    static const char *const names[] = {"?", "PERSON", "PLACE", "ORG", "EVENT", "OTHER"};
    return k >= 1 && k <= 5 ? names[k] : "?";
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: entdump FILE...\n");
        return 2;
    }
    cr_gazetteer *g = cr_gazetteer_default();
    for (int i = 1; i < argc; i++) {
        cr_doc d;
        cr_ingest_file(argv[i], &d);
        if (d.skipped)
            fprintf(stderr, "entdump: %s: %s\n", argv[i], d.problem ? d.problem : "skipped");
        for (size_t a = 0; a < d.n; a++) {
            const cr_article *art = &d.items[a];
            printf("== %s #%zu %s\n", argv[i], a + 1, art->title ? art->title : "");
            cr_entities e;
            cr_entities_extract(g, art->body, art->body_len, art->spans, art->nspans, &e);
            for (size_t m = 0; m < e.n; m++)
                printf("%6zu %-28s -> %-28s %-6s %s\n", e.m[m].start, e.m[m].surface, e.m[m].name,
                       kind_name(e.m[m].kind), e.m[m].reason);
            for (size_t k = 0; k < e.nalias; k++)
                printf("   alias %s = %s (%s)\n", e.alias[k].a, e.alias[k].b, e.alias[k].reason);
            cr_entities_free(&e);
        }
        cr_doc_free(&d);
    }
    cr_gazetteer_free(g);
    return 0;
}
