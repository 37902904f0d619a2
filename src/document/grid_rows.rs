//! Rows of a grid table drawn in text that wrap onto a second line.
//!
//! A PDF converter or a consultant's text editor draws a table with a rule under every
//! row (`├──┼──┤`); a label too long for its column goes on in the next line of the same
//! row, the other cells of that line blank:
//!
//! ```text
//! ├────────────────┼──────┼──────┤
//! │ 可再生能源电力 │ %    │  4.3 │
//! │ 消费比重       │      │      │
//! ├────────────────┼──────┼──────┤
//! ```
//!
//! Read line by line, `消费比重` is a row of its own with no figures and the metric's row
//! has half its name. In a grid table the lines between two rules are one row: their
//! cells are joined, each to the one above it.

use super::{Cell, Origin, Row, Segment};

/// Lines a grid table's row may take.
const MAX_LINES_PER_ROW: usize = 3;

/// `rows` with the wrapped lines of a grid table joined to the row they continue.
/// `after_rule[i]`: a rule line stands right above row `i` (or row `i` opens the table).
/// A table is a grid when it has three rows between rules at least and none of them takes
/// more than [`MAX_LINES_PER_ROW`] lines; a line continues the row above when it has as
/// many cells, some text, and no cell holding a figure (`is_figure`).
pub(super) fn join(rows: Vec<Row>, after_rule: &[bool], is_figure: fn(&str) -> bool) -> Vec<Row> {
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    for i in 0..rows.len() {
        match groups.last_mut() {
            Some(g) if !after_rule.get(i).copied().unwrap_or(false) => g.end = i + 1,
            _ => groups.push(i..i + 1),
        }
    }
    let grid = groups.len() >= 3
        && groups.iter().all(|g| g.len() <= MAX_LINES_PER_ROW)
        && groups.iter().any(|g| g.len() > 1);
    if !grid {
        return rows;
    }
    let continues = |first: &Row, line: &Row| {
        line.cells.len() == first.cells.len()
            && line.cells.iter().any(|c| !text(c).trim().is_empty())
            && !line.cells.iter().any(|c| is_figure(text(c).trim()))
    };
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        let opens = groups.iter().any(|g| g.start == i);
        match out.last_mut() {
            Some(first) if !opens && continues(first, &row) => {
                for (cell, more) in first.cells.iter_mut().zip(row.cells) {
                    append(cell, more);
                }
            }
            _ => out.push(row),
        }
    }
    out
}

/// The text of a cell read from one line (one paragraph).
fn text(c: &Cell) -> &str {
    c.paragraphs.first().map_or("", |p| p.text.as_str())
}

/// Join `more`'s text to the end of `cell`'s, with its place in the source.
fn append(cell: &mut Cell, more: Cell) {
    let Some(add) = more.paragraphs.into_iter().next() else {
        return;
    };
    if add.text.trim().is_empty() {
        return;
    }
    let Some(p) = cell.paragraphs.first_mut() else {
        cell.paragraphs.push(add);
        return;
    };
    let at = p.text.len();
    p.text.push_str(&add.text);
    p.origin = match (std::mem::take(&mut p.origin), add.origin) {
        (Origin::Source(mut segs), Origin::Source(more_segs)) => {
            segs.extend(more_segs.into_iter().map(|s| Segment {
                text_start: at + s.text_start,
                ..s
            }));
            Origin::Source(segs)
        }
        (origin, _) => origin,
    };
}
