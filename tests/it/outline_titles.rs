//! Fresh heading titles (tests/data/outline_titles.yaml) against the embedded pack's
//! outline: every chapter and every required section recognises ten or more titles a
//! drafting team would write that the pack does not list verbatim, and refuses five
//! titles of neighbouring items.

use std::collections::BTreeMap;

use peaklint::document::normalize::match_key;
use peaklint::extract::outline::match_title;
use peaklint::pack::{default_pack, OutlineItem, Requirement};
use serde::Deserialize;

#[derive(Deserialize)]
struct Titles {
    #[serde(rename = "match")]
    matches: Vec<String>,
    no_match: Vec<String>,
}

#[derive(Deserialize)]
struct Data {
    chapters: BTreeMap<String, Titles>,
    sections: BTreeMap<String, Titles>,
}

fn data() -> Data {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/outline_titles.yaml"),
    )
    .unwrap_or_default();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("outline_titles.yaml: {e}"))
}

fn check(item: &OutlineItem, t: &Titles, failures: &mut Vec<String>) {
    let listed: Vec<String> = item.names().map(match_key).collect();
    let fresh = t
        .matches
        .iter()
        .filter(|m| !listed.contains(&match_key(m)))
        .count();
    if fresh < 10 {
        failures.push(format!("{}: only {fresh} fresh titles", item.id));
    }
    if t.no_match.len() < 5 {
        failures.push(format!("{}: fewer than 5 no_match titles", item.id));
    }
    for m in &t.matches {
        if match_title(item, m).is_none() {
            failures.push(format!("{}: should match {m}", item.id));
        }
    }
    for m in &t.no_match {
        if let Some(kind) = match_title(item, m) {
            failures.push(format!("{}: should not match {m} ({kind:?})", item.id));
        }
    }
}

#[test]
fn fresh_titles_match_their_item_and_no_other() {
    let pack = default_pack();
    let d = data();
    let mut failures = Vec::new();
    for chapter in &pack.outline {
        let required = chapter.level == Requirement::Required;
        match d.chapters.get(&chapter.id) {
            Some(t) => check(chapter, t, &mut failures),
            None if required || chapter.level == Requirement::Recommended => {
                failures.push(format!("{}: no titles", chapter.id))
            }
            None => {}
        }
        for s in &chapter.sections {
            match d.sections.get(&s.id) {
                Some(t) => check(s, t, &mut failures),
                None if s.level == Requirement::Required && required => {
                    failures.push(format!("{}: no titles", s.id))
                }
                None => {}
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
