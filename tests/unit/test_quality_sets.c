/* test_quality_sets.c - names measured on the sets labelled in sessions 3 and 4 (their gold
 * lists name their own texts, entity_sets.h). audit7 and audit8 (7 texts each: 5 BBC, 2 Reuters)
 * were labelled by two readers who never ran the extractor, before any change of that
 * session, and are kept out of every run made while writing rules: tests quality_unseen7/8
 * are the figure for text the extractor was not tuned on. The dev sets (12 texts each,
 * each text's section a complete list of its own names) are for finding errors; they are
 * scored text by text. The floor asserted (0.5) only catches a collapse. */
#include "t.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entity_sets.h"

static void score_set(const char *label, const char *gold, bool per_text)
{
    ent_score s;
    bool skipped;
    bool verbose = getenv("CROSSREAD_ENTITY_VERBOSE") != NULL;
    CHECK(ent_set_evaluate(gold, per_text, verbose, &s, &skipped));
    if (skipped) {
        printf("  %s: bbc-news or reuters21578-sgml corpus absent: skipped\n", label);
        return;
    }
    ent_score_print(label, &s);
    CHECK(s.precision >= 0.5);
    CHECK(s.recall >= 0.5);
}

TEST(quality_unseen7_entities)
{
    score_set("audit7 (7 texts)", "tests/data/entities-audit7-gold.tsv", false);
}

TEST(quality_unseen8_entities)
{
    score_set("audit8 (7 texts)", "tests/data/entities-audit8-gold.tsv", false);
}

/* Session 4: audit9 and audit10, labelled the same way by two more readers, are unseen by
 * every rule so far (no rule changed in that session). */
TEST(quality_unseen9_entities)
{
    score_set("audit9 (7 texts)", "tests/data/entities-audit9-gold.tsv", false);
}

TEST(quality_unseen10_entities)
{
    score_set("audit10 (7 texts)", "tests/data/entities-audit10-gold.tsv", false);
}

/* Session 6: audit11..audit14 (7 texts each: one BBC text of each category, one record of
 * reut2-009 and one of reut2-021, all picked at random among texts no list had used), labelled
 * by four more readers before any of session 6's rules; no rule is written from them. */
#define UNSEEN_SET(n)                                                                   \
    TEST(quality_unseen##n##_entities)                                                  \
    {                                                                                   \
        score_set("audit" #n " (7 texts)", "tests/data/entities-audit" #n "-gold.tsv", false); \
    }
UNSEEN_SET(11)
UNSEEN_SET(12)
UNSEEN_SET(13)
UNSEEN_SET(14)
/* Session 7: audit15..audit18, picked the same way (5 BBC texts, 2 Reuters records from reut2-007,
 * -010, -015, -018, files no list or rule check had used), labelled by four more readers at the start of
 * the session; their figures were printed once, at its end. */
UNSEEN_SET(15)
UNSEEN_SET(16)
UNSEEN_SET(17)
UNSEEN_SET(18)
/* Session 8: audit19..audit22, picked the same way (5 BBC texts, 2 Reuters records from files
 * 004, 005, 008, 011, 012, 013, 016, 020, records no list had used; seed 20261123), labelled by
 * four more readers at the start of the session, before any of its changes. */
UNSEEN_SET(19)
UNSEEN_SET(20)
UNSEEN_SET(21)
UNSEEN_SET(22)
/* Session 9: audit23..audit26, picked the same way (5 BBC texts, 2 Reuters records of files
 * 004..021 no list had used; seed 20261124), labelled by four more readers at the start of the
 * session, before any of its changes; measured once then, errors never printed. */
UNSEEN_SET(23)
UNSEEN_SET(24)
UNSEEN_SET(25)
UNSEEN_SET(26)

/* Sets scored set by set and summed. audit15..audit26 (84 texts) is the figure for text the
 * rules were not tuned on: audit15..18, audit19..22 and audit23..26 were labelled in sessions
 * 7, 8 and 9 before their changes. audit7..audit14 were unseen from sessions 4-6 until session 8, which
 * wrote rules from their errors: dev sets since, their tests keep their names. */
static void pooled(const char *set, int from, int to, const char *label)
{
    ent_score sum;
    memset(&sum, 0, sizeof sum);
    bool verbose = getenv("CROSSREAD_ENTITY_VERBOSE") != NULL;
    bool per_text = strcmp(set, "dev") == 0; /* dev sections are scored text by text */
    for (int n = from; n <= to; n++) {
        char path[64];
        snprintf(path, sizeof path, "tests/data/entities-%s%d-gold.tsv", set, n);
        ent_score s;
        bool skipped;
        CHECK(ent_set_evaluate(path, per_text, verbose, &s, &skipped));
        if (skipped) {
            printf("  %s: bbc-news or reuters21578-sgml corpus absent: skipped\n", label);
            return;
        }
        ent_score_add(&sum, &s);
    }
    ent_score_finish(&sum);
    ent_score_print(label, &sum);
    CHECK(sum.precision >= 0.5);
    CHECK(sum.recall >= 0.5);
}

TEST(quality_unseen_pooled)
{
    pooled("audit", 15, 26, "audit15..audit26 pooled (84 texts)");
    pooled("audit", 15, 18, "audit15..audit18 pooled (28 texts)");
    pooled("audit", 19, 22, "audit19..audit22 pooled (28 texts)");
    pooled("audit", 23, 26, "audit23..audit26 pooled (28 texts)");
    pooled("audit", 7, 14, "audit7..audit14 pooled (56 texts, dev sets since session 8)");
}

/* The sets rules are written from, summed: one figure to see a rule's effect at once. */
TEST(quality_dev_pooled)
{
    pooled("dev", 1, 10, "dev1..dev10 pooled (120 texts)");
}

/* Session 5: a second reader labelled audit9 and audit10 again, alone, without the first
 * list or the extractor, to see whether the labels themselves are unsteady (then no
 * extractor could score 0.9 against one of them). They agree on 178 of 179 entities. */
static void agreement(const char *label, const char *first, const char *second)
{
    size_t la, lb;
    char *a = ent_read_file(t_path(first), &la), *b = ent_read_file(t_path(second), &lb);
    CHECK(a && b);
    if (a && b) {
        ent_score s;
        ent_agreement(a, la, b, lb, getenv("CROSSREAD_ENTITY_VERBOSE") != NULL, &s);
        printf("  %s readers: first %zu, second %zu entities; agreed %zu/%zu of the first (%.3f), "
               "%zu/%zu of the second (%.3f)\n",
               label, s.gold, s.groups, s.found, s.gold, s.recall, s.true_groups, s.groups, s.precision);
        CHECK(s.gold >= 50 && s.groups >= 50); /* both lists whole */
        CHECK(s.recall >= 0.5 && s.precision >= 0.5);
    }
    free(a);
    free(b);
}

TEST(quality_readers_agree_audit9)
{
    agreement("audit9", "tests/data/entities-audit9-gold.tsv", "tests/data/entities-audit9-second-gold.tsv");
}

TEST(quality_readers_agree_audit10)
{
    agreement("audit10", "tests/data/entities-audit10-gold.tsv", "tests/data/entities-audit10-second-gold.tsv");
}

/* The dev sets: each text scored alone against its own section. */
#define DEV_SET(n)                                                                      \
    TEST(quality_dev##n##_entities)                                                     \
    {                                                                                   \
        score_set("dev" #n " (12 texts)", "tests/data/entities-dev" #n "-gold.tsv", true); \
    }
DEV_SET(1)
DEV_SET(2)
DEV_SET(3)
DEV_SET(4)
DEV_SET(5)
DEV_SET(6)
/* Session 4's dev sets, labelled like the first six; no rule has been written from them. */
DEV_SET(7)
DEV_SET(8)
DEV_SET(9)
DEV_SET(10)

/* What the cross-reference pane shows, measured on stories of four texts each, picked by
 * their headlines or Reuters' own topic tags and labelled by readers who never ran the
 * extractor; each text's section lists all its names, an entity the texts share under one
 * canonical in each. Two figures per story set: all names, text by text (as the dev sets),
 * and the names each pair of texts shares (ent_evaluate_shared()), which is what
 * cross-references are made of. story1..6 (dev since session 9) and story7..12 (since
 * session 10) are dev sets; story13..20 the unseen ones. */
static void story_pooled(int from, int to, bool shared, const char *label)
{
    ent_score sum;
    memset(&sum, 0, sizeof sum);
    bool verbose = getenv("CROSSREAD_ENTITY_VERBOSE") != NULL;
    for (int n = from; n <= to; n++) {
        char path[64];
        snprintf(path, sizeof path, "tests/data/entities-story%d-gold.tsv", n);
        ent_score s;
        bool skipped;
        if (verbose)
            printf("  == story%d\n", n);
        CHECK(shared ? ent_set_evaluate_shared(path, verbose, &s, &skipped)
                     : ent_set_evaluate(path, true, verbose, &s, &skipped));
        if (skipped) {
            printf("  %s: bbc-news or reuters21578-sgml corpus absent: skipped\n", label);
            return;
        }
        CHECK(s.gold > 0);
        ent_score_add(&sum, &s);
    }
    ent_score_finish(&sum);
    if (shared)
        printf("  %s shared names, pair by pair: %zu found, %zu gold; precision %.3f recall %.3f; "
               "people/places/orgs/events: precision %.3f recall %.3f\n",
               label, sum.groups, sum.gold, sum.precision, sum.recall, sum.core_precision, sum.core_recall);
    else
        ent_score_print(label, &sum);
    CHECK(sum.precision >= 0.5);
    CHECK(sum.recall >= 0.5);
}

TEST(quality_story_names)
{
    story_pooled(1, 6, false, "story1..story6 (24 texts, text by text)");
    story_pooled(1, 4, false, "story1..story4 (16 BBC texts)");
    story_pooled(5, 6, false, "story5..story6 (8 Reuters records)");
}

TEST(quality_story_shared)
{
    story_pooled(1, 6, true, "story1..story6 (6 stories, 36 pairs)");
    story_pooled(1, 4, true, "story1..story4 (BBC, 24 pairs)");
    story_pooled(5, 6, true, "story5..story6 (Reuters, 12 pairs)");
}

/* story7..story12 (Nintendo DS, Guantanamo detainees, Glazer and Manchester United, Elvis
 * reissues from bbc-news; Lawson and sterling, the US-Japan chip dispute from Reuters) were
 * labelled the same way in session 9 and were its unseen figure (shared names 0.924 / 0.839);
 * their errors were read in session 10: dev sets since. */
TEST(quality_story_dev)
{
    story_pooled(7, 12, true, "story7..story12 (6 stories, 36 pairs)");
    story_pooled(7, 12, false, "story7..story12 (24 texts, text by text)");
}

/* story21..story26, six Reuters stories labelled in session 11 as dev sets, because the
 * unseen Reuters stories lagged the BBC ones (recall 0.789 against 0.936): Boesky's suits,
 * Icahn, TWA and USAir, Mulroney, Sarney and Brazil, Chirac, Bangemann. */
TEST(quality_story_reuters_dev)
{
    story_pooled(21, 26, true, "story21..story26 (Reuters, 6 stories, 36 pairs)");
    story_pooled(21, 26, false, "story21..story26 (24 Reuters records, text by text)");
}

/* story13..story20, labelled at the start of session 10 by eight readers who never ran the
 * extractor: Celebrity Big Brother, Tim Henman, Yukos, Microsoft, the Liberal Democrats'
 * campaign (bbc-news); Peru's silver and Mexico, Zhao Ziyang, Herrington and oil imports
 * (Reuters). They were session 10's unseen figure (shared names 0.966 / 0.866 before its
 * rules, 0.967 / 0.879 after); their errors were read in session 11: dev sets since. */
TEST(quality_story_unseen)
{
    story_pooled(13, 20, true, "story13..story20 (8 stories, 48 pairs)");
    story_pooled(13, 17, true, "story13..story17 (BBC, 30 pairs)");
    story_pooled(18, 20, true, "story18..story20 (Reuters, 18 pairs)");
    story_pooled(13, 20, false, "story13..story20 (32 texts, text by text)");
}

/* story27..story34, labelled at the start of session 11 by eight readers who never ran the
 * extractor, and measured before its rules: Thatcher's election and trade, Subroto and
 * OPEC, Eyskens and Belgian finances, Dauster and coffee quotas (Reuters); Chelsea, David
 * Blunkett, Fiat, Charles Kennedy (bbc-news). They were session 11's unseen figure (shared
 * names 1.000 / 0.922); their errors were read in session 12: dev sets since. */
TEST(quality_story_unseen_s11)
{
    story_pooled(27, 34, true, "story27..story34 (8 stories, 48 pairs)");
    story_pooled(27, 30, true, "story27..story30 (Reuters, 24 pairs)");
    story_pooled(31, 34, true, "story31..story34 (BBC, 24 pairs)");
    story_pooled(27, 34, false, "story27..story34 (32 texts, text by text)");
}

/* story35..story42, labelled at the start of session 12 by eight readers who never ran the
 * extractor, from texts picked by headline word or Reuters' PEOPLE tag among texts no list had
 * used, leaving out any whose content repeats a used text (seed 20261121): Volcker and
 * Greenspan, Hawke and Australia, Conable and the World Bank, Delors and the EC (Reuters);
 * Mourinho, Charles Clarke, Google, the Oscars (bbc-news). Measured on the session-start code
 * before any change; their errors are not printed: the unseen figure. */
TEST(quality_story_unseen_s12)
{
    story_pooled(35, 42, true, "story35..story42 (8 stories, 48 pairs)");
    story_pooled(35, 38, true, "story35..story38 (Reuters, 24 pairs)");
    story_pooled(39, 42, true, "story39..story42 (BBC, 24 pairs)");
    story_pooled(35, 42, false, "story35..story42 (32 texts, text by text)");
}
