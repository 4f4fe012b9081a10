# Out of the reader: y copies a citation through OSC 52 (tmux keeps it as a buffer), the
# command line exports and names unknown commands, | pipes the article to a command and
# waits for a key, o opens the URL with $BROWSER (or says there is none).
. tests/e2e/lib.sh
import_articles
printf '#!/bin/sh\necho "$1" > "%s/opened"\n' "$T" >"$T/browser"
chmod +x "$T/browser"
start 120 30 BROWSER="$T/browser"
tmux -L "$SOCK" set-option -g set-clipboard on
wait_for "Sources 1/"
title=$("$BIN" --db "$DB" show 1 --width 1000 | head -n1)
keys Enter
wait_for "m mark"
keys y
wait_for "Citation copied"
clip=$(tmux -L "$SOCK" show-buffer 2>/dev/null)
case "$clip" in *" — "*) ;; *) fail "the clipboard holds '$clip', not a citation" ;; esac

keys : 'export' Space "$T/notes.md" Enter
wait_for "Exported 0 marks"
grep -q "Nothing marked yet" "$T/notes.md" || fail ":export wrote no file"
keys m : 'export' Space "$T/notes.json" Enter
wait_for "Exported 1 mark from 1 article"
grep -q '"kind": "bookmark"' "$T/notes.json" || fail ":export FILE.json is not JSON"
keys : 'bogus' Enter
wait_for "Unknown command :bogus"

keys '|'
wait_for "Pipe the article to:"
keys 'wc -l' Enter
wait_for "Press a key to return"
keys x
wait_for "Piped the article to wc -l"

keys o
i=0
while [ $i -lt 50 ]; do
    screen | grep -q "has no URL" && break
    [ -s "$T/opened" ] && break
    sleep 0.1; i=$((i + 1))
done
screen | grep -q "has no URL" || grep -q "://" "$T/opened" 2>/dev/null ||
    fail "o neither opened a URL nor said there is none"

keys : q Enter
[ "$(wait_exit)" = 0 ] || fail ":q did not exit with 0"
finish
