/* dedup.h - near-duplicate detection: the same wire story under two outlets, the same
 * article imported from two files. A MinHash signature of an article's word shingles
 * estimates the Jaccard similarity of two bodies; LSH bands find candidates without
 * comparing every pair. */
#ifndef CROSSREAD_DEDUP_H
#define CROSSREAD_DEDUP_H

#include <stddef.h>
#include <stdint.h>

#include "crossread/article.h"

#define CR_MINHASH_N 64       /* hash functions in a signature */
#define CR_MINHASH_SHINGLE 5  /* words per shingle */
#define CR_MINHASH_BANDS 16   /* LSH bands of CR_MINHASH_N / CR_MINHASH_BANDS rows each */

/* Signature of body[0..len), ignoring the bytes under boilerplate spans (appeals and
 * credits differ between outlets while the story does not). Words are compared
 * case-insensitively. A body shorter than one shingle hashes as one shingle of its words;
 * an empty body gives a signature of all 0xFFFFFFFF. */
void cr_minhash(const char *body, size_t len, const cr_span *spans, size_t nspans,
                uint32_t sig[CR_MINHASH_N]);

/* Estimated Jaccard similarity of the shingle sets, 0..1. */
double cr_minhash_similarity(const uint32_t a[CR_MINHASH_N], const uint32_t b[CR_MINHASH_N]);

/* One 64-bit key per band; two articles sharing any band key are candidates. With 16 bands
 * of 4 rows, a pair of similarity 0.8 becomes a candidate with probability 0.9996 and a pair
 * of 0.3 with 0.12. */
void cr_minhash_bands(const uint32_t sig[CR_MINHASH_N], uint64_t bands[CR_MINHASH_BANDS]);

#endif
