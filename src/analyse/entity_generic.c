/* entity_generic.c - capitalised words that name a kind of thing, not one thing: technical
 * and generic abbreviations (TV, LCD, PCs, ID, CEO), languages (Hindi, Urdu), and common
 * nouns and phrases papers capitalise (Pool A, the High Street, the General Election, the
 * Internet), and diseases, network standards, time zones and exams (Aids, IPv6, EDT,
 * GCSE), which the labelling conventions count as no name; words that fold to a name too
 * (RAM / Ram, LAN / Lan) are left out. Alone they are no name a reader would cross-reference
 * (holidays too: Christmas, Christmas Day, Memorial Day, Ramadan); inside a longer name
 * ("BBC TV", "Hindi Film Awards") they stay. The list is sorted (a test checks) and searched
 * by bsearch. */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const generic_words[] = {
    "3g", "4g", "a-level", "a-levels", "adsl", "advent", "aids", "arabic", "atm",
    "bank holiday", "bengali", "boxing day", "bse", "bst", "by-election", "cantonese", "cctv",
    "cd", "cd-rom", "cdma", "cds", "ceo", "cet", "cfo", "chinese new year", "christmas",
    "christmas day", "christmas eve", "cjd", "coo", "cpi", "cpu", "cst", "diwali", "dna",
    "dsl", "dvd", "dvds", "easter", "easter monday", "easter sunday", "edt", "eid", "faq",
    "farsi", "father's day", "fdi", "gcse", "gcses", "gdp", "general election",
    "general elections", "gmt", "gnp", "good friday", "gprs", "gps", "gsm", "gujarati",
    "halloween", "hanukkah", "hd", "hdtv", "hebrew", "high street", "high streets", "hindi",
    "hiv", "hogmanay", "hq", "html", "http", "id", "ids", "internet", "ip", "ipo", "ipos",
    "ipv4", "ipv6", "isp", "isps", "it", "jpeg", "labor day", "labour day", "lcd", "lent",
    "local elections", "mandarin", "mba", "memorial day", "mms", "mother's day", "mp", "mp3",
    "mp4", "mpeg", "mps", "mrsa", "new year", "new year's day", "new year's eve", "p2p",
    "passover", "pc", "pcs", "pda", "pdas", "pdf", "phd", "pm", "pool", "pst", "punjabi",
    "pvr", "ramadan", "remembrance day", "remembrance sunday", "rpi", "sars", "sms", "suv",
    "suvs", "swahili", "tamil", "tcp/ip", "thanksgiving", "thanksgiving day", "tv", "tvs",
    "ufo", "uhf", "umts", "urdu", "url", "usb", "utc", "valentine's day", "vat", "vcjd", "vcr",
    "veterans day", "vip", "web", "wi-fi", "wifi", "wlan", "world wide web", "www", "xml",
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
