/* entity_generic.c - capitalised words that name a kind of thing, not one thing: technical
 * and generic abbreviations (TV, LCD, PCs, ID, CEO), languages (Hindi, Urdu), and common
 * nouns and phrases papers capitalise (Pool A, the High Street, the General Election, the
 * Internet). Alone they are no name a reader would
 * cross-reference (holidays too: Christmas, Ramadan); inside a longer name ("BBC TV", "Hindi Film Awards") they stay. The
 * list is sorted (a test checks) and searched by bsearch. */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const generic_words[] = {
    "3g", "4g", "adsl", "advent", "arabic", "atm", "bengali", "bst", "by-election",
    "cantonese", "cctv", "cd", "cds", "ceo", "cfo", "christmas", "coo", "cpi", "cpu", "diwali",
    "dna", "dsl", "dvd", "dvds", "easter", "eid", "faq", "farsi", "gdp", "general election",
    "general elections", "gmt", "gps", "gujarati", "halloween", "hanukkah", "hd", "hdtv",
    "hebrew", "high street", "high streets", "hindi", "hiv", "hogmanay", "hq", "html", "id",
    "ids", "internet", "ip", "ipo", "ipos", "isp", "isps", "it", "lcd", "lent",
    "local elections", "mandarin", "mp", "mp3", "mps", "passover", "pc", "pcs", "pda", "pdas",
    "pdf", "pm", "pool", "punjabi", "pvr", "ramadan", "rpi", "sms", "suv", "suvs", "swahili",
    "tamil", "thanksgiving", "tv", "tvs", "ufo", "uhf", "urdu", "url", "usb", "vat", "vcr",
    "vip", "web", "wifi", "world wide web", "www",
};

bool cr_ent_is_generic(const char *f, size_t n)
{
    return cr_ent_in_sorted(generic_words, sizeof generic_words / sizeof *generic_words, f, n);
}

bool cr_ent_generic_sorted(void)
{
    for (size_t i = 1; i < sizeof generic_words / sizeof *generic_words; i++)
        if (strcmp(generic_words[i - 1], generic_words[i]) >= 0)
            return false;
    return true;
}
