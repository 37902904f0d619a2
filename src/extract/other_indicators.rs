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
    /// For a row of an indicator table with a base-year column: whether that column gives
    /// the row a value (`| 能源管控中心覆盖率 | % | — | 80 | 100 |`: no). `None` in prose.
    pub base_value: Option<bool>,
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
            // An indicator referring back (`园区将这一比重…提高到35%`, lexicon
            // `back_reference`) is the one named before it, read where it is named.
            let referring = lex
                .back_reference
                .opens(name.trim_start_matches(['将', '把', '使']));
            // Another level's indicator quoted before the park's own (`《有色金属行业碳达峰实施
            // 方案》提出到2025年再生金属供应占比达到24%以上，园区…`) is no target of the plan.
            let quoted = text
                .get(..start)
                .is_some_and(|before| super::targets::quotes_upper_level(lex, before));
            if name.chars().count() < 2
                || !an.mentions.metric_mentions(name).is_empty()
                || lex.upper_level.opens(name)
                || referring
                || quoted
            {
                continue;
            }
            out.push(OtherTarget {
                sentence: i,
                name: name.to_string(),
                span: start..ratio.end(),
                base_value: None,
            });
        }
    }
    table_rows(an, &chapter, base, &mut out);
    out
}

/// The rows of the targets chapter's indicator tables that name an unknown ratio and give
/// it a value for a year after `base` (`| 重点用能单位能源管控中心覆盖率 | % | 45 | 80 | 100 |`):
/// the label cell is the target's sentence. A row is a ratio when its label ends with the
/// ratio word of `lexicon.ratio_target`; a change row (`较基准年下降率`, `lexicon.change_verb`)
/// and a scenario's table are none.
fn table_rows(an: &Analysis, chapter: &[Range<usize>], base: u16, out: &mut Vec<OtherTarget>) {
    let lex = &an.rules.lexicon;
    for (i, s) in an.boundary().all.iter().enumerate() {
        let Some(cell) = s.table.as_deref() else {
            continue;
        };
        let Some(crate::document::BlockKind::Table(t)) =
            an.doc.blocks.get(s.block()).map(|b| &b.kind)
        else {
            continue;
        };
        let Some(header) = t.rows.first() else {
            continue;
        };
        let heads: Vec<String> = header.cells.iter().map(|c| c.text()).collect();
        // The label cell: the row's first with letters (after a 序号 column's number), outside
        // a column that groups the indicators (`类别`: `产业`, `能源`).
        let label_cell = cell
            .row
            .iter()
            .enumerate()
            .filter(|(k, _)| {
                !heads
                    .get(*k)
                    .is_some_and(|h| lex.category_column.is_match(h))
            })
            .filter_map(|(_, c)| c.paragraphs.first())
            .find(|p| p.text.chars().any(is_han))
            .is_some_and(|p| std::ptr::eq(p.text.as_str(), s.text));
        if !label_cell || !in_ranges(chapter, s.block()) {
            continue;
        }
        // Without a unit in brackets after it (`工业用水重复利用率（%）`, `（吨/万元）`); an
        // acronym in brackets (`平均电能利用效率（PUE）`) is part of the name.
        let label = s.as_str().trim();
        let label = label
            .strip_suffix(['）', ')'])
            .and_then(|l| {
                let at = l.rfind(['（', '('])?;
                let inside = l.get(at..)?;
                let unit = inside.contains('/')
                    || !inside.chars().any(|c| c.is_ascii_alphabetic() || is_han(c));
                unit.then(|| l.get(..at)).flatten()
            })
            .filter(|l| !l.is_empty())
            .unwrap_or(label)
            .trim_end();
        let probe = format!("{label}达到1");
        let ratio_end = lex
            .ratio_target
            .patterns
            .iter()
            .filter_map(|p| p.captures(&probe))
            .filter_map(|c| c.name("ratio").map(|m| m.end()))
            .max();
        if ratio_end != Some(label.len())
            || label.chars().count() < 3
            || !an.mentions.metric_mentions(label).is_empty()
            || lex.change_verb.is_match(label)
            || lex.upper_level.opens(label)
        {
            continue;
        }
        if lex.scenario.is_match(&heads.concat()) {
            continue;
        }
        let year_of = |h: &str| {
            years(h)
                .iter()
                .find(|m| !m.in_title && m.first == m.last)
                .map(|m| m.last)
        };
        let has_number = |k: usize| {
            cell.row
                .get(k)
                .is_some_and(|c| c.text().chars().any(|ch| ch.is_ascii_digit()))
        };
        let ahead = heads
            .iter()
            .enumerate()
            .any(|(k, h)| year_of(h).is_some_and(|y| y > base) && !names_base(h) && has_number(k));
        if !ahead {
            continue;
        }
        let base_col = heads
            .iter()
            .position(|h| names_base(h) || year_of(h) == Some(base));
        let name = PARK_NAMES
            .iter()
            .find_map(|w| label.strip_prefix(w))
            .unwrap_or(label);
        let start = label.len() - name.len() + (s.as_str().len() - s.as_str().trim_start().len());
        out.push(OtherTarget {
            sentence: i,
            name: name.to_string(),
            span: start..start + name.len(),
            base_value: base_col.map(has_number),
        });
    }
}

/// A header naming the base year's column (`2022年（基准年）`, `基期值`, `现状值`).
pub(crate) fn names_base(header: &str) -> bool {
    ["基准", "基期", "现状"].iter().any(|w| header.contains(w))
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
