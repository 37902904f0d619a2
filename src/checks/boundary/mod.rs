//! Accounting-boundary rules (准确性: 边界统一、口径一致、方法规范; the standard covers CO2
//! only). The boundary facts are extracted once and shared by every rule here.

pub mod accounting_standard;
pub mod area;
pub mod base_year;
pub mod non_co2;
pub mod scope_mismatch;
pub mod undeclared;
pub mod unit;

use crate::checks::Context;
use crate::diagnostic::{Diagnostic, Related};
use crate::extract::sentences::Sentence;

/// Run every boundary rule.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.boundary();
    undeclared::check(cx, facts, out);
    non_co2::check(cx, facts, out);
    scope_mismatch::check(cx, facts, out);
    base_year::check(cx, facts, out);
    area::check(cx, facts, out);
    unit::check(cx, facts, out);
    accounting_standard::check(cx, facts, out);
}

/// A related place: a whole sentence.
pub fn related_sentence(cx: &Context, s: &Sentence, message: String) -> Related {
    let (location, span) = s.place(cx.doc, 0..s.range.len());
    Related {
        message,
        location,
        span,
    }
}

/// Place a finding at the first sentence of the boundary declaration, when there is one.
pub fn at_declaration(
    cx: &Context,
    facts: &crate::extract::boundary::BoundaryFacts,
    d: Diagnostic,
) -> Diagnostic {
    match facts.declaration.first() {
        Some(s) => {
            let (loc, span) = s.place(cx.doc, 0..s.range.len());
            d.at(loc, span)
        }
        None => d,
    }
}

/// A short quote of a sentence for messages (at most 30 characters).
pub fn quote(s: &str) -> String {
    let t: String = s.chars().take(30).collect();
    if s.chars().count() > 30 {
        format!("{t}…")
    } else {
        t
    }
}
