//! Readings generalised after round 28 of outside plans (session 23), each in several
//! drafting styles:
//! - the park's whole electricity use (`用电量24.6亿千瓦时`, the pack's
//!   `lexicon.electricity_use`) against the purchased power of the same year written a power
//!   of ten apart (`外购电力24600万千瓦时`) is `boundary/unit`; a part's use is not read;
//! - a figure continuing an indicator named before its clause is that indicator's only when
//!   it can be: a percentage, a figure of its unit family or of a family its figures are
//!   mistakenly stated in (`…下降18%，累计达到12万吨标准煤` is not the intensity's level).

use crate::common::{facts_of, findings};

/// A plan with `body` in its emissions chapter and `targets` in its targets chapter.
fn plan(body: &str, targets: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n{body}\n\n\
         ## 二、碳排放现状\n\n核算边界为园区规划范围，仅核算二氧化碳。\n\n\
         ## 三、碳达峰目标\n\n确保2028年前实现碳达峰。{targets}\n\n## 四、重点任务\n\n新增光伏装机50兆瓦。\n\n\
         ## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

#[test]
fn the_parks_electricity_use_against_its_purchased_power() {
    for (body, slip) in [
        // consultancy: 亿 in the overview, 万 in the inventory
        (
            "2022年园区实现工业增加值98.0亿元，用电量24.6亿千瓦时。\n\n2022年园区二氧化碳排放总量156.6万吨：外购电力24600万千瓦时对应140.3万吨。",
            "24600万千瓦时",
        ),
        // county: 全社会用电量 and 净调入电力 in 万千瓦时 then MWh
        (
            "2021年全区全社会用电量32500万千瓦时。\n\n2021年净调入电力3250000兆瓦时，对应间接排放18.5万吨。",
            "3250000兆瓦时",
        ),
        // province: 电力消费量 twice
        (
            "2022年园区电力消费量为9.4亿千瓦时。\n\n2022年，园区电力消费量9400万千瓦时，其余能源为天然气。",
            "9400万千瓦时",
        ),
    ] {
        let f = findings(&plan(body, ""), "boundary/unit");
        assert_eq!(f.len(), 1, "{body}\n{f:#?}");
        assert!(f[0].message.contains(slip), "{}", f[0].message);
    }
}

#[test]
fn a_parts_electricity_use_is_not_the_parks() {
    for body in [
        // a part after 其中
        "2022年园区用电量24.6亿千瓦时，其中数据中心用电量2.46亿千瓦时。",
        // a sub-park's
        "2022年园区用电量24.6亿千瓦时。\n\n2022年北区用电量2.46亿千瓦时。",
        // an enterprise's
        "2022年园区用电量24.6亿千瓦时。\n\n2022年龙头企业用电量24600万千瓦时。",
        // equal in two units
        "2022年园区用电量24.6亿千瓦时。\n\n2022年园区外购电力246000万千瓦时。",
        // generation is no use
        "2022年园区用电量24.6亿千瓦时。\n\n2022年园区光伏发电量2.46亿千瓦时。",
    ] {
        let f = findings(&plan(body, ""), "boundary/unit");
        assert!(f.is_empty(), "{body}\n{f:#?}");
    }
}

/// The level targets `facts` reads: (metric id, value, unit).
fn levels(text: &str) -> Vec<(String, f64, String)> {
    facts_of(text, peaklint::document::Format::Markdown)
        .targets
        .iter()
        .filter(|t| t.kind == "level")
        .map(|t| {
            (
                t.metric_id.clone().unwrap_or_default(),
                t.value,
                t.unit.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn a_figure_of_another_quantity_does_not_continue_the_indicator() {
    for (sentence, metric) in [
        // ministry: an amount in another family after a comma
        (
            "到2030年，单位工业增加值能耗下降18%，累计达到12万吨标准煤。",
            "energy_intensity_value_added",
        ),
        // county: a list item naming another subject
        (
            "到2030年，单位工业增加值能耗下降18%、工业固废产生量降至12万吨。",
            "energy_intensity_value_added",
        ),
        // consultancy: a scenario total after the share
        (
            "达峰情景下2030年可再生能源电力消费比重提高到58%，排放随后下降，2030年降至58.0万吨。",
            "renewable_electricity_share",
        ),
    ] {
        let found = levels(&plan("", sentence));
        assert!(
            !found
                .iter()
                .any(|(m, _, u)| m == metric && u.contains("万吨")),
            "{sentence}\n{found:#?}"
        );
    }
    // A figure in a family the indicator is mistaken for is still read (and reported).
    let text = plan(
        "",
        "以2020年为基准年。到2025年，单位工业增加值二氧化碳排放下降20%，降至0.79吨标准煤/万元。",
    );
    assert!(
        levels(&text)
            .iter()
            .any(|(m, v, _)| m == "co2_intensity_value_added" && (*v - 0.79).abs() < 1e-9),
        "{:#?}",
        levels(&text)
    );
    let f = findings(&text, "target/implausible");
    assert_eq!(f.len(), 1, "{f:#?}");
}
