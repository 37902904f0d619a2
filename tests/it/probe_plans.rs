//! Plans written by a reviewer outside the code (fixtures/probe-plans, see its README), in
//! styles the corpus lacks. The compliant ones must come out clean (or with exactly the
//! findings their text earns); each defective copy must report what was seeded into it.

use std::path::PathBuf;

use peaklint::diagnostic::Severity;
use peaklint::pack::default_pack;
use peaklint::pipeline::{check_path, Options};

fn rules(name: &str) -> Vec<String> {
    let f = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/probe-plans")
        .join(name);
    let r = check_path(&f, default_pack(), &Options::default());
    let mut v: Vec<String> = r
        .diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| d.rule.to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn compliant_probe_plans_have_no_false_findings() {
    for name in [
        "p1_ministry_qinglanwan.md",
        "p2_provincial_songyan.txt",
        "p5_enterprise_hengyuan.md",
        "p6_chemical_lijiang.md",
        "p7_basis2005_tongchuan.md",
    ] {
        assert_eq!(rules(name), Vec::<String>::new(), "{name}");
    }
    // What their text earns (see the README), and nothing else.
    assert_eq!(
        rules("p3_county_pdfcopy_hexi.txt"),
        ["principle/feasibility", "principle/foresight"]
    );
    assert_eq!(
        rules("p4_consultancy_chenghu.md"),
        [
            "principle/coordination",
            "principle/coordination",
            "principle/foresight"
        ]
    );
}

#[test]
fn seeded_probe_defects_are_found() {
    for (name, expected) in [
        (
            "d1_missing_safeguards_nobaseline.md",
            &["structure/missing-chapter", "target/no-baseline"][..],
        ),
        (
            "d2_text_table_conflict_share103.md",
            &["consistency/share-sum", "target/conflict"][..],
        ),
        (
            "d3_nonco2_area.md",
            &["boundary/area", "boundary/non-co2"][..],
        ),
        (
            "d4_latepeak_baseyear.txt",
            &["boundary/base-year", "target/late-peak"][..],
        ),
        (
            "d6_reduction_gap_bau_table.md",
            &["target/reduction-gap"][..],
        ),
    ] {
        let got = rules(name);
        for rule in expected {
            assert!(
                got.iter().any(|r| r == rule),
                "{name}: {rule} not in {got:?}"
            );
        }
    }
}
