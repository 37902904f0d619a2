//! `boundary/area`: the park's area stated with different values.

use crate::checks::boundary::related_sentence;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::area::{park_areas, ParkArea};
use crate::extract::quantity::Quantity;
use crate::extract::years::years;
use crate::finding::{AreaFigure, AreaMismatch, Finding};

pub const DOC: RuleDoc = RuleDoc {
    id: "boundary/area",
    category: Category::Boundary,
    severity: Severity::Warning,
    summary: Text {
        zh: "园区面积（空间范围）前后表述不一致",
        en: "the park's area stated with different values",
    },
    why: Text {
        zh: "核算边界的空间范围决定排放清单覆盖哪些企业（《编制指南》第6章，准确性原则“边界统一”）。同一规划面积一处写32.6平方公里、另一处写36平方公里，读者无法判断清单与目标对应哪个范围。建成区面积、起步区或分园面积与规划总面积不同是正常的，不受此限；开发区的核准面积、规划面积和托管面积各不相同，同一段落或同一节中并列写出、或核准面积写在园区沿革中（“1993年经国务院批准设立，核准面积3.2平方公里”）时，只与同类面积比较；换算后在印刷精度内相等（32.6平方公里与3260公顷）也不算不一致。",
        en: "The spatial extent decides which enterprises the inventory covers (clause 6, one boundary). With 32.6 km² in one place and 36 km² in another, nobody can tell which extent inventory and targets refer to. Built-up, start-up or sub-park areas differ legitimately; a development zone's approved, planned and administered areas differ too, and once stated side by side in one paragraph or section, or the approved one in the park's history (1993年经国务院批准设立，核准面积3.2平方公里), each is compared with its own kind only; values equal within printed precision after conversion (32.6 km² and 3260 公顷) are consistent.",
    },
    fails: "## 一、园区概况\n\n园区规划面积32.6平方公里。\n\n## 二、碳排放分析\n\n核算范围为园区规划范围，总面积约36平方公里。\n",
    passes: "## 一、园区概况\n\n园区规划面积32.6平方公里，其中建成区面积18.2平方公里。\n\n## 二、碳排放分析\n\n核算范围为园区规划范围，总面积3260公顷。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let all = &cx.boundary().all;
    let areas = park_areas(&cx.analysis);
    // Kinds the plan tells apart: stated side by side in one paragraph (`国务院核准面积3.2
    // 平方公里，规划面积25.6平方公里`) or one section, or one of them dated in the park's
    // history (`1993年经国务院批准设立，核准面积3.2平方公里`, only years before the base).
    let block = |a: &ParkArea| all.get(a.sentence).map(|s| s.block());
    let section = |a: &ParkArea| {
        block(a).map(|b| {
            cx.doc
                .enclosing_headings(b)
                .first()
                .map(|h| std::ptr::from_ref(*h) as usize)
        })
    };
    let base = cx.targets().declared_base.unwrap_or(2020);
    // Read once per figure, not once per pair.
    let dated_history: Vec<bool> = areas
        .iter()
        .map(|a| {
            all.get(a.sentence).is_some_and(|s| {
                let ys = years(s.as_str());
                !ys.is_empty() && ys.iter().all(|m| m.in_title || m.last < base)
            })
        })
        .collect();
    let history = |i: usize| dated_history.get(i).copied().unwrap_or(false);
    let mut apart: Vec<(usize, usize)> = Vec::new();
    for (i, a) in areas.iter().enumerate() {
        for (j, b) in areas.iter().enumerate() {
            if let (Some(x), Some(y)) = (a.kind, b.kind) {
                if x != y
                    && (block(a) == block(b)
                        || section(a) == section(b)
                        || history(i)
                        || history(j))
                {
                    apart.push((x, y));
                }
            }
        }
    }
    for (n, here) in areas.iter().enumerate() {
        let Some(s) = all.get(here.sentence) else {
            continue;
        };
        let earlier = areas.get(..n).unwrap_or_default();
        let Some(earlier) = reference(earlier, here, &apart) else {
            continue;
        };
        let Some(s0) = all.get(earlier.sentence) else {
            continue;
        };
        let finding = Finding::AreaMismatch(AreaMismatch {
            here: figure(s.as_str(), here.figure),
            earlier: figure(s0.as_str(), earlier.figure),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, here.figure.span.clone());
        out.push(d.at(loc, span).related(related_sentence(cx, s0)));
    }
}

/// The earlier figure `here` contradicts, if any; figures of one sentence are never
/// compared. An area of a kind (`规划面积`) is compared with the first earlier one of its
/// kind; without one, with the first earlier one of no kind; without one, with the first
/// of another kind unless the plan tells the two kinds apart (`apart`: a development
/// zone's approved area beside its planned one is no contradiction). An area of no kind is
/// compared with the first earlier one, unless it agrees with an earlier one of a kind
/// (`总面积25.6平方公里` after `核准面积3.2平方公里，规划面积25.6平方公里`).
fn reference<'e, 'a>(
    earlier: &'e [ParkArea<'a>],
    here: &ParkArea<'a>,
    apart: &[(usize, usize)],
) -> Option<&'e ParkArea<'a>> {
    let others = || earlier.iter().filter(|e| e.sentence != here.sentence);
    let first = match here.kind {
        Some(kind) => others()
            .find(|e| e.kind == Some(kind))
            .or_else(|| others().find(|e| e.kind.is_none()))
            .or_else(|| others().find(|e| e.kind.is_some_and(|k| !apart.contains(&(k, kind))))),
        None => {
            let agrees_with_a_kind = others()
                .any(|e| e.kind.is_some() && e.figure.agrees_with(here.figure, 0.0) != Some(false));
            others().next().filter(|_| !agrees_with_a_kind)
        }
    }?;
    (first.figure.agrees_with(here.figure, 0.0) == Some(false)).then_some(first)
}

/// The area as written, with its value in km².
fn figure(text: &str, q: &Quantity) -> AreaFigure {
    AreaFigure {
        written: text.get(q.span.clone()).unwrap_or("").to_string(),
        km2: q.magnitude(),
        written_in_km2: q
            .unit
            .as_ref()
            .is_some_and(|u| u.canonical.as_deref() == Some(u.symbol.as_str())),
    }
}
