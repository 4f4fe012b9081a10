/* ingest.h - turns the bytes of one file into articles: decoding and repair, format
 * detection, digest splitting, metadata, markup and boilerplate. Pure: no I/O but reading
 * the file in cr_ingest_file(), no store. */
#ifndef CROSSREAD_INGEST_H
#define CROSSREAD_INGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/article.h"

typedef enum {
    CR_FORMAT_PLAIN = 1,    /* headline first, then body */
    CR_FORMAT_MARKDOWN = 2, /* # headings, **bold**, [text](url) ... */
    CR_FORMAT_DIGEST = 3,   /* many stories: title, outlet, date, body, url */
    CR_FORMAT_HEADER = 4,   /* "Key: value" header block, blank line, body */
    CR_FORMAT_SGML = 5,     /* Reuters-style <REUTERS> records, Sogou-style <doc> records */
    CR_FORMAT_JSON = 6,     /* a JSON array of objects with title, content/body, url, date... */
} cr_format;

/* The result of ingesting one file. */
typedef struct {
    cr_article *items;
    size_t n;
    int format;           /* cr_format; 0 when skipped */
    bool skipped;         /* true: nothing imported from this file (binary, empty, ...) */
    char *problem;        /* why it was skipped, or NULL */
    char **notes;         /* warnings that did not stop it: "3 invalid UTF-8 bytes replaced",
                             "converted from Windows-1252", "2 NUL bytes removed" */
    size_t nnotes;
} cr_doc;

/* Parses data[0..len) read from path (path is used for messages only: the bytes decide the
 * format). Never fails: bad bytes are repaired with a note, non-text is skipped with a
 * problem. Time and memory are linear in len. docs/FORMATS.md describes the rules. */
void cr_ingest_buffer(const char *data, size_t len, const char *path, cr_doc *out);

/* Reads and parses a file; an unreadable file gives skipped = true with the reason. */
void cr_ingest_file(const char *path, cr_doc *out);

void cr_doc_free(cr_doc *d);

/* Parses a whole string as a date: "Oct 2 2023", "5 April 2023", "January 03, 2023",
 * "Feb. 8, 2023", "2023-10-02", "2023/10/02", "02.10.2023" (day first), "26-FEB-1987",
 * optionally followed by a time ("2012-06-27T12:15:00+0900"). Writes "YYYY-MM-DD" to out and
 * returns true, or returns false if it is not exactly a date. */
bool cr_parse_date(const char *s, size_t len, char out[11]);

/* An article's stable key: the lowercase hex SHA-256 (64 characters) of its normalised
 * text, cr_article_norm(). Two imports of the same story give the same key even if line
 * endings, wrapping or case changed. Returns a new string. */
char *cr_article_key(const cr_article *a);

/* The normalised text behind the key: cr_fold(title + "\n" + body), so case, diacritics
 * and runs of white space do not matter. Returns a new string. */
char *cr_article_norm(const cr_article *a);

#endif
