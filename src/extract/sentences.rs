//! Sentences of a document with the map back to their place: every check that reads
//! prose reads it through here, so locations are computed one way.

use std::ops::Range;

use crate::diagnostic::Span;
use crate::document::{BlockKind, Cell, Document, Location, Origin};
use crate::extract::analysis::Analysis;

/// One sentence (or one table-cell paragraph) of the body.
///
/// A document's sentences, and every target's copy of its own, are kept for all its
/// checks: the block index and the range are held as `u32` (read them with
/// [`Sentence::block`] and [`Sentence::range`]), 48 bytes a sentence instead of 64.
#[derive(Debug, Clone)]
pub struct Sentence<'d> {
    /// The paragraph's text the range indexes.
    pub text: &'d str,
    pub origin: &'d Origin,
    /// Inside a table cell: the first cell of its row and the cell of its column in the
    /// first row (headers), for context. Boxed: most sentences are prose.
    pub table: Option<Box<CellContext<'d>>>,
    /// The sentence within `text` (terminator included).
    start: u32,
    end: u32,
    /// Index of the block in [`Document::blocks`].
    block: u32,
    /// The block is a heading.
    pub heading: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct CellContext<'d> {
    pub row_header: &'d str,
    pub column_header: &'d str,
    /// The row's cell under a unit column (`| 指标 | 单位 | 2020年 |`), empty when the table
    /// has none: the unit of the row's bare figures.
    pub unit: &'d str,
    /// The cells of the row (empty where a reader builds a cell's sentence on its own):
    /// a row label is read with the values beside it (`| 温室气体种类 | 仅二氧化碳 |`).
    pub row: &'d [Cell],
}

impl CellContext<'_> {
    /// The row read as one statement when `text` is its label (the first cell): `label：
    /// value，value`; `None` for other cells or a row of one cell. The label's offsets are
    /// the same in the reading.
    pub fn row_reading(&self, text: &str) -> Option<String> {
        let (first, rest) = self.row.split_first()?;
        if first.paragraphs.first().map(|p| p.text.as_str()) != Some(text) || rest.is_empty() {
            return None;
        }
        let values: Vec<&str> = rest
            .iter()
            .filter(|c| !c.merged_above)
            .flat_map(|c| c.paragraphs.iter().map(|p| p.text.trim()))
            .filter(|t| !t.is_empty())
            .collect();
        Some(format!("{text}：{}", values.join("，")))
    }
}

/// Whether a header cell heads a unit column (`单位`, `计量单位`; not `责任单位`).
pub fn is_unit_header(text: &str) -> bool {
    matches!(text.trim(), "单位" | "计量单位" | "指标单位" | "单位名称")
}

/// An offset or index as the `u32` a [`Sentence`] keeps. Paragraphs and block lists are
/// far inside it under the input limits (`--max-file-size`, `--max-paragraphs`); one past
/// it would be cut to `u32::MAX`, which reads as an empty sentence, never a panic.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<'d> Sentence<'d> {
    /// The sentence `range` of `text`, the text of block `block` (or of one of its table
    /// cells, with `table` its context).
    pub fn new(
        block: usize,
        text: &'d str,
        range: Range<usize>,
        origin: &'d Origin,
        table: Option<Box<CellContext<'d>>>,
        heading: bool,
    ) -> Sentence<'d> {
        Sentence {
            text,
            origin,
            table,
            start: narrow(range.start),
            end: narrow(range.end),
            block: narrow(block),
            heading,
        }
    }

    /// Index of the block in [`Document::blocks`].
    pub fn block(&self) -> usize {
        self.block as usize
    }

    /// The sentence within `text` (terminator included).
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The block index and the range, compactly: which sentence this is, as a key of maps
    /// over many sentences (two table cells of one table with equal lengths share it).
    pub fn id(&self) -> (u32, u32, u32) {
        (self.block, self.start, self.end)
    }

    pub fn as_str(&self) -> &'d str {
        self.text.get(self.range()).unwrap_or("")
    }

    /// The whole sentence this one is a part of: sentences split at `；` joined back, up to
    /// the `。`, `！`, `？` or line break around it (`碳排放指标以2020年为基准年；鉴于…，面积相关
    /// 指标以2021年为基年。` is one statement).
    pub fn whole(&self) -> &'d str {
        let ends = |c: char| matches!(c, '。' | '！' | '？' | '\n');
        let before = self.text.get(..self.range().start).unwrap_or("");
        let start = before.rfind(ends).map_or(0, |i| {
            i + before
                .get(i..)
                .and_then(|t| t.chars().next())
                .map_or(1, char::len_utf8)
        });
        let after = self.text.get(self.range().end..).unwrap_or("");
        // The sentence's own terminator is inside its range: extend only past a ；.
        let end = if self.as_str().ends_with(['；', ';']) {
            self.range().end
                + after
                    .char_indices()
                    .find(|(_, c)| ends(*c))
                    .map_or(after.len(), |(i, c)| i + c.len_utf8())
        } else {
            self.range().end
        };
        self.text.get(start..end).unwrap_or_else(|| self.as_str())
    }

    /// The run-in heading of the paragraph, when the sentence follows one: a numbered
    /// paragraph opening with a short title and a full stop or colon (`1.基准情景。延续现有
    /// 政策……2025年排放136.0万吨`, `（二）政策情景：…`), as GB/T 9704 documents write a
    /// fourth-level heading, or an unnumbered one opening with a label and a colon
    /// (`基准情景：…`). What follows in the paragraph speaks under that title.
    pub fn run_in_label(&self) -> Option<&'d str> {
        /// The longest run-in title (characters).
        const MAX_LABEL_CHARS: usize = 12;
        /// The longest paragraph start a label fits in (bytes): a number, the label and
        /// its stop. Read no further, so that a paragraph of many sentences costs no more.
        const MAX_LEAD_BYTES: usize = 4 * (MAX_LABEL_CHARS + 8);
        if self.range().start == 0 {
            return None;
        }
        let mut lead_end = self.range().start.min(MAX_LEAD_BYTES);
        while !self.text.is_char_boundary(lead_end) {
            lead_end -= 1;
        }
        let lead = self.text.get(..lead_end)?;
        let body = lead.trim_start_matches(|c: char| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || "一二三四五六七八九十".contains(c)
                || matches!(
                    c,
                    '.' | '．' | '、' | '（' | '(' | '）' | ')' | ' ' | '\u{3000}'
                )
        });
        let numbered = body.len() < lead.len();
        // The title ends at the paragraph's first full stop or colon, before this sentence.
        let (stop, c) = body
            .char_indices()
            .find(|(_, c)| matches!(c, '。' | '：' | ':'))?;
        // Unnumbered, only a colon makes a label (`基准情景：只考虑已建项目。2030年…`).
        let colon = c != '。';
        let label = body.get(..stop)?.trim_end();
        let chars = label.chars().count();
        let plain = !label.contains(['，', ',', '；', ';']);
        ((numbered || colon) && plain && (2..=MAX_LABEL_CHARS).contains(&chars)).then_some(label)
    }

    /// The title the sentence speaks under: its paragraph's run-in heading, or else the
    /// innermost heading above it when that is a short title (`1. 基准情景` that a plain-text
    /// reader split from its paragraph, `（二）政策情景`). Chapter-length titles are not labels.
    pub fn label(&self, doc: &'d Document) -> Option<&'d str> {
        /// The longest heading title taken as a label (characters).
        const MAX_TITLE_CHARS: usize = 12;
        if self.heading || self.table.is_some() {
            return None;
        }
        self.run_in_label().or_else(|| {
            let title = doc.enclosing_heading(self.block())?.title.as_str();
            (title.chars().count() <= MAX_TITLE_CHARS).then_some(title)
        })
    }

    /// The location of a byte range of the sentence (relative to the sentence).
    pub fn location(&self, doc: &Document, within: Range<usize>) -> Location {
        let start = self.range().start + within.start.min(self.range().len());
        let end = self.range().start + within.end.min(self.range().len());
        let mut loc = doc.locate(self.origin, start..end);
        loc.section = doc.heading_path(self.block());
        loc
    }

    /// The location and the span to underline for a range of the sentence.
    pub fn place(&self, doc: &Document, within: Range<usize>) -> (Location, Option<Span>) {
        let loc = self.location(doc, within.clone());
        let start = self.range().start + within.start.min(self.range().len());
        let end = self.range().start + within.end.min(self.range().len());
        let span = Span {
            origin: self.origin.clone(),
            range: start..end,
            text: self.text.to_string(),
        };
        (loc, Some(span))
    }
}

/// Every sentence of the document in reading order: paragraphs and list items split at
/// 。！？；, headings whole, each table-cell paragraph whole.
pub fn sentences(doc: &Document) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        match &b.kind {
            BlockKind::Paragraph | BlockKind::ListItem { .. } => {
                for r in split(&b.text) {
                    out.push(Sentence::new(i, &b.text, r, &b.origin, None, false));
                }
            }
            BlockKind::Heading(_) => out.push(Sentence::new(
                i,
                &b.text,
                0..b.text.len(),
                &b.origin,
                None,
                true,
            )),
            BlockKind::Table(t) => {
                let first_row = t.rows.first();
                // Columns are logical (a merged `合计` cell spans two): a cell's header is
                // the first row's cell over its column.
                let unit_col = first_row.and_then(|r| {
                    r.columns().into_iter().find_map(|(at, c)| {
                        c.paragraphs
                            .first()
                            .is_some_and(|p| is_unit_header(&p.text))
                            .then_some(at)
                    })
                });
                for row in &t.rows {
                    let unit = unit_col
                        .and_then(|u| row.cell_at(u))
                        .and_then(|c| c.paragraphs.first())
                        .map(|p| p.text.trim())
                        .filter(|u| !is_unit_header(u))
                        .unwrap_or("");
                    let row_header = row
                        .cells
                        .first()
                        .and_then(|c| c.paragraphs.first())
                        .map(|p| p.text.as_str())
                        .unwrap_or("");
                    for (ci, cell) in row.columns() {
                        if cell.merged_above {
                            continue;
                        }
                        let column_header = first_row
                            .and_then(|r| r.cell_at(ci))
                            .and_then(|c| c.paragraphs.first())
                            .map(|p| p.text.as_str())
                            .unwrap_or("");
                        for p in &cell.paragraphs {
                            if p.text.trim().is_empty() {
                                continue;
                            }
                            out.push(Sentence::new(
                                i,
                                &p.text,
                                0..p.text.len(),
                                &p.origin,
                                Some(Box::new(CellContext {
                                    row_header,
                                    column_header,
                                    unit,
                                    row: &row.cells,
                                })),
                                false,
                            ));
                        }
                    }
                }
            }
            BlockKind::Comment => {}
        }
    }
    out
}

/// The sentences of the blocks in `range` only (a chapter's content).
pub fn sentences_in<'d>(all: &[Sentence<'d>], blocks: &Range<usize>) -> Vec<Sentence<'d>> {
    all.iter()
        .filter(|s| blocks.contains(&s.block()))
        .cloned()
        .collect()
}

/// Byte ranges of the sentences of a paragraph: split after 。！？； (and their ASCII
/// forms followed by a space) and at line breaks; leading whitespace excluded.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end_here = matches!(c, '。' | '！' | '？' | '；' | '\n')
            || (matches!(c, '!' | '?' | ';')
                && chars.peek().is_none_or(|(_, n)| n.is_whitespace()));
        if end_here {
            let end = i + c.len_utf8();
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = text.get(r.clone()) else { return };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(r.start + lead..r.start + lead + trimmed.len());
    }
}

pub use crate::extract::prose::{inside, title_ranges};

/// The chapter text blocks of an outline item that matched, for scoping.
pub fn item_blocks(cx: &Analysis, id: &str) -> Option<Range<usize>> {
    let sections = cx.doc.sections();
    for c in &cx.outline.chapters {
        for m in std::iter::once(c).chain(c.sections.iter()) {
            if m.item.id == id {
                let b = m.best.as_ref()?;
                return crate::extract::outline::find_section(&sections, b.block)
                    .map(|s| s.heading..s.content.end);
            }
        }
    }
    None
}

/// The blocks of an outline item's text: the chapter (or section) the outline matched to
/// it, and every other heading that names it by title, alias, pattern or concept, at any
/// level — a `（三）达峰路径` inside the forecast chapter of a plan that also has a
/// `五、重点任务` chapter is pathway text too. In document order, not overlapping. `None`
/// when the outline matched no heading to the item.
pub fn item_ranges(cx: &Analysis, id: &str) -> Option<Vec<Range<usize>>> {
    cx.item_ranges_memo(id, || compute_item_ranges(cx, id))
}

fn compute_item_ranges(cx: &Analysis, id: &str) -> Option<Vec<Range<usize>>> {
    let best = item_blocks(cx, id)?;
    let mut ranges = vec![best];
    if let Some(item) = cx.rules.outline_item(id) {
        let sections = cx.doc.sections();
        for (i, kind) in crate::extract::outline::heading_matches(cx.doc, item) {
            if kind == crate::extract::outline::MatchKind::Position
                || ranges.iter().any(|r| r.contains(&i))
            {
                continue;
            }
            if let Some(s) = crate::extract::outline::find_section(&sections, i) {
                let r = s.heading..s.content.end.max(s.heading + 1);
                ranges.retain(|o| !(r.start <= o.start && o.end <= r.end));
                ranges.push(r);
            }
        }
    }
    ranges.sort_by_key(|r| r.start);
    Some(ranges)
}

/// Whether `block` is in one of `ranges` (sorted, not overlapping).
pub fn in_ranges(ranges: &[Range<usize>], block: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= block);
    ranges.get(i).is_some_and(|r| r.contains(&block))
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_chinese_sentences() {
        let t = "园区核算边界为规划范围。包括能源活动；不包括生物质燃烧！\n第二行";
        let parts: Vec<&str> = split(t).into_iter().filter_map(|r| t.get(r)).collect();
        assert_eq!(
            parts,
            vec![
                "园区核算边界为规划范围。",
                "包括能源活动；",
                "不包括生物质燃烧！",
                "第二行"
            ]
        );
    }

    #[test]
    fn whole_joins_parts_split_at_semicolons() {
        let t = "核算边界为规划范围。碳排放指标以2020年为基准年；面积指标以2021年为基年。第三句";
        let origin = crate::document::Origin::default();
        let whole = |range: std::ops::Range<usize>| {
            super::Sentence::new(0, t, range, &origin, None, false).whole()
        };
        let parts = split(t);
        let got: Vec<&str> = parts.iter().map(|r| whole(r.clone())).collect();
        assert_eq!(
            got,
            vec![
                "核算边界为规划范围。",
                "碳排放指标以2020年为基准年；面积指标以2021年为基年。",
                "碳排放指标以2020年为基准年；面积指标以2021年为基年。",
                "第三句"
            ]
        );
    }
}
