//! The boundary and principle phrase set (`tests/data/boundary_principle_phrases.yaml`,
//! issue 14): for each boundary rule and each principle rule, short plan excerpts written
//! the ways ministries, provinces, cities and counties, consultancies and enterprises
//! draft them, each marked with whether the rule must fire. Every case is checked in
//! process with the embedded pack; all mismatches are reported at once (rule, style,
//! expected, got, the excerpt).
//!
//! A case peaklint gets wrong today is marked `known_gap: "<what and why>"` in the data: it
//! is run and printed (its count per rule, and whether it now passes) but not asserted,
//! and it does not count toward the minimum of 15 firing and 15 silent cases per rule.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::common::findings;

/// The rules the set covers; each needs its minimum of cases.
const RULES: [&str; 12] = [
    "boundary/undeclared",
    "boundary/non-co2",
    "boundary/scope-mismatch",
    "boundary/base-year",
    "boundary/area",
    "boundary/unit",
    "boundary/accounting-standard",
    "principle/coordination",
    "principle/accuracy",
    "principle/feasibility",
    "principle/foresight",
    "principle/scientific",
];

/// Firing and silent cases each rule needs (known gaps not counted).
const MIN_CASES: usize = 15;

#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
enum Style {
    Ministry,
    Province,
    CityCounty,
    Consultancy,
    Enterprise,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    style: Style,
    fires: bool,
    text: String,
    known_gap: Option<String>,
}

#[derive(Default)]
struct Tally {
    fire: usize,
    silent: usize,
    gaps: usize,
    gaps_now_passing: usize,
    styles: BTreeMap<Style, usize>,
}

fn load() -> BTreeMap<String, Vec<Case>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/boundary_principle_phrases.yaml");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => panic!("{}: {e}", path.display()),
    };
    match serde_saphyr::from_str(&text) {
        Ok(c) => c,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn verdict(fires: bool) -> &'static str {
    if fires {
        "fires"
    } else {
        "silent"
    }
}

fn indent(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(|l| format!("      | {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn boundary_and_principle_phrases() {
    let set = load();
    let unknown: Vec<&String> = set
        .keys()
        .filter(|k| !RULES.contains(&k.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "rules not in the set's list: {unknown:?}"
    );
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut mismatches: Vec<String> = Vec::new();
    let mut gaps_passing: Vec<String> = Vec::new();
    let mut gap_list: Vec<String> = Vec::new();
    for rule in RULES {
        let tally = tallies.entry(rule).or_default();
        for (i, case) in set
            .get(rule)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            *tally.styles.entry(case.style).or_default() += 1;
            let found = findings(&case.text, rule);
            let got = !found.is_empty();
            if let Some(gap) = &case.known_gap {
                tally.gaps += 1;
                gap_list.push(format!("{rule} #{i} ({:?}): {gap}", case.style));
                if got == case.fires {
                    tally.gaps_now_passing += 1;
                    gaps_passing.push(format!(
                        "{rule} #{i} ({:?}): known gap now passes — {gap}",
                        case.style
                    ));
                }
                continue;
            }
            if case.fires {
                tally.fire += 1;
            } else {
                tally.silent += 1;
            }
            if got != case.fires {
                let messages: Vec<String> = found
                    .iter()
                    .map(|d| format!("      > {}", d.message))
                    .collect();
                mismatches.push(format!(
                    "{rule} #{i} ({:?}): expected {}, got {}\n{}{}{}",
                    case.style,
                    verdict(case.fires),
                    verdict(got),
                    indent(&case.text),
                    if messages.is_empty() { "" } else { "\n" },
                    messages.join("\n")
                ));
            }
        }
    }
    println!(
        "{:<30} {:>5} {:>6} {:>9}  styles",
        "rule", "fire", "silent", "known-gap"
    );
    for (rule, t) in &tallies {
        let styles: Vec<String> = t.styles.iter().map(|(s, n)| format!("{s:?} {n}")).collect();
        println!(
            "{rule:<30} {:>5} {:>6} {:>9}  {}",
            t.fire,
            t.silent,
            t.gaps,
            styles.join(", ")
        );
    }
    println!(
        "\nknown gaps ({}):\n{}",
        gap_list.len(),
        gap_list.join("\n")
    );
    if !gaps_passing.is_empty() {
        println!(
            "\nknown gaps that now pass (remove the mark):\n{}",
            gaps_passing.join("\n")
        );
    }
    let short: Vec<String> = tallies
        .iter()
        .filter(|(_, t)| t.fire < MIN_CASES || t.silent < MIN_CASES)
        .map(|(r, t)| format!("{r}: {} firing, {} silent", t.fire, t.silent))
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n\n{}",
        mismatches.len(),
        mismatches.join("\n\n")
    );
    assert!(
        short.is_empty(),
        "fewer than {MIN_CASES} firing or silent cases (known gaps not counted):\n{}",
        short.join("\n")
    );
}
