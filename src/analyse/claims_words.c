/* claims_words.c - tiny word scanner for the claims module: ASCII case rules are enough
 * because every cue word it looks for is English. */
#include <ctype.h>
#include <string.h>

#include "claims_int.h"

size_t cw_punct_len(const char *s, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[i] == 0xC2 && i + 1 < len && (u[i + 1] == 0xA0 || u[i + 1] == 0xAB || u[i + 1] == 0xBB))
        return 2; /* no-break space, guillemets */
    if (u[i] == 0xE2 && i + 2 < len && (u[i + 1] == 0x80 || u[i + 1] == 0x81))
        return 3; /* General Punctuation: dashes, curly quotes, thin spaces, ellipsis */
    return 0;
}

bool cw_is_letter(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return isalpha(c) != 0;
    return cw_punct_len(s, len, i) == 0;
}

static bool is_apostrophe(const char *s, size_t len, size_t i, size_t *n)
{
    if (s[i] == '\'') {
        *n = 1;
        return true;
    }
    if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99) {
        *n = 3;
        return true;
    }
    return false;
}

bool cw_next_word(const char *s, size_t len, size_t i, size_t *ws, size_t *we)
{
    while (i < len && !cw_is_letter(s, len, i)) {
        size_t p = cw_punct_len(s, len, i);
        i += p ? p : 1; /* never stop inside a punctuation character */
    }
    if (i >= len)
        return false;
    *ws = i;
    while (i < len) {
        size_t n;
        if (cw_is_letter(s, len, i)) {
            i++;
        } else if ((s[i] == '-' || is_apostrophe(s, len, i, &n)) && i + (s[i] == '-' ? 1 : n) < len &&
                   cw_is_letter(s, len, i + (s[i] == '-' ? 1 : n))) {
            i += s[i] == '-' ? 1 : n; /* "Nagorno-Karabakh", "Armenia's" */
        } else {
            break;
        }
    }
    *we = i;
    return true;
}

bool cw_prev_word(const char *s, size_t i, size_t *ws, size_t *we)
{
    while (i > 0 && s[i - 1] == ' ')
        i--;
    size_t e = i;
    while (i > 0) {
        unsigned char c = (unsigned char)s[i - 1];
        if (c < 0x80) {
            if (!isalpha(c) && c != '.')
                break;
            i--;
            continue;
        }
        size_t st = i - 1; /* back to the lead byte of this character */
        while (st > 0 && ((unsigned char)s[st] & 0xC0) == 0x80)
            st--;
        if (cw_punct_len(s, i, st))
            break; /* a no-break space or dash ends the word */
        i = st;
    }
    if (i == e)
        return false;
    *ws = i;
    *we = e;
    return true;
}

bool cw_ieq(const char *s, size_t n, const char *w)
{
    if (n == 0 || tolower((unsigned char)s[0]) != w[0])
        return n == 0 && w[0] == '\0'; /* most words differ at once: no strlen */
    size_t wn = strlen(w);
    if (n != wn)
        return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)s[i]) != w[i])
            return false;
    return true;
}

int cw_find(const char *s, size_t n, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (cw_ieq(s, n, list[i]))
            return i;
    return -1;
}

bool cw_starts(const char *s, size_t len, size_t i, const char *w)
{
    if (i >= len || tolower((unsigned char)s[i]) != w[0])
        return false;
    size_t wn = strlen(w);
    if (i + wn > len)
        return false;
    for (size_t k = 0; k < wn; k++)
        if (tolower((unsigned char)s[i + k]) != w[k])
            return false;
    return i + wn == len || !isalnum((unsigned char)s[i + wn]);
}
