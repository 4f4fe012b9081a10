/* entity_chunk.c - turns one run of capitalised words into names: trims stop words and
 * nationality adjectives, splits titles from the people they name, splits runs of known
 * names, and gives each name a kind and the reason for it. */
#include "entity_scan.h"

#include <stdlib.h>

/* "ByPatrick Reevell": a byline glued to the name. */
static size_t byline_skip(const cr_ent_ctx *x, size_t i)
{
    const char *w = x->s + x->t[i].start;
    return (x->t[i].len > 3 && w[0] == 'B' && w[1] == 'y' && w[2] >= 'A' && w[2] <= 'Z') ? 2 : 0;
}

/* Tokens [a, b) as written, whitespace collapsed; as a name (not a surface), a trailing
 * lower-case head is capitalised ("Lachin corridor" names "Lachin Corridor"). */
char *cr_ent_display(const cr_ent_ctx *x, size_t a, size_t b, bool as_name)
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

void cr_ent_emit(cr_ent_ctx *x, size_t a, size_t b, int kind, const char *reason, char *owned, bool cue,
                 bool tentative)
{
    if (x->nc == x->cap) {
        x->cap = x->cap ? x->cap * 2 : 32;
        x->c = cr_xrealloc(x->c, x->cap * sizeof *x->c);
        x->tentative = cr_xrealloc(x->tentative, x->cap * sizeof *x->tentative);
    }
    /* a name neither starts nor ends with punctuation ("Serbia &" of "Serbia & Montenegro") */
    while (b - a > 1 && !is_word(x, a))
        a++;
    while (b - a > 1 && !is_word(x, b - 1))
        b--;
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
    c->name = cr_ent_display(x, a, b, true);
    cr_ent_fold(c->name, strlen(c->name), &x->tmp);
    c->folded = cr_xstrndup(x->tmp.data, x->tmp.len);
}

static int head_kind_of(const cr_ent_ctx *x, size_t a, size_t b, size_t *head)
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

/* A hyphenated word made of known names ("Shusha-Lachin", "Russian-Azerbaijani") names
 * each part, not one thing. Returns true if it handled the word. */
static bool split_hyphenated(cr_ent_ctx *x, size_t i)
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

/* "West Germany", "East Timor": a compass point before a known place names another place
 * (the gazetteer knowing "West" as a region must not split it off). Returns true if it
 * emitted the name. */
static bool compass_place(cr_ent_ctx *x, size_t a, size_t b)
{
    static const char *const points[] = {"north", "south", "east", "west"};
    bool point = false;
    for (size_t k = 0; k < sizeof points / sizeof *points && !point; k++)
        point = x->fl[a] == strlen(points[k]) && memcmp(tf(x, a), points[k], x->fl[a]) == 0;
    if (!point || b - a < 2 || !is_cap(x, a + 1))
        return false;
    fold_range(x, a + 1, b, &x->tmp2);
    int kind;
    if (!gaz(x, x->tmp2.data, x->tmp2.len, &kind) || kind != CR_ENT_PLACE)
        return false;
    cr_ent_emit(x, a, b, CR_ENT_PLACE, "compass point + place", NULL, false, false);
    return true;
}

/* A chunk whose words are all known names ("UN Karabakh") is several names. */
static bool split_known(cr_ent_ctx *x, size_t a, size_t b)
{
    if (compass_place(x, a, b))
        return true;
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
                cr_ent_emit(x, i, j, kind, "gazetteer", NULL, false, false);
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

/* "Mr Houston", "Mrs Lancaster", "Dr Arnold", "Sen. Bill Bradley": after these titles a
 * place's name is a surname and a bill's head word a given name; only a person is Mr or Sen. */
static bool honorific(const cr_ent_ctx *x, size_t c)
{
    static const char *const words[] = {"adm", "capt", "col", "dr", "gen", "gov", "lt", "maj", "mr",
                                         "mrs", "ms", "prof", "rep", "rev", "sen", "sgt", "sir"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (x->fl[c] == strlen(words[k]) && memcmp(tf(x, c), words[k], x->fl[c]) == 0)
            return true;
    return false;
}

/* "Level IV", "Volume III": a number, not an acronym. */
static bool roman_numeral(const cr_ent_ctx *x, size_t i)
{
    for (size_t k = 0; k < x->fl[i]; k++)
        if (!strchr("ivxlc", tf(x, i)[k]))
            return false;
    return true;
}

/* "Consolidated TVX", "General TV": firms take such adjectives (-ed, -al) as first words. */
static bool firm_adjective(const cr_ent_ctx *x, size_t a)
{
    const char *f = tf(x, a);
    size_t n = x->fl[a];
    return n > 4 && ((f[n - 2] == 'e' && f[n - 1] == 'd') || (f[n - 2] == 'a' && f[n - 1] == 'l'));
}

/* A sentence's first word that says what kind of thing the name after it is: "Comedy Meet
 * The Fockers", "Distributor Sony Pictures", "Carmaker General Motors". */
static bool descriptor_word(const cr_ent_ctx *x, size_t a)
{
    static const char *const words[] = {"airline", "album", "automaker", "blockbuster", "broadcaster", "carmaker",
                                        "chipmaker", "comedy", "distributor", "documentary", "drama", "drugmaker",
                                        "film", "insurer", "movie", "musical", "remake", "retailer", "sequel",
                                        "sitcom", "thriller"};
    return word_in(x, a, words, sizeof words / sizeof *words);
}

/* "Parmalat, the Italian food group at the centre ...": a lone word opening a sentence is a
 * name when an apposition after it says what it is; returns the kind it says, or 0. */
static int apposition_kind(const cr_ent_ctx *x, size_t a)
{
    static const char *const orgs[] = {"airline", "bank", "broadcaster", "carmaker", "chain", "club",
                                       "company", "conglomerate", "firm", "giant", "group", "insurer",
                                       "maker", "manufacturer", "operator", "party", "producer",
                                       "retailer", "supplier"};
    static const char *const places[] = {"capital", "city", "country", "island", "province", "region",
                                         "republic", "state", "town", "village"};
    if (a + 3 >= x->nt || is_word(x, a + 1) || x->t[a + 1].cp != ',' ||
        cr_ent_is_common_word(tf(x, a), x->fl[a]) || cr_ent_is_stop(tf(x, a), x->fl[a]) ||
        (x->fl[a] > 2 && memcmp(tf(x, a) + x->fl[a] - 2, "ly", 2) == 0) ||
        !(word_is(x, a + 2, "the") || word_is(x, a + 2, "a") || word_is(x, a + 2, "an")))
        return 0;
    for (size_t j = a + 3; j < x->nt && j < a + 8 && is_word(x, j); j++) {
        if (word_in(x, j, orgs, sizeof orgs / sizeof *orgs))
            return CR_ENT_ORG;
        if (word_in(x, j, places, sizeof places / sizeof *places))
            return CR_ENT_PLACE;
    }
    return 0;
}

/* "MEP for the East Midlands", "MP for Bolton West": a member's seat after "for" is a place,
 * where other titles going on with "for" hold no name ("Minister for Sport"). */
static bool seat_title(const cr_ent_ctx *x, size_t c)
{
    static const char *const members[] = {"am", "congressman", "congresswoman", "mep", "mla", "mp",
                                          "msp", "senator"};
    return word_in(x, c, members, sizeof members / sizeof *members);
}

/* "Graham King", "Billie Jean King", "Writer Stephen King": a title word that is also a
 * surname, last in the chunk (token c) after a given name, ends a person's name; the title
 * cue is then before the given name, if anywhere. Returns true if it emitted the person. */
static bool surname_title(cr_ent_ctx *x, size_t a, size_t c)
{
    static const char *const surnames[] = {"bishop", "judge", "king", "major", "mayor", "prince"};
    if (c == a || !word_in(x, c, surnames, sizeof surnames / sizeof *surnames) ||
        (x->t[c].flags & (CR_TOK_POSS | CR_TOK_ALLCAPS)) ||
        !cr_ent_is_given_name(tf(x, c - 1), x->fl[c - 1]) || !cr_ent_name_word(x, c - 1))
        return false;
    size_t s = c - 1;
    while (s > a && cr_ent_name_word(x, s - 1) && c - s < 3)
        s--;
    fold_range(x, s, c + 1, &x->tmp2);
    if (gaz(x, x->tmp2.data, x->tmp2.len, NULL))
        return false; /* a known name ("John Major") goes the usual way */
    if (s > a)
        cr_ent_chunk(x, a, s, CR_ENT_NO_CUE);
    cr_ent_emit(x, s, c + 1, CR_ENT_PERSON, NULL,
                cr_xasprintf("given name and surname: %.*s", (int)x->t[c].len, x->s + x->t[c].start), false, false);
    return true;
}

/* Splits off a title cue: "Azerbaijani President Ilham Aliyev" -> PERSON "Ilham Aliyev".
 * Returns true if the chunk held a cue followed by a name, or only a title. */
static bool split_cue(cr_ent_ctx *x, size_t a, size_t b)
{
    size_t c = b;
    for (size_t i = b; i-- > a;)
        if (tok_is(x, i, W_CUE) && !tok_is(x, i, W_CONN)) {
            c = i;
            break;
        }
    if (c == b)
        return false;
    if (c + 1 == b && surname_title(x, a, c))
        return true;
    /* "General Assembly": a title word inside an organisation's name. */
    if (c + 1 < b && head_of(x, c + 1))
        return false;
    size_t cs = c;
    while (cs > a && (tok_is(x, cs - 1, W_CUE) || tok_is(x, cs - 1, W_MOD)))
        cs--;
    size_t s = b;
    bool hon = honorific(x, c);
    while (s > c + 1) {
        size_t i = s - 1;
        /* "Singer Chris De Burgh", "Minister Rodrigo de Rato": a particle between name words */
        if (cr_ent_is_name_particle(tf(x, i), x->fl[i]) && s < b && i > c + 1 && cr_ent_name_word(x, i - 1)) {
            s = i;
            continue;
        }
        /* "Actor Rodrigo de la Serna": a particle of two words */
        if (s < b && i > c + 2 && is_word(x, i) && !is_cap(x, i) && tok_is(x, i, W_CONN) && is_word(x, i - 1) &&
            !is_cap(x, i - 1) && cr_ent_is_name_particle(tf(x, i - 1), x->fl[i - 1]) && cr_ent_name_word(x, i - 2)) {
            s = i - 1;
            continue;
        }
        /* "President George W. Bush": the chunk holds a point only after an initial */
        if (!is_word(x, i) && x->t[i].cp == '.' && i > c + 1 && x->t[i - 1].len == 1 && s < b) {
            s = i;
            continue;
        }
        if (tok_is(x, i, W_CUE) || tok_is(x, i, W_CONN) || !is_cap(x, i) ||
            tok_is(x, i, W_DEM) || head_of(x, i) ||
            (tok_gaz(x, i) && !hon) || (x->t[i].flags & CR_TOK_ALLCAPS))
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
    /* "Secretary of State George Shultz", "Chancellor of the Exchequer Nigel Lawson",
     * "Minister for Sport Richard Caborn": the title goes on with "of" or "for" and its
     * own words; a given name and surname after them are the holder, and the title's
     * words are no name of their own. */
    title_goes_on |= has_for;
    bool holder_after_title = false;
    for (size_t p = s; title_goes_on && !seat_title(x, c) && p + 1 < b; p++)
        if (b - p <= 4 && (cr_ent_is_given_name(tf(x, p), x->fl[p]) || /* "Guillermo de la Dehesa" */
                           (p + 2 < b && cr_ent_name_word(x, p) && !is_cap(x, p + 1) &&
                            cr_ent_is_name_particle(tf(x, p + 1), x->fl[p + 1])))) {
            s = p;
            title_goes_on = false;
            holder_after_title = true;
        }
    if (cs > a)
        cr_ent_chunk(x, a, cs, CR_ENT_NO_CUE);
    if (has_for && c + 1 < b && seat_title(x, c) && word_is(x, c + 1, "for")) {
        size_t p = c + 2;
        while (p < b && !is_cap(x, p))
            p++;
        if (p < b && b - p <= 4)
            cr_ent_emit(x, p, b, CR_ENT_PLACE, NULL,
                        cr_xasprintf("seat: %.*s for", (int)x->t[c].len, x->s + x->t[c].start), false, false);
        else if (p < b)
            cr_ent_chunk(x, p, b, CR_ENT_NO_CUE);
        return true;
    }
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
        if (s > c + 1 && !holder_after_title)
            cr_ent_chunk(x, c + 1, s, CR_ENT_NO_CUE); /* "of Russia" in "Defense Minister of Russia X" */
        cr_ent_emit(x, s, b, CR_ENT_PERSON, NULL, cr_buf_steal(&r), true, false);
    } else if (c + 1 < b) {
        cr_ent_chunk(x, c + 1, b, CR_ENT_NO_CUE);
    }
    return true;
}

/* "in Manchester", "near Goris": an unknown word after these is a place far more often than
 * not (people are "with", "by", "to" someone; "in" a person's view comes with 's). */
static bool place_preposition(const cr_ent_ctx *x, size_t a)
{
    static const char *const preps[] = {"in", "near", "outside", "across"};
    if (a == 0 || !is_word(x, a - 1) || (x->t[a - 1].flags & CR_TOK_CAP) || (x->t[a].flags & CR_TOK_POSS))
        return false;
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (x->fl[a - 1] == strlen(preps[k]) && memcmp(tf(x, a - 1), preps[k], x->fl[a - 1]) == 0)
            return true;
    return false;
}

bool cr_ent_name_word(const cr_ent_ctx *x, size_t i)
{
    return is_cap(x, i) && !(x->t[i].flags & (CR_TOK_ALLCAPS | CR_TOK_NUM)) && !tok_gaz(x, i) &&
           !tok_is(x, i, W_CUE) && !tok_is(x, i, W_CONN) &&
           !tok_is(x, i, W_DEM) && !head_of(x, i);
}

/* "Canada Ara Papyan", "Stanford University Arthur Khachikian": a known name or an
 * organisation run together with the person named after it. */
static bool split_person_tail(cr_ent_ctx *x, size_t a, size_t b)
{
    if (b - a < 3)
        return false;
    size_t s = b;
    while (s > a && cr_ent_name_word(x, s - 1) && !(x->t[s - 1].flags & CR_TOK_SENT))
        s--;
    /* "Liberal Democrat Sarah Teather": a known name of several plain words (a party) runs
     * into the person; its words look like a name's, so try the split points themselves. */
    fold_range(x, a, s, &x->tmp2);
    bool split_known_before = s > a && (gaz(x, x->tmp2.data, x->tmp2.len, NULL) || head_of(x, s - 1));
    for (size_t p = b - 2; !split_known_before && p > a && p + 3 >= b; p--) {
        fold_range(x, a, p, &x->tmp2);
        if (gaz(x, x->tmp2.data, x->tmp2.len, NULL) && cr_ent_name_word(x, p) && cr_ent_name_word(x, p + 1)) {
            s = p;
            break;
        }
    }
    if (s == a || b - s < 2 || b - s > 3)
        return false;
    fold_range(x, a, s, &x->tmp2);
    int kind = 0;
    bool known = gaz(x, x->tmp2.data, x->tmp2.len, &kind);
    if (!known && !(kind = head_of(x, s - 1)))
        return false;
    /* "RBS Six Nations", "Norwich Union Grand Prix": a sponsor before a competition names
     * the competition, one event; a place before it ("Scotland Six Nations") is apart */
    static const char *const contests[] = {"championship", "championships", "classic", "cup", "games",
                                           "league", "marathon", "masters", "nations", "open", "premiership",
                                           "prix", "series", "tournament", "trophy"};
    bool contest = word_in(x, b - 1, contests, sizeof contests / sizeof *contests);
    if (contest && kind == CR_ENT_ORG) {
        cr_ent_emit(x, a, b, CR_ENT_EVENT, "sponsor and competition", NULL, false, false);
        return true;
    }
    cr_ent_chunk(x, a, s, CR_ENT_NO_CUE);
    if (contest) {
        cr_ent_emit(x, s, b, CR_ENT_EVENT, "competition", NULL, false, false);
        return true;
    }
    cr_ent_emit(x, s, b, CR_ENT_PERSON, "name shape: capitalised words", NULL, false, false);
    return true;
}

/* "Nick Moran of Lock, Stock ...": a given name and a surname followed by "of" is a person
 * and what he belongs to (a film, a band, a firm), not one name; the rest is chunked alone.
 * A title word or a known name second ("Mary Queen of Scots") keeps the name whole. */
static bool split_person_of(cr_ent_ctx *x, size_t a, size_t b)
{
    if (b - a < 4 || !cr_ent_is_given_name(tf(x, a), x->fl[a]) || !cr_ent_name_word(x, a + 1) ||
        tok_gaz(x, a + 1) || x->fl[a + 2] != 2 || memcmp(tf(x, a + 2), "of", 2) != 0 ||
        is_cap(x, a + 2))
        return false;
    cr_ent_emit(x, a, a + 2, CR_ENT_PERSON, "given name: of", NULL, false, false);
    cr_ent_chunk(x, a + 3, b, CR_ENT_NO_CUE);
    return true;
}

/* "Will Greenwood": inside a sentence a capitalised stop word that is also a given name,
 * before another capitalised word, is the given name. */
static bool given_stop_word(const cr_ent_ctx *x, size_t a, size_t b)
{
    /* not in a title-case run ("We Will Rock You") */
    bool after_cap = a > 0 && is_word(x, a - 1) && is_cap(x, a - 1) && !(x->t[a - 1].flags & CR_TOK_BREAK);
    return a + 1 < b && !after_cap && is_cap(x, a) && !(x->t[a].flags & (CR_TOK_SENT | CR_TOK_ALLCAPS)) &&
           is_cap(x, a + 1) &&
           !tok_is(x, a + 1, W_STOP) && !tok_is(x, a, W_CAL) && cr_ent_is_given_name(tf(x, a), x->fl[a]);
}

/* "Louise Christian", "Mark English": a given name and one capitalised word that is also a
 * nationality or religion is a person with that surname, not a person and an adjective. */
static bool demonym_surname(const cr_ent_ctx *x, size_t a, size_t b)
{
    return b == a + 2 && is_cap(x, a) && is_cap(x, a + 1) &&
           !((x->t[a].flags | x->t[a + 1].flags) & CR_TOK_ALLCAPS) && !(x->t[a + 1].flags & CR_TOK_BREAK) &&
           !tok_is(x, a, W_STOP) && !tok_is(x, a, W_CAL) && !tok_is(x, a, W_DEM) &&
           cr_ent_is_given_name(tf(x, a), x->fl[a]) && x->fl[a + 1] > 0 && tf(x, a + 1)[x->fl[a + 1] - 1] != 's';
}

/* "West German", "South Korean": a compass word before a nationality adjective is part of
 * the adjective, not a place. */
static bool compass_of_demonym(const cr_ent_ctx *x, size_t i)
{
    static const char *const compass[] = {"east", "north", "south", "west"};
    return word_in(x, i, compass, sizeof compass / sizeof *compass) && is_cap(x, i + 1) &&
           tok_is(x, i + 1, W_DEM) && !(x->t[i + 1].flags & CR_TOK_BREAK);
}

/* "Arjan de Zeeuw", "Chris De Burgh": two plain name words about a person's particle are a
 * person. "of" and "for" join bodies' words, "la", "le" and "el" mostly places' ("Puerto la
 * Cruz"), so they do not count; a known word on either side ("Banco de Portugal", "Tour de
 * France") or a body's or place's first word ("Banque du Caire") makes the usual name. */
static bool particle_person(const cr_ent_ctx *x, size_t a, size_t b)
{
    /* first words of bodies and places in the languages these particles come from */
    static const char *const body_words[] = {
        "banca", "banco", "banque", "caisse", "caja", "calle", "cia", "cie", "ciego", "comercial",
        "compagnie", "compania", "costa", "credit", "gare", "grupo", "hotel", "instituto", "isla",
        "monte", "palacio", "palais", "parque", "paseo", "place", "plaza", "porto", "puerto", "punta",
        "rio", "rue", "san", "santa", "sao", "societe", "stade", "tor", "torre", "tour", "villa",
    };
    /* "Jeroen van der Veer", "Edwin van der Sar": a particle of two words, the second in lower
     * case, is a person's whatever the first name */
    bool two = b - a == 4 && !is_cap(x, a + 1) && is_word(x, a + 2) && !is_cap(x, a + 2) &&
               tok_is(x, a + 2, W_CONN);
    if ((b - a != 3 && !two) || !cr_ent_is_name_particle(tf(x, a + 1), x->fl[a + 1]) || x->fl[a + 1] < 2 ||
        (!two && cr_ent_is_given_name(tf(x, a), x->fl[a]) && !is_cap(x, a + 1)))
        return false; /* a given name first: the connector rule below says "given name and particle" */
    if (word_in(x, a, body_words, sizeof body_words / sizeof *body_words))
        return false;
    const char *p = tf(x, a + 1);
    if (x->fl[a + 1] == 2 && (memcmp(p, "la", 2) == 0 || memcmp(p, "le", 2) == 0 || memcmp(p, "el", 2) == 0))
        return false;
    return cr_ent_name_word(x, a) && cr_ent_name_word(x, b - 1) && !cr_ent_is_common_word(tf(x, a), x->fl[a]);
}

/* "Stephen Toulouse", "Rodrigo de Rato": a sentence opening with a known given name before
 * a place's name, or with any capitalised word and a name particle (de, van, von, bin ...)
 * before a capitalised word that is no known name (any, after a given name: "Miguel de la
 * Madrid"), opens a person's name. */
static bool person_opens(const cr_ent_ctx *x, size_t a, size_t b)
{
    if (!is_cap(x, a) || (x->t[a].flags & CR_TOK_ALLCAPS))
        return false;
    if (b - a == 2 && cr_ent_is_given_name(tf(x, a), x->fl[a]) && tok_gaz(x, a + 1) &&
        !cr_ent_is_common_word(tf(x, a), x->fl[a]))
        return true;
    /* "Fernando de la Rua": a particle of two words */
    bool two = b - a == 4 && is_word(x, a + 2) && !is_cap(x, a + 2) && tok_is(x, a + 2, W_CONN);
    return (b - a == 3 || two) && cr_ent_is_name_particle(tf(x, a + 1), x->fl[a + 1]) && !is_cap(x, a + 1) &&
           is_cap(x, b - 1) &&
           ((!tok_gaz(x, b - 1) && !head_of(x, b - 1)) || cr_ent_is_given_name(tf(x, a), x->fl[a]));
}

/* "Theresa May", "Mike Friday": a month or weekday that is also a surname, at the end of a
 * chunk after a given name. */
static bool surname_month(const cr_ent_ctx *x, size_t a, size_t b, size_t i)
{
    static const char *const months[] = {"may", "june", "march", "august"};
    if (i + 1 != b || i == a || !cr_ent_name_word(x, i - 1))
        return false;
    /* "coach Mike Friday": any weekday or month after a known given name is a surname. */
    if (i == a + 1 && cr_ent_is_given_name(tf(x, a), x->fl[a]))
        return true;
    if (x->t[i - 1].flags & CR_TOK_SENT)
        return false;
    for (size_t k = 0; k < sizeof months / sizeof *months; k++)
        if (x->fl[i] == strlen(months[k]) && memcmp(tf(x, i), months[k], x->fl[i]) == 0)
            return true;
    return false;
}

/* "Sunday Times", "Mail on Sunday": a weekday or month (token i) inside a name the
 * gazetteer knows (two to four words of [a, b)) is part of it, not a date. */
static bool calendar_in_known_name(cr_ent_ctx *x, size_t a, size_t b, size_t i)
{
    if (!tok_is(x, i, W_CAL))
        return false;
    for (size_t s = i >= a + 3 ? i - 3 : a; s <= i; s++)
        for (size_t e = (s + 2 > i + 1 ? s + 2 : i + 1); e <= b && e <= s + 4; e++) {
            fold_range(x, s, e, &x->tmp2);
            if (gaz(x, x->tmp2.data, x->tmp2.len, NULL))
                return true;
        }
    return false;
}

/* "TOKYO, April 9 -", "RIO DE JANEIRO - ": a wire story's dateline, capitals opening the
 * body or a paragraph and followed by a comma or a dash, names a place. */
static bool dateline(const cr_ent_ctx *x, size_t a, size_t b)
{
    size_t w = 0;
    while (w < a && !is_word(x, w))
        w++;
    if (!(w == a || (x->t[a].flags & CR_TOK_BREAK)) || b >= x->nt || is_word(x, b) ||
        (x->t[b].cp != ',' && x->t[b].cp != '-' && x->t[b].cp != 0x2013))
        return false;
    for (size_t i = a; i < b; i++)
        if (!(x->t[i].flags & CR_TOK_ALLCAPS))
            return false;
    return true;
}

/* Company suffixes, which name nothing on their own (unlike "Parliament" or "Treasury"). */
static bool company_suffix_alone(const cr_ent_ctx *x, size_t i)
{
    static const char *const words[] = {"inc", "corp", "plc", "ltd", "llc", "co", "holdings",
                                        "brothers", "motors", "pharmaceutical", "pharmaceuticals",
                                        "stockbrokers", "investors", "industries", "securities"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (x->fl[i] == strlen(words[k]) && memcmp(tf(x, i), words[k], x->fl[i]) == 0)
            return true;
    return false;
}

/* "Baa-2", "Aa-3": a credit rating, not a name. */
static bool rating_shape(const cr_ent_ctx *x, size_t i)
{
    const char *w = x->s + x->t[i].start;
    size_t n = x->t[i].len;
    return n >= 4 && n <= 5 && w[n - 2] == '-' && w[n - 1] >= '1' && w[n - 1] <= '3' &&
           w[0] >= 'A' && w[0] <= 'C' && w[1] >= 'a' && w[1] <= 'z';
}

/* "M-1", "B-52": a letter and a number are a code (a money supply, a model), not a name,
 * unless the gazetteer knows one ("G-7"). */
static bool code_shape(const cr_ent_ctx *x, size_t i)
{
    const char *w = x->s + x->t[i].start;
    size_t n = x->t[i].len;
    if (n < 3 || n > 5 || w[0] < 'A' || w[0] > 'Z' || w[1] != '-' || tok_gaz(x, i))
        return false;
    for (size_t k = 2; k < n; k++)
        if (w[k] < '0' || w[k] > '9')
            return false;
    return true;
}

/* "shares in Elan", "a stake in Phytopharm", "the problem was in Tysabri": after these, the
 * word after "in" is a company or a thing, not a place, unless it is shaped like a place. */
static bool not_place_context(const cr_ent_ctx *x, size_t a)
{
    static const char *const words[] = {"shares", "share", "stake", "stakes", "interest",
                                        "investment", "investments", "holding", "holdings",
                                        "is", "was", "are", "were", "been"};
    if (a < 2 || !is_word(x, a - 2))
        return false;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (x->fl[a - 2] == strlen(words[k]) && memcmp(tf(x, a - 2), words[k], x->fl[a - 2]) == 0)
            return true;
    return false;
}

/* Endings of single unknown words that name places ("Shrewsbury", "Brighton"). */
static bool place_shape(const char *f, size_t n)
{
    static const char *const endings[] = {"land", "stan", "burg", "burgh", "ton", "ville",
                                          "shire", "ford", "pool", "mouth", "chester", "cester",
                                          "ham", "polis", "grad", "abad", "bury", "field",
                                          "port", "holm", "sk", "ia"};
    for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
        size_t el = strlen(endings[k]);
        if (n > el + 2 && memcmp(f + n - el, endings[k], el) == 0)
            return true;
    }
    return false;
}

/* "U.K. Was": a capitalised verb ends no name (a headline's words run into the name). */
static bool auxiliary(const cr_ent_ctx *x, size_t i)
{
    static const char *const verbs[] = {"was", "is", "were", "are", "has", "have", "had",
                                        "will", "would", "could", "should", "may", "can"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (x->fl[i] == strlen(verbs[k]) && memcmp(tf(x, i), verbs[k], x->fl[i]) == 0)
            return !surname_month(x, 0, i + 1, i) || i == 0; /* "Theresa May" stays */
    return false;
}

/* "England Under-21 keeper", "Under-19s", "U-23": an age group qualifies a team's name but
 * is no part of it (the team is the country's or the club's). */
static bool age_group(const cr_ent_ctx *x, size_t i)
{
    const char *f = tf(x, i);
    size_t n = x->fl[i], p = n > 6 && memcmp(f, "under-", 6) == 0 ? 6 : n > 2 && f[0] == 'u' ? 1 : 0;
    if (!p)
        return false;
    if (p == 1 && f[1] == '-')
        p = 2;
    size_t d = p;
    while (d < n && f[d] >= '0' && f[d] <= '9')
        d++;
    return d > p && d - p <= 2 && (d == n || (d + 1 == n && f[d] == 's'));
}

/* "venture The Rising", "horror film The Grudge": a capitalised "The" inside a sentence
 * opens a title written as a name (a film, a paper, a band); the words after it are one
 * name with it. A known name or a head word still gives the kind; else it is OTHER. */
static bool title_with_the(cr_ent_ctx *x, size_t a, size_t b)
{
    if (b - a < 2 || b - a > 6 || !is_cap(x, a) || (x->t[a].flags & (CR_TOK_SENT | CR_TOK_ALLCAPS)) ||
        x->fl[a] != 3 || memcmp(tf(x, a), "the", 3) != 0 || !is_cap(x, a + 1) ||
        (x->t[a + 1].flags & CR_TOK_ALLCAPS) || tok_is(x, a + 1, W_STOP) || tok_is(x, a + 1, W_CAL))
        return false;
    for (size_t i = a + 1; i < b; i++)
        if (!is_word(x, i) || tok_is(x, i, W_DEM))
            return false;
    int kind;
    size_t head;
    fold_range(x, a + 1, b, &x->tmp2);
    if (gaz(x, x->tmp2.data, x->tmp2.len, &kind))
        return false; /* "The Netherlands", "The Hague": the known name without its article */
    kind = head_kind_of(x, a, b, &head);
    if (kind && head > a + 1)
        return false; /* "The Chicago Board Options Exchange": a body's name after "the" */
    if (!kind && b - a == 2 && place_preposition(x, a))
        kind = CR_ENT_PLACE; /* "in The Hague": a town whose name keeps its article */
    cr_ent_emit(x, a, b, kind ? kind : CR_ENT_OTHER, "title: The", NULL, false, false);
    return true;
}

/* "I" or "A" (other capitals alone are initials: "George W Bush") */
static bool capital_letter(const cr_ent_ctx *x, size_t i)
{
    return is_word(x, i) && x->t[i].len == 1 && (x->s[x->t[i].start] == 'I' || x->s[x->t[i].start] == 'A');
}

/* "singles include What I Go To School For", "wrote Shake Hands With The Devil": inside a
 * sentence, a run of capitalised words in which a small word is capitalised too (a pronoun,
 * a preposition, an auxiliary) is the title of a work written in title case, one name, OTHER.
 * Names keep such words small ("Bank of America", "Friends of the Earth"). Not at a
 * sentence's start, where any word is capitalised; "Group A", "World War I", "Will
 * Greenwood" are no titles (a letter last, a given name first). */
static bool title_small_words(cr_ent_ctx *x, size_t a, size_t b)
{
    static const char *const small[] = {
        "an", "and", "are", "at", "be", "been", "but", "by", "do", "for", "from", "he",
        "her", "his", "if", "in", "into", "is", "it", "its", "me", "my", "not", "on", "or",
        "our", "she", "so", "that", "the", "their", "them", "they", "this", "to", "up", "was",
        "we", "were", "what", "when", "where", "who", "why", "will", "with", "you", "your",
    };
    static const char *const enders[] = {"her", "it", "me", "that", "them", "this", "up", "you"};
    /* its small first words ("What I", "A") were passed over as chunks of their own; the
     * tokenizer does not count "I" and "A" as capitalised */
    while (a > 0 && !(x->t[a].flags & (CR_TOK_SENT | CR_TOK_BREAK)) && is_word(x, a - 1) &&
           !(x->t[a - 1].flags & (CR_TOK_POSS | CR_TOK_ALLCAPS)) &&
           ((is_cap(x, a - 1) && tok_is(x, a - 1, W_STOP)) || capital_letter(x, a - 1)))
        a--;
    static const char *const conjunctions[] = {"and", "but", "or"};
    if (b - a < 3 || b - a > 8 || (x->t[a].flags & (CR_TOK_SENT | CR_TOK_ALLCAPS)) ||
        !(is_cap(x, a) || capital_letter(x, a)) || word_in(x, a, conjunctions, sizeof conjunctions / sizeof *conjunctions))
        return false; /* "(The Bold) And The Beautiful": the end of a title cut at "And" */
    bool small_cap = false;
    for (size_t i = a; i < b; i++) {
        if (!is_word(x, i) || !(is_cap(x, i) || capital_letter(x, i)) || (x->t[i].flags & CR_TOK_NUM))
            return false;
        if (i == a || (x->t[i].flags & CR_TOK_ALLCAPS))
            continue;
        if (capital_letter(x, i)) {
            small_cap |= i + 1 < b; /* "What I Go", not "Group A", "World War I" */
            continue;
        }
        /* last, only a word that may end a title ("Be With You"); "European Union In" is a
         * sentence the tokenizer did not see begin */
        if (i + 1 == b && !word_in(x, i, enders, sizeof enders / sizeof *enders))
            continue;
        small_cap |= word_in(x, i, small, sizeof small / sizeof *small);
    }
    fold_range(x, a, b, &x->tmp2);
    if (!small_cap || gaz(x, x->tmp2.data, x->tmp2.len, NULL))
        return false; /* "Transport For London" */
    cr_ent_emit(x, a, b, CR_ENT_OTHER, "title: small words capitalised", NULL, false, false);
    return true;
}

/* "Rep. Bill Emerson, R-Mo.": a lawmaker's party and state in wire style name the state.
 * The abbreviations are the wire's own (Calif, Miss, Mo, Mass); most are too ambiguous for
 * the gazetteer ("Miss", "Mass", "Ill"), so they count only in this shape. */
static bool party_state(cr_ent_ctx *x, size_t a)
{
    static const char *const states[][2] = {
        {"ala", "Alabama"},      {"ariz", "Arizona"},      {"ark", "Arkansas"},       {"calif", "California"},
        {"colo", "Colorado"},    {"conn", "Connecticut"},  {"del", "Delaware"},       {"fla", "Florida"},
        {"ga", "Georgia"},       {"ill", "Illinois"},      {"ind", "Indiana"},        {"iowa", "Iowa"},
        {"kan", "Kansas"},       {"kans", "Kansas"},       {"ky", "Kentucky"},        {"la", "Louisiana"},
        {"mass", "Massachusetts"}, {"md", "Maryland"},     {"me", "Maine"},           {"mich", "Michigan"},
        {"minn", "Minnesota"},   {"miss", "Mississippi"},  {"mo", "Missouri"},        {"mont", "Montana"},
        {"neb", "Nebraska"},     {"nev", "Nevada"},        {"okla", "Oklahoma"},      {"ore", "Oregon"},
        {"pa", "Pennsylvania"},  {"tenn", "Tennessee"},    {"tex", "Texas"},          {"utah", "Utah"},
        {"va", "Virginia"},      {"vt", "Vermont"},        {"wash", "Washington"},    {"wis", "Wisconsin"},
        {"wisc", "Wisconsin"},   {"wyo", "Wyoming"},
    };
    const char *f = tf(x, a);
    size_t n = x->fl[a];
    if (n < 4 || f[1] != '-' || (f[0] != 'r' && f[0] != 'd' && f[0] != 'i') || x->s[x->t[a].start] < 'A' ||
        x->s[x->t[a].start] > 'Z')
        return false;
    for (size_t k = 0; k < sizeof states / sizeof *states; k++)
        if (n - 2 == strlen(states[k][0]) && memcmp(f + 2, states[k][0], n - 2) == 0) {
            cr_ent_emit(x, a, a + 1, CR_ENT_PLACE, "party and state", NULL, false, false);
            cr_ent_cand *c = &x->c[x->nc - 1];
            free(c->name);
            free(c->folded);
            c->name = cr_xstrdup(states[k][1]);
            cr_ent_fold(c->name, strlen(c->name), &x->tmp2);
            c->folded = cr_xstrndup(x->tmp2.data, x->tmp2.len);
            return true;
        }
    return false;
}

/* A capitalised adjective of an era or a creed ("Victorian", "Elizabethan", "Communist",
 * "Stalinist", "Jacobean"): -ian, -ist or -ean, not itself a known name or a given name. */
static bool era_adjective(const cr_ent_ctx *x, size_t a)
{
    static const char *const endings[] = {"ian", "ist", "ean"};
    const char *f = tf(x, a);
    size_t n = x->fl[a];
    if (n < 6 || !is_cap(x, a) || (x->t[a].flags & CR_TOK_ALLCAPS) || tok_gaz(x, a) ||
        cr_ent_is_given_name(f, n))
        return false;
    for (size_t k = 0; k < sizeof endings / sizeof *endings; k++)
        if (memcmp(f + n - 3, endings[k], 3) == 0)
            return true;
    return false;
}

/* The words after an honorific ("Mr. Houston", "Rep. Bill Emerson"), if they are all plain
 * capitalised words, are a person's name. */
static bool honorific_person(cr_ent_ctx *x, size_t a, size_t b, size_t cue)
{
    if (cue == CR_ENT_NO_CUE || !honorific(x, cue) || b - a > 3)
        return false;
    for (size_t i = a; i < b; i++)
        if (!is_word(x, i) || !is_cap(x, i) || (x->t[i].flags & (CR_TOK_ALLCAPS | CR_TOK_NUM)) ||
            tok_is(x, i, W_CUE) || tok_is(x, i, W_CONN) || tok_is(x, i, W_DEM))
            return false;
    cr_ent_emit(x, a, b, CR_ENT_PERSON, NULL, cr_xasprintf("title cue: %.*s", (int)x->t[cue].len, x->s + x->t[cue].start),
                true, false);
    return true;
}

/* "(NRKI 1821)": a wire story's code in brackets after its item, no name. */
static bool story_code(const cr_ent_ctx *x, size_t a)
{
    return a > 0 && a + 2 < x->nt && x->t[a - 1].cp == '(' && (x->t[a].flags & CR_TOK_ALLCAPS) &&
           (x->t[a + 1].flags & CR_TOK_NUM) && x->t[a + 2].cp == ')';
}

/* "YouGov", "CommunicateResearch", "PlayStation": a capital after a small letter inside a
 * word, which no common word has, so it names something even opening a sentence. */
static bool inner_capital(const cr_ent_ctx *x, size_t i)
{
    const char *w = x->s + x->t[i].start;
    for (size_t k = 1; k < x->t[i].len; k++)
        if (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z')
            return true;
    return false;
}

void cr_ent_chunk(cr_ent_ctx *x, size_t a, size_t b, size_t cue)
{
    if (b - a == 1 && story_code(x, a))
        return;
    if (b - a == 1 && (x->t[a].flags & CR_TOK_HYPH) && party_state(x, a))
        return;
    if (honorific_person(x, a, b, cue))
        return;
    if (title_with_the(x, a, b) || title_small_words(x, a, b))
        return;
    /* Leading stop words and connectors, trailing connectors and nationality adjectives. */
    while (a < b && (!is_word(x, a) || (tok_is(x, a, W_STOP) && !(tok_is(x, a, W_CONN) && is_cap(x, a)) &&
                                        !given_stop_word(x, a, b)) ||
                     (tok_is(x, a, W_CONN) && !is_cap(x, a)) ||
                     (tok_is(x, a, W_CAL) && !calendar_in_known_name(x, a, b, a))))
        a++;
    while (b > a && (!is_word(x, b - 1) || tok_is(x, b - 1, W_CONN) ||
                     (tok_is(x, b - 1, W_DEM) && !demonym_surname(x, a, b)) || auxiliary(x, b - 1) ||
                     compass_of_demonym(x, b - 1) ||
                     (tok_is(x, b - 1, W_STOP) && !(x->t[b - 1].flags & CR_TOK_CAP))))
        b--;
    if (a >= b)
        return;
    for (size_t i = a; i < b; i++)
        if ((tok_is(x, i, W_CAL) && !surname_month(x, a, b, i) && !calendar_in_known_name(x, a, b, i)) ||
            age_group(x, i)) {
            cr_ent_chunk(x, a, i, cue);
            cr_ent_chunk(x, i + 1, b, CR_ENT_NO_CUE);
            return;
        }
    /* "Abandoning Armenia": a sentence opening with a verb in -ing. */
    if ((x->t[a].flags & CR_TOK_SENT) && x->fl[a] > 5 && memcmp(tf(x, a) + x->fl[a] - 3, "ing", 3) == 0 &&
        !tok_gaz(x, a)) {
        cr_ent_chunk(x, a + 1, b, CR_ENT_NO_CUE);
        return;
    }
    /* Dotted capitals ("A.D.") name nothing unless the gazetteer knows them (U.S.); a web
     * address is its site ("Sina.com"). */
    if (b - a == 1 && memchr(x->s + x->t[a].start, '.', x->t[a].len) && !tok_gaz(x, a)) {
        if (cr_ent_web_name(x, a))
            cr_ent_emit(x, a, b, CR_ENT_ORG, "web address", NULL, false, false);
        return;
    }
    if (a < b && dateline(x, a, b)) {
        fold_range(x, a, b, &x->tmp2);
        int k;
        bool known = gaz(x, x->tmp2.data, x->tmp2.len, &k);
        cr_ent_emit(x, a, b, known ? k : CR_ENT_PLACE, known ? "gazetteer" : "dateline", NULL, false, false);
        return;
    }
    if (b - a == 1 && (x->t[a].flags & CR_TOK_HYPH) && (rating_shape(x, a) || code_shape(x, a)))
        return;
    /* A run of capitals ("FROM AFP NEWS"): only its known names. */
    size_t nallcaps = 0;
    for (size_t i = a; i < b; i++)
        nallcaps += (x->t[i].flags & CR_TOK_ALLCAPS) != 0;
    if (b - a >= 2 && nallcaps == b - a) {
        fold_range(x, a, b, &x->tmp2);
        int k;
        if (gaz(x, x->tmp2.data, x->tmp2.len, &k)) {
            cr_ent_emit(x, a, b, k, "gazetteer", NULL, false, false);
            return;
        }
        for (size_t i = a; i < b; i++)
            if (gaz(x, tf(x, i), x->fl[i], &k))
                cr_ent_emit(x, i, i + 1, k, "gazetteer", NULL, false, false);
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
        cr_ent_emit(x, a, b, kind, "gazetteer", NULL, false, false);
        return;
    }
    if (b - a == 1 && tok_is(x, a, W_DEM))
        return;
    /* "New Year's Day", "Valentine's Day": the day of a possessive holiday is no name */
    if (b - a == 1 && a > 0 && (x->t[a - 1].flags & CR_TOK_POSS) && x->fl[a] == 3 && memcmp(tf(x, a), "day", 3) == 0)
        return;
    /* "LCD", "PCs", "Hindi", "Pool A": a kind of thing, not one; the gazetteer,
     * checked just above, may still know such a word as a name. */
    if ((b - a == 1 && cr_ent_is_generic(tf(x, a), x->fl[a])) ||
        (b - a > 1 && cr_ent_is_generic(x->tmp.data, x->tmp.len)))
        return;
    if (b - a == 1 && company_suffix_alone(x, a))
        return; /* "Pharmaceutical giant Johnson & Johnson": a suffix names nothing alone */
    /* "Palestinian West Bank": the adjective is not part of a known name; nor is an era's or
     * a regime's ("Victorian England", "Communist Russia", "Stalinist Russia"). */
    if (tok_is(x, a, W_DEM) || (b - a == 2 && era_adjective(x, a))) {
        int k = 0;
        fold_range(x, a + 1, b, &x->tmp2);
        if (gaz(x, x->tmp2.data, x->tmp2.len, &k) && (tok_is(x, a, W_DEM) || k == CR_ENT_PLACE)) {
            cr_ent_chunk(x, a + 1, b, CR_ENT_NO_CUE);
            return;
        }
    }
    /* "Frenchman Arnaud Clement", "American Andy Roddick": a nationality before a person's
     * name (a given name next, or a demonym that is a noun: -man, -woman) is not part of it. */
    if (b - a >= 3 && tok_is(x, a, W_DEM) && !tok_gaz(x, a) &&
        (cr_ent_is_given_name(tf(x, a + 1), x->fl[a + 1]) ||
         (x->fl[a] > 3 && (memcmp(tf(x, a) + x->fl[a] - 3, "man", 3) == 0 ||
                           memcmp(tf(x, a) + x->fl[a] - 3, "men", 3) == 0)))) {
        cr_ent_chunk(x, a + 1, b, a); /* the nationality says "a person" as a title does */
        return;
    }
    /* "Armenians of Karabakh", "Closure of the Lachin Corridor", "Allies Turkey": a leading
     * nationality, or a sentence's common first word, before a known name is not part of it. */
    if (b - a >= 2 && !tok_gaz(x, a) && !head_of(x, a) && !tok_is(x, a, W_CUE) &&
        (tok_is(x, a, W_DEM) || (x->t[a].flags & CR_TOK_SENT)) && !person_opens(x, a, b)) {
        size_t r = a + 1;
        while (r < b && (tok_is(x, r, W_CONN) || (x->fl[r] == 3 && memcmp(tf(x, r), "the", 3) == 0)))
            r++;
        fold_range(x, r, b, &x->tmp2);
        /* "Actors Sarah Lancashire and ...": a plain word opening the sentence before a
         * given name is not part of the person's name. */
        bool before_given = r == a + 1 && b - a >= 3 && cr_ent_is_given_name(tf(x, r), x->fl[r]) &&
                            cr_ent_is_common_word(tf(x, a), x->fl[a]) && !cr_ent_is_given_name(tf(x, a), x->fl[a]);
        /* "Current PC architecture", "Currently DRM solutions": nor before an acronym; "Comedy
         * Meet The Fockers", "Distributor Sony Pictures": a word saying what the name is. */
        bool plain_first = cr_ent_is_common_word(tf(x, a), x->fl[a]) && !cr_ent_is_given_name(tf(x, a), x->fl[a]);
        bool before_acronym = r == a + 1 && b - a == 2 && plain_first && (x->t[r].flags & CR_TOK_ALLCAPS) &&
                              !head_of(x, r) && !roman_numeral(x, r) && !firm_adjective(x, a);
        bool descriptor = r == a + 1 && b - a >= 3 && (x->t[a].flags & CR_TOK_SENT) && descriptor_word(x, a);
        if (r < b && (r > a + 1 || before_given || before_acronym || descriptor ||
                      gaz(x, x->tmp2.data, x->tmp2.len, NULL))) {
            cr_ent_chunk(x, r, b, CR_ENT_NO_CUE);
            return;
        }
    }
    /* "the British Government", "the U.S. Government": a country's government written with
     * a capital is that country's, no name of its own ("Welsh Assembly Government" is). */
    if (b - a == 2 && x->fl[a + 1] == 10 && memcmp(tf(x, a + 1), "government", 10) == 0) {
        int k;
        if (tok_is(x, a, W_DEM))
            return;
        if (gaz(x, tf(x, a), x->fl[a], &k) && k == CR_ENT_PLACE) {
            cr_ent_chunk(x, a, a + 1, CR_ENT_NO_CUE);
            return;
        }
    }
    if (cr_ent_boilerplate_prefix(x->tmp.data, x->tmp.len) == x->tmp.len)
        return;
    if (split_cue(x, a, b))
        return;
    /* "Secretary of State for Trade and Industry Patricia Hewitt": a title's last words, cut
     * from it at "and", before a given name and surname are no part of the name. */
    size_t m = a;
    while (m < b && tok_is(x, m, W_MOD))
        m++;
    if (m > a && b - m >= 2 && b - m <= 4 && cr_ent_is_given_name(tf(x, m), x->fl[m])) {
        cr_ent_chunk(x, m, b, CR_ENT_NO_CUE);
        return;
    }
    if (split_person_tail(x, a, b) || split_person_of(x, a, b))
        return;
    if (b - a == 1 && (x->t[a].flags & CR_TOK_HYPH) && split_hyphenated(x, a))
        return;
    if (b - a >= 2 && split_known(x, a, b))
        return;
    bool all_mod = true;
    for (size_t i = a; i < b && all_mod; i++)
        all_mod = tok_is(x, i, W_MOD) || tok_is(x, i, W_CONN);
    /* "Trade and Industry" left over from a title. One such word before no title may name
     * a body ("Commerce said", beside "Commerce Department"): it waits, as a sentence's first
     * word does, for the article's longer name to claim it (cr_ent_resolve_short_forms). */
    if (all_mod && b - a == 1 && cue == CR_ENT_NO_CUE && !(is_word(x, b) && tok_is(x, b, W_CUE))) {
        cr_ent_emit(x, a, b, CR_ENT_OTHER, "capitalised word", NULL, false, true);
        return;
    }
    if (all_mod)
        return;
    /* "the Reagan Administration": a surname before "Administration" names the president
     * whose government it is, as "the Reagan administration" does; "Customs Administration"
     * and "Veterans Administration" are bodies. */
    if (b - a == 2 && word_is(x, a + 1, "administration") && !(x->t[a].flags & (CR_TOK_ALLCAPS | CR_TOK_POSS)) &&
        cr_ent_name_word(x, a) && !tok_is(x, a, W_MOD | W_STOP) && !cr_ent_is_common_word(tf(x, a), x->fl[a])) {
        cr_ent_emit(x, a, a + 1, CR_ENT_PERSON, "administration of", NULL, false, false);
        return;
    }
    size_t head;
    int hk = head_kind_of(x, a, b, &head);
    if (cue != CR_ENT_NO_CUE && !hk && b - a <= 4) {
        cr_buf r;
        cr_buf_init(&r);
        cr_buf_printf(&r, "title cue: %.*s", (int)x->t[cue].len, x->s + x->t[cue].start);
        cr_ent_emit(x, a, b, CR_ENT_PERSON, NULL, cr_buf_steal(&r), true, false);
        return;
    }
    if (hk) {
        cr_buf r;
        cr_buf_init(&r);
        cr_buf_printf(&r, "head word: %.*s", (int)x->t[head].len, x->s + x->t[head].start);
        cr_ent_emit(x, a, b, hk, NULL, cr_buf_steal(&r), false, false);
        return;
    }
    if (particle_person(x, a, b)) {
        cr_ent_emit(x, a, b, CR_ENT_PERSON, NULL,
                    cr_xasprintf("particle: %.*s", (int)x->t[a + 1].len, x->s + x->t[a + 1].start), false, false);
        return;
    }
    for (size_t i = a + 1; i + 1 < b; i++)
        if ((tok_is(x, i, W_CONN) && !(x->t[i].flags & CR_TOK_CAP)) ||
            (!is_word(x, i) && x->t[i].cp == '&')) {
            /* "Roland de Marigny", "Paolo di Canio": a given name before a particle makes a
             * person; "Banco de Portugal", "Bank of England" stay bodies. */
            bool person = is_word(x, i) && cr_ent_is_name_particle(tf(x, i), x->fl[i]) && b - a <= 4 &&
                          cr_ent_is_given_name(tf(x, a), x->fl[a]);
            cr_buf r;
            cr_buf_init(&r);
            cr_buf_printf(&r, "%s: %.*s", person ? "given name and particle" : "connector", (int)x->t[i].len,
                          x->s + x->t[i].start);
            cr_ent_emit(x, a, b, person ? CR_ENT_PERSON : CR_ENT_ORG, NULL, cr_buf_steal(&r), false, false);
            return;
        }
    if (b - a == 1) {
        const cr_tok *w = &x->t[a];
        if ((w->flags & CR_TOK_ALLCAPS) && w->len > 6)
            return; /* a shouted word ("RECASTS") */
        /* A lone sentence-initial word waits for confirmation, unless possessive
         * ("Barcelona's pursuit"): common words seldom open a sentence with 's. */
        bool lone = (w->flags & CR_TOK_SENT) && !(w->flags & CR_TOK_POSS) && !inner_capital(x, a);
        int told = lone ? apposition_kind(x, a) : 0;
        if (told) {
            cr_ent_emit(x, a, b, told, "apposition", NULL, false, false);
            return;
        }
        if (cr_ent_surname_shape(tf(x, a), x->fl[a]))
            cr_ent_emit(x, a, b, CR_ENT_PERSON, "name shape: surname ending", NULL, false, lone);
        else if (w->flags & CR_TOK_ALLCAPS)
            cr_ent_emit(x, a, b, CR_ENT_ORG, "acronym", NULL, false, false);
        else if (place_preposition(x, a) &&
                 (place_shape(tf(x, a), x->fl[a]) || !not_place_context(x, a)))
            cr_ent_emit(x, a, b, CR_ENT_PLACE, "preposition: in", NULL, false, lone);
        else
            cr_ent_emit(x, a, b, CR_ENT_OTHER, "capitalised word", NULL, false, lone);
        return;
    }
    /* "Charles W. Durham", "Lloyd U. Noland Jr": an initial's point and a generation after
     * the surname are no words of the name's shape. */
    size_t words = 0;
    bool person = true;
    for (size_t i = a; i < b && person; i++) {
        if (!is_word(x, i)) {
            person = x->t[i].cp == '.' && i > a && x->t[i - 1].len == 1;
            continue;
        }
        if (i + 1 == b && words >= 2 && cr_ent_is_generation(tf(x, i), x->fl[i]))
            continue;
        words++;
        person = !(x->t[i].flags & (CR_TOK_ALLCAPS | CR_TOK_NUM)) && !tok_gaz(x, i) &&
                 (!tok_is(x, i, W_DEM) || (i == a + 1 && demonym_surname(x, a, b))) && !tok_is(x, i, W_CONN);
    }
    person &= words <= 3;
    if (person) {
        cr_ent_emit(x, a, b, CR_ENT_PERSON, "name shape: capitalised words", NULL, false, false);
        x->c[x->nc - 1].shape = true;
    } else {
        cr_ent_emit(x, a, b, CR_ENT_OTHER, "capitalised words", NULL, false, false);
        x->c[x->nc - 1].shape = true;
    }
}
