//! Outline matching: which heading satisfies which outline item of the rules pack.
//!
//! A heading matches an item by its normalised title (number stripped, NFKC,
//! punctuation and spaces removed): equal to the item's title or an alias, matched by
//! one of its patterns, containing an alias, or containing the title's characters in
//! order with little in between (碳排放现状分析 satisfies 碳排放分析). A chapter may be
//! satisfied by a deeper heading (（三）主要目标 under 一、总体要求 satisfies the targets
//! chapter); the match records its level.

use crate::document::{BlockKind, Document, Section};
use crate::pack::{OutlineItem, Requirement};

mod align;
pub mod explain;
mod title;

use title::{core_key, keys, match_keyed, Key, Keys};

/// How a heading matched an item, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Title,
    Alias,
    Pattern,
    Contains,
    /// The title combines the item's concepts (a head word and a qualifier).
    Concept,
    /// A chapter heading no item claimed, where the outline's order puts the item
    /// (between the chapters before and after it), whose title names one of the item's
    /// concept words or whose text holds the substance of its sections.
    Position,
}

impl MatchKind {
    /// The kind as written in JSON and explanations.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Title => "title",
            MatchKind::Alias => "alias",
            MatchKind::Pattern => "pattern",
            MatchKind::Contains => "contains",
            MatchKind::Concept => "concept",
            MatchKind::Position => "position",
        }
    }

    /// A score for the strength of the evidence, 0–100 (best kind highest).
    pub fn score(self) -> u32 {
        match self {
            MatchKind::Title => 100,
            MatchKind::Alias => 95,
            MatchKind::Pattern => 90,
            MatchKind::Contains => 80,
            MatchKind::Concept => 70,
            MatchKind::Position => 50,
        }
    }
}

/// A heading that satisfies an item.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadingMatch {
    /// Block index of the heading.
    pub block: usize,
    pub level: u8,
    pub kind: MatchKind,
}

/// The result for one outline item (a chapter or a section).
#[derive(Debug, Clone)]
pub struct ItemMatch<'r> {
    pub item: &'r OutlineItem,
    /// The chosen heading: the shallowest, then the best kind, then the first.
    pub best: Option<HeadingMatch>,
    /// Every other heading at the same level as `best` that also matches (duplicates).
    pub duplicates: Vec<HeadingMatch>,
    /// Sections of this item (empty for sections themselves).
    pub sections: Vec<ItemMatch<'r>>,
    /// When a section was not found inside its chapter but elsewhere.
    pub found_elsewhere: Option<HeadingMatch>,
    /// A section with no heading of its own whose substance (the item's `content`) is in
    /// its chapter's text: the first block holding it.
    pub in_content: Option<usize>,
}

impl ItemMatch<'_> {
    /// Present: under a heading of its own, or in its chapter's text.
    pub fn present(&self) -> bool {
        self.best.is_some() || self.in_content.is_some()
    }
}

/// The outline of a document matched against the rules' outline.
#[derive(Debug, Clone)]
pub struct OutlineMatch<'r> {
    pub chapters: Vec<ItemMatch<'r>>,
}

impl OutlineMatch<'_> {
    /// Share of required and recommended items (chapters and their sections) that are
    /// present, 0.0–1.0; 1.0 when nothing is required.
    pub fn coverage(&self) -> f64 {
        let mut total = 0usize;
        let mut found = 0usize;
        for c in &self.chapters {
            if counts(c.item.level) {
                total += 1;
                found += usize::from(c.best.is_some());
            }
            for s in &c.sections {
                if counts(s.item.level) && counts(c.item.level) {
                    total += 1;
                    found += usize::from(s.present());
                }
            }
        }
        if total == 0 {
            1.0
        } else {
            found as f64 / total as f64
        }
    }
}

fn counts(r: Requirement) -> bool {
    matches!(r, Requirement::Required | Requirement::Recommended)
}

/// How a heading title matches an item, if it does.
pub fn match_title(item: &OutlineItem, title: &str) -> Option<MatchKind> {
    match_keyed(item, keys(item), title, &Key::new(title))
}

/// The first heading of `doc` (block index) whose title matches `item`.
pub fn first_matching_heading(doc: &Document, item: &OutlineItem) -> Option<usize> {
    let k = keys(item);
    doc.headings()
        .find(|(_, h)| match_keyed(item, k, &h.title, &Key::new(&h.title)).is_some())
        .map(|(i, _)| i)
}

/// Match the rules' outline against a document.
pub fn match_outline<'r>(doc: &Document, outline: &'r [OutlineItem]) -> OutlineMatch<'r> {
    let all: Vec<Titled> = doc
        .headings()
        .map(|(i, h)| (i, h.level, h.title.as_str(), Key::new(&h.title)))
        .collect();
    let sections = doc.sections();
    let mut chapters: Vec<ItemMatch> = outline
        .iter()
        .filter(|item| item.level != Requirement::Off)
        .map(|item| match_item(item, keys(item), &all, |_| true))
        .collect();
    // The chapters as a whole: one heading, one item (unless its title joins two
    // subjects); free chapter headings fill missing items by their place.
    align::resolve_shared(&mut chapters, &all);
    align::fill_by_position(doc, &mut chapters, &all, &sections);
    // The plan's text from its first heading on: the lines before it name the issuing
    // body and the standard (中国循环经济协会), not the park's content.
    let whole = doc.headings().next().map_or(0, |(i, _)| i)..doc.blocks.len();
    for m in chapters.iter_mut() {
        // Sections are looked for inside the chapter; a chapter found one level deep
        // (（三）主要目标 under 一、总体要求) has its sections beside it, so they are
        // looked for in the enclosing top-level section.
        let range = m.best.as_ref().and_then(|b| {
            let own = find_section(&sections, b.block)?;
            let top = sections.iter().find(|s| s.content.contains(&b.block));
            Some(match top {
                Some(t) if own.heading != t.heading => t.content.clone(),
                _ => own.content.clone(),
            })
        });
        let present = m.best.is_some();
        // A repeated chapter is reported once: its sections are not reported again.
        let mut repeated: Vec<std::ops::Range<usize>> = m
            .duplicates
            .iter()
            .filter_map(|d| find_section(&sections, d.block).map(|s| s.content.clone()))
            .collect();
        // Sections of one level do not overlap: sorted, a block is looked up by binary
        // search.
        repeated.sort_by_key(|r| r.start);
        let in_repeated = |block: usize| {
            let i = repeated.partition_point(|r| r.end <= block);
            repeated.get(i).is_some_and(|r| r.contains(&block))
        };
        m.sections = m
            .item
            .sections
            .iter()
            .filter(|s| s.level != Requirement::Off)
            .map(|s| {
                let k = keys(s);
                let inside = |block: usize| range.as_ref().is_some_and(|r| r.contains(&block));
                let mut sm = match_item(s, k, &all, inside);
                // The same section title again at the same level in another chapter
                // (节能降碳增效 under two chapters) is a duplicate too.
                if let Some(b) = &sm.best {
                    let again = same_title(&all, b, |block| !inside(block) && !in_repeated(block));
                    sm.duplicates.extend(again);
                }
                if sm.best.is_none() && present {
                    sm.found_elsewhere = match_item(s, k, &all, |_| true).best;
                    sm.in_content = range.as_ref().and_then(|r| content_block(doc, s, r));
                    // A recommended section may be written elsewhere in the plan (the
                    // park's area in the scope paragraph of 总则): present in substance.
                    // A required one must be in its chapter.
                    if sm.in_content.is_none() && s.level != Requirement::Required {
                        sm.in_content = content_block(doc, s, &whole);
                    }
                }
                sm
            })
            .collect();
    }
    OutlineMatch { chapters }
}

/// A heading: block index, level, title and the title's match key.
pub(crate) type Titled<'d> = (usize, u8, &'d str, Key);

/// The item's match among the headings whose block `within` accepts.
pub(crate) fn match_item<'r>(
    item: &'r OutlineItem,
    k: &Keys,
    headings: &[Titled],
    within: impl Fn(usize) -> bool,
) -> ItemMatch<'r> {
    let mut found: Vec<HeadingMatch> = headings
        .iter()
        .filter(|(block, ..)| within(*block))
        .filter_map(|(block, level, title, key)| {
            match_keyed(item, k, title, key).map(|kind| HeadingMatch {
                block: *block,
                level: *level,
                kind,
            })
        })
        .collect();
    found.sort_by_key(|m| (m.level, m.kind, m.block));
    let best = found.first().cloned();
    // Two headings are duplicates when they say the same thing at the same level
    // (保障措施 twice), not when two names of one item stand side by side (保障措施 and
    // 组织实施 are both usual in government plans).
    // `headings` is in document order: a binary search, not a scan per match (a plan
    // of 100,000 identical headings made that quadratic).
    let key_of = |block: usize| {
        let i = headings.partition_point(|(b, ..)| *b < block);
        headings
            .get(i)
            .filter(|(b, ..)| *b == block)
            .or_else(|| headings.iter().find(|(b, ..)| *b == block))
            .map(|(.., key)| core_key(&key.text))
    };
    let duplicates = match &best {
        Some(b) => {
            let best_key = key_of(b.block);
            found
                .iter()
                .skip(1)
                .filter(|m| m.level == b.level && key_of(m.block) == best_key)
                .cloned()
                .collect()
        }
        None => Vec::new(),
    };
    ItemMatch {
        item,
        best,
        duplicates,
        sections: Vec::new(),
        found_elsewhere: None,
        in_content: None,
    }
}

/// Headings `within` at `best`'s level whose title says the same as `best`'s.
fn same_title(
    headings: &[Titled],
    best: &HeadingMatch,
    within: impl Fn(usize) -> bool,
) -> Vec<HeadingMatch> {
    let Some((.., key)) = headings.iter().find(|(b, ..)| *b == best.block) else {
        return Vec::new();
    };
    let core = core_key(&key.text);
    if core.chars().count() < 2 {
        return Vec::new();
    }
    headings
        .iter()
        .filter(|(b, l, ..)| *b != best.block && *l == best.level && within(*b))
        .filter(|(.., k)| core_key(&k.text) == core)
        .map(|(b, l, ..)| HeadingMatch {
            block: *b,
            level: *l,
            kind: best.kind,
        })
        .collect()
}

/// The first block of `range` from which on the chapter's text holds the section's
/// `content` (at least `content_min_matches` hits over the range), if it does.
pub(crate) fn content_block(
    doc: &Document,
    item: &OutlineItem,
    range: &std::ops::Range<usize>,
) -> Option<usize> {
    if item.content.is_empty() {
        return None;
    }
    let need = item.content_min_matches.max(1) as usize;
    let mut hits = 0usize;
    let mut first = None;
    for i in range.clone() {
        let Some(b) = doc.blocks.get(i) else { break };
        let n = match &b.kind {
            BlockKind::Heading(_) | BlockKind::Comment => 0,
            BlockKind::Table(t) => t
                .rows
                .iter()
                .flat_map(|r| r.cells.iter())
                .flat_map(|c| c.paragraphs.iter())
                .map(|p| item.content.find_all(&p.text).len())
                .sum(),
            _ => item.content.find_all(&b.text).len(),
        };
        if n > 0 && first.is_none() {
            first = Some(i);
        }
        hits += n;
        if hits >= need {
            return first;
        }
    }
    None
}

/// The section whose heading is block `heading`. Siblings are in document order and
/// do not overlap, so each level is a binary search (a scan per call made a plan of
/// 100,000 sibling headings quadratic).
pub fn find_section(sections: &[Section], heading: usize) -> Option<&Section> {
    let i = sections.partition_point(|s| s.content.end.max(s.heading + 1) <= heading);
    let s = sections.get(i)?;
    if s.heading == heading {
        return Some(s);
    }
    if s.content.contains(&heading) {
        return find_section(&s.children, heading);
    }
    None
}
