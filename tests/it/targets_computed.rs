//! `target/conflict`, computed checks: the intensity × output-growth identity (a total cap
//! the stated intensity cut and growth cannot deliver) and annual against cumulative
//! rates, each reported with the computed value; the traps of issue 5 stay silent.

use crate::common;
use common::{findings, fires, silent};

const RULE: &str = "target/conflict";

fn plan(current: &str, goals: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2020年为基准年。{current}\n\n## 二、碳达峰目标\n\n{goals}\n"
    )
}

const BASE: &str = "2020年园区二氧化碳排放总量为100万吨，单位工业增加值二氧化碳排放1.25吨/万元。";
const GROWTH: &str = "预计“十四五”期间园区工业增加值年均增长8%。";

fn identity(goals: &[&str]) -> Vec<String> {
    goals
        .iter()
        .map(|g| plan(&format!("{BASE}{GROWTH}"), g))
        .collect()
}

#[test]
fn identity_fires_when_the_cap_needs_a_deeper_intensity_cut() {
    let mut cases = identity(&[
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在110万吨以内。",
        "到2025年，单位工业增加值碳排放比2020年降低18%。到2025年，园区二氧化碳排放总量控制在110万吨以内。",
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%；二氧化碳排放总量不超过105万吨。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降16%以上，力争下降18%，碳排放总量控制在110万吨以内。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降20%，二氧化碳排放总量控制在1000000吨以内。",
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，碳排放总量达到100万吨。",
    ]);
    // Growth by period; a table gives the base value; GDP as the output.
    cases.push(plan(
        "2020年园区二氧化碳排放总量为100万吨。工业增加值2021—2025年年均增长8%，2026—2030年年均增长6%。",
        "到2030年，园区单位工业增加值二氧化碳排放较2020年下降30%，二氧化碳排放总量控制在120万吨以内。",
    ));
    cases.push(plan(
        "\n\n| 指标 | 基准值（2020年） |\n|---|---:|\n| 二氧化碳排放总量（万吨） | 100.0 |\n\n按工业增加值年均增长8%测算。",
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在110万吨以内。",
    ));
    cases.push(plan(
        "2020年园区二氧化碳排放量为100万吨。“十四五”期间地区生产总值年均增长8%左右。",
        "到2025年，单位地区生产总值二氧化碳排放比2020年下降18%，二氧化碳排放总量控制在110万吨以内。",
    ));
    cases.push(plan(
        "2020年园区碳排放总量为100万吨。规划期内工业增加值年均增长7%。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降18%，碳排放总量控制在105万吨以内。",
    ));
    fires(RULE, &cases);
    let f = findings(cases.first().map_or("", String::as_str), RULE);
    let m = f.first().map_or("", |d| d.message.as_str());
    for part in [
        "100万吨",
        "下降18%",
        "8%",
        "约120.5万吨",
        "110万吨",
        "约25.1%",
    ] {
        assert!(m.contains(part), "{part} missing: {m}");
    }
}

#[test]
fn identity_is_silent_when_the_numbers_agree_or_are_incomplete() {
    let mut cases = identity(&[
        // 120.5 computed, cap 121.
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在121万吨以内。",
        // Within 2%: 119 vs 120.5.
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在119万吨以内。",
        // A cap above the computed value does not bind: no contradiction.
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在130万吨以内。",
        // A floor with no stretch: more reduction is allowed.
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%以上，二氧化碳排放总量控制在110万吨以内。",
        // Different years.
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%；到2030年，二氧化碳排放总量控制在110万吨以内。",
        // No total target.
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。",
        // Energy intensity, not carbon intensity.
        "到2025年，园区单位工业增加值能耗较2020年下降18%，二氧化碳排放总量控制在110万吨以内。",
    ]);
    // Historical growth is not a forecast.
    cases.push(plan(
        "2020年园区二氧化碳排放总量为100万吨。“十三五”期间，园区工业增加值年均增长8.3%。",
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在110万吨以内。",
    ));
    // No base-year emissions.
    cases.push(plan(
        GROWTH,
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在110万吨以内。",
    ));
    // Two unperiodised growth rates: which one is meant is not known.
    cases.push(plan(
        "2020年园区二氧化碳排放总量为100万吨。高方案工业增加值年均增长8%，低方案年均增长5%。",
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，二氧化碳排放总量控制在110万吨以内。",
    ));
    // The traps: a scenario value just under its cap, 左右 against a cap.
    cases.push(plan(
        BASE,
        "低碳情景下2030年排放412.8万吨。到2030年，二氧化碳排放总量控制在413万吨以内。",
    ));
    cases.push(plan(
        BASE,
        "到2030年，二氧化碳排放总量控制在260万吨左右。到2030年，园区二氧化碳排放总量不超过260万吨。",
    ));
    silent(RULE, &cases);
}

fn rates(goals: &[&str]) -> Vec<String> {
    goals.iter().map(|g| plan(BASE, g)).collect()
}

#[test]
fn rates_fire_when_annual_and_cumulative_disagree() {
    let cases = rates(&[
        "“十四五”期间，单位工业增加值二氧化碳排放累计下降25%，年均下降4%。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降18%，年均下降4.5%。",
        "“十四五”期间，园区单位工业增加值能耗累计下降13.5%（年均下降3.5%）。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降15%。“十四五”期间，单位工业增加值二氧化碳排放年均下降4%。",
        "到2030年，单位工业增加值二氧化碳排放较2020年下降30%，年均下降4.5%。",
        "到2025年，单位工业增加值能耗比2020年降低10%，年均降低3%。",
        "到2025年，二氧化碳排放总量较2020年下降5%，年均下降2%。",
        "“十四五”期间，单位工业增加值二氧化碳排放累计下降20%，年均下降3.9%。",
        "到2027年，单位工业增加值二氧化碳排放较2020年下降22%，年均下降4.5%。",
        "到2025年，单位地区生产总值二氧化碳排放较2020年下降18%，年均下降约4.4%。",
    ]);
    fires(RULE, &cases);
    let f = findings(cases.first().map_or("", String::as_str), RULE);
    let m = f.first().map_or("", |d| d.message.as_str());
    assert!(
        m.contains("年均下降4%") && m.contains("约18.5%") && m.contains("累计下降25%"),
        "{m}"
    );
}

#[test]
fn rates_are_silent_when_they_agree_or_do_not_pair() {
    let cases = rates(&[
        "“十四五”期间，单位工业增加值二氧化碳排放累计下降18%（年均下降约3.9%）。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降18%，年均下降4%。",
        "到2025年，单位工业增加值能耗较2020年下降13.5%，年均下降2.86%。",
        "到2030年，单位工业增加值二氧化碳排放较2020年下降34%，年均下降4%。",
        // Floor and stretch: the stretch agrees.
        "到2025年，单位工业增加值二氧化碳排放较2020年下降16%以上，力争18.5%，年均下降4%。",
        // Different indicators.
        "到2025年，单位工业增加值能耗较2020年下降13.5%，单位工业增加值二氧化碳排放年均下降4%。",
        // History and assumptions.
        "“十三五”期间，单位工业增加值二氧化碳排放累计下降18.8%，年均下降4.1%。到2025年，单位工业增加值二氧化碳排放较2020年下降25%。",
        "基准情景下，单位工业增加值二氧化碳排放年均自然下降2%。到2025年，单位工业增加值二氧化碳排放较2020年下降18%。",
        // A comparison with the peak after it.
        "到2035年，二氧化碳排放总量较峰值下降10%，年均下降2%。",
        // Increases are not compared.
        "到2025年，非化石能源消费比重较2020年提高5个百分点，年均提高1个百分点。",
        // An annual rate with no period of its own, in another sentence and year.
        "到2030年，单位工业增加值二氧化碳排放较2020年下降40%。单位工业增加值二氧化碳排放年均下降4%以上。",
    ]);
    silent(RULE, &cases);
}

/// A cut written as a floor in prose (`下降18%以上`) and bare in a tracking table (`18`) is
/// one floor: a deeper cut than the floor (the plan's own total lower than the identity
/// gives) is no contradiction; an expected total above what the floor allows still is.
#[test]
fn identity_reads_a_bare_table_cut_as_the_floor_the_prose_writes() {
    let table = |total: &str| {
        format!(
            "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%以上。\n\n表2 指标跟踪表\n\n| 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 100 | {total} | 预期性 |\n| 单位工业增加值二氧化碳排放下降（%） | — | 18 | 约束性 |\n"
        )
    };
    let prose_county = |total: &str| {
        format!(
            "到2025年，单位工业增加值二氧化碳排放比2020年降低18%以上。\n\n主要指标如下。\n\n| 序号 | 指标 | 2025年目标 |\n|---|---|---|\n| 1 | 单位工业增加值二氧化碳排放较2020年降低（%） | 18 |\n| 2 | 园区二氧化碳排放总量（万吨） | {total} |\n"
        )
    };
    let deeper = [
        plan(&format!("{BASE}{GROWTH}"), &table("110")),
        plan(&format!("{BASE}{GROWTH}"), &prose_county("110")),
    ];
    silent(RULE, &deeper);
    let short = [
        plan(&format!("{BASE}{GROWTH}"), &table("130")),
        plan(&format!("{BASE}{GROWTH}"), &prose_county("130")),
    ];
    fires(RULE, &short);
    let f = findings(short[0].as_str(), RULE);
    let m = f.first().map_or("", |d| d.message.as_str());
    assert!(m.contains("约120.5万吨") && m.contains("130万吨"), "{m}");
}
