/* entity_helpers.h - what the rule tests of names share: extraction with the compiled-in
 * gazetteer (made once, freed at exit) and a lookup of a mention by its surface. */
#ifndef CROSSREAD_TEST_ENTITY_HELPERS_H
#define CROSSREAD_TEST_ENTITY_HELPERS_H

#include <stdbool.h>

#include "crossread/entity.h"

/* The compiled-in gazetteer, made on first use. */
const cr_gazetteer *th_gazetteer(void);
/* Extracts the names of text (no spans) into e; free e with cr_entities_free(). */
void th_extract(const char *text, cr_entities *e);
/* The first mention written exactly as surface, or NULL. */
const cr_mention *th_mention(const cr_entities *e, const char *surface);
/* The name the first mention written as surface stands for, or "" when none. */
const char *th_stands_for(const cr_entities *e, const char *surface);
/* True if the first mention written as surface exists and has this kind (CR_ENT_*). */
bool th_mention_is(const cr_entities *e, const char *surface, int kind);
/* True if the text states that a and b name one thing (either order). */
bool th_has_alias(const cr_entities *e, const char *a, const char *b);

#endif
