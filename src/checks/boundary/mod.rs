//! Accounting-boundary rules (准确性: 边界统一、口径一致、方法规范; the standard covers CO2
//! only). The boundary facts are extracted once and shared by every rule here.

pub mod accounting_standard;
pub mod area;
pub mod base_year;
pub mod non_co2;
pub mod scope_mismatch;
pub mod undeclared;
pub mod unit;
mod unit_parts;
mod unit_restated;

use crate::checks::Context;
use crate::diagnostic::{Diagnostic, Related};
use crate::extract::sentences::Sentence;

/// Run every boundary rule.
/// A related place: a whole sentence.
pub fn related_sentence(cx: &Context, s: &Sentence) -> Related {
    let (location, span) = s.place(cx.doc, 0..s.range().len());
    Related::at(location, span)
}

/// Place a finding at the first sentence of the boundary declaration, when there is one.
pub fn at_declaration(
    cx: &Context,
    facts: &crate::extract::boundary::BoundaryFacts,
    d: Diagnostic,
) -> Diagnostic {
    // The boundary section's own text (its body before its heading) before a sentence
    // elsewhere that names the boundary (a principle's `核算边界、数据口径…全程一致`).
    let in_section = |s: &&crate::extract::sentences::Sentence| {
        facts.sections.iter().any(|r| r.contains(&s.block()))
    };
    let body = facts
        .declaration
        .iter()
        .find(|s| !s.heading && in_section(s));
    let first = body
        .or_else(|| facts.declaration.iter().find(in_section))
        .or(facts.declaration.first());
    match first {
        Some(s) => {
            let (loc, span) = s.place(cx.doc, 0..s.range().len());
            d.at(loc, span)
        }
        None => d,
    }
}

/// A short quote of a sentence for messages around the part that fired (`within`, a
/// byte range of `s`): the quote starts a few characters before it, with `…` when the
/// sentence begins earlier, so a message never quotes an earlier year or value than the
/// one it is about. At most 30 characters, more when the part itself is longer.
pub fn quote_at(s: &str, within: std::ops::Range<usize>) -> String {
    const BEFORE: usize = 8;
    let mut start = within.start.min(s.len());
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    let start_char = s[..start].chars().count();
    let marked_chars = s
        .get(start..within.end.min(s.len()))
        .map_or(0, |m| m.chars().count());
    if start_char + marked_chars <= 30 {
        return quote(s);
    }
    let from = start_char - BEFORE.min(start_char);
    let rest: String = s.chars().skip(from).collect();
    // The quote ends with the clause that fired: what follows the next comma is another
    // statement (`…比重达到6%，光伏装机…` quotes the share, not the PV target).
    let after_mark = BEFORE.min(start_char) + marked_chars;
    let clause_end = rest
        .chars()
        .enumerate()
        .skip(after_mark)
        .find(|(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
        .map(|(i, _)| i + 1);
    let rest: String = match clause_end {
        Some(n) => rest.chars().take(n).collect(),
        None => rest,
    };
    let keep = 30.max(BEFORE + marked_chars);
    let shown: String = rest.chars().take(keep).collect();
    let tail = if rest.chars().count() > keep {
        "…"
    } else {
        ""
    };
    format!("…{shown}{tail}")
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

#[cfg(test)]
mod quote_tests {
    use super::*;

    #[test]
    fn quote_at_starts_near_the_part_that_fired() {
        let s = "园区力争2028年前后完成主要产业的节能改造和清洁能源替代工程建设，全面推进产业结构调整和能源结构优化，在二〇三二年实现碳达峰。";
        let at = s.find("二〇三二").unwrap_or(0);
        let q = quote_at(s, at..at + "二〇三二".len());
        assert!(
            q.starts_with('…') && q.contains("二〇三二年实现碳达峰"),
            "{q}"
        );
        assert!(!q.contains("2028"), "{q}");
        let early = s.find("2028").unwrap_or(0);
        assert_eq!(quote_at(s, early..early + 4), quote(s));
    }
}
