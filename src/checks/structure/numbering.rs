//! `structure/numbering`: heading numbers skip or repeat (一、二、四、) or mix styles at
//! one level.

use std::collections::HashMap;

use crate::checks::structure::{heading_place, related_heading};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::numerals::{ascii_digit, is_chinese_numeral_char, to_chinese};
use crate::document::{HeadingNumber, HeadingSource, NumberStyle, Section};
use crate::finding::{Finding, MixedNumbering, RepeatedNumber, SkippedNumber};

pub const DOC: RuleDoc = RuleDoc {
    id: "structure/numbering",
    category: Category::Structure,
    severity: Severity::Warning,
    summary: Text {
        zh: "标题编号跳号、重号或同级混用编号样式",
        en: "heading numbers skip, repeat or mix styles at one level",
    },
    why: Text {
        zh: "GB/T 9704 规定公文结构层次序数依次为“一、”“（一）”“1.”“（1）”。跳号或重号往往说明章节被删改后遗漏，评审引用条款时也会出错。跨上级标题连续编号（“（一）1. 2. （二）3.”，或“（一）”至“（三十七）”贯穿各章）不算跳号。",
        en: "GB/T 9704 numbers the levels 一、 （一） 1. （1）. A skipped or repeated number usually means a section was lost in editing, and makes the plan hard to cite in review. Numbers that run on across their parents (（一）1. 2. （二）3., or （一）…（三十七） through the chapters) are not skips.",
    },
    fails: "## 一、总则\n\n正文。\n\n## 二、碳排放分析\n\n正文。\n\n## 四、保障措施\n\n正文。\n",
    passes: "## 一、总则\n\n正文。\n\n## 二、碳排放分析\n\n正文。\n\n## 三、保障措施\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let sections = cx.doc.sections();
    check_siblings(cx, &sections, 0, &mut HashMap::new(), out);
}

/// The last number of each style at each depth, in document order: a level numbered on
/// across its parents (`（一）1. 2. （二）3. 4.`, as central documents number `（一）`…`（三十七）`
/// across chapters) continues from it.
type LastNumbers = HashMap<(usize, NumberStyle), (u32, usize)>;

/// Whether every number after `from_value` and before `to_value` of the level begins a
/// paragraph between blocks `from` and `to` (`**第一条** 为深入贯彻…`: numbered, but run-in
/// text rather than a heading): the heading sequence lacks them, the plan does not. At most
/// a few missing numbers are looked for.
fn written_between(
    cx: &Context,
    token: &str,
    from_value: u32,
    to_value: u32,
    from: usize,
    to: usize,
) -> bool {
    if to_value <= from_value.saturating_add(1) || to_value - from_value > 4 {
        return false;
    }
    let blocks = cx.doc.blocks.get(from..to).unwrap_or_default();
    (from_value + 1..to_value).all(|v| {
        let want = renumber(token, v);
        blocks.iter().any(|b| {
            (b.heading().is_none()
                && b.text
                    .trim_start_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
                    .starts_with(want.as_str()))
                || run_in(&b.text, &want)
        })
    })
}

/// Whether `number` opens a sentence inside `text` (`（一）加强组织领导。…补助。（二）加大政策
/// 支持。…`): items written one after another in one paragraph, as compact plans and
/// their PDF copies set their safeguards.
fn run_in(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        at > 0
            && text
                .get(..at)
                .and_then(|b| b.trim_end().chars().last())
                .is_some_and(|c| matches!(c, '。' | '；' | '！' | '？'))
    })
}

fn check_siblings(
    cx: &Context,
    siblings: &[Section],
    depth: usize,
    last: &mut LastNumbers,
    out: &mut Vec<Diagnostic>,
) {
    let numbered: Vec<(usize, &HeadingNumber)> = siblings
        .iter()
        .filter_map(|s| {
            let h = cx.doc.section_heading(s)?;
            // Word renders automatic numbers itself: they cannot skip.
            if h.source == HeadingSource::AutoNumbering {
                return None;
            }
            h.number
                .as_ref()
                .filter(|n| n.style != NumberStyle::Annex && n.value > 0)
                .map(|n| (s.heading, n))
        })
        .collect();
    if let Some((first_block, first)) = numbered.first() {
        // Mixed styles at one level: report each heading whose style differs from the first.
        for (block, n) in numbered.iter().skip(1) {
            if family(n.style) != family(first.style) {
                let finding = Finding::MixedNumbering(MixedNumbering {
                    number: n.token.clone(),
                    first_number: first.token.clone(),
                });
                push(cx, out, *block, finding, Some(*first_block));
            }
        }
        // The sequence of the level: headings in the first one's style, and a heading in
        // another style that takes the next number (四、 第五章 六、: the author counted it,
        // its style is reported above, 六、 is not a skip).
        let mut same: Vec<(usize, &HeadingNumber)> = Vec::new();
        for (block, n) in numbered.iter().copied() {
            let next = same.last().map_or(1, |(_, p)| p.value + 1);
            if family(n.style) == family(first.style) || n.value == next {
                same.push((block, n));
            }
        }
        let mut values: Vec<u32> = same.iter().map(|(_, n)| n.value).collect();
        // Numbered on from the previous group of the level: counted from there.
        let key = (depth, family(first.style));
        let offset = match (last.get(&key), same.first()) {
            (Some(&(prev, prev_block)), Some(&(block, n)))
                if n.value > 1
                    && (n.value == prev.saturating_add(1)
                        || written_between(cx, &n.token, prev, n.value, prev_block, block)) =>
            {
                n.value - 1
            }
            // The level's first headings start after numbers written as run-in paragraphs
            // (`第一条 为深入贯彻…` … `第十条 …` in body text, then the heading `第十一条 核算
            // 边界`, as 公文 number their articles through the whole document).
            (None, Some(&(block, n)))
                if n.value > 1 && written_between(cx, &n.token, n.value - 2, n.value, 0, block) =>
            {
                n.value - 1
            }
            _ => 0,
        };
        if let Some(&(block, n)) = same.last() {
            last.insert(key, (n.value, block));
        }
        for v in &mut values {
            *v = v.saturating_sub(offset);
        }
        for (i, expected) in wrong_numbers(&values) {
            let expected = expected.saturating_add(offset);
            let Some((block, n)) = same.get(i) else {
                continue;
            };
            let want = renumber(&n.token, expected);
            let previous = i.checked_sub(1).and_then(|j| same.get(j));
            // The numbers between were written as run-in paragraphs, not headings.
            let (from_value, from_block) = previous.map_or((offset, 0), |(b, p)| (p.value, *b));
            if n.value > from_value
                && written_between(cx, &n.token, from_value, n.value, from_block, *block)
            {
                continue;
            }
            let finding = if previous.is_some_and(|(_, p)| p.value == n.value) {
                Finding::RepeatedNumber(RepeatedNumber {
                    number: n.token.clone(),
                    expected: want,
                })
            } else {
                Finding::SkippedNumber(SkippedNumber {
                    number: n.token.clone(),
                    expected: want,
                    previous: previous.map(|(_, p)| p.token.clone()),
                })
            };
            push(cx, out, *block, finding, previous.map(|(b, _)| *b));
        }
    }
    for s in siblings {
        check_siblings(cx, &s.children, depth + 1, last, out);
    }
}

/// A finding at heading `block`, with the heading `related` to it (the first or the
/// previous of its level).
fn push(
    cx: &Context,
    out: &mut Vec<Diagnostic>,
    block: usize,
    finding: Finding,
    related: Option<usize>,
) {
    let Some(d) = cx.diagnostic(&DOC, finding) else {
        return;
    };
    let (loc, span) = heading_place(cx, block);
    let mut d = d.at(loc, span);
    if let Some(b) = related {
        d = d.related(related_heading(cx, b));
    }
    out.push(d);
}

/// The positions whose number is wrong, with the number they should have. Two readings
/// are compared and the one needing fewer corrections wins: against 1, 2, 3 … (一二三四六六七
/// has one wrong number, the first 六) and against the previous number + 1 (一二四五 has
/// one gap, at 四).
fn wrong_numbers(values: &[u32]) -> Vec<(usize, u32)> {
    let ideal: Vec<(usize, u32)> = values
        .iter()
        .enumerate()
        .filter_map(|(i, &v)| {
            let want = u32::try_from(i + 1).unwrap_or(u32::MAX);
            (v != want).then_some((i, want))
        })
        .collect();
    let mut running = Vec::new();
    let mut expected = 1u32;
    for (i, &v) in values.iter().enumerate() {
        if v != expected {
            running.push((i, expected));
        }
        expected = v.saturating_add(1);
    }
    if ideal.len() < running.len() {
        ideal
    } else {
        running
    }
}

/// Styles that count as one at a level: 1. and 1、 are the same family.
fn family(s: NumberStyle) -> NumberStyle {
    s
}

/// The token with its (last) number replaced: 四、 → 三、, （4） → （3）, 1.4 → 1.3.
pub fn renumber(token: &str, value: u32) -> String {
    let chars: Vec<char> = token.chars().collect();
    // The last run of digits or Chinese numerals.
    let is_num = |c: char| ascii_digit(c).is_some() || (is_chinese_numeral_char(c) && c != '第');
    let end = chars.iter().rposition(|&c| is_num(c)).map(|i| i + 1);
    let Some(end) = end else {
        return token.to_string();
    };
    let start = chars
        .get(..end)
        .and_then(|head| head.iter().rposition(|&c| !is_num(c)))
        .map(|i| i + 1)
        .unwrap_or(0);
    let run: String = chars.get(start..end).unwrap_or(&[]).iter().collect();
    let replacement = if run.chars().any(|c| ascii_digit(c).is_some()) {
        value.to_string()
    } else {
        to_chinese(value)
    };
    let head: String = chars.get(..start).unwrap_or(&[]).iter().collect();
    let tail: String = chars.get(end..).unwrap_or(&[]).iter().collect();
    format!("{head}{replacement}{tail}")
}

#[cfg(test)]
mod tests {
    use super::renumber;

    #[test]
    fn fewest_corrections() {
        use super::wrong_numbers;
        assert_eq!(wrong_numbers(&[1, 2, 3, 4, 6, 6, 7, 8]), vec![(4, 5)]);
        assert_eq!(wrong_numbers(&[1, 2, 4, 5]), vec![(2, 3)]);
        assert_eq!(wrong_numbers(&[1, 2, 2, 3]), vec![(2, 3)]);
        assert_eq!(wrong_numbers(&[2, 3]), vec![(0, 1)]);
        assert!(wrong_numbers(&[1, 2, 3]).is_empty());
    }

    #[test]
    fn renumbers_tokens() {
        assert_eq!(renumber("四、", 3), "三、");
        assert_eq!(renumber("（十二）", 11), "（十一）");
        assert_eq!(renumber("（4）", 3), "（3）");
        assert_eq!(renumber("1.4", 3), "1.3");
        assert_eq!(renumber("第五章", 4), "第四章");
    }
}
