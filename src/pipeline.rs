//! The pipeline for one file: read → extract → check → sorted findings.

use std::path::Path;

use crate::checks::principle::{principle_status, PrincipleStatus};
use crate::checks::{self, Context, Lang};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::read::{read_path_with, Limits};
use crate::document::{Document, Format};
use crate::pack::RulesPack;
use crate::postpass::{finish, FileWaivers};
use crate::report::messages;

/// The result for one file.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: String,
    pub format: Format,
    /// False when the file could not be read: its only finding is `input/unreadable`.
    pub readable: bool,
    pub diagnostics: Vec<Diagnostic>,
    pub outline_coverage: f64,
    /// The five principles' status (met / partly / missing), in the standard's order;
    /// empty when they were not judged (an unreadable file, a document without headings).
    pub principles: Vec<PrincipleStatus>,
    /// Text formats: the decoded source, for snippets. Empty for .docx.
    pub source: String,
}

impl FileResult {
    /// The worst severity among the findings in force (suppressed ones excluded).
    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics
            .iter()
            .filter(|d| d.suppressed.is_none())
            .map(|d| d.severity)
            .max()
    }
}

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub lang: Lang,
    pub limits: Limits,
    /// Waivers (`peaklint-waivers.yaml`) applied to the findings of each file.
    pub waivers: crate::waivers::Waivers,
}

/// Read and check one file. A file that cannot be read gives an `input/unreadable`
/// finding and `readable: false`, never a partial report.
pub fn check_path(path: &Path, rules: &RulesPack, options: &Options) -> FileResult {
    let name = crate::document::path_name(path);
    match read_path_with(path, &options.limits) {
        Ok(doc) => check_read(&doc, rules, options, Some(path)),
        Err(e) => FileResult {
            format: format_from_extension(&name),
            path: name,
            readable: false,
            diagnostics: vec![checks::input::unreadable::diagnostic(
                &e,
                options.lang == Lang::En,
            )],
            outline_coverage: 0.0,
            principles: Vec::new(),
            source: String::new(),
        },
    }
}

/// Check a document that has been read (inline suppressions apply, no waivers file).
pub fn check_document(doc: &Document, rules: &RulesPack, lang: Lang) -> FileResult {
    let options = Options {
        lang,
        ..Options::default()
    };
    check_read(doc, rules, &options, None)
}

/// Check a document that has been read; `path` selects the waivers of `options` that
/// apply to it.
pub fn check_read(
    doc: &Document,
    rules: &RulesPack,
    options: &Options,
    path: Option<&Path>,
) -> FileResult {
    conclude(doc, rules, find(doc, rules), options, path)
}

/// What the checks found in one document: typed findings with no text yet, before
/// suppressions, waivers and ordering. The language server keeps it to render the
/// findings again in another language without checking again.
#[derive(Debug, Clone)]
pub struct Found {
    pub diagnostics: Vec<Diagnostic>,
    pub outline_coverage: f64,
    pub principles: Vec<PrincipleStatus>,
}

/// Run every enabled rule on a document that has been read.
pub fn find(doc: &Document, rules: &RulesPack) -> Found {
    let cx = Context::new(doc, rules);
    Found {
        diagnostics: checks::run(&cx),
        outline_coverage: cx.outline.coverage(),
        principles: principle_status(&cx),
    }
}

/// The result of a document from what was found in it: the findings worded in the
/// language of `options`, suppressed, waived (the waivers of `options` that select
/// `path`) and ordered.
pub fn conclude(
    doc: &Document,
    rules: &RulesPack,
    found: Found,
    options: &Options,
    path: Option<&Path>,
) -> FileResult {
    let Found {
        mut diagnostics,
        outline_coverage,
        principles,
    } = found;
    let waivers = path.and_then(|path| {
        let file = options.waivers.for_file(path)?;
        Some(FileWaivers { file, path })
    });
    let lang = options.lang;
    finish(doc, &mut diagnostics, waivers, rules, &|d| {
        messages::localize(d, lang)
    });
    FileResult {
        path: doc.path.clone(),
        format: doc.format,
        readable: true,
        outline_coverage,
        principles,
        diagnostics,
        source: doc.source.clone(),
    }
}

fn format_from_extension(name: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".pdf") {
        Format::Pdf
    } else if [".docx", ".doc", ".wps"].iter().any(|e| lower.ends_with(e)) {
        Format::Docx
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// Check a Markdown or plain-text document given as text (an editor's unsaved buffer);
/// locations index `text` itself; `path`, when the buffer has one, selects the waivers of
/// `options`. Text that cannot be read (empty) is an error.
pub fn check_text(
    name: &str,
    text: String,
    format: Format,
    rules: &RulesPack,
    options: &Options,
    path: Option<&Path>,
) -> Result<FileResult, crate::document::ReadError> {
    let doc = crate::document::read_str(name, text, format, &options.limits)?;
    Ok(check_read(&doc, rules, options, path))
}
