//! `target/no-measure`: a target indicator with no supporting measure in the pathway
//! chapter (实施路径 / 重点任务).

use std::collections::HashMap;
use std::ops::Range;

use crate::checks::boundary::quote_at;
use crate::checks::target::{metric_name, place};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::other_indicators::is_han;
use crate::extract::sentences::{in_ranges, item_ranges};
use crate::extract::targets::TargetKind;
use crate::finding::{Finding, NoMeasure};
use crate::pack::Pattern;

pub const DOC: RuleDoc = RuleDoc {
    id: "target/no-measure",
    category: Category::Target,
    severity: Severity::Warning,
    summary: Text {
        zh: "目标指标在实施路径中没有对应的措施",
        en: "a target indicator has no supporting measure in the pathway chapters",
    },
    why: Text {
        zh: "可行性原则要求目标有措施支撑（《编制指南》第4章“可行性”，第8章“实施路径”）：提出“光伏装机容量达到30万千瓦”，实施路径中却没有任何光伏、分布式能源的任务，目标就落不了地。每个指标能推动它的措施领域词见规则文件 targets.metrics[].measure_keywords（如新能源车辆比例 → 新能源车、充电、换电、氢能……），提示中列出查找过的词；实施路径中只是复述目标（“新能源车辆比例达到80%”）不算措施。目标章提出规则包未收录的比率指标时（“工业用水重复利用率由82%提高到92%”“数据中心平均PUE降至1.4以下”），在实施路径中查找指标名称去掉通用词（lexicon.indicator_generic：工业、利用、能源……）后的部分（用水重复、数据中心、PUE）中的两字词，允许中间隔一个字（电炉—电弧炉）。只在实施路径的某项任务中提出、目标章未涉及该指标的里程碑（“厂内叉车和短驳车辆2029年前电动化比例达到60%”）是该任务自身的进度要求，任务本身就是措施，不报告。方案没有实施路径章节时由 structure/missing-chapter 报告，此处不再重复。",
        en: "Feasibility needs measures behind each target (clauses 4, 8): a target of 30万千瓦 of PV with no PV or distributed-energy task in the pathway chapter cannot be delivered. The measure words that can move each indicator are the rules file's targets.metrics[].measure_keywords (新能源车辆比例 → 新能源车, 充电, 换电, 氢能 …), and the message lists the words looked for; a pathway sentence that only restates the target (新能源车辆比例达到80%) is not a measure. For a ratio the pack does not know, set in the targets chapter (工业用水重复利用率由82%提高到92%, 数据中心平均PUE降至1.4以下), the pathway is searched for the two-character words of its name without the generic words (lexicon.indicator_generic: 工业, 利用, 能源 …) — 用水重复, 数据中心, PUE — one character between allowed (电炉 in 电弧炉). A milestone set only inside a pathway task, of an indicator the targets chapter does not set (厂内叉车和短驳车辆2029年前电动化比例达到60%), is the task's own: the task is its measure. A plan with no pathway chapter is reported by structure/missing-chapter instead.",
    },
    fails: "## 三、碳达峰目标\n\n本方案以2020年为基准年。到2025年，园区光伏装机容量达到30万千瓦。\n\n## 四、重点任务\n\n加快淘汰落后产能，推动传统产业转型升级。\n",
    passes: "## 三、碳达峰目标\n\n本方案以2020年为基准年。到2025年，园区光伏装机容量达到30万千瓦。\n\n## 四、重点任务\n\n实施屋顶分布式光伏工程，新增装机20万千瓦。\n",
};

/// The metric mentions of a sentence: (metric id, range).
type Mentions<'p> = Vec<(&'p str, Range<usize>)>;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    let Some(pathway) = item_ranges(cx, "pathway") else {
        return;
    };
    let text: Vec<&str> = cx
        .boundary()
        .all
        .iter()
        .filter(|s| in_ranges(&pathway, s.block()))
        .map(|s| s.as_str())
        .collect();
    // The metric mentions of each pathway sentence, found when first needed.
    let mut mentions: Vec<Option<Mentions>> = vec![None; text.len()];
    let mut reported: Vec<&str> = Vec::new();
    let mut supported_by: HashMap<&str, bool> = HashMap::new();
    for t in facts.own().filter(|t| {
        matches!(
            t.kind,
            TargetKind::Change | TargetKind::Level | TargetKind::Cap
        )
    }) {
        let Some(id) = t.metric else {
            continue;
        };
        if super::task_milestone(cx, t) {
            continue;
        }
        let Some(metric) = cx.rules.metric(id) else {
            continue;
        };
        if metric.measure_keywords.is_empty() || reported.contains(&id) {
            continue;
        }
        // Looked up once per indicator (each of its targets asked the whole pathway again).
        let supported = *supported_by.entry(id).or_insert_with(|| {
            text.iter().enumerate().any(|(i, s)| {
                let hits: Vec<Range<usize>> = metric
                    .measure_keywords
                    .iter()
                    .flat_map(|k| s.match_indices(k.as_str()).map(|(at, w)| at..at + w.len()))
                    .collect();
                if hits.is_empty() {
                    return false;
                }
                // A restated target (`新能源车辆比例达到80%`) names the metric, not a measure.
                let own = match mentions.get_mut(i) {
                    Some(slot) => slot.get_or_insert_with(|| cx.mentions.metric_mentions(s)),
                    None => return true,
                };
                hits.iter().any(|h| {
                    !own.iter()
                        .any(|(m, r)| *m == id && r.start <= h.start && h.end <= r.end)
                })
            })
        });
        if supported {
            continue;
        }
        reported.push(id);
        let finding = Finding::NoMeasure(NoMeasure {
            metric: t.metric.map(str::to_string),
            metric_name: metric_name(cx, t),
            keywords: metric.measure_keywords.clone(),
            quote: quote_at(t.sentence.as_str(), t.span.clone()),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, t);
        out.push(d.at(loc, span));
    }
    other_indicators(cx, &text, out);
}

/// Targets of indicators the pack does not know (`工业用水重复利用率由…提高到92%`): supported
/// when a pathway sentence names one of the two-character words of the indicator's
/// [`segments`] (用水, 重复), other than by restating the indicator. The finding lists the
/// segments.
fn other_indicators(cx: &Context, pathway: &[&str], out: &mut Vec<Diagnostic>) {
    let generic = &cx.rules.lexicon.indicator_generic;
    let mut judged: Vec<String> = Vec::new();
    for t in cx.other_targets() {
        let shown = segments(&t.name, &generic.terms);
        let keys = keywords(&shown);
        // One indicator stated twice, or two of one subject (`新建大型数据中心PUE`,
        // `存量数据中心平均PUE`), are judged once.
        if keys.is_empty() || keys.iter().any(|k| judged.contains(k)) {
            continue;
        }
        judged.extend(keys.iter().cloned());
        // The fields of work the indicator's name is in (the pack's `lexicon.measure_fields`).
        let fields: Vec<&Pattern> = cx
            .rules
            .lexicon
            .measure_fields
            .patterns
            .iter()
            .filter(|p| p.is_match(&t.name))
            .collect();
        let supported = pathway.iter().any(|s| {
            let restated: Vec<usize> = s.match_indices(t.name.as_str()).map(|(at, _)| at).collect();
            let outside = |at: usize, end: usize| {
                !restated.iter().any(|r| *r <= at && end <= r + t.name.len())
            };
            fields
                .iter()
                .any(|f| f.find_iter(s).any(|m| outside(m.start(), m.end())))
                || keys
                    .iter()
                    .any(|k| written(s, k).any(|(at, end)| outside(at, end)))
        });
        if supported {
            continue;
        }
        let Some(s) = cx.boundary().all.get(t.sentence) else {
            continue;
        };
        let finding = Finding::NoMeasure(NoMeasure {
            metric: None,
            metric_name: t.name.clone(),
            keywords: shown,
            quote: quote_at(s.as_str(), t.span.clone()),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, t.span.clone());
        out.push(d.at(loc, span));
    }
}

/// Where `key` is written in `s`, as (start, end): as it is, or a two-character word with one
/// character between (电炉 in 电弧炉, 中水 in 中水回用 too).
fn written<'a>(s: &'a str, key: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut cs = key.chars();
    let pair = match (cs.next(), cs.next(), cs.next()) {
        (Some(a), Some(b), None) => Some((a, b)),
        _ => None,
    };
    let whole = s
        .match_indices(key)
        .map(|(at, w)| (at, at + w.len()))
        .filter(move |_| pair.is_none());
    let spread = pair.into_iter().flat_map(move |(a, b)| {
        s.char_indices()
            .filter(move |(_, c)| *c == a)
            .filter_map(move |(at, _)| {
                let mut after = s.get(at + a.len_utf8()..)?.char_indices().take(2);
                after
                    .find(|(_, c)| *c == b)
                    .map(|(i, _)| (at, at + a.len_utf8() + i + b.len_utf8()))
            })
    });
    whole.chain(spread)
}

/// What of an indicator's name a measure must act on: the name without its ratio word
/// (`率`, `比重` …) cut at the generic words (the pack's `lexicon.indicator_generic`), each
/// part of two characters or more (工业用水重复利用率 → 用水重复; 新建大型数据中心PUE →
/// 数据中心PUE), in order, each once.
fn segments(name: &str, generic: &[String]) -> Vec<String> {
    let name = ["比例", "比重", "占比", "率"]
        .iter()
        .find_map(|w| name.strip_suffix(w))
        .unwrap_or(name);
    let mut cut = name.to_string();
    let mut words: Vec<&String> = generic.iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    for w in words {
        cut = cut.replace(w.as_str(), "|");
    }
    let mut out: Vec<String> = Vec::new();
    for part in cut.split('|').filter(|p| p.chars().count() >= 2) {
        if !out.iter().any(|o| o == part) {
            out.push(part.to_string());
        }
    }
    out
}

/// The words looked for in the pathway: each segment's two-character Han words
/// (用水重复 → 用水, 水重, 重复) and its Latin words (`PUE`), each once.
fn keywords(segments: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for seg in segments {
        let chars: Vec<char> = seg.chars().collect();
        for pair in chars.windows(2).filter(|p| p.iter().all(|c| is_han(*c))) {
            let word: String = pair.iter().collect();
            if !out.contains(&word) {
                out.push(word);
            }
        }
        for latin in seg
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 2 && w.chars().any(|c| c.is_ascii_alphabetic()))
        {
            if !out.iter().any(|w| w == latin) {
                out.push(latin.to_string());
            }
        }
    }
    out
}
