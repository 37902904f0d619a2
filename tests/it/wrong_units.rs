//! `target/implausible` (`wrong_unit`): a target stated in a unit of the family its
//! indicator is mistaken for (the pack's `confused_with`): an emission intensity in
//! 吨标准煤/万元, an emission total in 万吨标准煤, energy in tonnes of CO2. A bare unit
//! (`吨/万元`, `万吨`) takes the indicator's family and is never reported; neither are
//! the right units, nor two indicators in one sentence each in its own unit.

use crate::common::findings_in;

/// (line, message) of the `target/implausible` findings whose kind is `wrong_unit`.
fn wrong_units(name: &str, text: &str) -> Vec<(u32, String)> {
    findings_in(name, text, "target/implausible")
        .into_iter()
        .filter(|d| d.data.as_ref().is_some_and(|f| f.kind() == "wrong_unit"))
        .map(|d| (d.location.and_then(|l| l.line).unwrap_or(0), d.message))
        .collect()
}

/// (file name, plan, line, words the message must hold).
const FIRES: &[(&str, &str, u32, &[&str])] = &[
    // Consultancy style, Markdown: an intensity level in the energy unit.
    (
        "consultancy.md",
        "# 某港区碳达峰实施方案\n\n## 5 目标\n\n到2030年，单位工业增加值二氧化碳排放由2020年的1.24吨/万元降至0.79吨标准煤/万元。\n",
        5,
        &["单位工业增加值二氧化碳排放目标为0.79吨标准煤/万元", "能耗强度"],
    ),
    // Province style, plain text: an emission cap in 万吨标准煤.
    (
        "province.txt",
        "某省级开发区碳达峰实施方案\n\n三、主要目标\n\n到2030年，开发区二氧化碳排放总量控制在180万吨标准煤以内。\n",
        5,
        &["二氧化碳排放总量目标为180万吨标准煤", "能源消费量（标准煤）"],
    ),
    // City style: energy capped in tonnes of CO2.
    (
        "city.md",
        "# 某市经开区碳达峰实施方案\n\n## 二、主要目标\n\n到2025年，能源消费总量控制在95万吨二氧化碳以内。\n",
        5,
        &["95万吨二氧化碳", "二氧化碳排放量"],
    ),
    // Enterprise style: an energy intensity in the emission-intensity unit.
    (
        "enterprise.md",
        "# 某集团产业园碳达峰实施方案\n\n## 三、目标\n\n到2025年，园区单位工业增加值能耗降至0.45吨二氧化碳/万元。\n",
        5,
        &["单位工业增加值能耗目标为0.45吨二氧化碳/万元"],
    ),
];

/// Plans whose units are right, or bare.
const SILENT: &[(&str, &str)] = &[
    (
        "bare.md",
        "# 某园区碳达峰实施方案\n\n## 二、目标\n\n到2030年，单位工业增加值二氧化碳排放降至0.79吨/万元，二氧化碳排放总量控制在182万吨以内。\n",
    ),
    (
        "right.txt",
        "某园区碳达峰实施方案\n\n二、主要目标\n\n到2025年，单位工业增加值能耗降至0.45吨标准煤/万元，单位工业增加值二氧化碳排放降至1.05吨二氧化碳/万元，能源消费总量控制在95万吨标煤以内。\n",
    ),
    (
        "pair.md",
        "# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n到2030年，二氧化碳排放总量和能源消费总量分别控制在180万吨和95万吨标准煤以内。\n",
    ),
    (
        "table.md",
        "# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n| 指标 | 单位 | 2020年 | 2025年 |\n|---|---|---|---|\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.52 | 0.45 |\n| 单位工业增加值二氧化碳排放 | 吨二氧化碳/万元 | 1.24 | 1.05 |\n",
    ),
];

#[test]
fn a_target_in_the_unit_of_another_quantity_is_reported() {
    for (name, text, line, words) in FIRES {
        let found = wrong_units(name, text);
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        let (at, message) = &found[0];
        assert_eq!(at, line, "{name}: {message}");
        for w in *words {
            assert!(message.contains(w), "{name}: {w} not in {message}");
        }
    }
}

#[test]
fn right_and_bare_units_are_not() {
    for (name, text) in SILENT {
        assert_eq!(wrong_units(name, text), vec![], "{name}");
    }
}
