/* query.h - read-only questions the CLI and the UI ask the library. Every answer is a
 * finished record: callers never see SQL and never parse text. */
#ifndef CROSSREAD_QUERY_H
#define CROSSREAD_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crossread/article.h"
#include "crossread/store.h"

/* One row of the source list. */
typedef struct {
    int64_t id;
    char *date, *outlet, *title, *file;
    bool read;
    int ndups;        /* near-duplicates folded under this row */
    char *dup_outlets; /* their outlets, ", "-joined, or NULL */
} cr_row;

void cr_row_free(cr_row *r);

/* Rows offset..offset+limit-1 of the source list (newest first, folded duplicates left
 * out); returns how many were filled. Only that window is read, whatever the library size. */
size_t cr_query_rows(cr_store *s, size_t offset, size_t limit, cr_row *out);
/* Every article, for `list` (duplicates included), ordered by id; calls fn for each. */
bool cr_query_each_article(cr_store *s, void (*fn)(const cr_row *r, void *ctx), void *ctx);
/* Position of an article in the source list (for moving the cursor to it), or -1. */
long cr_query_row_index(cr_store *s, int64_t id);

/* An article with its header, body and spans. */
typedef struct {
    int64_t id;
    char *key;
    cr_article a;   /* title, outlet, date, author, url, script, body, spans, urls */
    char *file;
    int ndups;
    char *dup_of_title; /* set if this article is folded under another */
    int64_t dup_of;
} cr_article_rec;

/* Whether an article with that id exists (without loading it). */
bool cr_query_article_exists(cr_store *s, int64_t id);
/* Loads an article; false if there is no such id. */
bool cr_query_article(cr_store *s, int64_t id, cr_article_rec *out);
void cr_article_rec_free(cr_article_rec *r);

/* One cross-reference: another article that shares names with the open one. */
typedef struct {
    int64_t id;
    double score;
    char *title, *outlet, *date;
    char *shared;      /* the shared names, strongest first, joined by "|" */
    int nshared;
    bool duplicate;    /* a near-duplicate of the open article */
    char *why;         /* one line saying why it is there */
    size_t first_mention; /* byte offset of the first shared mention in that article */
} cr_xref;

void cr_xref_free(cr_xref *x);
/* The articles that share the most (rarity-weighted) entities with article id, best first. */
size_t cr_query_xrefs(cr_store *s, int64_t id, size_t limit, cr_xref **out);

#endif

/* ---- names (entities) ---- */

typedef struct {
    int64_t id;
    char *canonical;
    int kind;          /* cr_entity_kind */
    long articles;     /* articles mentioning it (with an article filter: its mentions there) */
    long mentions;
    char *names;       /* its names joined by "|" (with an article filter: the forms used there) */
    char *reason;      /* why it has its kind */
} cr_entity_row;

void cr_entity_row_free(cr_entity_row *e);
/* Entities, most widespread first; article != 0 restricts to that article; filter (may be
 * NULL) keeps those with a name containing it, case- and diacritic-insensitively. */
size_t cr_query_entities(cr_store *s, int64_t article, const char *filter, size_t offset,
                         size_t limit, cr_entity_row **out);
/* How many entities cr_query_entities() would list without a limit. */
long cr_query_entity_count(cr_store *s, int64_t article, const char *filter);
/* The entity a name belongs to (any of its aliases, folded), or 0. */
int64_t cr_query_entity_by_name(cr_store *s, const char *name);

/* One mention of an entity, with a line of context. */
typedef struct {
    int64_t article;
    char *outlet, *date, *title;
    size_t start, len;  /* the mention in the body */
    char *surface;      /* the name as written there */
    char *context;      /* about a line of text around it, newlines as spaces */
    size_t ctx_hit;     /* byte offset of the mention inside context */
} cr_mention_row;

void cr_mention_row_free(cr_mention_row *m);
/* Every mention of an entity across the library, newest articles first. */
size_t cr_query_mentions(cr_store *s, int64_t entity, size_t limit, cr_mention_row **out);
/* Mentions inside one article, in text order (for highlighting names). */
size_t cr_query_article_mentions(cr_store *s, int64_t article, size_t **starts, size_t **lens);
