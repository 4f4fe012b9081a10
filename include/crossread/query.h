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
