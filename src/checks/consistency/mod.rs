//! Numeric consistency rules (准确性: 数据前后一致、可核对): totals that equal the sum of
//! their parts, shares of one whole that add up to 100%.

pub mod share_sum;
pub mod table_sum;

use std::sync::LazyLock;

use regex::Regex;

use crate::checks::Context;
use crate::document::BlockKind;

static ROUNDING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"四舍五入|数据修约|修约|尾数|舍入|合计数?与分项|分项(?:数)?之和|可能存在(?:微小)?差异|不等于合计|不完全相等")
        .ok()
});

/// Whether `text` declares that figures were rounded.
pub fn declares_rounding(text: &str) -> bool {
    ROUNDING.as_ref().is_some_and(|r| r.is_match(text))
}

/// Whether the caption before table block `i`, the table itself or the two paragraphs
/// after it declare rounding (`注：因四舍五入，合计数与分项之和可能存在差异`).
pub fn table_declares_rounding(cx: &Context, i: usize) -> bool {
    let blocks = &cx.doc.blocks;
    let near = i.saturating_sub(1)..(i + 3).min(blocks.len());
    blocks
        .get(near)
        .unwrap_or(&[])
        .iter()
        .any(|b| match &b.kind {
            BlockKind::Table(_) => declares_rounding(&b.all_text()),
            BlockKind::Heading(_) => false,
            _ => declares_rounding(&b.text),
        })
}
