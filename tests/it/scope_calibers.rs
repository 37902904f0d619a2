//! `boundary/scope-mismatch` on the ways a draft names a direct-only caliber for its
//! targets, peak or scenarios (the pack's `lexicon.direct_only`), in several drafting
//! styles: the caliber named after 口径为 / 范围为 / a colon, counted `以…计` / `按…统计`,
//! scope 1 with the target year between it and 达峰, and purchased power left out of the
//! peak across a comma. Sentences that keep the whole boundary are not reported.

use crate::common::findings;

/// A plan whose boundary counts purchased power, with `targets` in its targets chapter.
fn plan(targets: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n\
         核算边界为园区规划范围，包括化石燃料燃烧、工业生产过程排放和外购电力、热力产生的间接排放，仅核算二氧化碳。\n\n\
         2022年园区二氧化碳排放70.7万吨。\n\n\
         ## 二、碳达峰目标\n\n{targets}\n\n## 三、重点任务\n\n新增光伏装机50兆瓦。\n\n\
         ## 四、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

#[test]
fn a_direct_only_caliber_of_the_targets_is_reported() {
    for (targets, quoted) in [
        // enterprise: scope 1 with the target year between
        ("园区范围一二氧化碳排放力争2026年达峰，峰值控制在88万吨以内。", "范围一"),
        // consultancy: the scenario's range named
        (
            "达峰情景测算范围为园区内企业化石燃料燃烧排放，园区二氧化碳排放力争2026年达峰。",
            "化石燃料燃烧排放",
        ),
        // bilingual: counted in Scope 1
        ("峰值目标以Scope 1排放计，园区二氧化碳排放力争2026年达峰。", "Scope 1"),
        // city: a bracketed basis after the cap
        (
            "园区二氧化碳排放力争2026年达峰，2030年控制在85万吨以内（按能源消费直接排放计）。",
            "按能源消费直接排放计",
        ),
        // province: purchased power left out of the peak across a comma
        (
            "园区二氧化碳排放力争2026年达峰，峰值控制在88万吨以内（电力间接排放另行核算，不纳入峰值）。",
            "不纳入峰值",
        ),
        // ministry: the caliber in a sentence of its own
        (
            "园区二氧化碳排放力争2026年达峰，峰值控制在88万吨以内。峰值口径为园区企业直接排放。",
            "口径为园区企业直接排放",
        ),
        // county notice: a colon
        (
            "园区二氧化碳排放力争2026年达峰，峰值控制在88万吨以内。达峰目标考核口径：范围一排放。",
            "口径：范围一",
        ),
    ] {
        let text = plan(targets);
        let f = findings(&text, "boundary/scope-mismatch");
        assert_eq!(f.len(), 1, "{targets}\n{f:#?}");
        assert!(f[0].message.contains("只按直接排放计算"), "{}", f[0].message);
        // The span is the caliber's words, on the targets' line.
        let loc = f[0].location.as_ref().expect("a location");
        let span = &text[loc.byte_start.unwrap_or(0)..loc.byte_end.unwrap_or(0)];
        assert!(span.contains(quoted), "{span} / {quoted}");
        let line = text[..loc.byte_start.unwrap_or(0)].lines().count();
        assert_eq!(loc.line, u32::try_from(line).ok(), "{targets}");
    }
}

#[test]
fn the_whole_boundary_kept_is_not_reported() {
    for targets in [
        "园区二氧化碳排放力争2026年达峰，峰值按范围一和范围二排放合计计，控制在88万吨以内。",
        "达峰情景预测口径为化石燃料燃烧排放、工业生产过程排放和外购电力间接排放，园区力争2026年达峰。",
        "园区二氧化碳排放力争2026年达峰，峰值按直接排放和间接排放合计考核。",
        "到2025年，园区范围1排放下降至60万吨，范围2排放下降至40万吨，二氧化碳排放力争2026年达峰。",
        "园区二氧化碳排放力争2026年达峰，外购绿电不计入总量另行说明的情形仅限绿证交易电量。",
        "园区二氧化碳排放总量力争2026年达峰，其中直接排放不超过30万吨。",
    ] {
        let f = findings(&plan(targets), "boundary/scope-mismatch");
        assert!(f.is_empty(), "{targets}\n{f:#?}");
    }
}
