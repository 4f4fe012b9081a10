# The configuration file: a bad line is reported with file and line (status bar and stderr)
# and the reader still starts with the rest: a rebound key works, `set library` names the
# library when neither --db nor CROSSREAD_DB does.
. tests/e2e/lib.sh
import_articles
mkdir -p "$XDG_CONFIG_HOME/crossread"
cat >"$XDG_CONFIG_HOME/crossread/config" <<CFG
# my settings
bind J move-down
bind j fly
set sources-width 25
color mark black yellow
set library $DB
CFG
start 120 30
wait_for "config:3: unknown action 'fly'"
keys J
wait_for "Sources 2/"
keys '?'
wait_for "Help: keys of crossread"
assert_has "Down, J"               # help shows the added key
keys q q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"

# every command says it on stderr, and `set library` is the library without --db
unset CROSSREAD_DB
"$BIN" list >"$T/out" 2>"$T/err" || fail "list without --db failed: $(cat "$T/err")"
grep -q "config:3: unknown action 'fly'" "$T/err" || fail "stderr lacks the bad line: $(cat "$T/err")"
[ "$(wc -l <"$T/out")" -ge 5 ] || fail "set library did not name the library"
CROSSREAD_DB="$T/other.db" "$BIN" list >"$T/out" 2>/dev/null
[ ! -s "$T/out" ] || fail "CROSSREAD_DB should win over set library"
finish
