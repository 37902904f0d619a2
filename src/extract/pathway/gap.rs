//! The gap the measures must close, year by year: the BAU emissions of a year minus the
//! plan's CO2 goal for that same year.
//!
//! The goal for a year is, in this order:
//! 1. the plan's own cap or level of total CO2 for that year (`到2030年二氧化碳排放总量控制在
//!    196万吨以内`), the largest when several are given — unless they disagree and the
//!    policy scenario's figure of that year confirms one of them (the other is a slip);
//! 2. its peak value, only for the peak year the plan names (`2030年前达峰，峰值控制在…`
//!    caps 2030; a peak of 2028 says nothing of 2030 — the plan's own path may already
//!    fall below it) or a peak value dated that year;
//! 3. its policy scenario's figure for that year (`达峰情景` 2030年 270.1万吨 — the plan's
//!    own path, the largest when it has several policy scenarios).
//!
//! A gap the plan states for the year (`覆盖基准情景与达峰情景之间17.3万吨的差距`) picks, of
//! the first and third, the goal that leaves it: the plan says what it measures from.
//!
//! No goal, no gap: nothing of another year stands in.

use std::ops::Range;

use crate::extract::sentences::Sentence;
use crate::extract::targets::{target_tonnes, Target, TargetKind};

use super::{Covered, Figure, Reductions};

/// Where a year's goal comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalSource {
    /// A cap or level of total CO2 for that year.
    Cap,
    /// The peak value, the year being the peak year.
    PeakValue,
    /// The policy scenario's figure for that year.
    PolicyScenario,
}

/// The plan's CO2 goal for one year.
#[derive(Debug, Clone)]
pub struct Goal<'d> {
    pub tonnes: f64,
    /// Half a step of the last printed digit, in tonnes.
    pub slack: f64,
    pub source: GoalSource,
    pub sentence: Sentence<'d>,
    /// The value within the sentence.
    pub span: Range<usize>,
}

/// One year's gap: its BAU figure, its goal and what the measures reduce that year.
#[derive(Debug, Clone)]
pub struct YearGap<'d> {
    pub year: u16,
    pub bau: Figure<'d>,
    pub goal: Goal<'d>,
    /// BAU minus goal, in tonnes (negative when the BAU is already under the goal).
    pub gap: f64,
    pub covered: Option<Covered<'d>>,
}

fn co2_total(t: &Target) -> bool {
    t.metric == Some("co2_total")
}

fn from_target<'d>(t: &Target<'d>, source: GoalSource) -> Option<Goal<'d>> {
    let (tonnes, slack) = target_tonnes(t)?;
    Some(Goal {
        tonnes,
        slack,
        source,
        sentence: t.sentence.clone(),
        span: t.span.clone(),
    })
}

/// The plan's own caps and levels of total CO2 for `year`, as goals.
fn year_caps<'a, 'd: 'a>(own: &'a [&Target<'d>], year: u16) -> impl Iterator<Item = Goal<'d>> + 'a {
    own.iter()
        .filter(|t| co2_total(t) && matches!(t.kind, TargetKind::Cap | TargetKind::Level))
        .filter(move |t| t.target_year == Some(year))
        .filter_map(|t| from_target(t, GoalSource::Cap))
}

/// The policy scenario's figures for `year`, as goals.
fn year_paths<'a, 'd: 'a>(
    scenario: &'a [Figure<'d>],
    year: u16,
) -> impl Iterator<Item = Goal<'d>> + 'a {
    scenario
        .iter()
        .filter(move |f| f.year == Some(year))
        .map(|f| Goal {
            tonnes: f.tonnes,
            slack: f.slack,
            source: GoalSource::PolicyScenario,
            sentence: f.sentence.clone(),
            span: f.span.clone(),
        })
}

fn largest<'d>(goals: impl Iterator<Item = Goal<'d>>) -> Option<Goal<'d>> {
    goals.max_by(|a, b| a.tonnes.total_cmp(&b.tonnes))
}

/// Of a year's caps that disagree (the plan gives its total two values, a conflict reported
/// on its own), the one its policy scenario's figure of that year confirms: the other is the
/// slip. `None` when they agree or no scenario figure meets exactly one value.
fn confirmed<'d>(caps: &[Goal<'d>], scenario: &[Figure<'d>], year: u16) -> Option<Goal<'d>> {
    let near =
        |a: &Goal, tonnes: f64, slack: f64| (a.tonnes - tonnes).abs() <= a.slack + slack + 1e-6;
    let first = caps.first()?;
    if caps.iter().all(|c| near(c, first.tonnes, first.slack)) {
        return None;
    }
    let paths: Vec<&Figure> = scenario.iter().filter(|f| f.year == Some(year)).collect();
    let met: Vec<&Goal<'d>> = caps
        .iter()
        .filter(|c| paths.iter().any(|f| near(c, f.tonnes, f.slack)))
        .collect();
    let one = met.first()?;
    met.iter()
        .all(|c| near(c, one.tonnes, one.slack))
        .then(|| (*one).clone())
}

/// The plan's CO2 goal for `year` (see the module docs). `own` are the plan's own targets,
/// `scenario` its policy-scenario figures.
pub fn goal_for<'d>(own: &[&Target<'d>], scenario: &[Figure<'d>], year: u16) -> Option<Goal<'d>> {
    let caps: Vec<Goal<'d>> = year_caps(own, year).collect();
    if let Some(g) = confirmed(&caps, scenario, year).or_else(|| largest(caps.into_iter())) {
        return Some(g);
    }
    let peak_year = own
        .iter()
        .any(|t| t.kind == TargetKind::PeakYear && (t.value - f64::from(year)).abs() < 0.5);
    let peaks = own
        .iter()
        .filter(|t| co2_total(t) && t.kind == TargetKind::PeakValue)
        .filter(|t| t.target_year.map_or(peak_year, |y| y == year))
        .filter_map(|t| from_target(t, GoalSource::PeakValue));
    if let Some(g) = largest(peaks) {
        return Some(g);
    }
    largest(year_paths(scenario, year))
}

/// The goal of `year` that leaves the gap the plan states for it (`bau` − goal equal to a
/// stated gap within both figures' printing): the plan says which goal its measures are
/// weighed against. `None` when no stated gap fits one goal.
fn stated_goal<'d>(
    own: &[&Target<'d>],
    scenario: &[Figure<'d>],
    year: u16,
    bau: &Figure<'d>,
    stated: &[Figure<'d>],
) -> Option<Goal<'d>> {
    let said: Vec<&Figure> = stated.iter().filter(|s| s.year == Some(year)).collect();
    if said.is_empty() {
        return None;
    }
    let fits: Vec<Goal<'d>> = year_caps(own, year)
        .chain(year_paths(scenario, year))
        .filter(|g| {
            said.iter().any(|s| {
                (bau.tonnes - g.tonnes - s.tonnes).abs() <= bau.slack + g.slack + s.slack + 1e-6
            })
        })
        .collect();
    let first = fits.first()?;
    // Goals that fit and differ (a cap and a path a rounding apart agree): all alike.
    fits.iter()
        .all(|g| (g.tonnes - first.tonnes).abs() <= g.slack + first.slack + 1e-6)
        .then(|| first.clone())
}

/// Every BAU year with a goal: its first BAU figure, the goal and the measures' reductions
/// of that year, in the order of the BAU figures. A gap the plan states for the year
/// (`stated`, [`stated_gaps`]) picks the goal that leaves it; else [`goal_for`]'s order.
pub fn year_gaps<'d>(
    own: &[&Target<'d>],
    bau: &[Figure<'d>],
    scenario: &[Figure<'d>],
    stated: &[Figure<'d>],
    cuts: &Reductions<'d>,
) -> Vec<YearGap<'d>> {
    let mut out: Vec<YearGap<'d>> = Vec::new();
    for b in bau {
        let Some(year) = b.year else { continue };
        if out.iter().any(|g| g.year == year) {
            continue;
        }
        let Some(goal) =
            stated_goal(own, scenario, year, b, stated).or_else(|| goal_for(own, scenario, year))
        else {
            continue;
        };
        out.push(YearGap {
            year,
            bau: b.clone(),
            gap: b.tonnes - goal.tonnes,
            goal,
            covered: cuts.for_year(year),
        });
    }
    out
}

/// The gaps the plan states in words, dated (`以上行动2025年、2030年合计减排6.9万吨、15.1万吨，
/// 基本覆盖基准情景与强化降碳情景之间6.7万吨、17.3万吨的差距`: 6.7 for 2025, 17.3 for 2030): CO2
/// masses whose clause names a gap (the pack's `lexicon.stated_gap`), dated as the
/// reductions are (a list of values by a list of years, else the year before).
pub fn stated_gaps<'d>(
    x: &crate::extract::quantity::QuantityExtractor,
    sentences: &[Sentence<'d>],
) -> Vec<Figure<'d>> {
    let lex = &x.pack().lexicon;
    let mut out = Vec::new();
    for s in sentences {
        if s.heading || s.table.is_some() {
            continue;
        }
        let text = s.as_str();
        if !lex.stated_gap.is_match(text) {
            continue;
        }
        let qs = x.quantities(text);
        let gaps: Vec<(&crate::extract::quantity::Quantity, f64)> = qs
            .iter()
            .filter_map(|q| Some((q, super::co2(q)?)))
            .filter(|(q, _)| lex.stated_gap.is_match(clause_around(text, q.span.clone())))
            .collect();
        if gaps.is_empty() {
            continue;
        }
        let list = crate::extract::years::years(text);
        let spans: Vec<Range<usize>> = gaps.iter().map(|(q, _)| q.span.clone()).collect();
        let paired = super::respectively(text, &list, &spans);
        for (q, tonnes) in gaps {
            let at = q.span.start;
            let Some(year) = paired
                .iter()
                .find(|(v, _)| *v == at)
                .map(|(_, y)| *y)
                .or_else(|| super::year_before(&list, at))
            else {
                continue;
            };
            out.push(Figure {
                sentence: s.clone(),
                span: q.span.clone(),
                year: Some(year),
                tonnes,
                slack: q.canonical_step() / 2.0,
                co2e: super::co2e(q),
            });
        }
    }
    out
}

/// The clause holding `span`: from the punctuation before it to the one after.
fn clause_around(text: &str, span: Range<usize>) -> &str {
    let stops = ['，', ',', '；', ';', '。', '：', ':'];
    let start = text
        .get(..span.start)
        .and_then(|b| {
            let i = b.rfind(stops)?;
            b.get(i..)?.chars().next().map(|c| i + c.len_utf8())
        })
        .unwrap_or(0);
    let end = text
        .get(span.end..)
        .and_then(|a| a.find(stops))
        .map_or(text.len(), |i| span.end + i);
    text.get(start..end).unwrap_or("")
}
