# The reader at 200x50 (wide layout): three panes side by side, cross-references listed,
# Enter on one opens that article.
. tests/e2e/lib.sh
import_articles
start 200 50
wait_for "Sources 1/"
assert_has "Also mentioned in"
assert_lines_fit 200
# the three panes share the title row
head=$(screen | head -n 1)
case "$head" in *Sources*"Also mentioned in"*) ;; *) fail "title row lacks the three panes: $head" ;; esac
keys Tab Tab
wait_for "shared name"
before=$(screen | head -n 1)
keys Enter
wait_for "v highlight"
after=$(screen | head -n 1)
[ "$before" != "$after" ] || fail "Enter on a cross-reference did not open another article"
keys BSpace
wait_for "Sources "
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit cleanly"
finish
