//! `boundary/base-year`: different base years declared for the plan without explanation.

use crate::checks::boundary::related_sentence;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::targets::{BaseSource, Target, TargetKind};
use crate::extract::totals::Subject;
use crate::extract::years::YearForm;
use crate::finding::{BaseYearMismatch, Finding};

pub const DOC: RuleDoc = RuleDoc {
    id: "boundary/base-year",
    category: Category::Boundary,
    severity: Severity::Error,
    summary: Text {
        zh: "方案声明了不同的基准年且未作说明",
        en: "different base years declared without explanation",
    },
    why: Text {
        zh: "准确性原则要求数据口径一致（《编制指南》第4章、第6章）：排放清单、目标和情景应以同一基准年计算。一处“以2020年为基准年”、另一处“基准年（2019年）”，目标的降幅就无从核对；声明以2021年为基准年、目标却写“较2020年下降”也是如此（声明中说明了该年份的除外）；同一指标一处“比2020年下降”、另一处“比2021年下降”（2021年不是方案的阶段目标年）同样是两个基准年；声明以2020年为基准年、清单却是2021年的、所有目标都“较2021年”时，声明与全方案不一致，同样报告；声明与清单都是2020年、所有目标却都“较2021年”（2021年不是阶段目标年）时，目标另有基准年，同样报告。历史比较（较2015年下降）和引用国家目标（比2005年下降）不是基准年声明，不受此限。未声明基准年、但清单年份即是基准年的方案同样如此：同一指标2025年“较2021年”、2030年“较2020年”，予以报告；清单也未标明年份时，以方案自身目标多数使用的比较年份为准（同一指标“到2025年较2020年”“到2030年较2021年”）。",
        en: "The accuracy principle requires one caliber (clauses 4, 6): inventory, targets and scenarios share one base year. With 以2020年为基准年 in one place and 基准年（2019年） in another, no reduction can be checked; nor with 以2021年为基准年 declared and the plan's own targets written 较2020年下降 (unless the declaration names that year), nor with one indicator set 比2020年 in one target and 比2021年 in another (2021 being no milestone of the plan). A plan that declares no base year but reads as having one (its inventory's year) is held to it the same way: one indicator set 较2021年 for 2025 and 较2020年 for 2030 is reported; with no inventory year either, the year most of the plan's own changes are measured from stands for it (到2025年较2020年 and 到2030年较2021年 for one indicator). Historical comparisons and the national 比2005年 target are not base-year declarations. A plan declaring 2020 whose inventory is of 2021 and whose every target (two or more) is set against 2021 contradicts its declaration, and is reported too; so is one declaring 2020 with a 2020 inventory whose every target is set against one later year that is none of its milestones (较2021年 throughout): the targets then have another base.",
    },
    fails: "## 一、碳排放分析\n\n本方案以2020年为基准年。\n\n## 二、碳达峰目标\n\n基准年（2019年）园区二氧化碳排放量为120万吨。\n",
    passes: "## 一、碳排放分析\n\n本方案以2020年为基准年。\n\n## 二、碳达峰目标\n\n基准年（2020年）园区二氧化碳排放量为128万吨，较2015年增长12%。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.boundary();
    let Some(first) = facts.base_years.first() else {
        undeclared(cx, out);
        return;
    };
    let mut reported: Vec<u16> = vec![first.year];
    // Each other base year once: the year and where it is written.
    let mut found = Vec::new();
    let mut in_cells: Vec<(u16, _, _)> = Vec::new();
    for by in facts.base_years.iter().skip(1) {
        if reported.contains(&by.year) {
            continue;
        }
        // A sentence that names both years explains a change (由2019年调整为2020年); its
        // parts split at ；count as one (`碳排放指标以2020年为基准年；…以2021年为基年`).
        // The declared year as a target's base in the same sentence (`…以2021年为基准年，
        // 碳排放强度比2021年下降39%，能耗比2020年下降30%`) explains nothing.
        let text = by.sentence.whole();
        if names_year(text, first.year) {
            continue;
        }
        // A table's header cell (`| 指标 | 2021基准 | 2025 |`) is reported only when no
        // target's base names the year in prose: the sentence is what a reviewer cites.
        let (loc, span) = by.sentence.place(cx.doc, by.range.clone());
        if by.sentence.table.is_some() {
            if !in_cells.iter().any(|(y, ..)| *y == by.year) {
                in_cells.push((by.year, loc, span));
            }
            continue;
        }
        reported.push(by.year);
        found.push((by.year, loc, span));
    }
    // The plan's own targets set against another year than the declared base year
    // (`以2021年为基准年` … `较2020年下降18%`), unless the declaration names that year (an
    // explained change: `以2021年为基准年（2020年数据受疫情影响）`).
    let declared = first.sentence.whole();
    let own: Vec<&Target> = cx.targets().own().collect();
    // The years the plan's own targets are set for: a later base among them is a period's
    // own base (`到2030年较2025年下降`).
    let milestones: Vec<u16> = own.iter().filter_map(|t| t.target_year).collect();
    let clause_base = |t: &Target| t.base_year.filter(|b| b.source == BaseSource::Clause);
    // The bases every target writes, and whether the inventory is of a year.
    let bases: Vec<u16> = own
        .iter()
        .filter_map(|u| clause_base(u))
        .map(|b| b.year)
        .collect();
    let inventory = |year: u16| {
        cx.totals()
            .iter()
            .any(|s| s.whole && s.subject == Subject::Co2 && s.year == year)
    };
    for t in &own {
        let Some(b) = clause_base(t) else {
            continue;
        };
        // A goal for a year after the base (`到2025年…较2020年下降`), not a past change
        // (`基准年…较2015年增长18.3%`).
        if t.kind != TargetKind::Change
            || t.target_year.is_none_or(|y| y <= first.year.max(b.year))
            || b.year == first.year
            || reported.contains(&b.year)
        {
            continue;
        }
        // The declaration names the year (`以2021年为基准年（2020年数据受疫情影响）`, `基准年2020
        // 年，现状年2021年`): a change it explains — unless a later year is the base of one
        // milestone while the same indicator's other milestone is set against the declared
        // year (`到2025年…比2020年下降20%；到2030年…比2021年下降35%`).
        let named = mentions_alone(declared, b.year);
        if named && b.year < first.year {
            continue;
        }
        // A later base is a second base year only where it is no milestone of the plan and
        // the same indicator is set against the declared year elsewhere (`到2025年…比2020年
        // 下降22%` … `到2030年…比2021年下降45%`); alone, a later year can be the status
        // year a plan measures from (`较2022年翻一番`). Beside the declared base for the same
        // year in the same sentence (`较2020年下降14%以上，较2023年下降6%`), it is a status year
        // restated, not a second base.
        if b.year > first.year {
            let against_declared: Vec<&&Target> = own
                .iter()
                .filter(|u| {
                    u.kind == TargetKind::Change
                        && u.metric.is_some()
                        && u.metric == t.metric
                        && clause_base(u).is_some_and(|ub| ub.year == first.year)
                })
                .collect();
            let beside = against_declared
                .iter()
                .any(|u| u.target_year == t.target_year && u.sentence.id() == t.sentence.id());
            // Unless every change of the plan is set against that later year: with the
            // inventory of it, not of the declared one (`以2020年为基准年` in the scope, the 2021
            // inventory, every target `较2021年`), the declaration is the stray; with the
            // inventory of the declared year (`基准年为2020年`, the 2020 inventory, every target
            // `较2021年`), the targets are — two base years either way.
            // (A milestone here is a year a change is set for: a table's first column of
            // levels, `2021年 | 2025年 | 2030年`, is the year measured from, not a goal.)
            let all_later = bases.len() >= 2
                && bases.iter().all(|y| *y == b.year)
                && (inventory(b.year) != inventory(first.year)
                    || !own
                        .iter()
                        .any(|u| u.kind == TargetKind::Change && u.target_year == Some(b.year)));
            let all_later = all_later && !named;
            if !all_later && (beside || against_declared.is_empty() || milestones.contains(&b.year))
            {
                continue;
            }
        }
        reported.push(b.year);
        let (loc, span) = base_place(cx, t, b.year);
        found.push((b.year, loc, span));
    }
    for (year, loc, span) in in_cells {
        if !reported.contains(&year) {
            reported.push(year);
            found.push((year, loc, span));
        }
    }
    for (year, loc, span) in found {
        let finding = Finding::BaseYearMismatch(BaseYearMismatch {
            year,
            declared_year: first.year,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        out.push(
            d.at(loc, span)
                .related(related_sentence(cx, &first.sentence)),
        );
    }
}

/// A plan that declares no base year but reads as having one (its inventory's year, the
/// targets' common base: [`crate::extract::targets::Targets::declared_base`]): one
/// indicator set against that year in one target and against an earlier year in another
/// (`到2025年…较2021年下降16%` … `到2030年…较2020年下降40%`), the earlier year no milestone of
/// the plan, is reported at the stray year, with the other target beside it.
fn undeclared(cx: &Context, out: &mut Vec<Diagnostic>) {
    let found = cx.targets();
    let own: Vec<&Target> = found.own().collect();
    let milestones: Vec<u16> = own.iter().filter_map(|t| t.target_year).collect();
    let clause_base = |t: &Target| {
        t.base_year
            .filter(|b| b.source == BaseSource::Clause)
            .map(|b| b.year)
    };
    // The base the plan reads as having (its inventory's year), else the one most of its
    // own changes are measured from, twice at least and more often than any other.
    let Some(base) = found.declared_base.or_else(|| {
        let mut counts: Vec<(u16, usize)> = Vec::new();
        for y in own
            .iter()
            .filter(|t| t.kind == TargetKind::Change)
            .filter_map(|t| clause_base(t))
        {
            match counts.iter_mut().find(|(c, _)| *c == y) {
                Some((_, n)) => *n += 1,
                None => counts.push((y, 1)),
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        match counts.as_slice() {
            [(y, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| m < n) => Some(*y),
            _ => None,
        }
    }) else {
        return;
    };
    let mut reported: Vec<u16> = Vec::new();
    for t in &own {
        let Some(year) = clause_base(t) else {
            continue;
        };
        // Earlier or later than the base: the same indicator measured from two years
        // (`单位工业增加值能耗到2025年较2020年下降15%、到2030年较2021年下降28%`).
        if t.kind != TargetKind::Change
            || year == base
            || milestones.contains(&year)
            || reported.contains(&year)
            || t.target_year.is_none_or(|y| y <= base)
        {
            continue;
        }
        let Some(other) = own.iter().find(|u| {
            u.kind == TargetKind::Change
                && u.metric.is_some()
                && u.metric == t.metric
                && clause_base(u) == Some(base)
        }) else {
            continue;
        };
        reported.push(year);
        let finding = Finding::BaseYearMismatch(BaseYearMismatch {
            year,
            declared_year: base,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = base_place(cx, t, year);
        out.push(
            d.at(loc, span)
                .related(related_sentence(cx, &other.sentence)),
        );
    }
}

/// Whether `text` names `year` other than as what a change is measured against (`比2020年`,
/// `较2020年`).
/// Whether `text` writes `year` as a year of its own, not as the start of a range or a
/// period (`规划期2021—2030年` in a declaration explains no 2021 base).
fn mentions_alone(text: &str, year: u16) -> bool {
    crate::extract::years::years(text)
        .iter()
        .any(|y| y.form == YearForm::Year && y.first == year)
}

fn names_year(text: &str, year: u16) -> bool {
    let written = year.to_string();
    text.match_indices(&written).any(|(at, _)| {
        let before = text.get(..at).unwrap_or("").trim_end();
        !["比", "较", "相比", "相较", "相对", "对比", "相对于"]
            .iter()
            .any(|w| before.ends_with(w))
    })
}

/// The place of the base year written in a target's sentence (the target's value when
/// it cannot be found).
fn base_place(
    cx: &Context,
    t: &Target,
    year: u16,
) -> (crate::document::Location, Option<crate::diagnostic::Span>) {
    let text = t.sentence.as_str();
    let written = format!("{year}年");
    let at = text
        .get(..t.span.start)
        .and_then(|before| before.rfind(&written))
        .map(|i| i..i + written.len());
    t.sentence
        .place(cx.doc, at.unwrap_or_else(|| t.span.clone()))
}
