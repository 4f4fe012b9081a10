/* fuzz_ingest.c - libFuzzer entry: any bytes through the whole ingest, then the key and the
 * near-duplicate signature of every article. Sanitizers report what breaks. */
#include "crossread/dedup.h"
#include "crossread/ingest.h"
#include "crossread/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cr_doc d;
    cr_ingest_buffer((const char *)data, size, "fuzz", &d);
    for (size_t i = 0; i < d.n; i++) {
        const cr_article *a = &d.items[i];
        if (!a->title || !a->body || strlen(a->body) != a->body_len || !cr_utf8_valid(a->body, a->body_len))
            abort();
        for (size_t k = 0; k < a->nspans; k++)
            if (a->spans[k].start + a->spans[k].len > a->body_len)
                abort();
        for (size_t k = 0; k < a->body_len; k++)
            if ((unsigned char)a->body[k] < 0x20 && a->body[k] != '\n')
                abort();
        free(cr_article_key(a));
        uint32_t sig[CR_MINHASH_N];
        cr_minhash(a->body, a->body_len, a->spans, a->nspans, sig);
    }
    cr_doc_free(&d);
    return 0;
}
