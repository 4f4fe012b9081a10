/* entity_surname.c - inside one article, a bare surname stands for the full name used for
 * it there (the nearest before, else the next after), so two people with one surname stay
 * apart; lone sentence-initial words are kept only if the article uses them as names. */
#include "entity_scan.h"

#include <stdlib.h>

/* A bare surname takes the full name it follows (else the next one) in this article; a
 * lone sentence-initial word stays only if the article confirms it is a name. */
void cr_ent_resolve_surnames(cr_ent_ctx *x, bool *drop)
{
    cr_ent_map last;
    cr_ent_map_init(&last);
    size_t *full = cr_xmalloc((x->nc ? x->nc : 1) * sizeof *full);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < x->nc; k++) {
            size_t i = pass ? x->nc - 1 - k : k;
            cr_ent_cand *c = &x->c[i];
            if (!pass)
                full[i] = (size_t)-1;
            const char *sp = strrchr(c->folded, ' ');
            if (c->kind == CR_ENT_PERSON && sp && c->t1 - c->t0 >= 2) {
                cr_ent_map_set(&last, sp + 1, strlen(sp + 1), i);
                continue;
            }
            size_t f;
            if (!sp && full[i] == (size_t)-1 && cr_ent_map_get(&last, c->folded, strlen(c->folded), &f))
                full[i] = f;
        }
        cr_ent_map_free(&last);
        cr_ent_map_init(&last);
    }
    cr_ent_map sure; /* names the article uses outside title lines and sentence starts */
    cr_ent_map_init(&sure);
    for (size_t i = 0; i < x->nc; i++)
        if (!x->tentative[i])
            cr_ent_map_add(&sure, x->c[i].folded, strlen(x->c[i].folded), i);
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        drop[i] = false;
        if (full[i] != (size_t)-1) {
            cr_ent_cand *p = &x->c[full[i]];
            free(c->name);
            c->name = cr_xstrdup(p->name);
            c->kind = CR_ENT_PERSON;
            if (!c->cue) {
                free(c->reason_owned);
                c->reason_owned = cr_xasprintf("surname of %s", p->name);
                c->reason = c->reason_owned;
            }
            continue;
        }
        if (x->tentative[i])
            drop[i] = !cr_ent_map_get(&sure, c->folded, strlen(c->folded), NULL);
    }
    cr_ent_map_free(&sure);
    free(full);
}
