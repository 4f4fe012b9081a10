/* entity_acrospan.c - a long name defined by the acronym after it is one name even where
 * small lower-case words cut it: "Voice over Internet Protocol (VoIP)", "Organisation for
 * Economic Co-operation and Development (OECD)". The words before the parenthesis whose
 * initials spell the acronym become one candidate, replacing the pieces the chunker found.
 * Linear in the text: each parenthesis is checked in bounded time and the candidates are
 * rebuilt once, whatever the number of acronyms. */
#include "entity_scan.h"

#include <stdlib.h>

#define MAX_LETTERS 10
#define MAX_SPAN 14

/* Lower-case words a long name may hold; each may give its initial or be passed over. */
static bool small_word(const cr_ent_ctx *x, size_t i)
{
    static const char *const words[] = {"a", "an", "and", "at", "by", "de", "for", "in", "of",
                                        "on", "over", "the", "to", "with"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (word_is(x, i, words[k]))
            return true;
    return false;
}

/* Written with a capital: "Co-operation" too, which the tokenizer takes for an adjective. */
static bool upper_initial(const cr_ent_ctx *x, size_t i)
{
    char ch = x->s[x->t[i].start];
    return (x->t[i].flags & CR_TOK_CAP) || (ch >= 'A' && ch <= 'Z');
}

/* One check of words w[0..nw) against letters[0..nl): memo[wi][li] is 0 unknown, 1 yes,
 * 2 no, so each state is solved once (small words and hyphens each offer two ways). */
typedef struct {
    const cr_ent_ctx *x;
    const size_t *w;
    size_t nw, nl;
    const char *letters;
    unsigned char memo[MAX_SPAN + 1][MAX_LETTERS + 1];
} spelling;

/* Do words w[wi..) spell letters[li..)? A capitalised word gives its initial (a hyphenated
 * one the initial of each part, or of its first part only); a small word gives its initial
 * or nothing. */
static bool spells(spelling *sp, size_t wi, size_t li)
{
    if (wi == sp->nw)
        return li == sp->nl;
    if (sp->memo[wi][li])
        return sp->memo[wi][li] == 1;
    const cr_ent_ctx *x = sp->x;
    size_t i = sp->w[wi];
    const char *f = tf(x, i);
    size_t n = x->fl[i];
    bool ok = false;
    if (!upper_initial(x, i)) {
        ok = small_word(x, i) &&
             (spells(sp, wi + 1, li) || (li < sp->nl && f[0] == sp->letters[li] && spells(sp, wi + 1, li + 1)));
    } else if (li < sp->nl && f[0] == sp->letters[li]) {
        ok = spells(sp, wi + 1, li + 1);
        size_t k = li + 1; /* "Co-operation": C and O */
        for (size_t p = 1; p < n && !ok; p++)
            if (f[p - 1] == '-' && k < sp->nl && f[p] == sp->letters[k])
                k++;
        ok = ok || (k > li + 1 && spells(sp, wi + 1, k));
    }
    sp->memo[wi][li] = ok ? 1 : 2;
    return ok;
}

/* The acronym's letters, folded, when token i is a word of 2 to MAX_LETTERS letters with
 * at least two capitals ("VoIP", "OECD"); else 0. */
static size_t acronym_letters(const cr_ent_ctx *x, size_t i, char *out)
{
    const cr_tok *t = &x->t[i];
    size_t caps = 0;
    if (!(t->flags & CR_TOK_WORD) || t->len < 2 || t->len > MAX_LETTERS)
        return 0;
    for (size_t k = 0; k < t->len; k++) {
        char ch = x->s[t->start + k];
        if (ch >= 'A' && ch <= 'Z')
            caps++;
        else if (!(ch >= 'a' && ch <= 'z'))
            return 0;
        out[k] = (char)(ch | 0x20);
    }
    return caps >= 2 ? t->len : 0;
}

/* The first token of the long name that the acronym at token i + 1 ("(" at i) spells, or
 * i if none does. */
static size_t spelled_span(const cr_ent_ctx *x, size_t i)
{
    char letters[MAX_LETTERS];
    size_t nl = acronym_letters(x, i + 1, letters);
    size_t w[MAX_SPAN], nw = 0; /* the words before, nearest first */
    for (size_t k = i; nl && k > 0 && nw < MAX_SPAN && (x->t[k - 1].flags & CR_TOK_WORD); k--) {
        w[nw++] = k - 1;
        if (x->t[k - 1].flags & (CR_TOK_SENT | CR_TOK_BREAK))
            break;
    }
    for (size_t n = 2; n <= nw; n++) {
        size_t span[MAX_SPAN];
        for (size_t k = 0; k < n; k++)
            span[k] = w[n - 1 - k];
        if (!upper_initial(x, span[0]))
            continue;
        spelling sp = {x, span, n, nl, letters, {{0}}};
        if (spells(&sp, 0, 0))
            return span[0];
    }
    return i;
}

/* The kind of a joined name: a capitals-only acronym names a body ("OECD"); a head word
 * among the pieces may say otherwise ("Kyoto Protocol": the last such piece's). */
static int joined_kind(const cr_ent_ctx *x, size_t acro, int piece_kind)
{
    if (piece_kind)
        return piece_kind;
    for (size_t k = x->t[acro].start; k < x->t[acro].start + x->t[acro].len; k++)
        if (x->s[k] >= 'a' && x->s[k] <= 'z')
            return CR_ENT_OTHER;
    return CR_ENT_ORG;
}

typedef struct {
    size_t a, b, acro;
} acro_span;

void cr_ent_join_acronym_spans(cr_ent_ctx *x)
{
    /* Spans end at a "(" and cannot cross another one, so they are disjoint. */
    acro_span *sp = NULL;
    size_t nsp = 0;
    for (size_t i = 2; i + 2 < x->nt; i++) {
        if (x->t[i].flags & CR_TOK_WORD || x->t[i].cp != '(' || x->t[i + 2].flags & CR_TOK_WORD ||
            x->t[i + 2].cp != ')')
            continue;
        size_t a = spelled_span(x, i);
        if (a == i)
            continue;
        sp = cr_xrealloc(sp, (nsp + 1) * sizeof *sp);
        sp[nsp++] = (acro_span){a, i, i + 1};
    }
    if (!nsp) {
        free(sp);
        return;
    }
    size_t *span_of = cr_xmalloc(x->nt * sizeof *span_of);
    for (size_t t = 0; t < x->nt; t++)
        span_of[t] = (size_t)-1;
    for (size_t s = 0; s < nsp; s++)
        for (size_t t = sp[s].a; t < sp[s].b; t++)
            span_of[t] = s;
    /* Per span: the first candidate inside it (where the joined name goes), the kind of its
     * pieces, and whether one candidate is the span already. */
    size_t *first = cr_xmalloc(nsp * sizeof *first);
    int *kind = cr_xcalloc(nsp, sizeof *kind);
    bool *whole = cr_xcalloc(nsp, sizeof *whole);
    for (size_t s = 0; s < nsp; s++)
        first[s] = (size_t)-1;
    size_t *hit = cr_xmalloc((x->nc ? x->nc : 1) * sizeof *hit);
    for (size_t k = 0; k < x->nc; k++) {
        const cr_ent_cand *c = &x->c[k];
        hit[k] = (size_t)-1;
        for (size_t t = c->t0; t < c->t1 && hit[k] == (size_t)-1; t++)
            hit[k] = span_of[t];
        size_t s = hit[k];
        if (s == (size_t)-1)
            continue;
        if (first[s] == (size_t)-1)
            first[s] = k;
        whole[s] |= c->t0 == sp[s].a && c->t1 == sp[s].b;
        if (c->kind != CR_ENT_PERSON && c->kind != CR_ENT_OTHER)
            kind[s] = c->kind;
    }
    /* One pass, in place: pieces go, each joined name takes its first piece's place (a span
     * with no candidate in it, all small words, joins nothing). Written slots never pass the
     * one being read, so nothing unread is overwritten. */
    size_t n = x->nc, w = 0;
    for (size_t k = 0; k < n; k++) {
        cr_ent_cand c = x->c[k];
        bool tent = x->tentative[k];
        size_t s = hit[k];
        if (s == (size_t)-1 || whole[s]) {
            x->c[w] = c;
            x->tentative[w++] = tent;
            continue;
        }
        free(c.name);
        free(c.folded);
        free(c.reason_owned);
        if (first[s] == k) {
            x->nc = w; /* cr_ent_emit writes slot w, which holds nothing unread */
            cr_ent_emit(x, sp[s].a, sp[s].b, joined_kind(x, sp[s].acro, kind[s]), NULL,
                        cr_xasprintf("acronym defined: %.*s", (int)x->t[sp[s].acro].len,
                                     x->s + x->t[sp[s].acro].start),
                        false, false);
            w++;
        }
    }
    x->nc = w;
    free(hit);
    free(first);
    free(kind);
    free(whole);
    free(span_of);
    free(sp);
}
