/* script.c - the dominant writing system of a text, for choosing fonts, folding and labels. */
#include "crossread/text.h"

#include <unictype.h>
#include <unistr.h>

enum { MAX_SCRIPTS = 32 }; /* distinct scripts tallied; a text rarely has more than three */

typedef struct {
    const uc_script_t *script;
    size_t letters;
} script_tally;

/* Adds one letter of script sc; scripts beyond the table's room are not counted. */
static void tally(script_tally *t, int *n, const uc_script_t *sc)
{
    for (int i = 0; i < *n; i++) {
        if (t[i].script == sc) {
            t[i].letters++;
            return;
        }
    }
    if (*n < MAX_SCRIPTS)
        t[(*n)++] = (script_tally){sc, 1};
}

const char *cr_dominant_script(const char *s, size_t len)
{
    script_tally t[MAX_SCRIPTS];
    int n = 0;
    const uint8_t *u = (const uint8_t *)s;
    for (size_t i = 0; i < len;) {
        ucs4_t c;
        int k = u8_mbtouc(&c, u + i, len - i);
        i += k > 0 ? (size_t)k : 1;
        /* Digits, punctuation and spaces are shared by scripts ("Common"): letters only. */
        if (!uc_is_general_category_withtable(c, UC_CATEGORY_MASK_L))
            continue;
        const uc_script_t *sc = uc_script(c);
        if (sc)
            tally(t, &n, sc);
    }
    int best = -1;
    for (int i = 0; i < n; i++) /* ties go to the script met first */
        if (best < 0 || t[i].letters > t[best].letters)
            best = i;
    return best < 0 ? "Unknown" : t[best].script->name;
}
