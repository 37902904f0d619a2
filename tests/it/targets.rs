//! Target rules on the phrasings real plans use: each rule with sentences that must fire
//! and sentences that must not (history, scenarios, peak comparisons, quoted upper-level
//! targets — the traps a reviewer would not flag).

use crate::common;
use common::{findings, fires, silent};

/// A baseline section that states the base-year values and a forecast.
const CURRENT: &str = "2020年园区二氧化碳排放总量为128.4万吨，单位工业增加值二氧化碳排放1.32吨/万元，单位工业增加值能耗0.42吨标准煤/万元，能源消费总量45.2万吨标准煤，非化石能源消费比重为8%。按工业增加值年均增长7%测算，基准情景下2030年排放将增至160万吨。";

const DECLARED: &str = "本方案以2020年为基准年。";

fn plan(current: &str, goals: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{current}\n\n## 二、碳达峰目标\n\n{goals}\n"
    )
}

fn with(current: &str, goals: &[&str]) -> Vec<String> {
    goals.iter().map(|g| plan(current, g)).collect()
}

fn declared(goals: &[&str]) -> Vec<String> {
    with(&format!("{DECLARED}{CURRENT}"), goals)
}

fn undeclared(goals: &[&str]) -> Vec<String> {
    with(CURRENT, goals)
}

#[test]
fn no_base_year_fires_on_relative_targets_without_a_base() {
    fires(
        "target/no-base-year",
        &undeclared(&[
            "到2025年，园区单位工业增加值二氧化碳排放下降18%。",
            "到2025年，单位工业增加值能耗降低13.5%以上。",
            "到2030年，园区非化石能源消费比重提高10个百分点。",
            "园区二氧化碳排放总量到2030年减少20%。",
            "力争到2025年单位工业增加值碳排放下降20%以上。",
            "到2025年，单位工业增加值二氧化碳排放较基准年下降18%。",
            "规上工业单位增加值能耗下降15%。",
            "到2027年，单位工业增加值二氧化碳排放累计下降22%。",
            "到2025年，能源消费总量降低5%。",
            "到2030年，单位工业增加值二氧化碳排放下降40%，单位工业增加值能耗下降30%。",
            "确保2025年单位工业增加值碳排放降低18%。",
            "到2025年，园区可再生能源电力消费比重提高5个百分点。",
            // The year of the neighbouring sentence is not borrowed.
            "2020年园区排放为128万吨。到2025年，单位工业增加值二氧化碳排放下降18%。",
        ]),
    );
}

#[test]
fn no_base_year_is_silent_on_based_and_non_targets() {
    silent(
        "target/no-base-year",
        &undeclared(&[
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。",
            "到2025年，单位工业增加值能耗比2020年降低13.5%以上。",
            "“十四五”期间，单位工业增加值二氧化碳排放累计下降18%。",
            "到2035年，二氧化碳排放总量比峰值下降10%。",
            "2015—2020年，单位工业增加值二氧化碳排放累计下降18.8%。",
            "“十三五”期间，园区单位工业增加值能耗累计下降16%。",
            "基准情景下，单位工业增加值二氧化碳排放年均自然下降2%，2030年排放达到160万吨。",
            "国家提出，到2030年单位国内生产总值二氧化碳排放比2005年下降65%以上。",
            "《江州市碳达峰实施方案》提出，到2025年全市单位地区生产总值能耗下降14%。",
            "2020年，园区单位工业增加值能耗比2015年的0.52吨标准煤/万元下降了19%。",
            "2015年以来，园区单位工业增加值二氧化碳排放下降25%。",
            "到2030年，园区单位工业增加值二氧化碳排放较2020年下降40%，单位工业增加值能耗下降30%。",
            "全省单位工业增加值能耗下降13.5%的目标已分解下达。",
            "单位工业增加值二氧化碳排放年均下降4%以上。",
            "到2025年，园区绿色工厂达到20家，碳排放水平明显下降。",
            "2022年，园区单位工业增加值能耗下降3.2%，完成年度目标任务。",
            "与上年相比，2023年园区单位工业增加值二氧化碳排放下降4.5%。",
            "“十四五”以来，园区单位工业增加值能耗累计下降12%。",
            "2021年园区能源消费总量同比增长6.1%。",
        ]),
    );
    // A plan-wide base year resolves targets without their own, and 基准年 wording.
    silent(
        "target/no-base-year",
        &declared(&[
            "到2025年，单位工业增加值二氧化碳排放下降18%。",
            "到2025年，单位工业增加值二氧化碳排放较基准年下降18%。",
            "到2030年，园区非化石能源消费比重提高10个百分点。",
        ]),
    );
    for declaration in [
        "基准年：2020年。",
        "本方案以2020年为基准。",
        "规划基期为2020年。",
    ] {
        silent(
            "target/no-base-year",
            &with(
                &format!("{declaration}{CURRENT}"),
                &["到2025年，单位工业增加值二氧化碳排放下降18%。"],
            ),
        );
    }
}

#[test]
fn late_peak_fires_after_the_deadline() {
    fires(
        "target/late-peak",
        &declared(&[
            "园区力争2032年实现碳达峰。",
            "确保2031年前实现碳达峰。",
            "园区二氧化碳排放2033年左右达峰。",
            "到2035年，园区实现碳达峰。",
            "园区碳排放量在2032年左右达到峰值。",
            "力争2030年左右实现碳达峰。",
            "园区力争2030年前后实现二氧化碳排放达峰。",
            "园区确保在2031年底前碳达峰。",
            "园区二氧化碳排放量2032年达到峰值，峰值控制在95万吨以内。",
            "努力争取2031年实现达峰。",
            "园区计划于2033年实现碳达峰。",
            "到2032年，园区二氧化碳排放达峰。",
        ]),
    );
}

#[test]
fn late_peak_is_silent_by_the_deadline_and_on_other_peaks() {
    silent(
        "target/late-peak",
        &declared(&[
            "确保2030年前实现碳达峰。",
            "力争2028年前实现碳达峰。",
            "园区力争2028年前后实现二氧化碳排放达峰。",
            "基准情景下，园区2035年前难以达峰。",
            "为深入贯彻落实《2030年前碳达峰行动方案》，制定本方案。",
            "江州市要求全市2030年前实现碳达峰。",
            "到2035年，园区二氧化碳排放总量比峰值下降15%以上。",
            "指导重点企业2032年前实现碳达峰。",
            "园区碳排放量在2029年左右达到峰值。",
            "2030年园区实现碳达峰。",
            "低碳情景下，园区排放2028年达到峰值，2033年回落至150万吨。",
            "到2035年，园区排放较峰值下降10%以上，2060年前实现碳中和。",
            "到2035年，园区碳达峰成果进一步巩固，排放稳中有降。",
            "到2035年，园区实现碳达峰后稳中有降。",
        ]),
    );
}

#[test]
fn implausible_fires_on_impossible_numbers() {
    fires(
        "target/implausible",
        &declared(&[
            "到2025年，园区非化石能源消费比重达到120%。",
            "到2030年，园区清洁能源消费占比提高到105%。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降100%。",
            "到2030年，二氧化碳排放总量较2020年减少120%。",
            "到2025年，单位工业增加值能耗较2020年下降18%以上，力争16%。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上（力争18%）。",
            "到2024年，单位工业增加值二氧化碳排放较2025年下降10%。",
            "到2025年，可再生能源电力消费比重不低于130%。",
            "到2030年，非化石能源消费比重达到110%以上。",
            "到2028年，单位工业增加值二氧化碳排放较2030年降低20%。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降22%以上，力争下降20%。",
            "到2030年，单位工业增加值能耗较2020年降低100%以上。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%；到2030年，单位工业增加值二氧化碳排放较2020年下降15%。",
            "到2025年，非化石能源消费比重达到25%。到2030年，非化石能源消费比重达到20%。",
            "到2025年，单位工业增加值能耗降至0.36吨标准煤/万元。到2030年，单位工业增加值能耗降至0.40吨标准煤/万元。",
        ]),
    );
}

#[test]
fn implausible_is_silent_on_plausible_targets() {
    silent(
        "target/implausible",
        &declared(&[
            "到2025年，园区非化石能源消费比重达到20%。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%以上，力争20%。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降16%以上，力争下降18%。",
            "到2030年，单位工业增加值二氧化碳排放较2020年下降40%。",
            "2020年园区清洁能源消费占比为65%。",
            "到2025年，二氧化碳排放总量控制在150万吨以内。",
            "园区光伏装机容量到2030年达到120万千瓦。",
            "到2025年，可再生能源电力消费比重达到100%。",
            "到2030年，清洁能源消费占比提高到95%以上。",
            "到2060年，园区二氧化碳排放较峰值下降100%，实现碳中和。",
            "2018年园区单位工业增加值能耗较2015年下降12%。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上（力争22%）。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%；到2030年，单位工业增加值二氧化碳排放较2020年下降40%。",
            "到2025年，非化石能源消费比重达到15%。到2030年，非化石能源消费比重达到25%。",
            "到2025年，单位工业增加值能耗降至0.36吨标准煤/万元。到2030年，单位工业增加值能耗降至0.30吨标准煤/万元。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。\n\n## 三、重点任务\n\n到2030年，传统产业单位工业增加值二氧化碳排放较2020年下降12%。",
        ]),
    );
}

/// A baseline section with no base-year values.
const NO_VALUES: &str = "本方案以2020年为基准年。园区主导产业为化工新材料和装备制造。";

#[test]
fn no_baseline_fires_when_the_base_value_is_missing() {
    fires(
        "target/no-baseline",
        &with(
            NO_VALUES,
            &[
                "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。",
                "到2025年，单位工业增加值能耗比2020年下降13.5%。",
                "到2030年，二氧化碳排放总量较2020年下降5%。",
                "到2025年，能源消费总量较2020年降低3%。",
                "到2025年，非化石能源消费比重较2020年提高8个百分点。",
                "到2030年，单位工业增加值二氧化碳排放较基准年下降40%。",
                "到2025年，单位工业增加值二氧化碳排放下降18%。",
                "“十四五”期间，单位工业增加值二氧化碳排放累计下降18%。",
                "到2025年，可再生能源电力消费比重比2020年提高10个百分点。",
                "到2025年，单位能耗碳排放较2020年下降8%。",
                "到2025年，单位工业增加值碳排放较2020年降低20%以上，力争22%。",
                "到2030年，单位工业增加值能耗较2020年下降30%。",
            ],
        ),
    );
}

#[test]
fn no_baseline_is_silent_when_the_base_value_is_stated() {
    let table = "本方案以2020年为基准年。\n\n| 指标 | 基准值（2020年） | 2025年 | 属性 |\n|---|---:|---:|---|\n| 单位工业增加值能耗（吨标准煤/万元） | 0.42 | 0.36 | 约束性 |\n| 单位工业增加值二氧化碳排放（吨/万元） | 1.32 | 1.08 | 约束性 |";
    let by_year = "本方案以2020年为基准年。\n\n| 年份 | 二氧化碳排放总量（万吨） | 能源消费总量（万吨标准煤） |\n|---|---:|---:|\n| 2019 | 120.2 | 43.0 |\n| 2020 | 128.4 | 45.2 |";
    let mut cases = declared(&[
        "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。",
        "到2025年，单位工业增加值能耗比2020年下降13.5%，降至0.36吨标准煤/万元。",
        "到2030年，二氧化碳排放总量较2020年下降5%。",
        "到2025年，能源消费总量较2020年降低3%。",
        "到2025年，非化石能源消费比重较2020年提高8个百分点。",
        "到2030年，单位工业增加值二氧化碳排放较基准年下降40%。",
    ]);
    cases.extend(with(
        table,
        &[
            "到2025年，单位工业增加值能耗较2020年下降15%。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。",
        ],
    ));
    cases.extend(with(
        by_year,
        &[
            "到2030年，二氧化碳排放总量较2020年下降5%。",
            "到2025年，能源消费总量较2020年降低3%。",
        ],
    ));
    cases.extend(with(
        "本方案以2020年为基准年。\n\n| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |\n|---:|---|---|---:|---:|---|\n| 1 | 单位工业增加值能耗 | 吨标准煤/万元 | 0.20 | 0.17 | 约束性 |",
        &["到2025年，单位工业增加值能耗较2020年下降15%。"],
    ));
    cases.extend(with(
        "本方案以2020年为基准年。园区二氧化碳排放量由2015年的99.2万吨增加到2020年的128.4万吨。",
        &["到2030年，二氧化碳排放总量较2020年下降5%。"],
    ));
    cases.extend(with(
        NO_VALUES,
        &[
            // Not the plan's targets: no base value needed.
            "到2035年，二氧化碳排放总量比峰值下降15%以上。",
            "《江州市碳达峰实施方案》提出，到2025年全市单位地区生产总值能耗比2020年下降14%。",
            "2015—2020年，园区单位工业增加值能耗累计下降16%。",
        ],
    ));
    silent("target/no-baseline", &cases);
}

/// A baseline with values and no forecast.
const NO_FORECAST: &str = "本方案以2020年为基准年。2020年园区二氧化碳排放总量为128.4万吨。";

#[test]
fn unjustified_peak_fires_without_any_forecast() {
    fires(
        "target/unjustified-peak",
        &with(
            NO_FORECAST,
            &[
                "园区力争2027年实现碳达峰，峰值控制在150万吨以内。",
                "力争2028年前实现碳达峰。",
                "园区二氧化碳排放峰值控制在95万吨以内。",
                "园区碳排放量在2027年左右达到峰值。",
                "确保2029年前实现碳达峰。",
                "到2028年，园区实现碳达峰。",
                "CO2排放峰值为59.34万t。",
                "园区力争2026年前后实现二氧化碳排放达峰。",
                "园区确保2028年底前碳达峰。",
                "峰值约为120万吨。",
                "力争2027年达峰，比全省提前3年。",
            ],
        ),
    );
}

#[test]
fn unjustified_peak_is_silent_with_a_forecast_or_no_own_peak() {
    let peak = "园区力争2027年实现碳达峰，峰值控制在150万吨以内。";
    let mut cases = with(
        NO_FORECAST,
        &[
            "确保2030年前实现碳达峰。",
            "园区碳排放尽早达峰。",
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。",
            "全市力争2028年前实现碳达峰。",
            "为深入贯彻落实《2030年前碳达峰行动方案》，制定本方案。",
        ],
    );
    for evidence in [
        "经测算，2027年园区排放约149万吨，此后稳中有降。",
        "基准情景下，2030年园区排放将增至183万吨。",
        "根据预测，园区排放2027年前后达到最高。",
        "采用LEAP模型对2021—2035年排放进行模拟。",
        "若延续现有发展模式，2030年排放将达到183万吨。",
        "### （一）情景分析\n\n设置两种发展路径。",
    ] {
        cases.push(plan(NO_FORECAST, &format!("{evidence}\n\n{peak}")));
    }
    silent("target/unjustified-peak", &cases);
}

fn indicator_table(rows: &str) -> String {
    format!(
        "表1　主要指标\n\n| 序号 | 指标 | 单位 | 基准值（2020年） | 2025年 | 2030年 | 属性 |\n|---:|---|---|---:|---:|---:|---|\n{rows}"
    )
}

#[test]
fn implausible_reads_indicator_tables() {
    fires(
        "target/implausible",
        &declared(&[
            &indicator_table("| 1 | 非化石能源消费比重 | % | 8 | 120 | 130 | 约束性 |\n"),
            &indicator_table("| 1 | 清洁能源消费占比 | % | 60 | 85 | 101 | 预期性 |\n"),
            &indicator_table("| 1 | 非化石能源消费比重 | % | 8 | 25 | 20 | 约束性 |\n"),
            &indicator_table(
                "| 1 | 单位工业增加值能耗 | 吨标准煤/万元 | 0.42 | 0.30 | 0.36 | 约束性 |\n",
            ),
            // A share brought down (the pack's `lower_is_better`) that rises again.
            &indicator_table("| 1 | 煤炭消费比重 | % | 65.9 | 35 | 55 | 预期性 |\n"),
        ]),
    );
    silent(
        "target/implausible",
        &declared(&[
            &indicator_table("| 1 | 非化石能源消费比重 | % | 8 | 15 | 25 | 约束性 |\n| 2 | 单位工业增加值能耗 | 吨标准煤/万元 | 0.42 | 0.36 | 0.30 | 约束性 |\n| 3 | 二氧化碳排放总量 | 万吨 | 128.4 | ≤150 | ≤150 | 预期性 |\n"),
            // A forecast table is not a target table.
            "表2　不同情景下排放预测\n\n| 年份 | 基准情景排放（万吨） | 非化石能源消费比重（%） |\n|---:|---:|---:|\n| 2025 | 150 | 120 |\n",
            &indicator_table("| 1 | 规上工业企业碳排放核算覆盖率 | % | 35 | 100 | 100 | 预期性 |\n| 2 | 光伏装机容量 | 万千瓦 | 3.2 | 150 | 300 | 预期性 |\n"),
            // Coal's share brought down in a table, whatever the row calls it.
            &indicator_table("| 1 | 煤炭消费占比 | % | 65.9 | 55 | 35 | 预期性 |\n"),
            &indicator_table("| 1 | 煤炭占能源消费总量比重（%） | — | 71.2 | 62 | 48 | 约束性 |\n"),
        ]),
    );
}

fn two_places(pairs: &[(&str, &str)]) -> Vec<String> {
    pairs
        .iter()
        .map(|(a, b)| {
            plan(
                &format!("{DECLARED}{CURRENT}"),
                &format!("{a}\n\n## 三、保障措施\n\n{b}"),
            )
        })
        .collect()
}

#[test]
fn conflict_fires_on_different_values_for_one_target() {
    let table_18 = indicator_table("| 1 | 非化石能源消费比重 | % | 8 | 18 | 25 | 约束性 |\n");
    let table_034 = indicator_table(
        "| 1 | 单位工业增加值能耗 | 吨标准煤/万元 | 0.42 | 0.34 | 0.28 | 约束性 |\n",
    );
    fires(
        "target/conflict",
        &two_places(&[
            (
                "到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。",
                "到2025年，单位工业增加值二氧化碳排放较2020年下降16%。",
            ),
            (
                "到2025年，非化石能源消费比重达到20%。",
                "到2025年，非化石能源消费比重达到18%。",
            ),
            (
                "到2030年，单位工业增加值能耗较2020年下降30%。",
                "到2030年，单位工业增加值能耗比2020年降低25%。",
            ),
            (
                "到2025年，二氧化碳排放总量控制在150万吨以内。",
                "到2025年，园区二氧化碳排放总量控制在140万吨以内。",
            ),
            (
                "到2025年，光伏装机容量达到30万千瓦。",
                "到2025年，园区光伏装机容量达到25万千瓦。",
            ),
            ("到2025年，非化石能源消费比重达到20%。", &table_18),
            (
                "到2025年，单位工业增加值能耗降至0.36吨标准煤/万元。",
                &table_034,
            ),
            (
                "到2025年，单位工业增加值二氧化碳排放较2020年下降18%以上，力争20%。",
                "到2025年，单位工业增加值二氧化碳排放较2020年下降15%。",
            ),
            (
                "到2030年，园区可再生能源电力消费比重达到40%。",
                "到2030年，可再生能源电力消费比重达到35%。",
            ),
            (
                "到2025年，能源消费总量控制在50万吨标准煤以内。",
                "到2025年，能源消费总量控制在55万吨标准煤以内。",
            ),
            (
                "“十四五”期间，单位工业增加值二氧化碳排放累计下降18%。",
                "到2025年，单位工业增加值二氧化碳排放较2020年下降20%。",
            ),
        ]),
    );
}

#[test]
fn conflict_is_silent_on_agreeing_or_different_targets() {
    let table_15 = indicator_table("| 1 | 非化石能源消费比重 | % | 8 | 15 | 25 | 约束性 |\n| 2 | 二氧化碳排放总量 | 万吨 | 128.4 | ≤260 | ≤260 | 预期性 |\n");
    silent(
        "target/conflict",
        &two_places(&[
            ("到2025年，单位工业增加值二氧化碳排放较2020年下降18%。", "到2025年，园区单位工业增加值二氧化碳排放比2020年下降18%。"),
            ("到2025年，单位工业增加值二氧化碳排放较2020年下降16%以上，力争18%。", "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。"),
            ("到2025年，单位工业增加值二氧化碳排放较2020年下降18%。", "到2030年，单位工业增加值二氧化碳排放较2020年下降40%。"),
            ("到2025年，单位工业增加值二氧化碳排放较2020年下降18%。", "到2025年，单位工业增加值二氧化碳排放较2015年下降30%。"),
            ("到2025年，单位工业增加值能耗比2020年下降14.5%。", "到2025年，传统产业单位增加值能耗比2020年下降18%以上。"),
            ("到2025年，二氧化碳排放总量控制在550万吨以内。", "低碳情景下，2025年排放为543.7万吨。"),
            ("到2030年，二氧化碳排放总量控制在260万吨左右。", &table_15),
            ("园区力争2028年前后实现二氧化碳排放达峰，峰值约556.9万吨，控制在560万吨以内。", "2028年前后实现碳达峰，峰值控制在560万吨以内。"),
            ("《江州市碳达峰实施方案》提出，到2025年全市单位地区生产总值二氧化碳排放比2020年下降18%。", "到2025年，园区单位地区生产总值二氧化碳排放比2020年下降20%。"),
            ("到2025年，非化石能源消费比重达到15%。", &table_15),
            ("到2025年，非化石能源消费比重达到20%。", "到2025年，可再生能源电力消费比重达到25%。"),
            ("到2025年，单位工业增加值能耗较2020年下降15%。", "到2025年，重点企业单位工业增加值能耗较2020年下降20%。"),
        ]),
    );
}

const THIN_PATHWAY: &str = "加强组织领导，完善工作机制，强化宣传引导。";

fn with_pathway(goal: &str, pathway: &str) -> String {
    plan(
        &format!("{DECLARED}{CURRENT}"),
        &format!("{goal}\n\n## 三、重点任务\n\n{pathway}"),
    )
}

#[test]
fn no_measure_fires_when_the_pathway_has_nothing_for_the_target() {
    let cases: Vec<String> = [
        "到2025年，园区光伏装机容量达到30万千瓦。",
        "到2025年，非化石能源消费比重达到20%。",
        "到2025年，单位工业增加值能耗较2020年下降15%。",
        "到2025年，能源消费总量控制在50万吨标准煤以内。",
        "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。",
        "到2030年，二氧化碳排放总量控制在150万吨以内。",
        "到2025年，清洁能源消费占比达到90%。",
        "到2025年，可再生能源电力消费比重达到30%。",
        "到2030年，风电、光伏等新能源装机容量达到50万千瓦。",
        "到2025年，单位能耗碳排放降至2.0吨二氧化碳/吨标准煤。",
        "到2025年，单位地区生产总值能耗较2020年下降14%。",
    ]
    .iter()
    .map(|g| with_pathway(g, THIN_PATHWAY))
    .collect();
    fires("target/no-measure", &cases);
}

#[test]
fn no_measure_is_silent_with_a_measure_or_no_own_target() {
    let mut cases: Vec<String> = [
        (
            "到2025年，园区光伏装机容量达到30万千瓦。",
            "实施屋顶分布式光伏工程。",
        ),
        (
            "到2025年，非化石能源消费比重达到20%。",
            "推进风电、地热和生物质能利用。",
        ),
        (
            "到2025年，单位工业增加值能耗较2020年下降15%。",
            "实施电机系统节能改造。",
        ),
        (
            "到2025年，能源消费总量控制在50万吨标准煤以内。",
            "推广余热余压利用。",
        ),
        (
            "到2025年，单位工业增加值二氧化碳排放较2020年下降18%。",
            "推进工艺改造和燃料替代。",
        ),
        (
            "到2030年，二氧化碳排放总量控制在150万吨以内。",
            "开展CCUS示范。",
        ),
        (
            "到2025年，可再生能源电力消费比重达到30%。",
            "扩大绿电交易规模。",
        ),
        (
            "《江州市碳达峰实施方案》提出，到2025年全市单位地区生产总值能耗比2020年下降14%。",
            THIN_PATHWAY,
        ),
        ("2015—2020年，单位工业增加值能耗累计下降16%。", THIN_PATHWAY),
        ("力争2028年前实现碳达峰。", THIN_PATHWAY),
    ]
    .iter()
    .map(|(g, p)| with_pathway(g, p))
    .collect();
    // No pathway chapter at all: structure/missing-chapter reports that.
    cases.push(plan(
        &format!("{DECLARED}{CURRENT}"),
        "到2025年，园区光伏装机容量达到30万千瓦。",
    ));
    silent("target/no-measure", &cases);
}

#[test]
fn a_shared_subject_list_is_read_per_indicator() {
    // 14% belongs to 能耗; with no 2020 energy-intensity value the rule names 能耗.
    let text = plan(
        "本方案以2020年为基准年。2020年园区单位工业增加值二氧化碳排放1.32吨/万元。",
        "到2025年，园区单位工业增加值能耗、二氧化碳排放分别比2020年下降14%、18%。",
    );
    let f = findings(&text, "target/no-baseline");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f.iter().all(|d| d.message.contains("能耗")), "{f:#?}");
}

/// A table of every year from the past up to a year that is no milestone (`| 年份 | 2016 |
/// … | 2022 |`) is the history of the indicator: its years after the base year are data,
/// not the plan's targets. A table of milestones (2025, 2030) or an annual one that runs to
/// a milestone is read as before. Markdown and aligned text, two drafting styles.
#[test]
fn an_annual_history_table_is_history() {
    use peaklint::document::Format;
    let roles = |text: &str, format: Format| -> Vec<(u16, String)> {
        crate::common::facts_of(text, format)
            .targets
            .iter()
            .filter(|t| t.metric_id.as_deref() == Some("co2_total"))
            .filter_map(|t| Some((t.target_year?, t.role.clone())))
            .collect()
    };
    let md = "# 某高新区碳达峰实施方案\n\n以2020年为基准年。\n\n### 历史变化趋势\n\n\
              | 年份 | 2016 | 2017 | 2018 | 2019 | 2020 | 2021 | 2022 |\n|---|---|---|---|---|---|---|---|\n\
              | 二氧化碳排放量（万吨） | 168.4 | 177.9 | 186.0 | 197.3 | 210.5 | 224.8 | 231.6 |\n";
    let got = roles(md, Format::Markdown);
    assert!(
        !got.is_empty() && got.iter().all(|(_, r)| r == "history"),
        "{got:?}"
    );
    let txt = "某县经开区碳达峰实施方案\n\n以2020年为基准年。\n\n表2 2018—2023年碳排放\n\
               指标            2018年    2019年    2020年    2021年    2022年    2023年\n\
               二氧化碳排放量（万吨）    51.2    53.0    55.1    57.4    58.9    60.2\n\
               能源消费量（万吨标准煤）  20.1    20.9    21.6    22.4    23.0    23.5\n";
    let got = roles(txt, Format::Text);
    assert!(
        !got.is_empty() && got.iter().all(|(_, r)| r == "history"),
        "{got:?}"
    );
    // Milestones stay targets.
    let plan = "# 某园区碳达峰实施方案\n\n以2020年为基准年。\n\n### 主要指标\n\n\
                | 指标 | 2020年 | 2025年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 128.4 | 146.0 | 150.0 |\n";
    let got = roles(plan, Format::Markdown);
    assert!(got.contains(&(2030, "plan".to_string())), "{got:?}");
}

/// `确保2030年前、力争2028年实现碳达峰`: each deadline keeps its own hedge, and the plan's
/// peak is the earliest own one (not the national `2030年前` a slogan repeats), or the one
/// stated with the peak value.
#[test]
fn two_deadlines_keep_their_hedges_and_the_peak_is_the_target() {
    let peak = |text: &str| {
        let f = crate::common::facts_of(text, peaklint::document::Format::Markdown);
        let years: Vec<(f64, Option<String>)> = f
            .targets
            .iter()
            .filter(|t| t.kind == "peak_year")
            .map(|t| (t.value, t.hedge.clone()))
            .collect();
        (f.peak.map(|p| (p.year, p.value, p.hedge)), years)
    };
    let (card, years) =
        peak("# 某园区碳达峰实施方案\n\n## 一、主要目标\n\n确保2030年前、力争2028年实现碳达峰。\n");
    assert_eq!(card, Some((Some(2028), None, Some("力争".to_string()))));
    assert!(
        years.contains(&(2030.0, Some("确保".to_string()))),
        "{years:?}"
    );
    let (card, _) = peak(
        "# 某开发区碳达峰实施方案\n\n## 一、指导思想\n\n确保2030年前实现碳达峰。\n\n\
         ## 二、主要目标\n\n开发区力争2029年实现碳达峰，峰值控制在260万吨以内。\n",
    );
    assert_eq!(
        card,
        Some((Some(2029), Some(260.0), Some("力争".to_string())))
    );
}

/// A base year declared without a verb (`基准年2020年，规划期2024—2030年`, `基准年份2021年`)
/// governs the plan's relative targets; the park's area is read from the same figures
/// `boundary/area` compares (`认定边界16.8平方公里`).
#[test]
fn a_base_year_without_a_verb_is_declared() {
    for head in [
        "范围为园区认定边界16.8平方公里，基准年2020年，规划期2024—2030年。",
        "基准年份2020年，规划期限2021—2030年。",
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n{head}\n\n## 二、主要目标\n\n到2025年，单位工业增加值二氧化碳排放下降18%。\n"
        );
        assert!(findings(&text, "target/no-base-year").is_empty(), "{head}");
    }
    let f = crate::common::facts_of(
        "# 某园区碳达峰实施方案\n\n范围为园区认定边界16.8平方公里，基准年2020年。\n",
        peaklint::document::Format::Markdown,
    );
    assert_eq!(f.park.area_km2, Some(16.8));
    assert_eq!(f.base_year.map(|b| b.year), Some(2020));
}

/// The facts' inventory holds the year's totals: a series written with 依次为 is read year
/// by year, and the parts (其中…) or changes (增加29.4万吨) of a total are not totals.
#[test]
fn the_inventory_holds_totals_not_their_parts() {
    let text = "# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n\
                2018—2020年，园区二氧化碳排放量依次为50.9万吨、53.6万吨、56.2万吨。\n\n\
                2021年园区二氧化碳排放总量为60.5万吨，比2020年增加4.3万吨，其中化石燃料燃烧排放40.2万吨，外购电力排放20.3万吨。\n";
    let f = crate::common::facts_of(text, peaklint::document::Format::Markdown);
    let got: Vec<(u16, f64)> = f.inventory.iter().map(|e| (e.year, e.value)).collect();
    assert_eq!(
        got,
        vec![(2018, 50.9), (2019, 53.6), (2020, 56.2), (2021, 60.5)],
        "{got:?}"
    );
}

/// The plan's peak value stated twice with different figures (the preface's 178 and the
/// targets chapter's 185) conflicts although it has no target year; a projection beside
/// its cap, a level within the other's cap, a floor and stretch in one sentence and a
/// scenario's peak do not (probe round 6).
#[test]
fn two_peak_values_conflict() {
    let two = |first: &str, second: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 前言\n\n{first}\n\n## 一、碳排放现状\n\n本方案以2020年为基准年。2020年园区二氧化碳排放总量146.2万吨。\n\n## 二、主要目标\n\n{second}\n"
        )
    };
    let fire = [
        // Ministry: two caps.
        two(
            "本方案提出园区力争2028年前后实现碳达峰、峰值控制在178万吨以内的总体目标。",
            "园区二氧化碳排放力争2028年前后达峰，峰值控制在185万吨以内。",
        ),
        // Province: 不超过 against 以内.
        two(
            "开发区碳排放峰值不超过320万吨。",
            "到2029年前后实现碳达峰，峰值控制在300万吨以内。",
        ),
        // Consultancy: two levels.
        two(
            "园区碳达峰时间为2027年，峰值为96.5万吨二氧化碳。",
            "园区确保2027年实现碳达峰，峰值为98.2万吨。",
        ),
    ];
    fires("target/conflict", &fire);
    let f = findings(&fire[0], "target/conflict");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("峰值此处为185万吨") && f[0].message.contains("前文为178万吨"),
        "{}",
        f[0].message
    );
    assert_eq!(f[0].location.as_ref().and_then(|l| l.line), Some(13));
    silent(
        "target/conflict",
        &[
            // A projection beside its cap.
            two(
                "园区力争2028年前后实现二氧化碳排放达峰，峰值约556.9万吨。",
                "2028年前后实现碳达峰，峰值控制在560万吨以内。",
            ),
            // A level within the other's cap.
            two(
                "园区力争2028年达峰，峰值控制在180万吨以内。",
                "园区2028年达峰，峰值为176万吨。",
            ),
            // A floor and a stretch in one sentence (city style).
            two(
                "园区碳排放力争于2028年达峰，峰值力争控制在178万吨以内，确保不超过185万吨。",
                "园区力争2028年达峰。",
            ),
            // A scenario's peak is the scenario's.
            two(
                "基准情景下，园区排放将于2033年达峰，峰值达到210万吨。",
                "园区力争2028年前后达峰，峰值控制在185万吨以内。",
            ),
        ],
    );
}

/// Electricity's share of final energy use (电能占终端能源消费比重, 终端电气化率) is an
/// indicator of the pack: a target of it without its base-year value is reported, like any
/// other share (it was unknown and silently dropped, probe round 6).
#[test]
fn electrification_share_is_an_indicator() {
    let goals = [
        "到2025年，电能占终端能源消费比重提高到30%；到2030年提高到38%。",
        "到2030年，园区终端电气化率达到40%以上。",
        "2025年，电能占终端用能比重达到35%。",
    ];
    fires("target/no-baseline", &with(DECLARED, &goals));
    silent(
        "target/no-baseline",
        &with(
            "本方案以2020年为基准年。2020年园区电能占终端能源消费比重为22%。",
            &["到2025年，电能占终端能源消费比重提高到30%。"],
        ),
    );
}

/// A late peak year written twice (a scenario section, then the targets; or a preface and
/// the targets) is one finding at its first place, the repeat a related place; two
/// different late years are two findings (probe round 5, r9).
#[test]
fn a_late_peak_stated_twice_is_one_finding() {
    let text = "# 某园区碳达峰实施方案\n\n## 一、情景预测\n\n### （一）达峰情景\n\n\
                实施本方案全部措施后，园区排放2030年为185.0万吨，2031年达到峰值186.2万吨。\n\n\
                ## 二、主要目标\n\n园区二氧化碳排放在2031年达到峰值，峰值控制在187万吨以内。\n";
    let f = findings(text, "target/late-peak");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].location.as_ref().and_then(|l| l.line), Some(7));
    assert_eq!(f[0].related.len(), 1, "{f:#?}");
    assert_eq!(f[0].related[0].location.line, Some(11));
    assert!(
        f[0].related[0].message.contains("2031年达峰也写在此"),
        "{f:#?}"
    );
    let two_years = "# 某县工业集中区碳达峰实施方案\n\n## 前言\n\n集中区力争2031年实现碳达峰。\n\n\
                     ## 二、主要目标\n\n集中区二氧化碳排放于2032年达到峰值。\n";
    assert_eq!(findings(two_years, "target/late-peak").len(), 2);
}
