# The reader at 80x24 (medium layout): panes show the bundled articles; moving, opening,
# Tab and help work; q exits with status 0.
. tests/e2e/lib.sh
import_articles
start 80 24
wait_for "Sources 1/"
assert_has "Also mentioned in"
assert_lines_fit 80
keys j
wait_for "Sources 2/"
keys k
wait_for "Sources 1/"
keys G
total=$(screen | sed -n 's/.*Sources \([0-9]*\)\/\([0-9]*\).*/\2/p' | head -n1)
wait_for "Sources $total/$total"
keys g Enter
wait_for "v highlight"         # the article pane has the focus: its hints show
keys Tab
wait_for "shared name"          # the cross-reference pane: its hint says why
keys Tab
wait_for "Enter open"           # back round to the source list
keys '?'
wait_for "Help: keys of crossread"
assert_has "Move down a line"
assert_has "Show this help"
keys q
wait_gone "Help: keys of crossread"
wait_for "Sources "
keys q
status=$(wait_exit)
[ "$status" = 0 ] || fail "q should exit with status 0, got $status"
finish
