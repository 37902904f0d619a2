//! Helpers shared by the rule tests: run the embedded pack over a Markdown plan and
//! assert which rule fires.

use peaklint::check::check_document;
use peaklint::checks::Lang;
use peaklint::diagnostic::Diagnostic;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::rules;

/// The findings of `rule` on a Markdown plan, with the embedded default pack.
pub fn findings(text: &str, rule: &str) -> Vec<Diagnostic> {
    let doc = match read_bytes("plan.md", text.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    check_document(&doc, rules::default_pack(), Lang::Zh)
        .diagnostics
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

/// `rule` fires on every case (all misses are listed at once).
pub fn fires(rule: &str, cases: &[String]) {
    let missed: Vec<&String> = cases
        .iter()
        .filter(|c| findings(c, rule).is_empty())
        .collect();
    assert!(missed.is_empty(), "{rule} should fire on:\n{missed:#?}");
}

/// `rule` stays silent on every case.
pub fn silent(rule: &str, cases: &[String]) {
    for c in cases {
        let f = findings(c, rule);
        assert!(f.is_empty(), "{rule} must not fire on:\n{c}\n{f:#?}");
    }
}
