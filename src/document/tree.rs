//! The heading tree: sections with their content, so a check can ask for "the text of
//! chapter X".

use std::ops::Range;

use super::{Block, Document, Heading, Location, Origin};

/// A heading and everything up to the next heading of the same or a higher level.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Index of the heading block in [`Document::blocks`].
    pub heading: usize,
    pub level: u8,
    /// Blocks after the heading up to the end of the section (sub-sections included).
    pub content: Range<usize>,
    /// Blocks after the heading up to its first sub-heading (the section's own body).
    pub body: Range<usize>,
    pub children: Vec<Section>,
}

impl Document {
    /// The heading tree. Headings before the first top-level heading that are deeper
    /// become roots of their own.
    ///
    /// Built once per document and kept (outline matching, the structure and principle
    /// checks and scoped sentences each asked for it: four trees of ≈ 100 bytes a heading
    /// built and dropped). Rebuilt when the headings changed since (tests that edit
    /// `blocks`): the tree is kept with a fingerprint of the blocks' count and every
    /// heading's index and level.
    pub fn sections(&self) -> std::borrow::Cow<'_, [Section]> {
        let print = heading_fingerprint(&self.blocks);
        match self.sections.get() {
            Some((p, tree)) if *p == print => std::borrow::Cow::Borrowed(tree.as_slice()),
            Some(_) => std::borrow::Cow::Owned(build_sections(&self.blocks)),
            None => std::borrow::Cow::Borrowed(
                self.sections
                    .get_or_init(|| (print, build_sections(&self.blocks)))
                    .1
                    .as_slice(),
            ),
        }
    }

    /// The heading of a section.
    pub fn section_heading(&self, s: &Section) -> Option<&Heading> {
        self.blocks.get(s.heading).and_then(Block::heading)
    }

    /// All text of a section (its content, sub-sections included), one block a line.
    pub fn section_text(&self, s: &Section) -> String {
        let mut out = String::new();
        for b in self.blocks.get(s.content.clone()).unwrap_or(&[]) {
            out.push_str(&b.all_text());
            out.push('\n');
        }
        out
    }

    /// The heading texts enclosing block `index` (the block itself included when it
    /// is a heading). O(depth) per call: the enclosing headings are indexed once.
    pub fn heading_path(&self, index: usize) -> Vec<String> {
        self.with_heading_index(|map| {
            let index = index.min(self.blocks.len().saturating_sub(1));
            let mut path = Vec::new();
            let mut at = map.enclosing.get(index).copied().flatten();
            while let Some(h) = at.and_then(|h| usize::try_from(h).ok()) {
                if let Some(b) = self.blocks.get(h) {
                    path.push(b.text.clone());
                }
                at = map.parent.get(h).copied().flatten();
            }
            path.reverse();
            path
        })
    }

    /// The headings enclosing block `index`, innermost first (the block itself included
    /// when it is a heading), without copying their texts.
    pub fn enclosing_headings(&self, index: usize) -> Vec<&Heading> {
        self.with_heading_index(|map| {
            let mut out = Vec::new();
            let mut at = map.enclosing.get(index).copied().flatten();
            while let Some(h) = at.and_then(|h| usize::try_from(h).ok()) {
                if let Some(heading) = self.blocks.get(h).and_then(Block::heading) {
                    out.push(heading);
                }
                at = map.parent.get(h).copied().flatten();
            }
            out
        })
    }

    /// The innermost heading above body block `index` (not the block itself): the
    /// title the block's paragraph speaks under. O(1) once indexed.
    pub fn enclosing_heading(&self, index: usize) -> Option<&Heading> {
        let at = self.with_heading_index(|map| map.enclosing.get(index).copied().flatten())?;
        let at = usize::try_from(at).ok().filter(|&h| h != index)?;
        self.blocks.get(at).and_then(Block::heading)
    }

    fn with_heading_index<R>(&self, f: impl FnOnce(&HeadingIndex) -> R) -> R {
        match self.heading_index.get() {
            Some(m) if m.enclosing.len() == self.blocks.len() => f(m),
            // `blocks` changed since the index was built (tests that edit a document).
            Some(_) => f(&HeadingIndex::new(&self.blocks)),
            None => f(self
                .heading_index
                .get_or_init(|| HeadingIndex::new(&self.blocks))),
        }
    }

    /// The location of a byte range of a block's text (`range` indexes `text`, the
    /// text of the block or of the paragraph that `origin` belongs to).
    pub fn locate(&self, origin: &Origin, range: Range<usize>) -> Location {
        let mut loc = Location::default();
        match origin {
            Origin::None => {}
            Origin::Docx { paragraph, cell } => {
                loc.paragraph = Some(*paragraph);
                loc.set_cell(*cell);
            }
            Origin::DocxLines(lines) => {
                loc.paragraph = Origin::pasted_paragraph(lines, range.start);
            }
            Origin::Pdf { page, line, cell } => {
                loc.page = Some(*page);
                loc.line = Some(*line);
                loc.set_cell(*cell);
            }
            Origin::Source(segments) => {
                let start = source_offset(segments, range.start, false);
                let end = source_offset(segments, range.end, true).max(start);
                let (line, column) = self.line_index.line_col(&self.source, start);
                let (end_line, end_column) = self.line_index.line_col(&self.source, end);
                loc.byte_start = Some(start);
                loc.byte_end = Some(end);
                loc.line = Some(line);
                loc.column = Some(column);
                loc.end_line = Some(end_line);
                loc.end_column = Some(end_column);
            }
        }
        loc
    }

    /// The location of a whole block, with its heading path.
    pub fn block_location(&self, index: usize) -> Location {
        let Some(block) = self.blocks.get(index) else {
            return Location::default();
        };
        let origin = match (&block.origin, block.table()) {
            (Origin::None, Some(t)) => first_cell_origin(t),
            (o, _) => o.clone(),
        };
        let mut loc = self.locate(&origin, 0..block.text.len());
        loc.section = self.heading_path(index);
        loc
    }
}

/// For every block, the heading that encloses it (itself for a heading), and for every
/// heading the heading it sits under: heading paths in O(depth). Block indexes are kept
/// as `u32` (8 bytes an entry instead of 16: two entries a block; a document has at most
/// `--max-paragraphs` blocks, far below `u32::MAX`).
#[derive(Debug, Clone, Default)]
pub(super) struct HeadingIndex {
    enclosing: Vec<Option<u32>>,
    parent: Vec<Option<u32>>,
}

impl HeadingIndex {
    fn new(blocks: &[Block]) -> Self {
        let mut stack: Vec<(u8, u32)> = Vec::new();
        let mut enclosing = Vec::with_capacity(blocks.len());
        let mut parent = vec![None; blocks.len()];
        for (i, b) in blocks.iter().enumerate() {
            if let (Some(h), Ok(at)) = (b.heading(), u32::try_from(i)) {
                while stack.last().is_some_and(|(l, _)| *l >= h.level) {
                    stack.pop();
                }
                if let Some(p) = parent.get_mut(i) {
                    *p = stack.last().map(|(_, j)| *j);
                }
                stack.push((h.level, at));
            }
            enclosing.push(stack.last().map(|(_, j)| *j));
        }
        HeadingIndex { enclosing, parent }
    }
}

fn first_cell_origin(t: &super::Table) -> Origin {
    t.rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .flat_map(|c| c.paragraphs.iter())
        .map(|p| p.origin.clone())
        .find(|o| *o != Origin::None)
        .unwrap_or_default()
}

/// Map an offset of a block's text to a source byte offset through its segments.
fn source_offset(segments: &[super::Segment], offset: usize, is_end: bool) -> usize {
    let found = segments.iter().find(|s| {
        if is_end {
            offset > s.text_start && offset <= s.text_start + s.len
        } else {
            offset >= s.text_start && offset < s.text_start + s.len
        }
    });
    match found {
        Some(s) if s.len == s.source_end - s.source_start => {
            s.source_start + (offset - s.text_start)
        }
        Some(s) if is_end => s.source_end,
        Some(s) => s.source_start,
        None => match segments.last() {
            Some(last) if offset >= last.text_start + last.len => last.source_end,
            _ => segments.first().map(|s| s.source_start).unwrap_or(0),
        },
    }
}

/// What [`Document::sections`] depends on: the number of blocks and each heading's index
/// and level, folded into one number (FNV-1a).
pub(super) fn heading_fingerprint(blocks: &[Block]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |v: u64| {
        h ^= v;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    mix(blocks.len() as u64);
    for (i, b) in blocks.iter().enumerate() {
        if let Some(head) = b.heading() {
            mix(i as u64);
            mix(u64::from(head.level));
        }
    }
    h
}

fn build_sections(blocks: &[Block]) -> Vec<Section> {
    let headings: Vec<(usize, u8)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.heading().map(|h| (i, h.level)))
        .collect();
    let mut pos = 0;
    build_level(&headings, &mut pos, 0, blocks.len())
}

fn build_level(
    headings: &[(usize, u8)],
    pos: &mut usize,
    parent_level: u8,
    end: usize,
) -> Vec<Section> {
    let mut out = Vec::new();
    while let Some(&(index, level)) = headings.get(*pos) {
        if level <= parent_level {
            break;
        }
        *pos += 1;
        let children = build_level(headings, pos, level, end);
        // The children loop stopped at a heading of this level or higher, or at the end.
        let next = headings.get(*pos).map(|(i, _)| *i).unwrap_or(end);
        let body_end = children.first().map(|c| c.heading).unwrap_or(next);
        out.push(Section {
            heading: index,
            level,
            content: index + 1..next,
            body: index + 1..body_end,
            children,
        });
    }
    out
}
