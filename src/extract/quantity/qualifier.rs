//! Qualifiers that bound a value (以上, 不超过, 约, ≤) and hedges that grade a commitment
//! (力争, 确保). They are kept apart: “下降18%以上，力争下降20%” is a floor of 18% and a
//! stretch of 20%, and a check needs both facts.

use std::ops::Range;
use std::sync::LazyLock;

use crate::text_search::WordSet;

use super::text::{ends_with_any, skip_spaces, skip_spaces_back, starts_with_any};

/// How a qualifier bounds the printed value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// 以上, 不低于, 不少于, 至少, ≥.
    AtLeast,
    /// 以内, 以下, 不超过, 不高于, 至多, ≤.
    AtMost,
    /// 超过, 高于, 大于, 逾, 超, 多/余 (300多万吨), >.
    MoreThan,
    /// 低于, 小于, 不足, 不到, <.
    LessThan,
    /// 约, 大约, 左右, 上下.
    About,
    /// 近, 接近, 将近: a little under.
    Nearly,
}

/// A qualifier and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qualifier {
    pub bound: Bound,
    /// Byte range of the qualifier's words in the input.
    pub span: Range<usize>,
}

/// How firmly a value is promised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HedgeKind {
    /// 力争, 争取, 努力, 力求: a stretch goal.
    Strive,
    /// 确保: a firm commitment.
    Ensure,
}

/// A hedge and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hedge {
    pub kind: HedgeKind,
    /// Byte range of the hedge word in the input.
    pub span: Range<usize>,
}

/// Written right before the number (longest first, since the first match wins).
const PREFIXES: &[(&str, Bound)] = &[
    ("大于等于", Bound::AtLeast),
    ("小于等于", Bound::AtMost),
    ("不低于", Bound::AtLeast),
    ("不少于", Bound::AtLeast),
    ("不小于", Bound::AtLeast),
    ("不超过", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("不大于", Bound::AtMost),
    ("不多于", Bound::AtMost),
    ("至少", Bound::AtLeast),
    ("最多", Bound::AtMost),
    ("至多", Bound::AtMost),
    ("超过", Bound::MoreThan),
    ("高于", Bound::MoreThan),
    ("大于", Bound::MoreThan),
    ("多于", Bound::MoreThan),
    ("低于", Bound::LessThan),
    ("小于", Bound::LessThan),
    ("少于", Bound::LessThan),
    ("不足", Bound::LessThan),
    ("不到", Bound::LessThan),
    ("接近", Bound::Nearly),
    ("将近", Bound::Nearly),
    ("大约", Bound::About),
    ("约为", Bound::About),
    ("约合", Bound::About),
    ("约", Bound::About),
    ("近", Bound::Nearly),
    ("逾", Bound::MoreThan),
    ("超", Bound::MoreThan),
    (">=", Bound::AtLeast),
    ("<=", Bound::AtMost),
    ("≥", Bound::AtLeast),
    ("≤", Bound::AtMost),
    ("≧", Bound::AtLeast),
    ("≦", Bound::AtMost),
    ("⩾", Bound::AtLeast),
    ("⩽", Bound::AtMost),
    (">", Bound::MoreThan),
    ("<", Bound::LessThan),
];

/// Written after the unit.
const SUFFIXES: &[(&str, Bound)] = &[
    ("及以上", Bound::AtLeast),
    ("以上", Bound::AtLeast),
    ("及以下", Bound::AtMost),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("之内", Bound::AtMost),
    ("左右", Bound::About),
    ("上下", Bound::About),
];

const HEDGES: &[(&str, HedgeKind)] = &[
    ("力争", HedgeKind::Strive),
    ("争取", HedgeKind::Strive),
    ("努力", HedgeKind::Strive),
    ("力求", HedgeKind::Strive),
    ("确保", HedgeKind::Ensure),
];

/// Words that end in 近 without meaning “nearly” (最近, 附近).
const NOT_NEARLY: &[&str] = &["最近", "附近", "临近", "邻近", "就近"];

/// The qualifier written right before `pos` (spaces allowed), as a normalised range.
pub(crate) fn prefix_at(s: &str, pos: usize) -> Option<(Bound, Range<usize>)> {
    let end = skip_spaces_back(s, pos, 2);
    let words: Vec<&str> = PREFIXES.iter().map(|(w, _)| *w).collect();
    let word = ends_with_any(s, end, &words)?;
    if word == "近" && ends_with_any(s, end, NOT_NEARLY).is_some() {
        return None;
    }
    let bound = PREFIXES.iter().find(|(w, _)| *w == word)?.1;
    Some((bound, end - word.len()..end))
}

/// The qualifier written right after `pos` (spaces allowed), as a normalised range.
pub(crate) fn suffix_at(s: &str, pos: usize) -> Option<(Bound, Range<usize>)> {
    let start = skip_spaces(s, pos, 2);
    let words: Vec<&str> = SUFFIXES.iter().map(|(w, _)| *w).collect();
    let word = starts_with_any(s, start, &words)?;
    let bound = SUFFIXES.iter().find(|(w, _)| *w == word)?.1;
    Some((bound, start..start + word.len()))
}

/// The last hedge word in `s[from..to]`, as a normalised range.
pub(crate) fn hedge_in(s: &str, from: usize, to: usize) -> Option<(HedgeKind, Range<usize>)> {
    static WORDS: LazyLock<WordSet> =
        LazyLock::new(|| WordSet::new(&HEDGES.iter().map(|(w, _)| *w).collect::<Vec<_>>()));
    let window = s.get(from..to)?;
    let (word, r) = WORDS.last(window)?;
    let (_, kind) = HEDGES.get(word)?;
    Some((*kind, from + r.start..from + r.end))
}
