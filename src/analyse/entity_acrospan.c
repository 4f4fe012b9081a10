/* entity_acrospan.c - a long name defined by the acronym after it is one name even where
 * small lower-case words cut it: "Voice over Internet Protocol (VoIP)", "Organisation for
 * Economic Co-operation and Development (OECD)". The words before the parenthesis whose
 * initials spell the acronym become one candidate, replacing the pieces the chunker found. */
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
        if (x->fl[i] == strlen(words[k]) && memcmp(tf(x, i), words[k], x->fl[i]) == 0)
            return true;
    return false;
}

/* Written with a capital: "Co-operation" too, which the tokenizer takes for an adjective. */
static bool upper_initial(const cr_ent_ctx *x, size_t i)
{
    char ch = x->s[x->t[i].start];
    return (x->t[i].flags & CR_TOK_CAP) || (ch >= 'A' && ch <= 'Z');
}

/* Do words w[0..nw) spell letters[0..nl)? A capitalised word gives its initial (a
 * hyphenated one the initial of each part, or of its first part only); a small word gives
 * its initial or nothing. */
static bool spells(const cr_ent_ctx *x, const size_t *w, size_t nw, const char *letters, size_t nl)
{
    if (nw == 0)
        return nl == 0;
    size_t i = w[0];
    const char *f = tf(x, i);
    size_t n = x->fl[i];
    if (!upper_initial(x, i)) {
        if (!small_word(x, i))
            return false;
        if (spells(x, w + 1, nw - 1, letters, nl))
            return true;
        return nl > 0 && f[0] == letters[0] && spells(x, w + 1, nw - 1, letters + 1, nl - 1);
    }
    if (nl == 0 || f[0] != letters[0])
        return false;
    if (spells(x, w + 1, nw - 1, letters + 1, nl - 1))
        return true;
    size_t k = 1; /* "Co-operation": C and O */
    for (size_t p = 1; p < n; p++)
        if (f[p - 1] == '-' && k < nl && f[p] == letters[k])
            k++;
    return k > 1 && spells(x, w + 1, nw - 1, letters + k, nl - k);
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

static void drop_candidate(cr_ent_ctx *x, size_t k)
{
    free(x->c[k].name);
    free(x->c[k].folded);
    free(x->c[k].reason_owned);
    memmove(&x->c[k], &x->c[k + 1], (x->nc - k - 1) * sizeof *x->c);
    memmove(&x->tentative[k], &x->tentative[k + 1], (x->nc - k - 1) * sizeof *x->tentative);
    x->nc--;
}

/* Joins the span [a, b) into one candidate in place of the ones inside it. */
static void join_span(cr_ent_ctx *x, size_t a, size_t b, size_t acro)
{
    /* A capitals-only acronym names a body ("OECD"); a head word among the pieces may say
     * otherwise ("Kyoto Protocol"). */
    int kind = CR_ENT_ORG;
    for (size_t k = x->t[acro].start; k < x->t[acro].start + x->t[acro].len; k++)
        if (x->s[k] >= 'a' && x->s[k] <= 'z')
            kind = CR_ENT_OTHER;
    size_t at = x->nc; /* where the joined name goes: candidates stay in text order */
    for (size_t k = 0; k < x->nc;) {
        if (x->c[k].t1 <= a || x->c[k].t0 >= b) {
            if (x->c[k].t0 >= b && at == x->nc)
                at = k;
            k++;
            continue;
        }
        if (x->c[k].kind != CR_ENT_PERSON && x->c[k].kind != CR_ENT_OTHER)
            kind = x->c[k].kind; /* the last such piece's: the head word is last */
        drop_candidate(x, k);
        if (at != x->nc && at > k)
            at--;
    }
    if (at > x->nc)
        at = x->nc;
    cr_ent_emit(x, a, b, kind, NULL,
                cr_xasprintf("acronym defined: %.*s", (int)x->t[acro].len, x->s + x->t[acro].start), false,
                false);
    cr_ent_cand joined = x->c[x->nc - 1];
    memmove(&x->c[at + 1], &x->c[at], (x->nc - 1 - at) * sizeof *x->c);
    memmove(&x->tentative[at + 1], &x->tentative[at], (x->nc - 1 - at) * sizeof *x->tentative);
    x->c[at] = joined;
    x->tentative[at] = false;
}

void cr_ent_join_acronym_spans(cr_ent_ctx *x)
{
    for (size_t i = 2; i + 2 < x->nt; i++) {
        char letters[MAX_LETTERS];
        size_t nl;
        if (x->t[i].flags & CR_TOK_WORD || x->t[i].cp != '(' || x->t[i + 2].flags & CR_TOK_WORD ||
            x->t[i + 2].cp != ')' || !(nl = acronym_letters(x, i + 1, letters)))
            continue;
        size_t w[MAX_SPAN], nw = 0; /* the words before, nearest first */
        for (size_t k = i; k > 0 && nw < MAX_SPAN && (x->t[k - 1].flags & CR_TOK_WORD); k--) {
            w[nw++] = k - 1;
            if (x->t[k - 1].flags & (CR_TOK_SENT | CR_TOK_BREAK))
                break;
        }
        for (size_t n = 2; n <= nw; n++) {
            size_t span[MAX_SPAN];
            for (size_t k = 0; k < n; k++)
                span[k] = w[n - 1 - k];
            if (!upper_initial(x, span[0]) || !spells(x, span, n, letters, nl))
                continue;
            size_t a = span[0], b = i;
            bool whole = false; /* one candidate is the span already */
            for (size_t k = 0; k < x->nc && !whole; k++)
                whole = x->c[k].t0 == a && x->c[k].t1 == b;
            if (!whole)
                join_span(x, a, b, i + 1);
            break;
        }
    }
}
