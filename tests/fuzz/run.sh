#!/bin/sh
# Builds the ingest fuzzer with clang (libFuzzer + ASan + UBSan) from the library sources
# and runs it for a bounded time with a seed corpus made from articles/.
#   FUZZ_TIME=60 (seconds)   FUZZ_JOBS=1
# Crashing inputs land in build/fuzz/; copy them to tests/data/fuzz/ once fixed.
set -e
cd "$(dirname "$0")/../.."
CLANG=${CLANG:-$(command -v clang || command -v clang-14 || true)}
[ -n "$CLANG" ] || { echo "fuzz: clang not found" >&2; exit 2; }
out=build/fuzz
mkdir -p "$out/corpus"
# everything an import derives from a file; not the store, the UI or the CLI
gen="build/gen/gazetteer.c build/gen/given_names.c build/gen/common_words.c"
make -s $gen
srcs="$(find src/ingest src/text src/util src/analyse src/layout -name '*.c' | sort) $gen"
"$CLANG" -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -Iinclude -D_GNU_SOURCE -Wall -Wextra \
    tests/fuzz/fuzz_ingest.c $srcs -o "$out/fuzz_ingest" -lunistring -lm
# seeds: the bundled articles, cut to at most 8 KiB each so mutations stay fast, plus the
# regression inputs
for f in articles/* tests/data/fuzz/*; do
    [ -f "$f" ] && head -c 8192 "$f" > "$out/corpus/seed-$(basename "$f")"
done
cd "$out"
ASAN_OPTIONS=detect_leaks=1 ./fuzz_ingest -max_total_time="${FUZZ_TIME:-60}" -max_len=16384 \
    -jobs="${FUZZ_JOBS:-1}" -workers="${FUZZ_JOBS:-1}" -print_final_stats=1 corpus
