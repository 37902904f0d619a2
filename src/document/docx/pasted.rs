//! A PDF copy pasted into Word: every printed line a paragraph of its own, the page's
//! running header and page number (`— 2 —`) among them, tables as lines aligned with
//! spaces. Such a document gets the clean-up text copied out of a PDF gets
//! ([`crate::document::text::read_text`]): furniture dropped, the lines of a paragraph
//! joined, aligned lines read as tables. A finding in a joined paragraph points at the
//! Word paragraph (the printed line) its text starts in ([`Origin::DocxLines`]).
//!
//! Only plain body paragraphs take part (no heading style, automatic number, list or
//! table cell), and only when their lengths show a common wrap width
//! ([`crate::document::pages::wrap_width`]) and most of those that fill it stop inside a
//! sentence, or when printed page numbers (`— 7 —`) stand among them: a document written
//! one paragraph a paragraph has lines far longer than any such width, or (one-line items
//! of one length) ends a sentence in each, and is left as it is. A copy whose lines share
//! no width (short lines, many tables) still shows its pages by their numbers.

use crate::document::classify::{RawBlock, RawParagraph};
use unicode_width::UnicodeWidthStr;

use crate::document::pages::{ends_sentence, is_printed_page_number, wrap_width, Wrap};
use crate::document::text::page_furniture;
use crate::document::{Origin, ReadError};

/// The blocks of a .docx with its pasted lines rejoined (unchanged when it is not such a
/// copy).
pub(super) fn reflow(
    blocks: Vec<RawBlock>,
    max_paragraphs: usize,
) -> Result<Vec<RawBlock>, ReadError> {
    let texts: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            RawBlock::Paragraph(p) if plain(p) => Some(p.text.as_str()),
            _ => None,
        })
        .collect();
    let wrap = wrap_width(&texts).filter(|&wrap| cut_mid_sentence(&texts, wrap));
    if wrap.is_none() && !printed_page_numbers(&texts) {
        return Ok(blocks);
    }
    // Running headers and page numbers are found over the whole copy (a header repeats
    // on every page, each page's lines are runs between Word tables), and dropped before
    // the runs are read. A title in Word's title style is the copy's title, so its first
    // line is no title repeating the header.
    let titled = blocks
        .iter()
        .any(|b| matches!(b, RawBlock::Paragraph(p) if p.is_title_style));
    let mut furniture = page_furniture(&texts, !titled).into_iter();
    let tables = blocks
        .iter()
        .filter(|b| matches!(b, RawBlock::Table(_)))
        .count();
    let mut numbered = u32::try_from(tables).unwrap_or(u32::MAX);
    let mut out: Vec<RawBlock> = Vec::with_capacity(blocks.len());
    let mut run: Vec<RawParagraph> = Vec::new();
    for block in blocks {
        match block {
            RawBlock::Paragraph(p) if plain(&p) => {
                if furniture.next().unwrap_or(false) {
                    continue;
                }
                // A line Word sets apart (centred, or bold throughout: a caption, a
                // heading) is a paragraph of its own, however full the line before.
                let apart = set_apart(&p);
                if apart {
                    rejoin(&mut run, &mut out, &mut numbered, wrap, max_paragraphs)?;
                }
                run.push(p);
                if apart {
                    rejoin(&mut run, &mut out, &mut numbered, wrap, max_paragraphs)?;
                }
            }
            other => {
                rejoin(&mut run, &mut out, &mut numbered, wrap, max_paragraphs)?;
                out.push(other);
            }
        }
    }
    rejoin(&mut run, &mut out, &mut numbered, wrap, max_paragraphs)?;
    Ok(out)
}

/// Whether the paragraphs that fill the wrap width are printed lines: most of them (five
/// at least) stop inside a sentence. Paragraphs of one length written in Word (a list of
/// one-line tasks) each end a sentence, and are not joined.
fn cut_mid_sentence(texts: &[&str], wrap: Wrap) -> bool {
    let measure = |t: &str| {
        let t = t.trim();
        if wrap.chars {
            t.chars().count()
        } else {
            UnicodeWidthStr::width(t)
        }
    };
    let full: Vec<&&str> = texts
        .iter()
        .filter(|t| measure(t) * 4 >= wrap.width * 3)
        .collect();
    let cut = full.iter().filter(|t| !ends_sentence(t)).count();
    cut >= 5 && cut * 2 >= full.len()
}

/// Whether two paragraphs at least are page numbers as a page prints them
/// ([`is_printed_page_number`]): a copy of printed pages even when its lines share no wrap
/// width (short lines, tables aligned with spaces), to be read as such text is read — its
/// running headers and page numbers dropped, its aligned lines read as tables.
fn printed_page_numbers(texts: &[&str]) -> bool {
    texts
        .iter()
        .filter(|t| is_printed_page_number(t))
        .nth(1)
        .is_some()
}

/// A line Word's formatting sets apart from the lines around it: centred, or emphasised
/// from its first character to its last.
fn set_apart(p: &RawParagraph) -> bool {
    let text = p.text.trim_end();
    let lead = text.len() - text.trim_start().len();
    p.centered || (!text.trim().is_empty() && p.emphasis_prefix >= text.len().saturating_sub(lead))
}

/// A body paragraph as a line of pasted text: no structure of Word's own.
fn plain(p: &RawParagraph) -> bool {
    p.explicit_level.is_none()
        && p.auto_number.is_none()
        && p.list_depth.is_none()
        && !p.in_table
        && !p.is_title_style
        && matches!(p.origin, Origin::Docx { cell: None, .. })
}

/// Read a run of plain paragraphs as the lines of a text file and give the result Word
/// origins again. Tables found among them are numbered after the document's own
/// (`numbered` counts the tables so far).
fn rejoin(
    run: &mut Vec<RawParagraph>,
    out: &mut Vec<RawBlock>,
    numbered: &mut u32,
    wrap: Option<Wrap>,
    max_paragraphs: usize,
) -> Result<(), ReadError> {
    if run.is_empty() {
        return Ok(());
    }
    let lines = std::mem::take(run);
    let mut source = String::new();
    let mut starts: Vec<usize> = Vec::with_capacity(lines.len());
    for p in &lines {
        starts.push(source.len());
        // A line break inside a paragraph (`w:br`) would split it again: a space instead.
        source.push_str(&p.text.replace(['\n', '\r', '\u{c}'], " "));
        source.push('\n');
    }
    // The line (a paragraph of the run) a byte of `source` belongs to.
    let line_of = |at: usize| -> Option<&RawParagraph> {
        let k = starts.partition_point(|&s| s <= at).checked_sub(1)?;
        lines.get(k)
    };
    let first_line = |origin: &Origin| match origin {
        Origin::Source(segments) => segments.first().and_then(|s| line_of(s.source_start)),
        _ => None,
    };
    let docx = |line: Option<&RawParagraph>| match line.map(|l| &l.origin) {
        Some(Origin::Docx { paragraph, .. }) => Origin::Docx {
            paragraph: *paragraph,
            cell: None,
        },
        _ => Origin::None,
    };
    // A joined paragraph: where each Word paragraph's piece starts in its text (`None`
    // for a paragraph of one line).
    let joined = |origin: &Origin| -> Option<Vec<(usize, u32)>> {
        let Origin::Source(segments) = origin else {
            return None;
        };
        let mut out: Vec<(usize, u32)> = Vec::new();
        for s in segments {
            let Some(Origin::Docx { paragraph, .. }) = line_of(s.source_start).map(|l| &l.origin)
            else {
                continue;
            };
            if out.last().is_none_or(|(_, p)| p != paragraph) {
                out.push((if out.is_empty() { 0 } else { s.text_start }, *paragraph));
            }
        }
        (out.len() > 1).then_some(out)
    };
    for block in crate::document::text::read_pasted(&source, max_paragraphs, wrap)? {
        match block {
            RawBlock::Paragraph(p) => {
                let line = first_line(&p.origin);
                let origin = match joined(&p.origin) {
                    Some(lines) => Origin::DocxLines(lines.into()),
                    None => docx(line),
                };
                // Word's own formatting of the first line: its emphasised opening (counted
                // without the indent the text reader trimmed) and its alignment.
                let (emphasis_prefix, centered) = line.map_or((0, false), |l| {
                    let trimmed = l.text.len() - l.text.trim_start().len();
                    (
                        l.emphasis_prefix.saturating_sub(trimmed).min(p.text.len()),
                        l.centered,
                    )
                });
                out.push(RawBlock::Paragraph(RawParagraph {
                    origin,
                    emphasis_prefix,
                    centered,
                    ..p
                }));
            }
            RawBlock::Table(mut t) => {
                *numbered = numbered.saturating_add(1);
                t.index = *numbered;
                for row in &mut t.rows {
                    for cell in &mut row.cells {
                        for para in &mut cell.paragraphs {
                            para.origin = docx(first_line(&para.origin));
                        }
                    }
                }
                out.push(RawBlock::Table(t));
            }
            RawBlock::Comment { text, origin } => out.push(RawBlock::Comment {
                origin: docx(first_line(&origin)),
                text,
            }),
        }
    }
    Ok(())
}
