//! PDF reader: a PDF with a text layer (as Word, WPS and LibreOffice export it) → the
//! same raw blocks the other readers produce, for the shared heading classifier.
//!
//! Built on `lopdf` (parsing, decryption of owner-password-only files, filters with a
//! decompression bound, ToUnicode / Identity-H decoding); the content streams are
//! interpreted here ([`content`]) so that every run of text has its position, size and
//! weight. [`lines`] groups runs into lines and table segments; [`layout`] drops running
//! headers and footers, joins wrapped lines and recovers tables.
//!
//! Nothing read from the file is trusted: the whole read runs under a panic guard (a
//! panic in the parser is an unreadable file, not a crash), the decompressed size of
//! every page's content counts against [`Limits::max_decompressed`], lines against
//! [`Limits::max_paragraphs`]. A PDF without any text (a scan) is an error, never an
//! empty pass.

mod aligned;
mod content;
mod fonts;
mod grid;
mod layout;
mod lines;

#[cfg(test)]
mod tests;

use lopdf::{Document, LoadOptions};

use crate::document::classify::RawBlock;
use crate::document::read::{Limits, ReadError};

/// The message of a PDF whose pages show no text (`read_message` translates it).
pub const NO_TEXT_LAYER: &str = "no text layer; OCR is not supported (a scanned or image-only PDF): check the .docx, or a PDF exported from the word processor";

/// What the PDF reader found.
pub struct PdfText {
    pub blocks: Vec<RawBlock>,
    pub pages: u32,
}

/// Read a PDF from memory.
pub fn read_pdf(bytes: &[u8], limits: &Limits) -> Result<PdfText, ReadError> {
    // lopdf is a third-party parser fed with untrusted bytes: a panic there is a broken
    // file, reported like one.
    std::panic::catch_unwind(|| read(bytes, limits)).unwrap_or_else(|_| {
        Err(ReadError::NotADocument(
            "damaged PDF: the PDF parser failed on this file".into(),
        ))
    })
}

fn read(bytes: &[u8], limits: &Limits) -> Result<PdfText, ReadError> {
    let max = usize::try_from(limits.max_decompressed).unwrap_or(usize::MAX);
    let options = LoadOptions {
        max_decompressed_size: Some(max),
        ..LoadOptions::default()
    };
    let doc = Document::load_mem_with_options(bytes, options).map_err(load_error)?;
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(ReadError::NotADocument(
            "the PDF is encrypted with a password".into(),
        ));
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(ReadError::NotADocument(
            "damaged PDF: it has no pages".into(),
        ));
    }
    let mut budget = max;
    let mut all = Vec::with_capacity(pages.len());
    let mut count = 0usize;
    for (number, id) in &pages {
        let page = content::page_pieces(&doc, *id, &mut budget)?;
        let page_lines = lines::page_lines(*number, page.pieces);
        count = count.saturating_add(page_lines.len());
        if count > limits.max_paragraphs {
            return Err(ReadError::Limit(format!(
                "more than {} paragraphs",
                limits.max_paragraphs
            )));
        }
        all.push(layout::Page {
            lines: page_lines,
            rules: page.rules,
            vrules: page.vrules,
        });
    }
    if count == 0 {
        return Err(ReadError::NotADocument(NO_TEXT_LAYER.into()));
    }
    Ok(PdfText {
        blocks: layout::blocks(all),
        pages: u32::try_from(pages.len()).unwrap_or(u32::MAX),
    })
}

fn load_error(e: lopdf::Error) -> ReadError {
    match e {
        lopdf::Error::Decompress(_) => ReadError::Limit(format!(
            "decompressed size of a PDF stream exceeds the limit ({e})"
        )),
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => {
            ReadError::NotADocument("the PDF is encrypted with a password".into())
        }
        other => ReadError::NotADocument(format!("damaged or truncated PDF: {other}")),
    }
}
