//! Per-rule fixtures with inline expectations (markdownlint style).
//!
//! Every file `tests/rule_cases/<family>/<rule>.{md,txt}` is a plan checked with the
//! embedded pack. A line `<!-- expect: <family>/<rule> [error|warning|info] [+N] -->` says
//! that the next non-blank line (the N-th, for a row inside a table, where a comment would
//! end the table) must carry a finding of the file's rule, with that severity when given;
//! every other line must carry none. Findings of other rules are
//! ignored. Whole-document findings (no line) are compared with `<!-- expect-document -->`.
//! All mismatches of all files are reported at once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use peaklint::checks::Lang;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pack;
use peaklint::pipeline::check_document;

fn case_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            case_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "md" || e == "txt")
            // Notes beside the cases (KNOWN_GAPS.md) are not cases.
            && !p
                .file_stem()
                .is_some_and(|s| s.to_string_lossy().chars().any(|c| c.is_ascii_uppercase()))
        {
            out.push(p);
        }
    }
}

/// (line, severity) pairs expected, and whether a document-level finding is expected.
fn expectations(text: &str, rule: &str) -> (BTreeSet<(u32, Option<String>)>, bool) {
    let mut out = BTreeSet::new();
    let mut document = false;
    // (severity, non-blank lines still to skip) of each marker waiting for its line.
    let mut pending: Vec<(Option<String>, usize)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if let Some(rest) = t
            .strip_prefix("<!-- expect:")
            .and_then(|r| r.strip_suffix("-->"))
        {
            let mut words = rest.split_whitespace();
            assert_eq!(
                words.next(),
                Some(rule),
                "expectation for another rule: {t}"
            );
            let mut severity = None;
            let mut skip = 0usize;
            for w in words {
                match w.strip_prefix('+').and_then(|n| n.parse::<usize>().ok()) {
                    Some(n) => skip = n.saturating_sub(1),
                    None => severity = Some(w.to_string()),
                }
            }
            pending.push((severity, skip));
            continue;
        }
        if t == "<!-- expect-document -->" {
            document = true;
            continue;
        }
        if t.is_empty() {
            continue;
        }
        pending.retain_mut(|(sev, skip)| {
            if *skip == 0 {
                out.insert((i as u32 + 1, sev.take()));
                false
            } else {
                *skip -= 1;
                true
            }
        });
    }
    (out, document)
}

#[test]
fn every_rule_case_fires_exactly_where_marked() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rule_cases");
    let mut files = Vec::new();
    case_files(&root, &mut files);
    assert!(!files.is_empty(), "no rule cases under {}", root.display());
    let mut problems = Vec::new();
    let mut checked = 0usize;
    for path in &files {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        let rule = rel.with_extension("").to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(path).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if peaklint::checks::doc(&rule).is_none() {
            problems.push(format!("{}: no rule {rule}", rel.display()));
            continue;
        }
        let (expected, expect_document) = expectations(&text, &rule);
        let doc = match read_bytes(&path.to_string_lossy(), &bytes, &Limits::default()) {
            Ok(d) => d,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        let result = check_document(&doc, pack::default_pack(), Lang::Zh);
        let mut got_lines = BTreeSet::new();
        let mut got_document = false;
        for d in result.diagnostics.iter().filter(|d| d.rule == rule) {
            match d.location.as_ref().and_then(|l| l.line) {
                Some(line) => {
                    got_lines.insert(line);
                    if let Some((_, Some(sev))) = expected.iter().find(|(l, _)| *l == line) {
                        if d.severity.as_str() != sev.as_str() {
                            problems.push(format!(
                                "{}:{line}: {rule} is {}, expected {sev}: {}",
                                rel.display(),
                                d.severity.as_str(),
                                d.message
                            ));
                        }
                    }
                }
                None => got_document = true,
            }
        }
        for (line, _) in &expected {
            checked += 1;
            if !got_lines.contains(line) {
                let src = text.lines().nth(*line as usize - 1).unwrap_or("");
                problems.push(format!("{}:{line}: {rule} missed: {src}", rel.display()));
            }
        }
        for d in result.diagnostics.iter().filter(|d| d.rule == rule) {
            if let Some(line) = d.location.as_ref().and_then(|l| l.line) {
                if !expected.iter().any(|(l, _)| *l == line) {
                    let src = text.lines().nth(line as usize - 1).unwrap_or("");
                    problems.push(format!(
                        "{}:{line}: {rule} must not fire: {src}\n    -> {}",
                        rel.display(),
                        d.message
                    ));
                }
            }
        }
        if got_document != expect_document {
            problems.push(format!(
                "{}: document-level {rule} finding {} expected",
                rel.display(),
                if expect_document { "was" } else { "was not" }
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in {} rule case file(s), {checked} expectations:\n{}",
        problems.len(),
        files.len(),
        problems.join("\n")
    );
}

/// Every rule the checks report has a case file.
#[test]
fn every_checked_rule_has_a_case_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rule_cases");
    // A finding no Markdown or text file can produce, tested where its input is.
    const ELSEWHERE: &[&str] = &[
        "input/converted", // a legacy .doc converted by LibreOffice: tests/it/pdf.rs
    ];
    let missing: Vec<&str> = peaklint::checks::RULES
        .iter()
        .filter(|r| r.check.is_some() && !ELSEWHERE.contains(&r.doc.id))
        .map(|r| r.doc.id)
        .filter(|id| {
            !["md", "txt"]
                .iter()
                .any(|ext| root.join(format!("{id}.{ext}")).is_file())
        })
        .collect();
    assert!(missing.is_empty(), "rules without a case file: {missing:?}");
}

/// The message and underline of each rule's findings on its case files, as a user sees
/// them (`peaklint check --select RULE`, human output): one snapshot per case file.
#[test]
fn rule_case_messages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rule_cases");
    let mut files = Vec::new();
    case_files(&root, &mut files);
    for path in &files {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        let rule = rel.with_extension("").to_string_lossy().replace('\\', "/");
        let shown = format!(
            "tests/rule_cases/{}",
            rel.to_string_lossy().replace('\\', "/")
        );
        let out = crate::common::peaklint(&["check", "--select", &rule, &shown]);
        let (code, stdout, stderr) = crate::common::outcome(&out);
        let name = shown
            .trim_start_matches("tests/rule_cases/")
            .replace(['/', '.'], "_");
        insta::assert_snapshot!(
            format!("rule_case_{name}"),
            format!("exit: {code:?}\n{stdout}{stderr}")
        );
    }
}
