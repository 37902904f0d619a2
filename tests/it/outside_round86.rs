//! Readings generalised in session 39 from outside rounds 86–87, each in more than one
//! drafting style, with the negative beside it:
//! - a part named as the park's big emitter (`公司本部厂区作为排放大户，2025年排放控制在5.0万吨以内`,
//!   the pack's `part_emitter`) sets the part's goal, not a second park total to conflict with;
//! - a per-tonne intensity in short form (`吨钢材排放190千克`) is the per-product indicator: its
//!   base-year value is found for `吨钢材二氧化碳排放较2020年下降11%`;
//! - an upper-level numbered line that is one sentence right after a numbered source of its
//!   style (`（三）《…通则》（GB/T 32150—2015）。` / `（四）溪湄市分解下达园区的“十四五”节能降碳目标任务。`)
//!   is the next item of the list of sources, not a heading left empty;
//! - a `分别` list of reductions after a single year (`2027年前…更新高效电机，分别减排0.12万吨和
//!   0.30万吨`) is not dated by that year, the work's: it takes the years the plan's other lists
//!   give (2025, 2030), and no 2027 gap is weighed against it;
//! - a park profile split over the opening part — the area in the scope of `一、总体要求`, the
//!   industries opening `二、碳排放现状` under `（一）产业与能源` — is the recommended profile
//!   chapter in substance.

use crate::common::{findings, findings_in, line_of, line_with, measure_reductions};

/// A plan whose 2025 park total is 9.3万吨 in the text and the table, with a part's goal
/// written as `part`.
fn part_goal(part: &str) -> String {
    format!(
        "# 某区电动工具产业园碳达峰实施方案\n\n## 一、碳排放现状\n\n2021年园区二氧化碳排放8.09万吨，其中公司本部厂区5.12万吨。\n\n\
## 二、碳达峰目标\n\n到2025年，园区二氧化碳排放总量控制在9.3万吨以内。{part}\n\n\
| 指标 | 2021基准 | 2025 |\n|---|---|---|\n| 二氧化碳排放总量（万吨） | 8.09 | 9.3 |\n"
    )
}

#[test]
fn a_part_named_as_the_big_emitter_sets_its_own_goal() {
    for part in [
        // enterprise-led: the company's main site
        "公司本部厂区作为排放大户，2025年排放控制在5.0万吨以内，2027年前率先达峰。",
        // county: a plant of the park
        "二号厂区是园区用能大户，2025年二氧化碳排放控制在4.2万吨以内。",
    ] {
        let plan = part_goal(part);
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The park's own total stated twice, differently: a conflict.
    let plan = part_goal("园区2025年二氧化碳排放总量控制在9.5万吨以内。");
    let found = findings(&plan, "target/conflict");
    assert!(!found.is_empty(), "{plan}");
}

/// A steel-strip park whose per-tonne intensity of 2020 is stated in the profile as
/// `profile`, its 2025 target set against 2020.
fn per_tonne(profile: &str) -> String {
    format!(
        "某市热轧带钢产业园碳达峰实施方案\n\n一、碳排放现状\n\n2020年园区热轧钢带产量80万吨，二氧化碳排放总量15.22万吨{profile}。\n\n\
二、碳达峰目标\n\n到2025年，排放总量控制在17.6万吨以内，吨钢材二氧化碳排放较2020年下降11%以上。\n"
    )
}

#[test]
fn a_per_tonne_intensity_in_short_form_states_the_base_value() {
    for (name, profile) in [
        ("plan.txt", "，吨钢材排放190千克"),
        ("plan.md", "，吨钢材二氧化碳排放190千克"),
    ] {
        let plan = per_tonne(profile);
        let found = findings_in(name, &plan, "target/no-baseline");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // No base-year value anywhere: asked for.
    let plan = per_tonne("");
    let found = findings_in("plan.txt", &plan, "target/no-baseline");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "吨钢材二氧化碳排放较"));
}

/// A provincial plan in plain text whose sources are listed `（一）`…, the last item `last`.
fn sources(last: &str) -> String {
    format!(
        "某市保温器皿产业园碳达峰实施方案\n\n一、编制背景\n\n园区是全省重要的保温杯生产基地。\n\n二、编制依据\n\n\
（一）《工业领域碳达峰实施方案》（工信部联节〔2022〕88号）。\n\
（二）《工业企业温室气体排放核算和报告通则》（GB/T 32150—2015）。\n\
{last}\n\n三、基本原则\n\n坚持系统观念。\n"
    )
}

#[test]
fn a_sentence_after_numbered_sources_is_their_next_item() {
    for last in [
        "（三）溪湄市分解下达园区的“十四五”节能降碳目标任务。",
        "（三）园区企业能源统计报表和温室气体排放报告。",
    ] {
        let plan = sources(last);
        let found = findings_in("plan.txt", &plan, "structure/empty-section");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // A run-in sub-heading after a body paragraph is still a heading: its emptiness shows.
    let plan = "某市保温器皿产业园碳达峰实施方案\n\n一、总体要求\n\n坚持系统观念。\n\n（一）指导思想。\n\n二、主要目标\n\n力争2028年达峰。\n";
    let found = findings_in("plan.txt", plan, "structure/empty-section");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "（一）指导思想"));
}

/// A pathway whose measures list 2025 and 2030 reductions, one of them written `sentence`.
fn pathway(sentence: &str) -> String {
    format!(
        "# 某县芝麻制品产业园碳达峰实施方案\n\n## 四、重点任务\n\n\
（一）绿电替代行动。2025年、2030年分别外购绿电0.5亿和1.2亿千瓦时，分别减排0.29万吨和0.70万吨。\n\n\
（二）屋顶光伏行动。2025年、2030年分别减排0.46万吨和0.91万吨。\n\n（三）设备能效提升行动。{sentence}\n"
    )
}

#[test]
fn a_respective_list_after_one_year_takes_the_plans_years() {
    for sentence in [
        // county: the year the work is done by
        "2027年前冷库、石磨和灌装线更新高效电机，分别减排0.12万吨和0.30万吨。",
        // consultancy: the year works start
        "2026年起实施空压站改造，相应减排0.12万吨和0.30万吨。",
    ] {
        let found = measure_reductions(&pathway(sentence));
        assert!(found.contains(&(Some(2025), 0.12)), "{sentence}: {found:?}");
        assert!(found.contains(&(Some(2030), 0.3)), "{sentence}: {found:?}");
    }
    // Two years for two values: paired as written.
    let found = measure_reductions(&pathway("2027年、2030年分别减排0.12万吨和0.30万吨。"));
    assert!(found.contains(&(Some(2027), 0.12)), "{found:?}");
    assert!(found.contains(&(Some(2030), 0.3)), "{found:?}");
}

/// A plan in plain text: `scope` in the opening chapter, `first` opening the emission chapter.
fn opening(scope: &str, first: &str) -> String {
    format!(
        "某县玻璃仪器产业园碳达峰实施方案\n\n一、总体要求\n\n（一）指导思想\n\n坚持系统观念。\n\n（二）范围和基准年\n\n{scope}\n\n\
二、碳排放现状\n\n（一）产业与能源\n\n{first}\n\n（二）核算边界与方法\n\n核算园区二氧化碳排放。\n\n\
三、达峰目标\n\n力争2028年达峰。\n\n四、重点任务\n\n推进熔窑改造。\n\n五、保障措施\n\n加强组织领导。\n"
    )
}

fn profile_missing(plan: &str) -> bool {
    findings_in("plan.txt", plan, "structure/missing-chapter")
        .iter()
        .any(|d| d.message.contains("园区概况"))
}

#[test]
fn a_profile_split_over_the_opening_part_is_there() {
    let scope = "本方案范围为园区规划范围，面积5.8平方公里，以2020年为基准年。";
    for first in [
        // PDF-copy county style
        "园区现有规模以上企业29家，2020年生产硼硅玻璃管材及仪器4.2万吨。",
        // provincial: industries named
        "园区主导产业为硼硅玻璃和实验仪器，2020年综合能源消费量6.1万吨标准煤。",
    ] {
        let plan = opening(scope, first);
        assert!(!profile_missing(&plan), "{plan}");
    }
    // The area alone: no profile.
    let plan = opening(scope, "熔窑和灯工加工使用天然气。");
    assert!(profile_missing(&plan), "{plan}");
}
