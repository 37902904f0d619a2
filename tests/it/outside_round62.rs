//! Readings generalised in session 34, each in more than one drafting style, with the
//! negative beside it:
//! - a peak value written right after the peak it belongs to, with no verb
//!   (`2028年前后实现碳达峰，峰值52.0万吨`), is the plan's peak value, and is held to the
//!   scenario table row that peaks in that year (the adopted scenario); `本方案采用达峰情景，`
//!   adopts a scenario as `推荐达峰情景：` does;
//! - of several policy rows, the one a sentence adopts (`强化情景…，推荐采用。`) is the plan's
//!   path: a total in the indicator table off it conflicts (`facts` shows `adopted_scenario`);
//! - a gap the plan states (`…之间6.7万吨、17.3万吨的差距`) picks the goal the measures are
//!   weighed against: its policy scenario rather than a looser cap in the indicator table;
//! - the year's emissions reported as an assessment base (`报送2020年排放基数9340000吨`) are
//!   the year's total, compared across units (boundary/unit);
//! - the section a chapter opens with (the accounting boundary) set out in the plan's
//!   introduction (`一、编制说明 › （二）盘查边界与方法`) is not missing from the analysis;
//! - a compound named after methane (`氯甲烷`, `二氯甲烷`, `甲烷氯化物`) is no methane, and a
//!   clause classing the topic with an adverb (`均属二氧化碳以外的物质`) carries an exclusion
//!   after it back to the gases before it;
//! - a last chapter that secures energy supply (`六、保障能源安全稳定供应`) is no safeguards
//!   chapter; a chapter or section titled `趋势研判` holding the scenarios is the scenario
//!   analysis (`达峰研判`, whether the park can peak, is not);
//! - a city that lists the park and then allocates (`…市将产业园列为重点用能单位，下达…任务`),
//!   and a target `不低于市里下达要求`, take up the allocated task;
//! - items numbered one after another in one paragraph (`…。（二）加大政策支持。`) are no gap
//!   in the numbering when the next item opens a paragraph of its own.

use crate::common::{facts_of, findings_in, line_of, line_with};
use peaklint::document::Format;

/// A scenario table in Markdown (ministry/consultancy) or space-aligned text (county, a
/// PDF copy), with the statement of the peak after it.
fn scenario_plan(markdown: bool, rows: &[(&str, [f64; 5])], statement: &str) -> (String, String) {
    let years = ["2023", "2025", "2028", "2030", "2035"];
    let mut s = String::new();
    if markdown {
        s.push_str("# 某园区碳达峰实施方案\n\n## 三、情景分析与达峰目标\n\n表3-1 园区二氧化碳排放情景预测（单位：万吨二氧化碳）\n\n| 情景 | ");
        s.push_str(&years.map(|y| format!("{y}年")).join(" | "));
        s.push_str(" |\n|---|---|---|---|---|---|\n");
        for (name, v) in rows {
            let cells: Vec<String> = v.iter().map(|x| format!("{x:.1}")).collect();
            s.push_str(&format!("| {name} | {} |\n", cells.join(" | ")));
        }
        s.push('\n');
        s.push_str(statement);
        s.push('\n');
        (s, "plan.md".into())
    } else {
        s.push_str("某园区碳达峰实施方案\n\n三、情景分析与达峰目标\n\n表3　园区二氧化碳排放情景预测（万吨二氧化碳）\n\n情景        ");
        s.push_str(&years.map(|y| format!("{y}年")).join("    "));
        s.push('\n');
        for (name, v) in rows {
            let cells: Vec<String> = v.iter().map(|x| format!("{x:.1}")).collect();
            s.push_str(&format!("{name}    {}\n", cells.join("    ")));
        }
        s.push('\n');
        s.push_str(statement);
        s.push('\n');
        (s, "plan.txt".into())
    }
}

const BAU: (&str, [f64; 5]) = ("基准情景", [46.8, 51.0, 56.4, 60.4, 68.1]);
const PEAK: (&str, [f64; 5]) = ("达峰情景", [46.8, 48.2, 50.2, 49.6, 44.8]);
const STRONG: (&str, [f64; 5]) = ("强化情景", [46.8, 47.1, 46.4, 44.3, 37.5]);

fn conflicts(
    markdown: bool,
    rows: &[(&str, [f64; 5])],
    statement: &str,
) -> Vec<(Option<u32>, String)> {
    let (plan, name) = scenario_plan(markdown, rows, statement);
    findings_in(&name, &plan, "target/conflict")
        .iter()
        .map(|d| (line_of(d), d.message.clone()))
        .collect()
}

#[test]
fn a_stated_peak_off_the_adopted_scenario_row_conflicts() {
    for (markdown, statement) in [
        // consultancy: the recommendation after the table, the value with no verb
        (true, "综合考虑，推荐达峰情景：园区2028年前后实现碳达峰，峰值52.0万吨，2035年较峰值下降10.8%。"),
        // county plain text: 排放峰值 after the peak, with a colon
        (false, "经比选，本方案采用达峰情景，园区力争2028年实现碳达峰，排放峰值：52.0万吨。"),
        // province: a cap the adopted row exceeds
        (false, "园区确保2028年前后碳排放达峰，峰值控制在49.0万吨以内。"),
        // ministry: 峰值为
        (true, "到2028年，园区二氧化碳排放达到峰值，峰值为53.5万吨。"),
    ] {
        let (plan, _) = scenario_plan(markdown, &[BAU, PEAK, STRONG], statement);
        let found = conflicts(markdown, &[BAU, PEAK, STRONG], statement);
        assert_eq!(found.len(), 1, "{statement}: {found:?}");
        let (line, message) = &found[0];
        assert_eq!(*line, line_with(&plan, "峰值"), "{statement}");
        assert!(
            message.starts_with("目标与达峰情景不一致：2028年二氧化碳排放峰值目标此处为")
                && message.contains("方案的达峰情景测算为50.2万吨"),
            "{message}"
        );
    }
}

#[test]
fn a_peak_the_adopted_row_supports_or_that_names_no_row_is_not_compared() {
    for (markdown, rows, statement) in [
        // enterprise: the same peak, written as in the table
        (true, vec![BAU, PEAK, STRONG], "公司牵头各厂区协同降碳，推荐达峰情景：园区2028年前后实现碳达峰，峰值50.2万吨。"),
        // a cap the row stays under
        (false, vec![BAU, PEAK, STRONG], "园区确保2028年前后碳排放达峰，峰值控制在52万吨以内。"),
        // approximate
        (true, vec![BAU, PEAK, STRONG], "园区2028年前后实现碳达峰，峰值约52万吨。"),
        // a peak year no row peaks in: nothing says which row is the plan's
        (false, vec![BAU, PEAK, STRONG], "园区力争2030年实现碳达峰，峰值52.0万吨。"),
        // two rows peak in 2028 at different values: which one the plan adopts is not said
        (true, vec![BAU, PEAK, ("低碳情景", [46.8, 49.0, 51.6, 50.9, 46.0])], "园区2028年前后实现碳达峰，峰值52.0万吨。"),
        // a sensitivity case's bare peak is no statement of the plan's
        (false, vec![BAU, PEAK, STRONG], "对关键参数单独扰动：增速高1个百分点，达峰推迟至2029年、峰值53.1万吨；增速低1个百分点，提前至2027年、峰值49.2万吨。"),
    ] {
        assert_eq!(conflicts(markdown, &rows, statement), Vec::new(), "{statement}");
    }
}

#[test]
fn a_compound_named_after_methane_is_no_methane() {
    for sentence in [
        // enterprise: the product line
        "公司氯甲烷装置年产12万吨，合成尾气送焚烧炉处理。",
        // consultancy: a solvent
        "二氯甲烷溶剂回收装置改造后，年节约蒸汽1.2万吨。",
        // province: the plant's name
        "甲烷氯化物装置实施余热回收，年节约标准煤0.8万吨。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n本方案只核算二氧化碳排放。\n\n## 一、重点任务\n\n{sentence}\n");
        assert_eq!(
            findings_in("plan.md", &plan, "boundary/non-co2").len(),
            0,
            "{sentence}"
        );
    }
    // The gas itself is still read.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、排放现状\n\n2020年园区甲烷排放0.6万吨二氧化碳当量，计入排放总量。\n";
    let found = findings_in("plan.md", plan, "boundary/non-co2");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "甲烷排放"));
}

#[test]
fn a_class_clause_carries_the_exclusion_back_to_its_gases() {
    for sentence in [
        // ministry: 均属…，不在…之列
        "精馏尾气中夹带的微量甲烷、开关设备充装的六氟化硫，均属二氧化碳以外的物质，不在本方案统计之列。",
        // city: 都属于…，不计入
        "污水站逸散的甲烷和氧化亚氮，都属于非二氧化碳气体，不计入园区排放总量。",
        // enterprise: 亦属…，不予核算
        "冷库制冷剂泄漏的氢氟碳化物，亦属其他温室气体，本方案不予核算。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 一、核算边界\n\n本方案只核算二氧化碳。{sentence}\n");
        assert_eq!(findings_in("plan.md", &plan, "boundary/non-co2").len(), 0, "{sentence}");
    }
    // Classed, but counted: still reported.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、核算边界\n\n污水站逸散的甲烷，均属园区直接排放，计入排放总量。\n";
    assert_eq!(findings_in("plan.md", plan, "boundary/non-co2").len(), 1);
}

#[test]
fn items_run_in_one_paragraph_are_no_gap_in_the_numbering() {
    // A PDF copy (the items run on, the last ones opening lines) and a compact county plan.
    for plan in [
        "某园区碳达峰实施方案\n\n一、保障措施\n\n（一）加强组织领导。成立园区碳达峰工作领导小组，统筹推进各项任务。（二）加大政策支持。设立节能降碳专项资金。\n\n（三）夯实数据基础。完善企业计量器具和碳排放数据报送制度。\n",
        "某园区碳达峰实施方案\n\n一、保障措施\n\n（一）强化组织。管委会主要负责同志任组长；（二）强化资金。每年安排专项资金；（三）强化考核。纳入年度考核。\n\n（四）强化宣传。开展节能宣传周活动。\n",
    ] {
        assert_eq!(findings_in("plan.txt", plan, "structure/numbering").len(), 0, "{plan}");
    }
    // A number only quoted inside a sentence is no item: the gap stays.
    let plan = "某园区碳达峰实施方案\n\n一、保障措施\n\n（一）加强组织领导。按第五章（二）的分工推进。\n\n（三）夯实数据基础。完善计量器具。\n";
    let found = findings_in("plan.txt", plan, "structure/numbering");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "（三）夯实"));
}

#[test]
fn a_chapter_securing_energy_supply_is_no_safeguards_chapter() {
    let body =
        "## 一、碳排放现状\n\n正文。\n\n## 二、主要目标\n\n正文。\n\n## 三、重点任务\n\n正文。\n\n";
    for last in [
        "## 四、保障能源安全稳定供应\n\n（一）热源保障。保留1台燃煤锅炉作为备用热源。（二）电源保障。推动变电站扩建。\n",
        "## 四、保障园区电力稳定供应\n\n推动220千伏变电站扩建，实现双回路供电。\n",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n{body}{last}");
        let found = findings_in("plan.md", &plan, "structure/missing-chapter");
        assert!(
            found.iter().any(|d| d.message.contains("保障措施")),
            "{last}: {found:?}"
        );
    }
    // The safeguards chapter itself, however titled, is found.
    let plan = format!(
        "# 某园区碳达峰实施方案\n\n{body}## 四、强化实施保障\n\n成立领导小组，设立专项资金。\n"
    );
    let found = findings_in("plan.md", &plan, "structure/missing-chapter");
    assert!(
        !found.iter().any(|d| d.message.contains("保障措施")),
        "{found:?}"
    );
}

#[test]
fn scenarios_under_a_trend_judgement_heading_next_door_are_the_scenario_analysis() {
    let scenarios =
        "基准情景下2030年排放将达到52.0万吨；达峰情景下排放于2027年前后达到峰值46.5万吨。";
    for (format, plan) in [
        // county plain text: the scenarios in the chapter before the targets
        ("plan.txt", format!("某园区碳达峰实施方案\n\n一、发展基础\n\n（一）碳排放现状\n\n2020年园区二氧化碳排放38.2万吨。\n\n（二）趋势研判\n\n{scenarios}\n\n二、主要目标\n\n（一）达峰目标\n\n园区力争2027年前后实现碳达峰。\n")),
        // consultancy Markdown: a chapter of its own
        ("plan.md", format!("# 某园区碳达峰实施方案\n\n## 三、排放趋势研判\n\n{scenarios}\n\n## 四、目标锚定\n\n### （一）达峰目标\n\n园区力争2027年前后实现碳达峰。\n")),
    ] {
        let found = findings_in(format, &plan, "structure/missing-section");
        assert!(
            !found.iter().any(|d| d.message.contains("情景分析与排放预测")),
            "{plan}: {found:?}"
        );
    }
    // 达峰研判 titles the targets' grounds, not a forecast: a plan with no scenario is
    // still told so.
    let plan = "某园区碳达峰实施方案\n\n一、达峰研判与目标\n\n（一）达峰条件\n\n园区产业以电力消费为主，具备率先达峰条件。\n\n（二）达峰目标\n\n园区力争2027年实现碳达峰。\n";
    let found = findings_in("plan.txt", plan, "target/unjustified-peak");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn an_allocation_after_the_city_names_the_park_is_taken_up() {
    for sentence in [
        // enterprise: the city lists the park, then allocates
        "棠溪市将产业园列为重点用能单位，下达“十四五”单位产品综合能耗下降15%的任务，是本方案的约束条件。",
        // county: a target no lower than what the city asks
        "对接上级任务，园区能耗强度目标不低于市里下达要求。",
        // province: the province lists the base, then allocates
        "省政府将基地纳入重点控排园区名单，下达单位工业增加值二氧化碳排放下降20%的目标。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n依据《江西省碳达峰实施方案》编制。{sentence}\n");
        let found = findings_in("plan.md", &plan, "principle/coordination");
        assert!(
            !found.iter().any(|d| d.message.contains("承接上级分解下达的目标")),
            "{sentence}: {found:?}"
        );
    }
    // The park passing tasks down to its firms is no allocation to the park.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n依据《江西省碳达峰实施方案》编制。园区对标市级先进水平，下达各企业年度节能任务。\n";
    let found = findings_in("plan.md", plan, "principle/coordination");
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("承接上级分解下达的目标")),
        "{found:?}"
    );
}

/// A scenario table with two policy rows, a sentence on them, and the indicator table.
fn two_policy_rows(adoption: &str, table_2030: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 4 情景分析\n\n表4-1 情景预测（单位：万tCO2）\n\n| 情景 | 2020基准 | 2025 | 2030 | 2035 |\n|---|---|---|---|---|\n| 基准情景 | 37.3 | 47.8 | 56.5 | 62.2 |\n| 政策情景 | 37.3 | 45.0 | 47.9 | 47.6 |\n| 强化情景 | 37.3 | 42.5 | 40.2 | 35.9 |\n\n{adoption}\n\n## 5 达峰目标与指标体系\n\n表5-1 园区碳达峰指标体系\n\n| 指标 | 单位 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|---|\n| CO2排放总量 | 万tCO2 | 37.3 | 42.5 | {table_2030} |\n"
    )
}

#[test]
fn of_several_policy_rows_the_adopted_one_is_the_path() {
    for adoption in [
        // consultancy: the adoption closing the sentence
        "基准情景排放持续增长；政策情景在2031年前后才进入平台期；强化情景于2027年前后达峰，峰值约43.0万t，推荐采用。",
        // province: adopted up front
        "经比选，本方案采用强化情景，政策情景作为对照。",
        // enterprise: 本方案采用该情景
        "强化情景下园区2027年前后达峰，本方案采用该情景。",
    ] {
        let plan = two_policy_rows(adoption, "42.0");
        assert_eq!(
            facts_of(&plan, Format::Markdown).adopted_scenario.as_deref(),
            Some("强化情景"),
            "{adoption}"
        );
        let found = findings_in("plan.md", &plan, "target/conflict");
        assert_eq!(found.len(), 1, "{adoption}: {found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "| CO2排放总量 |"));
        assert!(found[0].message.contains("方案的达峰情景测算为40.2万tCO2"), "{}", found[0].message);
        // The table on the adopted path: nothing to report.
        let plan = two_policy_rows(adoption, "40.2");
        assert_eq!(findings_in("plan.md", &plan, "target/conflict").len(), 0, "{adoption}");
    }
    // No adoption, or two: two paths, nothing compared.
    for adoption in [
        "两种政策情景均可在2030年前达峰。",
        "推荐政策情景：园区2029年达峰。综合研判，本方案采用强化情景，",
    ] {
        let plan = two_policy_rows(adoption, "42.0");
        assert_eq!(
            facts_of(&plan, Format::Markdown).adopted_scenario,
            None,
            "{adoption}"
        );
        assert_eq!(
            findings_in("plan.md", &plan, "target/conflict").len(),
            0,
            "{adoption}"
        );
    }
}

#[test]
fn a_stated_gap_picks_the_goal_the_measures_are_weighed_against() {
    // BAU 74.2, the policy scenario 56.9, a looser table level 59.6; the measures 15.1.
    let head = "# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n基准情景下，园区排放2025年为61.5万吨，2030年为74.2万吨。强化降碳情景下，排放2025年为54.8万吨，2030年为56.9万吨。\n\n### （二）主要指标\n\n到2030年，园区主要指标如下表。\n\n| 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 54.8 | 59.6 |\n\n## 四、重点任务\n\n";
    for closing in [
        // city: the measures said to cover the gap the plan states, paired by year
        "以上行动2025年、2030年合计减排6.9万吨、15.1万吨，基本覆盖基准情景与强化降碳情景之间6.7万吨、17.3万吨的差距。",
        // consultancy: 缺口 with its year
        "各项措施2025年减排6.9万吨、2030年减排15.1万吨；2030年减排缺口为17.3万吨。",
    ] {
        let plan = format!("{head}{closing}\n");
        let found = findings_in("plan.md", &plan, "target/reduction-gap");
        assert_eq!(found.len(), 1, "{closing}: {found:?}");
        assert!(found[0].message.contains("差距17.3万吨"), "{}", found[0].message);
        let gap = facts_of(&plan, Format::Markdown).gap;
        assert_eq!(gap.map(|g| (g.year, g.target, g.gap)), Some((2030, 56.9, 17.3)), "{closing}");
    }
    // No gap stated: the table's level is the goal (14.6, covered).
    let plan = format!("{head}以上行动2025年、2030年合计减排6.9万吨、15.1万吨。\n");
    assert_eq!(
        findings_in("plan.md", &plan, "target/reduction-gap").len(),
        0
    );
    // A stated gap no goal leaves (a slip in the sentence) picks none.
    let plan = format!("{head}以上行动2030年合计减排15.1万吨，覆盖14.0万吨的差距。\n");
    assert_eq!(
        findings_in("plan.md", &plan, "target/reduction-gap").len(),
        0
    );
}

#[test]
fn an_emissions_base_reported_is_the_years_total() {
    for (name, plan) in [
        // province text: the base reported to the city, a power of ten off
        ("plan.txt", "某园区碳达峰实施方案\n\n一、碳排放现状\n\n2020年园区二氧化碳排放93.4万吨。\n\n二、目标衔接\n\n园区已向市发展改革委报送2020年排放基数9340000吨，作为分解考核的依据。\n"),
        // ministry Markdown: 底数
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n2020年园区二氧化碳排放93.4万吨。\n\n## 二、目标衔接\n\n经核定，园区2020年碳排放底数为9340000吨。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{plan}: {found:?}");
        assert_eq!(line_of(&found[0]), line_with(plan, "9340000"));
        // The same figure in the other unit: nothing to report.
        let right = plan.replace("9340000吨", "934000吨");
        assert_eq!(findings_in(name, &right, "boundary/unit").len(), 0, "{right}");
    }
    // An enterprise's base is a part's, not the park's total.
    let plan = "某园区碳达峰实施方案\n\n一、碳排放现状\n\n2020年园区二氧化碳排放93.4万吨。\n\n二、目标衔接\n\n龙头企业报送2020年排放基数612800吨。\n";
    assert_eq!(findings_in("plan.txt", plan, "boundary/unit").len(), 0);
}

#[test]
fn the_boundary_set_out_in_the_introduction_is_not_missing() {
    let analysis = "（一）盘查结果\n\n2020年园区二氧化碳排放12.6万吨。\n\n（二）历史变化\n\n2018—2020年排放分别为10.2、11.4和12.6万吨。\n\n";
    let rest = "四、达峰目标\n\n园区力争2027年实现碳达峰。\n\n五、重点任务\n\n推进光伏建设。\n\n六、保障措施\n\n成立领导小组。\n";
    for intro in [
        // enterprise: 编制说明 holds the boundary of the inventory
        "一、编制说明\n\n（一）编制依据\n\n依据《江西省碳达峰实施方案》。\n\n（二）盘查边界与方法\n\n核算边界为园区规划范围内公司各厂区，按GB/T 32150核算。\n\n二、园区与公司概况\n\n园区规划面积3.2平方公里。\n\n",
        // province: 总则 with 核算边界和方法
        "一、总则\n\n（一）编制目的\n\n推动园区绿色低碳发展。\n\n（二）核算边界和方法\n\n核算边界为园区规划范围，只核算二氧化碳。\n\n二、园区概况\n\n园区规划面积3.2平方公里。\n\n",
    ] {
        let plan = format!("某园区碳达峰实施方案\n\n{intro}三、碳排放家底盘查\n\n{analysis}{rest}");
        let found = findings_in("plan.txt", &plan, "structure/missing-section");
        assert!(!found.iter().any(|d| d.message.contains("核算边界与方法")), "{intro}: {found:?}");
    }
    // The boundary only in the safeguards, after the analysis: still missing from it.
    let plan = format!("某园区碳达峰实施方案\n\n一、园区概况\n\n园区规划面积3.2平方公里。\n\n二、碳排放家底盘查\n\n{analysis}{}", rest.replace("成立领导小组。", "成立领导小组。\n\n（一）核算边界与方法\n\n核算边界为园区规划范围。"));
    let found = findings_in("plan.txt", &plan, "structure/missing-section");
    assert!(
        found.iter().any(|d| d.message.contains("核算边界与方法")),
        "{found:?}"
    );
}
