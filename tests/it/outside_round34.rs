//! Readings generalised after round 34 of outside plans (session 26), each in more than
//! one drafting style: two rows of one indicator table are two indicators, even when the
//! pack reads one metric in both (`纯碱单位产品综合能耗`, `真空制盐单位产品综合能耗`); a
//! boundary given as the plan's scope (`核算边界与方案范围一致`) has the scope's extent; a
//! target an enterprise pledges for itself (`华越新材料提出到2025年…下降25%`) is the
//! enterprise's, not the plan's; the base year's total stated right after 排放 is the
//! inventory; shares of distinct energy carriers never add up to more than 100%; a
//! scenario table's unit may stand in its corner (`| 情景（万吨） | 2022 | …`).

use crate::common::{facts_of, findings};

const HEAD: &str = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积11.6平方公里。\n\n\
    ## 二、碳排放现状\n\n核算范围为园区规划范围内全部企业，包括化石燃料燃烧的直接排放和净调入电力、热力的间接排放，只核算二氧化碳，依据GB/T 32150—2015。2021年园区二氧化碳排放总量250.6万吨。\n\n";

fn plan(targets: &str) -> String {
    format!(
        "{HEAD}## 三、碳达峰目标\n\n本方案以2021年为基准年，力争2026年实现碳达峰。\n\n{targets}\n\n\
         ## 四、重点任务\n\n实施节能改造和能效提升工程。\n\n## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

#[test]
fn two_rows_of_one_table_are_two_indicators() {
    for table in [
        // consultancy: products of a salt-chemical park
        "| 类别 | 指标 | 单位 | 2021年 | 2025年 | 2030年 |\n|---|---|---|---|---|---|\n\
         | 能效 | 纯碱单位产品综合能耗 | 千克标准煤/吨 | 320 | 300 | 285 |\n\
         | 能效 | 真空制盐单位产品综合能耗 | 千克标准煤/吨 | 118 | 95 | 80 |",
        // city: smelter products, no category column
        "| 指标 | 2021年 | 2025年 | 2030年 |\n|---|---|---|---|\n\
         | 电解铝单位产品综合能耗（千克标准煤/吨） | 1650 | 1600 | 1560 |\n\
         | 氧化铝单位产品综合能耗（千克标准煤/吨） | 380 | 360 | 345 |",
        // enterprise: per-product carbon intensity
        "| 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n\
         | 三元前驱体单位产品二氧化碳排放 | 吨/吨 | 2.4 | 1.9 |\n\
         | 硫酸镍单位产品二氧化碳排放 | 吨/吨 | 0.9 | 0.7 |",
    ] {
        let f = findings(&plan(table), "target/conflict");
        assert!(f.is_empty(), "{table}\n{f:#?}");
    }
    // Text against the table is still compared.
    let text = plan(
        "到2025年，单位工业增加值二氧化碳排放降至2.30吨/万元。\n\n\
         | 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n\
         | 单位工业增加值二氧化碳排放 | 吨/万元 | 2.19 | 1.63 |\n\
         | 单位工业增加值能耗 | 吨标准煤/万元 | 0.728 | 0.593 |",
    );
    let f = findings(&text, "target/conflict");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("2.19") && f[0].message.contains("2.3"),
        "{}",
        f[0].message
    );
}

/// A plan whose boundary section gives the extent as the plan's scope (`核算边界与方案范围
/// 一致`), stated in the scope section before it.
fn scope_plan(scope: &str, boundary: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n### （一）方案范围\n\n{scope}基准年为2021年，规划期至2030年。\n\n\
         ## 二、碳排放现状\n\n### （一）核算边界\n\n{boundary}本方案只核算二氧化碳，依据GB/T 32150—2015。\n\n\
         ### （二）排放清单\n\n2021年园区二氧化碳排放总量250.6万吨。\n\n## 三、碳达峰目标\n\n力争2026年实现碳达峰。\n\n\
         ## 四、重点任务\n\n实施节能改造。\n\n## 五、保障措施\n\n建立年度碳排放核算机制。\n"
    )
}

const SOURCES: &str = "排放源包括化石燃料燃烧排放、工业生产过程排放和净购入电力、热力的间接排放。";

#[test]
fn a_boundary_given_as_the_plans_scope_has_its_extent() {
    for (scope, reference) in [
        // consultancy
        (
            "方案范围为园区规划范围，总面积11.6平方公里，四至为东至黄海大堤、西至盐港路。",
            "核算边界与方案范围一致，",
        ),
        // city
        (
            "本方案适用范围为开发区管委会管辖区域，规划面积23.5平方公里。",
            "核算范围同本方案适用范围，",
        ),
        // province guidance
        (
            "实施范围包括园区内全部规模以上工业企业和公共设施。",
            "本方案碳排放核算的空间范围与实施范围保持一致，",
        ),
    ] {
        let text = scope_plan(scope, &format!("{reference}{SOURCES}"));
        let f = findings(&text, "boundary/undeclared");
        assert!(f.is_empty(), "{reference}\n{f:#?}");
    }
    // Without a scope statement the reference declares no extent.
    let text = scope_plan(
        "园区以盐化工为主导产业。",
        &format!("核算边界与方案范围一致，{SOURCES}"),
    );
    let f = findings(&text, "boundary/undeclared");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("空间或组织范围"), "{}", f[0].message);
}

#[test]
fn a_target_an_enterprise_pledges_is_its_own() {
    for pledge in [
        // city: a company named without a word for what it is
        "实行“一企一策”，华越新材料提出到2025年单位产品二氧化碳排放较2022年下降25%，作为园区龙头企业先行示范。",
        // province: the pledger in the clause before
        "酉泉酒业集团制定企业碳达峰方案，提出单位基酒二氧化碳排放较2021年下降30%，发挥龙头带动作用。",
        // county
        "龙头企业甘棠糖业提出2025年单位产品二氧化碳排放较2021年下降20%，发挥示范作用。",
        // enterprise-led park
        "园区骨干企业竹韵家居公司承诺，到2025年单位产品二氧化碳排放较2022年下降30%。",
    ] {
        let text = plan(pledge);
        let f = findings(&text, "target/no-baseline");
        assert!(f.is_empty(), "{pledge}\n{f:#?}");
        let facts = facts_of(&text, peaklint::document::Format::Markdown);
        let t = facts
            .targets
            .iter()
            .find(|t| t.metric_id.as_deref() == Some("co2_intensity_activity"))
            .unwrap_or_else(|| panic!("{pledge}: {:#?}", facts.targets));
        assert_eq!(t.role, "enterprise", "{pledge}");
    }
    // The park's own, however it is put, still needs its base value.
    for own in [
        "园区提出到2025年单位产品二氧化碳排放较2022年下降25%。",
        "本方案提出，到2025年单位产品二氧化碳排放较2022年下降25%。",
        "园区管委会提出到2025年单位产品二氧化碳排放较2022年下降25%。",
    ] {
        let f = findings(&plan(own), "target/no-baseline");
        assert_eq!(f.len(), 1, "{own}\n{f:#?}");
        assert!(f[0].message.contains("2022年"), "{}", f[0].message);
    }
}

/// The baseline inventory is present when the emissions chapter states the base year's
/// total, with or without 量 after 排放 (`2020年园区二氧化碳排放52.1万吨，其中…`), whatever
/// its section is called (`（二）排放现状`, `2. 现状排放`).
#[test]
fn the_base_years_total_is_the_inventory_whatever_the_title() {
    for (title, total) in [
        // GB/T 9704 layout
        ("（二）排放现状", "2020年园区二氧化碳排放52.1万吨，其中化石燃料燃烧8.7万吨、工业生产过程3.9万吨、净购入电力39.5万吨。"),
        // consultancy
        ("### 2. 现状排放", "经核算，2021年园区碳排放约为96.4万吨，其中电力间接排放占61%。"),
        // county
        ("（二）排放家当", "2022年全园二氧化碳排放合计9.6万吨，天然气燃烧3.2万吨、外购电力6.4万吨。"),
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积6.4平方公里。\n\n## 二、碳排放分析\n\n\
             ### （一）核算边界与方法\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳，依据GB/T 32150—2015。\n\n\
             {title}\n\n{total}\n\n### （三）历史变化趋势\n\n2016—2020年园区排放年均增长8.1%。\n\n\
             ## 三、碳达峰目标\n\n力争2027年实现碳达峰。\n"
        );
        let f = findings(&text, "structure/missing-section");
        assert!(
            !f.iter().any(|d| d.message.contains("基准年碳排放清单")),
            "{title}\n{f:#?}"
        );
    }
}

/// Shares of distinct energy carriers or emission source categories cannot add up to more
/// than 100%, even in a list after 其中 that may name only some (`lexicon.share_part`).
#[test]
fn shares_of_distinct_carriers_never_exceed_the_whole() {
    let plan = |mix: &str| format!("{HEAD}{mix}\n");
    for (mix, sum) in [
        // city
        ("2022年园区能源消费总量50.2万吨标准煤（当量值），其中电力35.9%、天然气49.1%、外购蒸汽19.0%；单位工业增加值能耗0.397吨标准煤/万元。", "104.0%"),
        // GB/T 9704, the list followed by other indicators
        ("综合能源消费量6.75万吨标准煤（当量值），其中电力占39.2%、天然气占51.7%、外购蒸汽占13.1%，单位工业增加值能耗0.183吨标准煤/万元，非化石能源消费比重1.5%。", "104.0%"),
        // consultancy: emission sources
        ("2021年排放中，化石燃料燃烧排放占34.2%，净购入电力排放占58.9%，工业生产过程排放占9.3%。", "102.4%"),
    ] {
        let f = findings(&plan(mix), "consistency/share-sum");
        assert_eq!(f.len(), 1, "{mix}\n{f:#?}");
        assert!(f[0].message.contains(sum), "{}", f[0].message);
    }
    for mix in [
        "2022年园区能源消费总量50.2万吨标准煤，其中电力35.9%、天然气45.0%、外购蒸汽19.0%。",
        // only some named, under 100
        "综合能源消费量6.75万吨标准煤，其中电力占39.2%、天然气占41.7%。",
        // a deduction closes the list
        "从排放结构看，化石燃料燃烧占86.4%，工业生产过程占4.7%，外购电力占9.7%，固碳产品扣减占0.7%。",
        // overlapping parts
        "其中外购电力占60%、可再生能源电力占15%、天然气占40%。",
        // ratios, not shares
        "其中电力自给率35.9%、天然气对外依存度89.1%、蒸汽外购比例19.0%。",
        // sectors nest
        "2021年园区二氧化碳排放总量250.6万吨，其中工业排放占92%、化工行业占61%。",
    ] {
        let f = findings(&plan(mix), "consistency/share-sum");
        assert!(f.is_empty(), "{mix}\n{f:#?}");
    }
}

/// A scenario table may give its unit once, in its corner (`| 情景（万吨） | 2022 | …`): the
/// business-as-usual row's figures are read in it.
#[test]
fn a_scenario_tables_unit_may_stand_in_its_corner() {
    for corner in [
        "情景（万吨）",
        "排放情景（万吨二氧化碳）",
        "年份（万吨CO2）",
    ] {
        let text = plan(&format!(
            "基准情景延续现有政策，单位工业增加值排放年均下降1.5%；达峰情景叠加各项任务。\n\n\
             | {corner} | 2022 | 2025 | 2030 |\n|---|---|---|---|\n\
             | 基准情景 | 158.2 | 212.4 | 289.4 |\n| 达峰情景 | 158.2 | 184.5 | 192.0 |"
        ));
        let facts = facts_of(&text, peaklint::document::Format::Markdown);
        assert!(
            facts
                .bau
                .iter()
                .any(|b| b.year == 2030 && (b.value - 289.4).abs() < 1e-9),
            "{corner}\n{:#?}",
            facts.bau
        );
    }
}
