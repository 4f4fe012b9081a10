/* entity_shape.c - a run of two or three plain capitalised words is a person's name only
 * with evidence: its first word is an initial or a common given name, its last word ends like a surname,
 * the article uses its last word alone (people are named again by surname), or a verb of
 * saying follows it. A name whose FIRST word the article uses alone is an organisation
 * ("Biogen Idec" ... "Biogen": companies are named again by their leading word). Otherwise
 * the kind stays open (OTHER): "Sony Ericsson" and "Campos Basin" are not people. */
#include "entity_scan.h"

#include <stdlib.h>

/* "Doug Rasor said", "Ian Hunter told": a verb of saying right after the name. */
static bool saying_follows(const cr_ent_ctx *x, size_t e)
{
    static const char *const verbs[] = {"said", "says", "told", "added", "explained"};
    return word_in(x, e, verbs, sizeof verbs / sizeof *verbs);
}

static void set_reason(cr_ent_cand *c, int kind, char *owned)
{
    c->kind = kind;
    free(c->reason_owned);
    c->reason_owned = owned;
    c->reason = owned;
}

void cr_ent_settle_shapes(cr_ent_ctx *x)
{
    /* Single-word names the article uses, by folded form. */
    cr_ent_map alone;
    cr_ent_map_init(&alone);
    for (size_t i = 0; i < x->nc; i++) /* not a title's field word waiting alone ("Trade") */
        if (x->c[i].t1 - x->c[i].t0 == 1 && !strchr(x->c[i].folded, ' ') &&
            !(x->tentative[i] && tok_is(x, x->c[i].t0, W_MOD)))
            cr_ent_map_add(&alone, x->c[i].folded, strlen(x->c[i].folded), i);
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        if (!c->shape)
            continue;
        if (c->kind != CR_ENT_PERSON) {
            /* "Real Madrid" ... "Real": a longer unexplained name, led by a word used alone. */
            if (c->t1 - c->t0 >= 2 && cr_ent_map_get(&alone, tf(x, c->t0), x->fl[c->t0], NULL))
                set_reason(c, CR_ENT_ORG, cr_xasprintf("short form used alone: %.*s",
                                                       (int)x->t[c->t0].len, x->s + x->t[c->t0].start));
            continue;
        }
        size_t first = c->t0, last = c->t1 - 1;
        const char *lf = tf(x, last), *ff = tf(x, first);
        size_t ll = x->fl[last], fl = x->fl[first];
        /* "ByPatrick Reevell": a byline glued on; "Jean-Louis": the first part is enough. */
        if (fl > 3 && memcmp(ff, "by", 2) == 0 && x->s[x->t[first].start] == 'B' &&
            x->s[x->t[first].start + 2] >= 'A' && x->s[x->t[first].start + 2] <= 'Z') {
            ff += 2;
            fl -= 2;
        }
        const char *hy = memchr(ff, '-', fl);
        if (hy)
            fl = (size_t)(hy - ff);
        bool particle = false; /* "Ibrahim al-Jaafari", "Hans von Trotha" */
        for (size_t k = first + 1; k < last && !particle; k++)
            particle = tok_is(x, k, W_CONN) && !(x->t[k].flags & CR_TOK_CAP);
        particle |= ll > 3 && memcmp(lf, "al-", 3) == 0;
        /* "R Kelly", "J. White": an initial before a word is a given name cut short; "X" is
         * more often a letter of a title ("The X Factor", "X Games"). */
        bool initial = fl == 1 && ff[0] >= 'a' && ff[0] <= 'z' && ff[0] != 'x';
        if (initial) {
            set_reason(c, CR_ENT_PERSON, cr_xstrdup("name shape: initial"));
        } else if (cr_ent_is_given_name(ff, fl) || particle) {
            set_reason(c, CR_ENT_PERSON, particle ? cr_xstrdup("name shape: particle")
                                                  : cr_xasprintf("given name: %.*s", (int)fl, ff));
        } else if (cr_ent_surname_shape(lf, ll)) {
            set_reason(c, CR_ENT_PERSON, cr_xstrdup("name shape: surname ending"));
        } else if (cr_ent_map_get(&alone, lf, ll, NULL)) {
            set_reason(c, CR_ENT_PERSON, cr_xasprintf("surname used alone: %.*s", (int)x->t[last].len,
                                                      x->s + x->t[last].start));
        } else if (saying_follows(x, c->t1)) {
            set_reason(c, CR_ENT_PERSON, cr_xasprintf("name shape: capitalised words, then %.*s",
                                                      (int)x->t[c->t1].len, x->s + x->t[c->t1].start));
        } else if (cr_ent_map_get(&alone, ff, fl, NULL)) {
            set_reason(c, CR_ENT_ORG, cr_xasprintf("short form used alone: %.*s", (int)x->t[first].len,
                                                   x->s + x->t[first].start));
        } else {
            set_reason(c, CR_ENT_OTHER, cr_xstrdup("capitalised words"));
        }
    }
    cr_ent_map_free(&alone);
}
