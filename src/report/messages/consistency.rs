//! Messages of the numeric consistency rules.

use super::{fixed, pick, Rendered};
use crate::finding::{PartsSum, ShareOfAmount, ShareSum, TableSum};
use crate::lang::Lang;

/// A sum, its total and their difference at the parts' printed precision, and the
/// rounding allowed at one more decimal.
fn printed(sum: f64, total: f64, difference: f64, allowed: f64, decimals: u8) -> [String; 4] {
    [
        fixed(sum, decimals),
        fixed(total, decimals),
        fixed(difference, decimals),
        fixed(allowed, decimals + 1),
    ]
}

pub(super) fn table_sum(f: &TableSum, lang: Lang) -> Rendered {
    let (h, counted) = (&f.column, f.parts);
    let [sum_p, total_p, diff_p, allowed_p] =
        printed(f.sum, f.total, f.difference, f.allowed, f.decimals);
    Rendered::new(match &f.row {
        Some(row) => pick(
            lang,
            format!("表格合计与分项之和不符：“{row}”行的“{h}”为{total_p}，该行{counted}个分项之和为{sum_p}，相差{diff_p}（按印刷精度允许±{allowed_p}）"),
            format!("table total does not match its parts: row “{row}” gives {total_p} under “{h}”, its {counted} parts add up to {sum_p}, off by {diff_p} (rounding allows ±{allowed_p})"),
        ),
        None => pick(
            lang,
            format!("表格合计与分项之和不符：“{h}”列合计为{total_p}，{counted}个分项之和为{sum_p}，相差{diff_p}（按印刷精度允许±{allowed_p}）"),
            format!("table total does not match its parts: column “{h}” totals {total_p}, its {counted} parts add up to {sum_p}, off by {diff_p} (rounding allows ±{allowed_p})"),
        ),
    })
    .help(pick(
        lang,
        "核对分项与合计（漏项、重复或笔误）；数据经四舍五入时请在表注中说明",
        "check the parts and the total (a missing item, a double count or a typo); say so in a note when figures are rounded",
    ))
}

pub(super) fn parts_sum(f: &PartsSum, lang: Lang) -> Rendered {
    let (unit, counted) = (&f.unit, f.parts);
    let [sum_p, total_p, diff_p, allowed_p] =
        printed(f.sum, f.total, f.difference, f.allowed, f.decimals);
    Rendered::new(pick(
        lang,
        format!("总量与所列分项之和不符：总量为{total_p}{unit}，所列{counted}个分项之和为{sum_p}{unit}，相差{diff_p}{unit}（按印刷精度允许±{allowed_p}）"),
        format!("a total does not match the parts listed with it: the total is {total_p} {unit}, its {counted} parts add up to {sum_p} {unit}, off by {diff_p} (rounding allows ±{allowed_p})"),
    ))
    .help(pick(
        lang,
        "核对分项与总量（漏项、重复或笔误）；只列主要分项时请写明“主要”或列出“其他”",
        "check the parts and the total (a missing item, a double count or a typo); when only the main parts are listed, say so (主要…) or list the rest (其他)",
    ))
}

pub(super) fn share_sum(f: &ShareSum, lang: Lang) -> Rendered {
    let (n, decimals) = (f.items, f.decimals);
    let sum_p = fixed(f.sum, decimals);
    let diff_p = fixed(f.difference, decimals);
    let slack_p = fixed(f.allowed, decimals + 1);
    Rendered::new(pick(
        lang,
        format!("占比之和不等于100%：{n}项合计{sum_p}%（相差{diff_p}个百分点，允许±{slack_p}）：{}", f.quote),
        format!("shares do not add up to 100%: {n} items sum to {sum_p}% (off by {diff_p} points, ±{slack_p} allowed)"),
    ))
    .help(pick(
        lang,
        "核对各项占比；若只列举了部分构成，请写明“其中”或补全其他项",
        "check the shares; if the list is partial, say 其中 or add the remaining items",
    ))
}

pub(super) fn share_of_amount(f: &ShareOfAmount, lang: Lang) -> Rendered {
    let (unit, n) = (&f.unit, f.others);
    let amount = fixed(f.amount, f.amount_decimals);
    let share = fixed(f.share, f.decimals);
    let expected = fixed(f.expected, f.decimals);
    let total = fixed(f.total, f.amount_decimals);
    Rendered::new(pick(
        lang,
        format!("占比与其数量不符：{amount}{unit}占{share}%，而同列其他{n}项的数量与占比对应的总量为{total}{unit}，{amount}{unit}应占{expected}%：{}", f.quote),
        format!("a share does not match its amount: {amount} {unit} is given as {share}%, but the other {n} items' amounts and shares imply a total of {total} {unit}, of which {amount} {unit} is {expected}%"),
    ))
    .help(pick(
        lang,
        "核对该项的数量或占比（笔误或计算口径不同）",
        "check this item's amount or share (a typo, or a share computed on another total)",
    ))
}
