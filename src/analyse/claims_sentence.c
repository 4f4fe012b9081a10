/* claims_sentence.c - sentence boundaries good enough for claims: a terminator followed by
 * a space and a capital, digit or quote, or a blank line; abbreviations such as "Dec.",
 * "Mr." and initials ("U.S.") do not end a sentence. Hard-wrapped lines do not either. */
#include <ctype.h>

#include "claims_int.h"
#include "crossread/claims.h"

static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "sen", "gen", "rep", "st", "prof", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp",
    "lt", "col", "maj", "capt", "gov", "pres", "jr", "sr", "approx", "est", "fig", "vol",
    "mt", "ft", NULL};

/* The word ending at s[i] (exclusive) is an abbreviation or a single letter. */
static bool abbreviation(const char *s, size_t i)
{
    size_t a = i;
    while (a > 0 && isalpha((unsigned char)s[a - 1]))
        a--;
    if (a == i)
        return false;
    if (i - a == 1)
        return true; /* "U.S.", "A.D.", initials */
    return cw_find(s + a, i - a, abbrevs) >= 0;
}

/* Length of a closing quote or bracket at s[i], 0 if none. */
static size_t closer(const char *s, size_t len, size_t i)
{
    if (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']')
        return 1;
    if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x9D || (unsigned char)s[i + 2] == 0x99))
        return 3;
    return 0;
}

/* Can a sentence start at s[i]? Anything but a lower-case letter: capitals, digits,
 * quotes, bullets, other scripts. */
static bool opener(const char *s, size_t i)
{
    return !islower((unsigned char)s[i]);
}

size_t cr_sentence_end(const char *s, size_t len, size_t from)
{
    for (size_t i = from; i < len; i++) {
        char c = s[i];
        if (c == '\n' && i + 1 < len && s[i + 1] == '\n')
            return i;
        if (c != '.' && c != '!' && c != '?')
            continue;
        if (c == '.' && abbreviation(s, i))
            continue;
        size_t j = i + 1, q;
        while (j < len && (q = closer(s, len, j)) > 0)
            j += q;
        if (j >= len)
            return len;
        if (s[j] != ' ' && s[j] != '\n')
            continue;
        size_t k = j;
        while (k < len && (s[k] == ' ' || s[k] == '\n'))
            k++;
        if (k >= len || opener(s, k))
            return j;
    }
    return len;
}
