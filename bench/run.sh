#!/bin/sh
# bench/run.sh - `make bench`: measures crossread against its speed budgets and against
# recoll and ripgrep on the same files, and writes docs/BENCHMARKS.md (the hand-written
# intro above the marker line is kept).
#
# Environment:
#   BENCH_QUICK=1       skip everything at 100,000 articles
#   BENCH_RUNS=N        runs per timed command (default 7)
#   BENCH_CORPORA=DIR   the shared corpora (default /work/shared/corpora)
#   BENCH_MAKE_CORPUS=F the corpus generator (default /work/shared/tools/make-corpus)
#   BENCH_BIN=PATH      the crossread binary (default build/release/crossread)
#   BENCH_REINDEX=1     import the 100k corpus again, with crossread and with recoll (else
#                       the figures of the last import are reused)
# Cached under bench/out/ (git-ignored): the 100k corpus, its crossread library (rebuilt
# when the crossread binary is newer) and its recoll index.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BENCH_BIN:-$ROOT/build/release/crossread}
OUT=$ROOT/bench/out
CORPORA=${BENCH_CORPORA:-/work/shared/corpora}
MAKE_CORPUS=${BENCH_MAKE_CORPUS:-/work/shared/tools/make-corpus}
QUICK=${BENCH_QUICK:-0}
RUNS=${BENCH_RUNS:-7}
DOC=$ROOT/docs/BENCHMARKS.md
MARK='<!-- everything below is written by bench/run.sh -->'
BIG=100000
mkdir -p "$OUT/tmp"
TAB=$(printf '\t')
[ -x "$BIN" ] || { echo "bench: build first (make)" >&2; exit 1; }

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
say() { printf 'bench: %s\n' "$*" >&2; }
now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
# median and max of numbers on stdin
median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
maxof() { sort -n | tail -n 1; }
# div A B: A / B to one decimal
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}'; }
faster() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {if (a < b) print "crossread"; else if (a > b) print n; else print "same"}'; }
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
files_of() { find "$1" -type f | wc -l | tr -d ' '; }

# Runs a command RUNS times (after one warm-up) with hyperfine, or a date loop without it;
# prints the median wall time in ms.
time_cmd() {
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine -N -i --style none --warmup 1 --runs "$RUNS" --export-json "$OUT/tmp/hf.json" \
            -- "$1" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$OUT/tmp/hf.json"
    else
        sh -c "$1" >/dev/null 2>&1 || true
        i=0
        while [ $i -lt "$RUNS" ]; do
            t=$(now_ns); sh -c "$1" >/dev/null 2>&1 || true; ms_since "$t"; i=$((i + 1))
        done | median
    fi
}

# ---- import ----------------------------------------------------------------------------

# import_row NAME DIR DB: imports DIR into a fresh DB, prints a table row, leaves DB.
IMPORT_ROWS=""
STAGE_ROWS=""
import_one() {
    name=$1 dir=$2 db=$3
    rm -f "$db" "$db-wal" "$db-shm"
    say "import $name"
    t=$(now_ns)
    CROSSREAD_TIMING=1 /usr/bin/time -o "$OUT/tmp/import.cpu" -f '%U %S' \
        "$BIN" --db "$db" import --quiet "$dir" 2>"$OUT/tmp/import.err" || true
    ms=$(ms_since "$t")
    # GNU time writes "Command exited with non-zero status" first when a file failed
    cpu=$(tail -n 1 "$OUT/tmp/import.cpu" | awk '{printf "%.2f", $1 + $2}')
    stages=$(grep '^timing: import' "$OUT/tmp/import.err" | tail -n 1)
    arts=$(sqlite3 "$db" "SELECT count(*) FROM articles")
    bytes=$(bytes_of "$dir")
    rc_ms=$(recoll_ms "$name" "$dir")
    rc_cpu=$(cat "$OUT/recoll-$name/.bench-cpu")
    rc_docs=$(sed -n 's/^dbtotdocs = //p' "$OUT/recoll-$name/idxstatus.txt" 2>/dev/null)
    mbs=$(awk -v b="$bytes" -v m="$ms" 'BEGIN {printf "%.2f", b / 1e6 / (m / 1000)}')
    aps=$(awk -v a="$arts" -v m="$ms" 'BEGIN {printf "%.0f", a / (m / 1000)}')
    rc_mbs=$(awk -v b="$bytes" -v m="$rc_ms" 'BEGIN {if (m > 0) printf "%.2f", b / 1e6 / (m / 1000); else print "-"}')
    IMPORT_ROWS="$IMPORT_ROWS| $name | $(files_of "$dir") | $(div "$bytes" 1000000) | $arts | $(div "$ms" 1000) | $cpu | $mbs | $aps | ${rc_docs:-?} | $(div "$rc_ms" 1000) | $rc_cpu | $rc_mbs | $(ratio "$ms" "$rc_ms") | $(ratio "$cpu" "$rc_cpu") | $(faster "$ms" "$rc_ms" recoll) |
"
    # per-stage breakdown: "timing: import T walk A ingest B ..."
    row=$(echo "$stages" | awk '{printf "| %s | %s ", name, $3; for (i = 5; i < NF; i += 2) printf "| %s ", $(i+1); print "|"}' name="$name")
    STAGE_ROWS="$STAGE_ROWS$row
"
    STAGE_HEAD=$(echo "$stages" | awk '{printf "| corpus | total "; for (i = 5; i < NF; i += 2) printf "| %s ", $i; print "|"}')
}

# recoll_ms NAME DIR: wall time of a fresh `recollindex` of DIR in a throwaway config.
# The index of the 100k corpus is kept (and its time cached) for the search comparison.
recoll_ms() {
    conf=$OUT/recoll-$1
    if [ "$1" = "$BIG-articles" ] && [ -s "$conf/.bench-ms" ] && [ "${BENCH_REINDEX:-0}" != 1 ]; then
        cat "$conf/.bench-ms"; return
    fi
    rm -rf "$conf"; mkdir -p "$conf"
    # aspell off: it only builds a spelling dictionary for query suggestions
    printf 'topdirs = %s\nnoaspell = 1\n' "$2" >"$conf/recoll.conf"
    say "recollindex $1"
    t=$(now_ns)
    /usr/bin/time -o "$conf/.bench-time" -f '%U %S' recollindex -c "$conf" >/dev/null 2>&1 || true
    ms=$(ms_since "$t")
    tail -n 1 "$conf/.bench-time" | awk '{printf "%.2f\n", $1 + $2}' >"$conf/.bench-cpu"
    echo "$ms" >"$conf/.bench-ms"
    echo "$ms"
}

for c in bbc-news reuters21578-sgml unicode-news; do
    [ -d "$CORPORA/$c" ] || { say "no $CORPORA/$c, skipped"; continue; }
    import_one "$c" "$CORPORA/$c" "$OUT/tmp/$c.db"
done

# ---- the 100k corpus and its library (cached) -------------------------------------------
REIMPORT_ROW=""
BIG_DIR=$OUT/corpus-100k
BIG_DB=$OUT/library-100k.db
if [ "$QUICK" != 1 ]; then
    if [ ! -d "$BIG_DIR" ]; then
        say "generating $BIG articles into $BIG_DIR (once)"
        rm -rf "$BIG_DIR.tmp"
        python3 "$MAKE_CORPUS" --articles "$BIG" --out "$BIG_DIR.tmp" >/dev/null
        mv "$BIG_DIR.tmp" "$BIG_DIR"
    fi
    if [ ! -s "$BIG_DB" ] || [ "$BIN" -nt "$BIG_DB" ] || [ ! -s "$OUT/library-100k.rows" ] ||
        [ "${BENCH_REINDEX:-0}" = 1 ]; then
        IMPORT_ROWS_BEFORE=$IMPORT_ROWS STAGE_ROWS_BEFORE=$STAGE_ROWS
        import_one "$BIG-articles" "$BIG_DIR" "$BIG_DB.tmp"
        for f in "" -wal -shm; do [ -e "$BIG_DB.tmp$f" ] && mv "$BIG_DB.tmp$f" "$BIG_DB$f"; done
        # keep this corpus's rows for the runs that reuse the library
        printf '%s' "${IMPORT_ROWS#"$IMPORT_ROWS_BEFORE"}" >"$OUT/library-100k.rows"
        printf '%s' "${STAGE_ROWS#"$STAGE_ROWS_BEFORE"}" >"$OUT/library-100k.stages"
        date -u '+%Y-%m-%d %H:%M UTC' >"$OUT/library-100k.when"
    else
        say "reusing $BIG_DB (delete it, or rebuild crossread, to measure the import again)"
        IMPORT_ROWS="$IMPORT_ROWS$(cat "$OUT/library-100k.rows")
"
        STAGE_ROWS="$STAGE_ROWS$(cat "$OUT/library-100k.stages")
"
    fi
    say "second import of the unchanged 100k corpus"
    t=$(now_ns)
    summary=$("$BIN" --db "$BIG_DB" import "$BIG_DIR" 2>/dev/null | head -n 1)
    REIMPORT_ROW="| $BIG-articles, unchanged | $(ms_since "$t") ms | \`$summary\` |"
fi

# ---- first screen ------------------------------------------------------------------------
# open --bench needs a terminal: script(1) gives it one, 120x40.
FIRST_ROWS=""
first_screen() {
    name=$1 db=$2
    say "first screen, $name"
    i=0
    : >"$OUT/tmp/first"
    while [ $i -le "$RUNS" ]; do
        script -qc "stty rows 40 cols 120; TERM=xterm-256color LANG=C.UTF-8 $BIN --db $db open --bench" /dev/null \
            2>&1 | tr -d '\r' | grep -o 'first-screen-ms [0-9.]* peak-kib [0-9]*' >>"$OUT/tmp/first" || true
        i=$((i + 1))
    done
    sed -i 1d "$OUT/tmp/first" # the first run warms the page cache
    med=$(awk '{print $2}' "$OUT/tmp/first" | median)
    mx=$(awk '{print $2}' "$OUT/tmp/first" | maxof)
    kib=$(awk '{print $4}' "$OUT/tmp/first" | maxof)
    ok=$(awk -v m="$med" -v k="$kib" 'BEGIN {print (m < 100 && k < 30 * 1024) ? "yes" : "**no**"}')
    FIRST_ROWS="$FIRST_ROWS| $name | $(wc -l <"$OUT/tmp/first" | tr -d ' ') | $med | $mx | $(div "$kib" 1024) | $ok |
"
}
"$BIN" --db "$OUT/tmp/articles.db" import --quiet articles >/dev/null 2>&1 || true
first_screen "articles/ (bundled)" "$OUT/tmp/articles.db"
[ -s "$OUT/tmp/bbc-news.db" ] && first_screen "bbc-news" "$OUT/tmp/bbc-news.db"
[ "$QUICK" != 1 ] && first_screen "$BIG articles" "$BIG_DB"

# ---- cross-references --------------------------------------------------------------------
XREF_ROWS=""
xref_bench() {
    name=$1 db=$2
    say "xref, $name"
    n=$(sqlite3 "$db" "SELECT max(id) FROM articles" 2>/dev/null || echo 0)
    # spread ids plus the article with the most names (the worst case for the postings)
    ids=$(awk -v n="$n" 'BEGIN {for (i = 1; i <= 8; i++) printf "%d ", int(n * (2 * i - 1) / 16) + 1}')
    ids="$ids $(sqlite3 "$db" "SELECT article_id FROM entity_articles GROUP BY article_id ORDER BY count(*) DESC LIMIT 1" 2>/dev/null)"
    : >"$OUT/tmp/xref"
    for id in $ids; do
        for r in 1 2 3; do
            CROSSREAD_TIMING=1 "$BIN" --db "$db" xref "$id" 2>&1 >/dev/null |
                sed -n 's/^timing: xref \([0-9.]*\) ms (cpu \([0-9.]*\) ms)/\1 \2/p' >>"$OUT/tmp/xref"
        done
    done
    med=$(awk '{print $1}' "$OUT/tmp/xref" | median)
    mx=$(awk '{print $1}' "$OUT/tmp/xref" | maxof)
    cmed=$(awk '{print $2}' "$OUT/tmp/xref" | median)
    cmx=$(awk '{print $2}' "$OUT/tmp/xref" | maxof)
    ok=$(awk -v m="$mx" -v c="$cmx" 'BEGIN {print m < 20 ? "yes" : c < 20 ? "CPU yes, wall no" : "**no**"}')
    XREF_ROWS="$XREF_ROWS| $name | $(echo $ids | wc -w) ids x 3 | $med | $mx | $cmed | $cmx | $ok |
"
}
[ -s "$OUT/tmp/bbc-news.db" ] && xref_bench "bbc-news" "$OUT/tmp/bbc-news.db"
[ "$QUICK" != 1 ] && xref_bench "$BIG articles" "$BIG_DB"

has_cmd() { "$BIN" "$1" --help >/dev/null 2>&1; }
# ---- claims of one article ------------------------------------------------------------------
ACLAIM_ROWS=""
article_claims_bench() {
    name=$1 db=$2
    say "claims of one article, $name"
    n=$(sqlite3 "$db" "SELECT max(id) FROM articles" 2>/dev/null || echo 0)
    ids=$(awk -v n="$n" 'BEGIN {for (i = 1; i <= 8; i++) printf "%d ", int(n * (2 * i - 1) / 16) + 1}')
    # the worst case: the article whose claims sit in the largest groups
    ids="$ids $(sqlite3 "$db" "SELECT c.article_id FROM claims c JOIN (SELECT grp, count(*) n FROM claims GROUP BY grp) g ON g.grp=c.grp GROUP BY c.article_id ORDER BY sum(g.n) DESC LIMIT 1" 2>/dev/null)"
    : >"$OUT/tmp/aclaims"
    for id in $ids; do
        for r in 1 2 3; do
            CROSSREAD_TIMING=1 "$BIN" --db "$db" claims --article "$id" 2>&1 >/dev/null |
                sed -n 's/^timing: claims of article \([0-9.]*\) ms.*/\1/p' >>"$OUT/tmp/aclaims"
        done
    done
    med=$(median <"$OUT/tmp/aclaims")
    mx=$(maxof <"$OUT/tmp/aclaims")
    ok=$(awk -v m="$mx" 'BEGIN {print m < 50 ? "yes" : "**no**"}')
    ACLAIM_ROWS="$ACLAIM_ROWS| $name | $(echo $ids | wc -w) ids x 3 | $med | $mx | $ok |
"
}
if has_cmd claims; then
    [ -s "$OUT/tmp/bbc-news.db" ] && article_claims_bench "bbc-news" "$OUT/tmp/bbc-news.db"
    [ "$QUICK" != 1 ] && article_claims_bench "$BIG articles" "$BIG_DB"
fi

# ---- search and claims, side by side with rg and recollq ---------------------------------
SEARCH_ROWS=""
SEARCH_NOTE=""
search_bench() {
    name=$1 db=$2 dir=$3 conf=$4
    for q in minister "oil prices" economy; do
        say "search '$q', $name"
        cr=$(time_cmd "$BIN --db $db search $q")
        inner=$(CROSSREAD_TIMING=1 "$BIN" --db "$db" search $q 2>&1 >/dev/null | sed -n 's/^timing: search \([0-9.]*\) ms/\1/p' | tail -n 1)
        rg=$(time_cmd "rg -l -i -F \"$q\" $dir")
        rq="-"
        [ -d "$conf/xapiandb" ] && rq=$(time_cmd "recollq -c $conf -b \"$q\"")
        SEARCH_ROWS="$SEARCH_ROWS| $name | search \`$q\` | $cr | ${inner:--} | $rg | $(ratio "$cr" "$rg") | $rq | $(ratio "$cr" "$rq") |
"
    done
}
claims_bench() {
    name=$1 db=$2 dir=$3
    for q in killed "oil prices"; do
        say "claims '$q', $name"
        cr=$(time_cmd "$BIN --db $db claims $q")
        inner=$(CROSSREAD_TIMING=1 "$BIN" --db "$db" claims $q 2>&1 >/dev/null | sed -n 's/^timing: claims \([0-9.]*\) ms/\1/p' | tail -n 1)
        # the nearest plain-text equivalent: lines with the word and a number
        rg=$(time_cmd "rg -i -e \"$q[^.]*[0-9]\" -e \"[0-9][^.]*$q\" $dir")
        SEARCH_ROWS="$SEARCH_ROWS| $name | claims \`$q\` | $cr | ${inner:--} | $rg | $(ratio "$cr" "$rg") | - | - |
"
    done
}
if has_cmd search; then
    [ -s "$OUT/tmp/bbc-news.db" ] && search_bench bbc-news "$OUT/tmp/bbc-news.db" "$CORPORA/bbc-news" "$OUT/recoll-bbc-news"
    [ "$QUICK" != 1 ] && search_bench "$BIG articles" "$BIG_DB" "$BIG_DIR" "$OUT/recoll-$BIG-articles"
else
    SEARCH_NOTE="$SEARCH_NOTE
- \`crossread search\` does not exist in this build: its rows are skipped."
fi
if has_cmd claims; then
    [ -s "$OUT/tmp/bbc-news.db" ] && claims_bench bbc-news "$OUT/tmp/bbc-news.db" "$CORPORA/bbc-news"
    [ "$QUICK" != 1 ] && claims_bench "$BIG articles" "$BIG_DB" "$BIG_DIR"
else
    SEARCH_NOTE="$SEARCH_NOTE
- \`crossread claims\` does not exist in this build: its rows are skipped."
fi

# ---- docs/BENCHMARKS.md ------------------------------------------------------------------
intro=""
[ -f "$DOC" ] && grep -qF "$MARK" "$DOC" && intro=$(sed "/$(printf '%s' "$MARK" | sed 's/[]\/$*.^[]/\\&/g')/,\$d" "$DOC")
[ -n "$intro" ] || intro="# Benchmarks

How fast crossread is against the budgets in DESIGN.md (first screen under 100 ms and memory
that does not grow with the library; cross-references and search under 20 ms at 100,000
articles; import at least as fast as recoll indexes the same files), and against recoll and
ripgrep on the same files.

Re-run with \`make bench\` (a few minutes once the 100,000-article corpus, its library and its recoll index
are cached under bench/out/; the first run adds about 15 minutes, mostly recoll indexing them).
\`BENCH_QUICK=1 make bench\` skips the 100,000-article parts. Wall times are only as good as the
machine is quiet: the CPU columns show what the work itself costs when other jobs share the cores.
Everything below the marker line is generated by bench/run.sh; edit only this intro."
cmdline="make bench"
[ "$QUICK" = 1 ] && cmdline="BENCH_QUICK=1 make bench"
{
    printf '%s\n\n%s\n\n' "$intro" "$MARK"
    echo "Generated by \`$cmdline\` (bench/run.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'), crossread $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo '+changes'),"
    echo "load average at the start $LOAD0 (other work on the machine slows wall times), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1), $(recollindex -h 2>&1 | sed -n 's/^Recoll version: //p' | head -n 1), $(rg --version 2>/dev/null | sed -n 1p)."
    [ "$QUICK" != 1 ] && [ -s "$OUT/library-100k.when" ] && echo "The 100k library was imported on $(cat "$OUT/library-100k.when") by this binary; it is reused while crossread is not rebuilt."
    echo
    echo "## First screen (budget: under 100 ms, peak memory under 30 MiB)"
    echo
    echo "\`crossread open --bench\` in a 120x40 pseudo-terminal (script(1)), from exec to the first"
    echo "screen drawn: source list, the first article and its cross-references. First run dropped (page cache warm-up)."
    echo
    echo "| library | runs | median ms | max ms | peak MiB (max) | within budget |"
    echo "|---|---|---|---|---|---|"
    printf '%s' "$FIRST_ROWS"
    echo
    echo "## Cross-references (budget: under 20 ms at 100,000 articles)"
    echo
    echo "\`CROSSREAD_TIMING=1 crossread xref ID\` (wall and CPU time inside the query, 100 results) for ids"
    echo "spread over the library and the article with the most names."
    echo
    echo "| library | runs | median ms | max ms | CPU median ms | CPU max ms | max within budget |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s' "$XREF_ROWS"
    echo
    echo "## Import, side by side with recoll"
    echo
    echo "A fresh library (\`crossread import\`) and a fresh recoll index (\`recollindex -c DIR\`, a throwaway"
    echo "config with \`topdirs = <corpus>\` and \`noaspell = 1\`) of the same files, one run each: wall time,"
    echo "and CPU time (user + system), which other load on the machine disturbs less."
    echo "crossread's import includes entity and claim extraction and the library-wide steps. MB counts every"
    echo "file under the folder; articles is what crossread found, recoll docs what recoll indexed (it keeps an"
    echo "SGML digest of 1,000 stories as one document). Ratio = crossread time / recoll time."
    echo
    echo "| corpus | files | MB | articles | crossread s | CPU s | MB/s | articles/s | recoll docs | recoll s | CPU s | recoll MB/s | ratio (wall) | ratio (CPU) | faster (wall) |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s' "$IMPORT_ROWS"
    echo
    echo "Where crossread's import time goes (ms, \`CROSSREAD_TIMING=1 crossread import\`): per-article stages"
    echo "summed over all articles (ingest = read, checksum, parse; write = articles and full-text rows),"
    echo "then the library-wide steps."
    echo
    echo "$STAGE_HEAD"
    echo "$STAGE_HEAD" | sed 's/[^|]*|/---|/g; s/^---//'
    printf '%s' "$STAGE_ROWS"
    if [ -n "$REIMPORT_ROW" ]; then
        echo
        echo "Importing again with nothing changed:"
        echo
        echo "| corpus | wall | summary |"
        echo "|---|---|---|"
        echo "$REIMPORT_ROW"
    fi
    echo
    echo "## Search and claims, side by side with rg and recollq"
    echo
    echo "Median wall ms of the whole command (hyperfine, $RUNS runs after a warm-up); \"inside\" is the query's own"
    echo "time (\`CROSSREAD_TIMING=1\`). rg reads the files (\`rg -l -i -F\`; for claims, lines with the word and a"
    echo "number); recollq queries its index. Ratio = crossread / the other; under 1 means crossread is faster."
    echo
    if [ -n "$SEARCH_ROWS" ]; then
        echo "| library | query | crossread ms | inside ms | rg ms | ratio | recollq ms | ratio |"
        echo "|---|---|---|---|---|---|---|---|"
        printf '%s' "$SEARCH_ROWS"
    fi
    [ -n "$SEARCH_NOTE" ] && printf '%s\n' "$SEARCH_NOTE"
    if [ -n "$ACLAIM_ROWS" ]; then
        echo
        echo "## Claims of one article (budget: under 50 ms at 100,000 articles)"
        echo
        echo "\`CROSSREAD_TIMING=1 crossread claims --article ID\` (the open article's claims, each with the"
        echo "other sources' values in its group, as the claims view shows them) for ids spread over the"
        echo "library and the article whose claims sit in the largest groups."
        echo
        echo "| library | runs | median ms | max ms | within budget |"
        echo "|---|---|---|---|---|"
        printf '%s' "$ACLAIM_ROWS"
    fi
    echo
    sh bench/quality.sh | sed 's/^## /## /'
} >"$DOC.tmp"
mv "$DOC.tmp" "$DOC"
say "wrote $DOC"
