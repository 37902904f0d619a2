//! The number scanner: finds each number in the normalised text, decides whether it is a
//! quantity (not a year, a date, a clause number, a standard's number or a telephone
//! number) and reads what follows it: multiplier, unit or percent sign, range, qualifiers.
//! One pass, bounded look-around at each number: linear in the text.

use std::ops::Range;

use crate::extract::years;

use super::number::{arabic_number, chinese_number, exponent, is_chinese_numeral, Number};
use super::qualifier::{self, Bound, HedgeKind};
use super::skip::{code_end, is_reference};
use super::text::{
    char_at, char_before, clause_start, in_ranges, skip_spaces, starts_with_any, title_ranges,
    Source,
};
use super::units::UnitMatcher;
use super::PercentKind;

/// A quantity before its bare unit is resolved and its spans are mapped back.
#[derive(Debug, Clone)]
pub(crate) struct RawQuantity {
    pub value: f64,
    pub upper: Option<f64>,
    pub decimals: u8,
    pub multiplier: f64,
    pub percent: Option<PercentKind>,
    /// Family index, unit index and normalised span of the unit.
    pub unit: Option<(usize, usize, Range<usize>)>,
    pub qualifier: Option<(Bound, Range<usize>)>,
    pub hedge: Option<(HedgeKind, Range<usize>)>,
    pub span: Range<usize>,
}

const RANGE_CONNECTORS: &[&str] = &["——", "—", "–", "~", "〜", "-", "至", "到"];
const MULTIPLIERS: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("千万", 1e7),
    ("百万", 1e6),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
];
/// Time words after a number: a date part or a duration, not a quantity.
const TIME_WORDS: &[&str] = &[
    "年", "个月", "月", "日", "号", "时", "小时", "分钟", "天", "周岁", "岁",
];
/// Characters after 成 that make it a verb or a noun, not 三成 “30%”.
const NOT_TENTHS: &[char] = &[
    '为', '员', '本', '果', '效', '功', '立', '长', '熟', '型', '品', '交', '都', '绩', '就', '套',
    '片', '规',
];

/// What follows a number.
#[derive(Debug, Clone, Default)]
struct Tail {
    end: usize,
    multiplier: Option<f64>,
    percent: Option<PercentKind>,
    unit: Option<(usize, usize, Range<usize>)>,
    /// 多 / 余 between the number and its unit.
    more: Option<Range<usize>>,
}

impl Tail {
    fn has_measure(&self) -> bool {
        self.percent.is_some() || self.unit.is_some()
    }
}

pub(crate) struct Scanner<'a, 'p> {
    src: &'a Source<'a>,
    s: &'a str,
    units: &'a UnitMatcher<'p>,
    /// Years, dates and cited titles: no quantity starts inside them.
    skip: Vec<Range<usize>>,
}

impl<'a, 'p> Scanner<'a, 'p> {
    pub(crate) fn new(src: &'a Source<'a>, units: &'a UnitMatcher<'p>) -> Self {
        let s = src.text();
        let mut skip: Vec<Range<usize>> = years::scan(src).into_iter().map(|m| m.span).collect();
        skip.extend(title_ranges(s));
        skip.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(skip.len());
        for r in skip {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Scanner {
            src,
            s,
            units,
            skip: merged,
        }
    }

    /// Every quantity, in order; none in a text without a digit or a Chinese numeral
    /// (see [`may_hold_numbers`]).
    pub(crate) fn scan(&self) -> Vec<RawQuantity> {
        let s = self.s;
        let mut out: Vec<RawQuantity> = Vec::new();
        let mut i = 0;
        while let Some(c) = char_at(s, i) {
            if in_ranges(&self.skip, i) {
                let at = self.skip.partition_point(|r| r.end <= i);
                i = self
                    .skip
                    .get(at)
                    .map_or(i + c.len_utf8(), |r| r.end.max(i + 1));
                while i < s.len() && !s.is_char_boundary(i) {
                    i += 1;
                }
                continue;
            }
            let last_end = out.last().map_or(0, |q| q.span.end);
            let step = if s.get(i..).is_some_and(|r| r.starts_with("百分之")) {
                self.percent_words(i, last_end)
            } else if self.src.is_digit_at(i) {
                self.arabic_at(i, last_end)
            } else if is_chinese_numeral(c) {
                self.chinese_at(i, last_end)
            } else {
                Step::Next
            };
            match step {
                Step::Found(q) => {
                    i = q.span.end.max(i + 1);
                    out.push(q);
                }
                Step::SkipTo(end) => i = end.max(i + 1),
                Step::Next => i += c.len_utf8(),
            }
            while i < s.len() && !s.is_char_boundary(i) {
                i += 1;
            }
        }
        out
    }

    /// A number in Arabic digits at `i`.
    fn arabic_at(&self, i: usize, last_end: usize) -> Step {
        let s = self.s;
        let Some(number) = arabic_number(self.src, i) else {
            return Step::SkipTo(code_end(self.src, i));
        };
        if let Some(skip_end) = is_reference(self.src, &number) {
            return Step::SkipTo(skip_end);
        }
        let mut tail = self.tail(number.end);
        if !tail.has_measure() && tail.multiplier.is_none() {
            if number.id_like || self.is_hyphen_code(&number) {
                return Step::SkipTo(code_end(self.src, number.end));
            }
            // A date part or a duration (6月, 30日, 5年), or an identifier (5G, 3D).
            let at = skip_spaces(s, number.end, 1);
            let glued_letter = char_at(s, number.end).is_some_and(|c| c.is_ascii_alphabetic())
                || (char_at(s, number.end) == Some('+')
                    && char_at(s, number.end + 1).is_some_and(|c| c.is_ascii_alphabetic()));
            if starts_with_any(s, at, TIME_WORDS).is_some() || glued_letter {
                return Step::SkipTo(number.end);
            }
        }
        if tail.unit.is_none() && tail.percent.is_none() {
            self.tenths(&number, &mut tail);
        }
        Step::Found(self.finish(number, tail, None, last_end))
    }

    /// `205-1` with no unit on either side: a form or item code, not a range.
    fn is_hyphen_code(&self, number: &Number) -> bool {
        let s = self.s;
        if char_at(s, number.end) != Some('-') {
            return false;
        }
        let Some(second) = arabic_number(self.src, number.end + 1) else {
            return false;
        };
        let tail = self.tail(second.end);
        !tail.has_measure() && tail.multiplier.is_none()
    }

    /// A number in Chinese numerals at `i`: a quantity only with a unit, a percent sign,
    /// 个百分点 or 成 (so 一是, 统一 and 第一章 are never numbers).
    fn chinese_at(&self, i: usize, last_end: usize) -> Step {
        let s = self.s;
        if char_before(s, i).is_some_and(|c| is_chinese_numeral(c) || c == '第' || c == '点') {
            return Step::Next;
        }
        let Some(number) = chinese_number(self.src, self.units, i) else {
            return Step::Next;
        };
        let mut tail = self.tail(number.end);
        if tail.unit.is_none() && tail.percent.is_none() {
            self.tenths(&number, &mut tail);
        }
        // 一度 is “once”, not one kWh.
        let written_du = tail
            .unit
            .as_ref()
            .is_some_and(|(_, _, span)| s.get(span.clone()) == Some("度"));
        if !tail.has_measure() || written_du {
            return Step::SkipTo(number.end);
        }
        Step::Found(self.finish(number, tail, None, last_end))
    }

    /// 百分之二十, 百分之12.5.
    fn percent_words(&self, i: usize, last_end: usize) -> Step {
        let at = i + "百分之".len();
        let number = if self.src.is_digit_at(at) {
            arabic_number(self.src, at)
        } else {
            chinese_number(self.src, self.units, at)
        };
        let Some(number) = number else {
            return Step::SkipTo(at);
        };
        let unit = self.units.find("%").map(|(f, u)| (f, u, i..at));
        let tail = Tail {
            end: number.end,
            percent: Some(PercentKind::Percent),
            unit,
            ..Tail::default()
        };
        Step::Found(self.finish(number, tail, Some(i), last_end))
    }

    /// 三成 = 30%: a tenth written with 成.
    fn tenths(&self, number: &Number, tail: &mut Tail) {
        if tail.multiplier.is_some() || number.decimals > 0 || !(1.0..=10.0).contains(&number.value)
        {
            return;
        }
        let at = tail.end;
        if char_at(self.s, at) != Some('成') {
            return;
        }
        let end = at + '成'.len_utf8();
        if char_at(self.s, end).is_some_and(|c| NOT_TENTHS.contains(&c))
            || self.s.get(end..).is_some_and(|r| r.starts_with("不变"))
        {
            return;
        }
        tail.multiplier = Some(10.0);
        tail.percent = Some(PercentKind::Percent);
        tail.unit = self.units.find("%").map(|(f, u)| (f, u, at..end));
        tail.end = end;
    }

    /// Builds the quantity: sign, prefix qualifier, range, suffix qualifier, hedge.
    fn finish(
        &self,
        number: Number,
        tail: Tail,
        prefix_start: Option<usize>,
        last_end: usize,
    ) -> RawQuantity {
        let s = self.s;
        let mut start = prefix_start.unwrap_or(number.start);
        let mut value = number.value;
        if prefix_start.is_none() {
            if let Some(sign) = char_before(s, start).filter(|c| matches!(c, '-' | '+' | '−')) {
                let before = char_before(s, start - sign.len_utf8());
                if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == ')') {
                    start -= sign.len_utf8();
                    if sign != '+' {
                        value = -value;
                    }
                }
            }
        }
        let mut q = RawQuantity {
            value,
            upper: None,
            decimals: number.decimals,
            multiplier: tail.multiplier.unwrap_or(1.0),
            percent: tail.percent,
            unit: tail.unit.clone(),
            qualifier: None,
            hedge: None,
            span: start..tail.end,
        };
        if let Some(span) = tail.more.clone() {
            q.qualifier = Some((Bound::MoreThan, span));
        }
        self.range(&number, &tail, &mut q);
        if let Some((bound, span)) = qualifier::prefix_at(s, start) {
            q.qualifier = Some((bound, span));
        }
        if let Some((bound, span)) = qualifier::suffix_at(s, q.span.end) {
            q.qualifier = Some((bound, span));
        }
        let from = clause_start(s, start, 24).max(last_end);
        q.hedge = qualifier::hedge_in(s, from, start);
        q
    }

    /// 15%—18%, 15~18%, 15%至18%, 10—15万千瓦: the upper end of a range.
    fn range(&self, first: &Number, tail: &Tail, q: &mut RawQuantity) {
        let s = self.s;
        let at = skip_spaces(s, tail.end, 1);
        let Some(conn) = starts_with_any(s, at, RANGE_CONNECTORS) else {
            return;
        };
        let second_at = skip_spaces(s, at + conn.len(), 1);
        if in_ranges(&self.skip, second_at) {
            return;
        }
        let second = if first.chinese {
            chinese_number(self.src, self.units, second_at)
        } else if self.src.is_digit_at(second_at) {
            arabic_number(self.src, second_at)
        } else {
            None
        };
        let Some(second) = second else { return };
        if second.id_like || is_reference(self.src, &second).is_some() {
            return;
        }
        let second_tail = self.tail(second.end);
        let same_unit = |a: &Option<(usize, usize, Range<usize>)>,
                         b: &Option<(usize, usize, Range<usize>)>| match (
            a, b,
        ) {
            (Some(a), Some(b)) => (a.0, a.1) == (b.0, b.1),
            _ => false,
        };
        let compatible = match (tail.has_measure(), second_tail.has_measure()) {
            (false, _) => tail.multiplier.is_none() || tail.multiplier == second_tail.multiplier,
            (true, true) => {
                tail.percent == second_tail.percent
                    && (tail.unit.is_none() || same_unit(&tail.unit, &second_tail.unit))
            }
            (true, false) => false,
        };
        let scale = |t: &Tail| t.multiplier.unwrap_or(1.0);
        if !compatible || second.value * scale(&second_tail) < first.value * scale(tail) {
            return;
        }
        q.upper = Some(second.value);
        q.decimals = q.decimals.max(second.decimals);
        q.multiplier = scale(&second_tail);
        q.percent = second_tail.percent;
        q.unit = second_tail.unit.clone();
        q.span.end = second_tail.end;
        if let Some(span) = second_tail.more.clone() {
            q.qualifier = Some((Bound::MoreThan, span));
        }
    }

    /// What follows a number: 多/余, ×10⁴, %, 个百分点, a multiplier, a unit, `/年`.
    fn tail(&self, end: usize) -> Tail {
        let s = self.s;
        let mut tail = Tail {
            end,
            ..Tail::default()
        };
        let mut at = end;
        if let Some(c) = char_at(s, at).filter(|c| matches!(c, '多' | '余')) {
            tail.more = Some(at..at + c.len_utf8());
            at += c.len_utf8();
        }
        if let Some((factor, exp_end)) = exponent(self.src, at) {
            tail.multiplier = Some(factor);
            at = exp_end;
            tail.end = at;
        }
        let unit_at = skip_spaces(s, at, 2);
        if s.get(unit_at..).is_some_and(|r| r.starts_with('%')) {
            tail.percent = Some(PercentKind::Percent);
            tail.unit = self
                .units
                .find("%")
                .map(|(f, u)| (f, u, unit_at..unit_at + 1));
            tail.end = unit_at + 1;
            return tail;
        }
        if let Some(found) = self.unit_at(unit_at) {
            self.set_unit(&mut tail, found);
            return tail;
        }
        if tail.multiplier.is_none() {
            let mult_at = skip_spaces(s, at, 1);
            if let Some((word, factor)) = MULTIPLIERS
                .iter()
                .find(|(w, _)| s.get(mult_at..).is_some_and(|r| r.starts_with(w)))
            {
                let mut after = mult_at + word.len();
                if let Some(c) = char_at(s, after).filter(|c| matches!(c, '多' | '余')) {
                    if tail.more.is_none() && self.unit_at(after + c.len_utf8()).is_some() {
                        tail.more = Some(after..after + c.len_utf8());
                        after += c.len_utf8();
                    }
                }
                let unit_at = skip_spaces(s, after, 1);
                if let Some(found) = self.unit_at(unit_at) {
                    tail.multiplier = Some(*factor);
                    self.set_unit(&mut tail, found);
                    return tail;
                }
                // 3.2亿 on its own is a number; 5千 is not (5千米 is no multiple of 千).
                if *word != "千" {
                    tail.multiplier = Some(*factor);
                    tail.end = after;
                    return tail;
                }
            }
        }
        if tail.more.is_some() {
            tail.end = at;
        }
        tail
    }

    /// A unit at `at` that is not the start of a compound unit the pack lacks (元/吨):
    /// `(family, unit, span, end including /年)`.
    fn unit_at(&self, at: usize) -> Option<(usize, usize, Range<usize>, usize)> {
        let (spelling, end) = self.units.at(self.s, at)?;
        let mut full_end = end;
        if self.s.get(end..).is_some_and(|r| r.starts_with('/')) {
            if self.s.get(end..).is_some_and(|r| r.starts_with("/年")) {
                full_end = end + "/年".len();
            } else {
                return None;
            }
        }
        Some((spelling.family, spelling.unit, at..end, full_end))
    }

    fn set_unit(
        &self,
        tail: &mut Tail,
        (family, unit, span, end): (usize, usize, Range<usize>, usize),
    ) {
        let canonical = self.units.family(family).map(|f| f.canonical.as_str());
        let symbol = self.units.unit(family, unit).map(|u| u.symbol.as_str());
        if canonical == Some("%") {
            tail.percent = Some(PercentKind::Percent);
        } else if symbol.is_some_and(|s| s.contains("百分点"))
            || canonical.is_some_and(|c| c.contains("百分点"))
        {
            tail.percent = Some(PercentKind::Points);
        }
        tail.unit = Some((family, unit, span));
        tail.end = end;
    }
}

enum Step {
    Found(RawQuantity),
    SkipTo(usize),
    Next,
}

/// Whether normalised text `s` has anything [`Scanner::scan`] starts a number at: an ASCII
/// digit or a Chinese numeral (百分之 starts with one). A sentence without any holds no
/// quantity, and the scanner's set-up (year and title spans) can be skipped.
pub(crate) fn may_hold_numbers(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || is_chinese_numeral(c))
}
