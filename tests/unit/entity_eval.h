/* entity_eval.h - measures extraction + resolution against a hand-made list of entities
 * (tests/data/entities-*.tsv), for the unit tests of the entity module. */
#ifndef CROSSREAD_ENTITY_EVAL_H
#define CROSSREAD_ENTITY_EVAL_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/article.h"

typedef struct {
    double precision, recall, kind_accuracy;
    size_t groups, gold, true_groups, found, kinds_right;
    double bytes, ms; /* text extracted and the time it took */
    /* The same on the kinds issue 4 names as extraction's scope (people, places,
     * organisations, events): gold OTHER entities (titles, products, awards) are left out of
     * recall, and groups meeting them out of precision; groups meeting nothing stay wrong. */
    double core_precision, core_recall;
    size_t core_groups, core_gold, core_true_groups, core_found;
} ent_score;

/* Extracts every file, resolves the names of all of them together, and scores the groups
 * against the gold list. Lines starting with a known boilerplate marker are passed as
 * boilerplate spans (what ingest marks). verbose prints misses and false groups. Returns
 * false if a file or the gold list cannot be read. */
bool ent_evaluate(const char *const *files, size_t nfiles, const char *gold_path, bool verbose,
                  ent_score *out);

/* One text to evaluate: a body as ingest renders it and its spans (BOILERPLATE spans are
 * skipped by extraction). */
typedef struct {
    const char *text;
    size_t len;
    const cr_span *spans;
    size_t nspans;
} ent_text;

/* The same scoring on texts already in memory (e.g. article bodies from cr_ingest_file()):
 * extracts each, resolves the names of all of them together, scores against the gold list.
 * Returns false if the gold list cannot be read. */
bool ent_evaluate_texts(const ent_text *texts, size_t ntexts, const char *gold_path, bool verbose,
                        ent_score *out);

/* The same with the gold list in memory (list[0..len)). */
void ent_evaluate_texts_list(const ent_text *texts, size_t ntexts, const char *list, size_t len,
                             bool verbose, ent_score *out);

/* What the cross-reference pane shows, measured: for each pair of texts of one story, the
 * entities both name. sections[s] is text s's complete gold list (an entity the texts share
 * is listed in each of their sections under one canonical). Counted pair by pair: groups /
 * true_groups are the system's shared entities and those the gold list shares too; gold /
 * found the gold's shared entities and those one system group holds in both texts. At most
 * 64 texts. */
void ent_evaluate_shared(const ent_text *texts, size_t ntexts, const char *const *sections,
                         const size_t *section_len, bool verbose, ent_score *out);

/* How far two readers' lists of the same texts agree: recall = the share of list a's
 * entities that list b has as exactly one entity (through any form), precision = the same
 * share of b's in a; groups/true_groups count b, gold/found count a. verbose prints the
 * entities only one reader has. */
void ent_agreement(const char *list_a, size_t la, const char *list_b, size_t lb, bool verbose, ent_score *out);

/* Adds the counts of s to sum; ent_score_finish() then sets sum's ratios from its counts. */
void ent_score_add(ent_score *sum, const ent_score *s);
void ent_score_finish(ent_score *s);

/* Prints one set's figures on one line: groups, gold, precision, recall, kinds, and the
 * same precision and recall on people, places, organisations and events. */
void ent_score_print(const char *label, const ent_score *s);

/* Reads a whole file; NULL if it cannot. */
char *ent_read_file(const char *path, size_t *len);

#endif
