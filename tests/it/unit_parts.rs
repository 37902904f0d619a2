//! `boundary/unit` on one part of the boundary: a source's CO2 figure for a year written
//! in two units a power of ten apart once converted (63.3万吨 and 6330000吨) is a
//! conversion slip. Figures of one part that differ otherwise, or in one unit, or for
//! other years, scenarios and approximations, are not.

use crate::common::{findings, findings_in};

const UNIT: &str = "boundary/unit";

/// (file name, plan text, the line reported)
const FIRES: &[(&str, &str, u32)] = &[
    // City style: the year carried from the paragraph's first sentence.
    (
        "city.md",
        "# 某经开区碳达峰实施方案\n\n## 二、碳排放现状\n\n2020年经开区二氧化碳排放总量112.0万吨。其中净调入电力11.36亿千瓦时，间接排放63.3万吨。\n\n一是间接排放占比高，2020年净调入电力排放6330000吨，占一半以上。\n",
        7,
    ),
    // Enterprise style: tonnes in the inventory table, 万吨 in the text.
    (
        "enterprise.md",
        "# 某集团产业园碳达峰实施方案\n\n## 四、盘查结果\n\n| 排放源 | 2022年排放量（吨） |\n|---|---|\n| 化石燃料燃烧 | 412600 |\n| 外购电力 | 268400 |\n\n2022年产业园化石燃料燃烧排放4.13万吨，外购电力排放26.84万吨。\n",
        10,
    ),
    // Province style, plain text: the direct emissions in 万吨 and in tCO2.
    (
        "province.txt",
        "某省级开发区碳达峰实施方案\n\n一、碳排放现状\n\n2021年开发区直接排放38.6万吨，间接排放51.2万吨。\n\n二、排放特征\n\n2021年开发区直接排放3860000tCO2，以燃煤锅炉为主。\n",
        9,
    ),
];

#[test]
fn a_sources_figure_a_power_of_ten_apart_in_another_unit_is_a_slip() {
    for (name, text, line) in FIRES {
        let f = findings_in(name, text, UNIT);
        assert_eq!(f.len(), 1, "{name}: {f:#?}");
        assert_eq!(
            f[0].location.as_ref().and_then(|l| l.line),
            Some(*line),
            "{name}: {:#?}",
            f[0]
        );
        assert!(f[0].message.contains("换算后不一致"), "{}", f[0].message);
    }
}

#[test]
fn other_parts_units_years_scenarios_and_approximations_are_not_slips() {
    let head = "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n2020年园区净调入电力排放63.3万吨，净调入热力排放6.33万吨。\n\n";
    let cases = [
        // Equal once converted.
        "2020年园区净调入电力排放633000吨。\n",
        // Ten times apart in one unit: heat beside power, not a conversion.
        "2020年园区净调入热力排放6.3万吨。\n",
        // Another year.
        "2023年园区净调入电力排放6330000吨。\n",
        // A scenario's figure.
        "基准情景下，2020年园区净调入电力排放6330000吨。\n",
        // An approximation.
        "2020年园区净调入电力排放约6330000吨。\n",
        // Not a power of ten apart.
        "2020年园区净调入电力排放5120000吨，较上年有所增加。\n",
    ];
    for tail in cases {
        let text = format!("{head}{tail}");
        let f = findings_in("plan.md", &text, UNIT);
        assert!(f.is_empty(), "must not fire on:\n{text}\n{f:#?}");
    }
}

/// A figure restated right after itself in another unit must be the same amount: `150万吨
/// （150 kt）` is a slip (1,500 kt), reported at the restatement; agreeing restatements, in
/// brackets or after 即, are silent, and a sum over `其中` parts reads each figure once.
#[test]
fn a_figure_restated_in_another_unit_must_agree() {
    let plan = |s: &str| format!("# 某园区碳达峰实施方案\n\n## 四、目标\n\n{s}\n");
    for (text, written) in [
        // consultancy: kt in brackets
        (
            "2030年捕集二氧化碳150万吨（150 kt），其中利用70万吨、封存80万吨。",
            "150 kt",
        ),
        // province: 即 and 吨
        ("2022年园区二氧化碳排放186400吨，即1.864万吨。", "1.864万吨"),
        // enterprise: Mt in brackets
        ("2025年园区二氧化碳排放540.4万吨（54.04 Mt）。", "54.04 Mt"),
    ] {
        let f = findings(&plan(text), "boundary/unit");
        assert_eq!(f.len(), 1, "{text}: {f:#?}");
        assert!(f[0].message.contains(written), "{}", f[0].message);
    }
    for text in [
        "2030年捕集二氧化碳150万吨（1.50 Mt），其中利用70万吨（700 kt）、封存80万吨（800 kt）。",
        "2022年园区二氧化碳排放186400吨，即18.64万吨。",
        "2025年园区二氧化碳排放540.4万吨（5.404 Mt）。",
    ] {
        let doc = plan(text);
        assert!(findings(&doc, "boundary/unit").is_empty(), "{text}");
        assert!(findings(&doc, "consistency/table-sum").is_empty(), "{text}");
    }
}
