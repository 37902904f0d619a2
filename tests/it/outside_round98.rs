//! Readings generalised in session 42 from outside rounds 98–99, each in more than one
//! drafting style, with the negative beside it:
//! - gases named and then set apart by what they are (`…氢氟碳化物制冷剂的逸散，性质上属于其他
//!   温室气体，不纳入本方案统计`), or a footprint's example after a comma and its caliber
//!   (`碳足迹，如…约185 kgCO2e/台，为全生命周期、多种温室气体的口径，与本报告…不可比`), are
//!   left out of the accounting;
//! - a zone named by its long form in the text and its short one in the title (`颍滨经济技术开发区`
//!   in a plan of `颍滨经开区发制品产业园`) is the zone the park lies in: its area is not the
//!   park's;
//! - a clause with no subject that only dates the clause before (`经开区分解给产业园的任务是…下降
//!   16%，以2020年为基期`) gives that task's base year, not the plan's;
//! - a park that buys no power from the grid (`电力由自备电厂供应，不从电网购电`) leaves open no
//!   question of purchased power in its boundary;
//! - a growth rate read in the time of a range starting before the base year (`2016—2023年，…；
//!   同期工业增加值年均增长8.7%`) is history, not the plan's assumption for the intensity ×
//!   output identity;
//! - in a sub-park's plan, a target whose subject is the zone it lies in (`高新区单位地区生产总值…
//!   较2020年下降19%`, `经开区“十四五”…能耗…下降15%的目标由经开区统一考核`) is that level's.

use crate::common::{findings_in, line_with};

fn hits(name: &str, text: &str, rule: &str) -> Vec<Option<u32>> {
    findings_in(name, text, rule)
        .iter()
        .map(crate::common::line_of)
        .collect()
}

#[test]
fn gases_set_apart_by_what_they_are_are_left_out() {
    let plan = |sentence: &str| {
        format!(
            "# 鹭屿疫苗产业园碳达峰实施方案\n\n## 二、碳排放现状\n\n核算的空间边界为产业园规划范围9.6平方公里，\
排放源为化石燃料燃烧和净调入电力、热力。{sentence}2020年园区二氧化碳排放总量21.4万吨。\n"
        )
    };
    for sentence in [
        // city: by nature
        "污水处理站厌氧单元产生的甲烷、冷库制冷剂氢氟碳化物的逸散，性质上属于其他温室气体，不纳入本方案统计。",
        // provincial: in substance, with an adverb
        "电气设备绝缘用六氟化硫的泄漏，本质上属于非二氧化碳排放，不计入园区排放总量。",
        // consultancy: a product footprint with its example after a comma
        "部分出口企业已委托第三方核算产品碳足迹，如某型缝纫机整机约185 kgCO2e/台，为全生命周期、多种温室气体的口径，与本报告园区二氧化碳核算不可比，仅作参考，不纳入任何汇总。",
    ] {
        let text = plan(sentence);
        assert_eq!(hits("plan.md", &text, "boundary/non-co2"), [], "{sentence}");
    }
    // Counted, the gas is reported.
    let counted =
        plan("污水处理站厌氧单元产生的甲烷2020年排放1.2万吨二氧化碳当量，计入园区排放总量。");
    assert_eq!(
        hits("plan.md", &counted, "boundary/non-co2").first(),
        Some(&line_with(&counted, "甲烷"))
    );
}

#[test]
fn a_zone_written_long_in_the_text_is_the_host_of_a_park_titled_short() {
    let markdown = "# 颍滨经开区发制品产业园碳达峰实施方案\n\n## 一、发展基础\n\n\
颍滨经济技术开发区规划面积48.5平方公里，2021年二氧化碳排放总量186.4万吨。发制品产业园位于经开区东北部。\n\n\
## 二、核算边界\n\n核算范围为产业园规划范围，面积6.2平方公里。\n";
    let text = "端川高新区预制菜产业园碳达峰实施方案\n\n一、园区概况\n\n\
端川高新技术产业开发区规划面积36.4平方公里，主导产业为电子信息和食品加工。\n\n\
二、核算边界\n\n核算边界为预制菜产业园规划范围4.8平方公里。\n";
    assert_eq!(hits("plan.md", markdown, "boundary/area"), []);
    assert_eq!(hits("plan.txt", text, "boundary/area"), []);
    // The park's own area written twice differently is still reported.
    let twice = format!("{text}\n三、空间布局\n\n产业园总面积5.6平方公里。\n");
    assert_eq!(
        hits("plan.txt", &twice, "boundary/area"),
        [line_with(&twice, "5.6")]
    );
}

#[test]
fn a_subjectless_clause_dating_a_quoted_task_gives_its_base_not_the_plans() {
    let plan = |sentence: &str| {
        format!(
            "# 颍滨经开区发制品产业园碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2021年为基准年，\
2021年产业园二氧化碳排放总量10.9万吨。\n\n## 二、目标衔接\n\n{sentence}\n"
        )
    };
    for sentence in [
        "经开区分解给产业园的任务是“十四五”期间单位工业增加值二氧化碳排放下降16%，以2020年为基期。",
        "市里下达园区的“十四五”能耗强度目标为下降14%，以2020年为基数。",
    ] {
        let text = plan(sentence);
        assert_eq!(
            hits("plan.md", &text, "boundary/base-year"),
            [],
            "{sentence}"
        );
    }
    // The plan's own target dated so has another base year: reported.
    let own = plan("到2025年，产业园单位工业增加值二氧化碳排放下降18%，以2020年为基期。");
    assert_eq!(
        hits("plan.md", &own, "boundary/base-year"),
        [line_with(&own, "以2020年为基期")]
    );
}

#[test]
fn a_park_buying_no_power_leaves_no_question_of_purchased_power() {
    let plan = |power: &str| {
        format!(
            "华岭油页岩产业园碳达峰实施方案\n\n一、发展基础\n\n{power}2020年消耗柴油2.3万吨。\n\n二、碳排放核算\n\n\
（一）核算边界\n\n核算范围为产业园规划范围内的采矿、干馏和发电企业，核算气体为二氧化碳，排放源包括化石燃料燃烧排放和工业生产过程排放。\n"
        )
    };
    for power in [
        "产业园电力由自备电厂供应，不从电网购电。",
        "园区无外购电力，",
        "各企业均不从公共电网购电；",
    ] {
        let text = plan(power);
        assert_eq!(
            hits("plan.txt", &text, "boundary/undeclared"),
            [],
            "{power}"
        );
    }
    // Said of some firms only, or not said at all, the question stays open.
    for power in ["不从电网购电的企业有3家，", ""] {
        let text = plan(power);
        assert_eq!(
            hits("plan.txt", &text, "boundary/undeclared").len(),
            1,
            "{power}"
        );
    }
}

#[test]
fn a_growth_rate_of_a_range_begun_before_the_base_is_history() {
    let plan = |growth: &str| {
        format!(
            "# 博坪开关设备产业园碳达峰实施方案\n\n## 二、碳排放现状\n\n以2020年为基准年，2020年园区二氧化碳排放总量79.2万吨。\
2016—2023年，园区二氧化碳排放年均增长5.6%；{growth}\n\n## 四、主要目标\n\n\
到2030年，单位工业增加值二氧化碳排放较2020年下降40%，二氧化碳排放总量控制在96.5万吨以内。\n"
        )
    };
    let history = plan("同期工业增加值年均增长8.7%。");
    assert_eq!(hits("plan.md", &history, "target/conflict"), []);
    // The plan's own assumption for the years after the base is used, and 96.5 is too low.
    let forward = plan("规划期内（2021—2030年）工业增加值年均增长8.7%。");
    assert_eq!(
        hits("plan.md", &forward, "target/conflict").len(),
        1,
        "{forward}"
    );
}

#[test]
fn a_target_whose_subject_is_the_host_zone_is_another_levels() {
    let plan = |title: &str, sentence: &str| {
        format!(
            "# {title}碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2022年为基准年，2022年二氧化碳排放总量10.9万吨，\
单位工业增加值二氧化碳排放0.52吨/万元。\n\n## 二、主要目标\n\n到2025年，单位工业增加值二氧化碳排放较2022年下降12%。\n\n\
## 三、目标衔接\n\n{sentence}\n"
        )
    };
    let rules = ["boundary/base-year", "target/no-baseline"];
    for (title, sentence) in [
        // consultancy: the zone's plan quoted, its indicator named with the zone as subject
        (
            "端川高新区预制菜产业园",
            "《端川高新区碳达峰实施方案》提出，到2025年高新区单位地区生产总值二氧化碳排放较2020年下降19%。",
        ),
        // county: the zone's own target, assessed by the zone
        (
            "颍滨经开区发制品产业园",
            "经开区“十四五”单位工业增加值能耗较2020年下降15%的目标由经开区统一考核，本方案不再另设能耗强度指标。",
        ),
        // provincial: the zone by its full name
        (
            "临江高新区生物医药产业园",
            "临江高新技术产业开发区到2025年单位工业增加值二氧化碳排放较2020年下降20%。",
        ),
    ] {
        let text = plan(title, sentence);
        for rule in rules {
            assert_eq!(hits("plan.md", &text, rule), [], "{rule}: {sentence}");
        }
    }
    // In the zone's own plan the same sentence is the plan's: its other base year is reported.
    let own = plan(
        "颍滨经开区",
        "经开区“十四五”单位工业增加值二氧化碳排放较2020年下降18%。",
    );
    assert_eq!(
        hits("plan.md", &own, "boundary/base-year"),
        [line_with(&own, "较2020年下降18%")]
    );
    // And in the sub-park's plan, the park's own target with another base is reported.
    let park = plan(
        "颍滨经开区发制品产业园",
        "产业园“十四五”单位工业增加值二氧化碳排放较2020年下降18%。",
    );
    assert_eq!(
        hits("plan.md", &park, "boundary/base-year"),
        [line_with(&park, "较2020年下降18%")]
    );
}
