/* test_entity.c - one test per rule of the entity module: connectors, hyphens, title cues,
 * stop list, alias patterns, surnames, variants, the required groups, merge and split. */
#include "t.h"

#include <stdlib.h>

#include "../../src/analyse/entity_int.h"
#include "crossread/entity.h"
#include "entity_helpers.h"

static cr_gazetteer *gz;

static void free_gaz(void)
{
    cr_gazetteer_free(gz);
}

/* One gazetteer for all tests, freed at exit so the leak checker stays quiet. */
static cr_gazetteer *gaz(void)
{
    if (!gz) {
        gz = cr_gazetteer_default();
        atexit(free_gaz);
    }
    return gz;
}

static void extract(const char *text, cr_entities *e)
{
    cr_entities_extract(gaz(), text, strlen(text), NULL, 0, e);
}

static const cr_mention *mention(const cr_entities *e, const char *surface)
{
    for (size_t i = 0; i < e->n; i++)
        if (strcmp(e->m[i].surface, surface) == 0)
            return &e->m[i];
    return NULL;
}


/* Resolves names (all kind k, one article each) with optional aliases, merges and splits;
 * returns true if names x and y end in one group. */
typedef struct {
    const char *const *names;
    size_t n;
    const int *kinds;
    const cr_name_pair *alias;
    size_t nalias;
    const cr_name_pair *merge;
    size_t nmerge;
    const char *const *split;
    size_t nsplit;
} res_in;

static size_t index_of(const res_in *in, const char *name)
{
    for (size_t i = 0; i < in->n; i++)
        if (strcmp(in->names[i], name) == 0)
            return i;
    return (size_t)-1;
}

static bool together(const res_in *in, const char *x, const char *y, const char **canonical)
{
    cr_name_stat st[64];
    size_t grp[64], canon[64];
    int kinds[64];
    for (size_t i = 0; i < in->n; i++)
        st[i] = (cr_name_stat){in->names[i], in->kinds ? in->kinds[i] : CR_ENT_PLACE, (long)(in->n - i)};
    cr_entities_resolve(gaz(), st, in->n, in->alias, in->nalias, NULL, 0, in->merge, in->nmerge, in->split, in->nsplit,
                        grp, canon, kinds);
    size_t a = index_of(in, x), b = index_of(in, y);
    if (canonical)
        *canonical = in->names[canon[grp[a]]];
    return grp[a] == grp[b];
}

TEST(entity_kind_names_round_trip)
{
    for (int k = CR_ENT_PERSON; k <= CR_ENT_OTHER; k++)
        CHECK_INT(cr_entity_kind_parse(cr_entity_kind_name(k), strlen(cr_entity_kind_name(k))), k);
    CHECK_STR(cr_entity_kind_name(99), "OTHER");
    CHECK_INT(cr_entity_kind_parse("place", 5), CR_ENT_PLACE);
    CHECK_INT(cr_entity_kind_parse("CITY", 4), 0);
}

bool cr_ent_lists_sorted(void);
bool cr_ent_cue_lists_sorted(void);
bool cr_ent_given_names_sorted(void);
bool cr_ent_common_words_sorted(void);

TEST(entity_word_lists_are_sorted)
{
    CHECK(cr_ent_common_words_sorted());
    CHECK(cr_ent_lists_sorted());
    CHECK(cr_ent_cue_lists_sorted());
    CHECK(cr_ent_given_names_sorted());
}

TEST(entity_connectors_join_names)
{
    cr_entities e;
    extract("Officials met at the Commonwealth of Independent States and the Carnegie Endowment for "
            "International Peace, then called Ibrahim al-Jaafari and Hans von Trotha.", &e);
    CHECK(mention(&e, "Commonwealth of Independent States"));
    CHECK(mention(&e, "Carnegie Endowment for International Peace"));
    CHECK(mention(&e, "Hans von Trotha"));
    const cr_mention *m = mention(&e, "Ibrahim al-Jaafari");
    CHECK(m && m->kind == CR_ENT_PERSON);
    m = mention(&e, "Speaker of the Parliament");
    CHECK(!m);
    cr_entities_free(&e);
    extract("He spoke to the Ministry of Foreign Affairs of Azerbaijan on Monday.", &e);
    m = mention(&e, "Ministry of Foreign Affairs of Azerbaijan");
    CHECK(m && m->kind == CR_ENT_ORG);
    CHECK(m && strcmp(m->reason, "head word: Ministry") == 0);
    cr_entities_free(&e);
}

TEST(entity_hyphenated_names)
{
    cr_entities e;
    extract("Fighting in Nagorno-Karabakh resumed near the Shusha-Lachin road, said Armenian-controlled "
            "media and a Russian-Azerbaijani patrol.", &e);
    const cr_mention *m = mention(&e, "Nagorno-Karabakh");
    CHECK(m && m->kind == CR_ENT_PLACE);
    CHECK(!mention(&e, "Armenian-controlled"));
    CHECK(!mention(&e, "Russian-Azerbaijani"));
    CHECK(!mention(&e, "Russian"));
    cr_entities_free(&e);
    extract("Talks between Baku-Yerevan delegations stalled.", &e);
    CHECK(mention(&e, "Baku"));
    CHECK(mention(&e, "Yerevan"));
    cr_entities_free(&e);
}

TEST(entity_title_cues_mark_people)
{
    cr_entities e;
    extract("Azerbaijan's Prosecutor General Kamran Aliyev spoke. Karabakh's de facto foreign minister "
            "David Babayan denied it, and UN spokesperson Stephane Dujarric agreed. The State Minister "
            "wrote later. Defense Minister of Russia Sergey Shoigu met Nagorno-Karabakh's State Minister "
            "Gurgen Nersisyan.",
            &e);
    const cr_mention *m = mention(&e, "Kamran Aliyev");
    CHECK(m && m->kind == CR_ENT_PERSON && strcmp(m->reason, "title cue: Prosecutor General") == 0);
    m = mention(&e, "David Babayan");
    CHECK(m && m->kind == CR_ENT_PERSON && strcmp(m->reason, "title cue: minister") == 0);
    CHECK(mention(&e, "Stephane Dujarric"));
    CHECK(!mention(&e, "State Minister"));
    m = mention(&e, "Sergey Shoigu");
    CHECK(m && m->kind == CR_ENT_PERSON);
    CHECK(mention(&e, "Russia"));
    m = mention(&e, "Gurgen Nersisyan");
    CHECK(m && strcmp(m->reason, "title cue: State Minister") == 0);
    /* The cue is not part of the name. */
    CHECK(!mention(&e, "Prosecutor General Kamran Aliyev"));
    cr_entities_free(&e);
    extract("the Prime Minister's Office Arayik Harutyunyan attended", &e);
    m = mention(&e, "Arayik Harutyunyan");
    CHECK(m && m->kind == CR_ENT_PERSON);
    cr_entities_free(&e);
}

TEST(entity_stop_list_months_weekdays_boilerplate)
{
    cr_entities e;
    extract("On Monday the talks ended. In December Moscow said so. However, Baku disagreed.\n"
            "Related article: Russia, Turkey Open Joint Military Center\n"
            "Since Dec. 12, protesters blocked the road.",
            &e);
    CHECK(!mention(&e, "Monday"));
    CHECK(!mention(&e, "On"));
    CHECK(!mention(&e, "December"));
    CHECK(!mention(&e, "However"));
    CHECK(!mention(&e, "Dec"));
    CHECK(!mention(&e, "Since"));
    CHECK(mention(&e, "Moscow"));
    CHECK(mention(&e, "Baku"));
    CHECK(!mention(&e, "Turkey")); /* the boilerplate line is skipped */
    cr_entities_free(&e);
}

TEST(entity_boilerplate_spans_are_skipped)
{
    const char *text = "Become a member of Eurasianet today.\n\nArmenia replied.";
    cr_span sp = {0, 36, CR_SPAN_BOILERPLATE};
    cr_entities e;
    cr_entities_extract(gaz(), text, strlen(text), &sp, 1, &e);
    CHECK(!mention(&e, "Eurasianet"));
    CHECK(mention(&e, "Armenia"));
    cr_entities_free(&e);
}

TEST(entity_alias_parenthesis_and_bracket)
{
    cr_entities e;
    extract("The group went to Shusha (Shushi). The road connecting Artsakh [Nagorno-Karabakh] to "
            "Armenia is open. In the city of Stepanakert (Khankendi) a patrol was shot at. PARIS, "
            "France (AFP) reported it.",
            &e);
    CHECK(th_has_alias(&e, "Shusha", "Shushi"));
    CHECK(th_has_alias(&e, "Artsakh", "Nagorno-Karabakh"));
    CHECK(th_has_alias(&e, "Stepanakert", "Khankendi"));
    CHECK(!th_has_alias(&e, "France", "AFP"));
    cr_entities_free(&e);
}

TEST(entity_alias_acronym)
{
    cr_entities e;
    extract("Armenia is an ally in the Collective Security Treaty Organization (CSTO). The International "
            "Organization for Migration (IOM) and the U.S. Agency for International Development (USAID) "
            "helped.",
            &e);
    CHECK(th_has_alias(&e, "Collective Security Treaty Organization", "CSTO"));
    CHECK(th_has_alias(&e, "International Organization for Migration", "IOM"));
    CHECK(th_has_alias(&e, "U.S. Agency for International Development", "USAID"));
    cr_entities_free(&e);
}

TEST(entity_alias_known_as_calls_alternate_name)
{
    cr_entities e;
    extract("The team travelled to Khankendi, which is also known by ethnic Armenians as Stepanakert. "
            "They reached Nakhichevan, known to Armenians as Nakhijevan. Forces entered Kelbajar, which "
            "Armenians call Karvachar. It recruited fighters against Artsakh [an alternate Armenian name "
            "for Karabakh]. The enclave, also known as Artsakh, fell.",
            &e);
    CHECK(th_has_alias(&e, "Khankendi", "Stepanakert"));
    CHECK(th_has_alias(&e, "Nakhichevan", "Nakhijevan"));
    CHECK(th_has_alias(&e, "Kelbajar", "Karvachar"));
    CHECK(th_has_alias(&e, "Artsakh", "Karabakh"));
    cr_entities_free(&e);
    extract("Forces will enter Zangezur, which Azerbaijan calls Zangazur, soon.", &e);
    CHECK(th_has_alias(&e, "Zangezur", "Zangazur"));
    cr_entities_free(&e);
}

TEST(entity_bare_surname_resolves_in_article)
{
    cr_entities e;
    extract("Armenian Prime Minister Nikol Pashinyan spoke. Later Pashinyan left, and Putin called.", &e);
    const cr_mention *m = mention(&e, "Pashinyan");
    CHECK(m && strcmp(m->name, "Nikol Pashinyan") == 0 && m->kind == CR_ENT_PERSON);
    m = mention(&e, "Putin");
    CHECK(m && strcmp(m->name, "Putin") == 0);
    cr_entities_free(&e);
}

TEST(entity_two_people_one_surname_stay_apart)
{
    cr_entities e;
    extract("Azerbaijan's Prosecutor General Kamran Aliyev opened cases. Azerbaijani President Ilham "
            "Aliyev spoke later, and Aliyev said rights would be kept.",
            &e);
    const cr_mention *m = mention(&e, "Aliyev");
    CHECK(m && strcmp(m->name, "Ilham Aliyev") == 0);
    CHECK(mention(&e, "Kamran Aliyev"));
    cr_entities_free(&e);
    const char *names[] = {"Ilham Aliyev", "Kamran Aliyev", "Aliyev"};
    const int kinds[] = {CR_ENT_PERSON, CR_ENT_PERSON, CR_ENT_PERSON};
    res_in in = {names, 3, kinds, NULL, 0, NULL, 0, NULL, 0};
    CHECK(!together(&in, "Ilham Aliyev", "Kamran Aliyev", NULL));
    CHECK(!together(&in, "Aliyev", "Ilham Aliyev", NULL));
    CHECK(!together(&in, "Aliyev", "Kamran Aliyev", NULL));
    const char *one[] = {"Nikol Pashinyan", "Pashinyan"};
    res_in in2 = {one, 2, kinds, NULL, 0, NULL, 0, NULL, 0};
    CHECK(together(&in2, "Pashinyan", "Nikol Pashinyan", NULL));
}

TEST(entity_transliteration_variants)
{
    cr_buf a, b;
    cr_buf_init(&a);
    cr_buf_init(&b);
    cr_ent_translit("khachikian", 10, &a);
    cr_ent_translit("khachikyan", 10, &b);
    CHECK_STR(a.data, b.data);
    cr_ent_translit("aliyev", 6, &a);
    cr_ent_translit("aliev", 5, &b);
    CHECK_STR(a.data, b.data);
    cr_ent_translit("yerevan", 7, &a);
    cr_ent_translit("erevan", 6, &b);
    CHECK_STR(a.data, b.data);
    cr_ent_translit("khankhendi", 10, &a);
    cr_ent_translit("khankendi", 9, &b);
    CHECK_STR(a.data, b.data);
    cr_buf_free(&a);
    cr_buf_free(&b);
    CHECK_INT(cr_ent_edit_distance("stepanakert", 11, "stapanakert", 11, 2), 1);
    CHECK_INT(cr_ent_edit_distance("kitten", 6, "sitting", 7, 5), 3);
    CHECK_INT(cr_ent_edit_distance("abc", 3, "xyzxyz", 6, 1), 2);
    const char *names[] = {"Arthur Khachikian", "Artur Khachikyan", "Artur Khachatryan", "Ilham Aliyev",
                           "Ilhar Aliyev", "Jon Smith", "Jan Smith"};
    const int kinds[] = {CR_ENT_PERSON, CR_ENT_PERSON, CR_ENT_PERSON, CR_ENT_PERSON,
                         CR_ENT_PERSON, CR_ENT_PERSON, CR_ENT_PERSON};
    res_in in = {names, 7, kinds, NULL, 0, NULL, 0, NULL, 0};
    CHECK(together(&in, "Arthur Khachikian", "Artur Khachikyan", NULL));
    CHECK(!together(&in, "Artur Khachikyan", "Artur Khachatryan", NULL));
    CHECK(together(&in, "Ilham Aliyev", "Ilhar Aliyev", NULL));
    CHECK(!together(&in, "Jon Smith", "Jan Smith", NULL));
    const char *places[] = {"Nagorno-Karabakh", "Nagorno-Karabahk", "Nagorno Karabakh", "Armenia", "Iran", "Iraq"};
    res_in in2 = {places, 6, NULL, NULL, 0, NULL, 0, NULL, 0};
    CHECK(together(&in2, "Nagorno-Karabakh", "Nagorno-Karabahk", NULL));
    CHECK(together(&in2, "Nagorno-Karabakh", "Nagorno Karabakh", NULL));
    CHECK(!together(&in2, "Iran", "Iraq", NULL));
}

TEST(entity_required_groups)
{
    /* Names as the articles spell them, with only variants and text aliases between them. */
    const char *names[] = {"Stepanakert", "Khankendi", "Khankhendi", "Stapanakert", "Nagorno-Karabakh",
                           "Artsakh", "Karabakh", "Shusha", "Shushi", "Nakhchivan", "Nakhichevan",
                           "Zangezur", "Zangazer", "Zangezur Corridor", "Zangazer Corridor"};
    cr_name_pair alias[] = {{"Stepanakert", "Khankendi"}, {"Artsakh", "Nagorno-Karabakh"},
                            {"Artsakh", "Karabakh"}, {"Shusha", "Shushi"}};
    res_in in = {names, 15, NULL, alias, 4, NULL, 0, NULL, 0};
    const char *canon;
    CHECK(together(&in, "Stepanakert", "Khankendi", &canon));
    CHECK_STR(canon, "Stepanakert");
    CHECK(together(&in, "Stepanakert", "Khankhendi", NULL));
    CHECK(together(&in, "Stepanakert", "Stapanakert", NULL));
    CHECK(together(&in, "Nagorno-Karabakh", "Artsakh", &canon));
    CHECK_STR(canon, "Nagorno-Karabakh");
    CHECK(together(&in, "Nagorno-Karabakh", "Karabakh", NULL));
    CHECK(together(&in, "Shusha", "Shushi", NULL));
    CHECK(together(&in, "Nakhchivan", "Nakhichevan", NULL));
    CHECK(together(&in, "Zangezur", "Zangazer", NULL));
    CHECK(together(&in, "Zangezur Corridor", "Zangazer Corridor", NULL));
    CHECK(!together(&in, "Stepanakert", "Shusha", NULL));
    CHECK(!together(&in, "Zangezur", "Zangezur Corridor", NULL));
    /* Without the gazetteer the text rules alone still find them. */
    cr_name_stat st[15];
    size_t grp[15], canon_of[15];
    for (size_t i = 0; i < 15; i++)
        st[i] = (cr_name_stat){names[i], CR_ENT_PLACE, 1};
    cr_entities_resolve(NULL, st, 15, alias, 4, NULL, 0, NULL, 0, NULL, 0, grp, canon_of, NULL);
    CHECK(grp[0] == grp[1] && grp[0] == grp[2] && grp[0] == grp[3]); /* Stepanakert */
    CHECK(grp[4] == grp[5] && grp[4] == grp[6]);                     /* Karabakh */
    CHECK(grp[7] == grp[8]);                                         /* Shusha */
    CHECK(grp[9] == grp[10]);                                        /* Nakhchivan */
    CHECK(grp[11] == grp[12]);                                       /* Zangezur */
}

TEST(entity_undefined_acronym_joins_unique_long_form)
{
    const char *names[] = {"National Audit Office", "NAO", "Monetary Policy Committee", "Main Press Centre",
                           "MPC"};
    const int kinds[] = {CR_ENT_ORG, CR_ENT_ORG, CR_ENT_ORG, CR_ENT_ORG, CR_ENT_ORG};
    res_in in = {names, 5, kinds, NULL, 0, NULL, 0, NULL, 0};
    CHECK(together(&in, "NAO", "National Audit Office", NULL));
    CHECK(!together(&in, "MPC", "Monetary Policy Committee", NULL)); /* two long forms fit */
    CHECK(!together(&in, "MPC", "Main Press Centre", NULL));
}

TEST(entity_user_merge_and_split)
{
    const char *names[] = {"Nagorno-Karabakh", "Karabakh", "Artsakh", "Lachin", "Berdzor"};
    cr_name_pair merge[] = {{"Lachin", "Berdzor"}};
    const char *split[] = {"Karabakh"};
    res_in in = {names, 5, NULL, NULL, 0, NULL, 0, NULL, 0};
    CHECK(together(&in, "Nagorno-Karabakh", "Karabakh", NULL));
    in.split = split;
    in.nsplit = 1;
    CHECK(!together(&in, "Nagorno-Karabakh", "Karabakh", NULL));
    CHECK(together(&in, "Nagorno-Karabakh", "Artsakh", NULL));
    const char *other[] = {"Foo Bar", "Baz Qux"};
    res_in in2 = {other, 2, NULL, NULL, 0, merge, 0, NULL, 0};
    CHECK(!together(&in2, "Foo Bar", "Baz Qux", NULL));
    cr_name_pair m2[] = {{"Foo Bar", "Baz Qux"}};
    in2.merge = m2;
    in2.nmerge = 1;
    CHECK(together(&in2, "Foo Bar", "Baz Qux", NULL));
    /* A merge the user asked for wins over a split of the same name. */
    cr_name_pair m3[] = {{"Karabakh", "Artsakh"}};
    in.merge = m3;
    in.nmerge = 1;
    CHECK(together(&in, "Karabakh", "Artsakh", NULL));
}

TEST(entity_gazetteer_user_file)
{
    const char *dir = t_tmpdir();
    char path[400];
    snprintf(path, sizeof path, "%s/gazetteer.txt", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("# mine\nPERSON\tMarut Vanyan\tM. Vanyan\n\nPLACE\tKhakari Bridge\n", f);
    fclose(f);
    cr_gazetteer *g = cr_gazetteer_default();
    char *err = NULL;
    CHECK(cr_gazetteer_add_file(g, path, &err));
    CHECK(err == NULL);
    int kind = 0;
    const char *canon = NULL;
    CHECK(cr_gazetteer_lookup(g, "m. vanyan", 9, NULL, &kind, &canon));
    CHECK_INT(kind, CR_ENT_PERSON);
    CHECK_STR(canon, "Marut Vanyan");
    CHECK(cr_gazetteer_add_file(g, "/nonexistent/crossread/gazetteer.txt", &err));
    f = fopen(path, "w");
    if (f) {
        fputs("PLACE\tGoris\nCITY\tGyumri\n", f);
        fclose(f);
    }
    CHECK(!cr_gazetteer_add_file(g, path, &err));
    CHECK(err && strstr(err, "gazetteer.txt:2: unknown kind"));
    free(err);
    err = NULL;
    CHECK(!cr_gazetteer_add_text(g, "ORG Name without tab\n", 21, "x.txt", &err));
    CHECK(err && strcmp(err, "x.txt:1: expected KIND<TAB>Name") == 0);
    free(err);
    cr_gazetteer_free(g);
}

TEST(entity_gazetteer_builtin_knows_pairs)
{
    const char *pairs[][2] = {{"stepanakert", "khankendi"}, {"nagorno-karabakh", "artsakh"},
                              {"shusha", "shushi"}, {"nakhchivan", "nakhichevan"}, {"zangezur", "zangazer"}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        size_t a, b;
        CHECK(cr_gazetteer_lookup(gaz(), pairs[i][0], strlen(pairs[i][0]), &a, NULL, NULL));
        CHECK(cr_gazetteer_lookup(gaz(), pairs[i][1], strlen(pairs[i][1]), &b, NULL, NULL));
        CHECK(a == b);
    }
}

TEST(entity_user_path_follows_xdg)
{
    const char *old = getenv("XDG_CONFIG_HOME");
    char *keep = old ? cr_xstrdup(old) : NULL;
    setenv("XDG_CONFIG_HOME", "/tmp/cfg", 1);
    char *p = cr_gazetteer_user_path();
    CHECK_STR(p, "/tmp/cfg/crossread/gazetteer.txt");
    free(p);
    if (keep) {
        setenv("XDG_CONFIG_HOME", keep, 1);
        free(keep);
    } else {
        unsetenv("XDG_CONFIG_HOME");
    }
}

TEST(entity_mentions_point_into_text)
{
    const char *text = "Russian President Vladimir Putin met\nArmenian Prime Minister Nikol Pashinyan in Moscow.";
    cr_entities e;
    extract(text, &e);
    CHECK(e.n >= 3);
    for (size_t i = 0; i < e.n; i++) {
        CHECK(e.m[i].start + e.m[i].len <= strlen(text));
        CHECK(strncmp(text + e.m[i].start, e.m[i].surface, e.m[i].len) == 0 || strchr(e.m[i].surface, ' '));
    }
    const cr_mention *m = mention(&e, "Vladimir Putin");
    CHECK(m && m->start == 18 && m->len == 14);
    cr_entities_free(&e);
    extract("", &e);
    CHECK_INT(e.n, 0);
    cr_entities_free(&e);
}

TEST(entity_resolve_many_names_is_fast)
{
    size_t n = 200000;
    cr_name_stat *st = cr_xmalloc(n * sizeof *st);
    char **names = cr_xmalloc(n * sizeof *names);
    for (size_t i = 0; i < n; i++) {
        names[i] = cr_xasprintf("Name%zu Surname%zu", i * 7919 % 100003, i % 5000);
        st[i] = (cr_name_stat){names[i], i % 3 ? CR_ENT_PERSON : CR_ENT_ORG, (long)(i % 17) + 1};
    }
    size_t *grp = cr_xmalloc(n * sizeof *grp), *canon = cr_xmalloc(n * sizeof *canon);
    double t0 = cr_now_ms();
    cr_entities_resolve(gaz(), st, n, NULL, 0, NULL, 0, NULL, 0, NULL, 0, grp, canon, NULL);
    double ms = cr_now_ms() - t0;
    printf("  resolve: %zu names in %.0f ms (sanitizer build)\n", n, ms);
    CHECK(ms < 20000);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(st);
    free(grp);
    free(canon);
}

TEST(entity_lower_case_heads_and_text_order)
{
    cr_entities e;
    extract("Protesters blocked the Lachin corridor, and talk of the Zangezur corridor grew.", &e);
    const cr_mention *m = mention(&e, "Lachin corridor");
    CHECK(m && strcmp(m->name, "Lachin Corridor") == 0 && m->kind == CR_ENT_EVENT);
    CHECK(mention(&e, "Zangezur corridor"));
    for (size_t i = 1; i < e.n; i++)
        CHECK(e.m[i - 1].start <= e.m[i].start);
    cr_entities_free(&e);
}

TEST(entity_odd_inputs_are_safe)
{
    const char *odd[] = {"’s", "-", "A.", "Mr", "(", "[", "Baku (", "al-", "X’", "Shusha [an", "Khankendi, which",
                         "Karabakh, known to", "\n\n\n", "U.S.", "É", "Ёлка Ёж", "Prime Minister’s",
                         "President", "The Moscow Times 24", "I'm Ed Balls", "Theresa May"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        cr_entities e;
        extract(odd[i], &e);
        for (size_t k = 0; k < e.n; k++)
            CHECK(e.m[k].start + e.m[k].len <= strlen(odd[i]));
        cr_entities_free(&e);
    }
    cr_entities e;
    extract("The Shadow Secretary, Theresa May, said so. I'm sure.", &e);
    CHECK(mention(&e, "Theresa May"));
    CHECK(!mention(&e, "I'm"));
    cr_entities_free(&e);
}

TEST(entity_unknown_word_after_in_is_a_place)
{
    cr_entities e;
    extract("The party will meet in Blackpool, said Colin.", &e);
    const cr_mention *m = mention(&e, "Blackpool");
    CHECK(m && m->kind == CR_ENT_PLACE && strcmp(m->reason, "preposition: in") == 0);
    cr_entities_free(&e);
}

static int kind_of(const cr_entities *e, const char *surface)
{
    const cr_mention *m = mention(e, surface);
    return m ? m->kind : -1;
}

TEST(entity_company_suffixes_and_person_evidence)
{
    cr_entities e;
    extract("Shares of Outboard Marine Corp rose. Salomon Brothers Inc led the issue with Goodbody "
            "Stockbrokers. Zorblat Quenwick spoke. Doug Rasor said it would sell well. "
            "The deal went to Cable and Wireless Plc on Monday.", &e);
    CHECK_INT(kind_of(&e, "Outboard Marine Corp"), CR_ENT_ORG);
    CHECK_INT(kind_of(&e, "Salomon Brothers Inc"), CR_ENT_ORG);
    CHECK_INT(kind_of(&e, "Goodbody Stockbrokers"), CR_ENT_ORG);
    CHECK_INT(kind_of(&e, "Zorblat Quenwick"), CR_ENT_OTHER); /* no evidence of a person */
    CHECK_INT(kind_of(&e, "Doug Rasor"), CR_ENT_PERSON);     /* a common given name */
    CHECK_INT(kind_of(&e, "Cable and Wireless Plc"), CR_ENT_ORG);
    cr_entities_free(&e);
}

TEST(entity_short_forms_take_the_longer_name)
{
    cr_entities e;
    extract("Biogen Idec fell sharply. Later Biogen said it would recover. Texas Instruments "
            "makes chips; Texas said sales rose.", &e);
    const cr_mention *m = mention(&e, "Biogen");
    CHECK(m && strcmp(m->name, "Biogen Idec") == 0 && m->kind == CR_ENT_ORG);
    m = mention(&e, "Texas");
    CHECK(m && strcmp(m->name, "Texas Instruments") == 0);
    cr_entities_free(&e);
    /* a country listed with other places stays the country */
    extract("The Japan Committee for Economic Development met. Britain, Canada, Japan and Italy "
            "agreed. Pharmaceutical giant Acme Corp grew.", &e);
    m = mention(&e, "Japan");
    CHECK(m && strcmp(m->name, "Japan") == 0 && m->kind == CR_ENT_PLACE);
    CHECK(!mention(&e, "Pharmaceutical"));
    cr_entities_free(&e);
    /* used after "in", Texas is the state and stays apart */
    extract("Texas Instruments makes chips. It has a plant in Texas.", &e);
    m = mention(&e, "Texas");
    CHECK(m && strcmp(m->name, "Texas") == 0 && m->kind == CR_ENT_PLACE);
    cr_entities_free(&e);
}

TEST(entity_wire_datelines_and_capital_lines)
{
    cr_entities e;
    extract("RIO DE JANEIRO, March 5 - Output rose.\n\nJAPAN TRADERS WAS SEEN BUYING CORN\n\n"
            "Ireland-based Elan fell. Barcelona's lead shrank. The bond is rated Baa-2 by S/P.", &e);
    CHECK_INT(kind_of(&e, "RIO DE JANEIRO"), CR_ENT_PLACE);
    CHECK(!mention(&e, "TRADERS"));
    CHECK(!mention(&e, "CORN"));
    CHECK(mention(&e, "Ireland"));
    CHECK(mention(&e, "Barcelona"));
    CHECK(!mention(&e, "Baa-2"));
    CHECK(mention(&e, "S/P"));
    CHECK(!mention(&e, "P"));
    cr_entities_free(&e);
}

TEST(entity_org_context_and_place_preposition)
{
    cr_entities e;
    extract("Shares in Phytopharm fell. Former Everton midfielder Tom Gravesen scored. "
            "He lives in Camberley.", &e);
    CHECK_INT(kind_of(&e, "Phytopharm"), CR_ENT_ORG);
    CHECK_INT(kind_of(&e, "Everton"), CR_ENT_ORG);
    CHECK_INT(kind_of(&e, "Camberley"), CR_ENT_PLACE);
    cr_entities_free(&e);
}
