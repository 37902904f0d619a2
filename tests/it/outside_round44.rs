//! Readings generalised after rounds 44 and 45 of outside plans (session 28), each in more
//! than one drafting style:
//! - what is assessed of the peak (`2030年后评估达峰效果`, `达峰成效`) states no peak
//!   (`lexicon.peak_follower`);
//! - a profile shows its industry by the firms there and its energy by what its plants supply;
//! - CO2 capture, wind and solar, new energy and coal-use cuts are measures behind the CO2
//!   intensity target;
//! - a level with its base year's value in brackets (`提高到15%（2020年为6.5%）`) is an
//!   indicator with a base value and a target value.

use crate::common::findings;

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业，排放源包括化石燃料燃烧、工业生产过程和净调入电力热力，只核算二氧化碳，依据GB/T 32150—2015。";

#[test]
fn what_is_assessed_of_the_peak_is_no_peak() {
    let plan = |sentence: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}2021年园区二氧化碳排放总量31.2万吨。\n\n## 二、目标\n\n园区力争2027年实现碳达峰。\n\n## 三、跟踪评估\n\n{sentence}\n"
        )
    };
    for sentence in [
        // the wood-panel park's 行动方案
        "2030年后评估达峰效果并制定2035年降碳路线。",
        // province
        "2031年开展达峰成效评估，总结经验。",
        // county
        "2032年前完成碳达峰情况考核。",
    ] {
        let f = findings(&plan(sentence), "target/late-peak");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    let f = findings(
        &plan("园区二氧化碳排放力争2032年达峰。"),
        "target/late-peak",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_profile_shows_its_firms_and_what_its_plants_supply() {
    let plan = |profile: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n一、总体要求\n\n坚持统筹谋划。\n\n二、园区家底\n\n{profile}\n\n\
             三、碳排放现状\n\n{BOUNDARY}2020年园区二氧化碳排放总量880.0万吨。\n\n四、目标\n\n园区力争2025年达峰。\n\n\
             五、减碳路线图\n\n建设风光新能源项目。\n\n六、保障措施\n\n成立领导小组。\n\n七、跟踪评估\n\n按年评估，必要时修订方案。\n"
        )
    };
    for profile in [
        // the power-and-circular-economy park, bold Normal headings in the original
        "（一）范围\n\n园区规划面积46.5平方公里。\n\n（二）产业与能源\n\n园区现有燃煤发电机组、加气砖、水泥等企业19家。电厂年发电量72亿千瓦时，年供热1200万吉焦。",
        // county
        "园区位于县城东侧，面积7.4平方公里，入驻12家规上企业，园区热电厂供汽量180万吨。",
    ] {
        let f = findings(&plan(profile), "structure/missing-chapter");
        assert!(
            !f.iter().any(|d| d.message.contains("园区概况")),
            "{profile}\n{f:#?}"
        );
    }
}

#[test]
fn capture_and_new_energy_are_measures_behind_the_intensity() {
    let plan = |tasks: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}2020年园区二氧化碳排放总量880.0万吨。\n\n\
             ## 二、目标\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降22%。\n\n## 三、重点任务\n\n{tasks}\n"
        )
    };
    for tasks in [
        // enterprise table rows
        "| 项目 | 2025年减排（万吨） |\n|---|---|\n| CCUS扩能至60万吨/年 | 30.0 |\n| 园区风光新能源替代 | 38.5 |\n| 机组供电煤耗改造 | 21.0 |",
        // province prose
        "建设碳捕集利用示范项目，2025年捕集二氧化碳20万吨。",
        // county
        "推进风电项目建设，新增风电装机10万千瓦。",
    ] {
        let f = findings(&plan(tasks), "target/no-measure");
        assert!(f.is_empty(), "{tasks}\n{f:#?}");
    }
}

#[test]
fn a_bracketed_base_value_gives_the_indicator_its_base() {
    let plan = |targets: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}\n\n2020年园区二氧化碳排放62.4万吨，单位工业增加值二氧化碳排放1.50吨/万元。\n\n\
             ## 二、目标\n\n{targets}\n"
        )
    };
    for targets in [
        // province notice
        "1.到2025年，单位工业增加值二氧化碳排放较2020年下降26%，非化石能源消费比重提高到15%（2020年为6.5%）。",
        // consultancy
        "到2025年，单位工业增加值二氧化碳排放较2020年下降26%；可再生能源电力消费比重达到30%（基准年为12%）。",
    ] {
        let f = findings(&plan(targets), "principle/feasibility");
        assert!(
            !f.iter().any(|d| d.message.contains("指标有基准值和目标值")),
            "{targets}\n{f:#?}"
        );
    }
    let f = findings(
        &plan("到2025年，单位工业增加值二氧化碳排放较2020年下降26%，非化石能源消费比重提高到15%（力争18%）。"),
        "principle/feasibility",
    );
    assert!(
        f.iter().any(|d| d.message.contains("指标有基准值和目标值")),
        "{f:#?}"
    );
}
