//! `target/reduction-gap`: the measures' quantified reductions fall short of the gap
//! between the BAU emissions and the target for the same year.

use crate::checks::target::place;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Related, Severity};
use crate::extract::pathway::{bau, reductions, Covered, Figure};
use crate::extract::sentences::item_blocks;
use crate::extract::targets::{target_tonnes, Target, TargetKind};
use crate::finding::{Finding, ReductionGap};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/reduction-gap",
    category: Category::Target,
    severity: Severity::Warning,
    summary: Text {
        zh: "措施量化减排量之和不足以弥合基准情景与目标之间的差距",
        en: "quantified reductions of the measures fall short of the gap between BAU and target",
    },
    why: Text {
        zh: "可行性原则要求目标“通过努力可以实现”，实施路径要“清晰明确”（《编制指南》第4章、第7章“情景分析”、第8章“实施路径”）：基准情景2030年排放150万吨、目标控制在120万吨以内，差距30万吨，而列明减排量的措施合计只有19万吨，目标就缺少支撑。只比较同一年份、以二氧化碳计的数值；没有基准情景数值或没有量化措施时无法判断，不报告（由 principle/feasibility 等规则提示）。措施在正文和表格中重复列出时只取较大的一份，不重复相加；“累计减排”（多年之和）不与年度差距比较。",
        en: "Feasibility: targets must be reachable and the pathway clear (clauses 4, 7 scenario analysis, 8 pathway). BAU emissions of 150万吨 in 2030 against a cap of 120万吨 leave a gap of 30万吨; measures whose stated reductions add up to 19万吨 do not close it. Only figures of the same year in CO2 are compared; with no BAU figure or no quantified measure nothing can be decided and nothing is reported. Measures listed in both text and a table are not added twice; cumulative reductions (累计减排, a sum over years) are not compared with an annual gap.",
    },
    fails: "## 二、碳达峰目标\n\n园区力争2028年前实现碳达峰，峰值控制在120万吨以内。经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n\n## 三、重点任务\n\n实施屋顶分布式光伏工程，年减排二氧化碳约8万吨。推进燃煤锅炉替代，年减排二氧化碳6万吨。实施余热回收改造，可减少碳排放5万吨/年。\n",
    passes: "## 二、碳达峰目标\n\n园区力争2028年前实现碳达峰，峰值控制在120万吨以内。经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n\n## 三、重点任务\n\n实施屋顶分布式光伏工程，年减排二氧化碳约18万吨。推进燃煤锅炉替代，年减排二氧化碳8万吨。实施余热回收改造，可减少碳排放5万吨/年。\n",
};

/// The plan's CO2 target for `year`: the caps and levels for that year, else its peak
/// values (emissions never exceed the peak) — the largest, to stay on the safe side.
fn target_for<'a, 'd>(targets: &[&'a Target<'d>], year: u16) -> Option<(&'a Target<'d>, f64, f64)> {
    let pick = |kinds: &[TargetKind], by_year: bool| {
        targets
            .iter()
            .filter(|t| kinds.contains(&t.kind) && (!by_year || t.target_year == Some(year)))
            .filter_map(|t| target_tonnes(t).map(|(v, s)| (*t, v, s)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
    };
    pick(&[TargetKind::Cap, TargetKind::Level], true)
        .or_else(|| pick(&[TargetKind::PeakValue], false))
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    if cx.severity(&DOC).is_none() {
        return;
    }
    let own: Vec<&Target> = facts
        .own()
        .filter(|t| t.metric.as_deref() == Some("co2_total"))
        .collect();
    if own.is_empty() {
        return;
    }
    let x = cx.quantity_extractor();
    let baus = bau(x, &cx.boundary().all, cx.doc);
    if baus.is_empty() {
        return;
    }
    let pathway = item_blocks(cx, "pathway");
    let cuts = reductions(x, &cx.boundary().all, pathway.as_ref(), cx.doc);
    let tolerance = cx.rules.thresholds.value_tolerance;
    let mut years_done: Vec<u16> = Vec::new();
    for b in &baus {
        let Some(year) = b.year else { continue };
        if years_done.contains(&year) {
            continue;
        }
        let Some((target, goal, goal_slack)) = target_for(&own, year) else {
            continue;
        };
        let gap = b.tonnes - goal;
        if gap <= 0.0 {
            continue;
        }
        let Some(covered) = cuts.for_year(year) else {
            continue;
        };
        years_done.push(year);
        let slack = b.slack + goal_slack + covered.slack + tolerance * gap;
        let short = gap - covered.tonnes;
        if short <= slack + 1e-6 {
            continue;
        }
        report(cx, b, target, year, goal, gap, &covered, short, out);
    }
}

#[allow(clippy::too_many_arguments)]
fn report(
    cx: &Context,
    b: &Figure,
    target: &Target,
    year: u16,
    goal: f64,
    gap: f64,
    covered: &Covered,
    short: f64,
    out: &mut Vec<Diagnostic>,
) {
    let finding = Finding::ReductionGap(ReductionGap {
        year,
        bau_tonnes: b.tonnes,
        target_tonnes: goal,
        gap_tonnes: gap,
        covered_tonnes: covered.tonnes,
        shortfall_tonnes: short,
        measures: covered.count,
        stated_total: covered.total,
        measures_located: covered.at.is_some(),
    });
    let Some(d) = cx.diagnostic(&DOC, finding) else {
        return;
    };
    let (loc, span) = b.sentence.place(cx.doc, b.span.clone());
    let (tloc, tspan) = place(cx, target);
    let mut d = d.at(loc, span).related(Related::at(tloc, tspan));
    if let Some(m) = &covered.at {
        let (mloc, mspan) = m.sentence.place(cx.doc, m.span.clone());
        d = d.related(Related::at(mloc, mspan));
    }
    out.push(d);
}
