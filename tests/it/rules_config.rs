//! `peaklint.yaml`: discovery, `extends`, and the merge of overrides into the pack.

use std::path::PathBuf;

use peaklint::diagnostic::Severity;
use peaklint::pack::{
    default_pack, find_config, load_file, resolve, Config, ProblemKind, Requirement, RulesError,
    RulesPack, CONFIG_FILE_NAME,
};

fn resolved(text: &str) -> RulesPack {
    let config =
        Config::parse("peaklint.yaml", text).unwrap_or_else(|e| panic!("{}", e.render(90)));
    resolve(&config).unwrap_or_else(|e| panic!("{}", e.render(90)))
}

fn resolve_error(text: &str) -> RulesError {
    let config =
        Config::parse("peaklint.yaml", text).unwrap_or_else(|e| panic!("{}", e.render(90)));
    match resolve(&config) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

/// A fresh directory under the system temp dir.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-rules-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn matches(pack: &RulesPack, id: &str, heading: &str) -> bool {
    let item = pack.outline_item(id).unwrap_or_else(|| panic!("{id}"));
    peaklint::extract::outline::match_title(item, heading).is_some()
}

#[test]
fn an_empty_config_is_the_default_pack() {
    for text in [
        "",
        "# nothing yet\n",
        "extends: default\n",
        "rules:\noutline:\n",
    ] {
        let pack = resolved(text);
        assert_eq!(pack.to_yaml(), default_pack().to_yaml());
        assert_eq!(
            pack.origin,
            vec!["default".to_owned(), "peaklint.yaml".to_owned()]
        );
    }
}

#[test]
fn rules_are_disabled_and_regraded() {
    let pack = resolved(
        "extends: default\nrules:\n  structure/numbering: off\n  principle/foresight: info\n",
    );
    assert_eq!(
        pack.severity("structure/numbering", Severity::Warning),
        None
    );
    assert_eq!(
        pack.severity("principle/foresight", Severity::Warning),
        Some(Severity::Info)
    );
    assert_eq!(
        pack.severity("target/late-peak", Severity::Error),
        Some(Severity::Error)
    );
}

#[test]
fn thresholds_are_overridden_one_by_one() {
    let pack = resolved("thresholds:\n  peak_deadline: 2028\n");
    assert_eq!(pack.thresholds.peak_deadline, 2028);
    assert_eq!(
        pack.thresholds.min_history_years,
        default_pack().thresholds.min_history_years
    );
}

#[test]
fn outline_items_get_aliases_levels_and_new_items() {
    let pack = resolved(
        r#"
outline:
  - id: emission_analysis
    aliases: [碳排放家底]
    min_chars: 500
  - id: profile
    level: off
  - id: annexes
    level: required
  - id: zero_carbon_plant
    parent: pathway
    title: 零碳工厂建设
    level: recommended
    aliases: [零碳工厂]
  - id: climate_adaptation
    title: 适应气候变化
    level: optional
"#,
    );
    assert!(matches(&pack, "emission_analysis", "园区碳排放家底"));
    assert_eq!(
        pack.outline_item("emission_analysis")
            .and_then(|i| i.min_chars),
        Some(500)
    );
    assert_eq!(
        pack.outline_item("profile").map(|i| i.level),
        Some(Requirement::Off)
    );
    assert_eq!(pack.effective_level("industry"), Some(Requirement::Off));
    assert_eq!(
        pack.outline_item("annexes").map(|i| i.level),
        Some(Requirement::Required)
    );
    assert_eq!(
        pack.outline_path("zero_carbon_plant"),
        Some(vec!["pathway"])
    );
    assert!(matches(&pack, "zero_carbon_plant", "零碳工厂"));
    let pathway = pack.outline_item("pathway").expect("pathway");
    let added = pathway.sections.last().expect("added section");
    assert_eq!(added.id, "zero_carbon_plant");
    assert!(added.order > pathway.sections[0].order);
    assert_eq!(
        pack.outline.last().map(|c| c.id.as_str()),
        Some("climate_adaptation")
    );
}

#[test]
fn reference_targets_are_added_or_replaced() {
    let pack = resolved(
        r#"
reference_targets:
  - id: js_co2_gdp_2025
    scope: provincial
    region: 江苏省
    metric: co2_intensity_gdp
    kind: change
    base_year: 2020
    target_year: 2025
    value: -19.5
    source: 《江苏省碳达峰实施方案》
    year_published: 2022
  - id: national_peak_2030
    scope: national
    region: 全国
    metric: co2_total
    kind: peak
    target_year: 2029
    source: 《测试》
    year_published: 2024
"#,
    );
    let count = default_pack().reference_targets.len();
    assert_eq!(pack.reference_targets.len(), count + 1);
    let js = pack
        .reference_targets
        .iter()
        .find(|r| r.id == "js_co2_gdp_2025")
        .expect("added");
    assert_eq!(js.value, Some(-19.5));
    let peak = pack
        .reference_targets
        .iter()
        .find(|r| r.id == "national_peak_2030")
        .expect("kept");
    assert_eq!(peak.target_year, 2029);
}

#[test]
fn override_errors_point_into_the_config() {
    let err = resolve_error(
        r#"outline:
  - id: new_chapter
    aliases: [新章节]
  - id: pathway
    parent: targets
  - id: zero_carbon_plant
    parent: pathways
    title: 零碳工厂建设
  - id: targets
    aliases: [保障措施]
    patterns: ['目标(']
"#,
    );
    let places: Vec<(ProblemKind, usize, usize)> = err
        .problems()
        .iter()
        .map(|p| (p.kind(), p.line(), p.column()))
        .collect();
    assert_eq!(
        places,
        vec![
            (ProblemKind::MissingKey, 2, 9),
            (ProblemKind::InvalidValue, 5, 13),
            (ProblemKind::DanglingReference, 7, 13),
            (ProblemKind::DuplicateId, 10, 15),
            (ProblemKind::InvalidRegex, 11, 19),
        ]
    );
    assert!(err
        .problems()
        .iter()
        .all(|p| p.file() == Some("peaklint.yaml")));
    insta::assert_snapshot!(err.render(90));
}

#[test]
fn find_config_looks_in_parents() {
    let root = temp_dir("find");
    let nested = root.join("plans/2025");
    std::fs::create_dir_all(&nested).expect("nested");
    assert_eq!(find_config(&nested).filter(|p| p.starts_with(&root)), None);
    std::fs::write(root.join(CONFIG_FILE_NAME), "extends: default\n").expect("write");
    assert_eq!(find_config(&nested), Some(root.join(CONFIG_FILE_NAME)));
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn load_file_reads_packs_and_configs_with_relative_extends() {
    let dir = temp_dir("extends");
    let pack_text =
        peaklint::pack::DEFAULT_PACK_YAML.replace("name: park-carbon-peak", "name: my-pack");
    std::fs::create_dir_all(dir.join("rules")).expect("rules dir");
    std::fs::write(dir.join("rules/my-pack.yaml"), pack_text).expect("write pack");
    std::fs::write(
        dir.join(CONFIG_FILE_NAME),
        "extends: rules/my-pack.yaml\nthresholds:\n  peak_deadline: 2028\n",
    )
    .expect("write config");

    let pack =
        load_file(&dir.join("rules/my-pack.yaml")).unwrap_or_else(|e| panic!("{}", e.render(90)));
    assert_eq!(pack.name(), "my-pack");
    let pack =
        load_file(&dir.join(CONFIG_FILE_NAME)).unwrap_or_else(|e| panic!("{}", e.render(90)));
    assert_eq!(
        (pack.name(), pack.thresholds.peak_deadline),
        ("my-pack", 2028)
    );
    assert_eq!(pack.origin.len(), 2);

    std::fs::write(dir.join(CONFIG_FILE_NAME), "extends: rules/missing.yaml\n").expect("rewrite");
    let err = match load_file(&dir.join(CONFIG_FILE_NAME)) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    };
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::Io, 1, 10)
    );

    let err = match load_file(&dir.join("nothing.yaml")) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    };
    assert_eq!(
        (err.kind(), err.line(), err.column()),
        (ProblemKind::Io, 0, 0)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_extends_cycle_stops() {
    let dir = temp_dir("cycle");
    std::fs::write(dir.join("a.yaml"), "extends: b.yaml\n").expect("a");
    std::fs::write(dir.join("b.yaml"), "extends: a.yaml\n").expect("b");
    let err = match load_file(&dir.join("a.yaml")) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    };
    assert_eq!(err.kind(), ProblemKind::Io);
    assert!(err.to_string().contains("extends"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
