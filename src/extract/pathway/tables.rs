//! Pathway figures read from tables: BAU columns or rows, and reduction columns
//! (`减排量`, one measure a row, `合计` the total).

use crate::document::{BlockKind, Document};
use crate::extract::captions::{scenario_table_unit, table_unit, year_table_unit};
use crate::extract::quantity::QuantityExtractor;
use crate::extract::sentences::Sentence;
use crate::extract::targets::columns;
use crate::extract::years::{years, YearForm};

use super::{bau_words, co2, co2_in_table, slack, Figure, Reduction};

/// A year written alone in a cell or header (`2025`, `2025年`).
pub fn cell_year(text: &str) -> Option<u16> {
    let bare = text.trim().trim_end_matches('年').trim();
    bare.parse::<u16>()
        .ok()
        .filter(|y| (1990..=2100).contains(y))
        .or_else(|| {
            let list = years(text);
            match list.as_slice() {
                [m] if m.first == m.last && m.form == YearForm::Year => Some(m.last),
                _ => None,
            }
        })
}

/// The year a column header names: `2025年减排量`, `减排量（2030）`, `2025`. A bare
/// number is a year only when it is the header's one plausible four-digit number.
fn head_year(h: &str) -> Option<u16> {
    if let Some(m) = years(h).first() {
        return Some(m.last);
    }
    let mut found = h
        .split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse::<u16>().ok())
        .filter(|y| (1990..=2100).contains(y));
    let year = found.next()?;
    let decimal = h.contains(['.', '．', '%', '％']);
    (found.next().is_none() && !decimal).then_some(year)
}

pub(super) fn table_bau<'d>(x: &QuantityExtractor, doc: &'d Document) -> Vec<Figure<'d>> {
    let lex = &x.pack().lexicon;
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let BlockKind::Table(t) = &b.kind else {
            continue;
        };
        let Some(header) = t.rows.first() else {
            continue;
        };
        let caption = i
            .checked_sub(1)
            .and_then(|p| doc.blocks.get(p))
            .map_or("", |p| p.text.as_str());
        let head = columns(header);
        let head_text = |col: usize| -> String {
            head.iter()
                .find(|(c, _)| *c == col)
                .map(|(_, c)| c.text())
                .unwrap_or_default()
        };
        let caption_bau = bau_words(lex, caption);
        let table_unit = scenario_table_unit(x, doc, i);
        // The paragraph after a table often says what it shows (`达峰情景下…较基准情景减少
        // 排放60万吨`), when the caption and the cells only give 万吨.
        let note = doc
            .blocks
            .get(i + 1)
            .filter(|n| !matches!(n.kind, BlockKind::Heading(_) | BlockKind::Table(_)))
            .map_or("", |n| n.text.as_str());
        let emissions_table = ["排放", "二氧化碳", "碳"].iter().any(|w| {
            caption.contains(w)
                || note.contains(w)
                || t.rows
                    .iter()
                    .flat_map(|r| r.cells.first())
                    .any(|c| c.text().contains(w))
                || head.iter().any(|(_, c)| c.text().contains(w))
        });
        for row in t.rows.iter().skip(1) {
            let cells = columns(row);
            let row_header = cells.first().map(|(_, c)| c.text()).unwrap_or_default();
            let row_year = cell_year(&row_header);
            let row_bau = bau_words(lex, &row_header);
            for (col, cell) in cells.iter().skip(1) {
                let h = head_text(*col);
                let (year, is_bau) = match row_year {
                    Some(y) => (
                        Some(y),
                        bau_words(lex, &h)
                            || (caption_bau
                                && !lex.policy_scenario.is_match(&h)
                                && h.contains("排放")),
                    ),
                    None => (cell_year(&h), row_bau),
                };
                let (Some(year), true) = (year, is_bau) else {
                    continue;
                };
                let Some(p) = cell.paragraphs.first() else {
                    continue;
                };
                let text = p.text.as_str();
                let Some(q) = x.cell_quantity(text, &row_header, &h, table_unit.as_deref()) else {
                    continue;
                };
                let Some(tonnes) = co2_in_table(&q, emissions_table) else {
                    continue;
                };
                out.push(Figure {
                    sentence: cell_sentence(i, p, row_header_ref(row), head_ref(header, *col)),
                    span: q.span.clone(),
                    year: Some(year),
                    tonnes,
                    slack: slack(&q),
                    co2e: super::co2e(&q),
                });
            }
        }
    }
    out
}

fn row_header_ref(row: &crate::document::Row) -> &str {
    row.cells
        .first()
        .and_then(|c| c.paragraphs.first())
        .map_or("", |p| p.text.as_str())
}

/// What names a row: its first cell, or the next when the first is empty or a 序号
/// (`| | 合计 | 35.0 |`, `| 1 | 屋顶光伏 | 20.0 |`).
fn row_label(row: &crate::document::Row) -> &str {
    let texts = row
        .cells
        .iter()
        .filter_map(|c| c.paragraphs.first())
        .map(|p| p.text.as_str());
    let mut first = None;
    for t in texts {
        let t_trim = t.trim();
        let number = t_trim.is_empty()
            || t_trim.chars().all(|c| {
                c.is_ascii_alphanumeric() || matches!(c, '.' | '、' | '（' | '）' | '(' | ')')
            });
        if !number {
            return t;
        }
        first.get_or_insert(t);
        if !t_trim.is_empty() {
            // A 序号 is only skipped when a name follows it.
            continue;
        }
    }
    first.unwrap_or("")
}

fn head_ref(header: &crate::document::Row, col: usize) -> &str {
    columns(header)
        .into_iter()
        .find(|(c, _)| *c == col)
        .and_then(|(_, c)| c.paragraphs.first())
        .map_or("", |p| p.text.as_str())
}

/// A table cell's paragraph as a sentence.
pub fn cell_sentence<'d>(
    block: usize,
    p: &'d crate::document::Paragraph,
    row_header: &'d str,
    column_header: &'d str,
) -> Sentence<'d> {
    Sentence::new(
        block,
        &p.text,
        0..p.text.len(),
        &p.origin,
        Some(Box::new(crate::extract::sentences::CellContext {
            row_header,
            column_header,
            unit: "",
            row: &[],
        })),
        false,
    )
}

pub(super) fn table_reductions<'d>(x: &QuantityExtractor, doc: &'d Document) -> Vec<Reduction<'d>> {
    let lex = &x.pack().lexicon;
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let BlockKind::Table(t) = &b.kind else {
            continue;
        };
        let Some(header) = t.rows.first() else {
            continue;
        };
        // A column of figures: the row labels' column may name the table
        // (`| 措施减排量（万吨） | 2025年 | 2030年 |`) without being a reduction column.
        let holds_figures = |col: usize| {
            t.rows.iter().skip(1).any(|row| {
                columns(row).iter().any(|(c, cell)| {
                    *c == col && cell.text().contains(|ch: char| ch.is_ascii_digit())
                })
            })
        };
        let mut cut_cols: Vec<(usize, Option<u16>, &str)> = columns(header)
            .into_iter()
            .filter_map(|(col, c)| {
                let h = c.paragraphs.first().map_or("", |p| p.text.as_str());
                (lex.reduction_column.is_match(h)
                    && !lex.cumulative.is_match(h)
                    && !lex.gap_word.is_match(h)
                    && holds_figures(col))
                .then(|| (col, head_year(h), h))
            })
            .collect();
        // Year columns under a caption or corner cell that speaks of reductions
        // (`减排量测算` | `2025年（万吨）` | `2030年（万吨）`): one measure a row.
        let year_columns = cut_cols.is_empty() && reduction_caption(x, doc, i, header);
        if year_columns {
            cut_cols = columns(header)
                .into_iter()
                .skip(1)
                .filter_map(|(col, c)| {
                    let h = c.paragraphs.first().map_or("", |p| p.text.as_str());
                    cell_year(h).map(|y| (col, Some(y), h))
                })
                .collect();
        }
        if cut_cols.is_empty() {
            continue;
        }
        // Year columns may carry the unit in the corner (`措施减排量（万吨）`); either kind in
        // its total row's label (`合计（万吨）`).
        let table_unit = if year_columns {
            year_table_unit(x, doc, i)
        } else {
            table_unit(x, doc, i)
        }
        .or_else(|| crate::extract::captions::total_row_unit(x, doc, i));
        for (r, row) in t.rows.iter().enumerate().skip(1) {
            let cells = columns(row);
            // The measure's name, past a 序号 column (`| 1 | 热电厂清洁低碳改造 | 5.6 |`).
            let first = row_label(row);
            let Some(total) = lex.row_role(row_label(row)) else {
                continue;
            };
            // The gap set beside the measures' sum (`基准情景与达峰情景差值`) is no measure.
            if year_columns && scenario_row(lex, row) {
                continue;
            }
            for (col, year, h) in &cut_cols {
                let Some((_, cell)) = cells.iter().find(|(c, _)| c == col) else {
                    continue;
                };
                let Some(p) = cell.paragraphs.first() else {
                    continue;
                };
                // The column is a reduction's: its header, not the measure's name in the row
                // header (蒸汽管网余热回收), says what the figure is.
                let Some(q) = x.cell_quantity(&p.text, "", h, table_unit.as_deref()) else {
                    continue;
                };
                let tonnes = if year_columns {
                    co2_in_table(&q, true)
                } else {
                    co2(&q)
                };
                let Some(tonnes) = tonnes else { continue };
                out.push(Reduction {
                    figure: Figure {
                        sentence: cell_sentence(i, p, first, h),
                        span: q.span.clone(),
                        year: *year,
                        tonnes,
                        slack: slack(&q),
                        co2e: super::co2e(&q),
                    },
                    total,
                    since: false,
                    source: 1 + i,
                    measure: r,
                });
            }
        }
    }
    out
}

/// Whether a table of year columns is a reduction table: its caption (the block before
/// it) or its corner cell names reductions, and no row or caption names a scenario or
/// a cumulative sum.
fn reduction_caption(
    x: &QuantityExtractor,
    doc: &Document,
    i: usize,
    header: &crate::document::Row,
) -> bool {
    let lex = &x.pack().lexicon;
    let caption = i
        .checked_sub(1)
        .and_then(|p| doc.blocks.get(p))
        .map_or("", |p| p.text.as_str());
    let corner = row_header_ref(header);
    let named = lex.reduction_column.is_match(caption) || lex.reduction_column.is_match(corner);
    let scenario =
        |t: &str| lex.gap_word.is_match(t) || lex.cumulative.is_match(t) || lex.bau.is_match(t);
    let Some(BlockKind::Table(t)) = doc.blocks.get(i).map(|b| &b.kind) else {
        return false;
    };
    // A row naming a scenario before the total (`基准情景` | `达峰情景`) makes it a scenario
    // table; after it (`合计` then `基准情景与达峰情景差值`) it sets the gap beside the
    // measures' sum, a comparison the measures are read without.
    let total_at = t
        .rows
        .iter()
        .skip(1)
        .position(|r| lex.row_role(row_label(r)) == Some(true));
    named
        && !scenario(caption)
        && !scenario(corner)
        && !t
            .rows
            .iter()
            .skip(1)
            .enumerate()
            .any(|(k, r)| scenario_row(lex, r) && total_at.is_none_or(|at| k < at))
}

/// Whether a row of a reduction table names a scenario or the gap between scenarios.
fn scenario_row(lex: &crate::pack::Lexicon, row: &crate::document::Row) -> bool {
    let h = row_header_ref(row);
    lex.gap_word.is_match(h)
        || lex.cumulative.is_match(h)
        || lex.bau.is_match(h)
        || lex.policy_scenario.is_match(h)
}
