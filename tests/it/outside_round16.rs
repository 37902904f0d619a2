//! Readings generalised after the sixteenth round of outside plans (session 18), each in
//! several drafting styles: a scenario table whose cells are bare numbers takes the unit of
//! a figure beside it that repeats one of its cells; a pair of reductions after a pair of
//! years is dated in order without 分别; a plain year the plan's indicator table has a
//! column for is a milestone, not a year of data; a section title that only urges
//! (深化…, 加强…) repeats the section it names.

use crate::common::{facts_of, findings, measure_reductions};
use peaklint::document::Format;

fn bau(text: &str, format: Format) -> Vec<(u16, f64)> {
    facts_of(text, format)
        .bau
        .iter()
        .map(|p| (p.year, p.value))
        .collect()
}

#[test]
fn a_figure_beside_a_bare_scenario_table_gives_its_unit() {
    let table = "| 情景 | 2023年 | 2027年 | 2030年 |\n|---|---|---|---|\n| 基准情景 | 120.0 | 191.9 | 243.7 |\n| 达峰情景 | 120.0 | 162.3 | 158.6 |";
    let want = vec![(2023, 120.0), (2027, 191.9), (2030, 243.7)];
    // Consultancy: the figure in the paragraph after the table.
    let md = format!("# 某数据中心集群碳达峰实施方案\n\n## 四、达峰研判\n\n设置两种情景。\n\n{table}\n\n达峰情景下，集群排放于2027年达到峰值162.3万吨。\n");
    assert_eq!(bau(&md, Format::Markdown), want, "{md}");
    // Province: the base year's total in the caption paragraph above it.
    let md = format!("# 某开发区碳达峰实施方案\n\n## 四、情景分析\n\n2023年开发区二氧化碳排放120.0万吨，两种情景预测如下。\n\n{table}\n");
    assert_eq!(bau(&md, Format::Markdown), want, "{md}");
    // Nothing beside it repeats a cell, or only a round number does: no unit, no BAU.
    for beside in [
        "基准情景排放持续上升。",
        "达峰情景下排放于2027年达到峰值，约162万吨。",
    ] {
        let md = format!("# 某开发区碳达峰实施方案\n\n## 四、情景分析\n\n设置两种情景。\n\n{table}\n\n{beside}\n");
        assert_eq!(bau(&md, Format::Markdown), vec![], "{md}");
    }
}

#[test]
fn reductions_after_as_many_years_are_dated_in_order() {
    let plan = |s: &str| format!("# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n{s}\n");
    for s in [
        // consultancy: the years with the levels, the reductions after
        "集群平均PUE 2027年降至1.24、2030年降至1.20，预计减排10.5万吨和20.8万吨。",
        // city: capacities by year, then the reductions
        "屋顶光伏新增发电量2027年0.5亿千瓦时、2030年1.2亿千瓦时，预计减排10.5万吨和20.8万吨。",
        // province: a bracketed year after each capacity
        "新增装机5.9万千瓦（2027年）和15.9万千瓦（2030年），减排10.5万吨和20.8万吨。",
    ] {
        assert_eq!(
            measure_reductions(&plan(s)),
            vec![(Some(2027), 10.5), (Some(2030), 20.8)],
            "{s}"
        );
    }
    // Two subjects and one year: the figures are the subjects', both of 2030.
    let s = "到2030年，光伏和节能改造预计减排10.5万吨和20.8万吨。";
    assert_eq!(
        measure_reductions(&plan(s)),
        vec![(Some(2030), 10.5), (Some(2030), 20.8)],
        "{s}"
    );
}

fn roles(text: &str, year: u16) -> Vec<String> {
    facts_of(text, Format::Markdown)
        .targets
        .iter()
        .filter(|t| {
            t.metric_id.as_deref() == Some("co2_intensity_value_added")
                && t.target_year == Some(year)
        })
        .map(|t| t.role.clone())
        .collect()
}

#[test]
fn a_plain_year_with_a_column_in_the_indicator_table_is_a_milestone() {
    let table = "| 指标 | 2023年 | 2027年 | 2030年 | 属性 |\n|---|---|---|---|---|\n| 单位增加值二氧化碳排放（吨/万元） | 2.143 | 1.714 | 1.286 | 约束性 |";
    let plan = |goal: &str, t: &str| {
        format!("# 某集群碳达峰实施方案\n\n## 一、总则\n\n基准年为2023年。\n\n## 四、目标\n\n{goal}\n\n{t}\n")
    };
    let goal = "强度：单位增加值二氧化碳排放2027年较2023年下降20%以上，2030年较2023年下降40%以上。";
    let with = plan(goal, table);
    assert!(
        roles(&with, 2027).iter().all(|r| r == "plan") && !roles(&with, 2027).is_empty(),
        "{:?}",
        roles(&with, 2027)
    );
    // Without such a table, a plain 2024 after a 2023 base is still a year of data.
    let past = plan("2024年园区单位增加值二氧化碳排放较2023年下降3.2%。", "");
    assert_eq!(roles(&past, 2024), vec!["history".to_string()]);
}

#[test]
fn an_urging_title_repeats_the_section_it_names() {
    let plan = |a: &str, b: &str| {
        format!(
            "# 某产业园碳达峰实施方案\n\n## 一、总体要求\n\n正文。\n\n## 二、碳排放分析\n\n正文。\n\n## 三、碳达峰目标\n\n正文。\n\n\
             ## 四、实施路径\n\n### （一）能源结构优化\n\n正文。\n\n### （二）{a}\n\n正文。\n\n### （三）产业绿色升级\n\n正文。\n\n### （四）{b}\n\n正文。\n\n\
             ## 五、保障措施\n\n正文。\n"
        )
    };
    // The heading reported is the one that is not the item's best match.
    for (a, b, at) in [
        ("节能降碳增效", "深化节能降碳增效", "### （四）"),
        ("节能降碳增效", "持续推进节能降碳增效", "### （四）"),
        ("加快能效提升", "能效提升", "### （二）"),
    ] {
        let text = plan(a, b);
        let line = text
            .lines()
            .position(|l| l.starts_with(at))
            .map(|i| i as u32 + 1);
        let f = findings(&text, "structure/duplicate-section");
        assert_eq!(f.len(), 1, "{a} / {b}: {f:#?}");
        assert_eq!(
            f[0].location.as_ref().and_then(|l| l.line),
            line,
            "{a} / {b}"
        );
    }
    // Two subjects of one item are not one section twice.
    let f = findings(
        &plan("节能降碳增效", "重点行业节能改造"),
        "structure/duplicate-section",
    );
    assert!(f.is_empty(), "{f:#?}");
}

/// An indicator beyond carbon and energy that parks set, 余热 utilisation, needs a waste-heat
/// task of its own (`targets.metrics[waste_heat_utilisation].measure_keywords`); a heat pump
/// replacing gas heating is none.
#[test]
fn a_waste_heat_indicator_needs_a_waste_heat_task() {
    let plan = |goal: &str, tasks: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、总则\n\n本方案以2023年为基准年。\n\n## 三、碳达峰目标\n\n{goal}\n\n## 四、重点任务\n\n{tasks}\n"
        )
    };
    let goals = [
        // consultancy: a table row
        "| 指标 | 2023年 | 2027年 | 2030年 | 属性 |\n|---|---|---|---|---|\n| 余热回收供暖面积（万平方米） | 0 | 30 | 80 | 预期性 |",
        // province: a sentence
        "到2030年，园区工业余热利用率达到65%。",
        // enterprise: a generation target
        "到2027年，园区余热发电量达到1.2亿千瓦时。",
    ];
    for goal in goals {
        let none = plan(goal, "燃气供暖改为电驱热泵。建设屋顶分布式光伏。");
        let f = findings(&none, "target/no-measure");
        assert_eq!(f.len(), 1, "{goal}: {f:#?}");
        assert!(f[0].message.contains("余热余压利用"), "{}", f[0].message);
        let with = plan(
            goal,
            "实施焦炉烟气和循环冷却水余热回收工程，向周边社区供暖。",
        );
        assert!(findings(&with, "target/no-measure").is_empty(), "{goal}");
    }
}
