//! The one pass after the checks, the same for `check`, `report`, batch runs and the
//! language server: inline suppressions (`<!-- peaklint-disable … -->`), then the waivers
//! file, then the findings' order. It works on findings and the document's text only.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::lang::Lang;
use crate::pack::RulesPack;
use crate::waivers::WaiverFile;

/// The waivers that apply to one file, with the path they select it by.
#[derive(Clone, Copy)]
pub struct FileWaivers<'w> {
    pub file: &'w WaiverFile,
    pub path: &'w Path,
}

/// Suppress, waive and order the findings of one document.
pub fn finish(
    doc: &Document,
    diagnostics: &mut Vec<Diagnostic>,
    waivers: Option<FileWaivers>,
    rules: &RulesPack,
    lang: Lang,
) {
    crate::suppress::apply(doc, diagnostics);
    if let Some(w) = waivers {
        crate::waivers::apply(w.file, w.path, diagnostics, &doc.source, rules, lang);
    }
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
