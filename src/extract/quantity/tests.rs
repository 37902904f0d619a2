//! Unit tests of the scanner pieces; the real-style sentences are in `tests/it/quantities.rs`.

use super::text::{clause_end, clause_start, title_ranges, Source};
use super::*;
use crate::pack::default_pack;

fn all(text: &str) -> Vec<Quantity> {
    quantities(text, default_pack())
}

fn one(text: &str) -> Quantity {
    let found = all(text);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn source_rejects_digits_that_were_not_written_as_digits() {
    let src = Source::new("①2²３");
    // NFKC: "1" "2" "2" "3"
    assert_eq!(src.text(), "1223");
    assert!(!src.is_digit_at(0));
    assert!(src.is_digit_at(1));
    assert!(!src.is_digit_at(2));
    assert!(src.is_superscript_at(2));
    assert!(src.is_digit_at(3));
    assert!(!src.is_digit_at(99));
}

#[test]
fn clauses_and_titles() {
    let s = "前文。到2025年,排放1,284,000吨;其后";
    let at = s.find("1,284").unwrap_or(0);
    assert_eq!(&s[clause_start(s, at, 80)..at], "排放");
    assert_eq!(&s[at..clause_end(s, at, 40)], "1,284,000吨");
    let t = "见《2030年前碳达峰行动方案》和《未闭合";
    let titles = title_ranges(t);
    assert_eq!(titles.len(), 1);
    assert_eq!(&t[titles[0].clone()], "《2030年前碳达峰行动方案》");
}

#[test]
fn value_decimals_and_span() {
    let text = "排放总量为128.4万吨。";
    let q = one(text);
    assert_eq!((q.value, q.decimals, q.multiplier), (128.4, 1, 1.0));
    assert_eq!(&text[q.span.clone()], "128.4万吨");
    assert_eq!(q.canonical(), Some(1_284_000.0));
    assert!((q.canonical_step() - 1000.0).abs() < 1e-9);
}

#[test]
fn thousands_separators_need_groups_of_three() {
    assert_eq!(one("排放1,248,000吨").value, 1_248_000.0);
    assert_eq!(one("排放1，248，000吨").value, 1_248_000.0);
    // 12,34 is not a thousands separator: two numbers.
    assert_eq!(all("分别为12,34").len(), 2);
}

#[test]
fn chinese_numerals_need_a_measure() {
    assert_eq!(one("装机十二万千瓦").canonical(), Some(120_000.0));
    assert_eq!(one("光伏五千瓦").canonical(), Some(5.0));
    assert_eq!(one("提高百分之二十").value, 20.0);
    assert_eq!(one("覆盖率达到百分之百").value, 100.0);
    assert!(all("一是统一思想，一区多园，两高项目，第一章，一度成为").is_empty());
}

#[test]
fn tenths() {
    let q = one("约三成企业");
    assert_eq!(
        (q.value, q.multiplier, q.canonical()),
        (3.0, 10.0, Some(30.0))
    );
    assert_eq!(q.percent, Some(PercentKind::Percent));
    assert!(all("建成园区，形成合力，九成为").is_empty());
    assert!(all("已完成任务").is_empty());
}

#[test]
fn exponent() {
    let q = one("年排放1.2×10⁴吨二氧化碳");
    assert_eq!(
        (q.value, q.multiplier, q.canonical()),
        (1.2, 1e4, Some(12_000.0))
    );
    assert_eq!(one("1.2×10^4吨二氧化碳").canonical(), Some(12_000.0));
}

#[test]
fn unit_after_slash_must_be_known() {
    // 元/吨 is not in the pack: the number stays, without a unit.
    let q = one("碳价60元/吨");
    assert!(q.unit.is_none());
    // /年 is a rate of the same quantity.
    let q = one("二氧化碳捕集能力10万吨/年");
    assert_eq!(q.canonical(), Some(100_000.0));
}

#[test]
fn hedge_is_bounded_by_the_previous_quantity() {
    let qs = all("确保下降18%、力争20%");
    assert_eq!(
        qs[0].hedge.as_ref().map(|h| h.kind),
        Some(HedgeKind::Ensure)
    );
    assert_eq!(
        qs[1].hedge.as_ref().map(|h| h.kind),
        Some(HedgeKind::Strive)
    );
    let qs = all("下降18%以上，力争下降20%");
    assert_eq!(qs[0].hedge, None);
}

#[test]
fn agreement_within_printed_precision() {
    let a = one("排放128.4万吨二氧化碳");
    let b = one("排放1,284,000吨二氧化碳");
    let c = one("排放1,248,000吨二氧化碳");
    assert_eq!(a.agrees_with(&b, 0.0), Some(true));
    assert_eq!(a.agrees_with(&c, 0.0), Some(false));
    // 128万吨 printed without decimals covers 127.5–128.5万吨.
    let d = one("排放128万吨二氧化碳");
    assert_eq!(a.agrees_with(&d, 0.0), Some(true));
    let e = one("能耗128.4万吨标准煤");
    assert_eq!(a.agrees_with(&e, 0.0), None);
}

#[test]
fn extractor_is_reusable() {
    let x = QuantityExtractor::new(default_pack());
    assert_eq!(x.quantities("提高3个百分点").len(), 1);
    assert_eq!(x.quantities("下降18%").len(), 1);
    assert_eq!(
        x.cell_quantities("486.0", "二氧化碳排放总量", "基准值（万吨）")
            .len(),
        1
    );
}

/// Headers read once and remembered give what a fresh reading gives, cell after cell.
#[test]
fn remembered_headers_read_as_fresh_ones() {
    let pack = crate::pack::default_pack();
    let x = QuantityExtractor::new(pack);
    let cells = [
        ("486.0", "二氧化碳排放总量", "基准值（万吨）"),
        ("12.5", "单位工业增加值能耗", "2025年（吨标准煤/万元）"),
        ("18%", "二氧化碳排放总量", "2030年"),
        ("3", "序号", "基准值（万吨）"),
        ("486.0", "二氧化碳排放总量", "基准值（万吨）"),
    ];
    for _ in 0..2 {
        for (cell, row, column) in cells {
            assert_eq!(
                x.cell_quantities(cell, row, column),
                QuantityExtractor::new(pack).cell_quantities(cell, row, column),
                "{cell} {row} {column}"
            );
        }
    }
}
