//! Which pack indicators a text names.

use std::ops::Range;

use crate::pack::RulesPack;

/// The pack metrics named in `text`: (metric id, range), overlapping mentions resolved to
/// the one that starts first (单位工业增加值二氧化碳排放量 is an intensity, not 排放量), and
/// at one start to the shortest (单位工业增加值能耗、二氧化碳排放 begins with 能耗).
pub fn metric_mentions<'p>(pack: &'p RulesPack, text: &str) -> Vec<(&'p str, Range<usize>)> {
    let found = raw_metric_mentions(pack, text);
    let mut kept: Vec<(&'p str, Range<usize>)> = Vec::new();
    for (id, r) in found {
        if kept.last().is_some_and(|(_, k)| r.start < k.end) {
            continue;
        }
        kept.push((id, r));
    }
    kept
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
            hits.extend(p.find_iter(text).map(|f| (f.range(), i, 1)));
        }
    }
    hits.sort_by_key(|(r, i, kind)| (r.start, r.end, *i, *kind));
    let mut found: Vec<(&'p str, Range<usize>)> = hits
        .into_iter()
        .filter_map(|(r, i, _)| Some((metrics.get(i)?.id.as_str(), r)))
        .collect();
    // `煤炭消费占能源消费总量比重`: a denominator, not the indicator.
    found.retain(|(_, r)| {
        let before = text.get(..r.start).unwrap_or("");
        let after = text.get(r.end..).unwrap_or("");
        !(before.ends_with('占')
            || ["比重", "的比重", "比例", "的比例", "占比"]
                .iter()
                .any(|w| after.starts_with(w)))
    });
    found
}
