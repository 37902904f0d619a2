//! The text both extractors scan: NFKC-normalised (full-width digits, ％, ，, km² become
//! ASCII) with a map back to the caller's byte offsets, and the small character tests the
//! scanners share. Every access is by `get`, so no offset can panic.

use std::ops::Range;

use crate::document::Normalized;

/// NFKC-normalised text with its original.
pub(crate) struct Source<'a> {
    original: &'a str,
    /// `None` when normalising changes nothing ([`Normalized::is_identity`], most plan
    /// text): the original is scanned as it is, without a copy and a map of eight bytes
    /// per byte (20 MB for one 2.5 MB sentence).
    norm: Option<Normalized>,
}

impl<'a> Source<'a> {
    pub(crate) fn new(original: &'a str) -> Self {
        Source {
            original,
            norm: (!Normalized::is_identity(original)).then(|| Normalized::new(original)),
        }
    }

    /// The normalised text, which scanners work on.
    pub(crate) fn text(&self) -> &str {
        self.norm
            .as_ref()
            .map_or(self.original, |n| n.text.as_str())
    }

    /// The original byte range of a normalised range.
    pub(crate) fn span(&self, range: Range<usize>) -> Range<usize> {
        match &self.norm {
            Some(n) => n.range_to_original(range),
            None => identity_range(self.original, range),
        }
    }

    /// The original byte offset of a normalised offset.
    fn to_original(&self, pos: usize) -> usize {
        match &self.norm {
            Some(n) => n.to_original(pos),
            None => identity_offset(self.original, pos),
        }
    }

    /// The original text of a normalised range.
    pub(crate) fn original_text(&self, range: Range<usize>) -> &'a str {
        let r = self.span(range);
        self.original.get(r).unwrap_or("")
    }

    /// Whether the normalised byte at `pos` is a digit that was written as a digit
    /// (ASCII or full-width). NFKC also turns ①, ⑴, ² and ⁴ into digits; those are
    /// list markers and exponents, never the digits of a quantity.
    pub(crate) fn is_digit_at(&self, pos: usize) -> bool {
        let text = self.text();
        if !text.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) {
            return false;
        }
        let orig = self.to_original(pos);
        matches!(
            self.original.get(orig..).and_then(|s| s.chars().next()),
            Some('0'..='9' | '０'..='９')
        )
    }

    /// Whether the normalised byte at `pos` was written as a superscript digit (10⁴).
    pub(crate) fn is_superscript_at(&self, pos: usize) -> bool {
        let orig = self.to_original(pos);
        matches!(
            self.original.get(orig..).and_then(|s| s.chars().next()),
            Some('⁰' | '¹' | '²' | '³' | '⁴'..='⁹')
        )
    }
}

/// [`Normalized::to_original`] for a text normalising leaves alone: the start of the
/// character at `pos`, the text's end from its end on.
fn identity_offset(s: &str, pos: usize) -> usize {
    if pos >= s.len() {
        return s.len();
    }
    let mut p = pos;
    while !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// [`Normalized::range_to_original`] for a text normalising leaves alone: the start
/// snaps back and the end forward to whole characters.
fn identity_range(s: &str, range: Range<usize>) -> Range<usize> {
    let start = identity_offset(s, range.start);
    if range.end == 0 || range.end <= range.start {
        return start..start;
    }
    let mut end = range.end.min(s.len());
    while !s.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// The character starting at `pos`, if `pos` is a character boundary inside `s`.
pub(crate) fn char_at(s: &str, pos: usize) -> Option<char> {
    s.get(pos..).and_then(|t| t.chars().next())
}

/// The character ending at `pos`.
pub(crate) fn char_before(s: &str, pos: usize) -> Option<char> {
    s.get(..pos).and_then(|t| t.chars().next_back())
}

/// `pos` moved forward over ASCII spaces and tabs (at most `max` of them).
pub(crate) fn skip_spaces(s: &str, mut pos: usize, max: usize) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    while n < max && matches!(bytes.get(pos), Some(b' ' | b'\t')) {
        pos += 1;
        n += 1;
    }
    pos
}

/// `pos` moved back over ASCII spaces and tabs (at most `max`).
pub(crate) fn skip_spaces_back(s: &str, mut pos: usize, max: usize) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    while n < max && pos > 0 && matches!(bytes.get(pos - 1), Some(b' ' | b'\t')) {
        pos -= 1;
        n += 1;
    }
    pos
}

/// The first of `options` that `s` continues with at `pos`.
pub(crate) fn starts_with_any<'o>(s: &str, pos: usize, options: &[&'o str]) -> Option<&'o str> {
    let rest = s.get(pos..)?;
    options.iter().copied().find(|o| rest.starts_with(o))
}

/// The first of `options` that the text before `pos` ends with.
pub(crate) fn ends_with_any<'o>(s: &str, pos: usize, options: &[&'o str]) -> Option<&'o str> {
    let head = s.get(..pos)?;
    options.iter().copied().find(|o| head.ends_with(o))
}

/// Ends a clause: the scope in which a qualifier, a hedge or a context cue applies.
/// A comma between two digits is a thousands separator, not a clause end.
pub(crate) fn is_clause_end(s: &str, pos: usize) -> bool {
    match char_at(s, pos) {
        Some('。' | ';' | ':' | '!' | '?' | '\n' | '\r' | '|') => true,
        Some(',') => {
            let before = char_before(s, pos).is_some_and(|c| c.is_ascii_digit());
            let after = char_at(s, pos + 1).is_some_and(|c| c.is_ascii_digit());
            !(before && after)
        }
        _ => false,
    }
}

/// Ends a sentence (the wider scope a context cue may come from).
pub(crate) fn is_sentence_end(s: &str, pos: usize) -> bool {
    matches!(char_at(s, pos), Some('。' | '!' | '?' | '\n' | '\r' | '|'))
}

/// Start of the clause containing `pos`, looking back at most `max_chars` characters.
pub(crate) fn clause_start(s: &str, pos: usize, max_chars: usize) -> usize {
    scope_start(s, pos, max_chars, is_clause_end)
}

/// Start of the sentence containing `pos`, looking back at most `max_chars` characters.
pub(crate) fn sentence_start(s: &str, pos: usize, max_chars: usize) -> usize {
    scope_start(s, pos, max_chars, is_sentence_end)
}

/// End of the clause containing `pos`, looking ahead at most `max_chars` characters.
pub(crate) fn clause_end(s: &str, pos: usize, max_chars: usize) -> usize {
    let rest = s.get(pos..).unwrap_or("");
    for (n, (i, _)) in rest.char_indices().enumerate() {
        if n >= max_chars || is_clause_end(s, pos + i) {
            return pos + i;
        }
    }
    pos + rest.len()
}

fn scope_start(s: &str, pos: usize, max_chars: usize, is_end: fn(&str, usize) -> bool) -> usize {
    let head = s.get(..pos).unwrap_or("");
    let mut start = pos;
    for (n, (i, _)) in head.char_indices().rev().enumerate() {
        if n >= max_chars || is_end(s, i) {
            return start;
        }
        start = i;
    }
    start
}

/// Inside 《…》 (a cited title): numbers there are part of the name.
/// Returns the normalised ranges of the titles, each closed on its own line.
pub(crate) fn title_ranges(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '《' | '〈' => {
                if depth == 0 {
                    open = Some(i);
                }
                depth += 1;
            }
            '》' | '〉' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Some(start) = open.take() {
                        out.push(start..i + c.len_utf8());
                    }
                }
            }
            '\n' | '\r' => {
                depth = 0;
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `pos` lies in one of the sorted, disjoint `ranges`.
pub(crate) fn in_ranges(ranges: &[Range<usize>], pos: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= pos);
    ranges.get(i).is_some_and(|r| r.contains(&pos))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for text normalising leaves alone maps every range as the full map
    /// does (offsets inside characters and past the end included).
    #[test]
    fn identity_text_maps_as_the_full_map_does() {
        for text in [
            "",
            "a",
            "到2025年单位GDP下降18%。",
            "《方案》“十四五”—a1",
            "园区",
        ] {
            assert!(Normalized::is_identity(text), "{text}");
            let full = Normalized::new(text);
            assert_eq!(full.text, text);
            for a in 0..=text.len() + 2 {
                assert_eq!(identity_offset(text, a), full.to_original(a), "{text} {a}");
                for b in 0..=text.len() + 2 {
                    assert_eq!(
                        identity_range(text, a..b),
                        full.range_to_original(a..b),
                        "{text} {a}..{b}"
                    );
                }
            }
        }
        for changed in ["１８％", "下降18％", "到2025年，下降", "10⁴", "km²", "①"] {
            assert!(!Normalized::is_identity(changed), "{changed}");
        }
    }
}
