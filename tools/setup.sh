#!/bin/sh
# Installs the Debian packages crossread needs to build (and, for "check", to test).
# As root it runs apt-get; otherwise it prints the exact command and stops.
set -e
mode=${1:-run}
pkgs="gcc make pkg-config libncurses-dev libunistring-dev libsqlite3-dev wbritish-small"
[ "$mode" = check ] && pkgs="$pkgs tmux valgrind python3"
[ "$mode" = bench ] && pkgs="$pkgs tmux recollcmd ripgrep python3 hyperfine sqlite3 bsdutils time"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "setup: missing Debian packages:$missing" >&2
    echo "setup: run:  sudo apt-get install -y$missing" >&2
    exit 1
fi
