//! Readings generalised in session 37 from outside rounds 70–77, each in more than one
//! drafting style, with the negative beside it:
//! - beside the peak, a year's bare emissions (`园区2028年实现碳达峰，峰值72.0万吨；2030年排放
//!   69.7万吨`) are the level the plan sets for that year (the pack's
//!   `lexicon.dated_bare_level`), compared with the indicator table; a year's bare emissions
//!   in a sentence that states no peak are history or a statement, not read;
//! - what a park's plants make, listed (`主要生产油茶籽压榨、精炼茶油和茶皂素`) or with the
//!   amount processed (`年加工油茶籽9.5万吨`), is its industry: a profile written as the first
//!   section of the emission chapter (`（一）园区与厂区`) is there without a chapter of its own.

use crate::common::{findings, findings_in, line_of, line_with};

#[test]
fn bare_emissions_beside_the_peak_are_a_target() {
    let table = "表4 主要指标（万吨）\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 57.0 | 68.3 | 70.9 |\n";
    for (name, plan) in [
        // consultancy Markdown: the peak, then the year's emissions after `；`
        ("plan.md", format!("# 某铜管产业园碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 三、达峰目标\n\n园区2028年实现碳达峰，峰值72.0万吨；2030年排放69.7万吨；2035年较峰值下降11%。\n\n{table}")),
        // county plain text: one clause chain, the park named before its emissions
        ("plan.txt", ("某县化工集中区碳达峰实施方案\n\n一、总体要求\n\n以2020年为基准年。\n\n二、主要目标\n\n集中区力争2028年前实现碳达峰，2030年集中区二氧化碳排放总量69.7万吨。\n\n三、保障措施\n\n（一）强化考核。考核2030年集中区二氧化碳排放总量是否降至70.9万吨。\n").to_string()),
    ] {
        let found = findings_in(name, &plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert!(found[0].message.contains("69.7"), "{:?}", found[0].message);
        let at = if name == "plan.md" { "二氧化碳排放总量 | 57.0" } else { "考核2030年" };
        assert_eq!(line_of(&found[0]), line_with(&plan, at));
    }
    // No peak in the sentence or its clause chain: the years' emissions are a history.
    for text in [
        "2020年排放57.0万吨；2022年排放69.7万吨，年均增长10.6%。",
        "预计园区2030年排放69.7万吨。",
        "园区2028年实现碳达峰。2030年企业排放69.7万吨。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、达峰目标\n\n{text}\n\n{table}");
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn a_profile_opening_the_emission_chapter_is_no_missing_chapter() {
    let rest = "## 三、达峰目标\n\n以2020年为基准年，园区2028年达峰。\n\n## 四、减碳路径\n\n实施光伏建设。\n\n## 五、跟踪评估\n\n每年评估。\n\n## 六、保障措施\n\n加强组织领导。\n";
    for (name, plan) in [
        // enterprise-led Markdown: the park and its plants under the inventory chapter
        ("plan.md", format!("# 某油茶产业园碳达峰实施方案\n\n## 一、编制说明\n\n依据国家要求编制。\n\n## 二、碳排放盘查\n\n### （一）园区与厂区\n\n园区占地1.36平方公里，其中公司本部厂区0.82平方公里。主要生产油茶籽压榨、精炼茶油和茶皂素，工业增加值9.2亿元。\n\n### （二）盘查结果\n\n2020年园区二氧化碳排放3.60万吨。\n\n{rest}")),
        // city plain text: the amount processed in a year
        ("plan.txt", "某县粮油产业园碳达峰实施方案\n\n一、编制背景\n\n依据上级要求编制。\n\n二、碳排放现状\n\n（一）园区和企业\n\n产业园规划面积3.2平方公里，2020年加工大豆42万吨，工业增加值12.6亿元。\n\n（二）排放情况\n\n2020年产业园二氧化碳排放8.4万吨。\n\n三、达峰目标\n\n以2020年为基准年，产业园2028年达峰。\n\n四、减碳路径\n\n实施光伏建设。\n\n五、跟踪评估\n\n每年评估。\n\n六、保障措施\n\n加强组织领导。\n".to_string()),
    ] {
        let found: Vec<_> = findings_in(name, &plan, "structure/missing-chapter")
            .into_iter()
            .filter(|d| d.message.contains("园区概况"))
            .collect();
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The area and the emission sources alone make no profile: it is reported missing.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 一、编制说明\n\n依据国家要求编制。\n\n## 二、碳排放盘查\n\n### （一）盘查范围\n\n盘查范围为园区1.36平方公里内的主要生产设施、辅助设施，排放源包括天然气燃烧和外购电力。\n\n### （二）盘查结果\n\n2020年园区二氧化碳排放3.60万吨。\n\n{rest}");
    let found: Vec<_> = findings(&plan, "structure/missing-chapter")
        .into_iter()
        .filter(|d| d.message.contains("园区概况"))
        .collect();
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
}

#[test]
fn the_park_named_by_the_end_of_its_name_states_park_wide_targets() {
    for (name, plan) in [
        // county plain text: a 化工集中区 calls itself 集中区
        ("plan.txt", "某县化工集中区碳达峰实施方案\n\n一、主要目标\n\n以2020年为基准年。到2030年，集中区二氧化碳排放总量降至69.7万吨。\n\n二、保障措施\n\n到2030年，集中区二氧化碳排放总量降至70.9万吨。\n"),
        // provincial Markdown: an 产业集聚区 written out in full and as 集聚区
        ("plan.md", "# 某市新材料产业集聚区碳达峰实施方案\n\n## 一、主要目标\n\n以2020年为基准年。到2030年，某市新材料产业集聚区二氧化碳排放总量降至69.7万吨。\n\n## 二、保障措施\n\n到2030年，全集聚区二氧化碳排放总量降至70.9万吨。\n"),
    ] {
        let found = findings_in(name, plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(plan, "降至70.9"));
    }
    // In an ETDZ's plan, its 化工集中区 is a part: its total is not the park's.
    let plan = "# 某经济技术开发区碳达峰实施方案\n\n## 一、主要目标\n\n以2020年为基准年。到2030年，开发区二氧化碳排放总量降至69.7万吨。\n\n## 二、保障措施\n\n到2030年，化工集中区二氧化碳排放总量降至30.9万吨。\n";
    assert!(findings(plan, "target/conflict").is_empty());
}
