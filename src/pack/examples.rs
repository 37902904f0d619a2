//! The `examples:` of a pack are tests: every `match` text must match what it is attached
//! to and every `no_match` text must not.
//!
//! What "match" means depends on the item:
//! * outline item: the heading matcher given by the caller (the outline matcher of
//!   `extract::outline`) matches the heading title (written without its number);
//! * evidence: at least one keyword, pattern or vocabulary hit ([`Evidence::count_hits`]);
//! * boundary vocabulary and accounting standard: a term or pattern occurs;
//! * metric: a keyword or pattern names it;
//! * statement: a pattern matches outside the spans of `targets.ignore_patterns`.

use std::fmt;

use super::model::{ExampleText, Examples, OutlineItem, RulesPack};

/// An example that does not behave as the pack claims.
#[derive(Debug, Clone)]
pub struct ExampleFailure {
    /// What the example is attached to, e.g. `outline item targets`.
    pub owner: String,
    /// The example.
    pub example: ExampleText,
    /// `true`: listed under `match` but does not match; `false`: listed under `no_match`
    /// but matches.
    pub should_match: bool,
}

impl fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = &self.example;
        let verdict = if self.should_match {
            "is listed under `match` but does not match"
        } else {
            "is listed under `no_match` but matches"
        };
        write!(
            f,
            "{}:{}:{}: {}: example `{}` {verdict}",
            e.file, e.line, e.column, self.owner, e.text
        )
    }
}

fn check(
    failures: &mut Vec<ExampleFailure>,
    owner: impl Fn() -> String,
    examples: &Examples,
    matches: impl Fn(&str) -> bool,
) {
    for (list, should_match) in [(&examples.matches, true), (&examples.no_match, false)] {
        for example in list {
            if matches(&example.text) != should_match {
                failures.push(ExampleFailure {
                    owner: owner(),
                    example: example.clone(),
                    should_match,
                });
            }
        }
    }
}

/// Every example of the pack that does not behave as claimed (empty when all pass).
/// `matches_heading(item, title)` decides whether a heading title names an outline item.
pub fn check_examples(
    pack: &RulesPack,
    matches_heading: impl Fn(&OutlineItem, &str) -> bool,
) -> Vec<ExampleFailure> {
    let mut failures = Vec::new();
    for (_, item) in pack.outline_items() {
        check(
            &mut failures,
            || format!("outline item `{}`", item.id),
            &item.examples,
            |text| matches_heading(item, text),
        );
    }
    for (_, item) in pack.outline_items() {
        check(
            &mut failures,
            || format!("content of outline item `{}`", item.id),
            &item.content.examples,
            |text| item.content.is_match(text),
        );
    }
    for principle in &pack.principles {
        for evidence in &principle.evidence {
            check(
                &mut failures,
                || format!("evidence `{}.{}`", principle.id.as_str(), evidence.id),
                &evidence.examples,
                |text| {
                    let text = evidence.stated_text(text, &pack.lexicon);
                    evidence.count_hits(&text, &pack.boundary) > 0
                },
            );
        }
    }
    for name in super::model::Boundary::NAMES {
        if let Some(vocabulary) = pack.boundary.vocabulary(name) {
            check(
                &mut failures,
                || format!("boundary vocabulary `{name}`"),
                &vocabulary.examples,
                |text| vocabulary.is_match(text),
            );
        }
    }
    for standard in &pack.boundary.accounting_standards {
        check(
            &mut failures,
            || format!("accounting standard `{}`", standard.id),
            &standard.vocabulary.examples,
            |text| standard.vocabulary.is_match(text),
        );
    }
    for metric in &pack.targets.metrics {
        check(
            &mut failures,
            || format!("metric `{}`", metric.id),
            &metric.examples,
            |text| metric.is_named_in(text),
        );
    }
    for name in super::Lexicon::NAMES {
        if let Some(vocabulary) = pack.lexicon.vocabulary(name) {
            check(
                &mut failures,
                || format!("lexicon entry `{name}`"),
                &vocabulary.examples,
                |text| vocabulary.is_match(text),
            );
        }
    }
    for statement in &pack.targets.statements {
        check(
            &mut failures,
            || format!("statement `{}`", statement.id),
            &statement.examples,
            |text| !pack.targets.statement_matches(statement, text).is_empty(),
        );
    }
    failures
}

/// Number of examples in the pack.
pub fn count_examples(pack: &RulesPack) -> usize {
    let count = |e: &Examples| e.matches.len() + e.no_match.len();
    let mut n: usize = pack
        .outline_items()
        .iter()
        .map(|(_, i)| count(&i.examples))
        .sum();
    n += pack
        .principles
        .iter()
        .flat_map(|p| &p.evidence)
        .map(|e| count(&e.examples))
        .sum::<usize>();
    n += super::model::Boundary::NAMES
        .iter()
        .filter_map(|name| pack.boundary.vocabulary(name))
        .map(|v| count(&v.examples))
        .sum::<usize>();
    n += pack
        .boundary
        .accounting_standards
        .iter()
        .map(|s| count(&s.vocabulary.examples))
        .sum::<usize>();
    n += pack
        .targets
        .metrics
        .iter()
        .map(|m| count(&m.examples))
        .sum::<usize>();
    n += super::Lexicon::NAMES
        .iter()
        .filter_map(|name| pack.lexicon.vocabulary(name))
        .map(|v| count(&v.examples))
        .sum::<usize>();
    n += pack
        .targets
        .statements
        .iter()
        .map(|s| count(&s.examples))
        .sum::<usize>();
    n
}
