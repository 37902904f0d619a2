//! Readings generalised in session 42 from outside rounds 96–97, each in more than one
//! drafting style, with the negative beside it:
//! - a table of contents (`三、碳排放现状分析……………5`, `3.2 情景分析 ........ 14`, Word's
//!   `一、总论<tab>1`) lists headings; its lines are not chapters (no empty sections, no
//!   numbering restarting at the body's `一、`);
//! - a grid table drawn in text with a rule under every row, whose label wraps onto a
//!   second line of the same row (`│ 可再生能源电力 │ % │ 4.3 │` / `│ 消费比重 │ │ │`), is
//!   read as one row: the indicator keeps its name and its base value;
//! - an indicator-table row named by the noun of a change (`单位工业增加值二氧化碳排放降幅`,
//!   unit `%`) holds reductions, where the larger figure is the more ambitious one;
//! - emissions embedded in a product that a buyer or a border regime asks for in CO2e
//!   (`申报产品隐含排放（以二氧化碳当量计）`) are a product's caliber, not the park's
//!   accounting;
//! - in a plan of a park inside a zone (`沧渠经济开发区汽车零部件产业园`), the zone's area
//!   (`沧渠经济开发区规划面积42.0平方公里`) is not the park's.

use crate::common::{docx_findings, facts_of, findings_in, line_of, line_with};
use peaklint::document::Format;

/// A county plan in GB/T 9704 plain text with its contents page written out as `contents`.
fn county_with_contents(contents: &str) -> String {
    format!(
        "青川县新材料产业园碳达峰实施方案\n\n目  录\n\n{contents}\n\n一、总体要求\n\n园区坚持节约优先、\
双轮驱动，以2020年为基准年。\n\n二、发展基础\n\n2020年园区二氧化碳排放总量12.6万吨。\n\n三、碳排放现状\n\n\
园区排放以外购电力为主。\n"
    )
}

fn rules_hit(name: &str, text: &str, rules: &[&str]) -> Vec<(String, Option<u32>, String)> {
    rules
        .iter()
        .flat_map(|r| findings_in(name, text, r))
        .map(|d| (d.rule.to_string(), line_of(&d), d.message.clone()))
        .collect()
}

/// What a contents page read as chapters gave: empty chapters, numbering restarting at the
/// body's `一、`, and sections missing under a contents line.
const STRUCTURE: [&str; 3] = [
    "structure/empty-section",
    "structure/numbering",
    "structure/missing-section",
];

/// The findings that come from contents lines read as headings.
fn from_contents(hits: Vec<(String, Option<u32>, String)>) -> Vec<(String, Option<u32>, String)> {
    hits.into_iter()
        .filter(|(rule, _, message)| {
            rule != "structure/missing-section" || message.contains(['…', '.', '·', '\t'])
        })
        .collect()
}

#[test]
fn contents_lines_are_not_chapters() {
    // county plain text: full-width dot leaders
    let dots = county_with_contents(
        "一、总体要求………………………………1\n二、发展基础………………………………3\n三、碳排放现状……………………………5",
    );
    // consultancy text: ASCII leaders with spaces and full-width page numbers
    let ascii = county_with_contents(
        "一、总体要求 .................... １\n二、发展基础 .................... ３\n三、碳排放现状 .................. ５",
    );
    // provincial text: middle dots
    let middle = county_with_contents(
        "一、总体要求··········1\n二、发展基础··········3\n三、碳排放现状········5",
    );
    for plan in [&dots, &ascii, &middle] {
        let hits = from_contents(rules_hit("plan.txt", plan, &STRUCTURE));
        assert!(hits.is_empty(), "{hits:?}\n{plan}");
    }
    // Without its page number the line is a heading, and an empty one.
    let bare = county_with_contents("一、总体要求……\n\n二、发展基础……\n\n三、碳排放现状……");
    let hits = rules_hit("plan.txt", &bare, &["structure/numbering"]);
    let body_chapter = bare
        .lines()
        .position(|l| l == "一、总体要求")
        .and_then(|i| u32::try_from(i + 1).ok());
    assert_eq!(hits.first().map(|h| h.1), Some(body_chapter), "{hits:?}");
}

#[test]
fn a_word_contents_line_with_a_tab_is_not_a_heading() {
    let p = |t: &str| format!("<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>");
    let toc = |t: &str, page: u32| {
        format!("<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>{t}</w:t></w:r><w:r><w:tab/><w:t>{page}</w:t></w:r></w:p>")
    };
    let body = [
        p("澄江高新区生物医药园碳达峰实施方案"),
        p("目录"),
        toc("一、总体要求", 1),
        toc("二、发展基础", 3),
        toc("三、碳排放现状", 6),
        p("一、总体要求"),
        p("以2020年为基准年，坚持节约优先。"),
        p("二、发展基础"),
        p("2020年园区二氧化碳排放总量12.6万吨。"),
        p("三、碳排放现状"),
        p("园区排放以外购电力为主。"),
    ]
    .concat();
    let hits: Vec<_> = docx_findings(&body)
        .into_iter()
        .filter(|d| STRUCTURE.contains(&d.rule))
        .map(|d| (d.rule.to_string(), None, d.message))
        .collect();
    let hits = from_contents(hits);
    assert!(hits.is_empty(), "{hits:?}");
}

/// A consultancy plan whose indicator table is drawn with box characters, a rule under
/// every row, `label` wrapping onto a second line.
fn boxed(first: &str, second: &str, unit: &str, base: &str) -> String {
    format!(
        "岭南化妆品产业园碳达峰实施方案\n\n一、碳排放现状\n\n本报告以2020年为基准年，2020年园区二氧化碳排放总量29.9万吨。\n\n\
二、碳达峰目标\n\n到2025年，单位工业增加值二氧化碳排放较2020年下降23%以上，可再生能源电力消费比重达到20%。\n\n\
表4-2 园区碳达峰主要指标\n\
┌────────────────────┬───────────────┬────────┬────────┬────────┐\n\
│ 指标               │ 单位          │ 2020年 │ 2025年 │ 2030年 │\n\
├────────────────────┼───────────────┼────────┼────────┼────────┤\n\
│ 单位工业增加值     │ 吨/万元       │  0.702 │   0.54 │   0.38 │\n\
│ 二氧化碳排放       │               │        │        │        │\n\
├────────────────────┼───────────────┼────────┼────────┼────────┤\n\
│ {first} │ {unit} │ {base} │     20 │     40 │\n\
│ {second} │               │        │        │        │\n\
├────────────────────┼───────────────┼────────┼────────┼────────┤\n\
│ 二氧化碳排放总量   │ 万吨          │   29.9 │   38.2 │   38.4 │\n\
└────────────────────┴───────────────┴────────┴────────┴────────┘\n"
    )
}

#[test]
fn a_wrapped_label_in_a_grid_table_is_one_row() {
    let plan = boxed(
        "可再生能源电力    ",
        "消费比重          ",
        "%            ",
        "   4.3",
    );
    let hits = rules_hit("plan.txt", &plan, &["target/no-baseline"]);
    assert!(hits.is_empty(), "{hits:?}");
    let facts = facts_of(&plan, Format::Text);
    let share: Vec<_> = facts
        .targets
        .iter()
        .filter(|t| t.metric.as_deref() == Some("可再生能源电力消费比重"))
        .map(|t| (t.target_year, t.value))
        .collect();
    assert!(share.contains(&(Some(2030), 40.0)), "{share:?}");
    // The wrapped intensity row is one indicator, not a label without figures.
    let intensity = facts
        .targets
        .iter()
        .filter(|t| t.metric.as_deref() == Some("单位工业增加值二氧化碳排放") && t.value == 0.38)
        .count();
    assert_eq!(intensity, 1);
    // Left blank in the base column, the share has no base value: still reported.
    let blank = boxed(
        "可再生能源电力    ",
        "消费比重          ",
        "%            ",
        "     —",
    );
    let hits = rules_hit("plan.txt", &blank, &["target/no-baseline"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(hits[0].2.contains("可再生能源电力消费比重"), "{hits:?}");
}

/// The cell texts of the tables of a plain-text plan, row by row.
fn table_rows(text: &str) -> Vec<Vec<String>> {
    let doc = peaklint::document::read::read_str(
        "t",
        text.to_string(),
        Format::Text,
        &peaklint::document::read::Limits::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    doc.blocks
        .iter()
        .filter_map(|b| match &b.kind {
            peaklint::document::BlockKind::Table(t) => Some(t),
            _ => None,
        })
        .flat_map(|t| t.rows.iter())
        .map(|r| r.cells.iter().map(|c| c.text()).collect())
        .collect()
}

#[test]
fn a_table_ruled_only_under_its_header_keeps_its_lines_apart() {
    // `其中：` over its parts is a row of its own in a table ruled only under the header.
    let plan = "梧桐包装产业园碳达峰实施方案\n\n一、碳排放现状\n\n表1 2020年排放清单\n\
┌────────────┬────────┐\n│ 排放源     │ 排放量 │\n├────────────┼────────┤\n│ 能源活动   │   20.1 │\n\
│ 其中：     │        │\n│ 燃煤       │   10.2 │\n│ 外购电力   │    9.9 │\n└────────────┴────────┘\n";
    let labels: Vec<String> = table_rows(plan)
        .into_iter()
        .filter_map(|r| r.into_iter().next())
        .collect();
    assert_eq!(labels, ["排放源", "能源活动", "其中：", "燃煤", "外购电力"]);
    // With a rule under every row, the wrapped label is joined to its row.
    let grid = boxed(
        "可再生能源电力    ",
        "消费比重          ",
        "%            ",
        "   4.3",
    );
    let rows = table_rows(&grid);
    let labels: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.first().map(String::as_str))
        .collect();
    assert_eq!(
        labels,
        [
            "指标",
            "单位工业增加值二氧化碳排放",
            "可再生能源电力消费比重",
            "二氧化碳排放总量"
        ]
    );
}

/// An indicator table with a row of reductions named `label`.
fn reductions(label: &str, y2025: &str, y2030: &str) -> String {
    format!(
        "# 孝江经开区碳达峰实施方案\n\n## 四、碳达峰目标\n\n以2020年为基准年。\n\n表3 主要指标\n\n\
| 指标 | 单位 | 基准年 | 2025年 | 2030年 | 属性 |\n|---|---|---|---|---|---|\n\
| 单位工业增加值二氧化碳排放 | 吨/万元 | 0.656 | 0.51 | 0.36 | 约束性 |\n\
| {label} | % | — | {y2025} | {y2030} | 约束性 |\n"
    )
}

#[test]
fn a_row_of_reductions_grows_with_ambition() {
    for label in [
        "单位工业增加值二氧化碳排放降幅",
        "单位工业增加值二氧化碳排放累计降幅",
        "碳排放强度减幅",
    ] {
        let plan = reductions(label, "22", "45");
        let hits = rules_hit("plan.md", &plan, &["target/implausible"]);
        assert!(hits.is_empty(), "{label}: {hits:?}");
        let facts = facts_of(&plan, Format::Markdown);
        let cut = facts
            .targets
            .iter()
            .find(|t| t.value == 45.0)
            .map(|t| (t.kind.clone(), t.direction.clone()));
        assert_eq!(
            cut,
            Some(("relative_change".into(), "decrease".into())),
            "{label}"
        );
    }
    // Reversed, the reductions are out of order.
    let reversed = reductions("单位工业增加值二氧化碳排放降幅", "45", "22");
    let hits = rules_hit("plan.md", &reversed, &["target/implausible"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
}

#[test]
fn emissions_embedded_in_a_product_are_its_own_caliber() {
    let plan = |sentence: &str| {
        format!(
            "# 神北兰炭产业园碳达峰实施方案\n\n## 2 发展基础\n\n{sentence}\n\n## 3 碳排放现状\n\n\
本方案仅核算二氧化碳，2020年园区二氧化碳排放总量112.4万吨。\n"
        )
    };
    for sentence in [
        // enterprise-led: a border regime's declaration
        "三是欧盟碳边境调节机制要求下游硅铁、金属镁出口企业申报产品隐含排放（以二氧化碳当量计）。",
        // consultancy: a buyer's request
        "部分整车客户要求供应商提供零部件隐含碳排放数据（tCO2e），并纳入采购评价。",
        // ministry: export rules
        "出口欧盟的铝制品须按规则申报嵌入排放，单位为吨二氧化碳当量/吨产品。",
    ] {
        let hits = rules_hit("plan.md", &plan(sentence), &["boundary/non-co2"]);
        assert!(hits.is_empty(), "{sentence}: {hits:?}");
    }
    // The park's own total in CO2e is still reported.
    let own = plan("2020年园区温室气体排放总量118.0万吨二氧化碳当量。");
    let hits = rules_hit("plan.md", &own, &["boundary/non-co2"]);
    assert_eq!(
        hits.first().map(|h| h.1),
        Some(line_with(&own, "118.0")),
        "{hits:?}"
    );
}

#[test]
fn the_zone_a_park_lies_in_has_its_own_area() {
    let consultancy = "# 沧渠经济开发区汽车零部件产业园碳达峰实施方案\n\n## 1 总论\n\n\
沧渠经济开发区规划面积42.0平方公里，汽车零部件产业园是开发区内相对独立的专业园区。\n\n\
研究范围为汽车零部件产业园规划范围，面积15.8平方公里。\n\n## 2 核算边界\n\n\
地理边界为产业园规划范围15.8平方公里。\n";
    let city = "临江高新技术产业开发区生物医药产业园碳达峰实施方案\n\n一、园区概况\n\n\
生物医药产业园位于临江高新区东部。高新区总面积86平方公里，产业园规划面积6.2平方公里。\n\n\
二、核算边界\n\n核算范围为产业园规划范围，面积6.2平方公里。\n";
    for (name, plan, area) in [("plan.md", consultancy, 15.8), ("plan.txt", city, 6.2)] {
        let hits = rules_hit(name, plan, &["boundary/area"]);
        assert!(hits.is_empty(), "{hits:?}");
        let format = if name.ends_with(".md") {
            Format::Markdown
        } else {
            Format::Text
        };
        assert_eq!(facts_of(plan, format).park.area_km2, Some(area));
    }
    // The park's own area stated twice differently is still reported.
    let twice = city.replace("规划范围，面积6.2", "规划范围，面积6.8");
    let hits = rules_hit("plan.txt", &twice, &["boundary/area"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].1, line_with(&twice, "6.8"), "{hits:?}");
}
