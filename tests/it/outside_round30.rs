//! Readings generalised after round 30 of outside plans (session 24), each in several
//! drafting styles: indirect emissions left after a deduction are no direct-only caliber;
//! a gas said not to be a greenhouse gas is excluded; the accounting scope stated as the
//! park's own entities declares the organisational boundary; an area in brackets whose
//! clause puts it outside the park is not the park's area.

use crate::common::findings;

/// A plan with `boundary` as its boundary section and `body` in its emissions chapter.
fn plan(boundary: &str, body: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积16.8平方公里。\n\n\
         ## 二、碳排放现状\n\n### （一）核算边界\n\n{boundary}\n\n### （二）排放清单\n\n{body}\n\n\
         ## 三、碳达峰目标\n\n确保2030年前实现碳达峰。\n\n## 四、重点任务\n\n新增光伏装机50兆瓦。\n\n\
         ## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业，包括化石燃料燃烧和工业生产过程的直接排放，以及外购电力、热力的间接排放，只核算二氧化碳，核算方法依据GB/T 32150—2015。";

#[test]
fn indirect_emissions_after_a_deduction_are_no_direct_only_caliber() {
    for body in [
        // county
        "2021年为本方案基准年。当年园区二氧化碳排放总量187.3万吨，其中直接排放81.3万吨，扣除输出蒸汽后的间接排放106.0万吨。",
        // consultancy
        "2021年园区二氧化碳排放总量187.3万吨：直接排放81.3万吨；剔除余热外供量后的净调入热力和电力排放106.0万吨。",
        // enterprise
        "基准年排放总量187.3万吨，其中扣除向园区外输出蒸汽后间接排放106.0万吨。",
    ] {
        let f = findings(&plan(BOUNDARY, body), "boundary/scope-mismatch");
        assert!(f.is_empty(), "{body}\n{f:#?}");
    }
}

#[test]
fn a_gas_said_not_to_be_a_greenhouse_gas_is_excluded() {
    for sentence in [
        // ministry
        "园区只核算二氧化碳，冷库使用的氨制冷剂不属于温室气体，氢氟碳化物制冷剂逸散也不纳入本方案清单。",
        // province
        "本方案仅核算二氧化碳。氨（NH3）不属于温室气体，不作核算。",
    ] {
        let boundary = format!("{BOUNDARY}{sentence}");
        let f = findings(&plan(&boundary, "2021年园区二氧化碳排放总量187.3万吨。"), "boundary/non-co2");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
}

#[test]
fn the_parks_own_entities_declare_the_organisational_boundary() {
    for boundary in [
        // ministry, run-in
        "核算范围为园区内冷库、加工配送企业和园区公共设施，包括天然气、柴油燃烧的直接排放以及外购电力的间接排放，只核算二氧化碳。",
        // operator
        "统计范围为园区范围内入驻企业、运营公司和公用设施，排放源包括能源活动和工业生产过程排放，外购电力和热力的间接排放计入。",
    ] {
        let f = findings(&plan(boundary, "2021年园区二氧化碳排放总量187.3万吨。"), "boundary/undeclared");
        assert!(f.is_empty(), "{boundary}\n{f:#?}");
    }
}

#[test]
fn an_area_in_brackets_outside_the_park_is_not_its_area() {
    for sentence in [
        // province
        "位于园区外的鹿江市工程机械试验场（约4.5平方公里）不在规划范围内，其排放不计入。",
        // consultancy
        "园区配套的淝川港物流作业区（约2.1平方公里）位于规划范围以外，由港口企业另行核算。",
    ] {
        let boundary = format!("{BOUNDARY}{sentence}");
        let f = findings(
            &plan(&boundary, "2021年园区二氧化碳排放总量187.3万吨。"),
            "boundary/area",
        );
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    // The park's own area in brackets is still compared.
    let boundary = format!("{BOUNDARY}园区规划范围（11.2平方公里）内的全部企业纳入核算。");
    let f = findings(&plan(&boundary, ""), "boundary/area");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("11.2平方公里"), "{}", f[0].message);
}

/// A change measured from another year than the declared base while the indicator's other
/// targets use the declared one is `boundary/base-year`'s to report; `target/no-baseline`
/// does not ask for the stray year's value too.
#[test]
fn a_stray_base_year_is_reported_once() {
    for targets in [
        // ministry
        "（三）强度目标。到2025年，单位工业增加值二氧化碳排放比2021年下降16%；到2030年比2020年下降40%。",
        // province, two sentences
        "到2025年，单位工业增加值二氧化碳排放较2021年下降16%。到2030年，单位工业增加值二氧化碳排放较2018年下降45%。",
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2021年为基准年。2021年园区二氧化碳排放总量27.8万吨，单位工业增加值二氧化碳排放0.52吨/万元。\n\n\
             ## 二、碳达峰目标\n\n{targets}\n"
        );
        let base = findings(&text, "boundary/base-year");
        assert_eq!(base.len(), 1, "{targets}\n{base:#?}");
        let f = findings(&text, "target/no-baseline");
        assert!(f.is_empty(), "{targets}\n{f:#?}");
    }
}

/// A plan whose targets chapter has `table` and whose pathway chapter is `pathway`.
fn with_table(table: &str, pathway: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积16.8平方公里。\n\n\
         ## 二、碳排放现状\n\n{BOUNDARY}2021年园区二氧化碳排放总量187.3万吨。\n\n\
         ## 三、碳达峰目标\n\n本方案以2021年为基准年，确保2030年前实现碳达峰。\n\n{table}\n\n\
         ## 四、重点任务\n\n{pathway}\n\n## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

/// Tables with a column grouping the indicators before the indicator's name, in four styles.
fn grouped(base_cell: &str) -> Vec<String> {
    [
        // provincial: 类别 | 指标
        format!("| 类别 | 指标 | 2021年 | 2025年 | 2030年 | 属性 |\n|---|---|---|---|---|---|\n| 能源 | 单位工业增加值能耗（吨标准煤/万元） | 0.085 | 0.073 | 0.060 | 约束性 |\n| 产业 | 绿色工厂占规上企业比例（%） | {base_cell} | 40 | 60 | 预期性 |"),
        // consultancy: 序号 | 领域 | 指标名称 | 单位
        format!("| 序号 | 领域 | 指标名称 | 单位 | 2021年（基准年） | 2025年 | 2030年 |\n|---|---|---|---|---|---|---|\n| 1 | 绿色制造 | 绿色工厂占规上企业比例 | % | {base_cell} | 40 | 60 |"),
        // city: 指标类别 with a long group name
        format!("| 指标类别 | 指标 | 基准值 | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 产业结构优化 | 绿色工厂占规上企业比例（%） | {base_cell} | 40 | 60 |"),
        // enterprise: 分类
        format!("| 分类 | 指标 | 2021年 | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 园区 | 绿色工厂占规上企业比例（%） | {base_cell} | 40 | 60 |"),
    ]
    .to_vec()
}

const GREEN_FACTORIES: &str = "开展绿色工厂创建，每年新增省级以上绿色工厂3家。";

#[test]
fn a_grouping_column_is_not_the_indicators_name() {
    for table in grouped("—") {
        let f = findings(&with_table(&table, GREEN_FACTORIES), "target/no-baseline");
        assert_eq!(f.len(), 1, "{table}\n{f:#?}");
        assert!(
            f[0].message
                .contains("“绿色工厂占规上企业比例”的基准年（2021年）数值"),
            "{}",
            f[0].message
        );
    }
    for table in grouped("25") {
        let f = findings(&with_table(&table, GREEN_FACTORIES), "target/no-baseline");
        assert!(f.is_empty(), "{table}\n{f:#?}");
    }
}

#[test]
fn a_coal_share_is_supported_by_work_on_coal_use() {
    let table = "| 类别 | 指标 | 2021年 | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 结构 | 煤炭消费占能源消费总量比重（%） | 56.3 | 45 | 35 |";
    for pathway in [
        // city: boilers
        "2025年底前完成园区内燃煤锅炉关停整合，由热电联产机组集中供热替代。",
        // province: 煤改气
        "推进工业窑炉煤改气、煤改电，严控新增用煤项目。",
        // consultancy
        "压减煤炭消费，到2030年减少原煤消费12万吨。",
    ] {
        let f = findings(&with_table(table, pathway), "target/no-measure");
        assert!(f.is_empty(), "{pathway}\n{f:#?}");
    }
    let f = findings(&with_table(table, GREEN_FACTORIES), "target/no-measure");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("“煤炭消费占能源消费总量比重”"),
        "{}",
        f[0].message
    );
}
