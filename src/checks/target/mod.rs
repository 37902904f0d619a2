//! Target rules (科学性、可行性: 目标有基准、有依据、可核对). The targets are extracted once
//! ([`crate::extract::targets`]) and shared by every rule here.

pub mod conflict;
pub mod identity;
pub mod implausible;
pub mod late_peak;
pub mod no_base_year;
pub mod no_baseline;
pub mod no_measure;
pub mod rates;
pub mod reduction_gap;
pub mod unjustified_peak;

use crate::checks::Context;
use crate::diagnostic::Diagnostic;
use crate::extract::sentences::Sentence;
use crate::extract::targets::{
    declared_base_fallback, table_targets, targets_with, PlanContext, Role, Target,
};

/// What the target rules look at.
pub struct TargetFacts<'d> {
    /// Every sentence of the document.
    pub all: Vec<Sentence<'d>>,
    /// Every target statement, with its [`Role`].
    pub targets: Vec<Target<'d>>,
    /// The plan-wide declared base year.
    pub declared_base: Option<u16>,
}

impl<'d> TargetFacts<'d> {
    /// The plan's own targets.
    pub fn own(&self) -> impl Iterator<Item = &Target<'d>> {
        self.targets.iter().filter(|t| t.role == Role::Plan)
    }
}

/// Every target statement of a document (text and tables) with the plan's declared base
/// year: what the target rules judge and what `peaklint facts` shows.
pub fn read_targets<'d>(cx: &Context<'d>) -> (Vec<Target<'d>>, Option<u16>) {
    let b = cx.boundary();
    let declared_base = b
        .base_years
        .first()
        .map(|by| by.year)
        .or_else(|| declared_base_fallback(&b.all));
    let plan = PlanContext { declared_base };
    let cached = |i: usize| cx.quantities(i);
    let mut found = targets_with(cx.rules, &b.all, plan, Some(&cached));
    found.extend(table_targets(cx.rules, cx.doc, plan));
    (found, declared_base)
}

/// Run every target rule.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let b = cx.boundary();
    let (found, declared_base) = read_targets(cx);
    let facts = TargetFacts {
        all: b.all.clone(),
        targets: found,
        declared_base,
    };
    late_peak::check(cx, &facts, out);
    no_base_year::check(cx, &facts, out);
    implausible::check(cx, &facts, out);
    conflict::check(cx, &facts, out);
    no_baseline::check(cx, &facts, out);
    unjustified_peak::check(cx, &facts, out);
    no_measure::check(cx, &facts, out);
    identity::check(cx, &facts, out);
    rates::check(cx, &facts, out);
    reduction_gap::check(cx, &facts, out);
}

/// The place of a target's value.
pub fn place(
    cx: &Context,
    t: &Target,
) -> (crate::document::Location, Option<crate::diagnostic::Span>) {
    t.sentence.place(cx.doc, t.span.clone())
}

/// The metric's name in the pack (its id when the pack does not know it).
pub fn metric_name(cx: &Context, t: &Target) -> String {
    let id = t.metric.as_deref().unwrap_or("");
    cx.rules
        .metric(id)
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// A value as printed: no trailing `.0`.
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
