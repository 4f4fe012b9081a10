/* entity_qualified.c - inside one article, an organisation or place named once with a
 * leading country or nationality ("US Department of Justice", "Persian Gulf") is named again
 * without it ("the Department of Justice", "the Gulf"). The qualifier only says whose it is,
 * so the shorter name takes the longer one and its kind. People never join this way. */
#include "entity_scan.h"

#include <stdlib.h>

/* True if token i is a leading qualifier: a known place ("US", "Britain") or a nationality
 * adjective ("Persian", "French"). */
static bool qualifier(const cr_ent_ctx *x, size_t i)
{
    int k;
    if (!is_word(x, i))
        return false;
    if (tok_is(x, i, W_DEM))
        return true;
    return gaz(x, tf(x, i), x->fl[i], &k) && k == CR_ENT_PLACE;
}

void cr_ent_resolve_qualified(cr_ent_ctx *x)
{
    cr_ent_map rest; /* folded name without its qualifier -> the qualified candidate */
    cr_ent_map_init(&rest);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        if (c->t1 - c->t0 < 2 || (c->kind != CR_ENT_ORG && c->kind != CR_ENT_PLACE) ||
            !qualifier(x, c->t0) || !is_cap(x, c->t0 + 1) || tok_is(x, c->t0 + 1, W_CONN))
            continue;
        /* "Mexico City", "Kansas City": a place before one word is that place's own name;
         * only a nationality ("Persian Gulf") qualifies a single word. */
        if (c->t1 - c->t0 == 2 && !tok_is(x, c->t0, W_DEM))
            continue;
        fold_range(x, c->t0 + 1, c->t1, &x->tmp);
        cr_ent_map_add(&rest, x->tmp.data, x->tmp.len, i);
    }
    for (size_t i = 0; i < x->nc && rest.n; i++) {
        cr_ent_cand *c = &x->c[i];
        size_t li;
        if (c->kind == CR_ENT_PERSON && !c->shape)
            continue;
        fold_range(x, c->t0, c->t1, &x->tmp);
        if (!cr_ent_map_get(&rest, x->tmp.data, x->tmp.len, &li) || li == i)
            continue;
        const cr_ent_cand *l = &x->c[li];
        if (strcmp(c->name, l->name) == 0)
            continue;
        x->tentative[i] = false; /* a sentence's first word, confirmed by the longer name */
        free(c->name);
        c->name = cr_xstrdup(l->name);
        c->kind = l->kind;
        c->shape = false;
        free(c->reason_owned);
        c->reason_owned = cr_xasprintf("short form of %s", l->name);
        c->reason = c->reason_owned;
    }
    cr_ent_map_free(&rest);
}
