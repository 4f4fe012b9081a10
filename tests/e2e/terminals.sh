# Works with TERM=xterm-256color, screen-256color, vt100 and linux; honours NO_COLOR; in a
# non-UTF-8 locale it warns and draws ASCII stand-ins; escape sequences in article text
# show as visible placeholders and never reach the terminal.
. tests/e2e/lib.sh
mkdir -p "$T/in"
printf 'Escapes inside\n\nBefore \033[31mRED\033[0m after \007 bell and \033]52;c;aGk=\007 osc.\n' >"$T/in/esc.txt"
cr import "$ROOT/articles" "$T/in" || fail "import failed: $(cat "$T/err")"
for term in xterm-256color screen-256color vt100 linux; do
    start 80 24 TERM=$term
    wait_for "Sources 1/"
    assert_lines_fit 80
    keys q
    st=$(wait_exit)
    [ "$st" = 0 ] || fail "TERM=$term: exit status $st"
    stop
done
start 80 24 NO_COLOR=1
wait_for "Sources 1/"
keys q
[ "$(wait_exit)" = 0 ] || fail "NO_COLOR: bad exit"
stop

id=$("$BIN" --db "$DB" list | grep 'Escapes inside' | cut -f1)
start 80 24 -- "$id"
wait_for "Escapes inside"
assert_has "␛[31mRED"
assert_has "␇"
keys q
wait_exit >/dev/null
stop

start 80 24 LANG=C LC_ALL=C
wait_for "not UTF-8"
assert_lines_fit 80
keys q
[ "$(wait_exit)" = 0 ] || fail "LANG=C: bad exit"
finish
