/* entity_int.h - what the entity_*.c files share; not part of the public API. */
#ifndef CROSSREAD_ENTITY_INT_H
#define CROSSREAD_ENTITY_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/entity.h"
#include "crossread/util.h"

/* The gazetteer text compiled in from data/gazetteer.txt (build/gen/gazetteer.c). */
extern const char cr_gazetteer_builtin[];

/* Folded text -> number, open addressing; keys are copied. */
typedef struct {
    char **keys;
    size_t *klen;
    size_t *vals;
    size_t cap, n;
} cr_ent_map;

void cr_ent_map_init(cr_ent_map *m);
void cr_ent_map_free(cr_ent_map *m);
bool cr_ent_map_get(const cr_ent_map *m, const char *k, size_t n, size_t *val);
/* Sets k to val; returns false (and leaves the old value) if k was already there. */
bool cr_ent_map_add(cr_ent_map *m, const char *k, size_t n, size_t val);
void cr_ent_map_set(cr_ent_map *m, const char *k, size_t n, size_t val);

/* Folds s[0..n) (case, diacritics, runs of spaces) into out, replacing its contents; ASCII
 * takes a fast path that gives the same result as cr_fold(). */
void cr_ent_fold(const char *s, size_t n, cr_buf *out);

/* True if f[0..n) is a word of the sorted list (bsearch; words under 48 bytes). */
bool cr_ent_in_sorted(const char *const *list, size_t count, const char *f, size_t n);

/* Word lists, looked up by folded form. */
bool cr_ent_is_stop(const char *f, size_t n);      /* never a name on its own */
bool cr_ent_is_calendar(const char *f, size_t n);  /* months and weekdays: split names */
bool cr_ent_is_demonym(const char *f, size_t n);   /* Armenian, Azeris ...: adjectives */
/* A known place's people ("Gibraltarians", "Californian", "Londoners"). */
bool cr_ent_is_place_demonym(const cr_gazetteer *g, const char *f, size_t n);
bool cr_ent_is_generic(const char *f, size_t n);   /* TV, PCs, Hindi ...: no name alone */
bool cr_ent_generic_sorted(void);                  /* for the test that keeps it sorted */
bool cr_ent_is_connector(const char *f, size_t n); /* of, for, de, von ... inside names */
bool cr_ent_is_name_particle(const char *f, size_t n); /* a connector of people's names: de, van, al (not of, for) */
bool cr_ent_is_generation(const char *f, size_t n); /* after a surname: jr, sr, ii, iii, iv */
bool cr_ent_is_abbrev(const char *f, size_t n);    /* Mr, Dr, Dec ...: a '.' after them
                                                      does not end a sentence */
/* Length of the boilerplate phrase the folded text starts with, or 0. */
size_t cr_ent_boilerplate_prefix(const char *f, size_t n);

/* Title cues mark the following name as a person; the cue is not part of the name. */
bool cr_ent_is_cue(const char *f, size_t n);
/* Words that qualify a following cue ("Prime", "Foreign", "Deputy"). */
bool cr_ent_is_cue_modifier(const char *f, size_t n);
/* The kind a head word gives a name ("Ministry" ORG, "Corridor" EVENT), or 0. */
int cr_ent_head_kind(const char *f, size_t n);
/* Lower-case heads that complete a name before them ("Lachin corridor", "Karabakh war"). */
bool cr_ent_is_lower_head(const char *f, size_t n);
/* True if the folded word is a common given name (data/given_names.txt). */
bool cr_ent_is_given_name(const char *f, size_t n);
/* True if the compiled list of given names is sorted (for a test). */
bool cr_ent_given_names_sorted(void);
/* True if the folded word is a common English word, never written capitalised in the
 * dictionary (wbritish-small; entity_common.c), and whether that compiled list is sorted. */
bool cr_ent_is_common_word(const char *f, size_t n);
bool cr_ent_common_words_sorted(void);
/* True if a single word looks like a surname (-yan, -ov, -ev, -enko ...). */
bool cr_ent_surname_shape(const char *f, size_t n);

/* Gazetteer lookup by folded name: entry index, kind and canonical name. */
bool cr_gazetteer_lookup(const cr_gazetteer *g, const char *f, size_t n, size_t *entry,
                         int *kind, const char **canonical);

/* True if a lower-case phrase alias ("trilateral statement") starts with this word. */
bool cr_gazetteer_phrase_start(const cr_gazetteer *g, const char *f, size_t n);

/* Spelling variants. translit: folded name with transliteration choices made one way
 * (kh->h, -ian->-yan, th->t, doubled letters ...); skeleton: its consonants, the bucket
 * key of variant matching. */
void cr_ent_translit(const char *f, size_t n, cr_buf *out);
void cr_ent_skeleton(const char *t, size_t n, cr_buf *out);
/* Levenshtein distance, or max + 1 once it exceeds max. */
size_t cr_ent_edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max);
/* True if two translit forms are close enough to be one name. */
bool cr_ent_close_variants(const char *a, size_t na, const char *b, size_t nb, bool person);

/* Tokens of a body. */
enum {
    CR_TOK_WORD = 1 << 0,
    CR_TOK_CAP = 1 << 1,     /* starts with a capital (or "al-" + capital) */
    CR_TOK_ALLCAPS = 1 << 2, /* two or more letters, all capitals */
    CR_TOK_POSS = 1 << 3,    /* 's or ’s removed from its end */
    CR_TOK_SENT = 1 << 4,    /* first word of a sentence */
    CR_TOK_NUM = 1 << 5,     /* starts with a digit */
    CR_TOK_HYPH = 1 << 6,    /* contains a hyphen between letters */
    CR_TOK_BREAK = 1 << 7,   /* a paragraph break or skipped span comes before it */
    CR_TOK_TIGHT = 1 << 8,   /* no space before it */
    CR_TOK_NL = 1 << 9,      /* a line break comes before it */
};

typedef struct {
    size_t start, len;
    unsigned flags;
    unsigned cp; /* first code point (punctuation tokens are one code point) */
} cr_tok;

/* Splits body[0..len) into words and punctuation, skipping boilerplate spans. */
void cr_ent_tokenize(const char *s, size_t len, const cr_span *spans, size_t nspans,
                     cr_tok **toks, size_t *ntoks);

/* A name found by the chunker, before kinds are final. */
typedef struct {
    size_t t0, t1; /* token range [t0, t1) */
    size_t start, end; /* bytes */
    int kind;
    const char *reason; /* static, or owned when reason_owned */
    char *reason_owned;
    char *name;   /* display form */
    char *folded; /* folded display form */
    bool cue;     /* kind from a title cue */
    bool shape;   /* PERSON only from the shape of its words: settled by cr_ent_settle_shapes */
} cr_ent_cand;

/* Aliases the text states around the candidates. Appends to out (without repeats). */
void cr_ent_find_aliases(const char *s, const cr_tok *t, size_t nt, const cr_ent_cand *c,
                         size_t nc, cr_entities *out, cr_ent_map *seen);

/* Adds an alias pair to out unless it (or its mirror) was added before. */
void cr_ent_add_alias(cr_entities *out, cr_ent_map *seen, const char *a, const char *b,
                      const char *reason);

#endif
