//! Readings generalised after round 35 of outside plans (session 26), each in more than
//! one drafting style: a tracking system of indicators (`建立指标跟踪体系`) or indicators
//! named as what is monitored (`对排放强度、非化石能源比重等指标实行季度监测`) are progress
//! indicators (principle/feasibility's `evaluation_indicators`); a share that is nothing
//! yet, written without a unit (`比重为0`), is its base value.

use crate::common::findings;

const PROGRESS: &str = "有能反映进程的评估指标";

fn plan(tracking: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积8.6平方公里。\n\n\
         ## 二、碳排放现状\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳，依据GB/T 32150—2015。2021年园区二氧化碳排放总量31.1万吨。\n\n\
         ## 三、碳达峰目标\n\n本方案以2021年为基准年，力争2027年实现碳达峰。\n\n\
         ## 四、重点任务\n\n建设分布式光伏20兆瓦，2027年底前建成，年减排1.2万吨；锅炉改热泵年减排0.9万吨。牵头单位：园区经济发展局。\n\n\
         ## 五、指标跟踪与改进\n\n{tracking}\n\n## 六、保障措施\n\n加强组织领导。\n"
    )
}

#[test]
fn tracked_indicators_show_progress() {
    for tracking in [
        // province guidance
        "建立碳达峰指标跟踪体系，按“计划—实施—检查—改进”闭环管理，每年核算园区二氧化碳排放。",
        // PDF-copied county plan
        "园区每年核算排放并向县发展改革局报送，对排放强度、非化石能源比重等指标实行季度监测，2025年开展中期评估。",
        // county 发改局, run-in item
        "**（一）跟踪。**每年核算排放、每季度调度项目，对排放总量、强度和可再生能源电力消费比重实行监测预警。",
        // targets named as what is tracked
        "重点跟踪2025年单位工业增加值二氧化碳排放比2020年下降18%、非化石能源消费比重达到12%等目标，实行季度监测。",
    ] {
        let f = findings(&plan(tracking), "principle/feasibility");
        assert!(!f.iter().any(|d| d.message.contains(PROGRESS)), "{tracking}\n{f:#?}");
    }
    // Monitoring enterprises or following policy is no indicator of progress.
    for tracking in [
        "对重点用能企业实行在线监测，跟踪国家政策动向。",
        "每年召开一次工作会议，加强考核。",
    ] {
        let f = findings(&plan(tracking), "principle/feasibility");
        assert!(
            f.iter().any(|d| d.message.contains(PROGRESS)),
            "{tracking}\n{f:#?}"
        );
    }
}

/// A share that is nothing yet is written without a unit (`可再生能源电力消费比重为0`): it
/// is the base value all the same.
#[test]
fn a_share_of_nothing_yet_is_its_base_value() {
    let plan = |base: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积8.6平方公里。\n\n\
             ## 二、碳排放现状\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳。{base}\n\n\
             ## 三、碳达峰目标\n\n本方案以2021年为基准年。到2025年，可再生能源电力消费比重达到14%；到2030年达到30%。\n"
        )
    };
    for base in [
        // county
        "2021年园区综合能源消费量14.97万吨标准煤。园区尚未开展绿电交易，可再生能源电力消费比重为0。",
        // consultancy
        "基准年（2021年）园区无可再生能源电力消费，可再生能源电力消费比重为0。",
    ] {
        let f = findings(&plan(base), "target/no-baseline");
        assert!(f.is_empty(), "{base}\n{f:#?}");
    }
    let f = findings(
        &plan("2021年园区综合能源消费量14.97万吨标准煤。"),
        "target/no-baseline",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("可再生能源电力消费比重"),
        "{}",
        f[0].message
    );
}

/// The measures named by nothing but the word (`2025年措施减排量85.1万吨`, `到2030年重点任务
/// 减排…`) are their total, not one more measure added to the table's.
#[test]
fn the_measures_named_as_a_whole_are_their_total() {
    for recap in [
        // consultancy
        "2025年措施减排量85.1万吨，覆盖当年差额61.0万吨；2030年措施减排量132.4万吨，可有力支撑达峰目标实现。",
        // county
        "到2030年，重点任务减排132.4万吨。",
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳。2022年园区二氧化碳排放总量400.0万吨。\n\n\
             ## 二、碳达峰目标\n\n基准情景下2030年排放605.7万吨。园区力争2028年实现碳达峰，2030年二氧化碳排放总量控制在380万吨以内。\n\n\
             ## 三、重点任务\n\n| 序号 | 措施 | 2025年减排量（万吨） | 2030年减排量（万吨） |\n|---|---|---|---|\n\
             | 1 | 绿电替代 | 57.0 | 57.0 |\n| 2 | 节电改造 | 11.4 | 41.1 |\n| 3 | 余热发电 | 16.7 | 34.3 |\n| 合计 | — | 85.1 | 132.4 |\n\n{recap}\n"
        );
        let f = findings(&text, "target/reduction-gap");
        assert_eq!(f.len(), 1, "{recap}\n{f:#?}");
        assert!(
            f[0].message.contains("合计132.4万吨") && f[0].message.contains("缺口93.3万吨"),
            "{}",
            f[0].message
        );
    }
}
