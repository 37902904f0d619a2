//! The Document model: what every reader produces and every check consumes.
//!
//! A [`Document`] is a title plus an ordered list of [`Block`]s (headings, paragraphs,
//! list items, tables). Every block carries an [`Origin`] that maps offsets in its text
//! back to the source: byte ranges and line/column for text formats, the paragraph
//! index (1-based, reading order, empty and table-cell paragraphs counted) for .docx.
//! The heading tree ([`Document::sections`]) is derived from heading levels.

pub mod classify;
mod continued_tables;
pub mod convert;
pub mod docx;
pub mod encoding;
mod grid_rows;
pub mod markdown;
pub mod normalize;
pub mod numerals;
pub mod pages;
pub mod pdf;
pub mod read;
mod read_message;
pub mod text;
mod text_tables;

mod location;
mod tree;

pub use location::{LineIndex, Location};
pub use normalize::Normalized;
pub use read::{path_name, read_bytes, read_path, read_str, ReadError};
pub use read_message::io_error_message;
pub use tree::Section;

use serde::Serialize;

/// The kind of file a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Markdown,
    Docx,
    Text,
    /// A PDF with a text layer (pages' running headers and footers dropped, wrapped
    /// lines joined into paragraphs).
    Pdf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Docx => "docx",
            Format::Text => "text",
            Format::Pdf => "pdf",
        }
    }
}

/// How the bytes of a text file were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Encoding {
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "utf-8-bom")]
    Utf8Bom,
    #[serde(rename = "utf-16le")]
    Utf16Le,
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// GBK is decoded as GB18030, its superset.
    #[serde(rename = "gb18030")]
    Gb18030,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
        }
    }

    /// A legacy (non-Unicode) encoding, reported as `input/encoding`.
    pub fn is_legacy(self) -> bool {
        matches!(self, Encoding::Gb18030)
    }
}

/// How a heading was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadingSource {
    /// `#` / setext heading in Markdown.
    Markdown,
    /// A heading paragraph style (Heading 1–9, 标题 1, or a style based on one).
    Style,
    /// `w:outlineLvl` on the paragraph or its style.
    OutlineLevel,
    /// Word automatic numbering rendered from numbering.xml (一、 not in the text).
    AutoNumbering,
    /// Numbering written in the text (GB/T 9704: 一、 （一） 1. （1）, 第一章 …).
    NumberedText,
}

/// The family of a heading number token, GB/T 9704 and common plan usage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberStyle {
    /// 第一章 / 第1章
    Chapter,
    /// 第一节
    Section,
    /// 第一条
    Article,
    /// 一、
    ChineseComma,
    /// （一） or (一)
    ParenChinese,
    /// 1. / 1、 / 1．
    Arabic,
    /// 1.1 / 1.2.3 (depth = number of components)
    Dotted(u8),
    /// （1） or (1)
    ParenArabic,
    /// ① ② …
    Circled,
    /// 附件1 / 附录A / 附表2
    Annex,
}

/// A parsed heading number such as `（十二）`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeadingNumber {
    /// The token as written or rendered, e.g. `一、`, `（二）`, `1.2`, `第三章`.
    pub token: String,
    pub style: NumberStyle,
    /// The numeric value of the last component (一 = 1, 1.2 = 2, 附录B = 2).
    pub value: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Heading {
    /// Level in the detected hierarchy: 1 = top level of the body.
    pub level: u8,
    pub number: Option<HeadingNumber>,
    /// The title without its number.
    pub title: String,
    pub source: HeadingSource,
}

/// A table cell: one or more paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub paragraphs: Vec<Paragraph>,
    /// Horizontal span (`w:gridSpan`, Markdown always 1).
    pub col_span: u32,
    /// A continuation of a vertically merged cell (`w:vMerge` without `restart`): its
    /// text is the merged cell's, held by the first cell of the merge.
    pub merged_above: bool,
}

impl Cell {
    pub fn text(&self) -> String {
        let mut s = String::new();
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                s.push('\n');
            }
            s.push_str(&p.text);
        }
        s
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cells with their logical column (a merged cell spans several).
    pub fn columns(&self) -> Vec<(usize, &Cell)> {
        let mut col = 0usize;
        self.cells
            .iter()
            .map(|c| {
                let at = col;
                col += usize::try_from(c.col_span.max(1)).unwrap_or(1);
                (at, c)
            })
            .collect()
    }

    /// The cell covering logical column `col`.
    pub fn cell_at(&self, col: usize) -> Option<&Cell> {
        let mut at = 0usize;
        self.cells.iter().find(|c| {
            let span = usize::try_from(c.col_span.max(1)).unwrap_or(1);
            let hit = (at..at + span).contains(&col);
            at += span;
            hit
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// 1-based index of the table in the document.
    pub index: u32,
    pub rows: Vec<Row>,
}

/// A run of text with the map back to its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paragraph {
    /// Text as written (for a .docx heading with automatic numbering, without the number).
    pub text: String,
    #[serde(skip)]
    pub origin: Origin,
}

/// Where a piece of text came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Origin {
    /// Unknown (synthesised text).
    #[default]
    None,
    /// Text formats: segments mapping offsets of the text to byte offsets of the source.
    Source(Vec<Segment>),
    /// .docx: the paragraph in reading order; offsets in the text are offsets in the
    /// paragraph's own text.
    Docx {
        paragraph: u32,
        cell: Option<CellRef>,
    },
    /// .docx lines pasted out of a PDF and joined into one paragraph
    /// (`docx::pasted`): where in the text each Word paragraph's piece starts and that
    /// paragraph, in order, the first at offset 0.
    DocxLines(std::sync::Arc<[(usize, u32)]>),
    /// PDF: the page and the line on that page (1-based, running headers and footers
    /// counted) where the paragraph starts; offsets in the text are offsets in the
    /// paragraph's own text (its lines joined).
    Pdf {
        page: u32,
        line: u32,
        cell: Option<CellRef>,
    },
}

impl Origin {
    /// The Word paragraph of the pasted line holding byte `at` of a joined paragraph.
    pub fn pasted_paragraph(lines: &[(usize, u32)], at: usize) -> Option<u32> {
        let k = lines
            .partition_point(|(start, _)| *start <= at)
            .checked_sub(1)?;
        lines.get(k).map(|(_, paragraph)| *paragraph)
    }

    /// The origin of `text[at..]` given the origin of `text`.
    pub fn shifted(&self, at: usize) -> Origin {
        match self {
            Origin::Source(segments) => Origin::Source({
                // Sized exactly: a collected filter starts at four segments, and a
                // heading keeps its origin (one segment, as a rule) for the whole check.
                let kept = |s: &&Segment| s.text_start + s.len > at;
                let mut out = Vec::with_capacity(segments.iter().filter(kept).count());
                out.extend(segments.iter().filter(kept).map(|s| {
                    let cut = at.saturating_sub(s.text_start);
                    let exact = s.len == s.source_end - s.source_start;
                    Segment {
                        text_start: s.text_start.saturating_sub(at),
                        len: s.len - cut,
                        source_start: if exact {
                            s.source_start + cut
                        } else {
                            s.source_start
                        },
                        source_end: s.source_end,
                    }
                }));
                out
            }),
            // The pasted lines from the one holding `at` on.
            Origin::DocxLines(lines) => {
                let k = lines
                    .partition_point(|(start, _)| *start <= at)
                    .saturating_sub(1);
                let rest: Vec<(usize, u32)> = lines
                    .iter()
                    .skip(k)
                    .map(|(start, paragraph)| (start.saturating_sub(at), *paragraph))
                    .collect();
                Origin::DocxLines(rest.into())
            }
            // .docx and PDF offsets are offsets in the paragraph's text: a part keeps the
            // paragraph.
            other => other.clone(),
        }
    }
}

/// `text[text_start..text_start+len]` came from `source[source_start..source_end]`.
/// When the two lengths are equal the mapping is byte for byte; otherwise (an escape,
/// an entity) every offset inside maps to the start of the source range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub text_start: usize,
    pub len: usize,
    pub source_start: usize,
    pub source_end: usize,
}

impl Segment {
    /// The piece `from..to` of this segment's text (offsets within it), placed at
    /// `text_start` of a rebuilt text: for an exact segment, byte for byte.
    pub fn part(&self, text_start: usize, from: usize, to: usize) -> Segment {
        Segment {
            text_start,
            len: to - from,
            source_start: self.source_start + from,
            source_end: self.source_start + to,
        }
    }
}

/// A cell of a .docx table: 1-based table, row and cell indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CellRef {
    pub table: u32,
    pub row: u32,
    pub cell: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockKind {
    /// Boxed, as `Table` is: a document is mostly paragraphs, and a block is as large as
    /// its largest kind (120 bytes a block with both inline, 72 with both boxed).
    Heading(Box<Heading>),
    Paragraph,
    /// A list item; `depth` 1 is the outermost list.
    ListItem {
        depth: u8,
    },
    Table(Box<Table>),
    /// A Markdown HTML comment (suppression directives live here).
    Comment,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    #[serde(flatten)]
    pub kind: BlockKind,
    /// The block's text. For a heading: the full text as written or rendered, number
    /// included (`一、总则`). For a table: empty (the text lives in the cells).
    pub text: String,
    #[serde(skip)]
    pub origin: Origin,
}

impl Block {
    pub fn heading(&self) -> Option<&Heading> {
        match &self.kind {
            BlockKind::Heading(h) => Some(h),
            _ => None,
        }
    }

    pub fn table(&self) -> Option<&Table> {
        match &self.kind {
            BlockKind::Table(t) => Some(t),
            _ => None,
        }
    }

    /// All text of the block: its own text, or the text of every cell for a table.
    pub fn all_text(&self) -> String {
        match &self.kind {
            BlockKind::Table(t) => {
                let mut s = String::new();
                for row in &t.rows {
                    for cell in &row.cells {
                        if !cell.merged_above {
                            s.push_str(&cell.text());
                            s.push('\t');
                        }
                    }
                    s.push('\n');
                }
                s
            }
            _ => self.text.clone(),
        }
    }
}

/// The document title: reported separately, never a chapter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Title {
    pub text: String,
    #[serde(skip)]
    pub origin: Origin,
}

/// A heading-looking line that the reader could not take as a heading (e.g. `#一、总则`
/// with no space after `#`). Reported so that a chapter is never lost silently.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadNote {
    pub message: String,
    /// The message in Chinese (the JSON carries `message`, in English).
    #[serde(skip)]
    pub message_zh: String,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub path: String,
    pub format: Format,
    /// Text formats: how the bytes were decoded. `None` for .docx.
    pub encoding: Option<Encoding>,
    pub title: Option<Title>,
    pub blocks: Vec<Block>,
    /// Text formats: the decoded source (BOM removed), which every `Origin::Source`
    /// offset indexes. Empty for .docx.
    pub source: String,
    pub line_index: LineIndex,
    pub notes: Vec<ReadNote>,
    /// PDF: the number of pages.
    pub pages: Option<u32>,
    /// A file converted before it was read (a .doc through LibreOffice): what it was.
    pub converted_from: Option<String>,
    /// Built on first use by [`Document::heading_path`]: for every block, the heading
    /// that encloses it. The readers set `blocks` once, before any check asks.
    heading_index: std::sync::OnceLock<tree::HeadingIndex>,
    /// Built on first use by [`Document::sections`], with the fingerprint of the headings
    /// it was built from.
    sections: std::sync::OnceLock<(u64, Vec<Section>)>,
}

impl Document {
    pub fn new(path: impl Into<String>, format: Format, source: String) -> Self {
        crate::extract::memo::new_document();
        let line_index = LineIndex::new(&source);
        Document {
            path: path.into(),
            format,
            encoding: None,
            title: None,
            blocks: Vec::new(),
            source,
            line_index,
            notes: Vec::new(),
            pages: None,
            converted_from: None,
            heading_index: std::sync::OnceLock::new(),
            sections: std::sync::OnceLock::new(),
        }
    }

    /// Headings in document order with their block index.
    pub fn headings(&self) -> impl Iterator<Item = (usize, &Heading)> {
        self.blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| b.heading().map(|h| (i, h)))
    }
}
