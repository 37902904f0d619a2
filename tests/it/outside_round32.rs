//! Readings generalised after round 32 of outside plans (session 25), each in several
//! drafting styles: gases said to be outside the plan's caliber without a verb (`在本方案
//! 统计口径之外`, `不属本方案所计的二氧化碳范畴`) are excluded; a section pasted under a second
//! title of the same item is a duplicate; `动态优化` heads the improvement section.

use crate::common::{findings, findings_in};

const BOUNDARY: &str = "核算范围为园区规划范围内全部企业和公共设施，包括化石燃料燃烧的直接排放和净调入电力、热力的间接排放，只核算二氧化碳，核算方法依据GB/T 32150—2015。";

/// A plan whose boundary section ends with `exclusion`.
fn with_exclusion(exclusion: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积16.8平方公里。\n\n\
         ## 二、碳排放现状\n\n### （一）核算边界\n\n{BOUNDARY}{exclusion}\n\n\
         ### （二）排放清单\n\n2020年园区二氧化碳排放总量86.4万吨。\n\n\
         ## 三、碳达峰目标\n\n本方案以2020年为基准年，园区力争2028年实现碳达峰。\n\n\
         ## 四、重点任务\n\n新增光伏装机50兆瓦。\n\n## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

#[test]
fn gases_outside_the_caliber_without_a_verb_are_excluded() {
    for exclusion in [
        // consultancy: 在…之外
        "发酵释放的二氧化碳来自粮食中的生物质碳，污水厌氧处理逸散的甲烷属于其他气体，二者均在本方案统计口径之外。",
        // text plan, full-width indent: 不属…范畴
        "　　园区污水处理站逸散的甲烷和冷库制冷剂泄漏的氢氟碳化物，均不属本方案所计的二氧化碳范畴。",
        // county: 在…以外
        "六氟化硫开关设备的逸散排放在核算边界以外。",
        // province: 不属于…范畴
        "氧化亚氮不属于本次核算的气体范畴。",
    ] {
        let f = findings(&with_exclusion(exclusion), "boundary/non-co2");
        assert!(f.is_empty(), "{exclusion}\n{f:#?}");
    }
    // A gas said to be inside the caliber is counted.
    let f = findings(
        &with_exclusion("污水处理甲烷排放在核算范围之内，2020年为1.2万吨二氧化碳当量。"),
        "boundary/non-co2",
    );
    assert!(!f.is_empty(), "{f:#?}");
}

/// A pathway chapter whose sections are `sections` (title, body).
fn pathway(sections: &[(&str, &str)]) -> String {
    let body: String = sections
        .iter()
        .map(|(t, b)| format!("### {t}\n\n{b}\n\n"))
        .collect();
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积16.8平方公里。\n\n\
         ## 二、重点任务\n\n{body}## 三、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

const EFFICIENCY: &str = "推广竖罐还原技术，回收还原炉和煅烧窑烟气余热用于预热和供暖，对年排放10万吨以上企业开展能效对标，2027年前完成改造。";

#[test]
fn a_section_pasted_under_another_title_of_its_item_is_a_duplicate() {
    for (first, second) in [
        // bilingual consultancy
        (
            "（二）节能降碳增效（Energy Efficiency）",
            "（六）节能降碳增效工程（Efficiency Projects）",
        ),
        // province
        ("（二）节能降碳增效", "（五）能效提升行动"),
    ] {
        let text = pathway(&[
            ("（一）燃料替代", "2025年前燃煤锅炉全部改为天然气锅炉。"),
            (first, EFFICIENCY),
            ("（三）光伏建设", "新增屋顶光伏装机50兆瓦。"),
            (second, EFFICIENCY),
        ]);
        let f = findings(&text, "structure/duplicate-section");
        assert_eq!(f.len(), 1, "{first} / {second}\n{f:#?}");
        assert!(f[0].message.contains("节能降碳增效"), "{}", f[0].message);
    }
    // The same item under two titles with texts of their own, or a stub under both, is not.
    for (a, b) in [
        (
            EFFICIENCY,
            "对38家重点用能企业开展节能诊断，实施电机系统节能改造，2026年前完成。",
        ),
        ("见附表。", "见附表。"),
    ] {
        let text = pathway(&[("（一）节能降碳增效", a), ("（二）能效提升行动", b)]);
        let f = findings(&text, "structure/duplicate-section");
        assert!(f.is_empty(), "{a} / {b}\n{f:#?}");
    }
}

#[test]
fn dynamic_optimisation_heads_the_improvement_section() {
    for (name, tracking) in [
        // provincial notice
        ("plan.md", "## 五、指标跟踪与评估\n\n### （一）碳排放监测统计\n\n建立园区碳排放月度监测和年度核算制度。\n\n### （二）评估考核\n\n每年开展一次目标完成情况评估。\n\n### （三）动态优化\n\n根据评估结果调整重点任务和项目清单。\n"),
        // a chapter title joining two parts
        ("plan.md", "## 五、指标跟踪与动态优化\n\n### （一）监测统计\n\n建立园区碳排放月度监测和年度核算制度。\n\n### （二）评估考核\n\n每年开展一次目标完成情况评估，根据评估结果调整重点任务。\n"),
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积16.8平方公里。\n\n{tracking}\n## 六、保障措施\n\n加强组织领导。\n"
        );
        let f: Vec<_> = findings_in(name, &text, "structure/missing-section")
            .into_iter()
            .filter(|d| d.message.contains("优化改进"))
            .collect();
        assert!(f.is_empty(), "{tracking}\n{f:#?}");
    }
}

/// Exclusions written as a deferral, as negligible, or by referring back (session 25's
/// own probe of sentences in the style of published plans), and the figures they must not
/// hide.
#[test]
fn deferred_negligible_and_referred_back_exclusions() {
    for exclusion in [
        // province: deferred in its own clause
        "核算的温室气体种类为二氧化碳，其他温室气体待条件成熟后逐步纳入。",
        // city: deferred over 其排放
        "园区涉及的含氟气体主要为制冷剂，其排放核算待国家相关方法学出台后再行开展。",
        // consultancy: 本方案中未予考虑
        "非二氧化碳温室气体（甲烷、氧化亚氮等）的排放量较小，本方案中未予考虑。",
        // enterprise: negligible
        "园区六氟化硫排放主要来自电力设备，数量极少，故忽略不计。",
        "氢氟碳化物等含氟气体排放量很低，报告中略去不计。",
        // county: 相关排放 refers back
        "园区暂未开展甲烷排放监测，相关排放未予纳入。",
    ] {
        let f = findings(&with_exclusion(exclusion), "boundary/non-co2");
        assert!(f.is_empty(), "{exclusion}\n{f:#?}");
    }
    for counted in [
        // a clause opening with 待 has no topic: the CO2e total before it stands
        "园区温室气体排放总量102.6万吨二氧化碳当量，其中甲烷4.2万吨二氧化碳当量，待核查后纳入。",
        // 忽略 with an object of its own
        "园区排放总量为86.4万吨二氧化碳当量（含甲烷1.2万吨），故忽略其他影响。",
        "2020年园区甲烷排放量较小，为0.8万吨二氧化碳当量，已计入排放总量。",
    ] {
        let f = findings(&with_exclusion(counted), "boundary/non-co2");
        assert!(!f.is_empty(), "{counted}");
    }
}
