#!/usr/bin/env sh
# Seed fuzz/corpus/<target>/ from the repository's fixtures. The corpora are not
# committed (fuzz/.gitignore); run this before the first `cargo +nightly fuzz run`.
# Usage: fuzz/seed.sh [TARGET...]   (default: all targets)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus="$here/corpus"

copy() { # copy DEST FILE... (missing globs are skipped)
    dest="$corpus/$1"; shift
    mkdir -p "$dest"
    for f in "$@"; do
        [ -f "$f" ] && cp "$f" "$dest/"
    done
    return 0
}

seed_docx() {
    copy docx "$root"/fixtures/docx/*.docx "$root"/fixtures/variants/*.docx \
        "$root"/fixtures/broken/*.docx "$root"/fixtures/fuzz/docx/*
}
seed_markdown() {
    copy markdown "$root"/fixtures/md/*.md "$root"/fixtures/variants/*.md \
        "$root"/fixtures/broken/*.md "$root"/fixtures/fuzz/markdown/*
}
seed_text() {
    copy text "$root"/fixtures/txt/* "$root"/fixtures/broken/plan-no-extension \
        "$root"/fixtures/broken/notes.dat "$root"/fixtures/fuzz/text/*
}
seed_pdf() {
    copy pdf "$root"/fixtures/pdf/*.pdf "$root"/fixtures/broken/*.pdf "$root"/fixtures/fuzz/pdf/*
}
seed_rules() {
    # The default pack, other YAML in the fixtures, committed regression inputs.
    copy rules "$root"/rules/*.yaml "$root"/fixtures/src/plans/*.yaml "$root"/fixtures/fuzz/rules/*
}
seed_quantity() {
    dest="$corpus/quantity"
    mkdir -p "$dest"
    # One seed per sentence-ish line of the Markdown fixtures that holds a digit.
    i=0
    cat "$root"/fixtures/md/*.md "$root"/fixtures/variants/*.md | grep '[0123456789０１２３４５６７８９]' |
        while IFS= read -r line; do
            i=$((i + 1))
            printf '%s' "$line" > "$dest/md-$i"
        done
    copy quantity "$root"/fixtures/fuzz/quantity/*
}

seed_docx_xml() {
    # document.xml, 0xFF, styles.xml, 0xFF, numbering.xml of every fixture .docx (missing
    # parts left empty); needs unzip.
    dest="$corpus/docx_xml"
    mkdir -p "$dest"
    for f in "$root"/fixtures/docx/*.docx "$root"/fixtures/variants/*.docx; do
        [ -f "$f" ] || continue
        out="$dest/$(basename "$f" .docx)"
        {
            unzip -p "$f" word/document.xml 2>/dev/null || true
            printf '\377'
            unzip -p "$f" word/styles.xml 2>/dev/null || true
            printf '\377'
            unzip -p "$f" word/numbering.xml 2>/dev/null || true
        } > "$out"
    done
    copy docx_xml "$root"/fixtures/fuzz/docx_xml/*
}

targets=${*:-docx docx_xml pdf markdown text rules quantity}
for t in $targets; do
    "seed_$t"
    echo "$t: $(ls "$corpus/$t" | wc -l) seeds in $corpus/$t"
done
