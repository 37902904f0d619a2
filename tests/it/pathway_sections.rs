//! Quantified measures written under a heading that names the pathway but is not the
//! pathway chapter the outline matched (`（二）达峰路径` inside the forecast chapter, `3.3
//! 减排路径` of a consultancy report) are the plan's measures: `target/reduction-gap` weighs
//! them, `facts` lists them and `principle/feasibility` counts them, whether or not the plan
//! also has a `重点任务` chapter. Reductions under headings that do not name the pathway
//! (past achievements) and what-if sentences (`若…将再减少`) are not measures.

use peaklint::document::Format;

use crate::common::{facts_of, findings_in};

/// BAU 150 and a cap of 120 in 2030 (a gap of 30), then `tail`: the chapters that
/// follow the targets. `pathway` is the forecast chapter's pathway part.
fn markdown(pathway: &str, tail: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区位于某市。\n\n## 二、碳排放现状\n\n2020年园区二氧化碳排放100万吨。\n\n## 三、碳排放预测与达峰路径\n\n### （一）情景预测\n\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n\n{pathway}\n\n## 四、碳达峰目标\n\n园区力争2028年实现碳达峰，2030年二氧化碳排放控制在120万吨以内。\n\n{tail}"
    )
}

const TASKS_MD: &str = "## 五、重点任务\n\n推进能源结构调整，发展光伏和储能。加快企业节能改造。\n\n## 六、保障措施\n\n成立领导小组。\n";

/// The measures' sum `facts` reads (万吨), and whether `target/reduction-gap` fires with
/// that sum in its message.
fn weighed(name: &str, text: &str, format: Format) -> (Option<f64>, Vec<String>) {
    let facts = facts_of(text, format);
    let measures = facts.gap.and_then(|g| g.measures);
    let gap = findings_in(name, text, "target/reduction-gap")
        .into_iter()
        .map(|d| d.message)
        .collect();
    (measures, gap)
}

#[test]
fn measures_under_a_pathway_heading_outside_the_tasks_chapter_are_weighed() {
    let short = [
        // Province style: 一是…二是… prose in a `（二）达峰路径` sub-heading.
        (
            "province.md",
            markdown(
                "### （二）达峰路径\n\n一是实施屋顶分布式光伏，年减排二氧化碳8万吨；二是推进燃煤锅炉替代，年减排二氧化碳6万吨；三是实施余热回收，年减排二氧化碳5万吨。",
                TASKS_MD,
            ),
            Format::Markdown,
        ),
        // Consultancy style: decimal-numbered sub-headings, one measure a sentence.
        (
            "consultancy.md",
            markdown(
                "### 3.2 减排路径分析\n\n屋顶分布式光伏新增装机80兆瓦，预计年减排二氧化碳8万吨。燃煤锅炉清洁替代可减少二氧化碳排放6万吨/年。余热余压利用项目年减排二氧化碳5万吨。",
                TASKS_MD,
            ),
            Format::Markdown,
        ),
        // County style, plain text: GB/T 9704 numbering, the pathway a `（二）` item.
        (
            "county.txt",
            "某县工业园区碳达峰实施方案\n\n一、园区概况\n\n园区位于某县。\n\n二、碳排放现状\n\n2020年园区二氧化碳排放100万吨。\n\n三、排放预测和减排路径\n\n（一）情景预测\n\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。\n\n（二）碳达峰路径\n\n通过光伏建设年减排二氧化碳8万吨，通过锅炉改造年减排二氧化碳6万吨，通过余热回收年减排二氧化碳5万吨。\n\n四、碳达峰目标\n\n园区力争2028年实现碳达峰，2030年二氧化碳排放控制在120万吨以内。\n\n五、重点任务\n\n推进能源结构调整。\n\n六、保障措施\n\n成立领导小组。\n".to_string(),
            Format::Text,
        ),
    ];
    for (name, text, format) in &short {
        let (measures, gap) = weighed(name, text, *format);
        assert_eq!(measures, Some(19.0), "{name}");
        assert_eq!(gap.len(), 1, "{name}: {gap:?}");
        assert!(
            gap[0].contains("差距30万吨")
                && gap[0].contains("合计19万吨")
                && gap[0].contains("缺口11万吨"),
            "{name}: {}",
            gap[0]
        );
        // The feasibility principle counts them too.
        let quantified: Vec<String> = findings_in(name, text, "principle/feasibility")
            .into_iter()
            .map(|d| d.message)
            .filter(|m| m.contains("量化的减排量"))
            .collect();
        assert!(quantified.is_empty(), "{name}: {quantified:?}");
    }
}

#[test]
fn measures_that_close_the_gap_there_raise_nothing() {
    // Enterprise-led park: the measures cover the gap (12 + 10 + 9 = 31 ≥ 30).
    let text = markdown(
        "### （二）达峰路径\n\n龙头企业实施燃料替代，年减排二氧化碳12万吨；建设分布式光伏，年减排二氧化碳10万吨；推进余热发电，年减排二氧化碳9万吨。",
        TASKS_MD,
    );
    let (measures, gap) = weighed("enterprise.md", &text, Format::Markdown);
    assert_eq!(measures, Some(31.0));
    assert!(gap.is_empty(), "{gap:?}");
}

#[test]
fn past_reductions_and_what_if_sentences_are_not_measures() {
    // Ministry style: the reductions are the last plan period's achievements, under a
    // heading that names no pathway; the sensitivity analysis is a what-if.
    let text = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区位于某市。\n\n## 二、碳排放现状\n\n### （一）排放现状\n\n2020年园区二氧化碳排放100万吨。\n\n### （二）节能降碳工作成效\n\n“十三五”期间，园区实施锅炉改造，年减排二氧化碳8万吨；推进余热回收，年减排二氧化碳6万吨。\n\n## 三、碳排放预测\n\n经测算，基准情景下2030年园区二氧化碳排放将达到150万吨。若电网排放因子年均下降1%，2030年排放将再减少约6万吨。\n\n## 四、碳达峰目标\n\n园区力争2028年实现碳达峰，2030年二氧化碳排放控制在120万吨以内。\n\n## 五、重点任务\n\n推进能源结构调整，发展光伏和储能。\n\n## 六、保障措施\n\n成立领导小组。\n";
    let facts = facts_of(text, Format::Markdown);
    assert!(facts.measures.is_empty(), "{:#?}", facts.measures);
    let (measures, gap) = weighed("ministry.md", text, Format::Markdown);
    assert_eq!(measures, None);
    assert!(gap.is_empty(), "{gap:?}");
}
