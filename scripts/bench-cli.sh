#!/usr/bin/env bash
# `docket search DIR Q` (loads the TOML files, then searches) against `fzf --filter Q` over
# the already-flattened records of `docket search --list DIR`. Both whole processes, pinned
# to one core, alternating, several rounds; medians, ratio per query and the geometric mean,
# and peak memory (max RSS) of both.
#
# docket runs with its load cache warm (XDG_CACHE_HOME in the scratch folder, filled by the
# first run), the common case; `NOCACHE=1` runs it with DOCKET_CACHE=off instead.
#
# usage: MEETINGS=10000 scripts/bench-cli.sh [ROUNDS]   (needs: fzf, taskset, perf, /usr/bin/time)
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."

ROUNDS=${1:-15}
MEETINGS=${MEETINGS:-1000}
CORE=${CORE:-1}
WORK=${WORK:-/tmp/docket-bench-cli-$MEETINGS}
DOCKET=target/release/docket
GEN=target/release/examples/gen_corpus
QUERIES=("e" "vw" "één" "müller" "budget" "financiele" "coördinatie" "rapport rekenkamr")

for tool in fzf taskset perf /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y fzf time util-linux)"; exit 2; }
done
cargo build --release --quiet --bin docket --example gen_corpus
rm -rf "$WORK" && mkdir -p "$WORK"
"$GEN" --meetings "$MEETINGS" --seed 1 --out "$WORK/meetings"
export XDG_CACHE_HOME="$WORK/cache"
if [[ -n "${NOCACHE:-}" ]]; then export DOCKET_CACHE=off; fi
"$DOCKET" search --list "$WORK/meetings" > "$WORK/records.txt"
echo "corpus: $("$DOCKET" check "$WORK/meetings" 2>&1 | tail -1); records: $(wc -l < "$WORK/records.txt")"
echo "fzf $(fzf --version); $ROUNDS rounds; taskset -c $CORE; cache ${DOCKET_CACHE:-on}"

# One run of a command, output discarded: "wall_us cpu_us". CPU time (perf's task-clock)
# is reported too because on a shared machine wall time also measures the neighbours.
ms() {
    local t0 t1 cpu
    t0=$(date +%s%N)
    cpu=$(perf stat -x, -e task-clock -- taskset -c "$CORE" "$@" 2>&1 > /dev/null | awk -F, '/task-clock/ {printf "%d", $1 * 1000}') || true
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $cpu"
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }
peak_kb() { /usr/bin/time -f %M taskset -c "$CORE" "$@" 2>&1 >/dev/null | tail -1; }

printf '\n| query | chars | docket ms | fzf ms | ratio | docket CPU ms | fzf CPU ms | CPU ratio | docket KB | fzf KB | mem ratio |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
logsum=0; cpulog=0; memlog=0; n=0
for q in "${QUERIES[@]}"; do
    d=(); f=()
    # Warm the page cache and both binaries once.
    ms "$DOCKET" search "$WORK/meetings" "$q" >/dev/null; ms fzf --filter "$q" < "$WORK/records.txt" >/dev/null
    for ((r = 0; r < ROUNDS; r++)); do
        if (( r % 2 == 0 )); then
            d+=("$(ms "$DOCKET" search "$WORK/meetings" "$q")")
            f+=("$(ms fzf --filter "$q" < "$WORK/records.txt")")
        else
            f+=("$(ms fzf --filter "$q" < "$WORK/records.txt")")
            d+=("$(ms "$DOCKET" search "$WORK/meetings" "$q")")
        fi
    done
    dm=$(printf '%s\n' "${d[@]}" | cut -d' ' -f1 | median); fm=$(printf '%s\n' "${f[@]}" | cut -d' ' -f1 | median)
    dc=$(printf '%s\n' "${d[@]}" | cut -d' ' -f2 | median); fc=$(printf '%s\n' "${f[@]}" | cut -d' ' -f2 | median)
    cratio=$(awk -v a="$dc" -v b="$fc" 'BEGIN {printf "%.2f", a/b}')
    cpulog=$(awk -v s="$cpulog" -v r="$cratio" 'BEGIN {print s + log(r)}')
    dk=$(peak_kb "$DOCKET" search "$WORK/meetings" "$q")
    fk=$(peak_kb fzf --filter "$q" < "$WORK/records.txt")
    ratio=$(awk -v a="$dm" -v b="$fm" 'BEGIN {printf "%.2f", a/b}')
    mratio=$(awk -v a="$dk" -v b="$fk" 'BEGIN {printf "%.2f", a/b}')
    logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN {print s + log(r)}')
    memlog=$(awk -v s="$memlog" -v r="$mratio" 'BEGIN {print s + log(r)}')
    n=$((n + 1))
    printf '| `%s` | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$q" "${#q}" "$dm" "$fm" "$ratio" "$dc" "$fc" "$cratio" "$dk" "$fk" "$mratio"
done
awk -v s="$logsum" -v c="$cpulog" -v m="$memlog" -v n="$n" \
    'BEGIN {printf "\ngeometric mean ratio (docket/fzf): wall time %.2f, CPU time %.2f, peak memory %.2f\n", exp(s/n), exp(c/n), exp(m/n)}'
