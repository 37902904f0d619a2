//! The pack's `lexicon:`: the words that decide readings are data. Every entry of the
//! embedded pack is filled and carries examples both ways; a rules file or `peaklint.yaml`
//! that breaks an entry is told where; a `peaklint.yaml` entry changes the reading.

use crate::common::{outcome, peaklint_in};
use peaklint::pack::{default_pack, load_pack, Config, Lexicon, ProblemKind, DEFAULT_PACK_YAML};

#[test]
fn every_entry_of_the_embedded_lexicon_has_words_and_examples_both_ways() {
    let pack = default_pack();
    for name in Lexicon::NAMES {
        let Some(v) = pack.lexicon.vocabulary(name) else {
            panic!("{name} has no vocabulary");
        };
        assert!(!v.is_empty(), "lexicon.{name} is empty");
        assert!(
            v.examples.matches.len() >= 2 && !v.examples.no_match.is_empty(),
            "lexicon.{name} needs ≥ 2 `match` and ≥ 1 `no_match` examples"
        );
        for e in &v.examples.matches {
            assert!(v.is_match(&e.text), "lexicon.{name} must match {}", e.text);
        }
        for e in &v.examples.no_match {
            assert!(
                !v.is_match(&e.text),
                "lexicon.{name} must not match {}",
                e.text
            );
        }
    }
}

#[test]
fn a_change_verb_pattern_without_its_verb_group_is_an_error_at_the_pattern() {
    let from = "(?:自然|累计)?(?P<verb>下降";
    assert!(DEFAULT_PACK_YAML.contains(from));
    let text = DEFAULT_PACK_YAML.replacen(from, "(?:自然|累计)?(?P<verbs>下降", 1);
    let Err(err) = load_pack("park.yaml", &text) else {
        panic!("expected an error");
    };
    let line = text
        .lines()
        .position(|l| l.contains("(?P<verbs>下降"))
        .map(|i| i + 1);
    assert_eq!(err.kind(), ProblemKind::InvalidRegex);
    assert_eq!(Some(err.line()), line);
    assert!(
        err.render(90).contains("lexicon.change_verb"),
        "{}",
        err.render(90)
    );
}

#[test]
fn a_config_adds_regional_wording_to_an_entry() {
    let config = Config::parse(
        "peaklint.yaml",
        "extends: default\nlexicon:\n  upper_level:\n    terms: [兵团]\n    examples:\n      match: [兵团下达的目标]\n",
    )
    .unwrap_or_else(|e| panic!("{}", e.render(90)));
    let pack = peaklint::pack::resolve(&config).unwrap_or_else(|e| panic!("{}", e.render(90)));
    let base = default_pack();
    assert!(pack.lexicon.upper_level.is_match("兵团单位地区生产总值"));
    assert!(!base.lexicon.upper_level.is_match("兵团单位地区生产总值"));
    // The pack's own wording is kept.
    assert!(pack.lexicon.upper_level.is_match("全省单位地区生产总值"));
    assert_eq!(
        pack.lexicon.upper_level.examples.matches.len(),
        base.lexicon.upper_level.examples.matches.len() + 1
    );
}

#[test]
fn a_config_entry_changes_how_a_target_is_read() {
    let dir = std::env::temp_dir().join(format!("peaklint-lexicon-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let plan = "# 某园区碳达峰实施方案\n\n## 三、碳达峰目标\n\n到2025年，兵团单位地区生产总值二氧化碳排放比2020年下降16%。\n";
    std::fs::write(dir.join("plan.md"), plan).unwrap_or_else(|e| panic!("{e}"));
    let role = |dir: &std::path::Path| -> String {
        let out = peaklint_in(dir, &["facts", "--format", "json", "plan.md"]);
        let (code, stdout, stderr) = outcome(&out);
        assert_eq!(code, Some(0), "{stderr}");
        let v: serde_json::Value =
            serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
        v["files"][0]["targets"][0]["role"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(role(&dir), "plan");
    std::fs::write(
        dir.join("peaklint.yaml"),
        "extends: default\nlexicon:\n  upper_level:\n    terms: [兵团]\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(role(&dir), "upper_level");
}

#[test]
fn an_unknown_entry_in_a_config_is_named_with_a_suggestion() {
    let config = Config::parse(
        "peaklint.yaml",
        "extends: default\nlexicon:\n  uper_level:\n    terms: [自治区]\n",
    )
    .unwrap_or_else(|e| panic!("{}", e.render(90)));
    let Err(err) = peaklint::pack::resolve(&config) else {
        panic!("expected an error");
    };
    assert_eq!((err.line(), err.column()), (3, 3));
    assert!(
        err.render(90).contains("did you mean `upper_level`"),
        "{}",
        err.render(90)
    );
}

#[test]
fn a_gas_name_pattern_whose_group_is_not_a_gas_id_is_an_error_at_the_pattern() {
    let from = "(?P<CH4>甲烷|CH4|CH₄)";
    assert!(DEFAULT_PACK_YAML.contains(from));
    for bad in ["(?P<methane>甲烷|CH4|CH₄)", "(甲烷|CH4|CH₄)"] {
        let text = DEFAULT_PACK_YAML.replacen(from, bad, 1);
        let Err(err) = load_pack("park.yaml", &text) else {
            panic!("expected an error for {bad}");
        };
        let line = text.lines().position(|l| l.contains(bad)).map(|i| i + 1);
        assert_eq!(err.kind(), ProblemKind::InvalidRegex);
        assert_eq!(Some(err.line()), line);
        let shown = err.render(90);
        assert!(
            shown.contains("lexicon.gas_name") && shown.contains("`CH4`"),
            "{shown}"
        );
    }
}

#[test]
fn a_config_spelling_of_a_gas_is_read_into_the_facts_boundary() {
    let dir = std::env::temp_dir().join(format!("peaklint-gas-name-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let plan = "# 某园区碳达峰实施方案\n\n## 三、核算边界\n\n本方案的核算边界为园区规划范围内的工业企业，核算的温室气体为二氧化碳和笑气。\n";
    std::fs::write(dir.join("plan.md"), plan).unwrap_or_else(|e| panic!("{e}"));
    let gases = |dir: &std::path::Path| -> Vec<String> {
        let out = peaklint_in(dir, &["facts", "--format", "json", "plan.md"]);
        let (code, stdout, stderr) = outcome(&out);
        assert_eq!(code, Some(0), "{stderr}");
        let v: serde_json::Value =
            serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
        v["files"][0]["boundary"]["gases"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|g| g.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(gases(&dir), ["CO2"]);
    std::fs::write(
        dir.join("peaklint.yaml"),
        "extends: default\nlexicon:\n  gas_name:\n    patterns: ['(?P<N2O>笑气)']\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(gases(&dir), ["CO2", "N2O"]);
    std::fs::write(
        dir.join("peaklint.yaml"),
        "extends: default\nlexicon:\n  gas_name:\n    patterns: ['(?P<laughing>笑气)']\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = peaklint_in(&dir, &["facts", "--format", "json", "plan.md"]);
    let (code, _, stderr) = outcome(&out);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("lexicon.gas_name"), "{stderr}");
}
