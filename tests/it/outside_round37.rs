//! Readings generalised after round 37 of outside plans (session 27), each in more than
//! one drafting style:
//! - an intensity's base value follows from the base year's total and output (`2022年…实现
//!   工业增加值182亿元…能源消费总量43.1万吨标准煤`): the pack's `per_output` on a metric;
//! - a change written as approximate (`下降40%左右`) is compared with the same target stated
//!   elsewhere, with a 5% tolerance; an approximate level (`峰值将升至约85万吨`) is not;
//! - a park's profile written at the head of the first required chapter (`二、摸清家底`
//!   opening with `**园区范围。**` and `**产业和能源。**`) is the profile chapter's;
//! - indicators listed as the tracked ones (`建立排放总量、…等跟踪指标`, `跟踪排放总量、单位
//!   工业增加值二氧化碳排放、…`) are progress indicators.
//!
//! The approved area written in the park's history is in tests/it/boundary.rs
//! (`area_kinds_in_one_chapter_are_not_compared`).

use crate::common::findings;

fn based(status: &str, target: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2022年为基准年。{status}\n\n\
         ## 二、碳达峰目标\n\n{target}\n"
    )
}

#[test]
fn an_intensity_follows_from_the_base_years_total_and_output() {
    let energy = "到2025年，单位工业增加值能耗较2022年下降10%。";
    for status in [
        // province guidance
        "2022年园区实现工业增加值182亿元，能源消费总量43.1万吨标准煤，其中天然气占40.8%。",
        // county: two sentences
        "基准年园区规上工业增加值56.3亿元。2022年园区综合能源消费量12.8万吨标准煤。",
        // consultancy table
        "主要指标如下。\n\n| 指标 | 2022年 |\n|---|---|\n| 工业增加值（亿元） | 182 |\n| 能源消费总量（万吨标准煤） | 43.1 |\n",
    ] {
        let f = findings(&based(status, energy), "target/no-baseline");
        assert!(f.is_empty(), "{status}\n{f:#?}");
    }
    // The CO2 intensity from the CO2 total (enterprise-led park).
    let f = findings(
        &based(
            "2022年集团园区二氧化碳排放总量112.3万吨，实现工业增加值182亿元。",
            "到2025年，单位工业增加值二氧化碳排放较2022年下降16%。",
        ),
        "target/no-baseline",
    );
    assert!(f.is_empty(), "{f:#?}");
    // Without the output, or with the output of another year, the base value is missing.
    for status in [
        "2022年园区能源消费总量43.1万吨标准煤。",
        "2022年园区能源消费总量43.1万吨标准煤。2021年园区实现工业增加值165亿元。",
    ] {
        let f = findings(&based(status, energy), "target/no-baseline");
        assert_eq!(f.len(), 1, "{status}\n{f:#?}");
        assert!(
            f[0].message.contains("单位工业增加值能耗") && f[0].message.contains("2022年"),
            "{}",
            f[0].message
        );
    }
}

fn restated(summary: &str, body: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n{summary}\n\n## 二、碳达峰目标\n\n本方案以2022年为基准年。{body}\n\n\
         ## 三、保障措施\n\n将目标任务分解到部门和重点企业。\n"
    )
}

#[test]
fn an_approximate_change_is_compared_with_a_wider_tolerance() {
    for (summary, body) in [
        // province: the goals chapter restated in the safeguards' words
        (
            "到2030年，单位工业增加值二氧化碳排放较2022年下降40%左右。",
            "将2030年单位工业增加值二氧化碳排放较2022年下降35%的目标任务分解落实。",
        ),
        // consultancy summary
        (
            "摘要：到2030年，园区单位工业增加值二氧化碳排放较2022年下降35%。",
            "到2030年，单位工业增加值二氧化碳排放较2022年下降40%左右。",
        ),
    ] {
        let f = findings(&restated(summary, body), "target/conflict");
        assert_eq!(f.len(), 1, "{summary} / {body}\n{f:#?}");
        assert!(f[0].message.contains("2030年"), "{}", f[0].message);
    }
    for (summary, body) in [
        // within 5%
        (
            "到2030年，单位工业增加值二氧化碳排放较2022年下降40%左右。",
            "到2030年，单位工业增加值二氧化碳排放较2022年下降38%。",
        ),
        // a floor and its approximate value
        (
            "到2030年，单位工业增加值二氧化碳排放较2022年下降40%以上。",
            "到2030年，单位工业增加值二氧化碳排放较2022年下降40%左右。",
        ),
        // a sensitivity case of the peak, approximate
        (
            "园区力争2028年达峰，峰值控制在78万吨以内。",
            "若绿电交易只完成计划的一半，峰值将升至约85万吨。",
        ),
    ] {
        let f = findings(&restated(summary, body), "target/conflict");
        assert!(f.is_empty(), "{summary} / {body}\n{f:#?}");
    }
}

fn profiled(head: &str) -> String {
    format!(
        "# 某园区碳达峰工作方案\n\n## 一、总体考虑\n\n坚持统筹谋划、分步实施。\n\n## 二、摸清家底\n\n{head}\n\n\
         以2022年为基准年，园区二氧化碳排放总量59.1万吨，核算只含二氧化碳，依据GB/T 32150—2015。\n\n\
         ## 三、锚定目标\n\n园区二氧化碳排放力争2029年达峰。\n\n## 四、路径举措\n\n建设分布式光伏4万千瓦。\n\n\
         ## 五、闭环管理\n\n按年评估，必要时修订方案。\n\n## 六、保障支撑\n\n成立领导小组。\n"
    )
}

#[test]
fn a_profile_heading_the_first_required_chapter_is_the_profile() {
    for head in [
        // 管委会 working plan, bold run-in items
        "**园区范围。**园区规划面积12.6平方公里，其中起步区3.8平方公里。\n\n**产业和能源。**园区以集成电路封装测试为主导产业，2022年实现工业增加值105亿元，能源消费以电力为主。",
        // county, plain paragraphs
        "园区位于临江县城东，规划面积8.6平方公里。园区主导产业为农副产品加工和包装材料，现有规上企业42家，能源消费以煤炭和电力为主。",
    ] {
        let f = findings(&profiled(head), "structure/missing-chapter");
        assert!(
            !f.iter().any(|d| d.message.contains("园区概况")),
            "{head}\n{f:#?}"
        );
    }
    let f = findings(
        &profiled("园区近年来排放持续增长。"),
        "structure/missing-chapter",
    );
    assert!(f.iter().any(|d| d.message.contains("园区概况")), "{f:#?}");
}

#[test]
fn indicators_listed_as_the_tracked_ones_show_progress() {
    let plan = |tracking: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积8.6平方公里。\n\n\
             ## 二、碳排放现状\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳，依据GB/T 32150—2015。2021年园区二氧化碳排放总量31.1万吨。\n\n\
             ## 三、碳达峰目标\n\n本方案以2021年为基准年，力争2027年实现碳达峰。\n\n\
             ## 四、重点任务\n\n建设分布式光伏20兆瓦，2027年底前建成，年减排1.2万吨。牵头单位：园区经济发展局。\n\n\
             ## 五、闭环管理\n\n{tracking}\n"
        )
    };
    const PROGRESS: &str = "有能反映进程的评估指标";
    for tracking in [
        // PDF-copied city plan
        "建立排放总量、单位增加值二氧化碳排放、可再生能源电力消费占比和重点任务进度等跟踪指标，按季度监测，每年评估一次。",
        // 管委会 working plan
        "建立“监测—评估—预警—修订”机制。跟踪排放总量、单位工业增加值二氧化碳排放、可再生能源电力消费占比和五项举措进度，按月监测、按年评估。",
    ] {
        let f = findings(&plan(tracking), "principle/feasibility");
        assert!(!f.iter().any(|d| d.message.contains(PROGRESS)), "{tracking}\n{f:#?}");
    }
    let f = findings(
        &plan("监测企业用能情况，跟踪项目进度、资金使用，每年评估一次。"),
        "principle/feasibility",
    );
    assert!(f.iter().any(|d| d.message.contains(PROGRESS)), "{f:#?}");
}
