/* internal.h - what the ingest files share; not part of the public API. */
#ifndef CROSSREAD_INGEST_INTERNAL_H
#define CROSSREAD_INGEST_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/ingest.h"
#include "crossread/util.h"

/* One line of the decoded text, without its '\n'. */
typedef struct {
    const char *s;
    size_t len;
} ig_line;

typedef struct {
    ig_line *v;
    size_t n;
} ig_lines;

void ig_split_lines(const char *text, size_t len, ig_lines *out);
bool ig_blank(const char *s, size_t len);
/* s[0..len) without leading and trailing white space. */
void ig_trim(const char **s, size_t *len);
bool ig_is_url(const char *s, size_t len);
bool ig_starts_ci(const char *s, size_t len, const char *prefix);
bool ig_contains_ci(const char *s, size_t len, const char *needle, size_t limit);

void ig_note(cr_doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* decode.c: raw bytes -> valid, sanitised UTF-8 with '\n' line ends. Returns NULL and sets
 * d->skipped / d->problem if the bytes are not text. */
char *ig_decode(const char *data, size_t len, cr_doc *d, size_t *out_len);

/* build.c: the body of one article as it is rendered. */
typedef struct {
    cr_buf body;
    cr_span *spans;
    size_t nspans, capspans;
    char **urls;
    size_t nurls, capurls;
} ig_build;

void ig_build_init(ig_build *b);
void ig_build_free(ig_build *b);
void ig_span(ig_build *b, size_t start, size_t len, int kind);
void ig_url(ig_build *b, const char *s, size_t len);
/* Appends rendered text; markdown=true interprets inline markup into spans and urls. */
void ig_inline(ig_build *b, const char *s, size_t len, bool markdown);
/* Hands body, spans (sorted) and urls to the article. */
void ig_build_finish(ig_build *b, cr_article *a);

/* boilerplate.c: what a rendered paragraph is, as a bit set of (1 << cr_span_kind). */
unsigned ig_classify(const char *s, size_t len);
/* "Become an OC Media Member", "[Read on OC Media: ...]" -> "OC Media", else NULL. */
char *ig_outlet_hint(const char *s, size_t len);

/* meta.c */
bool ig_date_line(const char *s, size_t len, char out[11]);
/* "Feb. 8" somewhere in s with the year taken from a URL path /YYYY/MM/ of the same month. */
bool ig_date_in_text(const char *s, size_t len, char *const *urls, size_t nurls, char out[11]);
/* "By X", "ByX", "Author – X", "FROM AFP NEWS": the author, else NULL. */
char *ig_author_line(const char *s, size_t len);
/* A bare personal name such as "Heather Murdock". */
bool ig_name_line(const char *s, size_t len);
char *ig_outlet_from_url(const char *url);
/* A masthead or outlet line made readable: "BARRON'S" -> "Barron's". */
char *ig_outlet_name(const char *s, size_t len);
/* The outlet named at least twice in a text ("told Eurasianet"), else NULL. */
char *ig_outlet_mentioned(const char *s, size_t len);
bool ig_outlet_line(const char *s, size_t len);

/* story.c: one article from a range of lines. */
typedef struct {
    bool markdown;
    bool wrapped;      /* hard-wrapped lines: join them into paragraphs */
    char *title;       /* known already (digest); taken over by the article */
    char *outlet;
    char *date;
    char *author;
    char *url;
} ig_story_opts;

void ig_story(const ig_line *lines, size_t n, ig_story_opts *o, cr_article *a);
/* Fills script, fallback title, outlet from url; sanitises nothing (text is clean already). */
void ig_article_finish(cr_article *a);

/* detect.c */
bool ig_wrapped(const ig_lines *l);
bool ig_header_line(const char *s, size_t len, size_t *klen);
int ig_detect(const char *text, size_t len, const ig_lines *l);

/* digest.c: returns false if the lines hold fewer than two stories. */
bool ig_digest(const ig_lines *l, bool wrapped, cr_doc *d);
/* sgml.c */
bool ig_sgml(const char *text, size_t len, cr_doc *d);
/* json.c */
bool ig_json(const char *text, size_t len, cr_doc *d);

cr_article *ig_doc_add(cr_doc *d);

#endif
