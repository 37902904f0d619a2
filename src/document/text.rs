//! Plain-text reader: one paragraph a line, headings from numbering (GB/T 9704).

use super::classify::{RawBlock, RawParagraph};
use super::{Origin, ReadError, Segment};

/// Split decoded text into paragraphs, one per non-blank line.
pub fn read_text(source: &str, max_paragraphs: usize) -> Result<Vec<RawBlock>, ReadError> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if let Some(p) = line_paragraph(line, start) {
            if out.len() >= max_paragraphs {
                return Err(ReadError::Limit(format!(
                    "more than {max_paragraphs} paragraphs"
                )));
            }
            out.push(RawBlock::Paragraph(p));
        }
    }
    Ok(out)
}

/// A paragraph for one line starting at byte `start` of the source, trimmed of
/// surrounding whitespace (including 　 and \r); `None` for a blank line.
pub fn line_paragraph(line: &str, start: usize) -> Option<RawParagraph> {
    let trimmed_start = line.trim_start();
    let lead = line.len() - trimmed_start.len();
    let text = trimmed_start.trim_end();
    if text.is_empty() {
        return None;
    }
    Some(RawParagraph {
        text: text.to_string(),
        origin: Origin::Source(vec![Segment {
            text_start: 0,
            len: text.len(),
            source_start: start + lead,
            source_end: start + lead + text.len(),
        }]),
        ..RawParagraph::default()
    })
}
