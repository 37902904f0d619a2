//! Target rules (科学性、可行性: 目标有基准、有依据、可核对). The targets are extracted once
//! ([`crate::extract::targets`]) and shared by every rule here.

pub mod base_total;
pub mod conflict;
pub mod identity;
pub mod implausible;
pub mod late_peak;
pub mod no_base_year;
pub mod no_baseline;
pub mod no_measure;
pub mod rates;
pub mod reduction_gap;
pub mod scenario_path;
pub mod scenario_peak;
pub mod unjustified_peak;

use crate::checks::Context;
use crate::extract::targets::Target;

/// The place of a target's value.
pub fn place(
    cx: &Context,
    t: &Target,
) -> (crate::document::Location, Option<crate::diagnostic::Span>) {
    t.sentence.place(cx.doc, t.span.clone())
}

/// The metric's name in the pack (its id when the pack does not know it).
pub fn metric_name(cx: &Context, t: &Target) -> String {
    let id = t.metric.unwrap_or("");
    cx.rules
        .metric(id)
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// The unit family of what a target states: its metric's, or, for a metric whose pack
/// entry fixes none (`余热余压利用` covers rates and amounts), `percent` when the target
/// states a percentage (`余热回收利用率达到30%` is a share).
/// Whether a target is a goal for the park's whole boundary: not set on the direct
/// emissions alone (`本方案目标按直接排放设定`, a row `直接二氧化碳排放量`: weighed against a
/// path or BAU of the whole boundary, that mismatch is `boundary/scope-mismatch`'s), nor a
/// part's (`集团排放…2030年降至180万吨左右`, the pack's `lexicon.part_subject`).
pub fn whole_boundary_goal(cx: &Context, t: &Target) -> bool {
    let direct_only = match &t.sentence.table {
        Some(cell) => cell.row_header.contains("直接"),
        None => cx.rules.lexicon.direct_only.is_match(t.sentence.as_str()),
    };
    !direct_only && !cx.rules.lexicon.part_subject.is_match(&t.scope_words)
}

/// Whether `t` is a task's own milestone rather than an indicator of the plan: set inside
/// the pathway chapter (`（四）绿色运输。厂内叉车和短驳车辆2029年前电动化比例达到60%`) in a
/// plan whose targets chapter sets nothing of its indicator. The task is its measure, and
/// a milestone is not asked for a base value as the plan's indicators are.
pub fn task_milestone(cx: &Context, t: &Target) -> bool {
    use crate::extract::sentences::{in_ranges, item_ranges};
    let (Some(pathway), Some(_)) = (item_ranges(cx, "pathway"), item_ranges(cx, "targets")) else {
        return false;
    };
    let in_pathway = |u: &Target| in_ranges(&pathway, u.sentence.block());
    t.metric.is_some()
        && in_pathway(t)
        && !cx
            .targets()
            .own()
            .any(|u| u.metric == t.metric && !in_pathway(u))
}

pub fn target_family<'c>(cx: &'c Context, t: &Target) -> &'c str {
    match t
        .metric
        .and_then(|id| cx.rules.metric(id))
        .and_then(|m| m.unit_family.as_deref())
    {
        Some(f) => f,
        None if t.percent == Some(crate::extract::quantity::PercentKind::Percent) => "percent",
        None => "",
    }
}

/// A value as printed: no trailing `.0`.
/// The decimal places of the target's figure as its text writes it (`6.84万吨` → 2, `60` →
/// 0); `None` when the span holds no digit.
pub fn written_decimals(t: &Target) -> Option<usize> {
    let text = t.sentence.as_str().get(t.span.clone())?;
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let number: &str = text
        .get(start..)?
        .split(|c: char| !c.is_ascii_digit() && c != '.')
        .next()?;
    Some(number.split_once('.').map_or(0, |(_, d)| d.len()))
}

pub fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
