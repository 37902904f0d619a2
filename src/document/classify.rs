//! Heading detection shared by every reader.
//!
//! Readers turn their input into [`RawBlock`]s: paragraphs with whatever the format
//! knows (a Markdown `#` level, a Word heading style or outline level, a rendered
//! automatic number, leading bold or 黑体/楷体 text, table membership). [`build`] then
//! decides which paragraphs are headings, at which level, and which is the title.

use super::HeadingSource;
use super::{Block, Origin, Table};

/// What a reader knows about one paragraph before heading detection.
#[derive(Debug, Clone, Default)]
pub struct RawParagraph {
    /// Text as written (for .docx: the runs joined, without an automatic number).
    pub text: String,
    pub origin: Origin,
    /// .docx automatic numbering rendered from numbering.xml, e.g. `一、` or `（二）`,
    /// without the trailing tab/space suffix.
    pub auto_number: Option<String>,
    /// A level the format states: Markdown `#` count, Word `Heading N` / `标题 N`
    /// style (N), `w:outlineLvl` + 1. With how it was found.
    pub explicit_level: Option<(u8, HeadingSource)>,
    /// Word `Title` style (or a style based on it), Markdown front-matter title.
    pub is_title_style: bool,
    /// Byte length of the leading text that is emphasised (bold, or a 黑体/楷体 font):
    /// 0 when the paragraph does not start emphasised.
    pub emphasis_prefix: usize,
    /// Paragraph is centred.
    pub centered: bool,
    /// A list item (Markdown list, or a Word paragraph numbered as a list with a non-heading
    /// style): depth 1 is the outermost list.
    pub list_depth: Option<u8>,
    /// The paragraph sits in a table cell (tables are passed as [`RawBlock::Table`];
    /// this is for text formats' pipe tables that failed to parse, and must stay false
    /// otherwise).
    pub in_table: bool,
}

/// One reader output unit.
#[derive(Debug, Clone)]
pub enum RawBlock {
    Paragraph(RawParagraph),
    Table(Table),
    /// A Markdown HTML comment, kept for suppression directives.
    Comment {
        text: String,
        origin: Origin,
    },
}

/// The title and the classified blocks.
#[derive(Debug, Clone, Default)]
pub struct Classified {
    pub title: Option<super::Title>,
    pub blocks: Vec<Block>,
}

use super::numerals::split_heading_number;
use super::{BlockKind, Heading, HeadingNumber, NumberStyle, Paragraph, Title};
use std::collections::HashMap;

/// Longest title (in characters) a paragraph that is all heading may have.
const MAX_HEADING_CHARS: usize = 40;
/// Longest lead sentence of a run-in heading ("（一）加快能源结构调整。积极发展…").
const MAX_RUN_IN_CHARS: usize = 25;
/// Longest lead when the lead is emphasised (bold / 黑体 / 楷体).
const MAX_EMPHASISED_RUN_IN_CHARS: usize = 40;
/// Longest run-in lead with a comma: parallel phrases (统筹谋划，系统推进).
const MAX_PARALLEL_LEAD_CHARS: usize = 16;
/// Longest paragraph that may be taken as the document title.
const MAX_TITLE_CHARS: usize = 80;
/// The issuer before a cited title on a numbered line (`中国循环经济协会`, `工业和信息化部等三部门`).
const MAX_CITATION_ISSUER_CHARS: usize = 16;

/// Canonical depth of a number style in GB/T 9704 usage: 第X章 > 第X节 > 一、 > （一） >
/// 1. > 1.1 > （1） > ①. Used to order the levels of numbered headings.
fn rank(style: NumberStyle) -> u8 {
    match style {
        NumberStyle::Annex | NumberStyle::Chapter => 0,
        NumberStyle::Section => 1,
        NumberStyle::Article => 2,
        NumberStyle::ChineseComma => 3,
        NumberStyle::ParenChinese => 4,
        NumberStyle::Arabic => 5,
        NumberStyle::Dotted(d) => 5u8.saturating_add(d.saturating_sub(1)),
        NumberStyle::ParenArabic => 12,
        NumberStyle::Circled => 13,
    }
}

/// A heading found before levels are assigned.
struct Candidate {
    index: usize,
    explicit: Option<(u8, HeadingSource)>,
    number: Option<HeadingNumber>,
    title: String,
    /// The full heading text (number included) when the heading is run-in: the
    /// paragraph's remaining text becomes a body paragraph.
    run_in_rest: Option<(String, usize)>,
}

/// Decide headings, levels and the title.
pub fn build(raw: Vec<RawBlock>) -> Classified {
    let mut candidates: Vec<Candidate> = Vec::new();
    for (index, block) in raw.iter().enumerate() {
        if let RawBlock::Paragraph(p) = block {
            if let Some(c) = candidate(index, p) {
                candidates.push(c);
            }
        }
    }
    drop_list_items(&raw, &mut candidates);
    drop_bare_lists(&raw, &mut candidates);
    drop_attachment_list(&raw, &mut candidates);
    let title_index = find_title(&raw, &candidates);
    candidates.retain(|c| Some(c.index) != title_index);
    let levels = assign_levels(&candidates);

    let mut by_index: HashMap<usize, (Candidate, u8)> = candidates
        .into_iter()
        .zip(levels)
        .map(|(c, l)| (c.index, (c, l)))
        .collect();

    let mut out = Classified::default();
    for (index, block) in raw.into_iter().enumerate() {
        match block {
            RawBlock::Paragraph(p) => {
                if Some(index) == title_index {
                    out.title = Some(Title {
                        text: p.text.trim().to_string(),
                        origin: p.origin,
                    });
                } else if let Some((c, level)) = by_index.remove(&index) {
                    push_heading(&mut out.blocks, p, c, level);
                } else if !p.text.trim().is_empty() {
                    let kind = match p.list_depth {
                        Some(depth) => BlockKind::ListItem { depth },
                        None => BlockKind::Paragraph,
                    };
                    out.blocks.push(Block {
                        kind,
                        text: p.text,
                        origin: p.origin,
                    });
                }
            }
            RawBlock::Table(t) => out.blocks.push(Block {
                kind: BlockKind::Table(Box::new(t)),
                text: String::new(),
                origin: Origin::None,
            }),
            RawBlock::Comment { text, origin } => out.blocks.push(Block {
                kind: BlockKind::Comment,
                text,
                origin,
            }),
        }
    }
    fold_body_digits(&mut out.blocks);
    out
}

/// Full-width digits of the body (paragraphs, list items, table cells) folded to ASCII
/// ([`super::normalize::fold_digits`]); headings keep their numbers as written.
fn fold_body_digits(blocks: &mut [Block]) {
    use super::normalize::fold_digits;
    for b in blocks {
        match &mut b.kind {
            BlockKind::Heading(_) | BlockKind::Comment => {}
            BlockKind::Table(t) => {
                for p in t
                    .rows
                    .iter_mut()
                    .flat_map(|r| r.cells.iter_mut())
                    .flat_map(|c| c.paragraphs.iter_mut())
                {
                    fold_digits(&mut p.text, &mut p.origin);
                }
            }
            _ => fold_digits(&mut b.text, &mut b.origin),
        }
    }
}

/// The attachment note of GB/T 9704 (`附件：1.开发区重点用能企业名单` with `2.…` on the lines
/// below): a list of the annexes' titles, not headings. The note and the Arabic-numbered
/// lines right after it are dropped.
fn drop_attachment_list(raw: &[RawBlock], candidates: &mut Vec<Candidate>) {
    let note = |p: &RawParagraph| {
        let t = p.text.trim_start();
        t.strip_prefix("附件")
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix(['：', ':']))
            .map(str::trim_start)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    };
    let paragraph = |i: usize| match raw.get(i) {
        Some(RawBlock::Paragraph(p)) => Some(p),
        _ => None,
    };
    let mut dropped: Vec<usize> = Vec::new();
    for c in candidates.iter() {
        let Some(p) = paragraph(c.index) else {
            continue;
        };
        let arabic = c
            .number
            .as_ref()
            .is_some_and(|n| matches!(n.style, NumberStyle::Arabic));
        let after_note = c
            .index
            .checked_sub(1)
            .is_some_and(|b| paragraph(b).is_some_and(note) || dropped.last() == Some(&b));
        if note(p) || (arabic && after_note && c.explicit.is_none()) {
            dropped.push(c.index);
        }
    }
    candidates.retain(|c| dropped.binary_search(&c.index).is_err());
}

/// The lower-level numbering styles a list in the body is written in (`1.`, `（1）`, `①`).
fn list_style(style: NumberStyle) -> bool {
    matches!(
        style,
        NumberStyle::Arabic
            | NumberStyle::Dotted(_)
            | NumberStyle::ParenArabic
            | NumberStyle::Circled
    )
}

/// Numbered lines that are items of a list in the body, not headings: a run of adjacent
/// paragraphs numbered in the same lower-level style (`1.`, `（1）`, `①`), each one
/// sentence that ends with 。 and nothing after it (“1.推进屋顶光伏建设。” /
/// “2.实施余热回收改造。”) or runs on past a comma at a body's length, with or without
/// a closing 。 (“1.建设屋顶分布式光伏，到2025年新增装机5万千瓦”). A heading either
/// stands alone (no 。, at most a short parallel phrase) or runs into its body.
/// Whether block `j` is a paragraph numbered in `style` that ends like a sentence (`。`, `；`).
fn numbered_sentence(raw: &[RawBlock], j: Option<usize>, style: NumberStyle) -> bool {
    j.and_then(|j| raw.get(j))
        .and_then(|b| match b {
            RawBlock::Paragraph(p) => Some(p),
            _ => None,
        })
        .filter(|p| p.text.trim_end().ends_with(['。', '；', ';']))
        .and_then(|p| split_heading_number(p.text.trim_start()))
        .is_some_and(|(n, _)| n.style == style)
}

fn drop_list_items(raw: &[RawBlock], candidates: &mut Vec<Candidate>) {
    let item_like = |c: &Candidate| -> Option<NumberStyle> {
        let n = c.number.as_ref()?;
        let lower = list_style(n.style);
        let RawBlock::Paragraph(p) = raw.get(c.index)? else {
            return None;
        };
        // A sentence: it ends like one, or it runs on past a comma at a body's length
        // (“1.建设屋顶分布式光伏，到2025年新增装机5万千瓦” — a heading with a comma
        // is a short parallel phrase: “1.坚持节约优先，提升能效”).
        let text = p.text.trim_end();
        let sentence = text.ends_with(['。', '；', ';'])
            || (text.contains(['，', ',', '；', ';'])
                && char_len(&c.title) > MAX_PARALLEL_LEAD_CHARS);
        (c.explicit.is_none()
            && c.run_in_rest.is_none()
            && lower
            && sentence
            && p.emphasis_prefix == 0)
            .then_some(n.style)
    };
    let styles: Vec<Option<NumberStyle>> = candidates.iter().map(item_like).collect();
    // An upper-level line (`（四）`) that is one sentence with nothing run into it, right after
    // a numbered sentence of its style that is no candidate (`（三）《工业企业温室气体排放核算和
    // 报告通则》（GB/T 32150—2015）。` / `（四）溪湄市分解下达园区的“十四五”节能降碳目标任务。`):
    // the next item of a list of sources, not a heading left empty.
    let next_item = |c: &Candidate| -> bool {
        let Some(n) = c.number.as_ref() else {
            return false;
        };
        let Some(RawBlock::Paragraph(p)) = raw.get(c.index) else {
            return false;
        };
        let before = numbered_sentence(raw, c.index.checked_sub(1), n.style);
        // Candidates are in document order: a binary search, not a scan per candidate (a
        // plan of 100,000 numbered lines stays linear).
        let previous_is_candidate = c
            .index
            .checked_sub(1)
            .is_some_and(|j| candidates.binary_search_by_key(&j, |o| o.index).is_ok());
        c.explicit.is_none()
            && c.run_in_rest.is_none()
            && p.emphasis_prefix == 0
            && p.text.trim_end().ends_with(['。', '；', ';'])
            && before
            && !previous_is_candidate
    };
    let drop: Vec<bool> = (0..candidates.len())
        .map(|i| {
            if candidates.get(i).is_some_and(next_item) {
                return true;
            }
            let Some(style) = styles.get(i).copied().flatten() else {
                return false;
            };
            let index = candidates.get(i).map_or(0, |c| c.index);
            let neighbour = |j: Option<usize>| {
                j.and_then(|j| candidates.get(j).map(|c| (j, c.index)))
                    .is_some_and(|(j, other)| {
                        other.abs_diff(index) == 1
                            && styles.get(j).copied().flatten() == Some(style)
                    })
            };
            // An adjacent item that is no heading candidate at all (`（2）《工业领域碳达峰
            // 实施方案》；` is only a title) still makes this one the next item of its list.
            let item_beside = |j: Option<usize>| numbered_sentence(raw, j, style);
            // A lone item with nothing under it (the next block is a heading, or there is
            // none: `第三节 监督考核` / `1.将碳达峰任务完成情况纳入年度目标责任考核。` at the
            // end) is a list of one, not an empty section.
            // (Not before a deeper numbered line: `1.加快能源结构调整。` over `（1）…` heads
            // those items.)
            let lower = |c: &Candidate| c.number.as_ref().is_some_and(|n| list_style(n.style));
            let no_body = index + 1 >= raw.len()
                || candidates
                    .get(i + 1)
                    .is_some_and(|c| c.index == index + 1 && !lower(c));
            neighbour(i.checked_sub(1))
                || neighbour(Some(i + 1))
                || item_beside(index.checked_sub(1))
                || item_beside(Some(index + 1))
                || no_body
        })
        .collect();
    let mut k = 0;
    candidates.retain(|_| {
        let keep = !drop.get(k).copied().unwrap_or(false);
        k += 1;
        keep
    });
}

/// Lines numbered in a list's style (`1.`, `（1）`, `①`) that follow one another with
/// nothing under any of them, up to a heading of a higher rank or the document's end: the
/// items of a list under the heading before them (`（一）加强组织领导` / `1.成立领导小组` /
/// `2.明确部门分工` / `（二）…`), not headings each left empty. A run with a body under
/// its last line, or before a deeper heading, stays a run of headings. Plain lines only:
/// a line the format marks as a heading (style, `#`, bold lead) stays one.
fn drop_bare_lists(raw: &[RawBlock], candidates: &mut Vec<Candidate>) {
    let style_of = |c: &Candidate| -> Option<NumberStyle> {
        let n = c.number.as_ref()?;
        let RawBlock::Paragraph(p) = raw.get(c.index)? else {
            return None;
        };
        (matches!(
            n.style,
            NumberStyle::Arabic | NumberStyle::ParenArabic | NumberStyle::Circled
        ) && c.explicit.is_none()
            && c.run_in_rest.is_none()
            && p.emphasis_prefix == 0)
            .then_some(n.style)
    };
    // The next block after `index` with any text.
    let next_block = |index: usize| {
        (index + 1..raw.len()).find(|&j| match raw.get(j) {
            Some(RawBlock::Paragraph(p)) => !p.text.trim().is_empty(),
            Some(_) => true,
            None => false,
        })
    };
    let styles: Vec<Option<NumberStyle>> = candidates.iter().map(style_of).collect();
    let mut drop = vec![false; candidates.len()];
    let mut i = 0;
    while i < candidates.len() {
        let (Some(style), Some(first)) = (styles.get(i).copied().flatten(), candidates.get(i))
        else {
            i += 1;
            continue;
        };
        let mut last = i;
        let mut at = first.index;
        while let (Some(Some(s)), Some(c)) = (styles.get(last + 1), candidates.get(last + 1)) {
            if *s != style || next_block(at) != Some(c.index) {
                break;
            }
            last += 1;
            at = c.index;
        }
        let closes = match next_block(at) {
            None => true,
            Some(after) => candidates.get(last + 1).is_some_and(|c| {
                c.index == after
                    && c.number
                        .as_ref()
                        .is_none_or(|n| rank(n.style) < rank(style))
            }),
        };
        if last > i && closes {
            for d in drop.iter_mut().take(last + 1).skip(i) {
                *d = true;
            }
        }
        i = last + 1;
    }
    let mut k = 0;
    candidates.retain(|_| {
        let keep = !drop.get(k).copied().unwrap_or(false);
        k += 1;
        keep
    });
}

fn push_heading(blocks: &mut Vec<Block>, p: RawParagraph, c: Candidate, level: u8) {
    let lead = trim_start_len(&p.text);
    let heading_text = match (&c.run_in_rest, &p.auto_number) {
        (Some((_, at)), _) => p
            .text
            .get(..*at)
            .unwrap_or(&p.text)
            .trim()
            .trim_end_matches(['。', '：', ':'])
            .to_string(),
        (None, Some(n)) => format!("{n}{}", p.text.trim()),
        (None, None) => p.text.trim().to_string(),
    };
    blocks.push(Block {
        kind: BlockKind::Heading(Box::new(Heading {
            level,
            number: c.number,
            title: c.title,
            source: c
                .explicit
                .map(|(_, s)| s)
                .unwrap_or(if p.auto_number.is_some() {
                    HeadingSource::AutoNumbering
                } else {
                    HeadingSource::NumberedText
                }),
        })),
        text: heading_text,
        origin: p.origin.shifted(lead),
    });
    if let Some((rest, at)) = c.run_in_rest {
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            text: rest,
            origin: p.origin.shifted(at),
        });
    }
}

/// Leading whitespace including the ideographic space 　.
fn trim_start_len(s: &str) -> usize {
    s.len() - s.trim_start_matches(|c: char| c.is_whitespace()).len()
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// A line held whole in lenticular brackets (`【第二部分 碳排放现状】`): its inside, and
/// the bytes the opening bracket and the spaces after it take.
fn unbracketed(text: &str) -> Option<(&str, usize)> {
    let inner = text.strip_prefix('【')?.strip_suffix('】')?;
    if inner.contains(['【', '】']) {
        return None;
    }
    let skipped = trim_start_len(inner);
    Some((inner.get(skipped..)?.trim_end(), '【'.len_utf8() + skipped))
}

/// The first `。`, `：` or `:` of `text` (what `text.find(['。', '：', ':'])` finds), by a
/// byte search for `:` and the lead bytes of the two full-width marks: the classifier asks
/// it of every long numbered paragraph.
fn lead_stop(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b':', 0xE3, 0xEF, bytes).find(|&at| {
        let rest = bytes.get(at..).unwrap_or_default();
        rest.starts_with(b":")
            || rest.starts_with("。".as_bytes())
            || rest.starts_with("：".as_bytes())
    })
}

fn candidate(index: usize, p: &RawParagraph) -> Option<Candidate> {
    let lead = trim_start_len(&p.text);
    let text = p.text.get(lead..)?.trim_end();
    // A bracketed line is read as what it brackets; the closing bracket is cut off the
    // title below.
    let (lead, text, bracketed) = match unbracketed(text) {
        Some((inner, open)) if p.auto_number.is_none() => (lead + open, inner, true),
        _ => (lead, text, false),
    };
    if p.in_table || (text.is_empty() && p.auto_number.is_none()) {
        return None;
    }
    if let Some(explicit) = p.explicit_level {
        if text.is_empty() {
            return None; // an empty heading paragraph carries nothing
        }
        let (number, title) = match (&p.auto_number, split_heading_number(text)) {
            (Some(n), _) => (
                split_heading_number(n)
                    .map(|(n, _)| n)
                    .or(Some(raw_number(n))),
                text.to_string(),
            ),
            (None, Some((n, at))) if !text.get(at..).unwrap_or("").is_empty() => {
                (Some(n), text.get(at..).unwrap_or("").to_string())
            }
            _ => (None, text.to_string()),
        };
        return Some(Candidate {
            index,
            explicit: Some(explicit),
            number,
            title,
            run_in_rest: None,
        });
    }
    if p.list_depth.is_some() && p.auto_number.is_none() {
        return None;
    }
    // A table row pasted as text (cells separated by tabs).
    if memchr::memchr_iter(b'\t', text.as_bytes()).nth(1).is_some() {
        return None;
    }
    let (number, title_start) = match &p.auto_number {
        Some(n) => (split_heading_number(n).map(|(n, _)| n)?, 0),
        None => split_heading_number(text).map(|(n, at)| (n, lead + at))?,
    };
    let body = p.text.get(title_start..)?.trim_end();
    let body = match body.strip_suffix('】') {
        Some(inner) if bracketed => inner.trim_end(),
        _ => body,
    };
    // An annex's label alone on its line (GB/T 9704: `附件1`, its title centred below) heads
    // the annex: its title is the label's word (附件, 附录).
    if body.is_empty()
        && number.style == NumberStyle::Annex
        && !is_caption(&number)
        && p.auto_number.is_none()
    {
        let word: String = number.token.chars().take(2).collect();
        return Some(Candidate {
            index,
            explicit: None,
            title: word,
            number: Some(number),
            run_in_rest: None,
        });
    }
    if body.is_empty() || is_caption(&number) || is_citation(body) || is_contents_entry(body) {
        return None;
    }
    let emphasised = p.emphasis_prefix.saturating_sub(title_start);
    // The whole paragraph is the heading.
    if char_len(body) <= MAX_HEADING_CHARS && !body.contains('。') && !ends_like_sentence(body) {
        return Some(Candidate {
            index,
            explicit: None,
            number: Some(number),
            title: body.to_string(),
            run_in_rest: None,
        });
    }
    // A run-in heading: a short lead sentence, the body continues in the paragraph.
    let stop = lead_stop(body)?;
    let lead_text = body.get(..stop)?.trim_end();
    let lead_chars = char_len(lead_text);
    let is_emphasised = emphasised >= stop;
    // “1.分布式光伏工程：新建……” in a 专栏 box is a list item; a colon lead counts only
    // at the upper GB/T 9704 levels or when emphasised.
    let colon = !body.get(stop..).is_some_and(|r| r.starts_with('。'));
    let upper_level = matches!(
        number.style,
        NumberStyle::Chapter
            | NumberStyle::Section
            | NumberStyle::ChineseComma
            | NumberStyle::ParenChinese
    );
    // Parallel phrases such as “统筹谋划，系统推进” are short; sentences with a comma
    // and figures (“到2025年，……”) are body text.
    let plain_lead = (!colon || upper_level)
        && lead_chars <= MAX_RUN_IN_CHARS
        && !lead_text.contains(['；', ';'])
        && (!lead_text.contains(['，', ',']) || lead_chars <= MAX_PARALLEL_LEAD_CHARS)
        && digits_are_a_year_label(lead_text);
    if lead_chars == 0
        || !(plain_lead || (is_emphasised && lead_chars <= MAX_EMPHASISED_RUN_IN_CHARS))
    {
        return None;
    }
    let stop_char_len = body.get(stop..)?.chars().next()?.len_utf8();
    let rest_at = title_start + stop + stop_char_len;
    let rest = p.text.get(rest_at..)?.trim().to_string();
    Some(Candidate {
        index,
        explicit: None,
        number: Some(number),
        title: lead_text.to_string(),
        run_in_rest: if rest.is_empty() {
            None
        } else {
            Some((rest, rest_at))
        },
    })
}

/// A run-in lead holds no figure: no digits, or only a year that opens a label with no
/// comma (`（二）2020年排放清单。`, `2.2030年目标：`) — not `到2025年，…` or `2025年下降14%`.
fn digits_are_a_year_label(lead: &str) -> bool {
    if !lead.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let year = lead.get(..4).is_some_and(|y| {
        y.chars().all(|c| c.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20"))
    });
    let rest = lead.get(4..).unwrap_or("").trim_start();
    year && rest.starts_with('年')
        && !rest
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '，' | ',' | '%' | '％'))
}

/// A numbered line that only cites a document (`1.2.1 《2030年前碳达峰行动方案》（国发〔2021〕
/// 23号）`, `4.中国循环经济协会《工业园区碳达峰实施方案编制指南》`) is an item of a list of
/// sources, not a heading: after its issuer (a short lead) it is one title in 《》, with at
/// most a parenthesis (document number, date) after it.
fn is_citation(title: &str) -> bool {
    let mut t = title
        .trim_end_matches(['；', ';', '。', '，', ',', '、'])
        .trim_end();
    while let Some(inner) = t.strip_suffix(['）', ')']) {
        match inner.rfind(['（', '(']).and_then(|at| inner.get(..at)) {
            Some(before) => t = before.trim_end(),
            None => break,
        }
    }
    let Some(open) = t.find('《') else {
        return false;
    };
    let issuer = t.get(..open).unwrap_or("");
    t.ends_with('》')
        && t.matches('《').count() == 1
        && char_len(issuer) <= MAX_CITATION_ISSUER_CHARS
        && !issuer.contains(['，', ',', '。', '：', ':'])
}

/// A line of a table of contents (`三、碳排放现状分析………………5`, `3.2 情景分析 ........ 14`,
/// Word's `一、总论<tab>1`): a chapter's title, a leader of dots or a tab, and its page
/// number. It lists a heading; it is not one.
fn is_contents_entry(title: &str) -> bool {
    let t = title.trim_end();
    let page = t.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let digits = char_len(t) - char_len(page);
    if !(1..=3).contains(&digits) {
        return false;
    }
    let before = page.trim_end_matches([' ', '\u{3000}']);
    if before.ends_with('\t') {
        return true;
    }
    let leader = |c: char| matches!(c, '…' | '⋯' | '.' | '·' | '．' | '‥' | '・' | '_' | '＿');
    let run: Vec<char> = before.chars().rev().take_while(|&c| leader(c)).collect();
    run.len() >= 3 || (run.len() >= 2 && run.iter().all(|&c| matches!(c, '…' | '⋯')))
}

/// 附表1 / 附图2 caption a table or figure; they are not chapters.
fn is_caption(n: &HeadingNumber) -> bool {
    n.style == NumberStyle::Annex && (n.token.starts_with("附表") || n.token.starts_with("附图"))
}

/// A number rendered by Word that our token parser does not know (a, i, 甲 …).
fn raw_number(token: &str) -> HeadingNumber {
    HeadingNumber {
        token: token.to_string(),
        style: NumberStyle::Arabic,
        value: 0,
    }
}

fn ends_like_sentence(s: &str) -> bool {
    matches!(
        s.chars().last(),
        Some('。' | '；' | ';' | '，' | ',' | '：' | ':' | '、')
    )
}

/// The title: a Title-style paragraph, a lone top-level unnumbered explicit heading
/// opening the document, or a short first paragraph that looks like a title.
fn find_title(raw: &[RawBlock], candidates: &[Candidate]) -> Option<usize> {
    let first_heading = candidates.first().map(|c| c.index).unwrap_or(usize::MAX);
    let paragraphs = raw.iter().enumerate().filter_map(|(i, b)| match b {
        RawBlock::Paragraph(p) if !p.text.trim().is_empty() => Some((i, p)),
        _ => None,
    });
    for (i, p) in paragraphs.clone() {
        if p.is_title_style {
            return Some(i);
        }
        if i >= first_heading {
            break;
        }
    }
    // A lone top-level explicit heading without a number, first of all headings.
    if let Some(first) = candidates.first() {
        if let Some((level, _)) = first.explicit {
            let min = candidates
                .iter()
                .filter_map(|c| c.explicit.map(|(l, _)| l))
                .min()
                .unwrap_or(level);
            let same_level = candidates
                .iter()
                .filter(|c| c.explicit.map(|(l, _)| l) == Some(level))
                .count();
            let before_has_text = paragraphs.clone().any(|(i, _)| i < first.index);
            let lone_or_titled = same_level == 1 || has_title_word(&first.title);
            if level == min
                && lone_or_titled
                && first.number.is_none()
                && !before_has_text
                && candidates.len() > 1
            {
                return Some(first.index);
            }
        }
    }
    let (i, p) = paragraphs.clone().next()?;
    if i >= first_heading {
        return None;
    }
    let t = p.text.trim();
    let looks_like_title = char_len(t) <= MAX_TITLE_CHARS
        && !ends_like_sentence(t)
        && split_heading_number(t).is_none()
        && (p.centered || p.emphasis_prefix > 0 || has_title_word(t));
    looks_like_title.then_some(i)
}

/// Words that end the titles of plans and policy documents.
fn has_title_word(t: &str) -> bool {
    [
        "方案", "规划", "计划", "意见", "指南", "报告", "办法", "行动", "纲要",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// Levels: explicit levels are made 1-based (top level of the body = 1); numbered
/// headings take the level their style has among explicit headings, else the next
/// level below the styles that rank above them.
fn assign_levels(candidates: &[Candidate]) -> Vec<u8> {
    let min_explicit = candidates
        .iter()
        .filter_map(|c| c.explicit.map(|(l, _)| l))
        .min()
        .unwrap_or(1);
    let explicit_level = |l: u8| l.saturating_sub(min_explicit).saturating_add(1);

    // Learn style → level from explicit headings that carry a number.
    let mut learned: HashMap<NumberStyle, u8> = HashMap::new();
    for c in candidates {
        if let (Some((l, _)), Some(n)) = (c.explicit, &c.number) {
            learned.entry(n.style).or_insert(explicit_level(l));
        }
    }
    let mut ranks: Vec<NumberStyle> = candidates
        .iter()
        .filter(|c| c.explicit.is_none())
        .filter_map(|c| c.number.as_ref().map(|n| n.style))
        .chain(learned.keys().copied())
        .filter(|s| *s != NumberStyle::Annex) // 附件 is always top level
        .collect();
    ranks.sort_by_key(|s| rank(*s));
    ranks.dedup_by_key(|s| rank(*s));
    let mut by_rank: HashMap<u8, u8> = HashMap::new();
    let mut previous = 0u8;
    for style in &ranks {
        let level = learned
            .get(style)
            .copied()
            .unwrap_or_else(|| previous.saturating_add(1));
        by_rank.insert(rank(*style), level);
        previous = level;
    }
    candidates
        .iter()
        .map(|c| match (c.explicit, &c.number) {
            (Some((l, _)), _) => explicit_level(l),
            (None, Some(n)) if n.style == NumberStyle::Annex => {
                learned.get(&NumberStyle::Annex).copied().unwrap_or(1)
            }
            (None, Some(n)) => by_rank.get(&rank(n.style)).copied().unwrap_or(1),
            (None, None) => 1,
        })
        .collect()
}

/// Paragraph helper used by readers that build [`Paragraph`]s for table cells.
pub fn paragraph(text: String, origin: Origin) -> Paragraph {
    Paragraph { text, origin }
}

#[cfg(test)]
mod tests {
    use super::{is_contents_entry, lead_stop};

    #[test]
    fn contents_lines_are_told_from_titles() {
        for t in [
            "总论……………………………………………………1",
            "碳排放现状分析……5",
            "情景分析 ........................ 14",
            "保障措施·········· ２３",
            "总论\t1",
            "碳达峰目标＿＿＿＿9",
        ] {
            assert!(is_contents_entry(t), "{t}");
        }
        for t in [
            "到2030年",
            "重点项目（共12项）",
            "专栏1",
            "情景分析",
            "园区概况…",
            "碳排放现状…2020",
        ] {
            assert!(!is_contents_entry(t), "{t}");
        }
    }

    #[test]
    fn lead_stop_finds_what_a_char_search_finds() {
        for t in [
            "一、总体要求。坚持…",
            "1.分布式光伏工程：新建",
            "1.分布式光伏工程:新建。",
            "没有停顿的标题",
            "（一）园区概况，面积12平方公里；人口。",
            "",
            "ｶ：全角",
            "〇。",
        ] {
            assert_eq!(lead_stop(t), t.find(['。', '：', ':']), "{t}");
        }
    }
}
