# The release build is valgrind-clean on the command-line paths: import, list, show,
# entities, mentions, xref (no invalid reads or writes, no leaks).
. tests/e2e/lib.sh
REL="$ROOT/build/release/crossread"
command -v valgrind >/dev/null || { echo "valgrind is not installed"; exit 1; }
[ -x "$REL" ] || { echo "no release build at $REL"; exit 1; }
vg() {
    valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect "$REL" --db "$DB" "$@" >"$T/vg.out" 2>"$T/vg.err"
    st=$?
    [ $st -eq 99 ] && { fail "valgrind found errors in: $*"; sed 's/^/    /' "$T/vg.err" | head -30; }
    return 0
}
vg import "$ROOT/articles"
vg list --format json
vg show 3 --width 50
vg entities --article 3
vg mentions Stepanakert
vg xref 3 --format json
vg import "$ROOT/articles"
vg search Khankendi
vg claims killed
# the reader itself, driven by a script through its views
cat >"$T/walk.keys" <<'KEYS'
key j j Enter H B
key e
type /Stepan
key Enter Enter Enter
key c q s
type "ethnic cleansing"
key Enter Enter n
key / x Enter ? F1 q
resize 60 20
key Tab
resize 30 8
resize 200 50
KEYS
(cd "$T" && vg open --script "$T/walk.keys")
finish
