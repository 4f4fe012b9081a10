/* claims_attrib.c - who says a claim: "X said", "according to X", "X reported",
 * "reported by X", "..., said X". The clause around the number is searched first, so in
 * "Separatists said 220 were killed, while Azerbaijan reported 199 dead" each figure gets
 * its own source. */
#include <ctype.h>
#include <string.h>

#include "claims_int.h"
#include "crossread/claims.h"
#include "crossread/util.h"

static const char *const speech_verbs[] = {
    "said", "says", "reported", "reports", "announced", "stated", "told", "added",
    "claimed", "claims", "noted", "wrote", "believes", "suggests", "concluded", "commented",
    "declared", "confirmed", "insisted", "echoes", "assumes", NULL};
/* "are reported to be" is nobody's statement; "have said" is still someone's. */
static const char *const passive_markers[] = {"is", "are", "was", "were", "be", "been",
                                              "being", NULL};
static const char *const clause_words[] = {"while", "and", "but", "that", "when", "as",
                                           "which", "whereas", "after", "before", "if",
                                           "because", "since", "so", "although", "though",
                                           "unless", "where", "who", NULL};

/* Clause boundaries inside a sentence: ", while", "; ", ", whereas", ", but". */
static void clause_around(const char *s, size_t len, size_t pos, size_t *ca, size_t *cb)
{
    static const char *const seps[] = {", while ", "; ", ", whereas ", ", but ", NULL};
    *ca = 0, *cb = len;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ',' && s[i] != ';')
            continue;
        for (int k = 0; seps[k]; k++) {
            size_t n = strlen(seps[k]);
            if (i + n <= len && memcmp(s + i, seps[k], n) == 0) {
                if (i < pos && i + (seps[k][0] == ';' ? 2 : 2) > *ca)
                    *ca = i + 2;
                else if (i >= pos && i < *cb)
                    *cb = i;
            }
        }
    }
}

/* Length of the space (' ' or U+00A0) that ends at s[j], 0 if none. */
static size_t space_before(const char *s, size_t lo, size_t j)
{
    if (j > lo && s[j - 1] == ' ')
        return 1;
    if (j >= lo + 2 && (unsigned char)s[j - 2] == 0xC2 && (unsigned char)s[j - 1] == 0xA0)
        return 2;
    return 0;
}

/* A token ends the name when it carries clause punctuation or quotes. */
static bool stops_at(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '[' ||
            c == ']' || c == '.')
            return true;
        if (c == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            if (d == 0x9C || d == 0x9D || d == 0x98 || d == 0x93 || d == 0x94 || d == 0xA6 ||
                (d == 0x99 && (i + 3 >= b || !isalpha((unsigned char)s[i + 3]))))
                return true; /* curly quotes, dashes, ellipsis; ’ only as a closing quote */
        }
    }
    return false;
}

/* Name words before s[v] back to clause punctuation: [*na, *nb). */
static bool name_before(const char *s, size_t ca, size_t v, size_t *na, size_t *nb)
{
    size_t j = v, words = 0, first = 0, last = 0, k;
    while ((k = space_before(s, ca, j)))
        j -= k;
    last = j;
    bool appositive = false;
    while (j > ca && words < 10) {
        size_t e = j;
        while (j > ca && !space_before(s, ca, j))
            j--;
        if (stops_at(s, j, e) && words == 0 && !appositive && s[e - 1] == ',') {
            /* "Chris Curry, PPI research director, said": the name is before the title */
            size_t c = j;
            while (c > ca && j - c < 80 && s[c - 1] != ',')
                c--;
            if (c > ca && s[c - 1] == ',') {
                j = c - 1;
                last = j;
                appositive = true;
                continue;
            }
        }
        if (stops_at(s, j, e))
            break;
        if (cw_find(s + j, e - j, clause_words) >= 0) {
            if (cw_ieq(s + j, e - j, "and") && words == 0) {
                /* "Separatists capitulated and said": skip "and" and its verb */
                while ((k = space_before(s, ca, j)))
                    j -= k;
                e = j;
                while (j > ca && !space_before(s, ca, j))
                    j--;
                if (stops_at(s, j, e))
                    break;
                while ((k = space_before(s, ca, j)))
                    j -= k;
                last = j;
                continue;
            }
            break;
        }
        first = j;
        words++;
        while ((k = space_before(s, ca, j)))
            j -= k;
    }
    if (!words)
        return false;
    *na = first;
    *nb = last;
    return true;
}

/* Name words after s[v] up to clause punctuation: "according to X, ...". */
static bool name_after(const char *s, size_t cb, size_t v, size_t *na, size_t *nb)
{
    size_t j = v, words = 0, end = v;
    while (j < cb && s[j] == ' ')
        j++;
    size_t start = j;
    while (j < cb && words < 8) {
        size_t b = j;
        while (b < cb && s[b] != ' ')
            b++;
        size_t e = b;
        bool stop = stops_at(s, j, e);
        if (stop) {
            while (e > j && !isalnum((unsigned char)s[e - 1]) && (unsigned char)s[e - 1] < 0x80)
                e--;
            if (e > j && (s[e] == '.' || s[e] == ',' || s[e] == ';' || s[e] == ':'))
                end = e, words++;
            break;
        }
        if (words > 0 && (cw_ieq(s + j, e - j, "on") || cw_ieq(s + j, e - j, "in") ||
                          cw_ieq(s + j, e - j, "that") || cw_ieq(s + j, e - j, "to")))
            break;
        end = e;
        words++;
        j = b;
        while (j < cb && s[j] == ' ')
            j++;
    }
    if (!words)
        return false;
    *na = start;
    *nb = end;
    return true;
}

/* "..., said Ned Price": punctuation before the verb and a capital after it. */
static bool inverted(const char *s, size_t ca, size_t ws, size_t cb, size_t we)
{
    size_t j = ws;
    while (j > ca && s[j - 1] == ' ')
        j--;
    if (j == ca || !stops_at(s, j - 1 - ((unsigned char)s[j - 1] >= 0x80 ? 2 : 0), j))
        return false;
    while (we < cb && s[we] == ' ')
        we++;
    return we < cb && isupper((unsigned char)s[we]);
}

static char *tidy(const char *s, size_t a, size_t b)
{
    while (a < b && !isalnum((unsigned char)s[a]) && (unsigned char)s[a] < 0x80)
        a++;
    static const char *const trailing[] = {"also", "have", "has", "had", "once",
                                           "later", "then", "previously", NULL};
    for (;;) { /* "Campaigners have said", "It also announced" */
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == ','))
            b--;
        size_t w = b;
        while (w > a && s[w - 1] != ' ')
            w--;
        if (w == a || cw_find(s + w, b - w, trailing) < 0)
            break;
        b = w;
    }
    return a < b ? cr_xstrndup(s + a, b - a) : NULL;
}

/* Speech verb attribution inside [ca, cb); the verb nearest to pos wins. */
static char *speech_in(const char *s, size_t ca, size_t cb, size_t pos)
{
    size_t i = ca, ws, we, best_a = 0, best_b = 0, best_d = (size_t)-1;
    while (cw_next_word(s, cb, i, &ws, &we)) {
        i = we;
        if (cw_find(s + ws, we - ws, speech_verbs) < 0)
            continue;
        size_t pa, pb, na, nb;
        if (cw_prev_word(s, ws, &pa, &pb) && pb + 1 >= ws && pa >= ca &&
            cw_find(s + pa, pb - pa, passive_markers) >= 0)
            continue; /* "are reported to be", "it was reported" */
        bool found = name_before(s, ca, ws, &na, &nb);
        if (!found && inverted(s, ca, ws, cb, we)) /* "..., said Ned Price" */
            found = name_after(s, cb, we, &na, &nb);
        if (!found)
            continue;
        size_t d = ws > pos ? ws - pos : pos - ws;
        if (d < best_d)
            best_d = d, best_a = na, best_b = nb;
    }
    return best_d != (size_t)-1 ? tidy(s, best_a, best_b) : NULL;
}

char *cr_attribution(const char *s, size_t len, size_t pos)
{
    size_t ca, cb;
    clause_around(s, len, pos, &ca, &cb);
    for (int pass = 0; pass < 2; pass++) {
        size_t a = pass ? 0 : ca, b = pass ? len : cb;
        for (size_t i = a; i + 11 <= b; i++) {
            char c = (char)(s[i] | 0x20);
            if (c != 'a' && c != 'r' && c != 'e')
                continue;
            static const char *const intros[] = {"according to", "reported by", "estimated by",
                                                 NULL};
            int k = 0;
            while (intros[k] && !cw_starts(s, b, i, intros[k]))
                k++;
            if (intros[k] && (i == 0 || !isalpha((unsigned char)s[i - 1]))) {
                size_t na, nb;
                if (name_after(s, b, i + strlen(intros[k]), &na, &nb))
                    return tidy(s, na, nb);
            }
        }
        char *who = speech_in(s, a, b, pos);
        if (who)
            return who;
    }
    return NULL;
}
