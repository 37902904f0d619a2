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
    /// The characters of `text` ([`mask`]).
    mask: u128,
}

impl Key {
    pub(crate) fn new(title: &str) -> Key {
        let text = match_key(title);
        let decoded: Vec<char> = text.chars().collect();
        Key {
            chars: decoded.len(),
            mask: decoded.iter().fold(0, |m, &c| m | bit(c)),
            text,
            decoded,
        }
    }
}

/// A set of characters as 128 bits, one per hash of a character: a text whose set lacks a
/// bit of a word's set cannot contain the word. Every heading is compared with every
/// outline item's title, aliases and concept words; this turns almost every `contains`
/// (a substring searcher built per call) into one AND.
fn mask(word: &str) -> u128 {
    word.chars().fold(0, |m, c| m | bit(c))
}

fn bit(c: char) -> u128 {
    1 << ((c as u32).wrapping_mul(0x9E37_79B1) >> 25)
}

/// Whether `word` (with its [`mask`]) occurs in `t`.
fn holds(t: &Key, word: &str, word_mask: u128) -> bool {
    word_mask & !t.mask == 0 && t.text.contains(word)
}

/// The normalised keys of an item's title and aliases, and the masks of its concept words.
pub(crate) struct Keys {
    title: Key,
    aliases: Vec<Key>,
    heads: Vec<u128>,
    qualifiers: Vec<u128>,
    exclude: Vec<u128>,
}

/// The item's keys, derived once and kept with the item.
pub(crate) fn keys(item: &OutlineItem) -> &Keys {
    item.derived.get_or_init(|| make_keys(item))
}

fn make_keys(item: &OutlineItem) -> Keys {
    let masks = |words: &[String]| words.iter().map(|w| mask(w)).collect();
    Keys {
        title: Key::new(&item.title),
        aliases: item
            .aliases
            .iter()
            .map(|a| Key::new(a))
            .filter(|a| !a.text.is_empty())
            .collect(),
        heads: masks(&item.concepts.heads),
        qualifiers: masks(&item.concepts.qualifiers),
        exclude: masks(&item.concepts.exclude),
    }
}

/// Whether any of `words` (with their masks) occurs in `t`.
fn holds_any(t: &Key, words: &[String], masks: &[u128]) -> bool {
    words.iter().zip(masks).any(|(w, &m)| holds(t, w, m))
}

/// [`crate::pack::Concepts::matches`] on a key, with the words' masks.
fn concepts_match(item: &OutlineItem, k: &Keys, t: &Key) -> bool {
    let c = &item.concepts;
    if c.heads.is_empty() || holds_any(t, &c.exclude, &k.exclude) {
        return false;
    }
    holds_any(t, &c.heads, &k.heads)
        && (c.qualifiers.is_empty() || holds_any(t, &c.qualifiers, &k.qualifiers))
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
    // A title ending in one of the item's `concepts.exclude_ending` is about something
    // else whatever names it holds (达峰路径研判 is an analysis, not the pathway chapter).
    if item
        .concepts
        .exclude_ending
        .iter()
        .any(|w| t.text.ends_with(w.as_str()))
    {
        return None;
    }
    if contains(&k.title, t) || k.aliases.iter().any(|a| contains(a, t)) {
        return Some(MatchKind::Contains);
    }
    // The loosest reading (the name's characters in order, others between) yields to
    // the item's exclusions: 碳排放预测与情景分析 spells 碳排放…分析 but is a forecast.
    let excluded = holds_any(t, &item.concepts.exclude, &k.exclude);
    if !excluded && (in_order(&k.title, t) || k.aliases.iter().any(|a| in_order(a, t))) {
        return Some(MatchKind::Contains);
    }
    if concepts_match(item, k, t) {
        return Some(MatchKind::Concept);
    }
    None
}

fn contains(key: &Key, t: &Key) -> bool {
    key.chars >= 2 && key.chars <= t.chars && holds(t, &key.text, key.mask)
}

/// `needle`'s characters appear in `hay` in order with at most four others between
/// them, and the needle is long enough to mean something (≥ 4 characters).
fn in_order(needle: &Key, hay: &Key) -> bool {
    if needle.chars < 4
        || hay.chars > needle.chars + 6
        || hay.chars < needle.chars
        || needle.mask & !hay.mask != 0
    {
        return false;
    }
    let mut it = hay.decoded.iter();
    needle.decoded.iter().all(|c| it.any(|x| x == c))
}

/// Weak evidence: the title names one of the item's head words or qualifiers, even with
/// words that would rule a title-only match out (目标与任务 names 目标). Used only with
/// the heading's position among the chapters. A title holding one of the item's
/// exclusions (`能源保障项目` for the safeguards, whose head word is 保障) names something
/// else and is no evidence.
pub(crate) fn names_concept(item: &OutlineItem, t: &Key) -> bool {
    let c = &item.concepts;
    !c.exclude.iter().any(|w| t.text.contains(w.as_str()))
        && !c
            .exclude_ending
            .iter()
            .any(|w| t.text.ends_with(w.as_str()))
        && !c.hits(&t.text).is_empty()
}

/// Whether `t` names one of `item`'s head words (`跟踪`, `评估`; not a qualifier alone such as
/// `指标` in `指标分解与落实`), its exclusions aside.
pub(crate) fn names_head(item: &OutlineItem, t: &Key) -> bool {
    let c = &item.concepts;
    names_concept(item, t)
        && c.heads
            .iter()
            .any(|w| !w.is_empty() && t.text.contains(w.as_str()))
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

/// Words a title may begin with that urge rather than name (深化节能降碳增效 and
/// 节能降碳增效 are one subject; 加强组织领导 and 组织领导 too).
const GENERIC_PREFIXES: &[&str] = &[
    "进一步",
    "深化",
    "强化",
    "加快",
    "加强",
    "加大",
    "推进",
    "推动",
    "持续",
    "全面",
    "大力",
    "积极",
    "着力",
    "深入",
    "扎实",
    "切实",
    "不断",
    "稳步",
    "有序",
];

/// A match key without its generic leading and trailing words.
pub(crate) fn core_key(key: &str) -> &str {
    let mut k = key;
    while let Some(stripped) = GENERIC_PREFIXES
        .iter()
        .find_map(|p| k.strip_prefix(p).filter(|r| r.chars().count() >= 2))
    {
        k = stripped;
    }
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

/// The title a numbered paragraph opens with, run into its body (GB/T 9704's fourth-level
/// heading written in the paragraph: `（四）情景预测。工业增加值按…`, `3.排放预测：…`): a
/// short phrase after the number, up to the first full stop or colon, with no clause
/// punctuation and no figure. `None` for a paragraph that opens otherwise.
pub(crate) fn run_in_title(paragraph: &str) -> Option<&str> {
    /// The longest run-in title (characters).
    const MAX_CHARS: usize = 12;
    // A Markdown paragraph keeps its emphasis marks (`**（四）情景预测。**工业…`).
    let text = paragraph.trim_start().trim_start_matches(['*', '_']);
    let (_, rest_at) = crate::document::numerals::split_heading_number(text)?;
    let rest = text.get(rest_at..)?;
    let (stop, _) = rest
        .char_indices()
        .take(MAX_CHARS + 1)
        .find(|(_, c)| matches!(c, '。' | '：' | ':'))?;
    let title = rest.get(..stop)?.trim().trim_matches(['*', '_']);
    let chars = title.chars().count();
    let plain = !title.contains(['，', ',', '；', ';', '、'])
        && !title
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    (plain && chars >= 2).then_some(title)
}

#[cfg(test)]
mod run_in_tests {
    use super::run_in_title;

    #[test]
    fn a_numbered_paragraph_opening_with_a_short_title() {
        assert_eq!(
            run_in_title("（四）情景预测。工业增加值按年均增长9%测算。"),
            Some("情景预测")
        );
        assert_eq!(run_in_title("3.排放预测：基准情景下…"), Some("排放预测"));
        assert_eq!(
            run_in_title("**（四）情景预测。**工业增加值…"),
            Some("情景预测")
        );
        assert_eq!(run_in_title("二、趋势研判。综合考虑…"), Some("趋势研判"));
        // Not a title: a sentence, a list of phrases, a figure, no number.
        assert_eq!(
            run_in_title("（一）到2025年，排放总量控制在126万吨。"),
            None
        );
        assert_eq!(run_in_title("1.推进屋顶光伏、储能和微电网建设。"), None);
        assert_eq!(run_in_title("情景预测。工业增加值…"), None);
        assert_eq!(
            run_in_title("（二）园区将按照国家和省的统一部署持续推进各项工作。"),
            None
        );
    }
}
