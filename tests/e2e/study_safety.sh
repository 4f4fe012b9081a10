# Nothing marked is lost: marks written by a reader that is then killed, a re-import with a
# changed file (its marks follow the new version), and --prune of a removed one. Export (Markdown and JSON) carries the quoted
# text with its citation; backup copies the library and refuses to overwrite it. The note
# here is written in the inline editor, as when $EDITOR is unset.
. tests/e2e/lib.sh
mkdir -p "$T/in"
printf 'Alpha story\n\nStepanakert was quiet on Monday, residents said.\n\nA second paragraph of alpha.\n' >"$T/in/a.txt"
printf 'Beta story\n\nBaku said the talks would go on.\n\nA second paragraph of beta.\n' >"$T/in/b.txt"
printf 'Gamma story\n\nYerevan sent a delegation.\n' >"$T/in/c.txt"
cr import "$T/in" || fail "import failed: $(cat "$T/err")"
id_of() { "$BIN" --db "$DB" list | awk -F'\t' -v t="$1" '$4 == t { print $1 }'; }

mark_article() {   # mark_article ID NOTE: a bookmark, a highlight and an inline note
    start 100 30 EDITOR= -- "$1"
    wait_for "m mark"
    keys m
    wait_for "Bookmarked"
    keys v j
    wait_for "Highlight: j/k extend"
    keys Enter
    wait_for "Highlighted"
    keys a
    wait_for "Note:"
    keys "$2" Enter
    wait_for "Note saved"
}

mark_article "$(id_of 'Beta story')" "Beta note"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"
stop

# marks on Alpha, then the reader is killed outright: they were written at once
mark_article "$(id_of 'Alpha story')" "Alpha note"
pane=$(tmux -L "$SOCK" display-message -p -t "$SESSION" '#{pane_pid}')
reader=$(ps -o pid= --ppid "$pane" | head -n1)
if [ -n "$reader" ]; then kill -KILL "$reader"; else fail "no reader process to kill"; fi
stop

# a changed file and a pruned one
printf 'Alpha story\n\nStepanakert was loud on Tuesday, residents said.\n' >"$T/in/a.txt"
rm "$T/in/b.txt"
cr import --prune "$T/in" || fail "re-import failed: $(cat "$T/err")"
grep -q "1 pruned" "$T/out" || fail "b.txt was not pruned: $(cat "$T/out")"

cr export --out "$T/notes.md" || fail "export failed: $(cat "$T/err")"
grep -q "Exported 6 marks from 2 articles" "$T/err" || fail "export report: $(cat "$T/err")"
for text in "## Alpha story" "## Beta story" "Alpha note" "Beta note" \
            "> Stepanakert was quiet on Monday" "> Baku said the talks would go on." \
            "(no longer in the library)"; do
    grep -qF -- "$text" "$T/notes.md" || fail "the export lacks '$text'"
done
cr export --format json
if command -v python3 >/dev/null; then
    python3 - "$T/out" <<'PY' || fail "export --format json is wrong: $(cat "$T/out")"
import json, sys
d = json.load(open(sys.argv[1]))
arts = {a["title"]: a for a in d["articles"]}
assert set(arts) == {"Alpha story", "Beta story"}, arts.keys()
assert all(len(a["marks"]) == 3 for a in arts.values())
hl = [m for m in arts["Beta story"]["marks"] if m["kind"] == "highlight"][0]
assert hl["text"].startswith("Baku said the talks would go on."), hl
# Alpha's text changed: its marks followed the new version; Beta's file was pruned
assert arts["Alpha story"]["in_library"] is True, arts["Alpha story"]
assert arts["Beta story"]["in_library"] is False, arts["Beta story"]
PY
fi

# the notes view still lists all six
start 100 30
wait_for "Sources 1/"
keys A
wait_for "Notes, highlights and bookmarks (6)"
assert_has "Alpha note"
keys q q
wait_exit >/dev/null

# backup
cr backup "$T/copy.db" || fail "backup failed: $(cat "$T/err")"
grep -q "Backed up .* 6 marks" "$T/out" || fail "backup report: $(cat "$T/out")"
"$BIN" --db "$T/copy.db" export | grep -q "Beta note" || fail "the backup lacks the marks"
cr backup "$DB"; [ "$(cat "$T/status")" = 1 ] || fail "backup over the library should fail"
grep -q "open library" "$T/err" || fail "no clear message for backup over the library"
cr backup "$T/copy.db"; [ "$(cat "$T/status")" = 1 ] || fail "backup over a file should need --force"
cr backup --force "$T/copy.db" || fail "backup --force failed"

# help and usage errors of the new commands
for c in export backup; do
    "$BIN" "$c" --help >"$T/h" 2>&1 || fail "$c --help exited non-zero"
    grep -q "usage: crossread $c" "$T/h" || fail "$c --help prints no usage"
done
cr export --format xml; [ "$(cat "$T/status")" = 2 ] || fail "export --format xml should exit 2"
cr export --bogus; [ "$(cat "$T/status")" = 2 ] || fail "export --bogus should exit 2"
cr backup; [ "$(cat "$T/status")" = 2 ] || fail "backup without FILE should exit 2"
finish
