//! `boundary/unit` for the parts of the boundary: one source's CO2 figure for a year
//! (`间接排放63.3万吨`, `净调入电力排放6330000吨`), or the electricity it bought in
//! (`外购电力6.84亿千瓦时`, `外购电力折合6840万千瓦时`), written in two units whose values are
//! a power of ten apart once converted — a conversion slip. Figures of one part may differ for
//! other reasons (electricity against heat, both indirect), so only that factor is read as
//! a slip.

use std::collections::HashMap;

use crate::checks::boundary::related_sentence;
use crate::checks::boundary::unit::DOC;
use crate::checks::Context;
use crate::diagnostic::Diagnostic;
use crate::extract::quantity::Quantity;
use crate::extract::totals::{source_figures, Measure, Source};
use crate::finding::{Finding, UnitMismatch};

/// A figure of a (part, year) met so far: its sentence, the quantity and whether it is a
/// stated total.
type Seen<'q> = (usize, &'q Quantity, bool);

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let all = &cx.boundary().all;
    let mut seen: HashMap<(Source, Measure, u16), Vec<Seen>> = HashMap::new();
    let mut reported: Vec<(Source, Measure, u16)> = Vec::new();
    let figures = source_figures(&cx.analysis);
    for f in &figures {
        let Some(q) = f
            .captioned
            .as_ref()
            .or_else(|| cx.quantities(f.sentence).get(f.quantity))
        else {
            continue;
        };
        let key = (f.source, f.measure, f.year);
        let earlier = seen.entry(key).or_default();
        // A figure equal to an earlier one restates it (power beside heat ten times smaller
        // is no slip); two stated totals were compared already.
        let restated = earlier
            .iter()
            .any(|(_, e, _)| e.agrees_with(q, 0.0) == Some(true));
        let slip = earlier
            .iter()
            .find(|(_, e, stated)| {
                !(*stated && f.stated) && symbol(e) != symbol(q) && power_of_ten_apart(e, q)
            })
            .copied();
        earlier.push((f.sentence, q, f.stated));
        let Some((j, e, _)) = slip.filter(|_| !restated) else {
            continue;
        };
        if reported.contains(&key) {
            continue;
        }
        reported.push(key);
        let (Some(s), Some(es)) = (all.get(f.sentence), all.get(j)) else {
            continue;
        };
        let finding = Finding::UnitMismatch(UnitMismatch {
            year: f.year,
            here: s.as_str().get(q.span.clone()).unwrap_or("").to_string(),
            here_value: q.magnitude(),
            earlier: es.as_str().get(e.span.clone()).unwrap_or("").to_string(),
            earlier_value: e.magnitude(),
            unit: q
                .unit
                .as_ref()
                .and_then(|u| u.canonical.clone())
                .unwrap_or_default(),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, q.span.clone());
        out.push(d.at(loc, span).related(related_sentence(cx, es)));
    }
}

fn symbol(q: &Quantity) -> &str {
    q.unit.as_ref().map_or("", |u| u.symbol.as_str())
}

/// Whether `a` and `b` (converted) are 10, 100, 1,000 or 10,000 times one another within
/// their printed precision.
fn power_of_ten_apart(a: &Quantity, b: &Quantity) -> bool {
    let (x, y) = (a.magnitude(), b.magnitude());
    if !(x > 0.0 && y > 0.0) {
        return false;
    }
    let k = (x / y).log10().round();
    if k == 0.0 || k.abs() > 4.0 {
        return false;
    }
    let scaled = y * 10f64.powf(k);
    let slack = a.canonical_step() / 2.0 + b.canonical_step() / 2.0 * 10f64.powf(k);
    (x - scaled).abs() <= slack + 1e-9 * x
}
