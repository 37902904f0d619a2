//! Targets of indicators the pack does not know: a ratio the targets chapter sets for a year
//! ahead (`工业用水重复利用率由2020年的82%提高到2030年的92%`, `存量数据中心平均PUE降至1.4以下`,
//! `园区物流车辆新能源替代率达到80%`). The pack's `lexicon.ratio_target` finds the ratio word
//! (group `ratio`), and the indicator is the run of letters before it; an indicator that names a pack metric is read by
//! [`crate::extract::targets`] instead. `target/no-measure` asks the pathway about them.

use std::ops::Range;

use super::analysis::Analysis;
use super::sentences::{in_ranges, item_ranges};
use super::targets::PARK_NAMES;
use super::years::years;

/// One target of an indicator the pack does not know.
#[derive(Debug, Clone)]
pub struct OtherTarget {
    /// The sentence (index into `boundary().all`).
    pub sentence: usize,
    /// The indicator as written, without the park's name before it (`工业用水重复利用率`).
    pub name: String,
    /// Where the indicator is written in the sentence.
    pub span: Range<usize>,
}

/// Every target of an unknown ratio in the targets chapter, in document order: sentences
/// that name a year after the base (the declared one, else 2020), that are no scenario's,
/// and whose indicator is neither a pack metric nor another level's (`全省…`).
pub fn read(an: &Analysis) -> Vec<OtherTarget> {
    let lex = &an.rules.lexicon;
    let Some(chapter) = item_ranges(an, "targets") else {
        return Vec::new();
    };
    let base = an.targets().declared_base.unwrap_or(2020);
    let mut out = Vec::new();
    for (i, s) in an.boundary().all.iter().enumerate() {
        if s.heading || s.table.is_some() || !in_ranges(&chapter, s.block()) {
            continue;
        }
        let text = s.as_str();
        if !lex.ratio_target.is_match(text)
            || lex.scenario.is_match(text)
            || !years(text).iter().any(|y| !y.in_title && y.last > base)
        {
            continue;
        }
        for c in lex
            .ratio_target
            .patterns
            .iter()
            .flat_map(|p| p.captures_iter(text))
        {
            let Some(ratio) = c.name("ratio") else {
                continue;
            };
            let Some(mut start) = indicator_start(text, ratio.start()) else {
                continue;
            };
            let mut name = text.get(start..ratio.end()).unwrap_or("");
            if let Some(rest) = PARK_NAMES.iter().find_map(|w| name.strip_prefix(w)) {
                // `园区内物流车辆…`: inside the park is the park's.
                let rest = rest.strip_prefix('内').unwrap_or(rest);
                start += name.len() - rest.len();
                name = rest;
            }
            if name.chars().count() < 2
                || !an.mentions.metric_mentions(name).is_empty()
                || lex.upper_level.opens(name)
            {
                continue;
            }
            out.push(OtherTarget {
                sentence: i,
                name: name.to_string(),
                span: start..ratio.end(),
            });
        }
    }
    out
}

/// Longest indicator read before its ratio word, in characters.
const MAX_NAME: usize = 20;

/// Where the indicator before the ratio word at `ratio` starts: the run of Chinese and Latin
/// letters before it (at most [`MAX_NAME`]), without the 年 of a year before it
/// (`2030年工业用水…`). `None` for a share of a figure named before (`占园区用电比重`) and
/// for a bare ratio word.
fn indicator_start(text: &str, ratio: usize) -> Option<usize> {
    let before = text.get(..ratio)?;
    let letter = |c: char| c.is_ascii_alphabetic() || is_han(c);
    let mut start = ratio;
    for (i, c) in before.char_indices().rev().take(MAX_NAME) {
        if !letter(c) {
            break;
        }
        start = i;
    }
    let mut run = text.get(start..ratio)?;
    // After a year's digits: 年, 年底, 年末, 年前 belong to the year.
    if text
        .get(..start)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| c.is_ascii_digit())
    {
        let rest = run.trim_start_matches(['年', '底', '末', '前']);
        start += run.len() - rest.len();
        run = rest;
    }
    (!run.is_empty() && !run.starts_with('占')).then_some(start)
}

/// A CJK unified ideograph (the basic block): the letters of a Chinese indicator's name.
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
