//! `consistency/table-sum` on a total stated in prose with its parts listed after it: in
//! the same sentence after `其中` (`2020年园区二氧化碳排放总量192.0万吨，其中化石燃料燃烧
//! 96.2万吨，工业生产过程30.5万吨，…`), or one per list item after a sentence ending in a
//! colon (`分排放源看：` / `- 化石燃料燃烧排放96.2万吨；`).
//!
//! A part its own clause deducts (`扣除输出蒸汽对应的排放6.6万吨`) is subtracted.
//!
//! A `其中` list may name only the largest parts, so parts that fall short of the total are
//! reported only when the list is plainly the whole: three parts or more, covering both
//! the direct sources and the purchased power or heat of the boundary, and no word of the
//! pack's `lexicon.partial_list` (`主要`, `等`) in the sentence. Parts that exceed the total
//! are always reported.

use crate::checks::consistency::{declares_rounding, printed_scale};
use crate::checks::Context;
use crate::diagnostic::Diagnostic;
use crate::extract::prose::figure_clause;
use crate::extract::quantity::Quantity;
use crate::extract::restated::restates;
use crate::finding::{Finding, PartsSum};

/// A mass the total's unit family shares (`万吨` beside `万吨二氧化碳`).
fn same_kind(total: &Quantity, q: &Quantity) -> bool {
    let unit_matches = match (&total.unit, &q.unit) {
        (Some(t), Some(u)) => match (&t.family, &u.family) {
            (Some(a), Some(b)) => a == b,
            _ => t.factor == u.factor,
        },
        _ => false,
    };
    unit_matches && q.percent.is_none() && q.upper.is_none()
}

/// Sentence `j`'s only figure of the total's kind, if it has exactly one (a list item).
fn one_mass<'c>(cx: &'c Context, j: usize, total: &Quantity) -> Option<&'c Quantity> {
    let mut masses = cx.quantities(j).iter().filter(|q| same_kind(total, q));
    let q = masses.next()?;
    masses.next().is_none().then_some(q)
}

/// The finding for parts adding up to `sum` against `total`, in the total's printed unit.
pub(super) fn finding(total: &Quantity, sum: f64, allowed: f64, parts: usize) -> Finding {
    let found = total.magnitude();
    let scale = printed_scale(total);
    Finding::PartsSum(PartsSum {
        total: found / scale,
        unit: total
            .unit
            .as_ref()
            .map(|u| u.written.to_string())
            .unwrap_or_default(),
        sum: sum / scale,
        difference: (sum - found).abs() / scale,
        allowed: allowed / scale,
        parts,
        decimals: total.decimals,
    })
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>, doc: &crate::checks::RuleDoc) {
    let facts = cx.boundary();
    let all = &facts.all;
    let lex = &cx.rules.lexicon;
    let b = &cx.rules.boundary;
    let relative = cx.rules.thresholds.table_sum_tolerance;
    for (i, s) in all.iter().enumerate() {
        if s.heading || s.table.is_some() {
            continue;
        }
        let text = s.as_str();
        let all_qs = cx.quantities(i);
        // A figure restated in another unit (`150万吨（1.50 Mt）`) is read once.
        let kept: Vec<Quantity>;
        let qs: &[Quantity] = if (1..all_qs.len()).any(|k| restates(text, all_qs, k)) {
            kept = all_qs
                .iter()
                .enumerate()
                .filter(|(k, _)| !restates(text, all_qs, *k))
                .map(|(_, q)| q.clone())
                .collect();
            &kept
        } else {
            all_qs
        };
        // The total: the last CO2 mass before `其中` (or before a closing colon).
        let at = text.find("其中").or_else(|| {
            text.trim_end()
                .ends_with(['：', ':'])
                .then_some(text.trim_end().len())
        });
        let Some(at) = at else { continue };
        let co2_before = |qs: &'_ [Quantity], end: usize| -> Option<usize> {
            qs.iter().rposition(|q| {
                q.span.end <= end
                    && q.percent.is_none()
                    && q.unit
                        .as_ref()
                        .and_then(|u| u.family.as_deref())
                        .is_some_and(|f| f == "co2_mass")
            })
        };
        // A lead-in of its own (`…总量192.0万吨。分排放源看：`): the total is the sentence
        // before it, in the same paragraph.
        let (total, total_at) = match co2_before(qs, at) {
            Some(k) => (qs.get(k), s),
            None => match i.checked_sub(1).and_then(|p| all.get(p).map(|x| (p, x))) {
                Some((p, prev)) if prev.block() == s.block() && !prev.heading => {
                    let pq = cx.quantities(p);
                    (co2_before(pq, usize::MAX).and_then(|k| pq.get(k)), prev)
                }
                _ => (None, s),
            },
        };
        let Some(total) = total else {
            continue;
        };
        // The parts: this sentence's masses after 其中, else the list items after it.
        // Figures inside brackets break a part down (`化石燃料燃烧12.4万吨（天然气9.8万吨、
        // 汽油柴油2.6万吨）`); they are no parts of the total.
        let bracketed = |q: &Quantity| {
            let before = text.get(..q.span.start).unwrap_or("");
            before.matches(['（', '(']).count() > before.matches(['）', ')']).count()
        };
        // A part its clause deducts (`扣除输出蒸汽对应的排放6.6万吨`, the pack's
        // `lexicon.deducted`) is taken off the sum.
        let deducts = |text: &str, q: &Quantity| {
            let clause = figure_clause(text, q.span.start);
            lex.deducted.is_match(clause) && !lex.not_deducted.is_match(clause)
        };
        // A `其中` inside brackets (`化石燃料燃烧4.4万吨（其中天然气3.6万吨、柴油0.8万吨），外购
        // 电力…11.7万吨`) breaks down the figure before the brackets: its parts are the
        // bracket's figures, and the figures after it are no parts of that total.
        let before_at = text.get(..at).unwrap_or("");
        let in_brackets =
            before_at.matches(['（', '(']).count() > before_at.matches(['）', ')']).count();
        let list_end = if in_brackets {
            text.get(at..)
                .and_then(|rest| rest.find(['）', ')']))
                .map_or(text.len(), |k| at + k)
        } else {
            text.len()
        };
        let mut parts: Vec<(&Quantity, bool)> = qs
            .iter()
            .filter(|q| {
                q.span.start >= at
                    && q.span.end <= list_end
                    && same_kind(total, q)
                    && (in_brackets || !bracketed(q))
            })
            .map(|q| (q, deducts(text, q)))
            .collect();
        let mut labels = text.get(at..list_end).unwrap_or("").to_string();
        // A list run on over semicolons, one item a clause (`其中：燃煤排放46.3万吨；天然气
        // 燃烧排放8.1万吨；…`). A `其中` list of its own before the semicolon (`化石燃料燃烧排放
        // 48.9万吨，其中燃煤38.6万吨、天然气9.2万吨、油品1.1万吨；炭黑生产过程排放6.3万吨；…`)
        // ends there: the clauses after it are the total's siblings.
        if parts.len() == 1 && !in_brackets && text.trim_end().ends_with(['；', ';']) {
            for (j, n) in all.iter().enumerate().skip(i + 1) {
                if n.block() != s.block() {
                    break;
                }
                let Some(q) = one_mass(cx, j, total) else {
                    break;
                };
                parts.push((q, deducts(n.as_str(), q)));
                labels.push_str(n.as_str());
                if !n.as_str().trim_end().ends_with(['；', ';']) {
                    break;
                }
            }
        }
        if parts.is_empty() {
            let mut block = s.block();
            // The items are blocks of one kind: a paragraph after a bulleted list
            // (`- 净调入热力：2.1万吨。` then `集团整车基地2020年排放18.7万吨，占…64.5%。`) is
            // no item of it.
            let kind = |b: usize| {
                cx.doc
                    .blocks
                    .get(b)
                    .map(|x| matches!(x.kind, crate::document::BlockKind::ListItem { .. }))
            };
            let mut item_kind = None;
            for (j, n) in all.iter().enumerate().skip(i + 1) {
                if n.heading || n.table.is_some() || n.block() != block + 1 {
                    break;
                }
                let this = kind(n.block());
                if item_kind.is_some_and(|k| k != this) {
                    break;
                }
                item_kind = Some(this);
                let Some(q) = one_mass(cx, j, total) else {
                    break;
                };
                parts.push((q, deducts(n.as_str(), q)));
                labels.push_str(n.as_str());
                block = n.block();
            }
        }
        // A nested breakdown (`（其中燃煤…）`) or a second 其中 is not one flat list; parts
        // that change over years (`由119.4万吨增加到142.5万吨`) or a series (`分别为`) are
        // not parts of one total.
        const CHANGES: [&str; 9] = [
            "增至",
            "增加到",
            "增长到",
            "升至",
            "降至",
            "下降到",
            "减少到",
            "提高到",
            "分别",
        ];
        // Parts dated in two years (`其中一厂区2020年排放29.6万吨，…力争2025年率先达峰，峰值约
        // 31万吨`) are one part's history and goal, not parts of one total.
        let mut part_years: Vec<u16> = crate::extract::years::years(&labels)
            .iter()
            .filter(|y| !y.in_title)
            .map(|y| y.last)
            .collect();
        part_years.sort_unstable();
        part_years.dedup();
        if parts.len() < 2
            || part_years.len() > 1
            || labels.matches("其中").count() > 1
            || CHANGES
                .iter()
                .any(|w| labels.contains(w) || text.contains(w))
        {
            continue;
        }
        let found = total.magnitude();
        let sum: f64 = parts
            .iter()
            .map(|(q, deducted)| {
                if *deducted {
                    -q.magnitude()
                } else {
                    q.magnitude()
                }
            })
            .sum();
        let rounding = if declares_rounding(lex, text) {
            2.0
        } else {
            1.0
        };
        let slack = total.canonical_step() / 2.0
            + parts
                .iter()
                .map(|(q, _)| q.canonical_step() / 2.0)
                .sum::<f64>();
        let allowed = slack * rounding + relative * found.abs() + 1e-9 * found.abs().max(1.0);
        let diff = (sum - found).abs();
        if diff <= allowed {
            continue;
        }
        let whole = parts.len() >= 3
            && (b.sources.is_match(&labels) || b.direct.is_match(&labels))
            && b.indirect.is_match(&labels)
            && !lex.partial_list.is_match(text)
            && !lex.partial_list.is_match(&labels);
        if sum < found && !whole {
            continue;
        }
        let finding = finding(total, sum, allowed, parts.len());
        let Some(d) = cx.diagnostic(doc, finding) else {
            return;
        };
        let (loc, span) = total_at.place(cx.doc, total.span.clone());
        out.push(d.at(loc, span));
    }
}
