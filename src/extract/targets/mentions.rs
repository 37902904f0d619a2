//! Which pack indicators a text names.

use crate::extract::memo::TextMemo;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use crate::pack::RulesPack;

/// The pack metrics named in `text`: (metric id, range), overlapping mentions resolved to
/// the one that starts first (单位工业增加值二氧化碳排放量 is an intensity, not 排放量), and
/// at one start to the shortest (单位工业增加值能耗、二氧化碳排放 begins with 能耗).
pub fn metric_mentions<'p>(pack: &'p RulesPack, text: &str) -> Vec<(&'p str, Range<usize>)> {
    resolve(raw_metric_mentions(pack, text))
}

/// [`metric_mentions`] of the raw mentions.
fn resolve<'p>(
    found: impl IntoIterator<Item = (&'p str, Range<usize>)>,
) -> Vec<(&'p str, Range<usize>)> {
    let mut kept: Vec<(&'p str, Range<usize>)> = Vec::new();
    for (id, r) in found {
        if kept.last().is_some_and(|(_, k)| r.start < k.end) {
            continue;
        }
        kept.push((id, r));
    }
    kept
}

/// A text's raw metric mentions as (index into the pack's metrics, range), shared: the
/// form kept in the text memo, which outlives the pack's borrow.
type Mentions = Rc<[(usize, Range<usize>)]>;

thread_local! {
    /// [`raw_metric_mentions`] by text and pack ([`crate::extract::memo`]).
    static RAW: RefCell<TextMemo<Mentions>> = RefCell::default();
}

/// The metric mentions of one document's texts, each text's searched once: the target
/// extraction and several checks ask for the same sentences' and table headers' mentions
/// (a target's metric about every sentence, a table header once per row), and each
/// search runs every metric pattern of the pack. Kept in the document's
/// [`Analysis`](crate::extract::analysis::Analysis); the answers live in the thread's
/// text memo, so the language server keeps them between versions of a document.
pub struct MentionMemo<'p> {
    pack: &'p RulesPack,
}

impl<'p> MentionMemo<'p> {
    /// A memo for `pack`.
    pub fn new(pack: &'p RulesPack) -> MentionMemo<'p> {
        MentionMemo { pack }
    }

    /// [`metric_mentions`]`(pack, text)`.
    pub fn metric_mentions(&self, text: &str) -> Vec<(&'p str, Range<usize>)> {
        resolve(self.named(&self.raw(text)))
    }

    /// `raw_metric_mentions(pack, text)` by metric index, remembered.
    fn raw(&self, text: &str) -> Mentions {
        let pack = self.pack;
        TextMemo::get_or(&RAW, pack.memo_key(), text, |t| {
            raw_mentions_by_index(pack, t).into()
        })
    }

    /// Mentions by metric index with the metrics' ids.
    fn named<'a>(
        &self,
        found: &'a [(usize, Range<usize>)],
    ) -> impl Iterator<Item = (&'p str, Range<usize>)> + 'a
    where
        'p: 'a,
    {
        let pack: &'p RulesPack = self.pack;
        let metrics = &pack.targets.metrics;
        found
            .iter()
            .filter_map(|(i, r)| Some((metrics.get(*i)?.id.as_str(), r.clone())))
    }
}

/// Every pack metric mention, overlapping ones included, sorted by start then end;
/// denominators (`占能源消费总量比重`) left out.
pub(super) fn raw_metric_mentions<'p>(
    pack: &'p RulesPack,
    text: &str,
) -> Vec<(&'p str, Range<usize>)> {
    let metrics = &pack.targets.metrics;
    raw_mentions_by_index(pack, text)
        .into_iter()
        .filter_map(|(i, r)| Some((metrics.get(i)?.id.as_str(), r)))
        .collect()
}

/// [`raw_metric_mentions`] with each metric as its index in the pack's metrics.
fn raw_mentions_by_index(pack: &RulesPack, text: &str) -> Vec<(usize, Range<usize>)> {
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
    let mut found: Vec<(usize, Range<usize>)> = hits
        .into_iter()
        .filter(|(_, i, _)| *i < metrics.len())
        .map(|(r, i, _)| (i, r))
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
                let raw: Vec<_> = memo.named(&memo.raw(t)).collect();
                assert_eq!(raw, raw_metric_mentions(pack, t), "{t}");
            }
        }
    }
}
