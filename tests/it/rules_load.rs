//! The default rules pack: it loads, every example in it holds, it covers the rule
//! catalogue, and it prints back to a file that loads to the same pack.

use peaklint::diagnostic::Severity;
use peaklint::pack::{
    self, check_examples, count_examples, default_pack, load_pack, PrincipleId, Requirement,
    RuleSetting, Scope, StatementKind, DEFAULT_PACK_YAML,
};

/// The rule catalogue of the output contract v1 (`shared/contract.md`), with default severities.
const CATALOGUE: &[(&str, RuleSetting)] = &[
    ("structure/missing-chapter", RuleSetting::Error),
    ("structure/missing-section", RuleSetting::Warning),
    ("structure/chapter-order", RuleSetting::Warning),
    ("structure/duplicate-section", RuleSetting::Warning),
    ("structure/empty-section", RuleSetting::Warning),
    ("structure/numbering", RuleSetting::Warning),
    ("principle/coordination", RuleSetting::Warning),
    ("principle/accuracy", RuleSetting::Warning),
    ("principle/feasibility", RuleSetting::Warning),
    ("principle/foresight", RuleSetting::Warning),
    ("principle/scientific", RuleSetting::Warning),
    ("boundary/undeclared", RuleSetting::Error),
    ("boundary/non-co2", RuleSetting::Error),
    ("boundary/scope-mismatch", RuleSetting::Error),
    ("boundary/base-year", RuleSetting::Error),
    ("boundary/area", RuleSetting::Warning),
    ("boundary/unit", RuleSetting::Warning),
    ("boundary/accounting-standard", RuleSetting::Warning),
    ("target/no-base-year", RuleSetting::Error),
    ("target/no-baseline", RuleSetting::Warning),
    ("target/no-measure", RuleSetting::Warning),
    ("target/late-peak", RuleSetting::Error),
    ("target/unjustified-peak", RuleSetting::Warning),
    ("target/conflict", RuleSetting::Error),
    ("target/implausible", RuleSetting::Error),
    ("target/reduction-gap", RuleSetting::Warning),
    ("consistency/table-sum", RuleSetting::Warning),
    ("consistency/share-sum", RuleSetting::Warning),
    ("input/unreadable", RuleSetting::Error),
    ("input/encoding", RuleSetting::Info),
    ("input/no-structure", RuleSetting::Error),
    ("input/unused-waiver", RuleSetting::Info),
];

#[test]
fn default_pack_loads_from_the_embedded_file() {
    let pack = default_pack();
    assert_eq!(pack.name(), "park-carbon-peak");
    assert_eq!(pack.meta.standard.title, "工业园区碳达峰实施方案编制指南");
    assert_eq!(pack.origin, vec!["default".to_owned()]);
    // The embedded text is the file in the repository.
    let on_disk = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/park-carbon-peak.yaml"),
    )
    .expect("rules/park-carbon-peak.yaml is readable");
    assert_eq!(on_disk, DEFAULT_PACK_YAML);
}

#[test]
fn every_regex_in_the_pack_is_compiled() {
    let pack = default_pack();
    let outline: usize = pack
        .outline_items()
        .iter()
        .map(|(_, i)| i.patterns.len())
        .sum();
    let evidence: usize = pack
        .principles
        .iter()
        .flat_map(|p| &p.evidence)
        .map(|e| e.any_patterns.len())
        .sum();
    let statements: usize = pack
        .targets
        .statements
        .iter()
        .map(|s| s.patterns.len())
        .sum();
    // Loading compiles every regex or fails; this checks that none was dropped on the way.
    let written = DEFAULT_PACK_YAML
        .lines()
        .filter(|l| l.trim_start().starts_with("- '") || l.contains("patterns: ['"))
        .count();
    assert!(
        outline >= 3 && evidence >= 15 && statements >= 8,
        "{outline} {evidence} {statements}"
    );
    assert!(written >= outline + evidence + statements);
    for statement in &pack.targets.statements {
        for pattern in &statement.patterns {
            let names: Vec<&str> = pattern.regex.capture_names().flatten().collect();
            for group in statement.kind.required_groups() {
                assert!(names.contains(group), "{} lacks {group}", statement.id);
            }
        }
    }
}

#[test]
fn every_example_in_the_pack_holds() {
    let pack = default_pack();
    let failures = check_examples(pack, |item, title| {
        peaklint::extract::outline::match_title(item, title).is_some()
    });
    let report: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(
        report.is_empty(),
        "examples that fail:\n{}",
        report.join("\n")
    );
    assert!(count_examples(pack) >= 400, "{}", count_examples(pack));
}

#[test]
fn every_outline_item_and_evidence_has_examples() {
    let pack = default_pack();
    for (_, item) in pack.outline_items() {
        assert!(
            !item.examples.matches.is_empty(),
            "outline item {} has no match example",
            item.id
        );
        assert!(
            !item.examples.no_match.is_empty(),
            "outline item {} has no no_match example",
            item.id
        );
        assert!(
            item.guidance.is_some(),
            "outline item {} has no guidance",
            item.id
        );
    }
    for principle in &pack.principles {
        for evidence in &principle.evidence {
            let has_text_signal = !evidence.any_keywords.is_empty()
                || !evidence.any_patterns.is_empty()
                || !evidence.any_vocabularies.is_empty();
            if has_text_signal {
                assert!(
                    !evidence.examples.matches.is_empty() && !evidence.examples.no_match.is_empty(),
                    "evidence {}.{} needs match and no_match examples",
                    principle.id.as_str(),
                    evidence.id
                );
            }
        }
    }
    for metric in &pack.targets.metrics {
        assert!(
            !metric.examples.matches.is_empty() && !metric.examples.no_match.is_empty(),
            "{}",
            metric.id
        );
    }
    for statement in &pack.targets.statements {
        assert!(
            !statement.examples.matches.is_empty() && !statement.examples.no_match.is_empty(),
            "{}",
            statement.id
        );
    }
}

#[test]
fn severities_cover_the_rule_catalogue() {
    let pack = default_pack();
    let listed: Vec<&str> = pack.severities.keys().map(String::as_str).collect();
    let mut expected: Vec<&str> = CATALOGUE.iter().map(|(id, _)| *id).collect();
    expected.sort_unstable();
    assert_eq!(listed, expected);
    for (id, setting) in CATALOGUE {
        assert_eq!(pack.rule_setting(id), Some(*setting), "{id}");
    }
    assert_eq!(
        pack.severity("target/late-peak", Severity::Warning),
        Some(Severity::Error)
    );
    assert_eq!(
        pack.severity("input/encoding", Severity::Error),
        Some(Severity::Info)
    );
    // A rule the pack does not list keeps the default the check gives.
    assert_eq!(
        pack.severity("future/rule", Severity::Warning),
        Some(Severity::Warning)
    );
}

#[test]
fn chapters_6_to_9_and_pdca_are_required() {
    let pack = default_pack();
    let chapter = |id: &str| {
        pack.outline
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("chapter {id}"))
    };
    for (id, clause) in [
        ("emission_analysis", "6"),
        ("targets", "7"),
        ("pathway", "8"),
        ("safeguards", "9"),
        ("tracking", "5"),
    ] {
        let c = chapter(id);
        assert_eq!(c.level, Requirement::Required, "{id}");
        assert_eq!(c.clause.as_deref(), Some(clause), "{id}");
    }
    for id in [
        "accounting_boundary",
        "base_year_inventory",
        "historical_trend",
        "scenario_forecast",
        "peak_time_value",
        "indicator_system",
        "market_mechanisms",
        "enterprise_guidance",
        "monitoring",
        "evaluation",
        "improvement",
    ] {
        let item = pack.outline_item(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(item.level, Requirement::Required, "{id}");
        assert!(item.clause.is_some(), "{id}");
    }
    // Every item cites a clause of meta.clauses (the loader checks the reference).
    for (_, item) in pack.outline_items() {
        if let Some(clause) = &item.clause {
            assert!(
                pack.meta.clause(clause).is_some(),
                "{} cites {clause}",
                item.id
            );
        }
    }
    assert_eq!(
        pack.outline_path("market_mechanisms"),
        Some(vec!["pathway"])
    );
    assert_eq!(pack.outline_path("pathway"), Some(vec![]));
    assert_eq!(pack.outline_path("nothing"), None);
}

#[test]
fn government_vocabulary_maps_to_the_standard_chapters() {
    let pack = default_pack();
    let matches = |id: &str, heading: &str| {
        let item = pack.outline_item(id).unwrap_or_else(|| panic!("{id}"));
        peaklint::extract::outline::match_title(item, heading).is_some()
    };
    assert!(matches("general", "总体要求"));
    assert!(matches("guiding_thought", "指导思想"));
    assert!(matches("principles", "工作原则"));
    assert!(matches("targets", "主要目标"));
    assert!(matches("pathway", "重点任务"));
    assert!(matches("pathway", "碳达峰十大行动"));
    assert!(matches("safeguards", "保障措施"));
    assert!(matches("safeguards", "组织实施"));
    assert!(!matches("targets", "总体要求"));
}

#[test]
fn principles_are_the_five_of_clause_4() {
    let pack = default_pack();
    let ids: Vec<PrincipleId> = pack.principles.iter().map(|p| p.id).collect();
    assert_eq!(ids, PrincipleId::ALL.to_vec());
    for p in &pack.principles {
        assert!(p.evidence.len() >= 3, "{}", p.id.as_str());
        assert_eq!(p.clause.as_deref(), Some("4"));
    }
    let scientific = pack.principle(PrincipleId::Scientific).expect("scientific");
    let trend = scientific
        .evidence
        .iter()
        .find(|e| e.id == "historical_trend")
        .expect("trend");
    assert_eq!(
        trend.scope,
        Scope::Items(vec!["emission_analysis".to_owned()])
    );
    assert_eq!(trend.min_distinct_years, Some(3));
    let feasibility = pack
        .principle(PrincipleId::Feasibility)
        .expect("feasibility");
    let reductions = feasibility
        .evidence
        .iter()
        .find(|e| e.id == "quantified_reductions")
        .expect("reductions");
    assert_eq!(reductions.min_matches, 2);
    assert_eq!(
        reductions.count_hits(
            "年减排二氧化碳约3万吨；年节能量2.3万吨标准煤。",
            &pack.boundary
        ),
        2
    );
}

#[test]
fn statement_patterns_capture_their_parts() {
    let pack = default_pack();
    let statement = |id: &str| {
        pack.targets
            .statements
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let first = |id: &str, text: &str| -> Vec<(String, String)> {
        let s = statement(id);
        let caps = pack.targets.statement_matches(s, text);
        let caps = caps.first().unwrap_or_else(|| panic!("{id} on {text}"));
        let mut parts: Vec<(String, String)> = s
            .patterns
            .iter()
            .flat_map(|p| p.regex.capture_names().flatten())
            .filter_map(|n| caps.name(n).map(|m| (n.to_owned(), m.as_str().to_owned())))
            .collect();
        parts.sort();
        parts.dedup();
        parts
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(statement("peak_year").kind, StatementKind::Peak);
    assert_eq!(
        first("peak_year", "确保2030年前实现碳达峰"),
        pairs(&[
            ("commitment", "确保"),
            ("qualifier", "前"),
            ("year", "2030")
        ])
    );
    assert_eq!(
        first("peak_year", "到2030年，二氧化碳排放达峰"),
        pairs(&[("year", "2030")])
    );
    assert_eq!(
        first(
            "relative_change",
            "到2025年，单位地区生产总值能耗比2020年下降14.5%以上"
        ),
        pairs(&[
            ("base_year", "2020"),
            ("direction", "下降"),
            ("qualifier", "以上"),
            ("value", "14.5"),
            ("year", "2025"),
        ])
    );
    assert_eq!(
        first("relative_change", "单位工业增加值二氧化碳排放降低18%"),
        pairs(&[("direction", "降低"), ("value", "18")])
    );
    assert_eq!(
        first("level", "到2030年，非化石能源消费比重达到25%左右"),
        pairs(&[
            ("qualifier", "左右"),
            ("unit", "%"),
            ("value", "25"),
            ("year", "2030")
        ])
    );
    assert_eq!(
        first("peak_value", "峰值控制在95万吨以内"),
        pairs(&[("qualifier", "以内"), ("unit", "万吨"), ("value", "95")])
    );
    assert_eq!(
        first("annual_rate", "年均削减率4%以上"),
        pairs(&[("direction", "削减"), ("qualifier", "以上"), ("value", "4")])
    );
    // Inside a cited title nothing is a statement.
    assert!(pack
        .targets
        .statement_matches(statement("peak_year"), "落实《2030年前碳达峰行动方案》")
        .is_empty());
}

#[test]
fn base_year_patterns_capture_the_year() {
    let pack = default_pack();
    for text in [
        "本方案以2020年为基准年",
        "基准年为2021年",
        "选取2019年为基准年",
    ] {
        let year = pack
            .boundary
            .base_year
            .patterns
            .iter()
            .find_map(|p| p.regex.captures(text).and_then(|c| c.name("year")))
            .map(|m| m.as_str());
        assert!(year.is_some_and(|y| text.contains(y)), "{text}");
    }
}

#[test]
fn units_convert_to_their_canonical_unit() {
    let pack = default_pack();
    let (family, unit) = pack.find_unit("万吨二氧化碳").expect("万吨二氧化碳");
    assert_eq!((family.id.as_str(), unit.factor), ("co2_mass", 10_000.0));
    let co2 = pack.unit_family("co2_mass").expect("co2_mass");
    assert_eq!(co2.to_canonical(128.4, "万吨"), Some(1_284_000.0));
    assert_eq!(co2.to_canonical(1_284_000.0, "吨"), Some(1_284_000.0));
    assert!(co2.unit("万吨").is_some_and(|u| u.bare));
    for (spelling, family, factor) in [
        ("万吨标准煤", "energy", 10_000.0),
        ("平方公里", "area", 1.0),
        ("公顷", "area", 0.01),
        ("亿元", "money", 1e8),
        ("万千瓦", "power", 10_000.0),
        ("兆瓦", "power", 1_000.0),
        ("亿千瓦时", "electricity", 1e8),
        ("吨二氧化碳当量", "co2e_mass", 1.0),
        ("吨标准煤/万元", "energy_intensity", 1.0),
    ] {
        let (f, u) = pack
            .find_unit(spelling)
            .unwrap_or_else(|| panic!("{spelling}"));
        assert_eq!((f.id.as_str(), u.factor), (family, factor), "{spelling}");
    }
    for family in &pack.units {
        let canonical = family.unit(&family.canonical).expect("canonical unit");
        assert!(
            (canonical.factor - 1.0).abs() < f64::EPSILON,
            "{}",
            family.id
        );
    }
}

#[test]
fn reference_targets_are_the_national_ones() {
    let pack = default_pack();
    let get = |id: &str| {
        pack.reference_targets
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    assert_eq!(get("national_peak_2030").target_year, 2030);
    let co2_2030 = get("national_co2_gdp_2030");
    assert_eq!(
        (co2_2030.base_year, co2_2030.value),
        (Some(2005), Some(-65.0))
    );
    assert_eq!(co2_2030.qualifier.as_deref(), Some("以上"));
    assert_eq!(get("national_energy_gdp_2025").value, Some(-13.5));
    assert_eq!(get("national_co2_gdp_2025").value, Some(-18.0));
    assert_eq!(get("national_nonfossil_2025").value, Some(20.0));
    assert_eq!(get("national_nonfossil_2030").value, Some(25.0));
    for r in &pack.reference_targets {
        assert!(pack.metric(&r.metric).is_some(), "{}", r.id);
        assert!(
            r.source.contains('《') && r.year_published >= 2020,
            "{}",
            r.id
        );
    }
    assert_eq!(pack.thresholds.peak_deadline, 2030);
    assert_eq!(pack.reference_targets_for("nonfossil_share").count(), 2);
}

#[test]
fn printed_pack_loads_back_to_the_same_pack() {
    let pack = default_pack();
    let printed = pack.to_yaml();
    let reloaded = load_pack("printed.yaml", &printed)
        .unwrap_or_else(|e| panic!("printed pack does not load:\n{}", e.render(100)));
    assert_eq!(reloaded.to_yaml(), printed);
    assert_eq!(reloaded.outline_items().len(), pack.outline_items().len());
}

#[test]
fn json_schema_describes_both_file_kinds() {
    let schema = pack::json_schema();
    let text = schema.to_string();
    for needle in [
        "RulesFile",
        "ConfigFile",
        "schema_version",
        "extends",
        "any_patterns",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
}
