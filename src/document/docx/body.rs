//! document.xml: walking the body in reading order.
//!
//! One pass over the events with an explicit stack (no recursion, so nesting depth
//! costs memory, not call stack). Policies:
//! - every `w:p` read gets the next paragraph index (1-based), empty ones and those in
//!   table cells and text boxes included; paragraphs in skipped content (deleted or
//!   moved-away text, the unchosen `mc:AlternateContent` branch) are not counted;
//! - text is the `w:t` (and Office Math `m:t`) of the runs; `w:tab` → `\t`, `w:br` /
//!   `w:cr` → `\n`, `w:noBreakHyphen` → U+2011; `w:sym` (symbol-font glyphs) and
//!   `w:softHyphen` are dropped; hidden (`w:vanish`) text is kept;
//! - tracked changes are shown accepted: `w:ins`/`w:moveTo` content kept, `w:del`/
//!   `w:moveFrom` content dropped, the old properties in `w:*PrChange` ignored; a
//!   paragraph whose mark is deleted and which has no text left is not emitted (its
//!   index is still used); one with text left is kept as a paragraph of its own (not
//!   merged into the next, as Word would show it);
//! - complex fields (`w:fldChar` begin/separate/end) show their result, never their
//!   instruction (nested fields inside an instruction are part of it); a field still
//!   in its instruction when its paragraph ends is dropped, so a broken field cannot
//!   hide the rest of the document; `w:fldSimple`, hyperlinks, smart tags, custom XML
//!   and content controls (`w:sdt`, inline and block) are looked through;
//! - text boxes (`w:txbxContent` in `w:drawing`/`w:pict`): their paragraphs come right
//!   after the anchoring paragraph, where it lives (body or table cell);
//! - tables: [`CellRef`] counts tables in document order (nested ones included), rows
//!   (`w:tr`) and cells (`w:tc`, not grid columns) from 1. Cell paragraphs are plain
//!   [`Paragraph`]s, so a cell paragraph's automatic number and style level are not
//!   kept;
//! - a table nested in a table cell (or a table in a text box anchored in a cell) is
//!   flattened: its paragraphs are appended to the containing cell's paragraphs, each
//!   keeping its own [`CellRef`] (the nested table has its own table index);
//! - headers, footers, footnotes, endnotes and comments live in other parts and are
//!   not read; comment anchors in the body are empty markers.

use quick_xml::events::BytesStart;

use crate::document::classify::RawBlock;
use crate::document::read::{Limits, ReadError};
use crate::document::{Cell, CellRef, Paragraph, Row, Table};

use super::numbering::Numbering;
use super::para::{Deferred, ParaBuild};
use super::styles::Styles;
use super::xml::{int, local, tag, Ev, Tag, XmlReader};

struct TableBuild {
    index: u32,
    rows: Vec<Row>,
    row: Option<Vec<Cell>>,
    cell: Option<Cell>,
    row_no: u32,
    cell_no: u32,
}

impl TableBuild {
    fn start_row(&mut self) {
        self.close_row();
        self.row_no = self.row_no.saturating_add(1);
        self.cell_no = 0;
        self.row = Some(Vec::new());
    }

    fn start_cell(&mut self) {
        self.close_cell();
        if self.row.is_none() {
            self.start_row();
        }
        self.cell_no = self.cell_no.saturating_add(1);
        self.cell = Some(Cell {
            paragraphs: Vec::new(),
            col_span: 1,
            merged_above: false,
        });
    }

    /// The open cell, opening one when content arrives outside any `w:tc`.
    fn cell(&mut self) -> &mut Cell {
        if self.cell.is_none() {
            self.start_cell();
        }
        self.cell.get_or_insert_with(|| Cell {
            paragraphs: Vec::new(),
            col_span: 1,
            merged_above: false,
        })
    }

    fn close_cell(&mut self) {
        if let Some(c) = self.cell.take() {
            self.row.get_or_insert_with(Vec::new).push(c);
        }
    }

    fn close_row(&mut self) {
        self.close_cell();
        if let Some(cells) = self.row.take() {
            self.rows.push(Row { cells });
        }
    }
}

enum Frame {
    Para(ParaBuild),
    Table(TableBuild),
}

struct Walker<'s> {
    styles: &'s Styles,
    numbering: &'s mut Numbering,
    max_paragraphs: usize,
    out: Vec<RawBlock>,
    frames: Vec<Frame>,
    /// Open elements (skipped subtrees are never pushed).
    stack: Vec<Tag>,
    paragraphs: u32,
    tables: u32,
    /// Open complex fields: true once their `separate` was seen.
    fields: Vec<bool>,
    /// Open fields still in their instruction part; text shows only when 0.
    in_instruction: usize,
}

/// Read the main document part into blocks.
pub(crate) fn read_body(
    xml: &[u8],
    part: &str,
    styles: &Styles,
    numbering: &mut Numbering,
    limits: &Limits,
) -> Result<Vec<RawBlock>, ReadError> {
    let mut xr = XmlReader::from_utf8(xml, part, limits.max_xml_depth);
    let mut w = Walker {
        styles,
        numbering,
        max_paragraphs: limits.max_paragraphs,
        out: Vec::new(),
        frames: Vec::new(),
        stack: Vec::new(),
        paragraphs: 0,
        tables: 0,
        fields: Vec::new(),
        in_instruction: 0,
    };
    let mut root_seen = false;
    loop {
        match xr.next()? {
            Ev::Start(ns, e) | Ev::Empty(ns, e) if !root_seen => {
                root_seen = true;
                let t = tag(ns, local(&e).as_ref());
                if t != Tag::Document {
                    let name = e.name().0;
                    let why = if local(&e).as_ref() == "document" {
                        format!(
                            "its root element <{name}> is not in the WordprocessingML namespace"
                        )
                    } else {
                        format!("its root element is <{name}>")
                    };
                    return Err(ReadError::NotADocument(format!(
                        "the main part {part} is not a Word document ({why})"
                    )));
                }
                w.stack.push(t);
            }
            Ev::Start(ns, e) => {
                let t = tag(ns, local(&e).as_ref());
                w.start(t, &e, &mut xr)?;
            }
            Ev::Empty(ns, e) => {
                let t = tag(ns, local(&e).as_ref());
                w.empty(t, &e, &xr)?;
            }
            Ev::End => {
                if let Some(t) = w.stack.pop() {
                    w.end(t);
                }
            }
            Ev::Text(s) => {
                if matches!(w.stack.last(), Some(Tag::T | Tag::MathT)) && w.in_instruction == 0 {
                    if let Some(Frame::Para(p)) = w.frames.last_mut() {
                        p.push_text(&s, w.styles);
                    }
                }
            }
            Ev::Eof => break,
        }
    }
    if !root_seen {
        return Err(xr.error("the part has no root element"));
    }
    Ok(w.out)
}

impl Walker<'_> {
    fn parent(&self, up: usize) -> Tag {
        self.stack
            .len()
            .checked_sub(up + 1)
            .and_then(|i| self.stack.get(i))
            .copied()
            .unwrap_or(Tag::Other)
    }

    fn para(&mut self) -> Option<&mut ParaBuild> {
        match self.frames.last_mut() {
            Some(Frame::Para(p)) => Some(p),
            _ => None,
        }
    }

    fn table(&mut self) -> Option<&mut TableBuild> {
        match self.frames.last_mut() {
            Some(Frame::Table(t)) => Some(t),
            _ => None,
        }
    }

    fn start(
        &mut self,
        t: Tag,
        e: &BytesStart<'_>,
        xr: &mut XmlReader<'_>,
    ) -> Result<(), ReadError> {
        match t {
            Tag::Skip => return xr.skip(),
            Tag::Del | Tag::MoveFrom => {
                self.mark_deletion();
                return xr.skip();
            }
            _ => {}
        }
        self.open(t, e, xr)?;
        self.stack.push(t);
        Ok(())
    }

    fn empty(&mut self, t: Tag, e: &BytesStart<'_>, xr: &XmlReader<'_>) -> Result<(), ReadError> {
        match t {
            Tag::Skip => {}
            Tag::Del | Tag::MoveFrom => self.mark_deletion(),
            _ => {
                self.open(t, e, xr)?;
                self.end(t);
            }
        }
        Ok(())
    }

    /// `w:del`/`w:moveFrom` in the paragraph mark's run properties.
    fn mark_deletion(&mut self) {
        if self.parent(0) == Tag::RPr && self.parent(1) == Tag::PPr {
            if let Some(p) = self.para() {
                p.mark_deleted = true;
            }
        }
    }

    /// An element opens (or an empty element is met); the stack does not hold it yet.
    fn open(&mut self, t: Tag, e: &BytesStart<'_>, xr: &XmlReader<'_>) -> Result<(), ReadError> {
        let parent = self.parent(0);
        let val = |xr: &XmlReader<'_>| xr.attr(e, "val").map(|v| v.into_owned());
        match t {
            Tag::P => {
                if self.paragraphs as usize >= self.max_paragraphs || self.paragraphs == u32::MAX {
                    return Err(ReadError::Limit(format!(
                        "{} has more than {} paragraphs",
                        xr.part(),
                        self.max_paragraphs
                    )));
                }
                self.paragraphs += 1;
                let cell = match self.frames.last_mut() {
                    Some(Frame::Table(tb)) => {
                        tb.cell();
                        Some(CellRef {
                            table: tb.index,
                            row: tb.row_no,
                            cell: tb.cell_no,
                        })
                    }
                    Some(Frame::Para(anchor)) => anchor.cell,
                    None => None,
                };
                self.frames
                    .push(Frame::Para(ParaBuild::new(self.paragraphs, cell)));
            }
            Tag::Tbl => {
                self.tables = self.tables.saturating_add(1);
                self.frames.push(Frame::Table(TableBuild {
                    index: self.tables,
                    rows: Vec::new(),
                    row: None,
                    cell: None,
                    row_no: 0,
                    cell_no: 0,
                }));
            }
            Tag::Tr => {
                if let Some(tb) = self.table() {
                    tb.start_row();
                }
            }
            Tag::Tc => {
                if let Some(tb) = self.table() {
                    tb.start_cell();
                }
            }
            Tag::GridSpan | Tag::VMerge if parent == Tag::TcPr => {
                let v = val(xr);
                if let Some(tb) = self.table() {
                    let cell = tb.cell();
                    if t == Tag::GridSpan {
                        cell.col_span = int(v.as_deref())
                            .and_then(|n| u32::try_from(n).ok())
                            .filter(|&n| n >= 1)
                            .unwrap_or(1);
                    } else {
                        cell.merged_above = v.as_deref() != Some("restart");
                    }
                }
            }
            Tag::R => {
                if let Some(p) = self.para() {
                    p.start_run();
                }
            }
            Tag::PStyle if parent == Tag::PPr => {
                let v = val(xr);
                if let Some(p) = self.para() {
                    p.style = v;
                }
            }
            Tag::OutlineLvl | Tag::Jc | Tag::NumPr | Tag::NumId | Tag::Ilvl
                if parent == Tag::PPr || (parent == Tag::NumPr && self.parent(1) == Tag::PPr) =>
            {
                if let Some(Frame::Para(p)) = self.frames.last_mut() {
                    p.ppr.read(t, parent, e, xr);
                }
            }
            Tag::RStyle | Tag::B | Tag::RFonts
                if parent == Tag::RPr && self.parent(1) == Tag::R =>
            {
                if let Some(Frame::Para(p)) = self.frames.last_mut() {
                    if t == Tag::RStyle {
                        p.run_style = xr.attr(e, "val").map(|v| v.into_owned());
                    } else {
                        p.run.read(t, e, xr);
                    }
                    p.run_changed();
                }
            }
            Tag::Tab | Tag::Br | Tag::NoBreakHyphen if parent == Tag::R => {
                let c = match t {
                    Tag::Tab => '\t',
                    Tag::Br => '\n',
                    _ => '\u{2011}',
                };
                if self.in_instruction == 0 {
                    if let Some(p) = self.para() {
                        p.push_char(c);
                    }
                }
            }
            Tag::FldChar => match xr.attr(e, "fldCharType").as_deref() {
                Some("begin") => {
                    self.fields.push(false);
                    self.in_instruction += 1;
                }
                Some("separate") => {
                    if let Some(sep) = self.fields.last_mut() {
                        if !*sep {
                            *sep = true;
                            self.in_instruction = self.in_instruction.saturating_sub(1);
                        }
                    }
                }
                Some("end") => {
                    if let Some(sep) = self.fields.pop() {
                        if !sep {
                            self.in_instruction = self.in_instruction.saturating_sub(1);
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
        Ok(())
    }

    /// An element closes (already popped from the stack).
    fn end(&mut self, t: Tag) {
        match t {
            Tag::P => self.finish_para(),
            Tag::Tbl => self.finish_table(),
            Tag::Tr => {
                if let Some(tb) = self.table() {
                    tb.close_row();
                }
            }
            Tag::Tc => {
                if let Some(tb) = self.table() {
                    tb.close_cell();
                }
            }
            _ => {}
        }
    }

    fn finish_para(&mut self) {
        // A field still in its instruction at the end of a paragraph is malformed (or
        // has no result): forget it, so that it cannot hide the rest of the document.
        while self.fields.last() == Some(&false) {
            self.fields.pop();
            self.in_instruction = self.in_instruction.saturating_sub(1);
        }
        if !matches!(self.frames.last(), Some(Frame::Para(_))) {
            return;
        }
        let Some(Frame::Para(mut p)) = self.frames.pop() else {
            return;
        };
        let deferred = std::mem::take(&mut p.deferred);
        if !p.vanishes() {
            let raw = p.finish(self.styles, self.numbering);
            self.deliver(Deferred::Para(raw));
        }
        for d in deferred {
            self.deliver(d);
        }
    }

    fn finish_table(&mut self) {
        if !matches!(self.frames.last(), Some(Frame::Table(_))) {
            return;
        }
        let Some(Frame::Table(mut tb)) = self.frames.pop() else {
            return;
        };
        tb.close_row();
        self.deliver(Deferred::Table(Table {
            index: tb.index,
            rows: tb.rows,
        }));
    }

    /// Hand a finished paragraph or table to whatever contains it.
    fn deliver(&mut self, item: Deferred) {
        match self.frames.last_mut() {
            None => self.out.push(match item {
                Deferred::Para(p) => RawBlock::Paragraph(p),
                Deferred::Table(t) => RawBlock::Table(t),
            }),
            Some(Frame::Para(anchor)) => anchor.deferred.push(item),
            Some(Frame::Table(tb)) => {
                let cell = tb.cell();
                match item {
                    Deferred::Para(p) => cell.paragraphs.push(Paragraph {
                        text: p.text,
                        origin: p.origin,
                    }),
                    Deferred::Table(nested) => {
                        for row in nested.rows {
                            for c in row.cells {
                                cell.paragraphs.extend(c.paragraphs);
                            }
                        }
                    }
                }
            }
        }
    }
}
