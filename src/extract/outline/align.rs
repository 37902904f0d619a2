//! Aligning the document's heading tree with the outline as a whole: an assignment of
//! outline items to headings that maximises the evidence of the titles, their level and
//! their place, with an order penalty.
//!
//! Every item has candidates: the headings whose title matches it (title, alias,
//! pattern, contained name, concepts — less [`LEVEL_PENALTY`] per level below where the
//! item belongs) and, for a required or recommended item, the free headings of its level
//! (no item's name is in their title) whose title names one of its concept words and
//! whose text carries the substance of its sections or its own — placed only by their
//! position. The alignment chooses at most one candidate per item so that
//!
//! - one heading satisfies one item, unless its title joins two subjects that each
//!   name one (情景预测与达峰目标, 监测评估与保障措施);
//! - a heading placed by its position is the only item of its unit (a chapter or, for
//!   sections, a sub-section of the chapter) and stands where the outline's order puts
//!   it: between the items placed before and after it;
//! - the total score less [`ORDER_PENALTY`] for every item outside the longest chain of
//!   items in the outline's order (items of equal `order` in any order) is highest.
//!
//! A title found out of order still wins over nothing (`structure/chapter-order`
//! reports it): every title match scores more than the penalty, and so does a chapter
//! placed by position whose sub-headings name two of its sections by title. Between two headings
//! that both match an item, the one in order wins unless the other's title is much
//! stronger; a heading placed by its position alone never stands out of order (its
//! score is below the penalty). The fourth of seven chapters, between the analysis and the
//! pathway, titled 目标与愿景, is the targets chapter.
//!
//! The search is exact (branch and bound, candidates best first, so the first complete
//! assignment is the greedy one) and bounded: at most [`MAX_CANDIDATES`] candidates per
//! item and [`MAX_NODES`] steps per alignment, after which the best assignment found so
//! far stands.

use std::collections::HashMap;

use crate::pack::{OutlineItem, Requirement};

use super::title::{keys, match_keyed, names_concept, parts, Key};
use super::{MatchKind, Titled};

/// Score lost per level a heading stands below where its item belongs.
pub(super) const LEVEL_PENALTY: u32 = 30;
/// Score lost by an item placed outside the outline's order.
pub(super) const ORDER_PENALTY: u32 = 60;
/// The score of a chapter placed by position whose sub-headings name two of its
/// sections by title: above the order penalty, so that out of order it still stands
/// (and `structure/chapter-order` reports it) rather than go missing.
pub(super) const SECTIONS_TITLED: u32 = ORDER_PENALTY + 5;
/// Candidates weighed per item, best first.
const MAX_CANDIDATES: usize = 8;
/// Steps of the search per alignment.
const MAX_NODES: usize = 50_000;

/// A heading that may satisfy an item.
#[derive(Debug, Clone)]
pub(super) struct Cand {
    pub block: usize,
    pub level: u8,
    /// The unit (chapter, or sub-section of a chapter) holding the heading, in
    /// document order.
    pub unit: usize,
    pub kind: MatchKind,
    pub score: u32,
    /// Position candidates: the ids of the sections (or the item itself) whose
    /// substance is in the heading's text.
    pub content: Vec<String>,
    /// Takes no place in the order (a chapter's own combined heading as one of its
    /// sections).
    pub floats: bool,
}

/// The score of a position candidate: 30, and 5 per piece of evidence (a concept word
/// named: 2; each section whose substance is in the text: 1), at most 50 — always below
/// the order penalty and below any title match.
pub(super) fn position_score(named: bool, substance: usize) -> u32 {
    let evidence = 2 * u32::from(named) + substance.min(4) as u32;
    30 + 5 * evidence.min(4)
}

/// The score of a title match of `kind` at `below` levels under the item's level.
pub(super) fn title_score(kind: MatchKind, below: u8) -> u32 {
    kind.score()
        .saturating_sub(LEVEL_PENALTY * u32::from(below))
        .max(1)
}

/// One item to place: its outline order and its candidates (any order; sorted here).
pub(super) struct Slot<'r> {
    pub item: &'r OutlineItem,
    pub cands: Vec<Cand>,
}

/// The chosen candidate of each slot (an index into its sorted `cands`) and whether it
/// stands in the outline's order.
pub(super) struct Alignment {
    pub chosen: Vec<Option<Cand>>,
    pub in_order: Vec<bool>,
}

/// Align `slots` (in outline order) with the headings.
pub(super) fn align(mut slots: Vec<Slot>, headings: &[Titled]) -> Alignment {
    for s in slots.iter_mut() {
        s.cands.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.level.cmp(&b.level))
                .then(a.block.cmp(&b.block))
        });
        s.cands.truncate(MAX_CANDIDATES);
    }
    // The most each remaining slot can still add, for the bound.
    let mut rest = vec![0i64; slots.len() + 1];
    for i in (0..slots.len()).rev() {
        let best = slots
            .get(i)
            .and_then(|s| s.cands.first())
            .map_or(0, |c| i64::from(c.score));
        let next = rest.get(i + 1).copied().unwrap_or(0);
        if let Some(r) = rest.get_mut(i) {
            *r = next + best;
        }
    }
    let ends = subtree_ends(headings);
    let mut search = Search {
        slots: &slots,
        headings,
        ends: &ends,
        rest,
        cur: vec![None; slots.len()],
        best: vec![None; slots.len()],
        best_value: 0,
        nodes: 0,
        joined: HashMap::new(),
    };
    search.go(0, 0);
    let chosen_idx = search.best;
    let search_ends = ends;
    let placed = placed(&slots, &chosen_idx, &search_ends);
    let chain = chain(&placed);
    // Optional items, and items on a floating heading, are never out of order.
    let mut in_order: Vec<bool> = slots
        .iter()
        .zip(&chosen_idx)
        .map(|(s, c)| {
            let floats = c
                .and_then(|c| s.cands.get(c))
                .is_some_and(|cand| cand.floats);
            floats
                || !matches!(
                    s.item.level,
                    Requirement::Required | Requirement::Recommended
                )
        })
        .collect();
    for (k, (slot, ..)) in placed.iter().enumerate() {
        if chain.contains(&k) {
            if let Some(f) = in_order.get_mut(*slot) {
                *f = true;
            }
        }
    }
    let chosen = slots
        .iter()
        .zip(&chosen_idx)
        .map(|(s, c)| c.and_then(|c| s.cands.get(c).cloned()))
        .collect();
    Alignment { chosen, in_order }
}

struct Search<'a, 'r, 'd> {
    slots: &'a [Slot<'r>],
    headings: &'a [Titled<'d>],
    /// Where each heading's subtree ends (the block of the next heading at its level or
    /// above).
    ends: &'a HashMap<usize, usize>,
    rest: Vec<i64>,
    cur: Vec<Option<usize>>,
    best: Vec<Option<usize>>,
    best_value: i64,
    nodes: usize,
    /// Whether the title of a heading joins the subjects of two slots: (block, slot,
    /// slot) → answer, asked once.
    joined: HashMap<(usize, usize, usize), bool>,
}

impl Search<'_, '_, '_> {
    fn go(&mut self, i: usize, sum: i64) {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return;
        }
        // Items outside the order only grow as items are added: a bound.
        let out = out_of_order(self.slots, &self.cur, self.ends);
        let penalty = i64::from(ORDER_PENALTY) * out as i64;
        let slots = self.slots;
        let Some(slot) = slots.get(i) else {
            if sum - penalty > self.best_value && self.anchored() {
                self.best_value = sum - penalty;
                self.best.clone_from(&self.cur);
            }
            return;
        };
        if sum - penalty + self.rest.get(i).copied().unwrap_or(0) <= self.best_value {
            return;
        }
        for (c, cand) in slot.cands.iter().enumerate() {
            if !self.fits(i, cand) {
                continue;
            }
            if let Some(x) = self.cur.get_mut(i) {
                *x = Some(c);
            }
            self.go(i + 1, sum + i64::from(cand.score));
            if let Some(x) = self.cur.get_mut(i) {
                *x = None;
            }
        }
        self.go(i + 1, sum);
    }

    /// `cand` for slot `i` agrees with the slots placed so far.
    fn fits(&mut self, i: usize, cand: &Cand) -> bool {
        for j in 0..self.cur.len() {
            let Some(other) = self
                .cur
                .get(j)
                .copied()
                .flatten()
                .and_then(|c| self.slots.get(j)?.cands.get(c))
            else {
                continue;
            };
            let position = cand.kind == MatchKind::Position || other.kind == MatchKind::Position;
            // One inside the other (the profile as the first section of the chapter placed
            // by position) is not a second item of the unit.
            let inside = |a: &Cand, b: &Cand| {
                a.block < b.block && self.ends.get(&a.block).is_some_and(|&e| b.block < e)
            };
            if position && cand.unit == other.unit && !inside(cand, other) && !inside(other, cand) {
                return false;
            }
            if cand.block != other.block {
                continue;
            }
            // Two items on one heading: only a title that joins both subjects.
            if position || !self.joins(cand.block, i, j) {
                return false;
            }
        }
        true
    }

    fn joins(&mut self, block: usize, i: usize, j: usize) -> bool {
        let key = (block, i.min(j), i.max(j));
        if let Some(&known) = self.joined.get(&key) {
            return known;
        }
        let answer = match (self.slots.get(i), self.slots.get(j)) {
            (Some(a), Some(b)) => {
                joins(title_of(self.headings, block).unwrap_or(""), a.item, b.item)
            }
            _ => false,
        };
        self.joined.insert(key, answer);
        answer
    }

    /// An item placed by its position has a neighbour placed by its title in another
    /// unit: a place is only known among other places.
    fn anchored(&self) -> bool {
        let cands: Vec<&Cand> = self
            .cur
            .iter()
            .enumerate()
            .filter_map(|(j, c)| c.and_then(|c| self.slots.get(j)?.cands.get(c)))
            .collect();
        cands
            .iter()
            .filter(|c| c.kind == MatchKind::Position)
            .all(|p| {
                cands
                    .iter()
                    .any(|c| c.kind != MatchKind::Position && c.unit != p.unit)
            })
    }
}

/// The placed slots that keep the outline's order, as (slot, unit, block, order), in
/// document order. Optional items float (总体要求 before or after the situation
/// analysis, 附件 anywhere), as `structure/chapter-order` has them.
///
/// A heading inside another placed heading (`园区概况` under `二、园区现状与碳排放分析`) is
/// part of it, neither before nor after: it takes the place of the outer heading, and
/// the two are in whatever order the outline wants.
fn placed(
    slots: &[Slot],
    chosen: &[Option<usize>],
    ends: &HashMap<usize, usize>,
) -> Vec<(usize, usize, usize, u32)> {
    let v: Vec<(usize, usize, usize, u32)> = chosen
        .iter()
        .enumerate()
        .filter_map(|(j, c)| {
            let slot = slots.get(j)?;
            if !matches!(
                slot.item.level,
                Requirement::Required | Requirement::Recommended
            ) {
                return None;
            }
            let cand = slot.cands.get((*c)?)?;
            if cand.floats {
                return None;
            }
            Some((j, cand.unit, cand.block, slot.item.order))
        })
        .collect();
    // The outermost placed heading each one lies in (itself when none).
    let at: Vec<usize> = v
        .iter()
        .map(|&(_, _, block, _)| {
            v.iter()
                .filter(|&&(_, _, b, _)| b < block && ends.get(&b).is_some_and(|&e| block < e))
                .map(|&(_, _, b, _)| b)
                .min()
                .unwrap_or(block)
        })
        .collect();
    let nested: Vec<bool> = v
        .iter()
        .zip(&at)
        .map(|(&(_, _, block, _), &a)| a != block || at.iter().filter(|&&x| x == block).count() > 1)
        .collect();
    let mut keyed: Vec<(SortKey, Placed)> = v
        .into_iter()
        .zip(at.iter().zip(&nested))
        .map(|(p @ (j, unit, _, order), (&a, &n))| ((unit, a, if n { order } else { 0 }, j), p))
        .collect();
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, p)| p).collect()
}

/// How many placed slots stand outside the longest chain in the outline's order.
fn out_of_order(slots: &[Slot], chosen: &[Option<usize>], ends: &HashMap<usize, usize>) -> usize {
    let p = placed(slots, chosen, ends);
    p.len() - chain(&p).len()
}

/// A placed slot: (slot, unit, block, order).
type Placed = (usize, usize, usize, u32);
/// Unit, the block of the outermost placed heading, the order when nested, slot.
type SortKey = (usize, usize, u32, usize);

/// For every heading, the block where its subtree ends: that of the next heading at its
/// level or above (`usize::MAX` for the last ones).
fn subtree_ends(headings: &[Titled]) -> HashMap<usize, usize> {
    let mut ends = HashMap::with_capacity(headings.len());
    let mut open: Vec<(usize, u8)> = Vec::new();
    for &(block, level, ..) in headings {
        while let Some(&(b, l)) = open.last() {
            if l < level {
                break;
            }
            ends.insert(b, block);
            open.pop();
        }
        open.push((block, level));
    }
    for (b, _) in open {
        ends.insert(b, usize::MAX);
    }
    ends
}

/// Indices into `placed` of a longest run whose orders never decrease. Ties keep the
/// earlier items.
fn chain(placed: &[(usize, usize, usize, u32)]) -> Vec<usize> {
    let orders: Vec<u32> = placed.iter().map(|p| p.3).collect();
    super::longest_non_decreasing(&orders)
}

/// The title joins two subjects (监测评估与保障措施, 强化政策与资金支持): it has two parts
/// or more, and each item is named by a part or by the title as a whole while the
/// other is named by a different part.
pub(super) fn joins(title: &str, a: &OutlineItem, b: &OutlineItem) -> bool {
    let ps = parts(title);
    if ps.len() < 2 {
        return false;
    }
    let hit = |item: &OutlineItem, p: &str| {
        let k = Key::new(p);
        match_keyed(item, keys(item), p, &k).is_some() || names_concept(item, &k)
    };
    let whole = |item: &OutlineItem| {
        let k = Key::new(title);
        match_keyed(item, keys(item), title, &k).is_some()
    };
    let by_part = ps
        .iter()
        .enumerate()
        .any(|(x, pa)| hit(a, pa) && ps.iter().enumerate().any(|(y, pb)| x != y && hit(b, pb)));
    // 强化政策与资金支持: 政策支持 spans the joiner, 资金支持 is a part.
    by_part
        || (whole(a) && ps.iter().any(|p| hit(b, p)))
        || (whole(b) && ps.iter().any(|p| hit(a, p)))
}

pub(super) fn title_of<'d>(headings: &[Titled<'d>], block: usize) -> Option<&'d str> {
    let i = headings.partition_point(|(b, ..)| *b < block);
    headings
        .get(i)
        .filter(|(b, ..)| *b == block)
        .map(|(_, _, t, _)| *t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_scores_stay_below_the_penalty_and_title_matches() {
        assert!(position_score(true, 9) < ORDER_PENALTY);
        assert!(position_score(true, 9) < title_score(MatchKind::Concept, 0));
        assert!(title_score(MatchKind::Concept, 0) > ORDER_PENALTY);
        assert_eq!(title_score(MatchKind::Title, 9), 1);
    }

    #[test]
    fn chain_keeps_the_longest_ordered_run() {
        let p = |orders: &[u32]| -> Vec<(usize, usize, usize, u32)> {
            orders
                .iter()
                .enumerate()
                .map(|(i, &o)| (i, i, i, o))
                .collect()
        };
        assert_eq!(chain(&p(&[1, 2, 3])).len(), 3);
        assert_eq!(chain(&p(&[5, 1, 2, 3])).len(), 3);
        assert_eq!(chain(&p(&[3, 3, 2])).len(), 2);
        assert!(chain(&p(&[])).is_empty());
    }
}
