#!/usr/bin/env bash
# Behaviour-preserving refactors: the JSON of `check` and `facts` must stay byte-identical
# on every fixture and on ../shared/corpus/plans (when present).
#
#   scripts/json-identity.sh save  [BIN]   # record the baseline (default BIN: target/release/peaklint)
#   scripts/json-identity.sh check [BIN]   # compare against it; exit 1 and show a diff on change
#
# The baseline lives in target/json-identity/ (not committed: it is a before/after pair).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: json-identity.sh save|check [BIN]}
bin=${2:-target/release/peaklint}
dir=target/json-identity
out=$dir/$mode
[ "$mode" = check ] && out=$dir/current
rm -rf "$out" && mkdir -p "$out"

files=$(find fixtures -type f \( -name '*.md' -o -name '*.txt' -o -name '*.docx' \) -not -path 'fixtures/broken/*' | sort)
if [ -d ../shared/corpus/plans ]; then
  files="$files $(find ../shared/corpus/plans -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' -o -name '*.docx' \) | sort)"
fi
n=0
for f in $files; do
  key=$(echo "$f" | tr '/.' '__')
  for lang in zh en; do
    "$bin" --lang "$lang" check --format json "$f" >"$out/$key.$lang.check.json" 2>/dev/null || true
  done
  "$bin" facts --format json "$f" >"$out/$key.facts.json" 2>/dev/null || true
  n=$((n + 1))
done
if [ "$mode" = save ]; then
  echo "baseline of $n files in $out"
  exit 0
fi
if diff -r -q "$dir/save" "$out" >/dev/null; then
  echo "identical on $n files"
else
  diff -r "$dir/save" "$out" | head -60
  echo "JSON changed (see above)" >&2
  exit 1
fi
