//! `boundary/unit`: the same quantity stated with different values once units are
//! converted (128.4万吨 in the text, 1,248,000吨 in a table).

use std::collections::{HashMap, HashSet};

use crate::checks::boundary::related_sentence;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::quantity::{PercentKind, Quantity};
use crate::extract::sentences::Sentence;
use crate::extract::totals::Subject;
use crate::finding::{Finding, UnitMismatch};

pub const DOC: RuleDoc = RuleDoc {
    id: "boundary/unit",
    category: Category::Boundary,
    severity: Severity::Warning,
    summary: Text {
        zh: "同一数据换算单位后数值不一致（万吨与吨等）",
        en: "the same quantity differs once units are converted (万吨 vs 吨 …)",
    },
    why: Text {
        zh: "准确性原则要求“数据口径一致”（《编制指南》第4章、第6章）。同一年份的排放总量或能源消费总量在正文写“128.4万吨”、在表中写“1,248,000吨”，换算后并不相等，往往是单位换算或抄录错误，评审会质疑全部数据。某一部分排放（直接排放、净调入电力等间接排放）同一年份的数据以不同单位写出、换算后恰好相差10倍、100倍……（“63.3万吨”与“6330000吨”），同样是换算错误；某一部分的外购（净调入）电量或园区用电量同一年份以不同单位写出、换算后相差10倍、100倍……（“外购电力6.84亿千瓦时”与“外购电力折合6840万千瓦时”，“用电量24.6亿千瓦时”与“外购电力24600万千瓦时”）亦然（“其中”所列、片区或企业的用电量除外）。表格中未写单位的数值按表题所写单位读取（“表2 2020年二氧化碳排放清单（单位：万吨二氧化碳）”下的“合计 7.21”）。换算后在印刷精度内相等的不算不一致。",
        en: "The accuracy principle requires one data caliber (clauses 4, 6). The same year's total written as 128.4万吨 in the text and 1,248,000吨 in a table is not the same number after conversion — usually a conversion or copying slip that makes a panel doubt every figure. One part's figure for a year (direct emissions, purchased power or another indirect source) written in two units that are 10, 100, … times apart once converted (63.3万吨 and 6330000吨) is the same slip, and so is the electricity bought in or used by the park for a year written in two units that far apart (外购电力6.84亿千瓦时 and 外购电力折合6840万千瓦时; 用电量24.6亿千瓦时 and 外购电力24600万千瓦时), though not a part's use (after 其中, a sub-park's or an enterprise's). A table's bare cells are read in the unit its caption gives (表2 2020年二氧化碳排放清单（单位：万吨二氧化碳） over 合计 7.21). Values equal within printed precision are consistent.",
    },
    fails: "## 一、碳排放分析\n\n2020年园区二氧化碳排放总量为128.4万吨。\n\n| 年份 | 二氧化碳排放总量（吨） |\n|---|---|\n| 2020年 | 1248000 |\n",
    passes: "## 一、碳排放分析\n\n2020年园区二氧化碳排放总量为128.4万吨。\n\n| 年份 | 二氧化碳排放总量（吨） |\n|---|---|\n| 2020年 | 1284000 |\n",
};

/// One statement of a total: its year, the quantity and where.
struct Stated<'s, 'd> {
    subject: Subject,
    year: u16,
    q: &'s Quantity,
    s: &'s Sentence<'d>,
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let all = &cx.boundary().all;
    // A part's figure (`能源活动排放105.2`) is no statement of the year's total: compared
    // with the total in another unit it would be a false slip. Parts restated in two
    // units are `unit_parts`'.
    let stated: Vec<Stated> = cx
        .totals()
        .iter()
        .filter(|t| !t.part)
        .filter_map(|t| {
            Some(Stated {
                subject: t.subject,
                year: t.year,
                q: t.figure(cx.quantities(t.sentence))?,
                s: all.get(t.sentence)?,
            })
        })
        .collect();
    // Compared only within one (subject, year); within it, earlier statements by unit
    // symbol, each distinct reading once (the first of equal ones, which a search in order
    // would find first). A reading already stated in its group finds nothing new: what
    // contradicts it would have been reported when it was stated (agreement is symmetric).
    let mut groups: HashMap<(Subject, u16), Group> = HashMap::new();
    for (i, later) in stated.iter().enumerate() {
        let group = groups.entry((later.subject, later.year)).or_default();
        if group.reported {
            continue;
        }
        let key = Reading::of(later.q);
        if !group.seen.insert(key.clone()) {
            continue;
        }
        let earliest = group
            .by_unit
            .iter()
            .filter(|(symbol, _)| *symbol != key.symbol)
            .filter_map(|(_, earlier)| {
                earlier.iter().copied().find(|&j| {
                    stated
                        .get(j)
                        .is_some_and(|e| e.q.agrees_with(later.q, 0.0) == Some(false))
                })
            })
            .min();
        match group.by_unit.iter_mut().find(|(s, _)| *s == key.symbol) {
            Some((_, list)) => list.push(i),
            None => group.by_unit.push((key.symbol.clone(), vec![i])),
        }
        let Some(e) = earliest.and_then(|j| stated.get(j)) else {
            continue;
        };
        group.reported = true;
        let here = later.s.as_str().get(later.q.span.clone()).unwrap_or("");
        let there = e.s.as_str().get(e.q.span.clone()).unwrap_or("");
        let canonical = later
            .q
            .unit
            .as_ref()
            .and_then(|u| u.canonical.clone())
            .unwrap_or_default();
        let finding = Finding::UnitMismatch(UnitMismatch {
            year: later.year,
            here: here.to_string(),
            here_value: later.q.magnitude(),
            earlier: there.to_string(),
            earlier_value: e.q.magnitude(),
            unit: canonical,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = later.s.place(cx.doc, later.q.span.clone());
        out.push(d.at(loc, span).related(related_sentence(cx, e.s)));
    }
    super::unit_parts::check(cx, out);
    super::unit_restated::check(cx, out);
}

/// The statements of one (subject, year) compared so far.
#[derive(Default)]
struct Group {
    /// A unit mismatch was reported for it (one finding per subject and year).
    reported: bool,
    /// Every distinct reading stated.
    seen: HashSet<Reading>,
    /// Per unit symbol, the first statement of each distinct reading, in order.
    by_unit: Vec<(String, Vec<usize>)>,
}

/// What [`Quantity::agrees_with`] reads of a quantity, with its unit symbol: two
/// statements with equal readings agree or disagree with any third alike.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Reading {
    symbol: String,
    family: Option<String>,
    percent: Option<PercentKind>,
    value: u64,
    multiplier: u64,
    factor: u64,
    decimals: u8,
}

impl Reading {
    fn of(q: &Quantity) -> Reading {
        Reading {
            symbol: q
                .unit
                .as_ref()
                .map(|u| u.symbol.clone())
                .unwrap_or_default(),
            family: q.unit.as_ref().and_then(|u| u.family.clone()),
            percent: q.percent,
            value: q.value.to_bits(),
            multiplier: q.multiplier.to_bits(),
            factor: q.unit.as_ref().map_or(1f64, |u| u.factor).to_bits(),
            decimals: q.decimals,
        }
    }
}
