//! Readings generalised after the twentieth round of outside plans (session 20), each in
//! several drafting styles: chapters numbered as topics (`专题一`…); a statement quoted from
//! a cited document, and another level's base year, are that level's; a chapter with the
//! safeguards' substance under an unfamiliar title is the safeguards chapter (the tracking
//! read inside it); a park profile written in the opening chapter is present; a list of
//! shares by source is the whole breakdown.

use crate::common::{findings, findings_in};

const CHAPTERS: [&str; 6] = [
    "园区基本情况",
    "碳排放底数",
    "达峰目标",
    "降碳行动",
    "指标跟踪与优化改进",
    "保障措施",
];

/// A plan of six chapters numbered by `number(i)`, each with two `一、`/`二、` sections.
fn numbered_plan(number: impl Fn(usize) -> String) -> String {
    let mut s = String::from("某园区碳达峰实施方案\n\n");
    for (i, title) in CHAPTERS.iter().enumerate() {
        s.push_str(&format!(
            "{} {title}\n\n一、概述\n本章正文。\n\n二、要点\n本章正文。\n\n",
            number(i + 1)
        ));
    }
    s
}

#[test]
fn topics_number_chapters() {
    let cn = ["一", "二", "三", "四", "五", "六"];
    for (style, plan) in [
        // consultancy: 专题一 园区基本情况
        (
            "space",
            numbered_plan(|i| format!("专题{}", cn.get(i - 1).unwrap_or(&"七"))),
        ),
        // province: 专题一：园区基本情况
        (
            "colon",
            numbered_plan(|i| format!("专题{}：", cn.get(i - 1).unwrap_or(&"七")))
                .replace("： ", "："),
        ),
        // enterprise: 专题1 园区基本情况
        ("arabic", numbered_plan(|i| format!("专题{i}"))),
    ] {
        let numbering = findings_in("plan.txt", &plan, "structure/numbering");
        assert!(numbering.is_empty(), "{style}\n{numbering:#?}");
        let missing = findings_in("plan.txt", &plan, "structure/missing-chapter");
        assert!(missing.is_empty(), "{style}\n{missing:#?}");
    }
    // A topic skipped is a numbering slip like a chapter skipped.
    let skipped = numbered_plan(|i| {
        let i = if i >= 4 { i + 1 } else { i };
        format!("专题{}", cn.get(i - 1).unwrap_or(&"七"))
    });
    let f = findings_in("plan.txt", &skipped, "structure/numbering");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("专题五"), "{}", f[0].message);
}

fn goals_plan(goals: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n本方案以2021年为基准年，全部指标的基数均为2021年。2021年园区二氧化碳排放149.5万吨，单位工业增加值二氧化碳排放1.573吨/万元。\n\n## 二、碳达峰目标\n\n到2025年，单位工业增加值二氧化碳排放较2021年下降15%。{goals}\n"
    )
}

/// A target quoted from another document (`《…》中“…”`), or another level's base year
/// (`国家和自治区以2020年为基年的指标`), is not the park's: no base-year error, no
/// no-baseline warning. The park's own target on that base still is.
#[test]
fn another_documents_target_and_base_year_are_theirs() {
    for goals in [
        // city/county: the city's target quoted, set apart
        "《塔河市碳达峰实施方案》中“单位地区生产总值二氧化碳排放较2020年下降18%”为全市目标，基数和口径均不同，不作比较。",
        // province: the province's plan quoted with 中的
        "《某省“十四五”节能减排综合工作方案》中的“单位地区生产总值能耗较2020年下降14%”是全省目标。",
        // ministry: the upper levels' base year named as theirs
        "国家和自治区以2020年为基年的指标仅在文中引述作对照。",
        // consultancy: 上级文件均以…
        "上级文件均以2020年为基准年，本报告引用时不作换算。",
    ] {
        let plan = goals_plan(goals);
        for rule in ["boundary/base-year", "target/no-baseline"] {
            let f = findings(&plan, rule);
            assert!(f.is_empty(), "{rule}: {goals}\n{f:#?}");
        }
    }
    // The park's own target on another base is still a base-year error.
    let own = goals_plan("到2030年，单位工业增加值二氧化碳排放较2020年下降40%。");
    let f = findings(&own, "boundary/base-year");
    assert_eq!(f.len(), 1, "{f:#?}");
}

fn safeguards_plan(last: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积6.8平方公里，主导产业为数据中心和物流。\n\n## 二、碳排放分析\n\n### （一）核算边界\n\n核算边界为园区规划范围。\n\n### （二）排放现状\n\n2020年园区二氧化碳排放总量为40.1万吨。\n\n### （三）变化趋势\n\n2018—2022年园区排放持续增长。\n\n## 三、碳达峰目标\n\n园区力争2028年达峰。\n\n## 四、重点任务\n\n### （一）光伏建设\n\n新增光伏装机20兆瓦。\n\n{last}"
    )
}

/// A chapter under an unfamiliar title with the safeguards' substance (organisation and
/// policy) and a monitoring section is the safeguards chapter, the tracking written inside
/// it: neither is missing.
#[test]
fn a_safeguards_chapter_under_another_title_holds_the_tracking() {
    for last in [
        // city action plan: 抓好落实
        "## 五、抓好落实\n\n### （一）组织推进\n\n成立园区碳达峰工作专班，统筹协调重大事项。\n\n### （二）监测与考核\n\n建设园区能碳监测平台，每年核算上年排放并对照本方案指标评估进展，未达进度的由牵头单位提出整改措施，根据评估结果优化调整任务。\n\n### （三）政策支持\n\n对新能源车辆给予补贴，落实差别化电价政策。\n",
        // enterprise-led park: 推进机制 is a concept word already; 落实机制 is not
        "## 五、落实机制\n\n### （一）专班推进\n\n集团成立碳达峰工作领导小组，明确责任分工。\n\n### （二）跟踪评估\n\n建立能耗在线监测系统，按季度跟踪、按年度核算，每年评估目标完成情况并动态调整措施。\n\n### （三）配套政策\n\n争取绿色信贷和专项资金支持，落实激励政策。\n",
        // county: 狠抓落实
        "## 五、狠抓落实\n\n### （一）加强领导\n\n成立领导小组，统筹协调。\n\n### （二）监测评估\n\n完善能源计量和统计台账，定期评估进展，根据评估结果优化改进方案。\n\n### （三）资金政策\n\n县财政安排专项资金，落实奖励政策。\n",
    ] {
        let f = findings(&safeguards_plan(last), "structure/missing-chapter");
        assert!(f.is_empty(), "{last}\n{f:#?}");
    }
    // With the safeguards chapter named elsewhere, a chapter with only monitoring under an
    // unfamiliar title does not make the tracking present.
    let named = safeguards_plan(
        "## 五、保障措施\n\n### （一）组织领导\n\n成立领导小组。\n\n### （二）政策支持\n\n落实差别化电价政策。\n",
    );
    let f = findings(&named, "structure/missing-chapter");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("指标跟踪"), "{}", f[0].message);
}

fn opening_plan(opening: &str) -> String {
    format!(
        "第一章 总则\n\n{opening}\n\n第二章 碳排放现状\n\n第一节 核算边界\n核算边界为园区规划范围。\n\n第二节 排放现状\n2020年园区二氧化碳排放总量为49.0万吨。\n\n第三章 碳达峰目标\n\n园区力争2028年达峰。\n\n第四章 重点任务\n\n新增光伏装机20兆瓦。\n\n第五章 监测评估\n\n定期评估，优化改进。\n\n第六章 保障措施\n\n成立领导小组。\n"
    )
}

/// The park's profile written in the opening chapter (its industries in 编制背景, its
/// area in 规划范围) is there without a chapter of its own; an opening chapter with only
/// the basis of the plan is no profile.
#[test]
fn a_profile_in_the_opening_chapter_is_present() {
    for opening in [
        // county: 编制背景 and 规划范围
        "第一节 编制背景\n产业园以面粉、速冻食品和肉制品为主，2020年有规模以上工业企业47家。\n\n第二节 规划范围和期限\n规划范围为产业园全域9.6平方公里，基准年为2020年。",
        // province: one paragraph
        "第一节 基本情况\n开发区位于市区东部，规划面积28.6平方公里，主导产业为汽车零部件和装备制造。",
        // consultancy: the energy use and the industries
        "第一节 项目背景\n园区主导产业为精细化工，2020年综合能源消费量142.6万吨标准煤。",
    ] {
        let f = findings_in("plan.txt", &opening_plan(opening), "structure/missing-chapter");
        assert!(f.is_empty(), "{opening}\n{f:#?}");
    }
    let basis_only = opening_plan(
        "第一节 编制依据\n本方案依据《2030年前碳达峰行动方案》编制。\n\n第二节 指导思想\n坚持稳中求进。",
    );
    let f = findings_in("plan.txt", &basis_only, "structure/missing-chapter");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("园区概况"), "{}", f[0].message);
}

/// A list of shares by source or carrier (`按排放源分`, `按能源品种看`) is the whole
/// breakdown; by industry it may be only the main ones.
#[test]
fn shares_by_source_make_the_whole() {
    let plan = |s: &str| format!("# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n{s}\n");
    for s in [
        // county
        "按排放源分，外购电力、外购蒸汽、天然气和柴油分别占排放总量的37.2%、38.7%、27.3%和1.8%。",
        // province: by energy carrier, each with its own share
        "2020年园区能源消费中，按能源品种看，煤炭占62%，天然气占25%，电力占20%。",
        // consultancy: 从排放来源看
        "从排放来源看：化石燃料燃烧占58.0%，工业生产过程占12.0%，净调入电力占35.0%。",
    ] {
        let f = findings(&plan(s), "consistency/share-sum");
        assert_eq!(f.len(), 1, "{s}\n{f:#?}");
    }
    for s in [
        // adds up
        "按排放源分，外购电力、外购蒸汽、天然气和柴油分别占排放总量的37.2%、33.7%、27.3%和1.8%。",
        // by industry: only the main ones
        "按行业分，化工占45%，纺织占20%。",
        // the method named, no breakdown
        "按排放源核算，外购电力排放同比增长12%，天然气排放下降3%。",
    ] {
        let f = findings(&plan(s), "consistency/share-sum");
        assert!(f.is_empty(), "{s}\n{f:#?}");
    }
}
