//! `consistency/table-sum`: a table's total row (合计 / 总计 / 共计) differs from the sum
//! of the rows it totals by more than the printed precision allows.

use crate::checks::consistency::table_declares_rounding;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::{BlockKind, Row};
use crate::extract::pathway::cell_sentence;
use crate::extract::quantity::{Quantity, QuantityExtractor};
use crate::extract::targets::columns;
use crate::finding::{Finding, TableSum};

pub const DOC: RuleDoc = RuleDoc {
    id: "consistency/table-sum",
    category: Category::Consistency,
    severity: Severity::Warning,
    summary: Text {
        zh: "表格的合计数与分项之和不一致（超出四舍五入误差）",
        en: "a table's total differs from the sum of its parts beyond rounding",
    },
    why: Text {
        zh: "准确性原则要求数据准确、前后一致（《编制指南》第4章“准确性”，第6章“碳排放现状”）：排放清单或减排措施表的“合计”与分项之和对不上，说明漏项、重复或笔误，评审无法判断哪个数是对的。容差按印刷精度计算：n个保留一位小数的分项，每项最多有0.05的舍入误差，合计本身再加0.05；表注声明“因四舍五入，合计数与分项之和可能存在差异”时容差加倍。含“小计”“其中”行、带“单位”列（每行单位不同）的表格，以及强度、比率、年份等不可相加的列不检查。正文中的总量与其后“其中”所列分项（或冒号后逐条列出的分项）同样核对：分项之和超过总量即报告；少于总量只在所列为完整清单时报告（三项以上，既有直接排放源又有外购电力热力，且未写“主要”“等”）。园区面积由若干片区（园区）组成且逐一给出各自面积时，各部分面积之和也应等于总面积。",
        en: "Accuracy requires figures that agree (clauses 4, 6): a total that is not the sum of its parts in an emission inventory or a measures table reveals a missing item, a double count or a typo. The tolerance follows the printed precision: n parts printed with one decimal may be off by 0.05 each, the total by another 0.05; a note declaring rounding (因四舍五入，合计数与分项之和可能存在差异) doubles it. Tables with 小计/其中 rows or a 单位 column (a unit per row), and columns of intensities, rates or years are not checked. A total stated in prose with its parts listed after 其中 (or one per item after a colon) is checked the same way: parts exceeding the total are always reported; parts falling short only when the list is plainly complete (three or more, direct sources and purchased power or heat both named, no 主要/等). The park's area divided into named parts (由北港片区、临海片区和河口片区组成), each with its own area, is added up the same way.",
    },
    fails: "## 一、碳排放现状\n\n| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 128.3 |\n| 合计 | 486.0 |\n",
    passes: "## 一、碳排放现状\n\n| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 144.4 |\n| 合计 | 486.0 |\n",
};

/// `Some(true)` for a total row, `Some(false)` for a part, `None` for a row that makes
/// the table too complex to check (小计, 其中): [`Lexicon::row_role`] of its label.
///
/// [`Lexicon::row_role`]: crate::pack::Lexicon::row_role
fn row_kind(lex: &crate::pack::Lexicon, row: &Row) -> Option<bool> {
    // The label is the first cell that is not empty (`| | 合计 | … |` under a 序号 column).
    let first = row
        .cells
        .iter()
        .take(2)
        .map(|c| c.text())
        .find(|t| !t.trim().is_empty())
        .unwrap_or_default();
    lex.row_role(&first.replace('　', ""))
}

/// A cell's single number: `Ok(None)` for an empty or dash cell (a zero), `Err` when the
/// cell is not one number.
fn cell_value(
    x: &QuantityExtractor,
    text: &str,
    row: &str,
    head: &str,
) -> Result<Option<Quantity>, ()> {
    let t = text.trim();
    if t.is_empty()
        || t.chars()
            .all(|c| matches!(c, '—' | '-' | '–' | '－' | '/' | '／' | '…'))
    {
        return Ok(None);
    }
    let qs = x.cell_quantities(t, row, head);
    match qs.as_slice() {
        [q] if q.upper.is_none() && q.qualifier.is_none() => Ok(Some(q.clone())),
        _ => Err(()),
    }
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.severity(&DOC).is_none() {
        return;
    }
    // A total stated in prose with its parts listed (`其中…`, a list after a colon).
    crate::checks::consistency::parts_sum::check(cx, out, &DOC);
    crate::checks::consistency::area_parts::check(cx, out, &DOC);
    let x = cx.quantity_extractor();
    let relative = cx.rules.thresholds.table_sum_tolerance;
    for (i, b) in cx.doc.blocks.iter().enumerate() {
        let BlockKind::Table(t) = &b.kind else {
            continue;
        };
        let Some(header) = t.rows.first() else {
            continue;
        };
        let head = columns(header);
        if head.iter().any(|(_, c)| c.text().trim() == "单位") {
            continue;
        }
        let data: Vec<&Row> = t.rows.iter().skip(1).collect();
        let kinds: Option<Vec<bool>> = data
            .iter()
            .map(|r| row_kind(&cx.rules.lexicon, r))
            .collect();
        let Some(kinds) = kinds else { continue };
        let Some(at) = kinds.iter().position(|k| *k) else {
            continue;
        };
        // The total closes or opens the table; a total in the middle is not understood.
        let parts: Vec<&Row> = if at + 1 == data.len() {
            data.iter().take(at).copied().collect()
        } else if at == 0 && !kinds.iter().skip(1).any(|k| *k) {
            data.iter().skip(1).copied().collect()
        } else {
            continue;
        };
        if parts.len() < 2 {
            continue;
        }
        let Some(total_row) = data.get(at) else {
            continue;
        };
        let rounding = if table_declares_rounding(cx, i) {
            2.0
        } else {
            1.0
        };
        let total_cells = columns(total_row);
        for (col, hcell) in head.iter().skip(1) {
            let h = hcell.paragraphs.first().map_or("", |p| p.text.as_str());
            if cx.rules.lexicon.not_additive.is_match(h) {
                continue;
            }
            let Some((_, tcell)) = total_cells.iter().find(|(c, _)| c == col) else {
                continue;
            };
            let Some(tp) = tcell.paragraphs.first() else {
                continue;
            };
            let total_label = total_row
                .cells
                .iter()
                .take(2)
                .filter_map(|c| c.paragraphs.first())
                .map(|p| p.text.as_str())
                .find(|t| !t.trim().is_empty())
                .unwrap_or("");
            let Ok(Some(total)) = cell_value(x, &tp.text, total_label, h) else {
                continue;
            };
            let mut sum = 0.0;
            let mut slack = total.canonical_step() / 2.0;
            let mut counted = 0usize;
            let mut ok = true;
            for r in &parts {
                let label = r.cells.first().map(|c| c.text()).unwrap_or_default();
                let text = columns(r)
                    .into_iter()
                    .find(|(c, _)| c == col)
                    .map(|(_, c)| c.text())
                    .unwrap_or_default();
                match cell_value(x, &text, &label, h) {
                    Ok(Some(q)) if q.percent == total.percent => {
                        sum += q.magnitude();
                        slack += q.canonical_step() / 2.0;
                        counted += 1;
                    }
                    Ok(None) => {}
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok || counted < 2 {
                continue;
            }
            let found = total.magnitude();
            let allowed = slack * rounding + relative * found.abs() + 1e-9 * found.abs().max(1.0);
            let diff = (sum - found).abs();
            if diff <= allowed {
                continue;
            }
            let scale = crate::checks::consistency::printed_scale(&total);
            let finding = Finding::TableSum(TableSum {
                column: h.to_string(),
                total: found / scale,
                sum: sum / scale,
                difference: diff / scale,
                allowed: allowed / scale,
                parts: counted,
                decimals: total.decimals,
            });
            let Some(d) = cx.diagnostic(&DOC, finding) else {
                return;
            };
            let s = cell_sentence(i, tp, total_label, h);
            let (loc, span) = s.place(cx.doc, total.span.clone());
            out.push(d.at(loc, span));
        }
    }
}
