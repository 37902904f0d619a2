//! Target extraction gaps closed: `分别` lists that give several values to several
//! indicators or years, and Chinese-numeral years in targets and peak years.

use peaklint::document::read::{read_bytes, Limits};
use peaklint::extract::sentences::sentences;
use peaklint::extract::targets::{targets, PlanContext, Role, TargetKind};

/// (metric, value, target year, base year) of the plan's own targets.
fn own(text: &str) -> Vec<(String, f64, Option<u16>, Option<u16>)> {
    let doc = match read_bytes(
        "t.md",
        format!("# 方案\n\n{text}\n").as_bytes(),
        &Limits::default(),
    ) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let all = sentences(&doc);
    targets(peaklint::pack::default_pack(), &all, PlanContext::default())
        .into_iter()
        .filter(|t| t.role == Role::Plan && t.kind != TargetKind::PeakYear)
        .map(|t| {
            (
                t.metric.unwrap_or_default().to_string(),
                t.value,
                t.target_year,
                t.base_year.map(|b| b.year),
            )
        })
        .collect()
}

fn peak_years(text: &str) -> Vec<(Role, u16)> {
    let doc = match read_bytes(
        "t.md",
        format!("# 方案\n\n{text}\n").as_bytes(),
        &Limits::default(),
    ) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let all = sentences(&doc);
    targets(peaklint::pack::default_pack(), &all, PlanContext::default())
        .into_iter()
        .filter(|t| t.kind == TargetKind::PeakYear)
        .filter_map(|t| t.target_year.map(|y| (t.role, y)))
        .collect()
}

const E: &str = "energy_intensity_value_added";
const C: &str = "co2_intensity_value_added";

#[test]
fn a_shared_subject_list_gives_each_indicator_its_value() {
    for text in [
        "到2025年，园区单位工业增加值能耗、二氧化碳排放分别比2020年下降14%、18%。",
        "到2025年，单位工业增加值能耗和二氧化碳排放分别较2020年下降14%和18%。",
        "到2025年，园区单位工业增加值能耗、二氧化碳排放较2020年分别下降14%、18%。",
    ] {
        let found = own(text);
        assert_eq!(
            found,
            vec![
                (E.to_string(), 14.0, Some(2025), Some(2020)),
                (C.to_string(), 18.0, Some(2025), Some(2020)),
            ],
            "{text}"
        );
    }
}

#[test]
fn two_named_indicators_share_one_verb() {
    let found =
        own("到2025年，单位工业增加值能耗、单位工业增加值二氧化碳排放分别比2020年下降14%、18%。");
    assert_eq!(
        found,
        vec![
            (E.to_string(), 14.0, Some(2025), Some(2020)),
            (C.to_string(), 18.0, Some(2025), Some(2020)),
        ]
    );
}

#[test]
fn a_list_of_years_gives_each_year_its_value() {
    let found = own("到2025年、2030年，园区单位工业增加值二氧化碳排放分别较2020年下降18%、40%。");
    assert_eq!(
        found,
        vec![
            (C.to_string(), 18.0, Some(2025), Some(2020)),
            (C.to_string(), 40.0, Some(2030), Some(2020)),
        ]
    );
}

#[test]
fn an_unmapped_list_is_not_guessed() {
    // Two values, one indicator and one year: the second value is not assigned.
    let found = own("到2025年，单位工业增加值二氧化碳排放分别下降18%、20%。");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn chinese_numeral_years_are_target_and_base_years() {
    let found = own("到二〇二五年，园区单位工业增加值二氧化碳排放较二〇二〇年下降18%。");
    assert_eq!(found, vec![(C.to_string(), 18.0, Some(2025), Some(2020))]);
}

#[test]
fn chinese_numeral_peak_years_are_read() {
    assert_eq!(
        peak_years("园区力争二〇二八年前实现碳达峰。"),
        vec![(Role::Plan, 2028)]
    );
    assert_eq!(
        peak_years("确保二〇三〇年前实现碳达峰。"),
        vec![(Role::Plan, 2030)]
    );
    assert_eq!(
        peak_years("园区二氧化碳排放力争二〇三二年左右达峰。"),
        vec![(Role::Plan, 2032)]
    );
}

const RE: &str = "renewable_electricity_share";

/// A peak phrase's year dates the peak, not the indicators of the clauses after it: they
/// take the milestone written before the peak phrase.
#[test]
fn a_peak_phrase_year_does_not_date_the_clauses_after_it() {
    for text in [
        // Province style.
        "到2030年，单位工业增加值二氧化碳排放比2020年下降40%以上，力争2027年实现碳达峰，峰值控制在110万吨以内，可再生能源电力消费比重达到50%。",
        // County style: 前后 and a 确保 commitment.
        "到2030年，园区确保2028年前后实现碳达峰，可再生能源电力消费比重提高到50%。",
        // Consultancy style: the peak written as 排放达到峰值.
        "2030年目标：园区二氧化碳排放于2027年达到峰值，可再生能源电力消费比重达到50%。",
    ] {
        let found: Vec<_> = own(text).into_iter().filter(|t| t.0 == RE).collect();
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2, Some(2030), "{text}: {found:?}");
    }
    // Controls: with no earlier milestone the peak year still dates the value (enterprise
    // style), and a year of its own clause is the value's.
    for (text, year) in [
        (
            "园区力争2027年实现碳达峰，可再生能源电力消费比重达到40%。",
            2027,
        ),
        (
            "到2030年，力争2027年实现碳达峰，2027年可再生能源电力消费比重达到40%。",
            2027,
        ),
    ] {
        let found: Vec<_> = own(text).into_iter().filter(|t| t.0 == RE).collect();
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2, Some(year), "{text}: {found:?}");
    }
}
