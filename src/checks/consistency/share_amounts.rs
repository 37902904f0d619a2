//! `consistency/share-sum`, one share against its own amount: in `化石燃料燃烧248.3万吨、
//! 占60.2%，工业过程36.8万吨、占8.9%，外购电力109.4万吨、占29.5%…` every share is its
//! amount over one and the same total, so the totals the pairs imply must agree within the
//! rounding of the printed figures. When all pairs but one agree, that one is misprinted
//! (`109.4万吨` is 26.5% of 412.6万吨, not 29.5%) — found whether or not the list is
//! complete, and without adding the shares up.
//!
//! Read in prose — an amount followed by its share, linked by the pack's
//! `lexicon.share_link` (`、占`, `，占比`, `（`) — and in tables whose total row reads 100%
//! in a share column, each row's share against the amount in the nearest amount column to
//! its left. Conservative: three pairs at least, the odd one alone (two readings of which
//! pair is wrong → nothing), pairs of one unit and one link wording, no year named inside
//! the list (`2020年…占60%，2025年…`: two totals), no share or amount with 约/以上.

use crate::checks::boundary::quote;
use crate::checks::{Context, RuleDoc};
use crate::diagnostic::Diagnostic;
use crate::document::{BlockKind, Row};
use crate::extract::pathway::cell_sentence;
use crate::extract::quantity::{PercentKind, Quantity, QuantityExtractor};
use crate::extract::sentences::Sentence;
use crate::extract::targets::columns;
use crate::finding::{Finding, ShareOfAmount};

use super::table_sum::{cell_value, grouping_columns, row_kind, RowKind};

/// An amount and its share, each with the half step of its printed precision.
#[derive(Debug, Clone)]
struct Pair {
    /// The amount in its family's canonical unit.
    amount: f64,
    amount_slack: f64,
    /// The share in percent.
    share: f64,
    share_slack: f64,
}

impl Pair {
    fn new(amount: &Quantity, share: &Quantity) -> Option<Pair> {
        let a = amount.magnitude();
        let s = share.canonical().unwrap_or(share.value * share.multiplier);
        (a > 0.0 && s > 0.0).then(|| Pair {
            amount: a,
            amount_slack: amount.canonical_step() / 2.0,
            share: s,
            share_slack: 10f64.powi(-i32::from(share.decimals)) / 2.0,
        })
    }

    /// The totals the pair allows: its amount over its share, each anywhere within its
    /// rounding.
    fn totals(&self) -> (f64, f64) {
        let lo = (self.amount - self.amount_slack) * 100.0 / (self.share + self.share_slack);
        let hi = if self.share > self.share_slack {
            (self.amount + self.amount_slack) * 100.0 / (self.share - self.share_slack)
        } else {
            f64::INFINITY
        };
        (lo, hi)
    }
}

/// The totals every pair of `pairs` allows (`None` when they do not meet).
fn common(pairs: impl Iterator<Item = (f64, f64)>) -> Option<(f64, f64)> {
    let (lo, hi) = pairs.fold((0.0f64, f64::INFINITY), |(lo, hi), (l, h)| {
        (lo.max(l), hi.min(h))
    });
    (lo <= hi * (1.0 + 1e-9)).then_some((lo, hi))
}

/// The one pair whose total disagrees with all the others', which agree among themselves,
/// with the totals they allow; `None` when all agree, when fewer than three pairs, or when
/// more than one pair could be the odd one.
fn odd_one(pairs: &[Pair]) -> Option<(usize, (f64, f64))> {
    if pairs.len() < 3 || common(pairs.iter().map(Pair::totals)).is_some() {
        return None;
    }
    let mut found = None;
    for k in 0..pairs.len() {
        let rest = pairs
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .map(|(_, p)| p.totals());
        if let Some(range) = common(rest) {
            if found.is_some() {
                return None;
            }
            found = Some((k, range));
        }
    }
    found
}

pub fn check(cx: &Context, doc: &'static RuleDoc, out: &mut Vec<Diagnostic>) {
    let x = cx.quantity_extractor();
    for (i, b) in cx.doc.blocks.iter().enumerate() {
        match &b.kind {
            BlockKind::Paragraph | BlockKind::ListItem { .. } => {
                if b.text.matches(['%', '％']).count() < 3 {
                    continue;
                }
                for r in super::share_sum::segments(&b.text, &cx.rules.lexicon.breakdown_opening) {
                    let Some(text) = b.text.get(r.clone()) else {
                        continue;
                    };
                    if text.matches(['%', '％']).count() >= 3 {
                        let s = Sentence::new(i, &b.text, r.clone(), &b.origin, None, false);
                        prose(cx, x, doc, &s, text, out);
                    }
                }
            }
            BlockKind::Table(_) => table(cx, x, doc, i, out),
            _ => {}
        }
    }
}

/// One amount–share pair of a sentence: the quantities and the words linking them.
struct Linked<'q> {
    amount: &'q Quantity,
    share: &'q Quantity,
    /// The linking words less punctuation (`占`, `占比`): pairs are compared with pairs
    /// linked alike (`占全市的` names another total).
    link: String,
    /// The amount's unit as written (`万吨`): a bare unit's family depends on the words
    /// before it (`燃煤183.2万吨` reads coal's cue), so pairs group by the written unit and
    /// a group whose units read two families is left alone.
    unit: String,
    family: Option<String>,
}

fn plain(q: &Quantity) -> bool {
    q.upper.is_none() && q.qualifier.is_none()
}

fn prose(
    cx: &Context,
    x: &QuantityExtractor,
    doc: &'static RuleDoc,
    s: &Sentence,
    text: &str,
    out: &mut Vec<Diagnostic>,
) {
    let lex = &cx.rules.lexicon;
    let qs = x.quantities(text);
    let mut linked: Vec<Linked> = Vec::new();
    for (k, a) in qs.iter().enumerate() {
        // The amount restated in brackets in another unit before its share (`外购电力14.3万
        // tce（11.6亿kWh），占39.7%`): the share is the first amount's.
        let (p, from) = match (qs.get(k + 1), qs.get(k + 2)) {
            (Some(r), Some(p)) if r.percent.is_none() => match restated_end(text, a, r) {
                Some(end) => (p, end),
                None => (r, a.span.end),
            },
            (Some(p), _) => (p, a.span.end),
            (None, _) => continue,
        };
        let Some(unit) = a.unit.as_ref() else {
            continue;
        };
        if a.percent.is_some() || p.percent != Some(PercentKind::Percent) || !plain(a) || !plain(p)
        {
            continue;
        }
        let Some(gap) = text.get(from..p.span.start) else {
            continue;
        };
        // `…18.1万吨，分别占60.2%`: the first share of a list, paired by [`respectively`].
        if !lex.share_link.is_match(gap) || gap.contains("分别") {
            continue;
        }
        let link: String = gap
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '、' | '，' | ',' | '（' | '('))
            .collect();
        linked.push(Linked {
            amount: a,
            share: p,
            link,
            unit: unit.written.to_string(),
            family: unit.family.clone(),
        });
    }
    linked.extend(respectively(lex, text, &qs));
    if linked.len() < 3 {
        return;
    }
    // Pairs of one unit and one link wording, in the order read.
    let mut done = vec![false; linked.len()];
    for k in 0..linked.len() {
        if done.get(k).copied().unwrap_or(true) {
            continue;
        }
        let Some(first) = linked.get(k) else { continue };
        let group: Vec<usize> = (k..linked.len())
            .filter(|j| {
                linked
                    .get(*j)
                    .is_some_and(|l| l.unit == first.unit && l.link == first.link)
            })
            .collect();
        for j in &group {
            if let Some(d) = done.get_mut(*j) {
                *d = true;
            }
        }
        let members: Vec<&Linked> = group.iter().filter_map(|j| linked.get(*j)).collect();
        let mut families = members.iter().filter_map(|l| l.family.as_deref());
        if let Some(f) = families.next() {
            if families.any(|g| g != f) {
                continue;
            }
        }
        let (Some(start), Some(end)) = (
            members.first().map(|l| l.amount.span.start),
            members.last().map(|l| l.share.span.end),
        ) else {
            continue;
        };
        // A year inside the list: its pairs may be of different years' totals.
        if text
            .get(start..end)
            .is_some_and(|t| !crate::extract::years::years(t).is_empty())
        {
            continue;
        }
        let pairs: Vec<Pair> = members
            .iter()
            .filter_map(|l| Pair::new(l.amount, l.share))
            .collect();
        if pairs.len() != members.len() {
            continue;
        }
        let Some((odd, range)) = odd_one(&pairs) else {
            continue;
        };
        let (Some(l), Some(p)) = (members.get(odd), pairs.get(odd)) else {
            continue;
        };
        let sum: f64 = pairs.iter().map(|p| p.amount).sum();
        let Some(f) = finding(
            cx,
            p,
            l.amount,
            l.share,
            range,
            sum,
            pairs.len() - 1,
            quote(s.as_str()),
        ) else {
            continue;
        };
        if let Some(d) = cx.diagnostic(doc, f) {
            let (loc, sp) = s.place(cx.doc, l.share.span.clone());
            out.push(d.at(loc, sp));
        }
    }
}

/// Where the bracket that restates amount `a` as `r` alone (`14.3万tce（11.6亿kWh）`) closes,
/// just past it; `None` when `r` is not such a restatement.
fn restated_end(text: &str, a: &Quantity, r: &Quantity) -> Option<usize> {
    let open = text.get(a.span.end..r.span.start)?.trim();
    if !matches!(open, "（" | "(") {
        return None;
    }
    let after = text.get(r.span.end..)?;
    let close = after
        .trim_start()
        .chars()
        .next()
        .filter(|c| matches!(c, '）' | ')'))?;
    Some(r.span.end + (after.len() - after.trim_start().len()) + close.len_utf8())
}

/// Whether the text between two items of a list only separates them (`、`, `和`, `，`).
fn separates(gap: &str) -> bool {
    let words = |g: &str| {
        matches!(
            g.trim(),
            "、" | "，" | "," | "和" | "及" | "与" | "以及" | "，以及" | "、以及"
        )
    };
    if words(gap) {
        return true;
    }
    // A list word and the next item's name (`煤炭6143吨标准煤、天然气7529吨标准煤`): a short
    // run of Han characters only.
    let gap = gap.trim();
    let Some(name) = [
        "、以及",
        "，以及",
        "、",
        "，",
        ",",
        "以及",
        "和",
        "及",
        "与",
    ]
    .iter()
    .find_map(|w| gap.strip_prefix(w))
    .map(str::trim) else {
        return false;
    };
    let n = name.chars().count();
    (1..=6).contains(&n) && name.chars().all(crate::extract::other_indicators::is_han)
}

/// The pairs of a list of amounts followed by as many shares (`…排放分别为248.3万吨、36.8万吨、
/// 109.4万吨和18.1万吨，分别占60.2%、8.9%、29.5%和4.4%`): paired in order, when the words
/// between the two lists link amounts to shares (`lexicon.share_link`).
fn respectively<'q>(lex: &crate::pack::Lexicon, text: &str, qs: &'q [Quantity]) -> Vec<Linked<'q>> {
    let gap = |a: &Quantity, b: &Quantity| text.get(a.span.end..b.span.start).unwrap_or("");
    // Runs of neighbouring quantities of one kind, separated only by list words.
    let run_from = |k: usize, amount: bool| -> usize {
        let kind = |q: &Quantity| {
            plain(q)
                && if amount {
                    q.percent.is_none() && q.unit.is_some()
                } else {
                    q.percent == Some(PercentKind::Percent)
                }
        };
        let mut end = k;
        while qs.get(end).is_some_and(kind)
            && (end == k
                || qs
                    .get(end - 1)
                    .zip(qs.get(end))
                    .is_some_and(|(a, b)| separates(gap(a, b))))
        {
            end += 1;
        }
        end - k
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < qs.len() {
        let n = run_from(k, true);
        if n < 3 {
            k += 1;
            continue;
        }
        let shares = k + n;
        let linked = qs
            .get(shares - 1)
            .zip(qs.get(shares))
            .is_some_and(|(a, p)| lex.share_link.is_match(gap(a, p)));
        // Fewer shares than amounts: they are the last amounts' (`总量4.26万吨标准煤，其中
        // 煤炭6143吨标准煤、天然气…，占比分别为…`).
        let m = run_from(shares, false);
        if linked && (3..=n).contains(&m) {
            let first = k + n - m;
            for j in 0..m {
                let (Some(a), Some(p)) = (qs.get(first + j), qs.get(shares + j)) else {
                    continue;
                };
                let Some(unit) = a.unit.as_ref() else {
                    continue;
                };
                out.push(Linked {
                    amount: a,
                    share: p,
                    link: "分别".to_string(),
                    unit: unit.written.to_string(),
                    family: unit.family.clone(),
                });
            }
        }
        k += n;
    }
    out
}

/// The finding for the odd pair `p` (its quantities `amount`, `share`), the others
/// allowing totals in `range`; `None` when the share is within the pack's share tolerance
/// of what its amount makes it.
#[allow(clippy::too_many_arguments)]
fn finding(
    cx: &Context,
    p: &Pair,
    amount: &Quantity,
    share: &Quantity,
    range: (f64, f64),
    sum: f64,
    others: usize,
    quote: String,
) -> Option<Finding> {
    let (lo, hi) = range;
    // The others' total: the amounts' sum when they allow it (the list is complete), else
    // the middle of what they allow.
    let total = if (lo..=hi).contains(&sum) {
        sum
    } else if hi.is_finite() {
        (lo + hi) / 2.0
    } else {
        return None;
    };
    let expected = p.amount * 100.0 / total;
    let (low, high) = (
        p.amount * 100.0 / hi,
        p.amount * 100.0 / lo.max(f64::MIN_POSITIVE),
    );
    let off = if p.share < low {
        low - p.share
    } else {
        p.share - high
    };
    if off <= cx.rules.thresholds.share_sum_tolerance + p.share_slack {
        return None;
    }
    let scale = amount.magnitude() / amount.value.max(f64::MIN_POSITIVE);
    let unit = amount
        .unit
        .as_ref()
        .map_or(String::new(), |u| u.written.to_string());
    Some(Finding::ShareOfAmount(ShareOfAmount {
        amount: amount.value,
        unit,
        share: share.value,
        expected,
        total: total / scale,
        others,
        decimals: share.decimals,
        amount_decimals: amount.decimals,
        quote,
    }))
}

/// A table whose total row reads 100% in a share column: each row's share against the
/// amount in the nearest amount column to its left.
fn table(
    cx: &Context,
    x: &QuantityExtractor,
    doc: &'static RuleDoc,
    i: usize,
    out: &mut Vec<Diagnostic>,
) {
    let Some(BlockKind::Table(t)) = cx.doc.blocks.get(i).map(|b| &b.kind) else {
        return;
    };
    let Some(header) = t.rows.first() else { return };
    let head = columns(header);
    let lex = &cx.rules.lexicon;
    let data: Vec<&Row> = t.rows.iter().skip(1).collect();
    let skip = grouping_columns(lex, header);
    let Some(total_row) = data
        .iter()
        .find(|r| row_kind(lex, skip, r) == Some(RowKind::Total))
    else {
        return;
    };
    let label = |r: &Row| r.cells.first().map(|c| c.text()).unwrap_or_default();
    fn cell(r: &Row, col: usize) -> Option<&crate::document::Cell> {
        columns(r)
            .into_iter()
            .find(|(c, _)| *c == col)
            .map(|(_, c)| c)
    }
    let value = |r: &Row, col: usize, h: &str| {
        let c = cell(r, col)?;
        cell_value(x, &c.text(), &label(r), h).ok().flatten()
    };
    let mut off: Option<Vec<String>> = None;
    for (k, (col, hcell)) in head.iter().enumerate().skip(1) {
        let h = hcell.text();
        let Some(total) = value(total_row, *col, &h) else {
            continue;
        };
        if total.percent != Some(PercentKind::Percent) || (total.value - 100.0).abs() > 0.5 {
            continue;
        }
        // The nearest column to the left whose total is an amount.
        let Some((acol, ah)) = head
            .iter()
            .take(k)
            .skip(1)
            .rev()
            .map(|(c, hc)| (*c, hc.text()))
            .find(|(c, hh)| {
                value(total_row, *c, hh).is_some_and(|q| q.percent.is_none() && q.unit.is_some())
            })
        else {
            continue;
        };
        // A column not adding up to its total is `consistency/table-sum`'s (or, for the
        // shares, this rule's sum) finding already, and one misprint explains both.
        let first = |c: &crate::document::Cell| {
            c.paragraphs
                .first()
                .map_or(String::new(), |p| p.text.clone())
        };
        let off = off.get_or_insert_with(|| super::table_sum::columns_off(cx, i));
        let amount_head = head.iter().find(|(c, _)| *c == acol).map(|(_, c)| first(c));
        if off
            .iter()
            .any(|c| *c == first(hcell) || Some(c) == amount_head.as_ref())
        {
            continue;
        }
        let mut rows: Vec<(&Row, Quantity, Quantity, Pair)> = Vec::new();
        for r in &data {
            // A `其中` row's share may be of the row above it (`其中：燃煤 | 15.2 | 61.8`).
            if row_kind(lex, skip, r) == Some(RowKind::Breakdown) {
                continue;
            }
            let (Some(a), Some(s)) = (value(r, acol, &ah), value(r, *col, &h)) else {
                continue;
            };
            if a.percent.is_some() || s.percent != Some(PercentKind::Percent) {
                continue;
            }
            if let Some(p) = Pair::new(&a, &s) {
                rows.push((r, a, s, p));
            }
        }
        let pairs: Vec<Pair> = rows.iter().map(|(.., p)| p.clone()).collect();
        let Some((odd, range)) = odd_one(&pairs) else {
            continue;
        };
        let Some((r, a, s, p)) = rows.get(odd) else {
            continue;
        };
        let Some(c) = cell(r, *col) else { continue };
        let Some(tp) = c.paragraphs.first() else {
            continue;
        };
        let lab = label(r);
        let a_text = cell(r, acol).map(|c| c.text()).unwrap_or_default();
        let sentence = cell_sentence(i, tp, &lab, &h);
        let Some(total_amount) = value(total_row, acol, &ah) else {
            continue;
        };
        let Some(f) = finding(
            cx,
            p,
            a,
            s,
            range,
            total_amount.magnitude(),
            pairs.len() - 1,
            format!("{}：{}，{}", lab.trim(), a_text, tp.text.trim()),
        ) else {
            continue;
        };
        if let Some(d) = cx.diagnostic(doc, f) {
            let (loc, sp) = sentence.place(cx.doc, 0..tp.text.len());
            out.push(d.at(loc, sp));
        }
    }
}
