//! What a table's caption and note say of its figures. Chinese plans often give a table's
//! unit once, outside its cells: `表3-1 2020年排放清单（单位：万吨CO₂）`, `表5-1 重点项目减排量
//! （万吨二氧化碳/年）`, a line `单位：万吨` above the table, a note `注：表中数据单位为万吨二氧化碳。`
//! below it. The cells then hold bare numbers.

use std::sync::OnceLock;

use crate::document::{Block, BlockKind, Document};
use crate::extract::quantity::{Quantity, QuantityExtractor};

/// The longest caption (characters) whose closing bracket may hold the unit; a longer
/// block is a paragraph, whose last bracket is an aside.
const MAX_CAPTION_CHARS: usize = 80;

/// The blocks that may caption table `i`: the two before it (not across a heading or
/// another table), nearest first. A heading right above the table titles it (`附件3
/// 重点工程减排量表（万吨）` over its table).
pub fn caption_blocks(doc: &Document, i: usize) -> impl Iterator<Item = &Block> {
    let mut done = false;
    (1..=2usize)
        .filter_map(move |back| {
            i.checked_sub(back)
                .and_then(|p| doc.blocks.get(p))
                .map(|b| (back, b))
        })
        .take_while(move |(back, b)| {
            if done {
                return false;
            }
            match b.kind {
                BlockKind::Table(_) => false,
                BlockKind::Heading(_) => {
                    done = true;
                    *back == 1
                }
                _ => true,
            }
        })
        .map(|(_, b)| b)
}

/// The one year table `i`'s caption dates its figures by (`表1 2020年园区二氧化碳排放构成`):
/// a short block above it opening with `表N`/`附表N` and naming exactly one single year,
/// outside titles, that `reject` (a scenario's or a projection's caption) lets through. A
/// caption naming a range (`2016—2022年`) or two years dates nothing.
pub fn table_year(doc: &Document, i: usize, reject: impl Fn(&str) -> bool) -> Option<u16> {
    static LABEL: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let label = LABEL
        .get_or_init(|| regex::Regex::new(r"^\s*附?表\s*[0-9０-９一二三四五六七八九十A-Za-z]").ok())
        .as_ref()?;
    let caption = caption_blocks(doc, i)
        .find(|b| b.text.chars().count() <= MAX_CAPTION_CHARS && label.is_match(&b.text))?;
    if reject(&caption.text) {
        return None;
    }
    let mut years = crate::extract::years::years(&caption.text)
        .into_iter()
        .filter(|y| !y.in_title);
    let only = years.next().filter(|y| y.first == y.last)?;
    years.next().is_none().then_some(only.first)
}

/// The note right after table `i` (`注：…`, `单位：…`, `说明：…`, also in brackets:
/// `（单位：万吨）`), if there is one.
fn note_block(doc: &Document, i: usize) -> Option<&Block> {
    doc.blocks
        .get(i + 1)
        .filter(|b| !matches!(b.kind, BlockKind::Table(_) | BlockKind::Heading(_)))
        .filter(|b| {
            let t = b.text.trim_start().trim_start_matches(['（', '(']);
            ["注", "单位", "说明", "备注"]
                .iter()
                .any(|w| t.starts_with(w))
        })
}

/// The unit written for table `i`'s figures as a whole: `单位：X` / `单位为X` in its caption,
/// a line above it or the note below it (X read as a unit), else a caption's closing bracket when what it
/// holds reads as a unit (`（万吨二氧化碳/年）`, not `（2020年）` or `（续）`).
pub fn table_unit(x: &QuantityExtractor, doc: &Document, i: usize) -> Option<String> {
    static UNIT: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let unit = UNIT
        .get_or_init(|| {
            regex::Regex::new(r"单位\s*(?:[：:]|为|是)\s*([^（()）)，,；;。\s]{1,16})").ok()
        })
        .as_ref()?;
    // What follows 单位： must read as a unit: `责任单位：各生产企业` above a table names who
    // carries a task out.
    let labelled = caption_blocks(doc, i)
        .chain(note_block(doc, i))
        .find_map(|b| {
            unit.captures_iter(&b.text)
                .filter_map(|c| c.get(1))
                .map(|m| m.as_str())
                .find(|u| is_unit(x, u))
                .map(str::to_string)
        });
    labelled
        .or_else(|| {
            caption_blocks(doc, i)
                .find_map(|b| bracketed(&b.text))
                .filter(|u| is_unit(x, u))
        })
        .map(|u| per_year_dropped(&u).to_string())
}

/// The unit of scenario table `i`'s figures: [`table_unit`], else the unit in its corner
/// ([`corner_unit`]), else the unit of a figure beside the table that repeats one of its
/// cells ([`agreed_unit`]). Only for tables of
/// scenario emissions, whose cells are all one quantity: an indicator table's bare cells
/// are of many.
pub fn scenario_table_unit(x: &QuantityExtractor, doc: &Document, i: usize) -> Option<String> {
    table_unit(x, doc, i)
        .or_else(|| corner_unit(x, doc, i))
        .or_else(|| agreed_unit(x, doc, i))
}

/// The unit of a table of year columns (`| 措施减排量（万吨） | 2025年 | 2030年 |`): its
/// caption's, else the one in brackets in its corner.
pub fn year_table_unit(x: &QuantityExtractor, doc: &Document, i: usize) -> Option<String> {
    table_unit(x, doc, i).or_else(|| corner_unit(x, doc, i))
}

/// The unit in brackets in the label of table `i`'s total row (`合计（万吨）`): a measures
/// table whose reduction columns (`2025年减排`) and caption name none writes it there.
pub fn total_row_unit(x: &QuantityExtractor, doc: &Document, i: usize) -> Option<String> {
    let BlockKind::Table(t) = &doc.blocks.get(i)?.kind else {
        return None;
    };
    let lex = &x.pack().lexicon;
    t.rows.iter().skip(1).find_map(|r| {
        let label = r.cells.first()?.text();
        (lex.row_role(&crate::pack::row_label_key(&label)) == Some(true))
            .then(|| bracketed(&label))
            .flatten()
            .filter(|u| is_unit(x, u))
            .map(|u| per_year_dropped(&u).to_string())
    })
}

/// The unit in brackets in the corner of table `i`, the header of its row labels
/// (`| 情景（万吨） | 2022 | 2025 | … |`): the unit of every figure of a scenario table.
fn corner_unit(x: &QuantityExtractor, doc: &Document, i: usize) -> Option<String> {
    let BlockKind::Table(t) = &doc.blocks.get(i)?.kind else {
        return None;
    };
    let corner = t.rows.first()?.cells.first()?.text();
    bracketed(&corner)
        .filter(|u| is_unit(x, u))
        .map(|u| per_year_dropped(&u).to_string())
}

/// The unit of a figure written beside table `i` (in a caption block or the paragraph
/// after it) that repeats one of its cells exactly: `…集群排放于2028年达到峰值164.8万吨`
/// under a scenario table whose cells are bare numbers, one of them `164.8`. Only figures
/// precise enough not to repeat a cell by chance count (a decimal point, or three digits).
fn agreed_unit(x: &QuantityExtractor, doc: &Document, i: usize) -> Option<String> {
    let BlockKind::Table(t) = &doc.blocks.get(i)?.kind else {
        return None;
    };
    let precise = |s: &str| {
        let digits = s.chars().filter(char::is_ascii_digit).count();
        s.chars().all(|c| c.is_ascii_digit() || c == '.')
            && s.chars().filter(|&c| c == '.').count() <= 1
            && (s.contains('.') || digits >= 3)
            && digits > 0
    };
    let written: Vec<String> = t
        .rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .map(|c| c.text().trim().to_string())
        .filter(|c| precise(c))
        .collect();
    let cells: Vec<f64> = written
        .iter()
        .filter_map(|c| c.parse::<f64>().ok())
        .collect();
    if cells.is_empty() {
        return None;
    }
    let after = doc
        .blocks
        .get(i + 1)
        .filter(|b| !matches!(b.kind, BlockKind::Table(_) | BlockKind::Heading(_)));
    // Only a block that holds a cell's digits is parsed for quantities.
    let repeats = |b: &&Block| written.iter().any(|c| b.text.contains(c.as_str()));
    caption_blocks(doc, i)
        .chain(after)
        .filter(repeats)
        .find_map(|b| {
            x.quantities(&b.text).into_iter().find_map(|q| {
                let u = q.unit.as_ref()?;
                let written = b.text.get(q.span.start..u.span.as_ref()?.start)?.trim();
                let agrees = q.percent.is_none()
                    && q.upper.is_none()
                    && q.multiplier == 1.0
                    && u.family.is_some()
                    && precise(written)
                    && cells.contains(&q.value);
                agrees.then(|| per_year_dropped(&u.symbol).to_string())
            })
        })
}

/// A yearly amount's unit without its `/年`: `万tCO2/年` → `万tCO2` (an annual reduction is
/// an amount of the year the column names).
fn per_year_dropped(unit: &str) -> &str {
    PER_YEAR
        .iter()
        .find_map(|tail| unit.strip_suffix(tail))
        .map_or(unit, str::trim_end)
}

/// The tails of a per-year unit [`is_unit`] allows.
const PER_YEAR: [&str; 3] = ["/年", "/a", "每年"];

/// What the closing bracket of a short caption holds: `万tCO2` in `表4-1 排放预测（万tCO2）`.
fn bracketed(caption: &str) -> Option<String> {
    let t = caption.trim();
    if t.chars().count() > MAX_CAPTION_CHARS || t.contains('。') {
        return None;
    }
    let body = t.strip_suffix('）').or_else(|| t.strip_suffix(')'))?;
    let open = body.rfind(['（', '('])?;
    let inner = body.get(open..)?.trim_start_matches(['（', '(']).trim();
    (!inner.is_empty()).then(|| inner.to_string())
}

/// Whether `text` is a unit and nothing else (a per-year tail `/年`, `/a` allowed).
fn is_unit(x: &QuantityExtractor, text: &str) -> bool {
    let probe = format!("1{text}");
    let rest = |q: &Quantity| {
        q.unit
            .as_ref()
            .and_then(|u| u.span.clone())
            .filter(|s| s.start == 1)
            .and_then(|s| probe.get(s.end..))
            .map(str::trim)
    };
    match x.quantities(&probe).as_slice() {
        [q] => rest(q).is_some_and(|r| r.is_empty() || PER_YEAR.contains(&r)),
        _ => false,
    }
}

impl QuantityExtractor<'_> {
    /// The first quantity of a table cell; a bare number takes the unit of the table as a
    /// whole ([`table_unit`]) when neither header gives one.
    pub fn cell_quantity(
        &self,
        cell_text: &str,
        row_header: &str,
        column_header: &str,
        table_unit: Option<&str>,
    ) -> Option<Quantity> {
        let q = self
            .cell_quantities(cell_text, row_header, column_header)
            .into_iter()
            .next()?;
        match table_unit {
            Some(unit) if q.unit.is_none() && q.percent.is_none() => {
                let row = format!("{row_header}（{unit}）");
                Some(
                    self.cell_quantities(cell_text, &row, column_header)
                        .into_iter()
                        .next()
                        .unwrap_or(q),
                )
            }
            _ => Some(q),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::default_pack;

    fn unit_of(caption: &str) -> Option<String> {
        let x = QuantityExtractor::new(default_pack());
        bracketed(caption).filter(|u| is_unit(&x, u))
    }

    #[test]
    fn a_caption_bracket_that_is_a_unit_gives_the_table_unit() {
        for (caption, unit) in [
            ("表5-2 重点项目减排量（万吨二氧化碳/年）", "万吨二氧化碳/年"),
            ("表4-1 三情景排放预测（万tCO2）", "万tCO2"),
            ("表3 重点工程节能降碳潜力 (tCO2)", "tCO2"),
            ("附表2 园区碳排放清单（万吨二氧化碳）", "万吨二氧化碳"),
        ] {
            assert_eq!(unit_of(caption).as_deref(), Some(unit), "{caption}");
        }
    }

    #[test]
    fn a_caption_bracket_that_is_no_unit_gives_none() {
        for caption in [
            "表2 主要指标（2020年）",
            "表2 主要指标（续）",
            "表3 重点项目清单（按减排量排序）",
            "表4 能源消费结构（%，万吨标准煤）",
            "表1 园区概况",
        ] {
            assert_eq!(unit_of(caption), None, "{caption}");
        }
    }
}
