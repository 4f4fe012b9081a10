/* entity_common.c - common English words (Debian's wbritish-small, compiled in by
 * tools/commonwords.awk): a capitalised run made only of such words, with no cue, head word,
 * gazetteer entry or context that makes it a name, is emphasis or a title's piece ("the
 * Budget", "Officer"), not a name a reader would cross-reference. */
#include "entity_scan.h"

#include <stdlib.h>

extern const char *const cr_common_words[];
extern const size_t cr_common_words_n;

bool cr_ent_is_common_word(const char *f, size_t n)
{
    return cr_ent_in_sorted(cr_common_words, cr_common_words_n, f, n);
}

bool cr_ent_common_words_sorted(void)
{
    for (size_t i = 1; i < cr_common_words_n; i++)
        if (strcmp(cr_common_words[i - 1], cr_common_words[i]) >= 0)
            return false;
    return true;
}

/* Only names no rule explained: the chunker's last resort, still of open kind. */
static bool unexplained(const cr_ent_cand *c)
{
    return c->kind == CR_ENT_OTHER && !c->cue && c->reason &&
           (strcmp(c->reason, "capitalised word") == 0 || strcmp(c->reason, "capitalised words") == 0);
}

/* "The Committee said", "under the Act", "the Bank": a head word alone points back at a
 * body the article named in full, or at none; it names no one body a reader could follow
 * across articles. The institutions a country has one of are the exception. */
static bool lone_head_word(const cr_ent_ctx *x, const cr_ent_cand *c)
{
    static const char *const institutions[] = {"cabinet", "congress", "parliament", "senate", "treasury"};
    if (c->t1 - c->t0 != 1 || c->cue || !c->reason || strncmp(c->reason, "head word: ", 11) != 0)
        return false;
    if (word_in(x, c->t0, institutions, sizeof institutions / sizeof *institutions))
        return false;
    return !tok_gaz(x, c->t0);
}

void cr_ent_drop_common(const cr_ent_ctx *x, bool *drop)
{
    /* How often each unexplained word is written: a name comes back ("Apple ... Apple"),
     * emphasis or a title's piece seldom does. */
    cr_ent_map uses;
    cr_ent_map_init(&uses);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        size_t n = 0;
        if (c->t1 - c->t0 != 1)
            continue;
        cr_ent_map_get(&uses, c->folded, strlen(c->folded), &n);
        cr_ent_map_set(&uses, c->folded, strlen(c->folded), n + 1);
    }
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        if (!drop[i] && lone_head_word(x, c)) {
            drop[i] = true;
            continue;
        }
        if (drop[i] || !unexplained(c) || c->t1 - c->t0 != 1)
            continue;
        const cr_tok *w = &x->t[c->t0];
        size_t n = 0;
        cr_ent_map_get(&uses, c->folded, strlen(c->folded), &n);
        /* "Moody's", "Apple's": a possessive is a name's, not emphasis. */
        if (n >= 2 || (w->flags & (CR_TOK_POSS | CR_TOK_ALLCAPS)))
            continue;
        drop[i] = cr_ent_is_common_word(tf(x, c->t0), x->fl[c->t0]);
    }
    cr_ent_map_free(&uses);
}
