//! Readings generalised after round 38 of outside plans (session 27), each in more than
//! one drafting style:
//! - a `其中` list ends where it ends: at its closing bracket (`化石燃料燃烧4.4万吨（其中
//!   天然气3.6万吨、柴油0.8万吨），外购电力…11.7万吨`), or at its semicolon when it lists
//!   several parts itself (`…48.9万吨，其中燃煤38.6万吨、天然气9.2万吨、油品1.1万吨；炭黑
//!   生产过程排放6.3万吨；…`): the figures after it are the total's siblings, not its parts;
//! - a lone numbered sentence with nothing under it is a list of one, not an empty section;
//! - 风光 (wind and solar) names a measure behind the non-fossil share;
//! - without a declared base year, one indicator set against the plan's base in one target
//!   and against an earlier year in another is `boundary/base-year`;
//! - a post-peak level (`2030年回落至952.0万吨`) is a level target, compared with the
//!   indicator table's;
//! - a table a PDF copy stacks one cell a line is read as a table (its base values count).

use crate::common::{findings, findings_in};

fn inventory(sentence: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳。\n\n{sentence}\n"
    )
}

#[test]
fn a_qizhong_list_ends_at_its_bracket_or_its_semicolon() {
    for sentence in [
        // county: the breakdown in brackets
        "2022年集中区二氧化碳排放18.5万吨：化石燃料燃烧4.4万吨（其中天然气3.6万吨、柴油0.8万吨），外购电力2.1亿千瓦时对应11.7万吨，外购蒸汽22万吉焦对应2.4万吨。",
        // city joint notice: the breakdown before a semicolon
        "按排放源分，化石燃料燃烧排放48.9万吨，其中燃煤38.6万吨、天然气9.2万吨、油品1.1万吨；炭黑生产过程排放6.3万吨；净购入电力对应排放31.2万吨；净购入热力对应排放6.8万吨。以上四项合计93.2万吨。",
        // consultancy, half-width brackets
        "2021年能源活动排放62.0万吨(其中燃煤50.5万吨、天然气11.5万吨)，工业过程排放18.0万吨，外购电力排放40.0万吨。",
    ] {
        let f = findings(&inventory(sentence), "consistency/table-sum");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    // A breakdown in brackets that does not add up is still reported, against its own total.
    let f = findings(
        &inventory("2022年化石燃料燃烧排放4.4万吨（其中天然气3.6万吨、柴油1.8万吨），外购电力对应11.7万吨。"),
        "consistency/table-sum",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("总量为4.4万吨") && f[0].message.contains("5.4万吨"),
        "{}",
        f[0].message
    );
    // A list itemised by semicolons, one part a clause, still runs on.
    let f = findings(
        &inventory("2022年园区二氧化碳排放总量60.0万吨，其中燃煤排放46.3万吨；天然气燃烧排放8.1万吨；外购电力排放9.6万吨。"),
        "consistency/table-sum",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_lone_numbered_sentence_is_no_empty_section() {
    for (name, plan) in [
        // city joint notice, plain text
        (
            "plan.txt",
            "某园区碳达峰实施方案\n第七章 保障措施\n第一节 组织保障\n1. 成立园区碳达峰工作领导小组。\n2. 将减排任务分解到责任单位。\n第二节 监督考核\n1. 将碳达峰任务完成情况纳入年度目标责任考核。\n",
        ),
        // county Markdown, a lone item before the next chapter
        (
            "plan.md",
            "# 某园区碳达峰实施方案\n\n## 五、保障措施\n\n### （一）资金保障\n\n1.园区每年安排不少于2000万元低碳发展专项资金。\n\n## 六、附则\n\n本方案自印发之日起实施。\n",
        ),
    ] {
        let f = findings_in(name, plan, "structure/empty-section");
        assert!(f.is_empty(), "{plan}\n{f:#?}");
    }
}

#[test]
fn wind_and_solar_for_short_support_the_nonfossil_share() {
    let plan = |measure: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2021年为基准年，2021年非化石能源消费比重1.8%。\n\n\
             ## 二、碳达峰目标\n\n到2030年，非化石能源消费比重达到12%。\n\n## 三、重点任务\n\n{measure}\n"
        )
    };
    let f = findings(
        &plan("建设园区配套风光新能源项目500兆瓦，年发电约10.5亿千瓦时。"),
        "target/no-measure",
    );
    assert!(f.is_empty(), "{f:#?}");
    let f = findings(&plan("推广电机系统节能改造。"), "target/no-measure");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn one_indicator_against_two_bases_without_a_declaration() {
    let plan = |goals: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n### （二）基准年排放\n\n2021年园区二氧化碳排放总量97.4万吨，单位工业增加值二氧化碳排放4.51吨/万元。\n\n\
             ## 二、主要目标\n\n{goals}\n"
        )
    };
    for goals in [
        // PDF copy, one paragraph
        "到2025年，单位工业增加值二氧化碳排放较2021年下降16%以上；到2030年，单位工业增加值二氧化碳排放较2020年下降40%以上。",
        // consultancy, two paragraphs
        "2025年目标：单位工业增加值二氧化碳排放比2021年下降16%。\n\n2030年目标：单位工业增加值二氧化碳排放比2020年下降40%。",
    ] {
        let f = findings(&plan(goals), "boundary/base-year");
        assert_eq!(f.len(), 1, "{goals}\n{f:#?}");
        assert!(
            f[0].message.contains("此处为2020年") && f[0].message.contains("2021年"),
            "{}",
            f[0].message
        );
    }
    // One base for every target, or another indicator's own base: nothing to report.
    for goals in [
        "到2025年，单位工业增加值二氧化碳排放较2021年下降16%；到2030年，较2021年下降40%。",
        "到2025年，单位工业增加值二氧化碳排放较2021年下降16%；单位工业增加值能耗较2020年下降14%。",
    ] {
        let f = findings(&plan(goals), "boundary/base-year");
        assert!(f.is_empty(), "{goals}\n{f:#?}");
    }
}

#[test]
fn a_post_peak_level_is_compared_with_the_indicator_table() {
    let plan = |text: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n本方案以2021年为基准年。{text}\n\n\
             | 指标 | 单位 | 基准年(2021) | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 828.9 | 858.0 | 932.0 |\n"
        )
    };
    for text in [
        // consultancy
        "园区二氧化碳排放力争于2027年达峰，峰值控制在965.0万吨以内，2030年回落至952.0万吨。",
        // province
        "到2030年，园区二氧化碳排放总量压降至952万吨。",
    ] {
        let f = findings(&plan(text), "target/conflict");
        assert!(
            f.iter()
                .any(|d| d.message.contains("932") && d.message.contains("952")),
            "{text}\n{f:#?}"
        );
    }
    let f = findings(
        &plan("园区二氧化碳排放力争于2027年达峰，峰值控制在965.0万吨以内，2030年回落至932.0万吨。"),
        "target/conflict",
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_stacked_table_gives_base_values() {
    let text = "某园区碳达峰实施方案\n一、主要目标\n本方案以2021年为基准年。到2030年，非化石能源消费比重达到12%，主要指标见表1。\n\
                表1　主要指标\n指标\n单位\n2021年\n2025年\n2030年\n二氧化碳排放总量\n万吨\n97.4\n108.2\n110.8\n\
                非化石能源消费比重\n%\n1.2\n5\n12\n二、重点任务\n建设分布式光伏40兆瓦。\n";
    let f = findings_in("plan.txt", text, "target/no-baseline");
    assert!(f.is_empty(), "{f:#?}");
    let without = text.replace("\n1.2\n", "\n—\n");
    let f = findings_in("plan.txt", &without, "target/no-baseline");
    assert_eq!(f.len(), 1, "{f:#?}");
}

/// The allocated task named for a park that is not called 园区 (`县碳达峰实施方案下达集中区
/// 的任务`, `市里分解给开发区的目标`) is the allocated target (principle/coordination).
#[test]
fn a_task_allocated_to_a_park_under_another_name_is_coordination() {
    const ALLOCATED: &str = "承接上级分解下达的目标";
    let plan = |basis: &str| {
        format!(
            "# 某工业集中区碳达峰实施方案\n\n## 一、编制依据\n\n{basis}\n\n## 二、碳达峰目标\n\n集中区力争2029年实现碳达峰。\n"
        )
    };
    for basis in [
        // county 工业集中区, a list item
        "县碳达峰实施方案下达集中区的任务是2030年前实现碳达峰，单位工业增加值二氧化碳排放持续下降。",
        // city development zone
        "确保完成市政府分解给开发区的单位工业增加值能耗和二氧化碳排放下降目标。",
        // province high-tech zone
        "落实省里对高新区下达的碳排放强度目标任务。",
    ] {
        let f = findings(&plan(basis), "principle/coordination");
        assert!(!f.iter().any(|d| d.message.contains(ALLOCATED)), "{basis}\n{f:#?}");
    }
    let f = findings(
        &plan("集中区将各项任务分解落实到企业。"),
        "principle/coordination",
    );
    assert!(f.iter().any(|d| d.message.contains(ALLOCATED)), "{f:#?}");
}
