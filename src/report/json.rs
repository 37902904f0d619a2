//! The JSON output of `peaklint check` (schema_version 1, `../shared/contract.md`).

use serde::Serialize;

use crate::check::FileResult;
use crate::diagnostic::{Counts, Diagnostic};

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    tool: Tool,
    rules: RulesInfo<'a>,
    files: Vec<FileJson<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct RulesInfo<'a> {
    name: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct FileJson<'a> {
    path: &'a str,
    format: &'a str,
    status: &'static str,
    diagnostics: &'a [Diagnostic],
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    infos: usize,
    outline_coverage: f64,
}

/// Render the whole run as one JSON object (pretty-printed, deterministic).
pub fn render(rules_name: &str, rules_version: &str, files: &[FileResult]) -> String {
    let report = Report {
        schema_version: 1,
        tool: Tool {
            name: "peaklint",
            version: env!("CARGO_PKG_VERSION"),
        },
        rules: RulesInfo {
            name: rules_name,
            version: rules_version,
        },
        files: files
            .iter()
            .map(|f| {
                let c = Counts::of(&f.diagnostics);
                FileJson {
                    path: &f.path,
                    format: f.format.as_str(),
                    status: if f.readable { "checked" } else { "unreadable" },
                    diagnostics: &f.diagnostics,
                    summary: Summary {
                        errors: c.errors,
                        warnings: c.warnings,
                        infos: c.infos,
                        outline_coverage: (f.outline_coverage * 100.0).round() / 100.0,
                    },
                }
            })
            .collect(),
    };
    // Serialising plain data cannot fail; fall back to an error object rather than panic.
    serde_json::to_string_pretty(&report)
        .unwrap_or_else(|e| format!("{{\"schema_version\":1,\"error\":\"{e}\"}}"))
}
