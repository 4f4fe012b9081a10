/* entity.h - names in article text: people, places, organisations and named events or
 * agreements; aliases the text itself states; library-wide resolution of names into
 * entities. Pure and in memory: the store calls these at import and when the user merges
 * or splits entities. */
#ifndef CROSSREAD_ENTITY_H
#define CROSSREAD_ENTITY_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/article.h"

/* Stored as integers: append, never renumber. */
typedef enum {
    CR_ENT_PERSON = 1,
    CR_ENT_PLACE = 2,
    CR_ENT_ORG = 3,
    CR_ENT_EVENT = 4, /* named events and agreements: a war, a corridor, a statement */
    CR_ENT_OTHER = 5, /* a name whose kind no rule could tell */
} cr_entity_kind;

/* "PERSON", "PLACE", "ORG", "EVENT", "OTHER"; "OTHER" for unknown values. */
const char *cr_entity_kind_name(int kind);
/* The kind named by s (case-insensitive), or 0. */
int cr_entity_kind_parse(const char *s, size_t len);

/* Known names: KIND<TAB>Name[<TAB>alias|alias...] lines, see data/gazetteer.txt. */
typedef struct cr_gazetteer cr_gazetteer;

/* A new gazetteer holding the compiled-in data/gazetteer.txt. */
cr_gazetteer *cr_gazetteer_default(void);
/* Adds the entries of a file (user additions, e.g. $XDG_CONFIG_HOME/crossread/gazetteer.txt).
 * A missing file is not an error. On a malformed line returns false and *err (if not NULL)
 * receives "path:line: reason" (free() it); lines before it stay added. */
bool cr_gazetteer_add_file(cr_gazetteer *g, const char *path, char **err);
/* Same for text in memory; name is used in messages. */
bool cr_gazetteer_add_text(cr_gazetteer *g, const char *text, size_t len, const char *name,
                           char **err);
/* The path of the user's additions: $XDG_CONFIG_HOME/crossread/gazetteer.txt, else
 * ~/.config/crossread/gazetteer.txt; NULL if neither variable is set. free() it. */
char *cr_gazetteer_user_path(void);
void cr_gazetteer_free(cr_gazetteer *g);

/* One occurrence of a name in an article body. */
typedef struct {
    size_t start, len; /* byte range of the name as written (title cue and 's excluded) */
    char *surface;     /* the text as written, whitespace collapsed */
    char *name;        /* the full form it stands for in this article: a bare surname
                          becomes the full name used elsewhere in the same article */
    int kind;          /* cr_entity_kind */
    char *reason;      /* why this kind: "title cue: President", "gazetteer", ... */
} cr_mention;

/* Text evidence that a and b name the same thing ("Shusha (Shushi)"). */
typedef struct {
    char *a, *b;
    char *reason; /* "parenthesis", "known as", "alternate name", "acronym", ... */
} cr_alias;

typedef struct {
    cr_mention *m; /* in text order */
    size_t n;
    cr_alias *alias; /* without repeats */
    size_t nalias;
} cr_entities;

/* Finds the names in body[0..len) (valid UTF-8), skipping CR_SPAN_BOILERPLATE spans.
 * g may be NULL (no gazetteer). out is overwritten; free it with cr_entities_free(). */
void cr_entities_extract(const cr_gazetteer *g, const char *body, size_t len,
                         const cr_span *spans, size_t nspans, cr_entities *out);
void cr_entities_free(cr_entities *e);

/* Library-wide resolution input. */
typedef struct {
    const char *name;
    int kind;      /* the kind extraction gave it most often */
    long articles; /* number of articles mentioning it */
} cr_name_stat;

typedef struct {
    const char *a, *b;
} cr_name_pair;

/* Assigns each of names[0..n) a group: same folded form, one gazetteer entry, a text alias,
 * a spelling variant (transliteration, small edit distance on long names), a bare
 * surname whose full name is unique in the library or a short form that stands for one
 * group in the library join a group; the user's merges join
 * groups; a name listed in splits is joined to nothing but by an explicit merge.
 * group_of[i] receives the group of names[i], a number in [0, n) (the index of one of its
 * names); canonical_of_group[g] the index of the name that names group g, and
 * kind_of_group[g] (if not NULL) its kind; entries of canonical_of_group and
 * kind_of_group for numbers that are not groups are left as (size_t)-1 and 0.
 * Pairs naming unknown names are ignored. Runs in about linear time.
 * short_forms are (a, b) where an article used a alone for its name b ("DS" for "Nintendo
 * DS", alias reason "short form"): a, where another article names it alone, joins b's
 * group only if every b that a stood for is in that one group, and the gazetteer does not
 * know a. */
void cr_entities_resolve(const cr_gazetteer *g, const cr_name_stat *names, size_t n,
                         const cr_name_pair *aliases, size_t nalias,
                         const cr_name_pair *short_forms, size_t nshort,
                         const cr_name_pair *merges, size_t nmerge,
                         const char *const *splits, size_t nsplit, size_t *group_of,
                         size_t *canonical_of_group, int *kind_of_group);

#endif
