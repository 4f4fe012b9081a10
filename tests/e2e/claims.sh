# Claims: c lists the open article's claims with the other sources' values side by side;
# 220 (the separatists) against 199 (Azerbaijan) killed is marked CONFLICT and ≠; how many
# fled and how many Armenians remain are there with their differing estimates; Enter opens
# the sentence; C lists the library's claims about some words; `crossread claims` agrees.
. tests/e2e/lib.sh
import_articles
cr list
barrons=$(grep "Barron's" "$T/out" | cut -f1)
un=$(grep "United Nations News" "$T/out" | cut -f1)
start 200 50 -- "$barrons"
wait_for "Gunfire Around Karabakh"
keys c
wait_for "Claims in \"Gunfire Around Karabakh"
wait_for "a few hundred" # the last rows are drawn too
screen | grep "220 " | grep -q "CONFLICT.*Separatists" || fail "220 killed (Separatists) is not marked CONFLICT"
screen | grep -q "≠ *199 *Azerbaijan" || fail "199 (Azerbaijan) is not marked ≠ under 220"
screen | grep -q "≠ *220 *Separatists" || fail "220 (Separatists) is not marked ≠ under 199"
screen | grep "over 100,000" | grep -q CONFLICT || fail "how many fled is not compared"
assert_has "a few hundred"
# Enter on the first row (the first claim) opens its sentence, lit
keys G
keys Enter
wait_gone "Claims in"
wait_for "1/1"
keys q

# the UN article: how many Armenians remain, estimates that differ widely
start 200 50 -- "$un"
wait_for "UN Karabakh mission"
keys c
wait_for "Claims in \"UN Karabakh mission"
wait_for "at least 10,000"
screen | grep "As few as 50 to 1,000" | grep -q CONFLICT || fail "the remaining Armenians are not compared"
assert_has "at least 10,000"
assert_has "a few hundred"
# C: the library's claims about some words
keys q
wait_gone "Claims in"
keys C
wait_for "Claims about:"
keys k i l l e d Enter
wait_for "CONFLICT killed"
assert_has "220"
assert_has "199"
keys Escape q
keys C
wait_for "Claims about:"
keys '(' k i l l e d Enter
wait_for "Unbalanced parenthesis"
keys Escape
wait_gone "Claims about:"
# the command line: :claims WORDS
keys : c l a i m s Space f l e d Enter
wait_for "Claims about: fled"
assert_has "more than 100,000"
keys q
wait_gone "Claims about:"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"

# the command line
cr claims killed || fail "claims killed failed: $(cat "$T/err")"
g220=$(awk -F'\t' '$4 == "220" && $5 == "killed" {print $1; exit}' "$T/out")
g199=$(awk -F'\t' '$4 == "199" && $5 == "killed" {print $1; exit}' "$T/out")
[ -n "$g220" ] && [ "$g220" = "$g199" ] || fail "220 and 199 killed are not one group: $(cat "$T/out")"
awk -F'\t' 'NF != 6 {exit 1}' "$T/out" || fail "claims tsv does not have 6 fields"
cr claims killed --format json
grep -q '"value": "220".*"said_by": "Separatists", "conflict": true' "$T/out" || fail "json lacks 220 by the separatists in conflict"
cr claims fled
grep -q "more than 100,000" "$T/out" || fail "claims fled lacks more than 100,000"
cr claims Armenians remain OR remained OR left
grep -q "50 to 1,000" "$T/out" || fail "claims about remaining Armenians lack 50 to 1,000"
grep -q "at least 10,000" "$T/out" || fail "claims about remaining Armenians lack at least 10,000"
cr claims --article "$barrons"
grep -q "^>.*	199	killed" "$T/out" || fail "claims --article does not compare 199"
cr claims 'killed OR'
[ "$(cat "$T/status")" = 2 ] || fail "a malformed claims query did not exit with 2"
cr claims --help >/dev/null || fail "claims --help"
cr claims --article x
[ "$(cat "$T/status")" = 2 ] || fail "a bad --article did not exit with 2"
finish
