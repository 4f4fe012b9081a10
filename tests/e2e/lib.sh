# lib.sh - helpers for end-to-end scenarios: the real binary in a real terminal (tmux),
# driven by send-keys and read by capture-pane. Waits poll the screen until it matches or
# a timeout passes; nothing relies on fixed sleeps alone.
set -u
BIN=${CROSSREAD_BIN:-./build/release/crossread}
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
ROOT=$PWD
T=$(mktemp -d /tmp/crossread-e2e.XXXXXX)
DB="$T/library.db"
SOCK="crossread-e2e-$$-0"
NSTART=0
SESSION=reader
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# a configuration file of the test's own, never the user's
export XDG_CONFIG_HOME="$T/config"
export ASAN_OPTIONS="detect_leaks=1:log_path=$T/asan"
export UBSAN_OPTIONS="print_stacktrace=1:log_path=$T/ubsan"
FAILS=0

cleanup() {
    stop
    rm -rf "$T"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*"
    FAILS=$((FAILS + 1))
}

# Runs crossread with the test library; stdout/stderr/status land in $T/out $T/err $T/status.
cr() {
    "$BIN" --db "$DB" "$@" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    return "$(cat "$T/status")"
}

import_articles() {
    cr import "$ROOT/articles" || { fail "import of articles/ failed: $(cat "$T/err")"; return 1; }
}

# stop: ends the terminal of the last start (each start gets a server of its own, so a
# dying server never races the next one).
stop() {
    tmux -L "$SOCK" kill-server 2>/dev/null
    rm -f "$T/exit"
    return 0
}

# start COLS ROWS [ENV=VALUE...] [-- ARGS...]: the reader in a fresh tmux server.
start() {
    stop
    NSTART=$((NSTART + 1))
    SOCK="crossread-e2e-$$-$NSTART"
    cols=$1 rows=$2
    shift 2
    envs="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs="$envs $1"; shift; done
    [ $# -gt 0 ] && shift
    tmux -L "$SOCK" -f /dev/null new-session -d -s "$SESSION" -x "$cols" -y "$rows" \
        "env $envs ASAN_OPTIONS='$ASAN_OPTIONS' UBSAN_OPTIONS='$UBSAN_OPTIONS' '$BIN' --db '$DB' open $*; echo \$? > '$T/exit'; sleep 60"
    tmux -L "$SOCK" set-option -t "$SESSION" status off >/dev/null
    tmux -L "$SOCK" resize-window -t "$SESSION" -x "$cols" -y "$rows" 2>/dev/null
}

# stop: ends this terminal; the next start gets a fresh tmux server on a new socket, since a
# new server on the socket of one that is still exiting can fail ("server exited unexpectedly").
stop() {
    tmux -L "$SOCK" kill-server 2>/dev/null
    NSTOP=$(( ${NSTOP:-0} + 1 ))
    SOCK="crossread-e2e-$$-$NSTOP"
    rm -f "$T/exit"
}

keys() {
    tmux -L "$SOCK" send-keys -t "$SESSION" "$@"
}

screen() {
    tmux -L "$SOCK" capture-pane -p -t "$SESSION" 2>/dev/null || echo "(the terminal is gone)"
}

# wait_for TEXT [SECONDS]: polls until TEXT (fixed string) is on screen.
wait_for() {
    limit=$(( ${2:-10} * 10 ))
    i=0
    while [ $i -lt $limit ]; do
        screen | grep -qF -- "$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    fail "timed out waiting for '$1'; the screen was:"
    screen | sed 's/^/    | /'
    return 1
}

# wait_gone TEXT [SECONDS]: polls until TEXT is no longer on screen.
wait_gone() {
    limit=$(( ${2:-10} * 10 ))
    i=0
    while [ $i -lt $limit ]; do
        screen | grep -qF -- "$1" || return 0
        sleep 0.1
        i=$((i + 1))
    done
    fail "'$1' is still on screen:"
    screen | sed 's/^/    | /'
    return 1
}

# wait_exit [SECONDS]: polls until the reader exited; echoes its status.
wait_exit() {
    limit=$(( ${1:-10} * 10 ))
    i=0
    while [ $i -lt $limit ]; do
        [ -s "$T/exit" ] && { cat "$T/exit"; return 0; }
        sleep 0.1
        i=$((i + 1))
    done
    echo timeout
}

resize() {
    tmux -L "$SOCK" resize-window -t "$SESSION" -x "$1" -y "$2"
}

# The width in columns of every screen line must not exceed the terminal's.
assert_lines_fit() {
    widest=$(screen | wc -L)
    [ "$widest" -le "$1" ] || fail "a screen line is $widest columns wide, more than $1"
}

assert_has() {
    screen | grep -qF -- "$1" || { fail "screen lacks '$1'"; screen | sed 's/^/    | /'; }
}

assert_lacks() {
    screen | grep -qF -- "$1" && { fail "screen shows '$1'"; screen | sed 's/^/    | /'; }
    return 0
}

# Sanitizer reports from any run fail the scenario.
finish() {
    stop
    for f in "$T"/asan* "$T"/ubsan*; do
        [ -e "$f" ] || continue
        fail "sanitizer report:"
        sed 's/^/    /' "$f" | head -40
    done
    [ "$FAILS" -eq 0 ] && exit 0
    echo "$FAILS check(s) failed"
    exit 1
}
