//! The JSON Schema of rules files and `peaklint.yaml` (published as
//! `docs/rules.schema.json`; a test fails when that file is stale).

use schemars::generate::SchemaSettings;

use super::schema::AnyRulesFile;

/// The JSON Schema (draft-07, which YAML editors support best) for both file kinds.
pub fn json_schema() -> serde_json::Value {
    let generator = SchemaSettings::draft07().for_deserialize().into_generator();
    let mut schema = generator.into_root_schema_for::<AnyRulesFile>();
    schema.insert(
        "title".to_owned(),
        "peaklint rules pack or peaklint.yaml (schema v1)".into(),
    );
    schema.insert(
        "description".to_owned(),
        "A rules pack (schema_version, meta, outline, …) or a configuration that extends one (extends, rules, outline, thresholds, reference_targets). See docs/rules.md.".into(),
    );
    schema.to_value()
}

/// [`json_schema`] as pretty-printed text with a trailing newline.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}
