//! Outline matching: which heading satisfies which outline item of the rules pack.
//!
//! A heading matches an item by its normalised title (number stripped, NFKC,
//! punctuation and spaces removed): equal to the item's title or an alias, matched by
//! one of its patterns, containing an alias, or containing the title's characters in
//! order with little in between (碳排放现状分析 satisfies 碳排放分析). A chapter may be
//! satisfied by a deeper heading (（三）主要目标 under 一、总体要求 satisfies the targets
//! chapter); the match records its level.
//!
//! Which heading satisfies which item is decided for the tree as a whole (`align`):
//! the chapters with the top-level headings, then each chapter's sections with the
//! headings inside it, by an assignment that weighs the titles, their level and their
//! place in the outline's order (one heading, one item, unless its title joins two).

use crate::document::{BlockKind, Document, Section};
use crate::pack::{OutlineItem, Requirement};

mod align;
pub mod explain;
mod title;

use title::{core_key, keys, match_keyed, names_concept, names_head, parts, Key, Keys};

/// How a heading matched an item, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Title,
    Alias,
    Pattern,
    Contains,
    /// The title combines the item's concepts (a head word and a qualifier).
    Concept,
    /// A heading no item's name claims, where the outline's order puts the item
    /// (between the items placed before and after it): a chapter whose title names one
    /// of the item's concept words or whose text holds the substance of its sections; a
    /// sub-heading whose title names a concept word of the section and whose text holds
    /// its substance.
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
    /// The evidence's score in the alignment: the kind's strength less 30 per level
    /// below where the item belongs; 30–50 for a heading placed by its position.
    pub score: u32,
    /// The item stands in the outline's order among the items placed around it (for
    /// repeats and headings outside their chapter: whether their first match does).
    pub in_order: bool,
    /// A heading placed by its position: the ids of the sections (or the item) whose
    /// substance its text carries.
    pub content: Vec<String>,
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
    /// A section with no heading of its own, in its chapter or elsewhere, written as the
    /// run-in title of a numbered paragraph outside its chapter (`（四）情景预测。工业增加值
    /// 按…` closing the chapter before the targets): that paragraph's block.
    pub labelled: Option<usize>,
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

/// The headings of `doc` (block index) whose titles match `item`, and how.
pub fn heading_matches<'a>(
    doc: &'a Document,
    item: &'a OutlineItem,
) -> impl Iterator<Item = (usize, MatchKind)> + 'a {
    let k = keys(item);
    doc.headings().filter_map(move |(i, h)| {
        match_keyed(item, k, &h.title, &Key::new(&h.title)).map(|m| (i, m))
    })
}

/// The first heading of `doc` (block index) whose title matches `item`.
pub fn first_matching_heading(doc: &Document, item: &OutlineItem) -> Option<usize> {
    heading_matches(doc, item).next().map(|(i, _)| i)
}

/// Whether a required chapter is written as sections of other chapters (`六、保障措施` →
/// `（三）强化监测考核`, `（四）实施闭环管理`): a heading names it (its title, an alias, a
/// pattern), or the text under headings that name its concepts, with the text of `hosts`
/// (the blocks of the chapters it may be written inside, `within:` in the pack: a
/// `监测考核` row of the safeguards table), holds the substance of at least two of its
/// sections. A lone `（四）严格考核` or `运输结构调整` makes no tracking chapter.
pub fn written_inside(
    doc: &Document,
    item: &OutlineItem,
    hosts: Vec<std::ops::Range<usize>>,
) -> bool {
    let sections = doc.sections();
    let mut ranges = hosts;
    // The titles of the headings that name the item by a concept word (`二、跟踪考核` in the
    // safeguards chapter): a title says what its section is about, as its text does.
    let mut titles: Vec<&str> = Vec::new();
    for (i, kind) in heading_matches(doc, item) {
        match kind {
            MatchKind::Concept | MatchKind::Position => {
                if let Some(s) = find_section(&sections, i) {
                    ranges.push(s.content.clone());
                }
                if kind == MatchKind::Concept {
                    if let Some(BlockKind::Heading(h)) = doc.blocks.get(i).map(|b| &b.kind) {
                        titles.push(h.title.as_str());
                    }
                }
            }
            _ => return true,
        }
    }
    let wanted: Vec<&OutlineItem> = item
        .sections
        .iter()
        .filter(|s| s.level != Requirement::Off && !s.content.is_empty())
        .collect();
    let held: Vec<&OutlineItem> = wanted
        .iter()
        .copied()
        .filter(|s| {
            ranges.iter().any(|r| content_block(doc, s, r).is_some())
                || titles.iter().any(|t| s.content.count_up_to(t, 1) > 0)
        })
        .collect();
    // Two of its required sections when it has two: a base-year total and its 其中 parts in
    // the profile chapter make no emission analysis; its boundary and its inventory do.
    let required = |s: &OutlineItem| s.level == Requirement::Required;
    let (held, wanted) = if wanted.iter().filter(|s| required(s)).count() >= 2 {
        (held.iter().filter(|s| required(s)).count(), 2)
    } else {
        (held.len(), wanted.len().min(2))
    };
    held >= wanted && held > 0
}

/// Match the rules' outline against a document: the chapters aligned with the top-level
/// headings as a whole (`align`), then each chapter's sections aligned with the
/// headings inside it.
pub fn match_outline<'r>(doc: &Document, outline: &'r [OutlineItem]) -> OutlineMatch<'r> {
    let all: Vec<Titled> = doc
        .headings()
        .map(|(i, h)| (i, h.level, h.title.as_str(), Key::new(&h.title)))
        .collect();
    let sections = doc.sections();
    let top_level = all.iter().map(|(_, l, ..)| *l).min().unwrap_or(1);
    let items: Vec<&OutlineItem> = outline
        .iter()
        .filter(|item| item.level != Requirement::Off)
        .collect();
    // Every title match of every chapter item, for its candidates and its repeats.
    let found: Vec<Vec<HeadingMatch>> = items
        .iter()
        .map(|item| title_matches(item, keys(item), &all, top_level, |_| true))
        .collect();
    let roots: Vec<&Section> = sections.iter().collect();
    let strong = strong_claims(&found);
    // The chapters an item may be written inside (`within:`) that no heading names: a
    // free chapter with their substance is theirs, the item is looked for inside it.
    let unnamed_hosts = |item: &OutlineItem| -> Vec<&OutlineItem> {
        items
            .iter()
            .zip(&found)
            .filter(|(host, f)| item.within.contains(&host.id) && f.is_empty())
            .map(|(host, _)| *host)
            .collect()
    };
    let slots = items
        .iter()
        .zip(&found)
        .map(|(item, f)| align::Slot {
            item,
            cands: candidates(
                doc,
                item,
                f,
                &roots,
                &all,
                &strong,
                top_level,
                &[],
                Some(&unnamed_hosts(item)),
            ),
        })
        .collect();
    let a = align::align(slots, &all);
    let mut chapters: Vec<ItemMatch> = items
        .iter()
        .zip(found)
        .enumerate()
        .map(|(i, (item, f))| {
            let best = chosen_match(&a, i);
            let duplicates = best
                .as_ref()
                .map(|b| repeats(doc, &f, b, &all))
                .unwrap_or_default();
            ItemMatch {
                item,
                best,
                duplicates,
                sections: Vec::new(),
                found_elsewhere: None,
                in_content: None,
                labelled: None,
            }
        })
        .collect();
    // Headings that are a chapter: not a section's heading by position.
    let chapter_heads: Vec<usize> = chapters
        .iter()
        .filter_map(|c| c.best.as_ref().map(|b| b.block))
        .collect();
    // The plan's text from its first heading on: the lines before it name the issuing
    // body and the standard (中国循环经济协会), not the park's content.
    let whole = doc.headings().next().map_or(0, |(i, _)| i)..doc.blocks.len();
    for m in chapters.iter_mut() {
        // Sections are looked for inside the chapter; a chapter found one level deep
        // (（三）主要目标 under 一、总体要求) has its sections beside it, so they are
        // looked for in the enclosing top-level section.
        let owner: Option<&Section> = m.best.as_ref().and_then(|b| {
            let own = find_section(&sections, b.block)?;
            let top = sections.iter().find(|s| s.content.contains(&b.block));
            Some(match top {
                Some(t) if own.heading != t.heading => t,
                _ => own,
            })
        });
        let range = owner.map(|o| o.content.clone());
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
        let inside = |block: usize| range.as_ref().is_some_and(|r| r.contains(&block));
        let section_items: Vec<&OutlineItem> = m
            .item
            .sections
            .iter()
            .filter(|s| s.level != Requirement::Off)
            .collect();
        // The sections' level: the chapter's sub-headings, or one below the chapter.
        let sub_level = owner
            .and_then(|o| o.children.first().map(|c| c.level))
            .unwrap_or(top_level.saturating_add(1));
        let units: Vec<&Section> = owner
            .map(|o| o.children.iter().collect())
            .unwrap_or_default();
        // A chapter whose title joins subjects (指标跟踪体系与优化改进, 情景预测与达峰目标)
        // may also be the heading of the sections its parts name.
        let own = m
            .best
            .as_ref()
            .map(|b| b.block)
            .filter(|&b| align::title_of(&all, b).is_some_and(|t| parts(t).len() >= 2));
        let s_found: Vec<Vec<HeadingMatch>> = section_items
            .iter()
            .map(|s| {
                if present {
                    title_matches(s, keys(s), &all, sub_level, |b| inside(b) || Some(b) == own)
                        .into_iter()
                        .filter(|h| Some(h.block) != own || names_a_part(s, &all, h.block))
                        .collect()
                } else {
                    Vec::new()
                }
            })
            .collect();
        let s_strong = strong_claims(&s_found);
        let slots = section_items
            .iter()
            .zip(&s_found)
            .map(|(s, f)| align::Slot {
                item: s,
                cands: candidates(
                    doc,
                    s,
                    f,
                    &units,
                    &all,
                    &s_strong,
                    sub_level,
                    &chapter_heads,
                    None,
                )
                .into_iter()
                .map(|mut c| {
                    // The chapter's own heading stands before its sub-headings: it takes
                    // no place in their order.
                    // Less than a sub-heading of its own: one level's penalty.
                    if Some(c.block) == own {
                        c.floats = true;
                        c.unit = usize::MAX;
                        c.score = c.score.saturating_sub(align::LEVEL_PENALTY).max(1);
                    }
                    c
                })
                .collect(),
            })
            .collect();
        let a = align::align(slots, &all);
        m.sections = section_items
            .iter()
            .zip(s_found)
            .enumerate()
            .map(|(i, (s, f))| {
                let k = keys(s);
                let best = chosen_match(&a, i);
                let mut duplicates = best
                    .as_ref()
                    .map(|b| repeats(doc, &f, b, &all))
                    .unwrap_or_default();
                // The same section title again at the same level in another chapter
                // (节能降碳增效 under two chapters) is a duplicate too.
                if let Some(b) = &best {
                    let again = same_title(&all, b, |block| !inside(block) && !in_repeated(block));
                    duplicates.extend(again);
                }
                let mut sm = ItemMatch {
                    item: s,
                    best,
                    duplicates,
                    sections: Vec::new(),
                    found_elsewhere: None,
                    in_content: None,
                    labelled: None,
                };
                if sm.best.is_none() && present {
                    sm.found_elsewhere = title_matches(s, k, &all, sub_level, |_| true)
                        .into_iter()
                        .next();
                    sm.in_content = range.as_ref().and_then(|r| content_block(doc, s, r));
                    // A recommended section may be written elsewhere in the plan (the
                    // park's area in the scope paragraph of 总则): present in substance.
                    // A required one must be in its chapter.
                    if sm.in_content.is_none() && s.level != Requirement::Required {
                        sm.in_content = content_block(doc, s, &whole);
                    }
                    if sm.found_elsewhere.is_none() && sm.in_content.is_none() {
                        sm.labelled = labelled_paragraph(doc, s, k, |b| !inside(b));
                    }
                }
                sm
            })
            .collect();
    }
    OutlineMatch { chapters }
}

/// The first paragraph among the blocks `within` admits whose run-in title names `item`
/// ([`title::run_in_title`]).
fn labelled_paragraph(
    doc: &Document,
    item: &OutlineItem,
    k: &Keys,
    within: impl Fn(usize) -> bool,
) -> Option<usize> {
    doc.blocks.iter().enumerate().find_map(|(i, b)| {
        let title = (matches!(b.kind, BlockKind::Paragraph) && within(i))
            .then(|| title::run_in_title(&b.text))
            .flatten()?;
        match_keyed(item, k, title, &Key::new(title)).map(|_| i)
    })
}

/// A heading: block index, level, title and the title's match key.
pub(crate) type Titled<'d> = (usize, u8, &'d str, Key);

/// How many free headings of a unit list are weighed for placement by position (a
/// plan of thousands of unnamed chapters costs no more than a short one).
const MAX_FREE: usize = 32;

/// A part of heading `block`'s combined title names `item` (监测评估与优化改进 → 优化改进).
fn names_a_part(item: &OutlineItem, headings: &[Titled], block: usize) -> bool {
    let title = align::title_of(headings, block).unwrap_or("");
    parts(title).iter().any(|p| {
        let k = Key::new(p);
        match_keyed(item, keys(item), p, &k).is_some()
    })
}

/// Whether the unit headed by `block` holds the substance of one of `item`'s sections, or
/// the item does not ask (`concepts.confirm_by_content`), its sections have none to look
/// for, or `block` heads no unit.
fn holds_substance(doc: &Document, item: &OutlineItem, units: &[&Section], block: usize) -> bool {
    let mut with_content = item
        .sections
        .iter()
        .filter(|s| s.level != Requirement::Off && !s.content.is_empty())
        .peekable();
    if !item.concepts.confirm_by_content || with_content.peek().is_none() {
        return true;
    }
    let Some(unit) = units.iter().find(|u| u.heading == block) else {
        return true;
    };
    with_content.any(|s| content_block(doc, s, &unit.content).is_some())
}

/// Headings some item's name is in (a title, alias, pattern or contained name; a
/// concept match alone leaves a heading free): sorted block indices.
fn strong_claims(found: &[Vec<HeadingMatch>]) -> Vec<usize> {
    let mut v: Vec<usize> = found
        .iter()
        .flatten()
        .filter(|m| m.kind < MatchKind::Concept)
        .map(|m| m.block)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// An item's candidates: its title matches, and for a required or recommended item the
/// free headings of `units` whose title names one of its concept words or whose text
/// carries its substance (a chapter: two of its sections' substance, or one with the
/// concept word; a section: the concept word and its own substance).
///
/// `hosts` is `Some` for a chapter item, with the unnamed chapters it may be written inside
/// (`within:`): a free chapter holding two of a host's sections' substance is the host's
/// (`五、抓好落实` with 组织推进, 政策支持 and 监测与考核 is the safeguards chapter, the tracking
/// written inside it), so it is no candidate by position of the item.
#[allow(clippy::too_many_arguments)]
fn candidates(
    doc: &Document,
    item: &OutlineItem,
    found: &[HeadingMatch],
    units: &[&Section],
    headings: &[Titled],
    strong: &[usize],
    level: u8,
    taken: &[usize],
    hosts: Option<&[&OutlineItem]>,
) -> Vec<align::Cand> {
    let chapter = hosts.is_some();
    let hosts = hosts.unwrap_or_default();
    let unit_of = |block: usize| {
        units
            .partition_point(|u| u.heading <= block)
            .saturating_sub(1)
    };
    let mut cands: Vec<align::Cand> = found
        .iter()
        // A chapter found below the top level must be named by its title, an alias, a
        // pattern or a name it contains: a concept word alone there is a sub-topic of the
        // chapter above it (`（二）数据质量保障` under 跟踪评估 is no 保障措施 chapter,
        // `（一）运输结构调整` under 重点任务 no tracking chapter).
        .filter(|m| !(chapter && m.kind == MatchKind::Concept && m.level > level))
        // A chapter named by a concept word alone holds some of the item's substance: `六、
        // 重点项目保障` over a project pipeline (land and grid for the projects), with no
        // organisation, policy, funding or supervision, is no 保障措施 chapter.
        .filter(|m| {
            !(chapter
                && m.kind == MatchKind::Concept
                && !holds_substance(doc, item, units, m.block))
        })
        .map(|m| align::Cand {
            block: m.block,
            level: m.level,
            unit: unit_of(m.block),
            kind: m.kind,
            score: align::title_score(m.kind, m.level.saturating_sub(level)),
            content: Vec::new(),
            floats: false,
        })
        .collect();
    if !matches!(item.level, Requirement::Required | Requirement::Recommended) {
        return cands;
    }
    let free = units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.level == level)
        .filter(|(_, u)| strong.binary_search(&u.heading).is_err() && !taken.contains(&u.heading))
        .filter(|(_, u)| !found.iter().any(|m| m.block == u.heading))
        .take(MAX_FREE);
    for (unit, u) in free {
        let title = align::title_of(headings, u.heading).unwrap_or("");
        // A chapter by its head word (`监测`, `评估`): a qualifier alone (`指标` in `指标分解与
        // 落实`) is said of other chapters too, and only their substance places them.
        let named = if chapter {
            names_head(item, &Key::new(title))
        } else {
            names_concept(item, &Key::new(title))
        };
        let content: Vec<String> = if !chapter {
            // A section: its own substance, with the concept word.
            if named && content_block(doc, item, &u.content).is_some() {
                vec![item.id.clone()]
            } else {
                continue;
            }
        } else {
            item.sections
                .iter()
                .filter(|s| s.level != Requirement::Off)
                .filter(|s| content_block(doc, s, &u.content).is_some())
                .map(|s| s.id.clone())
                .collect()
        };
        if !named && content.len() < 2 {
            continue;
        }
        if !named
            && hosts.iter().any(|host| {
                // Unless the item outranks the host and the chapter holds as much of
                // the item: `二、碳家底` with the emission analysis's boundary and history
                // and the area and energy of the recommended profile is the analysis.
                let held = host_substance(doc, host, &u.content);
                held >= 2 && !(outranks(item.level, host.level) && content.len() >= held)
            })
        {
            continue;
        }
        // A chapter whose sub-headings name two of the item's sections by their titles
        // (`核算口径`, `历史趋势` under `排放家底与趋势研判`) is the item wherever it stands:
        // out of the outline's order it is reported there, not missing.
        let titled = chapter && {
            let subs: Vec<&Titled> = headings
                .iter()
                .filter(|(b, l, ..)| u.content.contains(b) && *l > u.level)
                .collect();
            item.sections
                .iter()
                .filter(|s| s.level != Requirement::Off)
                .filter(|s| {
                    subs.iter()
                        .any(|(_, _, title, key)| match_keyed(s, keys(s), title, key).is_some())
                })
                .count()
                >= 2
        };
        cands.push(align::Cand {
            block: u.heading,
            level: u.level,
            unit,
            kind: MatchKind::Position,
            score: if titled {
                align::SECTIONS_TITLED
            } else {
                align::position_score(named, content.len())
            },
            content,
            floats: false,
        });
    }
    cands
}

/// Whether the plan's opening part — the top-level sections up to the first required
/// chapter found, that chapter included — holds the substance of two of `item`'s
/// sections: a park's profile written in `第一章 总则` (its industries in 编制背景, its area
/// in 规划范围), or at the head of the emission chapter (`二、摸清家底` opening with
/// `**园区范围。**…` and `**产业和能源。**…`), or split between them, is there without a
/// chapter of its own.
pub fn in_opening_chapter(doc: &Document, outline: &OutlineMatch, item: &OutlineItem) -> bool {
    let first_required = outline
        .chapters
        .iter()
        .filter(|c| c.item.level == Requirement::Required)
        .filter_map(|c| c.best.as_ref().map(|b| b.block))
        .min()
        .unwrap_or(usize::MAX);
    // The opening part as a whole: the area in the scope of `一、总体要求`, the industries
    // opening `二、碳排放现状` (`（一）产业与能源`) are the profile between them.
    let end = doc
        .sections()
        .iter()
        .take_while(|s| s.heading <= first_required)
        .map(|s| s.content.end)
        .max();
    end.is_some_and(|end| host_substance(doc, item, &(0..end)) >= 2)
}

/// Whether `a` asks more of a plan than `b` (required over recommended over optional).
fn outranks(a: Requirement, b: Requirement) -> bool {
    let rank = |r: Requirement| match r {
        Requirement::Required => 3,
        Requirement::Recommended => 2,
        Requirement::Optional => 1,
        Requirement::Off => 0,
    };
    rank(a) > rank(b)
}

/// How many of `item`'s sections have their substance in `blocks`.
fn host_substance(doc: &Document, item: &OutlineItem, blocks: &std::ops::Range<usize>) -> usize {
    item.sections
        .iter()
        .filter(|s| s.level != Requirement::Off)
        .filter(|s| content_block(doc, s, blocks).is_some())
        .count()
}

/// The heading the alignment chose for slot `i`, if any.
fn chosen_match(a: &align::Alignment, i: usize) -> Option<HeadingMatch> {
    let c = a.chosen.get(i).cloned().flatten()?;
    Some(HeadingMatch {
        block: c.block,
        level: c.level,
        kind: c.kind,
        score: c.score,
        in_order: a.in_order.get(i).copied().unwrap_or(false),
        content: c.content,
    })
}

/// Every heading whose block `within` accepts that matches the item by its title, the
/// shallowest first, then the best kind, then the first; scored below `level`.
pub(crate) fn title_matches(
    item: &OutlineItem,
    k: &Keys,
    headings: &[Titled],
    level: u8,
    within: impl Fn(usize) -> bool,
) -> Vec<HeadingMatch> {
    let mut found: Vec<HeadingMatch> = headings
        .iter()
        .filter(|(block, ..)| within(*block))
        .filter_map(|(block, l, title, key)| {
            match_keyed(item, k, title, key).map(|kind| HeadingMatch {
                block: *block,
                level: *l,
                kind,
                score: align::title_score(kind, l.saturating_sub(level)),
                in_order: true,
                content: Vec::new(),
            })
        })
        .collect();
    found.sort_by_key(|m| (m.level, m.kind, m.block));
    found
}

/// The other headings of `found` that repeat `best`: at its level, saying the same
/// (保障措施 twice) — not two names of one item side by side (保障措施 and 组织实施 are
/// both usual in government plans) — or, under another title of the item, with the same
/// text pasted below (`节能降碳增效` and `节能降碳增效工程` over one paragraph). A heading
/// placed by position has no repeats.
fn repeats(
    doc: &Document,
    found: &[HeadingMatch],
    best: &HeadingMatch,
    headings: &[Titled],
) -> Vec<HeadingMatch> {
    if best.kind == MatchKind::Position {
        return Vec::new();
    }
    let best_body = std::cell::OnceCell::new();
    // `headings` is in document order: a binary search, not a scan per match (a plan
    // of 100,000 identical headings made that quadratic).
    let key_of = |block: usize| {
        let i = headings.partition_point(|(b, ..)| *b < block);
        headings
            .get(i)
            .filter(|(b, ..)| *b == block)
            .map(|(.., key)| core_key(&key.text))
    };
    let best_key = key_of(best.block);
    let pasted = |block: usize| {
        let best_body = best_body.get_or_init(|| body_text(doc, headings, best.block));
        best_body.chars().count() >= MIN_PASTED_CHARS
            && body_text(doc, headings, block) == *best_body
    };
    // The same task under two parts of one chapter (`（一）城南园` › `1.屋顶光伏`, `（二）洪塘园` ›
    // `3.屋顶光伏`): each part's own, not the section twice.
    let parent = |block: usize| parent_heading(headings, block);
    let parts_own = |block: usize| {
        let (a, b) = (parent(block), parent(best.block));
        a.is_some() && b.is_some() && a != b && a.and_then(parent) == b.and_then(parent)
    };
    found
        .iter()
        .filter(|m| m.block != best.block && m.level == best.level)
        .filter(|m| key_of(m.block) == best_key || pasted(m.block))
        .filter(|m| !parts_own(m.block))
        .map(|m| HeadingMatch {
            in_order: best.in_order,
            ..m.clone()
        })
        .collect()
}

/// The nearest heading before `block` of a higher level (a smaller number), `None` at a
/// top-level heading. `headings` is in document order.
fn parent_heading(headings: &[Titled], block: usize) -> Option<usize> {
    let i = headings.partition_point(|(b, ..)| *b < block);
    let level = headings.get(i).filter(|(b, ..)| *b == block)?.1;
    headings
        .get(..i)?
        .iter()
        .rev()
        .find(|(_, l, ..)| *l < level)
        .map(|(b, ..)| *b)
}

/// The shortest section text (characters) whose repetition under another heading makes
/// that heading a repeat: a one-line stub (`略。`, `见附件。`) may stand under many.
const MIN_PASTED_CHARS: usize = 20;

/// The text of the blocks under the heading at `block`, up to the next heading, without
/// spaces.
fn body_text(doc: &Document, headings: &[Titled], block: usize) -> String {
    let i = headings.partition_point(|(b, ..)| *b <= block);
    let end = headings.get(i).map_or(doc.blocks.len(), |(b, ..)| *b);
    let mut body = String::new();
    for b in doc.blocks.get(block + 1..end).unwrap_or_default() {
        body.extend(b.all_text().chars().filter(|c| !c.is_whitespace()));
    }
    body
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
            score: best.score,
            in_order: best.in_order,
            content: Vec::new(),
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
        // Hits are counted only up to what is still needed: a block's count is then
        // positive exactly when it holds a hit, and reaches `need` exactly when the
        // full count would, while the patterns are searched (and compiled) only when
        // the terms and earlier patterns fell short.
        let n = match &b.kind {
            BlockKind::Heading(_) | BlockKind::Comment => 0,
            BlockKind::Table(t) => {
                let mut n = 0usize;
                for p in t
                    .rows
                    .iter()
                    .flat_map(|r| r.cells.iter())
                    .flat_map(|c| c.paragraphs.iter())
                {
                    if hits + n >= need {
                        break;
                    }
                    n += item.content.count_up_to(&p.text, need - hits - n);
                }
                n
            }
            _ => item.content.count_up_to(&b.text, need - hits),
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

/// Indices of a longest non-decreasing subsequence (O(n²): n is a count of chapters or items).
/// Ties keep the earlier elements, so the one that moved is the one left out.
pub fn longest_non_decreasing(v: &[u32]) -> Vec<usize> {
    let n = v.len();
    let mut len = vec![1usize; n];
    let mut prev: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        for j in 0..i {
            let ok = matches!((v.get(j), v.get(i)), (Some(a), Some(b)) if a <= b);
            let (lj, li) = (
                len.get(j).copied().unwrap_or(0),
                len.get(i).copied().unwrap_or(0),
            );
            if ok && lj + 1 > li {
                if let Some(l) = len.get_mut(i) {
                    *l = lj + 1;
                }
                if let Some(p) = prev.get_mut(i) {
                    *p = Some(j);
                }
            }
        }
    }
    let best_len = len.iter().copied().max().unwrap_or(0);
    let mut cur = len.iter().position(|&l| l == best_len);
    let mut out = Vec::new();
    while let Some(i) = cur {
        out.push(i);
        cur = prev.get(i).copied().flatten();
    }
    out
}
