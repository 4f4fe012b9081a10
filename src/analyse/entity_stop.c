/* entity_stop.c - words that are capitalised without being names: sentence openers,
 * calendar words, nationality adjectives and religions, and boilerplate phrases; plus the small words
 * that may sit inside a name. Lists are sorted (a test checks) and searched by bsearch. */
#include "entity_int.h"

#include <stdlib.h>
#include <ctype.h>
#include <string.h>

static const char *const stop_words[] = {
    "a", "about", "according", "across", "additionally", "adds", "after", "again",
    "against", "ago", "all", "almost", "also", "although", "always", "among", "an", "and",
    "another", "any", "apart", "are", "as", "at", "back", "based", "be", "because",
    "before", "being", "both", "but", "by", "camera", "can", "certainly", "consequently",
    "copyright", "despite", "did", "do", "does", "doing", "during", "each", "either",
    "equally", "especially", "even", "eventually", "every", "everyone", "everything", "ex",
    "few", "finally", "first", "firstly", "for", "former", "from", "further", "furthermore",
    "given", "had", "has", "have", "having", "he", "hence", "her", "here", "hers",
    "herself", "him", "his", "how", "however", "i", "if", "image", "in", "including",
    "indeed", "instead", "into", "is", "it", "its", "just", "last", "lately", "later",
    "let", "like", "many", "may", "maybe", "meaning", "meanwhile", "more", "moreover",
    "most", "much", "my", "namely", "nearly", "neither", "never", "next", "no", "none",
    "nor", "not", "note", "nothing", "now", "of", "officially", "often", "oh", "on", "once",
    "one", "only", "or", "other", "others", "otherwise", "our", "over", "perhaps",
    "personally", "photo", "plus", "rather", "read", "recasts", "recently", "regardless",
    "related", "sadly", "secondly", "several", "she", "should", "similarly", "since", "so",
    "some", "someone", "something", "soon", "source", "still", "such", "suddenly",
    "suppose", "than", "thanks", "that", "the", "their", "them", "then", "there", "thereby",
    "therefore", "these", "they", "thirdly", "this", "those", "though", "thus", "to",
    "today", "together", "tomorrow", "tonight", "too", "two", "unable", "under",
    "undoubtedly", "unfortunately", "unless", "unlike", "until", "update", "updated",
    "upon", "video", "virtually", "was", "we", "well", "were", "what", "whatever", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yes", "yesterday", "yet", "you", "your",
};
static const char *const calendar_words[] = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday", "jan",
    "january", "jul", "july", "jun", "june", "mar", "march", "may", "monday", "nov",
    "november", "oct", "october", "saturday", "sep", "sept", "september", "sunday",
    "thursday", "tuesday", "wednesday",
};
static const char *const demonym_words[] = {
    "abkhaz", "abkhazian", "abkhazians", "afghan", "afghans", "african", "africans", "albanian",
    "albanians", "american", "americans", "anglo-saxon", "arab", "arabs", "argentine",
    "argentinian", "armenian", "armenians", "asian", "asians", "australian", "australians",
    "austrian", "austrians", "azerbaijani", "azerbaijanis", "azeri", "azeris", "basque",
    "basques", "bavarian", "belarusian", "belgian", "belgians", "blairite", "blairites",
    "bolivian", "bosnian", "brazilian", "brazilians", "british", "briton", "britons",
    "brownite", "brownites", "buddhism", "buddhist", "buddhists", "bulgarian", "californian",
    "californians", "canadian", "canadians", "catalan", "catalans", "catholic", "catholics",
    "caucasian", "chechen", "chilean", "chileans", "chinese", "christian", "christianity",
    "christians", "colombian", "congressional", "cornish", "croat", "croatian", "croats",
    "cuban", "czech", "dane", "danes", "danish", "dubliner", "dutch", "dutchman", "ecuadorian",
    "egyptian", "english", "englishman", "englishwoman", "estonian", "ethiopian", "ethiopians",
    "european", "europeans", "filipino", "finnish", "flemish", "french", "frenchman",
    "frenchwoman", "geordie", "geordies", "georgian", "georgians", "german", "germans",
    "ghanaian", "gibraltarian", "gibraltarians", "glaswegian", "glaswegians", "greek", "greeks",
    "hindu", "hinduism", "hindus", "hispanic", "hispanics", "hungarian", "icelandic", "indian",
    "indians", "indonesian", "iranian", "iranians", "iraqi", "iraqis", "irish", "irishman",
    "irishwoman", "islam", "israeli", "israelis", "italian", "italians", "jamaican", "japanese",
    "jew", "jewish", "jews", "judaism", "judeo-christian", "karabakhi", "karabakhis", "kazakh",
    "kenyan", "kenyans", "korean", "koreans", "kurd", "kurdish", "kurds", "kuwaiti", "latino",
    "latinos", "latvian", "lebanese", "libyan", "lithuanian", "liverpudlian", "liverpudlians",
    "londoner", "londoners", "malaysian", "mancunian", "mancunians", "maori", "mexican",
    "mexicans", "moroccan", "moroccans", "muscovite", "muscovites", "muslim", "muslims", "nazi",
    "nazis", "nigerian", "nigerians", "norwegian", "norwegians", "ossetian", "ossetians",
    "ottoman", "pakistani", "pakistanis", "palestinian", "palestinians", "parisian",
    "parisians", "persian", "peruvian", "polish", "portuguese", "protestant", "protestants",
    "republican", "republicans", "romanian", "russian", "russians", "saudi", "scandinavian",
    "scandinavians", "scot", "scots", "scotsman", "scotswoman", "scottish", "serb", "serbian",
    "serbs", "sicilian", "sikh", "sikhs", "singaporean", "slav", "slavs", "slovak", "slovenian",
    "somali", "soviet", "spaniard", "spaniards", "spanish", "sudanese", "swede", "swedes",
    "swedish", "swiss", "syrian", "syrians", "taiwanese", "texan", "texans", "thai", "tunisian",
    "turk", "turkish", "turks", "ugandan", "ukrainian", "ukrainians", "uruguayan", "venezuelan",
    "vietnamese", "welsh", "welshman", "welshwoman", "western", "westerners", "xhosa", "yemeni",
    "zambian", "zimbabwean", "zulu", "zulus",
};
static const char *const connector_words[] = {
    "al", "bin", "da", "dal", "dalla", "das", "de", "del", "della", "den", "der", "di", "dos",
    "du", "el", "for", "ibn", "la", "le", "of", "ter", "van", "von",
};
static const char *const abbrev_words[] = {
    "adm", "approx", "apr", "aug", "capt", "co", "col", "corp", "dec", "dr", "feb", "fig",
    "ft", "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "maj", "mar", "mr", "mrs",
    "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr",
    "st", "vs",
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

/* Looks f[0..n) up in a sorted list; words are short, so a bounded copy makes it a C string. */
bool cr_ent_in_sorted(const char *const *list, size_t count, const char *f, size_t n)
{
    char key[48];
    if (n == 0 || n >= sizeof key)
        return false;
    memcpy(key, f, n);
    key[n] = '\0';
    return bsearch(key, list, count, sizeof *list, cmp_word) != NULL;
}

#define LOOKUP(fn, list)                                                                   \
    bool fn(const char *f, size_t n)                                                       \
    {                                                                                      \
        return cr_ent_in_sorted(list, sizeof list / sizeof list[0], f, n);                          \
    }

LOOKUP(cr_ent_is_stop, stop_words)
LOOKUP(cr_ent_is_calendar, calendar_words)
LOOKUP(cr_ent_is_demonym, demonym_words)
LOOKUP(cr_ent_is_connector, connector_words)
LOOKUP(cr_ent_is_abbrev, abbrev_words)

bool cr_ent_is_name_particle(const char *f, size_t n)
{
    return cr_ent_is_connector(f, n) && !(n == 2 && memcmp(f, "of", 2) == 0) && !(n == 3 && memcmp(f, "for", 3) == 0);
}

bool cr_ent_is_generation(const char *f, size_t n)
{
    static const char *const words[] = {"ii", "iii", "iv", "jr", "sr"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strlen(words[k]) == n && memcmp(f, words[k], n) == 0)
            return true;
    return false;
}

bool cr_ent_is_place_demonym(const cr_gazetteer *g, const char *f, size_t n)
{
    /* "Gibraltarians", "Californian", "Londoners", "Berliner": a known place and the ending
     * of its people. The stem keeps four letters at least ("Iran", "Milan", "Jordan" stay). */
    static const struct {
        const char *end, *add;
    } forms[] = {{"ians", ""}, {"ian", ""}, {"ans", ""}, {"an", ""}, {"ans", "a"}, {"an", "a"},
                 {"ers", ""}, {"er", ""}};
    char stem[64];
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        size_t el = strlen(forms[k].end), al = strlen(forms[k].add);
        if (n <= el + 3 || n - el + al >= sizeof stem || memcmp(f + n - el, forms[k].end, el) != 0)
            continue;
        memcpy(stem, f, n - el);
        memcpy(stem + n - el, forms[k].add, al);
        int kind = 0;
        if (cr_gazetteer_lookup(g, stem, n - el + al, NULL, &kind, NULL) && kind == CR_ENT_PLACE)
            return true;
    }
    return false;
}

/* Phrases that open boilerplate lines (appeals, credits, link lists) in unmarked text. */
static const char *const boilerplate_phrases[] = {
    "related article", "related articles", "related posts", "related stories", "read more",
    "read also", "read on ", "read in ", "similar posts", "become a member", "become an ",
    "support independent journalism", "original url", "date of accession", "this post is also available",
    "image via", "photo:", "share this", "sign up", "subscribe", "follow us", "click here",
    "all rights reserved", "interested in directly", "for ease of reading",
};

size_t cr_ent_boilerplate_prefix(const char *f, size_t n)
{
    for (size_t i = 0; i < sizeof boilerplate_phrases / sizeof boilerplate_phrases[0]; i++) {
        size_t k = strlen(boilerplate_phrases[i]);
        /* Whole words only: "subscribe" opens no line that says "Subscribers to ...". */
        bool cut = k < n && isalnum((unsigned char)f[k - 1]) && isalnum((unsigned char)f[k]);
        if (k <= n && memcmp(f, boilerplate_phrases[i], k) == 0 && !cut)
            return k;
    }
    return 0;
}

/* For the test that keeps the lists sorted. */
bool cr_ent_lists_sorted(void);
bool cr_ent_lists_sorted(void)
{
    const char *const *lists[] = {stop_words, calendar_words, demonym_words, connector_words,
                                  abbrev_words};
    size_t counts[] = {sizeof stop_words / sizeof *stop_words,
                       sizeof calendar_words / sizeof *calendar_words,
                       sizeof demonym_words / sizeof *demonym_words,
                       sizeof connector_words / sizeof *connector_words,
                       sizeof abbrev_words / sizeof *abbrev_words};
    for (size_t l = 0; l < sizeof counts / sizeof *counts; l++)
        for (size_t i = 1; i < counts[l]; i++)
            if (strcmp(lists[l][i - 1], lists[l][i]) >= 0)
                return false;
    return true;
}
