//! `peaklint facts`: the JSON schema is fresh and the output validates against it, the
//! command's formats and exit codes, and a snapshot of the facts of every fixture plan and
//! of the development corpus (`../shared/corpus/plans`, skipped when absent).

use crate::common::peaklint;
use std::path::{Path, PathBuf};

use peaklint::document::read::Limits;
use peaklint::plan_facts;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn facts_schema_is_fresh() {
    let path = root().join("docs/facts.schema.json");
    let generated = plan_facts::json_schema_text();
    if std::env::var_os("PEAKLINT_WRITE_SCHEMA").is_some() {
        if let Err(e) = std::fs::write(&path, &generated) {
            panic!("{e}");
        }
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/facts.schema.json is stale: run `PEAKLINT_WRITE_SCHEMA=1 cargo test --test facts`"
    );
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = match serde_json::from_str(&plan_facts::json_schema_text()) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    };
    match jsonschema::draft7::options().build(&schema) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn json_follows_the_contract_and_validates() {
    let out = peaklint(&[
        "facts",
        "--format",
        "json",
        "fixtures/docx/indicator-annex.docx",
        "fixtures/md/gov-plan.md",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: serde_json::Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    };
    let errors: Vec<String> = validator().iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["tool"]["name"], "peaklint");
    let annex = &v["files"][0];
    assert_eq!(annex["path"], "fixtures/docx/indicator-annex.docx");
    assert_eq!(annex["format"], "docx");
    assert_eq!(annex["status"], "checked");
    assert_eq!(annex["park"]["name"], "江北经济技术开发区");
    // Every field of the contract is there, unknowns as null.
    for key in [
        "park",
        "base_year",
        "boundary",
        "inventory",
        "peak",
        "targets",
        "measures",
    ] {
        assert!(annex.get(key).is_some(), "{key} missing");
    }
    // The base-year column `基准值（2020年）` names the base year (since session 41).
    assert_eq!(annex["base_year"]["year"], 2020);
    let cap = annex["targets"]
        .as_array()
        .and_then(|t| {
            t.iter()
                .find(|t| t["target_year"] == 2025 && t["kind"] == "cap")
        })
        .cloned()
        .unwrap_or_default();
    assert_eq!(cap["metric"], "二氧化碳排放总量");
    assert_eq!(cap["metric_id"], "co2_total");
    assert_eq!(cap["value"], 550.0);
    assert_eq!(cap["role"], "plan");
    assert_eq!(cap["location"]["table"], 1);
    for key in [
        "metric",
        "kind",
        "direction",
        "value",
        "upper",
        "stretch",
        "unit",
        "qualifier",
        "hedge",
        "base_year",
        "target_year",
        "role",
        "text",
        "location",
    ] {
        assert!(cap.get(key).is_some(), "target field {key} missing");
    }
}

#[test]
fn an_unreadable_file_is_listed_with_its_error_and_exits_2() {
    let out = peaklint(&[
        "facts",
        "--format",
        "json",
        "fixtures/broken/not-a-zip.docx",
        "fixtures/md/gov-plan.md",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(v["files"][0]["status"], "unreadable");
    assert!(v["files"][0]["error"]
        .as_str()
        .is_some_and(|e| !e.is_empty()));
    assert!(v["files"][0]["peak"].is_null());
    assert_eq!(v["files"][1]["status"], "checked");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not-a-zip.docx"));
    // A folder without any plan file, an unknown format: usage errors.
    let out = peaklint(&["facts", "--format", "pdf", "fixtures/md/gov-plan.md"]);
    assert_eq!(out.status.code(), Some(2));
    let out = peaklint(&["facts", "fixtures/expected"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn human_card_and_csv() {
    let out = peaklint(&["facts", "fixtures/docx/indicator-annex.docx"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("园区        江北经济技术开发区"), "{text}");
    assert!(
        text.contains("本方案    2025年 二氧化碳排放总量 不超过 550 万吨  ¶20，表1第3行第5列"),
        "{text}"
    );
    let out = peaklint(&[
        "facts",
        "--lang",
        "en",
        "fixtures/docx/indicator-annex.docx",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("base year   2020 (¶6, table 1 r1c4)"),
        "{text}"
    );
    assert!(text.contains("¶20, table 1 r3c5"), "{text}");
    let out = peaklint(&[
        "facts",
        "--format",
        "csv",
        "fixtures/docx/indicator-annex.docx",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().map(|l| l.trim_start_matches('\u{feff}')),
        Some(peaklint::report::facts::CSV_HEADER.join(",").as_str())
    );
    assert_eq!(lines.clone().count(), 14);
    // The location is for people: in the reader's language.
    assert!(text.contains(",¶20，表1第3行第5列,"), "{text}");
    let out = peaklint(&[
        "facts",
        "--format",
        "csv",
        "--lang",
        "en",
        "fixtures/docx/indicator-annex.docx",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(",\"¶20, table 1 r3c5\","), "{text}");
}

/// The plan files under `dir` (sorted).
fn plans(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| peaklint::batch::is_plan_file(p))
                .filter(|p| p.file_name().is_none_or(|n| n != "README.md"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn snapshot_json(path: &Path, shown: &str) -> String {
    let facts = plan_facts::read_path(
        path,
        peaklint::pack::default_pack(),
        &Limits::default(),
        false,
    );
    let mut facts = facts;
    facts.path = shown.to_string();
    serde_json::to_string_pretty(&facts).unwrap_or_default()
}

#[test]
fn fixture_plans_facts() {
    let mut seen = 0;
    for dir in [
        "fixtures/md",
        "fixtures/docx",
        "fixtures/txt",
        "fixtures/variants",
    ] {
        for p in plans(&root().join(dir)) {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let shown = format!("{dir}/{name}");
            let json = snapshot_json(&p, &shown);
            assert!(
                json.contains("\"status\": \"checked\""),
                "{shown} unreadable"
            );
            insta::assert_snapshot!(
                format!("fixture_{}", shown.replace(['/', '.', '-'], "_")),
                json
            );
            seen += 1;
        }
    }
    assert!(seen >= 10, "only {seen} fixture plans found");
}

#[test]
fn corpus_plans_facts() {
    let dir = root().join("../shared/corpus/plans");
    if !dir.is_dir() {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    for p in plans(&dir) {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let json = snapshot_json(&p, &format!("corpus/{name}"));
        assert!(
            json.contains("\"status\": \"checked\""),
            "{name} unreadable"
        );
        insta::assert_snapshot!(format!("corpus_{}", name.replace(['.', '-'], "_")), json);
    }
}
