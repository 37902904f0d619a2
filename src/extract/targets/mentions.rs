//! Which pack indicators a text names.

use crate::extract::memo::FastMap;
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use crate::pack::RulesPack;

/// The pack metrics named in `text`: (metric id, range), overlapping mentions resolved to
/// the one that starts first (单位工业增加值二氧化碳排放量 is an intensity, not 排放量), and
/// at one start to the shortest (单位工业增加值能耗、二氧化碳排放 begins with 能耗).
pub fn metric_mentions<'p>(pack: &'p RulesPack, text: &str) -> Vec<(&'p str, Range<usize>)> {
    resolve(&raw_metric_mentions(pack, text))
}

/// [`metric_mentions`] of the raw mentions.
fn resolve<'p>(found: &[(&'p str, Range<usize>)]) -> Vec<(&'p str, Range<usize>)> {
    let mut kept: Vec<(&'p str, Range<usize>)> = Vec::new();
    for (id, r) in found {
        if kept.last().is_some_and(|(_, k)| r.start < k.end) {
            continue;
        }
        kept.push((*id, r.clone()));
    }
    kept
}

/// A text's raw metric mentions, shared.
type Mentions<'p> = Rc<[(&'p str, Range<usize>)]>;

/// The metric mentions of one document's texts, each text's searched once: the target
/// extraction and several checks ask for the same sentences' and table headers' mentions
/// (a target's metric about every sentence, a table header once per row), and each
/// search runs every metric pattern of the pack. Kept in the document's
/// [`Analysis`](crate::extract::analysis::Analysis).
pub struct MentionMemo<'p> {
    pack: &'p RulesPack,
    known: RefCell<FastMap<Box<str>, Mentions<'p>>>,
    /// Text bytes remembered (a bound on memory: the memo forgets all past it).
    bytes: Cell<usize>,
}

impl<'p> MentionMemo<'p> {
    /// Longest text remembered.
    const MAX_TEXT: usize = 4096;
    /// Text bytes remembered before the memo forgets them all (well above a 100 KB plan's
    /// distinct sentences and headers).
    const MAX_BYTES: usize = 1 << 20;

    /// An empty memo for `pack`.
    pub fn new(pack: &'p RulesPack) -> MentionMemo<'p> {
        MentionMemo {
            pack,
            known: RefCell::default(),
            bytes: Cell::new(0),
        }
    }

    /// [`metric_mentions`]`(pack, text)`.
    pub fn metric_mentions(&self, text: &str) -> Vec<(&'p str, Range<usize>)> {
        resolve(&self.raw(text))
    }

    /// `raw_metric_mentions(pack, text)`, remembered.
    fn raw(&self, text: &str) -> Mentions<'p> {
        if let Some(found) = self.known.borrow().get(text) {
            return Rc::clone(found);
        }
        let found: Mentions<'p> = raw_metric_mentions(self.pack, text).into();
        if text.len() <= Self::MAX_TEXT {
            let mut known = self.known.borrow_mut();
            if self.bytes.get() + text.len() > Self::MAX_BYTES {
                *known = FastMap::default();
                self.bytes.set(0);
            }
            self.bytes.set(self.bytes.get() + text.len());
            known.insert(text.into(), Rc::clone(&found));
        }
        found
    }
}

/// Every pack metric mention, overlapping ones included, sorted by start then end;
/// denominators (`占能源消费总量比重`) left out.
pub(super) fn raw_metric_mentions<'p>(
    pack: &'p RulesPack,
    text: &str,
) -> Vec<(&'p str, Range<usize>)> {
    let metrics = &pack.targets.metrics;
    // (range, metric index, keyword before pattern): the order of a per-metric scan.
    let mut hits: Vec<(Range<usize>, usize, u8)> = pack
        .targets
        .keyword_hits(text)
        .into_iter()
        .map(|(i, r)| (r, i, 0))
        .collect();
    for (i, m) in metrics.iter().enumerate() {
        for p in &m.patterns {
            // A pattern may name the mention within its match (`(?P<metric>…)`) when it
            // needs a character of context before it (`年排放总量`, not `二氧化硫排放总量`).
            if p.source.contains("(?P<metric>") {
                hits.extend(
                    p.captures_iter(text)
                        .filter_map(|c| c.name("metric"))
                        .map(|g| (g.range(), i, 1)),
                );
            } else {
                hits.extend(p.find_iter(text).map(|f| (f.range(), i, 1)));
            }
        }
    }
    hits.sort_by_key(|(r, i, kind)| (r.start, r.end, *i, *kind));
    let mut found: Vec<(&'p str, Range<usize>)> = hits
        .into_iter()
        .filter_map(|(r, i, _)| Some((metrics.get(i)?.id.as_str(), r)))
        .collect();
    // `煤炭消费占能源消费总量比重`, `占园区排放总量的93.0%`: a denominator, not the
    // indicator.
    found.retain(|(_, r)| {
        let before = text.get(..r.start).unwrap_or("");
        let after = text.get(r.end..).unwrap_or("");
        let share_of = before
            .rsplit(['，', ',', '；', ';', '。', '：', ':'])
            .next()
            .and_then(|tail| tail.trim_start().strip_prefix('占'))
            .is_some_and(|between| {
                crate::extract::targets::PARK_NAMES
                    .iter()
                    .any(|w| between == *w || between == format!("全{w}"))
            });
        !(before.ends_with('占')
            || share_of
            || ["比重", "的比重", "比例", "的比例", "占比"]
                .iter()
                .any(|w| after.starts_with(w)))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The memo answers what a search answers, the first time and again.
    #[test]
    fn remembered_mentions_are_the_searched_ones() {
        let pack = crate::pack::default_pack();
        let memo = MentionMemo::new(pack);
        let long = "单位工业增加值二氧化碳排放量下降18%，".repeat(400);
        let texts = [
            "单位工业增加值二氧化碳排放量较2020年下降18%",
            "单位工业增加值能耗、二氧化碳排放分别下降15%和18%",
            "煤炭消费占能源消费总量比重下降到50%",
            "无关文字",
            "",
            long.as_str(),
        ];
        for _ in 0..2 {
            for t in texts {
                assert_eq!(memo.metric_mentions(t), metric_mentions(pack, t), "{t}");
                assert_eq!(
                    &*memo.raw(t),
                    raw_metric_mentions(pack, t).as_slice(),
                    "{t}"
                );
            }
        }
    }
}
