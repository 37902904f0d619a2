//! `target/conflict`, computed: an average annual rate (年均下降X%) and a cumulative change
//! (累计下降Y%) of one indicator over the same years that do not agree — n years at X%
//! a year make 1−(1−X)ⁿ, within the printed precision of both.

use std::collections::{HashMap, HashSet};

use crate::checks::target::conflict::DOC;
use crate::checks::target::{metric_name, num, place};
use crate::checks::Context;
use crate::diagnostic::{Diagnostic, Related};
use crate::extract::quantity::{Bound, PercentKind};
use crate::extract::targets::{Direction, Target, TargetKind};
use crate::finding::{Finding, RateMismatch};

/// Half a step of the last printed digit of `v`.
pub fn half_step(v: f64) -> f64 {
    let printed = num(v);
    let decimals = printed.split('.').nth(1).map_or(0, str::len);
    0.5 * 10f64.powi(-i32::try_from(decimals).unwrap_or(0))
}

fn cumulative(annual: f64, years: u16) -> f64 {
    100.0 * (1.0 - (1.0 - annual / 100.0).powi(i32::from(years)))
}

/// Whether the cumulative target `c` can pair with some annual rate: a cumulative
/// percentage change with a base and a target year.
fn pairs_any(c: &Target) -> bool {
    c.kind == TargetKind::Change
        && c.percent == Some(PercentKind::Percent)
        && c.upper.is_none()
        && c.base_year.is_some()
        && c.target_year.is_some()
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    if cx.severity(&DOC).is_none() {
        return;
    }
    let own: Vec<&Target> = facts.own().collect();
    // An annual rate `a` pairs with a cumulative target `c` ([`pairs_any`]) of its indicator
    // and direction stated in the same sentence, or for the same target year with the
    // same base year (any base when `a` names none); the first such `c` is compared.
    // Indexed by the first `c` of each sentence, (indicator, target year) and (indicator,
    // target year, base year): the first pair is the first of those `a`'s keys name.
    type Metric<'a> = Option<&'a str>;
    let is_rate = |t: &&&Target| {
        t.kind == TargetKind::AnnualRate
            && t.direction == Direction::Decrease
            && t.percent == Some(PercentKind::Percent)
            && t.upper.is_none()
    };
    // A cumulative target is indexed by its sentence only where an annual rate of its
    // indicator will look it up: a plan of 200,000 targets, none beside a rate, filled a
    // 12 MB map of sentences no rate asked about.
    let rate_sentences: HashSet<(Metric, (u32, u32, u32))> = own
        .iter()
        .filter(is_rate)
        .map(|a| (a.metric, a.sentence.id()))
        .collect();
    let mut by_sentence: HashMap<(Metric, (u32, u32, u32)), usize> = HashMap::new();
    let mut by_year: HashMap<(Metric, u16), usize> = HashMap::new();
    let mut by_year_base: HashMap<(Metric, u16, u16), usize> = HashMap::new();
    for (i, c) in own.iter().enumerate() {
        if c.direction != Direction::Decrease || !pairs_any(c) {
            continue;
        }
        let metric = c.metric;
        let key = (metric, c.sentence.id());
        if rate_sentences.contains(&key) {
            by_sentence.entry(key).or_insert(i);
        }
        if let (Some(year), Some(base)) = (c.target_year, c.base_year) {
            by_year.entry((metric, year)).or_insert(i);
            by_year_base.entry((metric, year, base.year)).or_insert(i);
        }
    }
    let first_pair = |a: &Target| {
        let metric = a.metric;
        let same = by_sentence.get(&(metric, a.sentence.id())).copied();
        let year = a.target_year.and_then(|y| match a.base_year {
            None => by_year.get(&(metric, y)).copied(),
            Some(b) => by_year_base.get(&(metric, y, b.year)).copied(),
        });
        same.into_iter().chain(year).min().and_then(|i| own.get(i))
    };
    let mut reported: Vec<Option<&str>> = Vec::new();
    for a in own.iter().filter(is_rate) {
        let Some(c) = first_pair(a) else {
            continue;
        };
        let (Some(base), Some(year)) = (c.base_year, c.target_year) else {
            continue;
        };
        let n = year.saturating_sub(base.year);
        if !(2..=15).contains(&n) || reported.contains(&a.metric) {
            continue;
        }
        let widen = |t: &Target| {
            if t.bound == Some(Bound::About) || t.bound == Some(Bound::Nearly) {
                2.0
            } else {
                1.0
            }
        };
        // 以上 leaves the top open, 以内 the bottom.
        let open = |t: &Target, lo: f64, hi: f64| match t.bound {
            Some(Bound::AtLeast | Bound::MoreThan) => (lo, f64::INFINITY),
            Some(Bound::AtMost | Bound::LessThan) => (f64::NEG_INFINITY, hi),
            _ => (lo, hi),
        };
        let ha = half_step(a.value) * widen(a);
        let (lo, hi) = open(a, cumulative(a.value - ha, n), cumulative(a.value + ha, n));
        let hc = half_step(c.value) * widen(c);
        let (clo, chi) = open(c, c.value - hc, c.value + hc);
        // A floor (以上) on both sides compares floors; the stretch also agrees.
        let agrees = |v_lo: f64, v_hi: f64| v_hi >= lo - 1e-9 && v_lo <= hi + 1e-9;
        if agrees(clo, chi)
            || c.stretch.as_deref().is_some_and(|(s, _)| {
                let h = half_step(*s);
                agrees(s - h, s + h)
            })
        {
            continue;
        }
        reported.push(a.metric);
        let needed = 100.0 * (1.0 - (1.0 - c.value / 100.0).powf(1.0 / f64::from(n)));
        let finding = Finding::RateMismatch(RateMismatch {
            metric: c.metric.map(str::to_string),
            metric_name: metric_name(cx, c),
            annual_percent: a.value,
            base_year: base.year,
            target_year: year,
            years: n,
            implied_percent: cumulative(a.value, n),
            cumulative_percent: c.value,
            needed_annual_percent: needed,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, c);
        let (aloc, aspan) = place(cx, a);
        out.push(d.at(loc, span).related(Related::at(aloc, aspan)));
    }
}
