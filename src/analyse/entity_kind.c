/* entity_kind.c - names of entity kinds, as stored, shown and written in the gazetteer. */
#include "entity_int.h"

#include <string.h>
#include <strings.h>

static const char *const kind_names[] = {NULL, "PERSON", "PLACE", "ORG", "EVENT", "OTHER"};

const char *cr_entity_kind_name(int kind)
{
    if (kind < CR_ENT_PERSON || kind > CR_ENT_OTHER)
        return "OTHER";
    return kind_names[kind];
}

int cr_entity_kind_parse(const char *s, size_t len)
{
    for (int k = CR_ENT_PERSON; k <= CR_ENT_OTHER; k++)
        if (strlen(kind_names[k]) == len && strncasecmp(s, kind_names[k], len) == 0)
            return k;
    return 0;
}
