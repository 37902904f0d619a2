//! Readings generalised in session 40 from outside rounds 86–89, each in more than one
//! drafting style, with the negative beside it:
//! - a chapter number that opens a line of a PDF copy keeps its space when the copy's
//!   extraction spaces are taken out (`3 碳排放核算` is a heading, `3碳排放核算` a figure
//!   run into text), in a .txt copy and in a copy pasted into Word;
//! - a PDF copy pasted into Word with real Word tables between its lines: its running
//!   header and page numbers are found over the whole copy (not run by run between two
//!   tables), its lines joined at the width the whole copy shows, a centred or bold line
//!   kept apart, and a Word table continued under `续表` read as one table;
//! - a running header of a longer line found on every page but the first of a three-page
//!   copy (the first shows the title) is a header: the sentence it cut is joined again;
//! - a gas said to be left unquantified (`微量氧化亚氮未予量化`, `未作定量估算`, `本次不量化`), one
//!   the park has no source of (`其他温室气体，本园区无相应排放源`), or one not released
//!   (`沼气主要成分是甲烷，全部进入锅炉燃烧，不向大气直接排放`) is left out of the accounting, not
//!   used; so are the gases a sentence names before limiting what it quantifies to CO2
//!   (`本次温室气体盘查参照…开展，量化对象仅限二氧化碳`), where they state no amount;
//! - a part set up as a pilot or model (`二号厂区作为公司零碳示范厂区，力争…`, the pack's
//!   `part_emitter`) sets its own goal, not a second park target to conflict with; a lead
//!   company named at a clause's start (`龙头企业北稻硅材料公司力争…`, `park_member` without the
//!   park word) pledges its own, whose base value the plan need not give;
//! - a whole total restated with no year in the paragraph right after a table of a past year
//!   (`园区排放总量折合为957000吨，与各企业报送数据汇总一致`) is that year's total: a tenfold slip
//!   against the table's 合计 is found;
//! - energy per tonne or per square metre of product (`千克标准煤/吨`, `千克标准煤/平方米`) is a
//!   unit of its own, not a mass of 吨 or a figure with no unit;
//! - with no base year declared, a year dates the rest of its sentence past a `；`
//!   (`2020年园区消费电力…；二氧化碳排放总量20.19万吨`): the inventory is read, and the plan's
//!   indicators have their base values (feasibility);
//! - a peak stated with any verb (`峰值不高于8.8万吨`) is the section 达峰时间与峰值 in substance;
//!   the heading over a targets section one level deep (`4 峰值研判` over `4.2 达峰目标`) is the
//!   part the chapter is written in: a section it names is not missing;
//! - a shortfall of measures whose table total its rows contradict (the rows counting) is
//!   shown at that total row, where the reader adds them up, not at the first measure.

use peaklint::document::{read::Limits, read_bytes, Block, BlockKind, Document};

use crate::common::{docx_bytes, facts_of, findings_in, line_of, line_with};
use peaklint::{diagnostic::Diagnostic, lang::Lang, pack, pipeline::check_document};

/// A line of a printed plan as a PDF copy holds it.
enum Line<'a> {
    /// A body paragraph, printed over lines of [`WRAP`] characters.
    Body(&'a str),
    /// A heading line in bold.
    Bold(&'a str),
    /// A caption, centred.
    Caption(&'a str),
    /// A table row (consecutive rows are one table).
    Row(Vec<&'a str>),
    /// A page's end: its number, and the next page's running header.
    Page(u32),
}

const WRAP: usize = 30;
const HEADER: &str = "岚溪粉末冶金产业园碳达峰实施方案研究报告";

/// The printed lines of a body paragraph.
fn wrapped(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(WRAP).map(|c| c.iter().collect()).collect()
}

fn para(rpr: &str, ppr: &str, text: &str) -> String {
    format!("<w:p>{ppr}<w:r>{rpr}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// The copy pasted into Word: every printed line a paragraph, tables as Word tables.
fn pasted_docx(lines: &[Line]) -> Vec<u8> {
    let mut body = String::new();
    let mut rows: Vec<String> = Vec::new();
    let close = |rows: &mut Vec<String>, body: &mut String| {
        if !rows.is_empty() {
            body.push_str(&format!("<w:tbl>{}</w:tbl>", rows.concat()));
            rows.clear();
        }
    };
    for line in lines {
        if let Line::Row(cells) = line {
            let tcs: String = cells
                .iter()
                .map(|c| format!("<w:tc>{}</w:tc>", para("", "", c)))
                .collect();
            rows.push(format!("<w:tr>{tcs}</w:tr>"));
            continue;
        }
        close(&mut rows, &mut body);
        match line {
            Line::Body(t) => {
                for l in wrapped(t) {
                    body.push_str(&para("", "", &l));
                }
            }
            Line::Bold(t) => body.push_str(&para("<w:rPr><w:b/></w:rPr>", "", t)),
            Line::Caption(t) => {
                body.push_str(&para("", "<w:pPr><w:jc w:val=\"center\"/></w:pPr>", t))
            }
            Line::Page(n) => {
                body.push_str(&para(
                    "",
                    "<w:pPr><w:jc w:val=\"center\"/></w:pPr>",
                    &format!("— {n} —"),
                ));
                body.push_str(&para("", "", HEADER));
            }
            Line::Row(_) => {}
        }
    }
    close(&mut rows, &mut body);
    docx_bytes(&body)
}

/// The same copy saved as text: lines as printed, tables aligned with spaces.
fn pasted_text(lines: &[Line]) -> String {
    let mut out = String::new();
    for line in lines {
        match line {
            Line::Body(t) => {
                for l in wrapped(t) {
                    out.push_str(&l);
                    out.push('\n');
                }
            }
            Line::Bold(t) => out.push_str(&format!("{t}\n")),
            Line::Caption(t) => out.push_str(&format!("        {t}\n")),
            Line::Row(cells) => out.push_str(&format!("  {}\n", cells.join("        "))),
            Line::Page(n) => out.push_str(&format!("                — {n} —\n{HEADER}\n")),
        }
    }
    out
}

/// A consultancy report on a powder-metallurgy park, its chapters numbered `1`…`5` and
/// sections `2.1`, a chapter opening each page after the first; its inventory table runs
/// over a page under `续表1`, the total (`total`) on the second part.
fn consultancy(total: &'static str) -> Vec<Line<'static>> {
    use Line::*;
    vec![
        Bold("1 编制背景"),
        Body("岚溪粉末冶金产业园位于岚溪高新区北部，规划面积5.8平方公里，现有粉末冶金及配套企业29家。本报告依据《2030年前碳达峰行动方案》和中国循环经济协会《工业园区碳达峰实施方案编制指南》编制，遵循协调、准确、可行、前瞻、科学五项原则，目标承接市级分解任务。"),
        Page(1),
        Bold("2 碳排放核算"),
        Bold("2.1 核算边界"),
        Body("核算边界为园区规划范围内全部企业和公共设施，只核算二氧化碳，包括烧结炉天然气燃烧直接排放和外购电力间接排放，数据来自园区能源统计和企业能源台账。"),
        Bold("2.2 基准年排放"),
        Body("2020年园区二氧化碳排放总量21.60万吨，其中外购电力间接排放15.20万吨，天然气燃烧排放5.90万吨，柴油燃烧排放0.50万吨。"),
        Caption("表1  2020年园区二氧化碳排放清单（单位：万吨）"),
        Row(vec!["排放源", "排放量"]),
        Row(vec!["外购电力", "15.20"]),
        Row(vec!["天然气", "5.90"]),
        Page(2),
        Caption("续表1"),
        Row(vec!["排放源", "排放量"]),
        Row(vec!["柴油", "0.50"]),
        Row(vec!["合计", total]),
        Bold("3 达峰目标"),
        Body("园区力争2028年实现碳达峰，二氧化碳排放峰值控制在24.8万吨以内；到2030年单位工业增加值二氧化碳排放较2020年下降35%，可再生能源电力消费比重达到30%。"),
        Page(3),
        Bold("4 重点任务"),
        Body("推进烧结炉电气化改造，由各企业实施，2027年前完成，2030年减排1.2万吨；建设屋顶光伏3万千瓦，由高新区建设局负责，2026年前完成，2030年减排1.6万吨。"),
        Bold("5 保障措施"),
        Body("成立园区碳达峰工作领导小组，统筹推进各项任务；设立节能降碳专项资金，对光伏和电气化改造项目给予补助；建立能碳监测平台，每年开展评估。"),
    ]
}

fn read(name: &str, bytes: &[u8]) -> Document {
    match read_bytes(name, bytes, &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{name}: {e}"),
    }
}

/// (level, number, title) of every heading.
fn outline(doc: &Document) -> Vec<(u8, String, String)> {
    doc.headings()
        .map(|(_, h)| {
            let number = h
                .number
                .as_ref()
                .map(|n| n.token.clone())
                .unwrap_or_default();
            (h.level, number, h.title.clone())
        })
        .collect()
}

fn paragraph_texts(doc: &Document) -> Vec<&str> {
    doc.blocks
        .iter()
        .filter_map(|b: &Block| match &b.kind {
            BlockKind::Paragraph => Some(b.text.as_str()),
            _ => None,
        })
        .collect()
}

fn findings(doc: &Document, rule: &str) -> Vec<Diagnostic> {
    check_document(doc, pack::default_pack(), Lang::Zh)
        .diagnostics
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

#[test]
fn a_chapter_number_opening_a_page_keeps_its_space() {
    let lines = consultancy("21.60");
    for (name, bytes) in [
        ("plan.docx", pasted_docx(&lines)),
        ("plan.txt", pasted_text(&lines).into_bytes()),
    ] {
        let doc = read(name, &bytes);
        let chapters: Vec<(String, String)> = outline(&doc)
            .into_iter()
            .filter(|(level, _, _)| *level == 1)
            .map(|(_, n, t)| (n, t))
            .collect();
        let expected: Vec<(String, String)> = [
            ("1", "编制背景"),
            ("2", "碳排放核算"),
            ("3", "达峰目标"),
            ("4", "重点任务"),
            ("5", "保障措施"),
        ]
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
        assert_eq!(chapters, expected, "{name}");
        assert!(
            findings(&doc, "structure/missing-chapter").is_empty(),
            "{name}: {:?}",
            findings(&doc, "structure/missing-chapter")
        );
    }
}

#[test]
fn a_word_copy_reads_its_pages_as_one_copy() {
    let doc = read("plan.docx", &pasted_docx(&consultancy("21.60")));
    let texts = paragraph_texts(&doc);
    // The running header (once a page, each page's lines a run between Word tables) and
    // the page numbers are gone.
    assert!(
        !texts.iter().any(|t| t.contains(HEADER) || t.contains('—')),
        "{texts:#?}"
    );
    // A paragraph's printed lines are one paragraph, even where only three of them stand
    // between two tables; the centred caption after a full line stays apart.
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("2020年园区二氧化碳排放总量21.60万吨")
                && t.ends_with("柴油燃烧排放0.50万吨。")),
        "{texts:#?}"
    );
    assert!(
        texts.contains(&"表1  2020年园区二氧化碳排放清单（单位：万吨）"),
        "{texts:#?}"
    );
    // Table 1 continued under `续表1` is one table: its total closes all its rows.
    assert!(findings(&doc, "consistency/table-sum").is_empty());
    let doc = read("plan.docx", &pasted_docx(&consultancy("22.60")));
    let found = findings(&doc, "consistency/table-sum");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found
            .iter()
            .all(|d| d.message.contains("合计为22.6") && d.message.contains("3个分项之和为21.6")),
        "{found:?}"
    );
}

/// A county plan printed on three pages with form feeds, its lines wrapped at one width:
/// its header (the plan's title with its period) tops pages 2 and 3, the 2025 intensity
/// target cut by the page break.
fn three_pages(header: &str) -> String {
    let lines = [
        "越川县纺织产业园碳达峰实施方案",
        "一、总体要求",
        "\u{3000}\u{3000}园区规划面积5.1平方公里，现有纺织印染及配套企业58家。以2020年为基准",
        "年，规划期2023—2030年，展望2035年。2020年园区二氧化碳排放总量14.20万吨，",
        "单位工业增加值二氧化碳排放0.610吨/万元，综合能源消费量4.05万吨标准煤，其",
        "中电力占八成以上，蒸汽由县热电厂集中供应。",
        "",
        "               — 1 —",
        "\x0cHEADER",
        "",
        "二、主要目标",
        "\u{3000}\u{3000}园区力争2028年实现碳达峰，峰值控制在16.8万吨以内，达峰后排放稳中有降。",
        "到2025年，二氧化碳排放总量控制在16.0万吨以内，单位工业增加值二氧化碳排放",
        "",
        "               — 2 —",
        "\x0cHEADER",
        "",
        "较2020年下降20%，光伏装机达到2.0万千瓦；到2030年，排放总量控制在16.3万吨",
        "以内，单位工业增加值二氧化碳排放较2020年下降36%，光伏装机达到4.5万千瓦，",
        "绿电消费比例达到30%。",
        "",
        "               — 3 —",
    ];
    lines.join("\n").replace("HEADER", header)
}

#[test]
fn a_header_on_every_page_but_the_first_is_furniture() {
    for header in [
        "越川县纺织产业园碳达峰实施方案（2023—2030年）",
        "越川县发展和改革局 · 园区碳达峰实施方案",
    ] {
        let plan = three_pages(header);
        let facts = facts_of(&plan, peaklint::document::Format::Text);
        let intensity_2025 = facts.targets.iter().any(|t| {
            t.metric_id.as_deref() == Some("co2_intensity_value_added") && t.value == 20.0
        });
        assert!(intensity_2025, "{header}: {:#?}", facts.targets);
    }
}

/// A consultancy plan's boundary paragraph with `exclusion` after its CO2-only caliber.
fn boundary_with(exclusion: &str) -> String {
    format!(
        "# 某区树脂涂料产业园碳达峰实施方案\n\n## 3 碳排放核算与分析\n\n### 3.1 边界与方法\n\n\
核算范围为园区规划范围内全部企业和公用工程，排放源为天然气燃烧和外购电力的间接排放。{exclusion}\n\n\
### 3.2 基准年清单\n\n2020年园区二氧化碳排放总量24.5万吨。\n"
    )
}

#[test]
fn a_gas_left_unquantified_is_left_out() {
    for exclusion in [
        // consultancy
        "报告口径为二氧化碳单一气体，导热油炉和RTO燃烧产生的微量氧化亚氮未予量化。",
        // county
        "只核算二氧化碳。污水站逸散的甲烷量很小，未作定量估算。",
        // enterprise
        "盘查只针对二氧化碳；冷媒逸散的氢氟碳化物，本次不量化。",
        // province
        "核算气体为二氧化碳。含氟气体排放未进行测算。",
    ] {
        let plan = boundary_with(exclusion);
        let found = findings_in("plan.md", &plan, "boundary/non-co2");
        assert!(found.is_empty(), "{exclusion}\n{found:?}");
    }
    // Quantified and counted: a CO2e total in a CO2-only plan.
    let plan = boundary_with("污水站甲烷排放已量化为0.3万吨二氧化碳当量，计入园区排放总量。");
    let found = findings_in("plan.md", &plan, "boundary/non-co2");
    assert!(!found.is_empty(), "{plan}");
}

/// An enterprise-led plan whose park sets a 2025 green-power share of 20%, and `part`.
fn pilot_part(part: &str) -> String {
    format!(
        "# 某公司金刚线产业园碳达峰实施方案\n\n## 4 达峰目标\n\n\
园区力争2027年实现碳达峰，峰值控制在25.9万吨以内。到2025年，单位工业增加值二氧化碳排放较2020年下降31%，\
绿电消费比例达到20%。{part}2020年园区绿电消费比例为0。\n"
    )
}

#[test]
fn a_pilot_part_sets_its_own_goal() {
    for part in [
        // enterprise: the company's No. 2 plant
        "二号厂区作为公司零碳示范厂区，力争2025年绿电消费比例达到50%。",
        // city: a sub-area made a pilot
        "东片区定位为近零碳试点片区，2025年绿电消费比例达到45%。",
        // consultancy: the lead firm as the benchmark
        "龙头企业作为行业能效标杆，2025年绿电消费比例达到40%。",
    ] {
        let plan = pilot_part(part);
        let found = findings_in("plan.md", &plan, "target/conflict");
        assert!(found.is_empty(), "{part}\n{found:?}");
    }
    // The park itself as a pilot, its share stated twice: a conflict.
    let plan = pilot_part("园区作为省级低碳示范园区，力争2025年绿电消费比例达到50%。");
    let found = findings_in("plan.md", &plan, "target/conflict");
    assert!(!found.is_empty(), "{plan}");
}

/// A plan declaring no base year, its 2020 profile sentence as `profile`.
fn undeclared(profile: &str) -> String {
    format!(
        "越溪县伞业产业园碳达峰实施方案\n一、发展基础和碳排放家底\n（一）排放现状\n{profile}\n\
二、主要目标\n到2025年，园区二氧化碳排放总量控制在23.0万吨以内，单位工业增加值二氧化碳排放较2020年下降15%以上。\n\
到2030年，单位工业增加值二氧化碳排放较2020年下降33%以上，力争2027年前后实现碳达峰，峰值控制在23.4万吨以内。\n"
    )
}

#[test]
fn a_year_dates_its_sentence_past_a_semicolon() {
    for profile in [
        // county
        "2020年园区消费电力3.10亿千瓦时、天然气820万立方米，综合能源消费量5.18万吨标准煤；二氧化碳排放总量20.19万吨，单位工业增加值二氧化碳排放0.524吨/万元。",
        // enterprise
        "2020年公司及入园企业综合能耗5.18万吨标准煤；园区二氧化碳排放20.19万吨。",
    ] {
        let plan = undeclared(profile);
        let facts = facts_of(&plan, peaklint::document::Format::Text);
        let years: Vec<(u16, f64)> = facts.inventory.iter().map(|e| (e.year, e.value)).collect();
        assert_eq!(years, vec![(2020, 20.19)], "{profile}");
        let feasibility = findings_in("plan.txt", &plan, "principle/feasibility");
        assert!(
            !feasibility.iter().any(|d| d.message.contains("指标有基准值和目标值")),
            "{profile}\n{feasibility:?}"
        );
    }
    // A goal past the semicolon is no inventory.
    let plan =
        undeclared("2025年园区综合能源消费量控制在6万吨标准煤以内；二氧化碳排放总量控制在23万吨。");
    let facts = facts_of(&plan, peaklint::document::Format::Text);
    assert!(facts.inventory.is_empty(), "{:?}", facts.inventory);
}

/// A plan whose targets section sits one level deep under `chapter`, stating `peak`.
fn peak_section(chapter: &str, section: &str, peak: &str) -> String {
    format!(
        "# 某珍珠产业园碳达峰实施方案\n\n## {chapter}\n\n### 4.1 情景设置\n\n\
基准情景排放强度年均下降1.5%；达峰情景实施全部任务。\n\n\
| 情景 | 2025 | 2027 | 2030 |\n|---|---|---|---|\n| 基准情景 | 9.6 | 10.3 | 11.4 |\n| 达峰情景 | 8.6 | 8.8 | 8.4 |\n\n\
### {section}\n\n{peak}到2030年，碳排放总量控制在8.4万吨以内。\n"
    )
}

#[test]
fn a_peak_with_any_verb_is_the_peak_section() {
    for (chapter, section, peak) in [
        (
            "4 峰值研判",
            "4.2 达峰目标",
            "园区力争2027年实现碳达峰，峰值不高于8.8万吨；",
        ),
        (
            "4 达峰预测",
            "4.2 目标",
            "园区2027年左右达峰，排放峰值约8.8万吨；",
        ),
        (
            "四、峰值分析",
            "（二）达峰目标",
            "力争2027年实现碳达峰，峰值低于8.9万吨；",
        ),
    ] {
        let plan = peak_section(chapter, section, peak);
        let found = findings_in("plan.md", &plan, "structure/missing-section");
        assert!(
            !found.iter().any(|d| d.message.contains("达峰时间与峰值")),
            "{chapter} {section}\n{found:?}"
        );
    }
    // No peak stated, and none named by the heading over the section: missing.
    let plan = peak_section("4 情景与目标", "4.2 达峰目标", "");
    let found: Vec<_> = findings_in("plan.md", &plan, "structure/missing-section")
        .into_iter()
        .filter(|d| d.message.contains("达峰时间与峰值"))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found.iter().all(|d| d.related.is_empty()), "{found:?}");
}

/// A consultancy plan with a 2030 gap of 2.58万吨 (BAU 11.98, cap 9.40) and a measures table
/// whose rows add to 2.17, its total row printed as `total`.
fn measures_table(total: &str) -> String {
    format!(
        "# 某饲料产业园碳达峰实施方案\n\n## 4 情景预测与达峰目标\n\n\
| 情景 | 2025 | 2030 |\n|---|---|---|\n| 基准情景 | 10.9 | 11.98 |\n| 达峰情景 | 9.9 | 9.40 |\n\n\
到2030年，园区二氧化碳排放总量控制在9.40万吨以内。\n\n## 5 实施路径\n\n表5 重点措施减排量（万吨二氧化碳）\n\n\
| 措施 | 责任单位 | 2030 |\n|---|---|---|\n| 余热回收 | 各企业 | 0.40 |\n| 热泵烘干 | 各企业 | 0.52 |\n\
| 屋顶光伏 | 平台公司 | 0.75 |\n| 绿电交易 | 经发局 | 0.30 |\n| 电机节能 | 各企业 | 0.20 |\n| {total} |\n\n\
措施合计可以覆盖2030年的差距。\n"
    )
}

#[test]
fn a_shortfall_stands_at_the_total_its_rows_contradict() {
    for total in ["合计 | — | 2.71", "总计 | | 2.71"] {
        let plan = measures_table(total);
        let found = findings_in("plan.md", &plan, "target/reduction-gap");
        let total_row = line_with(&plan, "2.71");
        assert_eq!(found.len(), 1, "{total}: {found:?}");
        assert!(
            found.iter().all(|d| line_of(d) == total_row),
            "{total}: {found:?}"
        );
        assert!(
            found.iter().all(|d| d.message.contains("2.17")),
            "{found:?}"
        );
    }
    // No total row: at the first measure.
    let plan = measures_table("").replace("| |\n", "");
    let found = findings_in("plan.md", &plan, "target/reduction-gap");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found
            .iter()
            .all(|d| line_of(d) == line_with(&plan, "余热回收")),
        "{found:?}"
    );
}

#[test]
fn a_gas_with_no_source_or_not_released_is_left_out() {
    for exclusion in [
        // province
        "化工生产企业核算指南中涉及的其他温室气体，本园区无相应排放源，亦不属本方案范围。",
        // city
        "涂料行业涉及的其他温室气体，园区内没有对应排放源，不作统计。",
        // enterprise, no further cue
        "行业指南所列的其他温室气体，公司不存在此类排放源。",
        // enterprise: a gas burnt, not released
        "沼气主要成分是甲烷，全部进入锅炉燃烧，不向大气直接排放。",
        // consultancy: flared
        "废水厌氧段产生的甲烷经火炬焚烧处理，不向大气直接排放。",
    ] {
        let plan = boundary_with(&format!("只核算二氧化碳。{exclusion}"));
        let found = findings_in("plan.md", &plan, "boundary/non-co2");
        assert!(found.is_empty(), "{exclusion}\n{found:?}");
    }
    // A source the park has, its methane counted in CO2e: used.
    let plan = boundary_with("污水站有相应排放源，甲烷排放0.3万吨二氧化碳当量计入总量。");
    assert!(
        !findings_in("plan.md", &plan, "boundary/non-co2").is_empty(),
        "{plan}"
    );
}

#[test]
fn a_sentence_limited_to_co2_sets_aside_the_gases_before_it() {
    for sentence in [
        // enterprise
        "本次温室气体盘查参照ISO 14064-1和《工业企业温室气体排放核算和报告通则》（GB/T 32150—2015）开展，量化对象仅限二氧化碳。",
        // consultancy
        "报告沿用集团温室气体管理体系的组织边界，核算气体仅为二氧化碳。",
    ] {
        let plan = boundary_with(sentence);
        let found = findings_in("plan.md", &plan, "boundary/non-co2");
        assert!(found.is_empty(), "{sentence}\n{found:?}");
    }
    // An amount in CO2e before the restriction is still one.
    let plan = boundary_with("园区温室气体排放总量为26.1万吨二氧化碳当量，本方案仅核算二氧化碳。");
    assert!(
        !findings_in("plan.md", &plan, "boundary/non-co2").is_empty(),
        "{plan}"
    );
}

/// A plan whose park indicators all have 2020 values, with `pledge` after its targets.
fn member_pledge(pledge: &str) -> String {
    format!(
        "# 某稻壳硅材料产业园碳达峰实施方案\n\n## 二、碳排放现状\n\n\
2020年园区二氧化碳排放总量18.4万吨，单位工业增加值二氧化碳排放0.92吨/万元。\n\n## 三、主要目标\n\n\
到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。{pledge}\n"
    )
}

#[test]
fn a_lead_company_pledges_its_own_target() {
    for pledge in [
        // province
        "龙头企业北稻硅材料公司力争2026年率先达峰，到2025年单位产品二氧化碳排放较2020年下降25%。",
        // city
        "园区第一大企业江禾集团承诺2025年单位产品二氧化碳排放较2020年下降20%。",
    ] {
        let plan = member_pledge(pledge);
        let found = findings_in("plan.md", &plan, "target/no-baseline");
        assert!(found.is_empty(), "{pledge}\n{found:?}");
    }
    // The park's own per-product target, its base value given nowhere: asked for.
    let plan = member_pledge("到2025年，园区单位产品二氧化碳排放较2020年下降25%。");
    assert!(
        !findings_in("plan.md", &plan, "target/no-baseline").is_empty(),
        "{plan}"
    );
}

/// A plan whose 2020 inventory table totals 9.57万吨, `after` the paragraph right after it.
fn restated_after_table(caption: &str, after: &str) -> String {
    format!(
        "# 某粉末涂料产业园碳达峰实施方案\n\n## 二、碳排放现状\n\n以2020年为基准年，园区二氧化碳排放9.57万吨。\n\n\
{caption}\n\n| 排放源 | 排放量 |\n|---|---|\n| 外购电力 | 7.12 |\n| 天然气 | 2.45 |\n| 合计 | 9.57 |\n\n{after}\n"
    )
}

#[test]
fn a_total_restated_after_its_table_takes_its_year() {
    let caption = "表1 2020年园区二氧化碳排放清单（万吨）";
    for after in [
        // enterprise
        "园区排放总量折合为957000吨，与各企业报送数据汇总一致。",
        // consultancy
        "上表排放总量合计957000吨，与园区核算结果一致。",
    ] {
        let plan = restated_after_table(caption, after);
        let found = findings_in("plan.md", &plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{after}\n{found:?}");
        assert!(
            found
                .iter()
                .all(|d| line_of(d) == line_with(&plan, "957000")),
            "{found:?}"
        );
    }
    // The same total restated rightly, or after a scenario's table: nothing to compare.
    let plan = restated_after_table(
        caption,
        "园区排放总量折合为95700吨，与各企业报送数据汇总一致。",
    );
    assert!(
        findings_in("plan.md", &plan, "boundary/unit").is_empty(),
        "{plan}"
    );
    let plan = restated_after_table(
        "表1 2030年园区二氧化碳排放情景预测（万吨）",
        "园区排放总量折合为957000吨，与各企业报送数据汇总一致。",
    );
    assert!(
        findings_in("plan.md", &plan, "boundary/unit").is_empty(),
        "{plan}"
    );
}

#[test]
fn energy_per_unit_of_product_has_its_unit() {
    for (text, unit) in [
        // consultancy table row
        (
            "| 指标 | 2020基准 | 2025 |\n|---|---|---|\n| 单位产品综合能耗（千克标准煤/吨） | 105 | 95 |",
            "千克标准煤/吨",
        ),
        // enterprise prose
        ("到2025年，公司单位产品综合能耗降至95千克标准煤/吨。", "千克标准煤/吨"),
        // province prose, tonnes of coal equivalent a tonne
        ("到2025年，园区单位产品综合能耗降至0.095吨标准煤/吨。", "吨标准煤/吨"),
        // city: the product named between, per square metre
        ("到2030年，单位草坪产品综合能耗降至0.82千克标准煤/平方米。", "千克标准煤/平方米"),
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、碳达峰目标\n\n{text}\n");
        let facts = facts_of(&plan, peaklint::document::Format::Markdown);
        let units: Vec<Option<&str>> = facts
            .targets
            .iter()
            .filter(|t| t.metric_id.as_deref() == Some("product_energy_intensity"))
            .map(|t| t.unit.as_deref())
            .collect();
        assert_eq!(units, vec![Some(unit)], "{text}");
    }
    // An amount of energy is still one.
    let plan = "# 某园区碳达峰实施方案\n\n## 三、碳达峰目标\n\n到2025年，园区综合能耗控制在12万吨标准煤以内。\n";
    let facts = facts_of(plan, peaklint::document::Format::Markdown);
    assert!(
        facts
            .targets
            .iter()
            .all(|t| t.unit.as_deref() != Some("千克标准煤/吨")),
        "{:?}",
        facts.targets
    );
}
