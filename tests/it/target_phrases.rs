//! The target phrase set (`tests/data/target_phrases.yaml`): ≥ 200 target statements in
//! the forms real plans use, each with the reading a reviewer would give it, run through
//! the facts layer (`peaklint facts`). Prints precision and recall per kind and every
//! misreading; asserts the figures that hold today (the goal, 97% precision and 95% recall
//! per kind, is printed beside them).
//!
//! A reading counts as right only when metric, kind, value, base year, target year and
//! role all agree.

use std::collections::BTreeMap;

use peaklint::document::read::{read_bytes, Limits};
use peaklint::plan_facts;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    s: String,
    f: String,
    t: String,
    e: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct Reading {
    metric: Option<String>,
    kind: String,
    value: f64,
    base_year: Option<u16>,
    target_year: Option<u16>,
    role: String,
}

impl std::fmt::Display for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let y = |v: Option<u16>| v.map_or("-".to_string(), |y| y.to_string());
        write!(
            f,
            "{}|{}|{}|{}|{}|{}",
            self.metric.as_deref().unwrap_or("-"),
            self.kind,
            self.value,
            y(self.base_year),
            y(self.target_year),
            self.role
        )
    }
}

fn parse(line: &str) -> Reading {
    let p: Vec<&str> = line.split('|').collect();
    assert_eq!(p.len(), 6, "bad expected reading `{line}`");
    let opt = |s: &str| (s != "-").then(|| s.to_string());
    let year = |s: &str| {
        (s != "-").then(|| match s.parse::<u16>() {
            Ok(y) => y,
            Err(e) => panic!("`{line}`: {e}"),
        })
    };
    Reading {
        metric: opt(p[0]),
        kind: p[1].to_string(),
        value: match p[2].parse() {
            Ok(v) => v,
            Err(e) => panic!("`{line}`: {e}"),
        },
        base_year: year(p[3]),
        target_year: year(p[4]),
        role: p[5].to_string(),
    }
}

fn read(text: &str) -> Vec<Reading> {
    let doc = match read_bytes(
        "phrase.md",
        format!("# 园区碳达峰实施方案\n\n{text}\n").as_bytes(),
        &Limits::default(),
    ) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    plan_facts::read(&doc, peaklint::pack::default_pack(), "phrase.md")
        .targets
        .into_iter()
        .map(|t| Reading {
            metric: t.metric_id,
            kind: t.kind,
            value: t.value,
            base_year: t.base_year,
            target_year: t.target_year,
            role: t.role,
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// The floors asserted, per kind: (precision, recall) — issue 16's goal, (0.97, 0.95), for
/// every kind (all at 1.0 on the set today; a change that drops one below the goal fails).
const FLOORS: &[(&str, f64, f64)] = &[
    ("relative_change", 0.97, 0.95),
    ("level", 0.97, 0.95),
    ("cap", 0.97, 0.95),
    ("annual_rate", 0.97, 0.95),
    ("peak_year", 0.97, 0.95),
    ("peak_value", 0.97, 0.95),
];

#[test]
fn phrase_set_precision_and_recall_per_kind() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/target_phrases.yaml");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let cases: Vec<Case> = match serde_saphyr::from_str(&text) {
        Ok(c) => c,
        Err(e) => panic!("{}: {e}", path.display()),
    };
    let statements: usize = cases.iter().map(|c| c.e.len().max(1)).sum();
    assert!(statements >= 200, "only {statements} statements");
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_form: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    for c in &cases {
        let expected: Vec<Reading> = c.e.iter().map(|l| parse(l)).collect();
        let mut got = read(&c.t);
        let mut wrong: Vec<String> = Vec::new();
        for e in &expected {
            let hit = got.iter().position(|g| {
                g.metric == e.metric
                    && g.kind == e.kind
                    && (g.value - e.value).abs() < 1e-9
                    && g.base_year == e.base_year
                    && g.target_year == e.target_year
                    && g.role == e.role
            });
            let k = by_kind.entry(e.kind.clone()).or_default();
            let f = by_form.entry(c.f.clone()).or_default();
            match hit {
                Some(i) => {
                    got.remove(i);
                    k.tp += 1;
                    f.tp += 1;
                }
                None => {
                    k.fn_ += 1;
                    f.fn_ += 1;
                    wrong.push(format!("  missed   {e}"));
                }
            }
        }
        for g in &got {
            by_kind.entry(g.kind.clone()).or_default().fp += 1;
            by_form.entry(c.f.clone()).or_default().fp += 1;
            wrong.push(format!("  spurious {g}"));
        }
        if !wrong.is_empty() {
            misses.push(format!("[{} {}] {}\n{}", c.s, c.f, c.t, wrong.join("\n")));
        }
    }
    println!("{} cases, {statements} statements\n", cases.len());
    println!(
        "{:<16} {:>4} {:>4} {:>4} {:>10} {:>8}",
        "kind", "tp", "fp", "fn", "precision", "recall"
    );
    for (k, t) in &by_kind {
        println!(
            "{k:<16} {:>4} {:>4} {:>4} {:>9.1}% {:>7.1}%",
            t.tp,
            t.fp,
            t.fn_,
            t.precision() * 100.0,
            t.recall() * 100.0
        );
    }
    println!(
        "\n{:<16} {:>4} {:>4} {:>4} {:>10} {:>8}",
        "form", "tp", "fp", "fn", "precision", "recall"
    );
    for (k, t) in &by_form {
        println!(
            "{k:<16} {:>4} {:>4} {:>4} {:>9.1}% {:>7.1}%",
            t.tp,
            t.fp,
            t.fn_,
            t.precision() * 100.0,
            t.recall() * 100.0
        );
    }
    println!("\nmisreadings ({}):\n{}", misses.len(), misses.join("\n"));
    let mut below = Vec::new();
    for (kind, p, r) in FLOORS {
        let t = by_kind.get(*kind).copied().unwrap_or_default();
        if t.precision() + 1e-9 < *p || t.recall() + 1e-9 < *r {
            below.push(format!(
                "{kind}: precision {:.3} (floor {p}), recall {:.3} (floor {r})",
                t.precision(),
                t.recall()
            ));
        }
    }
    assert!(
        below.is_empty(),
        "below today's floors:\n{}",
        below.join("\n")
    );
}
