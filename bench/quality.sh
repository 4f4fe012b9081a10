#!/bin/sh
# Prints, as Markdown, the precision and recall of name and claim extraction against the
# hand-checked lists in tests/data/, as measured by the unit tests that assert them.
# Usage: sh bench/quality.sh   (after make build/test/unit)
cd "$(dirname "$0")/.." || exit 1
unit=./build/test/unit
[ -x "$unit" ] || { echo "bench/quality.sh: build the tests first (make build/test/unit)" >&2; exit 1; }
figures() {
    "$unit" "$1" 2>/dev/null | grep -v -e '^ok ' -e '^FAIL ' -e ' passed, ' | sed 's/^ *//'
}
cat <<'TEXT'
## Quality of names and claims

Precision and recall against hand-checked lists in tests/data/, printed by the unit tests that
assert them (command: `sh bench/quality.sh`). How much each set says differs:

- `articles/` (entities-gold.tsv, claims-gold.tsv): the bundled corpus the rules were written on.
- `bbc politics 001-010`, `claims held-out`: labelled before the extractors first ran on them,
  then used to fix rules; first measurements were entities 0.847 / 0.888 and claims 0.88 / 0.78.
- `audit` (8 BBC and Reuters texts): labelled unseen; first measured at entities 0.862 / 0.859
  (kinds 0.520) and claims 0.89 / 0.59; general rule fixes were then made looking at its errors.
- `audit2` (6 texts): labelled before those fixes, first measured after them at entities
  0.802 / 0.840 (kinds 0.551), claims 1.00 / 0.94; then used for a second round of fixes.
- `audit3` (6 texts): labelled before that second round, first measured after it at 0.821 /
  0.827 (0.829 / 0.844 after one gold-list correction, Britain = United Kingdom); then used
  for a third round of fixes.
- `audit4` (5 BBC texts): labelled before the third round and measured once after it
  (0.812 / 0.767); then used for session 2's fixes.
- `audit5`, `audit6` (7 texts each: 5 BBC, 2 Reuters; tests `quality_unseen*`): labelled by
  two readers who never ran the extractor, before session 2's rule changes. Before those
  changes: audit5 0.837 / 0.778, audit6 0.729 / 0.804. audit5 was measured after the first
  changes (0.853 / 0.769) and then used for fixes; audit6 was measured once, at the end:
  **precision 0.778, recall 0.784**; two fixes then came from its errors.
- `dev1`..`dev6` (session 3; 72 texts, 12 each: 10 BBC, 2 Reuters; tests `quality_dev*`):
  labelled by six readers who never ran the extractor, each text's list complete on its own,
  scored text by text. Before session 3's rules: all six together precision 0.858, recall
  0.792 (1,000 gold entities); the session's rules were written from their errors.
- `audit7`, `audit8` (session 3; 7 texts each, tests `quality_unseen7/8`): labelled with the
  dev sets, committed before any change, never used to write rules. Before the session's
  rules: audit7 0.824 / 0.767, audit8 0.851 / 0.845. After them (measured at the end):
  **audit7 0.824 / 0.767, audit8 0.849 / 0.857** - the honest figure for text the rules were
  not tuned on, still below 0.9. See docs/ENTITIES.md.
- `audit9`, `audit10` (session 4; 7 texts each, tests `quality_unseen9/10`) and `dev7`..`dev10`
  (12 texts each, tests `quality_dev*`): labelled the same way in session 4, in which no rule
  changed (a learned tagger was tried and left off main, docs/ENTITIES.md). First figures of
  the unseen pair: **audit9 0.884 / 0.860, audit10 0.771 / 0.815**; of dev7..dev10 together
  (749 names, no rule written from them yet) 0.883 / 0.810.
- Session 5 wrote rules from dev7..dev10's errors (team sheets, possessive and "&" names,
  fixture lists, "X of Y", lone head words; docs/ENTITIES.md): dev7..dev10 together
  0.883 / 0.810 -> 0.909 / 0.880. Measured once at the end on the unseen sets: **audit9
  0.904 / 0.849, audit10 0.788 / 0.826** (before: 0.884 / 0.860, 0.771 / 0.815); audit7
  0.820 / 0.744, audit8 0.849 / 0.857. A second reader labelled audit9 and audit10 again,
  alone (`readers` lines): the two lists agree on 178 of 179 entities, so the gap to 0.9 is
  the extractor's, not unsteady labels.
- Session 6: four fresh unseen sets, `audit11`..`audit14` (7 texts each, 28 texts, 376
  names; picked at random among texts no list had used), labelled by four readers before any
  of the session's rules and printed only at its end. The scorer now also prints precision and
  recall on people, places, organisations and events (issue 4's extraction scope; gold OTHER
  entities - titles, products, awards - left out of recall, groups meeting them out of
  precision), and lets a reader's form ending in an abbreviation's point match without it
  ("Mich." = "Mich"; this alone moved audit5 from 0.927 / 0.898 to 0.936 / 0.907). Session 6's
  rules (docs/ENTITIES.md) took dev1..dev10 pooled from 0.901 / 0.872 to 0.912 / 0.877. On
  audit11..14 pooled, before -> after the rules: **all kinds 0.880 / 0.864 -> 0.882 / 0.867;
  people, places, organisations, events 0.870 / 0.892 -> 0.873 / 0.895**. All 56 unseen texts
  (audit7..14) pooled: 0.859 / 0.842 -> 0.866 / 0.843 (core 0.848 / 0.887 -> 0.856 / 0.889).
  The bar (0.9 / 0.9 on unseen text) is not met: recall of people, places, organisations and
  events is near it, precision is not.
- Session 7: four more fresh unseen sets, `audit15`..`audit18` (7 texts each, 28 texts, 402
  names; 5 BBC texts and 2 Reuters records each, from reut2-007, -010, -015, -018, files no
  list or rule check had used), labelled by four readers at the session's start and printed only at its end. The
  session's rules (particles, undefined acronyms, titles with small words, sponsors'
  competitions; docs/ENTITIES.md) took dev1..dev10 pooled from 0.912 / 0.877 to 0.918 /
  0.883. On audit15..18 pooled, before -> after: **all kinds 0.853 / 0.838 -> 0.855 / 0.838;
  people, places, organisations, events 0.842 / 0.874 -> 0.845 / 0.872**. All 84 unseen texts
  (audit7..18) pooled: 0.861 / 0.842 -> 0.866 / 0.848 (core 0.851 / 0.884 -> 0.856 / 0.886).
  The fresh sets score below the earlier ones: still no 0.9 on text the rules were not
  tuned on.
- Session 8: four more fresh unseen sets, `audit19`..`audit22` (7 texts each, 28 texts, 398
  names; 5 BBC texts and 2 Reuters records each, records no list had used, seed 20261123),
  labelled by four readers at the session's start; their figures were printed then and at
  the end, their errors never. audit7..audit14, printed as unseen since sessions 4-6, became
  dev sets this session: the rules of the round (wire initials "George W. Bush", firms
  "Morgan Stanley and Co Inc", "Bache Securities (Japan) Ltd", "Smith Barney, Harris Upham
  and Co", title words as surnames "Graham King", descriptors "Comedy Meet The Fockers",
  acts' years; docs/ENTITIES.md) were written from their errors, and took them from 0.873 /
  0.853 to 0.904 / 0.874 (dev1..dev10 pooled unchanged at 0.918 / 0.884). On the unseen
  sets, before -> after: **audit19..22 0.884 / 0.862 -> 0.884 / 0.862 (people, places,
  organisations, events 0.872 / 0.906, unchanged: no rule of the round fired on them);
  audit15..18 0.855 / 0.838 -> 0.860 / 0.841 (core 0.845 / 0.872 -> 0.849 / 0.874)**. Eight
  rounds of rules: the text they are written from gains 3-7 points, unseen text 0-0.5.
- Session 9: four more fresh unseen sets, `audit23`..`audit26` (28 texts, 263 names, seed
  20261124), measured once at the session's start: **0.845 / 0.863 (people, places,
  organisations, events 0.841 / 0.891)**; audit15..26 pooled (84 texts) 0.865 / 0.854 (core
  0.855 / 0.890), unchanged at the end. And a second measure, of what cross-references are
  made of: `story1`..`story12` (tests `quality_story_*`), twelve stories of four texts each
  (8 from bbc-news picked by their headlines, 4 from Reuters by Reuters' own topic tags), each
  text's names complete and a shared entity under one canonical; the `shared names` lines
  score, pair of texts by pair, the entities both texts name - what the cross-reference pane
  lists for that pair. story1..6 were labelled first and measured before any change (shared
  names 0.925 / 0.852, core 0.918 / 0.874); the session's three rules were written from their
  errors (a member's seat after "MP for", "ex-BBC", "Parmalat, the Italian food group") and
  took them to 0.927 / 0.876 (core 0.920 / 0.901). story7..12 were labelled during the session
  and are the unseen figure: **shared names 0.924 / 0.839 (core 0.914 / 0.860), before and
  after the rules; all their names, text by text, 0.917 / 0.842 (core 0.906 / 0.893)**. Shared
  names are precise (0.92) but about one in six is missed; in story1..6, whose errors were
  read, the misses left are mostly forms the extractor does not tie together ("SEGAS" /
  "Greek Athletics Federation", "Oscars" / "Oscar", "Louvre accord" / "Louvre") and titles
  of films (docs/ENTITIES.md).
- Session 10: eight more stories, `story13`..`story20` (Celebrity Big Brother, Tim Henman,
  Yukos, Microsoft, the Liberal Democrats' campaign from bbc-news; Peru's silver and Mexico,
  Zhao Ziyang, Herrington and oil imports from Reuters; 32 texts, 231 shared names over 48
  pairs), labelled at the session's start by readers who never ran the extractor and
  measured before any change: **shared names 0.966 / 0.866 (BBC 0.978 / 0.936, Reuters 0.944
  / 0.756)**. story7..12 became dev sets (test `quality_story_dev`); the session's rules were
  written from their errors (a long title's holder: "Chancellor of the Exchequer Nigel
  Lawson" had given no name at all; a product's letters, "DS" for "Nintendo DS", tied across
  the library; a rare first name alone, "Elvis", tied to its one person) and took them from
  0.924 / 0.839 to 0.929 / 0.915. After the rules, unseen story13..20: **shared names 0.967 /
  0.879 (core 0.965 / 0.885; BBC 0.978 / 0.936, Reuters 0.947 / 0.789)** - precision above
  the bar, recall 2 points under it, the Reuters stories 11 under. All names of those texts,
  text by text, 0.906 / 0.866 before and after.
- Session 11: `story21`..`story26`, six Reuters stories labelled as dev sets (test
  `quality_story_reuters_dev`; at the start shared names 0.951 / 0.906), and eight fresh
  stories `story27`..`story34` (Thatcher, Subroto and OPEC, Eyskens, Dauster and coffee from
  Reuters; Chelsea, David Blunkett, Fiat, Charles Kennedy from bbc-news; test
  `quality_story_unseen_s11`), labelled at the start and measured before any change:
  **shared names 1.000 / 0.922 (Reuters 1.000 / 0.973, BBC 1.000 / 0.890)**. story13..20
  became dev sets. The session's rules (nationality words as surnames, "Dennis A. Levine",
  holdings are no places, portfolio words in titles, "de la" particles, Mexico beside Mexico
  City, "Reagan Administration"; docs/ENTITIES.md) took story7..12 to 0.959 / 0.930,
  story13..20 from 0.967 / 0.879 to 0.986 / 0.922 and story21..26 to 0.960 / 0.906. After
  them, unseen story27..34: **shared names 1.000 / 0.922, unchanged; all names text by text
  0.935 / 0.882 -> 0.939 / 0.882**.
- Session 12: eight more fresh stories, `story35`..`story42` (Volcker and Greenspan, Hawke,
  Conable and the World Bank, Delors from Reuters; Mourinho, Charles Clarke, Google, the
  Oscars from bbc-news; test `quality_story_unseen_s12`), picked leaving out any text whose
  content repeats a used one, labelled at the start by readers who never ran the extractor,
  and measured on the session-start code before any change: **shared names 0.975 / 0.909
  (Reuters 1.000 / 0.899, BBC 0.953 / 0.919); all names text by text 0.946 / 0.905**. With
  story27..34 (1.000 / 0.922), two fresh sets in a row meet the bar of 0.9 on the names a
  pair of texts shares. story27..34 became dev sets; the session's rules (a word used alone
  before a longer name is its own name, a known body beside its unit, a country in brackets
  after a firm, weekdays and small words inside known names, inner capitals; docs/ENTITIES.md)
  took story27..34 to 0.953 recall and story1..6 to 0.890. After them, story35..42: **shared
  names 0.975 / 0.909, unchanged; all names text by text 0.949 / 0.908**.

```
TEXT
figures entity_quality
figures claims_gold
figures claims_heldout
figures quality_audit
figures quality_unseen
figures quality_readers
figures quality_dev
figures quality_story
echo '```'
