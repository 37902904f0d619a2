//! Readings generalised in session 38 from outside rounds 78–81, each in more than one
//! drafting style, with the negative beside it:
//! - a PDF copy pasted into Word whose printed lines share no wrap width (short lines, many
//!   tables) is still a copy of printed pages when page numbers (`— 2 —`) stand among its
//!   paragraphs: its running headers go and its space-aligned lines are read as tables, as
//!   in the same copy saved as text;
//! - the first line of such a copy, when the running header repeats it, is the title, not a
//!   header: the park is named by it;
//! - a park's name is not read across a quotation mark or a clause break (`参照中国循环经济协会
//!   《工业园区碳达峰实施方案编制指南》` names no park);
//! - a gas said to be none (`镁烟尘不属温室气体`) is named to be left out, and so is one classed
//!   as non-CO2 in a contrast (`…已识别，但属于非二氧化碳温室气体，不计入本方案`);
//! - an exclusion cue followed by an emission source (`…外购电力产生的间接排放，不涉及工业生产过程
//!   排放`) leaves out that source, not the clause before it;
//! - a measure on the coal-fired gasifiers (`淘汰煤气发生炉`) supports the coal consumption target;
//! - a scenario's parameter table (`表4-1 情景主要参数`, value added at constant prices) is the
//!   economic assumption its forecast rests on;
//! - another level's assessment of the park (`垦北县对园区的考核以2020年为基期`) sets that level's
//!   base, not a second base year of the plan;
//! - a CO2 mass named emissions after it (`基准年全园1065000吨二氧化碳排放涉及的用能设备`) is the
//!   base year's total, restated in tonnes: a tenfold slip against the inventory is found;
//! - a chapter placed by position needs a head word of the item (`跟踪`, `评估`) or its
//!   substance: `6 指标分解与落实` between the pathway and the safeguards is no tracking
//!   chapter, and the missing chapter is reported;
//! - a project's owner labelled `负责部门：集团设备部` is its responsible unit (feasibility);
//! - a run-in label adopting a scenario (`本方案采用达峰情景：…`) makes the targets after it the
//!   plan's own: a second base year among them is found;
//! - a bare cell of an inventory table takes its caption's unit and year (`表1 2020年园区二氧化碳
//!   排放清单（万吨）` over `| 外购电力 | 17.26 |`), read as emissions even in a row naming
//!   electricity: a part restated tenfold in the text (`其中外购电力间接排放1726000吨`) is found;
//!   the year of the paragraph right before, under the same heading, dates a part's figure in
//!   a paragraph naming none (a PDF copy's `净调入电力6.2亿千瓦时，对应间接排放3600000吨`);
//!   a figure per unit of output (`每吨碳化硅过程排放2.45吨`, the pack's `per_unit_figure`) is
//!   no part's amount;
//! - a one-company park's single product (`主要生产轴承用高精度钢球`) is its industry: with the
//!   area in the opening chapter, the profile is there.

use crate::common::{docx_bytes, facts_of, findings, findings_in, line_of, line_with};
use peaklint::checks::Lang;
use peaklint::diagnostic::Diagnostic;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::document::Format;
use peaklint::pack;
use peaklint::pipeline::check_document;

/// A .docx with one paragraph for every non-blank line of `text`, as Word keeps a PDF copy
/// pasted into it.
fn pasted(text: &str) -> Vec<u8> {
    let body: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<w:p><w:r><w:t xml:space=\"preserve\">{l}</w:t></w:r></w:p>"))
        .collect();
    docx_bytes(&body)
}

fn word_findings(text: &str) -> Vec<Diagnostic> {
    let doc = match read_bytes("plan.docx", &pasted(text), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    check_document(&doc, pack::default_pack(), Lang::Zh).diagnostics
}

/// The 1-based index of the first non-blank line holding `needle` (a Word paragraph of
/// [`pasted`]).
fn paragraph_with(text: &str, needle: &str) -> Option<u32> {
    let k = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .position(|l| l.contains(needle))?;
    u32::try_from(k + 1).ok()
}

/// A county plan printed on three pages, its header repeating the title, its lines short
/// (no common wrap width), a share table whose rows add to 97.0 against a printed 100.0.
fn county_copy(total_row: &str) -> String {
    format!(
        "            河岚县五金制品产业园碳达峰实施方案

                 河岚县发展和改革局
一、总则
（一）园区概况
　　园区规划面积6.2平方公里。
　　入驻企业48家。
二、碳排放分析
（一）核算边界
　　核算二氧化碳排放。
                  — 1 —
河岚县五金制品产业园碳达峰实施方案
（二）基准年排放
　　2020年排放18.40万吨。
          表1  2020年能源消费结构
  品种        消费量    占比（%）
  天然气      2.10      31.0
  柴油        0.30      4.0
  电力        4.10      62.0
{total_row}
三、达峰目标
　　力争2028年达峰。
                  — 2 —
河岚县五金制品产业园碳达峰实施方案
四、重点任务
　　推进电机能效提升。
五、保障措施
　　加强组织领导。
                  — 3 —
"
    )
}

#[test]
fn a_pasted_copy_with_page_numbers_reads_its_aligned_tables() {
    let slipped = county_copy("  合计        6.50      100.0");
    let found = word_findings(&slipped);
    let share: Vec<&Diagnostic> = found
        .iter()
        .filter(|d| d.rule == "consistency/share-sum")
        .collect();
    assert_eq!(share.len(), 1, "{found:#?}");
    let para = share
        .first()
        .and_then(|d| d.location.as_ref())
        .and_then(|l| l.paragraph);
    assert_eq!(para, paragraph_with(&slipped, "合计"), "{share:#?}");
    assert!(
        share.iter().any(|d| d.message.contains("97.0")),
        "{share:#?}"
    );
    // The rows adding up: nothing to say. Running headers are not paragraphs of the plan.
    let clean = county_copy("  合计        6.50       97.0");
    let found = word_findings(&clean);
    assert!(
        !found.iter().any(|d| d.rule == "consistency/share-sum"),
        "{found:#?}"
    );
}

#[test]
fn a_word_document_without_page_numbers_is_left_as_written() {
    // Typed in Word one paragraph a paragraph, with a `第3页` reference in the text: not a
    // printed copy (one such line is no page furniture).
    let text = "河岚县五金制品产业园碳达峰实施方案
一、总则
　　园区规划面积6.2平方公里，入驻企业48家，详见附件第3页。
二、碳排放分析
　　2020年排放18.40万吨。
";
    let doc = match read_bytes("plan.docx", &pasted(text), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("河岚县五金制品产业园碳达峰实施方案")
    );
}

#[test]
fn the_first_line_repeated_by_the_running_header_is_the_title() {
    let enterprise = "                 北岭钢球精密制造产业园碳达峰实施方案
                    北岭精工集团有限公司
一、园区与厂区
　　园区由一厂区、二厂区组成，规划面积1.86平方公里。
二、碳排放盘查
　　2021年盘查二氧化碳排放11.77万吨。
                         - 1 -
北岭钢球精密制造产业园碳达峰实施方案
三、达峰目标
　　公司力争2027年实现园区碳达峰。
                         - 2 -
北岭钢球精密制造产业园碳达峰实施方案
四、实施路径
　　参照中国循环经济协会《工业园区碳达峰实施方案编制指南》，实施热处理炉电气化改造。
                         - 3 -
";
    let facts = facts_of(&county_copy("  合计        6.50       97.0"), Format::Text);
    assert_eq!(
        facts.title.as_deref(),
        Some("河岚县五金制品产业园碳达峰实施方案")
    );
    assert_eq!(facts.park.name.as_deref(), Some("河岚县五金制品产业园"));
    let facts = facts_of(enterprise, Format::Text);
    assert_eq!(facts.park.name.as_deref(), Some("北岭钢球精密制造产业园"));
    // A header on every page, the first one's included, right above the same title: the
    // title once.
    let headed = format!("北岭钢球精密制造产业园碳达峰实施方案\n{enterprise}");
    let doc = match read_bytes("plan.txt", headed.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let titles = doc
        .blocks
        .iter()
        .filter(|b| format!("{b:?}").contains("北岭钢球精密制造产业园碳达峰实施方案"))
        .count();
    assert!(titles <= 1, "{titles}");
}

#[test]
fn no_park_is_named_by_the_standard_quoted_in_the_opening() {
    // No title; the opening cites the standard by its title.
    let ministry = "为落实《2030年前碳达峰行动方案》，参照中国循环经济协会《工业园区碳达峰实施方案编制指南》，制定本方案。
一、总则
　　园区规划面积6.2平方公里。
";
    let facts = facts_of(ministry, Format::Markdown);
    assert_eq!(facts.park.name, None);
    let province = "按照“双碳”工作部署，确保园区碳达峰，制定本方案。\n一、总则\n";
    assert_eq!(facts_of(province, Format::Text).park.name, None);
    // The boundary's extent is no name: `核算边界为园区…`.
    let boundary = "核算边界为园区38.2平方公里规划范围内全部企业。\n一、总则\n";
    assert_eq!(facts_of(boundary, Format::Text).park.name, None);
    let named = "青湾化工集中区碳达峰实施方案（征求意见稿）\n一、总则\n";
    assert_eq!(
        facts_of(named, Format::Text).park.name.as_deref(),
        Some("青湾化工集中区")
    );
}

#[test]
fn a_gas_said_to_be_none_or_classed_apart_is_left_out() {
    for (name, plan) in [
        // ministry Markdown: what is not a greenhouse gas, 不属 without 于
        ("plan.md", "# 某球墨铸管产业园碳达峰实施方案\n\n## 一、核算边界\n\n本方案只算二氧化碳一种气体：冲天炉烟气中的一氧化碳按完全氧化折入二氧化碳；球化处理逸出的镁烟尘不属温室气体；甲烷排放量微小，均不在统计之列。\n"),
        // enterprise Word-like text: identified, but classed as non-CO2, then not counted
        ("plan.txt", "某钢球产业园碳达峰实施方案\n\n一、盘查边界与方法\n\n盘查仅计二氧化碳。空调和冷冻设备的制冷剂逸散在盘查中已识别，但属于非二氧化碳温室气体，不计入本方案。\n"),
        // county: the same contrast with 但是
        ("plan.txt", "某县食品产业园碳达峰实施方案\n\n一、核算边界\n\n冷库的含氟制冷剂泄漏已纳入企业台账，但是属于非二氧化碳温室气体，不纳入本方案核算。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // Classed as non-CO2 and counted all the same: reported where it is counted.
    let plan = "# 某钢球产业园碳达峰实施方案\n\n## 一、盘查边界\n\n空调和冷冻设备的制冷剂逸散在盘查中已识别，属于非二氧化碳温室气体，折算为二氧化碳当量后计入园区排放总量。\n";
    let found = findings(plan, "boundary/non-co2");
    assert!(!found.is_empty(), "{plan}");
    assert_eq!(line_of(&found[0]), line_with(plan, "制冷剂逸散"));
}

#[test]
fn an_exclusion_followed_by_a_source_leaves_the_clause_before_alone() {
    let inventory = "2020年园区二氧化碳排放48.18万吨，其中外购电力间接排放38.78万吨，化石燃料燃烧排放9.40万吨。";
    for (name, boundary) in [
        // county Markdown
        ("plan.md", "核算范围为园区规划范围内全部工业企业，排放源包括天然气、柴油燃烧产生的直接排放和外购电力产生的间接排放，不涉及工业生产过程排放，只核算二氧化碳。"),
        // provincial text: 不包括 … the same way
        ("plan.txt", "核算边界为开发区规划范围，排放源为化石燃料燃烧排放和净调入电力间接排放，不计入工业生产过程排放。"),
    ] {
        let plan = format!("某县不锈钢制品产业园碳达峰实施方案\n\n一、核算边界\n\n{boundary}\n\n二、排放现状\n\n{inventory}\n");
        let found = findings_in(name, &plan, "boundary/scope-mismatch");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // Purchased power left out by the cue: the inventory counting it is reported.
    let plan = format!("某县不锈钢制品产业园碳达峰实施方案\n\n一、核算边界\n\n核算范围为园区规划范围内全部工业企业，排放源为天然气、柴油燃烧产生的直接排放，不涉及外购电力间接排放。\n\n二、排放现状\n\n{inventory}\n");
    let found = findings_in("plan.txt", &plan, "boundary/scope-mismatch");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "其中外购电力"));
}

#[test]
fn retiring_coal_gasifiers_supports_the_coal_target() {
    let plan = |measure: &str| {
        format!("# 某陶粒支撑剂产业园碳达峰实施方案\n\n## 一、排放现状\n\n以2020年为基准年。部分企业仍使用煤气发生炉。\n\n## 二、达峰目标\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 煤炭消费量（万吨） | 5.5 | 2.0 | 0 |\n\n## 三、重点任务\n\n{measure}\n")
    };
    for measure in [
        // consultancy table row
        "| 措施 | 责任单位 | 完成时间 | 减排量（万吨） |\n|---|---|---|---|\n| 煤气发生炉淘汰 | 县工信局 | 2026年 | 4.1 |",
        // county prose
        "（一）淘汰煤气发生炉，回转窑全部改用天然气，2026年前完成。",
    ] {
        let text = plan(measure);
        let found: Vec<_> = findings(&text, "target/no-measure")
            .into_iter()
            .filter(|d| d.message.contains("煤炭消费量"))
            .collect();
        assert!(found.is_empty(), "{text}\n{found:?}");
    }
    let text = plan("（一）推广窑尾余热回收，2026年前完成。");
    let found: Vec<_> = findings(&text, "target/no-measure")
        .into_iter()
        .filter(|d| d.message.contains("煤炭消费量"))
        .collect();
    assert_eq!(found.len(), 1, "{text}");
}

#[test]
fn a_scenario_parameter_table_is_the_economic_assumption() {
    let rest = "## 三、达峰目标\n\n园区力争2028年达峰。\n";
    let assumption = |plan: &str| {
        findings(plan, "principle/scientific")
            .into_iter()
            .filter(|d| d.message.contains("经济社会发展态势"))
            .count()
    };
    for params in [
        // consultancy: the table's caption names the parameters
        "表4-1  情景主要参数\n\n| 参数 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 支撑剂产量（万吨） | 60 | 85 | 100 |",
        // city: value added at constant prices in the forecast table
        "| 项目 | 2020年 | 2025年 | 2030年 |\n|---|---|---|---|\n| 工业增加值（亿元，2020年价） | 4.6 | 7.1 | 9.5 |",
    ] {
        let plan = format!("# 某产业园碳达峰实施方案\n\n## 二、情景预测\n\n基准情景维持现有结构；达峰情景叠加全部措施。\n\n{params}\n\n{rest}");
        assert_eq!(assumption(&plan), 0, "{plan}");
    }
    // A value added of the base year alone assumes nothing.
    let plan = format!("# 某产业园碳达峰实施方案\n\n## 二、情景预测\n\n基准情景维持现有结构；达峰情景叠加全部措施。2020年工业增加值4.6亿元（当年价）。\n\n{rest}");
    assert_eq!(assumption(&plan), 1, "{plan}");
}

#[test]
fn another_levels_assessment_base_is_not_a_second_base_year() {
    let head = "# 某棉纺产业园碳达峰实施方案\n\n## 一、总则\n\n本方案以2021年为基准年。\n\n## 三、达峰目标\n\n到2025年，单位工业增加值二氧化碳排放较2021年下降15%。\n\n";
    for quote in [
        // enterprise: the county's assessment, recomputed on the same boundary
        "垦北县对园区的考核以2020年为基期，要求“十四五”单位工业增加值二氧化碳排放较2020年下降14.5%。",
        // city: the municipality's annual assessment
        "市政府对开发区的年度考核以2020年为基期，公司按同一边界补算了2020年数据。",
    ] {
        let plan = format!("{head}{quote}\n");
        let found = findings(&plan, "boundary/base-year");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // The park's own second base: reported.
    let plan = format!("{head}园区对企业的考核以2020年为基期。\n");
    let found = findings(&plan, "boundary/base-year");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "园区对企业"));
}

#[test]
fn a_single_product_with_the_area_in_the_opening_chapter_is_the_profile() {
    let rest = "## 二、碳排放盘查\n\n2020年园区二氧化碳排放11.77万吨。\n\n## 三、达峰目标\n\n以2020年为基准年，园区2027年达峰。\n\n## 四、减碳路径\n\n实施光伏建设。\n\n## 五、跟踪与改进\n\n每年评估。\n\n## 六、保障措施\n\n加强组织领导。\n";
    let profile = |plan: &str| {
        findings(plan, "structure/missing-chapter")
            .into_iter()
            .filter(|d| d.message.contains("园区概况"))
            .count()
    };
    for opening in [
        // enterprise-led
        "园区由某精工集团投资建设和运营，主要生产轴承用高精度钢球。园区占地1.86平方公里，其中一厂区72公顷。",
        // consultancy
        "公司主要制造铝合金轮毂，园区规划面积2.4平方公里。",
    ] {
        let plan = format!("# 某产业园碳达峰实施方案\n\n## 一、总则\n\n{opening}\n\n{rest}");
        assert_eq!(profile(&plan), 0, "{plan}");
    }
    // What production uses is no product: the area alone makes no profile.
    let plan = format!("# 某产业园碳达峰实施方案\n\n## 一、总则\n\n主要生产用能为电力和天然气。园区占地1.86平方公里。\n\n{rest}");
    assert_eq!(profile(&plan), 1, "{plan}");
}

#[test]
fn a_mass_named_emissions_after_it_is_a_total_restated() {
    let head = "以2020年为基准年。2020年产业园二氧化碳排放10.65万吨，单位工业增加值二氧化碳排放1.2吨/万元。";
    for (name, plan) in [
        // PDF-copy style text: the base year by its name, the park, the figure, then 排放
        ("plan.txt", format!("某县食用菌产业园碳达峰实施方案\n\n一、排放现状\n\n{head}\n\n五、监测评估\n\n建立统计监测制度，每年评估目标完成情况；基准年全园1065000吨二氧化碳排放涉及的用能设备全部纳入在线监测。\n")),
        // consultancy Markdown: the year written, 碳排放 after the figure
        ("plan.md", format!("# 某县食用菌产业园碳达峰实施方案\n\n## 一、排放现状\n\n{head}\n\n## 五、监测评估\n\n2020年产业园1065000吨碳排放全部纳入能碳管理平台。\n")),
    ] {
        let found = findings_in(name, &plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "1065000"));
    }
    // A reduction, a factor, a part: no total restated.
    for tail in [
        "到2030年累计减少1065000吨二氧化碳排放。",
        "某企业1065000吨二氧化碳排放已纳入全国碳市场。",
        "2025年园区排放预测为1065000吨二氧化碳排放。",
    ] {
        let plan = format!("# 某县食用菌产业园碳达峰实施方案\n\n## 一、排放现状\n\n{head}\n\n## 五、监测评估\n\n{tail}\n");
        let found = findings(&plan, "boundary/unit");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn a_chapter_naming_only_a_qualifier_is_not_placed_by_position() {
    let body = |chapter: &str| {
        format!("# 某县数码印花产业园碳达峰实施方案\n\n## 1 园区概况\n\n园区规划面积3.2平方公里，主导产业为数码印花。\n\n## 2 碳排放核算与分析\n\n以2020年为基准年，2020年排放15.2万吨。\n\n## 3 达峰目标\n\n园区2028年达峰。\n\n## 4 实施路径\n\n推进光伏建设。\n\n{chapter}\n\n## 6 保障措施\n\n成立工作专班；配齐企业三级计量器具。\n")
    };
    let tracking = |plan: &str| {
        findings(plan, "structure/missing-chapter")
            .into_iter()
            .filter(|d| d.message.contains("指标跟踪"))
            .count()
    };
    // consultancy: the indicators divided among firms, no monitoring, evaluation or review
    let plan = body("## 5 指标分解与落实\n\n将强度指标按能耗占比分解到13家重点企业，其余企业按行业先进值对标落实。");
    assert_eq!(tracking(&plan), 1, "{plan}");
    // county: the same chapter with the loop in it, or titled by its head word, is there
    for chapter in [
        "## 5 指标分解与落实\n\n建立碳排放在线监测平台，每年开展目标完成情况评估，根据评估结果调整措施。",
        "## 5 实施跟踪\n\n每年跟踪各项指标。",
    ] {
        let plan = body(chapter);
        assert_eq!(tracking(&plan), 0, "{plan}");
    }
}

#[test]
fn owners_labelled_by_department_are_responsible_units() {
    let owners = |plan: &str| {
        findings(plan, "principle/feasibility")
            .into_iter()
            .filter(|d| d.message.contains("任务有责任单位"))
            .count()
    };
    let head = "# 某压铸产业园碳达峰实施方案\n\n## 五、减碳路径与项目\n\n";
    for item in [
        // enterprise
        "1. 压铸机伺服节能改造：对280台液压压铸机加装伺服系统。负责部门：集团设备部；完成时间：2027年。",
        // county
        "（一）实施燃煤锅炉替代。负责单位：县工信局；2026年底前完成。",
    ] {
        let plan = format!("{head}{item}\n");
        assert_eq!(owners(&plan), 0, "{plan}");
    }
    let plan =
        format!("{head}1. 压铸机伺服节能改造：对280台液压压铸机加装伺服系统，2027年完成。\n");
    assert_eq!(owners(&plan), 1, "{plan}");
}

#[test]
fn a_label_adopting_a_scenario_makes_the_plans_targets() {
    let head =
        "# 某香料产业园碳达峰实施方案\n\n## 一、总则\n\n基准年为2020年。\n\n## 三、达峰目标\n\n";
    let targets = "到2025年，单位工业增加值二氧化碳排放较2020年下降18.6%；到2030年，单位工业增加值二氧化碳排放较2022年下降37.8%。";
    for label in [
        // consultancy
        "本方案采用达峰情景：园区力争2027年前后达峰。",
        // city
        "综合比选，推荐达峰情景：园区2027年前后达峰。",
    ] {
        let plan = format!("{head}{label}{targets}\n");
        let found = findings(&plan, "boundary/base-year");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert!(found[0].message.contains("2022"), "{:?}", found[0].message);
    }
    // A label naming the scenario only describes it: its figures are the scenario's.
    let plan = format!("{head}达峰情景：园区2027年前后达峰。{targets}\n");
    assert!(findings(&plan, "boundary/base-year").is_empty(), "{plan}");
}

#[test]
fn a_part_restated_against_the_captioned_inventory_table() {
    let table = "表1  2020年园区二氧化碳排放清单（万吨）\n\n| 排放源 | 排放量 | 占比（%） |\n|---|---|---|\n| 化石燃料燃烧 | 2.5 | 13.2 |\n| 外购电力 | 17.26 | 86.8 |\n| 合计 | 19.76 | 100.0 |\n";
    for text in [
        // consultancy: the part after 其中
        "2020年园区二氧化碳排放19.76万吨，其中外购电力间接排放1726000吨，占八成以上。",
        // county: the part with its electricity
        "2020年园区二氧化碳排放19.76万吨，净调入电力2.9亿千瓦时，对应间接排放1726000吨。",
    ] {
        let plan =
            format!("# 某编织袋产业园碳达峰实施方案\n\n## 二、排放现状\n\n{text}\n\n{table}");
        let found = findings(&plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "| 外购电力 | 17.26"));
    }
    // Restated right, or a figure per tonne of product: nothing to report.
    for text in [
        "2020年园区二氧化碳排放19.76万吨，其中外购电力间接排放172600吨，占八成以上。",
        "2020年园区二氧化碳排放19.76万吨，每吨碳化硅过程排放2.5吨。",
    ] {
        let plan =
            format!("# 某编织袋产业园碳达峰实施方案\n\n## 二、排放现状\n\n{text}\n\n{table}");
        let found = findings(&plan, "boundary/unit");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn the_paragraph_before_dates_a_parts_figure() {
    let table = "表1  2020年园区二氧化碳排放清单（万吨）\n\n| 排放源 | 排放量 | 占比（%） |\n|---|---|---|\n| 燃煤 | 33.2 | 48.0 |\n| 净调入电力 | 36.0 | 52.0 |\n| 合计 | 69.2 | 100.0 |\n";
    let plan = |between: &str| {
        format!("# 某盐化工产业园碳达峰实施方案\n\n## 二、排放清单\n\n2020年园区二氧化碳排放总量69.2万吨。\n\n{between}净调入电力6.2亿千瓦时，对应间接排放3600000吨，是第一大排放源。\n\n{table}")
    };
    // PDF-copy style: the part in a paragraph of its own right after the dated one
    let text = plan("");
    let found = findings(&text, "boundary/unit");
    assert_eq!(found.len(), 1, "{text}\n{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&text, "| 净调入电力 | 36.0"));
    // Another paragraph between, or another heading: the year is not carried.
    for between in ["园区用能以燃煤为主。\n\n", "## 三、用能结构\n\n"] {
        let text = plan(between);
        let found = findings(&text, "boundary/unit");
        assert!(found.is_empty(), "{text}\n{found:?}");
    }
}
