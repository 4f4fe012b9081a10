/* entity_extract.c - finds the names in one article: capitalised runs joined by connectors
 * become chunks; stop words, calendar words and nationality adjectives are trimmed; title
 * cues split a person's name from its title; the gazetteer and head words give kinds; a
 * bare surname takes the full name the article uses for it. Linear in the text. */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>

/* Longest run of words tried against the gazetteer inside a chunk: keeps long chunks linear. */
#define MAX_GAZ_WORDS 8

typedef struct {
    const cr_gazetteer *g;
    const char *s;
    cr_tok *t;
    size_t nt;
    size_t *fo, *fl; /* each token's folded form: ftext.data + fo[i], fl[i] bytes */
    unsigned *wc;    /* each token's word_class(), 0 until asked */
    cr_buf ftext;
    cr_buf tmp, tmp2;
    cr_ent_cand *c;
    size_t nc, cap;
    bool *tentative;  /* per candidate: a lone sentence-initial word, kept only if confirmed */
    size_t line_start, line_end; /* the line title_line() judged last */
    bool line_title;
} ctx;

static const char *tf(const ctx *x, size_t i)
{
    return x->ftext.data + x->fo[i];
}

/* What the word lists say about a word, looked up once per token and kept. */
enum {
    W_DONE = 1 << 0,
    W_STOP = 1 << 1,
    W_CAL = 1 << 2,
    W_DEM = 1 << 3,
    W_CONN = 1 << 4,
    W_CUE = 1 << 5,
    W_MOD = 1 << 6,
    W_GAZ = 1 << 7,
    W_HEAD_SHIFT = 8, /* three bits: the head word's kind */
};

static unsigned word_class(const ctx *x, size_t i)
{
    if (!(x->t[i].flags & CR_TOK_WORD))
        return W_DONE;
    if (x->wc[i])
        return x->wc[i];
    const char *f = tf(x, i);
    size_t n = x->fl[i];
    unsigned w = W_DONE;
    w |= cr_ent_is_stop(f, n) ? W_STOP : 0;
    w |= cr_ent_is_calendar(f, n) ? W_CAL : 0;
    w |= cr_ent_is_demonym(f, n) ? W_DEM : 0;
    w |= cr_ent_is_connector(f, n) ? W_CONN : 0;
    w |= cr_ent_is_cue(f, n) ? W_CUE : 0;
    w |= cr_ent_is_cue_modifier(f, n) ? W_MOD : 0;
    w |= cr_gazetteer_lookup(x->g, f, n, NULL, NULL, NULL) ? W_GAZ : 0;
    w |= (unsigned)cr_ent_head_kind(f, n) << W_HEAD_SHIFT;
    x->wc[i] = w;
    return w;
}

static bool tok_is(const ctx *x, size_t i, unsigned bit)
{
    return (word_class(x, i) & bit) != 0;
}

static int head_of(const ctx *x, size_t i)
{
    return (int)((word_class(x, i) >> W_HEAD_SHIFT) & 7);
}

static bool is_word(const ctx *x, size_t i)
{
    return i < x->nt && (x->t[i].flags & CR_TOK_WORD);
}

static bool is_cap(const ctx *x, size_t i)
{
    return is_word(x, i) && (x->t[i].flags & CR_TOK_CAP);
}

/* Folded text of tokens [a, b) joined by single spaces (hyphenated words stay whole). */
static void fold_range(const ctx *x, size_t a, size_t b, cr_buf *out)
{
    out->len = 0;
    for (size_t i = a; i < b; i++) {
        if (!(x->t[i].flags & CR_TOK_WORD))
            continue;
        if (out->len)
            cr_buf_addc(out, ' ');
        cr_buf_add(out, tf(x, i), x->fl[i]);
    }
    cr_buf_reserve(out, 1);
    out->data[out->len] = '\0';
}

static bool gaz(const ctx *x, const char *f, size_t n, int *kind)
{
    return cr_gazetteer_lookup(x->g, f, n, NULL, kind, NULL);
}

static bool tok_gaz(const ctx *x, size_t i)
{
    return tok_is(x, i, W_GAZ);
}

/* "ByPatrick Reevell": a byline glued to the name. */
static size_t byline_skip(const ctx *x, size_t i)
{
    const char *w = x->s + x->t[i].start;
    return (x->t[i].len > 3 && w[0] == 'B' && w[1] == 'y' && w[2] >= 'A' && w[2] <= 'Z') ? 2 : 0;
}

/* Tokens [a, b) as written, whitespace collapsed; as a name (not a surface), a trailing
 * lower-case head is capitalised ("Lachin corridor" names "Lachin Corridor"). */
static char *display(const ctx *x, size_t a, size_t b, bool as_name)
{
    cr_buf o;
    cr_buf_init(&o);
    size_t from = x->t[a].start + byline_skip(x, a);
    size_t to = x->t[b - 1].start + x->t[b - 1].len;
    bool space = false;
    for (size_t i = from; i < to; i++) {
        char ch = x->s[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            space = true;
            continue;
        }
        if (space)
            cr_buf_addc(&o, ' ');
        space = false;
        if (as_name && i == x->t[b - 1].start && !(x->t[b - 1].flags & CR_TOK_CAP) && ch >= 'a' && ch <= 'z' &&
            cr_ent_is_lower_head(tf(x, b - 1), x->fl[b - 1]))
            ch = (char)(ch - 32);
        cr_buf_addc(&o, ch);
    }
    return cr_buf_steal(&o);
}

static void emit(ctx *x, size_t a, size_t b, int kind, const char *reason, char *owned, bool cue,
                 bool tentative)
{
    if (x->nc == x->cap) {
        x->cap = x->cap ? x->cap * 2 : 32;
        x->c = cr_xrealloc(x->c, x->cap * sizeof *x->c);
        x->tentative = cr_xrealloc(x->tentative, x->cap * sizeof *x->tentative);
    }
    cr_ent_cand *c = &x->c[x->nc];
    x->tentative[x->nc++] = tentative;
    memset(c, 0, sizeof *c);
    c->t0 = a;
    c->t1 = b;
    c->start = x->t[a].start + byline_skip(x, a);
    c->end = x->t[b - 1].start + x->t[b - 1].len;
    c->kind = kind;
    c->reason = owned ? owned : reason;
    c->reason_owned = owned;
    c->cue = cue;
    c->name = display(x, a, b, true);
    cr_ent_fold(c->name, strlen(c->name), &x->tmp);
    c->folded = cr_xstrndup(x->tmp.data, x->tmp.len);
}

static int head_kind_of(const ctx *x, size_t a, size_t b, size_t *head)
{
    int k = tok_is(x, b - 1, W_CONN) ? 0 : head_of(x, b - 1);
    if (k) {
        *head = b - 1;
        return k;
    }
    for (size_t i = a; i < b; i++)
        if ((k = head_of(x, i)) && !tok_is(x, i, W_CONN)) {
            *head = i;
            return k;
        }
    return 0;
}

#define NO_CUE ((size_t)-1)

static void chunk(ctx *x, size_t a, size_t b, size_t cue);

/* A hyphenated word made of known names ("Shusha-Lachin", "Russian-Azerbaijani") names
 * each part, not one thing. Returns true if it handled the word. */
static bool split_hyphenated(ctx *x, size_t i)
{
    const char *f = tf(x, i);
    size_t n = x->fl[i], parts = 0, known = 0;
    for (size_t p = 0; p <= n;) {
        const char *h = memchr(f + p, '-', n - p);
        size_t e = h ? (size_t)(h - f) : n;
        parts++;
        if (gaz(x, f + p, e - p, NULL) || cr_ent_is_demonym(f + p, e - p))
            known++;
        p = e + 1;
    }
    if (parts < 2 || known < parts)
        return false;
    /* Emit each known place as its own mention; parts share the token, so spell them out. */
    size_t off = 0;
    const char *w = x->s + x->t[i].start;
    for (size_t p = 0; p <= n;) {
        const char *h = memchr(f + p, '-', n - p);
        size_t e = h ? (size_t)(h - f) : n;
        int kind;
        const char *wh = memchr(w + off, '-', x->t[i].len - off);
        size_t we = wh ? (size_t)(wh - w) : x->t[i].len;
        if (gaz(x, f + p, e - p, &kind) && !cr_ent_is_demonym(f + p, e - p)) {
            if (x->nc == x->cap) {
                x->cap = x->cap ? x->cap * 2 : 32;
                x->c = cr_xrealloc(x->c, x->cap * sizeof *x->c);
                x->tentative = cr_xrealloc(x->tentative, x->cap * sizeof *x->tentative);
            }
            cr_ent_cand *c = &x->c[x->nc];
            x->tentative[x->nc++] = false;
            memset(c, 0, sizeof *c);
            c->t0 = i;
            c->t1 = i + 1;
            c->start = x->t[i].start + off;
            c->end = x->t[i].start + we;
            c->kind = kind;
            c->reason = "gazetteer (hyphenated pair)";
            c->name = cr_xstrndup(w + off, we - off);
            c->folded = cr_xstrndup(f + p, e - p);
        }
        off = we + 1;
        p = e + 1;
    }
    return true;
}

/* A chunk whose words are all known names ("UN Karabakh") is several names. */
static bool split_known(ctx *x, size_t a, size_t b)
{
    size_t segs = 0;
    for (size_t i = a; i < b;) {
        size_t best = 0;
        for (size_t j = i + MAX_GAZ_WORDS < b ? i + MAX_GAZ_WORDS : b; j > i; j--) {
            fold_range(x, i, j, &x->tmp2);
            if (gaz(x, x->tmp2.data, x->tmp2.len, NULL) ||
                (j == i + 1 && cr_ent_is_demonym(tf(x, i), x->fl[i]))) {
                best = j;
                break;
            }
        }
        if (!best)
            return false;
        segs++;
        i = best;
    }
    if (segs < 2)
        return false;
    for (size_t i = a; i < b;) {
        for (size_t j = i + MAX_GAZ_WORDS < b ? i + MAX_GAZ_WORDS : b; j > i; j--) {
            fold_range(x, i, j, &x->tmp2);
            int kind;
            if (gaz(x, x->tmp2.data, x->tmp2.len, &kind)) {
                emit(x, i, j, kind, "gazetteer", NULL, false, false);
                i = j;
                break;
            }
            if (j == i + 1) {
                i = j; /* a nationality adjective */
                break;
            }
        }
    }
    return true;
}

/* Splits off a title cue: "Azerbaijani President Ilham Aliyev" -> PERSON "Ilham Aliyev".
 * Returns true if the chunk held a cue followed by a name, or only a title. */
static bool split_cue(ctx *x, size_t a, size_t b)
{
    size_t c = b;
    for (size_t i = b; i-- > a;)
        if (tok_is(x, i, W_CUE) && !tok_is(x, i, W_CONN)) {
            c = i;
            break;
        }
    if (c == b)
        return false;
    /* "General Assembly": a title word inside an organisation's name. */
    if (c + 1 < b && head_of(x, c + 1))
        return false;
    size_t cs = c;
    while (cs > a && (tok_is(x, cs - 1, W_CUE) || tok_is(x, cs - 1, W_MOD)))
        cs--;
    size_t s = b;
    while (s > c + 1) {
        size_t i = s - 1;
        if (tok_is(x, i, W_CUE) || tok_is(x, i, W_CONN) || !is_cap(x, i) ||
            tok_is(x, i, W_DEM) || head_of(x, i) ||
            tok_gaz(x, i) || (x->t[i].flags & CR_TOK_ALLCAPS))
            break;
        s = i;
    }
    /* "Ambassador for Special Assignments", "Secretary of State for the Family": no name
     * follows a title that goes on with "for" or with connectors alone. */
    bool title_goes_on = s > c + 1, has_for = false;
    for (size_t i = c + 1; i < s; i++) {
        has_for |= x->fl[i] == 3 && memcmp(tf(x, i), "for", 3) == 0;
        title_goes_on &= tok_is(x, i, W_CONN) || tok_is(x, i, W_STOP);
    }
    title_goes_on |= has_for;
    if (cs > a)
        chunk(x, a, cs, NO_CUE);
    if (title_goes_on)
        return true;
    if (s + 1 == b && x->t[s].len == 1)
        return true; /* "Mr P.": an initial alone names no one we can cross-reference */
    if (s < b && b - s <= 4) {
        cr_buf r;
        cr_buf_init(&r);
        cr_buf_adds(&r, "title cue: ");
        size_t from = x->t[cs].start, to = x->t[c].start + x->t[c].len;
        bool sp = false;
        for (size_t i = from; i < to; i++) {
            char ch = x->s[i];
            if (ch == ' ' || ch == '\n') {
                sp = true;
                continue;
            }
            if (sp)
                cr_buf_addc(&r, ' ');
            sp = false;
            cr_buf_addc(&r, ch);
        }
        if (s > c + 1)
            chunk(x, c + 1, s, NO_CUE); /* "of Russia" in "Defense Minister of Russia X" */
        emit(x, s, b, CR_ENT_PERSON, NULL, cr_buf_steal(&r), true, false);
    } else if (c + 1 < b) {
        chunk(x, c + 1, b, NO_CUE);
    }
    return true;
}

/* "in Manchester", "near Goris": an unknown word after these is a place far more often than
 * not (people are "with", "by", "to" someone; "in" a person's view comes with 's). */
static bool place_preposition(const ctx *x, size_t a)
{
    static const char *const preps[] = {"in", "near", "outside", "across"};
    if (a == 0 || !is_word(x, a - 1) || (x->t[a - 1].flags & CR_TOK_CAP) || (x->t[a].flags & CR_TOK_POSS))
        return false;
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (x->fl[a - 1] == strlen(preps[k]) && memcmp(tf(x, a - 1), preps[k], x->fl[a - 1]) == 0)
            return true;
    return false;
}

/* A plain name word: capitalised, not known, not a title, head, connector or adjective. */
static bool name_word(const ctx *x, size_t i)
{
    return is_cap(x, i) && !(x->t[i].flags & (CR_TOK_ALLCAPS | CR_TOK_NUM)) && !tok_gaz(x, i) &&
           !tok_is(x, i, W_CUE) && !tok_is(x, i, W_CONN) &&
           !tok_is(x, i, W_DEM) && !head_of(x, i);
}

/* "Canada Ara Papyan", "Stanford University Arthur Khachikian": a known name or an
 * organisation run together with the person named after it. */
static bool split_person_tail(ctx *x, size_t a, size_t b)
{
    if (b - a < 3)
        return false;
    size_t s = b;
    while (s > a && name_word(x, s - 1) && !(x->t[s - 1].flags & CR_TOK_SENT))
        s--;
    if (s == a || b - s < 2 || b - s > 3)
        return false;
    fold_range(x, a, s, &x->tmp2);
    bool known = gaz(x, x->tmp2.data, x->tmp2.len, NULL);
    if (!known && !head_of(x, s - 1))
        return false;
    chunk(x, a, s, NO_CUE);
    emit(x, s, b, CR_ENT_PERSON, "name shape: capitalised words", NULL, false, false);
    return true;
}

/* "Theresa May": a month that is also a surname, after a given name at the end of a chunk. */
static bool surname_month(const ctx *x, size_t a, size_t b, size_t i)
{
    static const char *const months[] = {"may", "june", "march", "august"};
    if (i + 1 != b || i == a || !name_word(x, i - 1) || (x->t[i - 1].flags & CR_TOK_SENT))
        return false;
    for (size_t k = 0; k < sizeof months / sizeof *months; k++)
        if (x->fl[i] == strlen(months[k]) && memcmp(tf(x, i), months[k], x->fl[i]) == 0)
            return true;
    return false;
}

static void chunk(ctx *x, size_t a, size_t b, size_t cue)
{
    /* Leading stop words and connectors, trailing connectors and nationality adjectives. */
    while (a < b && (!is_word(x, a) || (tok_is(x, a, W_STOP) && !(tok_is(x, a, W_CONN) && is_cap(x, a))) ||
                     (tok_is(x, a, W_CONN) && !is_cap(x, a)) || tok_is(x, a, W_CAL)))
        a++;
    while (b > a && (!is_word(x, b - 1) || tok_is(x, b - 1, W_CONN) ||
                     tok_is(x, b - 1, W_DEM) ||
                     (tok_is(x, b - 1, W_STOP) && !(x->t[b - 1].flags & CR_TOK_CAP))))
        b--;
    if (a >= b)
        return;
    for (size_t i = a; i < b; i++)
        if (tok_is(x, i, W_CAL) && !surname_month(x, a, b, i)) {
            chunk(x, a, i, cue);
            chunk(x, i + 1, b, NO_CUE);
            return;
        }
    /* "Abandoning Armenia": a sentence opening with a verb in -ing. */
    if ((x->t[a].flags & CR_TOK_SENT) && x->fl[a] > 5 && memcmp(tf(x, a) + x->fl[a] - 3, "ing", 3) == 0 &&
        !tok_gaz(x, a)) {
        chunk(x, a + 1, b, NO_CUE);
        return;
    }
    /* Dotted capitals ("A.D.") name nothing unless the gazetteer knows them (U.S.). */
    if (b - a == 1 && memchr(x->s + x->t[a].start, '.', x->t[a].len) && !tok_gaz(x, a))
        return;
    /* A run of capitals ("FROM AFP NEWS"): only its known names. */
    size_t nallcaps = 0;
    for (size_t i = a; i < b; i++)
        nallcaps += (x->t[i].flags & CR_TOK_ALLCAPS) != 0;
    if (b - a >= 2 && nallcaps == b - a) {
        fold_range(x, a, b, &x->tmp2);
        int k;
        if (gaz(x, x->tmp2.data, x->tmp2.len, &k)) {
            emit(x, a, b, k, "gazetteer", NULL, false, false);
            return;
        }
        for (size_t i = a; i < b; i++)
            if (gaz(x, tf(x, i), x->fl[i], &k))
                emit(x, i, i + 1, k, "gazetteer", NULL, false, false);
        return;
    }
    size_t caps = 0;
    for (size_t i = a; i < b; i++)
        caps += (x->t[i].flags & CR_TOK_ALLCAPS) != 0;
    if (caps >= 3 && caps == b - a)
        return; /* a shouted heading, not a name */
    fold_range(x, a, b, &x->tmp);
    int kind;
    if (gaz(x, x->tmp.data, x->tmp.len, &kind)) {
        emit(x, a, b, kind, "gazetteer", NULL, false, false);
        return;
    }
    if (b - a == 1 && tok_is(x, a, W_DEM))
        return;
    /* "Palestinian West Bank": the adjective is not part of a known name. */
    if (tok_is(x, a, W_DEM)) {
        fold_range(x, a + 1, b, &x->tmp2);
        if (gaz(x, x->tmp2.data, x->tmp2.len, NULL)) {
            chunk(x, a + 1, b, NO_CUE);
            return;
        }
    }
    /* "Armenians of Karabakh", "Closure of the Lachin Corridor", "Allies Turkey": a leading
     * nationality, or a sentence's common first word, before a known name is not part of it. */
    if (b - a >= 2 && !tok_gaz(x, a) && !head_of(x, a) && !tok_is(x, a, W_CUE) &&
        (tok_is(x, a, W_DEM) || (x->t[a].flags & CR_TOK_SENT))) {
        size_t r = a + 1;
        while (r < b && (tok_is(x, r, W_CONN) || (x->fl[r] == 3 && memcmp(tf(x, r), "the", 3) == 0)))
            r++;
        fold_range(x, r, b, &x->tmp2);
        if (r < b && (r > a + 1 || gaz(x, x->tmp2.data, x->tmp2.len, NULL))) {
            chunk(x, r, b, NO_CUE);
            return;
        }
    }
    if (cr_ent_boilerplate_prefix(x->tmp.data, x->tmp.len) == x->tmp.len)
        return;
    if (split_cue(x, a, b))
        return;
    if (split_person_tail(x, a, b))
        return;
    if (b - a == 1 && (x->t[a].flags & CR_TOK_HYPH) && split_hyphenated(x, a))
        return;
    if (b - a >= 2 && split_known(x, a, b))
        return;
    bool all_mod = true;
    for (size_t i = a; i < b && all_mod; i++)
        all_mod = tok_is(x, i, W_MOD) || tok_is(x, i, W_CONN);
    if (all_mod)
        return; /* "Trade and Industry" left over from a title */
    size_t head;
    int hk = head_kind_of(x, a, b, &head);
    if (cue != NO_CUE && !hk && b - a <= 4) {
        cr_buf r;
        cr_buf_init(&r);
        cr_buf_printf(&r, "title cue: %.*s", (int)x->t[cue].len, x->s + x->t[cue].start);
        emit(x, a, b, CR_ENT_PERSON, NULL, cr_buf_steal(&r), true, false);
        return;
    }
    if (hk) {
        cr_buf r;
        cr_buf_init(&r);
        cr_buf_printf(&r, "head word: %.*s", (int)x->t[head].len, x->s + x->t[head].start);
        emit(x, a, b, hk, NULL, cr_buf_steal(&r), false, false);
        return;
    }
    for (size_t i = a + 1; i + 1 < b; i++)
        if (tok_is(x, i, W_CONN) && !(x->t[i].flags & CR_TOK_CAP)) {
            cr_buf r;
            cr_buf_init(&r);
            cr_buf_printf(&r, "connector: %.*s", (int)x->t[i].len, x->s + x->t[i].start);
            emit(x, a, b, CR_ENT_ORG, NULL, cr_buf_steal(&r), false, false);
            return;
        }
    if (b - a == 1) {
        const cr_tok *w = &x->t[a];
        if ((w->flags & CR_TOK_ALLCAPS) && w->len > 6)
            return; /* a shouted word ("RECASTS") */
        bool lone = (w->flags & CR_TOK_SENT) != 0;
        if (cr_ent_surname_shape(tf(x, a), x->fl[a]))
            emit(x, a, b, CR_ENT_PERSON, "name shape: surname ending", NULL, false, lone);
        else if (w->flags & CR_TOK_ALLCAPS)
            emit(x, a, b, CR_ENT_ORG, "acronym", NULL, false, false);
        else
            emit(x, a, b, place_preposition(x, a) ? CR_ENT_PLACE : CR_ENT_OTHER,
                 place_preposition(x, a) ? "preposition: in" : "capitalised word", NULL, false, lone);
        return;
    }
    bool person = b - a <= 3;
    for (size_t i = a; i < b && person; i++)
        person = !(x->t[i].flags & (CR_TOK_ALLCAPS | CR_TOK_NUM)) && !tok_gaz(x, i) &&
                 !tok_is(x, i, W_DEM) && !tok_is(x, i, W_CONN);
    if (person)
        emit(x, a, b, CR_ENT_PERSON, "name shape: capitalised words", NULL, false, false);
    else
        emit(x, a, b, CR_ENT_OTHER, "capitalised words", NULL, false, false);
}

/* Skips a boilerplate line ("Related article: ...") that the spans did not mark. */
static size_t boilerplate_end(ctx *x, size_t i)
{
    size_t ls = i; /* the line's first token: "[Read on ...", "**Related article:**" */
    while (ls > 0 && !(x->t[ls].flags & (CR_TOK_NL | CR_TOK_BREAK)) && !is_word(x, ls - 1))
        ls--;
    if (!(x->t[ls].flags & (CR_TOK_NL | CR_TOK_BREAK)) && ls > 0)
        return i;
    cr_buf *b = &x->tmp2;
    b->len = 0;
    for (size_t j = i; j < x->nt && j < i + 8; j++) {
        if (j > i && (x->t[j].flags & CR_TOK_NL))
            break;
        if (x->t[j].flags & CR_TOK_WORD) {
            if (b->len)
                cr_buf_addc(b, ' ');
            cr_buf_add(b, tf(x, j), x->fl[j]);
        } else if (x->t[j].cp == ':') {
            cr_buf_addc(b, ':');
        }
    }
    if (!b->len || !cr_ent_boilerplate_prefix(b->data, b->len))
        return i;
    size_t j = i + 1;
    while (j < x->nt && !(x->t[j].flags & CR_TOK_NL))
        j++;
    return j;
}

/* Lower-case gazetteer phrases ("trilateral statement"). Returns the end token or i. */
static size_t phrase_at(ctx *x, size_t i)
{
    if (!cr_gazetteer_phrase_start(x->g, tf(x, i), x->fl[i]))
        return i;
    for (size_t j = i + 5 < x->nt ? i + 5 : x->nt; j > i + 1; j--) {
        bool words = true;
        for (size_t k = i; k < j && words; k++)
            words = is_word(x, k) && (k == i || !(x->t[k].flags & CR_TOK_BREAK));
        if (!words)
            continue;
        fold_range(x, i, j, &x->tmp);
        int kind;
        if (gaz(x, x->tmp.data, x->tmp.len, &kind)) {
            emit(x, i, j, kind, "gazetteer phrase", NULL, false, false);
            return j;
        }
    }
    return i;
}

/* Plural nouns whose possessive sits inside organisation names ("UN Children's Fund"). */
static bool poss_inside_name(const ctx *x, size_t i)
{
    static const char *const words[] = {"children", "women", "people", "peoples", "men", "workers",
                                         "veterans", "citizens", "nations"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (x->fl[i] == strlen(words[k]) && memcmp(tf(x, i), words[k], x->fl[i]) == 0)
            return is_cap(x, i + 1);
    return false;
}

/* Where a chunk starting at token i ends: capitalised words, joined by connectors
 * ("of", "of the", "al") when a capitalised word follows; "for" and "and" only inside an
 * organisation's name ("Institute for Oriental Languages and Civilizations"). */
static size_t chunk_end(ctx *x, size_t i)
{
    size_t j = i + 1;
    bool org = head_of(x, i) == CR_ENT_ORG;
    while (j < x->nt && (!(x->t[j - 1].flags & CR_TOK_POSS) || poss_inside_name(x, j - 1))) {
        if (x->t[j].flags & CR_TOK_BREAK)
            break;
        if (is_cap(x, j)) {
            org |= head_of(x, j) == CR_ENT_ORG;
            j++;
            continue;
        }
        if (!is_word(x, j))
            break;
        size_t k = j + 1;
        bool is_and = x->fl[j] == 3 && memcmp(tf(x, j), "and", 3) == 0;
        bool is_for = x->fl[j] == 3 && memcmp(tf(x, j), "for", 3) == 0;
        bool prev_head = head_of(x, j - 1) != 0;
        /* "and" stays inside an organisation's name, but not between a person and a title
         * ("Office Arayik Harutyunyan and Speaker ..."). */
        bool and_ok = org && is_and && !prev_head && !cr_ent_surname_shape(tf(x, j - 1), x->fl[j - 1]) &&
                      !(is_cap(x, k) && tok_is(x, k, W_CUE));
        /* "Ambassador for Special Assignments": a title goes on after "for". */
        bool title_for = is_for && (tok_is(x, j - 1, W_CUE) || tok_is(x, j - 1, W_MOD));
        bool conn = (tok_is(x, j, W_CONN) && !is_for) || (org && is_for) || title_for || and_ok;
        bool is_of = x->fl[j] == 2 && memcmp(tf(x, j), "of", 2) == 0;
        if (conn && k < x->nt && (is_of || is_for) && is_word(x, k) &&
            x->fl[k] == 3 && memcmp(tf(x, k), "the", 3) == 0 && !(x->t[k].flags & CR_TOK_CAP))
            k++;
        if (conn && is_cap(x, k) && !(x->t[k].flags & CR_TOK_BREAK)) {
            j = k;
            continue;
        }
        break;
    }
    return j;
}

/* True if the line holding token i is written in title case ("Visitors To Karabakh To
 * Require Russian Permission"): there every word is capitalised, so capitals say nothing. */
static bool title_line(ctx *x, size_t i)
{
    if (i < x->line_end && i >= x->line_start)
        return x->line_title; /* one verdict a line keeps the scan linear */
    size_t a = i, b = i + 1;
    while (a > 0 && !(x->t[a].flags & CR_TOK_NL))
        a--;
    while (b < x->nt && !(x->t[b].flags & CR_TOK_NL))
        b++;
    x->line_start = a;
    x->line_end = b;
    x->line_title = false;
    size_t long_words = 0, words = 0;
    for (size_t k = a; k < b; k++) {
        words += is_word(x, k);
        if (!is_word(x, k) || x->t[k].len < 4 || (x->t[k].flags & CR_TOK_NUM))
            continue;
        if (!(x->t[k].flags & CR_TOK_CAP) && tok_is(x, k, W_STOP))
            continue; /* title case keeps "over", "with", "from" small */
        if (!(x->t[k].flags & CR_TOK_CAP) || (x->t[k].flags & CR_TOK_ALLCAPS))
            return false;
        long_words++;
    }
    x->line_title = long_words >= 3 && words >= 5;
    return x->line_title;
}

/* In a title-case line only known names are sure; other words wait for the article to
 * use them as names elsewhere. */
static void title_chunk(ctx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        size_t best = 0;
        int kind = 0;
        for (size_t j = i + MAX_GAZ_WORDS < b ? i + MAX_GAZ_WORDS : b; j > i && !best; j--) {
            fold_range(x, i, j, &x->tmp2);
            if (gaz(x, x->tmp2.data, x->tmp2.len, &kind))
                best = j;
        }
        if (best) {
            emit(x, i, best, kind, "gazetteer", NULL, false, false);
            i = best;
            continue;
        }
        if (is_cap(x, i) && !tok_is(x, i, W_STOP) && !tok_is(x, i, W_DEM) &&
            !tok_is(x, i, W_CAL) && !tok_is(x, i, W_CONN))
            emit(x, i, i + 1, CR_ENT_OTHER, "capitalised word", NULL, false, true);
        i++;
    }
}

static void find_candidates(ctx *x)
{
    for (size_t i = 0; i < x->nt;) {
        if (!is_word(x, i)) {
            i++;
            continue;
        }
        size_t skip = boilerplate_end(x, i);
        if (skip != i) {
            i = skip;
            continue;
        }
        if (!(x->t[i].flags & CR_TOK_CAP)) {
            size_t p = phrase_at(x, i);
            i = p > i ? p : i + 1;
            continue;
        }
        size_t e = chunk_end(x, i);
        /* "France 24": a known name that ends in a number. */
        if (e < x->nt && (x->t[e].flags & CR_TOK_NUM) && !(x->t[e].flags & (CR_TOK_BREAK | CR_TOK_TIGHT)) &&
            !(x->t[e - 1].flags & CR_TOK_POSS)) {
            fold_range(x, i, e + 1, &x->tmp);
            int kind;
            if (gaz(x, x->tmp.data, x->tmp.len, &kind)) {
                emit(x, i, e + 1, kind, "gazetteer", NULL, false, false);
                i = e + 1;
                continue;
            }
        }
        /* "Lachin corridor", "Karabakh war": a lower-case head completes the name. */
        if (e < x->nt && is_word(x, e) && !(x->t[e - 1].flags & CR_TOK_POSS) &&
            !(x->t[e].flags & (CR_TOK_CAP | CR_TOK_BREAK)) && cr_ent_is_lower_head(tf(x, e), x->fl[e]) &&
            !tok_is(x, e - 1, W_DEM) && !tok_is(x, e - 1, W_STOP))
            e++;
        if (title_line(x, i)) {
            title_chunk(x, i, e);
            i = e;
            continue;
        }
        bool cue_before = i > 0 && is_word(x, i - 1) && !(x->t[i - 1].flags & CR_TOK_CAP) &&
                          tok_is(x, i - 1, W_CUE);
        /* "the Prime Minister's Office Arayik Harutyunyan": the title goes on after 's. */
        if (i > 0 && (x->t[i - 1].flags & CR_TOK_POSS) && tok_is(x, i - 1, W_CUE)) {
            size_t s = e;
            while (s > i && name_word(x, s - 1))
                s--;
            if (s == e && e - i == 1 && head_of(x, i)) {
                i = e; /* "the Prime Minister's Office": part of the title */
                continue;
            }
            if (s > i && s < e && e - s <= 4) {
                cr_buf r;
                cr_buf_init(&r);
                cr_buf_printf(&r, "title cue: %.*s", (int)x->t[i - 1].len, x->s + x->t[i - 1].start);
                emit(x, s, e, CR_ENT_PERSON, NULL, cr_buf_steal(&r), true, false);
                i = e;
                continue;
            }
        }
        chunk(x, i, e, cue_before ? i - 1 : NO_CUE);
        i = e;
    }
}

/* A bare surname takes the full name it follows (else the next one) in this article; a
 * lone sentence-initial word stays only if the article confirms it is a name. */
static void resolve_in_article(ctx *x, bool *drop)
{
    cr_ent_map last;
    cr_ent_map_init(&last);
    size_t *full = cr_xmalloc((x->nc ? x->nc : 1) * sizeof *full);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < x->nc; k++) {
            size_t i = pass ? x->nc - 1 - k : k;
            cr_ent_cand *c = &x->c[i];
            if (!pass)
                full[i] = (size_t)-1;
            const char *sp = strrchr(c->folded, ' ');
            if (c->kind == CR_ENT_PERSON && sp && c->t1 - c->t0 >= 2) {
                cr_ent_map_set(&last, sp + 1, strlen(sp + 1), i);
                continue;
            }
            size_t f;
            if (!sp && full[i] == (size_t)-1 && cr_ent_map_get(&last, c->folded, strlen(c->folded), &f))
                full[i] = f;
        }
        cr_ent_map_free(&last);
        cr_ent_map_init(&last);
    }
    cr_ent_map sure; /* names the article uses outside title lines and sentence starts */
    cr_ent_map_init(&sure);
    for (size_t i = 0; i < x->nc; i++)
        if (!x->tentative[i])
            cr_ent_map_add(&sure, x->c[i].folded, strlen(x->c[i].folded), i);
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        drop[i] = false;
        if (full[i] != (size_t)-1) {
            cr_ent_cand *p = &x->c[full[i]];
            free(c->name);
            c->name = cr_xstrdup(p->name);
            c->kind = CR_ENT_PERSON;
            if (!c->cue) {
                free(c->reason_owned);
                c->reason_owned = cr_xasprintf("surname of %s", p->name);
                c->reason = c->reason_owned;
            }
            continue;
        }
        if (x->tentative[i])
            drop[i] = !cr_ent_map_get(&sure, c->folded, strlen(c->folded), NULL);
    }
    cr_ent_map_free(&sure);
    free(full);
}

/* Mentions come out in text order; a title's parts can be found after the name. */
static int cmp_mention(const void *a, const void *b)
{
    const cr_mention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

void cr_entities_extract(const cr_gazetteer *g, const char *body, size_t len,
                         const cr_span *spans, size_t nspans, cr_entities *out)
{
    memset(out, 0, sizeof *out);
    ctx x;
    memset(&x, 0, sizeof x);
    x.g = g;
    x.s = body;
    cr_buf_init(&x.ftext);
    cr_buf_init(&x.tmp);
    cr_buf_init(&x.tmp2);
    cr_ent_tokenize(body, len, spans, nspans, &x.t, &x.nt);
    x.fo = cr_xmalloc((x.nt + 1) * sizeof *x.fo);
    x.fl = cr_xmalloc((x.nt + 1) * sizeof *x.fl);
    x.wc = cr_xcalloc(x.nt + 1, sizeof *x.wc);
    for (size_t i = 0; i < x.nt; i++) {
        x.fo[i] = x.ftext.len;
        x.fl[i] = 0;
        if (!(x.t[i].flags & CR_TOK_WORD))
            continue;
        cr_ent_fold(body + x.t[i].start, x.t[i].len, &x.tmp);
        cr_buf_add(&x.ftext, x.tmp.data, x.tmp.len);
        x.fl[i] = x.tmp.len;
    }
    find_candidates(&x);
    bool *drop = cr_xmalloc((x.nc ? x.nc : 1) * sizeof *drop);
    resolve_in_article(&x, drop);
    cr_ent_map seen;
    cr_ent_map_init(&seen);
    cr_ent_find_aliases(body, x.t, x.nt, x.c, x.nc, out, &seen);
    cr_ent_map_free(&seen);
    out->m = cr_xmalloc((x.nc ? x.nc : 1) * sizeof *out->m);
    for (size_t i = 0; i < x.nc; i++) {
        cr_ent_cand *c = &x.c[i];
        if (drop[i]) {
            free(c->name);
        } else {
            cr_mention *m = &out->m[out->n++];
            m->start = c->start;
            m->len = c->end - c->start;
            /* A part of a hyphenated pair is spelled out from its bytes. */
            bool part = c->t1 - c->t0 == 1 && c->end - c->start != x.t[c->t0].len;
            m->surface = part ? cr_xstrndup(body + c->start, c->end - c->start)
                              : display(&x, c->t0, c->t1, false);
            m->name = c->name;
            m->kind = c->kind;
            m->reason = c->reason_owned ? c->reason_owned : cr_xstrdup(c->reason);
            c->reason_owned = NULL;
        }
        free(c->reason_owned);
        free(c->folded);
    }
    qsort(out->m, out->n, sizeof *out->m, cmp_mention);
    free(drop);
    free(x.c);
    free(x.tentative);
    free(x.t);
    free(x.fo);
    free(x.fl);
    free(x.wc);
    cr_buf_free(&x.ftext);
    cr_buf_free(&x.tmp);
    cr_buf_free(&x.tmp2);
}

void cr_entities_free(cr_entities *e)
{
    for (size_t i = 0; i < e->n; i++) {
        free(e->m[i].surface);
        free(e->m[i].name);
        free(e->m[i].reason);
    }
    for (size_t i = 0; i < e->nalias; i++) {
        free(e->alias[i].a);
        free(e->alias[i].b);
        free(e->alias[i].reason);
    }
    free(e->m);
    free(e->alias);
    memset(e, 0, sizeof *e);
}
