//! Readings generalised after the nineteenth round of outside plans (session 19), each in
//! several drafting styles: a list of bare numbers shares the unit of its last (`分别减排
//! 4.5、24.0和38.0万吨`); `单位工业增加值排放` is the value-added intensity; a base value given
//! as `较2020年的8.93吨/万元` is the base; a section titled for the base year declares it by
//! the one year under its title; a process's own indicator (`焦化工序…`) needs no park base.

use crate::common::{facts_of, findings, measure_reductions};
use peaklint::document::Format;

#[test]
fn a_list_of_bare_numbers_shares_the_unit_of_its_last() {
    let plan = |s: &str| format!("# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n{s}\n");
    for s in [
        // steel park: three years, 和 before the last
        "（一）余热余压利用。2025年、2027年、2030年分别减排4.5、24.0和38.0万吨。",
        // county: 、 only
        "（一）余热余压利用。到2025年、2027年和2030年，分别减少二氧化碳排放4.5、24.0、38.0万吨。",
    ] {
        assert_eq!(
            measure_reductions(&plan(s)),
            vec![(Some(2025), 4.5), (Some(2027), 24.0), (Some(2030), 38.0)],
            "{s}"
        );
    }
    // Percentages the same way: 下降14、18% is 14% and 18%.
    let p = "# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n到2025年、2030年，园区单位工业增加值二氧化碳排放较2020年分别下降14、18%。\n";
    let t: Vec<(Option<u16>, f64)> = facts_of(p, Format::Markdown)
        .targets
        .iter()
        .map(|t| (t.target_year, t.value))
        .collect();
    assert_eq!(t, vec![(Some(2025), 14.0), (Some(2030), 18.0)], "{p}");
}

#[test]
fn a_base_value_given_beside_the_comparison_is_the_base() {
    let goals = "到2025年、2030年，园区单位工业增加值二氧化碳排放分别比2020年下降20%、43%以上。";
    for support in [
        // steel park: the reasoning after the targets
        "目标测算依据：按达峰情景排放计算的单位工业增加值排放分别为7.08和5.08吨/万元，较2020年的8.93吨/万元分别下降20.7%和43.1%。",
        // national zone: a table of years across, the intensity row in short form
        "| 年份 | 2019 | 2020 | 2021 |\n|---|---|---|---|\n| 单位工业增加值排放（吨/万元） | 0.526 | 0.501 | 0.473 |",
    ] {
        let p = format!("# 某园区碳达峰实施方案\n\n## 三、碳排放分析\n\n{support}\n\n## 四、碳达峰目标\n\n{goals}\n");
        let f = findings(&p, "target/no-baseline");
        assert!(f.is_empty(), "{support}\n{f:#?}");
    }
    // Without it the base value is missing.
    let p = format!("# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n{goals}\n");
    assert_eq!(findings(&p, "target/no-baseline").len(), 1);
}

#[test]
fn a_section_titled_for_the_base_year_declares_it() {
    let body = "## 五、碳达峰目标\n\n园区二氧化碳排放2027年前后达峰。2027年单位增加值排放比2020年下降18.0%；2030年为0.316吨/万元，下降31.7%。\n";
    for section in [
        // consultancy: a numbered heading and a table caption
        "### 3.2 基准年排放\n\n表1　2020年园区二氧化碳排放\n\n| 排放源 | 排放量（万吨） |\n|---|---|\n| 合计 | 69.5 |\n",
        // county: the year in the first sentence
        "### （二）基准年碳排放清单\n\n2020年园区二氧化碳排放69.5万吨。\n",
    ] {
        let p = format!("# 某园区碳达峰实施方案\n\n## 三、碳排放分析\n\n{section}\n{body}");
        let f = findings(&p, "target/no-base-year");
        assert!(f.is_empty(), "{section}\n{f:#?}");
    }
}

#[test]
fn a_process_indicator_needs_no_park_base_value() {
    let p = "# 某园区碳达峰实施方案\n\n## 四、碳达峰目标\n\n到2030年，焦化工序单位焦炭二氧化碳排放比2020年下降12%以上。\n";
    assert!(findings(p, "target/no-baseline").is_empty());
}

/// A target of the plan's own stated on the direct emissions alone — the cue in the
/// indicator's name (`单位工业增加值直接二氧化碳排放`) or in a bracket beside it — narrows the
/// caliber the boundary declares (round 19 f7): `boundary/scope-mismatch`, whatever words
/// the sentence uses. A product's or one company's direct intensity, or the direct part
/// named inside the whole total, does not.
#[test]
fn a_target_on_direct_emissions_alone_is_a_scope_mismatch() {
    let plan = |goals: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n### （一）核算边界\n\n核算范围为园区规划范围内全部企业，包括化石燃料燃烧、工业生产过程排放和净调入电力、热力产生的间接排放。\n\n## 二、碳达峰目标\n\n{goals}\n"
        )
    };
    for goals in [
        // ministry style: the cue in a bracket
        "阶段目标：到2025年，单位工业增加值直接二氧化碳排放（不含外购电力和热力）比2020年下降22%以上，优于市下达任务。",
        // province style: the cue in the name only
        "到2030年，全区单位工业增加值直接二氧化碳排放比2020年下降43%以上。",
        // consultancy: an intensity of direct carbon emissions
        "3.2 阶段目标：2027年单位产值直接碳排放强度较2020年降低20%。",
        // county: 不计入 after the indicator
        "到2025年，园区二氧化碳排放总量（不计入外购电力、热力排放）控制在120万吨以内。",
    ] {
        let f = findings(&plan(goals), "boundary/scope-mismatch");
        assert_eq!(f.len(), 1, "{goals}\n{f:#?}");
        assert!(f[0].message.contains("只按直接排放"), "{}", f[0].message);
        assert_eq!(f[0].related.len(), 1, "{goals}");
    }
    for goals in [
        // the whole caliber, with the direct part named inside it
        "到2030年，园区二氧化碳排放总量控制在1250万吨以内，其中直接排放不超过1120万吨。",
        // a product's direct intensity as a benchmark (enterprise style)
        "对标行业先进水平，熟料单位产品直接二氧化碳排放约0.80吨/吨，仅作参考。",
        // the plan's own intensity on the declared caliber
        "到2030年，单位工业增加值二氧化碳排放（含外购电力和热力）比2020年下降43%以上。",
    ] {
        let f = findings(&plan(goals), "boundary/scope-mismatch");
        assert!(f.is_empty(), "{goals}\n{f:#?}");
    }
}
