/* entity_shortform.c - inside one article, an organisation or place is named again by its
 * leading word ("Biogen Idec" ... "Biogen", "Real Madrid" ... "Real", "Texas Instruments" ...
 * "Texas"), as a person is by surname. Such a bare word takes the longer name and its kind.
 * Places named by a head word and names ending in a number take no bare word; a word
 * the gazetteer knows by itself stays itself beside a body named by a head word.
 * A word the article also uses after a place preposition ("in Texas", "in Blackpool") or
 * in a list of known places ("Britain, Canada, Italy, Japan") is the place, and none of its bare uses join the longer name ("Texas Instruments", "Blackpool
 * Hotel Association"). A word used alone before the longer name is written is a name of its
 * own ("Fiat" ... "Fiat Auto"). */
#include "entity_scan.h"

#include <stdlib.h>

/* True if the single word at token i is a known place listed next to another known place
 * ("Britain, Canada, France, Italy, Japan"). */
static bool listed_with_places(const cr_ent_ctx *x, size_t i)
{
    int k;
    if (i >= 2 && x->t[i - 1].cp == ',' && is_word(x, i - 2) && gaz(x, tf(x, i - 2), x->fl[i - 2], &k) &&
        k == CR_ENT_PLACE)
        return true;
    return i + 2 < x->nt && x->t[i + 1].cp == ',' && is_word(x, i + 2) &&
           gaz(x, tf(x, i + 2), x->fl[i + 2], &k) && k == CR_ENT_PLACE;
}

/* "in Texas", "from Blackpool"; for a word the gazetteer does not know, not a holding in a
 * company ("its position in USAir", "a stake in Elan") nor a thing of its own ("contained
 * in USAir's charter"). */
static bool after_place_preposition(const cr_ent_ctx *x, size_t i)
{
    static const char *const preps[] = {"in", "near", "from", "outside", "across", "throughout"};
    static const char *const holdings[] = {"holding", "holdings", "interest", "investment", "position",
                                           "shares", "stake", "stakes", "stock"};
    if (listed_with_places(x, i))
        return true;
    if (i == 0 || !word_in(x, i - 1, preps, sizeof preps / sizeof *preps))
        return false;
    if (tok_gaz(x, i)) /* a known name keeps the place reading: "shares in Barclays" */
        return true;
    return !(x->t[i].flags & CR_TOK_POSS) &&
           !(word_is(x, i - 1, "in") && i >= 2 && word_in(x, i - 2, holdings, sizeof holdings / sizeof *holdings));
}

/* "Texas said sales rose": a verb of a company's report after the word (token i). */
static bool company_verb(const cr_ent_ctx *x, size_t i)
{
    static const char *const verbs[] = {"said", "says", "reported", "posted", "announced"};
    return word_in(x, i, verbs, sizeof verbs / sizeof *verbs);
}

/* Candidate i, a short form, stands for candidate l: its name, kind and a reason saying so
 * ("short form of", or what says the short form is of). A sentence's first word is
 * confirmed by the longer name. */
static void stand_for_as(cr_ent_ctx *x, size_t i, size_t l, const char *what)
{
    cr_ent_cand *c = &x->c[i];
    x->tentative[i] = false;
    free(c->name);
    c->name = cr_xstrdup(x->c[l].name);
    c->kind = x->c[l].kind;
    free(c->reason_owned);
    c->reason_owned = cr_xasprintf("%s %s", what, x->c[l].name);
    c->reason = c->reason_owned;
}

static void stand_for(cr_ent_ctx *x, size_t i, size_t l)
{
    stand_for_as(x, i, l, "short form of");
}

/* "the European Commission ... the Commission said": a head word alone stands for the one
 * longer name of the article that ends in it. With none, or two ("Foreign Affairs
 * Committee", "Public Accounts Committee"), it stays a bare head word, which
 * cr_ent_drop_common() then passes over. Not a place's head: "the City" is London's, not
 * "Mexico City". */
static void resolve_head_words(cr_ent_ctx *x)
{
    cr_ent_map ending; /* last word -> the one longer name ending in it, or NONE */
    cr_ent_map_init(&ending);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        const char *sp = strrchr(c->folded, ' ');
        if (c->t1 - c->t0 >= 2 && sp && head_of(x, c->t1 - 1) && c->kind != CR_ENT_PERSON)
            map_set_one(&ending, x, sp + 1, strlen(sp + 1), i);
    }
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        size_t j;
        if (c->t1 - c->t0 != 1 || c->cue || !c->reason || strncmp(c->reason, "head word: ", 11) != 0 ||
            head_of(x, c->t0) == CR_ENT_PLACE || !cr_ent_map_get(&ending, c->folded, strlen(c->folded), &j) || j == (size_t)-1)
            continue;
        stand_for(x, i, j);
    }
    cr_ent_map_free(&ending);
}

/* "DS" of "Nintendo DS", "PSP" of "Sony PSP", "XP" of "Windows XP": a product's letters
 * after its maker's name. Not a firm's suffix (a head word: "Unilever NV") nor a known
 * name ("Air UK", "Team GB"). */
static bool model_letters(const cr_ent_ctx *x, size_t i)
{
    static const char *const firms[] = {"ab", "ac", "ag", "as", "asa", "bv", "fc", "kk", "nv", "oy",
                                        "plc", "sa", "se", "spa"};
    return is_word(x, i) && (x->t[i].flags & CR_TOK_ALLCAPS) && x->t[i].len >= 2 && x->t[i].len <= 5 &&
           x->fl[i] == x->t[i].len && !head_of(x, i) && !tok_gaz(x, i) &&
           !word_in(x, i, firms, sizeof firms / sizeof *firms);
}

/* True if the words of tokens [a, b) only say what kind of firm or body a name is ("Co",
 * "Corp", "Group", "Airlines"): "Boeing Co" is Boeing, "BBC Radio Sheffield" is not the BBC. */
static bool only_firm_words(const cr_ent_ctx *x, size_t a, size_t b)
{
    static const char *const firm[] = {"ab", "ag", "bv", "co", "company", "corp", "corporation", "gmbh",
                                       "inc", "incorporated", "industrie", "industries", "international",
                                       "limited", "llc", "ltd", "motor", "motors", "nv", "oy", "plc",
                                       "sa", "spa"};
    for (size_t k = a; k < b; k++)
        if (is_word(x, k) && !word_in(x, k, firm, sizeof firm / sizeof *firm) && head_of(x, k) != CR_ENT_ORG)
            return false;
    return true;
}

/* The article uses the word w[0..n) (folded) alone for something other than a person or a
 * place. */
static bool used_alone(const cr_ent_ctx *x, const char *w, size_t n)
{
    for (size_t i = 0; i < x->nc; i++)
        if (x->c[i].t1 - x->c[i].t0 == 1 && strlen(x->c[i].folded) == n && memcmp(x->c[i].folded, w, n) == 0)
            return x->c[i].kind != CR_ENT_PERSON && x->c[i].kind != CR_ENT_PLACE;
    return false;
}

/* "Nintendo DS" beside "Nintendo" and "DS": the maker's name and the product's letters are
 * each used alone, so the two words name the product (OTHER), the letters alone stand for
 * it, and the maker stays itself. With two such products ending in the same letters the
 * letters stay apart. */
static void resolve_model_letters(cr_ent_ctx *x)
{
    cr_ent_map product; /* folded letters -> the one maker-and-letters name ending in them */
    cr_ent_map_init(&product);
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        const char *sp = strchr(c->folded, ' ');
        if (c->t1 - c->t0 != 2 || !sp || c->kind == CR_ENT_PERSON || c->kind == CR_ENT_PLACE || c->cue ||
            !model_letters(x, c->t0 + 1) || (x->t[c->t0].flags & CR_TOK_ALLCAPS))
            continue;
        if (used_alone(x, c->folded, (size_t)(sp - c->folded)) && used_alone(x, sp + 1, strlen(sp + 1)))
            map_set_one(&product, x, sp + 1, strlen(sp + 1), i);
    }
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        size_t j;
        if (c->t1 - c->t0 != 1 || !(x->t[c->t0].flags & CR_TOK_ALLCAPS) ||
            !cr_ent_map_get(&product, c->folded, strlen(c->folded), &j) || j == (size_t)-1)
            continue;
        for (size_t k = 0; k < x->nc; k++)
            if (strcmp(x->c[k].folded, x->c[j].folded) == 0)
                x->c[k].kind = CR_ENT_OTHER;
        stand_for_as(x, i, j, "product letters of");
    }
    cr_ent_map_free(&product);
}

void cr_ent_resolve_short_forms(cr_ent_ctx *x)
{
    cr_ent_map longer; /* leading word -> the first ORG/PLACE name of two or more words */
    cr_ent_map placed; /* bare words the article uses after a place preposition */
    cr_ent_map maker;  /* leading word of a product named by maker and letters -> product */
    cr_ent_map first_bare; /* word -> its first use alone */
    cr_ent_map_init(&first_bare);
    cr_ent_map_init(&longer);
    cr_ent_map_init(&placed);
    cr_ent_map_init(&maker);
    for (size_t i = 0; i < x->nc; i++) {
        const cr_ent_cand *c = &x->c[i];
        size_t n = c->t1 - c->t0;
        /* A place named by a head word ("Blackpool Hotel") does not take its town's name; a
         * name ending in a number ("France 24") is a brand that leaves the country alone. */
        bool place = c->kind == CR_ENT_PLACE && strncmp(c->reason, "gazetteer", 9) == 0;
        /* "Sundance" of "Sundance Film Festival", "Grammy" of "Grammy Awards"; not a word of
         * its own ("Children Act", "World Cup") nor a person's first name ("Bill Conti") */
        bool event = c->kind == CR_ENT_EVENT && !tok_gaz(x, c->t0) && !tok_is(x, c->t0, W_STOP) &&
                     !cr_ent_is_common_word(tf(x, c->t0), x->fl[c->t0]) &&
                     !cr_ent_is_given_name(tf(x, c->t0), x->fl[c->t0]);
        /* "Nintendo DS" beside "DS": a product's letters, used alone, leave its maker alone. */
        bool product = n == 2 && model_letters(x, c->t1 - 1) && used_alone(x, tf(x, c->t1 - 1), x->fl[c->t1 - 1]);
        if (product)
            cr_ent_map_add(&maker, tf(x, c->t0), x->fl[c->t0], i);
        else if (n >= 2 && (c->kind == CR_ENT_ORG || place || event) && is_word(x, c->t0) &&
                 !tok_is(x, c->t0, W_CONN) && !(x->t[c->t1 - 1].flags & CR_TOK_NUM))
            cr_ent_map_add(&longer, tf(x, c->t0), x->fl[c->t0], i);
        if (n == 1 && after_place_preposition(x, c->t0))
            cr_ent_map_add(&placed, c->folded, strlen(c->folded), i);
        if (n == 1 && !x->tentative[i])
            cr_ent_map_add(&first_bare, c->folded, strlen(c->folded), i);
    }
    for (size_t i = 0; i < x->nc; i++) {
        cr_ent_cand *c = &x->c[i];
        size_t li;
        if (c->t1 - c->t0 != 1 || c->cue || c->kind == CR_ENT_PERSON || strchr(c->folded, ' ') ||
            strlen(c->folded) != x->fl[c->t0] || !cr_ent_map_get(&longer, c->folded, strlen(c->folded), &li))
            continue;
        const cr_ent_cand *l = &x->c[li];
        size_t pi;
        if (cr_ent_map_get(&placed, c->folded, strlen(c->folded), NULL))
            continue;
        /* A word the article uses alone before it writes the longer name is a name of its
         * own: "the Fiat conglomerate ... chief executive of Fiat Auto" (its car business),
         * "Yahoo ... Yahoo Messenger", "US ... US Federal Reserve"; a short form comes after
         * the name it shortens. Unless the longer name is the word and a body's head word
         * ("Delta ... Delta Airlines", "Treasury ... Treasury Department"). */
        size_t fi;
        if (cr_ent_map_get(&first_bare, c->folded, strlen(c->folded), &fi) && fi < li &&
            !(l->t1 - l->t0 == 2 && head_of(x, l->t1 - 1) == CR_ENT_ORG))
            continue;
        /* nor a longer name that only goes on from the product ("Windows XP Counterfeit
         * Project"); the maker's own full name is still its ("Archive Corp") */
        if (cr_ent_map_get(&maker, c->folded, strlen(c->folded), &pi) &&
            strncmp(l->folded, x->c[pi].folded, strlen(x->c[pi].folded)) == 0)
            continue;
        /* A word known on its own is itself beside a body it gives its name to ("China"
         * beside "China Construction Bank", "Google" beside "Google News"), not beside a
         * company named after it ("Texas" beside "Texas Instruments"). Two bodies the
         * gazetteer knows are two ("BBC", "BBC One"), but a town known by itself may name
         * its club ("Newcastle", "Newcastle United"). An acronym is not a
         * word written in lower case ("US" beside "Us Weekly"). */
        int bare_kind = 0; /* two bodies the gazetteer knows are two: "BBC", "BBC One" */
        bool known_bare = gaz(x, c->folded, strlen(c->folded), &bare_kind);
        bool known_both = strcmp(l->reason, "gazetteer") == 0 && known_bare && bare_kind == CR_ENT_ORG;
        /* A known place stands for a longer name only if that is a known club or a body
         * with its head word ("Newcastle United", "Leeds City Council"), not for whatever
         * follows it once ("US" beside "US Capitol"). */
        bool place_alone = tok_gaz(x, c->t0) && bare_kind == CR_ENT_PLACE && strcmp(l->reason, "gazetteer") != 0 &&
                           !head_of(x, l->t1 - 1);
        /* a known country or state and the known city named after it are two: "Mexico",
         * "Mexico City", "Kansas", "Kansas City" (but "Aegean" is the "Aegean Sea") */
        bool two_places = known_bare && bare_kind == CR_ENT_PLACE && l->kind == CR_ENT_PLACE &&
                          strcmp(l->reason, "gazetteer") == 0 && word_is(x, l->t1 - 1, "city");
        /* a body known by itself is itself beside a longer name that is more than the firm:
         * "BBC" beside "BBC Radio Sheffield", "Google" beside "Google Video", but "Boeing"
         * is "Boeing Co" */
        bool known_org = known_bare && bare_kind == CR_ENT_ORG && strcmp(l->reason, "gazetteer") != 0 &&
                         !only_firm_words(x, l->t0 + 1, l->t1);
        if (place_alone || two_places || known_org ||
            (tok_gaz(x, c->t0) && (head_of(x, l->t1 - 1) == CR_ENT_ORG || known_both) && !company_verb(x, c->t1)) ||
            ((x->t[c->t0].flags & CR_TOK_ALLCAPS) && !(x->t[l->t0].flags & CR_TOK_ALLCAPS)))
            continue;
        stand_for(x, i, li);
    }
    cr_ent_map_free(&longer);
    cr_ent_map_free(&placed);
    cr_ent_map_free(&maker);
    cr_ent_map_free(&first_bare);
    resolve_head_words(x);
    resolve_model_letters(x);
}
