//! Table headers as context for the numbers of a cell: the unit a header names
//! (`基准值（万吨）`, `单位：万吨二氧化碳`, `占比（%）`, a header that is a unit) and the
//! subject words for bare units.

use std::rc::Rc;

use crate::document::Normalized;

use super::text::{char_at, skip_spaces};
use super::units::{nearest_cue, Subject, UnitMatcher};
use super::{PercentKind, UnitOrigin};

/// Headers whose cells are not quantities (the header, or its end, is one of these).
const NOT_QUANTITY_HEADERS: &[&str] = &[
    "序号",
    "编号",
    "年份",
    "年度",
    "时间",
    "期限",
    "时限",
    "年限",
    "电话",
    "联系方式",
    "代码",
];

/// A unit named by a header: family, unit, percent kind, multiplier, as written.
#[derive(Debug, Clone)]
struct HeaderUnit {
    family: usize,
    unit: usize,
    percent: Option<PercentKind>,
    multiplier: f64,
    written: String,
}

/// One header: its normalised text and the unit it names (read once per distinct header
/// text by the extractor, [`super::QuantityExtractor::cell_quantities`]).
#[derive(Debug)]
pub(super) struct Header {
    text: String,
    unit: Option<HeaderUnit>,
}

impl Header {
    pub(super) fn new(units: &UnitMatcher<'_>, header: &str) -> Header {
        let text = Normalized::new(header).text;
        let unit = header_unit(units, &text);
        Header { text, unit }
    }
}

/// The row and column header of a cell.
pub(super) struct Headers {
    row: Rc<Header>,
    column: Rc<Header>,
}

impl Headers {
    pub(super) fn new(row: Rc<Header>, column: Rc<Header>) -> Self {
        Headers { row, column }
    }

    /// A 序号, 年份 or 期限 column (or row): its cells are not quantities.
    pub(super) fn no_quantities(&self) -> bool {
        [&self.row.text, &self.column.text].iter().any(|h| {
            let name: String = h
                .split(['(', '（'])
                .next()
                .unwrap_or("")
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            !name.is_empty() && NOT_QUANTITY_HEADERS.iter().any(|w| name.ends_with(w))
        })
    }

    /// The unit for bare numbers: the column header's, else the row header's.
    pub(super) fn unit(&self) -> Option<(usize, usize, Option<PercentKind>, f64, UnitOrigin)> {
        let pick = |u: &HeaderUnit, origin| (u.family, u.unit, u.percent, u.multiplier, origin);
        self.column
            .unit
            .as_ref()
            .map(|u| pick(u, UnitOrigin::ColumnHeader))
            .or_else(|| {
                self.row
                    .unit
                    .as_ref()
                    .map(|u| pick(u, UnitOrigin::RowHeader))
            })
    }

    /// The unit as the header writes it.
    pub(super) fn written(&self, origin: UnitOrigin) -> &str {
        let unit = match origin {
            UnitOrigin::ColumnHeader => self.column.unit.as_ref(),
            UnitOrigin::RowHeader => self.row.unit.as_ref(),
            UnitOrigin::Text => None,
        };
        unit.map_or("", |u| u.written.as_str())
    }

    /// The subject cue of the headers: the row header's, else the column header's — the
    /// first one whose subject `fits` (takes the unit: in an emission table's `净调入电力` row
    /// under `排放量（万吨）`, electricity takes no 万吨, the column's emissions do), else the
    /// first found.
    pub(super) fn cue(&self, fits: impl Fn(Subject) -> bool) -> Option<(Subject, &'static str)> {
        let row = header_cue(&self.row.text);
        let column = header_cue(&self.column.text);
        [row, column]
            .into_iter()
            .flatten()
            .find(|(subject, _)| fits(*subject))
            .or(row)
            .or(column)
    }
}

/// The cue nearest the end of a header.
fn header_cue(header: &str) -> Option<(Subject, &'static str)> {
    nearest_cue(header, 0..header.len(), header.len(), header.len(), &[])
}

const MULTIPLIERS: &[(&str, f64)] = &[("亿", 1e8), ("万", 1e4)];

/// The unit a (normalised) header names: after 单位, inside parentheses, the whole
/// header, or a word of it on its own.
fn header_unit(units: &UnitMatcher<'_>, h: &str) -> Option<HeaderUnit> {
    // An item code (`M2`, `P3`, `S01`: a 编号 column) is no unit, though `M2` spells m².
    if is_item_code(h.trim()) {
        return None;
    }
    let mut starts: Vec<usize> = Vec::new();
    if let Some(i) = h.find("单位") {
        let mut p = i + "单位".len();
        for sep in [":", "为", "是"] {
            if h.get(p..).is_some_and(|r| r.starts_with(sep)) {
                p += sep.len();
            }
        }
        starts.push(p);
    }
    starts.extend(h.match_indices('(').map(|(i, _)| i + 1));
    starts.push(0);
    starts.extend(
        h.char_indices()
            .filter(|(_, c)| matches!(c, ' ' | '|' | '\t' | '/' | ','))
            .map(|(i, c)| i + c.len_utf8()),
    );
    starts
        .into_iter()
        .find_map(|p| unit_at(units, h, skip_spaces(h, p, 2)))
}

/// One capital letter then one to three digits, nothing else (`M2`, `P3`, `S01`; not a
/// formula such as `CO2`).
fn is_item_code(h: &str) -> bool {
    let mut chars = h.chars();
    let digits = h.get(1..).unwrap_or("");
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && (1..=3).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
}

fn unit_at(units: &UnitMatcher<'_>, h: &str, p: usize) -> Option<HeaderUnit> {
    let ends_here = |end: usize| {
        let q = skip_spaces(h, end, 2);
        char_at(h, q).is_none_or(|c| matches!(c, ')' | ',' | ';' | '|' | '、' | ' '))
    };
    if h.get(p..).is_some_and(|r| r.starts_with('%')) && ends_here(p + 1) {
        let (family, unit) = units.find("%")?;
        return Some(HeaderUnit {
            family,
            unit,
            percent: Some(PercentKind::Percent),
            multiplier: 1.0,
            written: "%".to_owned(),
        });
    }
    let (multiplier, at) = match MULTIPLIERS
        .iter()
        .find(|(w, _)| h.get(p..).is_some_and(|r| r.starts_with(w)))
    {
        Some((w, m)) if units.at(h, p).is_none() => (*m, p + w.len()),
        _ => (1.0, p),
    };
    let (spelling, end) = units.at(h, at)?;
    if !ends_here(end) {
        return None;
    }
    let family = units.family(spelling.family)?;
    let unit = units.unit(spelling.family, spelling.unit)?;
    let percent = if family.canonical == "%" {
        Some(PercentKind::Percent)
    } else if unit.symbol.contains("百分点") {
        Some(PercentKind::Points)
    } else {
        None
    };
    Some(HeaderUnit {
        family: spelling.family,
        unit: spelling.unit,
        percent,
        multiplier,
        written: h.get(p..end).unwrap_or("").to_owned(),
    })
}
