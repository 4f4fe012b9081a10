# Resizing reflows the text and keeps the reading place: the paragraph on top stays on top,
# through wide, medium and narrow layouts.
. tests/e2e/lib.sh
mkdir -p "$T/in"
{
    echo "A long article for resizing"
    echo
    i=1
    while [ $i -le 80 ]; do
        echo "P$i: short paragraph number $i."
        echo
        i=$((i + 1))
    done
} >"$T/in/long.txt"
cr import "$T/in" || fail "import failed: $(cat "$T/err")"
start 100 30 -- 1
wait_for "A long article for resizing"
keys j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j
wait_for "P15:"
# the article pane's first text row: what stands right of the separator on row 2
top_of_pane() {
    screen | sed -n 2p | sed 's/^[^│]*│ *//; s/^ *//' | cut -d: -f1
}
sleep 0.2
before=$(top_of_pane)
if [ -z "$before" ]; then   # a blank line between paragraphs is on top: one more line
    keys j
    sleep 0.3
    before=$(top_of_pane)
fi
case "$before" in P[0-9]*) ;; *) fail "no paragraph on top before resizing: '$before'" ;; esac
resize 200 50
wait_for "Also mentioned in"
sleep 0.3
after=$(top_of_pane)
[ "$after" = "$before" ] || fail "after widening to 200x50 the top is '$after', not '$before'"
resize 60 20
sleep 0.5
narrow=$(screen | sed -n 2p | sed 's/^ *//' | cut -d: -f1)
[ "$narrow" = "$before" ] || fail "after narrowing to 60x20 the top is '$narrow', not '$before'"
resize 100 30
sleep 0.3
again=$(top_of_pane)
[ "$again" = "$before" ] || fail "back at 100x30 the top is '$again', not '$before'"
keys q
[ "$(wait_exit)" = 0 ] || fail "q did not exit with 0"
finish
