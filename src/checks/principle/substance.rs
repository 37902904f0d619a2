//! Evidence in substance: facts the extraction layer read from the plan that meet an
//! evidence item whatever its wording (`any_facts:` in the pack). A plan that sets 2025
//! and 2030 targets and a 2028 peak has a timetable, whether or not it writes 时间表.

use crate::checks::Context;
use crate::extract::pathway::{bau, reductions};
use crate::extract::sentences::item_blocks;
use crate::extract::targets::Role;

/// What the fact `name` found in the plan (a short description), `None` when absent.
/// Names are [`crate::pack::Evidence::FACTS`].
pub fn found(cx: &Context, name: &str) -> Option<String> {
    match name {
        "staged_targets" => {
            // The plan's own targets, after the peak too (`到2030年，排放总量较峰值下降3%`):
            // what `facts` shows with role `plan`.
            let mut years: Vec<u16> = cx
                .targets()
                .all
                .iter()
                .filter(|t| matches!(t.role, Role::Plan | Role::PostPeak))
                .filter_map(|t| t.target_year)
                .collect();
            years.sort_unstable();
            years.dedup();
            (years.len() >= 2).then(|| {
                let list: Vec<String> = years.iter().map(u16::to_string).collect();
                format!("target years {}", list.join(", "))
            })
        }
        "indicator_table" => {
            // The plan's own targets read from table cells, by indicator.
            let mut metrics: Vec<&str> = cx
                .targets()
                .all
                .iter()
                .filter(|t| t.role == Role::Plan && t.sentence.table.is_some())
                .filter_map(|t| t.metric.as_deref())
                .collect();
            metrics.sort_unstable();
            metrics.dedup();
            (metrics.len() >= 2)
                .then(|| format!("an indicator table of {} indicators", metrics.len()))
        }
        "scenario_figures" => {
            let figures = bau(cx.quantity_extractor(), &cx.boundary().all, cx.doc);
            (!figures.is_empty()).then(|| format!("{} business-as-usual figure(s)", figures.len()))
        }
        "quantified_measures" => {
            let pathway = item_blocks(cx, "pathway");
            let cuts = reductions(
                cx.quantity_extractor(),
                &cx.boundary().all,
                pathway.as_ref(),
                cx.doc,
            );
            (cuts.all.len() >= 2).then(|| format!("{} quantified reductions", cuts.all.len()))
        }
        _ => None,
    }
}
