//! Numbers that are not quantities: references (第3章, 表3-1), standard numbers
//! (GB/T 32150-2015), codes glued to letters (CO2, PM2.5), list markers, telephone numbers
//! and dates written with digits.

use super::number::Number;
use super::text::{char_at, char_before, skip_spaces_back, starts_with_any, Source};

/// Words right before a number that make it a reference, not a quantity (第3章, 表3-1).
const REFERENCE_WORDS: &[&str] = &[
    "第", "表", "图", "附件", "附录", "附表", "附图", "式", "编号", "代码",
];
/// Words shortly before a number that make it a telephone number or a code.
const CONTACT_WORDS: &[&str] = &[
    "电话",
    "传真",
    "手机",
    "热线",
    "邮编",
    "邮政编码",
    "联系方式",
    "Tel",
    "TEL",
    "tel",
    "QQ",
    "统一社会信用代码",
];
/// Standard prefixes written with a space before the number (ISO 14064, GB 50189).
const STANDARD_PREFIXES: &[&str] = &[
    "GB", "GBZ", "HJ", "ISO", "IPCC", "IEC", "JJF", "JJG", "JGJ", "CJJ", "DL", "NB", "SH", "HG",
    "YB", "JB", "QB", "JC",
];

/// When the number at `n` is a reference or a code (第3章, 表3-1, GB/T 32150-2015,
/// CO2, a list marker, a telephone number): where to skip to.
pub(super) fn is_reference(src: &Source, n: &Number) -> Option<usize> {
    let s = src.text();
    let before = skip_spaces_back(s, n.start, 1);
    let tight = before == n.start;
    let prev = char_before(s, before);
    // CO2, PM2.5, H2, V2.0: a digit glued to a letter.
    if tight && prev.is_some_and(|c| c.is_ascii_alphabetic()) {
        return Some(code_end(src, n.end));
    }
    // GB/T 32150-2015, ISO 14064-1, DB33/T 2300.
    if !tight {
        let word: String = s
            .get(..before)
            .unwrap_or("")
            .chars()
            .rev()
            .take(16)
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if word.contains('/') || STANDARD_PREFIXES.contains(&word.as_str()) {
            return Some(code_end(src, n.end));
        }
    }
    if tight && s.get(..before).is_some_and(|h| h.ends_with('/')) && prev == Some('/') {
        return Some(code_end(src, n.end));
    }
    if REFERENCE_WORDS
        .iter()
        .any(|w| s.get(..before).is_some_and(|h| h.ends_with(w)))
    {
        return Some(code_end(src, n.end));
    }
    let window_start = s
        .get(..n.start)
        .map_or(0, |h| h.char_indices().rev().nth(12).map_or(0, |(k, _)| k));
    if s.get(window_start..n.start)
        .is_some_and(|w| CONTACT_WORDS.iter().any(|c| w.contains(c)))
    {
        return Some(code_end(src, n.end));
    }
    // 11-digit mobile numbers.
    if n.decimals == 0
        && n.end - n.start == 11
        && s.get(n.start..).is_some_and(|r| r.starts_with('1'))
    {
        return Some(code_end(src, n.end));
    }
    // (1) and （1） enumerations, 1. and 1、 at the start of a line.
    let next = char_at(s, n.end);
    if prev == Some('(') && next == Some(')') && n.decimals == 0 {
        return Some(n.end + 1);
    }
    if matches!(next, Some('.' | '、' | ')')) && n.decimals == 0 && at_line_start(s, before) {
        return Some(n.end + next.map_or(0, char::len_utf8));
    }
    // 2023-06-30, 2023.6.30, 2023/6/30: a date written with digits.
    if (1900.0..=2100.0).contains(&n.value)
        && n.decimals == 0
        && n.end - n.start == 4
        && matches!(next, Some('-' | '/'))
        && src.is_digit_at(n.end + 1)
    {
        return Some(code_end(src, n.end));
    }
    None
}

/// Whether only markup lies between the line start and `pos`.
fn at_line_start(s: &str, pos: usize) -> bool {
    let head = s.get(..pos).unwrap_or("");
    head.chars()
        .rev()
        .take_while(|c| *c != '\n' && *c != '\r')
        .all(|c| matches!(c, ' ' | '\t' | '*' | '#' | '>' | '|' | '-' | '(' | '_'))
}

/// The end of a code continuing at `pos`: `-2015`, `.1`, `:2018`, `-88888888`.
pub(super) fn code_end(src: &Source, mut pos: usize) -> usize {
    let s = src.text();
    loop {
        while src.is_digit_at(pos) || s.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) {
            pos += 1;
        }
        let sep = starts_with_any(s, pos, &["-", "—", "–", ".", ":", "/"]);
        match sep {
            Some(sep)
                if s.as_bytes()
                    .get(pos + sep.len())
                    .is_some_and(u8::is_ascii_digit) =>
            {
                pos += sep.len()
            }
            _ => return pos,
        }
    }
}
