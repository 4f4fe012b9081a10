/* entity_alias.c - aliases the text states: "Shusha (Shushi)", "Artsakh [Nagorno-Karabakh]",
 * "Collective Security Treaty Organization (CSTO)", "X, known to Armenians as Y",
 * "X, which it calls Y", "X, also known as Y", "X [an alternate Armenian name for Y]". */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void cr_ent_add_alias(cr_entities *out, cr_ent_map *seen, const char *a, const char *b,
                      const char *reason)
{
    if (strcmp(a, b) == 0)
        return;
    cr_buf k;
    cr_buf_init(&k);
    const char *lo = strcmp(a, b) < 0 ? a : b, *hi = lo == a ? b : a;
    cr_buf_printf(&k, "%s\t%s", lo, hi);
    bool fresh = cr_ent_map_add(seen, k.data, k.len, 1);
    cr_buf_free(&k);
    if (!fresh)
        return;
    out->alias = cr_xrealloc(out->alias, (out->nalias + 1) * sizeof *out->alias);
    out->alias[out->nalias++] = (cr_alias){cr_xstrdup(a), cr_xstrdup(b), cr_xstrdup(reason)};
}

typedef struct {
    const char *s;
    const cr_tok *t;
    size_t nt;
    const cr_ent_cand *c;
    size_t *at; /* token -> first candidate starting there, or (size_t)-1 */
} actx;

static bool word_eq(const actx *x, size_t i, const char *w)
{
    size_t n = strlen(w);
    if (i >= x->nt || !(x->t[i].flags & CR_TOK_WORD) || x->t[i].len != n)
        return false;
    for (size_t k = 0; k < n; k++) {
        char ch = x->s[x->t[i].start + k];
        if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != w[k])
            return false;
    }
    return true;
}

static bool punct_is(const actx *x, size_t i, unsigned cp)
{
    return i < x->nt && !(x->t[i].flags & CR_TOK_WORD) && x->t[i].cp == cp;
}

static const cr_ent_cand *cand_at(const actx *x, size_t i)
{
    return i < x->nt && x->at[i] != (size_t)-1 ? &x->c[x->at[i]] : NULL;
}

/* The digits a capitalised number word stands for in an acronym ("Group of Seven" is the
 * G-7, "Group of Twenty" the G20), or NULL. */
static const char *number_word(const char *w, size_t n)
{
    static const char *const words[][2] = {
        {"Two", "2"},    {"Three", "3"},  {"Four", "4"}, {"Five", "5"},     {"Six", "6"},
        {"Seven", "7"},  {"Eight", "8"},  {"Nine", "9"}, {"Ten", "10"},     {"Eleven", "11"},
        {"Twelve", "12"}, {"Fifteen", "15"}, {"Twenty", "20"}, {"Seventy-Seven", "77"},
    };
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strlen(words[k][0]) == n && memcmp(w, words[k][0], n) == 0)
            return words[k][1];
    return NULL;
}

/* The next space-separated word of a name from *p (its length in *len), *p moved past it;
 * NULL at the end. */
static const char *next_word(const char **p, size_t *len)
{
    while (**p == ' ')
        (*p)++;
    const char *w = *p;
    while (**p && **p != ' ')
        (*p)++;
    *len = (size_t)(*p - w);
    return *len ? w : NULL;
}

/* Letters of an acronym against the initials of a long name: "CSTO" and "Collective
 * Security Treaty Organization", "USAID" and "U.S. Agency for International Development". */
static bool acronym_of(const char *shortn, const char *longn)
{
    char init[32];
    size_t ni = 0;
    for (const char *p = longn; *p && ni < sizeof init;) {
        size_t wl;
        const char *w = next_word(&p, &wl);
        if (!w)
            break;
        if (wl <= 3 && w[0] >= 'a' && w[0] <= 'z')
            continue; /* of, for, the, and */
        const char *digits = number_word(w, wl);
        if (digits) {
            for (; *digits && ni < sizeof init; digits++)
                init[ni++] = *digits;
            continue;
        }
        bool caps = true;
        for (size_t k = 0; k < wl; k++)
            if (w[k] >= 'a' && w[k] <= 'z')
                caps = false;
        for (size_t k = 0; k < wl && ni < sizeof init; k++)
            if (w[k] >= 'A' && w[k] <= 'Z' && (caps || k == 0 || w[k - 1] == '-'))
                init[ni++] = w[k];
    }
    size_t ns = strlen(shortn);
    if (ni < 2 || ns < 2 || shortn[0] != init[0] || ns > ni + 2)
        return false;
    for (size_t k = 0; k < ni; k++)
        if (!memchr(shortn, init[k], ns))
            return false;
    return true;
}

static bool all_caps(const char *s)
{
    bool letter = false;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return false;
        letter |= *s >= 'A' && *s <= 'Z';
    }
    return letter;
}

/* True if the parenthesis from token open to token close is one of a list of them: "R Beattie
 * (Northampton), G Bulloch (Glasgow, capt), ..." in a team sheet, "Tonga (7), Fiji (3)". Each
 * says where the name before it plays or stands, not what else it is called. */
static bool paren_list(const actx *x, size_t open, size_t close)
{
    size_t i = close + 1;
    if (punct_is(x, i, ',') || punct_is(x, i, ';'))
        for (size_t k = i + 1; k < x->nt && k <= i + 5 && (x->t[k].flags & CR_TOK_WORD); k++)
            if (punct_is(x, k + 1, '('))
                return true;
    for (size_t k = open; k > 0 && open - k <= 4; k--) {
        if (!(x->t[k - 1].flags & CR_TOK_WORD))
            return (punct_is(x, k - 1, ',') || punct_is(x, k - 1, ';')) && k >= 2 && punct_is(x, k - 2, ')');
    }
    return false;
}

/* "X (Y)" and "X [Y]" where Y is one whole name. */
static void paren(const actx *x, const cr_ent_cand *a, cr_entities *out, cr_ent_map *seen)
{
    size_t i = a->t1;
    unsigned close;
    if (punct_is(x, i, '('))
        close = ')';
    else if (punct_is(x, i, '['))
        close = ']';
    else
        return;
    const cr_ent_cand *b = cand_at(x, i + 1);
    if (!b || !punct_is(x, b->t1, close) || paren_list(x, i, b->t1))
        return;
    bool ac = all_caps(a->name), bc = all_caps(b->name);
    if (ac != bc) {
        const char *s = ac ? a->name : b->name, *l = ac ? b->name : a->name;
        if (acronym_of(s, l))
            cr_ent_add_alias(out, seen, a->name, b->name, "acronym");
        return; /* "Paris (AFP)": a dateline, not an alias */
    }
    if ((a->kind == CR_ENT_PERSON) != (b->kind == CR_ENT_PERSON) || ac)
        return;
    /* "Citicorp (Switzerland)", "Morgan Guaranty (Switzerland) AG": a firm's unit in a
     * country, not another name of the firm */
    if (a->kind == CR_ENT_ORG && b->kind == CR_ENT_PLACE)
        return;
    cr_ent_add_alias(out, seen, a->name, b->name, close == ')' ? "parenthesis" : "bracket");
}

/* Skips up to max words for which ok() holds; returns the next token. */
static size_t skip_words(const actx *x, size_t i, size_t max, const char *const *words)
{
    for (size_t n = 0; n < max && i < x->nt; n++) {
        bool hit = false;
        for (size_t w = 0; words[w] && !hit; w++)
            hit = word_eq(x, i, words[w]);
        if (!hit)
            break;
        i++;
    }
    return i;
}

/* "X, (which is) (also) known (to Armenians|by ethnic Armenians) as Y", "X, also called Y",
 * "X, which it calls Y", "X (also known as Y)". */
static void known_as(const actx *x, const cr_ent_cand *a, cr_entities *out, cr_ent_map *seen)
{
    static const char *const lead[] = {"which", "that", "is", "was", "also", "now", "formerly",
                                       "widely", "better", "locally", "sometimes", "often",
                                       "commonly", "officially", "still", NULL};
    size_t i = a->t1;
    if (punct_is(x, i, ',') || punct_is(x, i, '(') || punct_is(x, i, '['))
        i++;
    size_t after = i;
    i = skip_words(x, i, 4, lead);
    const char *reason = NULL;
    if (word_eq(x, i, "known") || word_eq(x, i, "referred")) {
        i++;
        if (word_eq(x, i, "to") || word_eq(x, i, "by")) {
            size_t j = i + 1;
            while (j < i + 5 && j < x->nt && (x->t[j].flags & CR_TOK_WORD) && !word_eq(x, j, "as"))
                j++;
            i = j;
        }
        if (!word_eq(x, i, "as"))
            return;
        i++;
        reason = "known as";
    } else if (word_eq(x, i, "aka") || (word_eq(x, i, "a.k.a"))) {
        i++;
        reason = "known as";
    } else {
        /* "which it calls Y", "which Azerbaijan calls Y", "also called Y": a lead word
         * ("which", "also") must have come first. */
        if (i == after)
            return;
        size_t j = i;
        while (j < i + 2 && j < x->nt && (x->t[j].flags & CR_TOK_WORD) && !word_eq(x, j, "calls") &&
               !word_eq(x, j, "called") && !word_eq(x, j, "call"))
            j++;
        if (!word_eq(x, j, "calls") && !word_eq(x, j, "called") && !word_eq(x, j, "call"))
            return;
        i = j + 1;
        reason = "called";
    }
    const cr_ent_cand *b = cand_at(x, i);
    if (!b)
        return;
    /* "JK, also known as Jason King": a person's initials are his, whatever kind they got */
    bool initials = all_caps(a->name) != all_caps(b->name) &&
                    acronym_of(all_caps(a->name) ? a->name : b->name, all_caps(a->name) ? b->name : a->name);
    if ((a->kind == CR_ENT_PERSON) == (b->kind == CR_ENT_PERSON) || initials)
        cr_ent_add_alias(out, seen, a->name, b->name, reason);
}

/* "X [an alternate Armenian name for Y]", "X, another name for Y". */
static void name_for(const actx *x, const cr_ent_cand *a, cr_entities *out, cr_ent_map *seen)
{
    size_t i = a->t1;
    if (punct_is(x, i, ',') || punct_is(x, i, '(') || punct_is(x, i, '['))
        i++;
    if (!(word_eq(x, i, "an") || word_eq(x, i, "a") || word_eq(x, i, "the") || word_eq(x, i, "another")))
        return;
    size_t j = i + 1;
    while (j < i + 6 && j < x->nt && (x->t[j].flags & CR_TOK_WORD) && !word_eq(x, j, "name"))
        j++;
    if (!word_eq(x, j, "name") || !(word_eq(x, j + 1, "for") || word_eq(x, j + 1, "of")))
        return;
    const cr_ent_cand *b = cand_at(x, j + 2);
    if (b && b->kind != CR_ENT_PERSON && a->kind != CR_ENT_PERSON)
        cr_ent_add_alias(out, seen, a->name, b->name, "alternate name");
}

/* How strict_initials() reads a name's small words and a firm's suffix. */
enum { INI_PLAIN, INI_NO_SUFFIX, INI_WITH_OF };

/* The initials of a name of two or more words: each capitalised word's first letter, every
 * letter of a word in capitals ("USA Track & Field" -> "USATF"); small lower-case words and
 * "&" count for nothing. With INI_NO_SUFFIX a firm's closing Corp, Inc, Ltd, Co or plc is
 * left out ("International Business Machines Corp" -> "IBM"); with INI_WITH_OF "of" gives
 * its O ("Department of Transportation" -> "DOT"). 0 if none or one word. */
static size_t strict_initials(const char *name, char *out, size_t cap, int mode)
{
    bool no_suffix = mode == INI_NO_SUFFIX;
    static const char *const suffixes[] = {"co", "corp", "inc", "llc", "ltd", "plc"};
    size_t n = 0, words = 0, last_start = 0;
    bool suffix = false;
    for (const char *p = name; *p;) {
        size_t wl;
        const char *w = next_word(&p, &wl);
        if (!w)
            break;
        if (w[0] < 'A' || w[0] > 'Z') { /* of, and, the, & */
            if (mode == INI_WITH_OF && wl == 2 && w[0] == 'o' && w[1] == 'f' && n + 1 < cap)
                out[n++] = 'O';
            continue;
        }
        bool caps = true;
        for (size_t k = 0; k < wl; k++)
            caps &= !(w[k] >= 'a' && w[k] <= 'z');
        last_start = n;
        words++;
        for (size_t k = 0; k < (caps ? wl : 1) && n + 1 < cap; k++)
            if (w[k] >= 'A' && w[k] <= 'Z')
                out[n++] = w[k];
        if (!*p)
            for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
                if (strlen(suffixes[k]) == wl && strncasecmp(w, suffixes[k], wl) == 0) {
                    suffix = true;
                    if (no_suffix) {
                        n = last_start;
                        words--;
                    }
                }
    }
    out[n] = '\0';
    /* the suffix's letter counts only after two words of the name ("Engelhard Corp" is no EC) */
    return words >= (suffix && !no_suffix ? 3u : 2u) ? n : 0;
}

/* "The Football Association ... the FA", "Internet Explorer ... IE": an acronym the article
 * uses without defining it stands for the one longer name in the article with exactly its
 * initials (not a person's: "GM" is not "George Michael"). Two such names: neither. The
 * library joins undefined acronyms of three letters or more too (entity_resolve.c), but only
 * where no other name in the whole library has those initials; inside one article two
 * letters are enough if the long name came first. */
static void undefined_acronyms(const cr_ent_cand *c, size_t nc, cr_entities *out, cr_ent_map *seen)
{
    const size_t none = (size_t)-1;
    cr_ent_map owner; /* initials -> the first candidate with them, none if two names have them */
    cr_ent_map_init(&owner);
    char ini[32];
    for (size_t j = 0; j < nc; j++) {
        if (c[j].kind == CR_ENT_PERSON || c[j].t1 - c[j].t0 < 2)
            continue;
        for (int mode = INI_PLAIN; mode <= INI_WITH_OF; mode++) {
            size_t n = strict_initials(c[j].name, ini, sizeof ini, mode), prev;
            if (mode == INI_WITH_OF && !strstr(c[j].name, " of "))
                continue;
            if (n < 2 || cr_ent_map_add(&owner, ini, n, j))
                continue;
            if (cr_ent_map_get(&owner, ini, n, &prev) && prev != none && strcmp(c[prev].name, c[j].name) != 0)
                cr_ent_map_set(&owner, ini, n, none);
        }
    }
    for (size_t i = 0; i < nc; i++) {
        const char *a = c[i].name;
        size_t al = strlen(a), j;
        if (c[i].t1 - c[i].t0 != 1 || al < 2 || al > 6 || !all_caps(a))
            continue;
        /* a place's letters (US, NZ, GB) are the gazetteer's to read; a rating (AA, BBB) is
         * one letter over again */
        bool letters = c[i].kind != CR_ENT_PLACE, one_letter = true;
        for (size_t k = 0; k < al; k++) {
            letters &= a[k] >= 'A' && a[k] <= 'Z';
            one_letter &= a[k] == a[0];
        }
        if (!letters || one_letter || !cr_ent_map_get(&owner, a, al, &j) || j == none)
            continue;
        /* two letters are easily met by chance: the long name must come first */
        if (al <= 2 && c[j].start >= c[i].start)
            continue;
        /* Letters that spell "of" too ("BOA" of "Bank of America") are more often something
         * else elsewhere ("British Olympic Association"): the library takes them as a short
         * form, joined only where no article reads them otherwise. */
        char plain[32];
        bool with_of = true;
        for (int mode = INI_PLAIN; mode < INI_WITH_OF && with_of; mode++)
            with_of = strict_initials(c[j].name, plain, sizeof plain, mode) != al || strcmp(plain, a) != 0;
        if (with_of)
            cr_ent_add_alias(out, seen, a, c[j].name, "short form");
        else
            cr_ent_add_alias(out, seen, c[j].name, a, "acronym");
    }
    cr_ent_map_free(&owner);
}

void cr_ent_find_aliases(const char *s, const cr_tok *t, size_t nt, const cr_ent_cand *c,
                         size_t nc, cr_entities *out, cr_ent_map *seen)
{
    actx x = {s, t, nt, c, cr_xmalloc((nt + 1) * sizeof(size_t))};
    for (size_t i = 0; i < nt; i++)
        x.at[i] = (size_t)-1;
    for (size_t i = nc; i-- > 0;)
        if (c[i].t0 < nt && c[i].start == t[c[i].t0].start)
            x.at[c[i].t0] = i;
    for (size_t i = 0; i < nc; i++) {
        /* Only a candidate that ends where its last token ends can be followed by a pattern. */
        if (c[i].end != t[c[i].t1 - 1].start + t[c[i].t1 - 1].len || (t[c[i].t1 - 1].flags & CR_TOK_POSS))
            continue;
        paren(&x, &c[i], out, seen);
        known_as(&x, &c[i], out, seen);
        name_for(&x, &c[i], out, seen);
    }
    undefined_acronyms(c, nc, out, seen);
    free(x.at);
}
