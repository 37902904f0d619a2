//! The park's whole area as the plan states it: figures in an area unit in sentences (or
//! table cells) that the pack's `lexicon.total_area` says give the park's whole area, and
//! not a part or another place's (`lexicon.part_area`, read in the figure's own clause).
//! `boundary/area` compares them; `facts` shows the first.

use super::analysis::Analysis;
use super::prose::figure_clause;
use super::quantity::Quantity;

/// The park's whole-area figures in document order: (sentence index in
/// `boundary().all`, the figure).
pub fn park_areas<'a>(a: &'a Analysis) -> Vec<(usize, &'a Quantity)> {
    let lex = &a.rules.lexicon;
    let mut out = Vec::new();
    for (i, s) in a.boundary().all.iter().enumerate() {
        let text = s.as_str();
        let context = match &s.table {
            Some(t) => format!("{}{}", t.row_header, t.column_header),
            None => text.to_string(),
        };
        if !lex.total_area.is_match(&context) {
            continue;
        }
        // What the figure is the area of: its own clause (a table's headers), so that
        // `规划范围28.4平方公里，组织边界为…公共建筑` is still the park's area.
        let part = |q: &Quantity| {
            let about = match &s.table {
                Some(_) => context.as_str(),
                None => figure_clause(text, q.span.start),
            };
            lex.part_area.is_match(about)
        };
        if let Some(q) = a.quantities(i).iter().find(|q| {
            q.unit
                .as_ref()
                .is_some_and(|u| u.family.as_deref() == Some("area"))
                && !part(q)
        }) {
            out.push((i, q));
        }
    }
    out
}
