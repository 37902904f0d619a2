//! Numbers as printed: Arabic digits (thousands separators, decimals, ×10⁴) and Chinese
//! numerals (十二, 一百二十, 三点五).

use crate::document::numerals::parse_chinese;

use super::text::{char_before, skip_spaces, starts_with_any, Source};
use super::units::UnitMatcher;

/// Digits beyond this are not a quantity (and would only slow f64 parsing down).
const MAX_DIGITS: usize = 30;

/// A number as printed.
#[derive(Debug, Clone)]
pub(super) struct Number {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
    pub(super) decimals: u8,
    pub(super) chinese: bool,
    /// An integer written with a leading zero (0571), or with eight digits or more and no
    /// separator: an identifier unless a unit follows.
    pub(super) id_like: bool,
}

/// `×10⁴`, `×10^4`: a power of ten after the number.
pub(super) fn exponent(src: &Source, at: usize) -> Option<(f64, usize)> {
    let s = src.text();
    let times = starts_with_any(s, at, &["×", "x", "X", "*"])?;
    let mut p = skip_spaces(s, at + times.len(), 1);
    if s.get(p..)?.starts_with("10") && src.is_digit_at(p) {
        p += 2;
    } else {
        return None;
    }
    let mut exp: i32 = 0;
    let mut digits = 0;
    if s.get(p..)?.starts_with('^') {
        p += 1;
        while src.is_digit_at(p) && digits < 2 {
            exp = exp * 10 + i32::from(s.as_bytes().get(p).copied().unwrap_or(b'0') - b'0');
            p += 1;
            digits += 1;
        }
    } else {
        while s.as_bytes().get(p).is_some_and(u8::is_ascii_digit)
            && src.is_superscript_at(p)
            && digits < 2
        {
            exp = exp * 10 + i32::from(s.as_bytes().get(p).copied().unwrap_or(b'0') - b'0');
            p += 1;
            digits += 1;
        }
    }
    (digits > 0).then(|| (10f64.powi(exp), p))
}

/// The number in Arabic digits at `i`: thousands separators, decimals. `None` for a
/// section number (3.2.1), a digit run too long to be a quantity, or an unreadable one.
pub(super) fn arabic_number(src: &Source, i: usize) -> Option<Number> {
    let s = src.text();
    let mut digits = String::new();
    let mut j = i;
    while src.is_digit_at(j) {
        digits.push(char::from(*s.as_bytes().get(j)?));
        j += 1;
        if digits.len() > MAX_DIGITS {
            return None;
        }
    }
    let int_len = digits.len();
    let mut separated = false;
    if int_len <= 3 {
        while s.as_bytes().get(j) == Some(&b',')
            && (1..=3).all(|k| src.is_digit_at(j + k))
            && !src.is_digit_at(j + 4)
        {
            digits.push_str(s.get(j + 1..j + 4)?);
            j += 4;
            separated = true;
            if digits.len() > MAX_DIGITS {
                return None;
            }
        }
    }
    let mut decimals: u8 = 0;
    if s.as_bytes().get(j) == Some(&b'.') && src.is_digit_at(j + 1) {
        digits.push('.');
        j += 1;
        while src.is_digit_at(j) {
            digits.push(char::from(*s.as_bytes().get(j)?));
            j += 1;
            decimals = decimals.saturating_add(1);
            if digits.len() > MAX_DIGITS {
                return None;
            }
        }
        if s.as_bytes().get(j) == Some(&b'.') && src.is_digit_at(j + 1) {
            return None; // 3.2.1
        }
    }
    let value: f64 = digits.parse().ok().filter(|v: &f64| v.is_finite())?;
    let leading_zero = int_len > 1 && digits.starts_with('0');
    let id_like = decimals == 0 && !separated && (leading_zero || int_len >= 8);
    Some(Number {
        start: i,
        end: j,
        value,
        decimals,
        chinese: false,
        id_like,
    })
}

/// The number in Chinese numerals at `i` (十二, 一百二十, 三点五, 两). A trailing 千
/// or 百 that starts a unit (五千瓦) is left to the unit.
pub(super) fn chinese_number(src: &Source, units: &UnitMatcher, i: usize) -> Option<Number> {
    let s = src.text();
    let rest = s.get(i..)?;
    let mut end = i;
    let mut point: Option<usize> = None;
    for (k, c) in rest.char_indices() {
        if c == '点'
            && point.is_none()
            && k > 0
            && rest
                .get(k + c.len_utf8()..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_chinese_digit)
        {
            point = Some(i + k);
        } else if !is_chinese_numeral(c) || (point.is_some() && !is_chinese_digit(c)) {
            break;
        }
        end = i + k + c.len_utf8();
        if end - i > 60 {
            return None;
        }
    }
    let int_end = point.unwrap_or(end);
    let mut int_end = int_end;
    if point.is_none() {
        if let Some(last) = char_before(s, int_end).filter(|c| matches!(c, '千' | '百')) {
            let at = int_end - last.len_utf8();
            if at > i && units.at(s, at).is_some() {
                int_end = at;
                end = at;
            }
        }
    }
    let int_text = s.get(i..int_end)?;
    let mut value = match int_text {
        "百" => 100.0, // 百分之百
        _ => f64::from(parse_chinese(int_text)?),
    };
    let mut decimals = 0u8;
    if let Some(p) = point {
        let mut scale = 0.1;
        for c in s.get(p + '点'.len_utf8()..end)?.chars() {
            value += scale * f64::from(chinese_digit_value(c)?);
            scale /= 10.0;
            decimals = decimals.saturating_add(1);
        }
    }
    Some(Number {
        start: i,
        end,
        value,
        decimals,
        chinese: true,
        id_like: false,
    })
}

fn chinese_digit_value(c: char) -> Option<u32> {
    // A Latin O stands for 〇 in typed years, never in amounts.
    if c == 'O' {
        return None;
    }
    crate::document::numerals::chinese_digit(c)
}

fn is_chinese_digit(c: char) -> bool {
    chinese_digit_value(c).is_some()
}

pub(super) fn is_chinese_numeral(c: char) -> bool {
    is_chinese_digit(c) || matches!(c, '十' | '百' | '千')
}
