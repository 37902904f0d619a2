//! `consistency/table-sum` across a row: a table with a total column (`| 产业环节 | 燃料燃烧
//! | 外购电力 | 合计 |`) states, in each row, that row's total beside its parts. A row
//! whose parts do not add up to its total (`| 正极材料 | 18.7 | 41.2 | 68.2 |`, the parts
//! 59.9) is reported at its total cell, `其中` and total rows included: each row is read
//! alone, so a breakdown row that keeps the columns from being added still has its own
//! total checked.
//!
//! Read only where the columns are plainly the parts of the total column: one total column
//! (the pack's `total_row` words as its header), first or last among the figures, with at
//! least two additive columns on its side (`lexicon.not_additive` headers such as rates
//! and intensities, and columns of percentages beside amounts, are left out; columns on the
//! other side of it, such as a 占比 column after 合计, are not its parts), none of them a
//! subtotal or a breakdown (`小计`, `其中：…`).

use crate::checks::consistency::table_sum::{cell_value, row_label, DOC};
use crate::checks::Context;
use crate::diagnostic::Diagnostic;
use crate::document::{Cell, Row, Table};
use crate::extract::pathway::cell_sentence;
use crate::extract::quantity::Quantity;
use crate::extract::targets::columns;
use crate::finding::{Finding, TableSum};

/// A row whose total cell is off: the column of the total, the row's index in the table,
/// and its parts' sum less its total (in the total's canonical unit).
pub(super) struct Off {
    pub(super) column: usize,
    pub(super) row: usize,
    pub(super) correction: f64,
}

/// The total column and the columns that are its parts, by header; `None` when the
/// header does not plainly give them.
fn layout(cx: &Context, head: &[(usize, &Cell)]) -> Option<(usize, Vec<(usize, String)>)> {
    let lex = &cx.rules.lexicon;
    let text = |c: &Cell| {
        c.paragraphs
            .first()
            .map_or(String::new(), |p| p.text.clone())
    };
    let totals: Vec<usize> = head
        .iter()
        .skip(1)
        .enumerate()
        .filter(|(_, (_, c))| lex.row_role(&text(c)) == Some(true))
        .map(|(k, _)| k + 1)
        .collect();
    let [at] = totals.as_slice() else {
        return None;
    };
    let (total_col, _) = head.get(*at)?;
    let side: Vec<&(usize, &Cell)> = if *at + 1 == head.len() {
        head.get(1..*at)?.iter().collect()
    } else if *at == 1 {
        head.get(2..)?.iter().collect()
    } else {
        return None;
    };
    let mut parts = Vec::new();
    for (col, c) in side {
        let h = text(c);
        let key = crate::pack::row_label_key(&h);
        if lex.row_role(&h).is_none() || lex.breakdown_row.is_match(&key) {
            return None; // a subtotal or a breakdown among the parts
        }
        if !lex.not_additive.is_match(&h) {
            parts.push((*col, h));
        }
    }
    (parts.len() >= 2).then_some((*total_col, parts))
}

/// Same kind of figure as the total: the unit family (or, without one, the factor) and
/// whether it is a percentage.
fn same_kind(total: &Quantity, q: &Quantity) -> bool {
    let unit = match (&total.unit, &q.unit) {
        (Some(t), Some(u)) => match (&t.family, &u.family) {
            (Some(a), Some(b)) => a == b,
            _ => t.factor == u.factor,
        },
        (None, None) => true,
        _ => false,
    };
    unit && q.percent == total.percent
}

/// Check every row of table `t` (block `block`) against its total column; report the rows
/// that are off and return them (the total column's own sum is explained by them).
pub(super) fn check(
    cx: &Context,
    block: usize,
    t: &Table,
    head: &[(usize, &Cell)],
    rounding: f64,
    out: &mut Vec<Diagnostic>,
) -> Vec<Off> {
    let mut off = Vec::new();
    let Some((total_col, parts)) = layout(cx, head) else {
        return off;
    };
    let relative = cx.rules.thresholds.table_sum_tolerance;
    let total_head = head
        .iter()
        .find(|(c, _)| *c == total_col)
        .and_then(|(_, c)| c.paragraphs.first())
        .map_or("", |p| p.text.as_str());
    for (index, row) in t.rows.iter().enumerate().skip(1) {
        let Some(sum) = row_sum(cx, row, total_col, total_head, &parts) else {
            continue;
        };
        let RowSum {
            label,
            total,
            paragraph,
            sum,
            slack,
            counted,
        } = sum;
        let found = total.magnitude();
        let allowed = (slack + total.canonical_step() / 2.0) * rounding
            + relative * found.abs()
            + 1e-9 * found.abs().max(1.0);
        let diff = (sum - found).abs();
        if counted < 2 || diff <= allowed {
            continue;
        }
        off.push(Off {
            column: total_col,
            row: index,
            correction: sum - found,
        });
        let scale = crate::checks::consistency::printed_scale(&total);
        let finding = Finding::TableSum(TableSum {
            column: total_head.to_string(),
            row: Some(label.clone()),
            total: found / scale,
            sum: sum / scale,
            difference: diff / scale,
            allowed: allowed / scale,
            parts: counted,
            decimals: total.decimals,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            continue;
        };
        let s = cell_sentence(block, paragraph, &label, total_head);
        let (loc, span) = s.place(cx.doc, total.span.clone());
        out.push(d.at(loc, span));
    }
    off
}

/// One row's total and the sum of its parts.
struct RowSum<'d> {
    label: String,
    total: Quantity,
    paragraph: &'d crate::document::Paragraph,
    sum: f64,
    slack: f64,
    counted: usize,
}

/// Row `row`'s total (column `total_col`) and the sum of its `parts` cells; `None` when the
/// total or a part is not one figure of the total's kind.
fn row_sum<'d>(
    cx: &Context,
    row: &'d Row,
    total_col: usize,
    total_head: &str,
    parts: &[(usize, String)],
) -> Option<RowSum<'d>> {
    let x = cx.quantity_extractor();
    let cells = columns(row);
    let label = row_label(row);
    let cell = |col: usize| cells.iter().find(|(c, _)| *c == col).map(|(_, c)| *c);
    let paragraph = cell(total_col)?.paragraphs.first()?;
    let total = cell_value(x, &paragraph.text, &label, total_head).ok()??;
    let (mut sum, mut slack, mut counted) = (0.0, 0.0, 0);
    for (col, head) in parts {
        let text = cell(*col).map(|c| c.text()).unwrap_or_default();
        match cell_value(x, &text, &label, head).ok()? {
            Some(q) if same_kind(&total, &q) => {
                sum += q.magnitude();
                slack += q.canonical_step() / 2.0;
                counted += 1;
            }
            // A share beside the amounts (`占比（%）`) is no part of them.
            Some(q) if q.percent.is_some() && total.percent.is_none() => {}
            Some(_) => return None,
            None => {}
        }
    }
    Some(RowSum {
        label,
        total,
        paragraph,
        sum,
        slack,
        counted,
    })
}
