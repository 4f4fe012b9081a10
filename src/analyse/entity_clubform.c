/* entity_clubform.c - football reports name a club again by the last word of its name:
 * "Manchester City" ... "City boss Kevin Keegan", "Newcastle United" ... "United". That word
 * is a generic one (City, United, Rovers ...) and, alone, often means something else ("the
 * City" of London, "Mexico City"), so a bare one joins the longer name only when the article
 * treats it as an organisation somewhere ("City boss", "striker for United": the cues of
 * entity_orgcue.c) and exactly one longer name in the article ends in it. Then every bare
 * use takes that name, and the name, shown to be a club, becomes an ORG. */
#include "entity_scan.h"

#include <stdlib.h>

static bool club_word(const char *f, size_t n)
{
    static const char *const words[] = {"albion", "athletic", "city", "county", "rovers",
                                        "united", "wanderers", "wednesday"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (n == strlen(words[k]) && memcmp(f, words[k], n) == 0)
            return true;
    return false;
}

/* The candidate of the only longer name ending in the club word f, or (size_t)-1 when there
 * is none or several different ones. */
static size_t only_longer(const cr_ent_ctx *x, const char *f, size_t n)
{
    size_t found = (size_t)-1;
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        size_t last = c->t1 - 1;
        if (c->t1 - c->t0 < 2 || c->kind == CR_ENT_PERSON || x->fl[last] != n || memcmp(tf(x, last), f, n) != 0)
            continue;
        if (found != (size_t)-1 && strcmp(x->c[found].folded, c->folded) != 0)
            return (size_t)-1;
        found = i;
    }
    return found;
}

void cr_ent_resolve_club_forms(cr_ent_ctx *x)
{
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        if (c->t1 - c->t0 != 1 || c->cue || (c->reason_owned && strncmp(c->reason, "club named", 10) == 0) || !club_word(tf(x, c->t0), x->fl[c->t0]) ||
            strlen(c->folded) != x->fl[c->t0] || !cr_ent_org_cue(x, c->t0))
            continue;
        size_t li = only_longer(x, c->folded, strlen(c->folded));
        if (li == (size_t)-1)
            continue;
        char *word = cr_xstrdup(c->folded), *full = cr_xstrdup(x->c[li].name);
        for (size_t k = 0; k < x->nc; k++) {
            cr_ent_cand *d = &x->c[k];
            bool bare = d->t1 - d->t0 == 1 && strcmp(d->folded, word) == 0;
            bool longer = strcmp(d->name, full) == 0;
            if (!bare && !longer)
                continue;
            d->kind = CR_ENT_ORG;
            if (!bare)
                continue;
            x->tentative[k] = false;
            free(d->name);
            d->name = cr_xstrdup(full);
            free(d->reason_owned);
            d->reason_owned = cr_xasprintf("club named by its last word: %s", full);
            d->reason = d->reason_owned;
        }
        free(word);
        free(full);
    }
}
