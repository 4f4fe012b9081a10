/* sha256.h - SHA-256 (FIPS 180-4), for stable article keys and file checksums. */
#ifndef CROSSREAD_SHA256_H
#define CROSSREAD_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* Incremental use, for files read in pieces. */
typedef struct {
    uint32_t h[8];
    uint64_t total;        /* bytes hashed so far */
    unsigned char blk[64]; /* pending partial block */
    size_t nblk;
} cr_sha256_ctx;

void cr_sha256_init(cr_sha256_ctx *c);
void cr_sha256_update(cr_sha256_ctx *c, const void *p, size_t n);
void cr_sha256_final(cr_sha256_ctx *c, unsigned char out[32]);

void cr_sha256(const void *p, size_t n, unsigned char out[32]);
/* Lowercase hex digest, NUL-terminated. */
void cr_sha256_hex(const void *p, size_t n, char out[65]);

#endif
