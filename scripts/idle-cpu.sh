#!/usr/bin/env bash
# CPU that the interface uses while nothing changes, after an outside change, on 10,000
# generated meetings (issue 10, point 7): docket runs in a private tmux server; one meeting
# file is changed from outside; once the reload is on screen, docket's user+system CPU time
# is read from /proc before and after a quiet period.
#
# usage: scripts/idle-cpu.sh [MEETINGS] [SECONDS]   (needs: tmux)
set -euo pipefail
cd "$(dirname "$0")/.."

MEETINGS=${1:-10000}
QUIET=${2:-10}
WORK=${WORK:-/tmp/docket-idle-cpu}
SOCK="docket-idle-$$"
HZ=$(getconf CLK_TCK)

cargo build --release --quiet --bin docket --example gen_corpus
rm -rf "$WORK" && mkdir -p "$WORK"
target/release/examples/gen_corpus --meetings "$MEETINGS" --seed 1 --out "$WORK/meetings" >/dev/null
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true' EXIT
tmux -L "$SOCK" -f /dev/null new-session -d -x 140 -y 40 \
    "exec $PWD/target/release/docket $WORK/meetings"
pid=$(tmux -L "$SOCK" display-message -p '#{pane_pid}')
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
wait_for() {
    for _ in $(seq 600); do
        tmux -L "$SOCK" capture-pane -p | grep -q "$1" && return 0
        sleep 0.1
    done
    echo "timed out waiting for: $1"; exit 1
}
wait_for "Agenda"
sleep 2
before=$(cpu); sleep "$QUIET"; after=$(cpu)
echo "idle before any change: $(( (after - before) * 1000 / HZ )) ms CPU in ${QUIET} s"
file=$(find "$WORK/meetings" -name "*.toml" -print -quit)
echo "# changed from outside" >> "$file"
wait_for "reloaded: files changed on disk"
sleep 1
before=$(cpu); sleep "$QUIET"; after=$(cpu)
echo "idle after an outside change: $(( (after - before) * 1000 / HZ )) ms CPU in ${QUIET} s ($MEETINGS meetings)"
