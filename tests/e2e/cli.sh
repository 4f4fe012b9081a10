# The command line: import (idempotent), list in both formats, show wrapped to a width,
# usage errors (exit 2), unknown ids and broken libraries (exit 1), bad input files.
. tests/e2e/lib.sh
"$BIN" --version | grep -q '^crossread [0-9]' || fail "--version"
for c in open import list show; do
    "$BIN" "$c" --help >"$T/h" 2>&1 || fail "$c --help exited non-zero"
    grep -q "usage: crossread $c" "$T/h" || fail "$c --help prints no usage"
done
"$BIN" --help | grep -q "Commands:" || fail "--help lists no commands"

# a missing library folder is created
cr --db "$T/new/deeper/lib.db" import "$ROOT/articles/000_cd3cab1f58c15d35.txt" 2>/dev/null
[ -f "$T/new/deeper/lib.db" ] || fail "the library folder was not created"

cr import "$ROOT/articles" || fail "import failed: $(cat "$T/err")"
grep -q "5 new" "$T/out" || fail "first import should say 5 new: $(cat "$T/out")"
cr import "$ROOT/articles" || fail "re-import failed"
grep -q "0 new, 0 changed" "$T/out" || fail "re-import should say '0 new, 0 changed': $(cat "$T/out")"

cr list || fail "list failed"
n=$(wc -l <"$T/out")
[ "$n" -ge 5 ] || fail "list shows $n articles, expected at least 5"
awk -F'\t' 'NF != 5 { bad=1 } END { exit bad }' "$T/out" || fail "list rows do not have 5 tab-separated fields"
cut -f5 "$T/out" | grep -q "002_5e29adcfeed8e22f.txt" || fail "list does not name the files"
cr list --format json || fail "list --format json failed"
head -c 1 "$T/out" | grep -q '\[' || fail "json output does not start with ["
if command -v python3 >/dev/null; then
    python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert len(a)>=5 and "title" in a[0]' "$T/out" ||
        fail "list --format json is not a valid array of articles"
fi

cr show 1 --width 40 || fail "show failed"
widest=$(wc -L <"$T/out")
[ "$widest" -le 40 ] || fail "show --width 40 printed a line $widest columns wide"
[ "$(wc -l <"$T/out")" -gt 10 ] || fail "show printed too little"

cr bogus; [ "$(cat "$T/status")" = 2 ] || fail "an unknown command should exit 2"
grep -q usage "$T/err" || fail "an unknown command should print usage"
cr list --bogus; [ "$(cat "$T/status")" = 2 ] || fail "an unknown flag should exit 2"
cr list --format xml; [ "$(cat "$T/status")" = 2 ] || fail "an unknown format should exit 2"
cr show 999999; [ "$(cat "$T/status")" = 1 ] || fail "show of an unknown id should exit 1"
grep -q "no article" "$T/err" || fail "show of an unknown id gives no message"
cr show abc; [ "$(cat "$T/status")" = 2 ] || fail "show of a non-number should exit 2"

# a corrupt library: a clear error, status 1, and the file is left as it was
printf 'this is not a database, just text that is long enough to look like a header......\n' >"$T/bad.db"
sum=$(cksum <"$T/bad.db")
cr --db "$T/bad.db" list; [ "$(cat "$T/status")" = 1 ] || fail "a corrupt library should exit 1"
grep -q "not a usable crossread library" "$T/err" || fail "no clear message for a corrupt library: $(cat "$T/err")"
[ "$(cksum <"$T/bad.db")" = "$sum" ] || fail "the corrupt library file was modified"

# bad input: a binary file and invalid UTF-8 next to a good file
mkdir -p "$T/mixed"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' >"$T/mixed/picture.txt"
head -c 4000 /dev/zero >>"$T/mixed/picture.txt"
printf 'Caf\351 latin-1 title\n\nA body with a bad byte \377 here and enough words to count.\n' >"$T/mixed/latin.txt"
printf 'A good article\n\nIts body speaks of Stepanakert and Baku.\n' >"$T/mixed/good.txt"
cr --db "$T/mixed.db" import "$T/mixed"
[ "$(cat "$T/status")" = 1 ] || fail "an import with a binary file should exit 1"
grep -q "picture.txt" "$T/err" || fail "the binary file is not named: $(cat "$T/err")"
"$BIN" --db "$T/mixed.db" list >"$T/l"
grep -q "A good article" "$T/l" || fail "the good file was not imported"
grep -q "latin-1 title" "$T/l" || fail "the Latin-1 file was not imported"
finish
