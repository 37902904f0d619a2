//! SARIF 2.1.0 output (`--format sarif`) for code-scanning tools.
//!
//! One run: the tool's rules from the rule docs ([`checks::RULES`]), one result per
//! finding. Text files get a physical region (1-based lines, columns counted in Unicode
//! code points, declared with `columnKind`); .docx files get a logical location (the
//! heading path and `¶N`) next to the bare artifact; whole-document findings point at
//! the artifact only. Each result has a partial fingerprint that survives edits above it.

use serde_json::{json, Map, Value};

use crate::checks::{self, RuleDoc};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Format, Location};
use crate::pipeline::FileResult;

/// The `$schema` of the output: the official OASIS schema of SARIF 2.1.0 (errata 01).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The key of peaklint's partial fingerprint (versioned: a change of the hash input
/// changes the key, not silently the values).
pub const FINGERPRINT_KEY: &str = "peaklintFinding/v1";

/// Render the whole run as one SARIF log (pretty-printed, deterministic).
pub fn render(files: &[FileResult]) -> String {
    let rules: Vec<Value> = checks::docs().map(rule_descriptor).collect();
    let mut results = Vec::new();
    for f in files {
        let mut seen: Vec<String> = Vec::new();
        for d in &f.diagnostics {
            let base = fingerprint(d);
            // Two findings with the same rule, message shape and heading path are told
            // apart by their order in the file.
            let n = seen.iter().filter(|s| **s == base).count();
            seen.push(base.clone());
            let print = if n == 0 { base } else { format!("{base}:{n}") };
            results.push(result(f, d, print));
        }
    }
    let mut driver = Map::new();
    driver.insert("name".into(), json!("peaklint"));
    driver.insert("version".into(), json!(env!("CARGO_PKG_VERSION")));
    driver.insert("semanticVersion".into(), json!(env!("CARGO_PKG_VERSION")));
    if let Some(uri) = information_uri() {
        driver.insert("informationUri".into(), json!(uri));
    }
    driver.insert("rules".into(), Value::Array(rules));
    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": Value::Object(driver) },
            "invocations": [{
                "executionSuccessful": files.iter().all(|f| f.readable),
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).unwrap_or_else(|_| String::from("{}"))
}

/// The project's home page or repository, when Cargo.toml names one.
fn information_uri() -> Option<&'static str> {
    [
        option_env!("CARGO_PKG_HOMEPAGE"),
        option_env!("CARGO_PKG_REPOSITORY"),
    ]
    .into_iter()
    .flatten()
    .find(|s| !s.is_empty())
}

fn rule_descriptor(d: &RuleDoc) -> Value {
    json!({
        "id": d.id,
        "name": rule_name(d.id),
        "shortDescription": { "text": d.summary.en },
        "fullDescription": { "text": d.why.en },
        "help": {
            "text": format!("{}\n{}\n\n{}\n{}", d.summary.zh, d.why.zh, d.summary.en, d.why.en),
        },
        "defaultConfiguration": { "level": level(d.severity) },
        "properties": {
            "category": d.category,
            "tags": [d.category],
        },
    })
}

/// `structure/missing-chapter` → `StructureMissingChapter`.
fn rule_name(id: &str) -> String {
    id.split(['/', '-'])
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result(f: &FileResult, d: &Diagnostic, fingerprint: String) -> Value {
    let uri = artifact_uri(&f.path);
    let mut r = Map::new();
    r.insert("ruleId".into(), json!(d.rule));
    if let Some(i) = checks::docs().position(|doc| doc.id == d.rule) {
        r.insert("ruleIndex".into(), json!(i));
    }
    r.insert("level".into(), json!(level(d.severity)));
    r.insert("message".into(), json!({ "text": d.message }));
    r.insert(
        "locations".into(),
        json!([location(&uri, f.format, d.location.as_ref(), None, None)]),
    );
    if !d.related.is_empty() {
        let related: Vec<Value> = d
            .related
            .iter()
            .enumerate()
            .map(|(i, rel)| {
                location(
                    &uri,
                    f.format,
                    Some(&rel.location),
                    Some(i + 1),
                    Some(&rel.message),
                )
            })
            .collect();
        r.insert("relatedLocations".into(), Value::Array(related));
    }
    if let Some(sup) = &d.suppressed {
        // SARIF §3.27.23: a suppressed result stays in the log with its suppression.
        let mut one = Map::new();
        // An inline directive is in the source; a waiver lives in a file beside it.
        let kind = if sup.kind == "waiver" {
            "external"
        } else {
            "inSource"
        };
        one.insert("kind".into(), json!(kind));
        one.insert("status".into(), json!("accepted"));
        if let Some(j) = &sup.justification {
            one.insert("justification".into(), json!(j));
        }
        if let Some(source) = &sup.source {
            one.insert("properties".into(), json!({ "source": source }));
        }
        r.insert(
            "suppressions".into(),
            Value::Array(vec![Value::Object(one)]),
        );
    }
    r.insert(
        "partialFingerprints".into(),
        json!({ FINGERPRINT_KEY: fingerprint }),
    );
    let mut props = Map::new();
    props.insert("category".into(), json!(d.category));
    if let Some(h) = &d.help {
        props.insert("help".into(), json!(h));
    }
    if let Some(e) = &d.expected {
        props.insert("expected".into(), json!(e));
    }
    // The typed finding, as in the JSON output's `data`.
    if let Some(data) = &d.data {
        props.insert("data".into(), json!(data));
    }
    r.insert("properties".into(), Value::Object(props));
    Value::Object(r)
}

/// A SARIF location: a region for text positions, a logical location (heading path and
/// paragraph) for .docx, the bare artifact for whole-document findings.
fn location(
    uri: &str,
    format: Format,
    at: Option<&Location>,
    id: Option<usize>,
    message: Option<&str>,
) -> Value {
    let mut loc = Map::new();
    if let Some(id) = id {
        loc.insert("id".into(), json!(id));
    }
    let mut physical = Map::new();
    physical.insert("artifactLocation".into(), json!({ "uri": uri }));
    if let Some(l) = at {
        match (format, region(l)) {
            (Format::Markdown | Format::Text, Some(region)) => {
                physical.insert("region".into(), region);
            }
            _ => {
                if let Some(logical) = logical_location(l) {
                    loc.insert("logicalLocations".into(), json!([logical]));
                }
            }
        }
    }
    loc.insert("physicalLocation".into(), Value::Object(physical));
    if let Some(m) = message {
        loc.insert("message".into(), json!({ "text": m }));
    }
    Value::Object(loc)
}

/// `{startLine, startColumn, endLine, endColumn}` (end column exclusive, as SARIF
/// wants); `None` without a line.
fn region(l: &Location) -> Option<Value> {
    let start_line = l.line?.max(1);
    let start_column = l.column.unwrap_or(1).max(1);
    let mut region = Map::new();
    region.insert("startLine".into(), json!(start_line));
    region.insert("startColumn".into(), json!(start_column));
    if let Some(end_line) = l.end_line {
        let end_line = end_line.max(start_line);
        region.insert("endLine".into(), json!(end_line));
        if let Some(end_column) = l.end_column {
            let end_column = if end_line == start_line {
                end_column.max(start_column)
            } else {
                end_column.max(1)
            };
            region.insert("endColumn".into(), json!(end_column));
        }
    }
    Some(Value::Object(region))
}

/// `二、碳排放分析 › （一）核算边界 › ¶57`, kind `paragraph`.
fn logical_location(l: &Location) -> Option<Value> {
    let paragraph = match (l.page, l.line) {
        // PDF: the page and the line on it.
        (Some(page), Some(line)) => Some(format!("p{page}:{line}")),
        _ => l.paragraph.map(|p| format!("¶{p}")),
    };
    let mut parts: Vec<String> = l.section.clone();
    parts.extend(paragraph.clone());
    if parts.is_empty() {
        return None;
    }
    let mut logical = Map::new();
    if let Some(p) = paragraph {
        logical.insert("name".into(), json!(p));
        logical.insert("kind".into(), json!("paragraph"));
    } else {
        logical.insert("kind".into(), json!("section"));
    }
    logical.insert("fullyQualifiedName".into(), json!(parts.join(" › ")));
    Some(Value::Object(logical))
}

/// The path as given on the command line as a URI reference: forward slashes, every
/// byte outside the URI's unreserved and sub-delimiter characters percent-encoded (so
/// `方案/甲.docx` becomes `%E6%96%B9%E6%A1%88/%E7%94%B2.docx`, which viewers decode).
/// An absolute path becomes a `file://` URI.
pub fn artifact_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let drive = matches!(path.as_bytes(), [d, b':', ..] if d.is_ascii_alphabetic());
    let (prefix, rest) = if drive {
        ("file:///", path)
    } else if path.starts_with('/') {
        ("file://", path)
    } else {
        ("", path)
    };
    let mut out = String::from(prefix);
    for (i, b) in rest.bytes().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&b)
            // The drive colon of an absolute Windows path stays; any other colon in a
            // relative path would read as a URI scheme.
            || (b == b':' && drive && i == 1);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A stable hash of the rule id, the message with its numbers blanked out (so a line
/// or paragraph number quoted in a message does not matter) and the heading path —
/// not of the position, so a fingerprint survives an edit above the finding.
pub fn fingerprint(d: &Diagnostic) -> String {
    let section = d
        .location
        .as_ref()
        .map(|l| l.section.join("\u{1f}"))
        .unwrap_or_default();
    let mut h = Fnv64::new();
    h.write(d.rule.as_bytes());
    h.write(&[0]);
    h.write(normalise_message(&d.message).as_bytes());
    h.write(&[0]);
    h.write(section.as_bytes());
    format!("{:016x}", h.finish())
}

/// Whitespace collapsed, ASCII lower-cased, every run of digits replaced by `0`.
fn normalise_message(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_digits = false;
    let mut in_space = false;
    for c in message.trim().chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('0');
            }
            in_digits = true;
            in_space = false;
        } else if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
            in_digits = false;
        } else {
            out.push(c.to_ascii_lowercase());
            in_digits = false;
            in_space = false;
        }
    }
    out
}

/// FNV-1a, 64 bits: fixed by definition, so fingerprints are the same on every
/// platform and Rust version (std's hashers promise neither).
struct Fnv64(u64);

impl Fnv64 {
    fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(
            rule_name("structure/missing-chapter"),
            "StructureMissingChapter"
        );
    }

    #[test]
    fn messages_normalise_numbers_and_space() {
        assert_eq!(
            normalise_message("见第 12  行 ¶57 Base"),
            normalise_message("见第 3 行 ¶9 base")
        );
    }

    #[test]
    fn uris_use_forward_slashes() {
        assert_eq!(artifact_uri(".\\plans\\a b.md"), "plans/a%20b.md");
        assert_eq!(
            artifact_uri("方案/甲.docx"),
            "%E6%96%B9%E6%A1%88/%E7%94%B2.docx"
        );
        assert_eq!(artifact_uri("ab:c/d#1.md"), "ab%3Ac/d%231.md");
        assert_eq!(artifact_uri("/tmp/x.md"), "file:///tmp/x.md");
        assert_eq!(artifact_uri("C:\\p\\x.md"), "file:///C:/p/x.md");
    }
}
