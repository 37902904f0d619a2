//! `target/conflict`: the same indicator, target year and base given different values in
//! different places (text and text, text and indicator table).

use std::collections::{HashMap, HashSet};

use crate::checks::boundary::quote_at;
use crate::checks::target::{metric_name, place};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Related, Severity};
use crate::extract::quantity::{Bound, HedgeKind};
use crate::extract::targets::{Target, TargetKind};
use crate::finding::{Finding, TargetConflict};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/conflict",
    category: Category::Target,
    severity: Severity::Error,
    summary: Text {
        zh: "同一指标、同一目标年和基准在不同位置给出不同数值",
        en: "the same indicator, target year and base given different values in different places",
    },
    why: Text {
        zh: "准确性原则要求口径一致、数据统一（《编制指南》第4章）：目标章写“2025年较2020年下降18%”、指标表写“下降16%”，考核时无从取舍。“下降16%以上，力争18%”的保底值和力争值不是矛盾；写作“左右”的降幅与相差5%以内的数值一致（“下降40%左右”与“下降38%”），相差更多则冲突（“下降35%”）；写到小数位的“左右”总量（“排放总量回落至18.7万吨左右”）与指标表一样精确，是目标而非估计，相差超过末位一个单位和1%即冲突（表中18.1），取整的约数（“约19万吨”）不比较；峰值测算值（556.9万吨）与峰值上限（560万吨以内）也不是；但上限与指标表的数值写得一样精确、单位相同（正文“控制在6.84万吨以内”、表中6.48）是同一个数写了两次，须一致；但方案两处给出的峰值不同（前言178万吨以内、目标章185万吨以内）是冲突。只比较园区整体的目标：写明行业、企业或片区的分项目标（传统产业单位增加值能耗下降18%）不与园区目标比较；同一指标表中的两行是两个指标（纯碱与真空制盐的单位产品综合能耗），互不比较。基准年的园区二氧化碳排放总量是所有目标的起点，同一单位下前后写成两个数（摘要268.4万吨、清单286.4万吨；正文“以2020年为基准年，园区二氧化碳排放264.0万吨”与标题为“表1 2020年园区二氧化碳排放构成”的表中合计246.0）同样是冲突；片区、行业、排放源或单一范围的总量、情景行和不同单位的写法（后者见boundary/unit）不在此列。另外，总量目标须与方案自身的达峰情景一致：指标表写“2025年267.0万吨”而达峰情景测算为276.0万吨，或总量上限低于同年达峰情景值，或上限恰为情景值的十倍（“2025年控制在1128000吨以内”而情景为11.28万吨，单位写错），两者不能同时成立（只有一个政策情景、或方案写明采用其中一个（“强化情景…，推荐采用”）时比较；约数和峰值栏不比较）。方案写明的峰值（“推荐达峰情景：园区2028年前后实现碳达峰，峰值52.0万吨”）也须与情景表中在该年达峰的那一行一致（表中达峰情景2028年为50.2万吨）；峰值上限只须不低于该行峰值；约数、没有一行在该年达峰或多行在该年达峰而数值不同时不比较。",
        en: "Accuracy requires one set of numbers (clause 4): 2025年较2020年下降18% in the goals chapter and 下降16% in the indicator table cannot both be assessed. A floor and its stretch (下降16%以上，力争18%) do not conflict; a change written as approximate agrees with a value within 5% of it (下降40%左右 and 下降38%), not with one further off (下降35%); an approximate total written to a decimal (排放总量回落至18.7万吨左右) is a target as precise as the indicator table, not an estimate, and conflicts with a figure more than one unit of its last digit and 1 % away (18.1 in the table), while a round estimate (约19万吨) is not compared; nor a projected peak (556.9万吨) and its cap (560万吨以内) — but a cap written as precisely as the table's level, in its unit (控制在6.84万吨以内 in the text, 6.48 in the table), is that figure written twice and must agree; two different peak values (178 in the preface, 185 in the targets) do. Only park-wide targets are compared: targets of a sector, enterprise or sub-park are not compared with the park's; two rows of one indicator table are two indicators (the unit energy use of soda ash and of vacuum salt) and are not compared. The park's CO2 total of the base year is where every target starts: stated twice in one unit with different figures (268.4 in the summary, 286.4 in the inventory; 园区二氧化碳排放264.0万吨 in the text and 246.0 in the 合计 row of a table captioned 表1 2020年园区二氧化碳排放构成) it conflicts too; a sub-park's, sector's, source's or single scope's total, scenario rows and the same total in another unit (boundary/unit) are not compared. A CO2 total must also agree with the plan's own peak scenario: a level of 267.0万吨 for 2025 in the indicator table against the scenario's 276.0, or a cap below the scenario's figure for that year, or a cap ten times it to its printed digits (2025年控制在1128000吨以内 against the scenario's 11.28万吨, a slipped unit), cannot both stand (compared when the plan has one policy scenario, or adopts one of several — 强化情景…，推荐采用; estimates and peak rows are not). The peak value the plan states (推荐达峰情景：园区2028年前后实现碳达峰，峰值52.0万吨) must also agree with the scenario table's row that peaks in that year (the 达峰情景 row's 50.2 in 2028); a cap only has to be no lower than that row's peak; estimates are not compared, nor a peak year no row peaks in or in which rows with different peaks do.",
    },
    fails: "## 三、碳达峰目标\n\n本方案以2020年为基准年。到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。\n\n## 四、保障措施\n\n确保到2025年，园区单位工业增加值二氧化碳排放较2020年下降16%。\n",
    passes: "## 三、碳达峰目标\n\n本方案以2020年为基准年。到2025年，园区单位工业增加值二氧化碳排放较2020年下降16%以上，力争18%。\n\n## 四、保障措施\n\n确保到2025年，园区单位工业增加值二氧化碳排放较2020年下降16%。\n",
};

/// How far (relative) a value written as approximate may lie from another and agree.
const ABOUT_TOLERANCE: f64 = 0.05;

/// How far (relative) an approximate total written to a decimal (`回落至18.7万吨左右`) may
/// lie from another and agree, when one unit of its last digit is less: its author chose
/// the decimal, so `左右` hedges the outcome, not the figure's rounding.
const PRECISE_ABOUT_TOLERANCE: f64 = 0.01;

/// An approximate level or cap written to a decimal (`排放总量控制在116.8万吨左右`): a target
/// stated as precisely as an indicator table's figure, not a round estimate (`约325万吨`).
fn precise_about(t: &Target) -> bool {
    t.bound == Some(Bound::About)
        && matches!(t.kind, TargetKind::Level | TargetKind::Cap)
        && super::written_decimals(t).is_some_and(|d| d > 0)
}

/// The relative tolerance an approximate target gives the comparison it is in.
fn about_tolerance(t: &Target) -> Option<f64> {
    if t.bound != Some(Bound::About) {
        return None;
    }
    if !precise_about(t) {
        return Some(ABOUT_TOLERANCE);
    }
    let decimals = super::written_decimals(t).unwrap_or(0);
    let step = 10f64.powi(-i32::try_from(decimals).unwrap_or(i32::MAX));
    let relative = if t.value.abs() > 0.0 {
        step / t.value.abs()
    } else {
        ABOUT_TOLERANCE
    };
    Some(relative.clamp(PRECISE_ABOUT_TOLERANCE, ABOUT_TOLERANCE))
}

/// A cap and a level of the same total for the same year (`控制在152.0万吨以内` in the text,
/// 156.0 in the indicator table) are compared too: the level must lie within the cap.
fn same_kind(a: &Target, b: &Target) -> bool {
    a.kind == b.kind
        || (matches!(
            (a.kind, b.kind),
            (TargetKind::Cap, TargetKind::Level) | (TargetKind::Level, TargetKind::Cap)
        ) && a.percent.is_none()
            && b.percent.is_none())
}

/// A target's unit and values in its indicator's canonical unit when the pack knows the
/// spelling (`万吨二氧化碳` and `万吨` are one unit of a CO2 total; a 单位 column often
/// writes the longer form), else as written.
#[derive(Debug, Clone, PartialEq)]
struct Scaled {
    unit: Option<String>,
    value: f64,
    stretch: Option<f64>,
}

fn scaled(cx: &Context, t: &Target) -> Scaled {
    let written = t.unit.as_deref().map(normal_unit);
    let unit = written.as_deref().and_then(|u| {
        let family = t
            .metric
            .and_then(|m| cx.rules.metric(m))
            .and_then(|m| m.unit_family.as_deref())
            .and_then(|f| cx.rules.unit_family(f))?;
        family
            .unit(u)
            .map(|unit| (family.canonical.clone(), unit.factor))
    });
    match unit {
        Some((canonical, factor)) => Scaled {
            unit: Some(canonical),
            value: t.value * factor,
            stretch: t.stretch.as_deref().map(|(s, _)| s * factor),
        },
        None => Scaled {
            unit: written,
            value: t.value,
            stretch: t.stretch.as_deref().map(|(s, _)| *s),
        },
    }
}

fn comparable(a: &Target, b: &Target, ua: &Scaled, ub: &Scaled) -> bool {
    // The plan's peak value has no target year of its own: there is one peak, so two
    // values of it in different sentences are compared (`峰值控制在178万吨以内` in the
    // preface, `185万吨以内` in the targets). Within one sentence two values are a floor
    // and a stretch (`力争…178万吨以内，确保不超过185万吨`).
    let peak = a.kind == TargetKind::PeakValue;
    a.metric == b.metric
        && same_kind(a, b)
        && matches!(
            a.kind,
            TargetKind::Change | TargetKind::Level | TargetKind::Cap | TargetKind::PeakValue
        )
        && (a.target_year.is_some() || peak)
        && (!peak || std::ptr::eq(a, b) || a.sentence.id() != b.sentence.id())
        // Within one sentence a 力争 value and a 确保 one are a stretch and its floor
        // (`2030年力争达到60%、确保不低于55%`).
        && !(a.sentence.id() == b.sentence.id()
            && a.hedge != b.hedge
            && [a.hedge, b.hedge].contains(&Some(HedgeKind::Strive)))
        && a.target_year == b.target_year
        && a.direction == b.direction
        && a.percent == b.percent
        && a.base_year.map(|y| y.year) == b.base_year.map(|y| y.year)
        && ua.unit == ub.unit
        && a.upper.is_none()
        && b.upper.is_none()
        // An approximate level or total (`峰值将升至约325万吨`) is an estimate, often of a
        // sensitivity case; an approximate change (`下降40%左右`) is a target, compared
        // with a wider tolerance ([`agree`]), and so is a level written to a decimal
        // ([`precise_about`]).
        && (a.kind == TargetKind::Change
            || [a, b]
                .iter()
                .all(|t| t.bound != Some(Bound::About) || precise_about(t)))
        && crate::extract::targets::park_wide(a)
        && crate::extract::targets::park_wide(b)
        && !rows_apart(a, b)
}

/// Two rows of one table are two indicators, even when the pack reads one metric in both
/// (`纯碱单位产品综合能耗` and `真空制盐单位产品综合能耗`): a table lists an indicator once.
fn rows_apart(a: &Target, b: &Target) -> bool {
    match (&a.sentence.table, &b.sentence.table) {
        (Some(x), Some(y)) => {
            a.sentence.block() == b.sentence.block() && x.row_header != y.row_header
        }
        _ => false,
    }
}

fn normal_unit(u: &str) -> String {
    u.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace('％', "%")
}

fn agree(a: &Target, b: &Target, ua: &Scaled, ub: &Scaled, tolerance: f64) -> bool {
    // A value written as approximate (`下降40%左右`) agrees with one within
    // `ABOUT_TOLERANCE` of it (`下降38%`), not with one well off it (`下降35%`); a total
    // written to a decimal (`18.7万吨左右`) within one unit of its last digit or 1 %.
    let tolerance = [a, b]
        .iter()
        .filter_map(|t| about_tolerance(t))
        .fold(tolerance, f64::max);
    let close = |x: f64, y: f64| (x - y).abs() <= tolerance * x.abs().max(y.abs()) + 1e-9;
    // A peak value below the other's cap (`峰值约176万吨` under `控制在180万吨以内`) agrees.
    if a.kind == TargetKind::PeakValue {
        let cap = |t: &Target| t.bound == Some(Bound::AtMost);
        match (cap(a), cap(b)) {
            (true, false) => return ub.value <= ua.value || close(ua.value, ub.value),
            (false, true) => return ua.value <= ub.value || close(ua.value, ub.value),
            _ => {}
        }
    }
    if a.kind != b.kind {
        let (cap, level) = if a.kind == TargetKind::Cap {
            (ua, ub)
        } else {
            (ub, ua)
        };
        // A cap written as precisely as the level, in the same unit (`控制在6.84万吨以内` in
        // the text, 6.48 in the indicator table), is that figure written again; a rounder cap
        // (`控制在7万吨以内`) bounds the level.
        let restated = a.unit == b.unit
            && super::written_decimals(a)
                .is_some_and(|d| d > 0 && Some(d) == super::written_decimals(b));
        return (level.value <= cap.value && !restated) || close(level.value, cap.value);
    }
    close(ua.value, ub.value)
        || ua.stretch.is_some_and(|s| close(s, ub.value))
        || ub.stretch.is_some_and(|s| close(s, ua.value))
}

/// What two targets must share to be compared ([`comparable`] is this key plus the
/// per-target conditions), so each target is compared only within its group.
fn group_key(t: &Target, scaled: &Scaled) -> String {
    let unit = &scaled.unit;
    // A cap and a level of one total are compared ([`same_kind`]): one group.
    let kind = match t.kind {
        TargetKind::Cap if t.percent.is_none() => TargetKind::Level,
        k => k,
    };
    format!(
        "{:?}",
        (
            &t.metric,
            kind,
            t.target_year,
            t.direction,
            t.percent,
            t.base_year.map(|y| y.year),
            unit
        )
    )
}

/// Contradicting figures: targets stated twice ([`contradictions`]), intensity × growth
/// against the cap ([`super::identity`]), annual against cumulative rates ([`super::rates`]).
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    contradictions(cx, out);
    super::base_total::check(cx, out, &DOC);
    super::scenario_path::check(cx, out, &DOC);
    super::scenario_peak::check(cx, out, &DOC);
    super::identity::check(cx, out);
    super::rates::check(cx, out);
}

fn contradictions(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    let tolerance = cx.rules.thresholds.value_tolerance;
    let own: Vec<&Target> = facts.own().collect();
    let mut reported: Vec<(Option<&str>, Option<u16>, TargetKind)> = Vec::new();
    // Per group, the earlier targets with distinct (value, stretch), first occurrence
    // first: a target that agrees with one agrees with all its copies, so comparing
    // with the first copy only keeps the verdict (and the "earlier" place) and makes
    // a plan that repeats one target n times cost O(n), not O(n²).
    let mut groups: HashMap<String, Vec<(&Target, Scaled)>> = HashMap::new();
    let mut seen: HashSet<(String, u64, Option<u64>)> = HashSet::new();
    // Only targets that can be compared at all enter a group, so the first copy of a
    // value is always a comparable one.
    for (b, ub) in own
        .iter()
        .map(|t| (*t, scaled(cx, t)))
        .filter(|(t, u)| comparable(t, t, u, u))
    {
        let key = group_key(b, &ub);
        let earlier = groups.entry(key.clone()).or_default();
        let found = earlier
            .iter()
            .find(|(a, ua)| comparable(a, b, ua, &ub) && !agree(a, b, ua, &ub, tolerance))
            .map(|(a, _)| *a);
        if seen.insert((key, ub.value.to_bits(), ub.stretch.map(f64::to_bits))) {
            earlier.push((b, ub));
        }
        let Some(a) = found else {
            continue;
        };
        let key = (b.metric, b.target_year, b.kind);
        if reported.contains(&key) {
            continue;
        }
        reported.push(key);
        let finding = Finding::TargetConflict(TargetConflict {
            metric: b.metric.map(str::to_string),
            metric_name: metric_name(cx, b),
            year: b.target_year.unwrap_or_default(),
            peak: b.kind == TargetKind::PeakValue,
            unit: (b.kind == TargetKind::PeakValue)
                .then(|| b.unit.as_deref().map(str::to_string))
                .flatten(),
            value: b.value,
            earlier_value: a.value,
            percent: b.percent.is_some(),
            quote: quote_at(b.sentence.as_str(), b.span.clone()),
            base_year_total: false,
            scenario: false,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, b);
        let (aloc, aspan) = place(cx, a);
        out.push(d.at(loc, span).related(Related::at(aloc, aspan)));
    }
}
