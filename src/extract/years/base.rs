//! Base-year declarations (以2020年为基准年, 基准年为2020年, 基期（2020年）) and the later
//! 基准年 / 基期 that stand for the declared year.

use std::ops::Range;

use super::calendar::relation;
use super::{mention, YearForm, YearMention};
use crate::extract::quantity::qualifier;
use crate::extract::quantity::text::{
    char_at, clause_start, in_ranges, skip_spaces, skip_spaces_back, starts_with_any, title_ranges,
};
use crate::extract::quantity::Hedge;

const BASE_WORDS: &[&str] = &["基准年份", "基准年", "基期", "基年"];

/// A base-year declaration, in normalised offsets.
pub(super) struct Declaration {
    pub(super) year: u16,
    pub(super) span: Range<usize>,
    pub(super) year_span: Range<usize>,
}

const DECLARE_VERBS: &[&str] = &["作为", "为", "是"];
const DECLARE_FILLERS: &[&str] = &[
    "本方案的",
    "本方案",
    "本规划的",
    "本规划",
    "园区",
    "核算",
    "的",
];
const DECLARE_CONNECTORS: &[&str] = &[
    "选定为",
    "确定为",
    "设定为",
    "定为",
    "选为",
    "设为",
    "选取",
    "选定",
    "确定",
    "为",
    "是",
    ":",
    "(",
    "取",
];

pub(super) fn declarations(s: &str, mentions: &[YearMention]) -> Vec<Declaration> {
    let mut out = Vec::new();
    for m in mentions {
        if m.form != YearForm::Year || m.in_title {
            continue;
        }
        if let Some(d) = declared_after(s, m).or_else(|| declared_before(s, m)) {
            out.push(d);
        }
    }
    out
}

/// `以2020年为基准年`, `选取2020年作为本方案基准年`.
fn declared_after(s: &str, m: &YearMention) -> Option<Declaration> {
    let start = skip_spaces_back(s, m.span.start, 1);
    let with_yi = s.get(..start).is_some_and(|h| h.ends_with('以'));
    let at = skip_spaces(s, m.span.end, 1);
    let verb = starts_with_any(s, at, DECLARE_VERBS)?;
    let mut at = at + verb.len();
    if let Some(filler) = starts_with_any(s, at, DECLARE_FILLERS) {
        at += filler.len();
    }
    let word = match starts_with_any(s, at, BASE_WORDS) {
        Some(w) => w,
        None if with_yi && s.get(at..).is_some_and(|r| r.starts_with("基准")) => "基准",
        None => return None,
    };
    let span_start = if with_yi {
        start - '以'.len_utf8()
    } else {
        m.span.start
    };
    Some(Declaration {
        year: m.first,
        span: span_start..at + word.len(),
        year_span: m.span.clone(),
    })
}

/// `基准年为2020年`, `基期（2020年）`, `基准年：2020年`.
fn declared_before(s: &str, m: &YearMention) -> Option<Declaration> {
    let mut at = skip_spaces_back(s, m.span.start, 1);
    if let Some(c) = DECLARE_CONNECTORS
        .iter()
        .find(|c| s.get(..at).is_some_and(|h| h.ends_with(*c)))
    {
        at = skip_spaces_back(s, at - c.len(), 1);
    }
    let word = BASE_WORDS
        .iter()
        .find(|w| s.get(..at).is_some_and(|h| h.ends_with(*w)))?;
    let mut end = m.span.end;
    if char_at(s, end) == Some(')') {
        end += 1;
    }
    Some(Declaration {
        year: m.first,
        span: at - word.len()..end,
        year_span: m.span.clone(),
    })
}

/// 基准年 / 基期 outside declarations, as mentions of the declared year.
pub(super) fn base_references(
    s: &str,
    declarations: &[Declaration],
    year: u16,
    declared_at: Range<usize>,
) -> Vec<YearMention> {
    let titles = title_ranges(s);
    let mut declared: Vec<Range<usize>> = declarations.iter().map(|d| d.span.clone()).collect();
    declared.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(declared.len());
    for r in declared {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let Some(word) = starts_with_any(s, i, BASE_WORDS) else {
            i += c.len_utf8();
            continue;
        };
        let span = i..i + word.len();
        i = span.end;
        if in_ranges(&merged, span.start) {
            continue;
        }
        let form = YearForm::BaseYear {
            declared_at: declared_at.clone(),
        };
        let mut m = mention(year, year, form, span.clone());
        m.relation = relation(s, span.start, span.end);
        m.in_title = in_ranges(&titles, span.start);
        let from = clause_start(s, span.start, 16);
        m.hedge = qualifier::hedge_in(s, from, span.start).map(|(kind, span)| Hedge { kind, span });
        out.push(m);
    }
    out
}
