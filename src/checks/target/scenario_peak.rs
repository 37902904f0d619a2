//! `target/conflict` for the peak value against the plan's own scenario table: the plan
//! states its peak (`推荐达峰情景：园区2028年前后实现碳达峰，峰值52.0万吨`) and a scenario
//! row peaks in that same year at another value (`达峰情景 | 46.8 | 48.2 | 50.2 | 49.6`).
//! The adopted scenario is the row the plan names as adopted (`推荐达峰情景：`, `…，推荐
//! 采用`), else the table row whose highest figure falls in the plan's peak year, which it
//! must be either way; when several rows do and disagree, or none does, nothing is compared. A cap
//! (`峰值控制在255万吨以内`) conflicts only when the row's peak exceeds it; an approximate
//! peak (`约`, `左右`) is not compared.

use crate::checks::target::metric_name;
use crate::checks::target::scenario_path::{self, Verdict};
use crate::checks::{Context, RuleDoc};
use crate::diagnostic::Diagnostic;
use crate::extract::pathway::{names_adopted, Point};
use crate::extract::quantity::Bound;
use crate::extract::targets::{Role, Target, TargetKind};
use crate::finding::Finding;

/// A scenario row's figures, at least this many years, make a path with a peak.
const MIN_ROW_YEARS: usize = 3;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>, doc: &RuleDoc) {
    // A peak value already found stated two ways is that one slip, not reported again.
    if out
        .iter()
        .any(|d| matches!(&d.data, Some(Finding::TargetConflict(c)) if c.peak))
    {
        return;
    }
    let targets = cx.targets();
    let own: Vec<&Target> = targets
        .own()
        .filter(|t| t.role == Role::Plan && t.metric == Some("co2_total"))
        .collect();
    let plan_years: Vec<u16> = own
        .iter()
        .filter(|t| t.kind == TargetKind::PeakYear)
        .filter_map(|t| u16::try_from(t.value as i64).ok())
        .collect();
    for t in own.iter().filter(|t| t.kind == TargetKind::PeakValue) {
        if matches!(
            t.bound,
            Some(Bound::About | Bound::Nearly | Bound::AtLeast | Bound::MoreThan)
        ) || !crate::extract::targets::park_wide(t)
            || !super::whole_boundary_goal(cx, t)
        {
            continue;
        }
        // The peak year stated with the value, else the plan's one peak year.
        let year = own
            .iter()
            .find(|y| {
                y.kind == TargetKind::PeakYear
                    && y.sentence.id() == t.sentence.id()
                    && y.span.end <= t.span.start
            })
            .and_then(|y| u16::try_from(y.value as i64).ok())
            .or_else(|| {
                let first = *plan_years.first()?;
                plan_years.iter().all(|y| *y == first).then_some(first)
            });
        let Some(year) = year else { continue };
        let Some(p) = adopted_peak(cx.low_carbon(), cx.adopted_scenario(), year) else {
            continue;
        };
        let cap = matches!(t.bound, Some(Bound::AtMost | Bound::LessThan))
            || ["控制在", "不超过", "不高于"]
                .iter()
                .any(|w| t.clause_before().contains(w));
        let name = format!("{}峰值", metric_name(cx, t).trim_end_matches("总量"));
        match scenario_path::against_path(cx, out, doc, t, p, cap, name) {
            Verdict::Agrees | Verdict::AlreadyReported => continue,
            Verdict::Reported => return,
        }
    }
}

/// The highest figure of the one scenario table row that peaks in `year` (rows that do
/// so and agree count as one).
fn adopted_peak<'a, 'd>(
    path: &'a [Point<'d>],
    adopted: Option<&str>,
    year: u16,
) -> Option<&'a Point<'d>> {
    let mut rows: Vec<((usize, &str), Vec<&Point<'d>>)> = Vec::new();
    for p in path {
        let Some(cell) = p.sentence.table.as_ref() else {
            continue;
        };
        // The scenario the plan names as adopted, when it names one a row holds.
        if adopted.is_some_and(|a| {
            !names_adopted(cell.row_header, a)
                && path.iter().any(|q| {
                    q.sentence
                        .table
                        .as_ref()
                        .is_some_and(|c| names_adopted(c.row_header, a))
                })
        }) {
            continue;
        }
        let key = (p.sentence.block(), cell.row_header);
        match rows.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(p),
            None => rows.push((key, vec![p])),
        }
    }
    let mut found: Option<&Point<'d>> = None;
    for (_, points) in rows {
        if points.len() < MIN_ROW_YEARS {
            continue;
        }
        let Some(top) = points
            .iter()
            .copied()
            .max_by(|a, b| a.tonnes.total_cmp(&b.tonnes))
        else {
            continue;
        };
        // A flat top (two years at the peak) names no single year.
        let ties = points
            .iter()
            .filter(|q| (q.tonnes - top.tonnes).abs() <= q.slack + top.slack)
            .count();
        if top.year != Some(year) || ties > 1 {
            continue;
        }
        match found {
            Some(f) if (f.tonnes - top.tonnes).abs() > f.slack + top.slack => return None,
            Some(_) => {}
            None => found = Some(top),
        }
    }
    found
}
