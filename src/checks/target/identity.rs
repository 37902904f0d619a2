//! `target/conflict`, computed: the intensity × output identity. With base-year emissions
//! E₀, a CO2-intensity reduction r and value-added growth g a year over the n years to
//! the target year, emissions are E₀ × (1−r) × (1+g)ⁿ; a total cap for that year well
//! below it (more than 2%; 5% for a total written as approximate, `200万吨左右`) needs a
//! larger intensity cut than the plan states.
//!
//! Growth is read from `工业增加值年均增长7.5%` (or 地区生产总值/GDP), per period when
//! periods are written (`2021—2025年年均增长7.5%，2026—2030年年均增长6.0%`); growth of past
//! periods (`“十三五”期间年均增长8.3%`) is history and not used. A reduction written as a
//! floor (`下降18%以上`) is only compared through its stretch value, if any.

use crate::checks::target::conflict::DOC;
use crate::checks::target::{metric_name, place};
use crate::checks::Context;
use crate::diagnostic::{Diagnostic, Related};
use crate::document::BlockKind;
use crate::extract::pathway::{cell_year, year_before};
use crate::extract::quantity::{Bound, PercentKind, QuantityExtractor};
use crate::extract::sentences::Sentence;
use crate::extract::targets::target_tonnes;
use crate::extract::targets::{columns, Direction, Target, TargetKind};
use crate::extract::years::{years, YearForm, YearMention};
use crate::finding::{Finding, IntensityTotalMismatch};
use crate::pack::Lexicon;

/// Relative distance between the cap and the computed emissions that is reported.
const TOLERANCE: f64 = 0.02;
/// The same for a total written as approximate (`200万吨左右`, `约200万吨`): an expected
/// level, not a figure the identity must give to the percent.
const ABOUT_TOLERANCE: f64 = 0.05;

/// A growth rate of value added over a period (`None`: no period written).
#[derive(Debug, Clone, Copy)]
struct Growth {
    period: Option<(u16, u16)>,
    rate: f64,
}

/// The pack's words: `output_indicator` names the output, `output_growth` its rate,
/// `history_period` a past period; `forward_rate` sets a rate in the plan's own future
/// (`规划期内工业增加值年均增长7%`), so a sentence without a year is not read in the time
/// of the sentence before it.
fn growths(sentences: &[Sentence], base: u16, lex: &Lexicon) -> Vec<Growth> {
    let mut out = Vec::new();
    let forward_rate = &lex.forward_rate;
    // A sentence with no year of its own (`同期工业增加值年均增长9.2%`) is read in the time
    // of the sentence before it in the same paragraph.
    let mut context: Option<(usize, Vec<YearMention>)> = None;
    for s in sentences.iter().filter(|s| !s.heading && s.table.is_none()) {
        let text = s.as_str();
        let own_years = years(text);
        let previous = match &context {
            Some((block, prev)) if *block == s.block() => prev.clone(),
            _ => Vec::new(),
        };
        if own_years.iter().any(|m| !m.in_title) {
            context = Some((s.block(), own_years.clone()));
        }
        let previous_years = previous;
        let Some(subject) = lex.output_indicator.find_all(text).into_iter().next() else {
            continue;
        };
        if lex.history_period.is_match(text) {
            continue;
        }
        for c in lex
            .output_growth
            .patterns
            .iter()
            .flat_map(|p| p.captures_iter(text))
        {
            let (Some(all), Some(v)) = (c.get(0), c.name("v")) else {
                continue;
            };
            if all.start() < subject.start {
                continue;
            }
            let Ok(rate) = v.as_str().parse::<f64>() else {
                continue;
            };
            let clause_start = text
                .get(..all.start())
                .and_then(|b| b.rfind(['，', '；', '。']))
                .unwrap_or(0);
            let period = own_years
                .iter()
                .rfind(|m| {
                    m.span.start >= clause_start
                        && m.span.start < all.start()
                        && !m.in_title
                        && matches!(m.form, YearForm::Range | YearForm::Plan { .. })
                })
                .map(|m| (m.first, m.last));
            // A period that starts before the base year (`2016—2022年年均增长10.8%`) is
            // a historical average, not an assumption for the years after the base.
            // Without a period, the time is that of the years written before the rate in
            // its sentence, else that of the sentence before it in the paragraph
            // (`同期工业增加值年均增长9.2%`).
            let before: Vec<&YearMention> = own_years
                .iter()
                .filter(|m| !m.in_title && m.span.start < all.start())
                .collect();
            let forward = forward_rate.is_match(text);
            let time: Vec<&YearMention> = if !before.is_empty() {
                before
            } else if forward {
                Vec::new()
            } else {
                previous_years.iter().filter(|m| !m.in_title).collect()
            };
            // So is one read in the time of a range that starts before it (`2016—2023年，…；
            // 同期工业增加值年均增长8.7%`).
            let past = match period {
                Some((first, last)) => last <= base || first < base,
                None => time.iter().any(|m| {
                    (m.last <= base && m.form != YearForm::DocumentNumber)
                        || (m.form == YearForm::Range && m.first < base)
                }),
            };
            if !past {
                out.push(Growth { period, rate });
            }
        }
    }
    out
}

/// (1+g)ⁿ over the years after `base` up to `year`, each year from the period covering
/// it, else from the one rate written without a period; with the distinct rates used.
fn growth_factor(list: &[Growth], base: u16, year: u16) -> Option<(f64, Vec<f64>)> {
    let mut free: Vec<f64> = list
        .iter()
        .filter(|g| g.period.is_none())
        .map(|g| g.rate)
        .collect();
    free.dedup();
    let fallback = match free.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let mut factor = 1.0;
    let mut used: Vec<f64> = Vec::new();
    for y in base + 1..=year {
        let rate = list
            .iter()
            .find(|g| g.period.is_some_and(|(a, b)| a <= y && y <= b))
            .map(|g| g.rate)
            .or(fallback)?;
        factor *= 1.0 + rate / 100.0;
        if !used.contains(&rate) {
            used.push(rate);
        }
    }
    Some((factor, used))
}

/// The base-year CO2 total in tonnes, from the text or a table.
fn base_emissions(
    cx: &Context,
    x: &QuantityExtractor,
    sentences: &[Sentence],
    base: u16,
) -> Option<f64> {
    for s in sentences.iter().filter(|s| !s.heading && s.table.is_none()) {
        let text = s.as_str();
        if cx.rules.lexicon.scenario.is_match(text) {
            continue;
        }
        let mentions = cx.mentions.metric_mentions(text);
        let Some((_, m)) = mentions.iter().find(|(id, _)| *id == "co2_total") else {
            continue;
        };
        let list = years(text);
        for q in x.quantities(text) {
            if q.span.start < m.end
                || q.unit.as_ref().and_then(|u| u.family.as_deref()) != Some("co2_mass")
            {
                continue;
            }
            if year_before(&list, q.span.start) == Some(base) && q.upper.is_none() {
                return q.canonical();
            }
            break;
        }
    }
    for b in &cx.doc.blocks {
        let BlockKind::Table(t) = &b.kind else {
            continue;
        };
        let Some(header) = t.rows.first() else {
            continue;
        };
        let head = columns(header);
        for row in t.rows.iter().skip(1) {
            let cells = columns(row);
            let label = cells.first().map(|(_, c)| c.text()).unwrap_or_default();
            let row_year = cell_year(&label);
            let row_metric = cx
                .mentions
                .metric_mentions(&label)
                .first()
                .map(|(id, _)| *id)
                .or_else(|| {
                    cells.iter().skip(1).find_map(|(_, c)| {
                        cx.mentions
                            .metric_mentions(&c.text())
                            .first()
                            .map(|(id, _)| *id)
                    })
                });
            for (col, cell) in cells.iter().skip(1) {
                // `columns` numbers a row's cells in increasing order: a binary search
                // (a scan of the header per cell was quadratic in the columns).
                let h = head
                    .binary_search_by_key(col, |(c, _)| *c)
                    .ok()
                    .and_then(|i| head.get(i))
                    .map(|(_, c)| c.text())
                    .unwrap_or_default();
                if cx.rules.lexicon.scenario.is_match(&h) || h.contains('/') {
                    continue;
                }
                let hit = match row_year {
                    Some(y) => {
                        y == base
                            && cx
                                .mentions
                                .metric_mentions(&h)
                                .first()
                                .is_some_and(|(id, _)| *id == "co2_total")
                            || (row_year == Some(base)
                                && h.starts_with("二氧化碳排放")
                                && !h.contains("强度"))
                    }
                    None => {
                        row_metric == Some("co2_total")
                            && (cell_year(&h) == Some(base)
                                || ((h.contains("基准")
                                    || h.contains("基期")
                                    || h.contains("现状"))
                                    && years(&h).first().is_none_or(|m| m.last == base)))
                    }
                };
                if !hit {
                    continue;
                }
                let q = x
                    .cell_quantities(&cell.text(), &label, &h)
                    .into_iter()
                    .next();
                if let Some(v) = q
                    .filter(|q| {
                        q.unit.as_ref().and_then(|u| u.family.as_deref()) == Some("co2_mass")
                            && q.qualifier.is_none()
                    })
                    .and_then(|q| q.canonical())
                {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// An intensity cut: metric, base year, target year, percent.
type CutKey<'a> = (Option<&'a str>, Option<u16>, Option<u16>, f64);

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    if cx.severity(&DOC).is_none() {
        return;
    }
    let own: Vec<&Target> = facts.own().collect();
    let intensity: Vec<&Target> = own
        .iter()
        .copied()
        .filter(|t| {
            matches!(
                t.metric,
                Some("co2_intensity_value_added" | "co2_intensity_gdp")
            ) && t.kind == TargetKind::Change
                && t.direction == Direction::Decrease
                && t.percent == Some(PercentKind::Percent)
                && t.upper.is_none()
                && t.base_year.is_some()
                && t.target_year.is_some()
        })
        .collect();
    if intensity.is_empty() {
        return;
    }
    let caps: Vec<&Target> = own
        .iter()
        .copied()
        .filter(|t| {
            t.metric == Some("co2_total") && matches!(t.kind, TargetKind::Cap | TargetKind::Level)
        })
        .collect();
    if caps.is_empty() {
        return;
    }
    // A cut written as a floor anywhere (`下降40%以上`) is a floor where the same cut is
    // written bare (a tracking table's `40`).
    let floors: Vec<CutKey> = intensity
        .iter()
        .filter(|t| matches!(t.bound, Some(Bound::AtLeast | Bound::MoreThan)))
        .map(|t| {
            (
                t.metric,
                t.base_year.map(|b| b.year),
                t.target_year,
                t.value,
            )
        })
        .collect();
    let x = cx.quantity_extractor();
    let mut done: Vec<u16> = Vec::new();
    for r in intensity {
        let key = (
            r.metric,
            r.base_year.map(|b| b.year),
            r.target_year,
            r.value,
        );
        let floor = r.stretch.is_none()
            && (matches!(r.bound, Some(Bound::AtLeast | Bound::MoreThan))
                || (r.bound.is_none() && floors.contains(&key)));
        let (Some(base), Some(year)) = (r.base_year.map(|b| b.year), r.target_year) else {
            continue;
        };
        if done.contains(&year) || year <= base {
            continue;
        }
        let reduction = match r.stretch.as_deref() {
            Some((s, _)) => *s,
            None => r.value,
        };
        let Some((cap, cap_t, cap_slack)) = caps
            .iter()
            .filter(|c| c.target_year == Some(year))
            .filter_map(|c| target_tonnes(c).map(|(v, s)| (*c, v, s)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
        else {
            continue;
        };
        let list = growths(&cx.boundary().all, base, &cx.rules.lexicon);
        let Some((factor, rates)) = growth_factor(&list, base, year) else {
            continue;
        };
        let Some(e0) = base_emissions(cx, x, &cx.boundary().all, base) else {
            continue;
        };
        done.push(year);
        let expected = e0 * (1.0 - reduction / 100.0) * factor;
        let tolerance = match cap.bound {
            Some(Bound::About | Bound::Nearly) => ABOUT_TOLERANCE,
            _ => TOLERANCE,
        };
        let low = expected * (1.0 - tolerance) - cap_slack;
        let high = expected * (1.0 + tolerance) + cap_slack;
        let two_sided = cap.kind == TargetKind::Level && cap.bound != Some(Bound::AtMost);
        // A floor (`下降40%以上`) is met by any deeper cut: only the plan's own expected
        // total above what the floor allows contradicts it.
        let fits = if floor {
            !two_sided || cap_t <= high
        } else {
            cap_t >= low && (!two_sided || cap_t <= high)
        };
        if fits {
            continue;
        }
        let needed = 100.0 * (1.0 - cap_t / (e0 * factor));
        let finding = Finding::IntensityTotalMismatch(IntensityTotalMismatch {
            metric: r.metric.map(str::to_string),
            metric_name: metric_name(cx, r),
            base_year: base,
            target_year: year,
            years: year.saturating_sub(base),
            base_emissions_tonnes: e0,
            intensity_reduction_percent: reduction,
            growth_percent: rates,
            expected_tonnes: expected,
            cap_tonnes: cap_t,
            needed_reduction_percent: needed,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, cap);
        let (rloc, rspan) = place(cx, r);
        out.push(d.at(loc, span).related(Related::at(rloc, rspan)));
    }
}
