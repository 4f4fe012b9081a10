# Names: e lists every entity with kind and aliases; / filters as you type; Enter shows the
# concordance of a name; Enter on a line opens the article at that mention; H highlights.
. tests/e2e/lib.sh
import_articles
start 120 30
wait_for "Sources 1/"
keys e
wait_for " Names ("
assert_has "PLACE"
keys / K h a n
wait_for "Filter: Khan"
assert_has "Stepanakert"
assert_has "Khankendi"
keys Enter Enter
wait_for "Mentions of Stepanakert"
assert_has "Khankendi"
keys Enter
wait_gone "Mentions of Stepanakert"
wait_for "v highlight"
assert_has "Stepanakert"
keys E
wait_for "Names in"
keys q
wait_gone "Names in"
keys H
wait_for "Names highlighted"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"

# merge and split from the names view, kept across a re-import
start 120 30
wait_for "Sources 1/"
keys e
wait_for " Names ("
keys / S h u s h a Enter
wait_for "Filter: Shusha"
keys -
wait_for "Split Shusha into 2 names"
keys Escape
wait_gone "Filter:"
keys / S h u s h a Enter
wait_for "Filter: Shusha"
keys +
wait_for "Merge Shusha into"
keys / C-u S h u s h i Enter
wait_for "Filter: Shushi"
keys +
wait_for "Merged Shusha into Shushi"
keys q q
wait_exit >/dev/null
cr import --prune "$ROOT/articles" || fail "re-import failed"
cr entities
grep -q "^Shusha	PLACE	[0-9]*	.*Shushi" "$T/out" || grep -q "^Shushi	PLACE	[0-9]*	.*Shusha" "$T/out" ||
    fail "the merge made in the names view did not last: $(grep -i shush "$T/out")"

# the command line tells the same
cr entities || fail "entities failed"
grep -q "^Stepanakert	PLACE	[0-9]*	.*Khankendi" "$T/out" || fail "Stepanakert/Khankendi are not one entity: $(grep -i stepan "$T/out")"
grep -q "^Nagorno-Karabakh	PLACE	.*Artsakh" "$T/out" || fail "Nagorno-Karabakh/Artsakh are not one entity"
cr mentions Khankendi || fail "mentions failed"
[ "$(wc -l <"$T/out")" -ge 5 ] || fail "too few mentions of Stepanakert/Khankendi"
id=$(cr list && grep "Barron's" "$T/out" | cut -f1)
cr xref "$id" || fail "xref failed"
grep -q "Gunfire in Nagorno-Karabahk persists" "$T/out" || fail "xref of the Barron's story lacks its France 24 twin"
cr xref "$id" --format json || fail "xref json failed"
grep -q '"duplicate": true' "$T/out" || fail "the near-duplicate is not marked in xref"
finish
