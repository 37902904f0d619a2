//! Structure rules: the plan's chapters and sections against the rules' outline
//! (the standard's Appendix A 编制大纲 and chapters 6–9).

pub mod chapter_order;
pub mod duplicate_section;
pub mod empty_section;
pub mod missing_chapter;
pub mod missing_section;
pub mod numbering;

use crate::checks::Context;
use crate::diagnostic::{Related, Span};
use crate::document::Location;
use crate::finding::OutlineRef;
use crate::pack::OutlineItem;

/// The location of a heading block and the span to underline (the whole heading).
pub fn heading_place(cx: &Context, block: usize) -> (Location, Option<Span>) {
    let loc = cx.doc.block_location(block);
    let span = cx.doc.blocks.get(block).map(|b| Span {
        origin: b.origin.clone(),
        range: 0..b.text.len(),
        text: b.text.clone(),
    });
    (loc, span)
}

/// A related location pointing at a heading.
pub fn related_heading(cx: &Context, block: usize) -> Related {
    let (location, span) = heading_place(cx, block);
    Related::at(location, span)
}

/// An outline item as a finding names it.
pub fn outline_ref(item: &OutlineItem) -> OutlineRef {
    OutlineRef {
        id: item.id.clone(),
        title: item.title.clone(),
        clause: item.clause.clone(),
    }
}

/// A few accepted titles for the help text.
pub fn accepted_titles(item: &OutlineItem) -> Vec<String> {
    item.aliases.iter().take(4).cloned().collect()
}
