/* keymap.h - keys to actions: the compiled-in defaults (less/vi habits), rebindable. */
#ifndef CROSSREAD_KEYMAP_H
#define CROSSREAD_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

#include "crossread/action.h"

/* A key as curses reports it: a character (is_key = 0) or a KEY_* code (is_key = 1). */
typedef struct {
    int code;
    int is_key;
} cr_key;

void cr_keymap_defaults(void);
cr_action cr_keymap_lookup(cr_key k);
/* Binds a key given by name ("j", "Space", "C-o", "PgDn", "S-Tab", "F1") to an action.
 * Returns 0, or -1 if the key name is unknown. */
int cr_keymap_bind(const char *keyname, cr_action a);
/* Parses a key name as cr_keymap_bind() takes it; 0, or -1 if unknown. */
int cr_keymap_parse(const char *keyname, cr_key *k);
/* Whether a key name is one cr_keymap_bind() understands. */
bool cr_keymap_key_valid(const char *keyname);
/* The keys bound to an action, as "j, Down", into buf. */
void cr_keymap_describe(cr_action a, char *buf, size_t size);

#endif
