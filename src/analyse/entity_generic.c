/* entity_generic.c - capitalised words that name a kind of thing, not one thing: technical
 * and generic abbreviations (TV, LCD, PCs, ID, CEO), languages (Hindi, Urdu), and common
 * nouns papers capitalise (Pool A). Alone they are no name a reader would
 * cross-reference; inside a longer name ("BBC TV", "Hindi Film Awards") they stay. The
 * list is sorted (a test checks) and searched by bsearch. */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const generic_words[] = {
    "adsl", "arabic", "atm", "bengali", "cantonese", "cd", "cds", "ceo", "cfo",
    "coo", "cpu", "dna", "faq", "farsi", "gdp", "gps", "gujarati", "hd",
    "hebrew", "hindi", "hiv", "hq", "html", "id", "ids", "ip", "it", "lcd",
    "mandarin", "mp3", "pc", "pcs", "pdf", "pool", "punjabi", "pvr", "sms", "swahili", "tamil",
    "tv", "tvs", "uhf", "urdu", "url", "usb", "vat", "vcr", "vip", "wifi", "www",
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

bool cr_ent_is_generic(const char *f, size_t n)
{
    char key[24];
    if (n == 0 || n >= sizeof key)
        return false;
    memcpy(key, f, n);
    key[n] = '\0';
    return bsearch(key, generic_words, sizeof generic_words / sizeof *generic_words,
                   sizeof *generic_words, cmp_word) != NULL;
}

bool cr_ent_generic_sorted(void)
{
    for (size_t i = 1; i < sizeof generic_words / sizeof *generic_words; i++)
        if (strcmp(generic_words[i - 1], generic_words[i]) >= 0)
            return false;
    return true;
}
