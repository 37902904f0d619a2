//! Readings generalised in session 36 from outside rounds 66–71, each in more than one
//! drafting style, with the negative beside it:
//! - an approximate total written to a decimal (`排放总量回落至18.7万吨左右`) is a target
//!   stated as precisely as the indicator table's, compared within one unit of its last
//!   digit or 1 %; a round estimate (`约19万吨`) is still not compared;
//! - a counterfactual (`如不采取措施，…将增至24.1万吨左右`) and a what-if that commits to
//!   nothing (`如产能全部释放，…`) are scenario figures, not the plan's targets.

use crate::common::{findings, findings_in, line_of, line_with};

#[test]
fn an_approximate_total_written_to_a_decimal_is_compared() {
    let table = "表3 主要指标（万吨）\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 15.9 | 18.6 | 18.1 |\n";
    for (name, plan, at) in [
        // consultancy Markdown: the text's level against the indicator table
        ("plan.md", format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 三、主要目标\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降37%以上，排放总量回落至18.7万吨左右。\n\n{table}"), "| 二氧化碳排放总量 |"),
        // county plain text: an approximate cap against a firm one in the safeguards
        ("plan.txt", "某县经济开发区碳达峰实施方案\n\n一、总体要求\n\n以2020年为基准年。\n\n二、主要目标\n\n到2030年，开发区二氧化碳排放总量控制在116.8万吨左右，单位工业增加值二氧化碳排放比2020年下降37%左右。\n\n三、保障措施\n\n（一）强化考核。确保2030年开发区二氧化碳排放总量不超过118.4万吨。\n".to_string(), "确保2030年开发区"),
    ] {
        let found = findings_in(name, &plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, at));
    }
    // Within one unit of the last digit or 1 %, or a round estimate: nothing to report.
    for (text, row) in [
        ("排放总量回落至18.7万吨左右", "18.66"),
        ("排放总量控制在116.8万吨左右", "117.5"),
        ("排放总量回落至约19万吨", "18.1"),
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n到2030年，{text}。\n\n表3 主要指标（万吨）\n\n| 指标 | 2020基准 | 2030 |\n|---|---|---|\n| 二氧化碳排放总量 | 15.9 | {row} |\n");
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn a_counterfactual_or_a_what_if_is_no_target() {
    let table = "表3 主要指标（万吨）\n\n| 指标 | 2020基准 | 2030 |\n|---|---|---|\n| 二氧化碳排放总量 | 15.9 | 18.1 |\n";
    for what_if in [
        // ministry: the business-as-usual
        "如不采取措施，到2030年园区二氧化碳排放总量将增至24.1万吨左右。",
        // consultancy: a what-if on capacity
        "如产能全部释放，2030年园区排放总量将达到20.4万吨左右。",
        // enterprise: 假如
        "假如二期项目提前投产，2030年排放总量可能升至19.9万吨左右。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n到2030年，排放总量控制在18.1万吨左右。\n\n{table}\n## 四、风险分析\n\n{what_if}\n");
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{what_if}\n{found:?}");
    }
    // The plan's own level written after it still is the plan's.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n{table}\n## 四、保障措施\n\n如上所述，到2030年园区二氧化碳排放总量控制在19.6万吨左右。\n");
    let found = findings(&plan, "target/conflict");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    // Reported at the table's row (tables are read after the text), the sentence related.
    assert_eq!(line_of(&found[0]), line_with(&plan, "| 二氧化碳排放总量 |"));
}
