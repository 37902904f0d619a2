//! Readings generalised in session 41 from the outside rounds, each in more than one
//! drafting style, with the negative beside it:
//! - a level set in a row of the indicator table whose base column is left without a
//!   figure (`| 单位草坪产品综合能耗 | — | 0.95 | 0.82 |`) has no base value, unless the
//!   plan states it elsewhere; a capacity built from nothing (`光伏装机 | — | 2.0`) needs
//!   none, and a table with no base column asks nothing;
//! - in a row of a table pasted as aligned text, a dash where the base figure stands
//!   (`可再生能源电力消费比重（%）   —   15   30`) is no base value;
//! - in a sentence naming several indicators, another indicator's starting value (`…可再生
//!   能源电力消费比重达到15%，冶炼企业吨精矿综合能耗由2020年的62千克标准煤降至…`) is not the base
//!   value of the one before it; a year opening the sentence still dates them all;
//! - a gas named and then, over clauses with no subject of their own (`该气体已由…处理，并按
//!   行业要求另行报告，不计入…`), set aside is left out of the accounting;
//! - a product's carbon footprint in CO2e (`单台起重机全生命周期碳足迹约118吨二氧化碳当量`) is a
//!   life-cycle caliber, not the park's accounting;
//! - an area a project puts to use (`利用尾矿库面积约1.6平方公里`) is a site, not the park;
//! - a reduction table named by its caption whose rows end with the total and then the gap
//!   between scenarios (`基准情景与达峰情景差值`) is a table of measures; a scenario row above
//!   the total still makes it a scenario table;
//! - a base year declared for the assessment (`以2021年为考核基准年`, `确定2021年为考核基期`) is a
//!   base year: one that differs from the plan's is reported; one a company pledges
//!   (`龙头企业…公司已向境外合作方承诺，以2019年为基准年`) or the sentence sets apart as another
//!   caliber (`…核算口径与本方案不同，仅作参考`) is the company's, not a second one; a table
//!   header naming the base-year values with their year (`基准年值（2021年）`, `基准值（2021年）`)
//!   declares it;
//! - an amount restated in brackets in another unit before its share (`外购电力14.3万tce
//!   （11.6亿kWh），占39.7%`) is still paired with it, and shares of energy carriers such as
//!   煤层气 that add to more than 100% are reported;
//! - the outcome of a what-if a sentence opens with (`如出现增速偏高且改造推迟的叠加情形，将推迟
//!   至2031年达峰`) is a scenario's, even when the sentence ends with the plan's decision
//!   (`确保2030年前达峰`);
//! - in a table with a total row (`全区`, `全园`, `合计`), the other rows' areas are the
//!   sub-parks', not the park's;
//! - the same task under two sub-parks of one chapter (`（一）城南园` › `1.屋顶光伏`,
//!   `（二）洪塘园` › `3.屋顶光伏`) is each part's own, not a duplicated section;
//! - a figure whose clause opens with the emissions and no subject (`煅烧尾气中的二氧化硫经脱硫
//!   处理后排放，2020年排放量为386吨`) is the clause before's substance, not a CO2 total.

use crate::common::{docx_findings, facts_of, findings_in, line_of, line_with};
use peaklint::document::Format;

const BASE_PROSE: &str = "本方案以2020年为基准年。2020年园区二氧化碳排放总量24.6万吨，单位工业增加值二氧化碳排放0.82吨/万元。";

/// A consultancy report's indicator table (Markdown) with `row` among its rows.
fn consultancy(extra: &str, row: &str) -> String {
    format!(
        "# 沙洲纺织印染产业园碳达峰实施方案\n\n## 2 碳排放现状\n\n{BASE_PROSE}{extra}\n\n## 4 碳达峰目标\n\n表4-1　主要指标\n\n\
| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 24.6 | 26.0 | 25.2 |\n\
| 单位工业增加值二氧化碳排放（吨/万元） | 0.82 | 0.66 | 0.50 |\n{row}\n"
    )
}

/// A provincial plan in plain text: the table aligned with spaces.
fn provincial(row: &str) -> String {
    format!(
        "沙洲县纺织印染产业园碳达峰实施方案\n第一章 发展基础\n{BASE_PROSE}\n第二章 主要目标\n表2-1 园区碳达峰主要指标\n\
指标名称                          2020年（基准年）    2025年    2030年\n\
二氧化碳排放总量（万吨）             24.6               26.0      25.2\n\
单位工业增加值二氧化碳排放（吨/万元） 0.82               0.66      0.50\n{row}\n"
    )
}

fn blank_base(rule_hits: &[peaklint::diagnostic::Diagnostic]) -> Vec<(Option<u32>, String)> {
    rule_hits
        .iter()
        .map(|d| (line_of(d), d.message.clone()))
        .collect()
}

#[test]
fn a_table_row_with_a_blank_base_has_no_base_value() {
    // consultancy: Markdown pipe table, `—` under `2020基准`
    let row = "| 单位草坪产品综合能耗（千克标准煤/平方米） | — | 0.95 | 0.82 |";
    let plan = consultancy("", row);
    let hits = blank_base(&findings_in("plan.md", &plan, "target/no-baseline"));
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].0, line_with(&plan, "草坪"), "{hits:?}");
    assert!(
        hits[0]
            .1
            .contains("基准年（2020年）数值在方案中没有给出：0.95"),
        "{hits:?}"
    );
    // provincial: a space-aligned text table, `—` under `2020年（基准年）`
    let row = "吨布综合能耗（千克标准煤/吨）        —                  520       460";
    let plan = provincial(row);
    let hits = blank_base(&findings_in("plan.txt", &plan, "target/no-baseline"));
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].0, line_with(&plan, "吨布"), "{hits:?}");
    assert!(hits[0].1.contains("：520"), "{hits:?}");
    // county: a Word table, `/` under `基准值（2020年）`
    let p = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
    let row = |cells: &[&str]| {
        let tcs: String = cells
            .iter()
            .map(|c| format!("<w:tc>{}</w:tc>", p(c)))
            .collect();
        format!("<w:tr>{tcs}</w:tr>")
    };
    let body = format!(
        "{}{}{}{}{}<w:tbl>{}{}{}</w:tbl>",
        p("一、发展基础"),
        p(BASE_PROSE),
        p("二、主要目标"),
        p("（一）指标体系"),
        p("表1 主要指标"),
        row(&["指标", "基准值（2020年）", "2025年", "2030年"]),
        row(&[
            "单位工业增加值二氧化碳排放（吨/万元）",
            "0.82",
            "0.66",
            "0.50"
        ]),
        row(&["吨纸综合能耗（千克标准煤/吨）", "/", "310", "285"]),
    );
    let hits: Vec<String> = docx_findings(&body)
        .into_iter()
        .filter(|d| d.rule == "target/no-baseline")
        .map(|d| d.message)
        .collect();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(hits[0].contains("：310"), "{hits:?}");
}

#[test]
fn a_blank_base_given_elsewhere_or_not_asked_is_no_finding() {
    let silent = |name: &str, plan: &str| {
        let hits = findings_in(name, plan, "target/no-baseline");
        assert!(hits.is_empty(), "{plan}\n{hits:?}");
    };
    // the base cell has its figure
    silent(
        "plan.md",
        &consultancy(
            "",
            "| 单位草坪产品综合能耗（千克标准煤/平方米） | 1.08 | 0.95 | 0.82 |",
        ),
    );
    // `—` in the table, the value stated in the baseline analysis
    silent(
        "plan.md",
        &consultancy(
            "2020年单位草坪产品综合能耗为1.08千克标准煤/平方米。",
            "| 单位草坪产品综合能耗（千克标准煤/平方米） | — | 0.95 | 0.82 |",
        ),
    );
    // a capacity built from nothing
    silent(
        "plan.txt",
        &provincial("光伏装机容量（万千瓦）               —                  2.0       5.0"),
    );
    // no base column: the table asks nothing of the base
    let plan = format!(
        "# 园区碳达峰实施方案\n\n## 二、碳排放现状\n\n{BASE_PROSE}\n\n## 四、主要目标\n\n\
| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 单位产品综合能耗（千克标准煤/吨） | 520 | 460 |\n"
    );
    silent("plan.md", &plan);
}

/// A city plan whose targets are in prose, with the indicator table pasted as aligned text
/// under them (`row` its last row).
fn aligned_table(row: &str) -> String {
    format!(
        "招岭市黄金产业园碳达峰实施方案\n一、总体要求\n基准年为2020年。\n二、排放现状\n{BASE_PROSE}\n三、主要目标\n\
到2025年，园区二氧化碳排放总量控制在26.0万吨以内，可再生能源电力消费比重达到15%。\n主要指标表\n\
指标                                   2020年   2025年   2030年   属性\n\
二氧化碳排放总量（万吨）               24.6     26.0     25.2     预期性\n{row}\n"
    )
}

#[test]
fn a_dash_in_an_aligned_row_is_no_base_value() {
    let hits = |row: &str| findings_in("plan.txt", &aligned_table(row), "target/no-baseline");
    // the share's base left as `—`
    let found = hits("可再生能源电力消费比重（%）            —        15       30       预期性");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("可再生能源电力消费比重"),
        "{found:?}"
    );
    // a unit column before the figures is passed over; the base figure is there
    let found = hits("可再生能源电力消费比重   %   6.5   15   30   预期性");
    assert!(found.is_empty(), "{found:?}");
}

/// A targets chapter whose sentence sets `targets`, after a baseline paragraph `base`.
fn targets_sentence(base: &str, targets: &str) -> String {
    format!(
        "招岭市黄金产业园碳达峰实施方案\n一、总体要求\n基准年为2020年。\n二、排放现状\n\
2020年园区二氧化碳排放总量55.8万吨，单位工业增加值二氧化碳排放0.775吨/万元。{base}\n三、主要目标\n{targets}\n"
    )
}

#[test]
fn another_indicators_start_is_not_the_base_value() {
    let targets =
        "到2025年，单位工业增加值二氧化碳排放比2020年下降20%以上，可再生能源电力消费比重达到15%，\
冶炼企业吨精矿综合能耗由2020年的62千克标准煤降至56千克标准煤以下。";
    // city: the share's base nowhere
    let plan = targets_sentence("", targets);
    let found = findings_in("plan.txt", &plan, "target/no-baseline");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("可再生能源电力消费比重")
            && line_of(&found[0]) == line_with(&plan, "到2025年"),
        "{found:?}"
    );
    // ministry: a year opening a sentence of several indicators dates each of them
    let plan = targets_sentence(
        "2020年，园区综合能源消费量15.3万吨标准煤，可再生能源电力消费比重6.2%。",
        targets,
    );
    let found = findings_in("plan.txt", &plan, "target/no-baseline");
    assert!(found.is_empty(), "{found:?}");
    // consultancy: the start written beside the share itself
    let plan = targets_sentence(
        "",
        &targets.replace(
            "可再生能源电力消费比重达到15%",
            "可再生能源电力消费比重由2020年的6.2%提高到15%",
        ),
    );
    let found = findings_in("plan.txt", &plan, "target/no-baseline");
    assert!(found.is_empty(), "{found:?}");
}

/// A plan's boundary section with `note` after its scope sentence.
fn boundary_note(note: &str) -> String {
    format!(
        "# 霞屿锦纶产业园碳达峰实施方案\n\n## 三、碳排放现状\n\n### （一）核算边界\n\n\
核算范围为园区规划范围内全部企业，排放源为燃料燃烧、工业生产过程和净调入电力。本方案只核算二氧化碳。{note}\n\n\
### （二）排放清单\n\n2020年园区二氧化碳排放总量64.2万吨。\n"
    )
}

#[test]
fn a_gas_set_aside_over_subjectless_clauses_is_left_out() {
    for note in [
        // ministry
        "己内酰胺装置羟胺工序会产生少量氧化亚氮，该气体已由企业配套分解设施处理，并按行业要求另行报告，不计入本方案的排放数据和目标。",
        // province
        "硝酸装置尾气中含有氧化亚氮，此类排放由企业单独向生态环境部门报告，不纳入园区核算。",
        // enterprise
        "污水站厌氧工段逸散少量甲烷，并已交由运营公司单独监测，不计入本方案排放总量。",
    ] {
        let found = findings_in("plan.md", &boundary_note(note), "boundary/non-co2");
        assert!(found.is_empty(), "{note}\n{found:?}");
    }
    // Counted: a CO2e figure added to the park's total.
    let plan = boundary_note("硝酸装置排放氧化亚氮折合1.2万吨二氧化碳当量，并计入园区排放总量。");
    let found = findings_in("plan.md", &plan, "boundary/non-co2");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_product_footprint_is_not_the_parks_accounting() {
    for note in [
        // enterprise group
        "集团按产品碳足迹方法测算，单台32吨桥式起重机全生命周期碳足迹约118吨二氧化碳当量。",
        // consultancy
        "主力产品碳足迹为每吨锦纶切片2.6吨CO2e，用于出口客户披露。",
    ] {
        let found = findings_in("plan.md", &boundary_note(note), "boundary/non-co2");
        assert!(found.is_empty(), "{note}\n{found:?}");
    }
    let plan = boundary_note("园区温室气体排放总量为66.0万吨二氧化碳当量。");
    let found = findings_in("plan.md", &plan, "boundary/non-co2");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_area_put_to_use_is_a_site() {
    let plan = |task: &str| {
        format!(
            "黄金产业园碳达峰实施方案\n一、总体要求\n方案范围为园区规划范围13.1平方公里。\n二、重点任务\n{task}\n"
        )
    };
    for task in [
        // city
        "（一）尾矿库光伏行动。在闭库尾矿库建设光伏电站，利用尾矿库面积约1.6平方公里，光伏装机达到8万千瓦。",
        // county
        "（二）渣场光伏。占用闭库渣场面积0.8平方公里建设光伏。",
    ] {
        let found = findings_in("plan.txt", &plan(task), "boundary/area");
        assert!(found.is_empty(), "{task}\n{found:?}");
    }
    let found = findings_in(
        "plan.txt",
        &plan("园区总面积约12平方公里，分为两个片区。"),
        "boundary/area",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A consultancy report's reduction table: year columns, the unit in the caption, and
/// `rows` after the measures.
fn reduction_table(rows: &str) -> String {
    format!(
        "# 桐泾锦纶产业园碳达峰实施方案\n\n## 5 实施路径\n\n### 5.8 减排贡献测算\n\n\
表7 重点任务减排量测算（单位：万吨CO2）\n\n| 序号 | 任务 | 2025年 | 2030年 | 牵头单位 |\n|---|---|---|---|---|\n\
| 1 | 热电厂清洁低碳改造 | 5.6 | 19.3 | 经发局 |\n| 2 | 分布式光伏建设 | 6.9 | 15.7 | 经发局 |\n{rows}\n"
    )
}

#[test]
fn a_gap_row_after_the_total_keeps_the_measures() {
    let plan = reduction_table(
        "| 合计 | | 12.5 | 35.0 | — |\n| 基准情景与达峰情景差值 | | 11.9 | 33.2 | — |",
    );
    let facts = facts_of(&plan, Format::Markdown);
    let total = facts.measures_total.as_ref().map(|t| (t.value, t.year));
    assert_eq!(total, Some((35.0, Some(2030))), "{:?}", facts.measures);
    assert_eq!(facts.measures.iter().filter(|m| !m.total).count(), 4);
    // A scenario row above the total: a scenario table, no measures.
    let plan = reduction_table("| 基准情景 | | 80.1 | 96.0 | — |\n| 合计 | | 12.5 | 35.0 | — |");
    let facts = facts_of(&plan, Format::Markdown);
    assert!(facts.measures.is_empty(), "{:?}", facts.measures);
}

/// A plan based on 2020 whose tracking chapter says `tracking`.
fn tracked(tracking: &str) -> String {
    format!(
        "招岭市黄金产业园碳达峰实施方案\n一、总体要求\n基准年为2020年。\n二、排放现状\n{BASE_PROSE}\n三、主要目标\n\
到2025年，单位工业增加值二氧化碳排放比2020年下降20%以上。\n六、跟踪评估\n{tracking}\n"
    )
}

#[test]
fn an_assessment_base_year_is_a_base_year() {
    for tracking in [
        // city
        "市统计局每年核算上年度二氧化碳排放，以2021年为考核基准年，逐年测算单位工业增加值二氧化碳排放降低率。",
        // province
        "确定2021年为考核基期，按年度评估目标完成情况。",
    ] {
        let plan = tracked(tracking);
        let found = findings_in("plan.txt", &plan, "boundary/base-year");
        assert_eq!(found.len(), 1, "{tracking}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "2021年"), "{found:?}");
    }
    let plan = tracked("以2020年为考核基准年，逐年评估。");
    let found = findings_in("plan.txt", &plan, "boundary/base-year");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_companys_pledged_base_year_is_its_own() {
    for pledge in [
        // ministry
        "园区龙头企业长岭生物制品公司已向境外合作方承诺，以2019年为基准年，到2030年单位产品二氧化碳排放下降40%。",
        // consultancy
        "某集团ESG报告以2019年为基准年披露减排进展，核算口径与本方案不同，仅作参考。",
    ] {
        let found = findings_in("plan.txt", &tracked(pledge), "boundary/base-year");
        assert!(found.is_empty(), "{pledge}\n{found:?}");
    }
    // The park's own, with no party pledging it: a second base year.
    let plan = tracked("园区管委会以2019年为基准年开展考核。");
    let found = findings_in("plan.txt", &plan, "boundary/base-year");
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A baseline paragraph stating the energy mix `mix`.
fn energy_mix(mix: &str) -> String {
    format!("# 昭峪煤层气产业园碳达峰实施方案\n\n## 二、发展现状\n\n2021年园区综合能源消费量39.5万tce。{mix}\n")
}

#[test]
fn a_restated_amount_keeps_its_share() {
    // consultancy: amounts with shares, one restated in kWh; the electricity share is misprinted
    let mix = "能源消费中，煤层气22.7万tce，占57.5%；原煤2.0万tce，占5.1%；油品0.5万tce，占1.3%；外购电力14.3万tce（11.6亿kWh），占39.7%。";
    let plan = energy_mix(mix);
    let found = findings_in("plan.md", &plan, "consistency/share-sum");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("应占36.2%"), "{found:?}");
    // printed right: nothing
    let found = findings_in(
        "plan.md",
        &energy_mix(&mix.replace("39.7%", "36.2%")),
        "consistency/share-sum",
    );
    assert!(found.is_empty(), "{found:?}");
    // county: shares only, of carriers, over 100%
    let plan = energy_mix("能源消费中，煤层气占57.5%，原煤占5.1%，油品占1.3%，外购电力占39.7%。");
    let found = findings_in("plan.md", &plan, "consistency/share-sum");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("103.6"), "{found:?}");
}

/// A consultancy report's scenario section ending with `sensitivity`.
fn sensitivity(sensitivity: &str) -> String {
    format!(
        "# 凌北催化剂产业园碳达峰研究报告\n\n## 4 情景分析与达峰目标\n\n园区力争2028年前后实现碳达峰，峰值控制在45.0万吨以内。{sensitivity}\n"
    )
}

#[test]
fn a_what_ifs_outcome_is_a_scenarios() {
    for what_if in [
        // consultancy
        "如出现增速偏高且改造推迟的叠加情形，将推迟至2031年达峰，因此建议将热电厂改造列为第一优先任务，确保2030年前达峰。",
        // province
        "若二期项目提前投产且绿电引入滞后，达峰时间可能推迟到2031年，园区将储备应对措施，力争2028年达峰。",
    ] {
        let found = findings_in("plan.md", &sensitivity(what_if), "target/late-peak");
        assert!(found.is_empty(), "{what_if}\n{found:?}");
    }
    // The plan's own decision past 2030 is still late.
    let plan = sensitivity("综合考虑，园区碳达峰时间确定为2031年。");
    let found = findings_in("plan.md", &plan, "target/late-peak");
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A joint plan of two sub-parks: their areas in a table over `total`, then `tasks`.
fn joint_plan(total: &str, tasks: &str) -> String {
    format!(
        "# 赣浦高新区碳达峰实施方案\n\n## 一、基本情况\n\n园区规划面积15.7平方公里，由城南园和洪塘园组成。\n\n\
| 园区 | 规划面积（平方公里） | 工业增加值（亿元） |\n|---|---|---|\n| 城南园 | 9.2 | 24.6 |\n| 洪塘园 | 6.5 | 18.9 |\n\
| {total} | 15.7 | 43.5 |\n\n## 五、重点任务\n\n{tasks}\n"
    )
}

const TASKS: &str = "### （一）城南园\n\n1.屋顶光伏。利用厂房屋顶新建光伏2.0万千瓦。\n\n2.涂层定型节能。改造定型机余热回收。\n\n\
### （二）洪塘园\n\n1.熔铝炉改造。实施蓄热式燃烧改造。\n\n2.屋顶光伏。新增光伏1.4万千瓦。\n";

#[test]
fn sub_parks_in_a_table_with_its_total_are_parts() {
    for total in ["全区", "合计", "全园"] {
        let found = findings_in("plan.md", &joint_plan(total, TASKS), "boundary/area");
        assert!(found.is_empty(), "{total}\n{found:?}");
    }
    // The whole stated twice, differently: still reported.
    let plan =
        joint_plan("全区", TASKS).replace("园区规划面积15.7平方公里", "园区规划面积17.5平方公里");
    let found = findings_in("plan.md", &plan, "boundary/area");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_task_under_two_sub_parks_is_no_duplicate() {
    let found = findings_in(
        "plan.md",
        &joint_plan("全区", TASKS),
        "structure/duplicate-section",
    );
    assert!(found.is_empty(), "{found:?}");
    // One chapter with the section twice at one level: a duplicate.
    let twice = "### （一）能源结构优化\n\n推进屋顶光伏。\n\n### （二）节能改造\n\n改造定型机。\n\n### （三）能源结构优化\n\n推进绿电交易。\n";
    let found = findings_in(
        "plan.md",
        &joint_plan("全区", twice),
        "structure/duplicate-section",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_pollutants_tonnes_are_no_co2_total() {
    let plan = |note: &str| {
        format!(
            "# 陶林颜料产业园碳达峰实施方案\n\n## 三、碳盘查结果\n\n2020年园区二氧化碳排放总量34.3万吨。{note}\n"
        )
    };
    for note in [
        // enterprise
        "煅烧尾气中的二氧化硫经脱硫处理后排放，2020年排放量为386吨，属大气污染物管理范畴，不纳入碳盘查。",
        // county
        "涂装工序的挥发性有机物经RTO处理，排放量约52吨。",
    ] {
        let found = findings_in("plan.md", &plan(note), "boundary/unit");
        assert!(found.is_empty(), "{note}\n{found:?}");
    }
    // The CO2 total restated tenfold wrong: reported.
    let found = findings_in(
        "plan.md",
        &plan("按吨计，2020年园区二氧化碳排放量为3430000吨。"),
        "boundary/unit",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_header_of_base_values_names_its_year() {
    for header in ["基准年值（2021年）", "基准值（2021年）"] {
        let plan = format!(
            "# 明北LNG冷能产业园碳达峰研究报告\n\n## 1 总论\n\n基准年为2020年。\n\n## 5 目标\n\n\
| 指标 | {header} | 2025年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 86.9 | 96.4 | 98.2 |\n"
        );
        let found = findings_in("plan.md", &plan, "boundary/base-year");
        assert_eq!(found.len(), 1, "{header}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, header), "{found:?}");
    }
    let plan = "# 报告\n\n## 1 总论\n\n基准年为2020年。\n\n## 5 目标\n\n\
| 指标 | 基准年值（2020年） | 2025年 |\n|---|---|---|\n| 二氧化碳排放总量（万吨） | 81.2 | 96.4 |\n";
    let found = findings_in("plan.md", plan, "boundary/base-year");
    assert!(found.is_empty(), "{found:?}");
}
