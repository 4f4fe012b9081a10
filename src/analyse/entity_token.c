/* entity_token.c - splits a body into words and punctuation for the name finder: one pass,
 * one growing array, boilerplate spans skipped, and the facts the chunker needs (capital,
 * possessive, sentence start, paragraph break) computed once per word. */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>

#include "crossread/text.h"

static unsigned decode(const char *s, size_t len, size_t i, size_t *k)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *k = 1;
        return c;
    }
    unsigned cp;
    *k = (size_t)cr_utf8_decode(s + i, len - i, &cp);
    if (*k == 0)
        *k = 1;
    return cp;
}

static bool is_word_cp(unsigned cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return uc_is_alpha(cp) || uc_is_digit(cp) || uc_is_general_category(cp, UC_CATEGORY_M);
}

static bool is_upper_cp(unsigned cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return uc_is_upper(cp) || uc_is_general_category(cp, UC_CATEGORY_Lt);
}

static bool is_lower_cp(unsigned cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return uc_is_lower(cp);
}

static bool is_space_cp(unsigned cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
           (cp > 0x80 && uc_is_space(cp));
}

/* Punctuation that ends a sentence, and punctuation a sentence start looks through. */
static bool ends_sentence(unsigned cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == 0x2022 ||
           cp == 0x2026;
}

static bool transparent(unsigned cp)
{
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '*' || cp == '#' ||
           cp == '_' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 ||
           cp == 0x00AB || cp == 0x00BB || cp == 0x201E;
}

static int cmp_span(const void *a, const void *b)
{
    const cr_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Scans one word starting at i; returns its end. Hyphens, apostrophes and dots join
 * letters ("Nagorno-Karabakh", "O'Brien", "U.S."), a slash joins capitals ("S/P"). */
static size_t scan_word(const char *s, size_t len, size_t i, unsigned *flags)
{
    size_t k, nletters = 0;
    bool upper_only = true, dotted = false;
    while (i < len) {
        unsigned cp = decode(s, len, i, &k);
        if (is_word_cp(cp)) {
            if (is_lower_cp(cp))
                upper_only = false;
            if (!(cp >= '0' && cp <= '9'))
                nletters++;
            i += k;
            continue;
        }
        /* "S/P", "AC/DC": a slash between capitals joins an abbreviation. */
        if (cp == '/' && upper_only && nletters > 0 && s[i - 1] >= 'A' && s[i - 1] <= 'Z') {
            size_t j = i + k; /* "WHO/Nazik Armenakyan", a photo credit, stays two words */
            while (j < len && s[j] >= 'A' && s[j] <= 'Z')
                j++;
            if (j > i + k && !(j < len && s[j] >= 'a' && s[j] <= 'z')) {
                i += k;
                continue;
            }
        }
        if (cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.') {
            size_t k2;
            if (i + k < len && is_word_cp(decode(s, len, i + k, &k2))) {
                if (cp == '-')
                    *flags |= CR_TOK_HYPH;
                dotted |= cp == '.';
                i += k;
                continue;
            }
            /* "U.S." keeps its last dot, so that dot does not end a sentence; a web
             * address ("newsgaming.com.") leaves it to the sentence. */
            if (cp == '.' && dotted && i >= 2 && s[i - 2] == '.')
                i += k;
        }
        break;
    }
    if (upper_only && nletters >= 2)
        *flags |= CR_TOK_ALLCAPS;
    return i;
}

/* "ex-BBC", "anti-EU", "non-NATO": the length of a prefix and hyphen before an acronym that
 * ends its word and no capitalised word follows, else 0. The acronym is then a word of its
 * own; before a capitalised word it stays in the adjective ("post-Saddam Iraq"). */
static size_t prefix_before_acronym(const char *s, size_t len, size_t i)
{
    static const char *const prefixes[] = {"anti", "ex", "non", "post", "pre", "pro"};
    char c0 = (char)(s[i] | 0x20); /* most words start with none of their letters: one test */
    if (c0 != 'a' && c0 != 'e' && c0 != 'n' && c0 != 'p')
        return 0;
    for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
        size_t n = strlen(prefixes[p]);
        if (i + n + 3 > len || strncasecmp(s + i, prefixes[p], n) != 0 || s[i + n] != '-')
            continue;
        size_t j = i + n + 1, caps = 0;
        while (j < len && s[j] >= 'A' && s[j] <= 'Z')
            j++, caps++;
        if (caps < 2 || caps > 6 || (j < len && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= '0' && s[j] <= '9') || s[j] == '-')))
            return 0;
        while (j < len && (s[j] == ' ' || s[j] == '\''))
            j++;
        return j < len && s[j] >= 'A' && s[j] <= 'Z' ? 0 : n + 1;
    }
    return 0;
}

void cr_ent_tokenize(const char *s, size_t len, const cr_span *spans, size_t nspans,
                     cr_tok **toks, size_t *ntoks)
{
    cr_span *sp = NULL;
    size_t nsp = 0;
    for (size_t i = 0; i < nspans; i++)
        if (spans[i].kind == CR_SPAN_BOILERPLATE)
            nsp++;
    if (nsp) {
        sp = cr_xmalloc(nsp * sizeof *sp);
        nsp = 0;
        for (size_t i = 0; i < nspans; i++)
            if (spans[i].kind == CR_SPAN_BOILERPLATE)
                sp[nsp++] = spans[i];
        qsort(sp, nsp, sizeof *sp, cmp_span);
    }
    size_t cap = len / 5 + 16, n = 0, si = 0;
    cr_tok *t = cr_xmalloc(cap * sizeof *t);
    bool sent = true, brk = true, space = true, nl = true;
    int newlines = 0;
    size_t i = 0;
    while (i < len) {
        while (si < nsp && sp[si].start + sp[si].len <= i)
            si++;
        if (si < nsp && sp[si].start <= i) {
            i = sp[si].start + sp[si].len;
            sent = brk = space = nl = true;
            continue;
        }
        size_t k;
        unsigned cp = decode(s, len, i, &k);
        if (is_space_cp(cp)) {
            if (cp == '\n' && ++newlines >= 2)
                sent = brk = true;
            nl |= cp == '\n';
            space = true;
            i += k;
            continue;
        }
        size_t pre = is_word_cp(cp) ? prefix_before_acronym(s, len, i) : 0;
        if (pre) {
            i += pre;
            sent = false;
            cp = decode(s, len, i, &k);
        }
        if (n == cap) {
            cap *= 2;
            t = cr_xrealloc(t, cap * sizeof *t);
        }
        cr_tok *w = &t[n++];
        w->start = i;
        w->cp = cp;
        w->flags = (brk ? CR_TOK_BREAK : 0) | (space ? 0 : CR_TOK_TIGHT) | (nl ? CR_TOK_NL : 0);
        brk = space = nl = false;
        newlines = 0;
        if (!is_word_cp(cp)) {
            w->len = k;
            i += k;
            bool abbrev_dot = false;
            if (cp == '.' && n >= 2 && (t[n - 2].flags & CR_TOK_WORD)) {
                cr_tok *p = &t[n - 2];
                char low[8];
                if (p->len < sizeof low) {
                    for (size_t j = 0; j < p->len; j++) {
                        char c = s[p->start + j];
                        low[j] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
                    }
                    abbrev_dot = cr_ent_is_abbrev(low, p->len);
                }
            }
            if (ends_sentence(cp) && !abbrev_dot)
                sent = true;
            else if (!transparent(cp))
                sent = false;
            continue;
        }
        size_t k0 = k; /* byte length of the first letter */
        w->flags |= CR_TOK_WORD | (sent ? CR_TOK_SENT : 0);
        sent = false;
        size_t end = scan_word(s, len, i, &w->flags);
        /* A possessive 's is not part of the name; nor is a plural's lone ' ("Actors' Equity"). */
        size_t poss_len = 0;
        if (end - i > 2 && s[end - 1] == 's' && s[end - 2] == '\'') {
            end -= 2;
            w->flags |= CR_TOK_POSS;
        } else if (end - i > 2 && s[end - 1] == 's' && end + 1 < len && s[end] == '\'' && s[end + 1] == ' ' &&
                   !(i > 0 && s[i - 1] == '\'')) { /* not a quote closing: "'Errors' doomed" */
            w->flags |= CR_TOK_POSS;
            poss_len = 1;
        } else if (end - i > 4 && s[end - 1] == 's' && memcmp(s + end - 4, "\xE2\x80\x99", 3) == 0) {
            end -= 4;
            w->flags |= CR_TOK_POSS;
        }
        w->len = end - i;
        if (cp >= '0' && cp <= '9')
            w->flags |= CR_TOK_NUM;
        else if (is_upper_cp(cp))
            w->flags |= CR_TOK_CAP;
        else if (w->len > 3 && (s[i] == 'a' || s[i] == 'e') && s[i + 1] == 'l' && s[i + 2] == '-' &&
                 is_upper_cp(decode(s, len, i + 3, &k)))
            w->flags |= CR_TOK_CAP; /* al-Assad */
        else if (w->len > 2 && s[i] >= 'a' && s[i] <= 'z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z' &&
                 s[i + 2] >= 'a' && s[i + 2] <= 'z')
            w->flags |= CR_TOK_CAP; /* "iPod", "eBay": a brand's one lower-case letter first */
        /* "Armenian-controlled", "US-led": an adjective, not a name. */
        if ((w->flags & CR_TOK_HYPH) && (w->flags & CR_TOK_CAP)) {
            const char *h = NULL;
            for (size_t j = i; j + 1 < end; j++)
                if (s[j] == '-')
                    h = s + j;
            if (h && is_lower_cp(decode(s, len, (size_t)(h + 1 - s), &k)))
                w->flags &= ~(unsigned)CR_TOK_CAP;
        }
        /* "I'm", "Don't", "We'll": contractions are not names. */
        if (w->flags & CR_TOK_CAP) {
            size_t ap = w->len;
            while (ap > 0 && s[i + ap - 1] != '\'' && !(ap >= 3 && memcmp(s + i + ap - 3, "\xE2\x80\x99", 3) == 0))
                ap--;
            size_t tail = w->len - ap;
            const char *t = s + i + ap;
            if (ap && tail <= 2 && ((tail == 1 && (*t == 'm' || *t == 'd' || *t == 't')) ||
                                    (tail == 2 && (!memcmp(t, "ve", 2) || !memcmp(t, "ll", 2) || !memcmp(t, "re", 2)))))
                w->flags &= ~(unsigned)CR_TOK_CAP;
        }
        /* The pronoun "I" is capitalised but never part of a name. */
        if (w->len == 1 && s[i] == 'I')
            w->flags &= ~(unsigned)CR_TOK_CAP;
        /* A lone capital letter that is not an initial ("В" in Russian) starts no name; a
         * Latin one before a capitalised word is an initial written without its point, as
         * the BBC writes them ("R Kelly"), except the article "A". */
        bool bare_initial = cp >= 'B' && cp <= 'Z' && cp != 'I' && end + 1 < len && s[end] == ' ' &&
                            s[end + 1] >= 'A' && s[end + 1] <= 'Z';
        if (is_upper_cp(cp) && end - i == (size_t)(k0) && (end >= len || s[end] != '.') && !bare_initial)
            w->flags &= ~(unsigned)CR_TOK_CAP;
        if (!(w->flags & CR_TOK_CAP))
            w->flags &= ~(unsigned)CR_TOK_ALLCAPS;
        i = poss_len ? end + poss_len : (w->flags & CR_TOK_POSS) ? end + ((s[end] == '\'') ? 2 : 4) : end;
    }
    free(sp);
    *toks = t;
    *ntoks = n;
}
