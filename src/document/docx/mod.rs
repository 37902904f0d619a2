//! .docx reader: a WordprocessingML package → [`RawBlock`]s in reading order.
//!
//! Built on `zip` (deflate only) and `quick-xml`'s namespace-aware reader; docx-rs is
//! not used (it hangs on truncated files and loses text under non-`w:` prefixes).
//!
//! - [`package`]: the zip, limits, part discovery through `_rels/.rels` (falling back to
//!   `word/document.xml`), part encodings;
//! - [`xml`]: the event stream shared by all parts (namespaces, depth limit, unclosed
//!   elements, `mc:AlternateContent`);
//! - [`styles`], [`numbering`], [`numfmt`]: heading levels from style names and outline
//!   levels, and Word's automatic numbers rendered (一、 （二） 第三章 …);
//! - [`body`], [`para`]: the walk over document.xml;
//! - [`pasted`]: a PDF copy pasted into Word read as such text is read; tables continued
//!   under `续表` joined ([`super::continued_tables`]).
//!
//! A package may lack styles.xml and numbering.xml: they are optional. Nothing read
//! from the file is trusted: no panics, every loop ends at end of input, every size is
//! bounded by [`Limits`].

mod body;
mod numbering;
mod numfmt;
mod package;
mod para;
mod pasted;
mod styles;
mod unread;
mod xml;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_body;
#[cfg(test)]
mod tests_robust;

use crate::document::classify::RawBlock;
use crate::document::read::{Limits, ReadError};

use numbering::Numbering;
use package::Package;
use styles::Styles;

/// Read a .docx package from memory into raw blocks (paragraphs and tables) in reading
/// order. Paragraph indices (`Origin::Docx { paragraph, .. }`) count every `w:p` of the
/// body from 1, including empty paragraphs and those in table cells and text boxes.
pub fn read_docx(bytes: &[u8], limits: &Limits) -> Result<Vec<RawBlock>, ReadError> {
    let mut pkg = Package::open(bytes, limits)?;
    let parts = pkg.parts()?;
    let depth = limits.max_xml_depth;
    let styles = match &parts.styles {
        Some(name) => match pkg.read_text(name)? {
            Some(text) => {
                let text = unread::blank_unread(text);
                Styles::parse(&text, name, depth)?
            }
            None => Styles::default(),
        },
        None => Styles::default(),
    };
    let mut numbering = match &parts.numbering {
        Some(name) => match pkg.read_text(name)? {
            Some(text) => Numbering::parse(&text, name, depth, &styles)?,
            None => Numbering::default(),
        },
        None => Numbering::default(),
    };
    let Some(xml) = pkg.read_xml(&parts.document)? else {
        return Err(ReadError::NotADocument(format!(
            "the package has no main document part ({})",
            parts.document
        )));
    };
    let blocks = body::read_body(&xml, &parts.document, &styles, &mut numbering, limits)?;
    let blocks = pasted::reflow(blocks, limits.max_paragraphs)?;
    // A table Word continues over a page under a `续表` label (or its header repeated) is
    // one table: its total closes all its rows.
    Ok(super::continued_tables::join_continued(blocks))
}
