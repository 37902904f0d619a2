//! `target/unjustified-peak` asks for an analysis with content behind the park's own peak:
//! a forecast word in a principle or a task (`坚持以历史趋势和情景预测为依据`, `加强碳排放
//! 预测预警`) is none; a figure, grounds or a result of an analysis (`情景分析表明`, the
//! pack's `lexicon.forecast_done`) is. Several drafting styles each.

use crate::common::findings;

/// A plan with `principles` in its general part, `analysis` in its emissions chapter and
/// `peak` in its targets chapter.
fn plan(principles: &str, analysis: &str, peak: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n{principles}\n\n\
         ## 二、碳排放现状\n\n本方案以2022年为基准年。2022年园区二氧化碳排放总量为52.3万吨。{analysis}\n\n\
         ## 三、碳达峰目标\n\n{peak}\n\n## 四、重点任务\n\n推进屋顶分布式光伏建设。\n\n\
         ## 五、保障措施\n\n加强碳排放预测预警，定期开展碳排放测算。\n"
    )
}

const PEAKS: [&str; 4] = [
    // ministry
    "园区二氧化碳排放力争2027年达到峰值，峰值控制在58万吨以内。",
    // county notice
    "确保产业园2028年前实现碳达峰。",
    // enterprise
    "园区碳达峰时间确定为2026年，峰值56万吨。",
    // bilingual
    "园区力争2027年实现碳达峰（Peak by 2027）。",
];

#[test]
fn forecast_words_in_principles_and_tasks_are_no_analysis() {
    for principles in [
        "坚持科学测算。以历史趋势和情景预测为依据，合理确定达峰时间。",
        "（二）基本原则。坚持系统观念，统筹情景分析与路径设计。",
        "",
    ] {
        for peak in PEAKS {
            let text = plan(principles, "", peak);
            let f = findings(&text, "target/unjustified-peak");
            assert_eq!(f.len(), 1, "{principles} / {peak}\n{f:#?}");
            assert!(
                f[0].message.contains("没有预测或情景分析支撑"),
                "{}",
                f[0].message
            );
            assert_eq!(
                f[0].location.as_ref().and_then(|l| l.line),
                Some(13),
                "{peak}"
            );
        }
    }
}

#[test]
fn an_analysis_with_content_supports_the_peak() {
    for analysis in [
        // a figure
        "按工业增加值年均增长9%测算，2030年排放将增至71.6万吨。",
        // grounds
        "经情景分析，园区可在2027年前后进入平台期。",
        // a result
        "情景分析表明，园区2027年前后排放达到最高。",
        "趋势外推显示，园区排放将于2027年见顶。",
        // a method applied
        "采用LEAP模型对2023—2035年园区碳排放进行了模拟。",
        // a forecast table
        "\n\n| 情景 | 2025年 | 2030年 |\n|---|---|---|\n| 基准情景（万吨） | 61.2 | 71.6 |\n| 低碳情景（万吨） | 56.8 | 53.1 |",
    ] {
        for peak in PEAKS {
            let text = plan("坚持以历史趋势和情景预测为依据。", analysis, peak);
            let f = findings(&text, "target/unjustified-peak");
            assert!(f.is_empty(), "{analysis} / {peak}\n{f:#?}");
        }
    }
}
