//! The outline of every fixture: a reviewed insta snapshot per file, and a score
//! against the expected outline generated from the same source as the fixture
//! (`fixtures/expected/<file>.json`): at least 95% of headings recovered with the
//! right level and number, and few body paragraphs taken for headings.

use std::path::{Path, PathBuf};

use peaklint::document::Document;
use peaklint::lang::Lang;
use peaklint::report::outline::{render_human, FileOutline};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    title: Option<String>,
    headings: Vec<ExpectedHeading>,
}

#[derive(Deserialize, Debug, PartialEq, Eq, Clone)]
struct ExpectedHeading {
    level: u8,
    number: Option<String>,
    title: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn fixture_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["md", "txt", "docx"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            if e.path().is_file() {
                files.push(e.path());
            }
        }
    }
    files.sort();
    files
}

fn read(path: &Path) -> Document {
    match peaklint::read_path(path) {
        Ok(d) => d,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn outline_snapshots() {
    let files = fixture_files();
    assert!(!files.is_empty(), "no fixtures found under fixtures/");
    for path in files {
        let mut doc = read(&path);
        doc.path = relative(&path);
        // The parse snapshot, in English (the labels are not what it shows).
        let text = render_human(&[FileOutline::from_document(&doc)], Lang::En);
        let name = relative(&path).replace(['/', '.'], "_");
        insta::assert_snapshot!(name, text);
    }
}

/// Matching heading sequences: longest common subsequence of (level, number, title).
fn lcs(a: &[ExpectedHeading], b: &[ExpectedHeading]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            let diag = prev.get(j).copied().unwrap_or(0) + usize::from(x == y);
            let up = prev.get(j + 1).copied().unwrap_or(0);
            let left = cur.get(j).copied().unwrap_or(0);
            if let Some(c) = cur.get_mut(j + 1) {
                *c = diag.max(up).max(left);
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

#[test]
fn headings_recovered_against_expected() {
    let mut total_expected = 0;
    let mut total_found = 0;
    let mut total_matched = 0;
    let mut report = String::new();
    for path in fixture_files() {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let expected_path = root().join("expected").join(format!("{file_name}.json"));
        let Ok(text) = std::fs::read_to_string(&expected_path) else {
            continue;
        };
        let expected: Expected = match serde_json::from_str(&text) {
            Ok(e) => e,
            Err(e) => panic!("{}: {e}", expected_path.display()),
        };
        let doc = read(&path);
        let got: Vec<ExpectedHeading> = doc
            .headings()
            .map(|(_, h)| ExpectedHeading {
                level: h.level,
                number: h.number.as_ref().map(|n| n.token.clone()),
                title: h.title.clone(),
            })
            .collect();
        let matched = lcs(&expected.headings, &got);
        let recall = matched as f64 / expected.headings.len().max(1) as f64;
        let false_headings = got.len() - matched;
        report.push_str(&format!(
            "{file_name}: {matched}/{} recovered ({:.1}%), {} extra, title {}\n",
            expected.headings.len(),
            recall * 100.0,
            false_headings,
            if doc.title.as_ref().map(|t| &t.text) == expected.title.as_ref() {
                "ok"
            } else {
                "WRONG"
            }
        ));
        if recall < 0.95 || false_headings * 20 > got.len().max(1) {
            let missing: Vec<_> = expected
                .headings
                .iter()
                .filter(|h| !got.contains(h))
                .take(10)
                .collect();
            let extra: Vec<_> = got
                .iter()
                .filter(|h| !expected.headings.contains(h))
                .take(10)
                .collect();
            report.push_str(&format!("  missing: {missing:?}\n  extra: {extra:?}\n"));
        }
        assert_eq!(
            doc.title.as_ref().map(|t| t.text.clone()),
            expected.title,
            "{file_name}: title"
        );
        total_expected += expected.headings.len();
        total_found += got.len();
        total_matched += matched;
    }
    eprintln!("{report}");
    if total_expected == 0 {
        eprintln!("no expected outlines under fixtures/expected/: nothing to score");
        return;
    }
    let recall = total_matched as f64 / total_expected as f64;
    let precision = total_matched as f64 / total_found.max(1) as f64;
    assert!(recall >= 0.95, "recall {recall:.3} < 0.95\n{report}");
    assert!(
        precision >= 0.95,
        "precision {precision:.3} < 0.95\n{report}"
    );
    // Every file must reach the bar on its own, too.
    assert!(!report.contains("missing:"), "{report}");
}
