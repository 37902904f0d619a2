//! `target/unjustified-peak`: a peak year or value asserted with no forecast or scenario
//! analysis anywhere in the plan.

use crate::checks::boundary::quote_at;
use crate::checks::target::place;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::targets::TargetKind;
use crate::finding::{Finding, UnjustifiedPeak};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/unjustified-peak",
    category: Category::Target,
    severity: Severity::Warning,
    summary: Text {
        zh: "达峰年份或峰值没有任何预测或情景分析支撑",
        en: "peak year or value asserted without any forecast or scenario analysis",
    },
    why: Text {
        zh: "科学性原则要求通过情景预测确定达峰时间表和路线图（《编制指南》第4章“科学性”，第7章“碳达峰目标”应以排放预测和情景分析为依据）。方案若只写“力争2027年达峰、峰值150万吨”，而没有基准情景、预测或测算，达峰年份和峰值就无从判断是否可行。只写“确保2030年前达峰”（重申国家期限）不在此列。",
        en: "Scientific soundness requires the peak year and path to come from scenario forecasts (clauses 4, 7). A plan that states 力争2027年达峰、峰值150万吨 with no baseline scenario, forecast or projection gives no ground for the year or the value. Merely restating the national 2030年前 deadline is not flagged.",
    },
    fails: "## 三、碳达峰目标\n\n本方案以2020年为基准年。园区力争2027年实现碳达峰，峰值控制在150万吨以内。\n",
    passes: "## 三、碳达峰目标\n\n本方案以2020年为基准年。按工业增加值年均增长8%测算，基准情景下2030年排放将增至183万吨；低碳情景下2027年达到峰值约149万吨。园区力争2027年实现碳达峰，峰值控制在150万吨以内。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    let deadline = cx.rules.thresholds.peak_deadline;
    let claim = facts.own().find(|t| match t.kind {
        // Restating the deadline (确保2030年前达峰) asserts nothing of the park's own.
        TargetKind::PeakYear => t.target_year.is_some_and(|y| y < deadline),
        TargetKind::PeakValue => true,
        _ => false,
    });
    let Some(t) = claim else { return };
    let justified = cx
        .boundary()
        .all
        .iter()
        .any(|s| cx.rules.lexicon.forecast.is_match(s.as_str()));
    // A matched 情景预测 section counts as the analysis whatever its wording.
    if justified || crate::extract::sentences::item_blocks(cx, "scenario_forecast").is_some() {
        return;
    }
    let finding = Finding::UnjustifiedPeak(UnjustifiedPeak {
        quote: quote_at(t.sentence.as_str(), t.span.clone()),
    });
    let Some(d) = cx.diagnostic(&DOC, finding) else {
        return;
    };
    let (loc, span) = place(cx, t);
    out.push(d.at(loc, span));
}
