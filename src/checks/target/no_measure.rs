//! `target/no-measure`: a target indicator with no supporting measure in the pathway
//! chapter (实施路径 / 重点任务).

use std::collections::HashMap;
use std::ops::Range;

use crate::checks::boundary::quote_at;
use crate::checks::target::{metric_name, place};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::sentences::{in_ranges, item_ranges};
use crate::extract::targets::TargetKind;
use crate::finding::{Finding, NoMeasure};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/no-measure",
    category: Category::Target,
    severity: Severity::Warning,
    summary: Text {
        zh: "目标指标在实施路径中没有对应的措施",
        en: "a target indicator has no supporting measure in the pathway chapters",
    },
    why: Text {
        zh: "可行性原则要求目标有措施支撑（《编制指南》第4章“可行性”，第8章“实施路径”）：提出“光伏装机容量达到30万千瓦”，实施路径中却没有任何光伏、分布式能源的任务，目标就落不了地。每个指标能推动它的措施领域词见规则文件 targets.metrics[].measure_keywords（如新能源车辆比例 → 新能源车、充电、换电、氢能……），提示中列出查找过的词；实施路径中只是复述目标（“新能源车辆比例达到80%”）不算措施。方案没有实施路径章节时由 structure/missing-chapter 报告，此处不再重复。",
        en: "Feasibility needs measures behind each target (clauses 4, 8): a target of 30万千瓦 of PV with no PV or distributed-energy task in the pathway chapter cannot be delivered. The measure words that can move each indicator are the rules file's targets.metrics[].measure_keywords (新能源车辆比例 → 新能源车, 充电, 换电, 氢能 …), and the message lists the words looked for; a pathway sentence that only restates the target (新能源车辆比例达到80%) is not a measure. A plan with no pathway chapter is reported by structure/missing-chapter instead.",
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
}
