//! `--format sarif` and `--format github` through the real binary: the SARIF log
//! validates against the official SARIF 2.1.0 JSON Schema (vendored as
//! `tests/data/sarif-schema-2.1.0.json`, OASIS errata 01), locations have the right shape per
//! format, fingerprints survive an edit above a finding, workflow commands are escaped.
//!
//! The schema file is `Schemata/sarif-schema-2.1.0.json` of the OASIS TC's repository
//! `oasis-tcs/sarif-spec` (commit 0a8091f7d4057e57b6d8d9b56129e5f918747b34), byte for
//! byte: 112,768 characters, SHA-256
//! ddddcccbf95c7c50c037b5b07eff4140556278ca574ff374db46786b5fce7949; its `id` is the
//! published `https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/…`.

use crate::common::peaklint;
use std::path::{Path, PathBuf};

use peaklint::diagnostic::{Category, Diagnostic, Severity};
use peaklint::document::{Format, Location};
use peaklint::pipeline::FileResult;
use peaklint::report::github;
use serde_json::Value;

fn sarif_of(paths: &[&str]) -> (Value, Option<i32>) {
    let mut args = vec!["check", "--format", "sarif"];
    args.extend_from_slice(paths);
    let out = peaklint(&args);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    match serde_json::from_str(&text) {
        Ok(v) => (v, out.status.code()),
        Err(e) => panic!("SARIF output is not JSON ({e}):\n{text}"),
    }
}

fn official_schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    };
    match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => panic!("the vendored schema is not JSON: {e}"),
    }
}

fn validator() -> jsonschema::Validator {
    match jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&official_schema())
    {
        Ok(v) => v,
        Err(e) => panic!("the vendored schema does not compile: {e}"),
    }
}

fn assert_valid(log: &Value) {
    let v = validator();
    let errors: Vec<String> = v
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}",
        errors.join("\n")
    );
}

fn results(log: &Value) -> &Vec<Value> {
    match log.pointer("/runs/0/results").and_then(Value::as_array) {
        Some(r) => r,
        None => panic!("no runs[0].results in {log}"),
    }
}

fn uri(result: &Value) -> &str {
    result
        .pointer("/locations/0/physicalLocation/artifactLocation/uri")
        .and_then(Value::as_str)
        .unwrap_or("")
}

const MIXED: &[&str] = &[
    "fixtures/md/gov-plan.md",
    "fixtures/variants/boundary-defects.md",
    "fixtures/variants/boundary-defects.docx",
    "fixtures/docx/no-styles-numbered.docx",
    "fixtures/txt/plan-gbk.txt",
    "fixtures/broken/not-a-zip.docx",
];

#[test]
fn vendored_schema_is_the_official_one() {
    let schema = official_schema();
    assert_eq!(
        schema.get("id").and_then(Value::as_str),
        Some(
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
        )
    );
    assert_eq!(
        schema
            .pointer("/properties/version/enum/0")
            .and_then(Value::as_str),
        Some("2.1.0")
    );
}

#[test]
fn output_on_md_docx_txt_and_unreadable_validates_against_the_official_schema() {
    let (log, code) = sarif_of(MIXED);
    assert_eq!(code, Some(2), "an unreadable input still exits 2");
    assert_valid(&log);
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(
        log.pointer("/runs/0/columnKind"),
        Some(&Value::from("unicodeCodePoints"))
    );
    let rules = log
        .pointer("/runs/0/tool/driver/rules")
        .and_then(Value::as_array)
        .map(Vec::len);
    assert_eq!(rules, Some(peaklint::checks::RULES.len()));
    assert!(!results(&log).is_empty());
}

#[test]
fn the_validator_is_not_vacuous() {
    let (mut log, _) = sarif_of(&["fixtures/variants/misnumbered.md"]);
    assert!(validator().is_valid(&log));
    if let Some(level) = log.pointer_mut("/runs/0/results/0/level") {
        *level = Value::from("fatal");
    }
    assert!(
        !validator().is_valid(&log),
        "an unknown level must fail the schema"
    );
}

#[test]
fn locations_follow_the_format() {
    let (log, _) = sarif_of(MIXED);
    let rules = log
        .pointer("/runs/0/tool/driver/rules")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut saw_region = false;
    let mut saw_logical = false;
    let mut saw_related = false;
    for r in results(&log) {
        // ruleIndex points at the rule with that id.
        let index = r["ruleIndex"]
            .as_u64()
            .and_then(|i| usize::try_from(i).ok());
        let rule_at_index = index.and_then(|i| rules.get(i)).map(|d| &d["id"]);
        assert_eq!(rule_at_index, Some(&r["ruleId"]), "{r}");
        assert!(r
            .pointer("/partialFingerprints/peaklintFinding~1v1")
            .is_some());
        let loc = &r["locations"][0];
        let region = loc.pointer("/physicalLocation/region");
        let u = uri(r);
        if u.ends_with(".docx") {
            assert!(region.is_none(), "no region for .docx: {r}");
            if let Some(logical) = loc.pointer("/logicalLocations/0") {
                saw_logical = true;
                if logical["kind"] == "paragraph" {
                    let fqn = logical["fullyQualifiedName"].as_str().unwrap_or("");
                    assert!(fqn.contains('¶'), "{fqn}");
                }
            }
        }
        if let Some(region) = region {
            saw_region = true;
            assert!(region["startLine"].as_u64() >= Some(1));
            assert!(region["startColumn"].as_u64() >= Some(1));
        }
        if r["ruleId"] == "input/unreadable" {
            assert_eq!(u, "fixtures/broken/not-a-zip.docx");
            assert!(region.is_none() && loc.get("logicalLocations").is_none());
            assert_eq!(r["level"], "error");
        }
        if r.get("relatedLocations").is_some() {
            saw_related = true;
        }
    }
    assert!(saw_region && saw_logical && saw_related);
}

/// The same plan with two blank lines inserted near the top: every line of a
/// finding moves, its fingerprint does not.
#[test]
fn fingerprints_survive_a_line_inserted_above() {
    let original = match std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/variants/boundary-defects.md"),
    ) {
        Ok(t) => t,
        Err(e) => panic!("cannot read fixture: {e}"),
    };
    // Two blank lines after the title heading (below the YAML front matter).
    let title_end = original
        .find("\n# ")
        .and_then(|t| {
            original
                .get(t + 1..)
                .and_then(|r| r.find('\n'))
                .map(|e| t + 1 + e)
        })
        .unwrap_or(0);
    let (head, rest) = original.split_at(title_end);
    let edited = format!("{head}\n\n{rest}");
    let dir = scratch("fingerprints");
    let a = dir.join("a");
    let b = dir.join("b");
    for d in [&a, &b] {
        if let Err(e) = std::fs::create_dir_all(d) {
            panic!("cannot create {}: {e}", d.display());
        }
    }
    write(&a.join("plan.md"), &original);
    write(&b.join("plan.md"), &edited);
    let (log_a, _) = sarif_of(&[&a.join("plan.md").to_string_lossy()]);
    let (log_b, _) = sarif_of(&[&b.join("plan.md").to_string_lossy()]);
    let prints = |log: &Value| -> Vec<(String, String)> {
        results(log)
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap_or("").to_string(),
                    r.pointer("/partialFingerprints/peaklintFinding~1v1")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                )
            })
            .collect()
    };
    let lines = |log: &Value| -> Vec<u64> {
        results(log)
            .iter()
            .filter_map(|r| {
                r.pointer("/locations/0/physicalLocation/region/startLine")
                    .and_then(Value::as_u64)
            })
            .collect()
    };
    assert!(!results(&log_a).is_empty());
    assert_ne!(
        lines(&log_a),
        lines(&log_b),
        "the edit must move the findings"
    );
    assert_eq!(prints(&log_a), prints(&log_b));
    // Fingerprints are distinct within one file.
    let mut p = prints(&log_a);
    p.sort();
    p.dedup();
    assert_eq!(p.len(), results(&log_a).len());
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-sarif-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    dir
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
}

fn result_with(path: &str, d: Diagnostic) -> FileResult {
    FileResult {
        path: path.to_string(),
        format: Format::Markdown,
        readable: true,
        diagnostics: vec![d],
        outline_coverage: 1.0,
        principles: Vec::new(),
        source: String::new(),
    }
}

#[test]
fn github_commands_escape_data_and_properties() {
    let d = Diagnostic::new(
        "target/conflict",
        Category::Target,
        Severity::Error,
        "下降 18%\r\n见上文".to_string(),
    )
    .at(
        Location {
            line: Some(12),
            column: Some(3),
            end_line: Some(12),
            end_column: Some(9),
            ..Location::default()
        },
        None,
    );
    let out = github::render(&[result_with("plans/a,b:c%.md", d)]);
    assert_eq!(
        out,
        "::error file=plans/a%2Cb%3Ac%25.md,line=12,col=3,endLine=12,endColumn=9,\
         title=target/conflict::下降 18%25%0D%0A见上文\n"
    );
}

#[test]
fn github_levels_and_docx_places() {
    let d = Diagnostic::new(
        "structure/numbering",
        Category::Structure,
        Severity::Warning,
        "编号不连续".to_string(),
    )
    .with_help("改为“五、”")
    .at(
        Location {
            paragraph: Some(57),
            section: vec!["六、实施路径".to_string()],
            ..Location::default()
        },
        None,
    );
    let info = Diagnostic::new(
        "input/encoding",
        Category::Input,
        Severity::Info,
        "GBK".to_string(),
    );
    let mut f = result_with("a.docx", d);
    f.format = Format::Docx;
    f.diagnostics.push(info);
    let out = github::render(&[f]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        vec![
            "::warning file=a.docx,title=structure/numbering::[六、实施路径 › ¶57] 编号不连续%0A改为“五、”",
            "::notice file=a.docx,title=input/encoding::GBK",
        ]
    );
}

#[test]
fn github_format_through_the_binary() {
    let out = peaklint(&[
        "check",
        "--format",
        "github",
        "fixtures/variants/misnumbered.md",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().count() > 0);
    for line in text.lines() {
        assert!(
            line.starts_with("::error file=fixtures/variants/misnumbered.md")
                || line.starts_with("::warning file=fixtures/variants/misnumbered.md")
                || line.starts_with("::notice file=fixtures/variants/misnumbered.md"),
            "{line}"
        );
    }
}
