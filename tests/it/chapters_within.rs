//! A required chapter written inside another (`within:` in the pack) or as sections of
//! another chapter counts as present: the tracking chapter's monitoring and evaluation
//! (PDCA) written in the safeguards chapter as sub-headings, run-in paragraphs or a table.
//! A lone `严格考核` sub-heading, or monitoring written only as a task, does not make one.

use crate::common::findings_in;

const TRACKING: &str = "指标跟踪体系与优化改进";

/// The missing chapters `structure/missing-chapter` reports (their titles).
fn missing(name: &str, text: &str) -> Vec<String> {
    findings_in(name, text, "structure/missing-chapter")
        .into_iter()
        .filter_map(|d| d.expected.map(|e| e.title))
        .collect()
}

/// The chapters every plan below has, before its safeguards chapter.
const CHAPTERS_MD: &str = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区位于某市。\n\n## 二、碳排放现状分析\n\n2020年园区二氧化碳排放86.4万吨。\n\n## 三、碳达峰目标\n\n力争2028年实现碳达峰。\n\n## 四、重点任务\n\n推进光伏建设。\n\n";
const CHAPTERS_TXT: &str = "某县工业园区碳达峰实施方案\n\n一、园区概况\n\n园区位于某县。\n\n二、碳排放现状分析\n\n2020年园区二氧化碳排放86.4万吨。\n\n三、碳达峰目标\n\n力争2028年实现碳达峰。\n\n四、重点任务\n\n推进光伏建设。\n\n";

#[test]
fn tracking_written_in_the_safeguards_chapter_is_present() {
    let cases = [
        // Province style: sub-headings of the safeguards chapter.
        (
            "subheadings.md",
            format!("{CHAPTERS_MD}## 五、保障措施\n\n### （一）加强组织领导\n\n成立领导小组。\n\n### （二）强化监测考核\n\n建设碳排放统计监测平台，每年对主要目标完成情况进行考核。\n\n### （三）实施闭环管理\n\n按照PDCA流程每年评估一次，根据评估结果修订任务和目标。\n"),
        ),
        // County style, plain text: run-in items in one paragraph.
        (
            "run-in.txt",
            format!("{CHAPTERS_TXT}五、保障措施\n\n（一）组织保障。成立园区碳达峰工作领导小组。（二）监测考核。建设园区碳排放在线监测系统，年度考核主要指标。（三）评估改进。按PDCA循环每年评估，2025年中期评估并修订方案。\n"),
        ),
        // Consultancy style: the safeguards chapter is a table.
        (
            "table.md",
            format!("{CHAPTERS_MD}## 五、保障措施\n\n| 措施 | 内容 |\n|---|---|\n| 组织保障 | 成立园区碳达峰工作领导小组 |\n| 监测考核 | 建设碳排放监测统计平台，对指标按年度跟踪评估，结果纳入部门考核 |\n| 评估改进 | 按PDCA循环每年评估，根据评估结果优化任务和目标 |\n"),
        ),
        // Ministry style: numbered items as sub-headings with other words.
        (
            "ministry.txt",
            format!("{CHAPTERS_TXT}五、保障措施\n\n（一）加强组织领导\n\n成立领导小组。\n\n（二）监测考核\n\n建立园区碳排放统计核算制度，按年度核算并公布排放数据。\n\n（三）持续改进\n\n每年评估方案执行情况，2025年开展中期评估并修订方案。\n"),
        ),
    ];
    for (name, text) in &cases {
        let found = missing(name, text);
        assert!(!found.iter().any(|t| t == TRACKING), "{name}: {found:?}");
    }
}

#[test]
fn a_lone_assessment_item_makes_no_tracking_chapter() {
    let cases = [
        // Enterprise style: one 严格考核 sub-heading, no monitoring.
        (
            "lone.md",
            format!("{CHAPTERS_MD}## 五、保障措施\n\n### （一）加强组织领导\n\n成立领导小组。\n\n### （二）严格考核\n\n将任务完成情况纳入相关部门和企业年度目标责任考核。\n"),
        ),
        // Monitoring only as a task in the tasks chapter, assessment in the safeguards.
        (
            "task.txt",
            "某县工业园区碳达峰实施方案\n\n一、园区概况\n\n园区位于某县。\n\n二、碳排放现状分析\n\n2020年园区二氧化碳排放86.4万吨。\n\n三、碳达峰目标\n\n力争2028年实现碳达峰。\n\n四、重点任务\n\n建设园区能碳管理平台，接入重点企业能耗在线监测数据。\n\n五、保障措施\n\n（一）组织保障。成立领导小组。（二）严格考核。将目标完成情况纳入年度考核。\n".to_string(),
        ),
    ];
    for (name, text) in &cases {
        let found = missing(name, text);
        assert!(found.iter().any(|t| t == TRACKING), "{name}: {found:?}");
    }
}

const ANALYSIS: &str = "工业园区碳排放分析";

/// The chapters after the profile chapter in the plans below (no analysis chapter).
const AFTER_MD: &str = "## 二、主要目标\n\n到2030年，园区二氧化碳排放控制在6.2万吨以内。\n\n## 三、重点任务\n\n推进光伏建设。\n\n## 四、保障措施\n\n成立领导小组。\n\n## 五、跟踪评估\n\n建立监测统计制度，每年评估一次，根据评估结果修订方案。\n";
const AFTER_TXT: &str = "二、主要目标\n\n到2030年，园区二氧化碳排放控制在6.2万吨以内。\n\n三、重点任务\n\n推进光伏建设。\n\n四、保障措施\n\n成立领导小组。\n\n五、跟踪评估\n\n建立监测统计制度，每年评估一次，根据评估结果修订方案。\n";

#[test]
fn an_analysis_written_in_the_profile_chapter_is_present() {
    let cases = [
        // City style 行动方案: bold run-in paragraphs in 基本情况.
        (
            "bold.md",
            format!("# 某园区碳达峰行动方案\n\n## 一、基本情况\n\n**园区概况。** 园区规划面积6.4平方公里。\n\n**核算边界。** 以园区规划范围内全部企业为对象，核算天然气燃烧排放和净调入电力的间接排放，只核算二氧化碳。\n\n**排放现状。** 2021年园区二氧化碳排放7.75万吨。\n\n**历史变化。** 2017—2021年园区排放分别为8.62、8.31、8.05、7.46和7.75万吨。\n\n{AFTER_MD}"),
        ),
        // County style, plain text: numbered run-ins in one chapter.
        (
            "county.txt",
            format!("某县经济开发区碳达峰实施方案\n\n一、发展基础\n\n（一）园区概况。开发区规划面积12.3平方公里，以食品加工为主。（二）碳排放现状。按照GB/T 32150—2015，核算边界为开发区规划范围，排放源包括化石燃料燃烧和净调入电力。2020年开发区二氧化碳排放总量为21.6万吨，其中化石燃料燃烧9.8万吨。2016—2020年排放年均增长4.1%。\n\n{AFTER_TXT}"),
        ),
        // Consultancy style: sub-headings of the profile chapter.
        (
            "consultancy.md",
            format!("# 某产业园碳达峰实施方案\n\n## 一、园区现状与形势\n\n### （一）园区概况\n\n园区位于某市东部。\n\n### （二）核算方法\n\n核算的地理边界为园区规划范围，外购电力和热力产生的间接排放计入。\n\n### （三）排放水平\n\n2020年园区二氧化碳排放总量为45.2万吨。2018—2020年排放分别为41.0、43.6、45.2万吨。\n\n{AFTER_MD}"),
        ),
    ];
    for (name, text) in &cases {
        let found = missing(name, text);
        assert!(!found.iter().any(|t| t == ANALYSIS), "{name}: {found:?}");
    }
}

#[test]
fn a_total_in_the_profile_chapter_makes_no_analysis() {
    let cases = [
        // Province style: the base-year total with its 其中 parts and nothing else.
        (
            "total.md",
            format!("# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积28.6平方公里。2020年园区二氧化碳排放总量为84.6万吨，其中化石燃料燃烧52.1万吨，占61.6%。\n\n{AFTER_MD}"),
        ),
        // Enterprise style: a total and an intensity, no boundary and no history.
        (
            "intensity.txt",
            format!("某集团产业园碳达峰实施方案\n\n一、基本情况\n\n园区以化纤为主导产业。2022年园区二氧化碳排放32.4万吨，单位工业增加值二氧化碳排放1.21吨/万元。\n\n{AFTER_TXT}"),
        ),
    ];
    for (name, text) in &cases {
        let found = missing(name, text);
        assert!(found.iter().any(|t| t == ANALYSIS), "{name}: {found:?}");
    }
}
