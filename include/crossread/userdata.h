/* userdata.h - what the reader marks: reading state (read/unread, position) and marks
 * (bookmarks, highlights, notes). Everything is keyed by the article's stable key, never by
 * its id, so re-imports, --prune and migrations never detach it; every change is written in
 * its own transaction at once, so a killed reader loses nothing already marked. */
#ifndef CROSSREAD_USERDATA_H
#define CROSSREAD_USERDATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "crossread/store.h"

/* Kinds of marks, stored as these words in marks.kind. */
typedef enum {
    CR_MARK_BOOKMARK = 1,
    CR_MARK_HIGHLIGHT = 2,
    CR_MARK_NOTE = 3,
} cr_mark_kind;

const char *cr_mark_kind_name(cr_mark_kind k); /* "bookmark", "highlight", "note" */

/* One mark with the citation of its article. The citation comes from the article when it is
 * in the library, else from the copy taken when the mark was made (a pruned file). */
typedef struct {
    int64_t id;
    cr_mark_kind kind;
    char *article_key;
    size_t start, len; /* body byte offsets */
    char *text;        /* the quoted passage (highlights) or the line marked (bookmarks, notes) */
    char *note;        /* the reader's words, or NULL */
    char *entity;      /* a note on a name: the name, or NULL */
    char *created;     /* "YYYY-MM-DD HH:MM:SS" UTC */
    int64_t article_id; /* 0 when the article is not in the library now */
    char *title, *outlet, *date, *url;
} cr_mark;

void cr_mark_free(cr_mark *m);
void cr_marks_free(cr_mark *m, size_t n);

/* Adds a mark; title/outlet/date/url are copied as the citation. Sets *id. */
bool cr_mark_add(cr_store *s, const cr_mark *m, int64_t *id, char **err);
/* Sets (or, with NULL, clears) the note of a mark. */
bool cr_mark_set_note(cr_store *s, int64_t id, const char *note, char **err);
bool cr_mark_delete(cr_store *s, int64_t id, char **err);
/* The mark of that kind at exactly that place of an article, or 0. */
int64_t cr_mark_find(cr_store *s, const char *key, cr_mark_kind kind, size_t start);

/* Marks of one kind (0: every kind), grouped by article (newest article first, as the source
 * list), each article's in body order. Returns how many; *out is a new array. */
size_t cr_marks_list(cr_store *s, int kind, cr_mark **out);
/* The marks of one article in body order. */
size_t cr_marks_of_article(cr_store *s, const char *key, cr_mark **out);

/* Reading state. A missing row is unread at position 0. */
bool cr_reading_get(cr_store *s, const char *key, size_t *pos, bool *read);
bool cr_reading_set_pos(cr_store *s, const char *key, size_t pos);
bool cr_reading_set_read(cr_store *s, const char *key, bool read);
/* The same for the article with that id (as the source list knows it). */
bool cr_reading_set_read_by_id(cr_store *s, int64_t id, bool read);

/* For the import of a changed file. Its articles before (seq, key, title), taken before they
 * are replaced; then cr_userdata_follow() moves the marks and reading state of each article
 * whose text changed to its new version: the new article of the same file with the same
 * title (the nearest in the file if several), highlights re-found by their quoted text. A
 * mark whose article has no new version stays as it is, waiting for its text to return. */
typedef struct {
    int seq;
    char *key, *title;
} cr_file_article;

size_t cr_userdata_file_articles(sqlite3 *db, int64_t file_id, cr_file_article **out);
bool cr_userdata_follow(sqlite3 *db, int64_t file_id, const cr_file_article *before, size_t n,
                        char **err);
void cr_file_articles_free(cr_file_article *a, size_t n);

/* How many marks of each kind the library holds (index by cr_mark_kind; [0] is the total). */
void cr_marks_count(cr_store *s, long counts[4]);

#endif
