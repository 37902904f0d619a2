//! What a user sees: the human (miette, no colour) and JSON output of `peaklint check`
//! on complete plans and on drafts with seeded defects, as reviewed insta snapshots.
//! The underline must sit under the right Chinese characters; .docx findings show the
//! paragraph text with its paragraph number and heading path.

fn run(args: &[&str]) -> String {
    let out = crate::common::peaklint(args);
    format!(
        "exit: {:?}\n{}{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

const CASES: [(&str, &str); 11] = [
    ("complete_md", "fixtures/md/standard-plan.md"),
    ("complete_docx", "fixtures/docx/chinese-styles.docx"),
    (
        "gov_docx_no_styles",
        "fixtures/docx/no-styles-numbered.docx",
    ),
    ("missing_md", "fixtures/variants/missing-safeguards.md"),
    ("missing_docx", "fixtures/variants/missing-safeguards.docx"),
    ("misordered_md", "fixtures/variants/misordered.md"),
    ("empty_md", "fixtures/variants/empty-section.md"),
    ("misnumbered_docx", "fixtures/variants/misnumbered.docx"),
    ("duplicate_md", "fixtures/variants/duplicate-safeguards.md"),
    (
        "boundary_defects_md",
        "fixtures/variants/boundary-defects.md",
    ),
    (
        "boundary_defects_docx",
        "fixtures/variants/boundary-defects.docx",
    ),
];

#[test]
fn human_output() {
    for (name, path) in CASES {
        insta::assert_snapshot!(
            format!("human_{name}"),
            run(&["check", "--color", "never", path])
        );
    }
    insta::assert_snapshot!(
        "human_en_misnumbered_md",
        run(&[
            "check",
            "--lang",
            "en",
            "--color",
            "never",
            "fixtures/variants/misnumbered.md"
        ])
    );
    insta::assert_snapshot!(
        "human_ascii_misordered_md",
        run(&["check", "--ascii", "fixtures/variants/misordered.md"])
    );
}

#[test]
fn json_output() {
    for (name, path) in CASES {
        insta::assert_snapshot!(
            format!("json_{name}"),
            run(&["check", "--format", "json", path])
        );
    }
}
