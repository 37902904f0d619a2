//! Calendar years, dates, ranges and five-year plans, and the words that relate a year to
//! its sentence (到, 前, 较, 以来).

use super::{mention, PlanPart, YearForm, YearMention, YearRelation};
use crate::extract::quantity::text::{
    char_at, char_before, skip_spaces, skip_spaces_back, starts_with_any, Source,
};

const YEAR_MIN: u16 = 1900;
const YEAR_MAX: u16 = 2100;
const RANGE_CONNECTORS: &[&str] = &["——", "—", "–", "-", "~", "〜", "至", "到"];
const LIST_SEPARATORS: &[&str] = &["、", ",", "和", "及", "与"];

/// End of the run of real digits starting at `pos`.
fn digits_end(src: &Source, pos: usize) -> usize {
    let mut end = pos;
    while src.is_digit_at(end) {
        end += 1;
    }
    end
}

/// A four-digit year-like number at `pos`, with its end.
fn year_number(src: &Source, pos: usize) -> Option<(u16, usize)> {
    let end = digits_end(src, pos);
    if end != pos + 4 {
        return None;
    }
    let value: u16 = src.text().get(pos..end)?.parse().ok()?;
    (YEAR_MIN..=YEAR_MAX)
        .contains(&value)
        .then_some((value, end))
}

fn after_nian(s: &str, pos: usize) -> Option<usize> {
    let p = skip_spaces(s, pos, 1);
    s.get(p..)?.starts_with('年').then_some(p + '年'.len_utf8())
}

/// Years written in Arabic digits at `pos`: one year, a date, a range, a list sharing
/// one 年, or a document number.
pub(super) fn arabic(src: &Source, pos: usize) -> Option<(Vec<YearMention>, usize)> {
    let s = src.text();
    if char_before(s, pos).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/')) {
        return None;
    }
    let (year, end) = year_number(src, pos)?;
    if let Some(doc) = document_number(s, pos, end, year) {
        return Some((vec![doc], end));
    }
    let nian = after_nian(s, end);
    // A range: 2021—2025年, 2021年至2025年.
    let after_first = nian.unwrap_or(end);
    let conn_at = skip_spaces(s, after_first, 1);
    if let Some(conn) = starts_with_any(s, conn_at, RANGE_CONNECTORS) {
        let second_at = skip_spaces(s, conn_at + conn.len(), 1);
        if let Some((second, second_end)) = year_number(src, second_at) {
            let second_nian = after_nian(s, second_end);
            if (nian.is_some() || second_nian.is_some()) && second > year && second - year <= 100 {
                let span_end = second_nian.unwrap_or(second_end);
                let mut m = mention(year, second, YearForm::Range, pos..span_end);
                m.relation = relation(s, pos, span_end);
                return Some((vec![m], span_end));
            }
        }
    }
    if let Some(nian_end) = nian {
        let mut m = mention(year, year, YearForm::Year, pos..nian_end);
        let end = date_tail(src, nian_end, &mut m);
        m.span.end = end;
        m.relation = relation(s, pos, end);
        return Some((vec![m], end));
    }
    // A list sharing one 年: 2025、2030年.
    let mut items = vec![(year, pos..end)];
    let mut at = end;
    while items.len() < 8 {
        let sep_at = skip_spaces(s, at, 1);
        let sep = starts_with_any(s, sep_at, LIST_SEPARATORS)?;
        let next_at = skip_spaces(s, sep_at + sep.len(), 1);
        let (next, next_end) = year_number(src, next_at)?;
        items.push((next, next_at..next_end));
        at = next_end;
        if let Some(nian_end) = after_nian(s, next_end) {
            let count = items.len();
            let mentions = items
                .into_iter()
                .enumerate()
                .map(|(k, (y, span))| {
                    let span = if k + 1 == count {
                        span.start..nian_end
                    } else {
                        span
                    };
                    let mut m = mention(y, y, YearForm::Year, span.clone());
                    m.relation = relation(s, span.start, span.end);
                    m
                })
                .collect();
            return Some((mentions, nian_end));
        }
    }
    None
}

/// `〔2021〕23号`, `[2021]`, `【2021】`: the year of a document number.
fn document_number(s: &str, pos: usize, end: usize, year: u16) -> Option<YearMention> {
    let open = char_before(s, pos)?;
    let close = char_at(s, end)?;
    let paired = matches!((open, close), ('〔', '〕') | ('[', ']') | ('【', '】'));
    let numbered = {
        let rest = s.get(end + close.len_utf8()..).unwrap_or("");
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest.get(digits..).is_some_and(|r| r.starts_with('号'))
    };
    let is_doc = (open == '〔' && close == '〕') || (paired && numbered);
    is_doc.then(|| {
        let mut m = mention(year, year, YearForm::DocumentNumber, pos..end);
        m.in_title = true;
        m
    })
}

/// Month and day after `年` at `pos`; returns the end of the date.
fn date_tail(src: &Source, pos: usize, m: &mut YearMention) -> usize {
    let Some((month, month_end)) = small_number(src, pos, 12, &["月"]) else {
        return pos;
    };
    m.month = Some(month);
    match small_number(src, month_end, 31, &["日", "号"]) {
        Some((day, day_end)) => {
            m.day = Some(day);
            day_end
        }
        None => month_end,
    }
}

/// A one- or two-digit number from 1 to `max` followed by one of `units`.
fn small_number(src: &Source, pos: usize, max: u8, units: &[&str]) -> Option<(u8, usize)> {
    let end = digits_end(src, pos);
    if end == pos || end > pos + 2 {
        return None;
    }
    let value: u8 = src.text().get(pos..end)?.parse().ok()?;
    if value == 0 || value > max {
        return None;
    }
    let unit = starts_with_any(src.text(), end, units)?;
    Some((value, end + unit.len()))
}

pub(super) fn chinese_digit(c: char) -> Option<u16> {
    crate::document::numerals::chinese_digit(c).and_then(|d| u16::try_from(d).ok())
}

/// `二〇三〇年`: four Chinese digits and 年.
pub(super) fn chinese(s: &str, pos: usize) -> Option<YearMention> {
    if char_before(s, pos).is_some_and(|c| chinese_digit(c).is_some() || c == '十') {
        return None;
    }
    let mut year: u16 = 0;
    let mut end = pos;
    for c in s.get(pos..)?.chars().take(4) {
        year = year * 10 + chinese_digit(c)?;
        end += c.len_utf8();
    }
    let first = char_at(s, pos)?;
    if matches!(first, 'O' | 'o') || !(YEAR_MIN..=YEAR_MAX).contains(&year) {
        return None;
    }
    let nian_end = after_nian(s, end)?;
    let mut m = mention(year, year, YearForm::Year, pos..nian_end);
    m.relation = relation(s, pos, nian_end);
    Some(m)
}

const OPEN_QUOTES: &[&str] = &["“", "\"", "‘", "'", "「", "『"];
const CLOSE_QUOTES: &[&str] = &["”", "\"", "’", "'", "」", "』"];

/// `“十四五”期间`, `十四五末`, `十五五`.
pub(super) fn plan(s: &str, pos: usize) -> Option<YearMention> {
    let open = starts_with_any(s, pos, OPEN_QUOTES).map_or(0, str::len);
    let at = pos + open;
    let mut chars = s.get(at..)?.chars();
    if chars.next()? != '十' {
        return None;
    }
    let number = match chars.next()? {
        '一' => 11,
        '二' => 12,
        '三' => 13,
        '四' => 14,
        '五' => 15,
        '六' => 16,
        _ => return None,
    };
    if chars.next()? != '五' {
        return None;
    }
    if open == 0 && char_before(s, pos).is_some_and(|c| chinese_digit(c).is_some() || c == '第') {
        return None;
    }
    let core_end = at + '十'.len_utf8() * 3;
    let close_end = core_end + starts_with_any(s, core_end, CLOSE_QUOTES).map_or(0, str::len);
    let first = 2021 + 5 * (u16::from(number)) - 5 * 14;
    let last = first + 4;
    const PARTS: &[(&str, PlanPart)] = &[
        ("末期", PlanPart::End),
        ("期末", PlanPart::End),
        ("末", PlanPart::End),
        ("中期", PlanPart::During),
        ("初期", PlanPart::Start),
        ("初", PlanPart::Start),
        ("期间", PlanPart::During),
        ("时期", PlanPart::During),
    ];
    let part = PARTS
        .iter()
        .find(|(w, _)| s.get(close_end..).is_some_and(|r| r.starts_with(w)));
    let (part, end) = match part {
        Some((w, p)) => (*p, close_end + w.len()),
        None => (PlanPart::Whole, close_end),
    };
    let (first, last) = match part {
        PlanPart::End => (last, last),
        PlanPart::Start => (first, first),
        PlanPart::Whole | PlanPart::During => (first, last),
    };
    let mut m = mention(first, last, YearForm::Plan { number, part }, pos..end);
    m.relation = relation(s, pos, end);
    Some(m)
}

const PREFIX_RELATIONS: &[(&str, YearRelation)] = &[
    ("截止到", YearRelation::AsOf),
    ("截至", YearRelation::AsOf),
    ("截止", YearRelation::AsOf),
    ("相较于", YearRelation::Comparison),
    ("相比于", YearRelation::Comparison),
    ("相对于", YearRelation::Comparison),
    ("相较", YearRelation::Comparison),
    ("相比", YearRelation::Comparison),
    ("较之", YearRelation::Comparison),
    ("较", YearRelation::Comparison),
    ("比", YearRelation::Comparison),
    ("直至", YearRelation::By),
    ("到", YearRelation::By),
    ("至", YearRelation::By),
    ("自从", YearRelation::Since),
    ("自", YearRelation::Since),
    ("从", YearRelation::Since),
];

const SUFFIX_RELATIONS: &[(&str, YearRelation)] = &[
    ("底以前", YearRelation::By),
    ("底之前", YearRelation::By),
    ("底前", YearRelation::By),
    ("末前", YearRelation::By),
    ("前后", YearRelation::Around),
    ("左右", YearRelation::Around),
    ("以前", YearRelation::Before),
    ("之前", YearRelation::Before),
    ("前", YearRelation::Before),
    ("以来", YearRelation::Since),
    ("起", YearRelation::From),
    ("开始", YearRelation::From),
    ("以后", YearRelation::After),
    ("之后", YearRelation::After),
    ("后", YearRelation::After),
    ("相比", YearRelation::Comparison),
    ("可比价", YearRelation::PriceBasis),
    ("不变价", YearRelation::PriceBasis),
    ("价", YearRelation::PriceBasis),
];

/// What the words around `s[start..end]` make of the year. A comparison word before
/// wins (较2020年前…); otherwise the word after (到2030年前 is “before”).
pub(super) fn relation(s: &str, start: usize, end: usize) -> Option<YearRelation> {
    // Up to 8 spaces: a Chinese-numeral year rewritten in ASCII digits keeps its width.
    let before_at = skip_spaces_back(s, start, 8);
    let before_at = OPEN_QUOTES
        .iter()
        .find(|q| s.get(..before_at).is_some_and(|h| h.ends_with(*q)))
        .map_or(before_at, |q| before_at - q.len());
    // `占比2025年达到10%`: the 比 of 占比 compares nothing.
    let prefix = PREFIX_RELATIONS
        .iter()
        .find(|(w, _)| s.get(..before_at).is_some_and(|h| h.ends_with(w)))
        .filter(|(w, _)| !(*w == "比" && s.get(..before_at).is_some_and(|h| h.ends_with("占比"))))
        .map(|(_, r)| *r);
    if prefix == Some(YearRelation::Comparison) {
        return prefix;
    }
    let after = skip_spaces(s, end, 1);
    // `由2020年的6.5%提高到12%`, `从2015年的…下降到…`: the starting value of a change, its
    // base, as `比2020年` is.
    let starts_change = ["由", "从"]
        .iter()
        .any(|w| s.get(..before_at).is_some_and(|h| h.ends_with(w)));
    if starts_change && s.get(after..).is_some_and(|r| r.starts_with('的')) {
        return Some(YearRelation::Comparison);
    }
    let after = CLOSE_QUOTES
        .iter()
        .find(|q| s.get(after..).is_some_and(|r| r.starts_with(*q)))
        .map_or(after, |q| after + q.len());
    let suffix = SUFFIX_RELATIONS
        .iter()
        .find(|(w, _)| s.get(after..).is_some_and(|r| r.starts_with(w)))
        .filter(|(w, _)| {
            // 2023年前三季度, 2030年后续: not a deadline.
            let next = char_at(s, after + w.len());
            !(matches!(*w, "前" | "后")
                && next.is_some_and(|c| {
                    c.is_ascii_digit()
                        || chinese_digit(c).is_some()
                        || matches!(c, '十' | '两' | '续' | '期')
                }))
        })
        .map(|(_, r)| *r);
    match (prefix, suffix) {
        (Some(YearRelation::Since), Some(YearRelation::From)) => suffix,
        (_, Some(_)) => suffix,
        (p, None) => p,
    }
}
