//! Readings generalised after the twenty-second round of outside plans (session 20), each
//! in several drafting styles: the tracking written as one section of the safeguards
//! chapter (`二、跟踪考核`, `监测与考核`, a deck's `跟踪：年度核算 + 季度调度`) is present.

use crate::common::{findings, findings_in};

fn plan(safeguards: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积6.8平方公里，主导产业为食品加工。\n\n## 二、碳排放分析\n\n### （一）核算边界\n\n核算边界为园区规划范围。\n\n### （二）排放现状\n\n2020年园区二氧化碳排放总量为18.4万吨。\n\n### （三）历史变化\n\n2018—2022年园区排放持续增长。\n\n## 三、碳达峰目标\n\n园区力争2028年达峰。\n\n## 四、重点任务\n\n### （一）屋顶光伏\n\n新增光伏装机20兆瓦。\n\n{safeguards}"
    )
}

#[test]
fn tracking_written_as_one_section_of_the_safeguards_is_present() {
    for safeguards in [
        // county: a run-in section titled 跟踪考核, the annual accounts in its text
        "## 五、保障措施\n\n### （一）组织领导\n\n成立领导小组。\n\n### （二）跟踪考核\n\n建立年度碳排放核算和指标跟踪机制，每年向县碳达峰领导小组报告。\n\n### （三）资金支持\n\n统筹县级节能资金。\n",
        // city: 监测与考核 with a mid-term review
        "## 五、保障措施\n\n### （一）组织保障\n\n成立工作专班。\n\n### （二）监测与考核\n\n建立年度排放核算和指标跟踪机制，目标完成情况纳入部门考核，2025年开展中期评估。\n",
        // consultancy deck: bullets
        "## 06 保障\n\n- 组织：成立碳达峰工作组，管委会分管领导牵头\n- 跟踪：年度核算 + 季度调度，2025年中期评估\n- 资金：绿色制造专项资金 + 绿色信贷\n",
    ] {
        let f = findings(&plan(safeguards), "structure/missing-chapter");
        assert!(f.is_empty(), "{safeguards}\n{f:#?}");
    }
    // A safeguards chapter with no tracking in it leaves the tracking missing.
    let none = plan("## 五、保障措施\n\n### （一）组织领导\n\n成立领导小组。\n\n### （二）资金支持\n\n统筹县级节能资金。\n");
    let f = findings_in("plan.md", &none, "structure/missing-chapter");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("指标跟踪"), "{}", f[0].message);
}
