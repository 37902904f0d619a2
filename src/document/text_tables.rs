//! Tables in plain text: a run of lines whose columns are aligned with tabs or runs of
//! spaces (`指标  2020年  2025年`), or written as pipe rows (`| 指标 | 2020年 |`), becomes a
//! table, so the checks read its figures with their row and column headers as they do a
//! Word or Markdown table. Text copied out of a spreadsheet or a PDF is written this way.
//!
//! A run qualifies when it has at least [`MIN_ROWS`] lines (a header and two rows), every
//! line splits into the same number (≥ 2) of cells, and some cell below the header holds
//! a digit; a total row with its label merged over the first columns (`合计（万吨）    12.1
//! 29.8`) closes it, its figures under their columns. Lines that are headings by their numbering (`一、`, `（二）`) never start a
//! run. A single space separates cells only in a table of figures as a PDF copy often
//! gives it (`化石燃料燃烧 61.8 49.6` under `排放源 排放量（万吨） 占比（%）`): short
//! lines without sentence punctuation, every row below the header a label followed by
//! figures and short words (`单位工业增加值能耗较2020年下降 % — 15 约束性`), each column
//! figures throughout or words throughout; prose is left alone.

use super::classify::{RawBlock, RawParagraph};
use super::{Cell, Origin, Paragraph, Row, Segment, Table};

/// Lines a table needs: a header and two rows.
const MIN_ROWS: usize = 3;

/// Turn aligned runs of single-line paragraphs into tables.
pub fn detect(blocks: Vec<RawBlock>) -> Vec<RawBlock> {
    let mut out: Vec<RawBlock> = Vec::with_capacity(blocks.len());
    let mut run: Vec<(RawParagraph, Vec<std::ops::Range<usize>>)> = Vec::new();
    let mut tables = 0u32;
    for block in blocks {
        let cells = match &block {
            RawBlock::Paragraph(p) => split(p),
            _ => None,
        };
        // A total row closing the run with its label cells merged (`合计（万吨）      12.1
        // 29.8` under five columns): its figures stand under the last columns.
        let cells = match (&block, cells, run.first()) {
            (RawBlock::Paragraph(p), Some(cells), Some((_, first))) => {
                let rows: Vec<(&str, &[std::ops::Range<usize>])> = run
                    .iter()
                    .filter(|(_, c)| !c.is_empty())
                    .map(|(q, c)| (q.text.as_str(), c.as_slice()))
                    .collect();
                let cells = squeezed_label(&p.text, cells, first.len());
                Some(padded_total(&p.text, cells, &rows))
            }
            (_, cells, _) => cells,
        };
        match (block, cells) {
            // A pipe separator row (empty cells) continues a run it follows.
            (RawBlock::Paragraph(p), Some(cells))
                if (cells.is_empty() && !run.is_empty())
                    || (!cells.is_empty()
                        && run
                            .first()
                            .is_none_or(|(_, first)| first.len() == cells.len())) =>
            {
                run.push((p, cells));
            }
            (block, cells) => {
                close(&mut run, &mut out, &mut tables);
                match (block, cells) {
                    (RawBlock::Paragraph(p), Some(cells)) if !cells.is_empty() => {
                        run.push((p, cells))
                    }
                    (RawBlock::Paragraph(p), _) => out.push(RawBlock::Paragraph(p)),
                    (block, _) => out.push(block),
                }
            }
        }
    }
    close(&mut run, &mut out, &mut tables);
    super::continued_tables::join(stacked(out, &mut tables))
}

/// Cells a table stacked one a line may have across.
const MAX_STACKED_COLUMNS: usize = 8;
/// The longest line that may be one cell of a stacked table.
const MAX_STACKED_CELL_CHARS: usize = 24;

/// Tables flattened one cell a line, as text copied out of a PDF often gives them
/// (`表1 主要指标` / `指标` / `单位` / `2021年` / `2025年` / `2030年` / `二氧化碳排放总量` /
/// `万吨` / `97.4` / …): after a caption, the short lines are read `k` at a time — a header
/// of `k` labels, then rows of `k` cells that each open with a label and close with a
/// figure, two rows at least. Of the widths that fit, the one that takes the most lines.
fn stacked(blocks: Vec<RawBlock>, tables: &mut u32) -> Vec<RawBlock> {
    let cell_like = |b: &RawBlock| match b {
        RawBlock::Paragraph(p) => {
            let t = p.text.trim();
            !t.is_empty()
                && t.chars().count() <= MAX_STACKED_CELL_CHARS
                && !t.contains(['。', '，', ',', '；', ';', '：', ':', '、'])
                && !is_caption(t)
                && !super::pages::starts_numbered(t)
                && p.explicit_level.is_none()
        }
        _ => false,
    };
    let text = |b: &RawBlock| match b {
        RawBlock::Paragraph(p) => p.text.trim().to_string(),
        _ => String::new(),
    };
    let mut out: Vec<RawBlock> = Vec::with_capacity(blocks.len());
    let mut rest = blocks.into_iter().peekable();
    while let Some(block) = rest.next() {
        let caption = matches!(&block, RawBlock::Paragraph(p) if is_caption(p.text.trim()));
        out.push(block);
        if !caption {
            continue;
        }
        // The short lines after the caption.
        let mut lines: Vec<RawBlock> = Vec::new();
        while let Some(next) = rest.next_if(cell_like) {
            lines.push(next);
        }
        let texts: Vec<String> = lines.iter().map(text).collect();
        let rows_of = |k: usize| -> usize {
            let Some(header) = texts.get(..k) else {
                return 0;
            };
            if header.iter().any(|c| is_figure(c)) {
                return 0;
            }
            texts
                .get(k..)
                .unwrap_or_default()
                .chunks_exact(k)
                .take_while(|row| {
                    row.first().is_some_and(|c| !is_figure(c))
                        && row.last().is_some_and(|c| is_figure(c))
                })
                .count()
        };
        let best = (2..=MAX_STACKED_COLUMNS)
            .map(|k| (k, rows_of(k)))
            .filter(|&(_, rows)| rows >= 2)
            .max_by_key(|&(k, rows)| ((rows + 1) * k, std::cmp::Reverse(k)));
        let Some((k, rows)) = best else {
            out.extend(lines);
            continue;
        };
        let mut cells = lines.into_iter();
        let mut table_rows = Vec::new();
        for _ in 0..=rows {
            let row: Vec<Cell> = cells
                .by_ref()
                .take(k)
                .filter_map(|b| match b {
                    RawBlock::Paragraph(p) => Some(Cell {
                        paragraphs: vec![Paragraph {
                            text: p.text,
                            origin: p.origin,
                        }],
                        col_span: 1,
                        merged_above: false,
                    }),
                    _ => None,
                })
                .collect();
            table_rows.push(Row { cells: row });
        }
        *tables += 1;
        out.push(RawBlock::Table(Table {
            index: *tables,
            rows: table_rows,
        }));
        out.extend(cells);
    }
    out
}

/// The cells of a row whose long label leaves a single space before its first figure
/// (`单位工业增加值二氧化碳排放（吨/万元） 0.183     0.152     0.114` under `指标  2020年
/// 2025年  2030年`, as a PDF copy squeezes it), or none after its closing bracket
/// (`…（吨/万元）0.529　0.439`): one cell fewer than its table's rows (`width`), figures after
/// the label, and the label ending in a figure set off so — that figure is the first
/// column's. Other rows' cells as they are.
fn squeezed_label(
    text: &str,
    cells: Vec<std::ops::Range<usize>>,
    width: usize,
) -> Vec<std::ops::Range<usize>> {
    let Some(label) = cells.first().cloned() else {
        return cells;
    };
    let figures = cells
        .iter()
        .skip(1)
        .all(|r| text.get(r.clone()).is_some_and(is_figure));
    if width < 3 || cells.len() + 1 != width || !figures {
        return cells;
    }
    let head = text.get(label.clone()).unwrap_or("");
    // The figure set off by one space, or run into the label's closing bracket with none
    // (`单位工业增加值二氧化碳排放（吨/万元）0.529　0.439　0.328`, the unit filling the column).
    let split = head.rfind(' ').map(|space| (space, space + 1)).or_else(|| {
        let close = head.rfind(['）', ')'])?;
        let after = close + head.get(close..)?.chars().next()?.len_utf8();
        Some((after, after))
    });
    let Some((name_end, figure_start)) = split else {
        return cells;
    };
    let name = head.get(..name_end).unwrap_or("").trim_end();
    let figure = head.get(figure_start..).unwrap_or("");
    if name.is_empty() || !is_figure(figure) || is_figure(name) {
        return cells;
    }
    let mut out = vec![
        label.start..label.start + name.len(),
        label.start + figure_start..label.end,
    ];
    out.extend(cells.into_iter().skip(1));
    out
}

/// Words a total row's label opens with.
const TOTAL_LABELS: [&str; 3] = ["合计", "总计", "小计"];

/// The cells of a total row with fewer cells than its table's first row `head` (its label
/// merged across the first columns, an empty cell left blank: `合计（万吨）      12.1  29.8`):
/// the label, then each figure in the column it stands under (by display position), empty
/// cells elsewhere; other rows' cells as they are, and the total's when a figure stands
/// under no column of its own.
fn padded_total(
    text: &str,
    cells: Vec<std::ops::Range<usize>>,
    rows: &[(&str, &[std::ops::Range<usize>])],
) -> Vec<std::ops::Range<usize>> {
    use unicode_width::UnicodeWidthStr;
    let Some(&(head_text, head)) = rows.first() else {
        return cells;
    };
    let width = head.len();
    let total = cells
        .first()
        .and_then(|r| text.get(r.clone()))
        .is_some_and(|label| {
            TOTAL_LABELS
                .iter()
                .any(|w| label.trim_start().starts_with(w))
        });
    let figures = cells
        .iter()
        .skip(1)
        .all(|r| text.get(r.clone()).is_some_and(is_figure));
    if !total || !figures || cells.len() < 2 || cells.len() >= width {
        return cells;
    }
    let at = |t: &str, r: &std::ops::Range<usize>| t.get(..r.start).map_or(0, |p| p.width());
    let starts: Vec<usize> = head.iter().map(|r| at(head_text, r)).collect();
    // Columns padded to fixed positions (every row's cells start where the header's do)
    // place the figures by position; rows set off by plain gaps leave only the order: the
    // figures fill the last columns.
    let aligned = rows.iter().skip(1).all(|(t, c)| {
        c.len() == width
            && c.iter()
                .zip(&starts)
                .all(|(r, s)| at(t, r).abs_diff(*s) <= 1)
    });
    // A row whose leading spaces the reader trimmed (`      合计   …   4.5   13.7` read as
    // `合计   …`) stands shifted left by them: the shift that brings its figures nearest to
    // the header's column starts puts them back.
    let shift = if aligned {
        let xs: Vec<usize> = cells.iter().skip(1).map(|r| at(text, r)).collect();
        let cost = |d: usize| -> usize {
            xs.iter()
                .map(|x| starts.iter().map(|s| s.abs_diff(x + d)).min().unwrap_or(0))
                .sum()
        };
        let most = starts.last().copied().unwrap_or(0);
        (0..=most).min_by_key(|&d| (cost(d), d)).unwrap_or(0)
    } else {
        0
    };
    // Each figure's column: the last ones in order, or, aligned, the header cell starting
    // nearest to it after the previous figure's.
    let mut slots: Vec<Option<std::ops::Range<usize>>> = vec![None; width];
    let mut last = if aligned { 0 } else { width - cells.len() };
    for r in cells.iter().skip(1) {
        let col = if aligned {
            let x = at(text, r) + shift;
            let Some(col) = (last + 1..width)
                .min_by_key(|&c| starts.get(c).map_or(usize::MAX, |s| s.abs_diff(x)))
            else {
                return cells;
            };
            col
        } else {
            last + 1
        };
        if let Some(slot) = slots.get_mut(col) {
            *slot = Some(r.clone());
        }
        last = col;
    }
    let Some(label) = cells.first().cloned() else {
        return cells;
    };
    let empty = label.end..label.end;
    let mut out = vec![label];
    out.extend(
        slots
            .into_iter()
            .skip(1)
            .map(|s| s.unwrap_or(empty.clone())),
    );
    out
}

/// End a run: a table when it qualifies, else its lines as they were.
fn close(
    run: &mut Vec<(RawParagraph, Vec<std::ops::Range<usize>>)>,
    out: &mut Vec<RawBlock>,
    tables: &mut u32,
) {
    let mut lines = std::mem::take(run);
    // A header line with one cell fewer than its rows (`排放源    排放量（万吨） 占比（%）`:
    // two header cells set off by a single space) stayed a paragraph before the run.
    if let (Some(RawBlock::Paragraph(p)), Some((first, cells))) = (out.last(), lines.first()) {
        if data_row(&first.text, cells) && matches!(&p.origin, Origin::Source(s) if s.len() == 1) {
            if let Some(header) = widen(&p.text, cells.len()) {
                if let Some(RawBlock::Paragraph(p)) = out.pop() {
                    lines.insert(0, (p, header));
                }
            }
        }
    }
    let rows_of_cells = lines.iter().filter(|(_, c)| !c.is_empty()).count();
    let has_digit = lines.iter().skip(1).any(|(p, cells)| {
        cells.iter().any(|r| {
            p.text
                .get(r.clone())
                .is_some_and(|c| c.chars().any(|ch| ch.is_ascii_digit()))
        })
    });
    let shaped = spaced_run(
        lines
            .iter()
            .filter(|(_, c)| !c.is_empty())
            .map(|(p, _)| p.text.as_str()),
    );
    if rows_of_cells < MIN_ROWS || !has_digit || !shaped {
        out.extend(lines.into_iter().map(|(p, _)| RawBlock::Paragraph(p)));
        return;
    }
    *tables += 1;
    // Whether a rule line (no cells) stands right above each row.
    let after_rule: Vec<bool> = lines
        .iter()
        .enumerate()
        .filter(|(_, (_, cells))| !cells.is_empty())
        .map(|(i, _)| i == 0 || lines.get(i - 1).is_some_and(|(_, above)| above.is_empty()))
        .collect();
    let rows = lines
        .iter()
        .filter(|(_, cells)| !cells.is_empty())
        .map(|(p, cells)| Row {
            cells: cells
                .iter()
                .map(|r| Cell {
                    paragraphs: vec![Paragraph {
                        text: p.text.get(r.clone()).unwrap_or("").to_string(),
                        origin: sub_origin(&p.origin, r.clone()),
                    }],
                    col_span: 1,
                    merged_above: false,
                })
                .collect(),
        })
        .collect();
    let rows = super::grid_rows::join(rows, &after_rule, is_figure);
    out.push(RawBlock::Table(Table {
        index: *tables,
        rows,
    }));
}

/// The origin of a byte range of a one-line paragraph.
fn sub_origin(origin: &Origin, r: std::ops::Range<usize>) -> Origin {
    match origin {
        Origin::Source(segments) => match segments.as_slice() {
            [s] => Origin::Source(vec![Segment {
                text_start: 0,
                len: r.len(),
                source_start: s.source_start + r.start,
                source_end: s.source_start + r.end,
            }]),
            _ => Origin::None,
        },
        _ => Origin::None,
    }
}

/// The cells of a one-line paragraph written as a table row, `None` for prose.
fn split(p: &RawParagraph) -> Option<Vec<std::ops::Range<usize>>> {
    // Only paragraphs of one source line (joined paragraphs are prose).
    if !matches!(&p.origin, Origin::Source(s) if s.len() == 1) {
        return None;
    }
    line_cells(p.text.as_str())
}

/// Which of these source lines (trimmed, blank ones included) are rows of a table that
/// [`detect`] will find: runs of at least [`MIN_ROWS`] non-blank lines that split into
/// the same number of cells, with a figure below the first. The plain-text reader keeps
/// such lines apart: a line of a table copied out of a PDF is padded with spaces and
/// often as wide as the page's wrapped prose, but it neither continues the paragraph
/// before it nor takes the next row into itself.
pub fn aligned_rows(lines: &[&str]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let cells: Vec<Option<Vec<std::ops::Range<usize>>>> =
        lines.iter().map(|l| line_cells(l.trim())).collect();
    let mut i = 0;
    while i < lines.len() {
        let width = match cells.get(i) {
            Some(Some(c)) if !c.is_empty() => c.len(),
            _ => {
                i += 1;
                continue;
            }
        };
        // The run: rows of `width` cells, pipe separator rows (no cells) inside it, and a
        // total row with its label merged (see [`padded_total`]).
        let mut end = i + 1;
        while let Some(Some(c)) = cells.get(end) {
            let line = lines.get(end).map_or("", |l| l.trim());
            let c = &squeezed_label(line, c.clone(), width);
            if !c.is_empty() && c.len() != width {
                let rows: Vec<(&str, &[std::ops::Range<usize>])> = (i..end)
                    .filter_map(|k| {
                        let c = cells.get(k)?.as_deref().filter(|c| !c.is_empty())?;
                        Some((lines.get(k)?.trim(), c))
                    })
                    .collect();
                if padded_total(line, c.clone(), &rows).len() == width {
                    end += 1;
                }
                break;
            }
            end += 1;
        }
        // The header line before the run, split by a single space somewhere (see
        // [`detect`]).
        let header = i.checked_sub(1).is_some_and(|h| {
            let first = lines.get(i).map_or("", |l| l.trim());
            let first_cells = cells.get(i).and_then(|c| c.as_deref()).unwrap_or(&[]);
            data_row(first, first_cells)
                && lines
                    .get(h)
                    .is_some_and(|l| widen(l.trim(), width).is_some())
        });
        let from = if header { i - 1 } else { i };
        let rows = || {
            (from..end).filter(|k| {
                *k < i
                    || cells
                        .get(*k)
                        .is_some_and(|c| c.as_ref().is_some_and(|c| !c.is_empty()))
            })
        };
        let digit = rows().skip(1).any(|k| {
            lines
                .get(k)
                .is_some_and(|l| l.trim().chars().any(|ch| ch.is_ascii_digit()))
        });
        let shaped = spaced_run(rows().filter_map(|k| lines.get(k).map(|l| l.trim())));
        if rows().count() >= MIN_ROWS && digit && shaped {
            for slot in out.get_mut(from..end).unwrap_or(&mut []) {
                *slot = true;
            }
        }
        i = end;
    }
    out
}

/// The cells of one line written as a table row, `None` for prose; empty for a pipe
/// separator row.
fn line_cells(text: &str) -> Option<Vec<std::ops::Range<usize>>> {
    if is_caption(text) {
        return None;
    }
    if super::numerals::split_heading_number(text).is_some() {
        // A numbered line is a heading or list item — unless it is a row whose first
        // cell is the number (`1　　屋顶光伏　　8.4　　25.1　　经济发展局`, a 序号 column):
        // three cells at least, the first nothing but digits.
        let cells = gap_cells(text);
        let numbered_row = cells.len() >= 3
            && cells
                .first()
                .and_then(|r| text.get(r.clone()))
                .is_some_and(|c| {
                    !c.is_empty()
                        && c.chars()
                            .all(|ch| ch.is_ascii_digit() || ('０'..='９').contains(&ch))
                });
        return numbered_row.then_some(cells);
    }
    if let Some(bar) = bar_of(text) {
        // Empty: a separator row (`|---|---|`).
        return pipe_cells(text, bar).filter(|c| c.len() >= 2 || c.is_empty());
    }
    if is_rule_line(text) {
        // A ruled table's border (`├──┼──┤`): a separator row.
        return Some(Vec::new());
    }
    Some(gap_cells(text))
        .filter(|c| c.len() >= 2)
        .or_else(|| spaced_cells(text))
}

/// Cells separated by single spaces (a PDF copy's table of figures), `None` unless the
/// line is short, has no sentence punctuation and reads as a header (short labels, no
/// figure) or as a row (a label, then figures and short words — a unit, an attribute —
/// with one figure at least). [`spaced_run`] then asks each column below the header to
/// be figures throughout or short words throughout.
fn spaced_cells(text: &str) -> Option<Vec<std::ops::Range<usize>>> {
    if text.chars().count() > 80 || text.contains(['，', '。', '；', '：', ':', '、', ',', ';'])
    {
        return None;
    }
    let cells = split_at(text, |c| c == ' ');
    if !(2..=8).contains(&cells.len()) {
        return None;
    }
    let texts: Vec<&str> = cells.iter().filter_map(|r| text.get(r.clone())).collect();
    let row = texts.iter().skip(1).any(|c| is_figure(c))
        && texts.iter().skip(1).all(|c| is_figure(c) || is_word(c));
    let header = texts
        .iter()
        .all(|c| !is_figure(c) && c.chars().count() <= 12);
    (row || header).then_some(cells)
}

/// The longest word a column of a single-space table may hold beside its figures: a unit
/// (`万吨标准煤`, `tCO2/万元`) or an attribute (`约束性`).
const MAX_WORD_CHARS: usize = 9;

/// A short word that is no figure.
fn is_word(cell: &str) -> bool {
    !is_figure(cell) && cell.chars().count() <= MAX_WORD_CHARS
}

/// The runs of `text` between characters `sep` accepts (none empty).
fn split_at(text: &str, sep: impl Fn(char) -> bool) -> Vec<std::ops::Range<usize>> {
    let mut cells = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (sep(c), start) {
            (true, Some(s)) => {
                cells.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        cells.push(s..text.len());
    }
    cells
}

/// A row of a table's body: a label, then figures only.
fn data_row(text: &str, cells: &[std::ops::Range<usize>]) -> bool {
    cells.len() >= 2
        && cells
            .iter()
            .skip(1)
            .all(|r| text.get(r.clone()).is_some_and(is_figure))
}

/// A header line for a run of `width` cells whose gaps are partly single spaces: short
/// labels, no figure and no sentence punctuation, that split at every space into exactly
/// `width` cells.
fn widen(text: &str, width: usize) -> Option<Vec<std::ops::Range<usize>>> {
    if is_caption(text)
        || super::numerals::split_heading_number(text).is_some()
        || text.chars().count() > 80
        || text.contains(['，', '。', '；', '：', ':', '、', ',', ';', '|'])
    {
        return None;
    }
    let cells = split_at(text, |c| c == ' ' || c == '\u{3000}' || c == '\t');
    let labels = cells.iter().all(|r| {
        text.get(r.clone())
            .is_some_and(|c| !is_figure(c) && c.chars().count() <= 16)
    });
    (cells.len() == width && gap_cells(text).len() < width && labels).then_some(cells)
}

/// A cell holding one figure (`61.8`, `-3.2%`, `—`, a bound `≤395`).
fn is_figure(cell: &str) -> bool {
    let dash = ["—", "-", "－", "——", "/"].contains(&cell);
    dash || (cell.chars().any(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || ".%+-－—～~×≤≥<>＜＞".contains(c)))
}

/// A run of lines whose cells are split by single spaces is a table only when every
/// line below its header is a label followed by figures and short words, each column
/// one or the other throughout (a run of short labels is not; prose split at its spaces
/// is neither).
fn spaced_run<'a>(mut lines: impl Iterator<Item = &'a str>) -> bool {
    let Some(first) = lines.next() else {
        return true;
    };
    let spaced = |t: &str| bar_of(t).is_none() && gap_cells(t).len() < 2;
    if !spaced(first) {
        return true;
    }
    // The header names the columns: a row of figures cut off from its header (by a page
    // break of the PDF) is no table's header.
    let first = first.trim();
    let header = spaced_cells(first).is_some_and(|cells| {
        cells
            .iter()
            .all(|r| first.get(r.clone()).is_some_and(|c| !is_figure(c)))
    });
    if !header {
        return false;
    }
    // Below the header: for each column after the label, whether its cell is a figure.
    let mut kinds: Option<Vec<bool>> = None;
    lines.all(|t| {
        let t = t.trim();
        let Some(cells) = spaced(t).then(|| spaced_cells(t)).flatten() else {
            return false;
        };
        let row: Vec<bool> = cells
            .iter()
            .skip(1)
            .map(|r| t.get(r.clone()).is_some_and(is_figure))
            .collect();
        // A figure in every row; a column of figures stays one (`—` counts), a column of
        // units or attributes stays words: prose split at its spaces is neither.
        row.contains(&true) && kinds.get_or_insert_with(|| row.clone()) == &row
    })
}

/// A table's caption or unit note (`表1  主要指标`, `附表2：…`, `单位：万吨`): never a row,
/// though a PDF copy often puts two spaces in it — as a row of a two-column table it
/// would take the header's place.
fn is_caption(text: &str) -> bool {
    let rest = text
        .strip_prefix("附表")
        .or_else(|| text.strip_prefix('表'));
    if let Some(rest) = rest {
        let rest = rest.trim_start();
        let number = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十-－.．".contains(*c))
            .count();
        let after = rest.chars().nth(number);
        // `表1主要指标`; a Chinese numeral must be set off (`表二氧化碳…` is no caption).
        let digits = rest.chars().take(number).all(|c| c.is_ascii_digit());
        return number > 0
            && after.is_none_or(|c| {
                c.is_whitespace() || "：:、　".contains(c) || (digits && !c.is_ascii())
            });
    }
    ["单位：", "单位:", "（单位", "(单位"]
        .iter()
        .any(|p| text.starts_with(p))
}

/// The vertical bars a table row may be drawn with: ASCII, box drawing (`│`, `┃`) and
/// full-width (`｜`), as plans drafted in Word or typed by hand use them.
const BARS: [char; 4] = ['|', '│', '┃', '｜'];

/// The bar a line begins and ends with, when it is a row drawn with one.
fn bar_of(text: &str) -> Option<char> {
    let first = text.chars().next()?;
    let last = text.chars().next_back()?;
    (first == last && BARS.contains(&first) && text.chars().count() > 1).then_some(first)
}

/// A line of box-drawing characters and dashes only (`├──┼──┤`, `+----+----+`).
fn is_rule_line(text: &str) -> bool {
    text.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c))
        && text
            .chars()
            .all(|c| ('\u{2500}'..='\u{257F}').contains(&c) || matches!(c, '-' | '+' | '=' | ' '))
}

/// `| a | b |`: the trimmed text between bars; a separator row (`|---|:--:|`) has none.
fn pipe_cells(text: &str, bar: char) -> Option<Vec<std::ops::Range<usize>>> {
    let inner = bar.len_utf8()..text.len() - bar.len_utf8();
    let mut cells = Vec::new();
    let mut start = inner.start;
    for (i, c) in text.char_indices() {
        if i < inner.start || i > inner.end {
            continue;
        }
        if c == bar || i == inner.end {
            cells.push(trim(text, start..i));
            start = i + c.len_utf8();
        }
    }
    let separator = cells.iter().all(|r| {
        text.get(r.clone()).is_some_and(|c| {
            !c.is_empty()
                && c.chars().all(|ch| {
                    matches!(ch, '-' | ':' | ' ') || ('\u{2500}'..='\u{257F}').contains(&ch)
                })
        })
    });
    Some(if separator { Vec::new() } else { cells })
}

/// Cells separated by a tab or by two or more spaces (a full-width space counts two).
fn gap_cells(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut cells = Vec::new();
    let mut start = 0;
    let mut gap_start: Option<usize> = None;
    let mut gap_width = 0;
    let mut tab = false;
    for (i, c) in text.char_indices() {
        let width = match c {
            ' ' => 1,
            '\u{3000}' => 2,
            '\t' => 2,
            _ => 0,
        };
        if width > 0 {
            gap_start.get_or_insert(i);
            gap_width += width;
            tab |= c == '\t';
            continue;
        }
        if let Some(g) = gap_start.take() {
            if gap_width >= 2 || tab {
                cells.push(start..g);
                start = i;
            }
        }
        gap_width = 0;
        tab = false;
    }
    cells.push(start..text.len());
    cells.retain(|r| !r.is_empty());
    cells
}

fn trim(text: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let s = text.get(r.clone()).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    r.start + lead..r.end - trail
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::text::read_text;

    fn tables(source: &str) -> Vec<Vec<Vec<String>>> {
        let blocks = read_text(source, 1000).unwrap_or_default();
        blocks
            .iter()
            .filter_map(|b| match b {
                RawBlock::Table(t) => Some(
                    t.rows
                        .iter()
                        .map(|r| r.cells.iter().map(Cell::text).collect())
                        .collect(),
                ),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_long_label_one_space_before_its_first_figure_is_a_row() {
        let t = tables("指标                                  2020年    2025年    2030年\n二氧化碳排放总量（万吨）              5.71      6.48      6.35\n单位工业增加值二氧化碳排放（吨/万元） 0.183     0.152     0.114\n屋顶光伏装机（兆瓦）                  1.5       7.5       15.5\n");
        assert_eq!(
            t.first().and_then(|t| t.get(2)),
            Some(&vec![
                "单位工业增加值二氧化碳排放（吨/万元）".to_string(),
                "0.183".to_string(),
                "0.152".to_string(),
                "0.114".to_string(),
            ])
        );
        assert_eq!(t.first().map(Vec::len), Some(4));
        // A label with a word after its space is no squeezed row.
        let cells = squeezed_label("二氧化碳 排放  5.71  6.48", vec![0..19, 21..25, 27..31], 4);
        assert_eq!(cells.len(), 3);
    }

    #[test]
    fn a_page_break_inside_a_table_does_not_end_it() {
        let t = tables("排放源            排放量     占比（%）\n天然气            2.05       36.7\n净调入电力        3.45       61.7\n\n— 2 —\n\n某园区碳达峰实施方案（2023—2030年）\n\n柴油              0.09       1.6\n合计              5.59       100.0\n\n— 3 —\n\n某园区碳达峰实施方案（2023—2030年）\n\n正文继续。\n\n— 4 —\n\n某园区碳达峰实施方案（2023—2030年）\n\n正文再续。\n");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t.first().map(Vec::len), Some(5), "{t:?}");
    }

    #[test]
    fn columns_aligned_with_spaces_or_tabs_are_a_table() {
        let t = tables("表1 主要指标\n指标名称        单位        2020年    2025年\n二氧化碳排放量  万吨        86.4      95.0\n能源消费总量    万吨标准煤  45.2      50.1\n");
        assert_eq!(
            t,
            vec![vec![
                vec!["指标名称", "单位", "2020年", "2025年"],
                vec!["二氧化碳排放量", "万吨", "86.4", "95.0"],
                vec!["能源消费总量", "万吨标准煤", "45.2", "50.1"],
            ]]
        );
        let t = tables("年份\t排放量（万吨）\n2020\t86.4\n2021\t90.1\n");
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn a_pdf_copys_table_of_figures_split_by_single_spaces_is_a_table() {
        let t = tables("表3 2022年排放构成\n排放源 排放量（万吨） 占比（%）\n化石燃料燃烧 61.8 49.6\n工业生产过程 47.5 38.2\n外购电力 15.2 12.2\n合计 142.5 100.0\n");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][0], vec!["排放源", "排放量（万吨）", "占比（%）"]);
        assert_eq!(t[0][4], vec!["合计", "142.5", "100.0"]);
        // Rows with a dash, a negative change, and a header over two columns.
        let t = tables("年份 排放量\n2020 86.4\n2021 —\n2022 -3.2%\n");
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn short_lines_with_single_spaces_that_are_not_figures_stay_prose() {
        for text in [
            // Labels only, a digit in one of them.
            "主要产业 化工 装备\n重点企业 12家 8家\n园区 东区 西区\n",
            // Columns of figures in one row, of words in the next.
            "排放源 排放量 备注\n燃煤 61.8 自备电厂\n燃气 锅炉 47.5\n",
            // A word too long for a unit or an attribute.
            "排放源 排放量 备注\n燃煤 61.8 自备电厂两台机组供热\n燃气 47.5 锅炉房燃气锅炉供汽\n",
            // Rows of figures cut off from their header by a page break.
            "工业生产过程 47.5 38.2\n外购电力 15.2 12.2\n合计 124.5 100.0\n",
            // Sentences.
            "Scope 1 direct 12.3\nScope 2 indirect 4.5\nScope 3 other 1.2\n",
            "2020 年 2025 年\n2021 年 2026 年\n2022 年 2027 年\n",
        ] {
            assert!(tables(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_pdf_copys_indicator_table_with_units_and_attributes_is_a_table() {
        // Province style: unit and attribute columns, a dash, a bound.
        let t = tables("附件 主要指标表\n指标 单位 2020年 2025年 2030年 属性\n单位工业增加值二氧化碳排放较2020年下降 % — 20 47 约束性\n二氧化碳排放总量 万吨 370.7 — ≤395 预期性\n煤炭消费量 万吨标准煤 9.0 0 0 约束性\n");
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0][1],
            vec![
                "单位工业增加值二氧化碳排放较2020年下降",
                "%",
                "—",
                "20",
                "47",
                "约束性"
            ]
        );
        assert_eq!(t[0][2][4], "≤395");
        // Enterprise style: a remark column after the figures.
        let t = tables("排放源 排放量 备注\n燃煤 61.8 自备电厂\n燃气 47.5 锅炉\n");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][2], vec!["燃气", "47.5", "锅炉"]);
        // Consultancy style: the unit between label and figures, Latin units.
        let t = tables("指标 单位 基准年 目标年\n单位产品碳排放 tCO2/t 1.82 1.45\n能源消费总量 万tce 45.2 50.1\n");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][1], vec!["单位产品碳排放", "tCO2/t", "1.82", "1.45"]);
    }

    #[test]
    fn a_total_row_with_its_label_merged_closes_the_table() {
        // Province style, plain gaps: the figures fill the last columns.
        let t = tables("工程  责任主体  实施期  2025年减排  2030年减排\n加热炉改造  各轧钢企业  2023—2026  3.2  4.8\n屋顶光伏  园区城投公司  2023—2028  3.7  7.3\n合计（万吨）      6.9  12.1\n");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][3], vec!["合计（万吨）", "", "", "6.9", "12.1"]);
        // City style, padded to fixed columns with a last column left blank: by position.
        let t = tables("序号　任务　　　　2025年　2030年　责任单位\n1　　屋顶光伏　　8.4　　　25.1　　经济发展局\n2　　绿电交易　　5.6　　　25.1　　经济发展局\n合计　　　　　　14.0　　　50.2\n");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0][3], vec!["合计", "", "14.0", "50.2", ""]);
        // A short line of prose after a table is not its row.
        let t = tables(
            "指标  2020年  2025年\n排放量  86.4  95.0\n能耗  45.2  50.1\n合计排放下降明显\n",
        );
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].len(), 3);
    }

    #[test]
    fn pipe_rows_are_a_table_and_the_separator_row_is_dropped() {
        let t =
            tables("| 年份 | 排放量（万吨） |\n|---|---:|\n| 2020年 | 86.4 |\n| 2021年 | 90.1 |\n");
        assert_eq!(
            t,
            vec![vec![
                vec!["年份", "排放量（万吨）"],
                vec!["2020年", "86.4"],
                vec!["2021年", "90.1"],
            ]]
        );
    }

    #[test]
    fn rows_drawn_with_box_or_full_width_bars_are_a_table() {
        let want = vec![vec![
            vec!["指标", "2025年", "2030年"],
            vec!["工业固废综合利用率（%）", "68", "85"],
            vec!["中水回用率（%）", "45", "70"],
        ]];
        // Box drawing, no border lines (a plan typed in a text editor).
        let boxed =
            "│指标│2025年│2030年│\n│工业固废综合利用率（%）│68│85│\n│中水回用率（%）│45│70│\n";
        assert_eq!(tables(boxed), want);
        // Box drawing with ruled borders between the rows.
        let ruled = "┌──┬──┬──┐\n│指标│2025年│2030年│\n├──┼──┼──┤\n│工业固废综合利用率（%）│68│85│\n│中水回用率（%）│45│70│\n└──┴──┴──┘\n";
        assert_eq!(tables(ruled), want);
        // Full-width bars.
        let full = "｜指标｜2025年｜2030年｜\n｜工业固废综合利用率（%）｜68｜85｜\n｜中水回用率（%）｜45｜70｜\n";
        assert_eq!(tables(full), want);
        // A line of prose between bars is no table.
        assert!(tables("│园区坚持节约优先。│\n").is_empty());
    }

    #[test]
    fn prose_headings_and_short_runs_stay_paragraphs() {
        // Single spaces, a heading, two lines only, no figure below the header.
        assert!(tables("到2025年 单位工业增加值能耗下降 14%。\n园区 力争 2028年 达峰。\n园区 确保 2030年 达峰。\n").is_empty());
        assert!(
            tables("一、总体要求  和  原则\n二、主要目标  和  任务\n三、重点任务  和  工程\n")
                .is_empty()
        );
        assert!(tables("指标  数值\n排放量  86.4\n").is_empty());
        assert!(tables("责任单位  配合单位\n经发局  建设局\n环保局  财政局\n").is_empty());
    }

    #[test]
    fn a_caption_before_a_two_column_table_is_not_its_header() {
        // Two spaces in the caption (a PDF copy): it splits into two cells, as many as
        // the table has columns, but the header is the line after it.
        let want = vec![vec![
            vec!["指标", "2020年"],
            vec!["非化石能源消费比重", "12"],
            vec!["单位工业增加值能耗", "0.52"],
        ]];
        for caption in [
            "表1  主要指标",
            "表 2  园区主要指标",
            "附表3：  指标基准值",
            "单位：万吨  吨标准煤",
            "表一  主要指标",
        ] {
            let src = format!("{caption}\n指标              2020年\n非化石能源消费比重  12\n单位工业增加值能耗  0.52\n");
            assert_eq!(tables(&src), want, "{caption}");
            assert_eq!(
                tables(&src.replace("  ", "\t")).len(),
                1,
                "{caption} (tabs)"
            );
        }
        // A row whose first cell starts with 表 is still a row.
        let t = tables("项目  数量\n表计改造  12\n表二氧化碳监测  3\n");
        assert_eq!(t.first().map(Vec::len), Some(3), "{t:?}");
    }

    #[test]
    fn a_header_split_partly_by_single_spaces_heads_its_rows() {
        // Aligned by runs of spaces except between two header cells (a PDF copy, a
        // consultancy's plain-text export, a county office's typed table).
        for (header, rows) in [
            (
                "排放源                排放量（万吨） 占比（%）",
                "化石燃料燃烧          118.6     50.2\n外购电力              102.5     43.4\n合计                  221.1     93.6\n",
            ),
            (
                "行业 排放量（万吨）      占比（%）",
                "造纸    72.4    30.6\n粮油    58.9    24.9\n其他    105.0    44.5\n",
            ),
            (
                "指标\t2020年 2025年\t属性",
                "非化石能源消费比重\t12\t18\t—\n单位增加值能耗\t0.52\t0.44\t—\n",
            ),
        ] {
            let t = tables(&format!("表1　排放构成\n{header}\n{rows}"));
            let first = t.first().and_then(|t| t.first()).cloned().unwrap_or_default();
            assert!(first.len() >= 3, "{header}: {t:?}");
            assert!(
                first.iter().all(|c| !c.chars().any(|ch| ch.is_ascii_digit()) || c.contains('年')),
                "{header}: the header is a row of figures: {t:?}"
            );
            let want = 1 + rows.lines().count();
            assert_eq!(t.first().map(Vec::len), Some(want), "{header}: {t:?}");
        }
        // Prose before a table keeps its place.
        let t = tables("分行业看 排放集中\n造纸    72.4    30.6\n粮油    58.9    24.9\n其他    105.0    44.5\n");
        assert_eq!(t.first().map(Vec::len), Some(3), "{t:?}");
    }

    #[test]
    fn a_total_row_whose_indent_was_trimmed_keeps_its_columns() {
        let t = tables(
            "序号  任务      责任单位  2025年  2030年\n1     屋顶光伏  管委会    2.7     6.3\n\
2     节汽改造  工信局    0.6     2.4\n3     能碳平台  管委会    —       —\n      合计                1.6     8.7",
        );
        let total = t
            .first()
            .and_then(|rows| rows.last())
            .cloned()
            .unwrap_or_default();
        assert_eq!(total, ["合计", "", "", "1.6", "8.7"]);
    }

    #[test]
    fn cells_point_at_their_source_bytes() {
        let src = "指标  2020年\n排放量  86.4\n能耗  45.2\n";
        let blocks = read_text(src, 1000).unwrap_or_default();
        let Some(RawBlock::Table(t)) = blocks.first() else {
            panic!("no table: {blocks:?}");
        };
        let cell = &t.rows[1].cells[1].paragraphs[0];
        let Origin::Source(seg) = &cell.origin else {
            panic!("no origin");
        };
        assert_eq!(&src[seg[0].source_start..seg[0].source_end], "86.4");
    }
}
