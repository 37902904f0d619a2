//! `target/conflict` on the base year's inventory: the park's whole CO2 total of the
//! declared base year stated twice in one unit with different figures (`2022年开发区CO2排放
//! 总量为268.4万tCO2` in the summary, 286.4 in the inventory chapter or the indicator
//! table). Every later target is measured against that figure, so two of them cannot both
//! stand. Totals in different units are `boundary/unit`'s; a sub-park's, a sector's, a
//! source's or one scope's total (the pack's `lexicon.part_subject`) and scenario rows are
//! not the park's total; nor is an approximate figure (`约128万吨`, `120万吨左右`), which may
//! round the exact one down.

use crate::checks::boundary::{quote_at, related_sentence};
use crate::checks::{Context, RuleDoc};
use crate::diagnostic::Diagnostic;
use crate::extract::quantity::Quantity;
use crate::extract::sentences::Sentence;
use crate::extract::totals::Subject;
use crate::finding::{Finding, TargetConflict};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>, doc: &RuleDoc) {
    let Some(base) = cx.targets().declared_base else {
        return;
    };
    let all = &cx.boundary().all;
    let mut earlier: Vec<(&Sentence, &Quantity)> = Vec::new();
    for t in cx.totals() {
        if !t.whole || t.subject != Subject::Co2 || t.year != base {
            continue;
        }
        let (Some(s), Some(q)) = (all.get(t.sentence), t.figure(cx.quantities(t.sentence))) else {
            continue;
        };
        // An approximate figure (`约128万吨`, `120万吨左右`) may round the exact one down.
        if approximate(s.as_str(), q) {
            continue;
        }
        let symbol = |q: &Quantity| q.unit.as_ref().map(|u| u.symbol.clone());
        let contradicted = earlier
            .iter()
            .find(|(_, e)| symbol(e) == symbol(q) && e.agrees_with(q, 0.0) == Some(false))
            .copied();
        earlier.push((s, q));
        let Some((es, eq)) = contradicted else {
            continue;
        };
        let finding = Finding::TargetConflict(TargetConflict {
            metric: Some("co2_total".to_string()),
            metric_name: cx
                .rules
                .metric("co2_total")
                .map_or_else(|| "二氧化碳排放总量".to_string(), |m| m.name.clone()),
            year: base,
            peak: false,
            unit: q.unit.as_ref().map(|u| u.written.to_string()),
            value: q.value,
            earlier_value: eq.value,
            percent: false,
            quote: quote_at(s.as_str(), q.span.clone()),
            base_year_total: true,
            scenario: false,
        });
        let Some(d) = cx.diagnostic(doc, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, q.span.clone());
        out.push(d.at(loc, span).related(related_sentence(cx, es)));
        // One finding per plan: the base year's total is one figure.
        return;
    }
}

/// Whether `q` is written as an approximation: `约`, `近`, `超过` right before it, or `左右`,
/// `以上`, `多`, `余` right after it.
fn approximate(text: &str, q: &Quantity) -> bool {
    let before = text.get(..q.span.start).unwrap_or("").trim_end();
    let after = text.get(q.span.end..).unwrap_or("").trim_start();
    ["约", "近", "超过", "逾", "接近", "将近", "大约"]
        .iter()
        .any(|w| before.ends_with(w))
        || ["左右", "以上", "多", "余", "上下"]
            .iter()
            .any(|w| after.starts_with(w))
}
