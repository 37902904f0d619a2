//! Findings: what checks produce and renderers print. A check never formats output.

use schemars::JsonSchema;
use serde::Serialize;

use crate::document::{Location, Origin};
use crate::finding::Finding;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Structure,
    Outline,
    Principle,
    Boundary,
    Target,
    Consistency,
    Input,
}

/// The outline item a `missing-*` finding expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Expected {
    pub id: String,
    pub title: String,
}

/// Another place that explains a finding (the other side of a conflict, the first of
/// two duplicates).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Related {
    pub message: String,
    pub location: Location,
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Option<Span>,
}

impl Related {
    /// A related place; its message is rendered from the finding's data with the
    /// finding's own (`report::messages`).
    pub fn at(location: Location, span: Option<Span>) -> Related {
        Related {
            message: String::new(),
            location,
            span,
        }
    }
}

/// A span of document text for the human renderer: the origin of a block and a byte
/// range of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub origin: Origin,
    pub range: std::ops::Range<usize>,
    /// The text the range indexes (a .docx paragraph's text, shown as the snippet).
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Expected>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// Set when an inline directive (or a waiver) suppresses the finding: it stays in
    /// the output, is counted apart, and never decides the exit code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppressed: Option<Suppression>,
    /// The typed finding (added to schema version 1): its `kind` and the values its
    /// message shows, as numbers, years and strings. `message`, `help` and the related
    /// messages are rendered from it in the run's language. Absent only for
    /// `input/unreadable`, whose reason the reader words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Finding>,
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Option<Span>,
}

/// How a finding was suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Suppression {
    /// `inline` (a `<!-- peaklint-disable … -->` comment) or `waiver` (an entry of a
    /// `peaklint-waivers.yaml` file).
    pub kind: &'static str,
    /// The text after ` -- ` in the directive, or the waiver's `justification`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// A waiver: where its entry is (`peaklint-waivers.yaml:LINE:COLUMN`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Diagnostic {
    pub fn new(
        rule: &'static str,
        category: Category,
        severity: Severity,
        message: String,
    ) -> Self {
        Diagnostic {
            rule,
            category,
            severity,
            message,
            help: None,
            location: None,
            expected: None,
            related: Vec::new(),
            suppressed: None,
            data: None,
            span: None,
        }
    }

    /// A typed finding, its text still to be rendered (`report::messages::localize`).
    pub fn of(
        rule: &'static str,
        category: Category,
        severity: Severity,
        finding: Finding,
    ) -> Self {
        let mut d = Diagnostic::new(rule, category, severity, String::new());
        d.data = Some(finding);
        d
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn at(mut self, location: Location, span: Option<Span>) -> Self {
        self.location = Some(location);
        self.span = span;
        self
    }

    pub fn expecting(mut self, id: &str, title: &str) -> Self {
        self.expected = Some(Expected {
            id: id.to_string(),
            title: title.to_string(),
        });
        self
    }

    pub fn related(mut self, r: Related) -> Self {
        self.related.push(r);
        self
    }

    /// Sort key: located findings in document order, whole-document findings first.
    pub fn sort_key(&self) -> (u32, u32, u32, &'static str) {
        let l = self.location.as_ref();
        (
            l.and_then(|l| l.line.or(l.paragraph)).unwrap_or(0),
            l.and_then(|l| l.column).unwrap_or(0),
            l.and_then(|l| l.byte_start)
                .map(|b| u32::try_from(b).unwrap_or(u32::MAX))
                .unwrap_or(0),
            self.rule,
        )
    }
}

/// Counts per severity of the findings in force; suppressed ones are counted apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub suppressed: usize,
}

impl Counts {
    pub fn of(diags: &[Diagnostic]) -> Self {
        let mut c = Counts::default();
        for d in diags {
            if d.suppressed.is_some() {
                c.suppressed += 1;
                continue;
            }
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}
