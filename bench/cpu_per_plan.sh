#!/usr/bin/env bash
# CPU time (user + system) per plan of `peaklint check --format json` over a batch built from
# ../shared/corpus/plans (the corpus written outside the team, not the fixtures): N files,
# copies of its .md, .txt and .docx plans renamed plan-<i>.<ext>, checked in one process.
#
#   bash bench/cpu_per_plan.sh [N] [BIN] [RUNS]   # defaults: 1000, $CARGO_TARGET_DIR/release/peaklint, 3
#
# Prints, for the full check and for `--select structure`, each at `--jobs 1` and on all
# cores: wall seconds and CPU seconds of the best of RUNS runs (lowest CPU time), CPU
# milliseconds per plan, and peak RSS. CPU time includes the one start-up of the process
# (≈ 20 ms), spread over the N plans. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
bin=$(realpath "${2:-${CARGO_TARGET_DIR:-target}/release/peaklint}")
runs=${3:-3}
corpus=../shared/corpus/plans
[ -d "$corpus" ] || { echo "no $corpus beside the checkout" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) not found" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mapfile -t plans < <(find "$corpus" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' -o -name '*.docx' \) \
  ! -name README.md | sort)
[ "${#plans[@]}" -gt 0 ] || { echo "no plans in $corpus" >&2; exit 1; }
mkdir -p "$dir/batch"
i=0
while [ "$i" -lt "$n" ]; do
  for f in "${plans[@]}"; do
    [ "$i" -ge "$n" ] && break
    cp "$f" "$dir/batch/plan-$i.${f##*.}"
    i=$((i + 1))
  done
done
echo "batch: $n files ($(du -sh "$dir/batch" | cut -f1)), copies of ${#plans[@]} plans of $corpus"
echo "binary: $bin"
measure() { # label, args... -> best of $runs by CPU time
  local label=$1 best="" r
  shift
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -o "$dir/time" -f '%e %U %S %M' "$bin" check --format json "$@" "$dir/batch" \
      >/dev/null 2>&1 || true # exit 1: findings
    read -r wall user sys rss < <(tail -1 "$dir/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    if [ -z "$best" ] || awk -v a="$cpu" -v b="${best#* }" 'BEGIN { exit !(a < b) }'; then
      best="$wall $cpu $rss"
    fi
  done
  read -r wall cpu rss <<<"$best"
  printf '%-40s %8s %8s %10s %8s\n' "$label" "$wall" "$cpu" \
    "$(awk -v c="$cpu" -v n="$n" 'BEGIN { printf "%.2f", c * 1000 / n }')" "$((rss / 1024))"
}
printf '%-40s %8s %8s %10s %8s\n' command "wall s" "CPU s" "CPU ms/plan" "RSS MB"
measure "check --jobs 1" --jobs 1
measure "check (all cores)"
measure "check --select structure --jobs 1" --select structure --jobs 1
measure "check --select structure (all cores)" --select structure
