#!/usr/bin/env bash
# Do two peaklint builds give the same answers? Runs `check --format json` and
# `facts --format json` with each binary on every fixture (.md .txt .docx .pdf, recursively),
# on the plans of ../shared/corpus/plans and on ../shared/corpus/pandoc-docx/*.docx, and
# compares stdout, stderr and the exit code byte for byte. For refactorings that must not
# change behaviour (issue 20's memory work: the baseline is the build before the change).
#
#   cp target/release/peaklint /tmp/base-peaklint     # before the change
#   bash bench/same-output.sh /tmp/base-peaklint target/release/peaklint
#
# Prints each difference (a unified diff, at most 40 lines) and a summary; exit 1 when any
# file differs. CORPUS=/path/to/corpus overrides ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bash bench/same-output.sh OLD_BINARY NEW_BINARY" >&2; exit 2; }
old=$(realpath "$1")
new=$(realpath "$2")
corpus=${CORPUS:-$(realpath ../shared/corpus 2>/dev/null || echo /work/shared/corpus)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(
  {
    find fixtures -type f \( -name '*.md' -o -name '*.txt' -o -name '*.docx' -o -name '*.pdf' \) -print0
    find "$corpus/plans" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' -o -name '*.docx' -o -name '*.pdf' \) -print0
    find "$corpus/pandoc-docx" -maxdepth 1 -type f -name '*.docx' -print0
  } | sort -z
)

# One run: binary, label, command, file -> $work/label.{out,err} with the exit code appended.
run() {
  local rc=0
  "$1" "$3" --format json --jobs 1 "$4" >"$work/$2.out" 2>"$work/$2.err" || rc=$?
  echo "exit $rc" >>"$work/$2.out"
}

compared=0
differ=0
for f in "${files[@]}"; do
  for cmd in check facts; do
    run "$old" old "$cmd" "$f"
    run "$new" new "$cmd" "$f"
    compared=$((compared + 1))
    if ! cmp -s "$work/old.out" "$work/new.out" || ! cmp -s "$work/old.err" "$work/new.err"; then
      differ=$((differ + 1))
      echo "DIFFERS: $cmd $f"
      { diff -u "$work/old.out" "$work/new.out"; diff -u "$work/old.err" "$work/new.err"; } | head -40 || true
    fi
  done
done
echo "${#files[@]} files, $compared runs compared, $differ differ"
[ "$differ" -eq 0 ]
