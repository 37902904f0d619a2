//! Markdown reader on pulldown-cmark's offset iterator.
//!
//! Headings come from `#`/setext; a paragraph whose lines are numbered (pasted from
//! Word) is split into one paragraph per line so that numbered-text detection sees each
//! line. `#一、总则` (no space after `#`) is not a heading to CommonMark: it is taken as
//! one, with a [`ReadNote`] so that the author can fix it.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::classify::{RawBlock, RawParagraph};
use super::numerals::split_heading_number;
use super::{Cell, HeadingSource, Origin, Paragraph, ReadError, ReadNote, Row, Segment, Table};

/// Text collected for one block with its source segments.
#[derive(Default)]
struct Collector {
    text: String,
    segments: Vec<Segment>,
    /// Byte length of leading `**strong**` text, when the block starts with it.
    strong_prefix: Option<usize>,
    strong_depth: u32,
    /// Text offsets where a soft or hard line break was.
    breaks: Vec<usize>,
}

impl Collector {
    fn push(&mut self, text: &str, source: Range<usize>) {
        if text.is_empty() {
            return;
        }
        self.segments.push(Segment {
            text_start: self.text.len(),
            len: text.len(),
            source_start: source.start,
            source_end: source.end,
        });
        self.text.push_str(text);
    }

    fn origin(&self) -> Origin {
        Origin::Source(self.segments.clone())
    }
}

pub struct MarkdownOutput {
    pub blocks: Vec<RawBlock>,
    pub notes: Vec<ReadNote>,
}

/// Read Markdown source (BOM already removed).
pub fn read_markdown(source: &str, max_paragraphs: usize) -> Result<MarkdownOutput, ReadError> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES;
    let mut state = State {
        out: Vec::new(),
        notes: Vec::new(),
        current: None,
        heading: None,
        list_depth: 0,
        item_depth: None,
        table: None,
        in_metadata: false,
        max_paragraphs,
    };
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        state.event(event, range, source)?;
    }
    Ok(MarkdownOutput {
        blocks: state.out,
        notes: state.notes,
    })
}

struct TableState {
    rows: Vec<Row>,
    row: Vec<Cell>,
    cell: Option<Collector>,
}

struct State {
    out: Vec<RawBlock>,
    notes: Vec<ReadNote>,
    current: Option<Collector>,
    heading: Option<u8>,
    list_depth: u8,
    /// The list depth of the item whose paragraph is being collected.
    item_depth: Option<u8>,
    table: Option<TableState>,
    in_metadata: bool,
    max_paragraphs: usize,
}

impl State {
    fn event(&mut self, event: Event, range: Range<usize>, source: &str) -> Result<(), ReadError> {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => {
                // Front matter is accepted only at the very start of the file.
                self.in_metadata = range.start == 0;
            }
            Event::End(TagEnd::MetadataBlock(_)) => self.in_metadata = false,
            _ if self.in_metadata => {}
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some(heading_level(level));
                self.current = Some(Collector::default());
            }
            Event::End(TagEnd::Heading(_)) => {
                let level = self.heading.take().unwrap_or(1);
                if let Some(c) = self.current.take() {
                    self.push_paragraph(c, Some(level), None)?;
                }
            }
            Event::Start(Tag::Paragraph) if self.table.is_none() => {
                self.current = Some(Collector::default());
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some(c) = self.current.take() {
                    let depth = self.item_depth.take();
                    self.push_split_paragraph(c, depth, source)?;
                }
            }
            Event::Start(Tag::List(_)) => self.list_depth = self.list_depth.saturating_add(1),
            Event::End(TagEnd::List(_)) => self.list_depth = self.list_depth.saturating_sub(1),
            Event::Start(Tag::Item) => {
                // A tight list item has no Paragraph event: collect its text directly.
                self.flush_item()?;
                self.item_depth = Some(self.list_depth.max(1));
                self.current = Some(Collector::default());
            }
            Event::End(TagEnd::Item) => self.flush_item()?,
            Event::Start(Tag::Table(_)) => {
                self.table = Some(TableState {
                    rows: Vec::new(),
                    row: Vec::new(),
                    cell: None,
                })
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = self.table.take() {
                    let index = 1 + self
                        .out
                        .iter()
                        .filter(|b| matches!(b, RawBlock::Table(_)))
                        .count();
                    self.out.push(RawBlock::Table(Table {
                        index: u32::try_from(index).unwrap_or(u32::MAX),
                        rows: t.rows,
                    }));
                }
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {}
            Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                if let Some(t) = self.table.as_mut() {
                    let cells = std::mem::take(&mut t.row);
                    t.rows.push(Row { cells });
                }
            }
            Event::Start(Tag::TableCell) => {
                if let Some(t) = self.table.as_mut() {
                    t.cell = Some(Collector::default());
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(t) = self.table.as_mut() {
                    let c = t.cell.take().unwrap_or_default();
                    let origin = if c.segments.is_empty() {
                        Origin::Source(vec![Segment {
                            text_start: 0,
                            len: 0,
                            source_start: range.start,
                            source_end: range.start,
                        }])
                    } else {
                        c.origin()
                    };
                    t.row.push(Cell {
                        paragraphs: vec![Paragraph {
                            text: c.text.trim().to_string(),
                            origin,
                        }],
                        col_span: 1,
                        merged_above: false,
                    });
                }
            }
            Event::Start(Tag::Strong) => {
                if let Some(c) = self.collector() {
                    if c.text.trim().is_empty() && c.strong_prefix.is_none() {
                        c.strong_prefix = Some(0);
                    }
                    c.strong_depth += 1;
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some(c) = self.collector() {
                    c.strong_depth = c.strong_depth.saturating_sub(1);
                    if c.strong_depth == 0 && c.strong_prefix == Some(0) {
                        c.strong_prefix = Some(c.text.len());
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = self.collector() {
                    c.push(&t, range);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = self.collector() {
                    c.breaks.push(c.text.len());
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let trimmed = html.trim();
                if trimmed.starts_with("<!--") {
                    self.out.push(RawBlock::Comment {
                        text: trimmed.to_string(),
                        origin: Origin::Source(vec![Segment {
                            text_start: 0,
                            len: trimmed.len(),
                            source_start: range.start,
                            source_end: range.start + trimmed.len(),
                        }]),
                    });
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn collector(&mut self) -> Option<&mut Collector> {
        match self.table.as_mut() {
            Some(t) => t.cell.as_mut(),
            None => self.current.as_mut(),
        }
    }

    fn flush_item(&mut self) -> Result<(), ReadError> {
        if let (Some(depth), Some(c)) = (self.item_depth, self.current.take()) {
            self.item_depth = None;
            if !c.text.trim().is_empty() {
                self.push_paragraph(c, None, Some(depth))?;
            }
        }
        Ok(())
    }

    /// A paragraph of several lines becomes one paragraph per line when a line after
    /// the first starts with a heading number (text pasted from Word); otherwise the
    /// lines are joined (Chinese text is wrapped without spaces).
    fn push_split_paragraph(
        &mut self,
        c: Collector,
        depth: Option<u8>,
        source: &str,
    ) -> Result<(), ReadError> {
        let numbered_line = c.breaks.iter().any(|&at| {
            c.text
                .get(at..)
                .map(|rest| {
                    split_heading_number(rest.trim_start()).is_some() || rest.starts_with('#')
                })
                .unwrap_or(false)
        });
        if c.breaks.is_empty() || !numbered_line {
            return self.push_paragraph(c, None, depth);
        }
        let mut cuts = vec![0];
        cuts.extend(c.breaks.iter().copied());
        cuts.push(c.text.len());
        for w in cuts.windows(2) {
            let (a, b) = match w {
                [a, b] => (*a, *b),
                _ => continue,
            };
            let piece = slice_collector(&c, a, b);
            self.push_paragraph(piece, None, depth)?;
        }
        let _ = source;
        Ok(())
    }

    fn push_paragraph(
        &mut self,
        c: Collector,
        level: Option<u8>,
        list_depth: Option<u8>,
    ) -> Result<(), ReadError> {
        if self.out.len() >= self.max_paragraphs {
            return Err(ReadError::Limit(format!(
                "more than {} paragraphs",
                self.max_paragraphs
            )));
        }
        let mut origin = c.origin();
        let mut explicit_level = level.map(|l| (l, HeadingSource::Markdown));
        let strong_prefix = c.strong_prefix.unwrap_or(0);
        let mut text = c.text;
        // `#一、总则`: a heading without the space CommonMark requires. A numbered one
        // gets its level from its number like any numbered line; an unnumbered one
        // from its `#`s.
        if explicit_level.is_none() && list_depth.is_none() {
            if let Some((hashes, at)) = broken_atx(&text) {
                text = text.get(at..).unwrap_or("").to_string();
                origin = origin.shifted(at);
                let numbered = split_heading_number(text.trim_start()).is_some();
                let marks = "#".repeat(usize::from(hashes));
                self.notes.push(ReadNote {
                    message: format!(
                        "`{marks}{}` looks like a heading but has no space after `{marks}`: CommonMark renders it as a paragraph; peaklint reads it as a heading",
                        text.trim(),
                    ),
                    message_zh: format!(
                        "`{marks}{}` 像是标题，但 `{marks}` 后没有空格：按 Markdown 规范会显示为普通段落；peaklint 仍按标题读取",
                        text.trim(),
                    ),
                    origin: origin.clone(),
                });
                if !numbered {
                    explicit_level = Some((hashes, HeadingSource::Markdown));
                }
            }
        }
        self.out.push(RawBlock::Paragraph(RawParagraph {
            emphasis_prefix: strong_prefix,
            text,
            origin,
            explicit_level,
            list_depth,
            ..RawParagraph::default()
        }));
        Ok(())
    }
}

/// `#一、总则` → (1, offset of `一`).
fn broken_atx(text: &str) -> Option<(u8, usize)> {
    let lead = text.len() - text.trim_start().len();
    let t = text.get(lead..)?;
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = t.get(hashes..)?;
    let first = rest.chars().next()?;
    if first.is_whitespace() || first.is_ascii_punctuation() {
        return None;
    }
    Some((u8::try_from(hashes).ok()?, lead + hashes))
}

/// The part `[a, b)` of a collector's text as a collector of its own.
fn slice_collector(c: &Collector, a: usize, b: usize) -> Collector {
    let mut out = Collector::default();
    for s in &c.segments {
        let (s_start, s_end) = (s.text_start, s.text_start + s.len);
        let (from, to) = (s_start.max(a), s_end.min(b));
        if from >= to {
            continue;
        }
        let exact = s.len == s.source_end - s.source_start;
        let text = c.text.get(from..to).unwrap_or("");
        let source = if exact {
            s.source_start + (from - s_start)..s.source_start + (to - s_start)
        } else {
            s.source_start..s.source_end
        };
        out.push(text, source);
    }
    if c.strong_prefix.is_some_and(|p| p > a) {
        out.strong_prefix = c.strong_prefix.map(|p| p.min(b) - a);
    }
    // Leading whitespace of a line (a full-width space indent) is trimmed by the classifier.
    out
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}
