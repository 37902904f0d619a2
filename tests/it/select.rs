//! `--select` / `--ignore` on `check` and `report`: only the chosen rules report, the
//! others are off as if the pack said so, and an unknown selector is a usage error.

use std::collections::BTreeSet;

use serde_json::Value;

const DEFECTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/variants/target-defects.md"
);

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    crate::common::outcome(&crate::common::peaklint(args))
}

fn rules(args: &[&str]) -> BTreeSet<String> {
    let (code, out, err) = run(args);
    assert!(matches!(code, Some(0 | 1)), "{code:?} {err}");
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    v["files"][0]["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["rule"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn select_keeps_only_the_named_families_and_rules() {
    let all = rules(&["check", "--format", "json", DEFECTS]);
    assert!(all.iter().any(|r| r.starts_with("target/")), "{all:?}");
    assert!(all.iter().any(|r| !r.starts_with("target/")), "{all:?}");

    let targets = rules(&["check", "--format", "json", "--select", "target", DEFECTS]);
    assert!(!targets.is_empty());
    assert!(
        targets.iter().all(|r| r.starts_with("target/")),
        "{targets:?}"
    );
    assert_eq!(
        targets,
        all.iter()
            .filter(|r| r.starts_with("target/"))
            .cloned()
            .collect()
    );

    let one = rules(&[
        "check",
        "--format",
        "json",
        "--select",
        "target/late-peak,consistency/",
        DEFECTS,
    ]);
    assert!(
        one.iter()
            .all(|r| r == "target/late-peak" || r.starts_with("consistency/")),
        "{one:?}"
    );
}

#[test]
fn ignore_removes_rules_after_select() {
    let all = rules(&["check", "--format", "json", DEFECTS]);
    let rest = rules(&[
        "check",
        "--format",
        "json",
        "--ignore",
        "target",
        "--ignore",
        "principle",
        DEFECTS,
    ]);
    let expected: BTreeSet<String> = all
        .iter()
        .filter(|r| !r.starts_with("target/") && !r.starts_with("principle/"))
        .cloned()
        .collect();
    assert_eq!(rest, expected);
}

#[test]
fn unknown_selectors_are_usage_errors() {
    let (code, out, err) = run(&["check", "--select", "structur", DEFECTS]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(
        err.contains("`structur` 不是规则 id，也不是规则族（是否要用 `structure`？）"),
        "{err}"
    );
    let (_, _, err) = run(&["--lang", "en", "check", "--select", "structur", DEFECTS]);
    assert!(
        err.contains("`structur`") && err.contains("did you mean `structure`"),
        "{err}"
    );
    let (code, _, err) = run(&[
        "report",
        "--ignore",
        "nonsense/rule",
        "-o",
        "/dev/null",
        DEFECTS,
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("nonsense/rule"), "{err}");
}
