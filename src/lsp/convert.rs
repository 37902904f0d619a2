//! peaklint findings → LSP diagnostics, and the hover text of a rule.

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, NumberOrString, Range, Uri,
};

use super::position::Lines;
use crate::checks::{self, Lang};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Location;

/// What converting needs besides the finding.
pub struct Target<'a> {
    pub uri: &'a Uri,
    pub text: &'a str,
    pub lines: &'a Lines,
    /// Where `rules-reference.md` is; the rule's anchor is appended.
    pub docs_base: Option<&'a str>,
}

/// The LSP diagnostic of a finding. Findings suppressed inline are not converted (the
/// caller leaves them out): an editor shows what is in force.
pub fn diagnostic(d: &Diagnostic, t: &Target) -> lsp_types::Diagnostic {
    let related: Vec<DiagnosticRelatedInformation> = d
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: lsp_types::Location::new(t.uri.clone(), range(Some(&r.location), t)),
            message: r.message.clone(),
        })
        .collect();
    let message = match &d.help {
        Some(help) => format!("{}\n{help}", d.message),
        None => d.message.clone(),
    };
    lsp_types::Diagnostic {
        range: range(d.location.as_ref(), t),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.rule.to_string())),
        code_description: rule_href(t.docs_base, d.rule).map(|href| CodeDescription { href }),
        source: Some("peaklint".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        // The typed finding, as in the JSON output's `data` (`{"kind": "late_peak", …}`).
        data: d.data.as_ref().and_then(|f| serde_json::to_value(f).ok()),
    }
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// `BASE#anchor`, the anchor being the GitHub heading anchor that
/// `docs/rules-reference.md` uses for the rule (`structure/missing-chapter` →
/// `#structuremissing-chapter`). `None` when there is no base or the result is not a URI.
pub fn rule_href(base: Option<&str>, rule: &str) -> Option<Uri> {
    let base = base?;
    format!("{base}#{}", checks::anchor(rule)).parse().ok()
}

/// The range of a location: its byte span when it has one, else its line and column,
/// else (a whole-document finding such as a missing chapter) the first line.
pub fn range(location: Option<&Location>, t: &Target) -> Range {
    let Some(l) = location else {
        return t.lines.range(t.text, t.lines.line_bytes(t.text, 0));
    };
    if let (Some(start), Some(end)) = (l.byte_start, l.byte_end) {
        return t.lines.range(t.text, start..end);
    }
    if let (Some(line), Some(column)) = (l.line, l.column) {
        let start = t.lines.offset_of_line_column(t.text, line, column);
        let end = match (l.end_line, l.end_column) {
            (Some(el), Some(ec)) => t.lines.offset_of_line_column(t.text, el, ec),
            _ => {
                t.lines
                    .line_bytes(t.text, (line as usize).saturating_sub(1))
                    .end
            }
        };
        return t.lines.range(t.text, start..end.max(start));
    }
    t.lines.range(t.text, t.lines.line_bytes(t.text, 0))
}

/// The hover text of the rules whose findings cover a position: `peaklint explain RULE`
/// for each, as plain text.
pub fn hover_text(rules: &[&str], lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    for rule in rules {
        if let Some(doc) = checks::doc(rule) {
            let text = checks::explain(doc, lang);
            if !parts.contains(&text) {
                parts.push(text);
            }
        }
    }
    (!parts.is_empty()).then(|| parts.join("\n---\n\n"))
}

/// Whether `pos` is inside `range` (an empty range covers its own position).
pub fn contains(range: &Range, pos: lsp_types::Position) -> bool {
    let after_start = (range.start.line, range.start.character) <= (pos.line, pos.character);
    let before_end = (pos.line, pos.character) <= (range.end.line, range.end.character);
    after_start && before_end
}
