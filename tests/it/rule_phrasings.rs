//! Per-rule phrasings in the drafting styles plans come in — ministry (部委), province (省级),
//! city/county (市县), consultancy (咨询机构研究报告), enterprise (企业/集团园区) — and in the
//! formats they arrive in: Markdown (pipe tables), plain text (tables aligned by runs of
//! spaces, as copied from a PDF; also with the prose hard-wrapped, `Fmt::Pdf`) and .docx
//! (Word tables). Written for these tests, not copied from the corpus. Every must-fire
//! case asserts the rule, the line (the paragraph for .docx) and words of the message;
//! every must-not case asserts silence.

use peaklint::checks::Lang;
use peaklint::diagnostic::Diagnostic;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pack;
use peaklint::pipeline::check_document;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy, Debug)]
enum Fmt {
    Md,
    Txt,
    Docx,
    /// Plain text as copied out of a PDF: prose hard-wrapped at 40 columns, tables
    /// aligned by runs of spaces.
    Pdf,
}

/// A drafting style: the heading of the targets chapter and of the pathway chapter.
#[derive(Clone, Copy)]
struct Style {
    name: &'static str,
    title: &'static str,
    targets: &'static str,
    pathway: &'static str,
}

const MINISTRY: Style = Style {
    name: "ministry",
    title: "国家级经济技术开发区碳达峰实施方案",
    targets: "一、主要目标",
    pathway: "二、重点任务",
};
const PROVINCE: Style = Style {
    name: "province",
    title: "省级高新技术产业开发区碳达峰实施方案",
    targets: "第三章 碳达峰目标",
    pathway: "第四章 实施路径",
};
const CITY: Style = Style {
    name: "city",
    title: "县经济开发区碳达峰实施方案",
    targets: "三、碳达峰目标",
    pathway: "四、重点任务",
};
const CONSULTANCY: Style = Style {
    name: "consultancy",
    title: "化工园区碳达峰实施方案（研究报告）",
    targets: "四、情景预测与达峰目标",
    pathway: "五、实施路径",
};
const ENTERPRISE: Style = Style {
    name: "enterprise",
    title: "集团产业园碳达峰行动方案",
    targets: "二、达峰目标",
    pathway: "三、重点任务",
};

/// The plan's lines: title, a boundary chapter, the targets chapter with `goal`, the
/// pathway chapter with `measures`. `goal` and `measures` hold lines; a line starting
/// with `|` is a table row (`|---|` rows are Markdown's separator).
fn lines(style: Style, goal: &str, measures: &str, fmt: Fmt, base: bool) -> Vec<String> {
    let h = |t: &str| match fmt {
        Fmt::Md => format!("## {t}"),
        _ => t.to_string(),
    };
    let mut out = vec![
        match fmt {
            Fmt::Md => format!("# {}", style.title),
            _ => style.title.to_string(),
        },
        h("一、碳排放现状"),
        if base {
            "本方案以2020年为基准年，核算园区规划范围内能源活动和工业生产过程的二氧化碳排放。2020年园区二氧化碳排放总量为100万吨。"
        } else {
            "核算园区规划范围内能源活动和工业生产过程的二氧化碳排放。园区排放以化石燃料燃烧为主。"
        }
        .to_string(),
        h(style.targets),
    ];
    out.extend(goal.lines().map(str::to_string));
    out.push(h(style.pathway));
    out.extend(measures.lines().map(str::to_string));
    out
}

fn is_separator(l: &str) -> bool {
    l.starts_with('|') && l.chars().all(|c| "|-: ".contains(c))
}

fn cells(l: &str) -> Vec<&str> {
    l.trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect()
}

/// For each line of a table, the display width of each column of its table (the widest
/// cell of the column); empty for other lines.
fn column_widths(lines: &[String]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let table = |k: usize| lines.get(k).is_some_and(|l| l.starts_with('|'));
        if !table(i) {
            i += 1;
            continue;
        }
        let start = i;
        while table(i) {
            i += 1;
        }
        let mut widths: Vec<usize> = Vec::new();
        for l in lines.get(start..i).unwrap_or(&[]) {
            if is_separator(l) {
                continue;
            }
            for (k, c) in cells(l).iter().enumerate() {
                let w = UnicodeWidthStr::width(*c);
                match widths.get_mut(k) {
                    Some(m) => *m = (*m).max(w),
                    None => widths.push(w),
                }
            }
        }
        for slot in out.get_mut(start..i).unwrap_or(&mut []) {
            slot.clone_from(&widths);
        }
    }
    out
}

/// A table row as aligned plain text: each cell padded to its column's width, columns
/// two spaces apart.
fn aligned(cells: &[&str], widths: &[usize]) -> String {
    let mut line = String::new();
    for (k, c) in cells.iter().enumerate() {
        if k + 1 == cells.len() {
            line.push_str(c);
            break;
        }
        let pad = widths
            .get(k)
            .copied()
            .unwrap_or(0)
            .saturating_sub(UnicodeWidthStr::width(*c));
        line.push_str(c);
        line.push_str(&" ".repeat(pad + 2));
    }
    line
}

/// A paragraph hard-wrapped at 40 columns, as a PDF's text layer gives it.
fn wrap(l: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in l.chars() {
        let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
        if width + w > 40 {
            out.push('\n');
            width = 0;
        }
        out.push(c);
        width += w;
    }
    out
}

/// The file of a plan in `fmt`, and the line (paragraph for .docx) of each source line.
fn render(lines: &[String], fmt: Fmt) -> (Vec<u8>, Vec<u32>) {
    match fmt {
        Fmt::Md => {
            let mut text = String::new();
            let mut at = Vec::new();
            let mut n = 0u32;
            let mut in_table = false;
            for l in lines {
                let table = l.starts_with('|');
                if !(table && in_table) && n > 0 {
                    text.push('\n');
                    n += 1;
                }
                in_table = table;
                n += 1;
                at.push(n);
                text.push_str(l);
                text.push('\n');
            }
            (text.into_bytes(), at)
        }
        Fmt::Txt | Fmt::Pdf => {
            // One paragraph a line (.pdf: hard-wrapped); tables aligned by runs of
            // spaces, as text copied from a PDF: every column padded to its widest cell
            // and two spaces.
            let mut text = String::new();
            let mut at = Vec::new();
            let mut n = 0u32;
            let widths = column_widths(lines);
            for (i, l) in lines.iter().enumerate() {
                if is_separator(l) {
                    at.push(n);
                    continue;
                }
                let line = if l.starts_with('|') {
                    aligned(&cells(l), widths.get(i).map_or(&[][..], Vec::as_slice))
                } else if matches!(fmt, Fmt::Pdf) {
                    let wrapped = wrap(l);
                    at.push(n + 1);
                    n += wrapped.lines().count() as u32;
                    text.push_str(&wrapped);
                    text.push('\n');
                    continue;
                } else {
                    l.clone()
                };
                n += 1;
                at.push(n);
                text.push_str(&line);
                text.push('\n');
            }
            (text.into_bytes(), at)
        }
        Fmt::Docx => {
            let esc = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
            let p = |t: &str| {
                format!(
                    "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                    esc(t)
                )
            };
            let mut body = String::new();
            let mut at = Vec::new();
            let mut n = 0u32;
            let mut table: Vec<Vec<String>> = Vec::new();
            let flush = |table: &mut Vec<Vec<String>>, body: &mut String| {
                if table.is_empty() {
                    return;
                }
                body.push_str("<w:tbl>");
                for row in table.drain(..) {
                    body.push_str("<w:tr>");
                    for c in row {
                        body.push_str(&format!("<w:tc>{}</w:tc>", p(&c)));
                    }
                    body.push_str("</w:tr>");
                }
                body.push_str("</w:tbl>");
            };
            for l in lines {
                if is_separator(l) {
                    at.push(n);
                    continue;
                }
                if l.starts_with('|') {
                    let row: Vec<String> = cells(l).iter().map(|c| c.to_string()).collect();
                    at.push(n + 1);
                    n += row.len() as u32;
                    table.push(row);
                    continue;
                }
                flush(&mut table, &mut body);
                n += 1;
                at.push(n);
                body.push_str(&p(l));
            }
            flush(&mut table, &mut body);
            (crate::common::docx_bytes(&body), at)
        }
    }
}

/// One phrasing: the targets chapter's and the pathway chapter's lines; for a must-fire
/// case, the text of the line the finding is on and words of its message.
struct Case {
    style: Style,
    fmt: Fmt,
    goal: &'static str,
    measures: &'static str,
    fires: Option<(&'static str, &'static [&'static str])>,
}

fn run(rule: &str, cases: &[Case]) -> (usize, usize) {
    run_in(rule, cases, true)
}

/// As [`run`]; `base`: whether the plan declares its base year (本方案以2020年为基准年).
fn run_in(rule: &str, cases: &[Case], base: bool) -> (usize, usize) {
    let mut problems = Vec::new();
    let (mut fire, mut silent) = (0, 0);
    for (k, c) in cases.iter().enumerate() {
        let ls = lines(c.style, c.goal, c.measures, c.fmt, base);
        let (bytes, at) = render(&ls, c.fmt);
        let name = match c.fmt {
            Fmt::Md => "plan.md",
            Fmt::Txt | Fmt::Pdf => "plan.txt",
            Fmt::Docx => "plan.docx",
        };
        let doc = match read_bytes(name, &bytes, &Limits::default()) {
            Ok(d) => d,
            Err(e) => panic!("case {k}: {e}"),
        };
        let found: Vec<Diagnostic> = check_document(&doc, pack::default_pack(), Lang::Zh)
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == rule)
            .collect();
        let what = format!("{rule} case {k} ({}, {:?})", c.style.name, c.fmt);
        match c.fires {
            None => {
                silent += 1;
                if !found.is_empty() {
                    problems.push(format!(
                        "{what}: must not fire: {:?}",
                        found.iter().map(|d| &d.message).collect::<Vec<_>>()
                    ));
                }
            }
            Some((on, words)) => {
                fire += 1;
                let index = ls.iter().position(|l| l.contains(on));
                let line = index.and_then(|i| at.get(i).copied());
                // A .docx table row is a paragraph per cell: the finding may be on any;
                // a wrapped paragraph of .pdf text spans lines: on any of them.
                let width = match index.and_then(|i| ls.get(i)) {
                    Some(l) if l.starts_with('|') => cells(l).len() as u32,
                    Some(l) if matches!(c.fmt, Fmt::Pdf) => wrap(l).lines().count() as u32,
                    _ => 1,
                };
                let Some(line) = line else {
                    problems.push(format!("{what}: no line holds {on}"));
                    continue;
                };
                let hit = found.iter().find(|d| {
                    let loc = d.location.as_ref();
                    match c.fmt {
                        Fmt::Docx => loc
                            .and_then(|l| l.paragraph)
                            .is_some_and(|p| (line..line + width).contains(&p)),
                        Fmt::Pdf => loc
                            .and_then(|l| l.line)
                            .is_some_and(|l| (line..line + width).contains(&l)),
                        _ => loc.and_then(|l| l.line) == Some(line),
                    }
                });
                match hit {
                    None => problems.push(format!(
                        "{what}: no finding at {line} ({on}); found {:?}",
                        found
                            .iter()
                            .map(|d| (
                                d.location.as_ref().map(|l| (l.line, l.paragraph)),
                                &d.message
                            ))
                            .collect::<Vec<_>>()
                    )),
                    Some(d) => {
                        for w in words.iter() {
                            if !d.message.contains(w) {
                                problems.push(format!("{what}: message lacks {w}: {}", d.message));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    (fire, silent)
}

// ---------------------------------------------------------------------------------------
// target/reduction-gap
// ---------------------------------------------------------------------------------------

const GAP_BAU: &str = "经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。";
const GAP_SHORT: &str = "实施屋顶分布式光伏工程，年减排二氧化碳约8万吨。\n推进燃煤锅炉替代，年减排二氧化碳6万吨。\n实施余热回收改造，年减少二氧化碳排放5万吨。";
const GAP_TABLE: &str = "重点项目减排量测算如下。\n| 项目 | 2025年（万吨） | 2030年（万吨） |\n|---|---|---|\n| 分布式光伏 | 3 | 8 |\n| 燃煤替代 | 2 | 6 |\n| 余热回收 | 2 | 5 |\n| 合计 | 7 | 19 |";

/// Where a gap finding stands: at the measures' stated total when they have one (a table's
/// 合计 row, a `上述措施合计…` sentence), else at the first measure with a reduction.
fn gap_anchor(measures: &'static str) -> &'static str {
    let head = |l: &'static str| l.char_indices().nth(8).map_or(l, |(i, _)| &l[..i]);
    if measures.contains("| 合计") {
        return "| 合计";
    }
    let lines: Vec<&'static str> = measures.lines().collect();
    lines
        .iter()
        .find(|l| l.contains("合计") || l.contains("上述"))
        .or_else(|| lines.iter().find(|l| l.contains("减")))
        .map_or(measures, |l| head(l))
}

fn gap_cases() -> Vec<Case> {
    const WORDS: &[&str] = &["2030年", "150万吨", "差距30万吨", "缺口11万吨"];
    let fire = |style, fmt, goal, measures| Case {
        style,
        fmt,
        goal,
        measures,
        fires: Some((gap_anchor(measures), WORDS)),
    };
    // The measures' place named where gap_anchor cannot tell it: a table's first row, a
    // recap read as their stated total.
    let fire_at = |style, fmt, goal, measures, on| Case {
        style,
        fmt,
        goal,
        measures,
        fires: Some((on, WORDS)),
    };
    let silent = |style, fmt, goal, measures| Case {
        style,
        fmt,
        goal,
        measures,
        fires: None,
    };
    vec![
        // Must fire: the 2030 gap against the 2030 reductions.
        fire(MINISTRY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", GAP_SHORT),
        fire(PROVINCE, Fmt::Md, "园区确保2030年前实现碳达峰，峰值控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", GAP_SHORT),
        fire(CITY, Fmt::Txt, "到2030年，开发区二氧化碳排放量不超过120万吨。\n经测算，基准情景下2030年开发区二氧化碳排放将达到150万吨。", GAP_SHORT),
        fire(CONSULTANCY, Fmt::Md, "经测算，基准情景下2030年园区二氧化碳排放将达到150万吨，低碳情景下2030年为120万吨。", GAP_SHORT),
        fire(ENTERPRISE, Fmt::Docx, "到2030年，产业园二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年产业园二氧化碳排放将达到150万吨。", GAP_SHORT),
        fire(MINISTRY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", GAP_TABLE),
        fire(PROVINCE, Fmt::Txt, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", GAP_TABLE),
        fire(CITY, Fmt::Docx, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", GAP_TABLE),
        // 分别: 2025's 3 and 2030's 8; the 2030 sum is 8 + 6 + 5.
        fire(CONSULTANCY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", "推进分布式光伏开发，2025年、2030年分别减排二氧化碳3万吨和8万吨。\n推进燃煤锅炉替代，2025年、2030年分别减排二氧化碳2万吨和6万吨。\n实施余热回收改造，2025年和2030年分别减排二氧化碳2万吨、5万吨。"),
        // 相应: the years written with the capacities.
        fire(ENTERPRISE, Fmt::Md, "到2030年，产业园二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年产业园二氧化碳排放将达到150万吨。", "光伏装机2025年达到10万千瓦、2030年达到25万千瓦，相应减排二氧化碳3万吨和8万吨。\n燃煤锅炉2025年替代一半、2030年全部替代，相应减排二氧化碳2万吨和6万吨。\n余热回收2025年、2030年分别减排二氧化碳2万吨和5万吨。"),
        // A stated total of the year.
        fire(CITY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", "经测算，上述措施2025年合计可减排二氧化碳7万吨，2030年合计可减排19万吨。"),
        // The policy scenario in a table, years across.
        fire(CONSULTANCY, Fmt::Md, "园区力争2028年前后实现碳达峰。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n| 情景 | 2025年 | 2030年 |\n|---|---|---|\n| 达峰情景（万吨） | 115 | 120 |", GAP_SHORT),
        fire(PROVINCE, Fmt::Docx, "园区力争2028年前后实现碳达峰。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n| 情景 | 2025年 | 2030年 |\n|---|---|---|\n| 低碳情景（万吨） | 115 | 120 |", GAP_SHORT),
        fire(MINISTRY, Fmt::Txt, "园区确保2030年前实现碳达峰，峰值控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", "实施光伏工程（2026年建成投运），年减排二氧化碳8万吨。\n推进燃煤锅炉替代，年减排二氧化碳6万吨。\n实施余热回收改造，年减排二氧化碳5万吨。"),
        fire_at(CITY, Fmt::Md, "到2030年，开发区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年开发区二氧化碳排放将达到150万吨。", "| 序号 | 项目名称 | 年减排量（万吨二氧化碳） |\n|---|---|---|\n| 1 | 屋顶光伏 | 8 |\n| 2 | 燃煤锅炉替代 | 6 |\n| 3 | 余热回收 | 5 |", "| 1 | 屋顶光伏"),
        // Kilotonnes, consultancy style (`减排CO2 80 kt`: the formula is no figure).
        fire(CONSULTANCY, Fmt::Md, "到2030年，园区CO2排放总量≤1,200 ktCO2。\n经测算，基准情景下2030年园区CO2排放将达到1,500 ktCO2。", "建设屋顶光伏，2030年减排CO2 80 kt。\n推进燃煤锅炉替代，2030年减排CO2 60 kt。\n实施余热回收改造，2030年减排CO2 50 kt。"),
        // A recap in words without 合计/上述 is no further measure (probe round 5).
        fire_at(PROVINCE, Fmt::Md, GAP_GOAL_2030, "推进分布式光伏开发，2025年、2030年分别减排二氧化碳3万吨和8万吨。\n推进燃煤锅炉替代，2025年、2030年分别减排二氧化碳2万吨和11万吨。\n两项行动2025年、2030年减排量依次为5万吨和19万吨。", "两项行动"),
        fire_at(CITY, Fmt::Txt, GAP_GOAL_2030, "实施屋顶光伏工程，2030年减排二氧化碳8万吨。\n实施燃煤锅炉替代，2030年减排二氧化碳6万吨。\n实施余热回收改造，2030年减排二氧化碳5万吨。\n本章各项行动到2030年减排二氧化碳19万吨。", "本章各项行动"),
        fire_at(ENTERPRISE, Fmt::Md, GAP_GOAL_2030, "光伏扩容2030年减排二氧化碳12万吨。\n电锅炉替代2030年减排二氧化碳7万吨。\n2030年措施减排19万吨，仍低于所需。", "2030年措施减排"),
        // Must not fire.
        // A peak of 2028 is no 2030 target.
        silent(MINISTRY, Fmt::Md, "园区力争2028年前实现碳达峰，峰值控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", GAP_SHORT),
        // 2025 reductions against the 2030 gap.
        silent(PROVINCE, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", "到2025年，光伏工程年减排二氧化碳8万吨。\n到2025年，燃煤锅炉替代年减排二氧化碳6万吨。"),
        silent(CITY, Fmt::Txt, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", "重点项目减排量测算如下。\n| 项目 | 2025年（万吨） |\n|---|---|\n| 分布式光伏 | 8 |\n| 燃煤替代 | 6 |\n| 合计 | 14 |"),
        // Covered.
        silent(CONSULTANCY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", "实施屋顶分布式光伏工程，年减排二氧化碳约18万吨。\n推进燃煤锅炉替代，年减排二氧化碳8万吨。\n实施余热回收改造，年减排二氧化碳5万吨。"),
        silent(ENTERPRISE, Fmt::Docx, "到2030年，产业园二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年产业园二氧化碳排放将达到150万吨。", "重点项目减排量测算如下。\n| 项目 | 2025年（万吨） | 2030年（万吨） |\n|---|---|---|\n| 分布式光伏 | 8 | 18 |\n| 燃煤替代 | 4 | 8 |\n| 余热回收 | 2 | 5 |\n| 合计 | 14 | 31 |"),
        silent(MINISTRY, Fmt::Txt, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", "推进分布式光伏开发，2025年、2030年分别减排二氧化碳9万吨和18万吨。\n推进燃煤锅炉替代，2025年、2030年分别减排二氧化碳4万吨和8万吨。\n实施余热回收改造，2025年、2030年分别减排二氧化碳2万吨和5万吨。"),
        // No BAU.
        silent(PROVINCE, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。", GAP_SHORT),
        // No quantified measure.
        silent(CITY, Fmt::Md, GAP_GOAL_2030, "大力发展分布式光伏，推进燃煤锅炉替代，实施余热回收改造。"),
        // Cumulative reductions.
        silent(CONSULTANCY, Fmt::Md, GAP_GOAL_2030, "到2030年，各项措施累计减排二氧化碳300万吨。"),
        // BAU already under the cap.
        silent(ENTERPRISE, Fmt::Md, "到2030年，产业园二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年产业园二氧化碳排放为110万吨。", GAP_SHORT),
        // A policy scenario is not the BAU.
        silent(MINISTRY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n低碳情景下2030年园区二氧化碳排放为150万吨。", GAP_SHORT),
        // Energy savings are not CO2 reductions.
        silent(PROVINCE, Fmt::Docx, GAP_GOAL_2030, "实施节能改造，年节能5万吨标准煤，减少燃煤消费8万吨标准煤。"),
        // The BAU year has no target; the target year has no BAU.
        silent(CITY, Fmt::Md, "到2025年，园区二氧化碳排放总量控制在110万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。", GAP_SHORT),
        // A difference between scenarios is no BAU level.
        silent(CONSULTANCY, Fmt::Txt, "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n2030年低碳情景比基准情景减少排放30万吨。", GAP_SHORT),
        // Within the printed precision.
        silent(ENTERPRISE, Fmt::Md, GAP_GOAL_2030, "实施光伏工程，年减排二氧化碳18.9万吨。\n推进燃煤替代，年减排二氧化碳11万吨。"),
        // A peak year between the years the measures are dated: not judged.
        silent(PROVINCE, Fmt::Md, "园区力争2028年达峰，峰值控制在120万吨以内。\n经测算，基准情景下2028年园区二氧化碳排放将达到150万吨。", GAP_TABLE),
        // A 2035 outlook beyond the measures' 2030 horizon: not judged.
        silent(CITY, Fmt::Txt, "到2030年，开发区二氧化碳排放总量控制在140万吨以内；展望2035年，排放降至100万吨。\n经测算，基准情景下2030年开发区二氧化碳排放为150万吨，2035年为160万吨。", "推进分布式光伏开发，2025年、2030年分别减排二氧化碳3万吨和8万吨。\n推进燃煤锅炉替代，2025年、2030年分别减排二氧化碳2万吨和6万吨。"),
        // The measures' own 合计 of a measure's two parts, plus the others, cover it.
        silent(MINISTRY, Fmt::Md, GAP_GOAL_2030, "回收电解烟气余热，配套余热发电，2025年、2030年合计减排二氧化碳6万吨和15万吨。\n推进燃煤锅炉替代，2025年、2030年分别减排二氧化碳4万吨和10万吨。\n实施屋顶光伏，2025年、2030年分别减排二氧化碳2万吨和6万吨。"),
    ]
}

const GAP_GOAL_2030: &str = "到2030年，园区二氧化碳排放总量控制在120万吨以内。\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。";

#[test]
fn reduction_gap_phrasings() {
    let cases = gap_cases();
    let _ = GAP_BAU;
    let (fire, silent) = run("target/reduction-gap", &cases);
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// consistency/share-sum
// ---------------------------------------------------------------------------------------

fn share_cases() -> Vec<Case> {
    let fire = |style, fmt, goal, on, words| Case {
        style,
        fmt,
        goal,
        measures: "推进屋顶分布式光伏建设。",
        fires: Some((on, words)),
    };
    let silent = |style, fmt, goal| Case {
        style,
        fmt,
        goal,
        measures: "推进屋顶分布式光伏建设。",
        fires: None,
    };
    const W107: &[&str] = &["占比之和不等于100%", "107"];
    const W104: &[&str] = &["占比之和不等于100%", "104"];
    vec![
        // Must fire: the list claims the whole.
        fire(MINISTRY, Fmt::Md, "2020年，园区能源消费结构为：煤炭占62%、天然气占25%、净调入电力占15%、其他能源占5%。", "能源消费结构为", W107),
        fire(PROVINCE, Fmt::Md, "园区排放构成如下：能源活动占80%、工业生产过程占17%、净调入电力占10%。", "排放构成如下", W107),
        fire(CITY, Fmt::Txt, "第一、二、三产业增加值分别占2.1%、45.3%和56.6%。", "第一、二、三产业", W104),
        fire(CONSULTANCY, Fmt::Md, "分行业看，化工、装备制造、电子信息和其他行业排放分别占52%、31%、15%和9%。", "其他行业排放分别占", W107),
        fire(ENTERPRISE, Fmt::Docx, "产业园用能结构为：电力占55%、蒸汽占30%、天然气占17%、其他占5%。", "用能结构为", W107),
        fire(MINISTRY, Fmt::Txt, "从排放源看，化石燃料燃烧占60%，工业生产过程占25%，净调入电力和热力占17%，其余排放源占2%。", "其余排放源", W104),
        fire(PROVINCE, Fmt::Docx, "三次产业结构比为2.1：45.3：56.6。", "三次产业结构比", &["104"]),
        fire(CITY, Fmt::Md, "排放量前3家企业分别占园区排放的40%、30%和20%，其余企业合计占14%。", "其余企业", W104),
        fire(CONSULTANCY, Fmt::Md, "能源消费结构为：煤炭62.0%、天然气25.0%、电力15.0%、其他5.0%。", "能源消费结构为", W107),
        fire(ENTERPRISE, Fmt::Md, "园区碳排放构成为：直接排放占70%、间接排放占34%。", "碳排放构成为", W104),
        fire(MINISTRY, Fmt::Md, "表1 园区能源消费结构\n| 能源品种 | 消费量（万吨标准煤） | 占比（%） |\n|---|---|---|\n| 煤炭 | 31.0 | 62 |\n| 天然气 | 12.5 | 25 |\n| 电力 | 7.5 | 20 |", "| 电力 | 7.5 | 20 |", W107),
        fire(PROVINCE, Fmt::Docx, "表2 园区能源消费结构\n| 能源品种 | 占比（%） |\n|---|---|\n| 煤炭 | 62 |\n| 天然气 | 25 |\n| 电力 | 20 |", "| 电力 | 20 |", W107),
        fire(CITY, Fmt::Txt, "表3 园区碳排放构成\n| 排放源 | 占比（%） |\n|---|---|\n| 能源活动 | 80 |\n| 工业过程 | 14 |\n| 净调入电力 | 10 |", "| 净调入电力 | 10 |", W104),
        fire(CONSULTANCY, Fmt::Docx, "按能源品种分，园区能源消费结构为：原煤占48%、焦炭占21%、天然气占18%、其他占17%。", "原煤占48%", W104),
        fire(ENTERPRISE, Fmt::Txt, "企业用电结构为：外购电网电力占70%、自发光伏占25%、绿电交易占12%。", "企业用电结构为", W107),
        // Must not fire: partial listings, or wholes that add up.
        silent(MINISTRY, Fmt::Md, "分行业看，主要行业排放占比为：化工占52%、装备制造占31%、电子信息占25%。"),
        silent(PROVINCE, Fmt::Md, "排放量前5家企业分别占园区排放的32%、28%、21%、15%和9%。"),
        silent(CITY, Fmt::Txt, "化工、钢铁等行业分别占园区能源消费的52%、31%和25%。"),
        silent(CONSULTANCY, Fmt::Md, "其中，化工占52%、装备制造占31%、电子信息占25%。"),
        silent(ENTERPRISE, Fmt::Docx, "重点用能企业中，A公司占40%、B公司占35%、C公司占30%。"),
        silent(MINISTRY, Fmt::Txt, "2020年，园区能源消费结构为：煤炭占62%、天然气占18%、净调入电力占15%、其他能源占5%。"),
        silent(PROVINCE, Fmt::Docx, "第一、二、三产业增加值分别占2.1%、45.3%和52.6%。"),
        silent(CITY, Fmt::Md, "能源消费结构为：煤炭约62%、天然气约25%、电力约20%。"),
        silent(CONSULTANCY, Fmt::Md, "到2025年，煤炭消费比重下降5%、天然气比重提高3%、电力比重提高4%。"),
        // Not declared whole, but shares of energy carriers cannot exceed 100% (`share_part`).
        fire(ENTERPRISE, Fmt::Md, "园区能源消费结构以煤炭为主，煤炭占62%，天然气占25%，电力占20%。", "煤炭占62%", W107),
        silent(MINISTRY, Fmt::Md, "表1 主要行业能源消费构成\n| 行业 | 占比（%） |\n|---|---|\n| 化工 | 52 |\n| 钢铁 | 31 |\n| 建材 | 25 |"),
        silent(PROVINCE, Fmt::Docx, "表2 园区能源消费结构\n| 能源品种 | 占比（%） |\n|---|---|\n| 煤炭 | 62 |\n| 天然气 | 18 |\n| 电力 | 20 |"),
        silent(CITY, Fmt::Txt, "表3 排放量前五位企业排放构成\n| 企业 | 占比（%） |\n|---|---|\n| 甲公司 | 40 |\n| 乙公司 | 35 |\n| 丙公司 | 30 |"),
        silent(CONSULTANCY, Fmt::Md, "排放量前10位的企业合计排放351.4万吨，占园区排放总量的72.3%；化工新材料企业占58.1%。"),
        silent(ENTERPRISE, Fmt::Txt, "园区排放构成如下：能源活动占80%、工业生产过程占15%、净调入电力占5%。"),
        silent(MINISTRY, Fmt::Docx, "包括化工、医药在内的行业排放分别占52%和31%，电子信息占25%。"),
        // The rest item closes the list: shares after it are another statistic.
        silent(CONSULTANCY, Fmt::Md, "2022年园区排放结构为：化工占52%，建材占17%，装备占21%，其他占10%；排放前20家企业合计占61%。"),
        silent(PROVINCE, Fmt::Txt, "能源消费结构为：煤炭占58%，天然气占17%，电力占20%，其他占5%，可再生能源发电量占全社会用电量的23%。"),
        silent(ENTERPRISE, Fmt::Docx, "从行业构成看，钢铁排放占比48%，化工占30%，其余行业占22%，其中前五家企业占比达到55%。"),
        fire(CITY, Fmt::Md, "能源消费结构为：煤炭占60%，天然气占15%，电力占24%，其他占5%；可再生能源占比12%。", "能源消费结构为", W104),
    ]
}

#[test]
fn share_sum_phrasings() {
    let (fire, silent) = run("consistency/share-sum", &share_cases());
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// target/no-measure
// ---------------------------------------------------------------------------------------

fn measure_cases() -> Vec<Case> {
    let fire = |style, fmt, goal, measures, on, words| Case {
        style,
        fmt,
        goal,
        measures,
        fires: Some((on, words)),
    };
    let silent = |style, fmt, goal, measures| Case {
        style,
        fmt,
        goal,
        measures,
        fires: None,
    };
    const CARS: &[&str] = &["新能源车辆比例", "查找了：新能源车", "充电"];
    const PV: &[&str] = &["光伏装机容量", "查找了：光伏"];
    const BUILDINGS: &[&str] = &["绿色建筑占比", "查找了：绿色建筑"];
    const WASTE: &[&str] = &["工业固体废物综合利用率", "查找了：固废"];
    const STORAGE: &[&str] = &["新型储能装机容量", "查找了：储能"];
    const VEHICLE_GOAL: &str = "到2025年，公共领域新增及更新车辆中新能源车辆比例达到80%。";
    const NO_CARS: &str = "推进屋顶分布式光伏建设，实施燃煤锅炉替代和余热回收改造。";
    vec![
        // Must fire: no measure can move the indicator.
        fire(
            MINISTRY,
            Fmt::Md,
            VEHICLE_GOAL,
            NO_CARS,
            "新能源车辆比例达到80%",
            CARS,
        ),
        fire(
            PROVINCE,
            Fmt::Txt,
            VEHICLE_GOAL,
            NO_CARS,
            "新能源车辆比例达到80%",
            CARS,
        ),
        fire(
            CITY,
            Fmt::Docx,
            VEHICLE_GOAL,
            NO_CARS,
            "新能源车辆比例达到80%",
            CARS,
        ),
        // The pathway only restates the target: no measure.
        fire(
            CONSULTANCY,
            Fmt::Md,
            VEHICLE_GOAL,
            "到2025年，园区新能源车辆比例达到80%。\n推进燃煤锅炉替代。",
            VEHICLE_GOAL,
            CARS,
        ),
        fire(
            ENTERPRISE,
            Fmt::Md,
            "到2030年，物流车辆电动化率达到60%以上。",
            NO_CARS,
            "物流车辆电动化率",
            CARS,
        ),
        fire(
            MINISTRY,
            Fmt::Txt,
            "到2025年，园区光伏装机容量达到30万千瓦。",
            "加快淘汰落后产能，推动传统产业转型升级。",
            "光伏装机容量达到30万千瓦",
            PV,
        ),
        fire(
            PROVINCE,
            Fmt::Md,
            "到2030年，城镇新建建筑中绿色建筑占比达到100%。",
            NO_CARS,
            "绿色建筑占比",
            BUILDINGS,
        ),
        fire(
            CITY,
            Fmt::Md,
            "到2025年，一般工业固体废物综合利用率达到95%以上。",
            NO_CARS,
            "固体废物综合利用率",
            WASTE,
        ),
        fire(
            CONSULTANCY,
            Fmt::Docx,
            "到2030年，新型储能装机规模达到5万千瓦。",
            NO_CARS,
            "新型储能装机规模",
            STORAGE,
        ),
        fire(
            ENTERPRISE,
            Fmt::Txt,
            "到2030年，新能源汽车渗透率力争达到50%。",
            NO_CARS,
            "新能源汽车渗透率",
            CARS,
        ),
        fire(
            MINISTRY,
            Fmt::Docx,
            "到2025年，园区光伏装机力争达到20万千瓦。",
            "实施燃煤锅炉替代和余热回收改造。",
            "光伏装机力争",
            PV,
        ),
        fire(
            PROVINCE,
            Fmt::Txt,
            "到2030年，城镇新建建筑中绿色建筑占比达到100%。",
            "推进燃煤锅炉替代。",
            "绿色建筑占比",
            BUILDINGS,
        ),
        fire(
            CITY,
            Fmt::Md,
            "| 指标 | 2025年目标 |\n|---|---|\n| 新能源车辆比例（%） | 80 |",
            NO_CARS,
            "新能源车辆比例（%）",
            &["新能源车辆比例"],
        ),
        fire(
            CONSULTANCY,
            Fmt::Md,
            "到2025年，大宗固废综合利用率达到60%。",
            "推进燃煤锅炉替代和余热回收改造。",
            "大宗固废综合利用率",
            WASTE,
        ),
        fire(
            ENTERPRISE,
            Fmt::Docx,
            "到2030年，新能源重卡占比达到50%。",
            NO_CARS,
            "新能源重卡占比",
            CARS,
        ),
        // Must not fire: a measure the pack maps to the indicator.
        silent(
            MINISTRY,
            Fmt::Md,
            VEHICLE_GOAL,
            "推广新能源公交车和环卫车，建设公共充电桩200个。",
        ),
        silent(
            PROVINCE,
            Fmt::Txt,
            VEHICLE_GOAL,
            "在物流园区布局换电站和加氢站，推广氢能重卡。",
        ),
        silent(
            CITY,
            Fmt::Docx,
            VEHICLE_GOAL,
            "推进公共领域车辆电动化，淘汰国三及以下柴油货车。",
        ),
        silent(
            CONSULTANCY,
            Fmt::Md,
            VEHICLE_GOAL,
            "推广纯电动通勤班车，建设充换电基础设施。",
        ),
        silent(
            ENTERPRISE,
            Fmt::Md,
            "到2030年，物流车辆电动化率达到60%以上。",
            "厂内物流车辆全部更换为新能源物流车。",
        ),
        silent(
            MINISTRY,
            Fmt::Txt,
            "到2025年，园区光伏装机容量达到30万千瓦。",
            "实施屋顶分布式光伏工程，新增装机20万千瓦。",
        ),
        silent(
            PROVINCE,
            Fmt::Md,
            "到2030年，城镇新建建筑中绿色建筑占比达到100%。",
            "新建公共建筑全面执行绿色建筑标准，推广超低能耗建筑。",
        ),
        silent(
            CITY,
            Fmt::Md,
            "到2025年，一般工业固体废物综合利用率达到95%以上。",
            "建设固废集中处置中心，推进粉煤灰、脱硫石膏资源化利用。",
        ),
        silent(
            CONSULTANCY,
            Fmt::Docx,
            "到2030年，新型储能装机规模达到5万千瓦。",
            "配套建设电化学储能电站2万千瓦。",
        ),
        silent(
            ENTERPRISE,
            Fmt::Txt,
            "到2030年，新能源汽车渗透率力争达到50%。",
            "鼓励员工购买新能源汽车，厂区建设充电车位。",
        ),
        silent(
            MINISTRY,
            Fmt::Docx,
            "到2025年，园区光伏装机力争达到20万千瓦。",
            "推广光伏建筑一体化，利用厂房屋顶建设分布式电站。",
        ),
        silent(
            PROVINCE,
            Fmt::Txt,
            "到2030年，城镇新建建筑中绿色建筑占比达到100%。",
            "实施既有建筑节能改造，推广装配式建筑。",
        ),
        silent(
            CITY,
            Fmt::Md,
            "| 指标 | 2025年目标 |\n|---|---|\n| 新能源车辆比例（%） | 80 |",
            "推广新能源环卫车和渣土车，配套建设充电站。",
        ),
        silent(
            CONSULTANCY,
            Fmt::Md,
            "到2025年，大宗固废综合利用率达到60%。",
            "推进循环化改造，建设再生资源回收利用基地。",
        ),
        // A quoted upper-level target is not the plan's own.
        silent(
            ENTERPRISE,
            Fmt::Md,
            "全省提出，到2025年公共领域新增车辆中新能源车辆比例达到80%。",
            NO_CARS,
        ),
    ]
}

#[test]
fn no_measure_phrasings() {
    let (fire, silent) = run("target/no-measure", &measure_cases());
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// consistency/table-sum
// ---------------------------------------------------------------------------------------

fn table_cases() -> Vec<Case> {
    let fire = |style, fmt, goal, on| Case {
        style,
        fmt,
        goal,
        measures: "推进屋顶分布式光伏建设。",
        fires: Some((on, &["表格合计与分项之和不符"][..])),
    };
    let silent = |style, fmt, goal| Case {
        style,
        fmt,
        goal,
        measures: "推进屋顶分布式光伏建设。",
        fires: None,
    };
    vec![
        fire(MINISTRY, Fmt::Md, "表1 重点任务减排量\n| 任务 | 2030年减排量（万吨） |\n|---|---|\n| 光伏 | 8 |\n| 节能 | 6 |\n| 合计 | 16 |", "| 合计 | 16 |"),
        fire(PROVINCE, Fmt::Txt, "表1 重点任务减排量\n| 任务 | 2030年减排量（万吨） |\n|---|---|\n| 光伏 | 8 |\n| 节能 | 6 |\n| 合计 | 16 |", "| 合计 | 16 |"),
        fire(CITY, Fmt::Docx, "表1 重点任务减排量\n| 任务 | 2030年减排量（万吨） |\n|---|---|\n| 光伏 | 8 |\n| 节能 | 6 |\n| 合计 | 16 |", "| 合计 | 16 |"),
        fire(CONSULTANCY, Fmt::Md, "表2 2020年分行业排放\n| 行业 | 排放量（万吨） | 占比（%） |\n|---|---|---|\n| 化工 | 52.0 | 52.0 |\n| 装备 | 31.0 | 31.0 |\n| 其他 | 17.0 | 17.0 |\n| 合计 | 105.0 | 100.0 |", "| 合计 | 105.0 | 100.0 |"),
        fire(ENTERPRISE, Fmt::Docx, "表2 2020年分行业排放\n| 行业 | 排放量（万吨） |\n|---|---|\n| 化工 | 52.0 |\n| 装备 | 31.0 |\n| 其他 | 17.0 |\n| 总计 | 95.0 |", "| 总计 | 95.0 |"),
        fire(MINISTRY, Fmt::Txt, "表3 能源消费\n| 品种 | 消费量（万吨标准煤） |\n|---|---|\n| 煤炭 | 31.2 |\n| 天然气 | 12.5 |\n| 电力 | 7.5 |\n| 合计 | 52.2 |", "| 合计 | 52.2 |"),
        fire(PROVINCE, Fmt::Md, "表3 重点项目\n| 序号 | 项目 | 投资（亿元） | 年减排量（万吨） |\n|---|---|---|---|\n| 1 | 光伏 | 2.0 | 8.0 |\n| 2 | 余热 | 1.5 | 3.0 |\n| 合计 |  | 3.5 | 12.0 |", "| 合计 |  | 3.5 | 12.0 |"),
        fire(CITY, Fmt::Md, "表4 排放构成\n| 排放源 | 2020年（万吨） | 2022年（万吨） |\n|---|---|---|\n| 化石燃料燃烧 | 60.0 | 62.0 |\n| 净调入电力 | 40.0 | 41.0 |\n| 合计 | 100.0 | 107.0 |", "| 合计 | 100.0 | 107.0 |"),
        fire(CONSULTANCY, Fmt::Docx, "表4 排放构成\n| 排放源 | 2020年（万吨） |\n|---|---|\n| 能源活动 | 80.0 |\n| 工业过程 | 14.0 |\n| 净调入电力 | 10.0 |\n| 合计 | 100.0 |", "| 合计 | 100.0 |"),
        fire(ENTERPRISE, Fmt::Txt, "表5 各厂区用能\n| 厂区 | 用能（吨标准煤） |\n|---|---|\n| 一厂 | 12000 |\n| 二厂 | 8000 |\n| 合计 | 21000 |", "| 合计 | 21000 |"),
        fire(MINISTRY, Fmt::Md, "表6 分年度减排量\n| 年份 | 光伏（万吨） | 节能（万吨） | 合计（万吨） |\n|---|---|---|---|\n| 2025 | 3 | 2 | 5 |\n| 2030 | 8 | 6 | 14 |\n| 合计 | 13 | 8 | 21 |", "| 合计 | 13 | 8 | 21 |"),
        // A row off its total column: reported at the row (the column's sum it explains is not).
        fire(MINISTRY, Fmt::Md, "表6 分年度减排量\n| 年份 | 光伏（万吨） | 节能（万吨） | 合计（万吨） |\n|---|---|---|---|\n| 2025 | 3 | 2 | 5 |\n| 2030 | 8 | 6 | 16 |\n| 合计 | 11 | 8 | 19 |", "| 2030 | 8 | 6 | 16 |"),
        fire(CITY, Fmt::Docx, "表6 分片区排放\n| 片区 | 直接排放（万吨） | 间接排放（万吨） | 合计（万吨） |\n|---|---|---|---|\n| 北区 | 40.1 | 20.9 | 62.0 |\n| 南区 | 21.5 | 28.5 | 50.0 |\n| 合计 | 61.6 | 49.4 | 111.0 |", "| 北区 | 40.1 | 20.9 | 62.0 |"),
        fire(PROVINCE, Fmt::Docx, "表7 园区用地\n| 类型 | 面积（公顷） |\n|---|---|\n| 工业用地 | 1200 |\n| 物流用地 | 300 |\n| 合计 | 1600 |", "| 合计 | 1600 |"),
        fire(CITY, Fmt::Txt, "表8 装机\n| 项目 | 装机（万千瓦） |\n|---|---|\n| 屋顶光伏 | 12 |\n| 地面光伏 | 8 |\n| 总计 | 25 |", "| 总计 | 25 |"),
        fire(CONSULTANCY, Fmt::Md, "表9 分行业能耗\n| 行业 | 能耗（万吨标准煤） |\n|---|---|\n| 化工 | 20.5 |\n| 建材 | 10.2 |\n| 其他 | 4.1 |\n| 合计 | 35.6 |", "| 合计 | 35.6 |"),
        fire(ENTERPRISE, Fmt::Md, "表10 投资\n| 项目 | 投资（万元） |\n|---|---|\n| 光伏 | 5000 |\n| 储能 | 3000 |\n| 合计 | 9000 |", "| 合计 | 9000 |"),
        silent(MINISTRY, Fmt::Md, "表1 重点任务减排量\n| 任务 | 2030年减排量（万吨） |\n|---|---|\n| 光伏 | 8 |\n| 节能 | 6 |\n| 合计 | 14 |"),
        silent(PROVINCE, Fmt::Txt, "表1 重点任务减排量\n| 任务 | 2030年减排量（万吨） |\n|---|---|\n| 光伏 | 8 |\n| 节能 | 6 |\n| 合计 | 14 |"),
        silent(CITY, Fmt::Docx, "表1 重点任务减排量\n| 任务 | 2030年减排量（万吨） |\n|---|---|\n| 光伏 | 8 |\n| 节能 | 6 |\n| 合计 | 14 |"),
        // 其中 rows are not added.
        silent(CONSULTANCY, Fmt::Md, "表2 2020年分行业排放\n| 行业 | 排放量（万吨） |\n|---|---|\n| 化工 | 52.0 |\n| 其中：合成氨 | 20.0 |\n| 装备 | 31.0 |\n| 其他 | 17.0 |\n| 合计 | 100.0 |"),
        // Rounding of the printed digits.
        silent(ENTERPRISE, Fmt::Docx, "表2 2020年分行业排放\n| 行业 | 排放量（万吨） |\n|---|---|\n| 化工 | 52.4 |\n| 装备 | 31.3 |\n| 其他 | 16.4 |\n| 合计 | 100.0 |"),
        silent(MINISTRY, Fmt::Txt, "表3 能源消费\n| 品种 | 消费量（万吨标准煤） |\n|---|---|\n| 煤炭 | 31.2 |\n| 天然气 | 12.5 |\n| 电力 | 7.5 |\n| 合计 | 51.2 |"),
        // An empty leading cell in the total row.
        silent(PROVINCE, Fmt::Md, "表3 重点项目\n| 序号 | 项目 | 投资（亿元） | 年减排量（万吨） |\n|---|---|---|---|\n| 1 | 光伏 | 2.0 | 8.0 |\n| 2 | 余热 | 1.5 | 3.0 |\n| 合计 |  | 3.5 | 11.0 |"),
        silent(CITY, Fmt::Md, "表4 排放构成\n| 排放源 | 2020年（万吨） | 2022年（万吨） |\n|---|---|---|\n| 化石燃料燃烧 | 60.0 | 62.0 |\n| 净调入电力 | 40.0 | 41.0 |\n| 合计 | 100.0 | 103.0 |"),
        // No total row.
        silent(CONSULTANCY, Fmt::Docx, "表4 排放构成\n| 排放源 | 2020年（万吨） |\n|---|---|\n| 能源活动 | 80.0 |\n| 工业过程 | 14.0 |\n| 净调入电力 | 10.0 |"),
        silent(ENTERPRISE, Fmt::Txt, "表5 各厂区用能\n| 厂区 | 用能（吨标准煤） |\n|---|---|\n| 一厂 | 12000 |\n| 二厂 | 8000 |\n| 合计 | 20000 |"),
        // Years down the first column: a time series, no total.
        silent(MINISTRY, Fmt::Md, "表6 历年排放\n| 年份 | 排放量（万吨） |\n|---|---|\n| 2018 | 90.0 |\n| 2019 | 95.0 |\n| 2020 | 100.0 |"),
        silent(PROVINCE, Fmt::Docx, "表7 园区用地\n| 类型 | 面积（公顷） |\n|---|---|\n| 工业用地 | 1200 |\n| 物流用地 | 300 |\n| 合计 | 1500 |"),
        silent(CITY, Fmt::Txt, "表8 装机\n| 项目 | 装机（万千瓦） |\n|---|---|\n| 屋顶光伏 | 12 |\n| 地面光伏 | 8 |\n| 总计 | 20 |"),
        silent(CONSULTANCY, Fmt::Md, "表9 分行业能耗\n| 行业 | 能耗（万吨标准煤） |\n|---|---|\n| 化工 | 20.5 |\n| 建材 | 10.2 |\n| 其他 | 4.1 |\n| 合计 | 34.8 |"),
        silent(ENTERPRISE, Fmt::Md, "表10 投资\n| 项目 | 投资（万元） |\n|---|---|\n| 光伏 | 5000 |\n| 储能 | 3000 |\n| 合计 | 8000 |"),
    ]
}

#[test]
fn table_sum_phrasings() {
    let (fire, silent) = run("consistency/table-sum", &table_cases());
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// target/late-peak
// ---------------------------------------------------------------------------------------

fn late_peak_cases() -> Vec<Case> {
    const STYLES: [Style; 5] = [MINISTRY, PROVINCE, CITY, CONSULTANCY, ENTERPRISE];
    const FMTS: [Fmt; 3] = [Fmt::Md, Fmt::Txt, Fmt::Docx];
    const FIRE: [(&str, &[&str]); 25] = [
        // A five-year plan as the date, or after the deadline (session 13).
        ("园区力争在“十六五”初期实现碳达峰。", &["2031年", "晚于"]),
        (
            "开发区二氧化碳排放力争于十六五期间达到峰值，此后稳步下降。",
            &["2035年", "晚于"],
        ),
        ("园区碳排放于“十五五”末之后达峰。", &["2030年以后", "晚于"]),
        (
            "受在建项目影响，园区将在2030年后两年内实现碳达峰。",
            &["2032年", "晚于"],
        ),
        // How long after a period's end or a year (round 11).
        (
            "产业园二氧化碳排放总量在“十五五”规划期结束后的第二年达到峰值，峰值控制在238万吨以内。",
            &["2032年", "晚于"],
        ),
        (
            "园区碳排放在“十五五”末期之后两年内达峰。",
            &["2032年", "晚于"],
        ),
        (
            "开发区二氧化碳排放在2030年后的第三年达到峰值。",
            &["2033年", "晚于"],
        ),
        ("园区碳排放将在“十六五”中期达到峰值。", &["2035年", "晚于"]),
        (
            "园区力争2030年以后尽早实现碳达峰。",
            &["2030年以后", "晚于"],
        ),
        (
            "基地力争“十六五”初实现二氧化碳排放达峰。",
            &["2031年", "晚于"],
        ),
        ("园区力争2032年前实现碳达峰。", &["2032年", "晚于"]),
        (
            "确保开发区二氧化碳排放于2031年达到峰值。",
            &["2031年", "晚于"],
        ),
        (
            "到2033年，园区实现碳达峰，峰值控制在150万吨以内。",
            &["2033年", "晚于"],
        ),
        ("园区碳达峰时间确定为2031年。", &["2031年", "晚于"]),
        ("产业园碳排放达峰年份为2032年。", &["2032年", "晚于"]),
        ("基地计划到2031年实现碳达峰。", &["2031年", "晚于"]),
        ("争取2035年前实现二氧化碳排放达峰。", &["2035年", "晚于"]),
        (
            "综合研判，园区将于2032年左右实现碳达峰。",
            &["2032年", "晚于"],
        ),
        ("高新区力争2031年前后实现碳达峰。", &["2031年", "晚于"]),
        ("经开区二氧化碳排放力争在2032年达峰。", &["2032年", "晚于"]),
        ("集团园区计划于二〇三一年实现碳达峰。", &["2031年", "晚于"]),
        (
            "本方案确定园区2033年前实现碳排放达峰。",
            &["2033年", "晚于"],
        ),
        ("到2031年，园区二氧化碳排放达到峰值。", &["2031年", "晚于"]),
        ("化工园区力争2034年实现碳达峰目标。", &["2034年", "晚于"]),
        (
            "园区确保2032年前碳排放达峰并稳中有降。",
            &["2032年", "晚于"],
        ),
    ];
    const SILENT: [&str; 23] = [
        "园区确保在“十五五”期间实现碳达峰。",
        "开发区力争于“十五五”期末实现碳达峰。",
        "园区力争“十五五”中期实现二氧化碳排放达峰。",
        "力争“十五五”末实现二氧化碳排放达峰。",
        "园区力争“十五五”初期率先实现碳达峰。",
        "2030年后保持达峰后的稳中有降态势。",
        "基准情景下，园区排放2030年后才能达峰。",
        "国家“十六五”期间碳排放稳中有降。",
        "园区力争2028年前实现碳达峰。",
        "确保开发区二氧化碳排放于2030年前达到峰值。",
        "到2029年，园区实现碳达峰，峰值控制在150万吨以内。",
        "园区碳达峰时间确定为2027年。",
        "全国确保2030年前实现碳达峰。",
        "国家提出二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和。",
        "基准情景下，园区2035年前难以实现碳达峰。",
        "园区力争2028年前后实现碳达峰，确保2030年前达峰。",
        "到2035年，园区碳排放较峰值下降10%。",
        "2032年前完成全部燃煤锅炉替代。",
        "园区计划于二〇二九年实现碳达峰。",
        "达峰后，园区排放于2035年降至120万吨。",
        "力争2060年前实现碳中和。",
        "本方案规划期为2021—2035年，园区2030年前实现碳达峰。",
        "产业园碳排放达峰年份为2029年。",
    ];
    let mut out = Vec::new();
    for (k, (goal, year)) in FIRE.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[k % 5],
            fmt: FMTS[k % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: Some((goal, year)),
        });
    }
    for (k, goal) in SILENT.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[(k + 2) % 5],
            fmt: FMTS[(k + 1) % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: None,
        });
    }
    out
}

#[test]
fn late_peak_phrasings() {
    let (fire, silent) = run("target/late-peak", &late_peak_cases());
    assert!(
        fire >= 21 && silent >= 21,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// target/no-base-year (plans that declare no base year)
// ---------------------------------------------------------------------------------------

fn no_base_year_cases() -> Vec<Case> {
    const STYLES: [Style; 5] = [MINISTRY, PROVINCE, CITY, CONSULTANCY, ENTERPRISE];
    const FMTS: [Fmt; 3] = [Fmt::Md, Fmt::Txt, Fmt::Docx];
    const WORDS: &[&str] = &["没有基准年"];
    const FIRE: [&str; 15] = [
        "到2025年，单位工业增加值二氧化碳排放下降18%。",
        "到2025年，单位工业增加值能耗下降14.5%以上。",
        "到2030年，单位地区生产总值二氧化碳排放降低20%。",
        "到2025年，非化石能源消费比重提高5个百分点。",
        "到2025年，开发区煤炭消费量下降30%。",
        "到2025年，重点行业主要产品单位能耗降低8%。",
        "到2030年，单位工业增加值二氧化碳排放力争下降35%。",
        "到2025年，清洁能源消费占比提高15个百分点。",
        "到2025年，保税区工业增加值能耗强度降低13.5%。",
        "到2030年，单位产品综合能耗下降12%。",
        "到2025年，煤炭消费比重下降5个百分点。",
        "到2025年，园区单位工业增加值二氧化碳排放下降19.5%左右。",
        "到2030年，单位GDP能耗下降25%。",
        "到2025年，园区单位地区生产总值二氧化碳排放下降20%。",
        "到2030年，规模以上单位工业增加值碳排放下降40%。",
    ];
    const SILENT: [&str; 15] = [
        "到2025年，单位工业增加值二氧化碳排放比2020年下降18%。",
        "到2025年，单位工业增加值能耗较2020年下降14.5%。",
        "全国单位GDP二氧化碳排放下降18%。",
        "2022年园区单位工业增加值能耗同比下降3.2%。",
        "到2025年，非化石能源消费比重达到20%。",
        "到2030年，单位GDP二氧化碳排放比2005年下降65%以上。",
        "到2025年，保税区煤炭消费量较2021年下降30%。",
        "与2020年相比，到2025年单位工业增加值能耗下降14.5%。",
        "到2030年，二氧化碳排放总量控制在120万吨以内。",
        "到2025年，单位工业增加值二氧化碳排放降至1.05吨/万元。",
        "“十三五”期间，园区单位工业增加值能耗累计下降19.8%。",
        "完成省下达的“十四五”单位GDP能耗下降14%的目标。",
        "到2025年，单位工业增加值二氧化碳排放比2020年下降18%，力争下降20%。",
        "到2035年，园区碳排放较峰值下降10%。",
        "到2030年，煤炭消费比重较2021年下降5个百分点。",
    ];
    let mut out = Vec::new();
    for (k, goal) in FIRE.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[k % 5],
            fmt: FMTS[k % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: Some((goal, WORDS)),
        });
    }
    for (k, goal) in SILENT.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[(k + 1) % 5],
            fmt: FMTS[(k + 2) % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: None,
        });
    }
    out
}

#[test]
fn no_base_year_phrasings() {
    let (fire, silent) = run_in("target/no-base-year", &no_base_year_cases(), false);
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

/// A base year declared with a qualifier (盘查/核算/清单基准年), a verb (选定为) or a
/// bilingual label keeps a relative target without 较20XX年 from `target/no-base-year`;
/// sentences that only mention a year and 基准年 do not.
fn declared_base_year_cases() -> Vec<Case> {
    const STYLES: [Style; 5] = [MINISTRY, PROVINCE, CITY, CONSULTANCY, ENTERPRISE];
    const FMTS: [Fmt; 3] = [Fmt::Md, Fmt::Txt, Fmt::Docx];
    const WORDS: &[&str] = &["没有基准年"];
    const GOAL: &str = "到2025年，单位工业增加值二氧化碳排放下降12%以上。";
    const SILENT: [&str; 8] = [
        "以2022年为盘查基准年。",
        "本方案以2021年作为碳排放核算的基准年。",
        "以2020年为清单基准年，以2025年、2030年为目标年。",
        "2022年为本园区碳排放盘查基准年。",
        "基准年选定为2021年，规划期至2030年。",
        "本方案基准年度为2020年。",
        "Base Year：2022年。",
        "核算口径仅为CO2，Base Year为2021年。",
    ];
    const FIRE: [&str; 4] = [
        "以2020年为起点，开展年度碳盘查。",
        "2022年盘查工作完成后再确定基准年。",
        "以2030年为目标年，分两个阶段推进。",
        "2021年园区启动碳排放核算工作。",
    ];
    let mut out = Vec::new();
    for (k, line) in SILENT.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[k % 5],
            fmt: FMTS[k % 3],
            goal: Box::leak(format!("{line}\n{GOAL}").into_boxed_str()),
            measures: "推进屋顶分布式光伏建设。",
            fires: None,
        });
    }
    for (k, line) in FIRE.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[(k + 2) % 5],
            fmt: FMTS[(k + 1) % 3],
            goal: Box::leak(format!("{line}\n{GOAL}").into_boxed_str()),
            measures: "推进屋顶分布式光伏建设。",
            fires: Some((GOAL, WORDS)),
        });
    }
    out
}

#[test]
fn declared_base_year_phrasings() {
    let (fire, silent) = run_in("target/no-base-year", &declared_base_year_cases(), false);
    assert!(
        fire >= 4 && silent >= 8,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// target/unjustified-peak
// ---------------------------------------------------------------------------------------

fn unjustified_peak_cases() -> Vec<Case> {
    // The consultancy style's 情景预测与达峰目标 chapter is itself the analysis: its plans
    // are among the must-not cases.
    const STYLES: [Style; 4] = [MINISTRY, PROVINCE, CITY, ENTERPRISE];
    const FMTS: [Fmt; 3] = [Fmt::Md, Fmt::Txt, Fmt::Docx];
    const WORDS: &[&str] = &["没有预测或情景分析支撑"];
    const FIRE: [&str; 15] = [
        "园区力争2028年前实现碳达峰。",
        "确保开发区二氧化碳排放于2029年前达到峰值。",
        "园区力争2027年实现碳达峰，峰值控制在130万吨以内。",
        "高新区力争2028年前后实现碳达峰。",
        "产业园碳排放达峰年份为2029年。",
        "基地计划到2028年实现碳达峰。",
        "经开区二氧化碳排放力争在2029年达峰。",
        "园区碳达峰时间确定为2027年。",
        "集团园区计划于二〇二八年实现碳达峰。",
        "本方案确定园区2029年前实现碳排放达峰。",
        "到2028年，园区二氧化碳排放达到峰值。",
        "化工园区力争2029年前实现碳达峰目标。",
        "参照全省工业领域达峰进度，产业园碳排放于2028年达峰，峰值为139万吨。",
        "对标全省先进园区，产业园碳排放力争于2028年达峰。",
        "园区确保2028年前碳排放达峰并稳中有降。",
    ];
    const SILENT: [&str; 15] = [
        "经测算，基准情景下园区2035年前难以达峰。\n园区力争2028年前实现碳达峰。",
        "设置基准情景和低碳情景开展预测。\n确保开发区二氧化碳排放于2030年前达到峰值。",
        "采用LEAP模型对园区碳排放进行了预测。\n园区力争2027年实现碳达峰，峰值控制在130万吨以内。",
        // Restating the deadline asserts nothing of the park's own.
        "确保开发区二氧化碳排放于2030年前达到峰值。",
        "全国确保2030年前实现碳达峰。",
        "国家提出二氧化碳排放力争于2030年前达到峰值。",
        "全省力争2030年前实现碳达峰。",
        "园区确保2030年前碳排放达峰并稳中有降。",
        "经测算，低碳情景下园区2028年达到峰值。\n基地计划到2028年实现碳达峰。",
        "趋势外推显示排放将于2029年见顶。\n经开区二氧化碳排放力争在2029年达峰。",
        "情景分析表明，园区可于2027年达峰。\n园区碳达峰时间确定为2027年。",
        "根据预测，园区排放2028年后进入平台期。\n集团园区计划于二〇二八年实现碳达峰。",
        "力争2060年前实现碳中和。",
        "经测算，2029年排放达到峰值。\n本方案确定园区2029年前实现碳排放达峰。",
        "若延续现有发展模式，园区2030年前无法达峰。\n到2028年，园区二氧化碳排放达到峰值。",
    ];
    let mut out = Vec::new();
    for (k, goal) in FIRE.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[k % 4],
            fmt: FMTS[(k + 1) % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: Some((goal, WORDS)),
        });
    }
    for (k, goal) in SILENT.into_iter().enumerate() {
        out.push(Case {
            style: if k % 5 == 4 {
                CONSULTANCY
            } else {
                STYLES[k % 4]
            },
            fmt: FMTS[k % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: None,
        });
    }
    out
}

#[test]
fn unjustified_peak_phrasings() {
    let (fire, silent) = run("target/unjustified-peak", &unjustified_peak_cases());
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// target/implausible
// ---------------------------------------------------------------------------------------

fn implausible_cases() -> Vec<Case> {
    const STYLES: [Style; 5] = [MINISTRY, PROVINCE, CITY, CONSULTANCY, ENTERPRISE];
    const FMTS: [Fmt; 3] = [Fmt::Md, Fmt::Txt, Fmt::Docx];
    const OVER: &[&str] = &["比重不能超过100%"];
    const BEFORE: &[&str] = &["早于基准年"];
    const FLOOR: &[&str] = &["高于力争值"];
    const ORDER: &[&str] = &["阶段目标顺序颠倒"];
    const FIRE: [(&str, &str, &[&str]); 15] = [
        ("到2025年，非化石能源消费比重达到120%。", "120%", OVER),
        ("到2030年，清洁能源消费占比提高到105%。", "105%", OVER),
        ("到2025年，一般工业固体废物综合利用率达到110%以上。", "110%", OVER),
        ("到2030年，城镇新建建筑中绿色建筑占比达到150%。", "150%", OVER),
        ("到2025年，公共领域新增车辆中新能源车辆比例达到108%。", "108%", OVER),
        ("到2018年，单位工业增加值二氧化碳排放比2020年下降10%。", "到2018年", BEFORE),
        ("到2019年，单位工业增加值能耗较2020年降低5%。", "到2019年", BEFORE),
        ("到2015年，单位地区生产总值二氧化碳排放比2020年下降8%。", "到2015年", BEFORE),
        ("到2025年，单位工业增加值二氧化碳排放比2020年下降20%以上，力争下降18%。", "力争下降18%", FLOOR),
        ("到2025年，单位工业增加值能耗较2020年降低15%以上、力争降低13.5%。", "力争降低13.5%", FLOOR),
        ("到2030年，单位GDP二氧化碳排放比2020年下降40%以上，力争下降35%。", "力争下降35%", FLOOR),
        ("到2025年，单位工业增加值二氧化碳排放较2020年下降20%。\n到2030年，单位工业增加值二氧化碳排放较2020年下降15%。", "到2030年", ORDER),
        ("到2025年，单位工业增加值能耗较2020年降低14%。\n到2030年，单位工业增加值能耗较2020年降低10%。", "到2030年", ORDER),
        ("到2025年，非化石能源消费比重达到25%。\n到2030年，非化石能源消费比重达到20%。", "到2030年", ORDER),
        ("到2025年，煤炭消费比重降至45%。\n到2030年，煤炭消费比重降至50%。", "到2030年", ORDER),
    ];
    const SILENT: [&str; 15] = [
        "到2025年，非化石能源消费比重达到20%。",
        "到2030年，清洁能源消费占比提高到95%。",
        "到2025年，一般工业固体废物综合利用率达到100%。",
        "到2030年，城镇新建建筑中绿色建筑占比达到100%。",
        "到2025年，可再生能源发电量较2021年增长150%。",
        "到2025年，单位工业增加值二氧化碳排放比2020年下降18%。",
        "到2025年，单位工业增加值二氧化碳排放比2020年下降18%以上，力争下降20%。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。\n到2030年，单位工业增加值二氧化碳排放较2020年下降35%。",
        "到2025年，非化石能源消费比重达到15%。\n到2030年，非化石能源消费比重达到25%。",
        "到2025年，单位工业增加值二氧化碳排放下降率为18%。\n到2030年，单位工业增加值二氧化碳排放下降率为35%。",
        "“十三五”期间，单位工业增加值能耗累计下降19.8%。\n到2025年，单位工业增加值能耗较2020年降低13.5%。",
        "到2025年，光伏装机容量达到20万千瓦。\n到2030年，光伏装机容量达到30万千瓦。",
        "到2025年，煤炭消费比重降至50%。\n到2030年，煤炭消费比重降至40%。",
        "2015年以来，园区能源消费总量增长了120%。",
        "到2025年，单位工业增加值能耗较2020年降低14%。\n到2030年，单位工业增加值能耗较2025年降低10%。",
    ];
    let mut out = Vec::new();
    for (k, (goal, on, words)) in FIRE.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[k % 5],
            fmt: FMTS[(k + 2) % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: Some((on, words)),
        });
    }
    for (k, goal) in SILENT.into_iter().enumerate() {
        out.push(Case {
            style: STYLES[(k + 4) % 5],
            fmt: FMTS[k % 3],
            goal,
            measures: "推进屋顶分布式光伏建设。",
            fires: None,
        });
    }
    out
}

#[test]
fn implausible_phrasings() {
    let (fire, silent) = run("target/implausible", &implausible_cases());
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// target/conflict
// ---------------------------------------------------------------------------------------

fn conflict_cases() -> Vec<Case> {
    let fire = |style, fmt, goal, on, words| Case {
        style,
        fmt,
        goal,
        measures: "推进屋顶分布式光伏建设，实施燃煤锅炉替代。",
        fires: Some((on, words)),
    };
    let silent = |style, fmt, goal| Case {
        style,
        fmt,
        goal,
        measures: "推进屋顶分布式光伏建设，实施燃煤锅炉替代。",
        fires: None,
    };
    const CO2_16: &[&str] = &[
        "目标冲突",
        "单位工业增加值二氧化碳排放",
        "2025年",
        "此处为16%",
        "前文为18%",
    ];
    const TOTAL_156: &[&str] = &[
        "目标冲突",
        "二氧化碳排放",
        "2030年",
        "此处为156",
        "前文为152",
    ];
    const TOTAL_TABLE: &str = "到2030年，园区二氧化碳排放总量控制在152.0万吨以内。\n表1 园区碳达峰主要指标\n| 指标 | 单位 | 2020年 | 2030年 | 属性 |\n|---|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100.0 | 156.0 | 约束性 |\n| 非化石能源消费比重 | % | 12 | 25 | 预期性 |";
    const ENERGY: &[&str] = &[
        "目标冲突",
        "单位工业增加值能耗",
        "2025年",
        "此处为15%",
        "前文为13.5%",
    ];
    vec![
        // Must fire.
        // Text and text: the goals chapter and a later restatement.
        fire(MINISTRY, Fmt::Md, "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。\n确保到2025年，园区单位工业增加值二氧化碳排放比2020年下降16%，为2030年前达峰打下基础。", "为2030年前达峰打下基础", CO2_16),
        fire(PROVINCE, Fmt::Docx, "到2025年，全区单位工业增加值二氧化碳排放较2020年降低18%，非化石能源消费比重达到20%。\n“十四五”期间，园区单位工业增加值二氧化碳排放较2020年降低16%。", "“十四五”期间", CO2_16),
        // Text against an indicator table whose unit sits in a 单位 column.
        fire(PROVINCE, Fmt::Md, TOTAL_TABLE, "| 二氧化碳排放总量 |", TOTAL_156),
        fire(CITY, Fmt::Txt, TOTAL_TABLE, "| 二氧化碳排放总量 |", TOTAL_156),
        fire(CONSULTANCY, Fmt::Docx, TOTAL_TABLE, "| 二氧化碳排放总量 |", TOTAL_156),
        fire(ENTERPRISE, Fmt::Pdf, "为确保如期达峰，产业园提出如下约束性目标：到2030年，产业园二氧化碳排放总量控制在152.0万吨以内，单位工业增加值二氧化碳排放持续下降，非化石能源消费比重稳步提高，能源利用效率达到同行业先进水平。\n产业园碳达峰主要指标见下表，各项指标分解落实到各成员企业和职能部门，按年度开展评估考核。\n| 指标名称 | 单位 | 基准值（2020年） | 目标值（2030年） |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100.0 | 156.0 |\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.52 | 0.40 |\n| 非化石能源消费比重 | % | 12 | 25 |", "| 二氧化碳排放总量 |", TOTAL_156),
        // A table right under a heading that names the scenarios and the targets
        // (四、情景预测与达峰目标) is the indicator table, not a scenario's.
        fire(CONSULTANCY, Fmt::Md, "| 指标 | 单位 | 2020年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100.0 | 156.0 |\n| 非化石能源消费比重 | % | 12 | 25 |\n| 光伏装机容量 | 万千瓦 | 5 | 30 |\n到2030年，园区二氧化碳排放总量控制在152.0万吨以内。", "| 二氧化碳排放总量 |", TOTAL_156),
        fire(CONSULTANCY, Fmt::Txt, "| 指标名称 | 计量单位 | 现状值（2020年） | 目标值（2030年） |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100.0 | 156.0 |\n| 非化石能源消费比重 | % | 12 | 25 |\n| 光伏装机容量 | 万千瓦 | 5 | 30 |\n到2030年，园区二氧化碳排放总量控制在152.0万吨以内。", "| 二氧化碳排放总量 |", TOTAL_156),
        // A caption with two spaces before a two-column table (a PDF copy).
        fire(PROVINCE, Fmt::Txt, "到2030年，园区二氧化碳排放总量控制在152.0万吨以内。\n表3  园区主要指标\n| 指标 | 2030年 |\n|---|---|\n| 二氧化碳排放总量（万吨） | 156.0 |\n| 非化石能源消费比重（%） | 25 |", "| 二氧化碳排放总量（万吨） |", TOTAL_156),
        // One unit spelt two ways: 万吨 in the text, 万吨二氧化碳 / 万吨CO2 in the table.
        fire(MINISTRY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在152万吨以内。\n| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 二氧化碳排放总量（万吨二氧化碳） | 140 | 156 |\n| 能源消费总量（万吨标准煤） | 55 | 60 |\n| 非化石能源消费比重（%） | 20 | 25 |", "| 二氧化碳排放总量（万吨二氧化碳） |", TOTAL_156),
        fire(ENTERPRISE, Fmt::Docx, "到2030年，产业园二氧化碳排放总量控制在152万吨以内。\n| 指标 | 单位 | 2030年 |\n|---|---|---|\n| 二氧化碳排放总量 | 万吨CO2 | 156 |\n| 能源消费总量 | 万吨标准煤 | 60 |\n| 非化石能源消费比重 | % | 25 |", "| 二氧化碳排放总量 |", TOTAL_156),
        // A reduction in the table, read as a change: 下降率 rows.
        fire(MINISTRY, Fmt::Md, "到2025年，园区单位工业增加值能耗较2020年下降13.5%。\n| 指标 | 单位 | 2025年 |\n|---|---|---|\n| 单位工业增加值能耗下降率 | % | 15 |\n| 单位工业增加值二氧化碳排放下降率 | % | 18 |\n| 非化石能源消费比重 | % | 20 |", "| 单位工业增加值能耗下降率 |", ENERGY),
        fire(CITY, Fmt::Pdf, "开发区坚持节约优先，把节能贯穿于经济社会发展全过程和各领域，到2025年，开发区单位工业增加值能耗较2020年下降13.5%，单位工业增加值二氧化碳排放较2020年下降18%。\n主要指标如下表所示，由开发区管委会分解下达到各企业和部门，纳入年度考核。\n| 指标 | 单位 | 2025年 |\n|---|---|---|\n| 单位工业增加值能耗下降率 | % | 15 |\n| 单位工业增加值二氧化碳排放下降率 | % | 18 |\n| 非化石能源消费比重 | % | 20 |", "| 单位工业增加值能耗下降率 |", ENERGY),
        // 分别 pairs the years: 2030's 35% against a later 30%.
        fire(CONSULTANCY, Fmt::Md, "到2025年、2030年，园区单位工业增加值二氧化碳排放分别较2020年下降18%和35%。\n研究建议，到2030年园区单位工业增加值二氧化碳排放较2020年下降30%。", "研究建议", &["目标冲突", "2030年", "此处为30%", "前文为35%"]),
        // A share level stated twice.
        fire(ENTERPRISE, Fmt::Md, "到2025年，产业园非化石能源消费比重达到20%。\n到2025年，产业园非化石能源消费比重提高到22%，光伏装机容量达到15万千瓦。", "提高到22%", &["目标冲突", "非化石能源消费比重", "此处为22%", "前文为20%"]),
        // An energy cap in the text and a level in the table above it.
        fire(MINISTRY, Fmt::Docx, "到2025年，园区能源消费总量控制在60万吨标准煤以内。\n| 指标 | 单位 | 2025年目标值 |\n|---|---|---|\n| 能源消费总量 | 万吨标准煤 | 65 |\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.43 |\n| 非化石能源消费比重 | % | 20 |", "| 能源消费总量 |", &["目标冲突", "能源消费总量", "此处为65", "前文为60"]),
        // The same indicator without 单位 (规模以上工业增加值能耗).
        fire(PROVINCE, Fmt::Txt, "到2025年，园区规模以上工业增加值能耗较2020年下降14%。\n到2025年，园区单位规模以上工业增加值能耗比2020年下降12%。", "比2020年下降12%", &["目标冲突", "2025年", "此处为12%", "前文为14%"]),
        // 规模以上工业增加值能耗 without 单位, in a table against the text.
        fire(MINISTRY, Fmt::Md, "到2025年，园区单位工业增加值能耗较2020年下降13.5%。\n| 指标 | 单位 | 2025年 |\n|---|---|---|\n| 规上工业增加值能耗下降率 | % | 15 |\n| 非化石能源消费比重 | % | 20 |\n| 光伏装机容量 | 万千瓦 | 15 |", "| 规上工业增加值能耗下降率 |", ENERGY),
        fire(CONSULTANCY, Fmt::Pdf, "到2025年，园区单位规模以上工业增加值二氧化碳排放较2020年下降18%。\n课题组建议，到2025年园区规模以上工业增加值二氧化碳排放较2020年下降16%。", "课题组建议", CO2_16),
        // 单位GDP and 单位生产总值（GDP）.
        fire(CITY, Fmt::Md, "到2025年，开发区单位GDP二氧化碳排放较2020年下降18%。\n到2025年，开发区单位生产总值（GDP）二氧化碳排放较2020年下降20%。", "（GDP）", &["目标冲突", "2025年", "此处为20%", "前文为18%"]),
        // A measures chapter restating the goal with another number.
        Case {
            style: CONSULTANCY,
            fmt: Fmt::Txt,
            goal: "到2025年，园区单位工业增加值能耗较2020年下降13.5%。",
            measures: "通过上述措施，确保到2025年园区单位工业增加值能耗较2020年下降15%。",
            fires: Some(("确保到2025年园区", ENERGY)),
        },
        // A base year at the head of a semicolon list governs every item.
        fire(ENTERPRISE, Fmt::Docx, "以2020年为基准，到2025年：单位工业增加值能耗下降13.5%；单位工业增加值二氧化碳排放下降18%。\n到2025年，产业园单位工业增加值能耗较2020年下降15%。", "产业园单位工业增加值能耗较2020年下降15%", ENERGY),
        // Must not fire.
        // History and the plan: a half-year change is no target.
        silent(MINISTRY, Fmt::Md, "2025年上半年，园区单位工业增加值能耗同比下降3.2%。\n到2025年，园区单位工业增加值能耗较2020年下降13.5%。"),
        // Achievements written with target verbs.
        silent(PROVINCE, Fmt::Txt, "“十三五”期间，园区单位工业增加值二氧化碳排放累计降低20.5%。\n截至2020年底，园区单位工业增加值二氧化碳排放较2015年累计降低20.5%。\n到2025年，园区单位工业增加值二氧化碳排放较2020年降低18%。"),
        // An upper level's target quoted, then the park's own.
        silent(CITY, Fmt::Md, "全省到2025年单位地区生产总值二氧化碳排放较2020年下降19.5%。\n到2025年，开发区单位地区生产总值二氧化碳排放较2020年下降18%。"),
        silent(PROVINCE, Fmt::Docx, "确保完成市下达的“十四五”单位工业增加值能耗下降15%的目标，到2025年，园区单位工业增加值能耗较2020年下降16%以上。"),
        // 2025 and 2030.
        silent(CONSULTANCY, Fmt::Md, "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。\n到2030年，园区单位工业增加值二氧化碳排放较2020年下降35%。"),
        // A scenario table under its own heading, then the target.
        silent(CONSULTANCY, Fmt::Md, "### （一）情景预测\n| 情景 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 140 | 168 |\n| 能源消费总量 | 万吨标准煤 | 60 | 66 |\n| 非化石能源消费比重 | % | 15 | 18 |\n### （二）达峰目标\n到2030年，园区二氧化碳排放总量控制在152万吨以内。"),
        // A scenario result and the target.
        silent(ENTERPRISE, Fmt::Md, "经测算，基准情景下2030年产业园二氧化碳排放总量为158万吨。\n到2030年，产业园二氧化碳排放总量控制在152万吨以内。"),
        silent(CONSULTANCY, Fmt::Txt, "到2030年，园区二氧化碳排放总量控制在152万吨以内。\n表2 不同情景下园区二氧化碳排放预测\n| 情景 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 基准情景 | 万吨 | 140 | 168 |\n| 低碳情景 | 万吨 | 132 | 150 |\n| 强化减排情景 | 万吨 | 128 | 141 |"),
        // A reduction and a level of one indicator.
        silent(MINISTRY, Fmt::Docx, "到2025年，园区单位工业增加值能耗降至0.43吨标准煤/万元，较2020年下降14%。"),
        // Reductions in a table, growing year by year: read as changes.
        silent(CITY, Fmt::Md, "到2025年，开发区单位工业增加值二氧化碳排放较2020年下降18%。\n| 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 单位工业增加值二氧化碳排放下降率 | % | 18 | 35 |\n| 单位工业增加值能耗下降率 | % | 14 | 30 |\n| 非化石能源消费比重 | % | 20 | 25 |"),
        // A floor and its stretch.
        silent(PROVINCE, Fmt::Md, "到2025年，园区单位工业增加值二氧化碳排放较2020年下降16%以上，力争下降18%。\n确保到2025年，园区单位工业增加值二氧化碳排放较2020年下降16%。"),
        // A sector's and an enterprise's target beside the park's.
        silent(ENTERPRISE, Fmt::Txt, "到2025年，产业园单位工业增加值能耗较2020年下降13.5%；其中，化工行业单位工业增加值能耗下降16%，龙头企业单位工业增加值能耗下降18%。"),
        // Text and table agree, the unit in a 单位 column.
        silent(CITY, Fmt::Pdf, "为确保如期达峰，开发区提出如下约束性目标：到2030年，开发区二氧化碳排放总量控制在152.0万吨以内，单位工业增加值二氧化碳排放持续下降，非化石能源消费比重稳步提高，能源利用效率达到同行业先进水平。\n开发区碳达峰主要指标见下表，各项指标分解落实到各企业和职能部门，按年度开展评估考核。\n| 指标名称 | 单位 | 基准值（2020年） | 目标值（2030年） |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100.0 | 152.0 |\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.52 | 0.40 |\n| 非化石能源消费比重 | % | 12 | 25 |"),
        silent(MINISTRY, Fmt::Md, "到2030年，园区二氧化碳排放总量控制在152万吨以内。\n| 指标 | 单位 | 2030年 |\n|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 150 |\n| 非化石能源消费比重 | % | 25 |\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.40 |"),
        silent(PROVINCE, Fmt::Txt, "到2030年，园区二氧化碳排放总量控制在152万吨以内。\n| 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨二氧化碳 | 140 | 150.5 |\n| 能源消费总量 | 万吨标准煤 | 55 | 60 |\n| 非化石能源消费比重 | % | 20 | 25 |"),
        // An annual rate and a cumulative one.
        silent(CONSULTANCY, Fmt::Md, "“十四五”期间，园区单位工业增加值能耗年均下降3%，到2025年较2020年累计下降14%。"),
        // Different base years.
        silent(PROVINCE, Fmt::Txt, "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，较2015年下降40%。"),
        // The peak and a later cap.
        silent(ENTERPRISE, Fmt::Docx, "产业园力争2028年达峰，峰值约148万吨。\n到2030年，产业园二氧化碳排放总量控制在152万吨以内。"),
    ]
}

#[test]
fn conflict_phrasings() {
    let (fire, silent) = run("target/conflict", &conflict_cases());
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

// ---------------------------------------------------------------------------------------
// target/no-baseline
// ---------------------------------------------------------------------------------------

fn no_baseline_cases() -> Vec<Case> {
    let fire = |style, fmt, goal, on, words| Case {
        style,
        fmt,
        goal,
        measures: "实施节能改造和余热回收，推进屋顶分布式光伏建设。",
        fires: Some((on, words)),
    };
    let silent = |style, fmt, goal| Case {
        style,
        fmt,
        goal,
        measures: "实施节能改造和余热回收，推进屋顶分布式光伏建设。",
        fires: None,
    };
    const ENERGY: &[&str] = &["单位工业增加值能耗", "基准年（2020年）数值在方案中没有给出"];
    const CO2: &[&str] = &["单位工业增加值二氧化碳排放", "基准年（2020年）"];
    const SHARE: &[&str] = &["非化石能源消费比重", "基准年（2020年）"];
    vec![
        // Must fire: a change or a share to reach, no base-year value anywhere.
        fire(MINISTRY, Fmt::Md, "到2025年，园区单位工业增加值能耗较2020年下降14%。", "下降14%", ENERGY),
        fire(PROVINCE, Fmt::Docx, "到2025年，全区单位工业增加值二氧化碳排放较2020年降低18%。", "降低18%", CO2),
        fire(CITY, Fmt::Txt, "到2025年，开发区非化石能源消费比重达到20%。", "达到20%", SHARE),
        fire(CONSULTANCY, Fmt::Pdf, "综合考虑园区产业结构、能源结构和技术进步等因素，研究提出园区碳达峰阶段目标：到2025年，园区非化石能源消费比重提高到20%，为实现碳达峰奠定坚实基础。", "提高到20%", SHARE),
        // A value of another indicator, or of another year, is not the base value.
        fire(ENTERPRISE, Fmt::Md, "2020年，产业园单位工业增加值能耗为0.52吨标准煤/万元。\n到2025年，产业园单位工业增加值二氧化碳排放较2020年下降18%。", "下降18%", CO2),
        fire(MINISTRY, Fmt::Txt, "2022年，园区单位工业增加值能耗为0.48吨标准煤/万元。\n到2025年，园区单位工业增加值能耗较2020年下降14%。", "下降14%", ENERGY),
        // Another place's value of the base year is not the park's.
        fire(CITY, Fmt::Md, "2020年，全市单位工业增加值能耗为0.61吨标准煤/万元。\n到2025年，开发区单位工业增加值能耗较2020年下降14%。", "下降14%", ENERGY),
        fire(PROVINCE, Fmt::Pdf, "从全省看，2020年全省非化石能源消费比重为15.2%，高于全国平均水平，可再生能源开发利用走在前列，为园区能源转型提供了有利条件。\n到2025年，园区非化石能源消费比重达到20%。", "达到20%", SHARE),
        // The indicator table has target columns only.
        fire(PROVINCE, Fmt::Md, "主要指标见表1。\n| 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 单位工业增加值能耗下降率（较2020年） | % | 14 | 30 |\n| 光伏装机容量 | 万千瓦 | 15 | 30 |\n| 工业固体废物综合利用率 | % | 90 | 95 |", "| 单位工业增加值能耗下降率", ENERGY),
        fire(CITY, Fmt::Txt, "主要指标见表1。\n| 指标 | 单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 非化石能源消费比重 | % | 20 | 25 |\n| 光伏装机容量 | 万千瓦 | 15 | 30 |\n| 工业固体废物综合利用率 | % | 90 | 95 |", "| 非化石能源消费比重 |", SHARE),
        // A base column left empty for the indicator.
        fire(CONSULTANCY, Fmt::Docx, "| 指标 | 单位 | 基准值（2020年） | 2025年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100 | 110 |\n| 非化石能源消费比重 | % | — | 20 |\n| 光伏装机容量 | 万千瓦 | 5 | 15 |", "| 非化石能源消费比重 |", SHARE),
        fire(CONSULTANCY, Fmt::Pdf, "| 指标 | 单位 | 基准值（2020年） | 2025年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100 | 110 |\n| 单位工业增加值能耗下降率 | % | — | 14 |\n| 光伏装机容量 | 万千瓦 | 5 | 15 |", "| 单位工业增加值能耗下降率 |", ENERGY),
        fire(ENTERPRISE, Fmt::Pdf, "产业园碳达峰主要指标见下表，各项指标分解落实到各成员企业和职能部门，按年度开展评估考核。\n| 指标 | 单位 | 基准值（2020年） | 2025年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100 | 110 |\n| 非化石能源消费比重 | % | 待核算 | 20 |\n| 光伏装机容量 | 万千瓦 | 5 | 15 |", "| 非化石能源消费比重 |", SHARE),
        // A base year heading a semicolon list governs every item.
        fire(MINISTRY, Fmt::Md, "以2020年为基期，到2025年：园区单位工业增加值能耗下降14%；非化石能源消费比重提高5个百分点。", "下降14%", ENERGY),
        // 规模以上工业增加值能耗, without 单位.
        fire(PROVINCE, Fmt::Txt, "到2025年，园区规模以上工业增加值能耗较2020年下降14%。", "下降14%", ENERGY),
        // The target year in the sentence before.
        fire(CITY, Fmt::Md, "到2025年，开发区碳排放增长得到有效控制。单位工业增加值二氧化碳排放较2020年下降18%。", "下降18%", CO2),
        // Spaces around digits, as text extracted from a PDF.
        fire(CONSULTANCY, Fmt::Txt, "到 2025 年，园区单位工业增加值能耗较 2020 年下降 14%。", "下降 14%", ENERGY),
        // The base value of the history chapter is of another metric (a total).
        fire(ENTERPRISE, Fmt::Docx, "2020年，产业园能源消费总量为45万吨标准煤。\n到2025年，产业园单位工业增加值能耗较2020年降低14%。", "降低14%", ENERGY),
        // Must not fire.
        // The base value in a sentence of the targets chapter.
        silent(MINISTRY, Fmt::Md, "2020年，园区单位工业增加值能耗为0.52吨标准煤/万元。\n到2025年，园区单位工业增加值能耗较2020年下降14%。"),
        silent(PROVINCE, Fmt::Pdf, "“十三五”以来，园区坚持节约优先，能源利用效率持续提升，2020年园区单位工业增加值能耗为0.52吨标准煤/万元，处于全省开发区中游水平。\n到2025年，园区单位工业增加值能耗较2020年下降14%，非化石能源消费比重稳步提高。"),
        // The base value in the indicator table's base column.
        silent(CITY, Fmt::Md, "| 指标 | 单位 | 2020年 | 2025年 |\n|---|---|---|---|\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.52 | 0.45 |\n| 非化石能源消费比重 | % | 12 | 20 |\n| 单位工业增加值能耗下降率 | % | — | 14 |"),
        silent(CONSULTANCY, Fmt::Txt, "| 指标 | 单位 | 基准值 | 2025年 |\n|---|---|---|---|\n| 单位工业增加值能耗 | 吨标准煤/万元 | 0.52 | 0.45 |\n| 非化石能源消费比重 | % | 12 | 20 |\n| 光伏装机容量 | 万千瓦 | 5 | 15 |\n到2025年，园区单位工业增加值能耗较2020年下降14%。"),
        silent(ENTERPRISE, Fmt::Docx, "| 指标 | 单位 | 现状值（2020年） | 目标值（2025年） |\n|---|---|---|---|\n| 单位工业增加值二氧化碳排放 | 吨/万元 | 1.20 | 0.98 |\n| 非化石能源消费比重 | % | 12 | 20 |\n| 光伏装机容量 | 万千瓦 | 5 | 15 |\n到2025年，产业园单位工业增加值二氧化碳排放较2020年下降18%。"),
        silent(CITY, Fmt::Pdf, "开发区碳达峰主要指标见下表，各项指标分解落实到各企业和职能部门，按年度开展评估考核。\n| 指标 | 单位 | 基准值（2020年） | 2025年 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 100 | 110 |\n| 非化石能源消费比重 | % | 12 | 20 |\n| 光伏装机容量 | 万千瓦 | 5 | 15 |"),
        // A caption with two spaces in it (a PDF copy) before a two-column table: the
        // header is the line after it.
        silent(CITY, Fmt::Txt, "表1  开发区主要指标\n| 指标 | 2020年 |\n|---|---|\n| 非化石能源消费比重（%） | 12 |\n| 单位工业增加值能耗（吨标准煤/万元） | 0.52 |\n到2025年，开发区非化石能源消费比重达到20%，单位工业增加值能耗较2020年下降14%。"),
        silent(ENTERPRISE, Fmt::Pdf, "产业园能源利用效率持续提升，能源结构不断优化，清洁能源占比逐年提高，具备实现碳达峰的良好基础。\n表 2  主要指标一览\n| 指标 | 基准值 |\n|---|---|\n| 非化石能源消费比重（%） | 12 |\n| 单位工业增加值能耗（吨标准煤/万元） | 0.52 |\n到2025年，产业园非化石能源消费比重达到20%，单位工业增加值能耗较2020年下降14%。"),
        // The city's value beside the park's.
        silent(MINISTRY, Fmt::Docx, "2020年，全市单位工业增加值能耗为0.61吨标准煤/万元，园区为0.52吨标准煤/万元。\n到2025年，园区单位工业增加值能耗较2020年下降14%。"),
        silent(CONSULTANCY, Fmt::Txt, "与全省平均水平相比，2020年园区非化石能源消费比重为12%，低于全省15%的水平。\n到2025年，园区非化石能源消费比重达到20%。"),
        // From one value to another.
        silent(MINISTRY, Fmt::Md, "到2025年，园区非化石能源消费比重由12%提高到20%。"),
        // The base value with 基准年 and no year.
        silent(PROVINCE, Fmt::Md, "基准年园区非化石能源消费比重为12%。\n到2025年，园区非化石能源消费比重达到20%。"),
        // The year of the paragraph governs a list without years of its own.
        silent(CITY, Fmt::Txt, "2020年，开发区能源消费总量45万吨标准煤；单位工业增加值能耗0.52吨标准煤/万元。\n到2025年，开发区单位工业增加值能耗较2020年下降14%。"),
        // A total against the base year: the status chapter gives 2020's.
        silent(CONSULTANCY, Fmt::Md, "到2030年，园区二氧化碳排放总量较2020年下降5%。"),
        // A level that is not a share needs no base value.
        silent(ENTERPRISE, Fmt::Md, "到2025年，产业园光伏装机容量达到15万千瓦。"),
        // History and scenarios are no targets.
        silent(MINISTRY, Fmt::Txt, "“十三五”期间，园区单位工业增加值能耗累计下降16%。"),
        silent(PROVINCE, Fmt::Md, "基准情景下，到2025年园区单位工业增加值能耗较2020年下降8%。"),
        // Another level's target, quoted.
        silent(CITY, Fmt::Docx, "全省到2025年单位地区生产总值能耗比2020年下降14.5%。"),
        // The base share in the status chapter, the target in the next.
        silent(CONSULTANCY, Fmt::Pdf, "2020年，园区非化石能源消费比重为12.4%，煤炭消费比重为61.2%，天然气消费比重为16.8%，能源结构偏煤的特征较为明显。\n到2025年，园区非化石能源消费比重达到20%左右，煤炭消费比重降至55%以下。"),
        // The change's starting value written in the sentence (由…降至…), with no other year.
        silent(PROVINCE, Fmt::Md, "到2025年，单位工业增加值二氧化碳排放较2020年下降18%，由1.50吨/万元降至1.23吨/万元；到2030年较2020年下降35%，降至0.975吨/万元。"),
        silent(ENTERPRISE, Fmt::Txt, "到2025年，产业园单位工业增加值能耗较2020年降低15%，从0.62吨标准煤/万元下降到0.53吨标准煤/万元。"),
        fire(CITY, Fmt::Md, "到2025年，开发区单位工业增加值能耗较2020年下降15%，由2015年的0.80吨标准煤/万元降至0.55吨标准煤/万元。", "下降15%", ENERGY),
        // A paragraph with no year of its own is read in the time of the paragraph before it
        // in its section: the base year's inventory, then its intensity.
        silent(CITY, Fmt::Txt, "以2020年为基准年。2020年园区二氧化碳排放75.1万吨，其中：\n化石燃料燃烧排放51.9万吨；\n外购电力间接排放15.8万吨。\n单位工业增加值二氧化碳排放1.79吨/万元，能源结构以天然气为主。\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降17%以上。"),
        silent(MINISTRY, Fmt::Md, "2020年，园区规模以上工业企业能源消费总量45万吨标准煤。\n\n园区单位工业增加值能耗为0.52吨标准煤/万元，高于全省平均水平。\n\n到2025年，园区单位工业增加值能耗较2020年下降14%。"),
        silent(ENTERPRISE, Fmt::Docx, "产业园2020年综合能源消费量45万吨标准煤，二氧化碳排放112万吨。\n非化石能源消费比重为9.6%，光伏装机2.4万千瓦。\n到2025年，产业园非化石能源消费比重达到18%。"),
        // …but not across a heading, nor when the paragraph before names another year.
        fire(PROVINCE, Fmt::Md, "2022年，园区规模以上工业企业能源消费总量48万吨标准煤。\n\n园区单位工业增加值能耗为0.50吨标准煤/万元。\n\n到2025年，园区单位工业增加值能耗较2020年下降14%。", "下降14%", ENERGY),
        fire(CONSULTANCY, Fmt::Md, "2020年，园区规模以上工业企业能源消费总量45万吨标准煤。\n\n## 能源效率\n\n园区单位工业增加值能耗水平有待提升，部分企业为0.60吨标准煤/万元。\n\n到2025年，园区单位工业增加值能耗较2020年下降14%。", "下降14%", ENERGY),
        // Round 11: over the inventory table between the year's paragraph and the value; a
        // section heading naming the year; the starting value of a change in an earlier
        // target (由2020年的12%提高到20%).
        silent(CITY, Fmt::Md, "2020年园区二氧化碳排放总量为75.1万吨，其中：\n\n| 排放类型 | 排放量（万吨） |\n|---|---|\n| 化石燃料燃烧 | 51.9 |\n| 外购电力 | 23.2 |\n\n单位工业增加值二氧化碳排放1.79吨/万元。\n\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降17%。"),
        silent(PROVINCE, Fmt::Md, "### （一）2020年能源利用情况\n\n园区单位工业增加值能耗为0.52吨标准煤/万元，高于全省平均水平。\n\n到2025年，园区单位工业增加值能耗较2020年下降14%。"),
        silent(MINISTRY, Fmt::Txt, "到2025年，园区非化石能源消费比重由2020年的12%提高到20%；到2030年，园区非化石能源消费比重提高到30%。"),
        silent(ENTERPRISE, Fmt::Md, "到2025年，产业园单位工业增加值能耗从2020年的0.62吨标准煤/万元下降到0.53吨标准煤/万元；到2030年，产业园单位工业增加值能耗较2020年下降25%。"),
        fire(CITY, Fmt::Md, "### （一）2022年能源利用情况\n\n园区单位工业增加值能耗为0.50吨标准煤/万元。\n\n到2025年，园区单位工业增加值能耗较2020年下降14%。", "下降14%", ENERGY),
    ]
}

#[test]
fn no_baseline_phrasings() {
    let (fire, silent) = run("target/no-baseline", &no_baseline_cases());
    assert!(
        fire >= 15 && silent >= 15,
        "{fire} must-fire, {silent} must-not"
    );
}

/// A conflict introduced by a tracked insertion is read (the inserted text is the
/// document's); one left in a tracked deletion is not (the deleted text is gone).
#[test]
fn conflicts_follow_tracked_changes() {
    let p = |t: &str| format!("<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>");
    let head = [
        "某高新区碳达峰实施方案",
        "一、碳排放现状",
        "本方案以2020年为基准年。2020年，高新区二氧化碳排放总量为100万吨，单位工业增加值二氧化碳排放为1.2吨/万元。",
        "二、主要目标",
        "到2030年，高新区单位工业增加值二氧化碳排放较2020年下降45%。",
        "三、保障措施",
    ]
    .map(p)
    .concat();
    let revised = |mark: &str, tag: &str| {
        format!(
            "{head}<w:p><w:r><w:t xml:space=\"preserve\">{mark}</w:t></w:r><w:{tag} w:id=\"1\" w:author=\"审稿人\" w:date=\"2026-11-30T00:00:00Z\"><w:r><w:{t} xml:space=\"preserve\">到2030年，高新区单位工业增加值二氧化碳排放较2020年下降40%。</w:{t}></w:r></w:{tag}></w:p>",
            t = if tag == "del" { "delText" } else { "t" }
        )
    };
    let conflicts = |body: &str| -> Vec<String> {
        let doc = read_bytes(
            "plan.docx",
            &crate::common::docx_bytes(body),
            &Limits::default(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        check_document(&doc, pack::default_pack(), Lang::Zh)
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "target/conflict")
            .map(|d| d.message)
            .collect()
    };
    let inserted = conflicts(&revised("成立领导小组。", "ins"));
    assert_eq!(inserted.len(), 1, "{inserted:?}");
    assert!(
        inserted
            .iter()
            .all(|m| m.contains("40%") && m.contains("45%")),
        "{inserted:?}"
    );
    let deleted = conflicts(&revised("成立领导小组。", "del"));
    assert!(deleted.is_empty(), "{deleted:?}");
}
