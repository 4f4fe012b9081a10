/* entity_cue.c - words that tell a name's kind: title cues before a person's name, head
 * words of organisations, places and events, and the endings of surnames. Sorted lists
 * searched by bsearch. */
#include "entity_int.h"

#include <stdlib.h>
#include <string.h>

/* Police ranks are here too (Detective, Supt, Inspector, Constable): British reports put them
 * before the officer's name ("Chief Supt Deats"). So are occupations that papers write as a
 * title ("Producer Aamir Khan", "Striker Wayne Rooney", "coach Mike Friday"): cut off the
 * name, they mark it a person. */
static const char *const cue_words[] = {
    "actor", "actress", "adviser", "advisor", "aide", "ambassador", "analyst", "apostle",
    "archbishop", "artist", "assistant", "athlete", "attorney", "author", "baron", "baroness",
    "batsman", "billionaire", "bishop", "bowler", "boxer", "broadcaster", "businessman",
    "businesswoman", "candidate", "capt", "captain", "catholicos", "ceo", "chair", "chairman",
    "chairperson", "chairwoman", "chancellor", "chef", "chief", "coach", "col", "colonel",
    "comedian", "commander", "commentator", "commissioner", "composer", "constable",
    "coordinator", "correspondent", "cyclist", "dame", "dancer", "defender", "deputy",
    "designer", "det", "detective", "diplomat", "director", "dj", "doctor", "dr", "drummer",
    "economist", "editor", "emir", "entrepreneur", "envoy", "expert", "film-maker", "filmmaker",
    "flanker", "fly-half", "founder", "full-back", "gen", "general", "goalkeeper", "golfer",
    "gov", "governor", "guitarist", "head", "historian", "imam", "insp", "inspector", "jockey",
    "journalist", "judge", "king", "lawyer", "leader", "lieutenant", "lord", "manager", "mayor",
    "mep", "meps", "midfielder", "minister", "model", "mp", "mps", "mr", "mrs", "ms", "msp",
    "msps", "musician", "novelist", "observer", "official", "ombudsman", "patriarch",
    "photographer", "playwright", "poet", "politician", "pope", "premier", "presenter",
    "president", "priest", "prince", "princess", "producer", "prof", "professor", "prosecutor",
    "queen", "rabbi", "rapper", "rep", "reporter", "representative", "researcher", "rev",
    "reverend", "scientist", "scrum-half", "secretary", "secretary-general", "sen", "senator",
    "sergeant", "sheikh", "singer", "sir", "skipper", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "sprinter", "striker", "superintendent", "supt", "treasurer", "tycoon",
    "vice-chairman", "vice-premier", "vice-president", "winger", "writer",
};
static const char *const modifier_words[] = {
    "acting", "affairs", "agriculture", "assistant", "budget", "chief", "commerce", "culture",
    "de", "defence", "defense", "deputy", "economic", "economics", "economy", "education",
    "employment", "energy", "environment", "executive", "facto", "farm", "finance", "first",
    "foreign", "former", "general", "health", "home", "housing", "human", "industry",
    "information", "interior", "justice", "managing", "oil", "parliamentary", "pensions",
    "planning", "presidential", "press", "prime", "resident", "rights", "second", "security",
    "senior", "separatist", "shadow", "special", "sport", "sports", "state", "tourism", "trade",
    "transport", "vice", "work",
};

typedef struct {
    const char *word;
    int kind;
} head_word;

/* Sorted by word. Company and club suffixes (Corp, Inc, Plc, Ltd, Co, Holdings, Brothers,
 * Motors, Stockbrokers, FC ...) make a name an organisation wherever they stand in it: a
 * person's name never ends in them. Corridors count as events: the brief groups them with agreements, and a
 * corridor in these stories is a negotiated arrangement more than a stretch of road. */
static const head_word head_words[] = {
    {"academy", CR_ENT_ORG},        {"accord", CR_ENT_EVENT},       {"accords", CR_ENT_EVENT},
    {"act", CR_ENT_EVENT},          {"administration", CR_ENT_ORG}, {"agency", CR_ENT_ORG},
    {"agreement", CR_ENT_EVENT},    {"airline", CR_ENT_ORG},        {"airlines", CR_ENT_ORG},
    {"airport", CR_ENT_PLACE},      {"airways", CR_ENT_ORG},        {"alliance", CR_ENT_ORG},
    {"army", CR_ENT_ORG},           {"assembly", CR_ENT_ORG},       {"association", CR_ENT_ORG},
    {"authority", CR_ENT_ORG},
    {"avenue", CR_ENT_PLACE},       {"bancorp", CR_ENT_ORG},        {"bank", CR_ENT_ORG},
    {"basin", CR_ENT_PLACE},        {"bay", CR_ENT_PLACE},          {"bill", CR_ENT_EVENT},
    {"bloc", CR_ENT_ORG},           {"blockade", CR_ENT_EVENT},     {"board", CR_ENT_ORG},
    {"bridge", CR_ENT_PLACE},       {"brothers", CR_ENT_ORG},       {"bureau", CR_ENT_ORG},
    {"cabinet", CR_ENT_ORG},        {"cathedral", CR_ENT_PLACE},    {"ceasefire", CR_ENT_EVENT},
    {"center", CR_ENT_ORG},         {"centre", CR_ENT_ORG},         {"channel", CR_ENT_ORG},
    {"church", CR_ENT_ORG},         {"city", CR_ENT_PLACE},         {"co", CR_ENT_ORG},
    {"coalition", CR_ENT_ORG},      {"coast", CR_ENT_PLACE},        {"college", CR_ENT_ORG},
    {"command", CR_ENT_ORG},        {"commission", CR_ENT_ORG},     {"committee", CR_ENT_ORG},
    {"commonwealth", CR_ENT_ORG},   {"communications", CR_ENT_ORG}, {"company", CR_ENT_ORG},
    {"conference", CR_ENT_EVENT},   {"conflict", CR_ENT_EVENT},     {"congress", CR_ENT_ORG},
    {"contingent", CR_ENT_ORG},     {"corp", CR_ENT_ORG},           {"corporation", CR_ENT_ORG},
    {"corridor", CR_ENT_EVENT},     {"council", CR_ENT_ORG},        {"county", CR_ENT_PLACE},
    {"court", CR_ENT_ORG},          {"crisis", CR_ENT_EVENT},       {"cross", CR_ENT_ORG},
    {"daily", CR_ENT_ORG},          {"declaration", CR_ENT_EVENT},  {"department", CR_ENT_ORG},
    {"desert", CR_ENT_PLACE},       {"district", CR_ENT_PLACE},     {"election", CR_ENT_EVENT},
    {"elections", CR_ENT_EVENT},    {"electronics", CR_ENT_ORG},    {"embassy", CR_ENT_ORG},
    {"empire", CR_ENT_PLACE},       {"endowment", CR_ENT_ORG},      {"exchange", CR_ENT_ORG},
    {"executive", CR_ENT_ORG},      {"exhibition", CR_ENT_EVENT},   {"fc", CR_ENT_ORG},
    {"federation", CR_ENT_ORG},     {"festival", CR_ENT_EVENT},     {"films", CR_ENT_ORG},
    {"force", CR_ENT_ORG},          {"forces", CR_ENT_ORG},         {"foundation", CR_ENT_ORG},
    {"front", CR_ENT_ORG},          {"fund", CR_ENT_ORG},           {"gazette", CR_ENT_ORG},
    {"genocide", CR_ENT_EVENT},     {"government", CR_ENT_ORG},     {"group", CR_ENT_ORG},
    {"guard", CR_ENT_ORG},          {"guild", CR_ENT_ORG},          {"gulf", CR_ENT_PLACE},
    {"herald", CR_ENT_ORG},
    {"highway", CR_ENT_PLACE},      {"holdings", CR_ENT_ORG},       {"hospital", CR_ENT_ORG},
    {"hotel", CR_ENT_PLACE},        {"inc", CR_ENT_ORG},            {"industries", CR_ENT_ORG},
    {"inquiry", CR_ENT_EVENT},      {"institute", CR_ENT_ORG},      {"institution", CR_ENT_ORG},
    {"instruments", CR_ENT_ORG},    {"investors", CR_ENT_ORG},      {"island", CR_ENT_PLACE},
    {"islands", CR_ENT_PLACE},      {"journal", CR_ENT_ORG},        {"lake", CR_ENT_PLACE},
    {"league", CR_ENT_ORG},         {"library", CR_ENT_ORG},        {"llc", CR_ENT_ORG},
    {"ltd", CR_ENT_ORG},            {"massacre", CR_ENT_EVENT},     {"media", CR_ENT_ORG},
    {"ministry", CR_ENT_ORG},       {"mission", CR_ENT_ORG},        {"monastery", CR_ENT_PLACE},
    {"motors", CR_ENT_ORG},         {"mount", CR_ENT_PLACE},        {"mountains", CR_ENT_PLACE},
    {"movement", CR_ENT_ORG},       {"museum", CR_ENT_ORG},         {"network", CR_ENT_ORG},
    {"news", CR_ENT_ORG},           {"oblast", CR_ENT_PLACE},       {"offensive", CR_ENT_EVENT},
    {"office", CR_ENT_ORG},         {"olympics", CR_ENT_EVENT},     {"organisation", CR_ENT_ORG},
    {"organization", CR_ENT_ORG},   {"palace", CR_ENT_PLACE},       {"parliament", CR_ENT_ORG},
    {"party", CR_ENT_ORG},          {"peninsula", CR_ENT_PLACE},    {"petroleum", CR_ENT_ORG},
    {"pharmaceutical", CR_ENT_ORG}, {"pharmaceuticals", CR_ENT_ORG}, {"plc", CR_ENT_ORG},
    {"police", CR_ENT_ORG},         {"process", CR_ENT_EVENT},      {"protocol", CR_ENT_EVENT},
    {"province", CR_ENT_PLACE},     {"radio", CR_ENT_ORG},          {"referendum", CR_ENT_EVENT},
    {"region", CR_ENT_PLACE},       {"republic", CR_ENT_PLACE},     {"revolution", CR_ENT_EVENT},
    {"river", CR_ENT_PLACE},        {"road", CR_ENT_PLACE},         {"school", CR_ENT_ORG},
    {"sea", CR_ENT_PLACE},          {"secretariat", CR_ENT_ORG},    {"securities", CR_ENT_ORG},
    {"senate", CR_ENT_ORG},         {"service", CR_ENT_ORG},        {"services", CR_ENT_ORG},
    {"society", CR_ENT_ORG},        {"square", CR_ENT_PLACE},       {"stadium", CR_ENT_PLACE},
    {"statement", CR_ENT_EVENT},    {"stockbrokers", CR_ENT_ORG},   {"street", CR_ENT_PLACE},
    {"strip", CR_ENT_PLACE},        {"summit", CR_ENT_EVENT},       {"systems", CR_ENT_ORG},
    {"talks", CR_ENT_EVENT},        {"technologies", CR_ENT_ORG},   {"telecom", CR_ENT_ORG},
    {"television", CR_ENT_ORG},     {"times", CR_ENT_ORG},          {"treasury", CR_ENT_ORG},        {"treaty", CR_ENT_EVENT},
    {"tribune", CR_ENT_ORG},        {"trust", CR_ENT_ORG},          {"tv", CR_ENT_ORG},
    {"union", CR_ENT_ORG},          {"unit", CR_ENT_ORG},          {"university", CR_ENT_ORG},     {"valley", CR_ENT_PLACE},
    {"village", CR_ENT_PLACE},      {"war", CR_ENT_EVENT},          {"wars", CR_ENT_EVENT},
};

static const char *const lower_heads[] = {"corridor", "road", "war"};

static const char *const surname_endings[] = {
    "dze", "enko", "eva", "ev", "ian", "iev", "ogly", "oglu", "ova", "ov", "shvili", "ski",
    "skiy", "sky", "yan", "yev", "zade",
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

static int cmp_head(const void *key, const void *elem)
{
    return strcmp(key, ((const head_word *)elem)->word);
}

/* Copies f[0..n) into a C string if it is short enough to be a listed word. */
static bool as_key(char *key, size_t cap, const char *f, size_t n)
{
    if (n == 0 || n >= cap)
        return false;
    memcpy(key, f, n);
    key[n] = '\0';
    return true;
}

bool cr_ent_is_cue(const char *f, size_t n)
{
    char key[32];
    return as_key(key, sizeof key, f, n) &&
           bsearch(key, cue_words, sizeof cue_words / sizeof *cue_words, sizeof *cue_words,
                   cmp_word);
}

bool cr_ent_is_cue_modifier(const char *f, size_t n)
{
    char key[32];
    return as_key(key, sizeof key, f, n) &&
           bsearch(key, modifier_words, sizeof modifier_words / sizeof *modifier_words,
                   sizeof *modifier_words, cmp_word);
}

int cr_ent_head_kind(const char *f, size_t n)
{
    char key[32];
    if (!as_key(key, sizeof key, f, n))
        return 0;
    const head_word *h = bsearch(key, head_words, sizeof head_words / sizeof *head_words,
                                 sizeof *head_words, cmp_head);
    return h ? h->kind : 0;
}

bool cr_ent_is_lower_head(const char *f, size_t n)
{
    for (size_t i = 0; i < sizeof lower_heads / sizeof *lower_heads; i++)
        if (strlen(lower_heads[i]) == n && memcmp(lower_heads[i], f, n) == 0)
            return true;
    return false;
}

bool cr_ent_surname_shape(const char *f, size_t n)
{
    if (n < 5)
        return false;
    for (size_t i = 0; i < sizeof surname_endings / sizeof *surname_endings; i++) {
        size_t k = strlen(surname_endings[i]);
        if (k < n - 2 && memcmp(f + n - k, surname_endings[i], k) == 0)
            return true;
    }
    return false;
}

/* For the test that keeps the lists sorted. */
bool cr_ent_cue_lists_sorted(void);
bool cr_ent_cue_lists_sorted(void)
{
    for (size_t i = 1; i < sizeof cue_words / sizeof *cue_words; i++)
        if (strcmp(cue_words[i - 1], cue_words[i]) >= 0)
            return false;
    for (size_t i = 1; i < sizeof modifier_words / sizeof *modifier_words; i++)
        if (strcmp(modifier_words[i - 1], modifier_words[i]) >= 0)
            return false;
    for (size_t i = 1; i < sizeof head_words / sizeof *head_words; i++)
        if (strcmp(head_words[i - 1].word, head_words[i].word) >= 0)
            return false;
    return true;
}
