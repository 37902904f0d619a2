//! One Aho-Corasick automaton over every metric keyword of the pack.
//!
//! Target extraction asks of each sentence which indicators it names. Looking for each of
//! the pack's metric keywords in turn built a substring searcher per keyword and sentence;
//! with ~150 keywords this was the largest single cost of a check (callgrind, see
//! docs/performance.md). The automaton finds all of them in one pass. It is built on first
//! use, after loading and configuration have finished with the pack.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::model::Metric;

/// Keyword → metric index over a list of metrics. Clones share it (the pack is cloned
/// for every check of the language server; the metrics never change after loading).
#[derive(Debug, Clone, Default)]
pub struct KeywordIndex {
    built: std::sync::Arc<OnceLock<Option<Built>>>,
}

#[derive(Debug, Clone)]
struct Built {
    matcher: AhoCorasick,
    /// Pattern id → index of its metric.
    owner: Vec<usize>,
}

impl KeywordIndex {
    /// Every occurrence of every metric keyword in `text`, overlaps included, as
    /// (index of the metric in `metrics`, byte range). `metrics` must be the list the
    /// index belongs to (the pack's `targets.metrics`).
    pub fn hits(&self, metrics: &[Metric], text: &str) -> Vec<(usize, Range<usize>)> {
        let built = self.built.get_or_init(|| build(metrics));
        match built {
            Some(b) => b
                .matcher
                .find_overlapping_iter(text)
                .filter_map(|m| Some((*b.owner.get(m.pattern().as_usize())?, m.range())))
                .collect(),
            None => Vec::new(),
        }
    }
}

fn build(metrics: &[Metric]) -> Option<Built> {
    let mut words: Vec<&str> = Vec::new();
    let mut owner = Vec::new();
    for (i, m) in metrics.iter().enumerate() {
        for k in m.keywords.iter().filter(|k| !k.is_empty()) {
            words.push(k);
            owner.push(i);
        }
    }
    if words.is_empty() {
        return None;
    }
    let matcher = AhoCorasick::new(&words).ok()?;
    Some(Built { matcher, owner })
}
