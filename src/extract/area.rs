//! The park's whole area as the plan states it: figures in an area unit in sentences (or
//! table cells) that the pack's `lexicon.total_area` says give the park's whole area, and
//! not a part or another place's (`lexicon.part_area`, read in the figure's own clause).
//! `boundary/area` compares them; `facts` shows the first.

use std::borrow::Cow;

use super::analysis::Analysis;
use super::prose::{clause_end, figure_clause};
use super::quantity::Quantity;
use crate::pack::RulesPack;

/// A figure of the park's whole area.
#[derive(Debug, Clone, Copy)]
pub struct ParkArea<'a> {
    /// Its sentence's index in `boundary().all`.
    pub sentence: usize,
    /// The figure.
    pub figure: &'a Quantity,
    /// Its kind (approved, planned, administered…): the index of the pattern of the
    /// pack's `lexicon.area_kind` that names it, `None` when nothing does.
    pub kind: Option<usize>,
}

/// The park's whole-area figures by sentence in document order (a sentence's chosen
/// figure first, then those of other kinds). Read once per document
/// ([`Analysis::park_areas`]).
pub fn park_areas<'a>(a: &'a Analysis) -> Vec<ParkArea<'a>> {
    a.park_areas()
        .iter()
        .filter_map(|&(sentence, k, kind)| {
            Some(ParkArea {
                sentence,
                figure: a.quantities(sentence).get(k)?,
                kind,
            })
        })
        .collect()
}

/// What [`park_areas`] gives, as (sentence, index into its quantities, kind): one figure
/// per sentence, and besides it each figure of another kind (`国务院核准面积3.2平方公里，
/// 规划面积25.6平方公里` gives both).
pub(crate) fn read_park_areas(a: &Analysis) -> Vec<(usize, usize, Option<usize>)> {
    let lex = &a.rules.lexicon;
    let host = a
        .park_name()
        .and_then(super::park::host_zone)
        .map(|h| super::park::HostWords::of(&h));
    let mut out = Vec::new();
    for (i, s) in a.boundary().all.iter().enumerate() {
        let text = s.as_str();
        let context: Cow<str> = match &s.table {
            Some(t) => Cow::Owned(format!("{}{}", t.row_header, t.column_header)),
            None => Cow::Borrowed(text),
        };
        if !lex.total_area.is_match(&context) {
            continue;
        }
        // What the figure is the area of: its own clause (a table's headers), so that
        // `规划范围28.4平方公里，组织边界为…公共建筑` is still the park's area.
        let about = |q: &Quantity| match &s.table {
            Some(_) => &*context,
            None => figure_clause(text, q.span.start),
        };
        // A row of a table that has a total row (`| 城南园 | 9.2 |` over `| 全区 | 15.7 |`) is
        // one of its parts.
        let part_row = s
            .table
            .as_ref()
            .is_some_and(|t| beside_total_row(a, s.block(), t.row_header));
        let part = |q: &Quantity| {
            part_row
                || lex.part_area.is_match(about(q))
                || (s.table.is_none()
                    && (outside(a.rules, text, q, about(q))
                        || former(a.rules, text, q)
                        || host.is_some_and(|h| h.named_in(about(q)))))
        };
        let whole = |q: &Quantity| {
            q.unit
                .as_ref()
                .is_some_and(|u| u.family.as_deref() == Some("area"))
                && !part(q)
        };
        // Figures listed before a sum in their sentence are its parts: `覆盖综合保税区3.2
        // 平方公里和临港物流园5.6平方公里，合计8.8平方公里` states the whole as the sum.
        let summed = |q: &Quantity| match &s.table {
            Some(_) => false,
            None => lex.sum_word.is_match(figure_clause(text, q.span.start)),
        };
        let kind = |q: &Quantity| lex.area_kind.last_pattern(about(q));
        let qs = a.quantities(i);
        if let Some(k) = qs.iter().position(|q| whole(q) && summed(q)) {
            // The figures before the sum are its parts, whatever their kind.
            out.push((i, k, qs.get(k).and_then(kind)));
            continue;
        }
        let Some(k) = qs.iter().position(whole) else {
            continue;
        };
        let mut kinds = vec![qs.get(k).and_then(kind)];
        out.push((i, k, kinds.first().copied().flatten()));
        for (j, q) in qs.iter().enumerate() {
            let of = kind(q);
            if j != k && of.is_some() && !kinds.contains(&of) && whole(q) {
                kinds.push(of);
                out.push((i, j, of));
            }
        }
    }
    out
}

/// Whether the table of block `at` has a total row (the pack's `lexicon.total_row`) other
/// than the row labelled `row_header`.
fn beside_total_row(a: &Analysis, at: usize, row_header: &str) -> bool {
    let Some(crate::document::BlockKind::Table(t)) = a.doc.blocks.get(at).map(|b| &b.kind) else {
        return false;
    };
    let lex = &a.rules.lexicon;
    let total = |label: &str| lex.row_role(label) == Some(true);
    !total(row_header)
        && t.rows.iter().skip(1).any(|r| {
            r.cells
                .first()
                .and_then(|c| c.paragraphs.first())
                .is_some_and(|p| total(&p.text))
        })
}

/// The park's area divided into named parts, each with its own area: the sentence giving
/// the park's whole area names its parts (the pack's `lexicon.area_parts`: `由北港片区、临海
/// 片区和河口片区组成`), and every part's area is stated (in brackets there, or later:
/// `北港片区面积15.8平方公里`). `consistency/table-sum` adds the parts up.
#[derive(Debug)]
pub struct AreaPartition<'a> {
    /// The whole: sentence index in `boundary().all` and the figure.
    pub total: (usize, &'a Quantity),
    /// Each part's name and first area figure, in the order the parts are named.
    pub parts: Vec<(String, &'a Quantity)>,
}

/// The first partition of a whole-area figure the plan states fully.
pub fn area_partition<'a>(a: &'a Analysis) -> Option<AreaPartition<'a>> {
    park_areas(a)
        .into_iter()
        .find_map(|p| partition_of(a, p.sentence, p.figure))
}

/// The parts of the whole area `total` (in sentence `i`), when named and all stated.
fn partition_of<'a>(a: &'a Analysis, i: usize, total: &'a Quantity) -> Option<AreaPartition<'a>> {
    let lex = &a.rules.lexicon;
    let all = &a.boundary().all;
    let s = all.get(i)?;
    // The parts named in the total's sentence or the next one of its paragraph.
    let named = [Some(i), Some(i + 1)]
        .into_iter()
        .flatten()
        .filter_map(|k| all.get(k).filter(|n| n.block() == s.block() && !n.heading))
        .find_map(|n| {
            let c = lex.area_parts.captures(n.as_str())?;
            Some(c.name("parts")?.as_str().to_string())
        })?;
    if named.contains('等') {
        return None; // `…等三个片区`: only some are named
    }
    let mut names: Vec<String> = Vec::new();
    for piece in strip_brackets(&named).split(['、', '，', ',', '和', '及', '与']) {
        let name = piece.trim().trim_start_matches("以").trim();
        if name.chars().count() >= 2 && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    if names.len() < 2 {
        return None;
    }
    // Each part's first area figure from the total's sentence on: the figure belongs to
    // the part named last before it in its clause.
    let mut found: Vec<Option<&Quantity>> = vec![None; names.len()];
    for (k, n) in all.iter().enumerate().skip(i) {
        if n.table.is_some() || n.heading {
            continue;
        }
        let text = n.as_str();
        // Read the figures only of sentences naming a part (a sentence's quantities are
        // parsed on first use).
        if !names.iter().any(|name| text.contains(name.as_str())) {
            continue;
        }
        for q in a.quantities(k) {
            let area = q
                .unit
                .as_ref()
                .is_some_and(|u| u.family.as_deref() == Some("area"));
            if !area || std::ptr::eq(q, total) {
                continue;
            }
            // The clause up to the figure, brackets included (`由东区（16.4平方公里）`).
            let before = text.get(..q.span.start).unwrap_or("");
            let from = before
                .char_indices()
                .rfind(|(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
                .map_or(0, |(at, c)| at + c.len_utf8());
            let clause = before.get(from..).unwrap_or("");
            if lex.inner_area.is_match(clause) {
                continue; // built up or developed: inside the part, not all of it
            }
            let owner = names
                .iter()
                .enumerate()
                .filter_map(|(j, name)| clause.rfind(name.as_str()).map(|at| (at, j)))
                .max()
                .map(|(_, j)| j);
            if let Some(slot) = owner.and_then(|j| found.get_mut(j)) {
                slot.get_or_insert(q);
            }
        }
        if found.iter().all(Option::is_some) {
            break;
        }
    }
    let parts = names
        .into_iter()
        .zip(found)
        .map(|(n, q)| q.map(|q| (n, q)))
        .collect::<Option<Vec<_>>>()?;
    Some(AreaPartition {
        total: (i, total),
        parts,
    })
}

/// `text` without what stands in brackets (`东区（16.4平方公里）` → `东区`).
fn strip_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the area `q` is the one the park had before a change its clause states right
/// after it (`规划面积由22.0平方公里调整为38.5平方公里`, the pack's `lexicon.former_area`).
fn former(pack: &RulesPack, text: &str, q: &Quantity) -> bool {
    text.get(q.span.end..clause_end(text, q.span.end))
        .is_some_and(|rest| pack.lexicon.former_area.is_match(rest))
}

/// Whether the sentence puts the area `q` outside the park: left out before it in its
/// clause (`不含港池水域3.4平方公里`, the pack's `boundary.exclusion_before`), or put outside
/// after it (`lexicon.outside_area`) in the rest of its clause (`另有1.2平方公里位于规划范围
/// 以外`) or at the start of the next one, which has no subject of its own (`港池水域3.4平方
/// 公里属港口管理范围，不在园区规划范围之内`; `规划面积21.8平方公里，港池水域不在规划范围
/// 之内` keeps 21.8).
fn outside(pack: &RulesPack, text: &str, q: &Quantity, about: &str) -> bool {
    let lex = &pack.lexicon;
    if pack.boundary.exclusion_before.is_match(about) {
        return true;
    }
    let end = clause_end(text, q.span.end);
    if text
        .get(q.span.end..end)
        .is_some_and(|rest| lex.outside_area.is_match(rest))
    {
        return true;
    }
    let Some(mark) = text.get(end..).and_then(|t| t.chars().next()) else {
        return false;
    };
    // A figure in brackets (`位于园区外的试验场（约4.5平方公里）不在规划范围内`): the clause
    // around the brackets says where the area is.
    if matches!(mark, '）' | ')') {
        let after = end + mark.len_utf8();
        let rest = text.get(after..clause_end(text, after)).unwrap_or("");
        let lead = text
            .get(..q.span.start)
            .and_then(|b| b.rfind(['（', '(']))
            .and_then(|open| text.get(super::prose::clause_start(text, open)..open))
            .unwrap_or("");
        return lex.outside_area.is_match(rest) || lex.outside_area.is_match(lead);
    }
    if !matches!(mark, '，' | ',') {
        return false;
    }
    let from = end + mark.len_utf8();
    let next = text.get(from..clause_end(text, from)).unwrap_or("");
    lex.outside_area.find_all(next).first().is_some_and(|m| {
        next.get(..m.start)
            .is_some_and(|lead| lead.chars().count() <= 2)
    })
}
