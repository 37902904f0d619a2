//! A normalised view of text for matching (NFKC: full-width digits and letters, 全角空格),
//! with a map back to offsets in the original.

use unicode_normalization::UnicodeNormalization;

use super::{Origin, Segment};

/// NFKC-normalised text with the map back to byte offsets in the original: every byte of
/// the text maps to the start of the original character it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// The characters normalising changed, in runs, in order; between two runs the text
    /// is the original's. (A map of one offset per byte, as this was, took eight bytes per
    /// byte of a sentence that most often has only a few `，` and `％` to change.)
    changes: Vec<Change>,
    original_len: usize,
}

/// `count` consecutive changed characters of `orig_len` bytes each in the original,
/// `norm_len` each in the text (`２０２５` is one run of four, 3 bytes → 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    norm_start: usize,
    orig_start: usize,
    count: usize,
    orig_len: usize,
    norm_len: usize,
}

impl Change {
    fn norm_end(&self) -> usize {
        self.norm_start + self.count * self.norm_len
    }

    fn orig_end(&self) -> usize {
        self.orig_start + self.count * self.orig_len
    }
}

impl Normalized {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut changes: Vec<Change> = Vec::new();
        for (offset, c) in original.char_indices() {
            let before = text.len();
            if is_nfkc_stable(c) {
                text.push(c);
                continue;
            } else if let Some(ascii) = fullwidth_ascii(c) {
                text.push(ascii);
            } else {
                text.extend(std::iter::once(c).nfkc());
                if text.get(before..) == Some(c.encode_utf8(&mut [0; 4])) {
                    continue;
                }
            }
            debug_assert!(text.len() >= before);
            let (orig_len, norm_len) = (c.len_utf8(), text.len() - before);
            match changes.last_mut() {
                Some(run)
                    if run.norm_end() == before
                        && run.orig_end() == offset
                        && run.orig_len == orig_len
                        && run.norm_len == norm_len =>
                {
                    run.count += 1;
                }
                _ => changes.push(Change {
                    norm_start: before,
                    orig_start: offset,
                    count: 1,
                    orig_len,
                    norm_len,
                }),
            }
        }
        Normalized {
            text,
            changes,
            original_len: original.len(),
        }
    }

    /// Whether normalising `original` changes none of its characters (plan text in ASCII,
    /// CJK ideographs and 、。“”《》 does not): then the normalised text is the original
    /// and every offset maps to the start of its own character, which a caller can
    /// compute without the copy [`Normalized::new`] makes.
    pub fn is_identity(original: &str) -> bool {
        original.chars().all(|c| {
            is_nfkc_stable(c)
                || (fullwidth_ascii(c).is_none() && {
                    let mut n = std::iter::once(c).nfkc();
                    n.next() == Some(c) && n.next().is_none()
                })
        })
    }

    /// The original offset of text offset `p` (inside the text) and the next text offset
    /// whose original offset may differ (the next character).
    fn locate(&self, p: usize) -> (usize, usize) {
        let i = self.changes.partition_point(|c| c.norm_start <= p);
        let run = i.checked_sub(1).and_then(|i| self.changes.get(i));
        if let Some(run) = run.filter(|r| p < r.norm_end() && r.norm_len > 0) {
            let k = (p - run.norm_start) / run.norm_len;
            let next = run.norm_start + (k + 1) * run.norm_len;
            return (run.orig_start + k * run.orig_len, next);
        }
        // Unchanged text since the run before (or the start): shifted by the run's change
        // of length, every byte mapped to its character's start.
        let (norm_end, orig_end) = run.map_or((0, 0), |r| (r.norm_end(), r.orig_end()));
        let mut start = p;
        while start > norm_end && !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut next = p + 1;
        while next < self.text.len() && !self.text.is_char_boundary(next) {
            next += 1;
        }
        (start - norm_end + orig_end, next)
    }

    /// The original byte offset of a byte offset in the normalised text (the end of the
    /// text maps to the end of the original).
    pub fn to_original(&self, normalized_offset: usize) -> usize {
        if normalized_offset >= self.text.len() {
            return self.original_len;
        }
        self.locate(normalized_offset).0
    }

    /// The original byte range of a normalised range. The end is moved to the end of
    /// the original character so that the range covers whole characters.
    pub fn range_to_original(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.to_original(range.start);
        if range.end == 0 || range.end <= range.start {
            return start..start;
        }
        // The last byte of the range belongs to the original char at `last`; its end is
        // the next different original offset.
        let last = self.to_original(range.end - 1);
        let mut q = range.end;
        while q < self.text.len() {
            let (o, next) = self.locate(q);
            if o != last {
                return start..o;
            }
            q = next;
        }
        start..self.original_len
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
    if !has_foldable_digit(text) {
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

/// Whether `text` holds a full-width digit (U+FF10–FF19, UTF-8 `EF BC 90`–`99`) or a
/// subscript digit (U+2080–2089, `E2 82 80`–`89`): a byte scan that jumps between the two
/// lead bytes, where decoding every character of every paragraph cost more than the
/// folding itself on plans that have none.
fn has_foldable_digit(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(0xEF, 0xE2, b).any(|i| {
        matches!(
            (b.get(i), b.get(i + 1), b.get(i + 2)),
            (Some(0xEF), Some(0xBC), Some(0x90..=0x99))
                | (Some(0xE2), Some(0x82), Some(0x80..=0x89))
        )
    })
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
    fn the_byte_scan_finds_exactly_the_foldable_digits() {
        let by_char = |t: &str| {
            t.chars()
                .any(|c| ('０'..='９').contains(&c) || ('₀'..='₉').contains(&c))
        };
        // Every character from U+FF00 to U+FF5F and U+2070 to U+209F, alone and between
        // the full-width punctuation and quotes that share the lead bytes.
        let probes = (0xFF00u32..=0xFF5F)
            .chain(0x2070..=0x209F)
            .chain([0x201C, 0x2014, 0xFF0C]);
        for u in probes {
            let Some(c) = char::from_u32(u) else { continue };
            for t in [c.to_string(), format!("“碳排放，{c}”—"), format!("{c}。")] {
                assert_eq!(has_foldable_digit(&t), by_char(&t), "{t:?}");
            }
        }
        assert!(!has_foldable_digit("2030年前碳达峰，“十四五”—期间"));
        assert!(has_foldable_digit("到２０３０年"));
        assert!(has_foldable_digit("CO₂排放"));
    }

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

    /// The map of one offset per byte that `Normalized` kept before its runs of changes:
    /// the reference the runs must agree with.
    fn dense_map(original: &str) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut map = Vec::new();
        for (offset, c) in original.char_indices() {
            text.extend(std::iter::once(c).nfkc());
            map.resize(text.len(), offset);
        }
        (text, map)
    }

    #[test]
    fn runs_of_changes_map_as_the_per_byte_map_did() {
        for s in [
            "",
            "园区",
            "到２０２５年，ＣＯ２下降１８％。",
            "１８％，，，ａｂ①②km²㎡10⁴",
            "a，b，c，d",
            "︀a\u{FE00}b",
            "(１)（２）　全角空格",
        ] {
            let n = Normalized::new(s);
            let (text, map) = dense_map(s);
            assert_eq!(n.text, text, "{s}");
            let dense = |p: usize| map.get(p).copied().unwrap_or(s.len());
            for a in 0..=text.len() + 1 {
                assert_eq!(n.to_original(a), dense(a), "{s} {a}");
                for b in 0..=text.len() + 1 {
                    let end = if b == 0 || b <= a {
                        dense(a)
                    } else {
                        let last = dense(b - 1);
                        map.get(b..)
                            .and_then(|rest| rest.iter().find(|&&o| o != last).copied())
                            .unwrap_or(s.len())
                    };
                    assert_eq!(n.range_to_original(a..b), dense(a)..end, "{s} {a}..{b}");
                }
            }
        }
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
