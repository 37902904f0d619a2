//! What every match of a regex contains, read from its parsed form (`regex_syntax`'s AST).
//!
//! [`super::needles`] reads a pattern's source by hand, cheaply (a few thousand
//! instructions), and keeps what it is sure of: the literal runs and plain groups written at
//! the top level. That misses the words that decide most patterns: `(排放|统计)(边界|口径)`
//! needs one of four two-word phrases, not 排放 somewhere and 口径 somewhere else;
//! `(基准年份?|基期)\s*20\d{2}\s*年` needs 基准年 or 基期, inside a group the hand reading
//! skips; and `^(园区)?(发展基础|基本情况)` needs the text to start with one of four words.
//! Compiling a regex costs ≈ 1.5 M instructions and parsing it ≈ 0.05 M, so the parsed
//! reading is made only for a regex about to be compiled (its hand gate admitted a text),
//! and spares the compilation while texts lack what the sharper reading asks.
//!
//! The reading follows the regex's own syntax tree, where escapes, classes and nesting are
//! resolved; like the hand reading it gives up on flags (`(?i)`, `(?x)`, `(?m)`). For each
//! node it knows the finite set of strings the node matches when there is one (`exact`),
//! the words every match starts and ends with (`prefix`, `suffix`), and the clauses every
//! match satisfies; a concatenation adds the words spanning each junction
//! (`suffix × prefix`).

use regex_syntax::ast::{
    AssertionKind, Ast, ClassSet, ClassSetItem, GroupKind, RepetitionKind, RepetitionRange,
};

/// Largest word set kept (a product growing past it is forgotten, which only weakens
/// the gate).
const MAX_WORDS: usize = 16;

/// What a text must hold for a regex to match in it.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Required {
    /// Sets of words one of which the text contains (a conjunction of disjunctions), the
    /// most selective first.
    pub clauses: Vec<Vec<String>>,
    /// The text starts with one of these (the pattern opens with `^`).
    pub starts: Option<Vec<String>>,
    /// The text ends with one of these (the pattern closes with `$`).
    pub ends: Option<Vec<String>>,
}

/// What every match of `source` needs; `None` when the source does not parse, sets flags,
/// or nothing sure is found.
pub(crate) fn required_words(source: &str) -> Option<Required> {
    let ast = regex_syntax::ast::parse::Parser::new().parse(source).ok()?;
    let info = read(&ast)?;
    let pinned =
        |anchored: bool, words: Option<&Words>| words.filter(|w| anchored && useful(w)).cloned();
    let starts = pinned(info.anchored_start, info.prefix());
    let ends = pinned(info.anchored_end, info.suffix());
    let mut clauses: Vec<Words> = info.clauses;
    clauses.extend(info.exact);
    clauses.extend(info.prefix);
    clauses.extend(info.suffix);
    clauses.retain(|c| useful(c));
    for c in &mut clauses {
        // A word holding another word of the clause asks nothing more (基准年份, 基准年).
        let all = c.clone();
        c.retain(|w| !all.iter().any(|v| v != w && w.contains(v.as_str())));
    }
    clauses.sort();
    clauses.dedup();
    // A clause another one implies asks for nothing more: every word of `d` holds a word
    // of `c`, so a text with `d` has `c`.
    let implied =
        |c: &Words, d: &Words| c != d && d.iter().all(|w| c.iter().any(|v| w.contains(v.as_str())));
    let mut kept: Vec<Words> = clauses
        .iter()
        .filter(|c| !clauses.iter().any(|d| implied(c, d)))
        .cloned()
        .collect();
    // The most selective clause first: a text without it is turned away by one search.
    kept.sort_by_key(|c| std::cmp::Reverse(selectivity(c)));
    let required = Required {
        clauses: kept,
        starts,
        ends,
    };
    (required != Required::default()).then_some(required)
}

/// A set of words, sorted, without repeats.
type Words = Vec<String>;

/// A set of words asks something of a text: none is empty, and it is small.
fn useful(words: &[String]) -> bool {
    !words.is_empty() && words.len() <= MAX_WORDS && words.iter().all(|w| !w.is_empty())
}

/// What a node of the tree tells about its matches.
#[derive(Debug, Default)]
struct Info {
    /// Every string the node matches, when they are few (then they are its ends too).
    exact: Option<Words>,
    /// Every match starts with one of these (`None`: nothing known, or see `exact`).
    prefix: Option<Words>,
    /// Every match ends with one of these.
    suffix: Option<Words>,
    /// Sets of words one of which every match contains.
    clauses: Vec<Words>,
    /// The node opens with `^`: its matches start the text (with its prefix, as `^`
    /// matches the empty string).
    anchored_start: bool,
    /// The node closes with `$`: its matches end the text (with its suffix).
    anchored_end: bool,
}

impl Info {
    fn exact(words: Words) -> Info {
        Info {
            exact: Some(words),
            ..Info::default()
        }
    }

    fn empty() -> Info {
        Info::exact(vec![String::new()])
    }

    fn prefix(&self) -> Option<&Words> {
        self.exact.as_ref().or(self.prefix.as_ref())
    }

    fn suffix(&self) -> Option<&Words> {
        self.exact.as_ref().or(self.suffix.as_ref())
    }

    fn only_empty(&self) -> bool {
        self.exact
            .as_deref()
            .is_some_and(|w| w.len() == 1 && w.iter().all(String::is_empty))
    }

    /// Its most selective clause, language or end (what it offers an alternation).
    fn best(&self) -> Option<&Words> {
        self.clauses
            .iter()
            .chain(&self.exact)
            .chain(&self.prefix)
            .chain(&self.suffix)
            .filter(|c| useful(c))
            .max_by_key(|c| selectivity(c))
    }
}

/// Every concatenation of a word of `a` with a word of `b`; `None` past [`MAX_WORDS`].
fn product(a: &[String], b: &[String]) -> Option<Words> {
    if a.len().saturating_mul(b.len()) > MAX_WORDS {
        return None;
    }
    let mut out: Words = a
        .iter()
        .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
        .collect();
    out.sort();
    out.dedup();
    Some(out)
}

/// The union of word sets; `None` when one is unknown or the union is too large.
fn union<'a>(sets: impl Iterator<Item = Option<&'a Words>>) -> Option<Words> {
    let mut out = Vec::new();
    for set in sets {
        out.extend(set?.iter().cloned());
        if out.len() > 2 * MAX_WORDS {
            return None;
        }
    }
    out.sort();
    out.dedup();
    (out.len() <= MAX_WORDS).then_some(out)
}

/// `None` on flags (`(?i)` and the like change what a literal matches).
fn read(ast: &Ast) -> Option<Info> {
    Some(match ast {
        Ast::Flags(_) => return None,
        Ast::Empty(_) => Info::empty(),
        Ast::Assertion(a) => match a.kind {
            AssertionKind::StartLine | AssertionKind::StartText => Info {
                anchored_start: true,
                ..Info::empty()
            },
            AssertionKind::EndLine | AssertionKind::EndText => Info {
                anchored_end: true,
                ..Info::empty()
            },
            _ => Info::empty(),
        },
        Ast::Literal(lit) => Info::exact(vec![lit.c.to_string()]),
        Ast::Dot(_) | Ast::ClassUnicode(_) | Ast::ClassPerl(_) => Info::default(),
        Ast::ClassBracketed(class) => match (&class.kind, class.negated) {
            (ClassSet::Item(item), false) => {
                class_words(item).map_or_else(Info::default, Info::exact)
            }
            _ => Info::default(),
        },
        Ast::Group(group) => {
            if let GroupKind::NonCapturing(flags) = &group.kind {
                if !flags.items.is_empty() {
                    return None;
                }
            }
            read(&group.ast)?
        }
        Ast::Repetition(rep) => {
            let sub = read(&rep.ast)?;
            let (min, max) = match &rep.op.kind {
                RepetitionKind::ZeroOrOne => (0, Some(1)),
                RepetitionKind::ZeroOrMore => (0, None),
                RepetitionKind::OneOrMore => (1, None),
                RepetitionKind::Range(RepetitionRange::Exactly(n)) => (*n, Some(*n)),
                RepetitionKind::Range(RepetitionRange::AtLeast(n)) => (*n, None),
                RepetitionKind::Range(RepetitionRange::Bounded(m, n)) => (*m, Some(*n)),
            };
            repetition(sub, min, max)
        }
        Ast::Concat(concat) => {
            let mut acc = Info::empty();
            let mut run = String::new();
            for sub in &concat.asts {
                // A run of plain characters is one word, not a product per character.
                if let Ast::Literal(lit) = sub {
                    run.push(lit.c);
                    continue;
                }
                if !run.is_empty() {
                    acc = join(acc, Info::exact(vec![std::mem::take(&mut run)]));
                }
                acc = join(acc, read(sub)?);
            }
            if !run.is_empty() {
                acc = join(acc, Info::exact(vec![run]));
            }
            acc
        }
        Ast::Alternation(alt) => {
            let infos = alt.asts.iter().map(read).collect::<Option<Vec<Info>>>()?;
            if let Some(words) = union(infos.iter().map(|i| i.exact.as_ref())) {
                return Some(Info::exact(words));
            }
            // One clause: each alternative's most selective one, together.
            let best = union(infos.iter().map(Info::best));
            Info {
                prefix: union(infos.iter().map(Info::prefix)),
                suffix: union(infos.iter().map(Info::suffix)),
                clauses: best.into_iter().collect(),
                ..Info::default()
            }
        }
    })
}

/// `sub` repeated `min` to `max` times.
fn repetition(sub: Info, min: u32, max: Option<u32>) -> Info {
    if min == 0 {
        return match (sub.exact, max) {
            (Some(mut words), Some(1)) => {
                words.push(String::new());
                words.sort();
                words.dedup();
                Info::exact(words)
            }
            _ => Info::default(),
        };
    }
    if let (Some(words), Some(max)) = (&sub.exact, max) {
        if max == min && min <= 3 {
            let mut acc = Some(vec![String::new()]);
            for _ in 0..min {
                acc = acc.and_then(|acc| product(&acc, words));
            }
            if let Some(words) = acc {
                return Info::exact(words);
            }
        }
    }
    // At least once: its clauses and ends hold; what it matches as a whole is open.
    Info {
        prefix: sub.prefix().cloned(),
        suffix: sub.suffix().cloned(),
        clauses: sub.clauses,
        ..Info::default()
    }
}

/// `a` then `b`.
fn join(a: Info, b: Info) -> Info {
    // `^` first (what precedes matches only the empty string): the match starts the text;
    // `$` last: it ends it.
    let anchored_start = a.anchored_start || (a.only_empty() && b.anchored_start);
    let anchored_end = b.anchored_end || (b.only_empty() && a.anchored_end);
    if let (Some(x), Some(y)) = (&a.exact, &b.exact) {
        if let Some(words) = product(x, y) {
            return Info {
                anchored_start,
                anchored_end,
                ..Info::exact(words)
            };
        }
    }
    // Starts with a's start, longer where a is one of few strings and b's start is known.
    let prefix = match (&a.exact, b.prefix()) {
        (Some(x), Some(y)) => product(x, y),
        _ => None,
    }
    .or_else(|| a.prefix().cloned());
    let suffix = match (a.suffix(), &b.exact) {
        (Some(x), Some(y)) => product(x, y),
        _ => None,
    }
    .or_else(|| b.suffix().cloned());
    // The words spanning the junction (a's end, then b's start); where there are too
    // many, each end alone. The outer ends live on in `prefix` and `suffix`.
    let junction: Vec<Words> = match (a.suffix(), b.prefix()) {
        (Some(x), Some(y)) => match product(x, y) {
            Some(junction) => vec![junction],
            None => vec![x.clone(), y.clone()],
        },
        (x, y) => x.into_iter().chain(y).cloned().collect(),
    };
    let mut clauses = a.clauses;
    clauses.extend(b.clauses);
    clauses.extend(junction);
    clauses.retain(|c| useful(c));
    Info {
        exact: None,
        prefix,
        suffix,
        clauses,
        anchored_start,
        anchored_end,
    }
}

/// The characters of a small class, each as a word (`[（(]`); `None` for a larger one.
fn class_words(item: &ClassSetItem) -> Option<Vec<String>> {
    const MAX_CHARS: u32 = 4;
    let mut words = Vec::new();
    let mut add = |item: &ClassSetItem| -> Option<()> {
        match item {
            ClassSetItem::Literal(lit) => words.push(lit.c.to_string()),
            ClassSetItem::Range(r) => {
                let (a, b) = (u32::from(r.start.c), u32::from(r.end.c));
                if b < a || b - a >= MAX_CHARS {
                    return None;
                }
                words.extend((r.start.c..=r.end.c).map(String::from));
            }
            _ => return None,
        }
        (words.len() <= MAX_CHARS as usize).then_some(())
    };
    match item {
        ClassSetItem::Union(u) => {
            for i in &u.items {
                add(i)?;
            }
        }
        other => add(other)?,
    }
    (!words.is_empty()).then_some(words)
}

/// Longer shortest word first, then fewer words.
pub(crate) fn selectivity(clause: &[String]) -> (usize, std::cmp::Reverse<usize>) {
    let shortest = clause.iter().map(|w| w.chars().count()).min().unwrap_or(0);
    (shortest, std::cmp::Reverse(clause.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clauses as `a|b & c`, then `^words` and `words$` for the anchored ends.
    fn words(source: &str) -> Option<String> {
        required_words(source).map(|r| {
            let mut c: Vec<String> = r.clauses.iter().map(|c| c.join("|")).collect();
            c.sort();
            let mut out = c.join(" & ");
            if let Some(s) = r.starts {
                out.push_str(&format!(" ^{}", s.join("|")));
            }
            if let Some(e) = r.ends {
                out.push_str(&format!(" {}$", e.join("|")));
            }
            out
        })
    }

    #[test]
    fn adjacent_groups_give_their_phrases() {
        assert_eq!(
            words("(排放|统计)(边界|口径)").as_deref(),
            Some("排放口径|排放边界|统计口径|统计边界")
        );
        assert_eq!(
            words("煤炭(消费)?(比重|占比|比例)").as_deref(),
            Some("煤炭占比|煤炭比例|煤炭比重|煤炭消费占比|煤炭消费比例|煤炭消费比重")
        );
        // past MAX_WORDS a product is forgotten, its parts kept
        assert_eq!(
            words("(一|二|三|四|五)(甲|乙|丙|丁)").as_deref(),
            Some("一|三|二|五|四 & 丁|丙|乙|甲")
        );
    }

    #[test]
    fn nested_groups_and_junctions() {
        assert_eq!(
            words(r"(基准年份?|基期)\s*(?P<year>20\d{2})\s*年").as_deref(),
            Some("20 & 基准年|基期 & 年")
        );
        assert_eq!(words(r"到\s*20\d{2}年").as_deref(), Some("20 & 到 & 年"));
        assert_eq!(
            words("[（(]基准年[）)]").as_deref(),
            Some("(基准年)|(基准年）|（基准年)|（基准年）")
        );
        assert_eq!(words(r"吨\d+").as_deref(), Some("吨"));
        assert_eq!(words(r"(?:减排)+量").as_deref(), Some("减排量"));
        assert_eq!(
            words("(回收|利用)[^。]{0,4}甲烷|甲烷[^。]{0,4}(回收|利用)").as_deref(),
            Some("甲烷")
        );
    }

    #[test]
    fn anchors_pin_the_ends_of_the_text() {
        assert_eq!(
            words("^(园区)?(发展基础|基本情况)").as_deref(),
            Some("发展基础|基本情况 ^发展基础|园区发展基础|园区基本情况|基本情况")
        );
        assert_eq!(words("^注[：:]").as_deref(), Some("注:|注： ^注:|注："));
        assert_eq!(
            words("现状(分析)?$").as_deref(),
            Some("现状 现状|现状分析$")
        );
        // `^` not first, or in one alternative only: no pin
        assert_eq!(words("a^b").as_deref(), Some("ab"));
        assert_eq!(words("^a|b").as_deref(), Some("a|b"));
        assert_eq!(words(r"^\s*按").as_deref(), Some("按"));
    }

    #[test]
    fn nothing_sure() {
        assert_eq!(words("[0-9]+(万|亿)?"), None);
        assert_eq!(words("规?"), None);
        assert_eq!(words("规划|[0-9]+"), None);
        assert_eq!(words("(规划"), None);
        assert_eq!(words("[^。]{0,3}"), None);
        // flags change what a literal matches: no reading
        assert_eq!(words("(?i)co2"), None);
        assert_eq!(words("碳(?i:co2)"), None);
    }
}
