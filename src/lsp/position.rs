//! Byte offsets ↔ LSP positions. A position's `character` counts code units of the
//! negotiated encoding: UTF-16 by default (as the protocol requires), UTF-8 or UTF-32
//! when the client offers them. Lines end at `\n` (a `\r` before it belongs to the end).

use lsp_types::{Position, PositionEncodingKind, Range};

/// The unit a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    Utf8,
    Utf16,
    Utf32,
}

impl Units {
    /// Pick from what the client offers: UTF-8 when offered (our offsets are bytes),
    /// else UTF-32 when offered, else UTF-16, the protocol's default.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Units {
        let offered = offered.unwrap_or_default();
        if offered.contains(&PositionEncodingKind::UTF8) {
            Units::Utf8
        } else if offered.contains(&PositionEncodingKind::UTF32) {
            Units::Utf32
        } else {
            Units::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Units::Utf8 => PositionEncodingKind::UTF8,
            Units::Utf16 => PositionEncodingKind::UTF16,
            Units::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn len(self, c: char) -> usize {
        match self {
            Units::Utf8 => c.len_utf8(),
            Units::Utf16 => c.len_utf16(),
            Units::Utf32 => 1,
        }
    }
}

/// The line starts of a text, for converting in both directions.
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
    units: Units,
}

impl Lines {
    pub fn new(text: &str, units: Units) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts, units }
    }

    /// The position of a byte offset (clamped to the text; an offset inside a
    /// character counts as that character's start).
    pub fn position(&self, text: &str, byte: usize) -> Position {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self
            .starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let character = text
            .get(start..byte)
            .map_or(0, |s| s.chars().map(|c| self.units.len(c)).sum());
        Position::new(to_u32(line), to_u32(character))
    }

    pub fn range(&self, text: &str, bytes: std::ops::Range<usize>) -> Range {
        Range::new(
            self.position(text, bytes.start),
            self.position(text, bytes.end.max(bytes.start)),
        )
    }

    /// The byte offset of a position. A line past the end gives the end of the text; a
    /// character past the end of its line gives the end of the line; a character in the
    /// middle of a surrogate pair gives the start of that character.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let line = text.get(start..).unwrap_or_default();
        let line = line.split('\n').next().unwrap_or_default();
        let line = line.strip_suffix('\r').unwrap_or(line);
        let wanted = position.character as usize;
        let mut units = 0;
        for (i, c) in line.char_indices() {
            let next = units + self.units.len(c);
            if next > wanted {
                return start + i;
            }
            units = next;
        }
        start + line.len()
    }

    /// The byte range of the line holding `byte` (without its line end).
    pub fn line_bytes(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(text.len());
        let rest = text.get(start..).unwrap_or_default();
        let content = rest.split('\n').next().unwrap_or_default();
        let content = content.strip_suffix('\r').unwrap_or(content);
        start..start + content.len()
    }

    /// The byte offset of a 1-based line and column in Unicode scalar values (the
    /// contract's location), clamped to the line.
    pub fn offset_of_line_column(&self, text: &str, line: u32, column: u32) -> usize {
        let bytes = self.line_bytes(text, (line as usize).saturating_sub(1));
        let content = text.get(bytes.clone()).unwrap_or_default();
        let skip = (column as usize).saturating_sub(1);
        bytes.start
            + content
                .char_indices()
                .nth(skip)
                .map_or(content.len(), |(i, _)| i)
    }
}

/// Apply an edit (range in `units`) to a text; `None` range replaces the whole text.
pub fn apply_change(text: &mut String, range: Option<Range>, new_text: &str, units: Units) {
    let Some(range) = range else {
        *text = new_text.to_string();
        return;
    };
    let lines = Lines::new(text, units);
    let start = lines.offset(text, range.start);
    let end = lines.offset(text, range.end).max(start);
    text.replace_range(start..end, new_text);
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# 方案\r\n𠀀碳达峰a\n末";

    #[test]
    fn utf16_counts_surrogate_pairs() {
        let lines = Lines::new(TEXT, Units::Utf16);
        let a = TEXT.find('a').unwrap_or(0);
        assert_eq!(lines.position(TEXT, a), Position::new(1, 5));
        assert_eq!(lines.offset(TEXT, Position::new(1, 5)), a);
        // inside the surrogate pair: the start of 𠀀
        let line2 = TEXT.find('𠀀').unwrap_or(0);
        assert_eq!(lines.offset(TEXT, Position::new(1, 1)), line2);
        // past the end of line 0: before the \r\n
        assert_eq!(lines.offset(TEXT, Position::new(0, 99)), "# 方案".len());
        assert_eq!(lines.offset(TEXT, Position::new(9, 0)), TEXT.len());
    }

    #[test]
    fn utf8_and_utf32() {
        let a = TEXT.find('a').unwrap_or(0);
        let u8 = Lines::new(TEXT, Units::Utf8);
        assert_eq!(u8.position(TEXT, a), Position::new(1, 13));
        let u32 = Lines::new(TEXT, Units::Utf32);
        assert_eq!(u32.position(TEXT, a), Position::new(1, 4));
        assert_eq!(u32.offset(TEXT, Position::new(1, 4)), a);
    }

    #[test]
    fn negotiation() {
        use PositionEncodingKind as K;
        assert_eq!(Units::negotiate(None), Units::Utf16);
        assert_eq!(Units::negotiate(Some(&[K::UTF16])), Units::Utf16);
        assert_eq!(Units::negotiate(Some(&[K::UTF16, K::UTF8])), Units::Utf8);
        assert_eq!(Units::negotiate(Some(&[K::UTF8])), Units::Utf8);
        assert_eq!(Units::negotiate(Some(&[K::UTF32, K::UTF16])), Units::Utf32);
        assert_eq!(Units::negotiate(Some(&[K::new("x")])), Units::Utf16);
    }

    #[test]
    fn every_char_boundary_round_trips() {
        let text = "# 标题\r\n\n𠀀a😀中\r\nb\n";
        for units in [Units::Utf8, Units::Utf16, Units::Utf32] {
            let lines = Lines::new(text, units);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let p = lines.position(text, b);
                // Between \r and \n is not a place in the line: it maps to the line end.
                let inside_crlf = text[..b].ends_with('\r') && text[b..].starts_with('\n');
                let expected = if inside_crlf { b - 1 } else { b };
                assert_eq!(lines.offset(text, p), expected, "{units:?} byte {b} {p:?}");
            }
        }
    }

    #[test]
    fn incremental_edits() {
        let mut text = String::from("一、总则\n𠀀二、目标\n");
        apply_change(
            &mut text,
            Some(Range::new(Position::new(1, 2), Position::new(1, 4))),
            "三、",
            Units::Utf16,
        );
        assert_eq!(text, "一、总则\n𠀀三、目标\n");
        apply_change(&mut text, None, "x", Units::Utf16);
        assert_eq!(text, "x");
    }
}
