//! An indicator table's cells as targets: a cell that names the year it compares with
//! (`较2020年下降34%`) is the column's target with that base year, and a table with one
//! column of a past year (`| 指标 | 2020年 | 2025年 | 2030年 |`) measures its changes from
//! that year. So the table's targets are compared with the text's (`target/conflict`), and
//! need no base year of their own (`target/no-base-year`).

use crate::common::findings_in;

/// (file name, plan text, line of the conflict)
const CONFLICTS: &[(&str, &str, u32)] = &[
    // Province style: the cells name their base year.
    (
        "province.md",
        "# 某经开区碳达峰实施方案\n\n## 一、主要目标\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降36%以上。\n\n| 指标 | 2020年 | 2025年 | 2030年 | 属性 |\n|---|---|---|---|---|\n| 单位工业增加值二氧化碳排放（吨/万元） | 0.714 | 较2020年下降19% | 较2020年下降34%以上 | 约束性 |\n",
        9,
    ),
    // City style: 比 instead of 较, and a unit column.
    (
        "city.md",
        "# 某市高新区碳达峰实施方案\n\n## 一、主要目标\n\n到2025年，高新区单位工业增加值能耗比2020年下降15%。\n\n| 指标 | 单位 | 2020年 | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.52 | 比2020年下降13% | 比2020年下降28% |\n",
        9,
    ),
    // Ministry style: the caption names the scenario only as the targets' basis.
    (
        "ministry.md",
        "# 某化工园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n到2025年，园区单位工业增加值能耗较2020年下降16%。\n\n园区碳达峰主要指标见下表，目标值依据达峰情景确定。\n\n| 指标 | 2020年 | 2025年 | 2030年 |\n|---|---|---|---|\n| 单位工业增加值能耗（吨标准煤/万元） | 1.86 | 下降14% | 下降27% |\n",
        11,
    ),
    // Consultancy style: bare changes under a table with one past-year column.
    (
        "consultancy.md",
        "# 某园区碳达峰研究报告\n\n## 3 目标\n\n本方案以2020年为基准年。到2030年，园区单位工业增加值二氧化碳排放较2020年下降40%。\n\n| 指标 | 2020年 | 2030年 |\n|---|---|---|\n| 单位工业增加值二氧化碳排放下降率 | — | 下降38% |\n",
        9,
    ),
];

#[test]
fn a_table_cell_naming_its_base_year_is_the_columns_target() {
    for (name, text, line) in CONFLICTS {
        let f = findings_in(name, text, "target/conflict");
        assert_eq!(f.len(), 1, "{name}: {f:#?}");
        assert_eq!(
            f[0].location.as_ref().and_then(|l| l.line),
            Some(*line),
            "{name}: {:#?}",
            f[0]
        );
    }
}

#[test]
fn the_one_past_year_column_is_the_base_of_the_tables_changes() {
    // Enterprise style: no base year declared, the table's 2022 column the base.
    let text = "# 某集团产业园碳达峰实施方案\n\n## 五、指标\n\n| 指标 | 2022年 | 2025年 | 2030年 |\n|---|---|---|---|\n| 单位产值二氧化碳排放（吨/万元） | 0.86 | 下降12% | 下降30% |\n";
    let f = findings_in("enterprise.md", text, "target/no-base-year");
    assert!(f.is_empty(), "{f:#?}");
    // Two past-year columns (a short history) name no single base: still reported.
    let text = "# 某园区碳达峰实施方案\n\n## 五、指标\n\n| 指标 | 2019年 | 2020年 | 2025年 |\n|---|---|---|---|\n| 单位工业增加值二氧化碳排放（吨/万元） | 0.90 | 0.86 | 下降12% |\n";
    let f = findings_in("history.md", text, "target/no-base-year");
    assert_eq!(f.len(), 1, "{f:#?}");
}
