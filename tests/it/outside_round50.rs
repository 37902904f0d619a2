//! Readings generalised after rounds 50 and 51 of outside plans (session 30), each in more
//! than one drafting style:
//! - a threshold that defines who reports (`年温室气体排放量达到2.6万吨二氧化碳当量…的企业`) is
//!   no CO2e accounting;
//! - a chapter matched one level deep has its sibling sections in its scope (history in
//!   `（三）历史趋势` beside `（二）碳排放现状`);
//! - a closed aside naming the nation (`（全国…下降18%）`) does not make the next clause a quote;
//! - a level whose base-year value the plan states has a base value and a target value;
//! - a restatement with no year of its own is read in its paragraph's year;
//! - the park's bare base-year total and a caption-dated 合计 row are compared;
//! - a merged `合计` cell takes the header of the column it stands under;
//! - a lone `其中` row no longer hides a total that no reading can make agree;
//! - a change that drops the base its indicator's other targets write is reported.

use crate::common::{findings, line_of, line_with};

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业，排放源包括化石燃料燃烧和外购电力，只核算二氧化碳，依据GB/T 32150—2015。";

#[test]
fn a_reporting_threshold_is_no_co2e_accounting() {
    let plan = |sentence: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}2020年园区二氧化碳排放总量144.6万吨。{sentence}\n"
        )
    };
    for sentence in [
        // county, PDF-extracted style
        "园区内年温室气体排放量达到2.6万吨二氧化碳当量（综合能源消费量约1万吨标准煤）的企业共9家，均已按要求报送排放报告。",
        // ministry wording of the national market
        "年度温室气体排放量达到2.6万吨二氧化碳当量及以上的企业纳入全国碳排放权交易市场。",
        // province
        "园区有重点排放单位（年排放2.6万吨二氧化碳当量以上）4家，其配额清缴率保持100%。",
        // enterprise
        "集团所属年排放2.6万吨CO2e以上企业须按年报送排放报告。",
    ] {
        let f = findings(&plan(sentence), "boundary/non-co2");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    // The park's own total in CO2e is still the wrong caliber.
    let own = plan("园区2020年温室气体排放总量为152.3万吨二氧化碳当量。");
    let f = findings(&own, "boundary/non-co2");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(line_of(&f[0]), line_with(&own, "152.3"));
}

#[test]
fn history_in_a_sibling_section_is_the_analysis_history() {
    let plan = |analysis: &str| {
        format!(
            "某县产业园区碳达峰实施方案\n\n一、发展现状\n\n（一）园区概况\n\n园区规划面积18.2平方公里。\n\n{analysis}\n\n\
             二、达峰目标\n\n（一）情景预测\n\n基准情景按工业增加值年均增长7%测算，2030年排放186万吨；达峰情景下2027年达峰。\n\n\
             （二）主要目标\n\n园区力争2027年达峰，峰值控制在161万吨以内。\n"
        )
    };
    for analysis in [
        // county: the history as its own section
        "（二）碳排放现状\n\n核算范围为园区规划范围内全部企业。2020年园区二氧化碳排放144.6万吨。\n\n（三）历史趋势\n\n2016—2020年排放分别为118.2、124.5、129.9、137.1和144.6万吨，年均增长5.2%。",
        // consultancy: 排放趋势 after the inventory
        "（二）碳排放现状\n\n2020年园区二氧化碳排放144.6万吨。\n\n（三）排放趋势\n\n2017年以来园区排放持续增长，2017、2018、2019年分别为124.5、129.9、137.1万吨。",
    ] {
        let text = plan(analysis);
        let f = findings(&text, "principle/scientific");
        assert!(
            !f.iter().any(|d| d.message.contains("历史变化")),
            "{analysis}\n{f:#?}"
        );
    }
    // With no history anywhere the evidence is still missing.
    let none = plan("（二）碳排放现状\n\n2020年园区二氧化碳排放144.6万吨。\n\n（三）主要问题\n\n外购电力占比高。");
    let f = findings(&none, "principle/scientific");
    assert!(f.iter().any(|d| d.message.contains("历史变化")), "{f:#?}");
}

#[test]
fn a_closed_national_aside_does_not_make_the_next_clause_a_quote() {
    let plan = |goals: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、现状\n\n{BOUNDARY}以2020年为基准年。2020年园区二氧化碳排放总量55.3万吨，煤炭消费量6.8万吨标准煤。\n\n\
             ## 二、目标\n\n{goals}\n"
        )
    };
    for goals in [
        // county
        "到2025年，单位工业增加值二氧化碳排放较2020年下降25%以上（全国单位国内生产总值二氧化碳排放下降18%），煤炭消费量由2020年的6.8万吨标准煤降至3.0万吨标准煤以下。",
        // province
        "到2025年，单位工业增加值二氧化碳排放较2020年下降20%（国家要求下降18%），煤炭消费量控制在3.0万吨标准煤以内。",
    ] {
        let facts = crate::common::facts_of(&plan(goals), peaklint::document::Format::Markdown);
        let json = serde_json::to_value(&facts).unwrap_or_default();
        let coal_role = json["targets"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|t| t["metric_id"] == "coal_total")
            .map(|t| t["role"].clone());
        assert_eq!(
            coal_role,
            Some(serde_json::json!("plan")),
            "{goals}\n{json:#}"
        );
    }
    // An aside still open at the value quotes the nation.
    let open = plan("到2025年，单位工业增加值二氧化碳排放较2020年下降25%以上（全国单位国内生产总值二氧化碳排放下降18%，煤炭消费量控制在3亿吨以内）。");
    let facts = crate::common::facts_of(&open, peaklint::document::Format::Markdown);
    let json = serde_json::to_value(&facts).unwrap_or_default();
    let roles: Vec<serde_json::Value> = json["targets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["metric_id"] == "coal_total")
        .map(|t| t["role"].clone())
        .collect();
    assert!(!roles.contains(&serde_json::json!("plan")), "{json:#}");
}

#[test]
fn a_restatement_without_a_year_is_read_in_its_paragraph() {
    for (text, here) in [
        // county: the largest company's figure, after the park's 2020 total
        (
            format!("# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}2020年园区二氧化碳排放144.6万吨。排放最大的企业年排放31.2万吨（3120000吨）。\n"),
            "3120000吨",
        ),
        // enterprise: a restatement after a colon
        (
            format!("某集团产业园碳达峰实施方案\n\n一、排放现状\n\n{BOUNDARY}2022年园区二氧化碳排放86.4万吨。其中集团本部排放：52.6万吨（即5260000吨）。\n"),
            "5260000吨",
        ),
    ] {
        let f = findings(&text, "boundary/unit");
        assert_eq!(f.len(), 1, "{text}\n{f:#?}");
        assert!(f[0].message.contains(here), "{}", f[0].message);
    }
    // Consistent restatements stay silent.
    let fine = format!("# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}2020年园区二氧化碳排放144.6万吨。排放最大的企业年排放31.2万吨（312000吨）。\n");
    assert!(findings(&fine, "boundary/unit").is_empty());
}

#[test]
fn the_bare_base_year_total_meets_the_caption_dated_inventory() {
    let plan = |text_total: &str, caption: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}以2020年为基准年，园区二氧化碳排放{text_total}万吨，单位工业增加值二氧化碳排放5.47吨/万元。\n\n\
             {caption}\n\n| 排放类别 | 排放量（万吨） |\n|---|---|\n| 化石燃料燃烧 | 114.8 |\n| 工业生产过程 | 85.9 |\n| 净调入电力 | 45.3 |\n| 合计 | 246.0 |\n"
        )
    };
    // Province and ministry captions.
    for caption in ["表1 2020年园区二氧化碳排放构成", "附表2 2020年排放清单"] {
        let text = plan("264.0", caption);
        let f = findings(&text, "target/conflict");
        assert_eq!(f.len(), 1, "{caption}\n{f:#?}");
        assert_eq!(line_of(&f[0]), line_with(&text, "| 合计 | 246.0 |"));
        assert!(f[0].message.contains("264"), "{}", f[0].message);
        // Agreeing figures, or a caption of a part or a scenario, are no conflict.
        assert!(findings(&plan("246.0", caption), "target/conflict").is_empty());
    }
    for caption in [
        "表2 2020年工业生产过程排放",
        "表3 2030年达峰情景排放构成",
        "表4 2016—2020年排放构成",
    ] {
        let f = findings(&plan("264.0", caption), "target/conflict");
        assert!(f.is_empty(), "{caption}\n{f:#?}");
    }
}

#[test]
fn a_merged_total_cell_takes_the_header_of_its_column() {
    // LibreOffice and Word: `合计` spans the category and source columns.
    let total = "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc>";
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let row = |cells: &[&str]| {
        format!(
            "<w:tr>{}</w:tr>",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    let table = format!(
        "<w:tbl>{}{}{}<w:tr>{total}{}{}</w:tr></w:tbl>",
        row(&["类别", "排放源", "排放量（万吨）", "占比（%）"]),
        row(&["直接排放", "燃煤", "83.8", "66.5"]),
        row(&["间接排放", "净调入电力", "42.3", "33.5"]),
        cell("126.1"),
        cell("100.0"),
    );
    let para = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
    let body = format!(
        "{}{}{}{table}",
        para("一、碳排放现状"),
        para(&format!(
            "{BOUNDARY}以2020年为基准年。2020年园区二氧化碳排放126.1万吨（1261000吨）。"
        )),
        para("表1　2020年园区二氧化碳排放清单"),
    );
    let rules: Vec<String> = crate::common::docx_findings(&body)
        .into_iter()
        .map(|d| d.rule.to_string())
        .collect();
    // The 100.0 under 占比（%） is a share, not a second base-year total of 100万吨.
    assert!(!rules.iter().any(|r| r == "target/conflict"), "{rules:?}");
    assert!(!rules.iter().any(|r| r == "boundary/unit"), "{rules:?}");
}

#[test]
fn a_lone_breakdown_row_no_longer_hides_a_wrong_total() {
    let plan = |rows: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、能源消费\n\n表1　2020年能源消费结构\n\n| 能源品种 | 消费量（万吨标准煤） | 占比（%） |\n|---|---|---|\n{rows}"
        )
    };
    // City style: 天然气 typed 24.5 for 42.5.
    let wrong = plan("| 煤炭 | 76.8 | 55.0 |\n| 其中：煤制气用煤 | 54.3 | — |\n| 天然气 | 24.5 | 30.4 |\n| 电力 | 18.9 | 13.5 |\n| 柴油 | 1.4 | 1.0 |\n| 合计 | 139.6 | 100.0 |\n");
    let f = findings(&wrong, "consistency/table-sum");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(line_of(&f[0]), line_with(&wrong, "| 合计 |"));
    assert!(f[0].message.contains("121.6"), "{}", f[0].message);
    // Consultancy style: the breakdown runs on over unlabelled rows and the total agrees
    // when it does (燃煤 and 天然气 under 化石能源).
    let runs_on = plan("| 化石能源 | 100.0 | 66.7 |\n| 其中：燃煤 | 60.0 | 40.0 |\n| 天然气 | 40.0 | 26.7 |\n| 外购电力 | 50.0 | 33.3 |\n| 合计 | 150.0 | 100.0 |\n");
    assert!(findings(&runs_on, "consistency/table-sum").is_empty());
    // Province style: the breakdown is the one row and the total agrees.
    let one = plan("| 煤炭 | 76.8 | 55.0 |\n| 其中：煤制气用煤 | 54.3 | — |\n| 天然气 | 42.5 | 30.4 |\n| 电力 | 18.9 | 13.5 |\n| 柴油 | 1.4 | 1.0 |\n| 合计 | 139.6 | 100.0 |\n");
    assert!(findings(&one, "consistency/table-sum").is_empty());
}

#[test]
fn a_change_that_drops_its_indicators_base_is_reported() {
    let plan = |goals: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}2020年园区二氧化碳排放总量374.3万吨。\n\n\
             ## 二、情景分析\n\n以2020年为基准年，设置基准情景和达峰情景，工业增加值年均增速按6.5%设定。\n\n## 三、主要目标\n\n{goals}\n"
        )
    };
    for (goals, dropped) in [
        // city: the 2030 paragraph lost 较2020年
        (
            "到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上，单位工业增加值能耗较2020年下降15%。\n\n到2030年，单位工业增加值二氧化碳排放下降38%以上，园区二氧化碳排放力争2027年达到峰值。",
            "下降38%",
        ),
        // consultancy: numbered items
        (
            "1.到2025年，单位工业增加值二氧化碳排放比2020年下降18%。\n\n2.到2030年，单位工业增加值二氧化碳排放下降54%。",
            "下降54%",
        ),
    ] {
        let text = plan(goals);
        let f = findings(&text, "target/no-base-year");
        assert_eq!(f.len(), 1, "{goals}\n{f:#?}");
        assert_eq!(line_of(&f[0]), line_with(&text, dropped));
        assert!(f[0].message.contains("以2020年为基准年"), "{}", f[0].message);
    }
    for goals in [
        // the declaration right before the targets is theirs
        "以2020年为基准年。\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上。\n\n到2030年，单位工业增加值二氧化碳排放下降38%以上。",
        // an elliptical clause carries the base over
        "到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上；到2030年下降45%左右。",
        // a base in other words
        "单位工业增加值二氧化碳排放以2020年的2.61吨/万元为基准，2025年下降15%，2030年下降40%。\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降15%。",
        // no other target of the indicator writes a base: the declaration settles it
        "到2025年，单位工业增加值二氧化碳排放下降20%以上。\n\n到2030年，单位工业增加值二氧化碳排放下降38%以上。",
    ] {
        let f = findings(&plan(goals), "target/no-base-year");
        assert!(f.is_empty(), "{goals}\n{f:#?}");
    }
}

#[test]
fn levels_whose_base_values_the_plan_states_have_base_and_target_values() {
    let plan = |goals: &str| {
        format!(
            "某县产业园区碳达峰实施方案\n\n一、碳排放现状\n\n{BOUNDARY}2020年园区二氧化碳排放144.6万吨，单位产品综合能耗418千克标准煤/吨，已建成屋顶光伏12兆瓦。\n\n\
             二、主要目标\n\n{goals}\n"
        )
    };
    let wanted = |text: &str| {
        findings(text, "principle/feasibility")
            .into_iter()
            .any(|d| d.message.contains("指标有基准值和目标值"))
    };
    for goals in [
        // county, prose: the base year only in the changes (no declaration)
        "到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上，单位产品综合能耗降至380千克标准煤/吨，屋顶光伏装机达到90兆瓦。",
        // enterprise: one level, one change
        "到2030年，单位工业增加值二氧化碳排放比2020年下降40%，单位产品综合能耗降至350千克标准煤/吨。",
    ] {
        assert!(!wanted(&plan(goals)), "{goals}");
    }
    // Levels whose base values the plan never states.
    let bare = "某县产业园区碳达峰实施方案\n\n一、碳排放现状\n\n2020年园区二氧化碳排放144.6万吨。\n\n二、主要目标\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上，绿电交易电量达到3亿千瓦时。\n";
    assert!(wanted(bare));
}

#[test]
fn a_declared_base_that_nothing_else_uses_is_the_stray() {
    let plan = |scope: &str, goals: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n{scope}\n\n## 二、碳排放现状\n\n{BOUNDARY}2021年园区二氧化碳排放总量112.8万吨。\n\n## 三、目标\n\n{goals}\n"
        )
    };
    // Consultancy and county wording: the scope declares 2020, everything else is 2021.
    for (scope, goals) in [
        (
            "方案范围为园区规划范围。以2020年为基准年，规划期为2023—2030年。",
            "到2025年，单位工业增加值二氧化碳排放较2021年下降17%。到2030年，单位工业增加值二氧化碳排放较2021年下降45%。",
        ),
        (
            "本方案以2020年为基准年。",
            "到2025年，单位工业增加值能耗比2021年下降14%，单位工业增加值二氧化碳排放比2021年下降18%。",
        ),
    ] {
        let text = plan(scope, goals);
        let f = findings(&text, "boundary/base-year");
        assert_eq!(f.len(), 1, "{goals}\n{f:#?}");
        assert!(f[0].message.contains("2021"), "{}", f[0].message);
    }
    // One later base alone is a status year the plan measures from.
    let one = plan(
        "以2020年为基准年。",
        "到2025年，单位工业增加值二氧化碳排放较2021年下降17%。",
    );
    assert!(findings(&one, "boundary/base-year").is_empty());
}
