//! A normalised view of text for matching (NFKC: full-width digits and letters, 全角空格),
//! with a map back to offsets in the original.

use unicode_normalization::UnicodeNormalization;

use super::{Origin, Segment};

/// NFKC-normalised text plus, for every byte of it, the byte offset in the original
/// text of the character it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    map: Vec<usize>,
    original_len: usize,
}

impl Normalized {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        for (offset, c) in original.char_indices() {
            let before = text.len();
            if is_nfkc_stable(c) {
                text.push(c);
            } else if let Some(ascii) = fullwidth_ascii(c) {
                text.push(ascii);
            } else {
                text.extend(std::iter::once(c).nfkc());
            }
            map.resize(text.len(), offset);
            debug_assert!(text.len() >= before);
        }
        Normalized {
            text,
            map,
            original_len: original.len(),
        }
    }

    /// The original byte offset of a byte offset in the normalised text (the end of the
    /// text maps to the end of the original).
    pub fn to_original(&self, normalized_offset: usize) -> usize {
        self.map
            .get(normalized_offset)
            .copied()
            .unwrap_or(self.original_len)
    }

    /// The original byte range of a normalised range. The end is moved to the end of
    /// the original character so that the range covers whole characters.
    pub fn range_to_original(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.to_original(range.start);
        let end = if range.end == 0 || range.end <= range.start {
            start
        } else {
            // The last byte of the range belongs to the original char at map[end-1];
            // its end is the next different original offset.
            let last = self.to_original(range.end - 1);
            self.map
                .get(range.end..)
                .and_then(|rest| rest.iter().find(|&&o| o != last).copied())
                .unwrap_or(self.original_len)
        };
        start..end
    }
}

/// Full-width digits (`２０３０年`, `１８％`) folded to ASCII in a paragraph's text, so that
/// every reader of the text sees one way of writing a number, with `．` between digits
/// (`１２８．４`) as the decimal point; and subscript digits after a letter (`CO₂`, `tCO₂`,
/// `N₂O`) as chemists write them, so that `CO₂排放` is `CO2排放`. Every folded character
/// gets a segment of its own, so offsets still map to the source. Other full-width forms
/// (，（）：％) stay: the text's clause marks are full-width.
pub fn fold_digits(text: &mut String, origin: &mut Origin) {
    let is_digit = |c: char| ('０'..='９').contains(&c);
    let is_subscript = |c: char| ('₀'..='₉').contains(&c);
    if !text.chars().any(|c| is_digit(c) || is_subscript(c)) {
        return;
    }
    let fold = |t: &str, i: usize, c: char| -> Option<char> {
        if is_digit(c) {
            return fullwidth_ascii(c);
        }
        if is_subscript(c) {
            let after_letter = t
                .get(..i)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|b| b.is_ascii_alphabetic());
            return after_letter
                .then(|| char::from_digit(u32::from(c) - u32::from('₀'), 10))
                .flatten();
        }
        let before = t.get(..i).and_then(|b| b.chars().next_back());
        let after = t.get(i + c.len_utf8()..).and_then(|a| a.chars().next());
        (c == '．'
            && before.is_some_and(|b| b.is_ascii_digit() || is_digit(b))
            && after.is_some_and(is_digit))
        .then_some('.')
    };
    let Origin::Source(segments) = origin else {
        let folded: String = text
            .char_indices()
            .map(|(i, c)| fold(text, i, c).unwrap_or(c))
            .collect();
        *text = folded;
        return;
    };
    let mut out_text = String::with_capacity(text.len());
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for seg in segments.iter() {
        let Some(piece) = text.get(seg.text_start..seg.text_start + seg.len) else {
            return;
        };
        let exact = seg.len == seg.source_end - seg.source_start;
        if !exact {
            // An escape: the whole piece maps to its source range.
            let start = out_text.len();
            out_text.extend(
                piece
                    .char_indices()
                    .map(|(i, c)| fold(piece, i, c).unwrap_or(c)),
            );
            out.push(Segment {
                text_start: start,
                len: out_text.len() - start,
                ..*seg
            });
            continue;
        }
        let mut run: Option<(usize, usize)> = None; // (text offset, piece offset)
        for (i, c) in piece.char_indices() {
            match fold(piece, i, c) {
                Some(a) => {
                    if let Some((t0, p0)) = run.take() {
                        out.push(seg.part(t0, p0, i));
                    }
                    out.push(Segment {
                        len: a.len_utf8(),
                        ..seg.part(out_text.len(), i, i + c.len_utf8())
                    });
                    out_text.push(a);
                }
                None => {
                    if run.is_none() {
                        run = Some((out_text.len(), i));
                    }
                    out_text.push(c);
                }
            }
        }
        if let Some((t0, p0)) = run {
            out.push(seg.part(t0, p0, piece.len()));
        }
    }
    *text = out_text;
    *segments = out;
}

/// Characters NFKC leaves unchanged, which make up nearly all of a Chinese plan: ASCII, the
/// CJK Unified Ideographs, 、。〈〉《》「」『』【】, — and ‘’“”. Skips the table look-up.
fn is_nfkc_stable(c: char) -> bool {
    c.is_ascii()
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || matches!(c, '\u{3001}'..='\u{3002}' | '\u{3008}'..='\u{3011}' | '\u{2014}' | '\u{2018}'..='\u{201D}')
}

/// The full-width forms of ASCII (U+FF01–FF5E: ，；：（）％０-９Ａ-ｚ) are, under NFKC,
/// the ASCII character 0xFEE0 below.
fn fullwidth_ascii(c: char) -> Option<char> {
    let u = u32::from(c);
    (0xFF01..=0xFF5E)
        .contains(&u)
        .then(|| char::from_u32(u - 0xFEE0))
        .flatten()
}

/// The key two titles are compared by: NFKC, lower case, without whitespace and
/// punctuation (including 、（）《》“”—— and ASCII punctuation).
pub fn match_key(s: &str) -> String {
    s.nfkc()
        .filter(|c| !c.is_whitespace() && !is_punctuation(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '、' | '。'
                | '，'
                | '；'
                | '：'
                | '？'
                | '！'
                | '（'
                | '）'
                | '《'
                | '》'
                | '〈'
                | '〉'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '—'
                | '－'
                | '–'
                | '…'
                | '·'
                | '【'
                | '】'
                | '「'
                | '」'
                | '『'
                | '』'
                | '〔'
                | '〕'
                | '・'
                | '\u{3000}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_digits_map_back_to_their_source_bytes() {
        // A Markdown paragraph at source offset 100, its text one exact segment.
        let mut text = "比２０２０年下降１８．５％".to_string();
        let mut origin = Origin::Source(vec![Segment {
            text_start: 0,
            len: text.len(),
            source_start: 100,
            source_end: 100 + text.len(),
        }]);
        fold_digits(&mut text, &mut origin);
        assert_eq!(text, "比2020年下降18.5％");
        let Origin::Source(segments) = &origin else {
            panic!("{origin:?}");
        };
        // Every text byte lies in one segment, in order, and `2` of 2020 maps to the
        // source byte of `２` (after 比: 3 bytes).
        let covered: usize = segments.iter().map(|s| s.len).sum();
        assert_eq!(covered, text.len());
        let two = segments
            .iter()
            .find(|s| s.text_start == 3)
            .map(|s| (s.source_start, s.source_end));
        assert_eq!(two, Some((103, 106)));
        let mut co2 = "CO₂排放量控制在252万tCO₂以内，₂".to_string();
        let mut none = Origin::None;
        fold_digits(&mut co2, &mut none);
        assert_eq!(co2, "CO2排放量控制在252万tCO2以内，₂");
        // Without full-width digits nothing changes; `．` not between digits stays.
        let mut plain = "到2025年．".to_string();
        let mut none = Origin::None;
        fold_digits(&mut plain, &mut none);
        assert_eq!(plain, "到2025年．");
    }

    #[test]
    fn full_width_maps_back() {
        let s = "到２０２５年，ＣＯ２下降";
        let n = Normalized::new(s);
        assert_eq!(n.text, "到2025年,CO2下降");
        let at = n.text.find("2025").unwrap_or(0);
        let r = n.range_to_original(at..at + 4);
        assert_eq!(&s[r], "２０２５");
        let at = n.text.find("下降").unwrap_or(0);
        let r = n.range_to_original(at..n.text.len());
        assert_eq!(&s[r], "下降");
    }

    #[test]
    fn fast_paths_agree_with_the_nfkc_table() {
        let ranges = [
            0x20..0x7F,
            0x2000..0x2100,
            0x3000..0x3040,
            0x4E00..0xA000,
            0xFF00..0xFFF0,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let nfkc: String = std::iter::once(c).nfkc().collect();
            if is_nfkc_stable(c) {
                assert_eq!(nfkc, c.to_string(), "U+{:04X}", u32::from(c));
            }
            if let Some(a) = fullwidth_ascii(c) {
                assert_eq!(nfkc, a.to_string(), "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn ideographic_space() {
        let n = Normalized::new("一、\u{3000}总则");
        assert_eq!(n.text, "一、 总则");
    }

    #[test]
    fn keys() {
        assert_eq!(match_key("（一） 碳排放 现状·分析"), "一碳排放现状分析");
        assert_eq!(match_key("ＰＤＣＡ循环"), "pdca循环");
        assert_eq!(match_key("“十四五”目标"), "十四五目标");
    }
}
