/* entity_given.c - common given names (data/given_names.txt, compiled in sorted): the first
 * word of a two- or three-word name that tells a person from a company ("Doug Rasor" against
 * "Sony Ericsson"). */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>

extern const char *const cr_given_names[];
extern const size_t cr_given_names_n;

bool cr_ent_is_given_name(const char *f, size_t n)
{
    return cr_ent_in_sorted(cr_given_names, cr_given_names_n, f, n);
}

bool cr_ent_given_names_sorted(void)
{
    for (size_t i = 1; i < cr_given_names_n; i++)
        if (strcmp(cr_given_names[i - 1], cr_given_names[i]) >= 0)
            return false;
    return true;
}
