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
