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
pub fn related_heading(cx: &Context, block: usize, message: String) -> Related {
    let (location, span) = heading_place(cx, block);
    Related {
        message,
        location,
        span,
    }
}

/// “保障措施”（《编制指南》第9章） / "保障措施" (standard clause 9)
pub fn item_label(cx: &Context, item: &OutlineItem) -> String {
    match (&item.clause, cx.lang) {
        (Some(c), crate::checks::Lang::Zh) => {
            format!("“{}”（《编制指南》{}）", item.title, clause_zh(c))
        }
        (None, crate::checks::Lang::Zh) => format!("“{}”", item.title),
        (Some(c), crate::checks::Lang::En) => format!("\"{}\" (standard clause {c})", item.title),
        (None, crate::checks::Lang::En) => format!("\"{}\"", item.title),
    }
}

/// "9" → 第9章, "6.2" → 6.2条, "附录A" stays.
fn clause_zh(c: &str) -> String {
    if c.chars().all(|ch| ch.is_ascii_digit()) {
        format!("第{c}章")
    } else if c.chars().next().is_some_and(|ch| ch.is_ascii_digit()) {
        format!("{c}条")
    } else {
        c.to_string()
    }
}

/// A few accepted titles for the help text.
pub fn accepted_titles(item: &OutlineItem) -> String {
    item.aliases
        .iter()
        .take(4)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("、")
}
