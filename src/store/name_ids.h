/* name_ids.h - private to the import: the names already given an id during one import, by
 * the exact text the extractor found, so a name seen again costs neither folding nor a
 * query. Valid while names are only added (the library-wide step deletes, after it). */
#ifndef CROSSREAD_STORE_NAME_IDS_H
#define CROSSREAD_STORE_NAME_IDS_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    char **keys;
    int64_t *ids;
    size_t cap, n;
} cr_name_ids;

void cr_name_ids_free(cr_name_ids *m);
/* The id remembered for name, or 0. */
int64_t cr_name_ids_get(const cr_name_ids *m, const char *name);
void cr_name_ids_put(cr_name_ids *m, const char *name, int64_t id);

#endif
