/* entity_orgcue.c - a single capitalised word with no known kind is an organisation when the
 * article treats it as one somewhere: a company or club noun in apposition before it ("drug
 * firm Elan", "rival Vodafone"), its shares ("shares in Phytopharm", "Intel shares"), or a
 * role in it after it ("Everton midfielder", "Petrobras spokesman", "City boss"). One such
 * use settles every bare use of the word in the article. */
#include "entity_scan.h"

#include <stdlib.h>

static bool in_list(const cr_ent_ctx *x, size_t i, const char *const *words, size_t n)
{
    if (!is_word(x, i))
        return false;
    for (size_t k = 0; k < n; k++)
        if (x->fl[i] == strlen(words[k]) && memcmp(tf(x, i), words[k], x->fl[i]) == 0)
            return true;
    return false;
}

#define IN(x, i, list) in_list(x, i, list, sizeof list / sizeof *list)

/* The cue word around a single-word mention at token i, or NULL. */
const cr_tok *cr_ent_org_cue(const cr_ent_ctx *x, size_t i)
{
    static const char *const before[] = {
        "firm", "company", "rival", "rivals", "group", "maker", "giant", "operator", "carrier",
        "bank", "club", "side", "insurer", "retailer", "manufacturer", "supplier", "airline",
        "broker", "chipmaker", "subsidiary", "unit", "partner", "owner"};
    static const char *const after[] = {
        "shares", "stock", "shareholders", "spokesman", "spokeswoman", "spokesperson",
        "midfielder", "striker", "defender", "goalkeeper", "keeper", "coach", "manager", "boss",
        "chairman", "executives", "chief", "subsidiary", "board"};
    static const char *const holdings[] = {"shares", "stake", "stakes"};
    if (i > 0 && IN(x, i - 1, before) && !(x->t[i - 1].flags & CR_TOK_CAP))
        return &x->t[i - 1];
    if (i + 1 < x->nt && IN(x, i + 1, after) && !(x->t[i + 1].flags & CR_TOK_CAP))
        return &x->t[i + 1];
    /* "shares in Elan", "a stake in Phytopharm", "shares of Petrobras" */
    if (i >= 2 && is_word(x, i - 1) && (x->fl[i - 1] == 2) &&
        (memcmp(tf(x, i - 1), "in", 2) == 0 || memcmp(tf(x, i - 1), "of", 2) == 0) &&
        IN(x, i - 2, holdings))
        return &x->t[i - 2];
    return NULL;
}

void cr_ent_org_context(cr_ent_ctx *x)
{
    cr_ent_map cued; /* folded word -> candidate whose context named it an organisation */
    cr_ent_map_init(&cued);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        if (c->t1 - c->t0 == 1 && c->kind == CR_ENT_OTHER && cr_ent_org_cue(x, c->t0) &&
            strlen(c->folded) == x->fl[c->t0])
            cr_ent_map_add(&cued, c->folded, strlen(c->folded), i);
    }
    for (size_t i = 0; i < x->nc && cued.n; i++) {
        cr_ent_cand *c = &x->c[i];
        size_t k;
        if (c->kind != CR_ENT_OTHER || !cr_ent_map_get(&cued, c->folded, strlen(c->folded), &k))
            continue;
        const cr_tok *w = cr_ent_org_cue(x, x->c[k].t0);
        c->kind = CR_ENT_ORG;
        free(c->reason_owned);
        c->reason_owned = cr_xasprintf("context: %.*s", (int)w->len, x->s + w->start);
        c->reason = c->reason_owned;
    }
    cr_ent_map_free(&cued);
}
