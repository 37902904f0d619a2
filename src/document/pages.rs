//! What printed pages add to a plan's text, and how a reader takes it away again:
//! running headers and footers (page numbers such as `— 12 —`, the plan's title
//! repeated on every page) and hard line wraps inside a paragraph.
//!
//! Shared by the PDF reader (which also knows each line's position) and the plain-text
//! reader (text copied out of a PDF, where only the characters are left).

use std::sync::OnceLock;

use regex::Regex;
use unicode_width::UnicodeWidthStr;

use super::numerals::split_heading_number;

/// Lines at the top and at the bottom of a page that may be a running header or footer.
const EDGE_LINES: usize = 2;

/// The shortest running header found on as few as two pages ([`furniture`]).
const MIN_HEADER_CHARS: usize = 8;

/// A page number as printed in a header or footer: `— 12 —`, `- 3 -`, `－3－`, `第 3 页`,
/// `第3页 共20页`, `3 / 20`, `Page 3`, `12`.
pub fn is_page_number(text: &str) -> bool {
    // Every match holds a decimal digit (`\d`, which `char::is_numeric` includes), and a
    // CJK ideograph other than 第, 页 and 共 is none of what the regex accepts (not a dash,
    // a space, a digit or a letter of `page`/`of` in any case): a blank line or a line of
    // prose is turned away without compiling the regex (7 M instructions) or running it.
    if !text.chars().any(char::is_numeric)
        || text.chars().any(|c| {
            matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
                && !matches!(c, '第' | '页' | '共')
        })
    {
        return false;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?x)^(?:
                [—–\-－―‐‑·•]+\s*\d{1,4}\s*[—–\-－―‐‑·•]+
              | 第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?
              | \d{1,4}\s*/\s*\d{1,4}
              | (?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?
              | \d{1,4}
            )$",
        )
        .ok()
    });
    let t = text.trim();
    re.as_ref().is_some_and(|re| re.is_match(t))
}

/// A page number as a page prints it (`— 7 —`, `第 3 页`), not a bare `7`: one line of
/// digits alone may be a table's cell typed as a line. Such lines mark a copy's page ends.
pub fn is_printed_page_number(text: &str) -> bool {
    let t = text.trim();
    is_page_number(t) && !t.chars().all(|c| c.is_ascii_digit())
}

/// How a running header or footer is compared across pages: digits stand for any
/// number, spaces are ignored (`江北经开区碳达峰实施方案 · 第3页`).
pub fn furniture_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// Which lines of each page are running headers or footers: from the top and from the
/// bottom of each page, up to [`EDGE_LINES`] lines that are page numbers or are found at
/// the edge of at least half of the pages (three at least), each text once (a title that
/// repeats the running header right below it is the title). `pages[p][i]` is the text
/// of line `i` of page `p`; the answer has the same shape.
pub fn furniture(pages: &[Vec<&str>]) -> Vec<Vec<bool>> {
    let is_edge = |len: usize, i: usize| i < EDGE_LINES || i + EDGE_LINES >= len;
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for lines in pages {
        let mut keys: Vec<String> = lines
            .iter()
            .enumerate()
            .filter(|(i, l)| is_edge(lines.len(), *i) && !l.trim().is_empty())
            .map(|(_, l)| furniture_key(l))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    // Three pages at least: two pages may end with the same short line by chance. A
    // longer line (a header naming the plan) on every page but one (the first, which shows
    // the title instead) is a header on two pages of three.
    let repeated_on = pages.len().div_ceil(2).max(3);
    let repeated = |l: &str, n: usize| {
        n >= repeated_on
            || (n >= 2 && n + 1 >= pages.len() && l.trim().chars().count() >= MIN_HEADER_CHARS)
    };
    let candidate = |l: &str| {
        !l.trim().is_empty()
            && (is_page_number(l) || seen.get(&furniture_key(l)).is_some_and(|&n| repeated(l, n)))
    };
    pages
        .iter()
        .map(|lines| {
            let mut drop = vec![false; lines.len()];
            let mut mark = |order: &mut dyn Iterator<Item = usize>| {
                let mut taken: Vec<String> = Vec::new();
                for i in order.take(EDGE_LINES) {
                    let Some(l) = lines.get(i) else { break };
                    let key = furniture_key(l);
                    if !candidate(l) || taken.contains(&key) {
                        break;
                    }
                    if let Some(d) = drop.get_mut(i) {
                        *d = true;
                    }
                    taken.push(key);
                }
            };
            mark(&mut (0..lines.len()));
            mark(&mut (0..lines.len()).rev());
            drop
        })
        .collect()
}

/// Punctuation that ends a sentence or a clause a line may end with at a paragraph end.
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['。', '！', '？', '；', '：', '.', '!', '?', ';', ':'])
}

/// Whether a line begins a new numbered item or heading (`一、`, `（二）`, `3.`…): such a
/// line is never the continuation of the line above.
pub fn starts_numbered(text: &str) -> bool {
    split_heading_number(text.trim_start()).is_some()
}

/// The width hard-wrapped text (copied out of a PDF) is wrapped at: in terminal columns
/// (a Chinese character two, a Latin digit one — as a page sets them), or in characters
/// when the text was wrapped by count (every line 36 characters, whatever their widths).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wrap {
    pub width: usize,
    /// The width counts characters, not columns.
    pub chars: bool,
}

/// Hard-wrapped text: the width at which its lines are wrapped, when at least a quarter
/// of the longer lines, and five at least, end within three columns (or two characters)
/// of one common width. Lines are measured in columns, and in characters too: text
/// wrapped by count has lines of one length whose widths differ with their digits, and
/// is read by count only when clearly more lines agree on one length than on one width.
/// Text written one paragraph a line has no such width.
pub fn wrap_width(lines: &[&str]) -> Option<Wrap> {
    let columns = common_length(lines, UnicodeWidthStr::width, 20, 3);
    let chars = common_length(lines, |l| l.chars().count(), 10, 2);
    let columns = columns.map(|(width, count)| {
        (
            Wrap {
                width,
                chars: false,
            },
            count,
        )
    });
    let chars = chars.map(|(width, count)| (Wrap { width, chars: true }, count));
    match (columns, chars) {
        (Some((c, n)), Some((k, m))) => Some(if m * 4 > n * 5 { k } else { c }),
        (c, k) => c.or(k).map(|(w, _)| w),
    }
}

/// The widest length (by `measure`, lines of at least `min`) with the most lines ending
/// within `slack` below it, and how many do; `None` unless that is five lines and a
/// quarter of those measured, and no more lines are well past it.
fn common_length(
    lines: &[&str],
    measure: impl Fn(&str) -> usize,
    min: usize,
    slack: usize,
) -> Option<(usize, usize)> {
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| measure(l.trim()))
        .filter(|&w| w >= min)
        .collect();
    let mut counts: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for &w in &widths {
        *counts.entry(w).or_default() += 1;
    }
    let near = |w: usize| widths.iter().filter(|&&x| x <= w && x + slack >= w).count();
    let (width, count) = counts
        .keys()
        .map(|&w| (w, near(w)))
        .max_by_key(|&(w, n)| (n, w))?;
    // Wrapped text has no line much longer than its width: a file with one paragraph per
    // line whose short lines (headings `第一节 核算边界和方法`, table rows) happen to share a
    // length has more lines well past it than at it.
    let longer = widths
        .iter()
        .filter(|&&w| w > width + width / 4 + slack)
        .count();
    (count >= 5 && count * 4 >= widths.len() && longer <= count).then_some((width, count))
}

/// The longest number a line may carry whole to the next (`2030年`, `18.5%`).
const MAX_CARRIED: usize = 6;

/// Whether `next` continues the paragraph of `line` in text wrapped at `wrap`: `line`
/// fills the width and `next` does not start a numbered item. "Fills" allows three
/// columns (a line breaks early rather than start the next with closing punctuation)
/// and two more for every space: copied text has spaces around numbers (`比 2020 年`)
/// that the page did not have, and Latin digits are narrower than two Chinese columns.
/// Counted in characters, it allows two, one for every space; both ways a number carried
/// whole to the next line (`…比` / `2020年下降`).
///
/// The first line of a paragraph is two characters (four columns) shorter when the page
/// indented it; such a line continues unless it ends a sentence. A line ending a sentence
/// is followed by a new paragraph when the next line is indented deeper.
pub fn continues(line: &str, next: &str, wrap: Wrap, first: bool) -> bool {
    // A sentence ending a line, and the next line indented deeper: a new paragraph
    // (`…下降15%以上。` / `　　到2025年，…`), however full the line.
    let lead = |t: &str| UnicodeWidthStr::width(&t[..t.len() - t.trim_start().len()]);
    if ends_sentence(line) && lead(next) > lead(line) {
        return false;
    }
    let lead_before = lead(line);
    let line = line.trim();
    let spaces = line.chars().filter(|c| *c == ' ').count().min(4);
    let indented = first && !ends_sentence(line);
    // A number carried whole to the next line (`…较2020年下降` / `18%，…`): its width.
    let carried = next
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || ".%".contains(*c))
        .count()
        .min(MAX_CARRIED);
    let fills = if wrap.chars {
        line.chars().count() + 2 + spaces + carried + if indented { 2 } else { 0 } >= wrap.width
    } else {
        let indent = if indented { 4 } else { 0 };
        UnicodeWidthStr::width(line) + 3 + 2 * spaces + indent + carried >= wrap.width
    };
    // A line broken inside a word (it ends with a character or a digit, not with
    // punctuation) most of the way across the page: the copy wraps lines a few characters
    // early or late (justification, digits narrower than characters), and a word is never
    // cut at a paragraph's end. The next line must not be indented deeper.
    let broken = !ends_clause(line)
        && lead(next) <= lead_before
        // A paragraph's first line as the page indents it; unindented, a short first line
        // is a title or a heading.
        && (!first || lead_before > 0)
        && if wrap.chars {
            (line.chars().count() + if indented { 2 } else { 0 }) * 4 >= wrap.width * 3
        } else {
            (UnicodeWidthStr::width(line) + if indented { 4 } else { 0 }) * 4 >= wrap.width * 3
        };
    !next.trim().is_empty() && (fills || broken) && !starts_numbered(next)
}

/// Whether a line ends with punctuation (a sentence's or a clause's end, a closing
/// bracket or quote): no word is cut there.
fn ends_clause(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_none_or(|c| !(c.is_alphanumeric() || c == '%' || c == '％'))
}

/// Whether the space between `before` and `after` is one a PDF text extractor puts
/// between Chinese text and a number or Latin word (`2030 年`, `比 2020`).
pub fn is_extraction_space(before: char, after: char) -> bool {
    let wide = |c: char| UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str) == 2;
    (wide(before) && after.is_ascii_alphanumeric())
        || (before.is_ascii_alphanumeric() && wide(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for t in [
            "— 12 —",
            "- 3 -",
            "－3－",
            "第 3 页",
            "第3页 共20页",
            "3 / 20",
            "Page 4",
            "12",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in [
            "2030年",
            "一、总则",
            "—— 节能降碳",
            "12.5",
            "1.",
            "第3页 共20页 方案",
            "",
            "— —",
        ] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn running_headers_repeat_at_the_edge_of_pages() {
        let pages = vec![
            vec!["江北经开区碳达峰实施方案", "一、总则", "正文。", "— 1 —"],
            vec![
                "江北经开区碳达峰实施方案",
                "正文继续。",
                "江北经开区碳达峰实施方案",
                "— 2 —",
            ],
            vec!["江北经开区碳达峰实施方案", "二、目标", "— 3 —"],
        ];
        let f = furniture(&pages);
        assert_eq!(f[0], vec![true, false, false, true]);
        // At the edge and repeated: dropped from the top and from the bottom.
        assert_eq!(f[1], vec![true, false, true, true]);
        assert_eq!(f[2], vec![true, false, true]);
    }

    #[test]
    fn a_title_below_the_same_running_header_is_kept() {
        let title = "江北经开区碳达峰实施方案";
        let pages = vec![
            vec![title, title, "一、总则", "— 1 —"],
            vec![title, "正文。", "— 2 —"],
            vec![title, "正文。", "— 3 —"],
        ];
        let f = furniture(&pages);
        assert_eq!(f[0], vec![true, false, false, true]);
        assert_eq!(f[1], vec![true, false, true]);
        // Two pages ending alike are not enough to call a line a running footer.
        let two = furniture(&[
            vec!["一、总则", "正文。", "结束。"],
            vec!["二、目标", "正文。", "结束。"],
        ]);
        assert_eq!(two[1], vec![false, false, false]);
    }

    #[test]
    fn one_paragraph_a_line_is_not_wrapped() {
        let lines = [
            "一、总则",
            "为贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，制定本方案。",
            "（一）编制背景",
            "园区位于临江省江州市，规划面积 32.5 平方公里，2020 年规上工业增加值 412 亿元。",
            "近年来园区能源消费总量持续增长。",
        ];
        assert_eq!(wrap_width(&lines), None);
    }

    #[test]
    fn hard_wraps_are_found_and_joined() {
        let full = "为贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署推动园区";
        let lines = [
            full,
            full,
            "绿色低碳发展。",
            full,
            full,
            full,
            "（二）目标",
            full,
        ];
        let w = wrap_width(&lines);
        let columns = Wrap {
            width: UnicodeWidthStr::width(full),
            chars: false,
        };
        assert_eq!(w, Some(columns));
        let w = w.unwrap_or(columns);
        assert!(continues(full, "绿色低碳发展。", w, false));
        assert!(!continues("绿色低碳发展。", full, w, false));
        assert!(!continues(full, "（二）目标", w, false));
        // A first line, indented on the page, is two characters short.
        let indented = "为贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署推";
        assert!(continues(indented, "动园区绿色低碳发展。", w, true));
        // A full line ending a sentence, then an indented line: a new paragraph (city
        // style, `　　` indent); the same line unindented continues.
        let ends = "为贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署推动园区。";
        assert!(!continues(
            ends,
            "　　到2025年，园区单位产值能耗下降",
            w,
            false
        ));
        assert!(!continues(
            ends,
            "    到2025年，园区单位产值能耗下降",
            w,
            false
        ));
        assert!(continues(ends, "到2025年，园区单位产值能耗下降", w, false));
        // A figure carried whole to the next line: the line stops short by its width
        // (province style `…较2020年下降` / `18%，…`).
        let short = "　　到2025年，单位工业增加值二氧化碳排放较2020年下降百分之";
        assert!(continues(short, "18.5%，单位工业增加值能耗下降", w, true));
        let clause = "　　到2025年，单位工业增加值二氧化碳排放较2020年下降18%，";
        assert!(!continues(clause, "单位工业增加值能耗下降", w, true));
    }

    #[test]
    fn a_word_broken_at_a_line_end_continues_on_the_next() {
        let full = "为贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署推动园区";
        let w = Wrap {
            width: UnicodeWidthStr::width(full),
            chars: false,
        };
        // Wrapped a few characters early (PDF copy, city style): the word 可再生能源 is cut.
        let early = "　　到2030年，园区单位工业增加值能耗比2020年下降30%，可再生能";
        assert!(continues(
            early,
            "源电力消费比重达到20%，园区单位工业增",
            w,
            true
        ));
        let digits = "源电力消费比重达到20%，园区单位工业增加值二氧化碳排放比2020年";
        assert!(continues(digits, "下降42%以上。", w, false));
        // A short line is a heading or a paragraph's end, cut or not; a deeper indent
        // opens a paragraph; punctuation ends a clause where no word is cut.
        assert!(!continues(
            "园区碳达峰实施方案编制说明",
            "为贯彻落实党中央国务院",
            w,
            false
        ));
        let cut = "到2030年，园区单位工业增加值能耗比2020年下降30%，可再生能";
        assert!(continues(cut, "源电力消费比重达到20%", w, false));
        assert!(!continues(cut, "　　到2035年，排放较峰值下降", w, false));
        let comma = "源电力消费比重达到20%，园区单位工业增加值排放下降了，";
        assert!(!continues(comma, "到2035年，排放较峰值下降", w, false));
    }

    #[test]
    fn text_wrapped_by_character_count_is_found_and_joined() {
        // 36 characters a line whatever their widths (digits are one column): wrapped by
        // count, a number carried whole to the next line.
        let lines = [
            "开发区力争2028年前后实现碳达峰，峰值控制在269万吨以内。到2025",
            "年，单位工业增加值二氧化碳排放比2020年下降20%以上，单位工业增加值",
            "能耗比2020年下降14%，非化石能源消费比重达到8%。到2030年，单",
            "位工业增加值二氧化碳排放比2020年下降40%左右，单位工业增加值能耗比",
            "2020年下降30%，非化石能源消费比重达到12%。到2035年，排放量",
            "比峰值下降9%左右，为2060年前碳中和奠定基础。",
            "园区现有规模以上工业企业一百二十六家，其中年综合能耗一万吨标准煤以上",
            "的重点用能单位二十三家，主要分布在造纸、粮油食品加工和电子元器件等行",
            "业，排放集中。",
        ];
        let w = wrap_width(&lines);
        assert_eq!(w.map(|w| w.chars), Some(true), "{w:?}");
        let w = w.unwrap_or(Wrap {
            width: 36,
            chars: true,
        });
        for pair in lines.windows(2).take(5) {
            if let [a, b] = pair {
                assert!(continues(a, b, w, false), "{a} / {b}");
            }
        }
        assert!(!continues(
            "比峰值下降9%左右，为2060年前碳中和奠定基础。",
            "（二）目标",
            w,
            false
        ));
        // A number carried to the next line: the line is short by its digits.
        assert!(continues(
            "园区单位工业增加值二氧化碳排放量较基准年下降幅度达到比",
            "2020年下降20%以上。",
            Wrap {
                width: 32,
                chars: true
            },
            false
        ));
    }
}
