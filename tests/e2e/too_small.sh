# Below 40x10 the reader says the terminal is too small, and recovers when it grows.
. tests/e2e/lib.sh
import_articles
start 30 8
wait_for "too small"
resize 80 24
wait_for "Sources 1/"
assert_lacks "too small"
resize 39 24
wait_for "too small"
resize 80 9
wait_for "too small"
resize 80 24
wait_for "Sources 1/"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"
finish
