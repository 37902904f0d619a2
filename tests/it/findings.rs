//! Typed findings: the checks build data, the renderer words it (`report::messages`). The
//! JSON `data` carries the values with stable kinds and JSON types; one check run renders
//! in either language byte for byte as a run in that language does; the kinds documented
//! in `docs/json-output.md` are the schema's, with the schema's fields, and every rule's
//! documented failing example gives a documented kind of that rule.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde_json::Value;

use peaklint::checks::{self, Lang};
use peaklint::diagnostic::Diagnostic;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::document::Document;
use peaklint::finding::{Finding, LatePeak};
use peaklint::pack;
use peaklint::pipeline::{check_document, conclude, find, Options};
use peaklint::report::messages::{localize, render};

use crate::common::{outcome, peaklint_in};

fn read(text: &str) -> Document {
    match read_bytes("plan.md", text.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

fn fails(id: &str) -> &'static str {
    checks::doc(id).map_or("", |d| d.fails)
}

/// A fresh folder holding `plan.md` and, when given, a `peaklint.yaml`.
fn plan_dir(name: &str, plan: &str, config: Option<&str>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-findings-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let written = std::fs::create_dir_all(&dir)
        .and_then(|_| std::fs::write(dir.join("plan.md"), plan))
        .and_then(|_| match config {
            Some(c) => std::fs::write(dir.join("peaklint.yaml"), c),
            None => Ok(()),
        });
    if let Err(e) = written {
        panic!("{e}");
    }
    dir
}

/// The JSON diagnostics of `rule` when `peaklint check --format json` runs in `dir`.
fn json_of(dir: &std::path::Path, lang: &str, rule: &str) -> Vec<Value> {
    let (_, stdout, stderr) = outcome(&peaklint_in(
        dir,
        &["--lang", lang, "check", "--format", "json", "plan.md"],
    ));
    let v: Value = match serde_json::from_str(&stdout) {
        Ok(v) => v,
        Err(e) => panic!("{e}: {stdout}{stderr}"),
    };
    v["files"][0]["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["rule"] == rule)
        .cloned()
        .collect()
}

#[test]
fn late_peak_data_carries_the_year_and_the_deadline_in_force() {
    // The default deadline.
    let dir = plan_dir("late-default", fails("target/late-peak"), None);
    let late = json_of(&dir, "zh", "target/late-peak");
    assert_eq!(late.len(), 1, "{late:#?}");
    let data = &late[0]["data"];
    assert_eq!(data["kind"], "late_peak");
    assert!(data["year"].is_u64() && data["deadline"].is_u64(), "{data}");
    assert_eq!(
        (data["year"].as_u64(), data["deadline"].as_u64()),
        (Some(2032), Some(2030))
    );
    assert_eq!(data["around"], false);
    assert_eq!(
        data["quote"],
        "园区力争2032年实现碳达峰，峰值控制在260万吨以内。"
    );
    // A regional deadline from peaklint.yaml is the one the data carries, in both languages.
    let config = "extends: default\nthresholds:\n  peak_deadline: 2028\n";
    let plan = "## 三、碳达峰目标\n\n本方案以2020年为基准年。园区力争2030年左右实现碳达峰。\n";
    let dir = plan_dir("late-regional", plan, Some(config));
    for lang in ["zh", "en"] {
        let late = json_of(&dir, lang, "target/late-peak");
        assert_eq!(late.len(), 1, "{late:#?}");
        let data = &late[0]["data"];
        assert_eq!(
            (
                data["year"].as_u64(),
                data["deadline"].as_u64(),
                &data["around"]
            ),
            (Some(2030), Some(2028), &Value::Bool(true)),
            "{data}"
        );
        let message = late[0]["message"].as_str().unwrap_or_default();
        assert!(message.contains("2028"), "{message}");
    }
}

#[test]
fn data_carries_numbers_years_and_titles_as_json_types() {
    let dir = plan_dir("conflict", fails("target/conflict"), None);
    let conflict = json_of(&dir, "en", "target/conflict");
    let data = &conflict[0]["data"];
    assert_eq!(data["kind"], "target_conflict");
    assert_eq!(data["metric"], "co2_intensity_value_added");
    assert_eq!(data["year"].as_u64(), Some(2025), "{data}");
    assert_eq!(data["value"].as_f64(), Some(16.0), "{data}");
    assert_eq!(data["earlier_value"].as_f64(), Some(18.0), "{data}");
    assert_eq!(data["percent"], true);

    let dir = plan_dir("table-sum", fails("consistency/table-sum"), None);
    let sum = json_of(&dir, "en", "consistency/table-sum");
    let data = &sum[0]["data"];
    assert_eq!(data["kind"], "table_sum");
    assert_eq!(data["column"], "排放量（万吨）");
    assert_eq!(
        (
            data["total"].as_f64(),
            data["parts"].as_u64(),
            data["decimals"].as_u64()
        ),
        (Some(486.0), Some(3), Some(1)),
        "{data}"
    );
    assert!(
        data["sum"]
            .as_f64()
            .is_some_and(|s| (s - 469.9).abs() < 1e-9),
        "{data}"
    );

    let dir = plan_dir("reduction-gap", fails("target/reduction-gap"), None);
    let gap = json_of(&dir, "zh", "target/reduction-gap");
    let data = &gap[0]["data"];
    assert_eq!(data["kind"], "reduction_gap");
    assert_eq!(data["year"].as_u64(), Some(2030));
    assert_eq!(data["bau_tonnes"].as_f64(), Some(1_500_000.0), "{data}");
    assert_eq!(data["target_tonnes"].as_f64(), Some(1_200_000.0), "{data}");
    assert_eq!(data["measures"].as_u64(), Some(3), "{data}");
    // Two related places, two related messages: the target and the measures.
    assert_eq!(data["measures_located"], true);
    assert_eq!(gap[0]["related"].as_array().map(Vec::len), Some(2));

    let dir = plan_dir("missing-chapter", fails("structure/missing-chapter"), None);
    let missing = json_of(&dir, "en", "structure/missing-chapter");
    let data = &missing[0]["data"];
    assert_eq!(data["kind"], "missing_chapter");
    assert_eq!(data["item"]["id"], missing[0]["expected"]["id"]);
    assert_eq!(data["item"]["title"], "保障措施");
    assert_eq!(data["item"]["clause"], "9");
    assert_eq!(data["level"], "required");
}

/// Render every finding of `found` in `lang` the way the pipeline does, and compare with
/// a whole run in that language.
fn same_as_a_run_in(doc: &Document, lang: Lang) {
    let pack = pack::default_pack();
    let found = find(doc, pack);
    let options = Options {
        lang,
        ..Options::default()
    };
    let rendered = conclude(doc, pack, found, &options, None).diagnostics;
    let run = check_document(doc, pack, lang).diagnostics;
    assert_eq!(rendered, run, "{lang:?}");
}

#[test]
fn one_check_run_renders_in_both_languages() {
    for d in checks::docs().filter(|d| !d.fails.is_empty()) {
        let doc = read(d.fails);
        // The checks ran once: their findings have data and no text yet.
        let found = find(&doc, pack::default_pack());
        assert!(
            found
                .diagnostics
                .iter()
                .all(|f| f.data.is_some() && f.message.is_empty() && f.help.is_none()),
            "{}: {:#?}",
            d.id,
            found.diagnostics
        );
        // Worded in either language from those findings, byte for byte as a run in it.
        same_as_a_run_in(&doc, Lang::Zh);
        same_as_a_run_in(&doc, Lang::En);
        for f in &found.diagnostics {
            let (mut zh, mut en): (Diagnostic, Diagnostic) = (f.clone(), f.clone());
            localize(&mut zh, Lang::Zh);
            localize(&mut en, Lang::En);
            assert_eq!(
                (zh.rule, zh.location.clone()),
                (en.rule, en.location.clone())
            );
            assert_eq!(zh.data, en.data);
            assert_ne!(zh.message, en.message, "{}", f.rule);
            assert_eq!(zh.related.len(), en.related.len());
        }
    }
    // The renderer needs nothing but the finding.
    let late = Finding::LatePeak(LatePeak {
        year: 2032,
        deadline: 2030,
        around: false,
        after: false,
        quote: "园区力争2032年实现碳达峰".into(),
        repeats: 0,
    });
    let after = Finding::LatePeak(LatePeak {
        year: 2030,
        deadline: 2030,
        around: false,
        after: true,
        quote: "园区力争2030年后尽早实现碳达峰".into(),
        repeats: 0,
    });
    assert_eq!(
        render(&after, Lang::Zh).message,
        "达峰时间为2030年以后，晚于要求的2030年前达峰：园区力争2030年后尽早实现碳达峰"
    );
    assert_eq!(
        render(&late, Lang::Zh).message,
        "达峰年份2032年晚于要求的2030年：园区力争2032年实现碳达峰"
    );
    assert_eq!(
        render(&late, Lang::En).message,
        "peak year 2032 is later than the required 2030"
    );
}

/// The kinds table of `docs/json-output.md`: kind → (rule column, documented fields).
fn documented_kinds() -> BTreeMap<String, (String, BTreeSet<String>)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json-output.md");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let ticked = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let mut kinds = BTreeMap::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split(" | ").collect();
        let [kind, rule, fields] = cells.as_slice() else {
            continue;
        };
        let (Some(kind), Some(rule)) = (
            ticked(kind.trim_start_matches('|').trim()).first().cloned(),
            ticked(rule).first().cloned(),
        ) else {
            continue;
        };
        if !rule.contains('/') {
            continue;
        }
        // The fields are the ticked names before any parenthesis of explanation
        // (`level` (`required` or `recommended`) names one field).
        let mut names = BTreeSet::new();
        let mut depth = 0;
        for (i, part) in fields.split('`').enumerate() {
            if i % 2 == 1 && depth == 0 {
                names.insert(part.to_string());
            } else if i % 2 == 0 {
                depth += part.matches('(').count();
                depth -= part.matches(')').count().min(depth);
            }
        }
        kinds.insert(kind, (rule, names));
    }
    kinds
}

/// The kinds of the JSON Schema's `Finding` with their fields (besides `kind`).
fn schema_kinds() -> BTreeMap<String, BTreeSet<String>> {
    let schema: Value =
        serde_json::from_str(&peaklint::report::json::json_schema_text()).unwrap_or_default();
    let defs = &schema["definitions"];
    let mut kinds = BTreeMap::new();
    for variant in defs["Finding"]["oneOf"].as_array().into_iter().flatten() {
        let kind = variant["properties"]["kind"]["const"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let mut fields = BTreeSet::new();
        for part in variant["allOf"].as_array().into_iter().flatten() {
            let name = part["$ref"]
                .as_str()
                .and_then(|r| r.rsplit('/').next())
                .unwrap_or_default();
            if let Some(props) = defs[name]["properties"].as_object() {
                fields.extend(props.keys().cloned());
            }
        }
        kinds.insert(kind, fields);
    }
    kinds
}

#[test]
fn documented_kinds_are_the_schema_kinds_with_their_fields() {
    let documented = documented_kinds();
    let schema = schema_kinds();
    assert_eq!(
        documented.keys().collect::<Vec<_>>(),
        schema.keys().collect::<Vec<_>>(),
        "docs/json-output.md lists other kinds than the schema"
    );
    for (kind, fields) in &schema {
        let doc_fields = documented
            .get(kind)
            .map(|(_, f)| f.clone())
            .unwrap_or_default();
        assert_eq!(&doc_fields, fields, "{kind}: documented fields");
    }
}

#[test]
fn every_failing_example_gives_a_documented_kind_of_its_rule() {
    let documented = documented_kinds();
    let mut kinds_seen = BTreeSet::new();
    for d in checks::docs().filter(|d| !d.fails.is_empty()) {
        let diags = check_document(&read(d.fails), pack::default_pack(), Lang::En).diagnostics;
        let own: Vec<&Diagnostic> = diags.iter().filter(|f| f.rule == d.id).collect();
        assert!(
            !own.is_empty(),
            "{}: the failing example does not fire",
            d.id
        );
        for f in own {
            let Some(data) = &f.data else {
                panic!("{}: a finding without data: {f:#?}", d.id);
            };
            let kind = data.kind();
            let Some((rule, _)) = documented.get(&kind) else {
                panic!(
                    "{}: kind `{kind}` is not documented in docs/json-output.md",
                    d.id
                );
            };
            let family = rule.strip_suffix('*');
            assert!(
                *rule == d.id || family.is_some_and(|p| d.id.starts_with(p)),
                "{}: kind `{kind}` is documented for {rule}",
                d.id
            );
            kinds_seen.insert(kind);
        }
    }
    // A sample of kinds the examples give, so a rule that stopped giving data shows.
    for kind in [
        "late_peak",
        "missing_chapter",
        "missing_evidence",
        "table_sum",
        "no_structure",
    ] {
        assert!(kinds_seen.contains(kind), "{kind}: {kinds_seen:?}");
    }
}
