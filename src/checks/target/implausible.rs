//! `target/implausible`: a target whose numbers cannot be right — a share over 100%, a
//! reduction of 100% or more, a target year before its base year, a floor above its
//! stretch, milestones out of order, a unit of another quantity.

use std::collections::{BTreeMap, HashMap};

use crate::checks::boundary::quote_at;
use crate::checks::target::{metric_name, place};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::quantity::PercentKind;
use crate::extract::sentences::item_blocks;
use crate::extract::targets::{Direction, Target, TargetKind};
use crate::extract::years::YearRelation;
use crate::finding::{
    Finding, FloorAboveStretch, ImplausibleValue, MilestonesOutOfOrder, TargetYearBeforeBase,
    WrongUnit,
};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/implausible",
    category: Category::Target,
    severity: Severity::Error,
    summary: Text {
        zh: "目标数值不可能成立：占比超过100%、降幅达到100%及以上、目标年早于基准年、保底值高于力争值、阶段目标顺序颠倒、单位与指标不符",
        en: "a target's numbers cannot hold: a share over 100%, a reduction of 100% or more, a target year before the base year, a floor above the stretch, milestones out of order, a unit of another quantity",
    },
    why: Text {
        zh: "目标应科学、可行（《编制指南》第4章“科学性”“可行性”，第7章）：比重不能超过100%；强度或总量下降100%即为零排放，碳达峰方案的目标不会如此；“到2024年较2025年下降”的目标年早于基准年；“下降20%以上，力争18%”的力争值低于保底值；同一节中同一指标、同一基准年的2030年目标（下降15%）不如2025年目标（下降18%）积极，阶段目标顺序颠倒（某厂区、车间自己的阶段目标——如“一厂区绿电比例2025年达到100%”——不与园区的比较）；“单位工业增加值二氧化碳排放降至0.79吨标准煤/万元”用能耗的单位表示排放强度（本标准只核算二氧化碳，二氧化碳与标准煤不能互换）。这些多为笔误，但会使目标无法考核。",
        en: "Targets must be scientific and feasible (clauses 4, 7): a share cannot exceed 100%; a 100% reduction means zero emissions, which no peak plan targets; 到2024年较2025年下降 has its target year before its base year; in 下降20%以上，力争18% the stretch is below the floor; a 2030 target (下降15%) less ambitious than the 2025 one (下降18%) for the same indicator and base, in one section, has its milestones out of order (a plant's or workshop's milestones — 一厂区绿电比例2025年达到100% — are not the park's); 单位工业增加值二氧化碳排放降至0.79吨标准煤/万元 states an emission intensity in an energy unit (the standard counts CO2, and CO2 and coal equivalent are not interchangeable). Usually typos, they make the target impossible to assess.",
    },
    fails: "## 三、碳达峰目标\n\n本方案以2020年为基准年。到2025年，园区非化石能源消费比重达到120%，单位工业增加值二氧化碳排放较2020年下降20%以上，力争18%。\n",
    passes: "## 三、碳达峰目标\n\n本方案以2020年为基准年。到2025年，园区非化石能源消费比重达到20%，单位工业增加值二氧化碳排放较2020年下降18%以上，力争20%。\n",
};

fn is_share(cx: &Context, t: &Target) -> bool {
    t.percent == Some(PercentKind::Percent)
        && t.metric
            .and_then(|id| cx.rules.metric(id))
            .and_then(|m| m.unit_family.as_deref())
            == Some("percent")
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    milestones(cx, out);
    for t in facts.own() {
        let pct = t.percent == Some(PercentKind::Percent);
        let top = t.upper.unwrap_or(t.value);
        let quote = || quote_at(t.sentence.as_str(), t.span.clone());
        let value = || ImplausibleValue {
            metric: t.metric.map(str::to_string),
            metric_name: metric_name(cx, t),
            value: top,
            quote: quote(),
        };
        let mut problems: Vec<Finding> = Vec::new();
        if matches!(t.kind, TargetKind::Level | TargetKind::Cap) && is_share(cx, t) && top > 100.0 {
            problems.push(Finding::ShareOver100(value()));
        }
        if matches!(t.kind, TargetKind::Change | TargetKind::AnnualRate)
            && t.direction == Direction::Decrease
            && pct
            && top >= 100.0
        {
            problems.push(Finding::ReductionOf100(value()));
        }
        if let (Some(base), Some(year)) = (t.base_year, t.target_year) {
            if year < base.year
                && matches!(
                    t.year_relation,
                    Some(YearRelation::By | YearRelation::Before)
                )
            {
                problems.push(Finding::TargetYearBeforeBase(TargetYearBeforeBase {
                    target_year: year,
                    base_year: base.year,
                    quote: quote(),
                }));
            }
        }
        if let Some((stretch, _)) = t.stretch.as_deref() {
            if *stretch < t.value && t.direction != Direction::Level {
                problems.push(Finding::FloorAboveStretch(FloorAboveStretch {
                    floor: t.value,
                    stretch: *stretch,
                    quote: quote(),
                }));
            }
        }
        if let Some(wrong) = wrong_unit(cx, t, quote) {
            problems.push(Finding::WrongUnit(wrong));
        }
        for finding in problems {
            let Some(d) = cx.diagnostic(&DOC, finding) else {
                return;
            };
            let (loc, span) = place(cx, t);
            out.push(d.at(loc, span));
        }
    }
}

/// A target stated, with its subject spelt out, in a unit of a family its indicator's
/// family is mistaken for (`confused_with` in the pack): `单位工业增加值二氧化碳排放降至
/// 0.79吨标准煤/万元`. A bare unit (`吨/万元`) takes the indicator's family and is never one.
fn wrong_unit(cx: &Context, t: &Target, quote: impl Fn() -> String) -> Option<WrongUnit> {
    if t.percent.is_some() {
        return None;
    }
    let metric = cx.rules.metric(t.metric?)?;
    let expected = cx.rules.unit_family(metric.unit_family.as_deref()?)?;
    let written = t.unit.as_deref()?;
    let (family, unit) = cx.rules.find_unit(written)?;
    if unit.bare || !expected.confused_with.contains(&family.id) {
        return None;
    }
    Some(WrongUnit {
        metric: t.metric.map(str::to_string),
        metric_name: metric_name(cx, t),
        value: t.value,
        unit: written.to_string(),
        unit_family: family.name.clone(),
        expected_family: expected.name.clone(),
        expected_unit: expected.canonical.clone(),
        quote: quote(),
    })
}

/// Which way a later milestone may not move from an earlier one of its group.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ambition {
    /// A cumulative reduction or a share: out of order when the later value is lower.
    NotLower,
    /// An intensity level: out of order when the later value is higher.
    NotHigher,
}

impl Ambition {
    /// Whether an earlier milestone of `earlier` makes a later one of `later` out of order.
    fn broken(self, earlier: f64, later: f64) -> bool {
        match self {
            Ambition::NotLower => later < earlier,
            Ambition::NotHigher => later > earlier,
        }
    }
}

/// What two milestones must share to be compared: indicator, kind, direction, percent,
/// base year, for an intensity level its unit, and whether a share is brought down.
type MilestoneKey<'p> = (
    bool,
    Option<&'p str>,
    std::mem::Discriminant<TargetKind>,
    std::mem::Discriminant<Direction>,
    Option<PercentKind>,
    Option<u16>,
    Option<Option<std::sync::Arc<str>>>,
    // Whose milestones: the park's (empty) or the part's scope words (`一厂区…` has its
    // own path beside the park's).
    &'p str,
);

/// The comparison group of a milestone and which way it may not move; `None` when no
/// other milestone can be out of order with it: a later one is less ambitious than an
/// earlier one of its group when its cumulative reduction or share is smaller, or its
/// intensity level (in the same unit) higher.
fn milestone_key<'p>(cx: &Context, t: &'p Target<'p>) -> Option<(MilestoneKey<'p>, Ambition)> {
    let metric = t.metric.and_then(|id| cx.rules.metric(id));
    let family = super::target_family(cx, t);
    // 煤炭消费比重降至50% … 降至40%: a share brought down (`lexicon.lowering_level_verb`)
    // is more ambitious lower; it is compared only with shares brought down.
    let lowered = {
        let before = t.sentence.as_str().get(..t.span.start).unwrap_or("");
        let mut tail: Vec<char> = before.chars().rev().take(8).collect();
        tail.reverse();
        let tail: String = tail.into_iter().collect();
        cx.rules.lexicon.lowering_level_verb.is_match(&tail)
    };
    // Or the indicator is one the pack says is brought down: an indicator table's
    // `| 煤炭消费占比 | % | 65.9 | 55 | 35 |` has no verb to say so.
    let lowered = lowered || metric.is_some_and(|m| m.lower_is_better);
    let (ambition, unit) = match t.kind {
        TargetKind::Change => (Ambition::NotLower, None),
        TargetKind::Level if family == "percent" && lowered => (Ambition::NotHigher, None),
        TargetKind::Level if family == "percent" => (Ambition::NotLower, None),
        TargetKind::Level if family.ends_with("intensity") => {
            (Ambition::NotHigher, Some(t.unit.clone()))
        }
        _ => return None,
    };
    let key = (
        lowered && t.kind == TargetKind::Level,
        t.metric,
        std::mem::discriminant(&t.kind),
        std::mem::discriminant(&t.direction),
        t.percent,
        t.base_year.map(|b| b.year),
        unit,
        if crate::extract::targets::park_wide(t) {
            ""
        } else {
            &t.scope_words
        },
    );
    Some((key, ambition))
}

/// The milestones of one group and place seen so far: per target year, the first one and
/// every later one that goes beyond all before it (more ambitious, in the group's
/// direction). The first milestone of a year that a later value falls short of is always
/// one of these, so it is found by a binary search.
#[derive(Default)]
struct Milestones {
    by_year: BTreeMap<u16, Vec<(f64, usize)>>,
}

impl Milestones {
    /// The first milestone (index) of a year before `year` that `value` falls short of.
    fn first_broken(&self, year: u16, value: f64, ambition: Ambition) -> Option<usize> {
        self.by_year
            .range(..year)
            .filter_map(|(_, records)| {
                let at = records.partition_point(|(v, _)| !ambition.broken(*v, value));
                records.get(at).map(|(_, i)| *i)
            })
            .min()
    }

    fn insert(&mut self, year: u16, value: f64, index: usize, ambition: Ambition) {
        let records = self.by_year.entry(year).or_default();
        // A later value falls short of this one where it fell short of no earlier one
        // only if this one goes beyond them all (NaN falls short of nothing).
        let record = match records.last() {
            Some((last, _)) => ambition.broken(value, *last),
            None => !value.is_nan(),
        };
        if record {
            records.push((value, index));
        }
    }
}

/// Milestones of one section out of order (2030 less ambitious than 2025).
fn milestones(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    let own: Vec<&Target> = facts
        .own()
        .filter(|t| t.target_year.is_some() && t.upper.is_none())
        .collect();
    // The targets chapter states the milestones, often one sub-section per stage
    // (（一）2025年目标 / （二）2030年目标): anywhere in it counts as one place.
    let targets_chapter = item_blocks(cx, "targets");
    let in_targets = |t: &Target| {
        targets_chapter
            .as_ref()
            .is_some_and(|r| r.contains(&t.sentence.block()))
    };
    // Two milestones are in one place when their heading paths are equal or both are in
    // the targets chapter. Per group, the milestones seen so far per heading path and
    // those of the targets chapter: the first earlier one out of order with a later one
    // is the first of the two places' (each found in O(years · log n)).
    let mut paths: HashMap<Vec<String>, usize> = HashMap::new();
    let mut groups: HashMap<MilestoneKey, (HashMap<usize, Milestones>, Milestones)> =
        HashMap::new();
    for (i, later) in own.iter().enumerate() {
        let (Some((key, ambition)), Some(year)) = (milestone_key(cx, later), later.target_year)
        else {
            continue;
        };
        let next = paths.len();
        let section = *paths
            .entry(cx.doc.heading_path(later.sentence.block()))
            .or_insert(next);
        let targets = in_targets(later);
        let (by_section, chapter) = groups.entry(key).or_default();
        let here = by_section.entry(section).or_default();
        let mut found = here.first_broken(year, later.value, ambition);
        here.insert(year, later.value, i, ambition);
        if targets {
            found = found
                .into_iter()
                .chain(chapter.first_broken(year, later.value, ambition))
                .min();
            chapter.insert(year, later.value, i, ambition);
        }
        let Some(earlier) = found.and_then(|j| own.get(j)) else {
            continue;
        };
        let finding = Finding::MilestonesOutOfOrder(MilestonesOutOfOrder {
            metric: later.metric.map(str::to_string),
            metric_name: metric_name(cx, later),
            year: later.target_year.unwrap_or_default(),
            value: later.value,
            earlier_year: earlier.target_year.unwrap_or_default(),
            earlier_value: earlier.value,
            quote: quote_at(later.sentence.as_str(), later.span.clone()),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, later);
        let (eloc, espan) = place(cx, earlier);
        out.push(
            d.at(loc, span)
                .related(crate::diagnostic::Related::at(eloc, espan)),
        );
    }
}
