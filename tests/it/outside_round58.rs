//! Readings generalised after rounds 58 and 59 of outside plans (session 33), each in more
//! than one drafting style, with the negative beside it:
//! - a unit note under a table in brackets (`（单位：万吨二氧化碳）`) gives its figures' unit;
//! - a yearless total with the park as its subject (`园区二氧化碳排放21.65万吨`) takes the
//!   year its paragraph opened with, in `facts` as in the stated totals;
//! - an exclusion written as `不予计列`, an extent written as `规划区内`;
//! - a last chapter titled for energy supply (`六、能源保障项目`) is no safeguards chapter;
//! - a base column headed `2020基准` gives the base values, a `基准情景` column does not;
//! - a ratio referring back (`园区将这一比重…提高到35%`) is the indicator named before it;
//! - insulation and heat pumps are energy-saving measures;
//! - a PDF copy's row whose long label leaves one space before its first figure is a row,
//!   and a table broken by a page's footer and running header is one table;
//! - a cap written as precisely as the indicator table's level is that figure restated;
//! - an undated pair of reductions (`减排3.4万吨和8.6万吨`) takes the years of the dated pairs;
//! - a rule's silence continues an exclusion's topic, a `分别` list naming nothing takes the
//!   indicators before it, a scenario adopted (`推荐达峰情景：`) states the plan's own peak.

use crate::common::{facts_of, findings, findings_in, line_of, line_with, measure_reductions};
use peaklint::diagnostic::{Diagnostic, Severity};
use peaklint::document::Format;

#[test]
fn a_bracketed_unit_note_under_a_table_gives_its_unit() {
    // county plain text (space-aligned) and consultancy Markdown (pipe tables)
    let text = "某园区碳达峰实施方案\n\n一、达峰目标\n\n（一）情景测算\n\n年份        2021    2025    2028    2030\n基准情景    21.7    30.2    34.9    38.5\n达峰情景    21.7    26.5    27.6    27.1\n　　（单位：万吨二氧化碳）\n";
    let md = "# 某园区碳达峰实施方案\n\n## 三、情景分析\n\n| 情景 | 2021 | 2025 | 2028 | 2030 |\n|---|---|---|---|---|\n| 基准情景 | 21.7 | 30.2 | 34.9 | 38.5 |\n| 达峰情景 | 21.7 | 26.5 | 27.6 | 27.1 |\n\n(单位：万吨CO2)\n";
    for (plan, format) in [(text, Format::Text), (md, Format::Markdown)] {
        let bau: Vec<(u16, f64)> = facts_of(plan, format)
            .bau
            .iter()
            .map(|p| (p.year, p.value))
            .collect();
        assert_eq!(
            bau,
            [(2021, 21.7), (2025, 30.2), (2028, 34.9), (2030, 38.5)],
            "{plan}"
        );
        // A note that names no unit gives none.
        let noted = plan
            .replace("（单位：万吨二氧化碳）", "（说明：按历史趋势测算）")
            .replace("(单位：万吨CO2)", "(说明：按历史趋势测算)");
        assert!(facts_of(&noted, format).bau.is_empty(), "{noted}");
    }
}

#[test]
fn a_yearless_total_of_the_park_is_dated_by_its_paragraph() {
    for (sentence, value) in [
        // city: the park as the subject, the year in the paragraph's first sentence
        (
            "2021年园区外购电力2.85亿千瓦时，消耗柴油0.95万吨。园区二氧化碳排放21.65万吨，单位增加值二氧化碳排放0.373吨/万元。",
            21.65,
        ),
        // enterprise: 基地 as the subject
        (
            "2021年基地外购电力1.2亿千瓦时。基地二氧化碳排放8.4万吨，其中外购电力排放6.7万吨。",
            8.4,
        ),
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n本方案以2021年为基准年。\n\n## 一、碳排放现状\n\n{sentence}\n");
        let inventory: Vec<(u16, f64)> = facts_of(&plan, Format::Markdown)
            .inventory
            .iter()
            .map(|e| (e.year, e.value))
            .collect();
        assert!(inventory.contains(&(2021, value)), "{plan}\n{inventory:?}");
        // A part's figure is no inventory line.
        let part = plan.replace("园区二氧化碳排放", "园区企业二氧化碳排放");
        let part = part.replace("基地二氧化碳排放8.4", "其中重点企业二氧化碳排放8.4");
        assert!(
            !facts_of(&part, Format::Markdown)
                .inventory
                .iter()
                .any(|e| e.value == value),
            "{part}"
        );
    }
}

#[test]
fn an_exclusion_written_as_not_listed_and_an_extent_written_as_the_planned_area() {
    let boundary = |extent: &str, gases: &str| {
        format!("# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n### （一）核算边界\n\n核算范围为{extent}的二氧化碳排放，包括天然气、柴油燃烧的直接排放和净调入电力的间接排放。{gases}核算依据《工业企业温室气体排放核算和报告通则》（GB/T 32150—2015）。\n")
    };
    for gases in [
        // ministry: the refrigerants and N2O named, then 不予计列
        "冷库制冷剂的逸散、焚烧废气伴生的微量氧化亚氮，虽同属温室气体，但不是二氧化碳，按编制指南不予计列。",
        // enterprise: 不作计列
        "污水站厌氧单元逸散的甲烷不作计列。",
    ] {
        let plan = boundary("园区规划范围内全部工业企业和公共设施", gases);
        assert!(findings(&plan, "boundary/non-co2").is_empty(), "{plan}");
    }
    // Counted in, it is reported.
    let plan = boundary(
        "园区规划范围内全部工业企业和公共设施",
        "污水站厌氧单元逸散的甲烷按二氧化碳当量计入排放总量。",
    );
    assert_eq!(findings(&plan, "boundary/non-co2").len(), 1, "{plan}");

    for extent in ["规划区内企业和公共设施", "园区规划区域以内各类用能单位"]
    {
        let plan = boundary(extent, "");
        assert!(findings(&plan, "boundary/undeclared").is_empty(), "{plan}");
    }
    // No extent at all is still incomplete.
    let plan = boundary("各类用能单位", "");
    let f = findings(&plan, "boundary/undeclared");
    assert_eq!(f.len(), 1, "{plan}");
    assert!(f
        .first()
        .is_some_and(|d| d.message.contains("空间或组织范围")));
}

fn safeguards_missing(text: &str) -> Vec<Diagnostic> {
    findings(text, "structure/missing-chapter")
        .into_iter()
        .filter(|d| d.message.contains("保障措施"))
        .collect()
}

#[test]
fn a_last_chapter_titled_for_energy_supply_is_no_safeguards_chapter() {
    let plan = |last: &str, body: &str| {
        format!("# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n坚持系统观念。\n\n## 二、碳排放现状\n\n2020年园区二氧化碳排放15.1万吨。\n\n## 三、主要目标\n\n园区力争2028年实现碳达峰。\n\n## 四、重点任务\n\n推进屋顶光伏建设。\n\n## 五、监测评估\n\n每年核算排放并对照目标评估。\n\n## {last}\n\n{body}\n")
    };
    let supply = "为满足新增产线用能需求，园区同步建设110千伏变电站扩容、蒸汽管网延伸等项目。";
    for last in ["六、能源保障项目", "六、电力保障工程"] {
        let text = plan(last, supply);
        let f = safeguards_missing(&text);
        assert_eq!(f.len(), 1, "{text}\n{f:#?}");
        assert_eq!(f.first().map(|d| d.severity), Some(Severity::Error));
    }
    let organised = "成立碳达峰工作领导小组，设立专项资金，将目标完成情况纳入考核。";
    for last in ["六、保障措施", "六、组织保障"] {
        let text = plan(last, organised);
        assert!(safeguards_missing(&text).is_empty(), "{text}");
    }
}

#[test]
fn a_base_column_headed_by_year_and_base_gives_the_base_values() {
    // consultancy: `2020基准` with and without a unit column
    let tables = [
        "| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 单位工业增加值二氧化碳排放（吨/万元） | 0.770 | 0.631 | 0.461 |\n| 可再生能源电力消费比重（%） | 3.7 | 14 | 25 |\n",
        "| 指标 | 单位 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|---|\n| 单位工业增加值二氧化碳排放 | 吨/万元 | 0.770 | 0.631 | 0.461 |\n| 可再生能源电力消费比重 | % | 3.7 | 14 | 25 |\n",
    ];
    for table in tables {
        let plan = format!("# 某园区碳达峰实施方案\n\n本方案以2020年为基准年。\n\n## 三、主要目标\n\n表3 主要指标\n\n{table}\n");
        assert!(findings(&plan, "target/no-baseline").is_empty(), "{plan}");
        // Without the base column's values the share's base is missing.
        let blank = plan.replace("| 3.7 |", "| — |");
        let f = findings(&blank, "target/no-baseline");
        assert_eq!(f.len(), 1, "{blank}\n{f:#?}");
        assert!(f
            .first()
            .is_some_and(|d| d.message.contains("可再生能源电力消费比重")));
    }
    // A business-as-usual column is no base: its `维持7%` is a scenario's assumption.
    let plan = "# 某园区碳达峰实施方案\n\n本方案以2022年为基准年。\n\n## 三、情景分析\n\n| 参数 | 基准情景 | 达峰情景 |\n|---|---|---|\n| 绿电比例 | 维持7% | 2030年达到45% |\n\n## 四、主要目标\n\n2030年可再生能源电力消费比重达到45%以上。\n";
    let f = findings(plan, "target/no-baseline");
    assert_eq!(f.len(), 1, "{plan}\n{f:#?}");
    assert_eq!(f.first().and_then(line_of), line_with(plan, "2030年可再生"));
}

#[test]
fn a_ratio_referring_back_is_the_indicator_named_before() {
    let plan = |target: &str, tasks: &str| {
        format!("# 某园区碳达峰实施方案\n\n本方案以2020年为基准年。\n\n## 三、主要目标\n\n{target}\n\n## 四、重点任务\n\n{tasks}\n")
    };
    let tasks = "建设屋顶光伏2.7万千瓦，购入绿电2500万千瓦时，以秸秆成型燃料替代部分天然气。";
    for target in [
        // county: the national target quoted, then 这一比重
        "国家提出2025年非化石能源消费比重达到20%左右，园区将这一比重由2020年的22.3%提高到2030年的35%。",
        // province: 该比例
        "全省可再生能源电力消费比重2025年达到30%，园区该比例2030年达到60%。",
    ] {
        let text = plan(target, tasks);
        let f = findings(&text, "target/no-measure");
        assert!(
            f.iter().all(|d| !d.message.contains("这一") && !d.message.contains("该比例")),
            "{text}\n{f:#?}"
        );
    }
    // An indicator the pack does not know, with no measure, is still reported.
    let text = plan(
        "到2030年，园区工业用水重复利用率由2020年的82%提高到92%。",
        tasks,
    );
    let f = findings(&text, "target/no-measure");
    assert_eq!(f.len(), 1, "{text}\n{f:#?}");
    assert!(f
        .first()
        .is_some_and(|d| d.message.contains("工业用水重复利用率")));
}

#[test]
fn insulation_and_heat_pumps_save_energy() {
    let plan = |task: &str| {
        format!("# 某园区碳达峰实施方案\n\n本方案以2020年为基准年，2020年单位工业增加值能耗0.066吨标准煤/万元。\n\n## 三、主要目标\n\n到2025年，单位工业增加值能耗较2020年下降15%。\n\n## 四、重点任务\n\n{task}\n")
    };
    for task in [
        // PDF-copied park: the techniques, no 节能
        "储罐伴热由蒸汽改为电伴热，调和釜改用高温热泵加热，加强罐体保温，2025年减排0.10万吨。",
        // enterprise: condensate recovery and insulation of the steam mains
        "推广冷凝水回收和蒸汽管网保温，2025年减排0.5万吨。",
    ] {
        let text = plan(task);
        assert!(findings(&text, "target/no-measure").is_empty(), "{text}");
    }
    let text = plan("建设屋顶光伏2万千瓦，2025年减排0.3万吨。");
    let f = findings(&text, "target/no-measure");
    assert_eq!(f.len(), 1, "{text}\n{f:#?}");
    assert!(f
        .first()
        .is_some_and(|d| d.message.contains("单位工业增加值能耗")));
}

/// A PDF copy's goals paragraph, then its indicator table whose long label leaves one
/// space before its first figure.
fn pdf_goals(cap: &str, table_total: &str) -> String {
    format!(
        "某园区碳达峰实施方案\n\n三、主要目标\n到2025年，园区二氧化碳排放总量控制在{cap}以内，单位工业增加值二氧化碳排放较2020年下降16.9%。\n表3  主要指标\n指标                                  2020年    2025年    2030年\n二氧化碳排放总量（万吨）              5.71      {table_total}      6.35\n单位工业增加值二氧化碳排放（吨/万元） 0.183     0.152     0.114\n屋顶光伏装机（兆瓦）                  1.5       7.5       15.5\n四、重点任务\n建设屋顶光伏。\n"
    )
}

#[test]
fn a_cap_written_as_precisely_as_the_tables_level_restates_it() {
    let plan = pdf_goals("6.84万吨", "6.48");
    let f = findings_in("plan.txt", &plan, "target/conflict");
    assert_eq!(f.len(), 1, "{plan}\n{f:#?}");
    assert!(f
        .first()
        .is_some_and(|d| d.message.contains("6.48") && d.message.contains("6.84")));
    assert_eq!(
        f.first().and_then(line_of),
        line_with(&plan, "二氧化碳排放总量（万吨）")
    );
    // The same figure, or a rounder cap above the level, agrees.
    for (cap, level) in [("6.48万吨", "6.48"), ("7万吨", "6.48"), ("6.5万吨", "6.48")] {
        let plan = pdf_goals(cap, level);
        assert!(
            findings_in("plan.txt", &plan, "target/conflict").is_empty(),
            "{plan}"
        );
    }
    // The squeezed row is read: its 2025 level is compared with the text's intensity.
    let plan = pdf_goals("6.48万吨", "6.48").replace("0.183     0.152", "0.183     0.162");
    let targets: Vec<f64> = facts_of(&plan, Format::Text)
        .targets
        .iter()
        .filter(|t| t.metric.as_deref() == Some("单位工业增加值二氧化碳排放"))
        .map(|t| t.value)
        .collect();
    assert!(targets.contains(&0.162), "{targets:?}");
}

#[test]
fn a_table_broken_by_a_page_break_is_one_table() {
    let plan = |total: &str| {
        let wrapped = "以2020年为基准年，园区二氧化碳排放总量5.59万吨，单位工业\n增加值二氧化碳排放0.179吨/万元，单位工业增加值能耗0.066\n吨标准煤/万元，数据来自园区能源统计和企业能源利用状况报告。\n";
        format!(
            "某园区碳达峰实施方案（2023—2030年）\n\n一、碳排放现状\n{wrapped}{wrapped}{wrapped}表1  2020年园区二氧化碳排放构成（万吨）\n排放源            活动水平           排放量     占比（%）\n天然气            0.095亿立方米      2.05       36.7\n净调入电力        0.62亿千瓦时       3.45       61.7\n\n— 2 —\n\n某园区碳达峰实施方案（2023—2030年）\n\n柴油              0.03万吨           0.09       1.6\n合计              —                 {total}       100.0\n二、主要目标\n{wrapped}\n— 3 —\n\n某园区碳达峰实施方案（2023—2030年）\n\n{wrapped}\n— 4 —\n"
        )
    };
    let good = plan("5.59");
    assert!(
        findings_in("plan.txt", &good, "consistency/share-sum").is_empty(),
        "{good}"
    );
    assert!(
        findings_in("plan.txt", &good, "consistency/table-sum").is_empty(),
        "{good}"
    );
    let bad = plan("5.99");
    let f = findings_in("plan.txt", &bad, "consistency/table-sum");
    assert_eq!(f.len(), 1, "{bad}\n{f:#?}");
    assert!(f
        .first()
        .is_some_and(|d| d.message.contains("5.99") && d.message.contains("3个分项")));
}

#[test]
fn an_undated_pair_of_reductions_takes_the_years_of_the_dated_pairs() {
    let plan = |first: &str, second: &str| {
        format!("# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n### （一）扩大绿电消费\n\n{first}\n\n### （二）设备节能改造\n\n{second}\n")
    };
    for (first, second) in [
        // county: 分别 with the years, then a bare pair
        (
            "建设厂房屋顶分布式光伏，2025年、2030年分别减排6.2万吨和16.5万吨。",
            "推广高效电机和细纱节能技术，减排3.4万吨和8.6万吨，2025年底前完成重点企业改造。",
        ),
        // enterprise: 到…年 lists, then a bare pair with 、
        (
            "公司购入绿电，到2025年、2030年分别减少二氧化碳排放6.2万吨、16.5万吨。",
            "空压站和循环水系统变频改造，可减排3.4万吨、8.6万吨。",
        ),
    ] {
        let mut got = measure_reductions(&plan(first, second));
        got.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        assert_eq!(
            got,
            [
                (Some(2025), 3.4),
                (Some(2025), 6.2),
                (Some(2030), 8.6),
                (Some(2030), 16.5)
            ],
            "{first}{second}"
        );
    }
    // Dated lists of two different pairs of years give the bare pair no years.
    let text = format!(
        "{}\n\n### （三）余热回收\n\n2027年、2030年分别减排1.0万吨和2.0万吨。\n",
        plan(
            "2025年、2030年分别减排6.2万吨和16.5万吨。",
            "减排3.4万吨和8.6万吨。"
        )
    );
    let undated: Vec<f64> = measure_reductions(&text)
        .into_iter()
        .filter(|(y, _)| y.is_none())
        .map(|(_, v)| v)
        .collect();
    assert_eq!(undated, [3.4, 8.6], "{text}");
}

#[test]
fn a_rule_that_does_not_ask_for_a_gas_explains_its_exclusion() {
    let plan = |sentence: &str| {
        format!("# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n### （二）核算边界和方法\n\n核算范围为园区规划范围内全部企业，包括天然气燃烧直接排放和外购电力间接排放。{sentence}\n")
    };
    for sentence in [
        // county: the guide's silence, then 亦不核算
        "厌氧池逸散的甲烷和制革工序氨氮转化产生的氧化亚氮，编制指南未作要求，本方案亦不核算。",
        // province: a national standard's silence, then 不纳入
        "含氟气体主要来自制冷设备，国家标准未作规定，本方案不纳入核算。",
    ] {
        let text = plan(sentence);
        assert!(findings(&text, "boundary/non-co2").is_empty(), "{text}");
    }
    // Counted in after the same remark, it is reported.
    let text = plan("厌氧池逸散的甲烷，编制指南未作要求，本方案仍计入排放总量。");
    assert_eq!(findings(&text, "boundary/non-co2").len(), 1, "{text}");
}

#[test]
fn a_respective_list_naming_nothing_takes_the_indicators_named_before() {
    for sentence in [
        // consultancy: 即到2025年…；到2030年分别…
        "即到2025年单位工业增加值二氧化碳排放较2020年下降12%以上、能耗下降14%；到2030年分别下降29%和27%。",
        // province: the indicators as a list, then 分别 for the later year
        "到2025年，单位工业增加值能耗、二氧化碳排放分别比2020年下降14%、18%；到2030年分别下降30%、40%。",
    ] {
        let text = format!("# 某园区碳达峰实施方案\n\n本方案以2020年为基准年。\n\n## 三、主要目标\n\n{sentence}\n");
        assert!(findings(&text, "target/no-base-year").is_empty(), "{text}");
        let facts = facts_of(&text, Format::Markdown);
        let later: Vec<(Option<&str>, f64, Option<u16>)> = facts
            .targets
            .iter()
            .filter(|t| t.target_year == Some(2030))
            .map(|t| (t.metric_id.as_deref(), t.value, t.base_year))
            .collect();
        assert_eq!(later.len(), 2, "{later:?}");
        assert!(later.iter().all(|(m, _, b)| m.is_some() && *b == Some(2020)), "{later:?}");
        let ids: Vec<_> = later.iter().map(|(m, ..)| *m).collect();
        assert_ne!(ids.first(), ids.get(1), "{later:?}");
    }
}

#[test]
fn one_indicator_measured_from_two_years_without_a_declared_base() {
    let plan = |energy: &str| {
        format!("# 某园区碳达峰实施方案\n\n## 四、达峰目标\n\n到2025年单位工业增加值二氧化碳排放较2020年下降16%以上，到2030年较2020年下降37%以上；{energy}\n")
    };
    for energy in [
        // enterprise: one sentence, two comparisons
        "单位工业增加值能耗到2025年较2020年下降15%、到2030年较2021年下降28%。",
        // county: two sentences
        "到2025年单位工业增加值能耗比2020年下降15%。到2030年单位工业增加值能耗比2021年下降28%。",
    ] {
        let text = plan(energy);
        let f = findings(&text, "boundary/base-year");
        assert_eq!(f.len(), 1, "{text}\n{f:#?}");
        assert!(f.first().is_some_and(|d| d.message.contains("2021年")));
    }
    let text = plan("单位工业增加值能耗到2025年较2020年下降15%、到2030年较2020年下降28%。");
    assert!(findings(&text, "boundary/base-year").is_empty(), "{text}");
}

#[test]
fn an_enterprises_monthly_data_and_yearly_inventory_are_its_monitoring() {
    let plan = |body: &str| {
        format!("# 某产业园碳达峰实施方案\n\n## 一、总体要求\n\n坚持系统观念。\n\n## 二、碳盘查与排放分析\n\n2020年产业园二氧化碳排放12.62万吨。\n\n## 三、达峰目标\n\n产业园力争2027年实现碳达峰。\n\n## 四、降碳路径\n\n推进屋顶光伏建设。\n\n## 五、跟踪管理\n\n{body}\n\n## 六、保障措施\n\n成立碳达峰工作委员会。\n")
    };
    let monitoring = |text: &str| -> Vec<Diagnostic> {
        findings(text, "structure/missing-section")
            .into_iter()
            .filter(|d| d.message.contains("监测与统计"))
            .collect()
    };
    for body in [
        "公司能源管理部每月汇总各厂区和配套企业用能数据，每年开展一次碳盘查并经第三方核查，以2020年排放量126200吨为考核基数，2027年对照指标开展中期评估，偏差超过5%时调整措施清单，持续改进。",
        "公司能源管控中心按月汇总各厂区用能数据，每年一季度完成上年度盘查，评估结果报集团。",
    ] {
        let text = plan(body);
        assert!(monitoring(&text).is_empty(), "{text}");
    }
    let text = plan("公司能源管理部以2020年排放量126200吨为考核基数，2027年对照指标开展中期评估，偏差超过5%时调整措施清单，持续改进。");
    assert_eq!(monitoring(&text).len(), 1, "{text}");
}

#[test]
fn a_scenario_adopted_states_the_plans_own_peak() {
    for sentence in [
        // consultancy: the recommendation, a colon, then the peak
        "综合考虑，推荐达峰情景：园区2028年前后实现碳达峰，2035年较峰值下降10.8%。",
        // province: the scenario made the plan's
        "采用低碳情景作为规划情景，园区2028年前后实现碳达峰。",
    ] {
        let text = format!("# 某园区碳达峰实施方案\n\n## 三、情景分析与达峰目标\n\n{sentence}\n");
        let peak = facts_of(&text, Format::Markdown).peak;
        assert_eq!(peak.and_then(|p| p.year), Some(2028), "{text}");
    }
    // A scenario only described states no peak of the plan's.
    let text = "# 某园区碳达峰实施方案\n\n## 三、情景分析\n\n强化情景下园区2026年即实现碳达峰，但所需绿电规模超出县域可供电量。\n";
    assert_eq!(
        facts_of(text, Format::Markdown).peak.and_then(|p| p.year),
        None,
        "{text}"
    );
}
