//! `docs/rules.schema.json` is generated from the schema structs; this test fails when the
//! committed file is stale. Regenerate it with
//! `PEAKLINT_WRITE_SCHEMA=1 cargo test --test rules_schema`.

use std::path::Path;

#[test]
fn committed_json_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.schema.json");
    let generated = peaklint::pack::json_schema_text();
    if std::env::var_os("PEAKLINT_WRITE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write docs/rules.schema.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.schema.json is stale: run `PEAKLINT_WRITE_SCHEMA=1 cargo test --test rules_schema` and commit the result"
    );
}

#[test]
fn json_schema_is_valid_json_with_both_file_kinds() {
    let schema = peaklint::pack::json_schema();
    let any_of = schema["anyOf"].as_array().expect("anyOf");
    assert_eq!(any_of.len(), 2);
    let defs = schema["definitions"].as_object().expect("definitions");
    for name in [
        "OutlineItemSpec",
        "EvidenceSpec",
        "ConfigFile",
        "OutlinePatchSpec",
        "Thresholds",
    ] {
        assert!(defs.contains_key(name), "{name}");
    }
    // deny_unknown_fields becomes additionalProperties: false, so editors flag typos.
    assert_eq!(
        defs["OutlineItemSpec"]["additionalProperties"],
        serde_json::json!(false)
    );
}
