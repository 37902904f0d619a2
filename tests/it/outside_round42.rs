//! Readings generalised after rounds 42 and 43 of outside plans (session 28), each in more
//! than one drafting style:
//! - the 比 of 占比 compares nothing (`占比2025年达到10%以上、2030年达到22%以上`);
//! - a concession or a contrast with CO2 (`虽可折算，但与二氧化碳不是一回事，本方案一律不计入…`)
//!   and a clause opening with the pronoun 其 continue the topic an exclusion reaches back to;
//! - `责任单位：…` above a table names who acts, not the table's unit;
//! - an area `位于园区规划范围之外` is not the park's;
//! - `结构中，` opens a whole breakdown (a ranking, 占比最高, a partial one), and the sources
//!   of the power used are distinct parts;
//! - a profile shows its industry by a product's output and its energy by the power used;
//! - a table cell's peak note written as a cap (`≤224.0（峰值≤229.5）`) is the plan's peak, in
//!   the row's unit.

use crate::common::findings;

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业，排放源包括化石燃料燃烧、工业生产过程和净调入电力热力，只核算二氧化碳，依据GB/T 32150—2015。";

fn goals(sentence: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}\n\n2020年园区二氧化碳排放总量42.7万吨。\n\n## 二、目标\n\n{sentence}\n"
    )
}

#[test]
fn the_bi_of_zhanbi_compares_nothing() {
    for sentence in [
        // bilingual summary
        "可再生能源电力消费占比2025年达到10%以上、2030年达到22%以上。",
        // county
        "园区绿电消费占比2025年达到15%，2030年达到30%。",
        // consultancy, after a change against 2025
        "到2030年，单位工业增加值二氧化碳排放较2025年下降18%以上；清洁能源消费占比2025年达到40%、2030年达到55%。",
    ] {
        let f = findings(&goals(sentence), "target/conflict");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    let f = findings(
        &goals("可再生能源电力消费占比2025年达到10%、2030年达到22%。到2030年，可再生能源电力消费占比达到25%。"),
        "target/conflict",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

fn inventory(sentence: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n### （一）核算边界\n\n{BOUNDARY}{sentence}\n\n2020年园区二氧化碳排放总量53.7万吨。\n"
    )
}

#[test]
fn a_concession_or_a_pronoun_keeps_the_excluded_topic() {
    for sentence in [
        // bilingual appliance park
        "整机企业冷媒充注环节的R32和HFC-245fa属于氢氟碳化物，虽可折算，但与二氧化碳不是一回事，本方案一律不计入清单和目标。",
        // 实施意见
        "一家医用气体企业充装的氧化亚氮属于产品，其充装损耗不在本意见所称碳排放之列。",
        // province
        "半导体企业使用的三氟化氮属于含氟气体，与二氧化碳性质不同，不纳入园区碳排放核算。",
        // enterprise
        "污水站厌氧池逸散的甲烷，其逸散量由企业按排污许可要求监测，不计入本方案排放总量。",
    ] {
        let f = findings(&inventory(sentence), "boundary/non-co2");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    let f = findings(
        &inventory("冷媒充注环节的氢氟碳化物排放折合二氧化碳当量0.6万吨，计入排放总量。"),
        "boundary/non-co2",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

fn pathway(lead: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}\n\n2020年园区二氧化碳排放总量42.7万吨。\n\n\
         ## 二、情景分析\n\n基准情景下，园区2030年排放66.0万吨。\n\n## 三、目标\n\n到2030年，园区二氧化碳排放总量控制在49.5万吨以内。\n\n\
         ## 四、重点任务\n\n### （三）推进用热系统低碳化\n\n{lead}\n\n**专栏4　重点项目及减排量（万吨/年）**\n\n\
         | 项目 | 完成时间 | 2025年 | 2030年 |\n|---|---|---|---|\n| 屋顶及立面光伏 | 2028年 | 0.9 | 1.5 |\n| 绿电交易 | 2030年 | 2.8 | 9.5 |\n\
         | 洁净厂房及冷站节能 | 2027年 | 1.4 | 3.1 |\n| 蒸汽系统改造 | 2027年 | 0.6 | 2.2 |\n| 燃气锅炉热泵替代 | 2029年 | 0.3 | 0.9 |\n| 合计 | — | 6.0 | 17.2 |\n"
    )
}

#[test]
fn who_acts_is_no_unit_of_the_table_below() {
    for lead in [
        // 实施意见
        "推广电蒸汽发生器和高温热泵。责任单位：各生产企业、园区供汽公司。",
        // county
        "推进蒸汽管网改造。牵头单位：园区管委会经济发展局；配合单位：供热公司。",
        // ministry
        "实施燃气锅炉热泵替代。实施单位为园区内各生产企业。",
    ] {
        let f = findings(&pathway(lead), "target/reduction-gap");
        assert!(f.is_empty(), "{lead}\n{f:#?}");
    }
}

fn areas(sentence: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积46.8平方公里。{sentence}\n\n## 二、碳排放现状\n\n{BOUNDARY}\n"
    )
}

#[test]
fn an_area_outside_the_park_is_not_its_area() {
    for sentence in [
        "园区依托的盐湖矿区面积约320平方公里，位于园区规划范围之外，不计入园区面积。",
        "配套的铁路专用线场站约2.1平方公里，地处园区边界以外。",
        "园区托管的生态涵养区18平方公里，在核算边界之外。",
    ] {
        let f = findings(&areas(sentence), "boundary/area");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    let f = findings(&areas("园区总面积约52平方公里。"), "boundary/area");
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn a_structure_and_the_sources_of_power_are_whole_lists() {
    for sentence in [
        // the ETDZ
        "能源消费结构中，非化石能源占31.6%，天然气占32.9%，外购火电及热力占27.4%，煤炭占10.3%，油品占2.8%。",
        // consultancy
        "2021年园区用电9.8亿千瓦时，其中电网购电占89.8%、绿电交易占8.1%、屋顶光伏自发自用占4.1%。",
    ] {
        let f = findings(&inventory(sentence), "consistency/share-sum");
        assert_eq!(f.len(), 1, "{sentence}\n{f:#?}");
    }
    for sentence in [
        "能源消费结构中，非化石能源占31.6%，天然气占32.9%，外购火电及热力占22.4%，煤炭占10.3%，油品占2.8%。",
        // a ranking names only some
        "能源消费结构中，煤炭占比最高，为58%，其次为天然气，占23%。",
        // non-fossil beside the carriers it overlaps
        "2021年能源消费总量28.2万吨标准煤，其中蔗渣等生物质占69.0%、煤炭占21.8%、电力占8.5%、柴油占0.7%，非化石能源消费比重为69.0%。",
        "2021年园区用电9.8亿千瓦时，其中电网购电占87.8%、绿电交易占8.1%、屋顶光伏自发自用占4.1%。",
    ] {
        let f = findings(&inventory(sentence), "consistency/share-sum");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
}

#[test]
fn a_profile_shows_output_and_power_used() {
    let plan = |profile: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n第一部分 写在前面\n\n一、为什么编\n\n落实国家部署。\n\n第二部分 我们的家底\n\n{profile}\n\n\
             第三部分 排放盘点\n\n{BOUNDARY}2020年园区二氧化碳排放总量174.0万吨。\n\n第四部分 目标\n\n园区力争2028年达峰。\n\n\
             第五部分 减碳路径\n\n建设分布式光伏4万千瓦。\n\n第六部分 保障措施\n\n成立领导小组。\n\n第七部分 跟踪评估\n\n按年评估，必要时修订方案。\n"
        )
    };
    for profile in [
        // enterprise-led
        "一、园区范围\n\n园区规划面积14.6平方公里。\n\n二、产业和用能\n\n2020年工业硅产量24万吨，有机硅单体产能20万吨。园区年用电32亿千瓦时。",
        // county
        "园区位于县城北侧，面积9.2平方公里。2021年原纸产量68万吨，全年用电量5.6亿千瓦时。",
    ] {
        let f = findings(&plan(profile), "structure/missing-chapter");
        assert!(
            !f.iter().any(|d| d.message.contains("园区概况")),
            "{profile}\n{f:#?}"
        );
    }
}

#[test]
fn a_capped_peak_note_in_a_cell_is_the_peak() {
    let plan = |cell: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}\n\n2020年园区二氧化碳排放总量209.6万吨。\n\n\
             ## 二、目标\n\n力争2028年前实现碳达峰，峰值控制在232.0万吨以内。\n\n表3 主要指标\n\n\
             | 指标 | 2020年基准值 | 2025年 | 2030年 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 209.6 | ≤226.0 | {cell} |\n"
        )
    };
    for cell in ["≤224.0（峰值≤229.5）", "≤224.0（峰值不超过229.5）"] {
        let f = findings(&plan(cell), "target/conflict");
        assert_eq!(f.len(), 1, "{cell}\n{f:#?}");
        assert!(f[0].message.contains("229.5"), "{}", f[0].message);
    }
    for cell in ["≤224.0（峰值≤232.0）", "224.0（峰值约229.5）"] {
        let f = findings(&plan(cell), "target/conflict");
        assert!(f.is_empty(), "{cell}\n{f:#?}");
    }
}

/// A status year restated beside the declared base for the same indicator and year, in the
/// same sentence (`较2020年下降14%以上，较2023年下降6%`), is no second base year; the later
/// year alone, with the declared one elsewhere, still is.
#[test]
fn a_status_year_beside_the_base_is_no_second_base() {
    let plan = |sentences: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n{BOUNDARY}本方案以2020年为基准年。\n\n2020年园区二氧化碳排放总量42.7万吨。\n\n## 二、目标\n\n{sentences}\n"
        )
    };
    for sentences in [
        // province
        "到2025年，园区单位工业增加值能耗较2020年下降14%以上，较2023年下降6%。",
        // consultancy
        "2025年单位工业增加值二氧化碳排放比2020年下降18%、比2022年下降9%。",
    ] {
        let f = findings(&plan(sentences), "boundary/base-year");
        assert!(f.is_empty(), "{sentences}\n{f:#?}");
    }
    let f = findings(
        &plan("到2025年，单位工业增加值二氧化碳排放较2020年下降18%。到2030年，单位工业增加值二氧化碳排放较2022年下降40%。"),
        "boundary/base-year",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}
