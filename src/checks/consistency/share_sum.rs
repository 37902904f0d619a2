//! `consistency/share-sum`: the shares of a breakdown the plan declares complete (能源消费
//! 结构为…, 三次产业结构, a list ending with 其他) do not add up to 100%.
//!
//! Conservative by design: a list of shares is checked only when the text says it is the
//! whole — the pack's `lexicon.share_whole` (`结构为`/`构成为`, the three industries) or an
//! item of `lexicon.share_rest` (`其他`/`其余`) — or when a table whose caption or header
//! says 结构/构成 has a share column and no total row (a total row is
//! `consistency/table-sum`'s). Partial listings (`lexicon.share_partial`: `其中`, `主要`,
//! `前10家`, `…等行业`) are never summed unless the rest closes them; nor are shares with
//! 约/左右/以上, changes (下降18%) and percentage points.

use std::sync::LazyLock;

use regex::Regex;

use crate::checks::boundary::quote;
use crate::checks::consistency::{declares_rounding, table_declares_rounding};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::BlockKind;
use crate::extract::pathway::cell_sentence;
use crate::extract::quantity::{PercentKind, Quantity, QuantityExtractor};
use crate::extract::sentences::Sentence;
use crate::extract::targets::columns;
use crate::finding::{Finding, ShareSum};
use crate::pack::Vocabulary;

pub const DOC: RuleDoc = RuleDoc {
    id: "consistency/share-sum",
    category: Category::Consistency,
    severity: Severity::Warning,
    summary: Text {
        zh: "声明为完整构成的各项占比之和不等于100%",
        en: "shares declared to make up a whole do not add up to 100%",
    },
    why: Text {
        zh: "准确性原则要求数据准确、前后一致（《编制指南》第4章“准确性”，第6章“能源消费结构”）：能源消费结构“煤炭62%、天然气25%、电力20%”合计107%，必有一项写错，情景预测也就失去依据。只检查文中声明为完整构成的列表（“结构为”“构成为”、第一、二、三产业、含“其他”一项）和标题为“结构/构成”且无合计行的占比表；表格中合计为100%的占比列，其分项之和不等于100%也由本规则报告（按 consistency/table-sum 的方法逐行相加，容差按印刷精度）；部分列举——“其中”“主要”“前10家”“……等行业”之后的列表——不相加，除非以“其他/其余”一项收尾（三项以上的列举以“……等占X%”收尾时，该项也是其余部分：lexicon.share_rest_last）；带“约”“左右”“以上”的占比、变化率和百分点也不相加；但互不重叠的能源品种或排放源类别（lexicon 的 share_part：“其中电力35.9%、天然气49.1%、外购蒸汽19.0%”）的占比之和超过100%时，即使只是部分列举也报告（列举中夹有其他项——如“固碳产品扣减占0.7%”——时不判断）；以所列项数开头的占比（lexicon 的 share_count_list：“三者分别占32.1%、12.2%和65.7%”）也是各不重叠的各项，超过100%时报告；列表自带的合计（“……，合计100%”）结束列表，不作为一项相加。判断完整与部分的词在规则文件 lexicon 的 share_whole、share_rest、share_partial 中。占比与其数量并列时（“外购电力109.4万吨、占29.5%”，或数量列举后“占比分别为……”：“其中煤炭6143吨标准煤、天然气7529吨标准煤、电力28882吨标准煤，占比分别为14.4%、17.7%和67.9%”，或表格中合计为100%的占比列与其左侧的数量列），每项的数量除以占比即为总量：同一列举中三项以上、其余各项推算的总量一致而唯独一项不符时，报告该项（不论列举是否完整，也不必相加）；数量与占比之间的连接词在 lexicon 的 share_link 中，列举中出现年份、单位不同或连接词不同（“占全市的”）的不相比较。容差为规则文件 thresholds.share_sum_tolerance（默认0.5个百分点）与各项舍入误差之和中的较大者；声明四舍五入时加倍。",
        en: "Accuracy requires figures that agree (clauses 4, 6): an energy mix of 煤炭62%、天然气25%、电力20% adds up to 107%, so one share is wrong and the scenarios built on it are too. Only lists the text declares complete are checked (结构为, 构成为, the three industries, an item 其他) and share tables titled 结构/构成 without a total row; a table's percentage column whose total row reads 100 is also this rule's when its rows do not add up to it (summed as consistency/table-sum sums, with the tolerance of the printed precision); partial listings — after 其中, 主要, 前10家, …等行业 — are not summed unless an item 其他/其余 closes them (or, closing three shares or more, an item named with 等: 油品等占2.9%, lexicon.share_rest_last), nor are shares with 约/左右/以上, changes and percentage points; but shares of distinct energy carriers or emission source categories (lexicon share_part: 其中电力35.9%、天然气49.1%、外购蒸汽19.0%) adding up to more than 100% are reported even in a partial list (not when another item, such as 固碳产品扣减占0.7%, stands in it); so are shares opened by a count of the parts just listed (lexicon share_count_list: 三者分别占32.1%、12.2%和65.7%); the list's own total (…，合计100%) closes it and is not added as a part. The words deciding complete and partial are the rules file's lexicon entries share_whole, share_rest and share_partial. Where each share stands beside its amount (外购电力109.4万吨、占29.5%, or after a list of named amounts: 其中煤炭6143吨标准煤、天然气7529吨标准煤、电力28882吨标准煤，占比分别为14.4%、17.7%和67.9%, or a table's 100% share column and the amount column left of it), each amount over its share gives the total: when, of three pairs or more in one list, all but one imply the same total, that one is reported — complete list or not, with nothing added up; the words linking amount and share are the lexicon entry share_link, and pairs in a list naming a year, of other units or linked otherwise (占全市的) are not compared. The tolerance is the larger of thresholds.share_sum_tolerance (0.5 points by default) and the items' rounding, doubled when rounding is declared.",
    },
    fails: "## 一、能源消费现状\n\n2020年，园区能源消费结构为：煤炭占62%、天然气占25%、净调入电力占20%、其他能源占5%。\n",
    passes: "## 一、能源消费现状\n\n2020年，园区能源消费结构为：煤炭占62%、天然气占18%、净调入电力占15%、其他能源占5%。\n",
};

static RATIO: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"结构(?:比例|比)?(?:调整)?(?:为|是|：|:)\s*(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)").ok()
});

/// Where the clause holding `at` starts (after `，`, `；`, `：` or `。`).
fn clause_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|h| {
            h.char_indices()
                .rev()
                .find(|(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
                .map(|(i, c)| i + c.len_utf8())
        })
        .unwrap_or(0)
}

fn clause_before(text: &str, at: usize) -> &str {
    let head = text.get(..at).unwrap_or("");
    // No clause a plan writes runs a kilobyte without a mark; looking further back for every
    // share of a sentence that does (thousands of values, no comma) was quadratic.
    let mut from = at.saturating_sub(MAX_CLAUSE);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let tail = head.get(from..).unwrap_or("");
    let start = tail
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '、'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    tail.get(start..).unwrap_or("")
}

/// How far back (bytes) a share looks for the start of its clause.
const MAX_CLAUSE: usize = 1024;

/// Segments of a paragraph split at 。！？, and at a `；` opening a new breakdown (the pack's
/// `lexicon.breakdown_opening`: `…间接排放占38%；分行业看，化工占55%…`); a list split by
/// other `；`s stays whole.
pub(super) fn segments(text: &str, opening: &Vocabulary) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let splits = match c {
            '。' | '！' | '？' | '\n' => true,
            '；' | ';' => text.get(end..).is_some_and(|rest| opening.opens(rest)),
            _ => false,
        };
        if splits {
            out.push(start..end);
            start = end;
        }
    }
    out.push(start..text.len());
    out
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.severity(&DOC).is_none() {
        return;
    }
    // A table's percentage column with a 100 total: read with the table sums.
    super::table_sum::compositions(cx, out);
    // Each share against its own amount (`109.4万吨、占29.5%` beside others implying 412.6万吨).
    super::share_amounts::check(cx, &DOC, out);
    let x = cx.quantity_extractor();
    let floor = cx.rules.thresholds.share_sum_tolerance;
    for (i, b) in cx.doc.blocks.iter().enumerate() {
        match &b.kind {
            BlockKind::Paragraph | BlockKind::ListItem { .. } => {
                for r in segments(&b.text, &cx.rules.lexicon.breakdown_opening) {
                    let Some(text) = b.text.get(r.clone()) else {
                        continue;
                    };
                    if !(text.contains('%')
                        || text.contains('％')
                        || text.contains('：')
                        || text.contains(':'))
                    {
                        continue;
                    }
                    let s = Sentence::new(i, &b.text, r.clone(), &b.origin, None, false);
                    sentence(cx, x, &s, text, floor, out);
                }
            }
            BlockKind::Table(_) => table(cx, x, i, floor, out),
            _ => {}
        }
    }
}

fn sentence(
    cx: &Context,
    x: &QuantityExtractor,
    s: &Sentence,
    text: &str,
    floor: f64,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(c) = RATIO.as_ref().and_then(|r| r.captures(text)) {
        let parts: Vec<&str> = (1..=3)
            .filter_map(|k| c.get(k).map(|m| m.as_str()))
            .collect();
        let values: Vec<f64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        let sum: f64 = values.iter().sum();
        let decimals = parts
            .iter()
            .map(|p| p.split('.').nth(1).map_or(0, str::len))
            .max()
            .unwrap_or(0);
        let slack = (0.5 * 10f64.powi(-(decimals as i32)) * values.len() as f64).max(floor);
        // A ratio of percentages (2.1:45.3:52.6), not of small integers (1:2:3).
        if (80.0..=120.0).contains(&sum) && (sum - 100.0).abs() > slack + 1e-9 {
            let span = c
                .get(1)
                .map_or(0..0, |m| m.start()..c.get(0).map_or(m.end(), |a| a.end()));
            report(
                cx,
                s,
                span,
                values.len(),
                sum,
                slack,
                u8::try_from(decimals).unwrap_or(1),
                out,
            );
        }
        return;
    }
    // A list needs at least two percentages: most paragraphs stop here, unscanned.
    if text.matches(['%', '％']).count() < 2 {
        return;
    }
    let lex = &cx.rules.lexicon;
    let all = x.quantities(text);
    let declared_at = lex.share_whole.find_all(text).into_iter().next();
    let Some(whole) = declared_at
        .as_ref()
        .map(|r| r.start)
        .or_else(|| lex.share_rest.is_match(text).then_some(0))
        // A last item named with 等 may close the list (read below, `share_rest_last`).
        .or_else(|| text.contains('等').then_some(0))
    else {
        disjoint_over(cx, s, text, &all, floor, out);
        return;
    };
    let mut items: Vec<Quantity> = all
        .iter()
        .filter(|q| q.percent.is_some() && q.span.start > whole)
        .cloned()
        .collect();
    // `其中煤炭占89.4%，天然气占2.1%，…，其他能源占5.4%`: a list after 其中 (主要, 前10家,
    // …等行业: the pack's `share_partial`) is partial unless it closes with the rest
    // (其他/其余), which makes it the whole breakdown. The rest ends the list: shares
    // after it are another statistic (`…，其他占10%；前20家企业合计占61%`).
    let closes_with_rest = items.iter().any(|q| {
        lex.share_rest
            .is_match(&clause_before(text, q.span.start).replace("增加值", ""))
    });
    // The last of three or more items named with 等 (`…，天然气占10.9%，油品等占2.9%`) is the
    // rest (the pack's `share_rest_last`); as the first or one of two it may be only some.
    let rest_last = items.len() >= 3
        && items.last().is_some_and(|q| {
            lex.share_rest_last
                .is_match(&clause_before(text, q.span.start).replace("增加值", ""))
        });
    let closes_with_rest = closes_with_rest || rest_last;
    // The rest named right before its own value, after another item (not the names of a
    // `分别` list, which all stand before the first value).
    // The first pair of neighbouring shares whose text between satisfies `between`.
    let gap_where = |items: &[Quantity], between: &dyn Fn(&str) -> bool| {
        items.windows(2).position(|w| {
            w.first()
                .zip(w.get(1))
                .is_some_and(|(a, b)| text.get(a.span.end..b.span.start).is_some_and(between))
        })
    };
    let rest_at = gap_where(&items, &|g| lex.share_rest.is_match(g));
    if let Some(k) = rest_at {
        items.truncate(k + 2);
    }
    // The list's own total (`…，天然气占4.3%，合计100%`, `（合计100.0%）`) closes it: it is
    // not one more part (the rest summed up, `其余企业合计占14%`, is).
    let total_at = gap_where(&items, &|g| {
        lex.sum_word.is_match(g) && !lex.share_rest.is_match(g)
    });
    if let Some(k) = total_at {
        items.truncate(k + 1);
    }
    if items.len() < 2 {
        return;
    }
    let list_start = clause_start(
        text,
        whole.min(items.first().map_or(whole, |q| q.span.start)),
    );
    let list_end = items.last().map_or(text.len(), |q| q.span.start);
    let partial = text
        .get(list_start..list_end)
        .is_some_and(|t| lex.share_partial.is_match(t));
    if partial && !closes_with_rest {
        disjoint_over(cx, s, text, &all, floor, out);
        return;
    }
    let mut other = false;
    for q in &items {
        let clause = clause_before(text, q.span.start).replace("增加值", "");
        let clause = clause.as_str();
        if q.percent != Some(PercentKind::Percent)
            || q.upper.is_some()
            || q.qualifier.is_some()
            || lex.not_share.is_match(clause)
        {
            return;
        }
        other |= lex.share_rest.is_match(clause);
    }
    // The list must follow the declaration (结构为煤炭主导，煤炭占56% is not a list).
    let declared = declared_at.is_some_and(|r| {
        items.first().is_some_and(|q| {
            text.get(r.end..q.span.start)
                .is_some_and(|g| !g.contains(['，', ',', '。', '；']) && g.chars().count() <= 30)
        })
    });
    if !(declared || other || rest_last) {
        disjoint_over(cx, s, text, &all, floor, out);
        return;
    }
    let decimals = items.iter().map(|q| q.decimals).max().unwrap_or(0);
    let rounding = items.iter().map(|q| q.canonical_step() / 2.0).sum::<f64>();
    let mut slack = rounding.max(floor);
    if declares_rounding(lex, text) {
        slack *= 2.0;
    }
    let sum: f64 = items
        .iter()
        .map(|q| q.canonical().unwrap_or(q.value * q.multiplier))
        .sum();
    if (sum - 100.0).abs() <= slack + 1e-9 {
        return;
    }
    let span = items.first().map_or(0, |q| q.span.start)..items.last().map_or(0, |q| q.span.end);
    report(cx, s, span, items.len(), sum, slack, decimals, out);
}

/// Shares of distinct parts that never overlap — energy carriers, emission source
/// categories (the pack's `lexicon.share_part`: `其中电力35.9%、天然气49.1%、外购蒸汽19.0%`)
/// — cannot add up to more than the whole, whether or not the list names every part: two
/// or more shares in one `；` part, each of a part, summing above 100% are reported. Below
/// 100% a list not declared whole may leave parts out, and is not judged; a list with a
/// share of anything else (a deduction, a ratio) is not judged either. Another figure or a
/// `；` ends the list.
fn disjoint_over(
    cx: &Context,
    s: &Sentence,
    text: &str,
    quantities: &[Quantity],
    floor: f64,
    out: &mut Vec<Diagnostic>,
) {
    let lex = &cx.rules.lexicon;
    if lex.share_part.is_empty() {
        return;
    }
    // The shares of one `；` part, and whether each names a part.
    let mut run: Vec<(&Quantity, Option<String>)> = Vec::new();
    let mut judge = |run: &mut Vec<(&Quantity, Option<String>)>| {
        let taken = std::mem::take(run);
        // A share of anything else in the list (`…，固碳产品扣减占0.7%`) leaves it unread.
        // (A run ends at its last share: the next share, unless another figure stands
        // between, is one more item of the list.)
        let Some(parts) = taken
            .into_iter()
            .map(|(q, p)| p.map(|p| (q, p)))
            .collect::<Option<Vec<_>>>()
        else {
            return;
        };
        if parts.len() < 2 {
            return;
        }
        // Distinct parts: none named inside another (`电力` and `可再生能源电力` may overlap).
        let distinct = parts.iter().enumerate().all(|(i, (_, a))| {
            parts
                .iter()
                .skip(i + 1)
                .all(|(_, b)| !a.contains(b.as_str()) && !b.contains(a.as_str()))
        });
        if !distinct {
            return;
        }
        let rounding = parts
            .iter()
            .map(|(q, _)| q.canonical_step() / 2.0)
            .sum::<f64>();
        let mut slack = rounding.max(floor);
        if declares_rounding(lex, text) {
            slack *= 2.0;
        }
        let sum: f64 = parts
            .iter()
            .map(|(q, _)| q.canonical().unwrap_or(q.value * q.multiplier))
            .sum();
        if sum <= 100.0 + slack + 1e-9 {
            return;
        }
        let decimals = parts.iter().map(|(q, _)| q.decimals).max().unwrap_or(0);
        let span = parts.first().map_or(0, |(q, _)| q.span.start)
            ..parts.last().map_or(0, |(q, _)| q.span.end);
        report(cx, s, span, parts.len(), sum, slack, decimals, out);
    };
    let mut last_end = 0usize;
    // Shares after a count of the parts (`三者分别占32.1%、12.2%和65.7%`): how many so far.
    let mut counted: Option<usize> = None;
    for q in quantities {
        // Another figure ends the list (`…外购蒸汽占13.1%，单位工业增加值能耗0.183吨标准煤/万元，
        // 非化石能源消费比重1.5%`), and so does a `；`.
        if q.percent.is_none()
            || text
                .get(last_end..q.span.start)
                .is_some_and(|g| g.contains(['；', ';']))
        {
            judge(&mut run);
            counted = None;
        }
        // What joins this share to the one before (`、`, `和`).
        let gap = text.get(last_end..q.span.start).unwrap_or("");
        last_end = q.span.end;
        if q.percent.is_none() {
            continue;
        }
        let clause = clause_before(text, q.span.start);
        // After a comma, a share of its own indicator (`…、外购蒸汽占3.6%，非化石能源消费比重
        // 12.5%`) is another statistic: the list ended before it.
        if gap.contains(['，', ',']) && names_own_share(clause) {
            judge(&mut run);
            counted = None;
        }
        let mut part = lex
            .share_part
            .captures(clause)
            .and_then(|c| c.name("part").map(|m| m.as_str().to_string()));
        // The first share after a count of the parts, and each share joined to it.
        let joined = ["、", "，", ",", "和", "及", "与", "以及"].contains(&gap.trim());
        counted = match counted {
            _ if part.is_none() && lex.share_count_list.is_match(clause) => Some(0),
            Some(k) if part.is_none() && joined => Some(k + 1),
            _ => None,
        };
        if let Some(k) = counted {
            part = Some(format!("#{k}"));
        }
        // `以上三项分别占`: 以上 refers back to the parts, it qualifies no value.
        let own = match counted {
            Some(0) => clause.strip_prefix("以上").unwrap_or(clause),
            _ => clause,
        };
        let share = q.percent == Some(PercentKind::Percent)
            && q.upper.is_none()
            && q.qualifier.is_none()
            && !lex.not_share.is_match(own);
        run.push((q, part.filter(|_| share)));
    }
    judge(&mut run);
}

/// Whether a clause ends in the name of a share indicator right before its value
/// (`非化石能源消费比重12.5%`, `清洁能源占比达到`).
fn names_own_share(clause: &str) -> bool {
    let c = clause.trim_end();
    let c = ["达到", "为", "达", "约", "是"]
        .iter()
        .find_map(|w| c.strip_suffix(w))
        .unwrap_or(c)
        .trim_end();
    ["比重", "占比", "比例"].iter().any(|w| c.ends_with(w))
}

#[allow(clippy::too_many_arguments)]
fn report(
    cx: &Context,
    s: &Sentence,
    span: std::ops::Range<usize>,
    n: usize,
    sum: f64,
    slack: f64,
    decimals: u8,
    out: &mut Vec<Diagnostic>,
) {
    let finding = Finding::ShareSum(ShareSum {
        items: n,
        sum,
        difference: sum - 100.0,
        allowed: slack,
        decimals,
        quote: quote(s.as_str()),
    });
    let Some(d) = cx.diagnostic(&DOC, finding) else {
        return;
    };
    let (loc, sp) = s.place(cx.doc, span);
    out.push(d.at(loc, sp));
}

fn table(cx: &Context, x: &QuantityExtractor, i: usize, floor: f64, out: &mut Vec<Diagnostic>) {
    let Some(BlockKind::Table(t)) = cx.doc.blocks.get(i).map(|b| &b.kind) else {
        return;
    };
    let Some(header) = t.rows.first() else { return };
    let caption = i
        .checked_sub(1)
        .and_then(|p| cx.doc.blocks.get(p))
        .map_or("", |p| p.text.as_str());
    let head = columns(header);
    let head_all: String = head.iter().map(|(_, c)| c.text()).collect();
    let lex = &cx.rules.lexicon;
    if !(caption.contains("结构") || caption.contains("构成") || head_all.contains("结构")) {
        return;
    }
    // 主要行业排放构成, 前十家企业排放结构: a part of the whole.
    let first_of_rows = |w: &crate::pack::Vocabulary| {
        t.rows
            .iter()
            .skip(1)
            .any(|r| r.cells.first().is_some_and(|c| w.is_match(&c.text())))
    };
    if (lex.share_partial.is_match(caption) || lex.share_partial.is_match(&head_all))
        && !first_of_rows(&lex.share_rest)
    {
        return;
    }
    let first_of = |r: &crate::document::Row| r.cells.first().map(|c| c.text()).unwrap_or_default();
    let rows: Vec<_> = t.rows.iter().skip(1).collect();
    if rows
        .iter()
        .any(|r| lex.row_role(&first_of(r)) != Some(false))
    {
        return;
    }
    let rounding_note = table_declares_rounding(cx, i);
    for (col, hcell) in head.iter().skip(1) {
        let h = hcell.paragraphs.first().map_or("", |p| p.text.as_str());
        if !(h.contains("占比") || h.contains("比重") || h.contains("比例")) {
            continue;
        }
        let mut sum = 0.0;
        let mut slack = 0.0;
        let mut n = 0;
        let mut decimals = 0;
        let mut last = None;
        for r in &rows {
            let label = first_of(r);
            let Some((_, cell)) = columns(r).into_iter().find(|(c, _)| c == col) else {
                return;
            };
            let Some(p) = cell.paragraphs.first() else {
                return;
            };
            let qs = x.cell_quantities(&p.text, &label, h);
            let [q] = qs.as_slice() else { return };
            if q.percent != Some(PercentKind::Percent) || q.qualifier.is_some() {
                return;
            }
            sum += q.value;
            slack += q.canonical_step() / 2.0;
            decimals = decimals.max(q.decimals);
            n += 1;
            last = Some((p, q.span.clone()));
        }
        let mut slack = f64::max(slack, floor);
        if rounding_note {
            slack *= 2.0;
        }
        if n < 2 || (sum - 100.0).abs() <= slack + 1e-9 {
            continue;
        }
        let Some((p, span)) = last else { continue };
        let s = cell_sentence(i, p, "", h);
        report(cx, &s, span, n, sum, slack, decimals, out);
    }
}
