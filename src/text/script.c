/* script.c - the dominant writing system of a text, judged by counting its letters. */
#include "crossread/text.h"

#include <unictype.h>
#include <unistr.h>

const char *cr_dominant_script(const char *s, size_t len)
{
    /* Scripts are few (under 200); a small table of (script, count) is enough. */
    const uc_script_t *seen[64];
    size_t count[64];
    size_t nseen = 0;
    const uint8_t *p = (const uint8_t *)s, *end = p + len;
    while (p < end) {
        ucs4_t uc;
        int k = u8_mbtouc(&uc, p, (size_t)(end - p));
        p += k > 0 ? k : 1;
        if (!uc_is_alpha(uc))
            continue;
        const uc_script_t *sc = uc_script(uc);
        if (!sc)
            continue;
        size_t i = 0;
        while (i < nseen && seen[i] != sc)
            i++;
        if (i == nseen) {
            if (nseen == 64)
                continue;
            seen[nseen] = sc;
            count[nseen++] = 0;
        }
        count[i]++;
    }
    size_t best = 0;
    for (size_t i = 1; i < nseen; i++)
        if (count[i] > count[best])
            best = i;
    return nseen ? seen[best]->name : "Unknown";
}
