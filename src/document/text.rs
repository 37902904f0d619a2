//! Plain-text reader: one paragraph a line, headings from numbering (GB/T 9704).
//!
//! Text copied out of a PDF gets the PDF reader's clean-up (see [`super::pages`]): when
//! the text has pages (form feeds, or page numbers such as `— 3 —` on lines of their
//! own), running headers and footers are dropped; when its lines are hard-wrapped at
//! one width, the lines of a paragraph are joined (the origin keeps one segment per
//! line, so findings still point at the right line).
//!
//! Runs of lines aligned in columns (tabs, runs of spaces, pipe rows) become tables
//! ([`super::text_tables`]).

use super::classify::{RawBlock, RawParagraph};
use super::pages::{
    continues, furniture, furniture_key, is_extraction_space, is_page_number,
    is_printed_page_number, wrap_width, Wrap,
};
use super::{Origin, ReadError, Segment};

/// A line of the source: its text (without the line break) and byte offset.
struct SourceLine<'a> {
    text: &'a str,
    start: usize,
}

/// Split decoded text into paragraphs, one per non-blank line (or per wrapped
/// paragraph in text copied out of a PDF).
pub fn read_text(source: &str, max_paragraphs: usize) -> Result<Vec<RawBlock>, ReadError> {
    read(source, max_paragraphs, None)
}

/// Read lines pasted out of a PDF into a .docx, one run between two Word tables at a
/// time ([`super::docx`]): the copy's running headers and page numbers are already gone,
/// and `width` is the wrap width found over the whole document (a run of a few lines
/// shows none of its own). Extraction spaces are taken out as in any page copy.
pub(crate) fn read_pasted(
    source: &str,
    max_paragraphs: usize,
    width: Option<Wrap>,
) -> Result<Vec<RawBlock>, ReadError> {
    read(source, max_paragraphs, Some(width))
}

/// `pasted`: the document-wide wrap width of a pasted .docx ([`read_pasted`]).
fn read(
    source: &str,
    max_paragraphs: usize,
    pasted: Option<Option<Wrap>>,
) -> Result<Vec<RawBlock>, ReadError> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        lines.push(SourceLine {
            text: line.trim_end_matches(['\n', '\r']),
            start: offset,
        });
        offset += line.len();
    }
    let dropped = if pasted.is_some() {
        vec![false; lines.len()]
    } else {
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        page_furniture(&texts, true)
    };
    let kept: Vec<&str> = lines
        .iter()
        .zip(&dropped)
        .filter(|(_, d)| !**d)
        .map(|(l, _)| l.text.trim_matches('\u{c}'))
        .collect();
    let width = pasted.flatten().or_else(|| wrap_width(&kept));
    // Lines of a table aligned in columns: never joined with prose, nor tightened (their
    // cells keep one source segment each). A page break inside a table (its footer, running
    // header and the blank margins around them) does not end it: the rows are read without
    // them.
    let texts: Vec<&str> = lines.iter().map(|l| l.text.trim_matches('\u{c}')).collect();
    let margin = page_margins(&texts, &dropped);
    let read: Vec<usize> = (0..texts.len())
        .filter(|&i| {
            !dropped.get(i).copied().unwrap_or(false) && !margin.get(i).copied().unwrap_or(false)
        })
        .collect();
    let read_texts: Vec<&str> = read.iter().filter_map(|&i| texts.get(i).copied()).collect();
    let mut table_row = vec![false; texts.len()];
    for (&i, row) in read
        .iter()
        .zip(super::text_tables::aligned_rows(&read_texts))
    {
        if let Some(slot) = table_row.get_mut(i) {
            *slot = row;
        }
    }
    let row_lines: Vec<std::ops::Range<usize>> = lines
        .iter()
        .zip(&table_row)
        .filter(|(_, row)| **row)
        .map(|(l, _)| l.start..l.start + l.text.len())
        .collect();
    // Whether the open paragraph's last line is a table row.
    let mut last_row = false;

    let mut out: Vec<RawBlock> = Vec::new();
    // The paragraph being built, its last line, and whether that is its first line.
    let mut open: Option<(RawParagraph, &str, bool)> = None;
    // Furniture seen since the open paragraph's last line: a page break inside it.
    let mut page_break = false;
    // Whether the next line that is not blank is furniture: the blank lines above a
    // page footer are the page's bottom margin, not the end of a paragraph.
    let mut footer_below = vec![false; lines.len()];
    let mut below = false;
    for (i, l) in lines.iter().enumerate().rev() {
        if let Some(slot) = footer_below.get_mut(i) {
            *slot = below;
        }
        if !l.text.trim_matches('\u{c}').trim().is_empty() {
            below = dropped.get(i).copied().unwrap_or(false);
        }
    }
    for (((line, drop), row), footer) in lines
        .iter()
        .zip(&dropped)
        .zip(&table_row)
        .zip(&footer_below)
    {
        if *drop {
            page_break = true;
            continue;
        }
        let text = line.text.trim_matches('\u{c}');
        if text.trim().is_empty() {
            if !page_break && !footer {
                flush(&mut out, &mut open, max_paragraphs)?;
            }
            continue;
        }
        let lead = line.text.len() - line.text.trim_start_matches(['\u{c}']).len();
        let joined = match (&mut open, width) {
            (Some((p, last, first)), Some(w))
                if !*row && !last_row && continues(last, text, w, *first) =>
            {
                let piece = text.trim();
                let at = line.start + lead + (text.len() - text.trim_start().len());
                if let Origin::Source(segments) = &mut p.origin {
                    segments.push(Segment {
                        text_start: p.text.len(),
                        len: piece.len(),
                        source_start: at,
                        source_end: at + piece.len(),
                    });
                }
                p.text.push_str(piece);
                *last = text;
                *first = false;
                true
            }
            _ => false,
        };
        page_break = false;
        last_row = *row;
        if !joined {
            flush(&mut out, &mut open, max_paragraphs)?;
            open = line_paragraph(text, line.start + lead).map(|p| (p, text, true));
        }
    }
    flush(&mut out, &mut open, max_paragraphs)?;
    if width.is_some() || dropped.contains(&true) || pasted.is_some() {
        for block in &mut out {
            if let RawBlock::Paragraph(p) = block {
                // The row lines are in source order: the last one starting at or before.
                let row = matches!(&p.origin, Origin::Source(s) if s.first().is_some_and(|s| {
                    let k = row_lines.partition_point(|r| r.start <= s.source_start);
                    k.checked_sub(1)
                        .and_then(|k| row_lines.get(k))
                        .is_some_and(|r| r.contains(&s.source_start))
                }));
                if !row {
                    tighten(p);
                }
            }
        }
    }
    Ok(super::text_tables::detect(out))
}

/// Text copied out of a PDF: remove the spaces the extractor put between Chinese text
/// and numbers (`比 2020 年` → `比2020年`), splitting the origin's segments around them
/// so every offset still maps to its source byte.
fn tighten(p: &mut RawParagraph) {
    let Origin::Source(segments) = &p.origin else {
        return;
    };
    let keep = heading_number_space(&p.text);
    let mut text = String::with_capacity(p.text.len());
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for seg in segments {
        let Some(piece) = p.text.get(seg.text_start..seg.text_start + seg.len) else {
            return;
        };
        let mut start: Option<(usize, usize)> = None; // (text offset, piece offset)
        let mut prev: Option<char> = text.chars().next_back();
        let mut chars = piece.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            let drop = c == ' '
                && keep != Some(seg.text_start + i)
                && (prev
                    .zip(next)
                    .is_some_and(|(b, a)| is_extraction_space(b, a))
                    || spaced_digit(piece, i));
            if drop {
                if let Some((t0, p0)) = start.take() {
                    out.push(seg.part(t0, p0, i));
                }
            } else {
                if start.is_none() {
                    start = Some((text.len(), i));
                }
                text.push(c);
                prev = Some(c);
            }
        }
        if let Some((t0, p0)) = start {
            out.push(seg.part(t0, p0, piece.len()));
        }
    }
    p.text = text;
    p.origin = Origin::Source(out);
}

/// The space after a chapter's number that opens a paragraph (`3 碳排放核算`, GB/T 1.1's
/// `1 范围`): a heading number needs it (`3碳排放核算` reads as a figure run into text), and
/// the extractor did not put it there. A number of one or two digits, before a word that
/// is no amount (`12 月底前`, `30 万吨` still close up) — or, before a word a count may
/// take (`3 项`, `2 家`), in a short line that ends no sentence (`1 项目背景`).
fn heading_number_space(text: &str) -> Option<usize> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = text.get(digits..)?;
    let word = after.trim_start_matches(' ');
    let next = word.chars().next()?;
    let amount = matches!(
        next,
        '年' | '月' | '日' | '万' | '亿' | '千' | '百' | '个' | '倍' | '吨' | '元' | '％'
    );
    let heading_shaped =
        || text.chars().count() <= HEADING_LINE_CHARS && !text.contains(['。', '；', ';', '，']);
    (matches!(digits, 1 | 2)
        && word.len() < after.len()
        && !next.is_ascii()
        && !amount
        && (!super::numerals::is_quantity_suffix(next) || heading_shaped()))
    .then_some(digits)
}

/// The longest line [`heading_number_space`] takes for a heading when its number is
/// followed by a word a count may take.
const HEADING_LINE_CHARS: usize = 30;

/// Whether the space at byte `at` of `line` is one of a number spelt out with a space
/// between each character (`以2 0 2 0年为基准年`, `1 2 . 6平方公里`), as some PDF
/// extractors write it: single digits or points on both sides, in a run of at least three.
fn spaced_digit(line: &str, at: usize) -> bool {
    let digitish = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
    let single = |c: Option<char>| !c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.');
    let mut before = line.get(..at).unwrap_or("").chars().rev();
    let mut after = line.get(at + 1..).unwrap_or("").chars();
    let (b1, b2, b3) = (before.next(), before.next(), before.next());
    let (a1, a2, a3) = (after.next(), after.next(), after.next());
    digitish(b1)
        && digitish(a1)
        && single(b2)
        && single(a2)
        && ((b2 == Some(' ') && digitish(b3)) || (a2 == Some(' ') && digitish(a3)))
}

fn flush(
    out: &mut Vec<RawBlock>,
    open: &mut Option<(RawParagraph, &str, bool)>,
    max_paragraphs: usize,
) -> Result<(), ReadError> {
    if let Some((p, _, _)) = open.take() {
        if out.len() >= max_paragraphs {
            return Err(ReadError::Limit(format!(
                "more than {max_paragraphs} paragraphs"
            )));
        }
        out.push(RawBlock::Paragraph(p));
    }
    Ok(())
}

/// Which lines are running headers and footers. Only text with pages has them: pages
/// end at form feeds, or (without any) after lines that are page numbers like `— 3 —`
/// or `第 3 页` (a bare number is not taken for a page number here); text with no
/// more than one page keeps every line.
/// The blank lines next to page furniture (`dropped`), through other blank lines: a page's
/// bottom margin above its footer and the top margin below its running header.
fn page_margins(texts: &[&str], dropped: &[bool]) -> Vec<bool> {
    let blank = |i: usize| texts.get(i).is_some_and(|t| t.trim().is_empty());
    let furniture = |i: usize| dropped.get(i).copied().unwrap_or(false);
    let mut out = vec![false; texts.len()];
    // Forward: a blank line after furniture; backward: one before it.
    let mut after = false;
    for i in 0..texts.len() {
        after = furniture(i) || (after && blank(i));
        if blank(i) && after {
            if let Some(slot) = out.get_mut(i) {
                *slot = true;
            }
        }
    }
    let mut before = false;
    for i in (0..texts.len()).rev() {
        before = furniture(i) || (before && blank(i));
        if blank(i) && before {
            if let Some(slot) = out.get_mut(i) {
                *slot = true;
            }
        }
    }
    out
}

///
/// `title_first`: the copy's first line may be its title (in a .docx of a copy, the title
/// has Word's title style and is not among the lines).
pub(crate) fn page_furniture(lines: &[&str], title_first: bool) -> Vec<bool> {
    let form_feeds = lines.iter().any(|l| l.contains('\u{c}'));
    let mut pages: Vec<Vec<usize>> = vec![Vec::new()];
    for (i, l) in lines.iter().enumerate() {
        if form_feeds && l.starts_with('\u{c}') && pages.last().is_some_and(|p| !p.is_empty()) {
            pages.push(Vec::new());
        }
        if !l.trim_matches('\u{c}').trim().is_empty() {
            if let Some(p) = pages.last_mut() {
                p.push(i);
            }
        }
        let ends_page = if form_feeds {
            l.ends_with('\u{c}')
        } else {
            is_printed_page_number(l)
        };
        if ends_page {
            pages.push(Vec::new());
        }
    }
    pages.retain(|p| !p.is_empty());
    let mut dropped = vec![false; lines.len()];
    if pages.len() < 2 {
        return dropped;
    }
    let texts: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| {
            p.iter()
                .filter_map(|&i| lines.get(i).map(|l| l.trim_matches('\u{c}')))
                .collect()
        })
        .collect();
    for (page, drop) in pages.iter().zip(furniture(&texts)) {
        for (&i, d) in page.iter().zip(drop) {
            if let Some(slot) = dropped.get_mut(i) {
                *slot = d;
            }
        }
    }
    // The first line of the copy, when the running header repeats its text, is the title
    // the header repeats (a copy shows no print size to tell them apart): kept, unless the
    // same text follows right below it (a header above the title) or it is a page number.
    let first_page = texts.first().map(Vec::as_slice).unwrap_or_default();
    let first = pages
        .first()
        .and_then(|p| p.first())
        .filter(|_| title_first);
    if let (Some(&first), Some(top)) = (first, first_page.first()) {
        let doubled = first_page
            .get(1)
            .is_some_and(|next| furniture_key(next) == furniture_key(top));
        if !doubled && !is_page_number(top.trim()) {
            if let Some(slot) = dropped.get_mut(first) {
                *slot = false;
            }
        }
    }
    dropped
}

/// A paragraph for one line starting at byte `start` of the source, trimmed of
/// surrounding whitespace (including 　 and \r); `None` for a blank line.
pub fn line_paragraph(line: &str, start: usize) -> Option<RawParagraph> {
    let trimmed_start = line.trim_start();
    let lead = line.len() - trimmed_start.len();
    let text = trimmed_start.trim_end();
    if text.is_empty() {
        return None;
    }
    Some(RawParagraph {
        text: text.to_string(),
        origin: Origin::Source(vec![Segment {
            text_start: 0,
            len: text.len(),
            source_start: start + lead,
            source_end: start + lead + text.len(),
        }]),
        ..RawParagraph::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chapter_number_keeps_the_space_after_it() {
        for t in [
            "3 碳排放核算",
            "1 项目背景与编制依据",
            "12 保障措施",
            "2 园区概况与发展基础",
        ] {
            let digits = t.find(' ');
            assert_eq!(heading_number_space(t), digits, "{t}");
        }
        for t in [
            "12 月底前完成全部改造。",
            "30 万吨二氧化碳由外购电力产生。",
            "3 项措施合计减排1.2万吨，占缺口的40%。",
            "2020 年园区排放总量21.6万吨。",
            "2030年前实现碳达峰",
            "5 G基站",
        ] {
            assert_eq!(heading_number_space(t), None, "{t}");
        }
    }

    fn paragraphs(source: &str) -> Vec<String> {
        read_text(source, 1000)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|b| match b {
                RawBlock::Paragraph(p) => Some(p.text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn short_headings_of_one_length_are_no_wrap_width() {
        // One paragraph per line; the 第N节 headings share a length (11 characters), and
        // the body lines run far past it: the file is not wrapped at 11.
        let body = "园区以造纸和包装印刷为主导产业，热电厂燃煤是最大的排放源，企业使用热电厂蒸汽。";
        let mut src = String::from("第一章 总体考虑\n");
        for title in [
            "编制依据和范围",
            "核算边界和方法",
            "排放总量和结构",
            "达峰时间和峰值",
            "与上级目标关系",
            "热电厂低碳改造",
        ] {
            src.push_str(&format!("第一节 {title}\n{body}\n"));
        }
        let ps = paragraphs(&src);
        assert_eq!(ps.len(), 13, "{ps:#?}");
        assert_eq!(ps.get(1).map(String::as_str), Some("第一节 编制依据和范围"));
        assert_eq!(ps.get(2).map(String::as_str), Some(body));
    }

    #[test]
    fn one_paragraph_a_line_is_unchanged() {
        let src = "一、总则\n为贯彻落实碳达峰碳中和重大战略决策，制定本方案。\n\n（一）编制背景\n园区位于临江省。\n";
        assert_eq!(
            paragraphs(src),
            vec![
                "一、总则",
                "为贯彻落实碳达峰碳中和重大战略决策，制定本方案。",
                "（一）编制背景",
                "园区位于临江省。"
            ]
        );
    }

    #[test]
    fn text_copied_out_of_a_pdf_is_cleaned_up() {
        // Wrapped at 30 characters, a running header and a page footer on each of three
        // pages (fewer pages are not enough to call a repeated line a running header).
        let src = "江北经开区碳达峰实施方案\n\
一、总则\n\
为深入贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署\n\
推动园区绿色低碳高质量发展，结合园区实际，制定本方案。\n\
（一）编制背景\n\
园区位于临江省江州市，是国家级经济技术开发区，二〇二〇年末，\n\
— 1 —\n\
江北经开区碳达峰实施方案\n\
园区实现工业增加值三百八十八亿元，能源消费总量约一百五十五万\n\
吨标准煤，二氧化碳排放量约四百八十六万吨，排放强度较高，减排\n\
压力较大，需要统筹推进。\n\
（二）工作原则\n\
坚持全国统筹、节约优先、双轮驱动、内外畅通、防范风险的原则\n\
— 2 —\n\
江北经开区碳达峰实施方案\n\
（三）主要目标\n\
— 3 —\n";
        let got = paragraphs(src);
        assert_eq!(
            got,
            vec![
                // The first line, repeated as the running header, is the title.
                "江北经开区碳达峰实施方案",
                "一、总则",
                "为深入贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署推动园区绿色低碳高质量发展，结合园区实际，制定本方案。",
                "（一）编制背景",
                "园区位于临江省江州市，是国家级经济技术开发区，二〇二〇年末，园区实现工业增加值三百八十八亿元，能源消费总量约一百五十五万吨标准煤，二氧化碳排放量约四百八十六万吨，排放强度较高，减排压力较大，需要统筹推进。",
                "（二）工作原则",
                "坚持全国统筹、节约优先、双轮驱动、内外畅通、防范风险的原则",
                "（三）主要目标",
            ],
            "{got:#?}"
        );
    }

    fn tables(source: &str) -> Vec<Vec<Vec<String>>> {
        read_text(source, 1000)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|b| match b {
                RawBlock::Table(t) => Some(
                    t.rows
                        .iter()
                        .map(|r| r.cells.iter().map(super::super::Cell::text).collect())
                        .collect(),
                ),
                _ => None,
            })
            .collect()
    }

    /// Text wrapped at one width (a PDF copy) with a table aligned by runs of spaces
    /// after `before`: the table is read whatever the line before it.
    fn wrapped_with_table(before: &str, table: &str) -> String {
        let full = "园区坚持节约优先、双轮驱动、内外畅通、防范风险的原则，";
        format!("一、总则\n{full}\n{full}\n{full}\n{full}\n{full}\n{before}\n{table}二、重点任务\n推进光伏建设。\n")
    }

    #[test]
    fn a_table_stacked_one_cell_a_line_is_read_as_a_table() {
        // A PDF copy: the caption, five header cells, then rows of five, one cell a line.
        let table = "表1　主要指标\n指标\n单位\n2021年\n2025年\n2030年\n二氧化碳排放总量\n万吨\n97.4\n108.2\n110.8\n\
单位工业增加值二氧化碳排放\n吨/万元\n4.51\n3.75\n2.68\n非化石能源消费比重\n%\n1.2\n5\n12\n";
        let got = tables(&wrapped_with_table("主要指标见表1。", table));
        assert_eq!(got.len(), 1, "{got:?}");
        let rows = got.first().cloned().unwrap_or_default();
        assert_eq!(rows.len(), 4);
        assert_eq!(
            rows.first().cloned().unwrap_or_default(),
            vec!["指标", "单位", "2021年", "2025年", "2030年"]
        );
        assert_eq!(
            rows.get(3).cloned().unwrap_or_default(),
            vec!["非化石能源消费比重", "%", "1.2", "5", "12"]
        );
        // Short lines after a caption that hold no rows of figures stay paragraphs.
        let list = "表2　重点企业名单\n华泰化工\n金源新材\n东方热电\n瑞丰钢构\n";
        assert!(tables(&wrapped_with_table("重点企业见表2。", list)).is_empty());
        // Rows must close with a figure: stacked headings with a year are no table.
        let not = "表3　工作安排\n启动阶段\n2024年\n推进阶段\n2025年\n攻坚阶段\n2027年\n";
        assert!(tables(&wrapped_with_table("安排见表3。", not)).is_empty());
    }

    #[test]
    fn a_table_aligned_with_spaces_is_not_joined_to_wrapped_prose() {
        let full = "园区坚持节约优先、双轮驱动、内外畅通、防范风险的原则，";
        let table = "指标名称                单位            2020年   2025年\n\
单位工业增加值能耗      吨标准煤/万元   0.50     0.43\n\
二氧化碳排放总量        万吨            100      110\n";
        let want = vec![vec![
            vec!["指标名称", "单位", "2020年", "2025年"],
            vec!["单位工业增加值能耗", "吨标准煤/万元", "0.50", "0.43"],
            vec!["二氧化碳排放总量", "万吨", "100", "110"],
        ]];
        // The line before fills the width (it would take the header into it), is a short
        // caption, or ends a sentence; tabs instead of spaces.
        for before in [
            full,
            "表1 主要指标",
            "主要指标如下。",
            "主要指标见下表，各项指标分解落实到企业和部门，",
        ] {
            let src = wrapped_with_table(before, table);
            assert_eq!(tables(&src), want, "{before}");
            let tabs = src
                .replace("   ", "\t")
                .replace("\t ", "\t")
                .replace(" \t", "\t");
            assert_eq!(tables(&tabs).len(), 1, "{before} (tabs)");
        }
        // The prose around it is still joined.
        let ps = paragraphs(&wrapped_with_table(full, table));
        assert!(ps.iter().any(|p| p.chars().count() > 5 * 26), "{ps:#?}");
        // A row wide enough to fill the width does not take the next row into it.
        let wide = "二氧化碳排放总量（含净调入电力热力间接排放）    万吨    100    110\n\
能源消费总量（等价值）                          万吨标准煤    45    50\n\
非化石能源消费比重                              %    12    20\n";
        let t = tables(&wrapped_with_table(full, wide));
        assert_eq!(t.first().map(Vec::len), Some(3), "{t:#?}");
    }

    #[test]
    fn blank_lines_around_a_page_footer_do_not_end_the_paragraph() {
        // Wrapped at 30 characters; each page ends with a blank line, the footer, a blank
        // line, the running header and a blank line (as text copied out of a PDF often is).
        let lines = [
            "为深入贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署",
            "推动园区绿色低碳高质量发展，结合园区实际情况，特制定本方案如下",
            "园区位于临江省江州市，是国家级经济技术开发区，二〇二〇年末园区",
            "实现工业增加值三百八十八亿元，能源消费总量约一百五十五万吨标准",
            "煤，二氧化碳排放量约四百八十六万吨，排放强度较高，减排压力较大",
        ];
        let page = |n: usize| format!("\n— {n} —\n\n江北经开区碳达峰实施方案\n\n");
        let [a, b, c, d, e] = lines;
        let src = format!(
            "一、总则\n{a}\n{b}\n{}{c}\n结束。\n{d}\n{}{e}\n收尾。\n\n二、目标\n{}",
            page(1),
            page(2),
            page(3)
        );
        let got = paragraphs(&src);
        assert_eq!(
            got,
            vec![
                "一、总则".to_string(),
                format!("{a}{b}{c}结束。"),
                format!("{d}{e}收尾。"),
                "二、目标".to_string(),
            ]
        );
        // A blank line with no footer below it still ends the paragraph.
        let src = format!("{a}\n{b}\n{c}\n\n{d}\n{e}\n结束。\n");
        assert_eq!(paragraphs(&src).len(), 2, "{:?}", paragraphs(&src));
    }

    #[test]
    fn joined_lines_keep_their_source_offsets() {
        let full = "为深入贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署";
        let src = format!("{full}\n{full}\n{full}\n{full}\n{full}\n结束。\n");
        let blocks = read_text(&src, 100).unwrap_or_default();
        let Some(RawBlock::Paragraph(p)) = blocks.first() else {
            panic!("no paragraph: {blocks:?}");
        };
        let Origin::Source(segments) = &p.origin else {
            panic!("no source origin");
        };
        assert_eq!(segments.len(), 6);
        let last = segments.last().map(|s| (s.text_start, s.source_start));
        assert_eq!(last, Some((5 * full.len(), 5 * (full.len() + 1))));
    }

    #[test]
    fn numbers_spelt_with_spaces_are_joined_in_pdf_copies() {
        assert!(spaced_digit("以2 0 2 0年为基准年", "以2".len()));
        assert!(spaced_digit("面积1 2 . 6平方公里", "面积1 2".len()));
        // Two tokens, words, aligned columns and multi-digit numbers are left alone.
        assert!(!spaced_digit("第1 2章", "第1".len()));
        assert!(!spaced_digit("表 1 2 3a", "表 1 2".len()));
        assert!(!spaced_digit("2020 2025 2030", "2020".len()));
        // Wrapped at 30 characters, with a page footer on each of three pages.
        let src = "江北经开区碳达峰实施方案\n\
一、总则\n\
为深入贯彻落实党中央国务院关于碳达峰碳中和的重大战略决策部署\n\
以2 0 2 0年为基准年，规划面积1 2 . 6平方公里，到2 0 3 0年实现\n\
达峰。\n\
— 1 —\n\
江北经开区碳达峰实施方案\n\
园区实现工业增加值三百八十八亿元，能源消费总量约一百五十五万\n\
— 2 —\n\
江北经开区碳达峰实施方案\n\
（三）主要目标\n\
— 3 —\n";
        let got = paragraphs(src);
        assert!(
            got.iter()
                .any(|p| p.contains("以2020年为基准年，规划面积12.6平方公里，到2030年")),
            "{got:#?}"
        );
    }
}
