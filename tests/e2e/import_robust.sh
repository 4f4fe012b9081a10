# Import against bad input and bad luck: symbolic-link loops, dangling links, names with
# spaces and non-ASCII, empty files, CRLF; an import killed with SIGKILL at any moment
# leaves the library as it was before or as it is after; --prune forgets removed files.
. tests/e2e/lib.sh
mkdir -p "$T/lib/sub dir" "$T/lib/Ереван"
printf 'Spaces in the name\n\nA story filed in a folder with a space.\n' >"$T/lib/sub dir/a story.txt"
printf 'Кириллица в имени\n\nИстория из Еревана.\n' >"$T/lib/Ереван/статья.txt"
printf 'Windows lines\r\n\r\nA body with CRLF line endings.\r\n' >"$T/lib/crlf.txt"
: >"$T/lib/empty.txt"
ln -s "$T/lib" "$T/lib/loop"
ln -s "$T/nowhere" "$T/lib/dangling.txt"
cr import "$T/lib"
[ "$(cat "$T/status")" = 1 ] || fail "problems (empty file, dangling link) should make the status 1"
grep -q "empty.txt" "$T/err" || fail "the empty file is not named among the problems"
grep -q "dangling.txt" "$T/err" || fail "the dangling link is not named among the problems"
grep -q "loop" "$T/err" || fail "the symbolic link loop is not reported"
cr list
grep -q "Spaces in the name" "$T/out" || fail "a file in a folder with a space was not imported"
grep -q "Кириллица в имени" "$T/out" || fail "a file with a non-ASCII name was not imported"
grep -q "Windows lines" "$T/out" || fail "the CRLF file was not imported"
grep -q "$(printf '\r')" "$T/out" && fail "a carriage return reached the output"

# killed imports: after each kill the library holds either nothing new or everything
mkdir -p "$T/many"
i=0
while [ $i -lt 400 ]; do
    printf 'Story %d about Stepanakert\n\nBaku and Yerevan spoke on day %d; 12 people were hurt, officials said.\n' $i $i >"$T/many/s$i.txt"
    i=$((i + 1))
done
before=$("$BIN" --db "$DB" list | wc -l)
for delay in 0.05 0.1 0.2 0.3; do
    "$BIN" --db "$DB" import --quiet "$T/many" >/dev/null 2>&1 &
    pid=$!
    sleep $delay
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    n=$("$BIN" --db "$DB" list | wc -l) || fail "the library cannot be read after a killed import"
    [ "$n" -eq "$before" ] || [ "$n" -eq $((before + 400)) ] ||
        fail "after a kill at ${delay}s the library has $n articles: neither $before nor $((before + 400))"
    [ "$n" -eq $((before + 400)) ] && break
done
cr import "$T/many" || fail "the import after the kills failed: $(cat "$T/err")"
n=$("$BIN" --db "$DB" list | wc -l)
[ "$n" -eq $((before + 400)) ] || fail "after a full import there are $n articles, not $((before + 400))"
cr import "$T/many"
grep -q "0 new, 0 changed" "$T/out" || fail "a second import changed something: $(cat "$T/out")"

# --prune forgets the articles of removed files, and only those
rm "$T/many/s1.txt" "$T/many/s2.txt"
cr import --prune "$T/many" || fail "import --prune failed"
grep -q "2 pruned" "$T/out" || fail "prune did not report 2 pruned files: $(cat "$T/out")"
n=$("$BIN" --db "$DB" list | wc -l)
[ "$n" -eq $((before + 398)) ] || fail "after pruning 2 files there are $n articles"
cr list
grep -q "Spaces in the name" "$T/out" || fail "prune of one folder removed another folder's articles"
finish
