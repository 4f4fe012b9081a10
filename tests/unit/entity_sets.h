/* entity_sets.h - a labelled set of texts that names its own texts: the gold list's section
 * headers "# bbc <category>/<NNN>" and "# reuters <file.sgm> <NEWID>" say which corpus texts
 * it labels (../shared/corpora). Used by the quality tests of sets labelled since session 3. */
#ifndef CROSSREAD_ENTITY_SETS_H
#define CROSSREAD_ENTITY_SETS_H

#include <stdbool.h>

#include "entity_eval.h"

/* The corpora folder seen from the project root or from a worktree under /work/wt, or NULL
 * if it lacks bbc-news and reuters21578-sgml. */
const char *ent_corpora_root(void);

/* The 1-based line of the <REUTERS ... NEWID="id"> tag in the file at path, or 0: ingest
 * gives each SGML record the line where it starts. */
int ent_newid_line(const char *path, const char *id);

/* Scores extraction on the texts the gold list at gold_rel (relative to the project root)
 * names. per_text: each section is a complete gold list of its own text, and each text is
 * scored alone (the counts are summed); otherwise the list covers the texts together (an
 * entity listed once, where first seen) and they are resolved together, as the library
 * does. Returns false if the list or a text cannot be read; *skipped is set (and true
 * returned) when the corpora are absent. */
bool ent_set_evaluate(const char *gold_rel, bool per_text, bool verbose, ent_score *out,
                      bool *skipped);

/* The names the texts of one story share, pair by pair (ent_evaluate_shared()): the list at
 * gold_rel gives each text's complete names in its section, a shared entity under one
 * canonical in each. Returns and sets *skipped as ent_set_evaluate(). */
bool ent_set_evaluate_shared(const char *gold_rel, bool verbose, ent_score *out, bool *skipped);

#endif
