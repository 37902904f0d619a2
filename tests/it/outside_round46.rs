//! Readings generalised after rounds 46 and 47 of outside plans (session 29), each in more
//! than one drafting style:
//! - a sentence opening with another level as its topic (`国家层面，…要求…（以2020年为基期）`)
//!   quotes that level: its base year is not the plan's (`lexicon.upper_topic`);
//! - a sentence opening with 其中 breaks down the total before it: its figures are parts;
//! - a standard's number (ISO 14067:2018) is no emission figure, and an exclusion reaches back
//!   over what the topic is used for or classed as (`用于…`, `属于…`);
//! - a value's own year is the one in its clause (`…0.369吨/万元，2020年为0.365吨/万元`);
//! - 排放总量 alone names the CO2 total after a word that cannot name another substance;
//! - an indicator table's `2022年基准值` states the base year;
//! - a share of its own indicator after a comma ends a list of shares.

use crate::common::{findings, line_of};

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业，排放源包括化石燃料燃烧和外购电力，只核算二氧化碳，依据GB/T 32150—2015。";

#[test]
fn a_sentence_about_another_level_quotes_its_base_year() {
    let plan = |sentence: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、现状\n\n{BOUNDARY}以2022年为基准年。2022年园区二氧化碳排放总量120万吨。\n\n\
             ## 二、目标\n\n到2025年，单位工业增加值二氧化碳排放较2022年下降15%。\n\n{sentence}\n"
        )
    };
    for sentence in [
        // the aluminium park's enterprise-led plan
        "国家层面，“十四五”工业绿色发展规划要求2025年单位工业增加值二氧化碳排放降低18%（以2020年为基期），园区目标与之衔接。",
        // province
        "从全省层面看，单位地区生产总值二氧化碳排放下降目标为19.5%（以2020年为基期）。",
        // consultancy
        "行业层面而言，重点行业能效标杆水平以上产能比例达到30%，以2020年为基准年测算。",
    ] {
        let f = findings(&plan(sentence), "boundary/base-year");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    // The park as the subject is the plan's own declaration again.
    let f = findings(&plan("园区层面，以2020年为基准年。"), "boundary/base-year");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_sentence_opening_with_qizhong_states_parts() {
    let plan = |sentence: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、排放现状\n\n{BOUNDARY}2022年园区二氧化碳排放总量1271.0万吨。{sentence}\n"
        )
    };
    for sentence in [
        "其中，某铝业本部按企业口径报送的2022年度排放量为11826400吨，占园区排放总量的93.0%。",
        "其中，热电厂2022年排放1032500吨。",
    ] {
        let f = findings(&plan(sentence), "boundary/unit");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    // The park's own total restated in tonnes is still compared.
    let f = findings(
        &plan("2022年园区二氧化碳排放总量折合12170000吨。"),
        "boundary/unit",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn footprints_and_avoided_emissions_kept_out_are_no_non_co2_use() {
    let plan = |sentence: &str| {
        format!("# 某园区碳达峰实施方案\n\n## 一、核算边界\n\n{BOUNDARY}\n\n{sentence}\n")
    };
    for sentence in [
        // county: the footprint standard cited by number
        "鼓励企业按照《温室气体 产品碳足迹 量化要求和指南》（ISO 14067:2018）开展碳足迹核算，以千克二氧化碳当量/吨产品表示，用于出口认证，不纳入园区排放核算。",
        // consultancy: avoided emissions classed, then kept out
        "据测算，再生塑料替代原生树脂每年可减少温室气体排放约110万吨二氧化碳当量，属于产品替代效益，不计入园区排放总量。",
        // enterprise: the standard with its year joined by a dash
        "企业按GB/T 24067—2024核算产品碳足迹，以千克二氧化碳当量计，供采购商使用，不计入园区清单。",
    ] {
        let f = findings(&plan(sentence), "boundary/non-co2");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    // A CO2e figure the plan counts is still reported.
    let f = findings(
        &plan("2022年园区温室气体排放总量约110万吨二氧化碳当量，纳入园区排放总量。"),
        "boundary/non-co2",
    );
    assert!(!f.is_empty(), "{f:#?}");
}

#[test]
fn a_value_takes_the_year_of_its_own_clause() {
    let plan = |status: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、排放现状\n\n{BOUNDARY}{status}\n\n## 二、目标\n\n到2030年，单位工业增加值二氧化碳排放较2022年下降42%以上。\n"
        )
    };
    for status in [
        // district, run-in headings
        "（二）排放现状。2022年园区二氧化碳排放总量37.47万吨。单位工业增加值二氧化碳排放0.369吨/万元，2020年为0.365吨/万元。",
        // city
        "2022年，园区二氧化碳排放总量37.47万吨。单位工业增加值二氧化碳排放0.369吨/万元，较2020年的0.365吨/万元略有上升。",
    ] {
        let f = findings(&plan(status), "target/no-baseline");
        assert!(f.is_empty(), "{status}\n{f:#?}");
    }
    // Only another year's value: the base value is missing.
    let f = findings(
        &plan(
            "2022年园区二氧化碳排放总量37.47万吨。2020年单位工业增加值二氧化碳排放0.365吨/万元。",
        ),
        "target/no-baseline",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn coal_use_with_its_amount_names_the_coal_total() {
    let plan = |status: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、现状\n\n{BOUNDARY}{status}\n\n## 二、目标\n\n到2025年，原煤消费量较2020年下降30%。\n"
        )
    };
    for status in [
        "2020年为本方案基准年。当年园区能源消费9.07万吨标准煤，其中原煤消费7.55万吨，主要用于热风炉。",
        "2020年园区煤炭消耗约7.6万吨。",
    ] {
        let f = findings(&plan(status), "target/no-baseline");
        assert!(f.is_empty(), "{status}\n{f:#?}");
    }
}

#[test]
fn the_emission_total_named_alone_is_compared() {
    let plan = |prose: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、目标\n\n{prose}\n\n表1　指标\n\n| 指标 | 单位 | 2022年 | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 33.72 | ≤35.6 | ≤35.0 |\n"
        )
    };
    for prose in [
        // consultancy
        "园区力争2027年实现碳达峰；到2025年排放总量控制在36.5万吨以内，到2030年控制在35.0万吨以内。",
        // province
        "到2025年，园区排放总量控制在36.5万吨以内。",
    ] {
        let f = findings(&plan(prose), "target/conflict");
        assert_eq!(f.len(), 1, "{prose}\n{f:#?}");
        assert_eq!(line_of(&f[0]), Some(11), "{f:#?}");
    }
    // Another substance's total, or a part's, is not the CO2 total.
    for prose in [
        "到2025年，二氧化硫排放总量控制在36.5万吨以内。",
        "到2025年，重点企业排放总量控制在36.5万吨以内。",
    ] {
        let f = findings(&plan(prose), "target/conflict");
        assert!(f.is_empty(), "{prose}\n{f:#?}");
    }
}

#[test]
fn an_indicator_tables_base_value_column_states_the_base_year() {
    let plan = |declared: u16, column: u16| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、总论\n\n本方案以{declared}年为基准年。\n\n## 二、目标\n\n表1　指标\n\n\
             | 指标 | 单位 | {column}年基准值 | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 33.72 | 35.6 | 35.0 |\n"
        )
    };
    let f = findings(&plan(2021, 2022), "boundary/base-year");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("2022"), "{f:#?}");
    let f = findings(&plan(2022, 2022), "boundary/base-year");
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_share_of_its_own_indicator_ends_the_list() {
    let plan =
        |sentence: &str| format!("# 某园区碳达峰实施方案\n\n## 一、能源现状\n\n{sentence}\n");
    // Four carriers over 100 %, then another statistic: the four are judged.
    for sentence in [
        "能源消费中电力占44.2%、天然气占46.4%、生物质占11.8%、外购蒸汽占3.6%，非化石能源消费比重12.5%。",
        "2023年，电力占44.2%、天然气占46.4%、生物质占11.8%、外购蒸汽占3.6%，清洁能源占比达到60%。",
    ] {
        let f = findings(&plan(sentence), "consistency/share-sum");
        assert_eq!(f.len(), 1, "{sentence}\n{f:#?}");
    }
    let f = findings(
        &plan("能源消费中电力占44.2%、天然气占40.4%、生物质占11.8%、外购蒸汽占3.6%，非化石能源消费比重12.5%。"),
        "consistency/share-sum",
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_reduction_table_named_in_its_corner_gives_one_measure_a_row() {
    for (corner, caption) in [
        // ministry style, the unit in the corner
        ("措施减排量（万吨）", ""),
        // consultancy, the unit in the caption
        ("减排措施", "表5-1　重点措施减排量测算（单位：万吨）\n\n"),
    ] {
        let plan = format!(
            "# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n建设园区能碳管理平台。\n\n{caption}\
             | {corner} | 2025年 | 2030年 |\n|---|---|---|\n| 扩大绿电交易 | 12.6 | 41.2 |\n| 屋顶光伏 | 2.3 | 5.2 |\n| 合计 | 14.9 | 46.4 |\n"
        );
        let cuts = crate::common::measure_reductions(&plan);
        assert_eq!(
            cuts,
            vec![
                (Some(2025), 12.6),
                (Some(2030), 41.2),
                (Some(2025), 2.3),
                (Some(2030), 5.2)
            ],
            "{plan}"
        );
    }
}

/// Rounds 48–49: a share to reach whose base-year value the plan states in prose is an
/// indicator with a base value and a target value (principle/feasibility, no indicator table).
#[test]
fn a_share_with_its_base_value_in_prose_is_a_based_indicator() {
    let plan = |profile: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n本方案以2020年为基准年，规划期至2030年。\n\n## 二、园区现状\n\n{profile}\n\n\
             ## 三、目标\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降19%，非化石能源消费比重达到15%；\
             到2030年，单位工业增加值二氧化碳排放较2020年下降40%，非化石能源消费比重提高到25%。\n"
        )
    };
    let based = |text: &str| {
        findings(text, "principle/feasibility")
            .iter()
            .any(|d| d.message.contains("指标有基准值和目标值"))
    };
    for profile in [
        // province, dyeing cluster
        "2020年园区能源消费142万吨标准煤，非化石能源消费比重6.2%，单位工业增加值二氧化碳排放1.25吨/万元。",
        // city, heavy trucks
        "2020年，园区非化石能源消费比重为7%。",
    ] {
        assert!(!based(&plan(profile)), "{profile}");
    }
    assert!(based(&plan("2020年园区能源消费142万吨标准煤。")));
}

/// A paragraph after a bulleted breakdown is no item of it (`集团整车基地…18.7万吨，占…64.5%`).
#[test]
fn a_paragraph_after_a_list_is_no_item_of_it() {
    let plan = |after: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、排放现状\n\n2020年产业园二氧化碳排放29.0万吨。排放构成如下：\n\n\
             - 天然气燃烧：7.8万吨；\n- 柴油和LNG燃烧：1.3万吨；\n- 净调入电力：17.8万吨；\n- 净调入热力：2.1万吨。\n\n{after}\n"
        )
    };
    let f = findings(
        &plan("集团整车基地2020年排放18.7万吨，占产业园排放的64.5%。"),
        "consistency/table-sum",
    );
    assert!(f.is_empty(), "{f:#?}");
    // An item edited out of line is still found.
    let f = findings(
        &plan("").replace("17.8万吨；", "18.8万吨；"),
        "consistency/table-sum",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

/// A part's row (`能源活动排放`) is not the year's total restated in another unit, and an
/// undated base value restated wrongly is the declared base year's slip.
#[test]
fn parts_are_not_totals_and_base_values_take_the_base_year() {
    let plan = |sentence: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、排放现状\n\n本方案以2020年为基准年。\n\n表1　2020年排放（万吨）\n\n| 排放源 | 排放量 |\n|---|---|\n\
             | 能源活动排放 | 105.2 |\n| 工业过程排放 | 157.5 |\n| 合计 | 262.7 |\n\n{sentence}\n"
        )
    };
    let f = findings(
        &plan("2020年园区二氧化碳排放总量262.7万吨，即2627000吨。"),
        "boundary/unit",
    );
    assert!(f.is_empty(), "{f:#?}");
    let f = findings(
        &plan("对排放总量开展年度评估，基准值262.7万吨（即26270000吨）作为评估起点。"),
        "boundary/unit",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("2020"), "{f:#?}");
}

/// Rounds 44, 45 and 49 seeded it: a CO2 total the plan sets for a year that its own peak
/// scenario contradicts (a level off the path, a cap the path exceeds) is a conflict.
#[test]
fn a_target_off_the_plans_own_path_conflicts() {
    let plan = |targets: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、情景预测\n\n表4-1　排放情景预测（万吨）\n\n| 情景 | 2025年 | 2027年 | 2030年 |\n|---|---|---|---|\n\
             | 基准情景 | 292.0 | 301.0 | 318.0 |\n| 达峰情景 | 276.0 | 279.5 | 271.0 |\n\n## 二、目标\n\n{targets}\n"
        )
    };
    for targets in [
        // consultancy: the indicator table's level
        "| 指标 | 2020年 | 2025年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放量（万吨） | 262.7 | 267.0 | 271.0 |",
        // province: a cap the path exceeds
        "到2025年，园区二氧化碳排放总量控制在270万吨以内。",
        // a cap after a bracketed base value of another indicator (round 44's al7)
        "到2025年，非化石能源消费比重达到12%（2020年为5.8%），排放总量控制在270万吨以内。",
    ] {
        let f = findings(&plan(targets), "target/conflict");
        assert_eq!(f.len(), 1, "{targets}\n{f:#?}");
        assert!(f[0].message.contains("达峰情景"), "{f:#?}");
    }
    for targets in [
        // a cap above the path, and a level on it
        "到2025年，园区二氧化碳排放总量控制在280万吨以内，到2030年为271万吨。",
        // the peak in a year's column is the peak, not that year's level
        "| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 二氧化碳排放峰值（万吨） | — | 279.5 |",
        // an estimate
        "到2025年，园区二氧化碳排放约270万吨。",
    ] {
        let f = findings(&plan(targets), "target/conflict");
        assert!(f.is_empty(), "{targets}\n{f:#?}");
    }
    // Two policy scenarios: no single path to hold the targets to.
    let two = plan("到2025年，园区二氧化碳排放总量控制在270万吨以内。").replace(
        "| 达峰情景 | 276.0 | 279.5 | 271.0 |",
        "| 达峰情景 | 276.0 | 279.5 | 271.0 |\n| 强化减排情景 | 268.0 | 270.0 | 255.0 |",
    );
    let f = findings(&two, "target/conflict");
    assert!(f.is_empty(), "{f:#?}");
}
