//! Readings generalised after round 31 of outside plans (session 25), each in several
//! drafting styles: a negated accounting verb closing its clause excludes the topic before
//! it; a grouping column's `总量` is no total row; the boundary section declares the scope
//! wherever it stands; a green-power share of all the power used is the renewable
//! electricity share.

use crate::common::findings;

/// A plan with `boundary` as its boundary section, `body` in its emissions chapter and
/// `targets` in its targets chapter.
fn plan(boundary: &str, body: &str, targets: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积16.8平方公里。\n\n\
         ## 二、碳排放现状\n\n### （一）核算边界\n\n{boundary}\n\n### （二）排放清单\n\n{body}\n\n\
         ## 三、碳达峰目标\n\n{targets}\n\n## 四、重点任务\n\n新增光伏装机50兆瓦，推进绿电交易。\n\n\
         ## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业和公共设施，包括化石燃料燃烧和工业生产过程的直接排放，以及净调入电力、热力的间接排放，只核算二氧化碳，核算方法依据GB/T 32150—2015。";
const INVENTORY: &str = "2020年园区二氧化碳排放总量165.6万吨。";
const TARGETS: &str = "本方案以2020年为基准年，园区力争2028年实现碳达峰。";

#[test]
fn a_negated_accounting_verb_closing_its_clause_excludes_the_topic_before() {
    for sentence in [
        // city: the wafer fab's wording
        "刻蚀、腔室清洗等工序使用的全氟化碳、三氟化氮、六氟化硫等含氟特种气体，其排放不属于二氧化碳，本方案既不核算，也不折算后计入排放总量，由企业依托尾气处理设施运行台账单独管理。",
        // county: terse
        "污水处理站厌氧工段产生的甲烷，本次一律不统计。",
        // ministry: 均不核算 after a list
        "硝酸装置的氧化亚氮和冷库制冷剂逸散的氢氟碳化物，本方案均不核算。",
        // province: a comment without a figure between the gases and the cue
        "硝酸装置的氧化亚氮和冷库制冷剂逸散的氢氟碳化物，排放量较小，本方案均不核算。",
        // consultancy
        "污水处理产生的甲烷，逸散量极少，暂不纳入本次核算。",
        // enterprise: the plan's inventory as subject
        "电解槽阳极效应产生的全氟化碳，本清单暂不计算。",
    ] {
        let boundary = format!("{BOUNDARY}{sentence}");
        let f = findings(&plan(&boundary, INVENTORY, TARGETS), "boundary/non-co2");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
    // The gas counted in the plan's figures is still reported, and so is a total in CO2e
    // before a clause with a figure of its own: the walk back stops there.
    let f = findings(
        &plan(
            BOUNDARY,
            "2020年园区温室气体排放总量171.2万吨二氧化碳当量，其中甲烷5.6万吨，本方案均不核算。",
            TARGETS,
        ),
        "boundary/non-co2",
    );
    assert!(
        f.iter().any(|d| d.message.contains("二氧化碳当量")),
        "{f:#?}"
    );
    let f = findings(
        &plan(
            BOUNDARY,
            "2020年园区温室气体排放总量171.2万吨二氧化碳当量，其中全氟化碳5.6万吨二氧化碳当量。",
            TARGETS,
        ),
        "boundary/non-co2",
    );
    assert!(!f.is_empty(), "{f:#?}");
}

/// An indicator table whose first column groups the indicators, one group named `总量`.
fn grouped_indicators(group: &str) -> String {
    format!(
        "| {group} | 指标 | 2020年 | 2025年 | 2030年 | 属性 |\n|---|---|---|---|---|---|\n\
         | 总量 | 二氧化碳排放总量（万吨） | 71.0 | 83.0 | 82.6 | 约束性 |\n\
         | 强度 | 单位工业增加值二氧化碳排放（吨/万元） | 0.486 | 0.397 | 0.295 | 约束性 |\n\
         | 结构 | 光伏装机（万千瓦） | 1.3 | 5.5 | 13.0 | 预期性 |\n\
         | 结构 | 绿电交易电量（亿千瓦时） | 0 | 0.5 | 1.8 | 预期性 |"
    )
}

#[test]
fn a_grouping_columns_total_word_is_no_total_row() {
    // consultancy 类别, province 指标类别, city 领域
    for group in ["类别", "指标类别", "领域"] {
        let table = grouped_indicators(group);
        let f = findings(
            &plan(BOUNDARY, INVENTORY, &format!("{TARGETS}\n\n{table}")),
            "consistency/table-sum",
        );
        assert!(f.is_empty(), "{table}\n{f:#?}");
    }
    // Roles written in the grouping column are still read: a 合计 row with nothing after it
    // is the total, its 小计 and 其中 rows are what they say.
    let inventory = "| 类别 | 排放源 | 排放量（万吨） |\n|---|---|---|\n\
        | 直接排放小计 | — | 128.6 |\n| 其中 | 燃煤 | 117.8 |\n| 其中 | 天然气 | 6.7 |\n| 其中 | 石灰石分解 | 3.2 |\n\
        | 间接排放小计 | — | 54.2 |\n| 其中 | 外购电力 | 54.2 |\n| 合计 | — | 182.8 |";
    let f = findings(&plan(BOUNDARY, inventory, TARGETS), "consistency/table-sum");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("合计为128.6，3个分项之和为127.7"),
        "{}",
        f[0].message
    );
}

#[test]
fn the_boundary_section_declares_the_scope_wherever_it_stands() {
    // The targets chapter first (a misordered plan), its peak stated on direct emissions.
    for caliber in [
        // province
        "园区力争2028年实现碳达峰，达峰目标按直接排放口径（化石燃料燃烧和工业生产过程，不计净调入电力间接排放）考核，二氧化碳排放峰值控制在55万吨以内。",
        // consultancy
        "峰值目标口径为直接排放（不含外购电力、热力），2028年达峰，峰值不超过55万吨。",
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积16.8平方公里。\n\n\
             ## 二、碳达峰目标\n\n{caliber}\n\n## 三、碳排放现状\n\n### （一）核算边界\n\n{BOUNDARY}\n\n\
             ### （二）排放清单\n\n2020年园区二氧化碳排放总量163.7万吨，其中净调入电力113.9万吨。\n\n\
             ## 四、重点任务\n\n新增光伏装机50兆瓦。\n\n## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
        );
        let f = findings(&text, "boundary/scope-mismatch");
        assert_eq!(f.len(), 1, "{caliber}\n{f:#?}");
        assert!(f[0].message.contains("此处只按直接排放计算"), "{}", f[0].message);
        assert!(f[0].message.contains("而核算边界计入了"), "{}", f[0].message);
    }
}

#[test]
fn a_green_power_share_of_all_power_used_is_the_renewable_electricity_share() {
    for stated in [
        // city
        "到2025年绿电占用电量比重达到27%，到2030年绿电占用电量比重达到21%。",
        // province
        "绿色电力消费量占全社会用电量的比重2025年达到27%，2030年达到21%。",
    ] {
        let f = findings(
            &plan(BOUNDARY, INVENTORY, &format!("{TARGETS}{stated}")),
            "target/implausible",
        );
        assert_eq!(f.len(), 1, "{stated}\n{f:#?}");
        assert!(
            f[0].message.contains("阶段目标顺序颠倒"),
            "{}",
            f[0].message
        );
    }
    // A share of the purchased power only is another indicator than the share of all power.
    let targets = format!(
        "{TARGETS}到2025年，可再生能源电力消费比重达到15%。绿电占外购电量比例2025年达到12%、2030年达到50%。"
    );
    let f = findings(&plan(BOUNDARY, INVENTORY, &targets), "target/conflict");
    assert!(f.is_empty(), "{f:#?}");
}
