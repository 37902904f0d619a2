//! A figure restated right after itself in another unit: `150万吨（1.50 Mt）`,
//! `326300吨，即32.63万吨`, `22.3亿千瓦时（即223000万千瓦时）`. The restatement is the same
//! amount, not another figure: sums and lists read the first only, and `boundary/unit`
//! checks that the two agree.

use super::quantity::Quantity;

/// What may stand between a figure and its restatement.
const JOINS: [&str; 9] = [
    "（",
    "(",
    "（即",
    "(即",
    "即",
    "，即",
    "，合",
    "折合",
    "，折合",
];

/// Whether quantity `k` of `qs` (the quantities of `text`, in order) restates quantity
/// `k − 1`: the same unit family, another unit, nothing but a bracket or 即/合/折合 between
/// them, and a bracket closed right after it.
pub fn restates(text: &str, qs: &[Quantity], k: usize) -> bool {
    let (Some(a), Some(b)) = (k.checked_sub(1).and_then(|p| qs.get(p)), qs.get(k)) else {
        return false;
    };
    let (Some(ua), Some(ub)) = (a.unit.as_ref(), b.unit.as_ref()) else {
        return false;
    };
    if ua.family.is_none()
        || ua.family != ub.family
        || ua.symbol == ub.symbol
        || a.percent.is_some()
        || b.percent.is_some()
        || a.upper.is_some()
        || b.upper.is_some()
    {
        return false;
    }
    let Some(gap) = text.get(a.span.end..b.span.start).map(str::trim) else {
        return false;
    };
    if !JOINS.contains(&gap) {
        return false;
    }
    let bracketed = gap.starts_with(['（', '(']);
    let closed = text
        .get(b.span.end..)
        .map(str::trim_start)
        .is_some_and(|r| r.starts_with(['）', ')']));
    !bracketed || closed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::QuantityExtractor;
    use crate::pack::default_pack;

    fn restated(text: &str) -> Vec<bool> {
        let x = QuantityExtractor::new(default_pack());
        let qs = x.quantities(text);
        (0..qs.len()).map(|k| restates(text, &qs, k)).collect()
    }

    #[test]
    fn a_bracket_or_ji_after_a_figure_restates_it() {
        assert_eq!(
            restated("2030年捕集二氧化碳150万吨（1.50 Mt）"),
            [false, true]
        );
        assert_eq!(restated("排放326300吨，即32.63万吨"), [false, true]);
        assert_eq!(
            restated("用电22.3亿千瓦时（即223000万千瓦时）"),
            [false, true]
        );
        // Two figures of another kind, or a list, restate nothing.
        assert_eq!(restated("排放150万吨（2030年）"), [false]);
        assert_eq!(restated("利用70万吨、封存80万吨"), [false, false]);
        assert_eq!(restated("排放150万吨（占全省0.5%）"), [false, false]);
    }
}
