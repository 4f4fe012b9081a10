/* dedup.c - MinHash of word shingles, and LSH band keys. */
#include "crossread/dedup.h"

#include "crossread/util.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Fixed, so that signatures stored by one run compare with those of the next. */
static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void coefficients(uint64_t a[CR_MINHASH_N], uint64_t b[CR_MINHASH_N])
{
    uint64_t seed = 0x63726f7373726561ULL; /* "crossrea" */
    for (int i = 0; i < CR_MINHASH_N; i++) {
        a[i] = splitmix(&seed) | 1;
        b[i] = splitmix(&seed);
    }
}

/* The word hashes of the text outside boilerplate, lowercased (ASCII) so that a headline
 * case style does not matter; non-ASCII bytes are kept as they are. */
static uint64_t *word_hashes(const char *s, size_t len, const cr_span *sp, size_t nsp, size_t *n)
{
    bool *hidden = cr_xcalloc(len + 1, 1);
    for (size_t i = 0; i < nsp; i++)
        if (sp[i].kind == CR_SPAN_BOILERPLATE && sp[i].start < len) {
            size_t e = sp[i].start + sp[i].len < len ? sp[i].start + sp[i].len : len;
            memset(hidden + sp[i].start, 1, e - sp[i].start);
        }
    size_t cap = 64, k = 0;
    uint64_t *w = cr_xmalloc(cap * sizeof *w);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        bool word = !hidden[i] && (isalnum(c) || c >= 0x80);
        if (!word) {
            i++;
            continue;
        }
        uint64_t h = 1469598103934665603ULL;
        while (i < len && !hidden[i] && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 ||
                                         s[i] == '\'')) {
            h = (h ^ (unsigned char)tolower((unsigned char)s[i])) * 1099511628211ULL;
            i++;
        }
        if (k == cap)
            w = cr_xrealloc(w, (cap *= 2) * sizeof *w);
        w[k++] = h;
    }
    free(hidden);
    *n = k;
    return w;
}

void cr_minhash(const char *body, size_t len, const cr_span *spans, size_t nspans,
                uint32_t sig[CR_MINHASH_N])
{
    uint64_t a[CR_MINHASH_N], b[CR_MINHASH_N];
    coefficients(a, b);
    for (int i = 0; i < CR_MINHASH_N; i++)
        sig[i] = 0xFFFFFFFFu;
    size_t n;
    uint64_t *w = word_hashes(body, len, spans, nspans, &n);
    size_t shingles = n >= CR_MINHASH_SHINGLE ? n - CR_MINHASH_SHINGLE + 1 : (n ? 1 : 0);
    for (size_t s = 0; s < shingles; s++) {
        uint64_t x = 0;
        for (size_t j = s; j < s + CR_MINHASH_SHINGLE && j < n; j++)
            x = (x ^ w[j]) * 0x100000001B3ULL + 0x9E3779B97F4A7C15ULL;
        for (int i = 0; i < CR_MINHASH_N; i++) {
            uint32_t h = (uint32_t)((a[i] * x + b[i]) >> 32);
            if (h < sig[i])
                sig[i] = h;
        }
    }
    free(w);
}

double cr_minhash_similarity(const uint32_t a[CR_MINHASH_N], const uint32_t b[CR_MINHASH_N])
{
    int same = 0;
    for (int i = 0; i < CR_MINHASH_N; i++)
        same += a[i] == b[i];
    return (double)same / CR_MINHASH_N;
}

void cr_minhash_bands(const uint32_t sig[CR_MINHASH_N], uint64_t bands[CR_MINHASH_BANDS])
{
    enum { ROWS = CR_MINHASH_N / CR_MINHASH_BANDS };
    for (int band = 0; band < CR_MINHASH_BANDS; band++) {
        unsigned char buf[1 + ROWS * 4];
        buf[0] = (unsigned char)band; /* equal rows in different bands are not a match */
        for (int r = 0; r < ROWS; r++) {
            uint32_t v = sig[band * ROWS + r];
            for (int k = 0; k < 4; k++)
                buf[1 + r * 4 + k] = (unsigned char)(v >> (8 * k));
        }
        bands[band] = cr_hash64(buf, sizeof buf);
    }
}
