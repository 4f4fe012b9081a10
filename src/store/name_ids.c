/* name_ids.c - open addressing from a name's text to its id (see name_ids.h). */
#include "name_ids.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/util.h"

void cr_name_ids_free(cr_name_ids *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->ids);
    memset(m, 0, sizeof *m);
}

static size_t slot_of(char *const *keys, size_t cap, const char *name)
{
    size_t i = (size_t)cr_hash64(name, strlen(name)) & (cap - 1);
    while (keys[i] && strcmp(keys[i], name) != 0)
        i = (i + 1) & (cap - 1);
    return i;
}

int64_t cr_name_ids_get(const cr_name_ids *m, const char *name)
{
    if (!m->cap)
        return 0;
    size_t i = slot_of(m->keys, m->cap, name);
    return m->keys[i] ? m->ids[i] : 0;
}

void cr_name_ids_put(cr_name_ids *m, const char *name, int64_t id)
{
    if (2 * (m->n + 1) > m->cap) {
        size_t ncap = m->cap ? 2 * m->cap : 1024;
        char **keys = cr_xcalloc(ncap, sizeof *keys);
        int64_t *ids = cr_xcalloc(ncap, sizeof *ids);
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            size_t j = slot_of(keys, ncap, m->keys[i]);
            keys[j] = m->keys[i];
            ids[j] = m->ids[i];
        }
        free(m->keys);
        free(m->ids);
        m->keys = keys;
        m->ids = ids;
        m->cap = ncap;
    }
    size_t i = slot_of(m->keys, m->cap, name);
    if (!m->keys[i]) {
        m->keys[i] = cr_xstrdup(name);
        m->n++;
    }
    m->ids[i] = id;
}
