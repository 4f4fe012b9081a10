/* claims_subject.c - what a number counts: the kind of event ("killed", "fled",
 * "remaining", ...) from cue words near it, the counted noun, and for population figures
 * the place they describe (a city and a country of one story differ a hundredfold). */
#include <ctype.h>
#include <string.h>

#include "claims_int.h"

static const char *const people_nouns[] = {
    "people", "persons", "person", "residents", "resident", "inhabitants", "armenians",
    "azerbaijanis", "azeris", "civilians", "refugees", "soldiers", "soldier", "servicemen",
    "serviceman", "troops", "peacekeepers", "officials", "children", "women", "men", "families",
    "journalists", "prisoners", "fighters", "volunteers", "representatives", "citizens",
    "karabakhis", "migrants", "hostages", "victims", "students", "workers", "policemen",
    "protesters", "activists", "militants", "separatists", "christians", "muslims", "jews",
    "israelis", "palestinians", "russians", "ukrainians", "turks", "voters", "patients",
    "employees", "individuals", "evacuees", "doctors", "personnel", "deputies", "detainees",
    "mercenaries", "settlers", "pilgrims", "survivors", "adults", "elderly", "orphans",
    "members", "staff", NULL};

/* Capitalised plurals of nationalities: "Ethiopians", "Israelis", "Chinese". */
static bool nationality(const char *s, size_t n)
{
    static const char *const ends[] = {"ians", "ans", "is", "ese", NULL};
    if (n < 5 || !isupper((unsigned char)s[0]))
        return false;
    for (int k = 0; ends[k]; k++) {
        size_t e = strlen(ends[k]);
        if (memcmp(s + n - e, ends[k], e) == 0)
            return true;
    }
    return false;
}

bool cw_people_noun(const char *s, size_t n)
{
    return cw_find(s, n, people_nouns) >= 0 || nationality(s, n);
}

typedef struct {
    const char *word;
    const char *kind;
} cue;

/* Event words: the first one near a number says what happened to those counted. */
static const cue verb_cues[] = {
    {"killed", "killed"}, {"kill", "killed"}, {"killing", "killed"}, {"dead", "killed"},
    {"died", "killed"}, {"die", "killed"}, {"deaths", "killed"}, {"death", "killed"},
    {"slaughtered", "killed"}, {"perished", "killed"}, {"massacred", "killed"},
    {"fatalities", "killed"}, {"toll", "killed"},
    {"wounded", "wounded"}, {"injured", "wounded"}, {"injuries", "wounded"}, {"hurt", "wounded"},
    {"fled", "fled"}, {"flee", "fled"}, {"fleeing", "fled"}, {"flees", "fled"},
    {"left", "fled"}, {"leave", "fled"}, {"leaving", "fled"}, {"crossed", "fled"},
    {"cross", "fled"}, {"arrived", "fled"}, {"exodus", "fled"}, {"evacuated", "fled"},
    {"displaced", "fled"}, {"refugees", "fled"}, {"influx", "fled"}, {"departed", "fled"},
    {"driven", "fled"}, {"expelled", "fled"}, {"deported", "fled"}, {"evacuation", "fled"},
    {"remain", "remaining"}, {"remained", "remaining"}, {"remaining", "remaining"},
    {"remains", "remaining"}, {"stay", "remaining"}, {"stayed", "remaining"},
    {"staying", "remaining"},
    {"detained", "detained"}, {"arrested", "detained"}, {"imprisoned", "detained"},
    {"jailed", "detained"}, {"detention", "detained"}, {"captured", "detained"},
    {"prisoners", "detained"}, {"hostages", "detained"},
    {"lived", "population"}, {"live", "population"}, {"living", "population"},
    {"populated", "population"},
    {"deployed", "deployed"}, {"stationed", "deployed"},
    {"returned", "returned"},
    {NULL, NULL}};

/* Nouns that say what a following number counts: "the exodus of", "a population of". */
static const cue before_cues[] = {
    {"exodus", "fled"}, {"influx", "fled"}, {"evacuation", "fled"}, {"population", "population"},
    {"toll", "killed"}, {"massacre", "killed"}, {"massacres", "killed"}, {"killings", "killed"},
    {NULL, NULL}};

/* Words that point back to the previous sentence: "it will be a figure of 5-10,000". */
static const char *const anaphora[] = {"figure", "number", "estimate", NULL};

/* Nouns right after a number that make it a population figure whatever verb follows:
 * "the region's estimated 120,000 residents have fled" counts residents, not refugees. */
static const char *const population_nouns[] = {"residents", "inhabitants", "population", NULL};

static const struct {
    const char *word;
    const char *frame;
} frames[] = {{"city", "city"}, {"town", "city"}, {"capital", "city"}, {"stepanakert", "city"},
              {"khankendi", "city"}, {"village", "city"}, {"country", "country"},
              {"nation", "country"}, {"enclave", "region"}, {"region", "region"},
              {"region's", "region"}, {"enclave's", "region"}, {"territory", "region"},
              {"karabakh", "region"}, {"nagorno-karabakh", "region"}, {"karabakh's", "region"},
              {"area", "region"}, {"statelet", "region"}};

static const char *cue_in(const cue *list, const char *s, size_t ws, size_t we)
{
    for (int i = 0; list[i].word; i++)
        if (cw_ieq(s + ws, we - ws, list[i].word))
            return list[i].kind;
    return NULL;
}

static const char *cue_kind(const char *s, size_t ws, size_t we, bool after_be)
{
    if (after_be && cw_ieq(s + ws, we - ws, "left"))
        return "remaining"; /* "are reported to be left" */
    return cue_in(verb_cues, s, ws, we);
}

const char *cw_last_cue(const char *s, size_t len)
{
    const char *kind = NULL;
    size_t i = 0, ws, we;
    bool be = false;
    while (cw_next_word(s, len, i, &ws, &we)) {
        const char *k = cue_kind(s, ws, we, be);
        if (k)
            kind = k;
        be = cw_ieq(s + ws, we - ws, "be") || cw_ieq(s + ws, we - ws, "been");
        i = we;
    }
    return kind;
}

static const char *frame_of(const char *s, size_t ws, size_t we)
{
    for (size_t i = 0; i < sizeof frames / sizeof frames[0]; i++)
        if (cw_ieq(s + ws, we - ws, frames[i].word))
            return frames[i].frame;
    return NULL;
}

static const char *unit_kind(const char *unit)
{
    static const struct { const char *unit, *kind; } k[] = {
        {"%", "percent"}, {"USD", "money"}, {"EUR", "money"}, {"RUB", "money"},
        {"AMD", "money"}, {"AZN", "money"}, {"GBP", "money"}, {"rupees", "money"},
        {"JPY", "money"}, {"CNY", "money"}, {"pence", "money"}, {"NGN", "money"}, {"TRY", "money"}, {"days", "duration"},
        {"weeks", "duration"}, {"months", "duration"}, {"years", "duration"},
        {"decades", "duration"}, {"hours", "duration"}, {"minutes", "duration"},
        {"km", "distance"}, {"m", "distance"}, {"miles", "distance"}, {"people", "deployed"}};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
        if (strcmp(unit, k[i].unit) == 0)
            return k[i].kind;
    return NULL;
}

/* Clause punctuation that ends the words belonging to a number. */
static bool clause_break(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (s[i] == ';' || s[i] == ':' || s[i] == '(')
            return true;
    return false;
}

/* What a duration is of: "10 months of blockade", "the 10-month blockade",
 * "4 months' imprisonment", "a total blockade for 10 months". */
static void duration_noun(const char *s, size_t len, size_t a, size_t b, cw_subject *out)
{
    static const char *const skip[] = {"the", "a", "an", "its", "their", "his", "her", "this",
                                       "that", "armenian", "azerbaijani", "total", NULL};
    static const char *const weak[] = {"for", "after", "in", "of", "since", "because", "and",
                                       "the", "a", "been", "have", "has", NULL};
    size_t ws, we, us, ue;
    if (!cw_next_word(s, len, b, &us, &ue))
        return; /* the unit word itself */
    bool glued = us > b && (s[us - 1] == '-');
    bool possessive = ue < len && (s[ue] == '\'' || (unsigned char)s[ue] == 0xE2);
    size_t i = ue;
    if (cw_next_word(s, len, i, &ws, &we) && cw_ieq(s + ws, we - ws, "of")) {
        i = we;
        glued = true;
    }
    if (glued || possessive) {
        int n = 0;
        while (n++ < 3 && cw_next_word(s, len, i, &ws, &we)) {
            if (cw_find(s + ws, we - ws, skip) < 0) {
                out->nstart = ws, out->nlen = we - ws;
                return;
            }
            i = we;
        }
        return;
    }
    /* "blockade for 10 months": the noun before the preposition */
    size_t pa, pb;
    if (cw_prev_word(s, a, &pa, &pb) && cw_ieq(s + pa, pb - pa, "for") &&
        cw_prev_word(s, pa, &ws, &we) && cw_find(s + ws, we - ws, weak) < 0 &&
        cw_find(s + ws, we - ws, skip) < 0)
        out->nstart = ws, out->nlen = we - ws;
}

/* Words after the number up to the next one: the counted noun ("100,000 Armenians") and
 * the first event word ("were killed", "are reported to be left"). */
static void words_after(const char *s, size_t b, size_t next_start, cw_subject *out)
{
    size_t ws, we, i = b, words = 0, last_end = b;
    bool be = false;
    while (words < 10 && cw_next_word(s, next_start, i, &ws, &we)) {
        if (clause_break(s, last_end, ws))
            break;
        if (words < 4 && !out->nlen && cw_people_noun(s + ws, we - ws)) {
            out->nstart = ws, out->nlen = we - ws;
            if (!out->kind && cw_find(s + ws, we - ws, population_nouns) >= 0)
                out->kind = "population";
        }
        if (!out->kind)
            out->kind = cue_kind(s, ws, we, be);
        be = cw_ieq(s + ws, we - ws, "be") || cw_ieq(s + ws, we - ws, "been");
        i = last_end = we;
        words++;
    }
}

/* Words before the number back to a comma or the previous number, nearest first: "the
 * exodus of", "a population of", or "a figure of" pointing at the previous sentence. */
static const char *words_before(const char *s, size_t a, size_t prev_end, const char *prev,
                                size_t prev_len)
{
    size_t lo = a > 80 && a - 80 > prev_end ? a - 80 : prev_end, j = a, ws, we;
    const char *kind = NULL;
    int n = 0;
    while (n++ < 6 && j > lo && cw_prev_word(s, j, &ws, &we) && ws >= lo) {
        while (we > ws && s[we - 1] == '.')
            we--;
        if (we > ws && (kind = cue_kind(s, ws, we, false)))
            return kind;
        if (we > ws && (kind = cue_in(before_cues, s, ws, we)))
            return kind;
        if (we > ws && prev && cw_find(s + ws, we - ws, anaphora) >= 0)
            return cw_last_cue(prev, prev_len);
        j = ws;
        while (j > lo && s[j - 1] != ' ' && s[j - 1] != ',')
            j--;
        if (j > lo && s[j - 1] == ',')
            break;
    }
    return NULL;
}

/* The nearest place word before the number, else after it: "a city that once had". */
static const char *population_frame(const char *s, size_t len, size_t a, size_t b)
{
    const char *frame = NULL;
    size_t j = a, i = b, ws, we;
    while (!frame && j > 0) {
        while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == ',' || s[j - 1] == '.'))
            j--;
        size_t e = j;
        while (j > 0 && s[j - 1] != ' ' && s[j - 1] != ',')
            j--;
        if (cw_next_word(s, e, j, &ws, &we))
            frame = frame_of(s, ws, we);
    }
    while (!frame && cw_next_word(s, len, i, &ws, &we)) {
        frame = frame_of(s, ws, we);
        i = we;
    }
    return frame;
}

void cw_subject_of(const char *s, size_t len, size_t a, size_t b, size_t prev_end,
                   size_t next_start, const char *unit, const char *prev, size_t prev_len,
                   cw_subject *out)
{
    memset(out, 0, sizeof *out);
    if (unit) {
        out->kind = unit_kind(unit);
        if (out->kind && strcmp(out->kind, "duration") == 0)
            duration_noun(s, len, a, b, out);
        if (strcmp(unit, "people") != 0)
            return;
    }
    words_after(s, b, next_start, out);
    /* "a city of 55,000", "this country of 3 million people": a population */
    size_t fw, fe, ow, oe;
    if ((!out->kind || strcmp(out->kind, "people") == 0) && cw_prev_word(s, a, &ow, &oe) &&
        cw_ieq(s + ow, oe - ow, "of") && cw_prev_word(s, ow, &fw, &fe) && frame_of(s, fw, fe))
        out->kind = "population";
    if (!out->kind)
        out->kind = words_before(s, a, prev_end, prev, prev_len);
    /* the rest of the sentence: "127,000 Armenians and 32,000 Azerbaijanis lived" */
    size_t ws, we, i = next_start;
    for (int words = 0; !out->kind && (out->nlen || next_start < len) && words < 12 &&
                        cw_next_word(s, len, i, &ws, &we);
         words++) {
        out->kind = cue_kind(s, ws, we, false);
        i = we;
    }
    if (!out->kind && out->nlen)
        out->kind = "people";
    if (out->kind && strcmp(out->kind, "population") == 0)
        out->frame = population_frame(s, len, a, b);
}
