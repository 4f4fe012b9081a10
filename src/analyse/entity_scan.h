/* entity_scan.h - the state of one article's scan, shared by the files of extraction
 * (entity_candidates.c, entity_chunk.c, entity_surname.c, entity_extract.c). Private. */
#ifndef CROSSREAD_ENTITY_SCAN_H
#define CROSSREAD_ENTITY_SCAN_H

#include <string.h>

#include "entity_int.h"

/* Longest run of words tried against the gazetteer inside a chunk: keeps long chunks linear. */
#define MAX_GAZ_WORDS 8

typedef struct {
    const cr_gazetteer *g;
    const char *s;
    cr_tok *t;
    size_t nt;
    size_t *fo, *fl; /* each token's folded form: ftext.data + fo[i], fl[i] bytes */
    unsigned *wc;    /* each token's word_class(), 0 until asked */
    cr_buf ftext;
    cr_buf tmp, tmp2;
    cr_ent_cand *c;
    size_t nc, cap;
    bool *tentative;  /* per candidate: a lone sentence-initial word, kept only if confirmed */
    size_t line_start, line_end; /* the line title_line() judged last */
    bool line_title;
    bool line_list; /* that line lists names (a team sheet) */
    size_t caps_start, caps_end; /* the line caps_line() judged last, and its answer */
    bool caps_known, caps_result;
} cr_ent_ctx;

static inline const char *tf(const cr_ent_ctx *x, size_t i)
{
    return x->ftext.data + x->fo[i];
}

/* Keys candidate i under k[0..n): the map keeps the one name with that key, or (size_t)-1
 * once two different names share it (two Thomases whose first names start with G). */
static inline void map_set_one(cr_ent_map *m, const cr_ent_ctx *x, const char *k, size_t n, size_t i)
{
    size_t j;
    if (!cr_ent_map_get(m, k, n, &j))
        cr_ent_map_set(m, k, n, i);
    else if (j != (size_t)-1 && strcmp(x->c[j].name, x->c[i].name) != 0)
        cr_ent_map_set(m, k, n, (size_t)-1);
}

/* What the word lists say about a word, looked up once per token and kept. */
enum {
    W_DONE = 1 << 0,
    W_STOP = 1 << 1,
    W_CAL = 1 << 2,
    W_DEM = 1 << 3,
    W_CONN = 1 << 4,
    W_CUE = 1 << 5,
    W_MOD = 1 << 6,
    W_GAZ = 1 << 7,
    W_HEAD_SHIFT = 8, /* three bits: the head word's kind */
};

static inline unsigned word_class(const cr_ent_ctx *x, size_t i)
{
    if (!(x->t[i].flags & CR_TOK_WORD))
        return W_DONE;
    if (x->wc[i])
        return x->wc[i];
    const char *f = tf(x, i);
    size_t n = x->fl[i];
    unsigned w = W_DONE;
    w |= cr_ent_is_stop(f, n) ? W_STOP : 0;
    w |= cr_ent_is_calendar(f, n) ? W_CAL : 0;
    /* a place's people only capitalised: word_class is asked of every lower-case word */
    w |= cr_ent_is_demonym(f, n) ||
                 ((x->t[i].flags & CR_TOK_CAP) && cr_ent_is_place_demonym(x->g, f, n))
             ? W_DEM
             : 0;
    w |= cr_ent_is_connector(f, n) ? W_CONN : 0;
    w |= cr_ent_is_cue(f, n) ? W_CUE : 0;
    w |= cr_ent_is_cue_modifier(f, n) ? W_MOD : 0;
    w |= cr_gazetteer_lookup(x->g, f, n, NULL, NULL, NULL) ? W_GAZ : 0;
    w |= (unsigned)cr_ent_head_kind(f, n) << W_HEAD_SHIFT;
    x->wc[i] = w;
    return w;
}

static inline bool tok_is(const cr_ent_ctx *x, size_t i, unsigned bit)
{
    return (word_class(x, i) & bit) != 0;
}

static inline int head_of(const cr_ent_ctx *x, size_t i)
{
    return (int)((word_class(x, i) >> W_HEAD_SHIFT) & 7);
}

static inline bool is_word(const cr_ent_ctx *x, size_t i)
{
    return i < x->nt && (x->t[i].flags & CR_TOK_WORD);
}

static inline bool is_cap(const cr_ent_ctx *x, size_t i)
{
    return is_word(x, i) && (x->t[i].flags & CR_TOK_CAP);
}

/* True if token i is a word whose folded form is w ("and", "said"). */
static inline bool word_is(const cr_ent_ctx *x, size_t i, const char *w)
{
    return is_word(x, i) && x->fl[i] == strlen(w) && memcmp(tf(x, i), w, x->fl[i]) == 0;
}

/* True if token i is a word whose folded form is one of words[0..n). */
static inline bool word_in(const cr_ent_ctx *x, size_t i, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (word_is(x, i, words[k]))
            return true;
    return false;
}

/* Folded text of tokens [a, b) joined by single spaces (hyphenated words stay whole). */
static inline void fold_range(const cr_ent_ctx *x, size_t a, size_t b, cr_buf *out)
{
    out->len = 0;
    for (size_t i = a; i < b; i++) {
        /* "&" stays, as the gazetteer folds it: "Marks & Spencer", "Standard & Poor's" */
        if (!(x->t[i].flags & CR_TOK_WORD) && (x->t[i].cp != '&' || !out->len))
            continue;
        if (out->len)
            cr_buf_addc(out, ' ');
        if (x->t[i].flags & CR_TOK_WORD)
            cr_buf_add(out, tf(x, i), x->fl[i]);
        else
            cr_buf_addc(out, '&');
    }
    cr_buf_reserve(out, 1);
    out->data[out->len] = '\0';
}

static inline bool gaz(const cr_ent_ctx *x, const char *f, size_t n, int *kind)
{
    return cr_gazetteer_lookup(x->g, f, n, NULL, kind, NULL);
}

static inline bool tok_gaz(const cr_ent_ctx *x, size_t i)
{
    return tok_is(x, i, W_GAZ);
}

/* No title cue before a chunk. */
#define CR_ENT_NO_CUE ((size_t)-1)

/* Tokens [a, b) as written, whitespace collapsed; as_name capitalises a lower-case head. */
char *cr_ent_display(const cr_ent_ctx *x, size_t a, size_t b, bool as_name);
/* Adds a candidate for tokens [a, b); reason is static, or owned (then reason is NULL). */
void cr_ent_emit(cr_ent_ctx *x, size_t a, size_t b, int kind, const char *reason, char *owned,
                 bool cue, bool tentative);
/* A plain name word: capitalised, not known, not a title, head, connector or adjective. */
bool cr_ent_name_word(const cr_ent_ctx *x, size_t i);
/* Turns the capitalised run [a, b) into candidates; cue is the token of a lower-case title
 * just before it ("minister David Babayan"), or CR_ENT_NO_CUE. */
void cr_ent_chunk(cr_ent_ctx *x, size_t a, size_t b, size_t cue);
/* True if token i is a web address naming its site ("Sina.com", "newsgaming.com"). */
bool cr_ent_web_name(const cr_ent_ctx *x, size_t i);
/* Scans the tokens for chunks, lower-case gazetteer phrases and boilerplate lines. */
void cr_ent_find_candidates(cr_ent_ctx *x);
/* A long name that the acronym after it defines is one candidate even where small
 * lower-case words cut it ("Voice over Internet Protocol (VoIP)"; entity_acrospan.c). */
void cr_ent_join_acronym_spans(cr_ent_ctx *x);
/* Names that are PERSON only by the shape of their words become PERSON, ORG or OTHER by
 * what the article does with their words (entity_shape.c). */
void cr_ent_settle_shapes(cr_ent_ctx *x);
/* A single word of open kind is ORG when the article uses it as one somewhere (a company
 * noun before it, its shares, a role in it after it; entity_orgcue.c). */
void cr_ent_org_context(cr_ent_ctx *x);
/* The word around a single-word mention at token i that makes it an organisation ("firm",
 * "shares", "boss" ...), or NULL (entity_orgcue.c). */
const cr_tok *cr_ent_org_cue(const cr_ent_ctx *x, size_t i);
/* A bare club word ("City") that the article treats as an organisation stands for the one
 * longer name ending in it ("Manchester City"; entity_clubform.c). */
void cr_ent_resolve_club_forms(cr_ent_ctx *x);
/* A bare leading word of a longer ORG or PLACE name in the article stands for that name
 * (entity_shortform.c). */
void cr_ent_resolve_short_forms(cr_ent_ctx *x);
/* A name without its leading country or nationality ("Department of Justice") stands for
 * the qualified name in the article ("US Department of Justice"; entity_qualified.c). */
void cr_ent_resolve_qualified(cr_ent_ctx *x);
/* Bare surnames take their full names; drop[i] tells which candidates not to report. */
void cr_ent_resolve_surnames(cr_ent_ctx *x, bool *drop);
/* Sets drop[i] for names of open kind that no rule explained and that are made only of
 * common English words ("Budget", "Officer"; entity_common.c). */
void cr_ent_drop_common(const cr_ent_ctx *x, bool *drop);

#endif
