//! Readings generalised in session 35 from outside rounds 66 and 67, each in more than one
//! drafting style, with the negative beside it:
//! - a change on top of the previous milestone (`…较2020年下降35%以上，单位产品综合能耗再下降
//!   10%`) has no base year of its own: it borrows neither the base written before it nor the
//!   declared one, and is not ordered against milestones from the base year;
//! - what the park has not at all (`园区没有电解工序，不存在阳极效应全氟化碳`) and a company's
//!   own inventory under a named standard (`按ISO 14064-1开展温室气体盘查`) are no non-CO2 scope;
//! - green power bought (`购入绿电2500万千瓦时`) is the market mechanism; guiding the supporting
//!   firms to make peak plans (`指导…4家配套企业…制定企业达峰计划`) is the enterprise guidance.

use crate::common::{findings, findings_in, line_of, line_with};

#[test]
fn a_further_change_has_no_base_year_of_its_own() {
    let declared = "以2020年为基准年，规划期至2030年。";
    for (name, plan, at) in [
        // ministry Markdown: after another indicator's written base
        ("plan.md", format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n{declared}\n\n## 三、主要目标\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降17%，单位产品综合能耗较2020年下降12%。\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降35%以上，单位产品综合能耗再下降10%。\n"), "再下降10%"),
        // county plain text: 进一步降低 in a paragraph of its own
        ("plan.txt", format!("某园区碳达峰实施方案\n\n一、总则\n\n{declared}\n\n三、主要目标\n\n到2025年，单位工业增加值能耗较2020年下降14%。\n\n到2030年，单位工业增加值能耗进一步降低8%。\n"), "进一步降低8%"),
    ] {
        let found = findings_in(name, &plan, "target/no-base-year");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, at));
        // Not read as a cumulative change from 2020 that shrinks.
        let found = findings_in(name, &plan, "target/implausible");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // Its own base written (`在2025年基础上再下降`), or a plain change after a written base:
    // nothing to report.
    for goal in [
        "到2030年，单位产品综合能耗在2025年基础上再下降10%。",
        "到2030年，单位工业增加值二氧化碳排放较2020年下降35%以上，单位产品综合能耗下降22%。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n{declared}\n\n## 三、主要目标\n\n到2025年，单位产品综合能耗较2020年下降12%。\n\n{goal}\n");
        let found = findings(&plan, "target/no-base-year");
        assert!(found.is_empty(), "{goal}\n{found:?}");
    }
}

#[test]
fn what_the_park_has_not_and_a_companys_own_inventory_are_no_non_co2_scope() {
    for (name, plan) in [
        // ministry Markdown: no such process
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 二、核算边界\n\n园区没有电解工序，不存在阳极效应全氟化碳；清单只含二氧化碳。\n"),
        // enterprise: the company's ISO inventory, its non-CO2 part kept apart
        ("plan.txt", "某园区碳达峰实施方案\n\n2 盘查边界\n\n公司每年按ISO 14064-1开展温室气体盘查，盘查结果中的冷媒逸散和化粪池甲烷等非二氧化碳部分单列备查，不纳入本方案。\n"),
        // county: no such emissions
        ("plan.txt", "某园区碳达峰实施方案\n\n二、核算边界\n\n园区生产过程不产生氧化亚氮，本方案只核算二氧化碳。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // A gas the park emits and counts is still reported.
    let plan = "# 某园区碳达峰实施方案\n\n## 二、核算边界\n\n园区电解工序存在阳极效应全氟化碳排放，按二氧化碳当量计入排放总量。\n";
    let found = findings(plan, "boundary/non-co2");
    assert!(!found.is_empty());
    assert_eq!(line_of(&found[0]), Some(5));
}

/// A pathway chapter with three tasks and `extra`, as a plan lays it out.
fn pathway(extra: &str) -> String {
    format!("# 某园区碳达峰实施方案\n\n## 四、实施路径\n\n### （一）能源结构优化\n\n推进屋顶光伏建设。\n\n### （二）节能降碳改造\n\n推进电机系统节能改造。\n\n### （三）绿色运输\n\n推广电动叉车。\n\n{extra}\n")
}

#[test]
fn green_power_bought_and_guided_supporting_firms_are_their_sections() {
    for extra in [
        "### （四）绿电消纳\n\n2030年购入绿电2500万千瓦时，优先消纳省内风电光伏。",
        "### （四）绿色电力\n\n公司统一采购绿证，覆盖厂区全部用电。",
    ] {
        let found = findings(&pathway(extra), "structure/missing-section");
        assert!(
            !found.iter().any(|d| d.message.contains("市场机制")),
            "{extra}: {found:?}"
        );
    }
    let found = findings(
        &pathway("### （四）分布式光伏\n\n新建屋顶光伏2万千瓦。"),
        "structure/missing-section",
    );
    assert!(
        found.iter().any(|d| d.message.contains("市场机制")),
        "{found:?}"
    );
    for extra in [
        "### （四）指导配套企业\n\n指导模具、包装、检测和物流4家配套企业建立能源台账、制定企业达峰计划。",
        "### （四）配套企业\n\n督促入园配套企业编制碳达峰行动计划。",
    ] {
        let found = findings(&pathway(extra), "structure/missing-section");
        assert!(
            !found.iter().any(|d| d.message.contains("园区内企业碳达峰指导")),
            "{extra}: {found:?}"
        );
    }
    let found = findings(
        &pathway("### （四）配套服务\n\n建设园区公共服务平台。"),
        "structure/missing-section",
    );
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("园区内企业碳达峰指导")),
        "{found:?}"
    );
}
