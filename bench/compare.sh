#!/usr/bin/env bash
# Side-by-side timing: peaklint vs markdownlint-cli2 (MD043 "required headings") on the same
# 1,000-file Markdown corpus, with hyperfine. Not part of CI (it needs npm and hyperfine).
#
#   apt-get install -y hyperfine        # Debian package
#   bash bench/compare.sh [N_FILES]     # default 1000
#
# markdownlint-cli2 is installed with npm into a temporary folder. Both tools are given the
# same required top-level chapters: MD043 as exact heading strings with "*" between them,
# peaklint with its embedded rules pack (which matches synonyms and nesting besides).
# Timed twice: the full check (every rule family), and `--select structure` — the outline
# rules only, the same job MD043 does.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/corpus.sh
N="${1:-1000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install -y hyperfine" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm not found" >&2; exit 1; }

echo "== installing markdownlint-cli2 into $WORK/npm"
mkdir -p "$WORK/npm"
(cd "$WORK/npm" && npm install --silent --no-audit --no-fund markdownlint-cli2 >/dev/null)
MDL="$WORK/npm/node_modules/.bin/markdownlint-cli2"
"$MDL" --help 2>&1 | head -n 1 || true

echo "== building peaklint (release)"
cargo build --release --quiet
PEAKLINT="$PWD/target/release/peaklint"

echo "== corpus: $N Markdown plans (copies of the four fixture plans, renamed)"
make_md_corpus "$WORK/corpus" "$N"
du -sh "$WORK/corpus"

cat > "$WORK/corpus/.markdownlint-cli2.jsonc" <<'JSON'
{
  "config": {
    "default": false,
    "MD043": {
      "headings": [
        "*", "## 一、总则",
        "*", "## 二、园区概况与发展基础",
        "*", "## 三、工业园区碳排放分析",
        "*", "## 四、碳达峰目标",
        "*", "## 五、实施路径",
        "*", "## 六、指标跟踪体系与优化改进",
        "*", "## 七、保障措施",
        "*"
      ]
    }
  }
}
JSON

cd "$WORK/corpus"
echo "== hyperfine"
hyperfine --warmup 1 --runs 5 --ignore-failure --export-markdown "$WORK/result.md" \
  -n "markdownlint-cli2 (MD043)" "$MDL '*.md'" \
  -n "peaklint check --jobs 1" "$PEAKLINT check --format json --jobs 1 . > /dev/null" \
  -n "peaklint check (all cores)" "$PEAKLINT check --format json . > /dev/null" \
  -n "peaklint check --select structure --jobs 1" "$PEAKLINT check --select structure --format json --jobs 1 . > /dev/null" \
  -n "peaklint check --select structure (all cores)" "$PEAKLINT check --select structure --format json . > /dev/null"
cat "$WORK/result.md"

echo "== peak memory"
/usr/bin/time -v "$PEAKLINT" check --format json . 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed" || true
/usr/bin/time -v "$MDL" '*.md' 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed" || true
