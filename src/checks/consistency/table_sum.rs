//! `consistency/table-sum`: a table's total row (合计 / 总计 / 共计) differs from the sum
//! of the rows it totals by more than the printed precision allows.

use crate::checks::consistency::table_declares_rounding;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::{BlockKind, Row};
use crate::extract::pathway::cell_sentence;
use crate::extract::quantity::{PercentKind, Quantity, QuantityExtractor};
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
        zh: "准确性原则要求数据准确、前后一致（《编制指南》第4章“准确性”，第6章“碳排放现状”）：排放清单或减排措施表的“合计”与分项之和对不上，说明漏项、重复或笔误，评审无法判断哪个数是对的。容差按印刷精度计算：n个保留一位小数的分项，每项最多有0.05的舍入误差，合计本身再加0.05；表注声明“因四舍五入，合计数与分项之和可能存在差异”时容差加倍。“小计”行（含“直接排放小计”等）不计入分项之和，写在其分项之后的小计本身与上方分项核对（按“类别”合并单元格分组的表格核对本组各行；未写明分组时，只有紧邻其上、任何连续两行以上都对不上时才报告）：合计与其余各行之和核对，小计所含分项未全部列出时与各小计之和（或小计与其余行之和）相符亦可；小计下逐行列出的“其中”行是该小计的全部分项，其和应等于小计，合计则与各小计之和核对；一般行下的“其中”行可能只列部分或相互交叉，不核对；只有一行“其中”且其后接一般行时，分项范围不明：按“其中”只含一行核对，而“其中”延续到其后任一行时合计都对不上，才报告（“其中：煤制气用煤”后接“天然气”“电力”）。表头有“合计”列时，每一行（含“其中”行和合计行）的合计也与该行各分项列之和核对（“合计”列须在各分项列之前或之后，分项列中有“小计”“其中”列的不核对；占比、强度等列不计入）；某行合计有误时，由该行误差可以解释的“合计”列总和不再重复报告。带“单位”列（每行单位不同）的表格，以及强度、比率、年份等不可相加的列不检查。首列为“类别”“领域”等分组列（lexicon.category_column）时，分组名“总量”后写有本行指标名称的行（“总量 | 二氧化碳排放总量（万吨）”）不是合计行；分组列中写“合计”“小计”“其中”而其后无名称的行仍按其所写读取。正文中的总量与其后“其中”所列分项（或冒号后逐条列出的分项）同样核对（写明“扣除”“扣减”的分项从和中减去）：分项之和超过总量即报告；少于总量只在所列为完整清单时报告（三项以上，既有直接排放源又有外购电力热力，且未写“主要”“等”）。分项写有两个年份（“其中一厂区2020年排放29.6万吨，…力争2025年率先达峰，峰值约31万吨”）是某一部分的历史与目标，不是同一总量的分项，不相加。园区面积由若干片区（园区）组成且逐一给出各自面积时，各部分面积之和也应等于总面积。",
        en: "Accuracy requires figures that agree (clauses 4, 6): a total that is not the sum of its parts in an emission inventory or a measures table reveals a missing item, a double count or a typo. The tolerance follows the printed precision: n parts printed with one decimal may be off by 0.05 each, the total by another 0.05; a note declaring rounding (因四舍五入，合计数与分项之和可能存在差异) doubles it. Subtotal rows (小计, 直接排放小计) are left out of the sum, and a subtotal written after its parts is checked against them (in a table grouped by a merged 类别 column, the rows of its group; otherwise reported only when no run of two or more rows right above it adds up): the total is checked against the other rows, or, where a subtotal's parts are not all listed, against the subtotals (alone or with the rows outside them). The 其中 rows under a subtotal are all of its parts and must add up to it, and the total is then checked against the subtotals; 其中 rows under an ordinary row may be partial or overlap and are not added; a lone 其中 row followed by an ordinary row leaves unclear where the breakdown ends: the table is checked with a breakdown of one row, and reported only when no end of the breakdown makes the total agree (其中：煤制气用煤 followed by 天然气, 电力). Tables with a 单位 column (a unit per row), and columns of intensities, rates or years are not checked. Where the first column groups the rows (类别, 领域: lexicon.category_column), a group named 总量 followed by the row's own indicator (总量 | 二氧化碳排放总量（万吨）) is no total row; 合计, 小计 or 其中 written there with nothing named after it is read as written. Where the header has a total column (合计) before or after the parts' columns, each row — 其中 rows and the total row included — is checked across against its parts (not where a subtotal or 其中 column stands among them; share and intensity columns are left out); a total column whose sum the rows found off explain is not reported again. A total stated in prose with its parts listed after 其中 (or one per item after a colon) is checked the same way (a part written as deducted, 扣除/扣减, is subtracted): parts exceeding the total are always reported; parts falling short only when the list is plainly complete (three or more, direct sources and purchased power or heat both named, no 主要/等). Parts written with two years (其中一厂区2020年排放29.6万吨，…力争2025年率先达峰，峰值约31万吨) are one part's history and goal, not parts of one total, and are not added. The park's area divided into named parts (由北港片区、临海片区和河口片区组成), each with its own area, is added up the same way.",
    },
    fails: "## 一、碳排放现状\n\n| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 128.3 |\n| 合计 | 486.0 |\n",
    passes: "## 一、碳排放现状\n\n| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 144.4 |\n| 合计 | 486.0 |\n",
};

/// What a row is to its table's total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RowKind {
    Total,
    Part,
    /// A subtotal (`直接排放小计`): the sum of parts listed beside it.
    Subtotal,
    /// A part of the row above (`其中`, the pack's `breakdown_row`).
    Breakdown,
}

/// A row's label: its first cell that is not empty (`| | 合计 | … |` under a 序号 column).
pub(super) fn row_label(row: &Row) -> String {
    label_after(row, 0)
}

/// The label of a row whose first `skip` cells are a grouping column's.
fn label_after(row: &Row, skip: usize) -> String {
    row.cells
        .iter()
        .skip(skip)
        .take(2)
        .map(|c| c.text())
        .find(|t| !t.trim().is_empty())
        .unwrap_or_default()
}

/// How many of a table's first columns group its rows (headed `类别`, `领域`: the pack's
/// `category_column`). Their cells may name a group (`总量 | 二氧化碳排放总量（万吨）`,
/// `强度 | …`) or the row's role (`直接排放小计 | — |`, `其中 | 燃煤`, `合计 | — |`); see
/// [`row_kind`].
pub(super) fn grouping_columns(lex: &crate::pack::Lexicon, header: &Row) -> usize {
    header
        .cells
        .iter()
        .take(2)
        .take_while(|c| lex.category_column.is_match(&c.text()))
        .count()
}

/// The row's kind by its label ([`Lexicon::row_role`], the pack's `subtotal_row` and
/// `breakdown_row`); `None` for a row that makes the table too complex to check. After
/// `skip` grouping columns, a total's word there (`总量`) is the group's name when the row
/// names its own item after it (`总量 | 二氧化碳排放总量（万吨）`), and that item is read.
///
/// [`Lexicon::row_role`]: crate::pack::Lexicon::row_role
pub(super) fn row_kind(lex: &crate::pack::Lexicon, skip: usize, row: &Row) -> Option<RowKind> {
    let mut label = crate::pack::row_label_key(&row_label(row));
    if skip > 0 && lex.row_role(&label) == Some(true) {
        let own = label_after(row, skip);
        if own.chars().any(|c| c.is_alphabetic()) {
            label = crate::pack::row_label_key(&own);
        }
    }
    if lex.subtotal_row.is_match(&label) {
        return Some(RowKind::Subtotal);
    }
    if lex.breakdown_row.is_match(&label) {
        return Some(RowKind::Breakdown);
    }
    match lex.row_role(&label)? {
        true => Some(RowKind::Total),
        false => Some(RowKind::Part),
    }
}

/// The sum of one column over `rows`, with the rounding slack of the figures added.
pub(super) struct Sum {
    pub(super) sum: f64,
    pub(super) slack: f64,
    pub(super) counted: usize,
}

/// [`Sum`] of column `col` (headed `head`) over `rows`, in the total's kind (shares with a
/// share); `None` when a cell is not one number.
pub(super) fn column_sum(
    x: &QuantityExtractor,
    rows: &[&Row],
    col: &usize,
    head: &str,
    total: &Quantity,
) -> Option<Sum> {
    let mut out = Sum {
        sum: 0.0,
        slack: 0.0,
        counted: 0,
    };
    for r in rows {
        let label = r.cells.first().map(|c| c.text()).unwrap_or_default();
        let text = columns(r)
            .into_iter()
            .find(|(c, _)| c == col)
            .map(|(_, c)| c.text())
            .unwrap_or_default();
        match cell_value(x, &text, &label, head) {
            Ok(Some(q)) if q.percent == total.percent => {
                out.sum += q.magnitude();
                out.slack += q.canonical_step() / 2.0;
                out.counted += 1;
            }
            Ok(None) => {}
            _ => return None,
        }
    }
    Some(out)
}

/// A cell's single number: `Ok(None)` for an empty or dash cell (a zero), `Err` when the
/// cell is not one number.
pub(super) fn cell_value(
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
    tables(cx, out, false);
}

/// The percentage columns of tables whose total is 100 (`consistency/share-sum`'s), when
/// `table-sum` is off and [`check`] does not read the tables.
pub(super) fn compositions(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.severity(&DOC).is_none() {
        tables(cx, out, true);
    }
}

/// A table's rows split into its top level and the breakdowns under some of them: each
/// run of `其中` rows belongs to the row above it. `None` when where a breakdown ends is
/// not plain: a lone `其中` row followed by an ordinary row may go on in unlabelled rows
/// (`其中：燃煤` then `天然气`), and a `其中` row with no row above.
struct Levels<'t> {
    /// The rows outside every breakdown, with their kinds; in a table with `其中` rows, the
    /// subtotals are the parts of the table's total.
    top: Vec<(&'t Row, RowKind)>,
    /// A row, its kind and the `其中` rows under it (two or more).
    groups: Vec<(&'t Row, RowKind, Vec<&'t Row>)>,
}

/// With `lone`, a lone `其中` row followed by an ordinary row is read as a breakdown of one
/// row (left out of the top level) instead of making the table unreadable.
fn levels<'t>(data: &[&'t Row], kinds: &[RowKind], lone: bool) -> Option<Levels<'t>> {
    let mut out = Levels {
        top: Vec::new(),
        groups: Vec::new(),
    };
    let mut k = 0;
    let mut broken_down = false;
    while let (Some(row), Some(kind)) = (data.get(k), kinds.get(k)) {
        if *kind == RowKind::Breakdown {
            return None;
        }
        let run = kinds
            .iter()
            .skip(k + 1)
            .take_while(|k| **k == RowKind::Breakdown)
            .count();
        let next = kinds.get(k + 1 + run);
        if !lone && run == 1 && next.is_some_and(|n| *n == RowKind::Part) {
            return None;
        }
        out.top.push((row, *kind));
        broken_down |= run > 0;
        if run >= 2 {
            let rows = data.iter().skip(k + 1).take(run).copied().collect();
            out.groups.push((row, *kind, rows));
        }
        k += 1 + run;
    }
    // Subtotals broken down by `其中` rows are the parts of the table's total (their own
    // parts are not rows of it).
    if broken_down {
        for (_, kind) in &mut out.top {
            if *kind == RowKind::Subtotal {
                *kind = RowKind::Part;
            }
        }
    }
    Some(out)
}

/// Every table's total rows against their columns, and each row broken down by `其中`
/// rows against them; `only_compositions`: percentage columns totalling 100 only.
fn tables(cx: &Context, out: &mut Vec<Diagnostic>, only_compositions: bool) {
    for (i, b) in cx.doc.blocks.iter().enumerate() {
        if let BlockKind::Table(t) = &b.kind {
            table(cx, i, t, only_compositions, out);
        }
    }
}

/// The headers of the columns of table block `i` whose total row this rule (or, for a
/// percentage column totalling 100, `consistency/share-sum`) reports as not adding up.
pub(super) fn columns_off(cx: &Context, i: usize) -> Vec<String> {
    let Some(BlockKind::Table(t)) = cx.doc.blocks.get(i).map(|b| &b.kind) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    table(cx, i, t, false, &mut found);
    found
        .into_iter()
        .filter_map(|d| match d.data {
            Some(Finding::TableSum(f)) if f.row.is_none() => Some(f.column),
            _ => None,
        })
        .collect()
}

/// One table's total rows against its columns, and each row broken down by `其中` rows
/// against them.
fn table(
    cx: &Context,
    i: usize,
    t: &crate::document::Table,
    only_compositions: bool,
    out: &mut Vec<Diagnostic>,
) {
    let Some(header) = t.rows.first() else {
        return;
    };
    let head = columns(header);
    if head.iter().any(|(_, c)| c.text().trim() == "单位") {
        return;
    }
    // Rows after the total that it leaves out (`备忘项：甲烷和氧化亚氮（不计入合计）`, the
    // pack's `memo_row`) are not its parts: the table ends at the last other row.
    let mut data: Vec<&Row> = t.rows.iter().skip(1).collect();
    while data.len() > 1
        && data.last().is_some_and(|r| {
            let label = r.cells.first().map(|c| c.text()).unwrap_or_default();
            cx.rules.lexicon.memo_row.is_match(label.trim())
        })
    {
        data.pop();
    }
    let skip = grouping_columns(&cx.rules.lexicon, header);
    let kinds: Option<Vec<RowKind>> = data
        .iter()
        .map(|r| row_kind(&cx.rules.lexicon, skip, r))
        .collect();
    let Some(kinds) = kinds else { return };
    let rounding = if table_declares_rounding(cx, i) {
        2.0
    } else {
        1.0
    };
    // Each row against the table's total column (read alone, whatever the levels).
    let off = if only_compositions {
        Vec::new()
    } else {
        super::table_rows::check(cx, i, t, &head, rounding, out)
    };
    let table = Table {
        cx,
        block: i,
        head: &head,
        rows: &t.rows,
        off,
        rounding,
        only_compositions,
        grouped: skip > 0,
    };
    if let Some(levels) = levels(&data, &kinds, false) {
        table.check_levels(&levels, out);
        return;
    }
    // A lone `其中` row followed by ordinary rows (`其中：煤制气用煤` then `天然气`): its
    // breakdown may end after it or after any of them. Reported as a breakdown of one
    // row, and only when no end makes the total agree. (Its shares are checked row by
    // row, against their amounts: `consistency/share-sum`, not as a column.)
    if only_compositions {
        return;
    }
    let Some(lone) = lone_breakdown(&kinds) else {
        return;
    };
    let agrees = (lone + 1..kinds.len())
        .take_while(|&end| kinds.get(end) == Some(&RowKind::Part))
        .any(|end| {
            let mut longer = kinds.clone();
            for k in longer.iter_mut().take(end + 1).skip(lone) {
                *k = RowKind::Breakdown;
            }
            let mut scratch = Vec::new();
            levels(&data, &longer, true).is_some_and(|l| table.check_levels(&l, &mut scratch))
                && scratch.is_empty()
        });
    if agrees {
        return;
    }
    if let Some(levels) = levels(&data, &kinds, true) {
        let mut found = Vec::new();
        table.check_levels(&levels, &mut found);
        out.extend(found.into_iter().filter(|d| d.rule == DOC.id));
    }
}

/// The first lone `其中` row followed by an ordinary row, when it is the only thing that
/// makes the table's levels unclear.
fn lone_breakdown(kinds: &[RowKind]) -> Option<usize> {
    let at = kinds.windows(3).position(
        |w| matches!(w, [a, RowKind::Breakdown, RowKind::Part] if *a != RowKind::Breakdown),
    )? + 1;
    (kinds.first() != Some(&RowKind::Breakdown)).then_some(at)
}

/// A row of a table's top level with its kind.
type Ranked<'t> = (&'t Row, RowKind);

/// One table being checked.
struct Table<'a, 'c, 'd> {
    cx: &'a Context<'c>,
    block: usize,
    head: &'a [(usize, &'d crate::document::Cell)],
    rows: &'d [Row],
    /// The rows whose total cell is off their parts (reported already).
    off: Vec<super::table_rows::Off>,
    /// 2 when the table's note declares rounding differences, else 1.
    rounding: f64,
    only_compositions: bool,
    /// The first column groups the rows (`类别`): a group's rows are the one naming it and
    /// those below with that cell merged or empty.
    grouped: bool,
}

impl Table<'_, '_, '_> {
    /// The table's levels checked: each subtotal against its `其中` rows, the total against
    /// the top level. False when there is no total row the top level can be checked against.
    fn check_levels(&self, levels: &Levels, out: &mut Vec<Diagnostic>) -> bool {
        // A breakdown may leave parts out (`其中：燃煤`) or overlap (`其中：高新技术产业`,
        // `其中：战略性新兴产业`): only a subtotal's `其中` rows are its parts, all of them.
        for (row, kind, parts) in &levels.groups {
            if *kind == RowKind::Subtotal {
                self.compare(row, parts, &[], out);
            }
        }
        let top = &levels.top;
        self.closing_subtotals(top, out);
        let Some(at) = top.iter().position(|(_, k)| *k == RowKind::Total) else {
            return false;
        };
        let only_total = top.iter().filter(|(_, k)| *k == RowKind::Total).count() == 1;
        // The total closes or opens the table; a total in the middle closes the rows above
        // it, and the rows after it are something else (`需减排量（基准情景减达峰情景）`,
        // `缺口`) — unless they are its parts too: the total is reported only when neither
        // reading adds up.
        let (others, after): (&[Ranked], &[Ranked]) = if at + 1 == top.len() {
            (top.get(..at).unwrap_or_default(), &[])
        } else if at == 0 && only_total {
            (top.get(1..).unwrap_or_default(), &[])
        } else if only_total {
            (
                top.get(..at).unwrap_or_default(),
                top.get(at + 1..).unwrap_or_default(),
            )
        } else {
            return false;
        };
        let of = |kind: RowKind| -> Vec<&Row> {
            others
                .iter()
                .filter(|(_, k)| *k == kind)
                .map(|(r, _)| *r)
                .collect()
        };
        let parts = of(RowKind::Part);
        let subtotals = of(RowKind::Subtotal);
        if parts.len() < 2 {
            return false;
        }
        let Some((total_row, _)) = top.get(at) else {
            return false;
        };
        if after.is_empty() {
            self.compare(total_row, &parts, &subtotals, out);
            return true;
        }
        let mut found = Vec::new();
        self.compare(total_row, &parts, &subtotals, &mut found);
        if found.is_empty() {
            return true;
        }
        // A row of percentages (`覆盖程度 | 110% | 104%`) is no part of an amount.
        let amounts = |r: &Row| {
            !r.cells
                .iter()
                .skip(1)
                .any(|c| c.text().contains(['%', '％']))
        };
        let after: Vec<(&Row, RowKind)> =
            after.iter().filter(|(r, _)| amounts(r)).copied().collect();
        if after.is_empty() {
            out.extend(found);
            return true;
        }
        let with_after = |kind: RowKind| -> Vec<&Row> {
            others
                .iter()
                .chain(&after)
                .filter(|(_, k)| *k == kind)
                .map(|(r, _)| *r)
                .collect()
        };
        let mut longer = Vec::new();
        self.compare(
            total_row,
            &with_after(RowKind::Part),
            &with_after(RowKind::Subtotal),
            &mut longer,
        );
        let column = |d: &Diagnostic| match &d.data {
            Some(Finding::TableSum(f)) => Some(f.column.clone()),
            _ => None,
        };
        let off_both: Vec<Option<String>> = longer.iter().map(column).collect();
        out.extend(found.into_iter().filter(|d| off_both.contains(&column(d))));
        true
    }

    /// Each subtotal below its parts (`天然气`, `汽油`, `柴油`, then `小计`) against them: in a
    /// table grouped by its first column, the rows of the subtotal's group; otherwise the
    /// ordinary rows right above it, reported only when no run of them ending at the
    /// subtotal (two rows at least) adds up — where the group starts is not written.
    fn closing_subtotals(&self, top: &[Ranked], out: &mut Vec<Diagnostic>) {
        for (p, (row, kind)) in top.iter().enumerate() {
            if *kind != RowKind::Subtotal {
                continue;
            }
            // The ordinary rows right above it.
            let before = top.get(..p).unwrap_or_default();
            let from = before
                .iter()
                .rposition(|(_, k)| *k != RowKind::Part)
                .map_or(0, |i| i + 1);
            let above: Vec<&Row> = before
                .get(from..)
                .unwrap_or_default()
                .iter()
                .map(|(r, _)| *r)
                .collect();
            if self.grouped {
                // The group: from the last row above naming one (its first cell written).
                let opens = |r: &Row| {
                    r.cells
                        .first()
                        .is_some_and(|c| !c.merged_above && !c.text().trim().is_empty())
                };
                let merged = |r: &Row| r.cells.first().is_some_and(|c| c.merged_above);
                let Some(start) = above.iter().rposition(|r| opens(r)) else {
                    continue;
                };
                if !merged(row) || !above.iter().skip(start + 1).all(|r| merged(r)) {
                    continue;
                }
                let parts = above.get(start..).unwrap_or_default();
                if parts.len() >= 2 {
                    self.compare(row, parts, &[], out);
                }
                continue;
            }
            let mut longest = Vec::new();
            let agrees = (0..above.len().saturating_sub(1)).any(|from| {
                let mut found = Vec::new();
                self.compare(row, above.get(from..).unwrap_or_default(), &[], &mut found);
                let adds_up = found.is_empty();
                if from == 0 {
                    longest = found;
                }
                adds_up
            });
            if !agrees {
                out.extend(longest);
            }
        }
    }

    /// `total_row`'s figures against the sum of `parts` column by column; `subtotals`:
    /// rows summing some of the parts (the total may be theirs).
    fn compare(
        &self,
        total_row: &Row,
        parts: &[&Row],
        subtotals: &[&Row],
        out: &mut Vec<Diagnostic>,
    ) {
        let cx = self.cx;
        let x = cx.quantity_extractor();
        let relative = cx.rules.thresholds.table_sum_tolerance;
        let total_cells = columns(total_row);
        let total_label = total_row
            .cells
            .iter()
            .take(2)
            .filter_map(|c| c.paragraphs.first())
            .map(|p| p.text.as_str())
            .find(|t| !t.trim().is_empty())
            .unwrap_or("");
        for (col, hcell) in self.head.iter().skip(1) {
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
            let Ok(Some(total)) = cell_value(x, &tp.text, total_label, h) else {
                continue;
            };
            // A unit written only in the total row's label (`合计（万吨）`) is the column's:
            // the parts, read without it, are compared with the total read without it too.
            let part_unit = parts.first().and_then(|r| {
                let label = r.cells.first().map(|c| c.text()).unwrap_or_default();
                let text = columns(r)
                    .into_iter()
                    .find(|(c, _)| c == col)
                    .map(|(_, c)| c.text())
                    .unwrap_or_default();
                cell_value(x, &text, &label, h).ok().flatten()
            });
            let total = match (&total.unit, part_unit) {
                (Some(_), Some(p)) if p.unit.is_none() => match cell_value(x, &tp.text, "", h) {
                    Ok(Some(bare)) if bare.unit.is_none() => bare,
                    _ => total,
                },
                _ => total,
            };
            let Some(Sum {
                sum,
                slack,
                counted,
            }) = column_sum(x, parts, col, h, &total)
            else {
                continue;
            };
            if counted < 2 {
                continue;
            }
            let found = total.magnitude();
            let allowed = |slack: f64| {
                (slack + total.canonical_step() / 2.0) * self.rounding
                    + relative * found.abs()
                    + 1e-9 * found.abs().max(1.0)
            };
            let diff = (sum - found).abs();
            if diff <= allowed(slack) {
                continue;
            }
            // Rows whose own totals are off (reported already) may explain the column: it
            // adds up once they are corrected to their parts.
            let corrected: f64 = self
                .off
                .iter()
                .filter(|o| o.column == *col)
                .filter(|o| {
                    self.rows
                        .get(o.row)
                        .is_some_and(|r| parts.iter().any(|p| std::ptr::eq(*p, r)))
                })
                .map(|o| o.correction)
                .sum();
            if corrected != 0.0 && (sum + corrected - found).abs() <= allowed(slack) {
                continue;
            }
            // With subtotals, the total may be theirs (their parts not all listed), or theirs
            // and the parts' outside them: either agreeing, the table is not contradicted.
            if !subtotals.is_empty() {
                let Some(sub) = column_sum(x, subtotals, col, h, &total) else {
                    continue;
                };
                if (sub.sum - found).abs() <= allowed(sub.slack)
                    || (sub.sum + sum - found).abs() <= allowed(sub.slack + slack)
                {
                    continue;
                }
            }
            let allowed = allowed(slack);
            let scale = crate::checks::consistency::printed_scale(&total);
            let finding = Finding::TableSum(TableSum {
                column: h.to_string(),
                row: None,
                total: found / scale,
                sum: sum / scale,
                difference: diff / scale,
                allowed: allowed / scale,
                parts: counted,
                decimals: total.decimals,
            });
            // A column of percentages whose total is 100 is a composition: its parts not
            // adding up to 100 is share-sum's finding (as reviewers name it), in the table's
            // words.
            let composition =
                total.percent == Some(PercentKind::Percent) && (found - 100.0).abs() <= 0.5;
            if self.only_compositions && !composition {
                continue;
            }
            let rule = if composition {
                &super::share_sum::DOC
            } else {
                &DOC
            };
            let Some(d) = cx.diagnostic(rule, finding) else {
                continue;
            };
            let s = cell_sentence(self.block, tp, total_label, h);
            let (loc, span) = s.place(cx.doc, total.span.clone());
            out.push(d.at(loc, span));
        }
    }
}
