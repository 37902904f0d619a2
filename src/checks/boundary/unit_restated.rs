//! `boundary/unit`, restated: a figure restated right after itself in another unit
//! (`150万吨（1.50 Mt）`, `326300吨，即32.63万吨`; [`crate::extract::restated`]) must be the
//! same amount once converted, within the precision both are printed to.

use crate::checks::Context;
use crate::diagnostic::{Diagnostic, Related};
use crate::extract::pathway::year_before;
use crate::extract::restated::restates;
use crate::extract::years::years;
use crate::finding::{Finding, UnitMismatch};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for (i, s) in cx.boundary().all.iter().enumerate() {
        if s.heading {
            continue;
        }
        let text = s.as_str();
        let qs = cx.quantities(i);
        for k in (1..qs.len()).filter(|&k| restates(text, qs, k)) {
            let (Some(a), Some(b)) = (qs.get(k - 1), qs.get(k)) else {
                continue;
            };
            let (Some(va), Some(vb)) = (a.canonical(), b.canonical()) else {
                continue;
            };
            let slack = (a.canonical_step() + b.canonical_step()) / 2.0;
            if (va - vb).abs() <= slack + 1e-9 * va.abs().max(vb.abs()) {
                continue;
            }
            // Undated, the base year's value (`基准值488.1万吨（即48810000吨）`) is the
            // declared base year's.
            let base_value = || {
                let before = text.get(..a.span.start).unwrap_or("");
                let clause = before
                    .rsplit(['，', ',', '；', ';', '。'])
                    .next()
                    .unwrap_or(before);
                ["基准值", "基准年", "基期"]
                    .iter()
                    .any(|w| clause.contains(w))
                    .then(|| {
                        cx.boundary()
                            .base_years
                            .first()
                            .map(|b| b.year)
                            .or(cx.targets().declared_base)
                    })
                    .flatten()
            };
            // A sentence with no year of its own (`排放最大的企业年排放31.2万吨（3120000吨）`)
            // is read in the time of its paragraph before it (`2020年园区二氧化碳排放…`).
            let paragraph_year = || {
                let before = s.text.get(..s.range().start).unwrap_or("");
                years(before)
                    .iter()
                    .filter(|m| !m.in_title)
                    .map(|m| m.last)
                    .next_back()
            };
            let Some(year) = year_before(&years(text), a.span.start)
                .or_else(base_value)
                .or_else(paragraph_year)
            else {
                continue;
            };
            let (Some(here), Some(earlier)) = (text.get(b.span.clone()), text.get(a.span.clone()))
            else {
                continue;
            };
            let canonical = a
                .unit
                .as_ref()
                .and_then(|u| u.canonical.clone())
                .unwrap_or_default();
            let finding = Finding::UnitMismatch(UnitMismatch {
                year,
                here: here.to_string(),
                here_value: vb,
                earlier: earlier.to_string(),
                earlier_value: va,
                unit: canonical,
            });
            let Some(d) = cx.diagnostic(&super::unit::DOC, finding) else {
                return;
            };
            let (loc, span) = s.place(cx.doc, b.span.clone());
            let (first, first_span) = s.place(cx.doc, a.span.clone());
            out.push(d.at(loc, span).related(Related::at(first, first_span)));
        }
    }
}
