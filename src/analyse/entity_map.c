/* entity_map.c - a small open-addressing table from folded names to numbers, so every
 * lookup of extraction and resolution is O(1) and no pass compares all pairs. */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>

void cr_ent_map_init(cr_ent_map *m)
{
    memset(m, 0, sizeof *m);
}

void cr_ent_map_free(cr_ent_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->klen);
    free(m->vals);
    cr_ent_map_init(m);
}

static size_t slot_of(const cr_ent_map *m, const char *k, size_t n)
{
    size_t i = (size_t)cr_hash64(k, n) & (m->cap - 1);
    while (m->keys[i] && !(m->klen[i] == n && memcmp(m->keys[i], k, n) == 0))
        i = (i + 1) & (m->cap - 1);
    return i;
}

static void grow(cr_ent_map *m)
{
    cr_ent_map old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->keys = cr_xcalloc(m->cap, sizeof *m->keys);
    m->klen = cr_xcalloc(m->cap, sizeof *m->klen);
    m->vals = cr_xcalloc(m->cap, sizeof *m->vals);
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.keys[i])
            continue;
        size_t j = slot_of(m, old.keys[i], old.klen[i]);
        m->keys[j] = old.keys[i];
        m->klen[j] = old.klen[i];
        m->vals[j] = old.vals[i];
    }
    free(old.keys);
    free(old.klen);
    free(old.vals);
}

bool cr_ent_map_get(const cr_ent_map *m, const char *k, size_t n, size_t *val)
{
    if (!m->cap)
        return false;
    size_t i = slot_of(m, k, n);
    if (!m->keys[i])
        return false;
    if (val)
        *val = m->vals[i];
    return true;
}

static size_t insert_slot(cr_ent_map *m, const char *k, size_t n, bool *fresh)
{
    if ((m->n + 1) * 4 > m->cap * 3)
        grow(m);
    size_t i = slot_of(m, k, n);
    *fresh = !m->keys[i];
    if (*fresh) {
        m->keys[i] = cr_xstrndup(k, n);
        m->klen[i] = n;
        m->n++;
    }
    return i;
}

bool cr_ent_map_add(cr_ent_map *m, const char *k, size_t n, size_t val)
{
    bool fresh;
    size_t i = insert_slot(m, k, n, &fresh);
    if (fresh)
        m->vals[i] = val;
    return fresh;
}

void cr_ent_map_set(cr_ent_map *m, const char *k, size_t n, size_t val)
{
    bool fresh;
    size_t i = insert_slot(m, k, n, &fresh); /* may grow the table: index after it */
    m->vals[i] = val;
}
