/* import.h - the import pipeline: walks paths, ingests changed files, analyses their articles
 * and writes them into the store in one transaction, so a killed import leaves the library
 * as it was before or as it is after. */
#ifndef CROSSREAD_IMPORT_H
#define CROSSREAD_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/store.h"

typedef struct {
    bool prune;       /* forget articles of files that are gone from the imported folders */
    bool progress;    /* draw a progress bar on stderr */
} cr_import_opts;

typedef struct {
    char *path;
    char *reason;
} cr_import_problem;

/* Where an import's time goes, for CROSSREAD_TIMING=1 and make bench: per-article stages
 * are summed over all articles, library-wide stages run once. */
enum {
    CR_STAGE_WALK,     /* listing the files */
    CR_STAGE_INGEST,   /* reading, checksumming and parsing changed files */
    CR_STAGE_WRITE,    /* articles, spans, urls and full-text rows */
    CR_STAGE_MINHASH,  /* near-duplicate signatures */
    CR_STAGE_NAMES,    /* name extraction and mentions */
    CR_STAGE_CLAIMS,   /* claim extraction */
    CR_STAGE_ENTITIES, /* library-wide: entity resolution and postings */
    CR_STAGE_DEDUP,    /* library-wide: near-duplicate folding */
    CR_STAGE_GROUPS,   /* library-wide: claim groups */
    CR_STAGE_COMMIT,
    CR_STAGE_COUNT
};
const char *cr_import_stage_name(int stage);

typedef struct {
    long files_seen, files_new, files_changed, files_unchanged, files_failed, files_pruned;
    long articles_added, articles_removed;
    long long bytes;
    double ms;
    double stage_ms[CR_STAGE_COUNT];
    cr_import_problem *problems; /* files skipped or failed, with the reason */
    size_t nproblems;
    char **notes;                /* "path: 3 invalid UTF-8 bytes replaced" ... */
    size_t nnotes;
} cr_import_stats;

/* Imports files and folders (recursively). Returns false only if the library could not be
 * written (then *err says why and nothing was changed). */
bool cr_import(cr_store *s, const char *const *paths, size_t npaths, const cr_import_opts *o,
               cr_import_stats *st, char **err);
void cr_import_stats_free(cr_import_stats *st);

#endif
