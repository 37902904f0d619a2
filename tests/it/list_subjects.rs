//! A list item after another indicator's value names its own subject
//! (`单位工业增加值能耗下降16%、二氧化碳排放下降20%`): the 20% is not an energy intensity.
//! When the qualifier before the first indicator carries over (单位工业增加值 ＋
//! 二氧化碳排放), the item is that indicator; when it names an indicator the pack cannot
//! complete (`lexicon.indicator_noun`), the value is left unread rather than misread. Items
//! that name no subject (`、2030年下降20%`) or only a part (`、规上企业下降18%`) keep the
//! indicator before them.

use crate::common::facts_of;
use peaklint::document::Format;

/// (metric id, value) of every target `facts` reads from a plan.
fn read(text: &str, format: Format) -> Vec<(String, f64)> {
    facts_of(text, format)
        .targets
        .iter()
        .map(|t| (t.metric_id.clone().unwrap_or_default(), t.value))
        .collect()
}

fn pairs(expected: &[(&str, f64)]) -> Vec<(String, f64)> {
    expected.iter().map(|(m, v)| (m.to_string(), *v)).collect()
}

const ENERGY_VA: &str = "energy_intensity_value_added";
const CO2_VA: &str = "co2_intensity_value_added";
const ENERGY_GDP: &str = "energy_intensity_gdp";
const CO2_GDP: &str = "co2_intensity_gdp";

/// (format, plan text, the targets read).
type Case = (Format, &'static str, &'static [(&'static str, f64)]);

const CASES: &[Case] = &[
    // City style: the upper level's pair quoted, Markdown.
    (
        Format::Markdown,
        "# 某园区碳达峰实施方案\n\n## 四、主要目标\n\n滨海市下达产业园的“十四五”目标为单位工业增加值能耗下降16%、二氧化碳排放下降20%。\n",
        &[(ENERGY_VA, 16.0), (CO2_VA, 20.0)],
    ),
    // Province style, plain text: per unit of GDP, a base year and 碳排放.
    (
        Format::Text,
        "某省级开发区碳达峰实施方案\n\n二、主要目标\n\n到2025年，单位地区生产总值能耗较2020年下降14.5%、碳排放较2020年下降19.5%。\n",
        &[(ENERGY_GDP, 14.5), (CO2_GDP, 19.5)],
    ),
    // Ministry style: 单位GDP written with Latin letters, and a third item of its own.
    (
        Format::Markdown,
        "# 某国家级经开区碳达峰实施方案\n\n## 二、主要目标\n\n到2025年，单位GDP能耗下降13.5%、二氧化碳排放下降18%、非化石能源消费比重达到20%。\n",
        &[(ENERGY_GDP, 13.5), (CO2_GDP, 18.0), ("nonfossil_share", 20.0)],
    ),
    // Enterprise style: a share, then emissions the share cannot qualify: left unread.
    (
        Format::Markdown,
        "# 某集团产业园碳达峰实施方案\n\n## 三、目标\n\n到2025年，园区煤炭消费比重下降到50%、二氧化碳排放下降20%。\n",
        &[("coal_share", 50.0)],
    ),
    // Consultancy style: a product's energy intensity; its emissions are no indicator the
    // pack knows per product.
    (
        Format::Markdown,
        "# 某园区碳达峰实施方案\n\n## 4 目标\n\n到2025年，重点产品单位产品能耗下降5%、碳排放下降8%。\n",
        &[("product_energy_intensity", 5.0)],
    ),
    // Controls: the item names a year only, or a part of the park: same indicator.
    (
        Format::Text,
        "某县工业园区碳达峰实施方案\n\n一、主要目标\n\n单位工业增加值能耗2025年较2020年下降16%、2030年下降25%。\n",
        &[(ENERGY_VA, 16.0), (ENERGY_VA, 25.0)],
    ),
    (
        Format::Markdown,
        "# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n到2025年，单位工业增加值能耗较2020年下降16%、规上企业下降18%。\n",
        &[(ENERGY_VA, 16.0), (ENERGY_VA, 18.0)],
    ),
    // Controls: a list of indicators before `分别` is no list of items.
    (
        Format::Markdown,
        "# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n到2025年，单位工业增加值能耗、二氧化碳排放分别下降15%和18%。\n",
        &[(ENERGY_VA, 15.0), (CO2_VA, 18.0)],
    ),
    (
        Format::Markdown,
        "# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n到2025年，单位工业增加值能耗较2020年下降16%，单位工业增加值二氧化碳排放下降20%。\n",
        &[(ENERGY_VA, 16.0), (CO2_VA, 20.0)],
    ),
];

#[test]
fn a_list_item_names_its_own_indicator() {
    for (format, text, expected) in CASES {
        assert_eq!(read(text, *format), pairs(expected), "{text}");
    }
}
