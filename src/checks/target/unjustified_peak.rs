//! `target/unjustified-peak`: a peak year or value asserted with no forecast or scenario
//! analysis anywhere in the plan.

use crate::checks::boundary::quote_at;
use crate::checks::target::place;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::sentences::Sentence;
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
        zh: "科学性原则要求通过情景预测确定达峰时间表和路线图（《编制指南》第4章“科学性”，第7章“碳达峰目标”应以排放预测和情景分析为依据）。方案若只写“力争2027年达峰、峰值150万吨”，而没有基准情景、预测或测算，达峰年份和峰值就无从判断是否可行。只写“确保2030年前达峰”（重申国家期限）不在此列。作为依据的分析须有内容：基准情景或达峰情景的排放数值、写有数值的预测或测算句（“按工业增加值年均增长8%测算，2030年排放将增至183万吨”）、以分析为依据的句子（“经情景分析，”“情景分析表明”“采用LEAP模型对园区碳排放进行了预测”，规则文件 lexicon.scenario_grounds、lexicon.forecast_done）、表头为预测或情景的表格数值，或编制大纲的情景预测章节；基本原则或任务中只提到“情景预测”“预测预警”不算分析。",
        en: "Scientific soundness requires the peak year and path to come from scenario forecasts (clauses 4, 7). A plan that states 力争2027年达峰、峰值150万吨 with no baseline scenario, forecast or projection gives no ground for the year or the value. Merely restating the national 2030年前 deadline is not flagged. The analysis must have content: BAU or policy-scenario emission figures, a forecast sentence with a figure (按工业增加值年均增长8%测算，2030年排放将增至183万吨), a sentence citing the analysis as grounds (经情景分析，, 情景分析表明, 采用LEAP模型对园区碳排放进行了预测; the rules file's lexicon.scenario_grounds and lexicon.forecast_done), figures under a forecast table header, or the outline's scenario-forecast section; a principle or a task that merely names 情景预测 or 预测预警 is none.",
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
    // A matched 情景预测 section counts as the analysis whatever its wording.
    if crate::extract::sentences::item_blocks(cx, "scenario_forecast").is_some() || analysed(cx) {
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

/// Whether the plan shows an analysis behind its peak: a BAU or policy-scenario series, a
/// forecast word (the pack's `lexicon.forecast`) in a sentence that states a figure
/// (`按工业增加值年均增长8%测算，2030年排放将增至183万吨`) or cites the analysis as its
/// grounds (`经LEAP模型预测，园区将于2027年达峰`, `lexicon.scenario_grounds`), an analysis
/// said to be done or to show something (`情景分析表明`, `lexicon.forecast_done`), or a
/// table figure under a forecast header. A forecast word alone (`坚持以历史趋势和情景预测为依据`,
/// `加强碳排放预测预警`) is a principle or a task, not an analysis.
fn analysed(cx: &Context) -> bool {
    let lex = &cx.rules.lexicon;
    let x = cx.quantity_extractor();
    let all = &cx.boundary().all;
    let states_a_figure = |s: &Sentence| {
        x.quantities(s.as_str())
            .iter()
            .any(|q| q.unit.is_some() || q.percent.is_some())
    };
    let forecast_figure = |s: &Sentence| match &s.table {
        Some(cell) => {
            (lex.forecast.is_match(cell.row_header) || lex.forecast.is_match(cell.column_header))
                && s.as_str().chars().any(|c| c.is_ascii_digit())
        }
        None => {
            let text = s.as_str();
            lex.forecast_done.is_match(text)
                || lex.forecast.is_match(text)
                    && (lex.scenario_grounds.is_match(text) || states_a_figure(s))
        }
    };
    all.iter().any(|s| !s.heading && forecast_figure(s))
        || !cx.bau().is_empty()
        || !cx.low_carbon().is_empty()
}
