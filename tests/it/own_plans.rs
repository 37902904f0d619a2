//! Compliant plans written for issue 13 in drafting styles the development corpus does
//! not have (fixtures/plans): a county 工业集中区 in plain text numbered only （一）/1.,
//! a consultancy report with 第X章 / X.Y numbering, an enterprise-run park in Markdown
//! with unnumbered headings, and a provincial department's plan for a development zone
//! as a Word file without heading styles, numbered 第一部分 / 一、, whose analysis and
//! safeguards chapters (二氧化碳排放摸底, 要素支撑) name no outline item and are placed by
//! their position and text (fixtures/src/gen_own_plan_docx.py). Each must come out with
//! no structure warning or error and an outline coverage of at least 0.95.

use std::path::PathBuf;

use peaklint::diagnostic::Severity;
use peaklint::pack::default_pack;
use peaklint::pipeline::{check_path, Options};

#[test]
fn own_compliant_plans_have_no_structure_findings_and_full_coverage() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/plans");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|r| r.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    assert!(files.len() >= 4, "expected four plans in {}", dir.display());
    let mut failures = Vec::new();
    for f in &files {
        let r = check_path(f, default_pack(), &Options::default());
        for d in &r.diagnostics {
            if d.rule.starts_with("structure/") && d.severity >= Severity::Warning {
                failures.push(format!("{}: {} {}", f.display(), d.rule, d.message));
            }
        }
        if r.outline_coverage < 0.95 {
            failures.push(format!(
                "{}: outline coverage {:.2}",
                f.display(),
                r.outline_coverage
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
