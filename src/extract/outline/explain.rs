//! Why each heading was matched to its outline item: the kind of evidence, a score, the
//! words that hit and, for chapters, the heading's place among the chapters and the
//! items placed before and after it (`peaklint outline --explain`).

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
    /// 0–100: the kind's strength, less 10 per level below where the item belongs.
    pub score: u32,
    /// The alias, pattern or concept words that matched.
    pub hits: Vec<String>,
    /// Chapters only: where the heading stands among the chapter headings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
}

/// A chapter heading's place: the `index`-th of `of` chapter headings (1-based), after
/// the chapter placed as `after` and before the one placed as `before` (item ids).
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
    let mut by_heading: BTreeMap<usize, Vec<Explained>> = BTreeMap::new();
    let mut items = Vec::new();
    for c in &m.chapters {
        let mut add = |hm: &HeadingMatch, im: &ItemMatch, role: &'static str, expected: u8| {
            let title = doc
                .blocks
                .get(hm.block)
                .and_then(|b| match &b.kind {
                    crate::document::BlockKind::Heading(h) => Some(h.title.as_str()),
                    _ => None,
                })
                .unwrap_or("");
            let below = u32::from(hm.level.saturating_sub(expected));
            let position = (role == "chapter" && hm.level == top)
                .then(|| position(&placed, &chapters, hm.block))
                .flatten();
            by_heading.entry(hm.block).or_default().push(Explained {
                item: im.item.id.clone(),
                item_title: im.item.title.clone(),
                role,
                kind: hm.kind.as_str(),
                score: hm.kind.score().saturating_sub(10 * below),
                hits: hits(im.item, title, hm.kind),
                position,
            });
        };
        if let Some(b) = &c.best {
            add(b, c, "chapter", top);
        }
        for d in &c.duplicates {
            add(d, c, "duplicate", top);
        }
        items.push(status(c, None));
        for s in &c.sections {
            if let Some(b) = &s.best {
                add(b, s, "section", top.saturating_add(1));
            }
            for d in &s.duplicates {
                add(d, s, "duplicate", top.saturating_add(1));
            }
            if let Some(e) = &s.found_elsewhere {
                add(e, s, "elsewhere", top.saturating_add(1));
            }
            items.push(status(s, Some(&c.item.id)));
        }
    }
    (by_heading, items)
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

/// The chapter heading `block`'s place and its placed neighbours (`placed`: block and
/// item id, in document order).
fn position(placed: &[(usize, &str)], chapters: &[usize], block: usize) -> Option<Position> {
    let index = chapters.binary_search(&block).ok()?;
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
        of: chapters.len(),
        after,
        before,
    })
}
