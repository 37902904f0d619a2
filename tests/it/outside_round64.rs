//! Readings generalised in session 35, each in more than one drafting style, with the
//! negative beside it:
//! - a PDF copy pasted into Word (every printed line a paragraph, page numbers and running
//!   headers among them, tables aligned with spaces) reads as the same copy saved as text;
//! - an exclusion after a clause that names a rule (`…排放量极小，依指南口径不予核算`), or after a
//!   clause refusing the topic (`…，园区产品和工艺不使用，也不在本方案核算范围内`), reaches back to
//!   the gases;
//! - a part taking a stricter stance (`公司本部两个厂区自我加压，2025年…下降22%`) sets its own
//!   goal, no second value of the park's;
//! - a measure naming coal-fired plant (`燃煤导热油炉逐步改为…`) acts on coal use;
//! - a CO2e total target against a CO2e scenario path is one goal stated twice;
//! - two own values of one year's total: the reduction gap is measured to the one the
//!   scenario confirms;
//! - a chapter securing gas or steam supply (`七、供气保障与应急管理`) is no safeguards
//!   chapter; `园区占地…`, `盘查边界为园区…平方公里范围` state the park's area;
//! - a cited upper-level plan's tasks for the park (`落实《…市碳达峰实施方案》对园区的任务要求`)
//!   take up the allocated task.

use crate::common::{docx_bytes, findings, findings_in, line_of, line_with};
use peaklint::checks::Lang;
use peaklint::diagnostic::Diagnostic;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pack;
use peaklint::pipeline::check_document;

fn all_findings(name: &str, bytes: &[u8]) -> Vec<Diagnostic> {
    let doc = match read_bytes(name, bytes, &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{name}: {e}"),
    };
    check_document(&doc, pack::default_pack(), Lang::Zh).diagnostics
}

/// A .docx with one paragraph for every non-blank line of `text`, as Word keeps a PDF
/// copy pasted into it.
fn pasted(text: &str) -> Vec<u8> {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('\u{c}', "")
    };
    let body: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                escape(l)
            )
        })
        .collect();
    docx_bytes(&body)
}

/// Rule and message, with `第N行`/`第N段` (a line in text, a paragraph in Word) set aside.
fn judged(found: &[Diagnostic]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = found
        .iter()
        .map(|d| {
            let mut m = String::new();
            let mut digits = false;
            for c in d.message.chars() {
                if c.is_ascii_digit() {
                    digits = true;
                    continue;
                }
                if digits && (c == '行' || c == '段') {
                    m.push('#');
                } else if digits {
                    m.push('0');
                    m.push(c);
                } else {
                    m.push(c);
                }
                digits = false;
            }
            (d.rule.to_string(), m)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_pdf_copy_pasted_into_word_reads_as_the_copy_saved_as_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/probe-plans");
    let mut copies = 0;
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("{}", dir.display())
    };
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        // Copies out of a PDF: page numbers such as `— 3 —` on lines of their own.
        if !text.lines().any(|l| {
            let t = l.trim();
            t.starts_with('—') && t.ends_with('—') && t.chars().any(|c| c.is_ascii_digit())
        }) {
            continue;
        }
        copies += 1;
        let name = path.display().to_string();
        let as_text = all_findings("plan.txt", text.as_bytes());
        let as_word = all_findings("plan.docx", &pasted(&text));
        assert_eq!(judged(&as_text), judged(&as_word), "{name}");
    }
    assert!(copies >= 15, "{copies} PDF copies among the fixtures");
}

#[test]
fn a_finding_in_a_pasted_paragraph_points_at_the_line_its_sentence_starts_on() {
    // The plan's one non-CO2 slip sits in a sentence that starts on one pasted line and
    // ends on the next, in a paragraph that starts two lines above: the finding is on the
    // line its sentence starts on (a Word paragraph).
    let lines = [
        "                某园区碳达峰实施方案",
        "一、碳排放现状",
        "　　园区以化工新材料为主导产业，2020年实现工业增加值58.6亿元，综合能源消费量",
        "42.3万吨标准煤。核算边界为园区规划范围内全部企业，核算能源活动和工业过程二氧",
        "化碳排放，基准年为2020年。2020年园区温室气体排放总量96.4万吨二氧化碳当量，其",
        "中甲烷和氧化亚氮合计4.1万吨二氧化碳当量，一并计入园区排放总量和达峰目标。",
        "— 1 —",
        "某园区碳达峰实施方案",
        "二、主要目标",
        "　　到2025年，单位工业增加值二氧化碳排放较2020年下降18%以上；到2030年，较2020年",
        "下降35%以上，园区力争2028年前后实现碳达峰。非化石能源消费比重2025年达到12%，2030",
        "年达到20%；单位工业增加值能耗2025年较2020年下降14%，2030年较2020年下降26%；工业",
        "固体废物综合利用率2025年达到85%，2030年达到90%以上，绿色工厂覆盖率逐年提高。",
        "三、实施路径",
        "　　推进厂房屋顶分布式光伏建设，2025年新增装机2万千瓦，2030年累计达到5万千瓦；推",
        "动蒸汽管网余热回收和电机系统节能改造，2025年、2030年分别减排3.2万吨和7.6万吨。",
    ];
    let text = lines.join("\n");
    let found: Vec<Diagnostic> = all_findings("plan.docx", &pasted(&text))
        .into_iter()
        .filter(|d| d.rule == "boundary/non-co2")
        .collect();
    let paragraphs: Vec<Option<u32>> = found
        .iter()
        .map(|d| d.location.as_ref().and_then(|l| l.paragraph))
        .collect();
    // Paragraphs count from 1: the sentence of the CO2e total starts on the fifth line,
    // inside the paragraph that starts on the third.
    assert_eq!(paragraphs, [Some(5)], "{found:?}");
    // Word paragraphs written one a paragraph are not joined: the same plan, unwrapped,
    // reports the slip in its own paragraph.
    let unwrapped = [
        "某园区碳达峰实施方案",
        "一、碳排放现状",
        "园区以化工新材料为主导产业，2020年实现工业增加值58.6亿元，综合能源消费量42.3万吨标准煤。核算边界为园区规划范围内全部企业，核算能源活动和工业过程二氧化碳排放，基准年为2020年。",
        "2020年园区温室气体排放总量96.4万吨二氧化碳当量，其中甲烷和氧化亚氮合计4.1万吨二氧化碳当量，一并计入园区排放总量和达峰目标。",
        "二、主要目标",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降18%以上；到2030年，较2020年下降35%以上，园区力争2028年前后实现碳达峰。",
    ];
    let found: Vec<Option<u32>> = all_findings("plan.docx", &pasted(&unwrapped.join("\n")))
        .into_iter()
        .filter(|d| d.rule == "boundary/non-co2")
        .map(|d| d.location.and_then(|l| l.paragraph))
        .collect();
    assert_eq!(found, [Some(4)]);
}

#[test]
fn an_exclusion_after_a_rule_or_a_refusal_reaches_back_to_the_gases() {
    for (name, plan) in [
        // a PDF copy in text: the rule named in the cue's clause (依…口径)
        ("plan.txt", "某园区碳达峰实施方案\n\n一、核算边界\n\n核算边界为园区规划范围内全部企业，排放源包括化石燃料燃烧和净调入电力。甲烷、氧化亚氮等其他温室气体排放量极小，依指南口径不予核算。\n".to_string()),
        // enterprise: the park does not use them, and they are outside the accounting
        ("plan.txt", "某园区碳达峰实施方案\n\n1 盘查边界\n\n1.1 盘查范围\n\n本方案参照《工业其他行业企业温室气体排放核算方法与报告指南（试行）》。上述指南涉及的六氟化硫和氢氟碳化物，园区产品和工艺不使用，也不在本方案核算范围内，本方案只盘查二氧化碳。\n".to_string()),
        // ministry Markdown: refused by the firms, then left out
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 一、核算边界\n\n全氟化碳和三氟化氮，园区企业均不生产、不使用，不纳入本方案核算。\n".to_string()),
        // province: 依 with the guide's title
        ("plan.txt", "某园区碳达峰实施方案\n\n一、核算边界\n\n园区污水处理厂厌氧工段产生少量甲烷，依《编制指南》不纳入核算，本方案仅核算二氧化碳。\n".to_string()),
    ] {
        let found = findings_in(name, &plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // Gases counted are still reported, in each style.
    for (name, plan) in [
        ("plan.txt", "某园区碳达峰实施方案\n\n一、核算边界\n\n2020年园区排放总量32.6万吨二氧化碳当量，其中甲烷2.1万吨二氧化碳当量，依指南口径一并核算。\n"),
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 一、核算边界\n\n园区使用六氟化硫绝缘开关，年逸散0.2吨，依次计入排放总量。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/non-co2");
        assert!(!found.is_empty(), "{plan}");
        assert_eq!(line_of(&found[0]), Some(5), "{found:?}");
    }
}

#[test]
fn a_part_taking_a_stricter_stance_sets_its_own_goal() {
    let park = "到2025年，园区单位工业增加值二氧化碳排放较2020年下降20%以上；到2030年，较2020年下降42%左右。";
    for part in [
        // enterprise-led park: the company's own plants
        "公司本部两个厂区自我加压，2025年单位工业增加值二氧化碳排放较2020年下降22%。",
        // city: a sub-area trying first
        "东区片区先行先试，2025年单位工业增加值二氧化碳排放较2020年下降23%。",
        // consultancy: the leading firms
        "龙头企业要率先垂范，2025年单位工业增加值二氧化碳排放较2020年下降25%。",
    ] {
        for (name, plan) in [
            (
                "plan.md",
                format!("# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n{park}{part}\n"),
            ),
            (
                "plan.txt",
                format!("某园区碳达峰实施方案\n\n四、碳达峰目标\n\n{park}{part}\n"),
            ),
        ] {
            let found = findings_in(name, &plan, "target/conflict");
            assert!(found.is_empty(), "{part}\n{found:?}");
        }
    }
    // The park itself pressing harder states its goal twice.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n{park}园区自我加压，2025年单位工业增加值二氧化碳排放较2020年下降22%。\n");
    let found = findings(&plan, "target/conflict");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), Some(5));
}

/// A plan with a coal-use target and one pathway task.
fn coal_plan(task: &str) -> String {
    format!("# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n到2025年，园区燃煤消费量降至3.5万吨，单位工业增加值二氧化碳排放较2020年下降18%。\n\n## 五、实施路径\n\n### （一）热源替代\n\n{task}\n\n### （二）节能改造\n\n推进电机系统节能改造，单位工业增加值二氧化碳排放持续下降。\n")
}

#[test]
fn a_measure_naming_coal_fired_plant_acts_on_coal_use() {
    for task in [
        // county: the thermal-oil furnaces switched to biomass
        "燃煤导热油炉逐步改为燃用砂光粉和木屑的生物质热能中心，2025年减排2.0万吨。",
        // enterprise: the hot-air stoves shut
        "2024年底前关停厂区燃煤热风炉，改用园区集中蒸汽。",
        // province: the kilns converted
        "推动燃煤窑炉实施天然气替代改造。",
    ] {
        let found = findings(&coal_plan(task), "target/no-measure");
        assert!(
            !found.iter().any(|d| d.message.contains("煤炭消费量")),
            "{task}: {found:?}"
        );
    }
    let plan = coal_plan("推进厂房屋顶分布式光伏建设。");
    let found = findings(&plan, "target/no-measure");
    assert!(
        found.iter().any(|d| d.message.contains("煤炭消费量")),
        "{found:?}"
    );
}

/// A scenario table and an indicator table, both in `unit`, the indicator's 2030 total
/// `indicator`.
fn co2e_plan(scenario_unit: &str, indicator_unit: &str, indicator: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 四、达峰情景与目标\n\n表3  园区碳排放情景预测（单位：{scenario_unit}）\n\n| 情景 | 2022年 | 2025年 | 2028年 | 2030年 |\n|---|---|---|---|---|\n| 基准情景 | 28.8 | 35.1 | 40.5 | 44.5 |\n| 达峰情景 | 28.8 | 31.6 | 33.4 | 32.9 |\n\n推荐达峰情景：园区2028年前后达峰。\n\n表4  园区碳达峰指标\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 碳排放总量（{indicator_unit}） | 24.24 | 31.6 | {indicator} |\n"
    )
}

#[test]
fn a_co2e_target_off_a_co2e_path_conflicts() {
    let plan = co2e_plan("万吨二氧化碳当量", "万吨二氧化碳当量", "33.9");
    let found = findings(&plan, "target/conflict");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "| 33.9 |"));
    assert!(found[0].message.contains("32.9"), "{}", found[0].message);
    // The same figures on one basis agree; a CO2e target is not set against a CO2 path.
    for plan in [
        co2e_plan("万吨二氧化碳当量", "万吨二氧化碳当量", "32.9"),
        co2e_plan("万吨二氧化碳", "万吨二氧化碳当量", "33.9"),
    ] {
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

/// BAU and policy rows, the 2030 total in the text (`text`) and in the indicator table
/// (`table`), and measures cutting `cut` by 2030.
fn gap_plan(text: &str, table: &str, cut: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 四、情景分析\n\n表4-1  园区CO2排放情景预测（单位：万吨）\n\n| 情景 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 基准情景 | 37.3 | 47.8 | 56.5 |\n| 达峰情景 | 37.3 | 42.5 | 40.2 |\n\n## 五、碳达峰目标\n\n到2030年，园区二氧化碳排放总量回落至{text}万吨。\n\n表5-1  主要指标\n\n| 指标 | 单位 | 2020年 | 2030年 |\n|---|---|---|---|\n| CO2排放总量 | 万吨 | 37.3 | {table} |\n\n## 六、重点任务\n\n表6-1  重点措施减排量（单位：万吨）\n\n| 措施 | 2030年 |\n|---|---|\n| 屋顶光伏 | 3.8 |\n| 余热回收 | {rest:.1} |\n| 合计 | {cut} |\n",
        // The rows add up to the total (a total its rows contradict counts for their sum).
        rest = cut.parse::<f64>().unwrap_or(0.0) - 3.8
    )
}

#[test]
fn the_gap_is_measured_to_the_total_the_scenario_confirms() {
    // 40.2 in the text and the scenario, 42.0 in the table: the gap is 56.5 - 40.2 = 16.3,
    // and 14.3 falls short of it.
    let plan = gap_plan("40.2", "42.0", "14.3");
    let found = findings(&plan, "target/reduction-gap");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("目标40.2万吨"),
        "{}",
        found[0].message
    );
    assert!(
        found[0].message.contains("差距16.3万吨"),
        "{}",
        found[0].message
    );
    // One value stated twice: the gap to it is covered.
    for plan in [
        gap_plan("42.0", "42.0", "14.5"),
        gap_plan("40.2", "40.2", "16.3"),
    ] {
        let found = findings(&plan, "target/reduction-gap");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn a_chapter_securing_gas_or_steam_is_no_safeguards_chapter_and_footprints_are_areas() {
    let body =
        "## 一、碳排放现状\n\n正文。\n\n## 二、主要目标\n\n正文。\n\n## 三、重点任务\n\n正文。\n\n";
    for last in [
        "## 四、供气保障与应急管理\n\n（一）管道备用。建设第二条氧气管道。（二）储罐建设。新建液氧储罐2座。\n",
        "## 四、蒸汽保障工程\n\n建设背压机组，保障园区用汽。\n",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n{body}{last}");
        let found = findings(&plan, "structure/missing-chapter");
        assert!(found.iter().any(|d| d.message.contains("保障措施")), "{last}: {found:?}");
    }
    // The park's footprint and the inventory's boundary in area, stated two ways.
    for (first, second) in [
        (
            "园区占地1.26平方公里，现有空分装置9套。",
            "盘查边界为园区1.62平方公里范围内全部生产设施。",
        ),
        (
            "开发区总占地约12.6平方公里。",
            "统计范围为开发区16.2平方公里范围内。",
        ),
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n{first}\n\n## 二、碳排放现状\n\n{second}\n");
        let found = findings(&plan, "boundary/area");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), Some(9));
    }
    // A company's footprint is not the park's.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n华峰公司占地0.8平方公里。\n\n## 二、碳排放现状\n\n盘查边界为园区1.62平方公里范围内全部生产设施。\n";
    assert!(findings(plan, "boundary/area").is_empty());
}

#[test]
fn an_upper_plans_tasks_for_the_park_are_taken_up() {
    for sentence in [
        // a PDF copy (county)
        "落实《山东省碳达峰实施方案》《渠丘市碳达峰实施方案》对园区的任务要求，编制本方案。",
        // ministry style
        "全面落实《江城市碳达峰实施方案》对开发区提出的目标任务。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n{sentence}\n");
        let found = findings(&plan, "principle/coordination");
        assert!(
            !found
                .iter()
                .any(|d| d.message.contains("承接上级分解下达的目标")),
            "{sentence}: {found:?}"
        );
    }
    let plan = "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n《园区国土空间规划》对园区的功能定位作了调整。\n";
    let found = findings(plan, "principle/coordination");
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("承接上级分解下达的目标")),
        "{found:?}"
    );
}

#[test]
fn word_paragraphs_of_one_length_that_end_sentences_are_not_joined() {
    // A county plan's task list, each task a one-line paragraph of about one length: a
    // common width, but every line ends its sentence. Nothing is joined: each finding
    // stays on its own paragraph.
    let mut lines = vec![
        "某园区碳达峰实施方案".to_string(),
        "一、重点任务".to_string(),
    ];
    for (i, task) in [
        "推动能源结构优化调整，严控化石能源消费总量和强度。",
        "推进工业领域节能降碳，实施重点用能设备更新改造。",
        "加快分布式光伏建设，提高园区可再生能源消费比重。",
        "推动蒸汽管网余热回收，提高园区能源梯级利用水平。",
        "推进厂内物流车辆电动化，建设充换电基础设施网络。",
        "实施循环化改造，提高工业固体废物综合利用率水平。",
        "完善能源计量体系，推动重点用能单位在线监测全覆盖。",
    ]
    .iter()
    .enumerate()
    {
        lines.push(format!(
            "（{}）{task}",
            ["一", "二", "三", "四", "五", "六", "七"][i]
        ));
    }
    lines.push(
        "园区2020年温室气体排放总量96.4万吨二氧化碳当量，其中甲烷4.1万吨二氧化碳当量。".to_string(),
    );
    let found: Vec<Option<u32>> = all_findings("plan.docx", &pasted(&lines.join("\n")))
        .into_iter()
        .filter(|d| d.rule == "boundary/non-co2")
        .map(|d| d.location.and_then(|l| l.paragraph))
        .collect();
    assert_eq!(found, [Some(10)]);
}
