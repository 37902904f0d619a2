//! Readings generalised in session 35 from outside rounds 66 and 67, each in more than one
//! drafting style, with the negative beside it:
//! - a change on top of the previous milestone (`…较2020年下降35%以上，单位产品综合能耗再下降
//!   10%`) has no base year of its own: it borrows neither the base written before it nor the
//!   declared one, and is not ordered against milestones from the base year;
//! - what the park has not at all (`园区没有电解工序，不存在阳极效应全氟化碳`) and a company's
//!   own inventory under a named standard (`按ISO 14064-1开展温室气体盘查`) are no non-CO2 scope;
//! - green power bought (`购入绿电2500万千瓦时`) is the market mechanism; guiding the supporting
//!   firms to make peak plans (`指导…4家配套企业…制定企业达峰计划`) is the enterprise guidance;
//! - a fossil fuel named with its burning (`天然气燃烧`) names the emission sources; the CO2
//!   part taken from an inventory (`只采用盘查结果中的二氧化碳数据`) restricts it; an evaluation
//!   put to use (`根据评估结果优化任务`) is the improvement step;
//! - totals written year by year (`合计减排量2025年为11.0万吨`) and another year's reduction in
//!   brackets (`2030年减排3.7万吨（2025年1.8万吨）`) are read;
//! - every target measured from one year after the declared base year, the inventory of the
//!   declared year, is a second base year.

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

#[test]
fn a_fossil_fuel_named_with_its_burning_names_the_sources() {
    for boundary in [
        // enterprise: the furnaces' gas and purchased power and steam
        "盘查边界为园区红线内全部企业。排放源包括热处理炉、镀锌锅等天然气燃烧，外购电力和外购蒸汽的间接排放。",
        // county: diesel and coal, then purchased power
        "核算边界为园区规划范围内全部企业，排放源为燃煤锅炉和厂内车辆柴油燃烧，以及外购电力的间接排放。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n### （一）核算边界\n\n{boundary}规划面积3.2平方公里。\n");
        let found = findings(&plan, "boundary/undeclared");
        assert!(found.is_empty(), "{boundary}\n{found:?}");
    }
    let plan = "# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n### （一）核算边界\n\n盘查边界为园区红线内全部企业，包括外购电力和外购蒸汽的间接排放。规划面积3.2平方公里。\n";
    let found = findings(plan, "boundary/undeclared");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("排放源类别"),
        "{}",
        found[0].message
    );
}

#[test]
fn the_co2_part_taken_from_an_inventory_restricts_it() {
    for (name, plan) in [
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n公司2021年委托第三方开展温室气体盘查，本方案只采用盘查结果中的二氧化碳数据。\n"),
        ("plan.txt", "某园区碳达峰实施方案\n\n二、碳排放现状\n\n园区2022年完成温室气体清单编制，本方案仅使用清单数据中的二氧化碳部分。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The inventory's GHG total used as the park's is still reported.
    let plan = "# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n公司2021年委托第三方开展温室气体盘查，盘查结果中的温室气体排放总量为12.6万吨二氧化碳当量。\n";
    let found = findings(plan, "boundary/non-co2");
    assert!(!found.is_empty());
    assert_eq!(line_of(&found[0]), Some(5));
}

#[test]
fn an_evaluation_put_to_use_is_the_improvement() {
    for tracking in [
        // county
        "每年开展一次评估，2026年开展中期评估，根据评估结果优化任务和项目安排。",
        // enterprise
        "公司能源管理部按月汇总数据，评估结果用于调整项目和优化目标，形成闭环。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 五、跟踪评估\n\n建立园区能碳监测平台，按年核算二氧化碳排放。{tracking}\n");
        let found = findings(&plan, "structure/missing-section");
        assert!(
            !found.iter().any(|d| d.message.contains("优化改进")),
            "{tracking}: {found:?}"
        );
    }
    let plan = "# 某园区碳达峰实施方案\n\n## 五、跟踪评估\n\n建立园区能碳监测平台，按年核算二氧化碳排放，评估结果表明进展顺利。\n";
    let found = findings(plan, "structure/missing-section");
    assert!(
        found.iter().any(|d| d.message.contains("优化改进")),
        "{found:?}"
    );
}

/// A pathway chapter with one measure, `extra` after it.
fn measures(extra: &str) -> String {
    format!("# 某园区碳达峰实施方案\n\n## 四、重点任务\n\n### （一）节能改造\n\n推进电机节能改造，2025年、2030年分别减排1.0万吨和2.0万吨。\n\n### （二）清洁能源\n\n{extra}\n")
}

#[test]
fn totals_by_year_and_bracketed_other_years_are_reductions() {
    use crate::common::measure_reductions;
    // A total written year by year with 为 (`合计减排量2025年为11.0万吨`).
    let facts = crate::common::facts_of(
        &measures("各项任务合计减排量2025年为11.0万吨、2030年为33.5万吨，分别大于基准情景与达峰情景的差额8.7万吨和29.7万吨。"),
        peaklint::document::Format::Markdown,
    );
    let totals: Vec<(Option<u16>, f64)> = facts
        .measures
        .iter()
        .filter(|m| m.total)
        .map(|m| (m.reduction.year, m.reduction.value))
        .collect();
    assert_eq!(totals, [(Some(2025), 11.0), (Some(2030), 33.5)]);
    // Another year's reduction in brackets after the first (`2030年减排3.7万吨（2025年1.8万吨）`).
    let got = measure_reductions(&measures(
        "建设屋顶光伏6万千瓦，2030年减排3.7万吨（2025年1.8万吨）；扩大绿电交易，减排6.7万吨（2025年1.7万吨）。",
    ));
    assert!(
        got.contains(&(Some(2025), 1.8)) && got.contains(&(Some(2025), 1.7)),
        "{got:?}"
    );
    // A part of the figure in brackets is no other reduction.
    let got = measure_reductions(&measures(
        "建设屋顶光伏，2030年减排3.7万吨（其中自用部分1.2万吨）。",
    ));
    assert!(!got.iter().any(|(_, v)| (*v - 1.2).abs() < 1e-9), "{got:?}");
}

#[test]
fn every_target_from_a_year_after_the_declared_base_is_a_second_base_year() {
    let head = "# 某园区碳达峰实施方案\n\n## 一、总则\n\n规划面积3.8平方公里。基准年为2020年，实施期为2023—2030年。\n\n## 二、碳排放现状\n\n2020年园区二氧化碳排放总量10.1万吨。\n\n## 三、主要目标\n\n";
    for goals in [
        // county: every change from 2021
        "到2025年，单位工业增加值二氧化碳排放较2021年下降17%，单位工业增加值能耗较2021年下降14%。到2030年，单位工业增加值二氧化碳排放较2021年下降38%。",
        // province: from 2022, in two paragraphs
        "到2025年，单位工业增加值二氧化碳排放比2022年下降12%。\n\n到2030年，单位工业增加值二氧化碳排放比2022年下降33%，单位工业增加值能耗比2022年下降20%。",
    ] {
        let plan = format!("{head}{goals}\n");
        let found = findings(&plan, "boundary/base-year");
        assert_eq!(found.len(), 1, "{goals}\n{found:?}");
        assert_eq!(line_of(&found[0]), Some(13));
    }
    // One target from the status year beside targets from the declared base is no second
    // base year.
    let plan = format!("{head}到2025年，单位工业增加值二氧化碳排放较2020年下降17%；到2030年，较2020年下降38%，光伏装机较2022年翻一番。\n");
    assert!(findings(&plan, "boundary/base-year").is_empty());
}

/// A county plan's indicator table aligned with full-width spaces, one label running into
/// its first figure after its unit's bracket, and the 2030 photovoltaic target `pv_2030`.
fn squeezed_table(pv_2030: &str) -> String {
    format!(
        "某园区碳达峰实施方案\n\n三、主要目标\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降38%，光伏装机达到2.6万千瓦。\n\n主要指标表\n指标　　　　　　　　　　　　　　　　2020年　2025年　2030年\n二氧化碳排放总量（万吨）　　　　　　10.9　　12.3　　12.5\n单位工业增加值二氧化碳排放（吨/万元）0.529　0.439　0.328\n单位工业增加值能耗（吨标准煤/万元）　0.180　0.155　0.131\n光伏装机（万千瓦）　　　　　　　　　0.4　　1.2　　{pv_2030}\n"
    )
}

#[test]
fn a_label_run_into_its_first_figure_after_its_unit_is_a_table_row() {
    let plan = squeezed_table("6.2");
    let found = findings_in("plan.txt", &plan, "target/conflict");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "光伏装机（万千瓦）"));
    assert!(found[0].message.contains("6.2"), "{}", found[0].message);
    // The table agreeing with the text: nothing.
    let plan = squeezed_table("2.6");
    assert!(findings_in("plan.txt", &plan, "target/conflict").is_empty());
}

#[test]
fn purchased_electricity_written_as_an_amount_bought_is_compared_across_units() {
    for (name, plan) in [
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n2020年外购电力3.2亿千瓦时，占综合能源消费的46%。\n\n## 五、重点任务\n\n2020年园区外购电量320000万千瓦时，2030年绿电占比提高到30%。\n"),
        ("plan.txt", "某园区碳达峰实施方案\n\n二、碳排放现状\n\n2020年外购电力3.2亿千瓦时，占综合能源消费的46%。\n\n五、重点任务\n\n2020年园区购入电量320000万千瓦时，2030年绿电占比提高到30%。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), Some(9));
    }
    // Written right (32000万千瓦时): nothing.
    let plan = "# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n2020年外购电力3.2亿千瓦时。\n\n## 五、重点任务\n\n2020年园区外购电量32000万千瓦时。\n";
    assert!(findings(plan, "boundary/unit").is_empty());
}
