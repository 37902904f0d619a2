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
