/* fuzz_ingest.c - libFuzzer entry: any bytes through the whole ingest, then everything the
 * import derives from each article (key, near-duplicate signature, names, claims) and its
 * layout at a width taken from the input. Sanitizers report what breaks. */
#include "crossread/claims.h"
#include "crossread/dedup.h"
#include "crossread/entity.h"
#include "crossread/ingest.h"
#include "crossread/layout.h"
#include "crossread/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static cr_gazetteer *gaz;
    if (!gaz)
        gaz = cr_gazetteer_default();
    int width = size ? 1 + data[0] % 120 : 40;
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
        cr_entities e;
        cr_entities_extract(gaz, a->body, a->body_len, a->spans, a->nspans, &e);
        for (size_t k = 0; k < e.n; k++)
            if (e.m[k].start + e.m[k].len > a->body_len)
                abort();
        cr_entities_free(&e);
        cr_claims cs = {0};
        cr_claims_extract(a->body, a->body_len, a->spans, a->nspans, &cs);
        for (size_t k = 0; k < cs.n; k++)
            if (cs.c[k].start + cs.c[k].len > a->body_len || cs.c[k].vstart + cs.c[k].vlen > a->body_len)
                abort();
        cr_claims_free(&cs);
        cr_layout l;
        cr_layout_article(a, width, NULL, &l);
        for (size_t k = 0; k < l.lines.n; k++) {
            /* only a line of one grapheme wider than the pane may be wider than it */
            const cr_line *ln = &l.lines.lines[k];
            int cols;
            if (ln->width > width && cr_grapheme_next(l.text + ln->start, ln->len, &cols) < ln->len)
                abort();
        }
        cr_layout_free(&l);
    }
    cr_doc_free(&d);
    return 0;
}
