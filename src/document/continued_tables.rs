//! A table of a plain-text or PDF copy continued over a page break: printed pages repeat
//! the header under a `续表` label (GB/T 1.1 and most printed plans), and once the page's
//! number and running header are gone the two parts stand one after the other. Read as
//! one table, its total row closes all its rows, not only those after the break.

use super::classify::{RawBlock, RawParagraph};
use super::{Row, Table};

/// The longest label line naming a continuation (`续表1  2020年园区二氧化碳排放清单`).
const MAX_LABEL_CHARS: usize = 40;

/// Join each table continued under a `续表` label (or with its header row repeated right
/// after it) to the table it continues, and number the tables again in order.
pub(super) fn join(blocks: Vec<RawBlock>) -> Vec<RawBlock> {
    let mut out = join_continued(blocks);
    let mut index = 0u32;
    for block in &mut out {
        if let RawBlock::Table(t) = block {
            index += 1;
            t.index = index;
        }
    }
    out
}

/// [`join`] keeping the tables' numbers: a .docx's Word tables keep Word's count, which
/// their cells' locations name (a continuation's rows still point at its own cells).
pub(super) fn join_continued(blocks: Vec<RawBlock>) -> Vec<RawBlock> {
    let mut out: Vec<RawBlock> = Vec::with_capacity(blocks.len());
    for block in blocks {
        let RawBlock::Table(next) = block else {
            out.push(block);
            continue;
        };
        let labelled =
            matches!(out.last(), Some(RawBlock::Paragraph(p)) if is_continuation_label(p));
        let before = out.len().saturating_sub(1 + usize::from(labelled));
        let continues = match out.get(before) {
            Some(RawBlock::Table(first)) => {
                let repeated = same_header(first, &next);
                (repeated || (labelled && width(first) == width(&next))).then_some(repeated)
            }
            _ => None,
        };
        match (continues, out.get_mut(before)) {
            (Some(repeated), Some(RawBlock::Table(first))) => {
                first
                    .rows
                    .extend(next.rows.into_iter().skip(usize::from(repeated)));
                out.truncate(before + 1);
            }
            _ => out.push(RawBlock::Table(next)),
        }
    }
    out
}

/// `续表`, `续表1 …`, `表1（续）`, `表2-1(续) …`: a line saying the table goes on.
fn is_continuation_label(p: &RawParagraph) -> bool {
    let t = p.text.trim();
    if t.chars().count() > MAX_LABEL_CHARS {
        return false;
    }
    if t.starts_with("续表") {
        return true;
    }
    let Some(rest) = t.strip_prefix('表') else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || "一二三四五六七八九十-—.．".contains(c)
    });
    rest.starts_with("（续）") || rest.starts_with("(续)")
}

/// The cells of a table's first row, trimmed.
fn header(t: &Table) -> Option<Vec<String>> {
    let row: &Row = t.rows.first()?;
    Some(
        row.cells
            .iter()
            .map(|c| c.text().trim().to_string())
            .collect(),
    )
}

/// Both tables open with the same header row, one with some text.
fn same_header(a: &Table, b: &Table) -> bool {
    match (header(a), header(b)) {
        (Some(x), Some(y)) => x == y && x.iter().any(|c| !c.is_empty()),
        _ => false,
    }
}

/// The number of cells of a table's first row.
fn width(t: &Table) -> usize {
    t.rows.first().map_or(0, |r| r.cells.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str) -> bool {
        is_continuation_label(&RawParagraph {
            text: text.to_string(),
            ..RawParagraph::default()
        })
    }

    #[test]
    fn continuation_labels() {
        for t in [
            "续表",
            "续表1",
            "续表 2-1  主要指标",
            "表1（续）",
            "表2-1(续) 主要指标",
        ] {
            assert!(label(t), "{t}");
        }
        for t in [
            "表1  2020年园区二氧化碳排放清单",
            "继续推进余热回收",
            "表格续接说明",
        ] {
            assert!(!label(t), "{t}");
        }
    }
}
