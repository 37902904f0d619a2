//! Aligning the document's chapters with the outline as a whole, after each item has
//! looked for its own title: one heading satisfies one item unless its title joins two
//! subjects (情景预测与达峰目标), and a chapter heading no item claimed satisfies the item
//! the outline's order puts there when its title names one of the item's concept words
//! or its text carries the substance of the item's sections (the fourth of seven
//! chapters, between the analysis and the pathway, titled 目标与愿景, is the targets
//! chapter).

use std::collections::HashSet;
use std::ops::Range;

use crate::document::{Document, Section};
use crate::pack::{OutlineItem, Requirement};

use super::title::{keys, match_keyed, names_concept, parts, Key};
use super::{content_block, match_item, HeadingMatch, ItemMatch, MatchKind, Titled};

/// One heading, one item: when two chapter items chose the same heading and its title
/// does not join two subjects, the weaker claim (worse kind, then the later item of
/// the outline) looks for its next heading.
pub(super) fn resolve_shared(chapters: &mut [ItemMatch], headings: &[Titled]) {
    // Each round moves one claim off a shared heading; a claim never returns to a
    // heading it left, so the rounds are bounded by items × headings they match.
    let mut left: Vec<HashSet<usize>> = vec![HashSet::new(); chapters.len()];
    for _ in 0..chapters.len() * 4 {
        let Some((loser, block)) = shared_claim(chapters, headings) else {
            return;
        };
        let Some(m) = chapters.get_mut(loser) else {
            return;
        };
        let Some(gone) = left.get_mut(loser) else {
            return;
        };
        gone.insert(block);
        let rematch = match_item(m.item, keys(m.item), headings, |b| !gone.contains(&b));
        m.best = rematch.best;
        m.duplicates = rematch.duplicates;
    }
}

/// The first (item index, heading) whose claim must give way, if any.
fn shared_claim(chapters: &[ItemMatch], headings: &[Titled]) -> Option<(usize, usize)> {
    for (i, a) in chapters.iter().enumerate() {
        let Some(ba) = &a.best else { continue };
        for (j, b) in chapters.iter().enumerate().skip(i + 1) {
            let Some(bb) = &b.best else { continue };
            if ba.block != bb.block {
                continue;
            }
            let title = title_of(headings, ba.block).unwrap_or("");
            if joins(title, a.item, b.item) {
                continue;
            }
            return Some(if bb.kind < ba.kind {
                (i, ba.block)
            } else {
                (j, ba.block)
            });
        }
    }
    None
}

/// The title joins two subjects, one naming each item (监测评估与保障措施).
fn joins(title: &str, a: &OutlineItem, b: &OutlineItem) -> bool {
    let ps = parts(title);
    if ps.len() < 2 {
        return false;
    }
    let hit = |item: &OutlineItem, p: &str| {
        let k = Key::new(p);
        match_keyed(item, keys(item), p, &k).is_some() || names_concept(item, &k)
    };
    ps.iter()
        .enumerate()
        .any(|(x, pa)| hit(a, pa) && ps.iter().enumerate().any(|(y, pb)| x != y && hit(b, pb)))
}

fn title_of<'d>(headings: &[Titled<'d>], block: usize) -> Option<&'d str> {
    let i = headings.partition_point(|(b, ..)| *b < block);
    headings
        .get(i)
        .filter(|(b, ..)| *b == block)
        .map(|(_, _, t, _)| *t)
}

/// The chapter headings (the shallowest level), with the items placed on them.
struct Top {
    block: usize,
    range: Range<usize>,
    /// Orders of the required and recommended items placed on this heading or inside it.
    orders: Vec<u32>,
    /// Some chapter item is placed on it (or repeats on it): not free for position.
    claimed: bool,
}

/// How many free headings of a window are weighed for an item (a plan of thousands of
/// unnamed chapters costs no more than a short one).
const WINDOW: usize = 8;

/// Fill required and recommended chapters that found no heading by the position of
/// the free chapter headings between their neighbours.
pub(super) fn fill_by_position(
    doc: &Document,
    chapters: &mut [ItemMatch],
    headings: &[Titled],
    sections: &[Section],
) {
    let Some(top_level) = headings.iter().map(|(_, l, ..)| *l).min() else {
        return;
    };
    let top_blocks: HashSet<usize> = headings
        .iter()
        .filter(|(_, l, ..)| *l == top_level)
        .map(|(b, ..)| *b)
        .collect();
    let mut tops: Vec<Top> = sections
        .iter()
        .filter(|s| top_blocks.contains(&s.heading))
        .map(|s| Top {
            block: s.heading,
            range: s.content.clone(),
            orders: Vec::new(),
            claimed: false,
        })
        .collect();
    if tops.len() < 2 {
        return;
    }
    // Where each chapter item stands: the top heading holding its heading (a binary
    // search over the tops, which are in document order), and the headings it repeats on.
    for m in chapters.iter() {
        let anchor = matches!(
            m.item.level,
            Requirement::Required | Requirement::Recommended
        );
        let holding = |block: usize| {
            let i = tops.partition_point(|t| t.block <= block);
            i.checked_sub(1).filter(|&i| {
                tops.get(i)
                    .is_some_and(|t| t.block == block || t.range.contains(&block))
            })
        };
        let placed = m
            .best
            .as_ref()
            .and_then(|b| holding(b.block).map(|i| (i, b.block)));
        let repeats: Vec<usize> = m
            .duplicates
            .iter()
            .filter_map(|d| {
                holding(d.block).filter(|&i| tops.get(i).is_some_and(|t| t.block == d.block))
            })
            .collect();
        if let Some((i, block)) = placed {
            if let Some(t) = tops.get_mut(i) {
                if anchor {
                    t.orders.push(m.item.order);
                }
                if t.block == block {
                    t.claimed = true;
                }
            }
        }
        for i in repeats {
            if let Some(t) = tops.get_mut(i) {
                t.claimed = true;
            }
        }
    }
    let mut missing: Vec<usize> = chapters
        .iter()
        .enumerate()
        .filter(|(_, m)| m.best.is_none())
        .filter(|(_, m)| {
            matches!(
                m.item.level,
                Requirement::Required | Requirement::Recommended
            )
        })
        .map(|(i, _)| i)
        .collect();
    missing.sort_by_key(|&i| chapters.get(i).map(|m| m.item.order));
    for i in missing {
        let Some(m) = chapters.get_mut(i) else {
            continue;
        };
        let Some((t, _)) = best_free(doc, &tops, headings, m.item) else {
            continue;
        };
        let Some(top) = tops.get_mut(t) else { continue };
        m.best = Some(HeadingMatch {
            block: top.block,
            level: top_level,
            kind: MatchKind::Position,
        });
        top.orders.push(m.item.order);
        top.claimed = true;
    }
}

/// The free chapter heading where the outline's order puts `item`, with the most
/// evidence (a concept word in the title: 2; each section whose substance is in its
/// text: 1; at least two sections' substance, or the concept word, is needed).
fn best_free(
    doc: &Document,
    tops: &[Top],
    headings: &[Titled],
    item: &OutlineItem,
) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    let mut weighed = 0;
    // The highest order placed before each heading and the lowest after it, in two passes.
    let mut before_max: Vec<Option<u32>> = Vec::with_capacity(tops.len());
    let mut run: Option<u32> = None;
    for top in tops {
        before_max.push(run);
        run = run.max(top.orders.iter().copied().max());
    }
    let mut after_min: Vec<Option<u32>> = vec![None; tops.len()];
    let mut run: Option<u32> = None;
    for (t, top) in tops.iter().enumerate().rev() {
        if let Some(slot) = after_min.get_mut(t) {
            *slot = run;
        }
        run = match (run, top.orders.iter().copied().min()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    for (t, top) in tops.iter().enumerate() {
        if top.claimed || !top.orders.is_empty() {
            continue;
        }
        let before = before_max.get(t).copied().flatten();
        let after = after_min.get(t).copied().flatten();
        let fits = before.is_none_or(|o| o <= item.order) && after.is_none_or(|o| item.order <= o);
        if !fits || (before.is_none() && after.is_none()) {
            continue;
        }
        weighed += 1;
        if weighed > WINDOW {
            break;
        }
        let title = title_of(headings, top.block).unwrap_or("");
        let named = names_concept(item, &Key::new(title));
        let substance = item
            .sections
            .iter()
            .filter(|s| s.level != Requirement::Off)
            .filter(|s| content_block(doc, s, &top.range).is_some())
            .count() as u32;
        if !named && substance < 2 {
            continue;
        }
        let score = 2 * u32::from(named) + substance;
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((t, score));
        }
    }
    best
}
