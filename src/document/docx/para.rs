//! One paragraph being read, and what it becomes: a [`RawParagraph`] with its level,
//! automatic number, emphasis and alignment resolved against styles and numbering.

use crate::document::classify::RawParagraph;
use crate::document::{CellRef, HeadingSource, Origin, Table};

use super::numbering::Numbering;
use super::styles::{NumPr, ParaProps, RunProps, Styles};

/// Something delivered after a paragraph: the paragraphs and tables of the text boxes
/// anchored in it.
#[derive(Debug)]
pub(crate) enum Deferred {
    Para(RawParagraph),
    Table(Table),
}

#[derive(Debug)]
pub(crate) struct ParaBuild {
    pub index: u32,
    pub cell: Option<CellRef>,
    pub text: String,
    /// `w:pStyle` (a style id).
    pub style: Option<String>,
    pub ppr: ParaProps,
    /// The paragraph mark is a tracked deletion (`w:pPr/w:rPr/w:del`).
    pub mark_deleted: bool,
    /// Direct properties and character style of the run being read.
    pub run: RunProps,
    pub run_style: Option<String>,
    /// Cached: is the current run emphasised.
    run_emph: Option<bool>,
    /// End (bytes) of the emphasised leading text so far.
    emph_end: usize,
    /// A non-emphasised, non-blank piece of text has been seen.
    emph_done: bool,
    /// Text-box content anchored in this paragraph, delivered right after it.
    pub deferred: Vec<Deferred>,
}

impl ParaBuild {
    pub(crate) fn new(index: u32, cell: Option<CellRef>) -> Self {
        ParaBuild {
            index,
            cell,
            text: String::new(),
            style: None,
            ppr: ParaProps::default(),
            mark_deleted: false,
            run: RunProps::default(),
            run_style: None,
            run_emph: None,
            emph_end: 0,
            emph_done: false,
            deferred: Vec::new(),
        }
    }

    /// A new `w:r` begins.
    pub(crate) fn start_run(&mut self) {
        self.run = RunProps::default();
        self.run_style = None;
        self.run_emph = None;
    }

    /// The run's properties changed (a `w:rPr` child was read).
    pub(crate) fn run_changed(&mut self) {
        self.run_emph = None;
    }

    fn run_emphasised(&mut self, styles: &Styles) -> bool {
        if let Some(e) = self.run_emph {
            return e;
        }
        let mut rp = self.run.clone();
        if let Some(cs) = self.run_style.as_deref().and_then(|s| styles.char_style(s)) {
            rp.inherit(cs);
        }
        rp.inherit(&styles.para(self.style.as_deref()).rpr);
        let e = rp.emphasised();
        self.run_emph = Some(e);
        e
    }

    /// Append text of the current run.
    pub(crate) fn push_text(&mut self, s: &str, styles: &Styles) {
        if s.is_empty() {
            return;
        }
        self.text.push_str(s);
        if self.emph_done || s.trim().is_empty() {
            return;
        }
        if self.run_emphasised(styles) {
            self.emph_end = self.text.len();
        } else {
            self.emph_done = true;
        }
    }

    /// Append a character standing for a tab or a break: neutral for emphasis.
    pub(crate) fn push_char(&mut self, c: char) {
        self.text.push(c);
    }

    /// A deleted paragraph mark with no text left: Word shows nothing for it.
    pub(crate) fn vanishes(&self) -> bool {
        self.mark_deleted && self.text.trim().is_empty()
    }

    /// Resolve the paragraph against styles and numbering (counting its number).
    pub(crate) fn finish(self, styles: &Styles, numbering: &mut Numbering) -> RawParagraph {
        let ps = styles.para(self.style.as_deref());
        let explicit_level = match self.ppr.outline {
            Some(k) => (k < 9).then_some((k + 1, HeadingSource::OutlineLevel)),
            None => ps.level,
        };
        let centered = self.ppr.centered.unwrap_or(ps.centered);

        // Numbering: the paragraph's numPr, else the style chain's.
        let (num_id, ilvl) = match (self.ppr.num, &ps.num) {
            (
                Some(NumPr {
                    num_id: Some(id),
                    ilvl,
                }),
                _,
            ) => (Some(id), ilvl.unwrap_or(0)),
            (direct, Some(sn)) => {
                let ilvl = direct
                    .and_then(|d| d.ilvl)
                    .or(sn.ilvl)
                    .or_else(|| {
                        self.style
                            .as_deref()
                            .and_then(|s| numbering.level_for_style(sn.num_id, s))
                    })
                    .or_else(|| numbering.level_for_style(sn.num_id, &sn.style_id))
                    .unwrap_or(0);
                (Some(sn.num_id), ilvl)
            }
            (_, None) => (None, 0),
        };
        let label = num_id.and_then(|id| numbering.next(id, ilvl));
        let list_depth = match (&label, explicit_level) {
            (Some(_), None) => Some(ilvl.min(8) + 1),
            _ => None,
        };
        RawParagraph {
            text: self.text,
            origin: Origin::Docx {
                paragraph: self.index,
                cell: self.cell,
            },
            auto_number: label.and_then(|l| l.text),
            explicit_level,
            is_title_style: ps.title,
            emphasis_prefix: self.emph_end,
            centered,
            list_depth,
            in_table: false,
        }
    }
}
