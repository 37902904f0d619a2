//! What the reader needs from a PDF font: how its codes decode to Unicode (lopdf's
//! encodings: ToUnicode CMaps, Identity-H, simple encodings), how wide each glyph is
//! (to know where a run of text ends) and whether it is bold.

use lopdf::Encoding;
use lopdf::{Dictionary, Document, Object};

pub(super) struct Font<'a> {
    pub encoding: Option<Encoding<'a>>,
    /// Type0 (composite) font: two-byte codes.
    pub composite: bool,
    widths: Widths,
    pub bold: bool,
}

/// Glyph widths in thousandths of the font size.
enum Widths {
    /// Simple fonts: `/FirstChar` and `/Widths`.
    Simple { first: i64, widths: Vec<f64> },
    /// Type0: the descendant's `/W` as (first CID, last CID, width) ranges and `/DW`.
    Composite {
        ranges: Vec<(i64, i64, f64)>,
        default: f64,
    },
}

/// The most ranges read from one `/W` array (a hostile file could list millions).
const MAX_WIDTH_RANGES: usize = 100_000;

impl<'a> Font<'a> {
    pub fn new(doc: &'a Document, dict: &'a Dictionary, max_decompressed: usize) -> Font<'a> {
        let composite = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Type0");
        let descendant = composite
            .then(|| {
                let array = deref(doc, dict.get(b"DescendantFonts").ok()?)?
                    .as_array()
                    .ok()?;
                deref(doc, array.first()?)?.as_dict().ok()
            })
            .flatten();
        let widths = match descendant {
            Some(d) => composite_widths(doc, d),
            None => simple_widths(doc, dict),
        };
        let descriptor = descendant
            .unwrap_or(dict)
            .get(b"FontDescriptor")
            .ok()
            .and_then(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok());
        let name = dict
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).to_ascii_lowercase())
            .unwrap_or_default();
        let weight = descriptor
            .and_then(|d| d.get(b"FontWeight").ok())
            .and_then(number)
            .unwrap_or(0.0);
        // Flag bit 19: ForceBold.
        let force_bold = descriptor
            .and_then(|d| d.get(b"Flags").ok())
            .and_then(|o| o.as_i64().ok())
            .is_some_and(|f| f & (1 << 18) != 0);
        let bold = weight >= 600.0
            || force_bold
            || [
                "bold", "black", "heavy", "simhei", "heiti", "hei-", "kaiti", "simkai",
            ]
            .iter()
            .any(|w| name.contains(w));
        Font {
            encoding: dict
                .get_font_encoding_with_limit(doc, max_decompressed)
                .ok(),
            composite,
            widths,
            bold,
        }
    }

    /// Width of one code in thousandths of the font size.
    fn width(&self, code: i64) -> f64 {
        match &self.widths {
            Widths::Simple { first, widths } => code
                .checked_sub(*first)
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| widths.get(i).copied())
                .filter(|w| *w > 0.0)
                .unwrap_or(500.0),
            Widths::Composite { ranges, default } => ranges
                .iter()
                .find(|(a, b, _)| (*a..=*b).contains(&code))
                .map_or(*default, |(_, _, w)| *w),
        }
    }

    /// The codes of a string with their widths, and whether each is a single-byte space
    /// (word spacing applies to it).
    pub fn advances(&self, bytes: &[u8]) -> Vec<(f64, bool)> {
        if self.composite {
            bytes
                .chunks(2)
                .map(|c| {
                    let code = c.iter().fold(0i64, |acc, b| acc * 256 + i64::from(*b));
                    (self.width(code), false)
                })
                .collect()
        } else {
            bytes
                .iter()
                .map(|b| (self.width(i64::from(*b)), *b == b' '))
                .collect()
        }
    }

    pub fn decode(&self, bytes: &[u8]) -> String {
        match &self.encoding {
            Some(e) => e.bytes_to_string(bytes).unwrap_or_default(),
            None => String::new(),
        }
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    match o {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn simple_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let first = dict
        .get(b"FirstChar")
        .ok()
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0);
    let widths = dict
        .get(b"Widths")
        .ok()
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_array().ok())
        .map(|a| {
            a.iter()
                .take(65_536)
                .map(|w| deref(doc, w).and_then(number).unwrap_or(0.0))
                .collect()
        })
        .unwrap_or_default();
    Widths::Simple { first, widths }
}

fn composite_widths(doc: &Document, descendant: &Dictionary) -> Widths {
    let default = descendant
        .get(b"DW")
        .ok()
        .and_then(number)
        .unwrap_or(1000.0);
    let mut ranges = Vec::new();
    let w = descendant
        .get(b"W")
        .ok()
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_array().ok());
    let items: &[Object] = w.map_or(&[], |v| v.as_slice());
    let mut i = 0;
    while i < items.len() && ranges.len() < MAX_WIDTH_RANGES {
        let Some(first) = items.get(i).and_then(|o| o.as_i64().ok()) else {
            break;
        };
        match items.get(i + 1).and_then(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, w) in list.iter().enumerate().take(MAX_WIDTH_RANGES) {
                    let cid = first.saturating_add(k as i64);
                    ranges.push((cid, cid, number(w).unwrap_or(default)));
                }
                i += 2;
            }
            Some(o) => {
                let last = o.as_i64().unwrap_or(first);
                let width = items.get(i + 2).and_then(number).unwrap_or(default);
                ranges.push((first, last, width));
                i += 3;
            }
            None => break,
        }
    }
    Widths::Composite { ranges, default }
}
