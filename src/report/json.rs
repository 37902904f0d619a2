//! The JSON output of `peaklint check` (schema_version 1, `../shared/contract.md`).

use schemars::JsonSchema;
use serde::Serialize;

use crate::checks::principle::{PrincipleStatus, Status};
use crate::diagnostic::{Counts, Diagnostic};
use crate::pipeline::FileResult;

#[derive(Serialize, JsonSchema)]
pub struct Report<'a> {
    #[schemars(extend("const" = 1))]
    pub schema_version: u32,
    pub tool: Tool,
    pub rules: RulesInfo<'a>,
    pub files: Vec<FileJson<'a>>,
}

#[derive(Serialize, JsonSchema)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Serialize, JsonSchema)]
pub struct RulesInfo<'a> {
    pub name: &'a str,
    pub version: &'a str,
}

#[derive(Serialize, JsonSchema)]
pub struct FileJson<'a> {
    pub path: &'a str,
    #[schemars(extend("enum" = ["markdown", "docx", "text", "pdf"]))]
    pub format: &'a str,
    #[schemars(extend("enum" = ["checked", "unreadable"]))]
    pub status: &'static str,
    pub diagnostics: &'a [Diagnostic],
    pub summary: Summary,
}

#[derive(Serialize, JsonSchema)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings suppressed by inline directives (added to schema version 1; they are
    /// in `diagnostics` with `suppressed` set and not in the three counts above).
    #[serde(skip_serializing_if = "is_zero")]
    pub suppressed: usize,
    pub outline_coverage: f64,
    /// Each principle of clause 4 (基本原则): `met`, `partly` or `missing` (added to schema
    /// version 1). Absent when principles were not judged (an unreadable file, a document
    /// without headings); a principle whose rule is `off` is left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principles: Option<Principles>,
}

/// The status of the five principles (协调性、准确性、可行性、前瞻性、科学性).
#[derive(Serialize, JsonSchema)]
pub struct Principles {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordination: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accuracy: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feasibility: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub foresight: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scientific: Option<Status>,
}

impl Principles {
    fn of(statuses: &[PrincipleStatus]) -> Option<Principles> {
        if statuses.is_empty() {
            return None;
        }
        let get = |id: &str| statuses.iter().find(|s| s.id == id).map(|s| s.status);
        Some(Principles {
            coordination: get("coordination"),
            accuracy: get("accuracy"),
            feasibility: get("feasibility"),
            foresight: get("foresight"),
            scientific: get("scientific"),
        })
    }
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
                        suppressed: c.suppressed,
                        outline_coverage: (f.outline_coverage * 100.0).round() / 100.0,
                        principles: Principles::of(&f.principles),
                    },
                }
            })
            .collect(),
    };
    // Serialising plain data cannot fail; fall back to an error object rather than panic.
    serde_json::to_string_pretty(&report)
        .unwrap_or_else(|e| format!("{{\"schema_version\":1,\"error\":\"{e}\"}}"))
}

/// The JSON Schema of the output (published as `docs/json-output.schema.json`; a test
/// fails when that file is stale).
pub fn json_schema_text() -> String {
    let generator = schemars::generate::SchemaSettings::draft07()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Report<'static>>();
    schema.insert(
        "title".to_owned(),
        "peaklint check --format json (schema_version 1)".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema.to_value()).unwrap_or_default();
    text.push('\n');
    text
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
