//! Why each heading was matched to its outline item: the kind of evidence, its score in
//! the alignment, the words that hit, the substance found in its text (a heading placed
//! by its position), whether it stands in the outline's order, and its place: for a
//! chapter among the chapter headings, for a section among its chapter's sub-headings,
//! with the items placed before and after it (`peaklint outline --explain`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::document::Document;
use crate::pack::Requirement;

use super::title::hits;
use super::{HeadingMatch, ItemMatch, OutlineMatch};

/// One reason a heading stands for an outline item.
#[derive(Debug, Clone, Serialize)]
pub struct Explained {
    /// The outline item's id and title.
    pub item: String,
    pub item_title: String,
    /// `chapter` or `section`: what the item is; `duplicate` when the heading repeats an
    /// item already placed at the same level; `elsewhere` when a section was found
    /// outside its chapter.
    pub role: &'static str,
    /// title | alias | pattern | contains | concept | position.
    pub kind: &'static str,
    /// The evidence's score in the alignment ([`super::HeadingMatch::score`]): 70–100
    /// for a title match (title 100, alias 95, pattern 90, contained name 80, concepts
    /// 70) less 30 per level below where the item belongs; 30–50 for a heading placed by
    /// its position (30, and 5 per piece of evidence: a concept word named 2, each
    /// section whose substance is in its text 1).
    pub score: u32,
    /// Chapters and sections: whether the item stands in the outline's order among the
    /// items placed around it (an item out of order costs the alignment 60).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_order: Option<bool>,
    /// A heading placed by its position: the sections (or the section itself) whose
    /// substance is in its text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<String>,
    /// The alias, pattern or concept words that matched.
    pub hits: Vec<String>,
    /// Chapters and sections at their own level: where the heading stands among the
    /// chapter headings, or among its chapter's sub-headings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
}

/// A heading's place: the `index`-th of `of` chapter headings (or sub-headings of its
/// chapter; 1-based), after the item placed as `after` and before the one placed as
/// `before` (item ids of the same alignment).
#[derive(Debug, Clone, Serialize)]
pub struct Position {
    pub index: usize,
    pub of: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
}

/// How an outline item was found.
#[derive(Debug, Clone, Serialize)]
pub struct ItemStatus {
    pub id: String,
    pub title: String,
    /// required | recommended | optional.
    pub level: &'static str,
    /// The chapter's id, for a section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<String>,
    /// `heading`: under a heading of its own; `content`: no heading, its substance is in
    /// the text at `block`; `missing`.
    pub status: &'static str,
    /// The heading, or the first block holding the content.
    #[serde(skip)]
    pub block: Option<usize>,
}

/// Every heading's reasons (by block index) and every item's status, in outline order.
pub fn explain(
    doc: &Document,
    m: &OutlineMatch,
) -> (BTreeMap<usize, Vec<Explained>>, Vec<ItemStatus>) {
    let top = doc.headings().map(|(_, h)| h.level).min().unwrap_or(1);
    let chapters: Vec<usize> = doc
        .headings()
        .filter(|(_, h)| h.level == top)
        .map(|(i, _)| i)
        .collect();
    // The placed chapters in document order, for neighbours by binary search.
    let mut placed: Vec<(usize, &str)> = m
        .chapters
        .iter()
        .filter_map(|c| c.best.as_ref().map(|b| (b.block, c.item.id.as_str())))
        .filter(|(b, _)| chapters.binary_search(b).is_ok())
        .collect();
    placed.sort();
    let heads: Vec<(usize, u8)> = doc.headings().map(|(i, h)| (i, h.level)).collect();
    let mut by_heading: BTreeMap<usize, Vec<Explained>> = BTreeMap::new();
    let mut items = Vec::new();
    for c in &m.chapters {
        // The chapter's sections placed, in document order, for their neighbours.
        let mut placed_sections: Vec<(usize, &str)> = c
            .sections
            .iter()
            .filter_map(|s| s.best.as_ref().map(|b| (b.block, s.item.id.as_str())))
            .filter(|(b, _)| {
                c.best
                    .as_ref()
                    .is_none_or(|cb| cb.block != *b || cb.level != top)
            })
            .collect();
        placed_sections.sort();
        let mut add = |hm: &HeadingMatch, im: &ItemMatch, role: &'static str| {
            let title = doc
                .blocks
                .get(hm.block)
                .and_then(|b| match &b.kind {
                    crate::document::BlockKind::Heading(h) => Some(h.title.as_str()),
                    _ => None,
                })
                .unwrap_or("");
            let position = match role {
                "chapter" if hm.level == top => position(&placed, &chapters, hm.block),
                // A chapter's own combined heading as one of its sections has no place
                // among the sub-headings.
                "section"
                    if c.best
                        .as_ref()
                        .is_some_and(|b| b.block == hm.block && b.level == top) =>
                {
                    None
                }
                "section" => {
                    let siblings = siblings(&heads, hm.block, hm.level);
                    position(&placed_sections, &siblings, hm.block)
                }
                _ => None,
            };
            by_heading.entry(hm.block).or_default().push(Explained {
                item: im.item.id.clone(),
                item_title: im.item.title.clone(),
                role,
                kind: hm.kind.as_str(),
                score: hm.score,
                in_order: matches!(role, "chapter" | "section").then_some(hm.in_order),
                content: hm.content.clone(),
                hits: hits(im.item, title, hm.kind),
                position,
            });
        };
        if let Some(b) = &c.best {
            add(b, c, "chapter");
        }
        for d in &c.duplicates {
            add(d, c, "duplicate");
        }
        items.push(status(c, None));
        for s in &c.sections {
            if let Some(b) = &s.best {
                add(b, s, "section");
            }
            for d in &s.duplicates {
                add(d, s, "duplicate");
            }
            if let Some(e) = &s.found_elsewhere {
                add(e, s, "elsewhere");
            }
            items.push(status(s, Some(&c.item.id)));
        }
    }
    (by_heading, items)
}

/// The headings at `level` under the same parent as heading `block` (`heads`: block and
/// level of every heading, in document order), in document order.
fn siblings(heads: &[(usize, u8)], block: usize, level: u8) -> Vec<usize> {
    let at = heads.partition_point(|(b, _)| *b < block);
    let start = heads
        .get(..at)
        .and_then(|before| before.iter().rposition(|(_, l)| *l < level))
        .map_or(0, |p| p + 1);
    let end = heads
        .get(at..)
        .and_then(|after| after.iter().position(|(_, l)| *l < level))
        .map_or(heads.len(), |p| at + p);
    heads
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .filter(|(_, l)| *l == level)
        .map(|(b, _)| *b)
        .collect()
}

fn status(m: &ItemMatch, chapter: Option<&String>) -> ItemStatus {
    let (status, block) = match (&m.best, m.in_content) {
        (Some(b), _) => ("heading", Some(b.block)),
        (None, Some(c)) => ("content", Some(c)),
        (None, None) => ("missing", None),
    };
    ItemStatus {
        id: m.item.id.clone(),
        title: m.item.title.clone(),
        level: match m.item.level {
            Requirement::Required => "required",
            Requirement::Recommended => "recommended",
            Requirement::Optional | Requirement::Off => "optional",
        },
        chapter: chapter.cloned(),
        status,
        block,
    }
}

/// Heading `block`'s place among `units` (chapter headings, or a chapter's sub-headings)
/// and its placed neighbours (`placed`: block and item id, in document order).
fn position(placed: &[(usize, &str)], units: &[usize], block: usize) -> Option<Position> {
    let index = units.binary_search(&block).ok()?;
    let at = placed.partition_point(|(b, _)| *b < block);
    let after = at
        .checked_sub(1)
        .and_then(|i| placed.get(i))
        .map(|(_, id)| id.to_string());
    let before = placed
        .iter()
        .skip(at)
        .find(|(b, _)| *b > block)
        .map(|(_, id)| id.to_string());
    Some(Position {
        index: index + 1,
        of: units.len(),
        after,
        before,
    })
}
