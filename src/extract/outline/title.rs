//! How one heading title matches one outline item: the title, an alias, a pattern, an
//! alias contained in the title, the title's characters in order, or the item's concepts
//! (a head word with a qualifier and no exclusion) — and which words made it match.

use crate::document::normalize::match_key;
use crate::pack::OutlineItem;

use super::MatchKind;

/// A normalised title with its length in characters.
pub(crate) struct Key {
    pub(crate) text: String,
    chars: usize,
    /// The characters of `text`, for the in-order test (decoded once, not per comparison).
    decoded: Vec<char>,
}

impl Key {
    pub(crate) fn new(title: &str) -> Key {
        let text = match_key(title);
        let decoded: Vec<char> = text.chars().collect();
        Key {
            chars: decoded.len(),
            text,
            decoded,
        }
    }
}

/// The normalised keys of an item's title and aliases.
pub(crate) struct Keys {
    title: Key,
    aliases: Vec<Key>,
}

pub(crate) fn keys(item: &OutlineItem) -> Keys {
    Keys {
        title: Key::new(&item.title),
        aliases: item
            .aliases
            .iter()
            .map(|a| Key::new(a))
            .filter(|a| !a.text.is_empty())
            .collect(),
    }
}

/// [`super::match_title`] with the item's keys and the title's key computed once by the
/// caller.
pub(crate) fn match_keyed(item: &OutlineItem, k: &Keys, title: &str, t: &Key) -> Option<MatchKind> {
    if t.text.is_empty() {
        return None;
    }
    if t.text == k.title.text {
        return Some(MatchKind::Title);
    }
    if k.aliases.iter().any(|a| a.text == t.text) {
        return Some(MatchKind::Alias);
    }
    if item.patterns.iter().any(|p| p.is_match(title)) {
        return Some(MatchKind::Pattern);
    }
    if contains(&k.title, t) || k.aliases.iter().any(|a| contains(a, t)) {
        return Some(MatchKind::Contains);
    }
    // The loosest reading (the name's characters in order, others between) yields to
    // the item's exclusions: 碳排放预测与情景分析 spells 碳排放…分析 but is a forecast.
    let excluded = item
        .concepts
        .exclude
        .iter()
        .any(|w| t.text.contains(w.as_str()));
    if !excluded && (in_order(&k.title, t) || k.aliases.iter().any(|a| in_order(a, t))) {
        return Some(MatchKind::Contains);
    }
    if item.concepts.matches(&t.text) {
        return Some(MatchKind::Concept);
    }
    None
}

fn contains(key: &Key, t: &Key) -> bool {
    key.chars >= 2 && key.chars <= t.chars && t.text.contains(&key.text)
}

/// `needle`'s characters appear in `hay` in order with at most four others between
/// them, and the needle is long enough to mean something (≥ 4 characters).
fn in_order(needle: &Key, hay: &Key) -> bool {
    if needle.chars < 4 || hay.chars > needle.chars + 6 || hay.chars < needle.chars {
        return false;
    }
    let mut it = hay.decoded.iter();
    needle.decoded.iter().all(|c| it.any(|x| x == c))
}

/// Weak evidence: the title names one of the item's head words or qualifiers, even with
/// words that would rule a title-only match out (目标与任务 names 目标). Used only with
/// the heading's position among the chapters.
pub(crate) fn names_concept(item: &OutlineItem, t: &Key) -> bool {
    !item.concepts.hits(&t.text).is_empty()
}

/// The words that made `title` match `item` as `kind`, for explanations: the alias or
/// title found, the pattern, or the concept words.
pub(crate) fn hits(item: &OutlineItem, title: &str, kind: MatchKind) -> Vec<String> {
    let t = Key::new(title);
    let names = || item.names().map(|n| (n, Key::new(n)));
    match kind {
        MatchKind::Title | MatchKind::Alias => names()
            .find(|(_, k)| k.text == t.text)
            .map(|(n, _)| vec![n.to_string()])
            .unwrap_or_default(),
        MatchKind::Pattern => item
            .patterns
            .iter()
            .filter(|p| p.is_match(title))
            .map(|p| p.source.clone())
            .take(1)
            .collect(),
        MatchKind::Contains => names()
            .find(|(_, k)| contains(k, &t) || in_order(k, &t))
            .map(|(n, _)| vec![n.to_string()])
            .unwrap_or_default(),
        MatchKind::Concept | MatchKind::Position => item
            .concepts
            .hits(&t.text)
            .into_iter()
            .map(str::to_string)
            .collect(),
    }
}

/// Words that join two subjects in one title (情景预测与达峰目标).
const JOINERS: &[char] = &['与', '和', '及', '暨', '、', '并', '兼'];

/// The parts of a combined title (情景预测与达峰目标 → 情景预测, 达峰目标); one part when
/// the title joins nothing.
pub(crate) fn parts(title: &str) -> Vec<String> {
    title
        .split(|c| JOINERS.contains(&c))
        .map(str::trim)
        .filter(|p| p.chars().count() >= 2)
        .map(str::to_string)
        .collect()
}

/// Words a title may end with that do not change what it is about (节能降碳增效 and
/// 节能降碳增效行动 are one subject).
const GENERIC_SUFFIXES: &[&str] = &[
    "专项行动",
    "行动计划",
    "重点行动",
    "行动",
    "工程",
    "计划",
    "举措",
    "措施",
    "工作",
    "建设",
    "情况",
];

/// A match key without its generic trailing words.
pub(crate) fn core_key(key: &str) -> &str {
    let mut k = key;
    loop {
        let Some(stripped) = GENERIC_SUFFIXES
            .iter()
            .find_map(|s| k.strip_suffix(s).filter(|r| r.chars().count() >= 2))
        else {
            return k;
        };
        k = stripped;
    }
}
