//! The JSON output keeps the contract (`docs/json-output.md`): its JSON Schema is
//! generated from the serialised types and committed; real output has every field the
//! contract names, in a deterministic order.

use peaklint::report::json::json_schema_text;

#[test]
fn json_schema_is_fresh() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json-output.schema.json");
    let generated = json_schema_text();
    if std::env::var_os("PEAKLINT_WRITE_SCHEMA").is_some() {
        if let Err(e) = std::fs::write(&path, &generated) {
            panic!("{e}");
        }
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/json-output.schema.json is stale: run `PEAKLINT_WRITE_SCHEMA=1 cargo test --test json_output`"
    );
}

fn run(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = crate::common::peaklint(args);
    match serde_json::from_slice(&out.stdout) {
        Ok(v) => (out.status.code(), v),
        Err(e) => panic!(
            "invalid JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        ),
    }
}

#[test]
fn contract_fields_and_exit_codes() {
    let (code, v) = run(&[
        "check",
        "--format",
        "json",
        "fixtures/md/standard-plan.md",
        "fixtures/variants/missing-safeguards.md",
    ]);
    assert_eq!(
        code,
        Some(1),
        "an error finding exits 1 whatever the format"
    );
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["tool"]["name"], "peaklint");
    assert_eq!(v["rules"]["name"], "park-carbon-peak");
    let files = v["files"].as_array().cloned().unwrap_or_default();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["path"], "fixtures/md/standard-plan.md");
    assert_eq!(files[0]["format"], "markdown");
    assert_eq!(files[0]["status"], "checked");
    assert_eq!(files[0]["summary"]["errors"], 0);
    let d = &files[1]["diagnostics"][0];
    assert_eq!(d["rule"], "structure/missing-chapter");
    assert_eq!(d["category"], "structure");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["expected"]["id"], "safeguards");
    assert!(
        d.get("location").is_none(),
        "a missing chapter has no location"
    );
    assert!(files[1]["summary"]["outline_coverage"]
        .as_f64()
        .is_some_and(|c| c < 1.0));

    let (code, _) = run(&[
        "check",
        "--format",
        "json",
        "--fail-on",
        "warning",
        "fixtures/md/standard-plan.md",
    ]);
    assert_eq!(code, Some(0));
}

#[test]
fn locations_for_text_and_docx() {
    let (_, v) = run(&[
        "check",
        "--format",
        "json",
        "fixtures/variants/misnumbered.md",
    ]);
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "structure/numbering");
    let l = &d["location"];
    for k in [
        "line",
        "column",
        "end_line",
        "end_column",
        "byte_start",
        "byte_end",
    ] {
        assert!(l[k].as_u64().is_some(), "{k} missing: {l}");
    }
    assert!(l["section"].as_array().is_some_and(|s| !s.is_empty()));

    let (_, v) = run(&[
        "check",
        "--format",
        "json",
        "fixtures/variants/misnumbered.docx",
    ]);
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "structure/numbering");
    assert!(d["location"]["paragraph"].as_u64().is_some(), "{d}");
    assert!(d["location"].get("line").is_none());
}

#[test]
fn output_is_deterministic() {
    let args = [
        "check",
        "--format",
        "json",
        "fixtures/md/gov-plan.md",
        "fixtures/docx/wps-style.docx",
    ];
    let (_, a) = run(&args);
    let (_, b) = run(&args);
    assert_eq!(a, b);
}
