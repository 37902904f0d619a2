//! Readings generalised after round 34 of outside plans (session 26), each in more than
//! one drafting style: two rows of one indicator table are two indicators, even when the
//! pack reads one metric in both (`纯碱单位产品综合能耗`, `真空制盐单位产品综合能耗`); a
//! boundary given as the plan's scope (`核算边界与方案范围一致`) has the scope's extent; a
//! target an enterprise pledges for itself (`华越新材料提出到2025年…下降25%`) is the
//! enterprise's, not the plan's.

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
