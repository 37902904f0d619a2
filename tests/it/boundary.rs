//! Boundary rules on the phrasings real plans use: each rule with sentences that must
//! fire and sentences that must not (the traps a reviewer would not flag).

use peaklint::checks::Lang;
use peaklint::diagnostic::Diagnostic;
use peaklint::pack;
use peaklint::pipeline::check_document;

use crate::common;
use common::{findings, fires, silent};

/// A good boundary declaration, so that only the sentence under test can fire.
const BOUNDARY: &str = "核算范围为园区规划范围内全部企业，排放源包括能源活动和工业生产过程的二氧化碳排放，以及净调入电力和热力产生的间接排放。参照《省级温室气体清单编制指南（试行）》和GB/T 32150-2015核算，本方案以2020年为基准年。";

fn plan(boundary: &str, elsewhere: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n### （一）核算边界与方法\n\n{boundary}\n\n### （二）基准年碳排放清单\n\n2020年园区二氧化碳排放总量为128.4万吨。\n\n## 二、碳达峰目标\n\n{elsewhere}\n"
    )
}

fn elsewhere(sentences: &[&str]) -> Vec<String> {
    sentences.iter().map(|s| plan(BOUNDARY, s)).collect()
}

#[test]
fn non_co2_fires_on_totals_in_other_gases() {
    fires(
        "boundary/non-co2",
        &elsewhere(&[
            "2020年园区温室气体排放总量为102.6万吨二氧化碳当量。",
            "到2030年，园区碳排放控制在150万tCO2e以内。",
            "园区温室气体排放量2025年达到峰值。",
            "基准年排放清单包括二氧化碳、甲烷和氧化亚氮，合计135万吨。",
            "2020年排放量为86.4万tCO₂e。",
            "峰值约为160万吨CO2e。",
            "工业生产过程排放的含氟气体约2.3万吨二氧化碳当量，计入排放总量。",
            "到2025年温室气体排放总量较2020年下降10%。",
            "核算范围包括二氧化碳和甲烷排放，合计98万吨。",
            "2030年温室气体排放量不超过180万吨。",
            "园区六氟化硫排放0.3万吨二氧化碳当量。",
        ]),
    );
}

#[test]
fn non_co2_silent_on_titles_exclusions_and_background() {
    silent(
        "boundary/non-co2",
        &elsewhere(&[
            "核算依据《工业企业温室气体排放核算和报告通则》（GB/T 32150-2015）。",
            "本方案仅核算二氧化碳排放，不包括其他温室气体。",
            "参照《省级温室气体清单编制指南（试行）》开展核算。",
            "推进垃圾填埋场甲烷回收利用。",
            "积极应对气候变化，控制温室气体排放。",
            "园区二氧化碳排放总量为128.4万吨。",
            "到2030年，二氧化碳排放量控制在150万吨以内。",
            "甲烷、氧化亚氮等非二氧化碳温室气体不纳入本方案核算。",
            "依据《中国化工生产企业温室气体排放核算方法与报告指南（试行）》。",
            "落实《关于加强非二氧化碳温室气体管控的指导意见》要求。",
            "CO2排放量持续下降。",
        ]),
    );
}

/// A year is no figure: capacity building, inventory work and qualitative goals dated by a
/// year state no emissions in other gases; nor do the digits of a gas's formula (NF3). A
/// peak dated by its year does (`温室气体排放量2025年达到峰值`, above).
#[test]
fn non_co2_silent_on_dated_tasks_without_a_figure() {
    silent(
        "boundary/non-co2",
        &elsewhere(&[
            // Ministry style.
            "到2025年，建立健全园区温室气体排放统计核算体系。",
            // Province style.
            "到2025年，园区温室气体排放控制能力明显增强，二氧化碳排放强度持续下降。",
            // City/county style.
            "2024年前完成园区温室气体排放清单编制工作，此后每年更新一次。",
            // Consultancy style.
            "到2030年，园区应对气候变化和温室气体减排能力全面提升，2025年起按季度开展核算。",
            // Enterprise style.
            "本次核算未考虑含氟气体，园区内半导体企业的NF3、SF6排放由企业自行报告。",
            "到2025年，园区温室气体排放总量得到有效控制。",
        ]),
    );
    fires(
        "boundary/non-co2",
        &elsewhere(&[
            "温室气体排放2028年达峰。",
            "园区温室气体排放，2020年为192.1万吨二氧化碳当量。",
            "到2030年，园区单位工业增加值温室气体排放较2020年下降30%。",
            "|排放源|万吨CO2当量|占比（%）|\n|---|---|---|\n|化石燃料燃烧|118.6|48.9|",
        ]),
    );
}

#[test]
fn scope_mismatch_fires_when_targets_use_direct_emissions_only() {
    fires(
        "boundary/scope-mismatch",
        &elsewhere(&[
            "目标测算仅考虑化石燃料燃烧产生的直接排放。",
            "情景分析只核算直接排放，不含外购电力排放。",
            "峰值测算不包括净调入电力的间接排放。",
            "2030年目标按范围一排放测算，仅计入能源活动排放。",
            "预测结果未计入外购电力和热力产生的排放。",
            "指标测算时扣除了外购电力排放。",
            "本章排放数据仅包括燃料燃烧排放。",
            "BAU情景不考虑电力间接排放。",
            "达峰目标仅统计化石燃料燃烧排放，合计150万吨。",
            "目标值不含调入电力排放。",
        ]),
    );
}

#[test]
fn scope_mismatch_silent_when_consistent() {
    silent(
        "boundary/scope-mismatch",
        &elsewhere(&[
            "目标测算口径与核算边界一致，包括净调入电力和热力的间接排放。",
            "到2030年二氧化碳排放量控制在150万吨以内。",
            "大力发展分布式光伏，提高绿电消费比重。",
            "净调入电力排放占比由2020年的27%下降到2030年的20%。",
            "能源活动排放占园区排放总量的68%。",
            "2025年化石燃料燃烧排放较2020年下降5%。",
            "加快燃煤锅炉清洁能源替代。",
            "情景设置考虑工业增加值增速和能源结构变化。",
            "推进余热余压利用，年减排二氧化碳约3.2万吨。",
            "直接排放和间接排放均纳入目标测算。",
        ]),
    );
}

#[test]
fn scope_mismatch_fires_the_other_way_round() {
    let boundary = "核算范围为园区规划范围内全部企业，排放源包括能源活动和工业生产过程，不包括净调入电力和热力产生的间接排放。参照GB/T 32150-2015核算。";
    let cases: Vec<String> = [
        "2020年净调入电力排放38.2万吨，计入园区排放总量。",
        "2030年外购电力排放控制在40万吨以内。",
    ]
    .iter()
    .map(|s| plan(boundary, s))
    .collect();
    fires("boundary/scope-mismatch", &cases);
}

#[test]
fn base_year_fires_on_two_declared_years() {
    fires(
        "boundary/base-year",
        &elsewhere(&[
            "基准年（2019年）园区二氧化碳排放量为120万吨。",
            "以2019年为基准年测算，2030年排放量控制在150万吨以内。",
            "基准年为2021年。",
            "选取2018年为基准年。",
            "2019年（基准年）排放量为120万吨。",
            "基期（2021年）园区工业增加值为320亿元。",
            "本章以2015年作为基准年分析。",
            "基准年选取2019年。",
            "基准年确定为2022年。",
            "以2021年为基期开展预测。",
        ]),
    );
}

#[test]
fn base_year_silent_on_comparisons_and_background() {
    silent(
        "boundary/base-year",
        &elsewhere(&[
            "到2025年，单位工业增加值二氧化碳排放比2020年下降18%。",
            "园区排放量较2015年增长35%。",
            "国家提出到2030年单位国内生产总值二氧化碳排放比2005年下降65%以上。",
            "2030年后排放量较峰值下降10%。",
            "基准年（2020年）园区二氧化碳排放量为128.4万吨。",
            "2020年（基准年）工业增加值为320亿元。",
            "“十三五”期间园区排放年均增长4.2%。",
            "基准年由2019年调整为2020年，以与全市口径一致。",
            "2019年园区排放量为120万吨。",
            "本方案以2020年为基准年。",
        ]),
    );
}

/// A later year as the base of one target, where the same indicator is set against the
/// declared base year elsewhere and that year is no milestone of the plan: a second base
/// year (BOUNDARY declares 2020). The line reported is the target's.
#[test]
fn base_year_fires_on_a_later_base_for_an_indicator_set_against_the_declared_one() {
    let cases = [
        // province style
        "到2025年，单位工业增加值二氧化碳排放比2020年下降22%以上；到2030年，单位工业增加值二氧化碳排放比2021年下降45%以上。",
        // city/county style, two sentences
        "到2025年，园区单位工业增加值能耗较2020年下降16%。\n\n到2030年，园区单位工业增加值能耗较2022年下降30%。",
        // consultancy style, a list
        "主要目标如下：\n\n1. 2025年单位工业增加值二氧化碳排放较2020年下降20%；\n2. 2030年单位工业增加值二氧化碳排放较2021年下降42%。",
    ];
    for text in cases {
        let doc = plan(BOUNDARY, text);
        let f = findings(&doc, "boundary/base-year");
        assert_eq!(f.len(), 1, "{text}\n{f:#?}");
        assert!(
            f[0].message.contains("20") && !f[0].message.contains("此处为2020年"),
            "{}",
            f[0].message
        );
        let line = f[0].location.as_ref().and_then(|l| l.line).unwrap_or(0) as usize;
        let at = doc.lines().nth(line.saturating_sub(1)).unwrap_or("");
        assert!(at.contains("2030年"), "line {line}: {at}");
    }
}

/// A later base that is a milestone of the plan (a period's own base), a later base for an
/// indicator never set against the declared year (a status year), and a past change are
/// not a second base year.
#[test]
fn base_year_silent_on_later_milestones_and_status_years() {
    silent(
        "boundary/base-year",
        &elsewhere(&[
            "到2025年，单位工业增加值二氧化碳排放比2020年下降22%；到2030年，单位工业增加值二氧化碳排放比2025年下降25%。",
            "到2025年，单位工业增加值能耗较2020年下降16%；到2027年，光伏装机容量较2022年翻一番，达到80兆瓦。",
            "到2026年，园区绿电交易电量较2023年增长50%。",
            "2022年园区单位工业增加值二氧化碳排放较2021年下降9%。",
        ]),
    );
}

#[test]
fn undeclared_when_no_boundary_at_all() {
    let text =
        "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n2020年园区二氧化碳排放量为128.4万吨。\n";
    let f = findings(text, "boundary/undeclared");
    assert_eq!(f.len(), 1);
    assert!(f[0].location.is_none());
}

#[test]
fn undeclared_names_what_an_incomplete_boundary_leaves_out() {
    let cases = [
        ("核算范围为园区规划范围内全部企业。", "排放源"),
        (
            "核算范围为园区规划范围内全部企业，排放源包括能源活动和工业生产过程。",
            "净调入电力",
        ),
        (
            "排放源包括能源活动、工业生产过程和净调入电力。核算口径如下。",
            "范围",
        ),
    ];
    for (boundary, missing) in cases {
        let f = findings(&plan(boundary, "正文。"), "boundary/undeclared");
        assert_eq!(f.len(), 1, "{boundary}");
        assert!(
            f[0].message.contains(missing),
            "{}: {}",
            boundary,
            f[0].message
        );
        assert!(f[0].location.is_some());
    }
}

#[test]
fn declared_boundary_phrasings_pass() {
    let phrasings = [
        BOUNDARY,
        "以园区管委会管辖范围为核算边界，核算对象为规模以上工业企业，排放源包括化石燃料燃烧和工业生产过程排放，净调入电力、热力隐含排放计入。依据GB/T 32150核算。",
        "本方案核算边界为园区四至范围，涵盖能源活动、工业过程和外购电力热力产生的排放。采用《省级温室气体清单编制指南（试行）》方法。",
        "统计口径为园区规上工业企业；核算直接排放（化石燃料燃烧、工业生产过程）和间接排放（外购电力、热力）。参照IPCC清单方法。",
    ];
    let cases: Vec<String> = phrasings.iter().map(|b| plan(b, "正文。")).collect();
    silent("boundary/undeclared", &cases);
    silent("boundary/accounting-standard", &cases);
}

#[test]
fn accounting_standard_missing() {
    let boundary = "核算范围为园区规划范围内全部企业，排放源包括能源活动和工业生产过程，以及净调入电力和热力产生的间接排放。";
    let f = findings(&plan(boundary, "正文。"), "boundary/accounting-standard");
    assert_eq!(f.len(), 1);
}

fn two_places(first: &str, second: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n{first}\n\n## 二、碳排放分析\n\n### （一）核算边界与方法\n\n{BOUNDARY}\n\n### （二）基准年碳排放清单\n\n{second}\n"
    )
}

#[test]
fn area_fires_on_different_totals() {
    let cases: Vec<String> = [
        (
            "园区规划面积32.6平方公里。",
            "核算范围为园区规划范围，总面积约36平方公里。",
        ),
        ("园区规划面积为42.6平方公里。", "园区总面积4000公顷。"),
        ("园区规划面积32.6km²。", "园区规划面积30.1平方公里。"),
        ("园区管辖面积约50平方公里。", "园区管辖面积约55平方公里。"),
        ("规划范围面积为12.8平方公里。", "园区规划面积13.8平方公里。"),
        ("园区总面积约20平方公里。", "园区总面积约2500公顷。"),
        ("园区规划面积为8.5平方公里。", "园区规划面积为9.6平方公里。"),
        (
            "园区规划面积32.6平方公里。",
            "园区四至范围总面积34.6平方公里。",
        ),
        ("园区面积约为15平方公里。", "园区面积约为18平方公里。"),
        ("园区规划面积为60平方公里。", "园区规划面积为6000亩。"),
    ]
    .iter()
    .map(|(a, b)| two_places(a, b))
    .collect();
    fires("boundary/area", &cases);
}

#[test]
fn area_silent_on_parts_and_conversions() {
    let cases: Vec<String> = [
        (
            "园区规划面积32.6平方公里。",
            "核算范围为园区规划范围，总面积3260公顷。",
        ),
        (
            "园区规划面积32.6平方公里，其中建成区面积18.2平方公里。",
            "正文。",
        ),
        ("园区规划面积32.6平方公里。", "建成区面积18.2平方公里。"),
        ("园区规划面积32.6平方公里。", "起步区面积5.3平方公里。"),
        (
            "园区规划面积32.6平方公里。",
            "新建屋顶光伏面积120万平方米。",
        ),
        ("园区规划面积32.6平方公里。", "一期开发面积8平方公里。"),
        ("园区规划面积约32.6平方公里。", "园区规划面积32.6平方千米。"),
        ("园区规划面积32.6平方公里。", "园区规划面积32.60平方公里。"),
        ("园区规划面积32.6平方公里。", "绿化面积达到3.2平方公里。"),
        (
            "园区由东区、西区两个片区组成，东区面积12平方公里、西区面积20.6平方公里。",
            "园区规划面积32.6平方公里。",
        ),
        // The whole stated as the sum of the places listed before it in its sentence.
        (
            "本方案覆盖综合保税区3.2平方公里和临港物流园5.6平方公里，合计8.8平方公里。",
            "空间边界为综合保税区和临港物流园规划范围，合计8.8平方公里。",
        ),
        (
            "开发区规划范围包括主区12.4平方公里、化工集中区6.1平方公里，共计18.5平方公里。",
            "园区规划面积18.5平方公里。",
        ),
        (
            "核算边界覆盖城南片9.3平方公里、城北片7.7平方公里和港口作业区2.0平方公里，总计19平方公里。",
            "园区总面积约19平方公里。",
        ),
    ]
    .iter()
    .map(|(a, b)| two_places(a, b))
    .collect();
    silent("boundary/area", &cases);
}

/// A sum stated as the whole is compared like any other whole: a later figure that differs
/// from it is reported, against the sum and not against the first place listed.
#[test]
fn area_compares_a_stated_sum_as_the_whole() {
    let text = two_places(
        "本方案覆盖综合保税区3.2平方公里和临港物流园5.6平方公里，合计8.8平方公里。",
        "园区规划面积9.8平方公里。",
    );
    let f = findings(&text, "boundary/area");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("9.8平方公里") && f[0].message.contains("前文为8.8平方公里"),
        "{}",
        f[0].message
    );
}

/// A development zone's approved, planned and administered areas differ by nature; a plan
/// that states two of them side by side has told them apart, and each later figure is
/// compared with its own kind (`lexicon.area_kind`).
#[test]
fn area_kinds_told_apart_are_not_compared() {
    let cases: Vec<String> = [
        // city 发改委
        (
            "园区为国家级经济技术开发区，国务院核准面积3.2平方公里，规划面积25.6平方公里。",
            "核算范围为园区规划范围，面积25.6平方公里，包括区内全部工业企业。",
        ),
        // county
        (
            "开发区于1993年经省政府批准设立，批复面积4.5平方公里，现托管面积38平方公里。",
            "本方案核算边界为开发区托管范围38平方公里内的全部排放源。",
        ),
        // province guidance, two sentences of one paragraph
        (
            "园区经国家发展改革委等部门审核公告，核准面积6.8平方公里；按照最新国土空间规划，园区规划面积21.3平方公里。",
            "核算范围以园区规划面积21.3平方公里为准。",
        ),
        // ministry
        (
            "园区认定面积12.4平方公里，管辖面积45.0平方公里。",
            "本方案核算范围为园区认定面积12.4平方公里内的企业。",
        ),
        (
            "园区《中国开发区审核公告目录》（2018年版）核准面积2.96平方公里，目前实际管理面积18.5平方公里。",
            "核算边界为园区实际管理范围18.5平方公里。",
        ),
        // GB/T 9704 layout
        (
            "（一）基本情况。开发区核准面积5.27平方公里（《中国开发区审核公告目录》），区域规划面积42平方公里，辖2个街道。",
            "空间范围为区域规划面积42平方公里内的全部企业。",
        ),
        // consultancy table
        (
            "园区面积情况见下表。\n\n| 项目 | 面积（平方公里） |\n|---|---|\n| 核准面积 | 3.2 |\n| 规划面积 | 25.6 |\n",
            "核算边界为园区规划范围（25.6平方公里）内全部企业。",
        ),
        // a figure of no kind agreeing with one of them
        (
            "园区核准面积3.2平方公里，规划面积25.6平方公里。",
            "核算范围为园区全域，总面积25.6平方公里。",
        ),
    ]
    .iter()
    .map(|(a, b)| two_places(a, b))
    .collect();
    silent("boundary/area", &cases);
}

/// Kinds stated in one chapter are told apart too: the approved area belongs to the park's
/// history (`1993年经国务院批准设立，核准面积3.2平方公里`), the planned one to its profile,
/// in another paragraph of the same chapter.
#[test]
fn area_kinds_in_one_chapter_are_not_compared() {
    let cases: Vec<String> = [
        // county: history paragraph, then the profile
        (
            "1993年，园区经国务院批准设立，核准面积3.2平方公里。\n\n目前园区规划面积25.6平方公里，以精细化工为主导产业。",
            "核算范围为园区规划范围25.6平方公里内全部企业。",
        ),
        // province guidance, sub-headed
        (
            "### （一）发展历程\n\n开发区2006年通过国家审核公告，批复面积4.5平方公里。\n\n### （二）基本情况\n\n开发区现托管面积38平方公里，辖3个街道。",
            "本方案核算边界为开发区托管范围38平方公里内的全部排放源。",
        ),
        // consultancy: the planned area first, the approved one in a later paragraph
        (
            "园区规划面积21.3平方公里，其中建成区14.2平方公里。\n\n园区前身为2003年省政府认定的省级开发区，认定面积6.8平方公里。",
            "核算范围以园区规划面积21.3平方公里为准。",
        ),
    ]
    .iter()
    .map(|(a, b)| two_places(a, b))
    .collect();
    silent("boundary/area", &cases);
}

/// Within a kind, and for kinds the plan never states side by side, figures are compared.
#[test]
fn area_fires_within_a_kind() {
    let cases: Vec<String> = [
        (
            "园区规划面积25.6平方公里。",
            "核算范围为园区规划范围，规划面积28.0平方公里。",
        ),
        (
            "园区核准面积3.2平方公里。",
            "核算范围为园区核准范围，核准面积4.2平方公里。",
        ),
        (
            "园区规划面积16.8平方公里。",
            "核算范围为园区规划范围，总面积约18平方公里。",
        ),
        (
            "园区总面积20平方公里。",
            "核算边界面积约22平方公里，涵盖区内全部企业。",
        ),
        (
            "本园区托管面积40平方公里，核准面积8平方公里。",
            "核算边界为园区托管范围，托管面积42平方公里。",
        ),
        // approved in one place, planned in another, never side by side
        (
            "园区规划面积18.6平方公里。",
            "空间边界为园区认定的16.8平方公里范围。",
        ),
    ]
    .iter()
    .map(|(a, b)| two_places(a, b))
    .collect();
    fires("boundary/area", &cases);
    // Compared with the planned area, not with the approved one stated first.
    let text = two_places(
        "经国务院批准，园区核准面积3.2平方公里，规划面积25.6平方公里。",
        "核算范围为园区规划范围，规划面积26.5平方公里。",
    );
    let f = findings(&text, "boundary/area");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("此处为26.5平方公里") && f[0].message.contains("前文为25.6平方公里"),
        "{}",
        f[0].message
    );
}

#[test]
fn unit_fires_on_converted_mismatch() {
    let cases: Vec<String> = [
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年园区二氧化碳排放总量为1,248,000吨。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年二氧化碳排放量128,400吨。",
        ),
        (
            "2020年园区二氧化碳排放总量128.4万tCO2。",
            "2020年二氧化碳排放总量为1184000 tCO2。",
        ),
        (
            "2020年园区能源消费总量为56.2万吨标准煤。",
            "2020年能源消费总量526000吨标准煤。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年二氧化碳排放总量1.384亿吨的十分之一。",
        ),
        (
            "2020年园区二氧化碳排放量为128.4万吨。",
            "2020年园区二氧化碳排放量为12840吨。",
        ),
        (
            "2020年园区综合能源消费量为56.2万吨标准煤。",
            "2020年园区综合能源消费量为526000吨标准煤。",
        ),
        (
            "2020年园区二氧化碳排放总量为486.0万吨。",
            "2020年二氧化碳排放总量4,680,000 tCO2。",
        ),
        (
            "2019年园区二氧化碳排放总量为120万吨。",
            "2019年园区二氧化碳排放总量为1,250,000吨。",
        ),
        (
            "2020年园区能源消费总量为56.2万tce。",
            "2020年能源消费总量652,000 tce。",
        ),
    ]
    .iter()
    .map(|(a, b)| two_places(a, b))
    .collect();
    fires("boundary/unit", &cases);
}

#[test]
fn unit_silent_when_equal_or_not_the_same_figure() {
    let cases: Vec<String> = [
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年园区二氧化碳排放总量为1,284,000吨。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年二氧化碳排放总量1284321吨。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2025年二氧化碳排放总量为1,465,000吨。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "其中化石燃料燃烧排放87.6万吨。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年净调入电力排放38.2万吨，占29.8%。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年单位工业增加值二氧化碳排放1.25吨/万元。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "到2025年年减排二氧化碳约3.2万吨。",
        ),
        (
            "2020年园区能源消费总量为56.2万吨标准煤。",
            "2020年园区能源消费总量为562,000吨标准煤。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年园区二氧化碳排放总量为128.4万吨。",
        ),
        (
            "2020年园区二氧化碳排放总量为128.4万吨。",
            "2020年二氧化碳排放总量较2015年增长12.6万吨。",
        ),
    ]
    .iter()
    .map(|(a, b)| two_places(a, b))
    .collect();
    silent("boundary/unit", &cases);
}

/// The seeded-defect plan (fixtures/src/make_variants.py): each defect found once, at
/// its place, and nothing else; the traps plan: nothing at all.
#[test]
fn seeded_boundary_defects_and_traps() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/variants");
    for name in ["boundary-defects.md", "boundary-defects.docx"] {
        let doc = match peaklint::read_path(&root.join(name)) {
            Ok(d) => d,
            Err(e) => panic!("{name}: {e}"),
        };
        let mut rules: Vec<&str> = check_document(&doc, pack::default_pack(), Lang::Zh)
            .diagnostics
            .iter()
            .filter(|d| d.rule.starts_with("boundary/"))
            .map(|d| d.rule)
            .collect();
        rules.sort();
        assert_eq!(
            rules,
            vec![
                "boundary/area",
                "boundary/base-year",
                "boundary/non-co2",
                "boundary/scope-mismatch",
                "boundary/unit"
            ],
            "{name}"
        );
    }
    for name in [
        "boundary-traps.md",
        "../md/standard-plan.md",
        "../md/gov-plan.md",
    ] {
        let doc = match peaklint::read_path(&root.join(name)) {
            Ok(d) => d,
            Err(e) => panic!("{name}: {e}"),
        };
        let found: Vec<Diagnostic> = check_document(&doc, pack::default_pack(), Lang::Zh)
            .diagnostics
            .into_iter()
            .filter(|d| d.rule.starts_with("boundary/"))
            .collect();
        assert!(found.is_empty(), "{name}: {found:#?}");
    }
}

#[test]
fn more_undeclared_and_standard_phrasings() {
    // Boundaries that leave something out: each must be reported.
    let incomplete = [
        "核算边界为园区管理范围。",
        "统计口径为规上工业企业。",
        "核算范围为园区四至范围内的工业企业。",
        "排放源包括化石燃料燃烧和工业生产过程。核算口径见下。",
        "以园区管委会管辖范围为核算边界，覆盖全部企业的能源活动排放。",
        "核算对象为重点用能单位，排放源为燃料燃烧。",
        "核算范围涵盖园区规划面积42.6平方公里内的企业。",
        "核算口径包括外购电力。",
        "本方案核算边界为园区行政区域。",
        "统计范围为全口径工业企业的直接排放。",
    ];
    let cases: Vec<String> = incomplete.iter().map(|b| plan(b, "正文。")).collect();
    fires("boundary/undeclared", &cases);
    // No method named: each must be reported.
    let no_standard = [
        "核算范围为园区规划范围内全部企业，包括能源活动、工业过程和净调入电力、热力排放。",
        "核算范围为园区规划范围内全部企业，包括能源活动、工业过程和净调入电力排放，采用排放因子法。",
        "核算范围为园区规划范围内全部企业，包括能源活动和净调入电力排放，数据来源于统计年鉴。",
    ];
    let cases: Vec<String> = no_standard.iter().map(|b| plan(b, "正文。")).collect();
    fires("boundary/accounting-standard", &cases);
    // Methods named the ways plans name them: silent.
    let named = [
        "依据《工业企业温室气体排放核算和报告通则》核算。",
        "企业排放按GB/T 32151系列标准核算。",
        "参照《中国化工生产企业温室气体排放核算方法与报告指南（试行）》。",
        "按照《零碳园区碳排放核算方法（试行）》核算。",
        "采用IPCC清单方法。",
        "参考《2006年IPCC国家温室气体清单指南》。",
        "按ISO 14064-1进行核算。",
        "参照GB/T32150-2015。",
        "参照《省级温室气体清单编制指南（试行）》。",
        "依据GB/T 32150和GB/T 32151.10核算。",
    ];
    let cases: Vec<String> = named
        .iter()
        .map(|s| {
            plan(
                &format!("核算范围为园区规划范围内全部企业，包括能源活动、工业过程和净调入电力、热力排放。{s}"),
                "正文。",
            )
        })
        .collect();
    silent("boundary/accounting-standard", &cases);
}
