//! Rule documentation is tested: every documented failing example fires its rule and
//! every passing example stays silent (with the embedded default pack), and the
//! generated `docs/rules-reference.md` is up to date.

use peaklint::check::check_document;
use peaklint::checks::{self, Lang};
use peaklint::document::read::{read_bytes, Limits};
use peaklint::rules;

fn rules_fired(example: &str) -> Vec<&'static str> {
    let doc = match read_bytes("example.md", example.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("example does not read: {e}\n{example}"),
    };
    check_document(&doc, rules::default_pack(), Lang::Zh)
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .collect()
}

#[test]
fn failing_examples_fire_and_passing_examples_do_not() {
    for d in checks::ALL {
        if !d.fails.is_empty() {
            let fired = rules_fired(d.fails);
            assert!(
                fired.contains(&d.id),
                "{}: failing example did not fire; fired {fired:?}",
                d.id
            );
        }
        if !d.passes.is_empty() {
            let fired = rules_fired(d.passes);
            assert!(!fired.contains(&d.id), "{}: passing example fired", d.id);
        }
    }
}

#[test]
fn every_rule_is_documented() {
    for d in checks::ALL {
        assert!(
            !d.summary.zh.is_empty() && !d.summary.en.is_empty(),
            "{}",
            d.id
        );
        assert!(!d.why.zh.is_empty() && !d.why.en.is_empty(), "{}", d.id);
        assert!(checks::doc(d.id).is_some());
    }
}

#[test]
fn rules_reference_is_fresh() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules-reference.md");
    let generated = checks::reference_markdown();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules-reference.md is stale: run `cargo run -- rules reference > docs/rules-reference.md`"
    );
}
