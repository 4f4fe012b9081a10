/* entity_extract.c - finds the names in one article: capitalised runs joined by connectors
 * become chunks; stop words, calendar words and nationality adjectives are trimmed; title
 * cues split a person's name from its title; the gazetteer and head words give kinds; a
 * bare surname takes the full name the article uses for it. Linear in the text. */
#include "entity_scan.h"

#include <stdlib.h>
#include <string.h>

/* Mentions come out in text order; a title's parts can be found after the name. */
static int cmp_mention(const void *a, const void *b)
{
    const cr_mention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* "DS" for "Nintendo DS", "XP" for "Windows XP": a product's letters, which the article
 * uses alone for the maker-and-letters name, are told to the library (alias reason "short
 * form"), which ties them to that name where another article uses the letters alone, if
 * they stand for nothing else (cr_entities_resolve). Other short forms stay in their
 * article: a firm's leading word is more often the firm itself than the unit or holding
 * named after it ("Parmalat", "Parmalat Finanziaria"); bare surnames and rare first names
 * are tied across the library from the full names alone. */
static void add_short_forms(const cr_ent_ctx *x, const bool *drop, cr_entities *out, cr_ent_map *seen)
{
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        const char *r = c->reason_owned ? c->reason_owned : c->reason;
        if (drop[i] || c->t1 - c->t0 != 1 || !r || strncmp(r, "product letters of ", 19) != 0)
            continue;
        char *surface = cr_ent_display(x, c->t0, c->t1, false);
        cr_ent_add_alias(out, seen, surface, c->name, "short form");
        free(surface);
    }
}

void cr_entities_extract(const cr_gazetteer *g, const char *body, size_t len,
                         const cr_span *spans, size_t nspans, cr_entities *out)
{
    memset(out, 0, sizeof *out);
    cr_ent_ctx x;
    memset(&x, 0, sizeof x);
    x.g = g;
    x.s = body;
    cr_buf_init(&x.ftext);
    cr_buf_init(&x.tmp);
    cr_buf_init(&x.tmp2);
    cr_ent_tokenize(body, len, spans, nspans, &x.t, &x.nt);
    x.fo = cr_xmalloc((x.nt + 1) * sizeof *x.fo);
    x.fl = cr_xmalloc((x.nt + 1) * sizeof *x.fl);
    x.wc = cr_xcalloc(x.nt + 1, sizeof *x.wc);
    for (size_t i = 0; i < x.nt; i++) {
        x.fo[i] = x.ftext.len;
        x.fl[i] = 0;
        if (!(x.t[i].flags & CR_TOK_WORD))
            continue;
        cr_ent_fold(body + x.t[i].start, x.t[i].len, &x.tmp);
        cr_buf_add(&x.ftext, x.tmp.data, x.tmp.len);
        x.fl[i] = x.tmp.len;
    }
    cr_ent_find_candidates(&x);
    cr_ent_join_acronym_spans(&x);
    cr_ent_settle_shapes(&x);
    cr_ent_resolve_qualified(&x);
    cr_ent_resolve_short_forms(&x);
    cr_ent_org_context(&x);
    cr_ent_resolve_club_forms(&x);
    bool *drop = cr_xmalloc((x.nc ? x.nc : 1) * sizeof *drop);
    cr_ent_resolve_surnames(&x, drop);
    cr_ent_drop_common(&x, drop);
    cr_ent_map seen;
    cr_ent_map_init(&seen);
    cr_ent_find_aliases(body, x.t, x.nt, x.c, x.nc, out, &seen);
    add_short_forms(&x, drop, out, &seen);
    cr_ent_map_free(&seen);
    out->m = cr_xmalloc((x.nc ? x.nc : 1) * sizeof *out->m);
    for (size_t i = 0; i < x.nc; i++) {
        cr_ent_cand *c = &x.c[i];
        if (drop[i]) {
            free(c->name);
        } else {
            cr_mention *m = &out->m[out->n++];
            m->start = c->start;
            m->len = c->end - c->start;
            /* A name beginning or ending inside a token ("Yerevan" of "Baku-Yerevan", "New
             * York" of "New York-based") is spelled out from its bytes. */
            bool part = c->start != x.t[c->t0].start || c->end != x.t[c->t1 - 1].start + x.t[c->t1 - 1].len;
            m->surface = part ? cr_xstrndup(body + c->start, c->end - c->start)
                              : cr_ent_display(&x, c->t0, c->t1, false);
            for (char *p = m->surface; part && *p; p++)
                if (*p == '\n' || *p == '\r' || *p == '\t')
                    *p = ' '; /* "New\nYork-based": a name wrapped across lines is one line */
            m->name = c->name;
            m->kind = c->kind;
            m->reason = c->reason_owned ? c->reason_owned : cr_xstrdup(c->reason);
            c->reason_owned = NULL;
        }
        free(c->reason_owned);
        free(c->folded);
    }
    qsort(out->m, out->n, sizeof *out->m, cmp_mention);
    free(drop);
    free(x.c);
    free(x.tentative);
    free(x.t);
    free(x.fo);
    free(x.fl);
    free(x.wc);
    cr_buf_free(&x.ftext);
    cr_buf_free(&x.tmp);
    cr_buf_free(&x.tmp2);
}

void cr_entities_free(cr_entities *e)
{
    for (size_t i = 0; i < e->n; i++) {
        free(e->m[i].surface);
        free(e->m[i].name);
        free(e->m[i].reason);
    }
    for (size_t i = 0; i < e->nalias; i++) {
        free(e->alias[i].a);
        free(e->alias[i].b);
        free(e->alias[i].reason);
    }
    free(e->m);
    free(e->alias);
    memset(e, 0, sizeof *e);
}
