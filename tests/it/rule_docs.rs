//! Rule documentation is tested: every documented failing example fires its rule and
//! every passing example stays silent (with the embedded default pack), and the
//! generated `docs/rules-reference.md` is up to date.

use peaklint::checks::{self, Lang};
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pack;
use peaklint::pipeline::check_document;

fn rules_fired(example: &str) -> Vec<&'static str> {
    let doc = match read_bytes("example.md", example.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("example does not read: {e}\n{example}"),
    };
    check_document(&doc, pack::default_pack(), Lang::Zh)
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .collect()
}

#[test]
fn failing_examples_fire_and_passing_examples_do_not() {
    for d in checks::docs() {
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
    for d in checks::docs() {
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

/// Every rule file under `src/checks/<family>/` declares a `DOC` whose id is registered
/// in `checks::RULES` — a rule written but not registered would never run.
#[test]
fn every_rule_file_is_registered() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/checks");
    let id = regex::Regex::new(r#"pub const DOC: RuleDoc = RuleDoc \{\s*id: "([^"]+)""#)
        .unwrap_or_else(|e| panic!("{e}"));
    let registered: Vec<&str> = checks::RULES.iter().map(|r| r.doc.id).collect();
    let mut seen = 0;
    for family in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for file in std::fs::read_dir(family.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let text = std::fs::read_to_string(file.path()).unwrap_or_default();
            for c in id.captures_iter(&text) {
                seen += 1;
                assert!(
                    registered.contains(&&c[1]),
                    "{} declares {} but checks::RULES does not register it",
                    file.path().display(),
                    &c[1]
                );
            }
        }
    }
    assert_eq!(seen, registered.len(), "one DOC per registered rule");
}

/// Every regular expression written in peaklint's source compiles. The built-in ones are
/// compiled lazily and a failure only switches a reading off at run time (no panic on a
/// user's plan), so this test is where a typo in one fails loudly.
#[test]
fn every_builtin_regex_compiles() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let call = regex::Regex::new(r#"(?:Regex::new|\bre)\(\s*(?:&\w+,\s*)?(r#*)?""#)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut compiled = 0;
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for m in call.captures_iter(&text) {
                let (Some(whole), raw) = (m.get(0), m.get(1)) else {
                    continue;
                };
                let hashes = raw.map_or(0, |r| r.as_str().len().saturating_sub(1));
                let close = format!("\"{}", "#".repeat(hashes));
                let rest = &text[whole.end()..];
                let Some(end) = rest.find(&close) else {
                    continue;
                };
                let pattern = &rest[..end];
                if raw.is_none() && pattern.contains('\\') {
                    continue; // an escaped literal: none today; read it as Rust would
                }
                if let Err(e) = regex::Regex::new(pattern) {
                    panic!("{}: built-in regex does not compile: {e}", path.display());
                }
                compiled += 1;
            }
        }
    }
    // Word lists and cue patterns moved to the pack's `lexicon:` (compiled and checked by
    // the pack loader and tests/it/lexicon.rs); the grammar regexes stay here.
    assert!(
        compiled >= 15,
        "found only {compiled} built-in regexes: is the scan broken?"
    );
}
