//! The seeded target-defect plan (fixtures/src/make_variants.py, variant 8: Markdown and
//! the pandoc .docx made from it) — each defect found once, with its numbers — and every
//! clean plan, including the traps plan, without any target or consistency finding.

use peaklint::checks::Lang;
use peaklint::diagnostic::Diagnostic;
use peaklint::pack;
use peaklint::pipeline::check_document;

fn ours(path: &std::path::Path) -> Vec<Diagnostic> {
    let doc = match peaklint::read_path(path) {
        Ok(d) => d,
        Err(e) => panic!("{}: {e}", path.display()),
    };
    check_document(&doc, pack::default_pack(), Lang::Zh)
        .diagnostics
        .into_iter()
        .filter(|d| d.rule.starts_with("target/") || d.rule.starts_with("consistency/"))
        .collect()
}

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// (rule, words the message must contain) of each seeded defect.
const SEEDED: &[(&str, &[&str])] = &[
    // a. BAU 688.2 − cap 560 = 128.2 against 106.8 of measures.
    (
        "target/reduction-gap",
        &[
            "688.2万吨",
            "目标560万吨",
            "差距128.2万吨",
            "106.8万吨",
            "缺口21.4万吨",
        ],
    ),
    // b. The project list's total.
    (
        "consistency/table-sum",
        &["合计为65.7", "之和为62.7", "相差3.0"],
    ),
    // c. The declared energy mix.
    ("consistency/share-sum", &["5项合计102.0%", "相差2.0"]),
    // d. Intensity × growth.
    (
        "target/conflict",
        &["486万吨", "下降40%", "约615.1万吨", "560万吨"],
    ),
    // e. Annual against cumulative.
    (
        "target/conflict",
        &["年均下降5.5%", "约24.6%", "累计下降20%"],
    ),
    // f. The 分别 list's second value against the goals chapter.
    ("target/conflict", &["此处为18%", "前文为20%"]),
    // g. A Chinese-numeral peak year.
    ("target/late-peak", &["2032年"]),
];

#[test]
fn every_seeded_target_defect_is_found_with_its_numbers() {
    for name in ["variants/target-defects.md", "variants/target-defects.docx"] {
        let found = ours(&root().join(name));
        let mut unmatched: Vec<&Diagnostic> = found.iter().collect();
        for (rule, words) in SEEDED {
            let at = unmatched
                .iter()
                .position(|d| d.rule == *rule && words.iter().all(|w| d.message.contains(w)));
            match at {
                Some(i) => {
                    unmatched.remove(i);
                }
                None => panic!("{name}: {rule} {words:?} not found in\n{found:#?}"),
            }
        }
        assert!(
            unmatched.is_empty(),
            "{name}: unexpected findings {unmatched:#?}"
        );
    }
}

#[test]
fn clean_plans_and_the_traps_plan_have_no_target_or_consistency_finding() {
    let mut paths = vec![root().join("variants/target-traps.md")];
    for dir in ["md", "docx", "txt"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            panic!("fixtures/{dir}");
        };
        paths.extend(entries.filter_map(|e| e.ok()).map(|e| e.path()));
    }
    for v in [
        "boundary-traps.md",
        "boundary-defects.md",
        "misordered.md",
        "misnumbered.md",
    ] {
        paths.push(root().join("variants").join(v));
    }
    assert!(paths.len() > 15);
    for p in paths {
        let found = ours(&p);
        assert!(found.is_empty(), "{}: {found:#?}", p.display());
    }
}
