//! Lists that share one verb: `单位工业增加值能耗、二氧化碳排放分别下降14%、18%` (two
//! indicators), `到2025年、2030年分别下降18%、40%` (two years), and Chinese-numeral years
//! (`二〇三〇年前达峰`) read like Arabic ones.

use std::borrow::Cow;
use std::ops::Range;

use crate::extract::years::{years, YearForm};
use crate::pack::RulesPack;

use super::mentions::raw_metric_mentions;
use super::{Target, TargetKind};
use crate::extract::quantity::Quantity;

/// `text` with every Chinese-numeral year (`二〇二五`) written in ASCII digits, padded in
/// front with spaces to the same byte length (`        2025`), so every offset stays
/// valid and every year pattern (`到\s*20\d{2}年`) reads it. A span found in the result
/// is mapped back onto the Chinese digits with [`widen_to_years`].
pub fn ascii_years(text: &str) -> Cow<'_, str> {
    let rewritten = chinese_year_digits(text);
    if rewritten.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for (range, year) in rewritten {
        let ascii = format!("{year:>width$}", width = range.len());
        if ascii.len() == range.len() {
            out.replace_range(range, &ascii);
        }
    }
    Cow::Owned(out)
}

/// The Chinese digits of every year [`ascii_years`] rewrites (`二〇二五` of `二〇二五年`),
/// with the year.
pub fn chinese_year_digits(text: &str) -> Vec<(Range<usize>, u16)> {
    if !(text.contains('〇') || text.contains('零')) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in years(text) {
        if m.form != YearForm::Year || m.first != m.last {
            continue;
        }
        let Some(span) = text.get(m.span.clone()) else {
            continue;
        };
        let digits: usize = span
            .chars()
            .take_while(|c| crate::document::numerals::chinese_digit(*c).is_some())
            .map(char::len_utf8)
            .sum();
        let range = m.span.start..m.span.start + digits;
        if digits >= 4 && text.is_char_boundary(range.start) && text.is_char_boundary(range.end) {
            out.push((range, m.first));
        }
    }
    out
}

/// A span of the [`ascii_years`] text as a span of the original: a span touching a
/// rewritten year (whose digits sit at the end of the padded run, inside the last
/// Chinese characters) is widened to cover the whole year as written (`二〇三二`).
pub fn widen_to_years(span: Range<usize>, years: &[(Range<usize>, u16)]) -> Range<usize> {
    years.iter().fold(span, |span, (year, _)| {
        if year.start < span.end && span.start < year.end {
            span.start.min(year.start)..span.end.max(year.end)
        } else {
            span
        }
    })
}

/// The indicators a `分别` at `at` distributes over: two or more pack metrics named in the
/// clause before it, or a shared-subject list (`单位工业增加值能耗、二氧化碳排放`) whose
/// second member the first one's name overlaps.
pub fn metric_list<'p>(
    pack: &'p RulesPack,
    text: &str,
    clause: &Range<usize>,
    at: usize,
) -> Vec<&'p str> {
    let raw = raw_metric_mentions(pack, text);
    let inside: Vec<&(&'p str, Range<usize>)> = raw
        .iter()
        .filter(|(_, r)| r.start >= clause.start && r.end <= at)
        .collect();
    let mut out: Vec<(&'p str, Range<usize>)> = Vec::new();
    for (id, r) in inside {
        match out.last() {
            // A longer name starting at the same place: the shared subject's next member.
            Some((last_id, last)) if r.start < last.end => {
                let joined = text.get(last.end..r.end).is_some_and(|t| {
                    t.starts_with('、') || t.starts_with('和') || t.starts_with('及')
                });
                if r.start == last.start && last_id != id && joined {
                    out.push((*id, last.end..r.end));
                }
            }
            _ => out.push((*id, r.clone())),
        }
    }
    out.into_iter().map(|(id, _)| id).collect()
}

/// The target years a `分别` at `at` distributes over (`到2025年、2030年`).
pub fn year_list(text: &str, at: usize) -> Vec<u16> {
    years(text)
        .into_iter()
        .filter(|m| m.span.end <= at && m.dates_a_figure())
        .map(|m| m.last)
        .collect()
}

/// A value that repeats the statement before it for a year of its own, joined to it
/// (`增至2025年的40兆瓦和2030年的100兆瓦`, `提高到2025年的25%、2030年的35%`): the previous
/// target with this value and year. `None` unless only a joining word, the year and 的/为
/// stand between them, and both are percentages or neither is.
pub(super) fn dated_sibling<'d>(
    text: &str,
    q: &Quantity,
    made: &[Target<'d>],
) -> Option<Target<'d>> {
    let prev = made.last()?;
    if matches!(prev.kind, TargetKind::PeakYear | TargetKind::PeakValue)
        || q.percent != prev.percent
        || prev.target_year.is_none()
    {
        return None;
    }
    let gap = text.get(prev.span.end..q.span.start)?.trim();
    let gap = ["以上", "左右", "以内", "以下"]
        .iter()
        .fold(gap, |g, w| g.strip_prefix(w).unwrap_or(g))
        .trim_start();
    let rest = ["和", "、", "，", ",", "及", "与"]
        .iter()
        .find_map(|w| gap.strip_prefix(w))?
        .trim_start();
    let rest = rest.strip_prefix("到").unwrap_or(rest);
    let (digits, tail) = (rest.get(..4)?, rest.get(4..)?);
    let year = parse_year(digits)?;
    let tail = tail.strip_prefix('年')?;
    if !matches!(
        tail.trim(),
        "" | "的" | "为" | "底" | "末" | "底的" | "末的"
    ) {
        return None;
    }
    let mut t = prev.clone();
    t.value = q.stated_value();
    t.upper = q.stated_upper();
    t.bound = q.qualifier.as_ref().map(|b| b.bound);
    t.stretch = None;
    t.target_year = Some(year);
    t.span = q.span.clone();
    Some(t)
}

/// The values after `quantities[i]` that continue it as a list (`增至95兆瓦和315兆瓦`,
/// `下降14%、18%`): joined to it one after another, of its kind (percentages or not) and
/// unit family.
pub(super) fn list_after<'q>(
    text: &str,
    quantities: &'q [Quantity],
    i: usize,
) -> Vec<&'q Quantity> {
    fn family(q: &Quantity) -> Option<&str> {
        q.unit.as_ref().and_then(|u| u.family.as_deref())
    }
    let mut out = Vec::new();
    let Some(head) = quantities.get(i) else {
        return out;
    };
    let mut prev = head;
    for q in quantities.iter().skip(i + 1) {
        let joins = text.get(prev.span.end..q.span.start).is_some_and(joined);
        if !joins || q.percent != head.percent || family(q) != family(head) {
            break;
        }
        out.push(q);
        prev = q;
    }
    out
}

/// Whether the text between two values joins them in a list (`14%、18%`, `14%和18%`,
/// `≥14%和≥25%`, `约3万吨和约8万吨`).
pub fn joined(gap: &str) -> bool {
    let g = gap.trim();
    let g = ["以上", "左右", "以内", "以下"]
        .iter()
        .fold(g, |g, w| g.strip_prefix(w).unwrap_or(g))
        .trim();
    let g = [
        "≥",
        "≤",
        ">=",
        "<=",
        "约",
        "不低于",
        "不少于",
        "不超过",
        "超过",
    ]
    .iter()
    .fold(g, |g, w| g.strip_suffix(w).unwrap_or(g))
    .trim();
    matches!(g, "、" | "和" | "及" | "与" | "，" | ",")
}

/// The `k`-th value (from 1) of a `分别` list after the target `made[made.len() - k]`
/// heads it: the same statement for the `k`-th indicator or year of the list. When the
/// list is of years the head takes the first year. `None` when the list does not say
/// which indicator or year the value belongs to.
pub(super) fn sibling<'d>(
    pack: &'d RulesPack,
    text: &str,
    clauses: &[Range<usize>],
    q: &Quantity,
    prior: &[Target<'d>],
    made: &mut [Target<'d>],
    k: usize,
) -> Option<Target<'d>> {
    let prev = made.last()?;
    if matches!(prev.kind, TargetKind::PeakYear | TargetKind::PeakValue)
        || q.percent != prev.percent
    {
        return None;
    }
    let after_prev = prev
        .stretch
        .as_deref()
        .map_or(prev.span.end, |(_, s)| s.end.max(prev.span.end));
    if !joined(text.get(after_prev..q.span.start)?) {
        return None;
    }
    let head_at = made.len().checked_sub(k)?;
    let head_start = made.get(head_at)?.span.start;
    let fenbie = text.get(..head_start)?.rfind("分别")?;
    let clause = clauses
        .iter()
        .find(|c| c.start <= fenbie && fenbie <= c.end)?;
    let metrics = metric_list(pack, text, clause, fenbie);
    let years = year_list(text, fenbie);
    let mut t = prev.clone();
    if let (Some(m), Some(first)) = (
        metrics.get(k).filter(|_| metrics.len() >= 2),
        metrics.first(),
    ) {
        t.metric = Some(*m);
        if let Some(head) = made.get_mut(head_at) {
            head.metric = Some(*first);
        }
    } else if let (Some(y), Some(first)) =
        (years.get(k).filter(|_| years.len() >= 2), years.first())
    {
        t.target_year = Some(*y);
        if let Some(head) = made.get_mut(head_at) {
            head.target_year = Some(*first);
        }
    } else {
        // A list naming neither (`…较2020年下降12%以上、能耗下降14%；到2030年分别下降29%和
        // 27%`): the indicators the sentence's earlier changes named, in their order, each
        // value taking its indicator's comparison.
        let before = prior.iter().chain(made.get(..head_at)?);
        let earlier = earlier_metrics(before, prev.kind, prev.percent);
        let (Some(&(m, base)), Some(&(first, first_base))) = (
            earlier.get(k).filter(|_| earlier.len() >= 2),
            earlier.first(),
        ) else {
            return None;
        };
        t.metric = Some(m);
        t.base_year = t.base_year.or(base);
        if let Some(head) = made.get_mut(head_at) {
            head.metric = Some(first);
            head.base_year = head.base_year.or(first_base);
        }
    }
    t.value = q.stated_value();
    t.upper = q.stated_upper();
    t.bound = q.qualifier.as_ref().map(|b| b.bound);
    t.stretch = None;
    t.span = q.span.clone();
    Some(t)
}

/// The indicators of the targets `before` a `分别` list, each once in the order first named,
/// with the comparison each was given: changes of the list's kind and percent only.
fn earlier_metrics<'a, 'p: 'a>(
    before: impl Iterator<Item = &'a Target<'p>>,
    kind: TargetKind,
    percent: Option<super::PercentKind>,
) -> Vec<(&'p str, Option<super::BaseYearRef>)> {
    let mut out: Vec<(&'p str, Option<super::BaseYearRef>)> = Vec::new();
    for t in before.filter(|t| t.kind == kind && t.percent == percent) {
        let Some(m) = t.metric else { continue };
        if !out.iter().any(|(o, _)| *o == m) {
            out.push((m, t.base_year));
        }
    }
    out
}

/// A year written in ASCII or full-width digits.
pub fn parse_year(s: &str) -> Option<u16> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')).unwrap_or(c),
            _ => c,
        })
        .collect();
    ascii.trim().parse().ok()
}
