# A study session: open an article, bookmark, highlight and note it (the note written by
# $EDITOR), quit; reopen: the reading position is restored, the article is read, and the
# bookmark, highlight and note are all listed; Enter jumps to a mark, back and forward
# move between the article and the notes view.
. tests/e2e/lib.sh
import_articles
printf '#!/bin/sh\necho "My note from the editor" >> "$1"\n' >"$T/editor"
chmod +x "$T/editor"

# the article pane's top text row, without the panes either side
article_top() {
    screen | sed -n 2p | sed 's/^[^│]*│ *//; s/ *│.*//'
}

start 120 30 EDITOR="$T/editor"
wait_for "Sources 1/"
keys Enter
wait_for "v highlight"              # the article pane has the focus
keys j j j j j j
sleep 0.2
keys m
wait_for "Bookmarked"
keys v j j
wait_for "Highlight: j/k extend"
resize 100 30                       # re-wrapping keeps the selection where it was
sleep 0.3
resize 120 30
sleep 0.3
keys v
wait_for "Highlighted 3 lines"
keys a
wait_for "Note saved"
keys Space
sleep 0.3
before=$(article_top)
[ -n "$before" ] || fail "no text on top of the article pane"
keys u
wait_for "Marked unread"
keys u
wait_for "Marked read"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"
stop

start 120 30 EDITOR="$T/editor"
wait_for "Sources 1/"
sleep 0.3
after=$(article_top)
[ "$after" = "$before" ] || fail "the reading position was not restored: '$after', not '$before'"
# the article opened is read (no bullet); the next one is still unread
screen | sed -n 3p | grep -q '^•' || fail "the second article should still be unread"
keys "'"
wait_for "Bookmarks (1)"
keys q
wait_gone "Bookmarks (1)"
keys A
wait_for "Notes, highlights and bookmarks (3)"
assert_has "My note from the editor"
assert_has "highlight"
assert_has "bookmark"
# the highlight: Enter opens the article at it
line=$(screen | grep -n '^.highlight' | head -n1 | cut -d: -f1)
n=$(( (line - 2) / 2 ))
while [ "$n" -gt 0 ]; do keys j; n=$((n - 1)); done
keys Enter
wait_gone "Notes, highlights and bookmarks"
wait_for "v highlight"
# the article opens at the highlight, drawn in its colours (black on cyan)
sleep 0.2
tmux -L "$SOCK" capture-pane -e -p -t "$SESSION" | grep -q "$(printf '\033')\[30m$(printf '\033')\[46m" ||
    fail "the highlight is not drawn in its colours"
keys BSpace
wait_for "Notes, highlights and bookmarks (3)"
keys ']'
wait_gone "Notes, highlights and bookmarks"
keys BSpace
wait_for "Notes, highlights and bookmarks (3)"
keys q
wait_gone "Notes, highlights and bookmarks"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0 the second time"

# everything is in the library, also for the command line
cr export || fail "export failed: $(cat "$T/err")"
grep -q "My note from the editor" "$T/out" || fail "the note is not exported"
grep -q "^> " "$T/out" || fail "the highlight is not exported as a quote"
grep -q '^\*\*Bookmark\*\*' "$T/out" || fail "the bookmark is not exported"
# the article's heading is followed by its citation, with the date
grep -A2 '^## ' "$T/out" | grep -Eq '[0-9]{4}-[0-9]{2}-[0-9]{2}' ||
    fail "the export has no citation with a date: $(head -n 8 "$T/out")"
finish
