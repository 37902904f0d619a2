//! Evidence in substance: facts the extraction layer read from the plan that meet an
//! evidence item whatever its wording (`any_facts:` in the pack). A plan that sets 2025
//! and 2030 targets and a 2028 peak has a timetable, whether or not it writes 时间表.

use crate::checks::Context;
use crate::extract::targets::{Role, Target, TargetKind};

/// What the fact `name` found in the plan (a short description), `None` when absent.
/// Names are [`crate::pack::Evidence::FACTS`].
pub fn found(cx: &Context, name: &str) -> Option<String> {
    match name {
        "staged_targets" => {
            // The plan's own targets, after the peak too (`到2030年，排放总量较峰值下降3%`):
            // what `facts` shows with role `plan`.
            let mut years: Vec<u16> = cx
                .targets()
                .all
                .iter()
                .filter(|t| matches!(t.role, Role::Plan | Role::PostPeak))
                .filter_map(|t| t.target_year)
                .collect();
            years.sort_unstable();
            years.dedup();
            (years.len() >= 2).then(|| {
                let list: Vec<String> = years.iter().map(u16::to_string).collect();
                format!("target years {}", list.join(", "))
            })
        }
        "based_targets" => {
            // The plan's own changes with a base year and a target year, by indicator: each
            // gives its base (the base year's value) and its target (`到2025年，单位工业增加值
            // 二氧化碳排放较2020年下降20%`), in prose as in a table; and its levels reached
            // from a value written beside them (`由2020年的82%提高到2030年的92%`).
            let targets = cx.targets();
            // Or with the base year's value in brackets after it (`提高到15%（2020年为6.5%）`).
            let from_value = |t: &&Target| {
                matches!(t.kind, TargetKind::Level | TargetKind::Cap)
                    && (cx.rules.lexicon.from_to.is_match(t.clause_before())
                        || bracketed_base(t.sentence.as_str().get(t.span.end..).unwrap_or("")))
            };
            // A level to reach whose base-year value the plan states elsewhere, in prose or a
            // table (`非化石能源消费比重6.2%` in the 2020 profile, `…达到15%` by 2025;
            // `单位产品综合能耗418千克标准煤/吨` … `降至380千克标准煤/吨`): what
            // `target/no-baseline` finds for it. The base year is the declared one, or the one
            // every own change of the plan is measured from (`较2020年下降20%`).
            let own_base = targets.declared_base.or_else(|| {
                let mut bases = targets
                    .all
                    .iter()
                    .filter(|t| t.role == Role::Plan && t.kind == TargetKind::Change)
                    .filter_map(|t| t.base_year.map(|b| b.year));
                let first = bases.next()?;
                bases.all(|b| b == first).then_some(first)
            });
            // A cap, level or peak of a total whose base-year value the plan states as the
            // park's whole total (`2020年排放82.29万吨` … `峰值不高于86万吨`, `2030年降至
            // 121.2万吨左右`), the base year declared or the one all its changes are from.
            let base_total = |subject: crate::extract::totals::Subject| {
                own_base.is_some_and(|year| {
                    cx.totals()
                        .iter()
                        .any(|s| s.whole && s.subject == subject && s.year == year)
                })
            };
            // Asked once per indicator (a plan may set one level for many years).
            let asked: std::cell::RefCell<Vec<(String, bool)>> = std::cell::RefCell::default();
            let level_from_stated = |t: &&Target| {
                if t.kind != TargetKind::Level {
                    return false;
                }
                let (Some(year), Some(metric)) = (own_base, t.metric) else {
                    return false;
                };
                if let Some((_, known)) = asked.borrow().iter().find(|(m, _)| *m == metric) {
                    return *known;
                }
                let percent = crate::checks::target::target_family(cx, t) == "percent";
                let stated =
                    crate::checks::target::no_baseline::value_stated(cx, metric, year, percent);
                asked.borrow_mut().push((metric.to_string(), stated));
                stated
            };
            let co2_base = base_total(crate::extract::totals::Subject::Co2);
            let energy_base = base_total(crate::extract::totals::Subject::Energy);
            let total_from_base = |t: &&Target| {
                matches!(
                    t.kind,
                    TargetKind::Cap | TargetKind::Level | TargetKind::PeakValue
                ) && match t.metric {
                    Some("co2_total") => co2_base,
                    Some("energy_total") => energy_base,
                    _ => false,
                }
            };
            let mut metrics: Vec<&str> = targets
                .all
                .iter()
                // A peak value's year is the peak's, not written beside it.
                .filter(|t| {
                    t.role == Role::Plan
                        && (t.target_year.is_some() || t.kind == TargetKind::PeakValue)
                })
                .filter(|t| {
                    (t.kind == TargetKind::Change
                        && (t.base_year.is_some() || targets.declared_base.is_some()))
                        || from_value(t)
                        || total_from_base(t)
                        || level_from_stated(t)
                })
                .filter_map(|t| t.metric)
                .collect();
            // Indicators no pack metric knows, their base-year value written beside the
            // target (`流动机械电动化比例由2022年的18%提高到60%`) or in the indicator table's
            // base-year column.
            let b = cx.boundary();
            let mut others: Vec<&str> = cx
                .other_targets()
                .iter()
                .filter(|o| {
                    o.base_value == Some(true)
                        || b.all.get(o.sentence).is_some_and(|s| {
                            let after = s.as_str().get(o.span.end..).unwrap_or("");
                            let clause = after
                                .split(['，', ',', '；', ';', '。'])
                                .next()
                                .unwrap_or("");
                            cx.rules.lexicon.from_to.is_match(clause)
                        })
                })
                .map(|o| o.name.as_str())
                .collect();
            metrics.sort_unstable();
            metrics.dedup();
            others.sort_unstable();
            others.dedup();
            let n = metrics.len() + others.len();
            (n >= 2).then(|| format!("{n} indicators with a base year and a target year"))
        }
        "indicator_table" => {
            // The plan's own targets read from table cells, by indicator.
            let mut metrics: Vec<&str> = cx
                .targets()
                .all
                .iter()
                .filter(|t| t.role == Role::Plan && t.sentence.table.is_some())
                .filter_map(|t| t.metric)
                .collect();
            metrics.sort_unstable();
            metrics.dedup();
            (metrics.len() >= 2)
                .then(|| format!("an indicator table of {} indicators", metrics.len()))
        }
        "scenario_figures" => {
            let figures = cx.bau();
            (!figures.is_empty()).then(|| format!("{} business-as-usual figure(s)", figures.len()))
        }
        "quantified_measures" => {
            let cuts = cx.pathway_reductions();
            (cuts.all.len() >= 2).then(|| format!("{} quantified reductions", cuts.all.len()))
        }
        "dated_measures" => {
            // Measures whose reductions are dated (`2025年、2030年…减排8.8万吨、26.3万吨`,
            // `2027年起推广…，2030年减排12.0万吨`): each says by when it delivers.
            let cuts = cx.pathway_reductions();
            let mut measures: Vec<(usize, usize)> = cuts
                .all
                .iter()
                .filter(|r| !r.total && r.figure.year.is_some())
                .map(|r| (r.source, r.measure))
                .collect();
            measures.sort_unstable();
            measures.dedup();
            (measures.len() >= 2)
                .then(|| format!("{} measures with dated reductions", measures.len()))
        }
        "boundary_declared" => {
            // What `facts` shows as the boundary: declaring sentences (or the 核算边界
            // section) that give the extent and the emission sources.
            let b = cx.boundary();
            (!b.declaration.is_empty() && b.spatial && b.sources).then(|| {
                format!(
                    "the boundary: extent and sources in {} sentence(s)",
                    b.declaration.len()
                )
            })
        }
        "post_peak_decline" => {
            // A figure for a year after the peak below the peak (`2029年达到峰值258万吨，…
            // 2035年降至245万吨`), or a target set against the peak (`较峰值下降`).
            let all = &cx.targets().all;
            if let Some(t) = all.iter().find(|t| t.role == Role::PostPeak) {
                return Some(format!(
                    "a target after the peak ({})",
                    t.target_year.map_or_else(String::new, |y| y.to_string())
                ));
            }
            let ahead = |t: &&Target| {
                !matches!(t.role, Role::Historical | Role::UpperLevel | Role::Pledged)
            };
            let total = |t: &&Target| t.metric == Some("co2_total");
            // The plan's own scenario going down after its highest point, beyond 2030 (`达峰
            // 情景 … 2028年 28.3 … 2035年 25.8`): a path ending in 2030 looks no further.
            if let Some(found) = scenario_decline(cx) {
                return Some(found);
            }
            // The earliest year the plan or its scenario peaks in (`力争2027年达峰，确保
            // 2030年前达峰`: a 2030 level below the peak follows the 2027 peak).
            let peak_year = all
                .iter()
                .filter(ahead)
                .filter(total)
                .filter(|t| t.kind == TargetKind::PeakYear)
                .map(|t| t.value)
                .min_by(f64::total_cmp)?;
            let peak_value = all
                .iter()
                .filter(ahead)
                .filter(total)
                .filter(|t| t.kind == TargetKind::PeakValue)
                .map(|t| (t.value, t.unit.clone()))
                .next()?;
            all.iter()
                .filter(ahead)
                .filter(total)
                // A level the emissions come down to; a lower cap is only a ceiling.
                .filter(|t| t.kind == TargetKind::Level)
                .find(|t| {
                    t.target_year.is_some_and(|y| f64::from(y) > peak_year)
                        && t.unit == peak_value.1
                        && t.value < peak_value.0
                })
                .map(|t| {
                    format!(
                        "{} in {} below the peak of {}",
                        t.value,
                        t.target_year.unwrap_or_default(),
                        peak_value.0
                    )
                })
        }
        _ => None,
    }
}

/// The plan's low-carbon (peak) scenario path going down after its highest point: a year
/// after 2030, three or more after the highest point, with less than it beyond rounding.
fn scenario_decline(cx: &Context) -> Option<String> {
    let path = cx.low_carbon();
    let dated: Vec<(u16, f64, f64)> = path
        .iter()
        .filter_map(|f| Some((f.year?, f.tonnes, f.slack)))
        .collect();
    let (top_year, top, top_slack) = dated.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1))?;
    dated
        .iter()
        .find(|(year, value, slack)| {
            *year > 2030 && *year >= top_year + 3 && *value + slack + top_slack < top
        })
        .map(|(year, value, _)| {
            format!(
                "the peak scenario at {} in {year}, below its {} in {top_year}",
                value / 1e4,
                top / 1e4
            )
        })
}

/// Whether `after` (the text right after a target's value) opens with the base year's value
/// in brackets: `（2020年为6.5%）`, `(2020年：0.52)`, `（基准年为6.5%）`.
fn bracketed_base(after: &str) -> bool {
    let Some(rest) = after
        .trim_start()
        .strip_prefix(['（', '('])
        .map(str::trim_start)
    else {
        return false;
    };
    let rest = match rest
        .strip_prefix("基准年")
        .or_else(|| rest.strip_prefix("基期"))
    {
        Some(r) => r,
        None => {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if digits != 4 {
                return false;
            }
            match rest
                .get(digits..)
                .and_then(|r| r.trim_start().strip_prefix('年'))
            {
                Some(r) => r,
                None => return false,
            }
        }
    };
    let rest = rest.trim_start();
    let rest = ["为", "是", "：", ":", "的"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
        .trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
}
