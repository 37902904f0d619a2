//! `target/conflict` against the plan's own path: a CO2 total the plan sets for a year (a
//! level, `2025年排放量267.0万吨` in the indicator table, or a cap, `控制在270万吨以内`) that
//! its own peak (policy) scenario contradicts for the same year (`达峰情景 | 276.0 | …`). The
//! scenario is the path the plan's measures deliver; a level off it, or a cap it exceeds,
//! cannot both stand. Of several policy scenarios, the one the plan adopts is its path
//! (`强化情景…，推荐采用`); without one, two values for one year are two scenarios (or a
//! range) and are not read; approximate values (`约`, `左右`) and the scenario's own
//! sentences are not compared.

use crate::checks::boundary::quote_at;
use crate::checks::target::{metric_name, place};
use crate::checks::{Context, RuleDoc};
use crate::diagnostic::{Diagnostic, Related};
use crate::extract::pathway::{names_adopted, Point};
use crate::extract::quantity::Bound;
use crate::extract::targets::{Role, Target, TargetKind};
use crate::finding::{Finding, TargetConflict};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>, doc: &RuleDoc) {
    // The CO2 total already reported for a year (a target stated twice, one of them as
    // the scenario's figure) is not reported again.
    let already: Vec<u16> = out
        .iter()
        .filter_map(|d| match &d.data {
            Some(Finding::TargetConflict(c)) if c.metric.as_deref() == Some("co2_total") => {
                Some(c.year)
            }
            _ => None,
        })
        .collect();
    let own: Vec<&Target> = cx
        .targets()
        .own()
        .filter(|t| {
            t.role == Role::Plan
                && t.metric == Some("co2_total")
                && matches!(t.kind, TargetKind::Level | TargetKind::Cap)
                && t.percent.is_none()
                && t.upper.is_none()
                && t.bound != Some(Bound::About)
                && t.target_year.is_some_and(|y| !already.contains(&y))
                && crate::extract::targets::park_wide(t)
                // Not held to a path of the whole boundary: a direct-only or a part's target.
                && super::whole_boundary_goal(cx, t)
                // A peak written in a year's column (`二氧化碳排放峰值（万吨） | — | 68.5`)
                // is the peak, reached by then, not that year's level.
                && !peak_words(t)
        })
        .collect();
    if own.is_empty() {
        return;
    }
    let path = cx.low_carbon();
    for t in own {
        let Some(year) = t.target_year else { continue };
        let mut at_year: Vec<_> = path.iter().filter(|p| p.year == Some(year)).collect();
        // Several policy rows: the one the plan adopts (`推荐采用`) is its path.
        if let Some(name) = cx.adopted_scenario() {
            let adopted: Vec<_> = at_year
                .iter()
                .copied()
                .filter(|p| {
                    p.sentence
                        .table
                        .as_ref()
                        .is_some_and(|c| names_adopted(c.row_header, name))
                })
                .collect();
            if !adopted.is_empty() {
                at_year = adopted;
            }
        }
        let Some(p) = at_year.first() else { continue };
        // Two values for one year: two scenarios (or a range), not one path.
        if at_year
            .iter()
            .any(|q| (q.tonnes - p.tonnes).abs() > q.slack + p.slack)
        {
            continue;
        }
        // The scenario's own statement is no target beside it.
        if p.sentence.id() == t.sentence.id() {
            continue;
        }
        match against_path(
            cx,
            out,
            doc,
            t,
            p,
            t.kind == TargetKind::Cap,
            metric_name(cx, t),
        ) {
            Verdict::Agrees | Verdict::AlreadyReported => continue,
            // One finding per plan: the path and the targets disagree once.
            Verdict::Reported => return,
        }
    }
}

/// What [`against_path`] found.
pub(super) enum Verdict {
    /// The target agrees with the path (or cannot be weighed against it).
    Agrees,
    /// It does not, but its place is already reported.
    AlreadyReported,
    /// It does not: reported (or the rule is off).
    Reported,
}

/// The CO2 target `t` (`cap`: only a path above it is off) against the path's figure `p`
/// of the same year, both as printed (a target rounded to whole 万吨, `60`, agrees with 59.6): a
/// `target/conflict` at the target, the path's figure related, unless the target's place is
/// already reported.
pub(super) fn against_path(
    cx: &Context,
    out: &mut Vec<Diagnostic>,
    doc: &RuleDoc,
    t: &Target,
    p: &Point,
    cap: bool,
    metric_name: String,
) -> Verdict {
    let (Some(year), Some(tonnes)) = (p.year, target_tonnes(cx, t, p.co2e)) else {
        return Verdict::Agrees;
    };
    let factor = tonnes / t.value;
    let tolerance = cx.rules.thresholds.value_tolerance;
    let slack = p.slack + printed_step(t) / 2.0 * factor + tolerance * tonnes.max(p.tonnes);
    // A cap ten times the path's figure to its printed digits (`2025年控制在1128000吨以内`
    // against the scenario's 11.28万吨) is the figure in a slipped unit, not a looser bound.
    let tenfold = cap && (tonnes / 10.0 - p.tonnes).abs() <= slack / 10.0;
    let off = if cap {
        p.tonnes > tonnes + slack || tenfold
    } else {
        (p.tonnes - tonnes).abs() > slack
    };
    if !off {
        return Verdict::Agrees;
    }
    let (loc, span) = place(cx, t);
    // A target already reported against another statement of it is not reported twice.
    let reported = out.iter().any(|d| {
        d.rule == doc.id
            && d.location.as_ref().map(|l| (l.line, l.column)) == Some((loc.line, loc.column))
    });
    if reported {
        return Verdict::AlreadyReported;
    }
    let finding = Finding::TargetConflict(TargetConflict {
        metric: t.metric.map(str::to_string),
        metric_name,
        year,
        peak: false,
        unit: t.unit.as_deref().map(str::to_string),
        value: t.value,
        earlier_value: (p.tonnes / factor * 1e4).round() / 1e4,
        percent: false,
        quote: quote_at(t.sentence.as_str(), t.span.clone()),
        base_year_total: false,
        scenario: true,
    });
    if let Some(d) = cx.diagnostic(doc, finding) {
        let (ploc, pspan) = p.sentence.place(cx.doc, p.span.clone());
        out.push(d.at(loc, span).related(Related::at(ploc, pspan)));
    }
    Verdict::Reported
}

/// One unit of the target value's last printed digit (`60` → 1, `267.0` → 0.1).
pub(super) fn printed_step(t: &Target) -> f64 {
    let decimals = super::written_decimals(t).unwrap_or(0);
    10f64.powi(-i32::try_from(decimals).unwrap_or(0))
}

/// Whether the target's clause or row names the peak (峰值, 达峰).
fn peak_words(t: &Target) -> bool {
    let named = |text: &str| text.contains("峰值") || text.contains("达峰");
    named(t.clause_before())
        || t.sentence
            .table
            .as_ref()
            .is_some_and(|c| named(c.row_header) || named(c.column_header))
}

/// The target's value in tonnes of CO2, when its unit is one of the pack's CO2 masses —
/// or of its CO2-equivalent masses, for a path written in CO2e too (`co2e`): a plan that
/// counts in CO2e throughout (a scope `boundary/non-co2` reports) still states one goal
/// twice when its target and its path differ; a CO2e target is not set against a CO2 path.
pub(super) fn target_tonnes(cx: &Context, t: &Target, co2e: bool) -> Option<f64> {
    let written: String = t
        .unit
        .as_deref()?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let unit = |family: &str| {
        cx.rules
            .unit_family(family)
            .and_then(|f| f.unit(&written))
            .map(|u| u.factor)
    };
    let factor = unit("co2_mass").or_else(|| co2e.then(|| unit("co2e_mass")).flatten())?;
    Some(t.value * factor)
}
