#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind, Ir) of single `peaklint check --format json`
# runs: start-up on a one-line file, one Markdown plan, one .docx, the structure rules only,
# and the ten plans of ../shared/corpus/plans in one process (--jobs 1) for a per-plan figure.
#
#   bash bench/instructions.sh [BIN]     # default BIN: target/release/peaklint
#
# Instruction counts do not move with the load of the machine (wall-clock does, ±20 %).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-${CARGO_TARGET_DIR:-target}/release/peaklint}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '# 某园区碳达峰实施方案\n' >"$tmp/one.md"
corpus=../shared/corpus/plans
mkdir -p "$tmp/plans"
cp "$corpus"/*.md "$corpus"/*.txt "$corpus"/*.docx "$tmp/plans/" 2>/dev/null || true
rm -f "$tmp/plans/README.md"
count() { # label, args...
  local label=$1
  shift
  local ir
  ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p') || true  # exit 1: findings
  printf '%-48s %14s\n' "$label" "$(echo "$ir" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
}
count "one-line .md" check --format json "$tmp/one.md"
count "c01_huaicheng_chem.md" check --format json "$corpus/c01_huaicheng_chem.md"
count "c01 --select structure" check --format json --select structure "$corpus/c01_huaicheng_chem.md"
count "fixtures/docx/no-styles-numbered.docx" check --format json fixtures/docx/no-styles-numbered.docx
n=$(ls "$tmp/plans" | wc -l)
count "corpus: $n plans, --jobs 1" check --format json --jobs 1 "$tmp/plans"
count "corpus: $n plans, --select structure --jobs 1" check --format json --select structure --jobs 1 "$tmp/plans"
