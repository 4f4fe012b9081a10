/* curate.h - the user's corrections to names: merging two entities into one, or splitting a
 * name off its entity. Choices are kept in the library by name (never by id) and applied at
 * every import, so they survive re-imports. */
#ifndef CROSSREAD_CURATE_H
#define CROSSREAD_CURATE_H

#include <stdbool.h>

#include "crossread/store.h"

/* Makes the entities of names a and b one. False with *err if a name is unknown. */
bool cr_curate_merge(cr_store *s, const char *a, const char *b, char **err);
/* Makes name stand alone, out of the entity it was grouped into (until a merge joins it
 * again). False with *err if the name is unknown. */
bool cr_curate_split(cr_store *s, const char *name, char **err);

#endif
