//! Ruled tables: the borders a word processor draws around table cells make a grid of
//! horizontal and vertical rules; every run of text inside it belongs to the cell it
//! sits in. A cell without a border on its right spans the next column (`gridSpan`),
//! one without a border above continues the cell above (`vMerge`), as in .docx.

use super::content::{Rule, VRule};
use super::lines::{Line, Segment};
use crate::document::{Cell, CellRef, Origin, Paragraph, Row, Table};

/// A cell's text and the page and line it starts on.
type CellText = (String, Option<(u32, u32)>);

/// Rules closer than this (points) are one border.
const SNAP: f64 = 1.5;

/// A grid of rules: row borders top to bottom, column borders left to right.
#[derive(Debug, Clone)]
pub(super) struct Grid {
    pub page: u32,
    rows: Vec<f64>,
    cols: Vec<f64>,
    h: Vec<Rule>,
    v: Vec<VRule>,
}

/// Most cells a grid may have (a page of hatching is no table; its text is read as
/// lines).
const MAX_CELLS: usize = 20_000;

/// Rule pairs compared when looking for grids on one page at most (beyond it, a page
/// of hatching, no grid is looked for).
const MAX_PAIRS: usize = 4_000_000;

impl Grid {
    /// Whether a line lies inside the grid.
    pub fn holds(&self, l: &Line) -> bool {
        let (Some(top), Some(bottom)) = (self.rows.first(), self.rows.last()) else {
            return false;
        };
        let (Some(left), Some(right)) = (self.cols.first(), self.cols.last()) else {
            return false;
        };
        let mid = l.y + 0.3 * l.size;
        l.page == self.page
            && mid < *top
            && mid > *bottom
            && l.x0 >= left - SNAP
            && l.x1 <= right + SNAP
    }

    /// The number of columns.
    pub fn columns(&self) -> usize {
        self.cols.len().saturating_sub(1)
    }

    /// A border at `x` crossing height `y`.
    fn vertical_at(&self, x: f64, y: f64) -> bool {
        self.v
            .iter()
            .any(|r| (r.x - x).abs() <= SNAP && r.y0 - SNAP <= y && y <= r.y1 + SNAP)
    }

    /// A border at height `y` crossing `x`.
    fn horizontal_at(&self, y: f64, x: f64) -> bool {
        self.h
            .iter()
            .any(|r| (r.y - y).abs() <= SNAP && r.x0 - SNAP <= x && x <= r.x1 + SNAP)
    }

    /// The table of the lines inside the grid (in reading order).
    pub fn table(&self, lines: &[&Line], index: u32) -> Table {
        let nrows = self.rows.len().saturating_sub(1);
        let ncols = self.columns();
        // Text and first line of every grid cell.
        let mut text: Vec<Vec<CellText>> = vec![vec![(String::new(), None); ncols]; nrows];
        // Where each (row, column) takes its text: the head of its merge.
        let head = |r: usize, c: usize| -> (usize, usize) {
            let mut c = c;
            while c > 0 && !self.vertical_at(self.col(c), self.row_mid(r)) {
                c -= 1;
            }
            let mut r = r;
            while r > 0 && !self.horizontal_at(self.row(r), self.col_mid(c)) {
                r -= 1;
            }
            (r, c)
        };
        for l in lines {
            for p in &l.pieces {
                let mid_y = l.y + 0.3 * l.size;
                let mid_x = (p.x0 + p.x1) / 2.0;
                let r = self.rows.iter().filter(|&&y| y > mid_y).count();
                let c = self.cols.iter().filter(|&&x| x < mid_x).count();
                let (Some(r), Some(c)) = (r.checked_sub(1), c.checked_sub(1)) else {
                    continue;
                };
                let (r, c) = head(
                    r.min(nrows.saturating_sub(1)),
                    c.min(ncols.saturating_sub(1)),
                );
                if let Some(cell) = text.get_mut(r).and_then(|row| row.get_mut(c)) {
                    append(&mut cell.0, p);
                    cell.1.get_or_insert((l.page, l.number));
                }
            }
        }
        let first_line = lines.first().map(|l| (l.page, l.number));
        let mut rows = Vec::with_capacity(nrows);
        for (r, row_text) in text.into_iter().enumerate() {
            let mut cells = Vec::new();
            let mut c = 0;
            while c < ncols {
                let mut end = c + 1;
                while end < ncols && !self.vertical_at(self.col(end), self.row_mid(r)) {
                    end += 1;
                }
                let merged_above = r > 0 && !self.horizontal_at(self.row(r), self.col_mid(c));
                let (t, at) = row_text.get(c).cloned().unwrap_or_default();
                // An empty cell is located at the table's first line.
                let (page, line) = at.or(first_line).unwrap_or((self.page, 1));
                let to_u32 = |n: usize| u32::try_from(n + 1).unwrap_or(u32::MAX);
                cells.push(Cell {
                    paragraphs: vec![Paragraph {
                        text: if merged_above { String::new() } else { t },
                        origin: Origin::Pdf {
                            page,
                            line,
                            cell: Some(CellRef {
                                table: index,
                                row: to_u32(r),
                                cell: to_u32(cells.len()),
                            }),
                        },
                    }],
                    col_span: u32::try_from(end - c).unwrap_or(1),
                    merged_above,
                });
                c = end;
            }
            rows.push(Row { cells });
        }
        Table { index, rows }
    }

    fn row(&self, r: usize) -> f64 {
        self.rows.get(r).copied().unwrap_or(0.0)
    }

    fn row_mid(&self, r: usize) -> f64 {
        (self.row(r) + self.rows.get(r + 1).copied().unwrap_or(self.row(r))) / 2.0
    }

    fn col(&self, c: usize) -> f64 {
        self.cols.get(c).copied().unwrap_or(0.0)
    }

    fn col_mid(&self, c: usize) -> f64 {
        (self.col(c) + self.cols.get(c + 1).copied().unwrap_or(self.col(c))) / 2.0
    }
}

/// Add a run to a cell's text: runs and wrapped lines are joined without a space
/// (Chinese text; a number wrapped inside a narrow cell reads on).
fn append(cell: &mut String, p: &Segment) {
    cell.push_str(&p.text);
}

/// Sorted values merged when closer than [`SNAP`].
fn snap(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    let mut out: Vec<f64> = Vec::new();
    for v in values {
        match out.last() {
            Some(last) if v - last <= SNAP => {}
            _ => out.push(v),
        }
    }
    out
}

/// The grids of a page: connected sets of horizontal and vertical rules with at least
/// two cells (a single box, such as a framed text box, is no table) and at most
/// [`MAX_CELLS`].
pub(super) fn grids(page: u32, h: &[Rule], v: &[VRule]) -> Vec<Grid> {
    if h.is_empty() || v.is_empty() || h.len().saturating_mul(v.len()) > MAX_PAIRS {
        return Vec::new();
    }
    // Union-find over h (0..h.len()) and v (h.len()..).
    let mut parent: Vec<usize> = (0..h.len() + v.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while let Some(&p) = parent.get(i) {
            if p == i {
                break;
            }
            let grand = parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = parent.get_mut(i) {
                *slot = grand;
            }
            i = p;
        }
        i
    }
    for (i, a) in h.iter().enumerate() {
        for (j, b) in v.iter().enumerate() {
            let touch = b.x >= a.x0 - SNAP
                && b.x <= a.x1 + SNAP
                && a.y >= b.y0 - SNAP
                && a.y <= b.y1 + SNAP;
            if touch {
                let (ra, rb) = (find(&mut parent, i), find(&mut parent, h.len() + j));
                if let Some(slot) = parent.get_mut(ra) {
                    *slot = rb;
                }
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, (Vec<Rule>, Vec<VRule>)> = Default::default();
    for (i, r) in h.iter().enumerate() {
        groups.entry(find(&mut parent, i)).or_default().0.push(*r);
    }
    for (j, r) in v.iter().enumerate() {
        groups
            .entry(find(&mut parent, h.len() + j))
            .or_default()
            .1
            .push(*r);
    }
    groups
        .into_values()
        .filter_map(|(h, v)| {
            let mut rows = snap(h.iter().map(|r| r.y).collect());
            rows.reverse();
            let cols = snap(v.iter().map(|r| r.x).collect());
            let cells = rows.len().saturating_sub(1) * cols.len().saturating_sub(1);
            (rows.len() >= 2 && cols.len() >= 2 && (2..=MAX_CELLS).contains(&cells)).then_some(
                Grid {
                    page,
                    rows,
                    cols,
                    h,
                    v,
                },
            )
        })
        .collect()
}
