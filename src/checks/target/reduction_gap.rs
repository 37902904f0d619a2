//! `target/reduction-gap`: the measures' quantified reductions fall short of the gap
//! between the BAU emissions and the target for the same year.

use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Related, Severity};
use crate::extract::pathway::{year_gaps, Covered, GoalSource, YearGap};
use crate::extract::targets::Target;
use crate::finding::{Finding, GapTargetSource, Place, ReductionGap};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/reduction-gap",
    category: Category::Target,
    severity: Severity::Warning,
    summary: Text {
        zh: "措施量化减排量之和不足以弥合基准情景与目标之间的差距",
        en: "quantified reductions of the measures fall short of the gap between BAU and target",
    },
    why: Text {
        zh: "可行性原则要求目标“通过努力可以实现”，实施路径要“清晰明确”（《编制指南》第4章、第7章“情景分析”、第8章“实施路径”）：基准情景2030年排放150万吨、2030年目标120万吨，差距30万吨，而列明2030年减排量的措施合计只有19万吨，目标就缺少支撑。逐年比较：某年的差距是该年基准情景排放减去该年的目标——该年的二氧化碳排放总量控制目标（方案对该年总量给出两个数值时，取与其达峰情景相符的那个，另一个是笔误，另作冲突报告）；没有时，取峰值（仅限方案所写的达峰年份）；再没有时，取方案低碳/达峰情景该年的排放——与措施同一年的减排量相比；方案自己写明该年差距（“覆盖基准情景与达峰情景之间17.3万吨的差距”）时，取与之相符的那个目标；2025年的措施减排量不与2030年的差距相比，2028年达峰的峰值也不当作2030年的目标。“2025年、2030年分别减排9.8万吨和20.8万吨”按顺序对应年份。没有基准情景数值、没有该年目标或没有该年量化措施时无法判断，不报告（由 principle/feasibility 等规则提示）。措施在正文和表格中重复列出时只取较大的一份，不重复相加；“累计减排”（多年之和）不与年度差距比较。提示中写明各数值出自哪里（情景表、目标句、减排量表的行号或段落号），问题标在措施处（措施所列合计；合计与各项之和不符时标在该合计行；否则第一项措施），目标和基准情景数值列在旁边。",
        en: "Feasibility: targets must be reachable and the pathway clear (clauses 4, 7 scenario analysis, 8 pathway). BAU emissions of 150万吨 in 2030 against a 2030 target of 120万吨 leave a gap of 30万吨; measures whose stated 2030 reductions add up to 19万吨 do not close it. Year by year: a year's gap is that year's BAU minus that year's target — a cap on total CO2 for the year (of two values the plan gives that year's total, the one its scenario confirms: the other is a slip, reported as a conflict); else the peak value, only for the peak year the plan names; else the plan's low-carbon/peak scenario for the year; when the plan states the year's gap itself (覆盖基准情景与达峰情景之间17.3万吨的差距), the goal that leaves that gap — and it is weighed against the measures' reductions of the same year: 2025 reductions are never weighed against the 2030 gap, and a peak of 2028 is not a 2030 target. “2025年、2030年分别减排9.8万吨和20.8万吨” pairs the years and values in order. With no BAU figure, no target for the year or no quantified measure for it nothing can be decided and nothing is reported. Measures listed in both text and a table are not added twice; cumulative reductions (累计减排, a sum over years) are not compared with an annual gap. The message says where each figure comes from (line or paragraph, table or text); the finding stands at the measures (their stated total — the table's total row too when its own rows contradict it and count instead — or the first measure), with the target and the BAU figure beside it.",
    },
    fails: "## 二、碳达峰目标\n\n园区确保2030年前实现碳达峰，峰值控制在120万吨以内。经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n\n## 三、重点任务\n\n实施屋顶分布式光伏工程，年减排二氧化碳约8万吨。推进燃煤锅炉替代，年减排二氧化碳6万吨。实施余热回收改造，可减少碳排放5万吨/年。\n",
    passes: "## 二、碳达峰目标\n\n园区确保2030年前实现碳达峰，峰值控制在120万吨以内。经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n\n## 三、重点任务\n\n实施屋顶分布式光伏工程，年减排二氧化碳约18万吨。推进燃煤锅炉替代，年减排二氧化碳8万吨。实施余热回收改造，可减少碳排放5万吨/年。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    if cx.severity(&DOC).is_none() {
        return;
    }
    // The goal may be the plan's own cap or peak, or its policy scenario's figure; a
    // direct-only or a part's target is not weighed against a BAU of the whole boundary.
    let own: Vec<&Target> = facts
        .own()
        .filter(|t| super::whole_boundary_goal(cx, t))
        .collect();
    let baus = cx.bau();
    if baus.is_empty() {
        return;
    }
    let scenario = cx.low_carbon();
    let cuts = cx.pathway_reductions();
    let tolerance = cx.rules.thresholds.value_tolerance;
    for g in year_gaps(&own, baus, scenario, cx.stated_gaps(), cuts) {
        if g.gap <= 0.0 {
            continue;
        }
        let Some(covered) = &g.covered else {
            continue;
        };
        let slack = g.bau.slack + g.goal.slack + covered.slack + tolerance * g.gap;
        let short = g.gap - covered.tonnes;
        if short <= slack + 1e-6 {
            continue;
        }
        report(cx, &g, covered, short, out);
    }
}

fn report(cx: &Context, g: &YearGap, covered: &Covered, short: f64, out: &mut Vec<Diagnostic>) {
    let (loc, span) = g.bau.sentence.place(cx.doc, g.bau.span.clone());
    let (tloc, tspan) = g.goal.sentence.place(cx.doc, g.goal.span.clone());
    let measures = covered.at.as_ref().map(|m| {
        (
            m.sentence.place(cx.doc, m.span.clone()),
            m.sentence.table.is_some(),
        )
    });
    let finding = Finding::ReductionGap(ReductionGap {
        year: g.year,
        bau_tonnes: g.bau.tonnes,
        target_tonnes: g.goal.tonnes,
        gap_tonnes: g.gap,
        covered_tonnes: covered.tonnes,
        shortfall_tonnes: short,
        measures: covered.count,
        stated_total: covered.total,
        measures_located: covered.at.is_some(),
        bau_at: Place::of(&loc, g.bau.sentence.table.is_some()),
        target_source: match g.goal.source {
            GoalSource::Cap => GapTargetSource::Cap,
            GoalSource::PeakValue => GapTargetSource::PeakValue,
            GoalSource::PolicyScenario => GapTargetSource::PolicyScenario,
        },
        target_at: Place::of(&tloc, g.goal.sentence.table.is_some()),
        measures_at: measures
            .as_ref()
            .map(|((mloc, _), table)| Place::of(mloc, *table)),
    });
    let Some(d) = cx.diagnostic(&DOC, finding) else {
        return;
    };
    // Where the shortfall is: the measures' total (or first measure) when located — the
    // table's total row when its rows, which count, contradict it — with the BAU figure
    // and the goal beside it; else the BAU figure.
    let shown = covered
        .contradicted_total
        .as_ref()
        .map(|f| f.sentence.place(cx.doc, f.span.clone()))
        .or(measures.map(|(m, _)| m));
    let d = match shown {
        Some((mloc, mspan)) => d
            .at(mloc, mspan)
            .related(Related::at(tloc, tspan))
            .related(Related::at(loc, span)),
        None => d.at(loc, span).related(Related::at(tloc, tspan)),
    };
    out.push(d);
}
