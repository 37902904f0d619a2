//! Readings generalised after rounds 40 and 41 of outside plans (session 28), each in more
//! than one drafting style:
//! - a year is no figure: a GHG sentence dated only by a year (capacity building, inventory
//!   work, a qualitative goal) states no emissions in other gases; nor do a formula's digits
//!   (NF3); a peak dated by its year does (`lexicon.dated_figure`);
//! - a combustible gas burnt, its CO2 counted, is CO2 (`boundary.gas_exemptions`);
//! - another substance's tonnes (VOCs, SO2) are no CO2 total (`lexicon.not_total`);
//! - a `分别` list after a range of years gives each value its year (boundary/unit);
//! - the plan itself opening a clause (本方案…) after quoted upper-level targets makes the
//!   target the plan's; a base written in a table row's label is the cells' base; a
//!   planning period in the declaration (`规划期2021—2030年`) explains no 2021 base;
//! - a profile under an unfamiliar title shows its energy by the power bought in;
//! - a new breakdown after `；` (分行业看，) starts a list of its own (published phrasing);
//! - a scenario's output growth over a named period is an economic assumption.

use crate::common::findings;

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业，排放源包括化石燃料燃烧、工业生产过程和净调入电力热力，只核算二氧化碳，依据GB/T 32150—2015。";

fn inventory(sentence: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}\n\n2020年园区二氧化碳排放总量53.7万吨。\n\n{sentence}\n"
    )
}

#[test]
fn burnt_methane_counted_as_co2_is_no_other_gas() {
    for sentence in [
        // province notice, coking
        "焦炉煤气主要成分为氢气和甲烷，其燃烧产生的二氧化碳计入燃料燃烧排放；焦炉逸散的甲烷等非二氧化碳气体不纳入本方案核算。",
        // consultancy, recycling
        "热解尾气中的甲烷等可燃组分经二次燃烧后以二氧化碳形式计入热解过程排放。",
        // county, wastewater
        "污水处理厂沼气中的甲烷经火炬燃烧，产生的二氧化碳计入能源活动排放。",
        // enterprise
        "燃烧回收甲烷所产生的CO2已计入园区排放总量，2020年约0.8万吨。",
    ] {
        let f = findings(&inventory(sentence), "boundary/non-co2");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    for sentence in [
        "填埋场甲烷逃逸排放折合二氧化碳当量2.1万吨，计入排放总量。",
        "2020年园区甲烷排放量为0.6万吨，计入排放总量。",
    ] {
        let f = findings(&inventory(sentence), "boundary/non-co2");
        assert_eq!(f.len(), 1, "{sentence}\n{f:#?}");
    }
}

#[test]
fn another_substance_is_no_co2_total() {
    for sentence in [
        // the fine-chemicals park's profile
        "园区现有化工生产企业52家，2020年工业增加值86.0亿元，挥发性有机物排放量1860吨。",
        // city environment report
        "2020年园区二氧化硫排放量426吨，氮氧化物排放量980吨。",
        // consultancy
        "2020年园区危险废物产生量1.2万吨，颗粒物排放量310吨。",
    ] {
        let f = findings(&inventory(sentence), "boundary/unit");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    let f = findings(
        &inventory("2020年园区二氧化碳排放量为5370000吨。"),
        "boundary/unit",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_range_of_years_gives_each_listed_value_its_year() {
    for sentence in [
        // PDF-style county plan
        "2016—2020年园区排放量分别为412000、440000、479000、516000和5370000吨，年均增长6.8%。",
        // consultancy
        "2018—2020年，园区排放量分别为492000吨、510000吨、5370000吨。",
    ] {
        let f = findings(&inventory(sentence), "boundary/unit");
        assert_eq!(f.len(), 1, "{sentence}\n{f:#?}");
        assert!(f[0].message.contains("2020年"), "{}", f[0].message);
    }
    for sentence in [
        // the same figures, right
        "2016—2020年园区排放量分别为412000、440000、479000、516000和537000吨，年均增长6.8%。",
        // fewer values than years: not paired
        "2016—2020年园区排放量分别为41.2万吨和537万吨。",
        // ministry style, the right figures in 万吨
        "“十三五”以来，2016—2020年园区二氧化碳排放量分别为41.2、44.0、47.9、51.6和53.7万吨。",
    ] {
        let f = findings(&inventory(sentence), "boundary/unit");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
}

fn targets(declaration: &str, table_label: &str, prose: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n{declaration}\n\n## 二、碳排放现状\n\n{BOUNDARY}\n\n\
         2020年园区二氧化碳排放总量37.5万吨。\n\n## 三、碳达峰目标\n\n表1 主要指标\n\n\
         | 指标 | 2025年 | 2030年 |\n|---|---|---|\n| {table_label} | 22 | 38 |\n\n{prose}\n"
    )
}

#[test]
fn the_plan_itself_after_quoted_targets_sets_its_own() {
    let declared = "产业园规划面积15.2平方公里，基准年为2020年，规划期2021—2030年，展望至2035年。";
    for prose in [
        // consultancy, the seeded form
        "国家要求2025年单位国内生产总值二氧化碳排放比2020年下降18%；瓜泉市下达产业园“十四五”单位工业增加值二氧化碳排放下降19%，本方案单位工业增加值二氧化碳排放较2021年下降22%，高于下达任务。",
        // province notice
        "省里下达的“十四五”单位工业增加值二氧化碳排放下降目标为19%；本规划到2025年单位工业增加值二氧化碳排放较2021年下降22%。",
    ] {
        let plan = targets(declared, "单位工业增加值二氧化碳排放较2020年下降（%）", prose);
        let f = findings(&plan, "boundary/base-year");
        assert_eq!(f.len(), 1, "{prose}\n{f:#?}");
        assert!(f[0].message.contains("2021年"), "{}", f[0].message);
    }
    // The quoted targets alone, and the plan's own set against the declared year.
    for prose in [
        "国家要求2025年单位国内生产总值二氧化碳排放比2021年下降18%，本方案目标高于下达任务。",
        "瓜泉市下达产业园“十四五”单位工业增加值二氧化碳排放下降19%，本方案单位工业增加值二氧化碳排放较2020年下降22%。",
    ] {
        let plan = targets(declared, "单位工业增加值二氧化碳排放较2020年下降（%）", prose);
        let f = findings(&plan, "boundary/base-year");
        assert!(f.is_empty(), "{prose}\n{f:#?}");
    }
    // A declaration that names 2021 itself explains it.
    let plan = targets(
        "产业园规划面积15.2平方公里，以2020年为基准年（2021年数据用于强度目标测算）。",
        "单位工业增加值二氧化碳排放较2020年下降（%）",
        "本方案单位工业增加值二氧化碳排放较2021年下降22%。",
    );
    let f = findings(&plan, "boundary/base-year");
    assert!(f.is_empty(), "{f:#?}");
}

fn profiled(chapter: &str) -> String {
    format!(
        "# 某港区碳达峰实施方案\n\n一、写在前面\n\n（一）编制依据\n\n依据国发〔2021〕23号。\n\n{chapter}\n\n\
         三、碳账本\n\n{BOUNDARY}2020年园区二氧化碳排放总量27.4万吨。\n\n四、目标\n\n园区力争2028年达峰。\n\n\
         五、重点工程\n\n建设分布式光伏4万千瓦。\n\n六、保障\n\n成立领导小组。\n\n七、跟踪评估\n\n按年评估，必要时修订方案。\n"
    )
}

#[test]
fn a_profile_under_its_own_title_shows_the_power_bought_in() {
    for chapter in [
        // enterprise-led port plan
        "二、港区家底：空间、产业与能源\n\n（一）空间与产业\n\n港区作业区13.1平方公里，综合保税区5.2平方公里。2020年完成货物吞吐量1.86亿吨。\n\n（二）能源消费\n\n2020年园区外购电力2.95亿千瓦时，屋顶光伏自发自用0.14亿千瓦时。",
        // county, one paragraph
        "二、园区底数\n\n园区位于县城西侧，面积6.3平方公里。2021年园区净调入热力86万吉焦，外购电力1.2亿千瓦时。",
    ] {
        let f = findings(&profiled(chapter), "structure/missing-chapter");
        assert!(
            !f.iter().any(|d| d.message.contains("园区概况")),
            "{chapter}\n{f:#?}"
        );
    }
    let f = findings(
        &profiled("二、园区底数\n\n园区近年来发展较快。"),
        "structure/missing-chapter",
    );
    assert!(f.iter().any(|d| d.message.contains("园区概况")), "{f:#?}");
}

#[test]
fn output_growth_over_a_named_period_is_an_economic_assumption() {
    let plan = |scenario: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}\n\n2016—2020年排放年均增长17.3%，2021年排放35.9万吨。\n\n\
             ## 二、情景预测\n\n{scenario}\n\n## 三、目标\n\n园区力争2028年达峰。\n"
        )
    };
    for scenario in [
        // consultancy
        "基准情景：以2021年实际排放为起点，叶片和玻纤产量“十四五”后期年均增长8%，“十五五”年均增长4%。",
        // province
        "基准情景下，园区工业增加值“十五五”期间年均增长6%。",
        // county
        "预计园区铸件产量2026—2030年年均增长5%左右。",
    ] {
        let f = findings(&plan(scenario), "principle/scientific");
        assert!(
            !f.iter().any(|d| d.message.contains("考虑经济社会发展态势")),
            "{scenario}\n{f:#?}"
        );
    }
}

/// Two breakdowns in one sentence, the second opened after `；` (`分行业看，`, the pack's
/// `lexicon.breakdown_opening`), are two lists: each is added up on its own.
#[test]
fn a_new_breakdown_after_a_semicolon_is_a_list_of_its_own() {
    for sentence in [
        // consultancy
        "排放结构方面，直接排放占62%，间接排放占38%；分行业看，化工占55%，建材占25%，其他占20%。",
        // province
        "2020年能源消费中，煤炭占58%，天然气占12%，电力占30%；从用能主体看，前十家企业占81%，其余企业占19%。",
        // enterprise
        "按排放源分，燃料燃烧占71.5%，外购电力占28.5%；按企业分：一厂占46%，二厂占39%，其余占15%。",
    ] {
        let f = findings(&inventory(sentence), "consistency/share-sum");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    for sentence in [
        "排放结构方面，直接排放占62%，间接排放占38%；分行业看，化工占55%，建材占25%，其他占25%。",
        "2020年能源消费中，煤炭占58%，天然气占17%，其他占30%；从用能主体看，前十家企业占81%，其余企业占19%。",
    ] {
        let f = findings(&inventory(sentence), "consistency/share-sum");
        assert_eq!(f.len(), 1, "{sentence}\n{f:#?}");
    }
}
