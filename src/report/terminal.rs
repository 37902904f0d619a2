//! Text bound for a terminal: control characters from file names and document text are
//! shown escaped (`\u{1b}`), never sent raw — an ESC sequence in a heading could recolour,
//! move the cursor or rewrite what the reviewer reads, even with `--color never`.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal raw: C0 and C1 controls other than `\n` and
/// `\t`, DEL, and the bidirectional overrides and isolates that reorder what is shown.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every unsafe character written as `\u{…}`; a CR before a LF is kept (CRLF
/// files).
pub fn escape(s: &str) -> Cow<'_, str> {
    escape_mapped(s, &mut [])
}

/// [`escape`], moving the byte offsets in `offsets` (into `s`) to the same places in the
/// escaped text, so a span still underlines what it did.
pub fn escape_mapped<'a>(s: &'a str, offsets: &mut [usize]) -> Cow<'a, str> {
    let needs = s.char_indices().any(|(i, c)| {
        is_unsafe(c) && !(c == '\r' && s.get(i + 1..).is_some_and(|r| r.starts_with('\n')))
    });
    if !needs {
        return Cow::Borrowed(s);
    }
    let original: Vec<usize> = offsets.to_vec();
    let mut out = String::with_capacity(s.len() + 16);
    for (i, c) in s.char_indices() {
        for (o, &at) in offsets.iter_mut().zip(&original) {
            if at == i {
                *o = out.len();
            }
        }
        let crlf = c == '\r' && s.get(i + 1..).is_some_and(|r| r.starts_with('\n'));
        if is_unsafe(c) && !crlf {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    for (o, &at) in offsets.iter_mut().zip(&original) {
        if at >= s.len() {
            *o = out.len() + (at - s.len());
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_offsets_follow() {
        assert_eq!(escape("一、总则"), "一、总则");
        assert_eq!(escape("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(
            escape("x\r\ny\rz\u{7f}\u{9b}"),
            "x\r\ny\\u{d}z\\u{7f}\\u{9b}"
        );
        assert_eq!(escape("\u{202e}gpj.exe"), "\\u{202e}gpj.exe");
        let mut at = [1, 2, 3];
        let s = escape_mapped("\u{1b}ab", &mut at);
        assert_eq!(s, "\\u{1b}ab");
        assert_eq!(at, [6, 7, 8]);
    }
}
