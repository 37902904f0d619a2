//! `target/no-baseline`: a relative target whose indicator has no base-year value anywhere
//! in the plan.

use std::collections::HashMap;

use crate::checks::boundary::quote_at;
use crate::checks::target::{metric_name, place};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::BlockKind;
use crate::extract::sentences::Sentence;
use crate::extract::targets::TargetKind;
use crate::extract::years::{years, YearRelation};
use crate::finding::{Finding, NoBaseline};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/no-baseline",
    category: Category::Target,
    severity: Severity::Warning,
    summary: Text {
        zh: "目标指标的基准年数值在方案中没有给出",
        en: "the base-year value of a target indicator is nowhere stated",
    },
    why: Text {
        zh: "准确性和科学性原则要求目标有据可查（《编制指南》第4章，第6章“碳排放分析”）：“较2020年下降18%”只有在2020年的数值已知时才能换算成目标值、才能逐年考核。基准年数值可写在现状分析的句子里，也可写在指标表的基准值列；强度指标也可由基准年的总量和工业增加值推算（写明2022年能源消费总量43.1万吨标准煤和工业增加值182亿元，即给出了单位工业增加值能耗的基准值）。片区、企业、工序等分项的指标（“焦化工序单位焦炭二氧化碳排放下降12%”）不要求园区层面的基准值。用文字写出的零值（“2020年…绿电占用电量比例为零”，lexicon 的 nil_value）也是基准值。指标表中某一指标的基准年列留空（“—”“/”）而方案别处也未给出其基准年数值时，该行的目标值同样报告（装机容量等从无到有的指标除外）；以空格对齐粘贴的表格中，指标名后的第一个数值位置写着“—”，也不是基准值。一句中并列多个指标时，另一指标的起点（“吨精矿综合能耗由2020年的62千克标准煤降至…”）不是前一指标的基准值。规则包未定义的比率指标写在指标表中（行名以“率”“比例”“比重”“占比”结尾）且基准年列空缺（“—”）、方案别处也未给出其基准年数值时，同样报告。同一指标的其他目标以声明的基准年计、本目标却写了另一基准年（“到2030年比2020年下降40%”，基准年为2021年）时，由 boundary/base-year 报告，此处不再要求那一年的数值。只在实施路径的某项任务中提出、目标章未涉及该指标的里程碑（“厂内叉车和短驳车辆2029年前电动化比例达到60%”）是任务自身的进度要求，不要求基准值。",
        en: "Accuracy and scientific soundness need targets that can be checked (clauses 4, 6): 较2020年下降18% becomes a target value only when the 2020 value is known. State it in the baseline analysis or in the indicator table's base-year column; an intensity also follows from the base year's total and value added (2022 energy use of 43.1万吨标准煤 and value added of 182亿元 give the base value of energy use per value added). Indicators of a part — a sub-park, an enterprise, a process (焦化工序单位焦炭二氧化碳排放下降12%) — need no park-level base value. A base of nothing written in words (2020年…绿电占用电量比例为零, lexicon nil_value) is a base value. A row of the indicator table whose base-year column is left blank (—, /), the value given nowhere else, is reported for its target values too (except capacities, built from nothing); in a table pasted as aligned text, a dash where the first figure after the indicator's name stands is no base value. In a sentence of several indicators, another's starting value (吨精矿综合能耗由2020年的62千克标准煤降至…) is not the base value of the one before it. A ratio the pack does not know, in a row of the indicator table (its label ending with 率, 比例, 比重 or 占比) whose base-year column is left empty (—) and given nowhere else with the base year, is reported too. A change measured from another year than the declared base while the indicator's other targets use the declared one (到2030年比2020年下降40% in a plan based on 2021) is boundary/base-year's to report; its value is not asked for here. A milestone set only inside a pathway task, of an indicator the targets chapter does not set (厂内叉车和短驳车辆2029年前电动化比例达到60%), is the task's own and needs no base value.",
    },
    fails: "## 三、碳达峰目标\n\n本方案以2020年为基准年。到2025年，园区单位工业增加值能耗较2020年下降15%。\n",
    passes: "## 二、碳排放现状\n\n本方案以2020年为基准年。2020年园区单位工业增加值能耗为0.42吨标准煤/万元。\n\n## 三、碳达峰目标\n\n到2025年，园区单位工业增加值能耗较2020年下降15%。\n",
};

/// `绿电消费比例2024年为33%，2030年达到80%`: the level's indicator with its value of an
/// earlier year, stated in the sentence before the target with no other indicator named
/// between — the starting point the target is measured from.
fn earlier_value_beside(cx: &Context, t: &crate::extract::targets::Target) -> bool {
    static EARLIER: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?\s*(?:为|是|达到?|约为?|已达到?|已达)?\s*\d+(?:\.\d+)?\s*[%％]",
        )
        .ok()
    });
    let (Some(re), Some(target_year)) = (EARLIER.as_ref(), t.target_year) else {
        return false;
    };
    let text = t.sentence.as_str();
    let before = text.get(..t.span.start).unwrap_or("");
    re.captures_iter(before).any(|c| {
        let (Some(all), Some(year)) = (c.get(0), c.name("year")) else {
            return false;
        };
        let earlier = year.as_str().parse::<u16>().is_ok_and(|y| y < target_year);
        let between = before.get(all.end()..).unwrap_or("");
        let named = cx
            .mentions
            .metric_mentions(text.get(..all.start()).unwrap_or(""));
        earlier
            && named.iter().any(|(id, _)| Some(*id) == t.metric)
            && cx.mentions.metric_mentions(between).is_empty()
    })
}

/// Whether a sentence or table cell states the value of `metric` in `year`.
/// The pack metrics each text names, computed once per text (a check asks for every
/// target's metric about every sentence).
#[derive(Default)]
struct Named<'t> {
    seen: HashMap<&'t str, Vec<String>>,
}

impl<'t> Named<'t> {
    fn names(&mut self, cx: &Context, text: &'t str, metric: &str) -> bool {
        self.seen
            .entry(text)
            .or_insert_with(|| {
                cx.mentions
                    .metric_mentions(text)
                    .into_iter()
                    .map(|(id, _)| id.to_string())
                    .collect()
            })
            .iter()
            .any(|id| *id == metric)
    }
}

fn states_base_value<'t>(
    cx: &Context,
    named: &mut Named<'t>,
    (i, s): (usize, &Sentence<'t>),
    metric: &str,
    year: u16,
    percent: bool,
) -> bool {
    let text = s.as_str();
    let year_in = |t: &str| dates_year(t, year);
    let base_word = |t: &str| {
        ["基准值", "基准年", "基期", "现状值", "现状"]
            .iter()
            .any(|w| t.contains(w))
    };
    // `cx.quantities(i)` are the sentence's quantities, a table cell's read with its
    // headers — the sentences here are `cx.boundary().all`.
    let values = || cx.quantities(i);
    match s.table.as_deref() {
        Some(cell) => {
            let is_named = named.names(cx, cell.row_header, metric)
                || named.names(cx, cell.column_header, metric);
            let bare_year = |t: &str| t.trim().trim_end_matches('年') == year.to_string();
            let when = bare_year(cell.row_header)
                || bare_year(cell.column_header)
                || year_in(cell.column_header)
                || year_in(cell.row_header)
                || base_word(cell.column_header);
            // A table pasted as aligned text whose header lines the reader left above it
            // (`年份   排放总量   …   余热余压利用率` over `2020年基准值  535.3 … 58`).
            let is_named = is_named || (year_in(cell.row_header) && header_above(cx, s, metric));
            is_named
                && when
                && values()
                    .iter()
                    .any(|q| q.percent.is_some() == percent || percent)
        }
        None => {
            // A row of a table pasted as aligned text (`4\t非化石能源消费比重\t%\t9.6\t18\t28`):
            // the first figure after the name is the base column's.
            let row_like = (text.contains('\t') || text.contains("   "))
                && values().iter().filter(|q| !q.span.is_empty()).count() >= 2;
            if row_like && named.names(cx, s.as_str(), metric) {
                return !base_left_blank(cx, text, metric);
            }
            // A row of such a table with the years down its first column (`2020年基准值
            // 535.3  2.311  58`) under a header line naming the indicator.
            if row_like && starts_with_year(text, year) && header_above(cx, s, metric) {
                return true;
            }
            // A sentence with no year of its own (`…；非化石能源消费比重12.4%`) is read in the
            // time of its paragraph before it.
            // Its own year is one written before its first figure or in that figure's clause:
            // in `单位工业增加值二氧化碳排放0.369吨/万元，2020年为0.365吨/万元` the first value is
            // the paragraph's year's, the 2020 one a later clause's.
            let first = values()
                .iter()
                .filter(|q| !q.span.is_empty())
                .map(|q| q.span.start)
                .min();
            let dated_part = match first {
                Some(at) => {
                    let end = text
                        .get(at..)
                        .and_then(|r| r.find(['，', ',', '；', ';', '。']))
                        .map_or(text.len(), |e| at + e);
                    text.get(..end).unwrap_or(text)
                }
                None => text,
            };
            let own_year = years(dated_part).iter().any(|m| !m.in_title);
            let paragraph_year = !own_year && s.text.get(..s.range().start).is_some_and(&year_in);
            // …nor in its paragraph: in the time of the paragraph before it that names a
            // year, within its section (`以2020年为基准年。2020年园区排放75.1万吨，其中：` …
            // `单位工业增加值二氧化碳排放1.79吨/万元。`).
            let section_year = || {
                !own_year
                    && !years(s.text.get(..s.range().start).unwrap_or(""))
                        .iter()
                        .any(|m| !m.in_title)
                    && earlier_year_text(cx, s.block()).is_some_and(&year_in)
            };
            // The starting value of a change (`由2022年的9%提高到20%`, `从2020年的1.2吨/万元
            // 降至…`, `较2020年的8.93吨/万元分别下降20.7%…`, or in brackets: `较2020年（6.2%）
            // 提高10个百分点`): the year reads as a comparison, but the value beside it is the
            // base.
            let from_base = |text: &str| {
                ["由", "从", "较", "比"].iter().any(|w| {
                    let lead = format!("{w}{year}年");
                    text.match_indices(&lead).any(|(at, _)| {
                        let rest = text.get(at + lead.len()..).unwrap_or("");
                        let rest = ["的", "（", "("]
                            .iter()
                            .find_map(|o| rest.strip_prefix(o))
                            .unwrap_or("");
                        rest.chars().next().is_some_and(|c| c.is_ascii_digit())
                    })
                })
            };
            if !named.names(cx, s.as_str(), metric) {
                return false;
            }
            // In a sentence of several indicators (`…单位工业增加值能耗比2020年下降14%，可再生能源
            // 电力消费比重达到15%，冶炼企业吨精矿综合能耗由2020年的62千克标准煤降至…`) the
            // metric's own stretch, between the indicators named beside it, holds its base.
            // A year before every indicator dates them all (`2020年，园区综合能耗…，非化石能源
            // 消费比重8.1%`).
            let own = own_stretch(cx, text, metric);
            let part = text.get(own.clone()).unwrap_or(text);
            let lead = text.get(..lead_end(cx, text)).unwrap_or("");
            (year_in(part)
                || year_in(lead)
                || base_word(part)
                || paragraph_year
                || section_year()
                || from_base(part))
                && (values().iter().any(|q| {
                    // Nothing yet needs no unit (`可再生能源电力消费比重为0`).
                    let nil = q.value == 0.0 && q.unit.is_none() && q.percent.is_none();
                    (q.percent.is_some() == percent || nil)
                        && !q.span.is_empty()
                        && own.start <= q.span.start
                        && q.span.end <= own.end
                }) || cx.rules.lexicon.nil_value.is_match(part))
                && !other_place(cx, text, metric)
        }
    }
}

/// In a row of a table pasted as aligned text, whether the first entry after `metric`'s
/// name that is a figure or a dash is a dash (`可再生能源电力消费比重（%）   —   15   30`): the
/// base column left blank. A unit column between (`%`) is passed over.
fn base_left_blank(cx: &Context, text: &str, metric: &str) -> bool {
    let Some(end) = cx
        .mentions
        .metric_mentions(text)
        .into_iter()
        .find(|(id, _)| *id == metric)
        .map(|(_, r)| r.end)
    else {
        return false;
    };
    let dash = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| matches!(c, '—' | '－' | '-' | '–' | '/' | '／' | '无' | '\u{2015}'))
    };
    text.get(end..)
        .unwrap_or("")
        .split(|c: char| c.is_whitespace() || c == '\u{3000}')
        .find(|t| t.chars().any(|c| c.is_ascii_digit()) || dash(t))
        .is_some_and(dash)
}

/// Where the first indicator `text` names starts (its length when it names none).
fn lead_end(cx: &Context, text: &str) -> usize {
    cx.mentions
        .metric_mentions(text)
        .iter()
        .map(|(_, r)| r.start)
        .min()
        .unwrap_or(text.len())
}

/// The stretch of `text` that speaks of `metric`: from the end of the other indicator
/// named last before its first mention to the start of the next other one after it (the
/// whole text when it names no other).
fn own_stretch(cx: &Context, text: &str, metric: &str) -> std::ops::Range<usize> {
    let mentions = cx.mentions.metric_mentions(text);
    let Some(first) = mentions
        .iter()
        .find(|(id, _)| *id == metric)
        .map(|(_, r)| r.clone())
    else {
        return 0..text.len();
    };
    let others = || {
        mentions
            .iter()
            .filter(|(id, _)| *id != metric)
            .map(|(_, r)| r)
    };
    let start = others()
        .filter(|r| r.end <= first.start)
        .map(|r| r.end)
        .max()
        .unwrap_or(0);
    let end = others()
        .filter(|r| r.start >= first.end)
        .map(|r| r.start)
        .min()
        .unwrap_or(text.len());
    start..end
}

/// Whether `t` names `year` (alone or in a range) other than in a cited title or as what a
/// change is measured against (`较2020年`).
fn dates_year(t: &str, year: u16) -> bool {
    years(t).iter().any(|m| {
        !m.in_title
            && m.first <= year
            && year <= m.last
            && m.relation != Some(YearRelation::Comparison)
    })
}

/// Whether `text` opens with `year` (`2020年基准值  535.3 …`, `2020  535.3 …`).
fn starts_with_year(text: &str, year: u16) -> bool {
    years(text).first().is_some_and(|m| {
        m.span.start == text.len() - text.trim_start().len() && m.first == year && m.last == year
    })
}

/// Whether one of the few blocks before sentence `s`'s, in its section, is the header line
/// of a table pasted as aligned text (tabs or runs of spaces) that names `metric`.
fn header_above(cx: &Context, s: &Sentence, metric: &str) -> bool {
    let at = s.block();
    let blocks = cx
        .doc
        .blocks
        .get(at.saturating_sub(4)..at)
        .unwrap_or_default();
    for b in blocks.iter().rev() {
        match b.kind {
            BlockKind::Heading(_) => return false,
            BlockKind::Paragraph | BlockKind::ListItem { .. } => {
                let aligned = b.text.contains('\t') || b.text.contains("   ");
                if aligned
                    && cx
                        .mentions
                        .metric_mentions(&b.text)
                        .iter()
                        .any(|(id, _)| *id == metric)
                {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// The text of the nearest paragraph before block `at`, in its section, that names a year
/// of its own (not in a cited title) — over the inventory table between them (`2020年…为
/// 525.0万吨，其中：` | table | `单位工业增加值二氧化碳排放2.5吨/万元。`) — else the
/// section's heading when it names one (`（一）2021年排放情况`); `None` at a heading
/// without a year.
fn earlier_year_text<'c>(cx: &'c Context, at: usize) -> Option<&'c str> {
    let blocks = cx.doc.blocks.get(..at)?;
    for b in blocks.iter().rev() {
        match b.kind {
            BlockKind::Paragraph | BlockKind::ListItem { .. } => {
                if years(&b.text).iter().any(|m| !m.in_title) {
                    return Some(&b.text);
                }
            }
            BlockKind::Comment | BlockKind::Table(_) => {}
            BlockKind::Heading(_) => {
                return years(&b.text)
                    .iter()
                    .any(|m| !m.in_title && m.first == m.last)
                    .then_some(b.text.as_str());
            }
        }
    }
    None
}

/// Whether every mention of `metric` in `text` is another place's (`2020年，全市单位工业
/// 增加值能耗为0.61吨标准煤/万元`): the clause before it names another level (lexicon
/// `upper_level`), and no clause of the sentence has the park for its subject
/// (`own_subject`: `…，园区为0.52吨标准煤/万元`). Such a value is no base value of the
/// park's target.
fn other_place(cx: &Context, text: &str, metric: &str) -> bool {
    let lex = &cx.rules.lexicon;
    const STOPS: [char; 7] = ['，', ',', '；', ';', '。', '：', ':'];
    let mentions: Vec<std::ops::Range<usize>> = cx
        .mentions
        .metric_mentions(text)
        .into_iter()
        .filter(|(id, _)| *id == metric)
        .map(|(_, r)| r)
        .collect();
    let quoted = |r: &std::ops::Range<usize>| {
        let before = text.get(..r.start).unwrap_or("");
        let clause = before.rsplit(STOPS).next().unwrap_or(before);
        lex.upper_level.is_match(clause) && !lex.own_subject.is_match(clause)
    };
    let park_clause = text
        .split(STOPS)
        .any(|c| lex.own_subject.opens(c.trim_start()));
    !mentions.is_empty() && mentions.iter().all(quoted) && !park_clause
}

/// Whether the plan states `metric`'s value in `year` (a share when `percent`), in a
/// sentence or in a table: what this rule asks of a target's base value, for the principle
/// evidence that counts indicators with a base value and a target value.
pub(crate) fn value_stated(cx: &Context, metric: &str, year: u16, percent: bool) -> bool {
    base_value_stated(cx, &mut Named::default(), metric, year, percent)
}

/// Whether the plan states `metric`'s value in `year`, in a sentence or in a table.
fn base_value_stated<'t>(
    cx: &'t Context,
    named: &mut Named<'t>,
    metric: &str,
    year: u16,
    percent: bool,
) -> bool {
    cx.boundary()
        .all
        .iter()
        .enumerate()
        .any(|s| states_base_value(cx, named, s, metric, year, percent))
        || table_states_base_value(cx, metric, year)
}

/// Whether the plan states its output (`lexicon.output_indicator`: 工业增加值, 地区生产总值)
/// in `year` (or in its 基准年) as an amount of money, in a sentence or in a table cell.
fn output_stated(cx: &Context, year: u16) -> bool {
    let lex = &cx.rules.lexicon;
    let dated = |t: &str| dates_year(t, year) || ["基准年", "基期"].iter().any(|w| t.contains(w));
    cx.boundary().all.iter().enumerate().any(|(i, s)| {
        let (named, dated) = match s.table.as_deref() {
            Some(cell) => {
                let headers = format!("{}{}", cell.row_header, cell.column_header);
                (lex.output_indicator.is_match(&headers), dated(&headers))
            }
            None => (lex.output_indicator.is_match(s.as_str()), dated(s.as_str())),
        };
        named
            && dated
            && cx.quantities(i).iter().any(|q| {
                q.unit
                    .as_ref()
                    .is_some_and(|u| u.family.as_deref() == Some("money"))
            })
    })
}

fn table_states_base_value(cx: &Context, metric: &str, year: u16) -> bool {
    // The base column as the target tables read it (`2020年（基准年）`, `基期值`, `2020基准`),
    // not a change from the base (`较基准年下降（%）`) nor the business-as-usual scenario's
    // column (`基准情景`).
    let headed = |h: &str| {
        h.trim().trim_end_matches('年') == year.to_string()
            || (crate::extract::other_indicators::names_base(h)
                && !["较", "比", "情景"].iter().any(|w| h.contains(w)))
            || years(h)
                .iter()
                .any(|m| m.first == year && m.last == year && !m.in_title)
    };
    cx.doc.blocks.iter().any(|b| {
        let BlockKind::Table(t) = &b.kind else {
            return false;
        };
        let Some(header) = t.rows.first() else {
            return false;
        };
        let base_cols: Vec<usize> = header
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| headed(&c.text()))
            .map(|(i, _)| i)
            .collect();
        if base_cols.is_empty() {
            return false;
        }
        t.rows.iter().skip(1).any(|row| {
            let named = row.cells.iter().any(|c| {
                cx.mentions
                    .metric_mentions(&c.text())
                    .iter()
                    .any(|(id, _)| *id == metric)
            });
            named
                && base_cols.iter().any(|i| {
                    row.cells
                        .get(*i)
                        .is_some_and(|c| c.text().chars().any(|ch| ch.is_ascii_digit()))
                })
        })
    })
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    let mut named = Named::default();
    let mut reported: Vec<(String, u16)> = Vec::new();
    let mut stated: Vec<(String, u16)> = Vec::new();
    // A change needs its base value; so does a share to reach (非化石能源消费比重达到20%):
    // without the base-year share nobody can tell how far the target goes.
    let share = |t: &crate::extract::targets::Target| super::target_family(cx, t) == "percent";
    // Without a declared base year, the one year every change of the plan's own is
    // measured from (`较2022年下降28%` … `较2022年下降65%`) is where a share starts.
    let common_base = {
        let mut bases = facts
            .own()
            .filter(|t| t.kind == TargetKind::Change)
            .filter_map(|t| t.base_year.map(|b| b.year));
        bases.next().filter(|first| bases.all(|y| y == *first))
    };
    for t in facts.own() {
        // A level's row of the indicator table whose base column is left blank (`| 单位草坪
        // 产品综合能耗 | — | 0.95 | 0.82 |`): the table itself says the start is unknown.
        let blank_base = (t.kind == TargetKind::Level && !share(t))
            .then(|| blank_base_cell(cx, t))
            .flatten();
        if t.kind != TargetKind::Change
            && !(t.kind == TargetKind::Level && share(t))
            && blank_base.is_none()
        {
            continue;
        }
        let Some(metric) = t.metric else {
            continue;
        };
        // A part's own indicator (`焦化工序单位焦炭二氧化碳排放…下降12%`, the pack's
        // `lexicon.part_subject`) is the part's to base, not the park's.
        if cx.rules.lexicon.part_subject.is_match(&t.scope_words) || super::task_milestone(cx, t) {
            continue;
        }
        // `非化石能源消费比重由9%提高到18%`: a level reached from a value written beside it;
        // `综合利用率保持在95%以上`: a level kept (the pack's `maintain_verb`).
        if t.kind == TargetKind::Level {
            let clause = t.clause_before();
            if cx.rules.lexicon.from_to.is_match(clause)
                || cx.rules.lexicon.maintain_verb.is_match(clause)
                || earlier_value_beside(cx, t)
            {
                continue;
            }
        }
        // A change measured from another year than the declared base while the same
        // indicator's other targets use the declared one (`到2025年…比2021年下降16%；到
        // 2030年比2020年下降40%`, base year 2021): the stray year is `boundary/base-year`'s
        // to report; asking for its value too would report one slip twice.
        let stray = facts.declared_base.is_some_and(|declared| {
            t.base_year.is_some_and(|b| b.year != declared)
                && facts.own().any(|u| {
                    u.metric == t.metric && u.base_year.is_some_and(|b| b.year == declared)
                })
        });
        if stray {
            continue;
        }
        let Some(year) = t
            .base_year
            .map(|b| b.year)
            .or(facts.declared_base)
            .or(blank_base.flatten())
            .or(common_base.filter(|_| t.kind == TargetKind::Level))
        else {
            continue;
        };
        // `较2020年下降18%，由1.50吨/万元降至1.23吨/万元`: the sentence gives the change's
        // starting value (of the base year: no other year in its clause).
        if matches!(t.kind, TargetKind::Change | TargetKind::AnnualRate) {
            let text = t.sentence.as_str();
            let from_value = cx.rules.lexicon.from_to.find_all(text).iter().any(|r| {
                text.get(r.clone())
                    .is_some_and(|m| m.chars().any(|c| c.is_ascii_digit()))
                    && years(text.get(r.clone()).unwrap_or(""))
                        .iter()
                        .all(|m| m.last == year)
            });
            if from_value {
                // The value stands for the indicator's base year everywhere in the plan.
                stated.push((metric.to_string(), year));
                continue;
            }
        }
        if reported
            .iter()
            .chain(&stated)
            .any(|(m, y)| m == metric && *y == year)
        {
            continue;
        }
        // A change's value is of the indicator's own unit; a share reached is a percentage.
        let percent = match t.kind {
            TargetKind::Level => share(t),
            _ => {
                cx.rules
                    .metric(metric)
                    .and_then(|m| m.unit_family.as_deref())
                    == Some("percent")
            }
        };
        // An intensity per unit of output follows from the base year's total and output
        // (`2022年…实现工业增加值182亿元…能源消费总量43.1万吨标准煤`).
        let per_output = cx
            .rules
            .metric(metric)
            .and_then(|m| m.per_output.as_deref());
        if base_value_stated(cx, &mut named, metric, year, percent)
            || per_output.is_some_and(|total| {
                base_value_stated(cx, &mut named, total, year, false) && output_stated(cx, year)
            })
        {
            stated.push((metric.to_string(), year));
            continue;
        }
        reported.push((metric.to_string(), year));
        let finding = Finding::NoBaseline(NoBaseline {
            metric: t.metric.map(str::to_string),
            metric_name: metric_name(cx, t),
            base_year: year,
            quote: quote_at(t.sentence.as_str(), t.span.clone()),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, t);
        out.push(d.at(loc, span));
    }
    unknown_table_rows(cx, out);
}

/// For a level read from a cell of a table with a base column (`2020基准`, `基准年`, the
/// declared base year's), whose row leaves that column without a figure (`—`, blank):
/// `Some` with the column's year when its header names one. `None` for a level written
/// elsewhere, for a row whose base cell has a figure, and for a capacity (unit family
/// `power`: built from nothing, `—` reads as none yet).
fn blank_base_cell(cx: &Context, t: &crate::extract::targets::Target) -> Option<Option<u16>> {
    let cell = t.sentence.table.as_deref()?;
    let family = t
        .metric
        .and_then(|m| cx.rules.metric(m))
        .and_then(|m| m.unit_family.as_deref());
    if family == Some("power") {
        return None;
    }
    let BlockKind::Table(table) = &cx.doc.blocks.get(t.sentence.block())?.kind else {
        return None;
    };
    let declared = cx.targets().declared_base;
    let year_of = |h: &str| {
        years(h)
            .iter()
            .find(|m| !m.in_title && m.first == m.last)
            .map(|m| m.first)
    };
    let (col, header) = table
        .rows
        .first()?
        .cells
        .iter()
        .map(|c| c.text())
        .enumerate()
        .find(|(_, h)| {
            let base = crate::extract::other_indicators::names_base(h)
                && !["较", "比", "情景"].iter().any(|w| h.contains(w));
            base || (declared.is_some() && year_of(h) == declared && !h.contains('较'))
        })?;
    if header == cell.column_header {
        return None;
    }
    // The cell's row (a value cell's sentence carries no row of its own).
    let row = table.rows.iter().find(|r| {
        r.cells
            .iter()
            .flat_map(|c| &c.paragraphs)
            .any(|p| std::ptr::eq(p.text.as_str(), t.sentence.text))
    })?;
    let base = row.cells.get(col)?;
    let blank = !base.merged_above && !base.text().chars().any(|c| c.is_ascii_digit());
    blank.then(|| year_of(&header))
}

/// A row of the plan's indicator table naming a ratio no pack metric knows, whose
/// base-year column is left empty (`| 能源管控中心覆盖率 | % | — | 80 | 100 |`) while the
/// plan gives it nowhere else with the base year.
fn unknown_table_rows(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(year) = cx.targets().declared_base else {
        return;
    };
    let b = cx.boundary();
    for t in cx.other_targets() {
        if t.base_value != Some(false) {
            continue;
        }
        let Some(s) = b.all.get(t.sentence) else {
            continue;
        };
        // Stated in prose with the base year (`2022年能源管控中心覆盖率为45%`).
        let elsewhere = b.all.iter().any(|o| {
            o.table.is_none()
                && o.as_str().contains(t.name.as_str())
                && years(o.as_str())
                    .iter()
                    .any(|m| !m.in_title && m.first <= year && year <= m.last)
                && o.as_str().chars().any(|c| c.is_ascii_digit())
        });
        if elsewhere {
            continue;
        }
        let finding = Finding::NoBaseline(NoBaseline {
            metric: None,
            metric_name: t.name.clone(),
            base_year: year,
            quote: quote_at(s.as_str(), t.span.clone()),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, t.span.clone());
        out.push(d.at(loc, span));
    }
}
