//! Readings generalised in session 37 from outside rounds 70–77, each in more than one
//! drafting style, with the negative beside it:
//! - beside the peak, a year's bare emissions (`园区2028年实现碳达峰，峰值72.0万吨；2030年排放
//!   69.7万吨`) are the level the plan sets for that year (the pack's
//!   `lexicon.dated_bare_level`), compared with the indicator table; a year's bare emissions
//!   in a sentence that states no peak are history or a statement, not read;
//! - what a park's plants make, listed (`主要生产油茶籽压榨、精炼茶油和茶皂素`) or with the
//!   amount processed (`年加工油茶籽9.5万吨`), is its industry: a profile written as the first
//!   section of the emission chapter (`（一）园区与厂区`) is there without a chapter of its own;
//! - a gas set apart at the end of a chain of clauses that give the reason (`…甲烷，虽同属温室
//!   气体，但计量方法不同、数量较小，只列入环境管理台账，不折算…`) is excluded, not used;
//! - a part's milestones (`一厂区生产用电绿电比例…提高到2025年的100%`) are not the park's: the
//!   park's 2030 share below the plant's 2025 one is in order;
//! - a product's or a machine's footprint (`单架钢琴二氧化碳排放约1.33吨`) is no total of the
//!   year to restate in another unit;
//! - an indicator another level's document sets (`《有色金属行业碳达峰实施方案》提出到2025年再生
//!   金属供应占比达到24%以上`), quoted in the targets chapter, is no target whose measures
//!   `target/no-measure` looks for;
//! - a figure of the base year named by the word (`园区以基准年排放量330000吨二氧化碳为基数`) is of
//!   the declared base year (the pack's `lexicon.base_year_figure`): a tenfold restatement of
//!   the inventory is found;
//! - the same with a level verb (`园区力争2028年实现碳达峰，…，2030年排放控制在26.8万吨`);
//! - a status year named in the declaration (`基准年2020年，现状年2021年`) explains no second base
//!   where one milestone is set against it and the same indicator's other against the
//!   declared year (`到2025年…比2020年下降20%；到2030年…比2021年下降35%`);
//! - a cap ten times the adopted path's figure to its printed digits (`2025年控制在1128000吨以内`
//!   against the 达峰情景's 11.28万吨) is that figure in a slipped unit, not a looser bound;
//! - what must still be cut (`与基准情景相比，2025年、2030年分别需减排8.3万吨和22.5万吨`) is the
//!   gap, not a measure's reduction: measures summing to less are short of it;
//! - a gas said not to be the park's emissions (`下游晶圆厂使用的含氟气体不属于园区排放`) is
//!   excluded, not used;
//! - a numbered line whose label names the indicator (`（一）二氧化碳排放总量：2020年88.80万吨，
//!   2025年控制在95.6万吨以内`) sets that indicator's targets in the text after the label;
//! - a measure on the park's own heat and power plant (`热电机组节能改造`) supports its coal
//!   consumption target.

use crate::common::{findings, findings_in, line_of, line_with};

#[test]
fn bare_emissions_beside_the_peak_are_a_target() {
    let table = "表4 主要指标（万吨）\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 57.0 | 68.3 | 70.9 |\n";
    for (name, plan) in [
        // consultancy Markdown: the peak, then the year's emissions after `；`
        ("plan.md", format!("# 某铜管产业园碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 三、达峰目标\n\n园区2028年实现碳达峰，峰值72.0万吨；2030年排放69.7万吨；2035年较峰值下降11%。\n\n{table}")),
        // county plain text: one clause chain, the park named before its emissions
        ("plan.txt", ("某县化工集中区碳达峰实施方案\n\n一、总体要求\n\n以2020年为基准年。\n\n二、主要目标\n\n集中区力争2028年前实现碳达峰，2030年集中区二氧化碳排放总量69.7万吨。\n\n三、保障措施\n\n（一）强化考核。考核2030年集中区二氧化碳排放总量是否降至70.9万吨。\n").to_string()),
    ] {
        let found = findings_in(name, &plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert!(found[0].message.contains("69.7"), "{:?}", found[0].message);
        let at = if name == "plan.md" { "二氧化碳排放总量 | 57.0" } else { "考核2030年" };
        assert_eq!(line_of(&found[0]), line_with(&plan, at));
    }
    // No peak in the sentence or its clause chain: the years' emissions are a history.
    for text in [
        "2020年排放57.0万吨；2022年排放69.7万吨，年均增长10.6%。",
        "预计园区2030年排放69.7万吨。",
        "园区2028年实现碳达峰。2030年企业排放69.7万吨。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、达峰目标\n\n{text}\n\n{table}");
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn a_profile_opening_the_emission_chapter_is_no_missing_chapter() {
    let rest = "## 三、达峰目标\n\n以2020年为基准年，园区2028年达峰。\n\n## 四、减碳路径\n\n实施光伏建设。\n\n## 五、跟踪评估\n\n每年评估。\n\n## 六、保障措施\n\n加强组织领导。\n";
    for (name, plan) in [
        // enterprise-led Markdown: the park and its plants under the inventory chapter
        ("plan.md", format!("# 某油茶产业园碳达峰实施方案\n\n## 一、编制说明\n\n依据国家要求编制。\n\n## 二、碳排放盘查\n\n### （一）园区与厂区\n\n园区占地1.36平方公里，其中公司本部厂区0.82平方公里。主要生产油茶籽压榨、精炼茶油和茶皂素，工业增加值9.2亿元。\n\n### （二）盘查结果\n\n2020年园区二氧化碳排放3.60万吨。\n\n{rest}")),
        // city plain text: the amount processed in a year
        ("plan.txt", "某县粮油产业园碳达峰实施方案\n\n一、编制背景\n\n依据上级要求编制。\n\n二、碳排放现状\n\n（一）园区和企业\n\n产业园规划面积3.2平方公里，2020年加工大豆42万吨，工业增加值12.6亿元。\n\n（二）排放情况\n\n2020年产业园二氧化碳排放8.4万吨。\n\n三、达峰目标\n\n以2020年为基准年，产业园2028年达峰。\n\n四、减碳路径\n\n实施光伏建设。\n\n五、跟踪评估\n\n每年评估。\n\n六、保障措施\n\n加强组织领导。\n".to_string()),
    ] {
        let found: Vec<_> = findings_in(name, &plan, "structure/missing-chapter")
            .into_iter()
            .filter(|d| d.message.contains("园区概况"))
            .collect();
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The area and the emission sources alone make no profile: it is reported missing.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 一、编制说明\n\n依据国家要求编制。\n\n## 二、碳排放盘查\n\n### （一）盘查范围\n\n盘查范围为园区1.36平方公里内的主要生产设施、辅助设施，排放源包括天然气燃烧和外购电力。\n\n### （二）盘查结果\n\n2020年园区二氧化碳排放3.60万吨。\n\n{rest}");
    let found: Vec<_> = findings(&plan, "structure/missing-chapter")
        .into_iter()
        .filter(|d| d.message.contains("园区概况"))
        .collect();
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
}

#[test]
fn the_park_named_by_the_end_of_its_name_states_park_wide_targets() {
    for (name, plan) in [
        // county plain text: a 化工集中区 calls itself 集中区
        ("plan.txt", "某县化工集中区碳达峰实施方案\n\n一、主要目标\n\n以2020年为基准年。到2030年，集中区二氧化碳排放总量降至69.7万吨。\n\n二、保障措施\n\n到2030年，集中区二氧化碳排放总量降至70.9万吨。\n"),
        // provincial Markdown: an 产业集聚区 written out in full and as 集聚区
        ("plan.md", "# 某市新材料产业集聚区碳达峰实施方案\n\n## 一、主要目标\n\n以2020年为基准年。到2030年，某市新材料产业集聚区二氧化碳排放总量降至69.7万吨。\n\n## 二、保障措施\n\n到2030年，全集聚区二氧化碳排放总量降至70.9万吨。\n"),
    ] {
        let found = findings_in(name, plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(plan, "降至70.9"));
    }
    // In an ETDZ's plan, its 化工集中区 is a part: its total is not the park's.
    let plan = "# 某经济技术开发区碳达峰实施方案\n\n## 一、主要目标\n\n以2020年为基准年。到2030年，开发区二氧化碳排放总量降至69.7万吨。\n\n## 二、保障措施\n\n到2030年，化工集中区二氧化碳排放总量降至30.9万吨。\n";
    assert!(findings(plan, "target/conflict").is_empty());
}

#[test]
fn a_gas_set_apart_after_the_reasons_is_excluded() {
    for (name, plan) in [
        // ministry Markdown: reasons, then where it is kept, then the exclusion
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 二、核算边界\n\n本方案所称碳排放仅指二氧化碳。发泡工序的氢氟烃逸散和污水站厌氧单元产生的甲烷，虽同属温室气体，但计量方法不同、数量较小，只列入环境管理台账，不折算、不并入本方案任何总量和目标。\n"),
        // enterprise plain text: a contrast and a ledger, then 不纳入
        ("plan.txt", "某公司产业园碳达峰实施方案\n\n二、盘查边界\n\n盘查只含二氧化碳。厌氧池甲烷，但数量极少，仅记入企业环保台账，不纳入本次盘查。\n"),
        // county: the reason after a concession
        ("plan.txt", "某县经济开发区碳达峰实施方案\n\n二、核算边界\n\n制冷剂逸散的含氟气体，尽管属于温室气体，但监测手段有限，只作记录备查，不计入开发区排放总量。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The gas counted after the same reasons: reported.
    let plan = "某园区碳达峰实施方案\n\n二、核算边界\n\n污水站产生的甲烷，虽数量较小，但按当量计入园区排放总量。\n";
    let found = findings_in("plan.txt", plan, "boundary/non-co2");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "污水站"));
}

#[test]
fn a_plants_milestones_are_not_the_parks() {
    let table = "表2 主要指标\n\n| 指标 | 2020 | 2025 | 2030 |\n|---|---|---|---|\n| 可再生能源电力消费比重（%） | 2 | 15 | 33 |\n";
    for part in [
        // enterprise-led: a numbered plant
        "一厂区生产用电绿电比例由2020年的零提高到2025年的100%。",
        // consultancy: a workshop
        "热处理车间可再生能源电力消费比重2025年达到100%。",
        // county: a branch factory
        "东分厂绿电比例到2025年达到100%。",
    ] {
        let plan = format!("# 某产业园碳达峰实施方案\n\n## 三、主要目标\n\n以2020年为基准年。到2025年，可再生能源电力消费比重达到15%；到2030年，可再生能源电力消费比重达到33%。{part}\n\n{table}");
        let found = findings(&plan, "target/implausible");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The park's own milestones out of order are still reported.
    let plan = "# 某产业园碳达峰实施方案\n\n## 三、主要目标\n\n以2020年为基准年。到2025年，园区可再生能源电力消费比重达到40%；到2030年，可再生能源电力消费比重达到33%。\n";
    let found = findings(plan, "target/implausible");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
}

#[test]
fn a_products_footprint_is_no_total() {
    for (name, plan) in [
        // county plain text: per piano
        ("plan.txt", "某县乐器产业园碳达峰实施方案\n\n二、碳排放现状\n\n2020年园区二氧化碳排放12.8万吨，单位工业增加值二氧化碳排放0.595吨/万元，单架钢琴二氧化碳排放约1.33吨。\n"),
        // consultancy Markdown: per machine
        ("plan.md", "# 某工程机械产业园碳达峰实施方案\n\n## 二、碳排放分析\n\n2020年园区二氧化碳排放36.2万吨；每台挖掘机结构件二氧化碳排放约2.4吨。\n"),
        // enterprise: one boiler
        ("plan.md", "# 某公司产业园碳达峰实施方案\n\n## 二、碳排放盘查\n\n2020年产业园二氧化碳排放8.6万吨，单台燃气锅炉二氧化碳排放约5200吨。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/unit");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The year's total restated tenfold: reported.
    let plan = "某县乐器产业园碳达峰实施方案\n\n二、碳排放现状\n\n2020年园区二氧化碳排放12.8万吨。\n\n三、达峰目标\n\n以2020年园区二氧化碳排放1280000吨为基数。\n";
    let found = findings_in("plan.txt", plan, "boundary/unit");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "1280000"));
}

#[test]
fn another_levels_indicator_quoted_is_no_target_of_the_plan() {
    let rest = "\n\n## 四、重点任务\n\n实施光伏建设，2025年装机达到5万千瓦。\n";
    for quote in [
        // consultancy: a sector plan's indicator, then the park's own
        "《有色金属行业碳达峰实施方案》提出到2025年再生金属供应占比达到24%以上，园区含锌二次资源利用率目标按自身原料结构另行设定。",
        // province: the province's indicator as background
        "省里要求到2025年全省工业固废综合利用率达到73%，园区将积极对标。",
        // ministry: a national requirement
        "国家要求到2025年大宗工业固废综合利用率达到57%。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n以2020年为基准年。{quote}{rest}");
        let found = findings(&plan, "target/no-measure");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The park's own indicator with nothing in the pathway: reported.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n以2020年为基准年。到2025年，园区再生金属供应占比达到24%以上。{rest}");
    let found = findings(&plan, "target/no-measure");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "再生金属供应占比"));
}

#[test]
fn a_figure_of_the_base_year_named_by_the_word_is_that_years() {
    for (name, plan, at) in [
        // provincial Word-like text: the tracking chapter's base figure
        ("plan.txt", "某县蜂产品产业园碳达峰实施方案\n\n第一章 总则\n\n以2020年为基准年。\n\n第二章 排放现状\n\n2020年园区二氧化碳排放总量3.30万吨。\n\n第五章 指标跟踪\n\n园区以基准年排放量330000吨二氧化碳为基数按年核算排放。\n", "330000"),
        // consultancy Markdown: 基期, with a milestone year earlier in the sentence
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 一、总则\n\n基准年为2020年。\n\n## 二、碳排放分析\n\n2020年园区二氧化碳排放总量12.6万吨。\n\n## 五、跟踪评估\n\n到2025年考核时，基期二氧化碳排放总量为1260000吨。\n", "1260000"),
    ] {
        let found = findings_in(name, plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(plan, at));
    }
    // The same figure rightly converted, or a change from the base year: nothing.
    for text in [
        "园区以基准年排放量33000吨二氧化碳为基数按年核算排放。",
        "2025年排放较基准年排放下降330000吨。",
    ] {
        let plan = format!("某园区碳达峰实施方案\n\n一、总则\n\n以2020年为基准年。\n\n二、排放现状\n\n2020年园区二氧化碳排放总量3.30万吨。\n\n五、指标跟踪\n\n{text}\n");
        let found = findings_in("plan.txt", &plan, "boundary/unit");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn bare_emissions_with_a_level_verb_beside_the_peak_are_a_target() {
    let table = "表4-2 园区碳达峰指标体系\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 23.3 | 26.0 | 27.4 |\n";
    for sentence in [
        // consultancy: the peak, then the year's emissions capped
        "园区力争2028年实现碳达峰，峰值不超过27.2万吨，2030年排放控制在26.8万吨。",
        // county: 降至, the park named
        "全区2028年前后达峰；2030年园区碳排放量降至26.8万吨。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 四、达峰目标\n\n{sentence}\n\n{table}");
        let found = findings(&plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "| 二氧化碳排放总量"));
    }
    // A scenario's figure beside its peak is no target.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 四、达峰目标\n\n基准情景下园区2033年达峰，2030年排放升至31.5万吨。\n\n{table}");
    assert!(findings(&plan, "target/conflict").is_empty(), "{plan}");
}

#[test]
fn a_status_year_named_explains_no_second_base() {
    for (name, plan) in [
        // consultancy Word-like text: base and status years declared together
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 一、总则\n\n研究范围为园区规划范围。基准年2020年，现状年2021年，规划期至2030年。\n\n## 四、达峰目标\n\n到2025年，单位工业增加值二氧化碳排放比2020年下降20%；到2030年，单位工业增加值二氧化碳排放比2021年下降35%。\n"),
        // city plain text
        ("plan.txt", "某市高新区碳达峰实施方案\n\n一、总体要求\n\n以2020年为基准年，2022年为现状年。\n\n二、主要目标\n\n到2025年，单位工业增加值能耗较2020年下降16%；到2030年，单位工业增加值能耗较2022年下降25%。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/base-year");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert!(found[0].message.contains("2020"), "{}", found[0].message);
    }
    // Every target set against the status year it names, or a change explained: nothing.
    for text in [
        "基准年2020年，现状年2021年。到2030年，单位工业增加值二氧化碳排放比2021年下降35%。",
        "以2021年为基准年（2020年数据受疫情影响）。到2030年，单位工业增加值能耗比2020年下降30%，单位工业增加值二氧化碳排放比2021年下降35%。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 四、达峰目标\n\n{text}\n");
        let found = findings(&plan, "boundary/base-year");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn a_cap_ten_times_the_path_is_a_slipped_unit() {
    let scenario = "表3 情景预测（万吨）\n\n| 情景 | 2022年 | 2025年 | 2030年 |\n|---|---|---|---|\n| 基准情景 | 10.95 | 12.46 | 14.39 |\n| 达峰情景 | 10.95 | 11.28 | 11.70 |\n";
    for cap in [
        // PDF-copy county style: in tonnes
        "排放总量方面，2025年控制在1128000吨以内。",
        // consultancy: the decimal point slipped
        "到2025年，园区二氧化碳排放总量控制在112.8万吨以内。",
    ] {
        let plan = format!("# 某文具产业园碳达峰实施方案\n\n## 三、情景分析\n\n{scenario}\n## 四、主要目标\n\n以2020年为基准年。{cap}\n");
        let found = findings(&plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "以2020年为基准年"));
    }
    // A looser cap, or the figure itself in tonnes: agrees with the path.
    for cap in [
        "排放总量方面，2025年控制在120000吨以内。",
        "排放总量方面，2025年控制在112800吨以内。",
        "到2025年，园区二氧化碳排放总量控制在12万吨以内。",
    ] {
        let plan = format!("# 某文具产业园碳达峰实施方案\n\n## 三、情景分析\n\n{scenario}\n## 四、主要目标\n\n以2020年为基准年。{cap}\n");
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn what_must_be_cut_is_the_gap_not_a_measure() {
    let head = "第三章 达峰目标\n\n以2020年为基准年。基准情景下，园区2030年排放126.0万吨。到2030年，园区二氧化碳排放总量控制在103.5万吨以内。\n\n第四章 推进路径\n\n一、减排缺口\n\n";
    let measures = "（一）锅炉清洁化替代，2025年、2030年分别减排3.2万吨和6.2万吨；（二）光伏和绿色电力，2025年、2030年分别减排1.3万吨和4.6万吨。以上合计2030年减排10.8万吨。";
    for (name, gap) in [
        // provincial plain text
        (
            "plan.txt",
            "与基准情景相比，2025年、2030年分别需减排4.0万吨和22.5万吨。",
        ),
        // consultancy: 仍需削减
        (
            "plan.md",
            "对照基准情景，园区2030年仍需削减二氧化碳22.5万吨。",
        ),
    ] {
        let plan =
            format!("某油墨产业园碳达峰实施方案\n\n{head}{gap}\n\n二、重点工程\n\n{measures}\n");
        let found = findings_in(name, &plan, "target/reduction-gap");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert!(found[0].message.contains("10.8"), "{}", found[0].message);
    }
    // Measures that cover what must be cut: nothing to report.
    let plan = format!("某油墨产业园碳达峰实施方案\n\n{head}与基准情景相比，2030年需减排22.5万吨。\n\n二、重点工程\n\n{}\n", measures.replace("4.6万吨。以上合计2030年减排10.8万吨", "16.4万吨。以上合计2030年减排22.6万吨"));
    assert!(
        findings_in("plan.txt", &plan, "target/reduction-gap").is_empty(),
        "{plan}"
    );
}

#[test]
fn a_gas_that_is_not_the_parks_emissions_is_excluded() {
    for (name, plan) in [
        // ministry Markdown: downstream users' gases
        ("plan.md", "# 某电子材料产业园碳达峰实施方案\n\n## 二、核算边界\n\n园区企业不使用含氟电子特气，下游晶圆厂使用的含氟气体不属于园区排放；所称碳排放专指二氧化碳。\n"),
        // enterprise plain text: 不计为本公司排放
        ("plan.txt", "某公司产业园碳达峰实施方案\n\n二、盘查边界\n\n冷库制冷剂逸散的氢氟碳化物不计为本公司排放，盘查只含二氧化碳。\n"),
        // county: 不算作园区排放
        ("plan.txt", "某县经济开发区碳达峰实施方案\n\n二、核算边界\n\n污水处理厂由市水务集团运营，其甲烷不算作开发区排放。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // A gas said to be the park's emissions: reported.
    let plan = "某园区碳达峰实施方案\n\n二、核算边界\n\n污水站产生的甲烷属于园区排放，按当量计入排放总量。\n";
    let found = findings_in("plan.txt", plan, "boundary/non-co2");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "污水站"));
}

#[test]
fn a_numbered_lines_label_names_the_indicator_of_its_text() {
    for (name, plan) in [
        // provincial plain text: the indicators as numbered lines
        ("plan.txt", "某县耐火材料产业园碳达峰实施方案\n\n第三章 达峰目标\n\n二、主要指标\n\n（一）二氧化碳排放总量：2020年88.80万吨，2025年控制在95.6万吨以内，2030年控制在94.1万吨以内。\n\n（二）单位工业增加值二氧化碳排放：2020年1.708吨/万元，2025年较2020年下降21%以上。\n"),
        // city Markdown: 1. labels
        ("plan.md", "# 某市经济开发区碳达峰实施方案\n\n## 三、主要目标\n\n1. 二氧化碳排放总量：2020年88.80万吨，2025年控制在95.6万吨以内，2030年控制在94.1万吨以内。\n\n2. 单位工业增加值二氧化碳排放：2025年较2020年下降21%以上。\n"),
    ] {
        let format = if name.ends_with(".md") {
            peaklint::document::Format::Markdown
        } else {
            peaklint::document::Format::Text
        };
        let facts = crate::common::facts_of(plan, format);
        let caps: Vec<(Option<u16>, f64)> = facts
            .targets
            .iter()
            .filter(|t| t.metric_id.as_deref() == Some("co2_total"))
            .map(|t| (t.target_year, t.value))
            .collect();
        assert_eq!(caps, vec![(Some(2025), 95.6), (Some(2030), 94.1)], "{plan}");
    }
    // A label naming two indicators, or the label on a line of its own: its text is read
    // as written.
    for plan in [
        "某园区碳达峰实施方案\n\n三、主要目标\n\n（一）二氧化碳排放总量和能源消费总量：2025年控制在95.6万吨以内。\n",
        "某园区碳达峰实施方案\n\n三、主要目标\n\n（一）二氧化碳排放总量\n\n2025年控制在95.6万吨以内。\n",
    ] {
        let facts = crate::common::facts_of(plan, peaklint::document::Format::Text);
        assert!(
            !facts.targets.iter().any(|t| t.metric_id.as_deref() == Some("co2_total")),
            "{plan}"
        );
    }
}

#[test]
fn the_parks_own_power_plant_is_where_its_coal_is_cut() {
    let target = "以2020年为基准年。到2025年，煤炭消费量由32.0万吨降至30.4万吨。";
    for (name, plan) in [
        // enterprise-led Markdown
        ("plan.md", format!("# 某公司产业园碳达峰实施方案\n\n## 四、碳达峰目标\n\n{target}\n\n## 五、重点任务\n\n（一）热电机组节能改造。实施汽轮机通流改造和锅炉烟气余热回收，2025年减排1.2万吨。\n")),
        // county plain text
        ("plan.txt", format!("某县食品产业园碳达峰实施方案\n\n三、主要目标\n\n{target}\n\n四、重点任务\n\n（一）推进自备热电厂提效，2025年前完成改造。\n")),
    ] {
        let found = findings_in(name, &plan, "target/no-measure");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // Only rooftop PV: the coal target has no measure.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n{target}\n\n## 五、重点任务\n\n（一）建设屋顶光伏5万千瓦。\n");
    let found = findings(&plan, "target/no-measure");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "煤炭消费量"));
}
