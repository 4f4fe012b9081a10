/* entity_helpers.c - see entity_helpers.h. */
#include "entity_helpers.h"

#include <stdlib.h>
#include <string.h>

static cr_gazetteer *gz;

static void free_gaz(void)
{
    cr_gazetteer_free(gz);
}

const cr_gazetteer *th_gazetteer(void)
{
    if (!gz) {
        gz = cr_gazetteer_default();
        atexit(free_gaz);
    }
    return gz;
}

void th_extract(const char *text, cr_entities *e)
{
    cr_entities_extract(th_gazetteer(), text, strlen(text), NULL, 0, e);
}

const cr_mention *th_mention(const cr_entities *e, const char *surface)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->m[i].surface, surface) == 0)
            return &e->m[i];
    return NULL;
}

const char *th_stands_for(const cr_entities *e, const char *surface)
{
    const cr_mention *m = th_mention(e, surface);
    return m ? m->name : "";
}

bool th_mention_is(const cr_entities *e, const char *surface, int kind)
{
    const cr_mention *m = th_mention(e, surface);
    return m && m->kind == kind;
}

bool th_has_alias(const cr_entities *e, const char *a, const char *b)
{
    for (size_t i = 0; i < e->nalias; i++)
        if ((!strcmp(e->alias[i].a, a) && !strcmp(e->alias[i].b, b)) ||
            (!strcmp(e->alias[i].a, b) && !strcmp(e->alias[i].b, a)))
            return true;
    return false;
}
