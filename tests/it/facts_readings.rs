//! Readings `facts` makes of phrasings outside the team's own plans: scenario figures under
//! a short title that names the scenario, and the starting value of a change (`由2020年的
//! 6.5%提高到12%`). Each in several drafting styles and formats, with the readings that
//! must not change beside them.

use crate::common::facts_of;
use peaklint::document::Format;

/// (year, 万吨) of a series.
type Series = Vec<(u16, f64)>;

fn series(points: &[peaklint::plan_facts::SeriesPoint]) -> Series {
    points.iter().map(|p| (p.year, p.value)).collect()
}

/// The BAU and low-carbon series of a plan.
fn scenarios(text: &str, format: Format) -> (Series, Series) {
    let f = facts_of(text, format);
    (series(&f.bau), series(&f.low_carbon))
}

/// A numbered run-in title (`1.基准情景。…`, GB/T 9704's fourth level) or a short heading
/// naming a scenario governs the figures of its paragraphs, whether the reader keeps the
/// title in the paragraph or splits it off as a heading.
#[test]
fn figures_under_a_scenario_title_belong_to_the_scenario() {
    // Ministry style, plain text: the reader splits `1.基准情景。` off as a heading.
    let txt = "某经济技术开发区碳达峰实施方案\n\n一、发展基础\n\n2020年开发区二氧化碳排放总量为120.0万吨。\n\n\
               二、排放预测\n\n1.基准情景。延续现有政策和发展模式，不采取新增减排措施，2025年排放136.0万吨，2030年排放158.0万吨。\n\n\
               2.政策情景。落实各项降碳行动，2030年排放125.0万吨。\n";
    let (bau, low) = scenarios(txt, Format::Text);
    assert_eq!(bau, vec![(2025, 136.0), (2030, 158.0)], "{txt}");
    assert_eq!(low, vec![(2030, 125.0)], "{txt}");

    // Province style, Markdown: the title is a heading of its own.
    let md = "# 某省级高新区碳达峰实施方案\n\n## 三、情景分析\n\n### （一）基准情景\n\n\
              按现有产业规划和用能方式延续，预计2025年园区二氧化碳排放达到142万吨，2030年达到163万吨。\n\n\
              ### （二）强化降碳情景\n\n预计2030年园区二氧化碳排放降至131万吨。\n";
    let (bau, low) = scenarios(md, Format::Markdown);
    assert_eq!(bau, vec![(2025, 142.0), (2030, 163.0)], "{md}");
    assert_eq!(low, vec![(2030, 131.0)], "{md}");

    // Consultancy style, Markdown: the run-in title stays in its paragraph.
    let run_in = "# 某园区碳达峰实施方案\n\n## 排放情景\n\n\
                  （1）常规发展情景：产业按既定规划扩张，2030年碳排放量约为88.5万吨。\n";
    let (bau, _) = scenarios(run_in, Format::Markdown);
    assert_eq!(bau, vec![(2030, 88.5)], "{run_in}");
}

/// What a scenario title does not govern: a sentence naming another scenario, a chapter-
/// length title, and a title naming both scenarios.
#[test]
fn a_scenario_title_does_not_override_the_sentence() {
    // City style: the sentence's own scenario word wins over the title.
    let md = "# 某县工业园区碳达峰实施方案\n\n## 二、排放预测\n\n### 1. 基准情景\n\n\
              2030年园区二氧化碳排放将达到150万吨；而在政策情景下，2030年排放降至120万吨。\n";
    let (bau, low) = scenarios(md, Format::Markdown);
    assert_eq!(bau, vec![(2030, 150.0)], "{md}");
    assert_eq!(low, vec![(2030, 120.0)], "{md}");

    // Enterprise style: a long chapter title that mentions the BAU is no label for history.
    let md = "# 某化工园区碳达峰实施方案\n\n## 二、园区碳排放现状与基准情景下的排放趋势分析\n\n\
              2022年园区二氧化碳排放为96万吨。\n";
    let (bau, _) = scenarios(md, Format::Markdown);
    assert!(bau.is_empty(), "{bau:?}");

    // A title naming both scenarios labels neither.
    let md = "# 某园区碳达峰实施方案\n\n### （三）基准情景与政策情景对比\n\n2030年二氧化碳排放为140万吨。\n";
    let (bau, low) = scenarios(md, Format::Markdown);
    assert!(bau.is_empty() && low.is_empty(), "{bau:?} {low:?}");
}

/// (target year, value, base year, role) of the plan's targets of a metric.
fn targets_of(
    text: &str,
    format: Format,
    metric: &str,
) -> Vec<(Option<u16>, f64, Option<u16>, String)> {
    facts_of(text, format)
        .targets
        .iter()
        .filter(|t| t.metric_id.as_deref() == Some(metric))
        .map(|t| (t.target_year, t.value, t.base_year, t.role.clone()))
        .collect()
}

/// `由2020年的6.5%提高到12%` under `到2025年`: 2020 is where the change starts (its base),
/// 2025 the target year, and the target is the plan's. A change between two past years
/// stays history.
#[test]
fn the_starting_year_of_a_change_is_its_base() {
    let plan = |s: &str| format!("# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n{s}\n");
    // Ministry style.
    let got = targets_of(
        &plan("到2025年，非化石能源消费比重由2020年的6.5%提高到12%。"),
        Format::Markdown,
        "nonfossil_share",
    );
    assert_eq!(
        got.iter()
            .map(|t| (t.0, t.1, t.3.as_str()))
            .collect::<Vec<_>>(),
        vec![(Some(2025), 12.0, "plan")]
    );
    // City style, plain text, 从…的.
    let got = targets_of(
        "某县开发区碳达峰实施方案\n\n二、主要目标\n\n到2030年，开发区非化石能源消费比重从2020年的8%提高到20%以上。\n",
        Format::Text,
        "nonfossil_share",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got.first().map(|t| (t.0, t.1, t.3.as_str())),
        Some((Some(2030), 20.0, "plan"))
    );
    // Province style: a change between past years is history.
    let got = targets_of(
        &plan("“十三五”期间，园区非化石能源消费比重由2015年的3.1%提高到2020年的6.5%。"),
        Format::Markdown,
        "nonfossil_share",
    );
    assert!(got.iter().all(|t| t.3 == "history"), "{got:?}");
    // Enterprise style: a plain past year is history too.
    let got = targets_of(
        &plan("2022年，园区非化石能源消费比重由2020年的6.5%提高到7.8%。"),
        Format::Markdown,
        "nonfossil_share",
    );
    assert!(got.iter().all(|t| t.3 == "history"), "{got:?}");
}

/// (target year, value, unit) of the plan's CO2-total targets.
fn totals(text: &str, format: Format) -> Vec<(Option<u16>, f64, Option<String>)> {
    facts_of(text, format)
        .targets
        .iter()
        .filter(|t| t.metric_id.as_deref() == Some("co2_total") && t.role == "plan")
        .map(|t| (t.target_year, t.value, t.unit.clone()))
        .collect()
}

/// Indicator tables as consultancies and enterprises lay them out: year columns headed
/// `2025目标` / `2020基准` (no 年), and the unit in the caption (`（单位：万吨CO₂）`) or on a
/// line of its own above the table.
#[test]
fn indicator_tables_with_labelled_years_and_caption_units() {
    let md = "# 某园区碳达峰实施方案\n\n## 四、主要目标\n\n\
              | 指标 | 2020基准 | 2025目标 | 2030目标 |\n|---|---|---|---|\n\
              | 二氧化碳排放总量（万吨） | 64.3 | 70.0 | 68.0 |\n";
    let got = totals(md, Format::Markdown);
    assert_eq!(
        got.iter().map(|t| (t.0, t.1)).collect::<Vec<_>>(),
        vec![(Some(2025), 70.0), (Some(2030), 68.0)],
        "{got:?}"
    );
    // A number column is no year: `20250`, `2025-1`.
    let md = "# 某园区碳达峰实施方案\n\n## 四、主要目标\n\n\
              | 指标 | 2025-1 | 20250 |\n|---|---|---|\n| 二氧化碳排放总量（万吨） | 70.0 | 68.0 |\n";
    assert!(totals(md, Format::Markdown).is_empty());

    let caption =
        "# 某县开发区碳达峰实施方案\n\n## 四、主要目标\n\n表2 主要目标（单位：万吨CO₂）\n\n\
                   | 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 二氧化碳排放总量 | 70.0 | 68.0 |\n";
    let got = totals(caption, Format::Markdown);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter().all(|t| t.2.as_deref() == Some("万吨CO2")),
        "{got:?}"
    );
    let line = "某市高新区碳达峰实施方案\n\n四、主要目标\n\n表2 主要目标\n\n单位：万吨\n\n\
                指标            2025年    2030年\n\
                二氧化碳排放总量    70.0    68.0\n\
                能源消费总量（万吨标准煤）    30.1    31.0\n";
    let got = totals(line, Format::Text);
    assert_eq!(
        got.iter()
            .map(|t| (t.0, t.1, t.2.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (Some(2025), 70.0, Some("万吨")),
            (Some(2030), 68.0, Some("万吨"))
        ],
        "{got:?}"
    );
}

/// `碳强度` names the intensity; `≤` and `≥` before a value bound it as 不超过 and 不低于 do.
#[test]
fn short_names_and_inequality_signs() {
    let plan = |s: &str| format!("# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n{s}\n");
    let f = facts_of(
        &plan("到2025年，开发区碳强度较2020年下降20%，单位工业增加值能耗≤0.45吨标准煤/万元，非化石能源消费比重≥15%。"),
        Format::Markdown,
    );
    let got: Vec<(Option<&str>, &str, f64)> = f
        .targets
        .iter()
        .map(|t| (t.metric_id.as_deref(), t.kind.as_str(), t.value))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some("co2_intensity_value_added"), "relative_change", 20.0),
            (Some("energy_intensity_value_added"), "cap", 0.45),
            (Some("nonfossil_share"), "level", 15.0),
        ]
    );
}

/// Full-width digits (typed in full-width mode, common in WPS drafts) read as ASCII ones:
/// base year, peak year and value, with locations in the source's characters.
#[test]
fn full_width_digits_read_as_digits() {
    let md = "# 某县经济开发区碳达峰实施方案\n\n## 二、主要目标\n\n\
              到２０２５年，单位工业增加值二氧化碳排放比２０２０年下降１８％。园区力争２０２８年前后实现碳达峰，峰值控制在９５．５万吨以内。\n";
    let f = facts_of(md, Format::Markdown);
    let peak = f.peak.as_ref().map(|p| (p.year, p.value));
    assert_eq!(peak, Some((Some(2028), Some(95.5))), "{:?}", f.peak);
    let change = f
        .targets
        .iter()
        .find(|t| t.kind == "relative_change")
        .map(|t| (t.target_year, t.base_year, t.value));
    assert_eq!(change, Some((Some(2025), Some(2020), 18.0)));
    // The peak year's location is the full-width ２ of ２０２８ (line 5, column 37).
    let year = f.targets.iter().find(|t| t.kind == "peak_year");
    assert_eq!(
        year.map(|t| (t.location.line, t.location.column)),
        Some((Some(5), Some(37)))
    );
    // Plain text, county style, and a table cell.
    let txt = "某县工业园区碳达峰实施方案\n\n二、主要目标\n\n园区确保２０３０年前实现碳达峰。\n";
    let f = facts_of(txt, Format::Text);
    assert_eq!(
        f.peak.as_ref().and_then(|p| p.year),
        Some(2030),
        "{:?}",
        f.peak
    );
}

/// `CO₂` (a subscript 2, as consultancies and chemists write it) reads as CO2: the peak
/// year, the cap in 万tCO₂, and two conflicting CO₂ totals.
#[test]
fn subscript_co2_reads_as_co2() {
    let md = "# 某化工园区碳达峰实施方案\n\n## 二、主要目标\n\n\
              园区力争2033年实现CO₂排放达峰，峰值控制在252万tCO₂以内。\n";
    let f = facts_of(md, Format::Markdown);
    assert_eq!(
        f.peak.as_ref().and_then(|p| p.year),
        Some(2033),
        "{:?}",
        f.peak
    );
    let late = crate::common::findings(md, "target/late-peak");
    assert_eq!(late.len(), 1, "{late:#?}");
    let conflict = "# 某园区碳达峰实施方案\n\n## 二、主要目标\n\n\
                    到2030年，园区CO₂排放总量控制在247万吨以内。\n\n## 三、指标\n\n\
                    确保到2030年园区CO₂排放总量控制在257万吨以内。\n";
    let found = crate::common::findings(conflict, "target/conflict");
    assert_eq!(found.len(), 1, "{found:#?}");
}

/// A level the indicator keeps (`保持在95%以上`) needs no base-year value; one it reaches
/// (`提高到95%`) does.
#[test]
fn a_kept_level_needs_no_baseline() {
    let plan = |s: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n以2021年为基准年。\n\n## 三、重点任务\n\n到2025年，{s}\n"
        )
    };
    for kept in [
        "一般工业固体废物综合利用率保持在95%以上。",
        "园区清洁能源消费占比稳定在60%左右。",
    ] {
        let f = crate::common::findings(&plan(kept), "target/no-baseline");
        assert!(f.is_empty(), "{kept}: {f:#?}");
    }
    let f = crate::common::findings(
        &plan("一般工业固体废物综合利用率提高到95%以上。"),
        "target/no-baseline",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

/// Reductions dated in brackets after each value (`8.4万吨（2025年）和25.1万吨（2030年）`)
/// and a list paired by `对应`; a gap written after its figures (`之间21.0万吨和72.0万吨的
/// 缺口`) is no BAU figure. Province, consultancy and city styles.
#[test]
fn reduction_years_in_brackets_and_gaps_after_figures() {
    let reductions = |text: &str| -> Vec<(f64, Option<u16>)> {
        facts_of(text, Format::Markdown)
            .measures
            .iter()
            .map(|m| (m.reduction.value, m.reduction.year))
            .collect()
    };
    let md = "# 某高新区碳达峰实施方案\n\n## 五、重点任务\n\n\
              建设屋顶光伏，相应减排二氧化碳8.4万吨（2025年）和25.1万吨（2030年）。\n";
    assert_eq!(reductions(md), vec![(8.4, Some(2025)), (25.1, Some(2030))]);
    let md = "# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n\
              推进绿电交易，2025年、2030年交易电量1.2亿和4.6亿千瓦时，对应减排二氧化碳6.7万吨和27.8万吨。\n";
    assert_eq!(reductions(md), vec![(6.7, Some(2025)), (27.8, Some(2030))]);
    let md = "# 某开发区碳达峰实施方案\n\n## 四、情景分析\n\n\
              基准情景下，2025年、2030年开发区二氧化碳排放分别为198万吨和262万吨。\n\n\
              ## 五、重点任务\n\n上述措施能够弥合基准情景与总量目标之间21.0万吨和72.0万吨的缺口。\n";
    let bau = series(&facts_of(md, Format::Markdown).bau);
    assert_eq!(bau, vec![(2025, 198.0), (2030, 262.0)]);
}

/// A table copied from a PDF with a 序号 column, cells set apart by full-width spaces: its
/// numbered rows are rows, not headings (`1　　屋顶光伏　　8.4　　25.1　　经济发展局`); a
/// numbered line with one gap stays a heading (`1　总则`).
#[test]
fn numbered_rows_of_an_aligned_text_table_are_rows() {
    let txt = "某高新区碳达峰实施方案\n\n1　总则\n\n本方案以2020年为基准年。\n\n\
               表3　重点任务减排量测算（万吨二氧化碳）\n\
               序号　任务　　　　　　　　　2025年　2030年　责任单位\n\
               1　　屋顶光伏　　　　　　　8.4　　　25.1　　经济发展局\n\
               2　　绿色电力交易　　　　　5.6　　　25.1　　经济发展局\n\
               3　　窑炉节能改造　　　　　3.0　　　7.5　　　产业发展局\n";
    let doc = peaklint::document::read::read_str(
        "t.txt",
        txt.to_string(),
        Format::Text,
        &peaklint::document::read::Limits::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let headings: Vec<&str> = doc
        .headings()
        .map(|(i, _)| doc.blocks.get(i).map_or("", |b| b.text.as_str()))
        .collect();
    assert_eq!(headings, vec!["1　总则"]);
    let rows = doc
        .blocks
        .iter()
        .find_map(|b| b.table())
        .map(|t| t.rows.len());
    assert_eq!(rows, Some(4));
}

/// A 编号 column of item codes (`M1`, `M2`: `M2` also spells m²) gives the row no unit: the
/// rows add up; a total that does not is still found.
#[test]
fn item_codes_are_no_units() {
    let table = |total: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n表5-1 重点措施年减排量（单位：万tCO₂/年）\n\n\
             | 编号 | 措施 | 年减排量（2025） |\n|---|---|---|\n| M1 | 屋顶光伏 | 5.6 |\n\
             | M2 | 绿电采购 | 8.4 |\n| M3 | 节能改造 | 2.8 |\n| | 合计 | {total} |\n"
        )
    };
    assert!(crate::common::findings(&table("16.8"), "consistency/table-sum").is_empty());
    let f = crate::common::findings(&table("18.8"), "consistency/table-sum");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f.iter().all(|d| d.message.contains("16.8")), "{f:#?}");
}

/// A paragraph opening with a label and a colon (`基准情景：…。`) governs all its sentences,
/// numbered or not; a measures table whose total row has an empty first cell (`| | 合计 |
/// 35.0 |`) adds its total once, so a shortfall is still found.
#[test]
fn colon_labels_and_total_rows_without_a_first_cell() {
    let goal = "到2030年，园区二氧化碳排放总量控制在100万吨以内，确保2030年前达峰。";
    let md = format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳达峰目标\n\n\
         基准情景：只考虑已建、在建项目和现行政策。2025年、2030年排放分别为130.0万吨和160.0万吨。\n\n\
         {goal}\n\n## 二、重点任务\n\n建设屋顶光伏，2030年减排二氧化碳20万吨。\n"
    );
    assert_eq!(
        series(&facts_of(&md, Format::Markdown).bau),
        vec![(2025, 130.0), (2030, 160.0)]
    );
    let md = format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳达峰目标\n\n基准情景下2030年园区二氧化碳排放将达到160万吨。{goal}\n\n\
         ## 二、重点任务\n\n| 序号 | 项目 | 2030年减排量（万吨） |\n|---|---|---|\n\
         | 1 | 屋顶光伏 | 20.0 |\n| 2 | 节能改造 | 15.0 |\n| | 合计 | 35.0 |\n"
    );
    let total = facts_of(&md, Format::Markdown)
        .measures_total
        .map(|r| r.value);
    assert_eq!(total, Some(35.0));
    assert_eq!(
        crate::common::findings(&md, "target/reduction-gap").len(),
        1
    );
}

/// (year, 万吨) of the measures' reductions, totals left out.
fn measures(f: &peaklint::plan_facts::FileFacts) -> Vec<(Option<u16>, f64)> {
    f.measures
        .iter()
        .filter(|m| !m.total)
        .map(|m| (m.reduction.year, m.reduction.value))
        .collect()
}

/// A table's unit written once outside its cells — in the caption's closing bracket, after
/// 单位： in the caption or a line above, or in a note below — reaches its bare figures:
/// scenario tables give the BAU, reduction tables the measures. A bracket that is no unit
/// (`（续）`, `（2020年）`) gives nothing.
#[test]
fn a_table_unit_written_outside_the_cells_reaches_them() {
    let scenario_table = |caption: &str, note: &str| {
        format!(
            "# 某开发区碳达峰实施方案\n\n## 四、情景分析\n\n{caption}\n\n\
             | 情景 | 2025年 | 2030年 |\n|---|---|---|\n| 基准情景 | 252.0 | 281.5 |\n| 达峰情景 | 236.0 | 240.2 |\n\n{note}\n"
        )
    };
    for (caption, note) in [
        // Consultancy: the unit in the caption's bracket.
        ("表4-1 两种情景二氧化碳排放预测（万吨二氧化碳）", ""),
        // Province: 单位： in the caption.
        ("表3 排放情景预测（单位：万tCO2）", ""),
        // Ministry: a 注 below the table.
        ("表5 排放情景预测", "注：表中数据单位为万吨二氧化碳。"),
    ] {
        let md = scenario_table(caption, note);
        let (bau, _) = scenarios(&md, Format::Markdown);
        assert_eq!(bau, vec![(2025, 252.0), (2030, 281.5)], "{md}");
    }
    for caption in ["表3 排放情景预测（续）", "表3 排放情景预测（2023年编制）"]
    {
        let md = scenario_table(caption, "");
        let (bau, _) = scenarios(&md, Format::Markdown);
        assert_eq!(bau, vec![], "{md}");
    }

    // Enterprise style: a per-year caption unit and years in bracketed column heads.
    let md = "# 某产业园碳达峰实施方案\n\n## 5 重点项目\n\n表5-2 重点项目年减排量（tCO2/年）\n\n\
              | 编号 | 项目 | 减排量（2025） | 减排量（2030） |\n|---|---|---|---|\n\
              | P1 | 余热发电 | 12000 | 18000 |\n| P2 | 电锅炉替代 | 5000 | 21000 |\n";
    let f = facts_of(md, Format::Markdown);
    assert_eq!(
        measures(&f),
        vec![
            (Some(2025), 1.2),
            (Some(2030), 1.8),
            (Some(2025), 0.5),
            (Some(2030), 2.1)
        ],
        "{md}"
    );
}

/// A figure written as the result of a calculation (`BAU 268.0 − 目标248 = 20.0万吨`) is a
/// difference, not the scenario's level; the operands stay what they are.
#[test]
fn a_calculated_figure_is_no_scenario_level() {
    let md = "# 某园区碳达峰实施方案\n\n## 五、措施汇总\n\n\
              缺口核对：2030年基准情景排放 305.5 − 目标 247 = 58.5万吨，措施减排61.7万吨可以覆盖。\n";
    let (bau, _) = scenarios(md, Format::Markdown);
    assert_eq!(bau, vec![], "{md}");
    let md = "# 某园区碳达峰实施方案\n\n## 五、措施汇总\n\n\
              2030年基准情景排放305.5万吨，减去目标247万吨，差距为58.5万吨。\n";
    let (bau, _) = scenarios(md, Format::Markdown);
    assert_eq!(bau, vec![(2030, 305.5)], "{md}");
}

/// (role, value) of the targets read with this metric id.
fn roles(text: &str, format: Format, metric: &str) -> Vec<(String, f64)> {
    facts_of(text, format)
        .targets
        .iter()
        .filter(|t| t.metric_id.as_deref() == Some(metric))
        .map(|t| (t.role.clone(), t.value))
        .collect()
}

/// Under a short title naming a scenario — a heading `（二）达峰情景` or a run-in
/// `2.低碳情景。` — a figure is the scenario's result, not a second plan target (a false
/// target/conflict 41.8% vs 41% and a late peak reported twice, probe round 5).
#[test]
fn figures_under_a_scenario_title_are_no_plan_targets() {
    const M: &str = "co2_intensity_value_added";
    // Province, Markdown headings.
    let md = "# 某高新区碳达峰实施方案\n\n## 二、情景预测\n\n### （二）达峰情景\n\n\
              实施本方案全部任务后，2030年园区单位工业增加值二氧化碳排放较2020年下降41.8%。\n\n\
              ## 三、主要目标\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降41%。\n";
    let got = roles(md, Format::Markdown, M);
    assert_eq!(
        got,
        vec![("scenario".to_string(), 41.8), ("plan".to_string(), 41.0)],
        "{md}"
    );
    // County, plain text with a run-in title.
    let txt = "某县经济开发区碳达峰实施方案\n\n二、排放预测\n\n\
               2.低碳情景。叠加各项降碳行动，2030年单位工业增加值二氧化碳排放较2020年下降38.5%。\n\n\
               三、主要目标\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降38%。\n";
    let got = roles(txt, Format::Text, M);
    assert_eq!(
        got,
        vec![("scenario".to_string(), 38.5), ("plan".to_string(), 38.0)],
        "{txt}"
    );
    // Consultancy: a title that names no scenario leaves the plan's targets alone.
    let md = "# 某园区碳达峰实施方案\n\n## 3 目标\n\n### 3.1 达峰目标\n\n\
              到2030年，单位工业增加值二氧化碳排放较2020年下降40%。\n";
    assert_eq!(
        roles(md, Format::Markdown, M),
        vec![("plan".to_string(), 40.0)],
        "{md}"
    );
}

/// A base year stated in a table — a key-value row `| 基准年 | 2020年 |`, a `基准年` column
/// over `2020年`, or a column of base-year values labelled by its year (`2020年基准值`:
/// session 29, round 46's an7 declared 2021 in its text and measured from `2022年基准值`)
/// — is a declared base year (relative targets without 较20XX年 then have one).
#[test]
fn a_base_year_stated_in_a_table_is_declared() {
    let base = |text: &str| facts_of(text, Format::Markdown).base_year.map(|b| b.year);
    let key_value = "# 某开发区碳达峰实施方案\n\n## 一、总体要求\n\n| 项目 | 内容 |\n|---|---|\n\
                     | 规划期限 | 2023—2030年 |\n| 基准年 | 2021年 |\n\n## 三、主要目标\n\n到2025年，单位工业增加值能耗下降14%。\n";
    assert_eq!(base(key_value), Some(2021), "{key_value}");
    let columns = "# 某产业园碳达峰实施方案\n\n## 1 编制说明\n\n| 规划期限 | 基准年 | 展望年 |\n|---|---|---|\n\
                   | 2024—2030年 | 2022 | 2035年 |\n";
    assert_eq!(base(columns), Some(2022), "{columns}");
    let values = "# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n| 指标 | 2020年基准值 | 2025年 |\n|---|---|---|\n\
                  | 单位工业增加值能耗（吨标准煤/万元） | 0.45 | 0.39 |\n";
    assert_eq!(base(values), Some(2020), "{values}");
    // A column of a year's values without 基准 declares nothing.
    let status =
        "# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n| 指标 | 2020年 | 2025年 |\n|---|---|---|\n\
                  | 单位工业增加值能耗（吨标准煤/万元） | 0.45 | 0.39 |\n";
    assert_eq!(base(status), None, "{status}");
}

/// A province, city or county named opening a clause with its own plan period or
/// economy-wide indicator (`河北省“十四五”…`, `洛坪县“十四五”…`) quotes that level's
/// target (`lexicon.upper_level`); a park named after its county (`洛坪县工业园区“十四五”…`)
/// states its own.
#[test]
fn a_place_named_with_its_plan_period_is_an_upper_level() {
    const M: &str = "energy_intensity_gdp";
    let cases = [
        // County plan, Markdown.
        "# 洛坪县工业园区碳达峰实施方案\n\n## 三、主要目标\n\n\
         洛坪县“十四五”单位地区生产总值能耗下降目标为14.5%，园区承接分解任务。\n",
        // Province quoted in a development-zone plan, plain text.
        "某开发区碳达峰实施方案\n\n三、主要目标\n\n\
         河北省“十四五”单位地区生产总值能耗较2020年下降15.5%。\n",
        // An autonomous region in a consultancy report.
        "# 某园区碳达峰实施方案\n\n## 4 目标衔接\n\n\
         宁夏回族自治区单位地区生产总值能耗较2020年下降15%，园区按此分解落实。\n",
    ];
    for (i, text) in cases.iter().enumerate() {
        let format = if i == 1 {
            Format::Text
        } else {
            Format::Markdown
        };
        let got = roles(text, format, M);
        assert!(
            !got.is_empty() && got.iter().all(|(role, _)| role == "upper_level"),
            "{text}\n{got:?}"
        );
    }
    // The park's own target, the park named after its county.
    let own = "# 洛坪县工业园区碳达峰实施方案\n\n## 三、主要目标\n\n\
               洛坪县工业园区“十四五”单位工业增加值能耗较2020年下降16%。\n";
    let got = roles(own, Format::Markdown, "energy_intensity_value_added");
    assert_eq!(got, vec![("plan".to_string(), 16.0)], "{own}");
}

/// A per-product intensity (`吨熟料二氧化碳排放0.86吨`, `吨纸碳排放0.71吨`) is no year's
/// inventory total; the total beside it is.
#[test]
fn per_product_intensities_are_not_inventory_totals() {
    for (text, format) in [
        // Ministry style, plain text.
        (
            "某园区碳达峰实施方案\n\n二、碳排放现状\n\n2020年园区二氧化碳排放总量507万吨，吨熟料二氧化碳排放0.86吨。\n",
            Format::Text,
        ),
        // Consultancy style: the intensity in its own clause after the total.
        (
            "# 某园区碳达峰实施方案\n\n## 2 排放现状\n\n2020年园区二氧化碳排放量为507万吨，单位工业增加值二氧化碳排放2.1吨/万元，吨纸碳排放0.71吨。\n",
            Format::Markdown,
        ),
        // Enterprise style: copper.
        (
            "# 某铜业园区碳达峰实施方案\n\n## 二、排放现状\n\n2020年园区二氧化碳排放507万吨。2020年吨铜二氧化碳排放降至1.69吨。\n",
            Format::Markdown,
        ),
    ] {
        let inventory: Vec<(u16, f64)> = facts_of(text, format)
            .inventory
            .iter()
            .map(|e| (e.year, e.value))
            .collect();
        assert_eq!(inventory, vec![(2020, 507.0)], "{text}");
    }
}

/// A figure per unit of business volume (`每万吨吞吐量二氧化碳排放30.0吨`), a figure set
/// apart after it (`…约246万吨，单独报告，不计入排放总量`) and a comparison's base
/// (`比2015年的37.9万吨增加`) are no year's inventory total.
#[test]
fn per_unit_excluded_and_compared_figures_are_not_inventory_totals() {
    for (text, format, want) in [
        // Port, consultancy style.
        (
            "# 某港口物流园区碳达峰实施方案\n\n## 3 碳排放核算\n\n2022年园区二氧化碳排放18.30万吨，每万吨吞吐量二氧化碳排放30.0吨。\n",
            Format::Markdown,
            vec![(2022, 18.3)],
        ),
        // Pulp and paper, enterprise style: biogenic carbon reported apart.
        (
            "# 某纸业产业园碳达峰实施方案\n\n## 二、盘查结果\n\n黑液和树皮燃烧释放的二氧化碳属生物成因碳，2020年约246万吨，单独报告，不计入排放总量。2020年产业园二氧化碳排放总量254.7万吨。\n",
            Format::Markdown,
            vec![(2020, 254.7)],
        ),
        // County, plain text: the earlier year's figure after 比.
        (
            "某县工业园区碳达峰实施方案\n\n二、碳排放现状\n\n2020年园区二氧化碳排放总量52.5万吨。2020年排放比2015年的37.9万吨增加38.5%。\n",
            Format::Text,
            vec![(2020, 52.5), (2015, 37.9)],
        ),
        // Province: an exclusion naming another object keeps the total.
        (
            "# 某开发区碳达峰实施方案\n\n## 二、碳排放现状\n\n2020年开发区二氧化碳排放总量128.6万吨，不计入生物质燃烧排放。\n",
            Format::Markdown,
            vec![(2020, 128.6)],
        ),
    ] {
        let inventory: Vec<(u16, f64)> = facts_of(text, format)
            .inventory
            .iter()
            .map(|e| (e.year, e.value))
            .collect();
        assert_eq!(inventory, want, "{text}");
    }
}

/// An area written right after 范围 (`规划范围21.4平方公里`, `范围15.3平方公里`) is no
/// Scope 1 or Scope 2: purchased power and heat named later are read as the boundary's.
#[test]
fn an_area_after_fanwei_is_no_scope() {
    for (text, format, want) in [
        // Ministry style.
        (
            "# 某化工园区碳达峰实施方案\n\n## 第三章 碳排放核算\n\n### 第一节 核算边界\n\n地理边界为园区规划范围21.4平方公里；组织边界为范围内全部工业企业。排放源包括化石燃料燃烧排放、工业生产过程排放以及净调入电力和外购热力对应的间接排放。\n",
            Format::Markdown,
            &["direct", "indirect_power", "indirect_heat"][..],
        ),
        // County plain text.
        (
            "某县工业园区碳达峰实施方案\n\n三、核算边界\n\n核算范围为园区规划范围15.3平方公里内的全部企业，包括化石燃料燃烧排放和外购电力间接排放。\n",
            Format::Text,
            &["direct", "indirect_power"][..],
        ),
        // Consultancy: scopes by number still read.
        (
            "# 某园区碳达峰实施方案\n\n## 2 核算边界\n\n核算内容：范围1（化石燃料燃烧）和范围2（外购电力）。\n",
            Format::Markdown,
            &["direct", "indirect_power"][..],
        ),
    ] {
        let got = facts_of(text, format).boundary.scopes;
        assert_eq!(got, want, "{text}");
    }
}

/// (kind, value, target year) of every target read.
fn readings(text: &str, format: Format) -> Vec<(String, f64, Option<u16>)> {
    facts_of(text, format)
        .targets
        .iter()
        .map(|t| (t.kind.clone(), t.value, t.target_year))
        .collect()
}

/// An indicator table cell giving a level with its change (`1.04（较基准年下降17%）`) is two
/// readings, the level and the change — not a change of 1.04; a cell under a year column
/// that names a year of its own (`2028年达峰，峰值不超过275万吨` under 2030年) is the
/// peak, not the column's total.
#[test]
fn table_cells_with_a_level_and_its_change_or_a_year_of_their_own() {
    // Consultancy style, Markdown table.
    let md = "# 某新材料产业园碳达峰实施方案\n\n## 3 主要目标\n\n\
              | 指标 | 2021年（基准年） | 2025年 | 2030年 |\n|---|---|---|---|\n\
              | 单位工业增加值二氧化碳排放（吨/万元） | 1.25 | 1.04（较基准年下降17%） | 0.725（较基准年下降42%） |\n\
              | 二氧化碳排放总量（万吨） | 250.0 | 272以内 | 267以内 |\n\
              | 达峰时间 | — | — | 2028年达峰，峰值不超过275万吨 |\n";
    let got = readings(md, Format::Markdown);
    for want in [
        ("level", 1.04, Some(2025)),
        ("relative_change", 17.0, Some(2025)),
        ("level", 0.725, Some(2030)),
        ("relative_change", 42.0, Some(2030)),
        ("cap", 272.0, Some(2025)),
        ("cap", 267.0, Some(2030)),
        ("peak_year", 2028.0, Some(2028)),
    ] {
        assert!(
            got.iter()
                .any(|(k, v, y)| k == want.0 && (*v - want.1).abs() < 1e-9 && *y == want.2),
            "{want:?} not in {got:?}"
        );
    }
    assert!(
        !got.iter()
            .any(|(k, v, _)| k == "relative_change" && (*v - 1.04).abs() < 1e-9),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(k, v, y)| k == "cap" && *v == 275.0 && *y == Some(2030)),
        "{got:?}"
    );
    let f = facts_of(md, Format::Markdown);
    let peak = f.peak.as_ref().map(|p| (p.year, p.value));
    assert_eq!(peak, Some((Some(2028), Some(275.0))));

    // Province style: the change written first stays one change reading.
    let md = "# 某高新区碳达峰实施方案\n\n## 四、主要目标\n\n\
              | 指标 | 2020年 | 2025年 |\n|---|---|---|\n\
              | 单位地区生产总值能耗 | 0.52吨标准煤/万元 | 下降14% |\n";
    let got = readings(md, Format::Markdown);
    assert_eq!(got, vec![("relative_change".to_string(), 14.0, Some(2025))]);
}
