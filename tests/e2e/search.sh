# Search: s finds Khankendi in articles that only say Stepanakert and says "via alias"; Enter
# opens the article at the first hit, n/N step through the hits; a malformed query gets a
# plain message; / finds as you type, n wraps with a notice; ? is help outside the article;
# `crossread search` prints tsv/json and exits 2 on a malformed query.
. tests/e2e/lib.sh
import_articles
start 160 40
wait_for "Sources 1/"
keys s
wait_for "Search the library"
keys K h a n k e n d i Enter
wait_for "results, best first"
assert_has "via alias Stepanakert"
assert_has "Azerbaijanis ‘bar Nagorno-Karabakh residents’"
keys Enter
wait_for "hits in the text: n/N"
assert_has "OC Media — Azerbaijanis"
assert_has "1/6"
keys n
wait_for "2/6"
keys N
wait_for "1/6"
keys N
wait_for "search hit TOP, continuing at BOTTOM"
assert_has "6/6"

# a malformed query: a plain message, the prompt stays open for fixing
keys s
wait_for "Search the library"
keys '"' k i l l e d Enter
wait_for "Unbalanced quote: the \" at column 1 is never closed"
keys C-u N E A R '(' ')' Enter
wait_for "Empty NEAR at column 1"
keys C-u k i l l e d Space O R Enter
wait_for "Dangling operator: OR at column 8 has nothing after it"
keys Escape
wait_gone "Search the library"

# in-article find: incremental, from where the reading place is; n wraps round with a notice
keys g /
wait_for "/_"
keys P e a c
wait_for "/Peac_"
assert_has "1/7"
keys e k e e p e r s Enter
wait_for "n/N next/previous match"
total=$(screen | tail -n 1 | sed -n 's/.* 1\/\([0-9]*\) .*/\1/p')
[ -n "$total" ] || fail "no match count on the status bar"
k=1 # not i: wait_for uses it
while [ "$k" -lt "${total:-1}" ]; do keys n; k=$((k + 1)); wait_for "$k/$total"; done
assert_lacks "search hit BOTTOM"
keys n
wait_for "search hit BOTTOM, continuing at TOP"
assert_has "1/$total"
# ? finds backward in the article
keys '?' a z e r b a i j a n i Enter
wait_for "n/N next/previous match"
# case and diacritics do not matter, in the library search and in the article
keys s
wait_for "Search the library"
keys a s k e r o g l u Enter
wait_for "Sovereignty Debate"
keys Enter
wait_for "hits in the text"
keys / A S K E R O G L U
wait_for "/ASKEROGLU_"
assert_lacks "(not found)"
keys Escape
wait_gone "/ASKEROGLU_"
keys / z z q x
wait_for "(not found)"
keys Escape
# ? in the source list is help, which lists every key
keys Tab Tab
keys '?'
wait_for "Help: keys of crossread"
assert_has "F1"
assert_has "Find backward in the article; elsewhere, this help"
assert_has "Search the whole library"
keys q
wait_gone "Help: keys"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"

# the command line
cr search Khankendi || fail "search failed: $(cat "$T/err")"
oc=$(cr list && grep "OC Media" "$T/out" | cut -f1)
cr search Khankendi
awk -F'\t' -v id="$oc" '$1 == id && NF == 6' "$T/out" | grep -q Stepanakert ||
    fail "search Khankendi lacks the OC Media article that says Stepanakert: $(cat "$T/out")"
cr search Khankendi --format json
grep -q '"via_alias": true, "aliases": "Stepanakert"' "$T/out" || fail "json does not say via alias"
cr search '"killed'
[ "$(cat "$T/status")" = 2 ] || fail "a malformed query did not exit with 2"
grep -q "Unbalanced quote" "$T/err" || fail "no plain message for an unbalanced quote: $(cat "$T/err")"
grep -qi "fts5\|syntax error\|sqlite" "$T/err" && fail "raw SQL error text: $(cat "$T/err")"
cr search zzqqxxvv || fail "no match should exit 0"
[ -s "$T/out" ] && fail "no match should print nothing"
cr search 'NEAR(killed separatists, 5)' || fail "NEAR failed"
grep -q "Barron's" "$T/out" || fail "NEAR(killed separatists) misses Barron's"
cr search --help >/dev/null || fail "search --help"
finish
