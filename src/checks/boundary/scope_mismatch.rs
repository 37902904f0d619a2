//! `boundary/scope-mismatch`: a part of the plan uses a different emission scope than
//! the declared boundary (the boundary counts purchased electricity and heat, a target or
//! scenario counts direct emissions only — or the reverse).

use crate::checks::boundary::{quote, related_sentence};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::boundary::Indirect;
use crate::extract::boundary::{offsets_named, source_exclusion_scopes};
use crate::extract::prose::{clause_end, clause_start, governed};
use crate::finding::{DeductedScope, Finding, ScopeQuote};

pub const DOC: RuleDoc = RuleDoc {
    id: "boundary/scope-mismatch",
    category: Category::Boundary,
    severity: Severity::Error,
    summary: Text {
        zh: "方案某处使用的排放范围与声明的核算边界不一致",
        en: "a part of the plan uses a different emission scope than the declared boundary",
    },
    why: Text {
        zh: "准确性原则要求“边界统一、口径一致”（《编制指南》第4章、第6章）。核算边界计入净调入电力热力的间接排放，而目标或情景只按直接排放（或相反）测算，目标与基准年清单就不可比，达峰判断随之失真。同样，核算边界声明绿电（绿证）、二氧化碳捕集利用与封存量或碳汇、碳信用不从排放中扣减，而目标或峰值写成扣除后的净排放（“扣除绿电交易电量对应排放”“净排放（扣除捕集利用和封存量后）”），也是口径不一致；与主指标口径分开、注明不用于判断达峰的备注指标不在此列。",
        en: "The accuracy principle demands one boundary and one caliber (clauses 4, 6). If the boundary counts purchased power and heat but a target or scenario counts direct emissions only (or the reverse), target and base-year inventory are not comparable and the peak judgement is wrong. Likewise when the boundary declares that green power (certificates), captured CO2 (CCUS) or sinks and credits are not deducted, but a target or the peak is stated net of them (扣除绿电交易电量对应排放, 净排放（扣除捕集利用和封存量后）); a memo indicator set apart from the main caliber and not used to judge the peak is not.",
    },
    fails: "## 一、碳排放分析\n\n### （一）核算边界与方法\n\n核算范围为园区规划范围内全部企业，包括能源活动、工业生产过程排放和净调入电力、热力产生的间接排放。\n\n## 二、碳达峰目标\n\n目标测算仅考虑化石燃料燃烧产生的直接排放。\n",
    passes: "## 一、碳排放分析\n\n### （一）核算边界与方法\n\n核算范围为园区规划范围内全部企业，包括能源活动、工业生产过程排放和净调入电力、热力产生的间接排放。\n\n## 二、碳达峰目标\n\n目标测算口径与核算边界一致，包括净调入电力和热力的间接排放。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    deducted(cx, out);
    let facts = cx.boundary();
    let Some(declared_at) = &facts.indirect_at else {
        return; // nothing declared to compare with (boundary/undeclared says so)
    };
    let b = &cx.rules.boundary;
    // The boundary section declares the scope; a sentence elsewhere that sets a narrower
    // caliber for the scenarios or targets (`按直接排放口径设定`) is what this rule is about,
    // even when it reads like a declaration.
    // The sentences stating the plan's own park-wide emission targets: a direct-only caliber
    // there narrows the targets whatever words the sentence uses (`到2025年，单位工业增加值
    // 直接二氧化碳排放（不含外购电力和热力）比2020年下降22%以上`).
    let co2_family = |t: &crate::extract::targets::Target| {
        t.metric
            .and_then(|id| cx.rules.metric(id))
            .and_then(|m| m.unit_family.as_deref())
            .is_some_and(|f| f.starts_with("co2_"))
    };
    let target_sentences: Vec<(usize, usize)> = cx
        .targets()
        .own()
        .filter(|t| co2_family(t) && crate::extract::targets::park_wide(t))
        .map(|t| (t.sentence.block(), t.sentence.range().start))
        .collect();
    let states_target = |block: usize, range: std::ops::Range<usize>| {
        target_sentences
            .iter()
            .any(|&(b, start)| b == block && range.contains(&start))
    };
    let in_declaration = |block: usize, range_start: usize| {
        facts.sections.iter().any(|r| r.contains(&block))
            || (block == declared_at.block() && range_start == declared_at.range().start)
    };
    for s in &facts.all {
        if s.heading || in_declaration(s.block(), s.range().start) {
            continue;
        }
        let text = s.as_str();
        // Every direct-only reading of the sentence; the first is the one reported.
        // (The pack's `lexicon.direct_only`: 仅核算…直接排放, …电力、热力调入排放未纳入,
        // 范围一排放达到峰值.)
        let excluding: Vec<std::ops::Range<usize>> = cx.rules.lexicon.direct_only.find_all(text);
        // What can make a finding, asked before the costlier readings below: with indirect
        // emissions included, only a direct-only reading; with them excluded, only a
        // sentence with a figure.
        let possible = match facts.indirect {
            Indirect::Included => !excluding.is_empty(),
            Indirect::Excluded => text.chars().any(|c| c.is_ascii_digit()),
            Indirect::Unstated => false,
        };
        if !possible {
            continue;
        }
        // Purchased power named in the sentence and not excluded there: the sentence puts the
        // indirect emissions back (`企业报告只核算直接排放，本方案另行补充外购电力间接排放`).
        let scopes = source_exclusion_scopes(cx.rules, text);
        let cues = b.exclusion.find_all(text);
        let lex = &cx.rules.lexicon;
        let restores = b.indirect.find_all(text).into_iter().any(|h| {
            // `考虑到外购电力排放主要取决于电网结构，峰值按…直接排放考核`: the reason for
            // leaving it out (the pack's `lexicon.reason_opening`), not a restoration.
            let clause = text.get(clause_start(text, h.start)..h.start).unwrap_or("");
            !lex.reason_opening.opens(clause.trim_start())
                && !governed(&scopes, &h)
                && !excluding
                    .iter()
                    .any(|m| m.start <= h.start && h.start < m.end)
                && !cues
                    .iter()
                    .any(|e| e.start < h.start && h.start - e.end <= 12)
        });
        // Only a sentence about the plan's own totals, scenarios or targets narrows its
        // accounting; another document's figure set apart (`与本方案口径不同`) does not.
        let about_the_plan = (lex.plan_aggregate.is_match(text)
            || states_target(s.block(), s.range()))
            && !lex.other_caliber.is_match(text);
        let narrower = excluding
            .first()
            .cloned()
            .filter(|_| !restores && about_the_plan);
        let conflict = match facts.indirect {
            Indirect::Included => narrower.map(|m| {
                (
                    m,
                    Finding::DirectOnlyScope(ScopeQuote { quote: quote(text) }),
                )
            }),
            Indirect::Excluded => {
                // The inventory or a target counts indirect emissions with a figure.
                let has_number = text.chars().any(|c| c.is_ascii_digit());
                // An emission figure of purchased power, not its consumption (用电量…千瓦时).
                let hit = b.indirect.find_all(text).into_iter().find(|h| {
                    // Its clause or the next one (`净调入电力126亿千瓦时，对应排放718万吨`).
                    let end = clause_end(text, h.end);
                    let after_mark = text
                        .get(end..)
                        .and_then(|t| t.chars().next())
                        .map_or(end, |c| end + c.len_utf8());
                    let next = clause_end(text, after_mark);
                    let from = clause_start(text, h.start);
                    text.get(from..next.max(end))
                        .is_some_and(|c| c.contains("排放"))
                });
                let negated = narrower.is_some() || !cues.is_empty();
                match hit {
                    Some(h) if has_number && !negated => {
                        Some((h, Finding::IndirectScope(ScopeQuote { quote: quote(text) })))
                    }
                    _ => None,
                }
            }
            Indirect::Unstated => None,
        };
        let Some((range, finding)) = conflict else {
            continue;
        };
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, range.start..range.end);
        out.push(d.at(loc, span).related(related_sentence(cx, declared_at)));
    }
}

/// A figure of the plan's own that deducts what the boundary keeps in the emissions
/// (`本方案对绿电交易电量不作扣减` … `产业园二氧化碳排放（扣除绿电交易电量对应排放，下同）力争
/// 2027年达峰`; `未扣除捕集量的总排放` … `净排放（扣除捕集利用和封存量后）力争2028年达峰`).
/// A sentence setting another caliber apart (`与上表主指标口径不同`) is not the plan's.
fn deducted(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.boundary();
    if facts.undeducted.is_empty() {
        return;
    }
    let lex = &cx.rules.lexicon;
    for s in &facts.all {
        if s.heading || facts.sections.iter().any(|r| r.contains(&s.block())) {
            continue;
        }
        let text = s.as_str();
        if !lex.deducted.is_match(text)
            || lex.not_deducted.is_match(text)
            || lex.other_caliber.is_match(text)
            || !lex.plan_aggregate.is_match(text)
        {
            continue;
        }
        let offsets = offsets_named(lex, text);
        let kept = |id: &str| facts.undeducted.iter().find(|(u, _)| *u == id);
        let hit = lex.deducted.find_all(text).into_iter().find_map(|c| {
            // `不含…的扣减`, `未扣除`: a negated deduction.
            let start = clause_start(text, c.start);
            let lead = text.get(start..c.start).unwrap_or("");
            if ["不", "未", "无"].iter().any(|w| lead.contains(w)) {
                return None;
            }
            let end = clause_end(text, c.end);
            offsets.iter().find_map(|(id, r)| {
                let after = r.start >= c.end && r.start < end && r.start - c.end <= 24;
                let before = r.end <= c.start && r.start >= start && c.start - r.end <= 12;
                let (_, said) = kept(id)?;
                (after || before).then(|| (*id, c.start.min(r.start)..c.end.max(r.end), said))
            })
        });
        let Some((id, range, said)) = hit else {
            continue;
        };
        let finding = Finding::DeductedScope(DeductedScope {
            offset: id.to_string(),
            quote: quote(text),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, range);
        out.push(d.at(loc, span).related(related_sentence(cx, said)));
    }
}
