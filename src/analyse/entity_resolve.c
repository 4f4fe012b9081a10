/* entity_resolve.c - library-wide resolution of names into entities with union-find:
 * folded form, gazetteer entry, text aliases, spelling variants (bucketed by skeleton so
 * no pass compares all pairs), unique full names for bare surnames, then the user's merges.
 * Splits keep a name out of every automatic union. */
#include "entity_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)
#define BUCKET_PEERS 8 /* a name is compared with at most this many names of its bucket */

typedef struct {
    size_t *parent;
    bool *alone;
    const cr_name_stat *names;
} uf;

static size_t find(uf *u, size_t i)
{
    while (u->parent[i] != i) {
        u->parent[i] = u->parent[u->parent[i]];
        i = u->parent[i];
    }
    return i;
}

static void join(uf *u, size_t a, size_t b, bool forced)
{
    if (!forced && (u->alone[a] || u->alone[b]))
        return;
    a = find(u, a);
    b = find(u, b);
    if (a == b)
        return;
    /* The root is the name more articles use, so groups stay shallow and stable. */
    if (u->names[b].articles > u->names[a].articles || (u->names[b].articles == u->names[a].articles && b < a)) {
        size_t t = a;
        a = b;
        b = t;
    }
    u->parent[b] = a;
}

typedef struct {
    long articles;
    size_t i;
} by_count;

static int cmp_count(const void *x, const void *y)
{
    const by_count *a = x, *b = y;
    if (a->articles != b->articles)
        return a->articles > b->articles ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static bool kinds_agree(int a, int b)
{
    return a == b || a == CR_ENT_OTHER || b == CR_ENT_OTHER || !a || !b;
}

static size_t lookup(const cr_ent_map *m, cr_buf *tmp, const char *name)
{
    size_t v;
    cr_ent_fold(name, strlen(name), tmp);
    return cr_ent_map_get(m, tmp->data, tmp->len, &v) ? v : NONE;
}

/* Spelling variants: names sharing a skeleton bucket and close in transliterated form.
 * People bucket by initial + surname skeleton and only match people. */
static void join_variants(uf *u, const cr_name_stat *names, size_t n, char **fold, size_t *flen)
{
    by_count *order = cr_xmalloc((n ? n : 1) * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = (by_count){names[i].articles, i};
    qsort(order, n, sizeof *order, cmp_count);
    cr_ent_map bucket;
    cr_ent_map_init(&bucket);
    size_t *next = cr_xmalloc((n ? n : 1) * sizeof *next);
    char **tr = cr_xcalloc(n ? n : 1, sizeof *tr);
    size_t *trl = cr_xcalloc(n ? n : 1, sizeof *trl);
    cr_buf t, k, key;
    cr_buf_init(&t);
    cr_buf_init(&k);
    cr_buf_init(&key);
    for (size_t o = 0; o < n; o++) {
        size_t i = order[o].i;
        next[i] = NONE;
        cr_ent_translit(fold[i], flen[i], &t);
        tr[i] = cr_xstrndup(t.data ? t.data : "", t.len);
        trl[i] = t.len;
        bool person = names[i].kind == CR_ENT_PERSON;
        const char *sp = strrchr(tr[i], ' ');
        if (person && !sp)
            continue; /* bare surnames are handled by join_surnames */
        cr_ent_skeleton(person ? sp + 1 : tr[i], person ? strlen(sp + 1) : trl[i], &k);
        if (k.len < (person ? 2u : 3u))
            continue; /* "UN", "Iran": too short to tell a variant from another name */
        key.len = 0;
        cr_buf_printf(&key, "%c%c|%s", person ? 'P' : 'N', person ? tr[i][0] : ' ', k.data);
        size_t head;
        bool joined = false;
        if (cr_ent_map_get(&bucket, key.data, key.len, &head)) {
            size_t peers = 0;
            for (size_t j = head; j != NONE && peers < BUCKET_PEERS && !joined; j = next[j], peers++) {
                if (!kinds_agree(names[i].kind, names[j].kind))
                    continue;
                if (cr_ent_close_variants(tr[i], trl[i], tr[j], trl[j], person)) {
                    join(u, i, j, false);
                    joined = true;
                }
            }
            if (!joined) {
                next[i] = head;
                cr_ent_map_set(&bucket, key.data, key.len, i);
            }
        } else {
            cr_ent_map_set(&bucket, key.data, key.len, i);
        }
    }
    for (size_t i = 0; i < n; i++)
        free(tr[i]);
    free(tr);
    free(trl);
    free(next);
    free(order);
    cr_ent_map_free(&bucket);
    cr_buf_free(&t);
    cr_buf_free(&k);
    cr_buf_free(&key);
}

/* Key k of map m now also names the group with root r; two groups make it NONE. */
static void own(uf *u, cr_ent_map *m, const char *k, size_t kl, size_t r)
{
    size_t prev;
    if (!cr_ent_map_add(m, k, kl, r) && cr_ent_map_get(m, k, kl, &prev) && prev != NONE && find(u, prev) != r)
        cr_ent_map_set(m, k, kl, NONE);
}

/* A bare surname joins the full name only if exactly one person group in the library
 * carries that surname: two people with one surname are never merged. So does a bare
 * first name that no list knows as a common given name or word ("Elvis" for "Elvis
 * Presley"; not "Tony", nor "Hot" of a "Hot Digital Sales" taken for a person), if it is
 * the first name of one person group and no one's surname, and the gazetteer does not
 * know it as a name of its own, and if fewer articles use it alone than name the person
 * in full: a word used alone more often is something else ("Brent" crude beside a
 * "Brent Cockbain", "Celtic" beside a "Celtic Cup" taken for a person). */
static void join_surnames(uf *u, const cr_gazetteer *g, const cr_name_stat *names, size_t n, char **fold)
{
    cr_ent_map owner; /* surname -> root, or NONE when two groups share it */
    cr_ent_map first; /* first name -> root, or NONE */
    cr_ent_map_init(&owner);
    cr_ent_map_init(&first);
    for (size_t i = 0; i < n; i++) {
        const char *sp = strrchr(fold[i], ' ');
        if (names[i].kind != CR_ENT_PERSON || !sp)
            continue;
        size_t r = find(u, i);
        own(u, &owner, sp + 1, strlen(sp + 1), r);
        own(u, &first, fold[i], (size_t)(strchr(fold[i], ' ') - fold[i]), r);
    }
    for (size_t i = 0; i < n; i++) {
        size_t r, len = strlen(fold[i]);
        if (strchr(fold[i], ' ') || (names[i].kind != CR_ENT_PERSON && names[i].kind != CR_ENT_OTHER))
            continue;
        if (cr_ent_map_get(&owner, fold[i], len, &r)) {
            if (r != NONE)
                join(u, i, r, false);
        } else if (len >= 3 && cr_ent_map_get(&first, fold[i], len, &r) && r != NONE &&
                   names[i].articles <= names[r].articles && !cr_ent_is_given_name(fold[i], len) &&
                   !cr_ent_is_common_word(fold[i], len) && !cr_gazetteer_lookup(g, fold[i], len, NULL, NULL, NULL)) {
            join(u, i, r, false);
        }
    }
    cr_ent_map_free(&owner);
    cr_ent_map_free(&first);
}

/* "DS" alone in one article, where others write "Nintendo DS" and use "DS" for it: a name
 * that articles used as a short form joins the one group it stood for, as a bare surname
 * does; standing for two groups ("United" for two clubs) it joins neither. A name the
 * gazetteer knows is itself ("Manchester", short for "Manchester United" in one report). */
static void join_short_forms(uf *u, const cr_gazetteer *g, const cr_ent_map *byfold, size_t n,
                             const cr_name_pair *pairs, size_t npair)
{
    if (!npair)
        return;
    /* a form already joined to other names has a reading of its own ("BOA", stated for the
     * British Olympic Association, is not "Bank of America" there) */
    size_t *members = cr_xcalloc(n ? n : 1, sizeof *members);
    for (size_t i = 0; i < n; i++)
        members[find(u, i)]++;
    cr_ent_map owner; /* folded short form -> root, or NONE when it stands for two groups */
    cr_ent_map_init(&owner);
    cr_buf tmp;
    cr_buf_init(&tmp);
    for (size_t i = 0; i < npair; i++) {
        size_t b = lookup(byfold, &tmp, pairs[i].b);
        if (b == NONE)
            continue;
        cr_ent_fold(pairs[i].a, strlen(pairs[i].a), &tmp);
        own(u, &owner, tmp.data, tmp.len, find(u, b));
    }
    for (size_t i = 0; i < npair; i++) {
        size_t a = lookup(byfold, &tmp, pairs[i].a), r;
        if (a == NONE || cr_gazetteer_lookup(g, tmp.data, tmp.len, NULL, NULL, NULL))
            continue;
        if (cr_ent_map_get(&owner, tmp.data, tmp.len, &r) && r != NONE && members[find(u, a)] == 1)
            join(u, a, r, false);
    }
    free(members);
    cr_ent_map_free(&owner);
    cr_buf_free(&tmp);
}

/* "UN News" and "United Nations News": names that agree once each word the gazetteer knows
 * is replaced by its canonical form. */
static void join_expanded(uf *u, const cr_gazetteer *g, size_t n, char **fold)
{
    cr_ent_map seen;
    cr_ent_map_init(&seen);
    cr_buf key, w;
    cr_buf_init(&key);
    cr_buf_init(&w);
    for (size_t i = 0; i < n && g; i++) {
        if (!strchr(fold[i], ' '))
            continue;
        key.len = 0;
        for (const char *p = fold[i]; *p;) {
            const char *e = strchr(p, ' ');
            size_t wl = e ? (size_t)(e - p) : strlen(p);
            const char *canon;
            if (key.len)
                cr_buf_addc(&key, ' ');
            if (cr_gazetteer_lookup(g, p, wl, NULL, NULL, &canon)) {
                cr_ent_fold(canon, strlen(canon), &w);
                cr_buf_add(&key, w.data, w.len);
            } else {
                cr_buf_add(&key, p, wl);
            }
            p = e ? e + 1 : p + wl;
        }
        size_t first;
        if (!cr_ent_map_add(&seen, key.data, key.len, i) && cr_ent_map_get(&seen, key.data, key.len, &first))
            join(u, i, first, false);
    }
    cr_ent_map_free(&seen);
    cr_buf_free(&key);
    cr_buf_free(&w);
}

/* "K Mart Corp" and "K Mart", "Vontobel Holding AG" and "Vontobel Holding": a company's
 * name with and without its legal suffix is one company (not a person or a place). */
static void join_company_suffix(uf *u, const cr_name_stat *names, size_t n, char **fold, const cr_ent_map *byfold)
{
    static const char *const suffixes[] = {" corp", " corporation", " inc", " incorporated", " ltd",
                                           " limited", " plc", " co", " llc", " ag", " sa", " nv",
                                           " gmbh", " holdings", ".com", ".co.uk", ".net",
                                           ".org"}; /* "Shadowcrew.com" is Shadowcrew */
    for (size_t i = 0; i < n; i++) {
        if (names[i].kind == CR_ENT_PERSON || names[i].kind == CR_ENT_PLACE)
            continue;
        size_t len = strlen(fold[i]);
        for (bool cut = true; cut;) {
            cut = false;
            for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes && !cut; k++) {
                size_t sl = strlen(suffixes[k]);
                if (len > sl + 1 && memcmp(fold[i] + len - sl, suffixes[k], sl) == 0) {
                    len -= sl;
                    cut = true;
                }
            }
            size_t j;
            if (cut && cr_ent_map_get(byfold, fold[i], len, &j) && names[j].kind != CR_ENT_PERSON &&
                names[j].kind != CR_ENT_PLACE) {
                join(u, i, j, false);
                break;
            }
        }
    }
}

/* Initials of a name's capitalised words ("Monetary Policy Committee" -> "MPC"), skipping
 * small lower-case words; 0 if the name is one word or has none. */
static size_t initials(const char *name, char *out, size_t cap)
{
    size_t n = 0, words = 0;
    for (const char *p = name; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        words++;
        if (*p >= 'A' && *p <= 'Z' && n + 1 < cap)
            out[n++] = *p;
        /* "National Hi-Tech Crime Unit" is the NHTCU: each part of a hyphenated word counts. */
        for (; *p && *p != ' '; p++)
            if (*p == '-' && p[1] >= 'A' && p[1] <= 'Z' && n + 1 < cap)
                out[n++] = p[1];
    }
    out[n] = '\0';
    return words >= 3 ? n : 0;
}

/* "NAO" and "National Audit Office" in a library where no other name of three or more words
 * has those initials: an acronym used without being defined. */
static void join_acronyms(uf *u, const cr_name_stat *names, size_t n)
{
    cr_ent_map owner; /* initials -> root, or NONE when two groups share them */
    cr_ent_map_init(&owner);
    char ini[32];
    for (size_t i = 0; i < n; i++) {
        if (names[i].kind == CR_ENT_PERSON)
            continue;
        size_t k = initials(names[i].name, ini, sizeof ini);
        if (k >= 3)
            own(u, &owner, ini, k, find(u, i));
    }
    for (size_t i = 0; i < n; i++) {
        const char *s = names[i].name;
        size_t len = strlen(s), r;
        bool caps = len >= 3 && len < sizeof ini;
        for (size_t k = 0; k < len && caps; k++)
            caps = s[k] >= 'A' && s[k] <= 'Z';
        if (caps && cr_ent_map_get(&owner, s, len, &r) && r != NONE)
            join(u, i, r, false);
    }
    cr_ent_map_free(&owner);
}

static bool better_name(const cr_name_stat *names, size_t a, size_t b)
{
    if (names[a].articles != names[b].articles)
        return names[a].articles > names[b].articles;
    size_t la = strlen(names[a].name), lb = strlen(names[b].name);
    if (la != lb)
        return la > lb;
    return strcmp(names[a].name, names[b].name) < 0;
}

void cr_entities_resolve(const cr_gazetteer *g, const cr_name_stat *names, size_t n,
                         const cr_name_pair *aliases, size_t nalias,
                         const cr_name_pair *short_forms, size_t nshort,
                         const cr_name_pair *merges, size_t nmerge,
                         const char *const *splits, size_t nsplit, size_t *group_of,
                         size_t *canonical_of_group, int *kind_of_group)
{
    size_t cnt = n ? n : 1;
    uf u = {cr_xmalloc(cnt * sizeof(size_t)), cr_xcalloc(cnt, sizeof(bool)), names};
    char **fold = cr_xmalloc(cnt * sizeof *fold);
    size_t *flen = cr_xmalloc(cnt * sizeof *flen);
    size_t *gaz_entry = cr_xmalloc(cnt * sizeof *gaz_entry);
    cr_buf tmp;
    cr_buf_init(&tmp);
    cr_ent_map byfold, split, entry_first;
    cr_ent_map_init(&byfold);
    cr_ent_map_init(&split);
    cr_ent_map_init(&entry_first);
    for (size_t i = 0; i < nsplit; i++) {
        cr_ent_fold(splits[i], strlen(splits[i]), &tmp);
        cr_ent_map_set(&split, tmp.data, tmp.len, 1);
    }
    for (size_t i = 0; i < n; i++) {
        u.parent[i] = i;
        cr_ent_fold(names[i].name, strlen(names[i].name), &tmp);
        fold[i] = cr_xstrndup(tmp.data ? tmp.data : "", tmp.len);
        flen[i] = tmp.len;
        u.alone[i] = cr_ent_map_get(&split, fold[i], flen[i], NULL);
    }
    for (size_t i = 0; i < n; i++) {
        size_t first;
        if (!cr_ent_map_add(&byfold, fold[i], flen[i], i) && cr_ent_map_get(&byfold, fold[i], flen[i], &first))
            join(&u, i, first, false);
        gaz_entry[i] = NONE;
        size_t e;
        if (cr_gazetteer_lookup(g, fold[i], flen[i], &e, NULL, NULL)) {
            gaz_entry[i] = e;
            char key[24];
            int kl = snprintf(key, sizeof key, "%zu", e);
            if (!cr_ent_map_add(&entry_first, key, (size_t)kl, i) &&
                cr_ent_map_get(&entry_first, key, (size_t)kl, &first))
                join(&u, i, first, false);
        }
    }
    for (size_t i = 0; i < nalias; i++) {
        size_t a = lookup(&byfold, &tmp, aliases[i].a), b = lookup(&byfold, &tmp, aliases[i].b);
        if (a != NONE && b != NONE)
            join(&u, a, b, false);
    }
    join_expanded(&u, g, n, fold);
    join_variants(&u, names, n, fold, flen);
    join_surnames(&u, g, names, n, fold);
    join_acronyms(&u, names, n);
    join_company_suffix(&u, names, n, fold, &byfold);
    join_short_forms(&u, g, &byfold, n, short_forms, nshort);
    for (size_t i = 0; i < nmerge; i++) {
        size_t a = lookup(&byfold, &tmp, merges[i].a), b = lookup(&byfold, &tmp, merges[i].b);
        if (a != NONE && b != NONE)
            join(&u, a, b, true);
    }
    /* Canonical name: the gazetteer's own name if the group uses it, else the name most
     * articles use. Kind: the gazetteer's, else the kind most articles give. */
    long *votes = cr_xcalloc(cnt * 6, sizeof *votes);
    size_t *gaz_canon = cr_xmalloc(cnt * sizeof *gaz_canon);
    for (size_t i = 0; i < n; i++) {
        canonical_of_group[i] = NONE;
        gaz_canon[i] = NONE;
        if (kind_of_group)
            kind_of_group[i] = 0;
    }
    for (size_t i = 0; i < n; i++) {
        size_t r = find(&u, i);
        group_of[i] = r;
        if (canonical_of_group[r] == NONE || better_name(names, i, canonical_of_group[r]))
            canonical_of_group[r] = i;
        int k = names[i].kind >= CR_ENT_PERSON && names[i].kind <= CR_ENT_OTHER ? names[i].kind : CR_ENT_OTHER;
        votes[r * 6 + (size_t)k] += names[i].articles > 0 ? names[i].articles : 1;
        if (gaz_entry[i] != NONE) {
            const char *canon;
            int gk;
            size_t e;
            cr_gazetteer_lookup(g, fold[i], flen[i], &e, &gk, &canon);
            votes[r * 6] = gk; /* slot 0 holds the gazetteer's kind */
            cr_ent_fold(canon, strlen(canon), &tmp);
            if (tmp.len == flen[i] && memcmp(tmp.data, fold[i], flen[i]) == 0 &&
                (gaz_canon[r] == NONE || better_name(names, i, gaz_canon[r])))
                gaz_canon[r] = i;
        }
    }
    for (size_t r = 0; r < n; r++) {
        if (canonical_of_group[r] == NONE)
            continue;
        if (gaz_canon[r] != NONE)
            canonical_of_group[r] = gaz_canon[r];
        if (!kind_of_group)
            continue;
        int best = CR_ENT_OTHER;
        long most = 0;
        for (int k = CR_ENT_PERSON; k < CR_ENT_OTHER; k++)
            if (votes[r * 6 + (size_t)k] > most) {
                most = votes[r * 6 + (size_t)k];
                best = k;
            }
        kind_of_group[r] = votes[r * 6] ? (int)votes[r * 6] : best;
    }
    for (size_t i = 0; i < n; i++)
        free(fold[i]);
    free(fold);
    free(flen);
    free(gaz_entry);
    free(gaz_canon);
    free(votes);
    free(u.parent);
    free(u.alone);
    cr_buf_free(&tmp);
    cr_ent_map_free(&byfold);
    cr_ent_map_free(&split);
    cr_ent_map_free(&entry_first);
}
