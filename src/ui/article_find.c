/* article_find.c - the matches of the open article: found by a typed pattern (case- and
 * diacritic-insensitive, on the body folded once) or handed over by a library search;
 * stepping through them wraps round. */
#include <stdlib.h>
#include <string.h>

#include "app.h"

void cr_matches_free(cr_matches *m)
{
    free(m->hit);
    cr_lineedit_free(&m->prompt);
    if (m->folded)
        cr_foldmap_free(&m->fold);
    memset(m, 0, sizeof *m);
    m->cur = -1;
}

void cr_matches_set(cr_matches *m, const cr_hit *hits, size_t n)
{
    free(m->hit);
    m->hit = NULL;
    m->n = n;
    m->cur = n ? 0 : -1;
    m->backward = false;
    if (n) {
        m->hit = cr_xmalloc(n * sizeof *m->hit);
        memcpy(m->hit, hits, n * sizeof *hits);
    }
}

void cr_matches_find(cr_matches *m, const char *body, size_t len)
{
    if (!m->folded) {
        cr_foldmap_build(body, len, &m->fold);
        m->folded = true;
    }
    free(m->hit);
    m->hit = NULL;
    m->n = m->prompt.text.len ? cr_foldmap_find_all(&m->fold, m->prompt.text.data, &m->hit) : 0;
    m->cur = -1;
    if (!m->n)
        return;
    if (m->backward) {
        m->cur = (long)m->n - 1; /* wraps to the last when none is before the origin */
        for (size_t i = m->n; i-- > 0;)
            if (m->hit[i].start < m->origin) {
                m->cur = (long)i;
                break;
            }
    } else {
        m->cur = 0;
        for (size_t i = 0; i < m->n; i++)
            if (m->hit[i].start >= m->origin) {
                m->cur = (long)i;
                break;
            }
    }
}

bool cr_matches_step(cr_matches *m, int dir, size_t pos)
{
    if (!m->n)
        return false;
    long n = (long)m->n, next;
    if (m->cur >= 0) {
        next = m->cur + dir;
    } else if (dir > 0) {
        next = n;
        for (long i = 0; i < n; i++)
            if (m->hit[i].start >= pos) {
                next = i;
                break;
            }
    } else {
        next = -1;
        for (long i = n - 1; i >= 0; i--)
            if (m->hit[i].start < pos) {
                next = i;
                break;
            }
    }
    bool wrapped = next < 0 || next >= n;
    m->cur = next < 0 ? n - 1 : next >= n ? 0 : next;
    return wrapped;
}
