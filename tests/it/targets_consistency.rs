//! `consistency/table-sum` and `consistency/share-sum`: totals that are not the sum of
//! their parts and complete breakdowns that do not add up to 100%, with the tolerance of
//! the printed precision; partial lists, subtotals and declared rounding stay silent.

use crate::common;
use common::{findings, fires, silent};

fn plan(body: &str) -> String {
    format!("# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{body}\n")
}

fn plans(bodies: &[&str]) -> Vec<String> {
    bodies.iter().map(|b| plan(b)).collect()
}

const TS: &str = "consistency/table-sum";
const SS: &str = "consistency/share-sum";

#[test]
fn table_sum_fires_when_the_total_is_not_the_sum() {
    fires(
        TS,
        &plans(&[
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 128.3 |\n| 合计 | 486.0 |",
            "| 行业 | 排放量（万吨二氧化碳） | 占比（%） |\n|---|---:|---:|\n| 化工 | 301.5 | 62.0 |\n| 装备 | 64.0 | 13.2 |\n| 其他 | 46.7 | 9.6 |\n| 合计 | 420.2 | 84.8 |",
            "| 能源品种 | 消费量（万吨标准煤） |\n|---|---:|\n| 煤炭 | 87.5 |\n| 天然气 | 25.1 |\n| 电力 | 28.3 |\n| 总计 | 145.0 |",
            // Total first, parts after.
            "| 项目 | 2025年减排量（万吨） |\n|---|---:|\n| 合计 | 42.0 |\n| 光伏 | 14.6 |\n| 绿电 | 10.4 |\n| 节能 | 8.7 |",
            // Integers: 86+97+41 = 224, not 230.
            "| 产业 | 规上企业数（家） |\n|---|---:|\n| 化工 | 86 |\n| 装备 | 97 |\n| 电子 | 41 |\n| 合计 | 230 |",
            // Dashes are zeros: 23.4 + 9.8 = 33.2, not 35.2.
            "| 项目 | 总投资（亿元） | 年减排量（万吨二氧化碳） |\n|---|---:|---:|\n| 光伏 | 16.00 | 23.4 |\n| 储能 | 2.40 | — |\n| 供热 | 5.80 | 9.8 |\n| 合计 | 24.20 | 35.2 |",
            // 万吨 and 亿元 columns checked separately.
            "| 产业 | 工业增加值（亿元） | 排放量（万吨） |\n|---|---:|---:|\n| 化工 | 168.7 | 301.5 |\n| 装备 | 92.1 | 64.0 |\n| 合计 | 270.8 | 365.5 |",
            // Two decimals: the tolerance is 0.005 a figure.
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 燃料燃烧 | 12.34 |\n| 工业过程 | 5.67 |\n| 合计 | 18.11 |",
            // A total labelled in English, or with its unit (the pack's lexicon.total_row).
            "| Source | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 61.8 |\n| 工业生产过程 | 47.5 |\n| 外购电力 | 15.2 |\n| Total | 126.5 |",
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 燃料燃烧 | 31.4 |\n| 外购电力 | 12.2 |\n| 合计（万吨） | 45.6 |",
            // Emissions by category with a 共计 row.
            "| 类别 | 排放量（万吨） |\n|---|---:|\n| 直接排放 | 320.5 |\n| 间接排放 | 144.4 |\n| 共计 | 486.0 |",
            // A rounding note forgives rounding, not a slip of several units.
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 138.3 |\n| 合计 | 486.0 |\n\n注：因四舍五入，合计数与分项之和可能存在差异。",
        ]),
    );
}

#[test]
fn table_sum_gives_total_sum_and_difference() {
    let f = findings(
        &plan("| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 128.3 |\n| 合计 | 486.0 |"),
        TS,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    let m = &f[0].message;
    assert!(
        m.contains("合计为486.0") && m.contains("之和为469.9") && m.contains("相差16.1"),
        "{m}"
    );
    assert!(f[0].location.is_some());
}

#[test]
fn table_sum_is_silent_within_rounding_and_on_other_tables() {
    silent(
        TS,
        &plans(&[
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 144.4 |\n| 合计 | 486.0 |",
            // Off by 0.1 with three one-decimal parts: within rounding (±0.2).
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 144.3 |\n| 合计 | 486.0 |",
            // Off by 0.3 with a rounding note: allowed (±0.4).
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 化石燃料燃烧 | 298.4 |\n| 工业生产过程 | 43.2 |\n| 净调入电力 | 144.1 |\n| 合计 | 486.0 |\n\n注：数据经四舍五入，合计数与分项之和可能存在差异。",
            // Subtotals.
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 燃煤 | 236.2 |\n| 燃气 | 41.8 |\n| 小计 | 278.0 |\n| 电力 | 128.3 |\n| 合计 | 406.3 |",
            // A subtotal labelled in English.
            "| Source | 排放量（万吨） |\n|---|---:|\n| 燃煤 | 236.2 |\n| 燃气 | 41.8 |\n| Subtotal | 278.0 |\n| 电力 | 128.3 |\n| Total | 406.3 |",
            // 其中 rows.
            "| 行业 | 排放量（万吨） |\n|---|---:|\n| 工业 | 400.0 |\n| 其中：化工 | 301.5 |\n| 建筑 | 50.0 |\n| 合计 | 450.0 |",
            // Intensities and rates are not added.
            "| 行业 | 排放量（万吨） | 排放强度（吨/万元） | 增长率（%） |\n|---|---:|---:|---:|\n| 化工 | 301.5 | 1.79 | 3.2 |\n| 装备 | 64.0 | 0.69 | 5.1 |\n| 合计 | 365.5 | 1.35 | 3.6 |",
            // An indicator table with a 单位 column.
            "| 类别 | 指标 | 单位 | 基准值 |\n|---|---|---|---:|\n| 总量 | 二氧化碳排放总量 | 万吨 | 486.0 |\n| 强度 | 单位工业增加值二氧化碳排放 | 吨/万元 | 1.25 |\n| 合计 | — | — | 3 |",
            // No total row.
            "| 年份 | 排放量（万吨） |\n|---:|---:|\n| 2019 | 472.8 |\n| 2020 | 486.0 |",
            // A total in the middle is not understood.
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 燃煤 | 236.2 |\n| 合计 | 300.0 |\n| 电力 | 128.3 |",
            // A text cell makes the column unreadable.
            "| 项目 | 减排量（万吨） |\n|---|---:|\n| 光伏 | 约10 |\n| 节能 | 8.7 |\n| 合计 | 20.0 |",
            // Years are not summed.
            "| 措施 | 年份 | 减排量（万吨） |\n|---|---:|---:|\n| 光伏 | 2025 | 14.6 |\n| 节能 | 2026 | 8.7 |\n| 合计 | — | 23.3 |",
        ]),
    );
}

#[test]
fn share_sum_fires_on_declared_breakdowns_off_100() {
    fires(
        SS,
        &plans(&[
            "2020年，园区能源消费结构为：煤炭占62%、天然气占25%、净调入电力占20%、其他能源占5%。",
            "园区能源消费结构为煤炭55%、天然气20%、电力20%、其他10%。",
            "2020年，园区三次产业结构为2.1:45.3:58.6。",
            "2020年，第一、二、三产业增加值占地区生产总值比重分别为2.1%、45.3%和48.6%。",
            "园区排放构成为：能源活动占72.1%，工业生产过程占14.3%，净调入电力占20.6%。",
            "从行业看，化工占62.0%；装备占13.2%；电子占10.9%；其他行业占9.6%。",
            "园区能源消费构成中，煤炭、天然气、油品和其他能源分别占56%、16%、6%和12%。",
            "二氧化碳排放结构为：直接排放占70.4%、间接排放占31.6%。",
            "园区用地结构为：工业用地60%、物流仓储用地15%、道路与交通设施用地12%、其他用地8%。",
            "能源结构如下：煤炭50.5%，天然气20.0%，电力25.0%，其余3.0%。",
            "2020年园区电力消费构成为：化工54%，装备21%，电子18%，其他12%。",
            // The list's stated total does not hide a wrong part (58.7 + 32.4 + 4.6 + 5.3).
            "能源消费结构如下：煤炭占58.7%，生物质占32.4%，外购电力占4.6%，天然气占5.3%，合计100%。",
        ]),
    );
    let f = findings(
        &plan(
            "2020年，园区能源消费结构为：煤炭占62%、天然气占25%、净调入电力占20%、其他能源占5%。",
        ),
        SS,
    );
    assert!(
        f.first()
            .is_some_and(|d| d.message.contains("4项合计112%") && d.message.contains("相差12")),
        "{f:#?}"
    );
}

#[test]
fn share_sum_is_silent_on_complete_partial_and_approximate_lists() {
    silent(
        SS,
        &plans(&[
            "2020年，园区能源消费结构为：煤炭占62%、天然气占18%、净调入电力占15%、其他能源占5%。",
            // Rounding: 56.3 + 16.1 + 6.2 + 18.2 + 3.2 = 100.0.
            "园区能源消费结构为煤炭56.3%、天然气16.1%、油品6.2%、电力18.2%、热力3.2%。",
            // Partial lists.
            "园区能源消费中，煤炭占56.3%，其中发电用煤占30.1%。",
            "化工、装备、电子三个行业分别占园区排放的62%、13%、11%。",
            "煤炭占能源消费总量的56.3%，天然气占16.1%。",
            "园区能源消费结构为煤炭主导型，煤炭占56%，天然气占16%。",
            // Approximate shares.
            "园区能源消费结构为：煤炭约占六成、天然气约占20%、其他约占15%。",
            // Changes, not shares.
            "到2025年，非化石能源消费比重提高到15%，煤炭消费比重下降到45%，其他能源比重达到40%。",
            "能源结构持续优化，非化石能源消费比重由6.8%提高到15%。",
            // A ratio of small numbers is not percentages.
            "园区产业结构为1:3:6。",
            // Three integer shares summing to 101: within rounding (±1.5).
            "园区能源消费结构为：煤炭56%、天然气28%、其他17%。",
            // Percentage points.
            "能源结构调整：煤炭比重下降5个百分点，其他能源上升5个百分点。",
            // The list's own total closes it; it is not one more part (consultancy,
            // province and county styles).
            "能源消费结构如下：煤炭占58.7%，生物质占32.4%，外购电力占4.6%，天然气占4.3%，合计100%。",
            "园区排放构成为：能源活动占72.1%，工业生产过程占7.3%，净调入电力占20.6%（合计100.0%）。",
            "全县工业用能结构为煤炭61%、电力27%、天然气12%，共计100%。",
        ]),
    );
}

/// A table's percentage column whose total row is 100 is a composition: its parts not
/// adding up to 100 is share-sum's finding (since session 18; the outside reviewers of
/// rounds 15 and 17 name it so), in the table's words; table-sum keeps the other columns.
#[test]
fn a_percentage_column_totalling_100_is_share_sums() {
    let table = "表1　能源消费结构\n\n| 品种 | 占比（%） |\n|---|---:|\n| 煤炭 | 56.3 |\n| 天然气 | 16.1 |\n| 合计 | 100.0 |";
    let doc = plans(&[table]);
    let f = findings(&doc[0], SS);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("合计为100.0") && f[0].message.contains("72.4"),
        "{}",
        f[0].message
    );
    assert!(findings(&doc[0], TS).is_empty());
    // Emissions and shares side by side: each column to its rule.
    let both = "| 排放源 | 排放量（万吨） | 占比（%） |\n|---|---:|---:|\n| 燃料燃烧 | 60.0 | 55.0 |\n| 外购电力 | 40.0 | 50.0 |\n| 合计 | 110.0 | 100.0 |";
    let doc = plans(&[both]);
    assert_eq!(findings(&doc[0], SS).len(), 1);
    assert_eq!(findings(&doc[0], TS).len(), 1);
}

#[test]
fn share_sum_reads_structure_tables_without_a_total() {
    let f = findings(
        &plan("表3　园区能源消费结构\n\n| 能源品种 | 占比（%） |\n|---|---:|\n| 煤炭 | 62.0 |\n| 天然气 | 25.0 |\n| 电力 | 20.0 |"),
        SS,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    let ok = findings(
        &plan("表3　园区能源消费结构\n\n| 能源品种 | 占比（%） |\n|---|---:|\n| 煤炭 | 62.0 |\n| 天然气 | 18.0 |\n| 电力 | 20.0 |"),
        SS,
    );
    assert!(ok.is_empty(), "{ok:#?}");
}

/// A total stated in prose with its parts listed after 其中 or in list items after a
/// colon: parts that exceed the total, or a complete list (direct sources and purchased
/// power, three parts or more) that falls short, are reported — in several styles; a list
/// of the main parts only, parts broken down in brackets, parts that change over years and
/// sums within rounding are not.
#[test]
fn a_total_in_prose_against_its_listed_parts() {
    fires(
        TS,
        &plans(&[
            // Province style: a complete 其中 list, 185.3 against 192.0.
            "2020年园区二氧化碳排放总量192.0万吨，其中化石燃料燃烧排放96.2万吨，工业生产过程排放30.5万吨，净调入电力间接排放48.7万吨，净调入热力间接排放9.9万吨。",
            // Enterprise style: list items after a colon.
            "2020年，产业园二氧化碳排放总量192.0万吨。分排放源看：\n\n- 化石燃料燃烧排放96.2万吨；\n- 工业生产过程排放30.5万吨；\n- 外购电力间接排放48.7万吨；\n- 外购热力间接排放9.9万吨。",
            // Consultancy style: two parts that exceed the total.
            "基准年开发区二氧化碳排放量为86.4万吨，其中能源活动排放71.2万吨、外购电力排放22.5万吨。",
            // County style: 其中： with a colon and semicolons.
            "2021年园区碳排放总量为101.8万吨，其中：燃煤排放46.3万吨；天然气燃烧排放8.1万吨；工业生产过程排放2.4万吨；外购电力间接排放40.5万吨。",
        ]),
    );
    silent(
        TS,
        &plans(&[
            // The main parts only.
            "2020年园区二氧化碳排放总量525.0万吨，其中煤化工排放312.5万吨、氯碱化工排放146.8万吨。",
            "2020年园区二氧化碳排放总量192.0万吨，其中主要来自化石燃料燃烧96.2万吨、工业生产过程30.5万吨和外购电力48.7万吨。",
            // A part broken down in brackets.
            "2020年园区二氧化碳排放总量为58.6万吨，其中化石燃料燃烧排放12.4万吨（天然气9.8万吨、汽油柴油2.6万吨），净调入电力排放41.3万吨，净调入热力排放4.9万吨。",
            // Parts that change over years.
            "2016—2020年园区二氧化碳排放由198.6万吨增至242.5万吨，其中化石燃料燃烧排放由119.4万吨增加到142.5万吨，外购电力排放由45.4万吨增加到61.4万吨。",
            // Within rounding: 96.2+30.5+48.7+9.9 = 185.3 against 185.3.
            "2020年园区二氧化碳排放总量185.3万吨，其中化石燃料燃烧排放96.2万吨，工业生产过程排放30.5万吨，净调入电力间接排放48.7万吨，净调入热力间接排放9.9万吨。",
            // Sources only (no purchased power named): the list may be partial.
            "2020年园区二氧化碳排放总量120.0万吨，其中燃煤锅炉排放61.3万吨，天然气锅炉排放22.4万吨，工业窑炉排放18.9万吨。",
        ]),
    );
    let d = findings(&plan("2020年园区二氧化碳排放总量192.0万吨，其中化石燃料燃烧排放96.2万吨，工业生产过程排放30.5万吨，净调入电力间接排放48.7万吨，净调入热力间接排放9.9万吨。"), TS);
    let msg = d.first().map(|d| d.message.clone()).unwrap_or_default();
    assert!(
        msg.contains("192.0") && msg.contains("185.3") && msg.contains("6.7"),
        "{msg}"
    );
    assert_eq!(
        d.first().and_then(|d| d.location.as_ref().map(|l| l.line)),
        Some(Some(5))
    );
}

/// A subtotal broken down by `其中` rows: its parts are all of it, so they must add up to
/// it (both ways), and the table's total is checked against the subtotals. A breakdown
/// under an ordinary row may be partial or overlapping and is left alone.
#[test]
fn a_subtotal_against_its_breakdown_rows() {
    let cases = [
        // Consultancy style: 类别 | 排放源 columns, 其中 in the first column; 117.8 + 6.7 +
        // 3.2 = 127.7, not 128.6.
        ("plan.md", "| 类别 | 排放源 | 排放量（万吨） |\n|---|---|---:|\n| 直接排放小计 | — | 128.6 |\n| 其中 | 燃煤（自备热电） | 117.8 |\n| 其中 | 天然气（石灰窑） | 6.7 |\n| 其中 | 外购石灰石分解 | 3.2 |\n| 间接排放小计 | — | 54.2 |\n| 其中 | 外购电力 | 54.2 |\n| 合计 | — | 182.8 |", "128.6", "127.7"),
        // Province style: `其中：` in the label; the parts exceed the subtotal.
        ("plan.md", "| 排放源 | 2020年排放量（万吨） |\n|---|---:|\n| 能源活动小计 | 236.2 |\n| 其中：燃煤 | 201.5 |\n| 其中：燃气 | 41.8 |\n| 工业过程 | 20.4 |\n| 外购电力 | 128.3 |\n| 合计 | 384.9 |", "236.2", "243.3"),
        // County style: a text table drawn with bars.
        ("plan.txt", "一、碳排放现状\n\n表1　2020年园区碳排放构成\n│排放源│排放量（万吨）│\n│直接排放小计│88.0│\n│其中：燃煤锅炉│61.3│\n│其中：天然气锅炉│22.4│\n│其中：工业窑炉│18.9│\n│间接排放小计│40.5│\n│合计│128.5│\n", "88.0", "102.6"),
    ];
    for (name, body, total, sum) in cases {
        let text = if name.ends_with(".md") {
            plan(body)
        } else {
            format!("某园区碳达峰实施方案\n\n{body}")
        };
        let f = common::findings_in(name, &text, TS);
        assert_eq!(f.len(), 1, "{body}\n{f:#?}");
        let m = &f[0].message;
        assert!(
            m.contains(&format!("合计为{total}")) && m.contains(&format!("之和为{sum}")),
            "{m}"
        );
    }
    // The table's total against the subtotals it is made of: 128.6 + 54.2 ≠ 190.0.
    let f = findings(
        &plan("| 类别 | 排放源 | 排放量（万吨） |\n|---|---|---:|\n| 直接排放小计 | — | 128.6 |\n| 其中 | 燃煤 | 117.8 |\n| 其中 | 天然气 | 7.6 |\n| 其中 | 石灰石分解 | 3.2 |\n| 间接排放小计 | — | 54.2 |\n| 合计 | — | 190.0 |"),
        TS,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("合计为190.0"), "{}", f[0].message);
    silent(
        TS,
        &plans(&[
            // Enterprise style: every level adds up (128.6 = 117.8 + 7.6 + 3.2; 182.8).
            "| 类别 | 排放源 | 排放量（万吨） | 占比（%） |\n|---|---|---:|---:|\n| 直接排放小计 | — | 128.6 | 70.4 |\n| 其中 | 燃煤 | 117.8 | 64.4 |\n| 其中 | 天然气 | 7.6 | 4.1 |\n| 其中 | 石灰石分解 | 3.2 | 1.8 |\n| 间接排放小计 | — | 54.2 | 29.6 |\n| 其中 | 外购电力 | 54.2 | 29.6 |\n| 合计 | — | 182.8 | 100.0 |",
            // A breakdown of an ordinary row may be partial …
            "| 行业 | 排放量（万吨） |\n|---|---:|\n| 工业 | 400.0 |\n| 其中：化工 | 301.5 |\n| 其中：建材 | 50.2 |\n| 建筑 | 50.0 |\n| 合计 | 450.0 |",
            // … or overlap (high-tech and strategic emerging industries).
            "| 指标 | 2020年（亿元） |\n|---|---:|\n| 工业增加值 | 500.0 |\n| 其中：高新技术产业 | 300.0 |\n| 其中：战略性新兴产业 | 250.0 |\n| 服务业增加值 | 120.0 |\n| 合计 | 620.0 |",
            // A lone 其中 row followed by an ordinary row: where the breakdown ends is not
            // plain (天然气 may be under 能源活动), so the table is not summed.
            "| 排放源 | 排放量（万吨） |\n|---|---:|\n| 能源活动 | 300.0 |\n| 其中：燃煤 | 200.0 |\n| 天然气 | 100.0 |\n| 工业过程 | 50.0 |\n| 合计 | 350.0 |",
        ]),
    );
}
