# Sourced by bench/compare.sh and bench/scaling.sh.
# make_md_corpus DIR N: N Markdown plans in DIR, copies of the four fixture plans renamed
# plan-<i>.md (run from the repository root).
make_md_corpus() {
  local dir="$1" n="$2" i=0 f
  mkdir -p "$dir"
  while [ "$i" -lt "$n" ]; do
    for f in fixtures/md/standard-plan.md fixtures/md/gov-plan.md fixtures/md/chapter-plan.md fixtures/md/pasted-numbered.md; do
      [ "$i" -ge "$n" ] && break
      cp "$f" "$dir/plan-$i.md"
      i=$((i + 1))
    done
  done
}
