//! Lines of every page → the reader's raw blocks: running headers and footers dropped,
//! lines wrapped inside a paragraph joined, runs of column-aligned lines made tables.

use std::collections::HashMap;

use super::aligned;
use super::content::{Rule, VRule};
use super::grid::{self, Grid};
use super::lines::Line;
use crate::document::classify::{RawBlock, RawParagraph};
use crate::document::pages::{ends_sentence, furniture, starts_numbered};
use crate::document::{Cell, Origin, Row, Table};

/// The page's text box, found from the lines themselves (most lines start at the left
/// margin; full lines end at the right one).
pub(super) struct Margins {
    pub left: f64,
    pub right: f64,
    /// The body text's font size (the size of most characters).
    pub body: f64,
}

fn margins(lines: &[&Line]) -> Margins {
    let mode = |values: Vec<(i64, usize)>| {
        let mut counts: std::collections::HashMap<i64, usize> = Default::default();
        for (v, w) in values {
            *counts.entry(v).or_default() += w;
        }
        counts
            .into_iter()
            .max_by_key(|&(v, n)| (n, -v))
            .map_or(0, |(v, _)| v)
    };
    let left = mode(lines.iter().map(|l| (l.x0.round() as i64, 1)).collect()) as f64;
    let body = mode(
        lines
            .iter()
            .map(|l| ((l.size * 2.0).round() as i64, l.text().chars().count()))
            .collect(),
    ) as f64
        / 2.0;
    let mut rights: Vec<f64> = lines.iter().map(|l| l.x1).collect();
    rights.sort_by(f64::total_cmp);
    // The 90th percentile: full lines are common, a few lines overrun (tables, URLs).
    let right = rights
        .get(rights.len().saturating_mul(9) / 10)
        .copied()
        .unwrap_or(left);
    Margins {
        left,
        right,
        body: body.max(1.0),
    }
}

/// The horizontal rules of each page (table borders), by page number.
pub(super) struct Rules(HashMap<u32, Vec<Rule>>);

impl Rules {
    pub fn on(&self, page: u32) -> &[Rule] {
        self.0.get(&page).map_or(&[], Vec::as_slice)
    }

    /// A rule between two lines of one page, across their horizontal extent (a row
    /// border between them).
    pub fn between(&self, upper: &Line, lower: &Line) -> bool {
        upper.page == lower.page
            && self.on(upper.page).iter().any(|r| {
                r.y < upper.y
                    && r.y > lower.y + 0.7 * lower.size
                    && r.x1 > upper.x0.min(lower.x0)
                    && r.x0 < upper.x1.max(lower.x1)
            })
    }
}

/// One page as the layout sees it.
pub(super) struct Page {
    pub lines: Vec<Line>,
    pub rules: Vec<Rule>,
    pub vrules: Vec<VRule>,
}

/// Lines and rules of every page (in page order) → raw blocks.
pub(super) fn blocks(pages: Vec<Page>) -> Vec<RawBlock> {
    let grids: Vec<Grid> = pages
        .iter()
        .filter_map(|p| Some(grid::grids(p.lines.first()?.page, &p.rules, &p.vrules)))
        .flatten()
        .collect();
    let texts: Vec<Vec<String>> = pages
        .iter()
        .map(|p| p.lines.iter().map(Line::text).collect())
        .collect();
    let refs: Vec<Vec<&str>> = texts
        .iter()
        .map(|p| p.iter().map(String::as_str).collect())
        .collect();
    // A running header or footer sits apart from the text block: text that merely
    // repeats at the top or bottom of pages (a repetitive annex) is kept.
    let drop: Vec<Vec<bool>> = furniture(&refs)
        .into_iter()
        .zip(&pages)
        .map(|(d, page)| {
            d.into_iter()
                .enumerate()
                .map(|(i, dropped)| dropped && apart(&page.lines, i))
                .collect()
        })
        .collect();
    let body: Vec<&Line> = pages
        .iter()
        .zip(&drop)
        .flat_map(|(page, d)| {
            page.lines
                .iter()
                .zip(d)
                .filter(|(_, &dropped)| !dropped)
                .map(|(l, _)| l)
        })
        .collect();
    let rules = Rules(
        pages
            .iter()
            .filter_map(|p| Some((p.lines.first()?.page, p.rules.clone())))
            .collect(),
    );
    let in_grid = |l: &Line| grids.iter().position(|g| g.holds(l));
    let flowing: Vec<&Line> = body
        .iter()
        .copied()
        .filter(|l| in_grid(l).is_none())
        .collect();
    let m = margins(&flowing);
    let mut out: Vec<RawBlock> = Vec::new();
    let mut i = 0;
    let mut tables = 0u32;
    // The page of the last line of the table just emitted, while nothing followed it.
    let mut open_table: Option<u32> = None;
    while i < body.len() {
        let Some(first) = body.get(i) else { break };
        if let Some(g) = in_grid(first).and_then(|k| grids.get(k)) {
            let start = i;
            while body.get(i).is_some_and(|l| g.holds(l)) {
                i += 1;
            }
            let lines = body.get(start..i).unwrap_or_default();
            let continued = open_table.is_some_and(|p| p + 1 == g.page)
                && matches!(out.last(), Some(RawBlock::Table(t)) if columns(t) == g.columns());
            if continued {
                if let Some(RawBlock::Table(t)) = out.last_mut() {
                    continue_table(t, g.table(lines, t.index));
                }
            } else {
                tables += 1;
                out.push(RawBlock::Table(g.table(lines, tables)));
            }
            open_table = Some(g.page);
            continue;
        }
        let table_end = aligned::table_run(&body, i, &m, &rules);
        if table_end > i + 1 {
            tables += 1;
            if let Some(run) = body.get(i..table_end) {
                out.push(RawBlock::Table(aligned::table(run, tables, &m, &rules)));
            }
            i = table_end;
            open_table = None;
            continue;
        }
        open_table = None;
        let mut p = paragraph(first, &m, i == 0 || is_first_page_top(first));
        let mut last = *first;
        // Where the paragraph's continuation lines start (a hanging indent in a list).
        let mut hang: Option<f64> = None;
        i += 1;
        while let Some(next) = body.get(i) {
            if in_grid(next).is_some()
                || !joins(last, next, &m, hang, std::ptr::eq(last, *first))
                || aligned::table_run(&body, i, &m, &rules) > i + 1
            {
                break;
            }
            hang.get_or_insert(next.x0);
            p.text.push_str(&next.text());
            last = next;
            i += 1;
        }
        out.push(RawBlock::Paragraph(p));
    }
    out
}

/// Whether line `i` of a page is set apart from its neighbour towards the middle of the
/// page by more than 1.8 line heights (as headers and footers are).
fn apart(lines: &[Line], i: usize) -> bool {
    let Some(l) = lines.get(i) else {
        return false;
    };
    let toward_middle = if i < lines.len() / 2 {
        lines.get(i + 1)
    } else {
        i.checked_sub(1).and_then(|j| lines.get(j))
    };
    toward_middle.is_none_or(|n| (l.y - n.y).abs() > 1.8 * l.size.max(n.size))
}

/// Grid columns of a table (its widest row).
fn columns(t: &Table) -> usize {
    t.rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.col_span as usize).sum::<usize>())
        .max()
        .unwrap_or(0)
}

/// A table continued on the next page: its rows appended, without the heading row a
/// word processor repeats at the top of every page.
fn continue_table(t: &mut Table, next: Table) {
    let text = |r: &Row| r.cells.iter().map(Cell::text).collect::<Vec<_>>();
    let header = t.rows.first().map(text);
    let base = t.rows.len();
    for (k, mut row) in next.rows.into_iter().enumerate() {
        if k == 0 && header.as_ref() == Some(&text(&row)) {
            continue;
        }
        let number = u32::try_from(base + k + 1).unwrap_or(u32::MAX);
        for cell in &mut row.cells {
            for p in &mut cell.paragraphs {
                if let Origin::Pdf { cell: Some(c), .. } = &mut p.origin {
                    c.row = number;
                }
            }
        }
        t.rows.push(row);
    }
}

fn is_first_page_top(l: &Line) -> bool {
    l.page == 1 && l.number <= 3
}

fn origin(l: &Line) -> Origin {
    Origin::Pdf {
        page: l.page,
        line: l.number,
        cell: None,
    }
}

fn paragraph(l: &Line, m: &Margins, may_be_title: bool) -> RawParagraph {
    let text = l.text();
    let left_gap = l.x0 - m.left;
    let right_gap = m.right - l.x1;
    let centered = left_gap > 2.0 * l.size
        && right_gap > 2.0 * l.size
        && (left_gap - right_gap).abs() < 2.0 * l.size;
    let mut prefix = l.bold_prefix.min(text.len());
    while !text.is_char_boundary(prefix) {
        prefix -= 1;
    }
    RawParagraph {
        is_title_style: may_be_title && l.page == 1 && l.size >= 1.25 * m.body,
        centered,
        emphasis_prefix: prefix,
        origin: origin(l),
        text,
        ..RawParagraph::default()
    }
}

/// `next` continues the paragraph of `line`: `line` reaches the right margin (give or
/// take the two characters a line breaks early to keep closing punctuation), `next`
/// starts at the left margin (or where the paragraph's continuation lines start: a
/// list's hanging indent) in the same font size, close below (or at the top of the next
/// page), and does not start a new numbered item after a finished sentence. Two centred
/// lines of a large title on the first page are one title.
fn joins(line: &Line, next: &Line, m: &Margins, hang: Option<f64>, first: bool) -> bool {
    let size = line.size.max(1.0);
    let same_size = (line.size - next.size).abs() < 0.5;
    let big_title = line.size >= 1.25 * m.body && line.page == 1 && next.page == 1;
    let spacing = if big_title { 3.0 } else { 2.2 };
    let close = next.page != line.page || (line.y - next.y) <= spacing * size;
    if !same_size || !close || line.segments.len() > 1 || next.segments.len() > 1 {
        return false;
    }
    if big_title {
        return true;
    }
    // A word of Latin letters or digits (`63.3%；`) that did not fit moved down whole.
    let next_text = next.text();
    let word = next_text
        .chars()
        .take_while(|c| c.is_ascii_graphic())
        .count() as f64;
    let full = line.x1 >= m.right - (2.5 + 0.6 * word) * size;
    let flush = next.x0 <= m.left + 0.5 * size
        || hang.is_some_and(|x| (next.x0 - x).abs() < 0.5 * size)
        || (first
            && hang.is_none()
            && starts_numbered(&line.text())
            && next.x0 > line.x0 + 0.5 * size
            && next.x0 < line.x0 + 4.0 * size);
    let text = line.text();
    let new_item = starts_numbered(&next_text) && ends_sentence(&text);
    full && flush && !new_item
}
