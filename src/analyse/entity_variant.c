/* entity_variant.c - spelling variants of one name: transliteration choices made one way,
 * a consonant skeleton to bucket candidates (so matching never compares all pairs), and a
 * bounded edit distance for typos in long names. */
#include "entity_int.h"

#include <string.h>

static bool word_start(const char *f, size_t i)
{
    return i == 0 || f[i - 1] == ' ' || f[i - 1] == '-';
}

static bool word_end(const char *f, size_t n, size_t i)
{
    return i >= n || f[i] == ' ' || f[i] == '-';
}

static bool at(const char *f, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(f + i, lit, k) == 0;
}

void cr_ent_translit(const char *f, size_t n, cr_buf *out)
{
    out->len = 0;
    cr_buf_reserve(out, n);
    for (size_t i = 0; i < n;) {
        const char *rep = NULL;
        size_t skip = 0;
        if (word_start(f, i) && at(f, n, i, "ye") && i + 2 < n && !word_end(f, n, i + 2))
            rep = "e", skip = 2; /* Yerevan, Erevan */
        else if (at(f, n, i, "dzh"))
            rep = "j", skip = 3;
        else if (at(f, n, i, "kh"))
            rep = "k", skip = 2; /* Khankendi, Khankhendi, Nakhchivan */
        else if (at(f, n, i, "zh"))
            rep = "j", skip = 2;
        else if (at(f, n, i, "th"))
            rep = "t", skip = 2; /* Arthur, Artur */
        else if (at(f, n, i, "ph"))
            rep = "f", skip = 2;
        else if (at(f, n, i, "ck"))
            rep = "k", skip = 2;
        else if (at(f, n, i, "ou"))
            rep = "u", skip = 2;
        else if (at(f, n, i, "iy"))
            rep = "i", skip = 2; /* Aliyev, Aliev */
        else if (at(f, n, i, "ian") && word_end(f, n, i + 3))
            rep = "yan", skip = 3; /* Khachikian, Khachikyan */
        else if (f[i] == 'w')
            rep = "v", skip = 1;
        else if (f[i] == '-')
            rep = " ", skip = 1;
        else if (f[i] == '\'' || f[i] == '.')
            rep = "", skip = 1;
        if (rep) {
            cr_buf_adds(out, rep);
            i += skip;
            continue;
        }
        /* Doubled letters are spelling noise (Hacizade, Haccizade). */
        if (!(out->len && (unsigned char)f[i] < 0x80 && out->data[out->len - 1] == f[i]))
            cr_buf_addc(out, f[i]);
        i++;
    }
}

void cr_ent_skeleton(const char *t, size_t n, cr_buf *out)
{
    out->len = 0;
    cr_buf_reserve(out, n);
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (strchr("aeiouyhw -'.", c))
            continue;
        if (c == 'c' || c == 'q')
            c = 'k';
        if (out->len && out->data[out->len - 1] == c && (unsigned char)c < 0x80)
            continue;
        cr_buf_addc(out, c);
    }
    if (!out->data)
        cr_buf_reserve(out, 1);
    out->data[out->len] = '\0';
}

size_t cr_ent_edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max)
{
    size_t diff = na > nb ? na - nb : nb - na;
    if (diff > max)
        return max + 1;
    if (nb > 126 || na > 126)
        return (na == nb && memcmp(a, b, na) == 0) ? 0 : max + 1;
    size_t row[128], prev[128];
    for (size_t j = 0; j <= nb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= na; i++) {
        row[0] = i;
        size_t best = row[0];
        for (size_t j = 1; j <= nb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = row[j - 1] + 1;
            row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
            if (row[j] < best)
                best = row[j];
        }
        if (best > max)
            return max + 1;
        memcpy(prev, row, (nb + 1) * sizeof *row);
    }
    return prev[nb] > max ? max + 1 : prev[nb];
}

bool cr_ent_close_variants(const char *a, size_t na, const char *b, size_t nb, bool person)
{
    if (na == nb && memcmp(a, b, na) == 0)
        return true;
    if (!na || !nb || a[0] != b[0])
        return false;
    size_t len = na < nb ? na : nb, max;
    if (person)
        max = len >= 10 ? 1 : 0; /* people differ by a letter too often: only long names */
    else
        max = len >= 8 ? 2 : len >= 5 ? 1 : 0;
    return max && cr_ent_edit_distance(a, na, b, nb, max) <= max;
}
