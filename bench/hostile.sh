#!/usr/bin/env bash
# Time `peaklint check` on every hostile generator of issue 20 at two sizes, N and 4N,
# and print the ratio (linear ≈ 4×, quadratic ≈ 16×) and the peak RSS.
#   bash bench/hostile.sh [N] [PEAKLINT] [TIMEOUT_SECONDS]
# Defaults: N=2000, target/release/peaklint, 120 s per run. Needs GNU time.
set -euo pipefail
n=${1:-2000}
bin=${2:-target/release/peaklint}
limit=${3:-120}
big=$((n * 4))
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo run --quiet --release --example hostile -- "$dir" "$n" >/dev/null
cargo run --quiet --release --example hostile -- "$dir" "$big" >/dev/null
run() { # file -> "seconds max_rss_kb" (a run killed by the timeout shows as the limit)
  /usr/bin/time -o "$dir/time" -f '%e %M' timeout "$limit" "$bin" check --format json "$1" \
    >/dev/null 2>&1 || true
  tail -1 "$dir/time"
}
printf '%-26s %10s %10s %10s %8s %10s\n' generator "bytes(4N)" "t(N) s" "t(4N) s" ratio "RSS(4N) MB"
for small in "$dir"/"$n"-*; do
  name=${small#"$dir/$n-"}
  large="$dir/$big-$name"
  read -r ts _ < <(run "$small")
  read -r tl rss < <(run "$large")
  ratio=$(awk -v a="$ts" -v b="$tl" 'BEGIN { if (a > 0) printf "%.1f", b / a; else print "-" }')
  printf '%-26s %10s %10s %10s %8s %10s\n' "${name%.*}" "$(stat -c %s "$large")" "$ts" "$tl" "$ratio" "$((rss / 1024))"
done
