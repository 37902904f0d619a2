//! Tables without borders (pandoc's, or any drawn without cell rules): runs of lines
//! whose text falls into columns separated by wide gaps.

use super::layout::{Margins, Rules};
use super::lines::Line;
use crate::document::pages::starts_numbered;
use crate::document::{Cell, Origin, Paragraph, Row, Table};

/// The end (exclusive) of a run of table lines starting at `i`: lines with two or more
/// segments, with the wrapped lines of their cells (lines that start right of the
/// left margin, close below) between them. `i` when line `i` does not start one.
pub(super) fn table_run(body: &[&Line], i: usize, m: &Margins, rules: &Rules) -> usize {
    let _ = rules;
    // Two segments, or runs apart by an em or so that are no caption (表1　…), note or
    // numbered item (1.	…).
    let multi = |l: &Line| {
        let text = l.text();
        l.segments.len() >= 2
            || (l.widest_gap >= 0.75 * l.size
                && !starts_numbered(&text)
                && !["表", "图", "注", "资料来源", "数据来源"]
                    .iter()
                    .any(|w| text.starts_with(w)))
    };
    let Some(start) = body.get(i) else {
        return i;
    };
    // A header cell that wraps onto more lines than the others starts the run one line
    // before the first line with all columns.
    let wrapped_header = !multi(start)
        && start.x0 > m.left + 3.0 * start.size
        && !starts_numbered(&start.text())
        && body
            .get(i + 1)
            .is_some_and(|n| multi(n) && n.page == start.page && start.y - n.y <= 1.6 * n.size);
    if !multi(start) && !wrapped_header {
        return i;
    }
    let mut end = i + 1;
    let mut last_multi = i + 1;
    while let Some(l) = body.get(end) {
        let prev = body.get(end - 1).copied().unwrap_or(l);
        let close = l.page != prev.page || (prev.y - l.y) <= 3.0 * l.size.max(1.0);
        if multi(l) && close {
            end += 1;
            last_multi = end;
        } else if close
            && (l.x0 > m.left + 2.0 * l.size
                || (l.page == prev.page && prev.y - l.y <= 1.6 * l.size))
            && !starts_numbered(&l.text())
        {
            end += 1;
        } else {
            break;
        }
    }
    // Wrapped cell lines right below the last row belong to it.
    while last_multi < end {
        let (Some(prev), Some(l)) = (body.get(last_multi - 1), body.get(last_multi)) else {
            break;
        };
        if l.page != prev.page || prev.y - l.y > 1.6 * l.size {
            break;
        }
        last_multi += 1;
    }
    if last_multi - i >= 2 {
        last_multi
    } else {
        i
    }
}

/// Cells of a row being assembled: (first column, last column, text).
type Cells = Vec<(usize, usize, String)>;
/// A row being assembled, with its first and last line.
type PendingRow<'a> = (Cells, &'a Line, &'a Line);

/// Column-aligned lines → a table. Column borders are the gutters: x ranges that
/// (nearly) no line of the run writes in. A run belongs to the column its centre is in,
/// or spans the columns it crosses.
pub(super) fn table(run: &[&Line], index: u32, m: &Margins, rules: &Rules) -> Table {
    let borders = gutters(run, m.body);
    let column = |x: f64| borders.iter().filter(|&&b| b < x).count();
    let ncols = borders.len() + 1;
    // (cells, first line, last line) of each row.
    let mut rows: Vec<PendingRow> = Vec::new();
    for l in run {
        let mut cells: Vec<(usize, usize, String)> = Vec::new();
        for p in &l.pieces {
            let slack = 0.3 * l.size;
            let first = column(p.x0 + slack).min(column((p.x0 + p.x1) / 2.0));
            let last = column(p.x1 - slack).max(first);
            match cells.last_mut() {
                Some(c) if c.0 == first => {
                    let ascii = c.2.ends_with(|c: char| c.is_ascii_alphanumeric())
                        && p.text.starts_with(|c: char| c.is_ascii_alphanumeric());
                    if ascii {
                        c.2.push(' ');
                    }
                    c.2.push_str(&p.text);
                    c.1 = c.1.max(last);
                }
                _ => cells.push((first, last, p.text.clone())),
            }
        }
        // A line continues the row above when one of the two leaves a column empty
        // (wrapped cell text, a header cell centred on another line), it is closer
        // than rows are apart, and no rule separates them.
        let partial = |cells: &[(usize, usize, String)]| {
            cells.iter().map(|c| c.1 - c.0 + 1).sum::<usize>() < ncols
        };
        let continues = rows.last().is_some_and(|(prev_cells, _, prev)| {
            prev.page == l.page
                && prev.y - l.y <= 1.6 * l.size
                && !rules.between(prev, l)
                && (partial(&cells) || partial(prev_cells))
                // Two first cells are two rows (合计 under the last item).
                && !(cells.len() >= 2
                    && cells.first().is_some_and(|c| c.0 == 0)
                    && prev_cells.first().is_some_and(|c| c.0 == 0))
        });
        match rows.last_mut() {
            Some((prev_cells, _, prev_line)) if continues => {
                for (first, last, text) in cells {
                    match prev_cells.iter_mut().find(|c| c.0 <= first && first <= c.1) {
                        Some(c) => c.2.push_str(&text),
                        None => prev_cells.push((first, last, text)),
                    }
                }
                prev_cells.sort_by_key(|c| c.0);
                *prev_line = l;
            }
            _ => rows.push((cells, l, l)),
        }
    }
    // The heading row a word processor repeats on every page the table runs onto.
    let text_of = |cells: &[(usize, usize, String)]| -> Vec<String> {
        cells.iter().map(|c| c.2.clone()).collect()
    };
    let header = rows.first().map(|(c, l, _)| (text_of(c), l.page));
    rows.retain(|(c, l, _)| {
        header
            .as_ref()
            .is_none_or(|(h, page)| *page == l.page || *h != text_of(c))
    });
    let mut out_rows = Vec::with_capacity(rows.len());
    for (r, (cells, line, _)) in rows.into_iter().enumerate() {
        let mut out_cells = Vec::new();
        let mut col = 0;
        for (c, (first, last, text)) in cells.into_iter().enumerate() {
            // Columns without text before this cell are empty cells.
            while col < first {
                out_cells.push(cell(String::new(), line, index, r, out_cells.len(), 1));
                col += 1;
            }
            let span = u32::try_from(last.saturating_sub(first) + 1).unwrap_or(1);
            let _ = c;
            out_cells.push(cell(text, line, index, r, out_cells.len(), span));
            col = last + 1;
        }
        out_rows.push(Row { cells: out_cells });
    }
    Table {
        index,
        rows: out_rows,
    }
}

/// Widest table searched for gutters, in points (a hostile file could place text at
/// x = 10⁷).
const MAX_TABLE_WIDTH: f64 = 5000.0;

/// The x positions between columns: the middle of every stretch, at least 0.4 em wide,
/// where at most one line in twenty has text.
fn gutters(run: &[&Line], body: f64) -> Vec<f64> {
    let pieces = run.iter().flat_map(|l| l.pieces.iter());
    let lo = pieces.clone().map(|p| p.x0).fold(f64::INFINITY, f64::min);
    let hi = pieces.map(|p| p.x1).fold(f64::NEG_INFINITY, f64::max);
    if hi.is_nan() || lo.is_nan() || hi <= lo || hi - lo > MAX_TABLE_WIDTH {
        return Vec::new();
    }
    let buckets = (hi - lo).ceil() as usize + 1;
    let mut coverage = vec![0usize; buckets];
    for l in run {
        let mut covered = vec![false; buckets];
        for p in &l.pieces {
            let a = ((p.x0 - lo).floor().max(0.0)) as usize;
            let b = ((p.x1 - lo).ceil().max(0.0)) as usize;
            for slot in covered.iter_mut().take(b.min(buckets)).skip(a) {
                *slot = true;
            }
        }
        for (c, hit) in coverage.iter_mut().zip(covered) {
            *c += usize::from(hit);
        }
    }
    let quiet = run.len() / 20;
    let mut borders = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &c) in coverage.iter().enumerate() {
        match (c <= quiet, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if (i - s) as f64 >= 0.4 * body && s > 0 {
                    borders.push(lo + (s + i) as f64 / 2.0);
                }
                start = None;
            }
            _ => {}
        }
    }
    borders
}

fn cell(text: String, line: &Line, table: u32, row: usize, at: usize, span: u32) -> Cell {
    let to_u32 = |n: usize| u32::try_from(n + 1).unwrap_or(u32::MAX);
    Cell {
        paragraphs: vec![Paragraph {
            text,
            origin: Origin::Pdf {
                page: line.page,
                line: line.number,
                cell: Some(crate::document::CellRef {
                    table,
                    row: to_u32(row),
                    cell: to_u32(at),
                }),
            },
        }],
        col_span: span,
        merged_above: false,
    }
}
