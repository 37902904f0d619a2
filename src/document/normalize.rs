//! A normalised view of text for matching (NFKC: full-width digits and letters, 全角空格),
//! with a map back to offsets in the original.

use unicode_normalization::UnicodeNormalization;

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
