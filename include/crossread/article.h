/* article.h - the article model that flows from ingest to store to queries to the UI. */
#ifndef CROSSREAD_ARTICLE_H
#define CROSSREAD_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

/* Kinds of byte ranges of an article's body. Stored as integers: append, never renumber. */
typedef enum {
    CR_SPAN_BOILERPLATE = 1, /* appeals, "Related article", credits, bios: hidden by default */
    CR_SPAN_BOLD = 2,
    CR_SPAN_ITALIC = 3,
    CR_SPAN_HEADING = 4,
    CR_SPAN_LIST_ITEM = 5,   /* a list item's text; drawn indented */
    CR_SPAN_LINK = 6,        /* link text whose target is in the article's url list */
    CR_SPAN_QUOTE = 7,       /* quoted speech */
    CR_SPAN_CAPTION = 8,     /* photo caption / credit line */
    CR_SPAN_REFERENCE = 9,   /* footnote / reference list */
} cr_span_kind;

typedef struct {
    size_t start; /* byte offset into body */
    size_t len;
    int kind;     /* cr_span_kind */
} cr_span;

/* One article as ingest produces it. Every string is valid, sanitised UTF-8 (no control
 * characters but '\n'), owned by the article; unknown fields are NULL. */
typedef struct {
    char *title;
    char *outlet;
    char *date;    /* ISO 8601 "YYYY-MM-DD" */
    char *author;
    char *url;     /* canonical URL */
    char *script;  /* dominant script, see cr_dominant_script() */
    char *body;    /* rendered text: markup removed, paragraphs separated by "\n\n" */
    size_t body_len;
    cr_span *spans;
    size_t nspans;
    char **urls;   /* every URL the article mentions, in order, without repeats */
    size_t nurls;
    int seq;       /* position of the story inside its file (0 for single-article files) */
    int line;      /* 1-based line of the file where the story starts */
} cr_article;

void cr_article_free(cr_article *a);

#endif
