//! The one pass after the checks, the same for `check`, `report`, batch runs and the
//! language server: the findings' text in the run's language, inline suppressions
//! (`<!-- peaklint-disable … -->`), then the waivers file, then the findings' order. It
//! works on findings and the document's text only.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::pack::RulesPack;
use crate::waivers::WaiverFile;

/// The waivers that apply to one file, with the path they select it by.
#[derive(Clone, Copy)]
pub struct FileWaivers<'w> {
    pub file: &'w WaiverFile,
    pub path: &'w Path,
}

/// Word, suppress, waive and order the findings of one document. `localize` renders a
/// finding's text in the run's language (`report::messages::localize`, passed in by the
/// pipeline): the checks' findings are rendered first, because a waiver's `text` selector
/// matches the message, then the `input/unused-waiver` findings the waivers add.
pub fn finish(
    doc: &Document,
    diagnostics: &mut Vec<Diagnostic>,
    waivers: Option<FileWaivers>,
    rules: &RulesPack,
    localize: &dyn Fn(&mut Diagnostic),
) {
    diagnostics.iter_mut().for_each(localize);
    crate::suppress::apply(doc, diagnostics);
    if let Some(w) = waivers {
        let checked = diagnostics.len();
        crate::waivers::apply(w.file, w.path, diagnostics, &doc.source, rules);
        diagnostics
            .get_mut(checked..)
            .unwrap_or_default()
            .iter_mut()
            .for_each(localize);
    }
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
