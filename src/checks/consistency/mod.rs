//! Numeric consistency rules (准确性: 数据前后一致、可核对): totals that equal the sum of
//! their parts, shares of one whole that add up to 100%.

pub mod area_parts;
pub mod parts_sum;
pub mod share_amounts;
pub mod share_sum;
pub mod table_rows;
pub mod table_sum;

use crate::checks::Context;
use crate::document::BlockKind;
use crate::pack::Lexicon;

/// The factor from a quantity as printed to its canonical magnitude (万吨 → 10⁴), 1 when
/// it cannot be told: findings report values in the unit the total is written in.
pub fn printed_scale(q: &crate::extract::quantity::Quantity) -> f64 {
    let scale = q.magnitude() / q.value;
    if scale.is_finite() && scale != 0.0 {
        scale
    } else {
        1.0
    }
}

/// Whether `text` declares that figures were rounded (the pack's `rounding_note`).
pub fn declares_rounding(lex: &Lexicon, text: &str) -> bool {
    lex.rounding_note.is_match(text)
}

/// Whether the caption before table block `i`, the table itself or the two paragraphs
/// after it declare rounding (`注：因四舍五入，合计数与分项之和可能存在差异`).
pub fn table_declares_rounding(cx: &Context, i: usize) -> bool {
    let blocks = &cx.doc.blocks;
    let lex = &cx.rules.lexicon;
    let near = i.saturating_sub(1)..(i + 3).min(blocks.len());
    blocks
        .get(near)
        .unwrap_or(&[])
        .iter()
        .any(|b| match &b.kind {
            BlockKind::Table(_) => declares_rounding(lex, &b.all_text()),
            BlockKind::Heading(_) => false,
            _ => declares_rounding(lex, &b.text),
        })
}
