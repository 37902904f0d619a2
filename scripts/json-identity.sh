#!/usr/bin/env bash
# Behaviour-preserving refactors: the JSON of `check` and `facts` must stay byte-identical
# on every fixture and on ../shared/corpus/plans (when present).
#
#   scripts/json-identity.sh save  [BIN]   # record the baseline (default BIN: target/release/peaklint)
#   scripts/json-identity.sh check [BIN]   # compare against it; exit 1 and show a diff on change
#
# The baseline lives in target/json-identity/ (not committed: it is a before/after pair).
#
# A diagnostic's `data` (the typed finding, added within schema version 1) is cut out of
# the `check` JSON before comparing, in both modes, so an additive field does not count as
# a change: the lines of `"data": {…}` go, and the comma it added to the line before. Every
# other byte is compared as written.
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
# Cut `"data": {` … its closing `}` at the same indentation, and the comma before it.
python3 - "$out" <<'PY'
import pathlib, re, sys
for f in pathlib.Path(sys.argv[1]).glob("*.check.json"):
    lines = f.read_text(encoding="utf-8").split("\n")
    out, i = [], 0
    while i < len(lines):
        m = re.match(r'^(\s*)"data": \{$', lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        end = lines.index(m.group(1) + "}", i)  # the closing brace of `data`, last key
        if out and out[-1].endswith(","):
            out[-1] = out[-1][:-1]
        i = end + 1
    f.write_text("\n".join(out), encoding="utf-8")
PY
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
