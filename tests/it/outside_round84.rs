//! Readings generalised in session 39 from outside rounds 82–85, each in more than one
//! drafting style, with the negative beside it:
//! - a required section written under a numbered paragraph's run-in title in the chapter
//!   next door (`**（四）情景预测。**工业增加值按…` closing the status chapter, before the
//!   targets) is present, as a sub-heading there would be; far away, or under a title that
//!   names something else, it is still reported missing;
//! - a gas said not to be what the plan accounts (`逸散的甲烷不是本方案的核算对象`) is named
//!   to be left out, and so is a CO2e figure of another report whose caliber differs and
//!   which is not used (`…口径不同，不用于本方案`);
//! - a table continued over a page break of a PDF or text copy (`续表` and the header
//!   repeated after the running header and page number) is one table: its total row closes
//!   the rows before the break too;
//! - an indicator table's base-year column headed by the year alone (`| 指标 | 2021基准 |`)
//!   declares that base: against a plan based on 2020 it is a second base year, reported at
//!   the header only when no target's base names the year in prose;
//! - a measures table whose total row its own rows contradict counts for its rows' sum in
//!   the reduction gap (`| 合计 | 0.95 | 3.52 |` over 2030 rows adding to 2.52);
//! - a per-product intensity in a carbon plan's short form (`单位产品排放4.683吨/吨活性炭`) is
//!   that indicator, as `单位工业增加值排放` is the value-added one;
//! - a clause opening with the park only as the qualifier of one named member (`园区最大企业
//!   华岩保温公司…`, the pack's `park_member`) makes the targets after it the member's.

use crate::common::{findings, findings_in, line_of, line_with};

/// A plan whose scenario forecast closes the status chapter under a run-in title `label`
/// (its paragraph written as `paragraph(label, body)`), the targets chapter after it.
fn scenario_before_targets(paragraph: &str) -> String {
    format!(
        "# 某县竹木制品产业园碳达峰实施方案\n\n## 一、总体要求\n\n坚持系统观念，统筹发展和减排。\n\n\
## 二、发展现状与碳排放分析\n\n**（一）核算边界与方法。**核算园区规划范围内二氧化碳排放。\n\n\
**（二）排放清单。**2020年园区二氧化碳排放18.6万吨。\n\n{paragraph}\n\n\
## 三、主要目标\n\n**（一）达峰目标。**园区力争2028年前后实现碳达峰，峰值控制在21万吨以内。\n\n\
## 四、重点任务\n\n推进电机能效提升。\n\n## 五、保障措施\n\n加强组织领导。\n"
    )
}

fn scenario_missing(plan: &str) -> bool {
    findings(plan, "structure/missing-section")
        .iter()
        .any(|d| d.message.contains("情景分析与排放预测"))
}

#[test]
fn a_section_under_a_run_in_title_next_door_is_present() {
    for paragraph in [
        // ministry Markdown: the bold run-in title
        "**（三）情景预测。**工业增加值2023—2025年按年均增长9%测算，基准情景排放持续上升。",
        // city/county: a plain numbered paragraph with a colon
        "3.排放预测：按工业增加值年均增长7%测算，达峰情景下排放于2028年前后达峰。",
        // consultancy: another accepted title
        "（三）情景分析。设置基准情景和达峰情景两种情景。",
    ] {
        let plan = scenario_before_targets(paragraph);
        assert!(!scenario_missing(&plan), "{plan}");
    }
    // A run-in title naming something else is no scenario section: reported.
    let plan = scenario_before_targets("**（三）历史趋势。**2016—2020年排放年均增长8%。");
    assert!(scenario_missing(&plan), "{plan}");
    let found = findings(&plan, "structure/missing-section");
    let d = found
        .iter()
        .find(|d| d.message.contains("情景分析与排放预测"))
        .expect("reported");
    assert_eq!(line_of(d), line_with(&plan, "## 三、主要目标"));
}

#[test]
fn a_run_in_title_far_from_its_chapter_does_not_stand_for_it() {
    // The forecast closing the safeguards chapter, two chapters after the targets.
    let plan = "# 某县竹木制品产业园碳达峰实施方案\n\n## 一、发展现状与碳排放分析\n\n2020年园区二氧化碳排放18.6万吨。\n\n\
## 二、主要目标\n\n园区力争2028年前后实现碳达峰，峰值控制在21万吨以内。\n\n## 三、重点任务\n\n推进电机能效提升。\n\n\
## 四、保障措施\n\n加强组织领导。\n\n## 五、附则\n\n**（一）情景预测。**设置基准情景和达峰情景。\n";
    assert!(scenario_missing(plan), "{plan}");
}

#[test]
fn not_what_the_plan_accounts_and_not_used_here_are_exclusions() {
    let frame = |sentence: &str| {
        format!("某县豆制品产业园碳达峰实施方案\n\n一、核算边界\n\n本方案核算园区二氧化碳排放。{sentence}\n\n二、排放现状\n\n2020年园区二氧化碳排放6.2万吨。\n")
    };
    for (name, sentence) in [
        // county text
        ("plan.txt", "豆清废水厌氧处理逸散的甲烷不是本方案的核算对象，沼气回收利用只按其替代天然气计算减排量。"),
        // province: 并非 … 统计范围
        ("plan.txt", "屠宰废水处理产生的甲烷并非本次盘查的统计范围。"),
        // enterprise: another report's CO2e set aside
        ("plan.md", "公司ESG报告按ISO 14064-1披露的二氧化碳当量数据（2021年4.38万吨，含冷库制冷剂逸散）口径不同，不用于本方案。"),
        // consultancy: not used, the gas named before
        ("plan.md", "产品碳足迹核算中的氧化亚氮不用于本方案。"),
    ] {
        let plan = frame(sentence);
        let found = findings_in(name, &plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // A CO2e figure the plan uses: reported where it stands.
    let plan = frame("园区排放总量为6.9万吨二氧化碳当量，其中甲烷0.7万吨。");
    let found = findings_in("plan.txt", &plan, "boundary/non-co2");
    assert!(!found.is_empty(), "{plan}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "二氧化碳当量"));
}

/// A PDF copy's inventory table split over a page break: rows `before` on the first page,
/// `续表` and the header again after the page number and running header, then the rest.
fn split_inventory(total: &str, label: &str) -> String {
    format!(
        "宕山中药饮片产业园碳达峰实施方案
一、碳排放分析
（一）排放清单
　　2020年园区二氧化碳排放总量8.01万吨。
表1  2020年园区二氧化碳排放清单
  排放源          活动水平          排放量（万吨）   占比（%）
  天然气          980万立方米           2.12            26.5
  燃煤锅炉        原煤0.42万吨          0.80            10.0

                              — 2 —

宕山中药饮片产业园碳达峰实施方案

{label}
  排放源          活动水平          排放量（万吨）   占比（%）
  净调入电力      0.86亿千瓦时          5.00            62.4
  柴油            290吨                 0.09             1.1
  合计            —                     {total}           100.0
二、达峰目标
　　力争2028年前后达峰。

                              — 3 —

宕山中药饮片产业园碳达峰实施方案

三、保障措施
　　加强组织领导。

                              — 4 —
"
    )
}

#[test]
fn a_table_continued_over_a_page_break_is_one_table() {
    for label in ["续表", "表1（续）", "续表1  2020年园区二氧化碳排放清单"] {
        let plan = split_inventory("8.01", label);
        for rule in ["consistency/table-sum", "consistency/share-sum"] {
            let found = findings_in("plan.txt", &plan, rule);
            assert!(found.is_empty(), "{rule}\n{plan}\n{found:?}");
        }
    }
    // The whole table's rows against a mistyped total: one finding, over all four rows.
    let plan = split_inventory("8.10", "续表");
    let found = findings_in("plan.txt", &plan, "consistency/table-sum");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert!(found[0].message.contains("4个分项之和为8.01"), "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "合计"));
}

/// A plan based on 2020 whose indicator table heads its base column `base`.
fn indicator_table(base: &str) -> String {
    format!(
        "# 某市光缆金具产业园碳达峰实施方案\n\n## 一、碳排放分析\n\n本方案以2020年为基准年。2020年园区二氧化碳排放11.19万吨。\n\n\
## 二、碳达峰目标\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降16%以上。\n\n表5　园区碳达峰指标\n\n\
| 指标 | {base} | 2025 | 2030 |\n|---|---|---|---|\n| 排放总量（万吨） | 12.00 | 13.6 | 14.1 |\n| 单位工业增加值能耗（吨标准煤/万元） | 0.087 | 0.077 | 0.063 |\n"
    )
}

#[test]
fn a_base_column_headed_by_its_year_declares_that_base() {
    for base in ["2021基准", "2021年（基准年）"] {
        let plan = indicator_table(base);
        let found = findings(&plan, "boundary/base-year");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "| 指标 |"));
        assert!(found[0].message.contains("2021"), "{found:?}");
    }
    for base in ["2020基准", "2020年（基准年）", "2020年基准值"] {
        let plan = indicator_table(base);
        let found = findings(&plan, "boundary/base-year");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // A target measured from 2021 in prose is where the second base is reported.
    let plan = indicator_table("2021基准").replace(
        "较2020年下降16%以上。",
        "较2020年下降16%以上；到2030年，单位工业增加值二氧化碳排放较2021年下降35%。",
    );
    let found = findings(&plan, "boundary/base-year");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "较2021年下降35%"));
}

/// A plan with a 2030 gap of 2.88万吨 (BAU 12.58, cap 9.70) and a measures table whose
/// 2030 rows add to 2.52 under a total row of `total`.
fn measures_plan(total: &str) -> String {
    format!(
        "# 某区装配式建筑产业园碳达峰实施方案\n\n## 一、情景预测\n\n基准情景下，2030年园区二氧化碳排放12.58万吨。\n\n\
## 二、碳达峰目标\n\n到2030年，园区二氧化碳排放总量控制在9.70万吨以内。\n\n## 三、达峰路径\n\n表6　重点措施减排量（万吨二氧化碳）\n\n\
| 措施 | 2025年减排量 | 2030年减排量 |\n|---|---|---|\n| 养护窑余热回收 | 0.30 | 0.85 |\n| 屋顶光伏 | 0.49 | 0.98 |\n\
| 搅拌站节电 | 0.06 | 0.19 |\n| 厂内运输电动化 | 0.10 | 0.50 |\n| 合计 | 0.95 | {total} |\n"
    )
}

#[test]
fn a_measures_total_its_rows_contradict_counts_for_their_sum() {
    let plan = measures_plan("3.52");
    let found = findings(&plan, "target/reduction-gap");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert!(found[0].message.contains("2.52"), "{found:?}");
    // The total row is the rows' sum: the measures fall short just the same.
    let found = findings(&measures_plan("2.52"), "target/reduction-gap");
    assert_eq!(found.len(), 1, "{found:?}");
    // Rows that cover the gap under a total mis-added low: covered.
    let plan = measures_plan("2.52")
        .replace("| 0.10 | 0.50 |", "| 0.10 | 0.90 |")
        .replace("| 0.95 | 2.52 |", "| 0.95 | 2.29 |");
    let found = findings(&plan, "target/reduction-gap");
    assert!(found.is_empty(), "{plan}\n{found:?}");
}

/// A plan based on 2020 whose targets include a per-product intensity written `sentence`.
fn product_intensity(profile: &str, sentence: &str) -> String {
    format!(
        "# 某县岩棉产业园碳达峰实施方案\n\n## 一、碳排放分析\n\n本方案以2020年为基准年。2020年园区二氧化碳排放总量18.2万吨{profile}。\n\n\
## 二、碳达峰目标\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降40%。{sentence}\n"
    )
}

/// The `target/no-baseline` findings on the per-product intensity.
fn product_baseline(plan: &str) -> Vec<peaklint::diagnostic::Diagnostic> {
    findings(plan, "target/no-baseline")
        .into_iter()
        .filter(|d| d.message.contains("单位产品"))
        .collect()
}

#[test]
fn a_per_product_intensity_in_short_form_is_its_indicator_and_a_members_is_its_own() {
    // The short form names the indicator as the long one does: its base-year value given
    // in the profile is found, and a relative target for it needs a base year.
    let plan = product_intensity(
        "，单位产品排放1.21吨/吨岩棉",
        "到2030年，单位产品排放较2020年下降14%。",
    );
    let found = product_baseline(&plan);
    assert!(found.is_empty(), "{plan}\n{found:?}");
    let plan = product_intensity(
        "",
        "到2025年，单位产品排放下降10%；到2030年，单位产品排放较2020年下降14%。",
    );
    let found = findings(&plan, "target/no-base-year");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert!(found[0].message.contains("单位产品"), "{found:?}");
    // The park's largest company, named after the park: its figure is the company's, no
    // target of the park asking for a base-year value.
    for sentence in [
        "园区最大企业华岩保温公司电熔炉改造后，单位产品排放较2020年下降35%。",
        "开发区龙头企业晶澜光电公司完成窑炉改造后，单位产品二氧化碳排放较2020年下降30%。",
    ] {
        let plan = product_intensity("", sentence);
        let found = product_baseline(&plan);
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The park's own figure is still asked for its base-year value.
    let plan = product_intensity("", "到2030年，园区单位产品排放较2020年下降35%。");
    let found = product_baseline(&plan);
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
}
