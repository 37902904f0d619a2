//! Rules-file errors: each is reported at file:line:column (column in characters) with a
//! snippet. The snapshots show the report exactly as `peaklint rules validate` prints it
//! (plain theme, no colour, no links, 90 columns).

use peaklint::lang::Lang;
use peaklint::pack::{load_pack, resolve, Config, ProblemKind, RulesError};

/// A minimal valid pack; the tests break one thing in it.
const BASE: &str = r#"schema_version: 1
meta:
  name: test-pack
  version: "1.0"
  standard: {title: 工业园区碳达峰实施方案编制指南, issuer: 中国循环经济协会}
  clauses:
    - {id: "7", title: 确立碳达峰目标}
outline:
  - id: targets
    title: 碳达峰目标
    aliases: [主要目标, 达峰目标]
    patterns: ['碳达峰.{0,4}目标']
    clause: "7"
  - id: pathway
    title: 实施路径
    aliases: [重点任务]
principles:
  - id: foresight
    name: 前瞻性
    evidence:
      - id: neutrality_link
        name: 与2060年前碳中和相衔接
        scope: targets
        any_patterns: ['2060\s*年前?[^。]{0,12}碳中和']
severities:
  structure/missing-chapter: error
  structure/numbering: warning
"#;

fn pack_error(text: &str) -> RulesError {
    match load_pack("park.yaml", text) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

fn edit(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "{from}");
    BASE.replacen(from, to, 1)
}

/// The report as a user sees it, preceded by the accessors the JSON output uses.
fn shown(err: &RulesError) -> String {
    let places: Vec<String> = err
        .problems()
        .iter()
        .map(|p| {
            format!(
                "{}:{}:{} {:?}",
                p.file().unwrap_or("-"),
                p.line(),
                p.column(),
                p.kind()
            )
        })
        .collect();
    format!("{}\n\n{}", places.join("\n"), err.render(90))
}

#[test]
fn the_base_pack_is_valid() {
    let pack = load_pack("park.yaml", BASE).unwrap_or_else(|e| panic!("{}", e.render(90)));
    assert_eq!(pack.outline.len(), 2);
}

#[test]
fn yaml_syntax_error() {
    let err = pack_error(&edit(
        "aliases: [主要目标, 达峰目标]",
        "aliases: [主要目标, 达峰目标",
    ));
    assert_eq!(err.kind(), ProblemKind::Syntax);
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn unknown_key_points_at_the_key() {
    let err = pack_error(&edit("    aliases: [重点任务]", "    aliass: [重点任务]"));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::UnknownKey, 16, 5)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn wrong_type_points_at_the_value() {
    let err = pack_error(&edit(
        "    clause: \"7\"\n",
        "    clause: \"7\"\n    min_chars: 很多\n",
    ));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::WrongType, 14, 16)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn wrong_enum_value_suggests_the_closest() {
    let err = pack_error(&edit(
        "structure/numbering: warning",
        "structure/numbering: warnng",
    ));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::WrongType, 27, 24)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn invalid_regex_points_inside_the_pattern() {
    // The error is after Chinese text on the same line: the column counts characters.
    let err = pack_error(&edit(
        "patterns: ['碳达峰.{0,4}目标']",
        "patterns: ['碳达峰(.{0,4}目标']",
    ));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::InvalidRegex, 12, 20)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn duplicate_id_points_at_the_second() {
    let err = pack_error(&edit("  - id: pathway", "  - id: targets"));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::DuplicateId, 14, 9)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn dangling_scope_suggests_the_id() {
    let err = pack_error(&edit("scope: targets", "scope: target"));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::DanglingReference, 23, 16)
    );
    insta::assert_snapshot!(shown(&err));
}

/// `within:` names a sibling chapter; another id is reported where it is written. The
/// `confused_with:` of a unit family likewise.
#[test]
fn dangling_within_and_confused_with_are_located() {
    let err = pack_error(&edit(
        "    aliases: [重点任务]",
        "    aliases: [重点任务]\n    within: [safeguards]",
    ));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::DanglingReference, 17, 14)
    );
    let units = format!(
        "{BASE}units:\n  - id: co2_mass\n    name: 二氧化碳\n    canonical: t\n    confused_with: [energy]\n    units:\n      - {{symbol: t, factor: 1}}\n"
    );
    let err = pack_error(&units);
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::DanglingReference, 32, 21)
    );
}

/// `per_output:` names the metric whose total an intensity divides: another id is
/// reported where it is written.
#[test]
fn dangling_per_output_is_located() {
    let targets = format!(
        "{BASE}targets:\n  metrics:\n    - id: energy_total\n      name: 能源消费总量\n    - id: energy_intensity\n      name: 单位工业增加值能耗\n      per_output: energy_totl\n"
    );
    let err = pack_error(&targets);
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::DanglingReference, 34, 19)
    );
    assert!(shown(&err).contains("energy_total"), "{}", shown(&err));
}

#[test]
fn unsupported_schema_version() {
    let err = pack_error(&edit("schema_version: 1", "schema_version: 2"));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::UnsupportedVersion, 1, 17)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn every_validation_problem_is_reported() {
    let text = edit("scope: targets", "scope: [targets, pathways]")
        .replacen("clause: \"7\"", "clause: \"7.1\"", 1)
        .replacen("[^。]{0,12}碳中和", "[^。]{0,12碳中和", 1);
    let err = pack_error(&text);
    let kinds: Vec<ProblemKind> = err.problems().iter().map(|p| p.kind()).collect();
    assert_eq!(
        kinds,
        vec![
            ProblemKind::DanglingReference,
            ProblemKind::DanglingReference,
            ProblemKind::InvalidRegex
        ]
    );
    insta::assert_snapshot!(shown(&err));
}

/// The same report in Chinese, as `peaklint rules validate` prints it by default: every
/// message, label and help in Chinese, the places and snippets unchanged.
#[test]
fn every_validation_problem_is_reported_in_chinese() {
    let text = edit("scope: targets", "scope: [targets, pathways]")
        .replacen("clause: \"7\"", "clause: \"7.1\"", 1)
        .replacen("[^。]{0,12}碳中和", "[^。]{0,12碳中和", 1);
    let err = pack_error(&text).in_lang(Lang::Zh);
    let english = pack_error(&text);
    for (zh, en) in err.problems().iter().zip(english.problems()) {
        assert_eq!((zh.line(), zh.column()), (en.line(), en.column()));
        assert_ne!(zh.message_in(Lang::Zh), en.message());
    }
    insta::assert_snapshot!(err.render(90));
}

#[test]
fn config_unknown_rule_points_into_peaklint_yaml() {
    let config = Config::parse(
        "peaklint.yaml",
        "extends: default\nrules:\n  structure/numbering: off\n  structure/numbring: off\n",
    )
    .unwrap_or_else(|e| panic!("{}", e.render(90)));
    let err = match resolve(&config) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    };
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::DanglingReference, 4, 3)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn config_unknown_key() {
    let err = match Config::parse(
        "peaklint.yaml",
        "extends: default\nthreshold:\n  peak_deadline: 2028\n",
    ) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    };
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::UnknownKey, 2, 1)
    );
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn debug_output_is_the_rendered_report() {
    let err = pack_error(&edit("scope: targets", "scope: target"));
    let debug = format!("{err:?}");
    assert!(debug.contains("park.yaml:23:16"), "{debug}");
    assert!(
        debug.contains("no outline item has the id `target`"),
        "{debug}"
    );
}

#[test]
fn missing_key() {
    let err = pack_error(&edit("    title: 实施路径\n", ""));
    assert_eq!(err.kind(), ProblemKind::MissingKey);
    insta::assert_snapshot!(shown(&err));
}

#[test]
fn string_where_a_list_is_expected() {
    let err = pack_error(&edit("aliases: [重点任务]", "aliases: 重点任务"));
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::WrongType, 16, 14)
    );
    insta::assert_snapshot!(shown(&err));
}
