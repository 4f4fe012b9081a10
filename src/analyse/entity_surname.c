/* entity_surname.c - inside one article, a bare surname stands for the full name used for
 * it there (the nearest before, else the next after), so two people with one surname stay
 * apart; lone sentence-initial words are kept only if the article uses them as names. */
#include "entity_scan.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Where the surname of a folded full name starts when it has a particle after the given
 * name ("arjan de zeeuw" -> "de zeeuw", "ruud van der walt" -> "van der walt"), else NULL. */
static const char *particle_surname(const char *folded)
{
    for (const char *sp = strchr(folded, ' '); sp;) {
        const char *w = sp + 1, *e = strchr(w, ' ');
        if (!e)
            return NULL;
        if (cr_ent_is_name_particle(w, (size_t)(e - w)))
            return w;
        sp = e;
    }
    return NULL;
}

/* True if a folded name is a particle and a surname alone ("de zeeuw", "van der walt"). */
static bool bare_particle_surname(const char *folded)
{
    const char *sp = strchr(folded, ' ');
    return sp && cr_ent_is_name_particle(folded, (size_t)(sp - folded));
}

/* The surname of a folded full name: its last word, or the one before a generation
 * ("joseph b. ely ii" -> "ely", "lloyd u. noland jr" -> "noland"). Sets *n to its length. */
static const char *last_surname(const char *folded, size_t *n)
{
    const char *sp = strrchr(folded, ' ');
    const char *w = sp ? sp + 1 : folded;
    *n = strlen(w);
    if (!sp || !cr_ent_is_generation(w, *n))
        return w;
    const char *p = sp;
    while (p > folded && p[-1] != ' ')
        p--;
    if (p == folded)
        return w; /* "Smith Jr": the name has no given name */
    *n = (size_t)(sp - p);
    return p;
}

/* The title word of a candidate's reason "title cue: Treasury Secretary" ("secretary"), or
 * NULL when no title cue made it. */
static const char *cue_word(const cr_ent_cand *c)
{
    if (!c->cue || !c->reason || strncmp(c->reason, "title cue: ", 11) != 0)
        return NULL;
    const char *sp = strrchr(c->reason, ' ');
    return sp + 1;
}

/* "Treasury Secretary Baker" where the article names "Treasury Secretary James Baker" and
 * "Chief of Staff Howard Baker": a bare surname under a title is the full name of that
 * surname under the same title word, if the article has one such. Returns its index or -1. */
static size_t same_title_full_name(const cr_ent_ctx *x, size_t i)
{
    const cr_ent_cand *c = &x->c[i];
    const char *w = cue_word(c);
    if (!w || strchr(c->folded, ' '))
        return (size_t)-1;
    size_t found = (size_t)-1;
    for (size_t j = 0; j < x->nc; j++) {
        const cr_ent_cand *f = &x->c[j];
        const char *fw = cue_word(f);
        size_t sn;
        if (j == i || f->kind != CR_ENT_PERSON || f->t1 - f->t0 < 2 || !fw || strcasecmp(fw, w) != 0)
            continue;
        const char *sw = last_surname(f->folded, &sn);
        if (sn != strlen(c->folded) || memcmp(sw, c->folded, sn) != 0)
            continue;
        if (found != (size_t)-1 && strcmp(x->c[found].folded, f->folded) != 0)
            return (size_t)-1; /* two people of that surname and title: the usual way */
        found = j;
    }
    return found;
}

/* A bare surname takes the full name it follows (else the next one) in this article; a
 * lone sentence-initial word stays only if the article confirms it is a name. */
void cr_ent_resolve_surnames(cr_ent_ctx *x, bool *drop)
{
    cr_ent_map last;
    cr_ent_map_init(&last);
    size_t *full = cr_xmalloc((x->nc ? x->nc : 1) * sizeof *full);
    for (size_t i = 0; i < x->nc; i++)
        full[i] = same_title_full_name(x, i);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < x->nc; k++) {
            size_t i = pass ? x->nc - 1 - k : k;
            cr_ent_cand *c = &x->c[i];
            const char *sp = strrchr(c->folded, ' ');
            size_t f;
            bool bare = !sp || bare_particle_surname(c->folded); /* "Brown", "De Zeeuw" */
            if (bare && full[i] == (size_t)-1 && cr_ent_map_get(&last, c->folded, strlen(c->folded), &f))
                full[i] = f;
            if (c->kind == CR_ENT_PERSON && sp && c->t1 - c->t0 >= 2 && full[i] == (size_t)-1) {
                size_t sn;
                const char *sw = last_surname(c->folded, &sn);
                cr_ent_map_set(&last, sw, sn, i);
                const char *ps = particle_surname(c->folded);
                if (ps)
                    cr_ent_map_set(&last, ps, strlen(ps), i);
            }
        }
        cr_ent_map_free(&last);
        cr_ent_map_init(&last);
    }
    /* "Tony" after "Tony Blair": a bare given name is the one person of the article who
     * bears it; with two such people it stays apart. A first name the list lacks counts
     * when no rule made the word anything else ("Haile" after "Haile Gebrselassie"); a
     * letter alone is no one's given name. */
    cr_ent_map given;
    cr_ent_map_init(&given);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        const char *sp = strchr(c->folded, ' ');
        if (c->kind != CR_ENT_PERSON || !sp || c->t1 - c->t0 < 2)
            continue;
        map_set_one(&given, x, c->folded, (size_t)(sp - c->folded), i);
    }
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        size_t j;
        if (full[i] == (size_t)-1 && !strchr(c->folded, ' ') && c->folded[1] && c->kind != CR_ENT_PLACE &&
            c->kind != CR_ENT_ORG &&
            (cr_ent_is_given_name(c->folded, strlen(c->folded)) ||
             (c->kind == CR_ENT_OTHER && !c->cue && c->reason && strcmp(c->reason, "capitalised word") == 0)) &&
            cr_ent_map_get(&given, c->folded, strlen(c->folded), &j) && j != (size_t)-1)
            full[i] = j;
    }
    cr_ent_map_free(&given);
    /* "T Shanklin" in a team sheet after "Tom Shanklin": an initial and a surname are the
     * one full name of the article with that first letter and that surname ("G Thomas" is
     * Gareth, "J Thomas" Jonathan). Keyed "t shanklin", as the initial's own form folds.
     * Two plain words of no kind count too: the initial shows them a person's. */
    cr_ent_map fulls;
    cr_ent_map_init(&fulls);
    cr_buf key;
    cr_buf_init(&key);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        const char *sp = strrchr(c->folded, ' ');
        bool plain = c->kind == CR_ENT_OTHER && !c->cue && c->t1 - c->t0 == 2;
        if ((c->kind != CR_ENT_PERSON && !plain) || !sp || c->t1 - c->t0 < 2 || c->folded[1] == ' ')
            continue;
        key.len = 0;
        cr_buf_printf(&key, "%c %s", c->folded[0], sp + 1);
        map_set_one(&fulls, x, key.data, key.len, i);
        const char *ps = particle_surname(c->folded); /* "R de Marigny" */
        if (ps) {
            key.len = 0;
            cr_buf_printf(&key, "%c %s", c->folded[0], ps);
            map_set_one(&fulls, x, key.data, key.len, i);
        }
    }
    cr_buf_free(&key);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        const char *sp = strrchr(c->folded, ' ');
        size_t j;
        bool one_initial = sp && (sp == c->folded + 1 || (c->folded[1] == ' ' && bare_particle_surname(c->folded + 2)));
        if (c->kind == CR_ENT_PERSON && one_initial && full[i] == (size_t)-1 &&
            cr_ent_map_get(&fulls, c->folded, strlen(c->folded), &j) && j != (size_t)-1) {
            full[i] = j;
            x->c[j].kind = CR_ENT_PERSON;
        }
    }
    cr_ent_map_free(&fulls);
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
                bool given = strncmp(p->folded, c->folded, strlen(c->folded)) == 0 &&
                             p->folded[strlen(c->folded)] == ' ';
                bool initial = c->folded[0] && c->folded[1] == ' ';
                c->reason_owned = cr_xasprintf("%s of %s", initial ? "initial and surname" : given ? "given name" : "surname",
                                               p->name);
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
