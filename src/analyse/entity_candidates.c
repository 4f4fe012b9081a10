/* entity_candidates.c - walks an article's tokens and finds where names may be: runs of
 * capitalised words and their connectors, lower-case gazetteer phrases, title-case lines
 * (headlines) and boilerplate lines to pass over. */
#include "entity_scan.h"

#include <stdlib.h>

/* Skips a boilerplate line ("Related article: ...") that the spans did not mark. */
static size_t boilerplate_end(cr_ent_ctx *x, size_t i)
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
static size_t phrase_at(cr_ent_ctx *x, size_t i)
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
            cr_ent_emit(x, i, j, kind, "gazetteer phrase", NULL, false, false);
            return j;
        }
    }
    return i;
}

/* Plural nouns whose possessive sits inside organisation names ("UN Children's Fund"). */
static bool poss_inside_name(const cr_ent_ctx *x, size_t i)
{
    static const char *const words[] = {"children", "women", "people", "peoples", "men", "workers",
                                         "veterans", "citizens", "nations"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (x->fl[i] == strlen(words[k]) && memcmp(tf(x, i), words[k], x->fl[i]) == 0)
            return is_cap(x, i + 1);
    /* "St Helen's Road", "St Mary's Hospital", "King's College", "Queen's Park": a saint's or
     * a sovereign's possessive is part of the name that goes on after it. */
    bool next = i + 1 < x->nt && is_cap(x, i + 1) && !(x->t[i + 1].flags & CR_TOK_BREAK);
    /* "Actors' Equity Association", "Farmers' Union": a plural possessive before a body's
     * name (an organisation's head word within three words) names its members. */
    const char *w = x->s + x->t[i].start;
    size_t n = x->t[i].len;
    if (next && n >= 3 && w[n - 1] == 's' && w[n] == '\'' && w[n + 1] == ' ')
        for (size_t k = i + 1; k < x->nt && k <= i + 3 && is_cap(x, k); k++)
            if (head_of(x, k) == CR_ENT_ORG)
                return true; /* not "Congress' Democratic leaders", "BBC Films' Dirty War" */
    if (i > 0 && (word_is(x, i - 1, "st") || word_is(x, i - 1, "saint")))
        return next;
    return next && (word_is(x, i, "king") || word_is(x, i, "queen")) && head_of(x, i + 1);
}

/* True if the capitalised run from token k ends in a company suffix ("Wireless Plc",
 * "Co Inc"): an "and" before it is inside the company's name ("Cable and Wireless Plc"). */
static bool company_suffix(const cr_ent_ctx *x, size_t k)
{
    static const char *const suffixes[] = {"plc", "inc", "corp", "co", "ltd", "llc", "holdings",
                                           "brothers", "bros", "partners", "sons"};
    return word_in(x, k, suffixes, sizeof suffixes / sizeof *suffixes);
}

static bool run_ends_in_company(const cr_ent_ctx *x, size_t k)
{
    size_t e = k;
    while (e < x->nt && is_cap(x, e) && !(x->t[e].flags & CR_TOK_BREAK) && e - k < 4)
        e++;
    return e > k && company_suffix(x, e - 1);
}

/* "Mitsubishi Trust and Banking Corp", "Toshiba Elevator and Building Systems Corp": the
 * run after the "and" at token j ends in a company suffix and the words before it (from i)
 * are no company of their own (no suffix, not a known name): one firm. */
static bool and_one_company(cr_ent_ctx *x, size_t i, size_t j)
{
    if (!run_ends_in_company(x, j + 1) || (is_cap(x, j + 1) && tok_is(x, j + 1, W_CUE)))
        return false;
    for (size_t k = i; k < j; k++)
        if (company_suffix(x, k))
            return false;
    fold_range(x, i, j, &x->tmp2);
    return !gaz(x, x->tmp2.data, x->tmp2.len, NULL);
}

/* True if the capitalised run from token k has two to four words and ends in an
 * organisation's head word ("Exchange Commission", "Industry Committee"), and the one word
 * before the "and" (token i) is a head or a title's field word: then the "and" is inside the
 * body's name ("Securities and Exchange Commission", "Trade and Industry Committee"). A
 * surname or a known name before the "and" is a name of its own ("Smith and Barclays Bank"). */
static bool and_org_name(const cr_ent_ctx *x, size_t i, size_t j, size_t k)
{
    size_t e = k;
    while (e < x->nt && is_cap(x, e) && !(x->t[e].flags & CR_TOK_BREAK) && e - k < 4)
        e++;
    return j == i + 1 && e - k >= 2 && head_of(x, e - 1) == CR_ENT_ORG && !tok_gaz(x, i) &&
           (head_of(x, i) || tok_is(x, i, W_MOD)) && !tok_gaz(x, k);
}

/* True if tokens [a, b) hold an organisation's head word ("Department", "University"). */
static bool has_org_head(const cr_ent_ctx *x, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < x->nt; k++)
        if (is_word(x, k) && head_of(x, k) == CR_ENT_ORG)
            return true;
    return false;
}

/* The end of the capitalised run from token k (at most 5 words, through "of"). */
static size_t cap_run_end(const cr_ent_ctx *x, size_t k)
{
    size_t e = k;
    while (e < x->nt && e - k < 5 && !(e > k && (x->t[e].flags & CR_TOK_BREAK)) &&
           (is_cap(x, e) || (e > k && tok_is(x, e, W_CONN) && is_cap(x, e + 1))))
        e++;
    return e;
}

/* Byte length of the "'s" the tokenizer took off token i ("Moody's"), 0 if none (a
 * plural's lone "'" stays on: "Actors'"). */
static size_t poss_s_len(const cr_ent_ctx *x, size_t i)
{
    if (!(x->t[i].flags & CR_TOK_POSS))
        return 0;
    const char *p = x->s + x->t[i].start + x->t[i].len;
    return p[0] == '\'' ? (p[1] == 's' ? 2 : 0) : 4; /* "'s" or U+2019 "s" */
}

/* Folds tokens [a, b) into x->tmp2 with the "'s" of token b - 1 put back, as the gazetteer
 * writes "Moody's", "Standard & Poor's", "McDonald's". False if b - 1 has none. */
static bool fold_with_poss(cr_ent_ctx *x, size_t a, size_t b)
{
    if (!poss_s_len(x, b - 1))
        return false;
    fold_range(x, a, b, &x->tmp2);
    cr_buf_add(&x->tmp2, "'s", 2);
    cr_buf_reserve(&x->tmp2, 1);
    x->tmp2.data[x->tmp2.len] = '\0';
    return true;
}

/* A known name whose "'s" is its own ("Moody's said", "Standard & Poor's 500", the index
 * before the agency): emitted whole, spelled with its "'s". Tokens [a, b); returns the
 * token after the name, or 0 if none is known. */
static size_t known_possessive(cr_ent_ctx *x, size_t a, size_t b)
{
    int kind;
    if (!fold_with_poss(x, a, b))
        return 0;
    size_t e = b;
    if (b < x->nt && (x->t[b].flags & CR_TOK_NUM) && !(x->t[b].flags & CR_TOK_BREAK)) {
        size_t n = x->tmp2.len;
        cr_buf_addc(&x->tmp2, ' ');
        cr_buf_add(&x->tmp2, tf(x, b), x->fl[b]);
        if (gaz(x, x->tmp2.data, x->tmp2.len, &kind))
            e = b + 1;
        x->tmp2.len = n;
    }
    if (e == b && !gaz(x, x->tmp2.data, x->tmp2.len, &kind))
        return 0;
    cr_ent_emit(x, a, e, kind, "gazetteer", NULL, false, false);
    cr_ent_cand *c = &x->c[x->nc - 1];
    char *name = cr_ent_display(x, a, b, true);
    char *whole = e > b ? cr_xasprintf("%s's %.*s", name, (int)x->t[b].len, x->s + x->t[b].start)
                        : cr_xasprintf("%s's", name);
    free(name);
    if (e == b)
        c->end += poss_s_len(x, b - 1);
    free(c->name);
    c->name = whole;
    cr_ent_fold(whole, strlen(whole), &x->tmp);
    free(c->folded);
    c->folded = cr_xstrndup(x->tmp.data, x->tmp.len);
    return e;
}

/* True if a name the gazetteer knows runs across the word at token j ("and", "on"): from
 * one of the four words before it (back to i) to one of the four after ("Securities and
 * Exchange Commission", whose first word is also a company suffix; "Mail on Sunday"). */
static bool gazetteer_across(cr_ent_ctx *x, size_t i, size_t j)
{
    for (size_t a = j > i + 4 ? j - 4 : i; a < j; a++)
        for (size_t b = j + 2; b <= j + 5 && b <= x->nt; b++) {
            if (!is_word(x, b - 1))
                break;
            fold_range(x, a, b, &x->tmp2);
            if (gaz(x, x->tmp2.data, x->tmp2.len, NULL) ||
                (fold_with_poss(x, a, b) && gaz(x, x->tmp2.data, x->tmp2.len, NULL)))
                return true;
        }
    return false;
}

/* A capitalised "And", "Or", "But", "Nor". */
static bool cap_conjunction(const cr_ent_ctx *x, size_t i)
{
    static const char *const words[] = {"and", "or", "but", "nor"};
    return word_in(x, i, words, sizeof words / sizeof *words);
}

/* "Stifel, Nicolaus and Co Inc", "Smith Barney, Harris Upham and Co": a firm named after its
 * partners lists them with commas before "and Co". Token i starts a run of partners (one or
 * two capitalised words each) separated by commas whose last one opens "<Words> and Co ...";
 * returns the token where that last partner starts (the chunk goes on from it), or i if the
 * shape is not there. */
static size_t partner_list(cr_ent_ctx *x, size_t i)
{
    /* each partner is one name word, or two ("Smith Barney, Harris Upham and Co") */
    size_t w = i, last = i;
    for (;;) {
        /* not "Thomas McKiernan, McKiernan and Co": a person, then his firm */
        if (w + 1 < x->nt && cr_ent_name_word(x, w + 1) && !(x->t[w + 1].flags & CR_TOK_BREAK) &&
            !(x->t[w].flags & CR_TOK_POSS) && !cr_ent_is_given_name(tf(x, w), x->fl[w]))
            w++;
        if (!cr_ent_name_word(x, last) || tok_is(x, last, W_STOP) || (x->t[w].flags & CR_TOK_POSS))
            return i;
        if (!(w + 2 < x->nt && x->t[w + 1].cp == ',' && !(x->t[w + 1].flags & CR_TOK_WORD) && is_cap(x, w + 2) &&
              !(x->t[w + 2].flags & CR_TOK_BREAK) && w - i < 12))
            break;
        last = w = w + 2;
    }
    if (last == i || w + 2 >= x->nt || x->fl[w + 1] != 3 || memcmp(tf(x, w + 1), "and", 3) != 0 ||
        x->fl[w + 2] != 2 || memcmp(tf(x, w + 2), "co", 2) != 0 || !is_cap(x, w + 2))
        return i;
    return last;
}

/* True if tokens [i, j) before "of" may be a person's name: two or three plain capitalised
 * words, none a title, head word or connector, not themselves a known name. */
static bool person_before_of(cr_ent_ctx *x, size_t i, size_t j)
{
    if (j - i < 2 || j - i > 3 || tok_is(x, i, W_STOP))
        return false;
    for (size_t k = i; k < j; k++)
        if (!is_cap(x, k) || tok_is(x, k, W_CUE | W_CONN | W_MOD) || head_of(x, k) || (x->t[k].flags & CR_TOK_ALLCAPS))
            return false;
    fold_range(x, i, j, &x->tmp2);
    return !gaz(x, x->tmp2.data, x->tmp2.len, NULL);
}

/* A capital letter alone: "A" or "I" is a word elsewhere, and "R" before "de" is not taken
 * for an initial by the tokenizer; in a team sheet each is an initial. */
static bool initial_word(const cr_ent_ctx *x, size_t k)
{
    return x->t[k].len == 1 && x->s[x->t[k].start] >= 'A' && x->s[x->t[k].start] <= 'Z';
}

/* Words that end a firm's name: after one, "and" starts another name ("Deutsche Bank AG and
 * W.I. Carr"), and before one a bracketed place is inside the name ("Bache Securities (Japan)
 * Ltd"). */
static const char *const firm_ends[] = {"ag", "bhd", "co", "corp", "gmbh", "inc", "llc", "ltd", "nv", "plc", "pty"};

static bool firm_end(const cr_ent_ctx *x, size_t k)
{
    return k < x->nt && is_word(x, k) && is_cap(x, k) && word_in(x, k, firm_ends, sizeof firm_ends / sizeof *firm_ends);
}

/* "George W. Bush", "J. Henry Schroeder": token j is the point after a capital letter that is
 * an initial, not a sentence's end, when a given name comes before the letter, or the letter
 * opens the chunk (at i) or follows a title ("Analyst J. Brannam") and a capitalised word that
 * is no known or common word follows ("plan B. Britain" ends a sentence). "Malcolm X." ends
 * one too, and "A." or "I." after anything but a given name; capitals ("C. S.P.A.") are no
 * given name or surname. */
static bool initial_point(cr_ent_ctx *x, size_t i, size_t j)
{
    if (j + 1 >= x->nt || x->t[j].cp != '.' || !(x->t[j].flags & CR_TOK_TIGHT) || !initial_word(x, j - 1) ||
        !is_cap(x, j + 1) || (x->t[j + 1].flags & CR_TOK_BREAK) || tok_is(x, j + 1, W_STOP) ||
        x->s[x->t[j - 1].start] == 'X' || (x->t[j + 1].flags & CR_TOK_ALLCAPS) ||
        memchr(x->s + x->t[j + 1].start, '.', x->t[j + 1].len))
        return false;
    if (j >= 2 && is_word(x, j - 2) && cr_ent_is_given_name(tf(x, j - 2), x->fl[j - 2]))
        return true; /* "Dennis A. Levine": after a given name "A" and "I" are initials too */
    if (x->s[x->t[j - 1].start] == 'I' || x->s[x->t[j - 1].start] == 'A')
        return false;
    return (j - 1 == i || tok_is(x, j - 2, W_CUE)) && !tok_gaz(x, j + 1) &&
           !cr_ent_is_common_word(tf(x, j + 1), x->fl[j + 1]);
}

/* "Bache Securities (Japan) Ltd", "Jardine Fleming (Securities) Ltd": from the "(" at token
 * j, one to three capitalised words, ")" and a firm's last word. Returns the token after that
 * word, or j. */
static size_t bracket_in_firm(const cr_ent_ctx *x, size_t j)
{
    if (x->t[j].cp != '(' || (x->t[j].flags & CR_TOK_WORD))
        return j;
    size_t k = j + 1;
    while (k < x->nt && k - j <= 3 && is_cap(x, k) && !(x->t[k].flags & CR_TOK_BREAK))
        k++;
    if (k == j + 1 || k + 1 >= x->nt || x->t[k].cp != ')' || (x->t[k].flags & CR_TOK_WORD) || !firm_end(x, k + 1))
        return j;
    return k + 2;
}

/* Where a chunk starting at token i ends: capitalised words, joined by connectors
 * ("of", "of the", "al") when a capitalised word follows; "for" and "and" only inside an
 * organisation's name ("Institute for Oriental Languages and Civilizations"). */
static size_t chunk_end(cr_ent_ctx *x, size_t i)
{
    size_t j = i + 1;
    bool org = head_of(x, i) == CR_ENT_ORG;
    while (j < x->nt && (!(x->t[j - 1].flags & CR_TOK_POSS) || poss_inside_name(x, j - 1))) {
        if (x->t[j].flags & CR_TOK_BREAK)
            break;
        /* "U.S. And West Germany": a capitalised conjunction (a wire typo, a headline's
         * capitals) joins two names, it is not inside one. */
        if (is_cap(x, j) && cap_conjunction(x, j))
            break;
        if (is_cap(x, j)) {
            org |= head_of(x, j) == CR_ENT_ORG;
            j++;
            continue;
        }
        /* "Johnson & Johnson", "Marks & Spencer": an ampersand between capitalised words
         * joins the partners of one firm. */
        if (x->t[j].cp == '&' && !(x->t[j].flags & CR_TOK_WORD) && is_cap(x, j + 1) &&
            !(x->t[j + 1].flags & CR_TOK_BREAK)) {
            int k1 = 0, k2 = 0; /* "Serbia & Montenegro": two places make a place */
            org |= !(gaz(x, tf(x, j - 1), x->fl[j - 1], &k1) && k1 == CR_ENT_PLACE &&
                     gaz(x, tf(x, j + 1), x->fl[j + 1], &k2) && k2 == CR_ENT_PLACE);
            j += 2;
            continue;
        }
        if (initial_point(x, i, j)) {
            x->t[j + 1].flags &= ~(unsigned)CR_TOK_SENT;
            j += 2;
            continue;
        }
        size_t fb = bracket_in_firm(x, j);
        if (fb != j) {
            org = true;
            j = fb;
            continue;
        }
        if (!is_word(x, j))
            break;
        size_t k = j + 1;
        bool is_and = x->fl[j] == 3 && memcmp(tf(x, j), "and", 3) == 0;
        /* "Fichtel und Sachs AG": German firms join their partners with "und" */
        bool is_und = x->fl[j] == 3 && memcmp(tf(x, j), "und", 3) == 0 && is_cap(x, k) &&
                      (firm_end(x, k + 1) || firm_end(x, k + 2));
        bool is_for = x->fl[j] == 3 && memcmp(tf(x, j), "for", 3) == 0;
        if (is_and && firm_end(x, j - 1) && !word_is(x, k, "co"))
            break;
        /* "the Daily Telegraph and The Sunday Telegraph": "The" after "and" opens a name */
        if (is_and && word_is(x, k, "the"))
            break;
        bool prev_head = head_of(x, j - 1) != 0;
        /* "and" stays inside an organisation's name, but not between a person and a title
         * ("Office Arayik Harutyunyan and Speaker ..."). */
        bool and_ok = ((org || (is_and && and_one_company(x, i, j))) && is_and && !prev_head && !cr_ent_surname_shape(tf(x, j - 1), x->fl[j - 1]) &&
                       !(is_cap(x, k) && tok_is(x, k, W_CUE))) ||
                      (is_and && and_org_name(x, i, j, k));
        /* "New York State Department of Health and State University of New York": two
         * bodies, each with its own head word, are two names. */
        if (and_ok && has_org_head(x, i, j) && has_org_head(x, k, cap_run_end(x, k)))
            and_ok = false;
        if (is_and && !and_ok && and_one_company(x, i, j))
            and_ok = true;
        if (is_and && !and_ok && is_cap(x, k) && gazetteer_across(x, i, j))
            and_ok = true;
        /* "Morgan Stanley and Co Inc": "and Co" ends a firm's name, known or not. */
        if ((is_and && is_cap(x, k) && word_is(x, k, "co")) || is_und)
            and_ok = true;
        /* "Ambassador for Special Assignments": a title goes on after "for". */
        bool title_for = is_for && (tok_is(x, j - 1, W_CUE) || tok_is(x, j - 1, W_MOD));
        bool conn = (tok_is(x, j, W_CONN) && !is_for) || (org && is_for) || title_for || and_ok;
        /* "Mail on Sunday", "Newcastle upon Tyne": a short lower-case word inside a name the
         * gazetteer knows */
        if (!conn && !is_and && x->fl[j] <= 4 && !is_cap(x, j) && is_cap(x, k) && gazetteer_across(x, i, j))
            conn = true;
        bool is_of = x->fl[j] == 2 && memcmp(tf(x, j), "of", 2) == 0;
        /* "Sania Mirza of India", "Zara Hyde Peters of UK Athletics": a person "of" a known
         * name is two names; a title goes on ("Shaun of the Dead", "Duchy of Cornwall"). */
        if (is_of && is_cap(x, k) && (tok_gaz(x, k) || tok_is(x, k, W_DEM)) && person_before_of(x, i, j))
            break;
        /* "the defection to Labour of Robert Jackson": "of" between a known name and a
         * given name and surname says whose, as "Sania Mirza of India" says where ("The
         * Diary of Alicia Keys" is a title) */
        if (is_of && j == i + 1 && tok_gaz(x, i) && k + 1 < x->nt && is_cap(x, k) && is_cap(x, k + 1) &&
            !(x->t[k].flags & CR_TOK_BREAK) && cr_ent_is_given_name(tf(x, k), x->fl[k]) && !tok_gaz(x, k) &&
            !head_of(x, k + 1))
            break;
        /* "Acme Corp of Dallas", "H.B. Shaine and Co Inc of Grand Rapids": a firm's suffix
         * ends its name; "of" then says where it is. */
        if (is_of && firm_end(x, j - 1))
            break;
        if (conn && k < x->nt && (is_of || is_for) && is_word(x, k) &&
            x->fl[k] == 3 && memcmp(tf(x, k), "the", 3) == 0 && !(x->t[k].flags & CR_TOK_CAP))
            k++;
        /* "Miguel de la Madrid", "Fernando de la Rua", "Ursula von der Leyen": a particle of
         * two words */
        static const char *const second_particles[] = {"den", "der", "la", "las", "los"};
        if (conn && !is_of && !is_for && k + 1 < x->nt && !is_cap(x, k) &&
            word_in(x, k, second_particles, sizeof second_particles / sizeof *second_particles))
            k++;
        if (conn && is_cap(x, k) && !(x->t[k].flags & CR_TOK_BREAK)) {
            j = k;
            continue;
        }
        break;
    }
    return j;
}

/* True if a capitalised word follows token k, maybe after more particles ("van der Walt"). */
static bool name_follows(const cr_ent_ctx *x, size_t k, size_t b)
{
    for (size_t j = k + 1; j < b && is_word(x, j); j++) {
        if (is_cap(x, j))
            return true;
        if (!tok_is(x, j, W_CONN))
            return false;
    }
    return false;
}

/* A lower-case word a team sheet may hold (token k of the line ending at b): a particle
 * before a name ("van der Walt", "CA del Fava"), "for" between two names ("Everitt for
 * Mapletoft (53)"), "and", the initials "A" and "I" ("A Jones", "I Gough"), or a word of a
 * label before a colon ("Subs not used:"). */
static bool list_word(const cr_ent_ctx *x, size_t k, size_t b)
{
    if (word_is(x, k, "and"))
        return true;
    if (tok_is(x, k, W_CONN) && name_follows(x, k, b))
        return true;
    if (initial_word(x, k) && name_follows(x, k, b))
        return true;
    for (size_t j = k + 1; j < b && j <= k + 3; j++) {
        if (x->t[j].cp == ':' && !is_word(x, j))
            return true;
        if (!is_word(x, j))
            break;
    }
    return false;
}

/* True if tokens [a, b) are a line listing names ("Hislop, Griffin, Primus, De Zeeuw,
 * Taylor, Stone (Cisse 76)", "R Russell, B Douglas, N Hines."): a team sheet, where every
 * word is capitalised because every item is a name, not because the line is a title. At
 * least four items between commas or semicolons, and no lower-case word outside brackets
 * but those list_word() allows. */
static bool name_list_line(const cr_ent_ctx *x, size_t a, size_t b)
{
    size_t seps = 0, depth = 0;
    for (size_t k = a; k < b; k++) {
        if (!is_word(x, k)) {
            unsigned cp = x->t[k].cp;
            seps += depth == 0 && (cp == ',' || cp == ';');
            depth += cp == '(';
            depth -= cp == ')' && depth > 0;
            continue;
        }
        if (depth == 0 && !(x->t[k].flags & (CR_TOK_CAP | CR_TOK_NUM)) && !list_word(x, k, b))
            return false;
    }
    return seps >= 3;
}

/* In a team sheet the initials "A" and "I" and a particle opening an item ("van der Walt")
 * start a name: they are marked capitalised so that the item is read whole. */
static void mark_team_sheets(cr_ent_ctx *x)
{
    for (size_t a = 0; a < x->nt;) {
        size_t b = a + 1;
        while (b < x->nt && !(x->t[b].flags & CR_TOK_NL))
            b++;
        if (b - a >= 8 && name_list_line(x, a, b)) {
            for (size_t k = a; k < b; k++) {
                if (!is_word(x, k) || (x->t[k].flags & CR_TOK_CAP) || (k > a && is_word(x, k - 1)))
                    continue; /* only a word opening an item */
                bool particle = tok_is(x, k, W_CONN) && !word_is(x, k, "for");
                if ((initial_word(x, k) || particle) && name_follows(x, k, b))
                    x->t[k].flags |= CR_TOK_CAP;
            }
        }
        a = b;
    }
}

/* True if the line holding token i is written in title case ("Visitors To Karabakh To
 * Require Russian Permission"): there every word is capitalised, so capitals say nothing. */
static bool title_line(cr_ent_ctx *x, size_t i)
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
    x->line_list = name_list_line(x, a, b);
    if (x->line_list)
        return false;
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
static void title_chunk(cr_ent_ctx *x, size_t a, size_t b)
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
            cr_ent_emit(x, i, best, kind, "gazetteer", NULL, false, false);
            i = best;
            continue;
        }
        if (is_cap(x, i) && !tok_is(x, i, W_STOP) && !tok_is(x, i, W_DEM) &&
            !tok_is(x, i, W_CAL) && !tok_is(x, i, W_CONN))
            cr_ent_emit(x, i, i + 1, CR_ENT_OTHER, "capitalised word", NULL, false, true);
        i++;
    }
}

/* "Ireland-based", "London-listed", "New York-based": the tokenizer takes a word ending in
 * a lower-case part for an adjective, but before these endings a known name is a real
 * mention. Tokens [a, i) are capitalised words before the hyphenated token i. Returns true
 * if it emitted the name. */
static bool known_before_suffix(cr_ent_ctx *x, size_t a, size_t i)
{
    static const char *const endings[] = {"-based", "-born", "-headquartered", "-listed", "-registered"};
    const char *f = tf(x, i);
    size_t n = x->fl[i];
    if (!(x->t[i].flags & CR_TOK_HYPH) || x->s[x->t[i].start] < 'A' || x->s[x->t[i].start] > 'Z')
        return false;
    for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
        size_t el = strlen(endings[k]);
        int kind;
        if (n <= el || memcmp(f + n - el, endings[k], el) != 0)
            continue;
        cr_buf *key = &x->tmp2;
        key->len = 0;
        if (a < i) {
            fold_range(x, a, i, key);
            cr_buf_addc(key, ' ');
        }
        cr_buf_add(key, f, n - el);
        if (!gaz(x, key->data, key->len, &kind))
            continue;
        if (x->nc == x->cap) {
            x->cap = x->cap ? x->cap * 2 : 32;
            x->c = cr_xrealloc(x->c, x->cap * sizeof *x->c);
            x->tentative = cr_xrealloc(x->tentative, x->cap * sizeof *x->tentative);
        }
        cr_ent_cand *c = &x->c[x->nc];
        x->tentative[x->nc++] = false;
        memset(c, 0, sizeof *c);
        c->t0 = a;
        c->t1 = i + 1;
        c->start = x->t[a].start;
        c->end = x->t[i].start + (x->t[i].len - el); /* ASCII endings: same length folded */
        c->kind = kind;
        c->reason = "gazetteer";
        c->name = cr_xstrndup(x->s + c->start, c->end - c->start);
        c->folded = cr_xstrndup(key->data, key->len);
        return true;
    }
    return false;
}

/* True if the line holding token i is mostly capitals ("U.K. WAS SEEN BUYING ..."): a
 * wire headline or shouted sentence, where capitals say nothing about names. */
static bool caps_line(cr_ent_ctx *x, size_t i)
{
    /* The answer is kept for the line: asking for each capital word of a long line was
     * quadratic in its length. */
    if (x->caps_known && i >= x->caps_start && i < x->caps_end)
        return x->caps_result;
    size_t a = i, b = i + 1, words = 0, caps = 0;
    while (a > 0 && !(x->t[a].flags & CR_TOK_NL))
        a--;
    while (b < x->nt && !(x->t[b].flags & CR_TOK_NL))
        b++;
    for (size_t k = a; k < b; k++) {
        if (!is_word(x, k) || (x->t[k].flags & CR_TOK_NUM) || x->t[k].len < 2)
            continue;
        words++;
        caps += (x->t[k].flags & CR_TOK_ALLCAPS) != 0;
    }
    x->caps_known = true;
    x->caps_start = a;
    x->caps_end = b;
    x->caps_result = words >= 3 && caps * 10 >= words * 7;
    return x->caps_result;
}

/* In a line of capitals only known names count. */
static void caps_chunk(cr_ent_ctx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        size_t best = 0;
        int kind = 0;
        for (size_t j = i + MAX_GAZ_WORDS < b ? i + MAX_GAZ_WORDS : b; j > i && !best; j--) {
            fold_range(x, i, j, &x->tmp2);
            if (gaz(x, x->tmp2.data, x->tmp2.len, &kind))
                best = j;
        }
        if (best)
            cr_ent_emit(x, i, best, kind, "gazetteer", NULL, false, false);
        i = best ? best : i + 1;
    }
}

/* True if token a stands in brackets that hold no number: "G Thomas (Toulouse, capt)",
 * "J Fourie (S Africa)" name a player's club or country; "Stone (Cisse 76)" a substitute. */
static bool club_in_brackets(const cr_ent_ctx *x, size_t a)
{
    size_t depth = 0;
    for (size_t k = x->line_start; k < a; k++)
        if (!is_word(x, k))
            depth = x->t[k].cp == '(' ? depth + 1 : x->t[k].cp == ')' && depth ? depth - 1 : depth;
    if (!depth)
        return false;
    for (size_t k = a; k < x->line_end && x->t[k].cp != ')'; k++)
        if (x->t[k].flags & CR_TOK_NUM)
            return false;
    return true;
}

/* An item of a team sheet is a person, unless it is a known name or a label before a
 * colon ("Portsmouth:", "Subs Not Used:"). Returns true if it emitted the item. */
static bool list_item(cr_ent_ctx *x, size_t a, size_t b)
{
    size_t c = b; /* "Subs not used:": a label may go on in lower case */
    while (c < x->nt && c < b + 3 && is_word(x, c) && !(x->t[c].flags & CR_TOK_CAP))
        c++;
    if (c < x->nt && x->t[c].cp == ':' && !is_word(x, c)) {
        if (c > b)
            return true;
        /* a label made of common words ("Subs Not Used:") is skipped; a team goes on */
        for (size_t k = a; k < b; k++)
            if (is_word(x, k) && !cr_ent_is_common_word(tf(x, k), x->fl[k]))
                return false;
        return true;
    }
    if (club_in_brackets(x, a))
        return false;
    bool initial = b - a >= 2 && initial_word(x, a); /* "A Jones", "I Gough" */
    if ((tok_is(x, a, W_STOP) && !initial) || tok_is(x, a, W_CAL))
        return false;
    fold_range(x, a, b, &x->tmp2);
    if (gaz(x, x->tmp2.data, x->tmp2.len, NULL))
        return false;
    cr_ent_emit(x, a, b, CR_ENT_PERSON, "name list", NULL, false, false);
    return true;
}

bool cr_ent_web_name(const cr_ent_ctx *x, size_t i)
{
    static const char *const domains[] = {".com", ".co.uk", ".org", ".net", ".org.uk", ".tv"};
    const char *f = tf(x, i);
    size_t n = x->fl[i];
    for (size_t k = 0; k < sizeof domains / sizeof *domains; k++) {
        size_t dl = strlen(domains[k]);
        /* a site's own name before it: three letters at least, no other dot ("www.") */
        if (n >= dl + 3 && memcmp(f + n - dl, domains[k], dl) == 0 && !memchr(f, '.', n - dl))
            return true;
    }
    return false;
}

/* "U.S. Economy", "U.K. Tax", "U.S. Dlrs": wire copy capitalises the word after a
 * country's abbreviation; a common word or a wire unit there is no part of a name. True if token i is
 * such an abbreviation (a known place written in capitals) and token i + 1 such a word. */
static bool country_then_word(const cr_ent_ctx *x, size_t i)
{
    int kind = 0;
    const cr_tok *t = &x->t[i];
    bool abbrev = t->len <= 4 && ((t->flags & CR_TOK_ALLCAPS) || memchr(x->s + t->start, '.', t->len));
    if (!abbrev || !gaz(x, tf(x, i), x->fl[i], &kind) || kind != CR_ENT_PLACE)
        return false;
    static const char *const wire_units[] = {"bln", "cts", "dlr", "dlrs", "mln", "pct", "stg"};
    return is_word(x, i + 1) && !(x->t[i + 1].flags & CR_TOK_ALLCAPS) && !tok_gaz(x, i + 1) &&
           (cr_ent_is_common_word(tf(x, i + 1), x->fl[i + 1]) ||
            word_in(x, i + 1, wire_units, sizeof wire_units / sizeof *wire_units));
}

/* "Arsenal v Stoke", "Hull v Colchester": a word that plays against another capitalised
 * name is a side's name, not a word capitalised by position or for emphasis; a side no
 * other rule explained is a team (ORG). */
static void confirm_fixtures(cr_ent_ctx *x)
{
    static const char *const versus[] = {"v", "vs"};
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        size_t v = c->t1;
        bool before = v + 1 < x->nt && word_in(x, v, versus, 2) && is_cap(x, v + 1);
        bool after = c->t0 >= 2 && word_in(x, c->t0 - 1, versus, 2) && is_cap(x, c->t0 - 2);
        if (!before && !after)
            continue;
        x->tentative[i] = false;
        if (c->kind == CR_ENT_OTHER && !c->cue && c->reason && strncmp(c->reason, "capitalised word", 16) == 0) {
            c->kind = CR_ENT_ORG;
            c->reason = "fixture: v";
        }
    }
}

void cr_ent_find_candidates(cr_ent_ctx *x)
{
    mark_team_sheets(x);
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
            if (cr_ent_web_name(x, i)) { /* "newsgaming.com" */
                cr_ent_emit(x, i, i + 1, CR_ENT_ORG, "web address", NULL, false, false);
                i++;
                continue;
            }
            if (known_before_suffix(x, i, i)) {
                i++;
                continue;
            }
            size_t p = phrase_at(x, i);
            i = p > i ? p : i + 1;
            continue;
        }
        size_t e = chunk_end(x, partner_list(x, i));
        size_t pe = known_possessive(x, i, e); /* "Moody's", "The Standard & Poor's" */
        if (!pe && e - i >= 2 && tok_is(x, i, W_STOP))
            pe = known_possessive(x, i + 1, e);
        if (pe) {
            i = pe;
            continue;
        }
        if (e < x->nt && e - i <= 2 && !(x->t[e].flags & CR_TOK_BREAK) && known_before_suffix(x, i, e)) {
            i = e + 1; /* "New York-based" */
            continue;
        }
        /* "France 24", "the FTSE 100": a known name that ends in a number. */
        if (e < x->nt && (x->t[e].flags & CR_TOK_NUM) && !(x->t[e].flags & (CR_TOK_BREAK | CR_TOK_TIGHT)) &&
            !(x->t[e - 1].flags & CR_TOK_POSS)) {
            size_t a = e - i >= 2 && tok_is(x, i, W_STOP) ? i + 1 : i;
            fold_range(x, a, e + 1, &x->tmp);
            int kind;
            if (gaz(x, x->tmp.data, x->tmp.len, &kind)) {
                cr_ent_emit(x, a, e + 1, kind, "gazetteer", NULL, false, false);
                i = e + 1;
                continue;
            }
        }
        /* "Parliament Act 1949", "Terrorism Act 2000": an act's year is part of its name. */
        if (e < x->nt && e - i >= 2 && word_is(x, e - 1, "act") && (x->t[e].flags & CR_TOK_NUM) &&
            !(x->t[e].flags & (CR_TOK_BREAK | CR_TOK_TIGHT)) && x->t[e].len == 4 && x->s[x->t[e].start] <= '2')
            e++;
        /* "Lachin corridor", "Karabakh war": a lower-case head completes the name. */
        if (e < x->nt && is_word(x, e) && !(x->t[e - 1].flags & CR_TOK_POSS) &&
            !(x->t[e].flags & (CR_TOK_CAP | CR_TOK_BREAK)) && cr_ent_is_lower_head(tf(x, e), x->fl[e]) &&
            !tok_is(x, e - 1, W_DEM) && !tok_is(x, e - 1, W_STOP))
            e++;
        /* A dateline ("RIO DE JANEIRO, March 5 -") is a line of capitals too, but a short one. */
        if ((x->t[i].flags & CR_TOK_ALLCAPS) && caps_line(x, i)) {
            caps_chunk(x, i, e);
            i = e;
            continue;
        }
        if (title_line(x, i)) {
            title_chunk(x, i, e);
            i = e;
            continue;
        }
        if (x->line_list && list_item(x, i, e)) {
            i = e;
            continue;
        }
        if (e - i == 2 && country_then_word(x, i)) {
            cr_ent_chunk(x, i, i + 1, CR_ENT_NO_CUE);
            i = e;
            continue;
        }
        bool cue_before = i > 0 && is_word(x, i - 1) && !(x->t[i - 1].flags & CR_TOK_CAP) &&
                          tok_is(x, i - 1, W_CUE);
        /* "Sen. Thad Cochran", "Mr. Houston": a title shortened with a point */
        size_t dotted = i >= 2 && !is_word(x, i - 1) && x->t[i - 1].cp == '.' && (x->t[i - 1].flags & CR_TOK_TIGHT) &&
                                is_word(x, i - 2) && !(x->t[i - 2].flags & CR_TOK_ALLCAPS) && tok_is(x, i - 2, W_CUE) &&
                                cr_ent_is_abbrev(tf(x, i - 2), x->fl[i - 2])
                            ? i - 2
                            : CR_ENT_NO_CUE;
        /* "the Prime Minister's Office Arayik Harutyunyan": the title goes on after 's. */
        if (i > 0 && (x->t[i - 1].flags & CR_TOK_POSS) && tok_is(x, i - 1, W_CUE)) {
            size_t s = e;
            while (s > i && cr_ent_name_word(x, s - 1))
                s--;
            if (s == e && e - i == 1 && head_of(x, i)) {
                i = e; /* "the Prime Minister's Office": part of the title */
                continue;
            }
            if (s > i && s < e && e - s <= 4) {
                cr_buf r;
                cr_buf_init(&r);
                cr_buf_printf(&r, "title cue: %.*s", (int)x->t[i - 1].len, x->s + x->t[i - 1].start);
                cr_ent_emit(x, s, e, CR_ENT_PERSON, NULL, cr_buf_steal(&r), true, false);
                i = e;
                continue;
            }
        }
        cr_ent_chunk(x, i, e, cue_before ? i - 1 : dotted);
        i = e;
    }
    confirm_fixtures(x);
}
