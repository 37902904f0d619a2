//! `consistency/table-sum` on the park's area: the sentence giving the whole area names
//! the parts it is made of, and every part's area is stated; their sum must be the whole
//! within printed precision (`总面积36.8平方公里，由北港片区、临海片区和河口片区组成` with
//! 15.8 + 12.6 + 9.4 = 37.8). Parts named with `等` (only some) are not added up.

use crate::checks::Context;
use crate::diagnostic::Diagnostic;
use crate::extract::area::area_partition;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>, doc: &crate::checks::RuleDoc) {
    let Some(p) = area_partition(&cx.analysis) else {
        return;
    };
    let (i, total) = p.total;
    let Some(s) = cx.boundary().all.get(i) else {
        return;
    };
    let found = total.magnitude();
    let sum: f64 = p.parts.iter().map(|(_, q)| q.magnitude()).sum();
    let slack = total.canonical_step() / 2.0
        + p.parts
            .iter()
            .map(|(_, q)| q.canonical_step() / 2.0)
            .sum::<f64>();
    let allowed = slack + 1e-9 * found.abs().max(1.0);
    let diff = (sum - found).abs();
    if diff <= allowed {
        return;
    }
    let finding = super::parts_sum::finding(total, sum, allowed, p.parts.len());
    let Some(d) = cx.diagnostic(doc, finding) else {
        return;
    };
    let (loc, span) = s.place(cx.doc, total.span.clone());
    out.push(d.at(loc, span));
}
