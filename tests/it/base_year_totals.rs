//! The park's whole CO2 total of the declared base year stated twice in one unit with
//! different figures is a `target/conflict` (the targets are measured against one of
//! them). A sub-park's, a sector's, a source's or one scope's total, a scenario row, a
//! cap, a later year's total or an earlier year's are not compared with it.

use crate::common::findings_in;

const CONFLICT: &str = "target/conflict";

/// (file name, plan text, the line reported, the figure it names).
const FIRES: &[(&str, &str, u32, &str)] = &[
    // Ministry style: summary and inventory chapter disagree.
    (
        "ministry.md",
        "# 某化工园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2020年为基准年。\n\n2020年园区二氧化碳排放总量为186.4万吨。\n\n## 二、清单\n\n经核算，2020年园区二氧化碳排放总量为168.4万吨，较2015年增长12.6%。\n",
        11,
        "168.4",
    ),
    // Province style, plain text: the indicator table's base-year column.
    (
        "province.txt",
        "某省级开发区碳达峰实施方案\n\n一、现状\n\n以2021年为基准年，2021年开发区碳排放总量为96.3万吨。\n\n二、主要指标\n\n指标                    2021年      2025年      2030年\n二氧化碳排放总量（万吨）  93.6        104.2       108.0\n单位增加值能耗（吨标准煤/万元）  0.61  0.53  0.44\n",
        10,
        "93.6",
    ),
    // Consultancy style: tCO2 units and a bullet summary.
    (
        "consultancy.md",
        "# 某经开区碳达峰研究报告\n\n## 摘要\n\n- 基准年为2022年；2022年经开区CO2排放总量为268.4万tCO2。\n\n## 3 碳排放现状\n\n### 3.2 排放清单\n\n2022年经开区CO2排放总量286.4万tCO2，单位工业增加值CO2排放1.44 tCO2/万元。\n",
        11,
        "286.4",
    ),
    // Enterprise style: tonnes in the text and in the indicator table.
    (
        "enterprise.md",
        "# 某集团产业园碳达峰实施方案\n\n## 四、盘查结果\n\n以2022年为盘查基准年。2022年产业园二氧化碳排放总量421600吨。\n\n## 五、指标\n\n| 指标 | 2022年基准值 | 2030年 |\n|---|---|---|\n| 二氧化碳排放总量（吨） | 412600 | 479500 |\n",
        11,
        "412600",
    ),
    // City style: the inventory table's total row under a dated caption column.
    (
        "city.md",
        "# 某市高新区碳达峰实施方案\n\n## 二、碳排放分析\n\n基准年为2020年。2020年高新区二氧化碳排放总量为75.2万吨。\n\n| 排放源 | 2020年排放量（万吨） |\n|---|---|\n| 化石燃料燃烧 | 41.0 |\n| 外购电力 | 30.1 |\n| 合计 | 71.1 |\n",
        11,
        "71.1",
    ),
];

#[test]
fn the_base_years_total_stated_twice_differently_is_a_conflict() {
    for (name, text, line, figure) in FIRES {
        let f = findings_in(name, text, CONFLICT);
        assert_eq!(f.len(), 1, "{name}: {f:#?}");
        let d = &f[0];
        assert_eq!(
            d.location.as_ref().and_then(|l| l.line),
            Some(*line),
            "{name}: {d:#?}"
        );
        assert!(
            d.message.contains("基准年数据冲突"),
            "{name}: {}",
            d.message
        );
        assert!(d.message.contains(figure), "{name}: {}", d.message);
    }
}

#[test]
fn parts_scenarios_caps_and_other_years_are_not_the_base_years_total() {
    let head = "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2020年为基准年。2020年园区二氧化碳排放总量为120.8万吨。\n\n";
    let cases = [
        // A sub-park's total.
        "2020年北区片区二氧化碳排放总量为64.3万吨。\n",
        // A sector's and the enterprises above a size.
        "2020年园区造纸行业二氧化碳排放总量为38.2万吨；规上工业企业二氧化碳排放总量为110.2万吨。\n",
        // Direct emissions only, or without purchased power.
        "2020年园区直接排放总量为70.4万吨，不含外购电力的排放总量为70.4万吨。\n",
        // A scenario table whose base-year column restates it differently rounded.
        "| 情景 | 2020年 | 2030年 |\n|---|---|---|\n| 基准情景 | 120 | 160 |\n| 达峰情景 | 120 | 140 |\n",
        // A cap and a goal for a later year.
        "到2030年，园区二氧化碳排放总量控制在140万吨以内。\n",
        // An earlier year's total and the same total in another rounding.
        "2015年园区二氧化碳排放总量为98.1万吨。2020年园区二氧化碳排放总量约120万吨。\n",
        // An approximate restatement that rounds down.
        "2020年园区二氧化碳排放总量120万吨左右。\n",
        // The same total in another unit (boundary/unit's, not a conflict).
        "2020年园区二氧化碳排放总量为1205000吨。\n",
    ];
    for tail in cases {
        let text = format!("{head}{tail}");
        let f = findings_in("plan.md", &text, CONFLICT);
        assert!(f.is_empty(), "must not fire on:\n{text}\n{f:#?}");
    }
}

/// A paragraph's earlier sentence dating the base year (`2022年为基准年。`, `基准年为2021年。`,
/// `截至2022年底，…。`) carries it into a later sentence of the paragraph naming no year:
/// its whole total is the base year's (in `facts` and for the checks); a part listed after
/// it, enterprises' `合计排放`, another paragraph and a projection are not.
#[test]
fn the_base_year_carries_to_the_paragraphs_next_sentence() {
    use peaklint::document::Format;
    for (style, paragraph, total) in [
        (
            "county",
            "2022年为基准年。园区消费天然气2.6亿立方米、原煤12.0万吨，二氧化碳排放总量125.7万吨，单位工业增加值二氧化碳排放2.96吨/万元。",
            125.7,
        ),
        (
            "province",
            "基准年为2022年。当年园区二氧化碳排放总量为210.5万吨。其中，化石燃料燃烧排放98.4万吨，外购电力排放112.1万吨。",
            210.5,
        ),
        (
            "operator",
            "2.3　基准年排放清单。2022年园区购入电力21.6亿千瓦时；消费天然气9500万立方米。二氧化碳排放总量179.6万吨。前五家企业合计排放96.0万吨。",
            179.6,
        ),
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2022年为基准年。\n\n{paragraph}\n\n\
             园区二氧化碳排放总量预计2030年前后达到峰值。\n"
        );
        let f = crate::common::facts_of(&text, Format::Markdown);
        let got: Vec<(u16, f64)> = f.inventory.iter().map(|e| (e.year, e.value)).collect();
        assert_eq!(got, vec![(2022, total)], "{style}");
    }
    // The same total stated again with another figure is a conflict of the base year's.
    let text = "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2022年为基准年。\n\n\
                2022年为基准年。园区二氧化碳排放总量125.7万吨。\n\n## 二、清单\n\n\
                2022年园区二氧化碳排放总量为152.7万吨。\n";
    let f = findings_in("carried.md", text, CONFLICT);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("152.7") && f[0].message.contains("125.7"),
        "{}",
        f[0].message
    );
    // A year later than the base is not carried (no recorded total of 2030 from a target).
    let text = "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2022年为基准年。2022年园区二氧化碳排放总量125.7万吨。\n\n\
                2030年园区生产规模翻番。届时园区二氧化碳排放总量152.7万吨。\n";
    let f = crate::common::facts_of(text, Format::Markdown);
    let got: Vec<(u16, f64)> = f.inventory.iter().map(|e| (e.year, e.value)).collect();
    assert_eq!(got, vec![(2022, 125.7)]);
}
