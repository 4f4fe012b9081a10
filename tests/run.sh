#!/bin/sh
# Runs every test: the unit tests (sanitizer build), then each end-to-end scenario in
# tests/e2e/*.sh against the sanitizer build of the real binary. Ends with "N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
passed=0
failed=0
out=$(mktemp)
./build/test/unit >"$out" 2>&1
status=$?
grep -v '^ok ' "$out" | grep -v ' passed, .* failed$'
last=$(tail -n 1 "$out")
case "$last" in
*" passed, "*" failed")
    p=${last%% passed*}; f=${last#*passed, }; f=${f%% failed*}
    passed=$((passed + p)); failed=$((failed + f))
    echo "unit: $last" ;;
*)
    echo "unit: the runner did not finish (status $status)"; cat "$out"; failed=$((failed + 1)) ;;
esac
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
for t in tests/e2e/*.sh; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .sh)
    case "$name" in lib*) continue ;; esac
    if CROSSREAD_BIN=./build/test/crossread sh "$t" >"$out" 2>&1; then
        echo "ok   e2e/$name"; passed=$((passed + 1))
    else
        echo "FAIL e2e/$name"; sed 's/^/    /' "$out" | tail -n 40; failed=$((failed + 1))
    fi
done
rm -f "$out"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
