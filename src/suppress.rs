//! Inline suppressions in Markdown: HTML comments that turn rules off where an author
//! has checked a finding and accepts it.
//!
//! ```markdown
//! <!-- peaklint-disable boundary/area -- 建成区面积与规划面积口径不同 -->
//! …                                   (off from here on)
//! <!-- peaklint-enable boundary/area -->
//! <!-- peaklint-disable-next-line structure/numbering -- 沿用上级文件编号 -->
//! ## 四、保障措施
//! ```
//!
//! Without rule ids a directive covers every rule. The text after ` -- ` is the
//! justification, reported with the finding. A finding without a location (a missing
//! chapter) is suppressed by a `disable` that is still in force at the end of the file.
//! Suppressed findings stay in the JSON output (`suppressed`), are counted in the human
//! output, and never decide the exit code.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Suppression};
use crate::document::{BlockKind, Document};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
}

/// One directive: its kind, the rules it names (empty = all), its justification and
/// the line range it covers.
#[derive(Debug, Clone)]
struct Directive {
    kind: Kind,
    rules: Vec<String>,
    justification: Option<String>,
    line: u32,
}

/// Parse `<!-- peaklint-… -->`; `None` for any other comment.
fn parse(comment: &str, line: u32) -> Option<Directive> {
    let inner = comment
        .trim()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim();
    let (head, justification) = match inner.split_once(" -- ") {
        Some((h, j)) => (
            h.trim(),
            Some(j.trim().to_string()).filter(|j| !j.is_empty()),
        ),
        None => (inner, None),
    };
    let mut words = head.split_whitespace();
    let kind = match words.next()? {
        "peaklint-disable" => Kind::Disable,
        "peaklint-enable" => Kind::Enable,
        "peaklint-disable-next-line" => Kind::NextLine,
        _ => return None,
    };
    let rules = words
        .flat_map(|w| w.split(','))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    Some(Directive {
        kind,
        rules,
        justification,
        line,
    })
}

fn covers(rules: &[String], rule: &str) -> bool {
    rules.is_empty() || rules.iter().any(|r| r == rule)
}

/// Mark the findings of a document that its directives suppress.
pub fn apply(doc: &Document, diagnostics: &mut [Diagnostic]) {
    let mut directives: Vec<Directive> = Vec::new();
    for b in &doc.blocks {
        if !matches!(b.kind, BlockKind::Comment) {
            continue;
        }
        let line = doc.locate(&b.origin, 0..0).line.unwrap_or(0);
        if let Some(d) = parse(&b.text, line) {
            directives.push(d);
        }
    }
    if directives.is_empty() {
        return;
    }
    // Lines that hold text, in order: a next-line directive covers the first one
    // after it (binary search; the old scan over every block per finding and
    // directive was cubic on a file of directives).
    let mut text_lines: Vec<u32> = doc
        .blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Comment))
        .filter_map(|b| doc.locate(&b.origin, 0..0).line)
        .collect();
    text_lines.sort_unstable();
    let next_text_line = |after: u32| -> u32 {
        let i = text_lines.partition_point(|&l| l <= after);
        text_lines
            .get(i)
            .copied()
            .unwrap_or_else(|| after.saturating_add(1))
    };
    // Directives apply in document order; a stable sort by line keeps that order.
    directives.sort_by_key(|d| d.line);
    // Next-line directives by the line they cover (the first in order wins).
    let mut next_line: HashMap<u32, Vec<&Directive>> = HashMap::new();
    for d in directives.iter().filter(|d| d.kind == Kind::NextLine) {
        next_line.entry(next_text_line(d.line)).or_default().push(d);
    }
    // Per rule: the disable/enable directives that cover it, in order. Built once per
    // rule that has findings, so the work is directives × rules, not × findings.
    let mut ranges: HashMap<&str, Vec<&Directive>> = HashMap::new();
    for d in diagnostics.iter_mut() {
        let rule = d.rule;
        let line = d.location.as_ref().and_then(|l| l.line);
        let covering = ranges.entry(rule).or_insert_with(|| {
            directives
                .iter()
                .filter(|dir| dir.kind != Kind::NextLine && covers(&dir.rules, rule))
                .collect()
        });
        let by_next_line = line
            .and_then(|l| next_line.get(&l))
            .and_then(|ds| ds.iter().find(|dir| covers(&dir.rules, rule)));
        let active: Option<Option<String>> = match by_next_line {
            Some(dir) => Some(dir.justification.clone()),
            None => {
                // The last disable/enable at or before the finding decides; a finding
                // without a line is decided by the state at the end of the file.
                let upto = match line {
                    Some(l) => covering.partition_point(|dir| dir.line <= l),
                    None => covering.len(),
                };
                covering
                    .get(..upto)
                    .and_then(<[&Directive]>::last)
                    .filter(|dir| dir.kind == Kind::Disable)
                    .map(|dir| dir.justification.clone())
            }
        };
        if let Some(justification) = active {
            d.suppressed = Some(Suppression {
                kind: "inline",
                justification,
                source: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let d = parse(
            "<!-- peaklint-disable boundary/area,boundary/unit -- 口径不同 -->",
            3,
        );
        let Some(d) = d else { panic!("not parsed") };
        assert_eq!(d.kind, Kind::Disable);
        assert_eq!(d.rules, vec!["boundary/area", "boundary/unit"]);
        assert_eq!(d.justification.as_deref(), Some("口径不同"));
        assert!(parse("<!-- just a comment -->", 1).is_none());
        let Some(d) = parse("<!--peaklint-enable-->", 1) else {
            panic!()
        };
        assert_eq!((d.kind, d.rules.len()), (Kind::Enable, 0));
    }
}
