# Golden screens through the scripted driver (open --script): keys go through the normal
# input path, the screen is dumped after the reader has drawn, and each dump must equal its
# golden file in tests/e2e/screens/. Deterministic: no terminal, no sleeps; elapsed times
# are masked.
# After an intended change of what the screen shows: UPDATE_GOLDEN=1 sh tests/e2e/screens.sh
. tests/e2e/lib.sh
import_articles
G="$ROOT/tests/e2e/screens"
for keys in "$G"/*.keys; do
    name=$(basename "$keys" .keys)
    mkdir -p "$T/$name"
    (cd "$T/$name" && "$BIN" --db "$DB" open --script "$keys" </dev/null) ||
        fail "$name: the scripted reader exited with an error"
    for out in "$T/$name"/*.txt; do
        [ -e "$out" ] || { fail "$name: no screen was dumped"; continue; }
        golden="$G/$name.$(basename "$out" .txt).golden"
        # Elapsed times ("8 results, best first (2 ms)") vary from run to run: the number is
        # masked, the rest of the line is still compared.
        sed 's/(\([0-9][0-9]*\) ms)/(# ms)/g' "$out" >"$out.masked" && mv "$out.masked" "$out"
        if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
            cp "$out" "$golden"
        elif [ ! -f "$golden" ]; then
            fail "$name: no golden file $golden"
        elif ! diff -u "$golden" "$out" >"$T/diff"; then
            fail "$name: $(basename "$out") differs from its golden screen:"
            sed 's/^/    /' "$T/diff" | head -40
        fi
    done
done
finish
