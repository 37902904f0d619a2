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
use crate::rules::{OutlineItem, Requirement};

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
        let rematch = match_item(m.item, &keys(m.item), headings, |b| !gone.contains(&b));
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
        match_keyed(item, &keys(item), p, &k).is_some() || names_concept(item, &k)
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
    let mut tops: Vec<Top> = sections
        .iter()
        .filter(|s| {
            headings
                .iter()
                .any(|(b, l, ..)| *b == s.heading && *l == top_level)
        })
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
    for m in chapters.iter() {
        let anchor = matches!(
            m.item.level,
            Requirement::Required | Requirement::Recommended
        );
        for t in tops.iter_mut() {
            if let Some(b) = &m.best {
                if anchor && (b.block == t.block || t.range.contains(&b.block)) {
                    t.orders.push(m.item.order);
                }
                if b.block == t.block {
                    t.claimed = true;
                }
            }
            if m.duplicates.iter().any(|d| d.block == t.block) {
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
    for (t, top) in tops.iter().enumerate() {
        if top.claimed || !top.orders.is_empty() {
            continue;
        }
        let before = tops.iter().take(t).flat_map(|x| x.orders.iter()).max();
        let after = tops.iter().skip(t + 1).flat_map(|x| x.orders.iter()).min();
        let fits =
            before.is_none_or(|&o| o <= item.order) && after.is_none_or(|&o| item.order <= o);
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
