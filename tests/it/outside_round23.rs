//! Readings generalised after the twenty-third round of outside plans (session 21), each in
//! several drafting styles:
//! - a sentence that cites the scenario analysis as its grounds (`经情景分析，本报告建议…力争`)
//!   states the plan's own targets, so a peak cap there is compared with the plan's others;
//! - a frame before the indicator (`考核以…为上限`) does not make a target a part's;
//! - a CO2 mass right after `二氧化碳排放` or `排放折合` is the year's total, compared across
//!   units by `boundary/unit`.

use crate::common::{facts_of, findings};
use peaklint::document::Format;

/// A plan with `summary` before the analysis and `targets` in the targets chapter.
fn plan(summary: &str, analysis: &str, targets: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 摘要\n\n{summary}\n\n## 一、园区概况\n\n园区规划面积12.0平方公里，主导产业为电子信息。\n\n\
         ## 二、碳排放分析\n\n核算边界为园区规划范围，仅核算二氧化碳，以2022年为基准年。\n\n{analysis}\n\n\
         基准情景下2030年排放180.0万吨。\n\n## 三、碳达峰目标\n\n{targets}\n\n## 四、重点任务\n\n新增光伏装机50兆瓦。\n\n\
         ## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

#[test]
fn a_decision_grounded_on_the_scenario_analysis_is_the_plans_target() {
    for summary in [
        // consultancy report: an executive summary
        "经情景分析，本报告建议高新区力争2026年、确保2027年前实现碳达峰，峰值不超过157万吨。",
        // province: the forecast as grounds
        "综合情景预测结果，开发区确保2027年前实现碳达峰，峰值控制在157万吨以内。",
        // county: a short grounds clause
        "根据测算，园区力争2027年前实现碳达峰，峰值不超过157万吨。",
        // ministry: 在…基础上
        "在情景分析基础上，园区确保2027年前实现碳达峰，峰值不超过157万吨。",
    ] {
        let text = plan(
            summary,
            "2022年园区二氧化碳排放总量为142.5万吨。",
            "力争2026年、确保2027年前实现碳达峰，峰值不超过167万吨。",
        );
        let f = findings(&text, "target/conflict");
        assert_eq!(f.len(), 1, "{summary}\n{f:#?}");
        assert!(
            f[0].message.contains("167") && f[0].message.contains("157"),
            "{}",
            f[0].message
        );
    }
    // The business-as-usual as grounds, or a forecast with no decision after it, stays a
    // scenario's figure: no conflict with the plan's cap.
    for summary in [
        "根据基准情景预测，园区难以确保2030年前达峰，2030年排放将达到180万吨。",
        "经测算，园区可于2027年前后达峰，峰值约157万吨。",
        "经情景分析，达峰情景下园区2027年达峰，峰值约157万吨，本报告建议力争提前。",
    ] {
        let text = plan(
            summary,
            "2022年园区二氧化碳排放总量为142.5万吨。",
            "力争2026年、确保2027年前实现碳达峰，峰值不超过167万吨。",
        );
        let f = findings(&text, "target/conflict");
        assert!(f.is_empty(), "{summary}\n{f:#?}");
    }
}

#[test]
fn grounded_targets_are_the_plans_in_facts() {
    let text = plan(
        "经情景分析，本报告建议高新区力争2026年实现碳达峰，峰值不超过157万吨。",
        "2022年园区二氧化碳排放总量为142.5万吨。",
        "园区力争2026年实现碳达峰。",
    );
    let f = facts_of(&text, Format::Markdown);
    let cap = f
        .targets
        .iter()
        .find(|t| t.value == 157.0)
        .unwrap_or_else(|| panic!("{:#?}", f.targets));
    assert_eq!(cap.role, "plan", "{cap:#?}");
}

#[test]
fn an_assessment_frame_does_not_make_a_cap_a_parts() {
    for (targets, safeguards) in [
        // county: the assessment ceiling in the safeguards
        (
            "力争2028年实现碳达峰，峰值不高于22万吨。",
            "考核以2028年碳排放峰值不高于25万吨为上限。",
        ),
        // province: 按…
        (
            "园区力争2028年达峰，峰值控制在22万吨以内。",
            "年度评估按2028年二氧化碳排放峰值控制在25万吨以内掌握。",
        ),
        // enterprise-led park: 以…为约束
        (
            "确保2028年前达峰，峰值不超过22万吨。",
            "考核时以2028年园区碳排放峰值不超过25万吨为约束。",
        ),
    ] {
        let text = plan(
            "本方案提出园区碳达峰的目标和路径。",
            "2022年园区二氧化碳排放总量为18.4万吨。",
            &format!("{targets}\n\n{safeguards}"),
        );
        let f = findings(&text, "target/conflict");
        assert_eq!(f.len(), 1, "{safeguards}\n{f:#?}");
        assert!(f[0].message.contains("25"), "{}", f[0].message);
    }
    // A part named after the frame is still a part: no conflict with the park's cap.
    let text = plan(
        "本方案提出园区碳达峰的目标和路径。",
        "2022年园区二氧化碳排放总量为18.4万吨。",
        "力争2028年实现碳达峰，峰值不高于22万吨。\n\n考核以2028年重点企业碳排放峰值不高于15万吨为上限。",
    );
    assert!(findings(&text, "target/conflict").is_empty(), "{text}");
}

#[test]
fn a_total_written_only_as_co2_emissions_is_compared_across_units() {
    for analysis in [
        // consultancy: the year's figure restated by 折合 in another sentence
        "2018—2022年排放持续增长。2022年排放折合14250000吨，单位工业增加值二氧化碳排放0.52吨/万元。",
        // province: a full restatement in tonnes
        "2022年园区二氧化碳排放14250000吨。",
        // county: 碳排放约为
        "2022年，园区碳排放约为14250000吨。",
    ] {
        let text = plan(
            "园区2022年二氧化碳排放142.5万吨，其中外购电力占73.4%。",
            analysis,
            "园区力争2027年前实现碳达峰。",
        );
        let f = findings(&text, "boundary/unit");
        assert_eq!(f.len(), 1, "{analysis}\n{f:#?}");
        assert!(f[0].message.contains("14250000"), "{}", f[0].message);
    }
    // Not totals: a company's figure, a per-unit figure, a figure in agreement.
    for analysis in [
        "龙头企业为某玻璃集团，2022年二氧化碳排放1185000吨。",
        "每万米印染布排放约2.8吨。",
        "2022年排放折合1425000吨。",
    ] {
        let text = plan(
            "园区2022年二氧化碳排放142.5万吨。",
            analysis,
            "园区力争2027年前实现碳达峰。",
        );
        let f = findings(&text, "boundary/unit");
        assert!(f.is_empty(), "{analysis}\n{f:#?}");
    }
}

#[test]
fn a_plain_year_well_past_the_base_is_a_milestone_in_an_undated_plan() {
    let text = |base: u16, sentence: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n以{base}年为基准年。\n\n## 二、碳达峰目标\n\n{sentence}\n"
        )
    };
    let roles = |t: &str| -> Vec<(f64, String)> {
        facts_of(t, Format::Markdown)
            .targets
            .iter()
            .map(|t| (t.value, t.role.clone()))
            .collect()
    };
    // More than five years after the base: no plan holds that year's data.
    for (base, sentence) in [
        (2022, "2028年园区光伏装机容量达到100兆瓦。"),
        (2020, "2027年，园区非化石能源消费比重达到30%。"),
    ] {
        let t = text(base, sentence);
        assert!(
            roles(&t).iter().all(|(_, r)| r == "plan") && !roles(&t).is_empty(),
            "{t}\n{:?}",
            roles(&t)
        );
    }
    // Within five years of the base, a plain year with nothing looking ahead is data.
    let t = text(2020, "2023年园区非化石能源消费比重达到12%。");
    assert!(
        roles(&t).iter().all(|(_, r)| r == "history") && !roles(&t).is_empty(),
        "{t}\n{:?}",
        roles(&t)
    );
}

/// A plan whose targets chapter sets `target` and whose pathway holds `tasks`.
fn with_tasks(target: &str, tasks: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n以2020年为基准年，2020年园区二氧化碳排放总量为56.0万吨。\n\n\
         ## 二、碳达峰目标\n\n{target}\n\n## 三、重点任务\n\n{tasks}\n\n## 四、保障措施\n\n成立领导小组。\n"
    )
}

#[test]
fn a_ratio_the_pack_does_not_know_still_needs_a_measure() {
    let tasks = "（一）屋顶光伏。新增光伏装机30兆瓦。\n\n（二）余热利用。实施窑炉余热发电改造。";
    for (target, name, looked_for) in [
        // county: water reuse, 由…提高到
        (
            "到2030年，工业用水重复利用率由2020年的82%提高到92%。",
            "工业用水重复利用率",
            "用水重复",
        ),
        // consultancy: a data-centre PUE
        (
            "到2025年，存量数据中心平均PUE降至1.4以下。",
            "存量数据中心平均PUE",
            "数据中心",
        ),
        // ministry: reclaimed water
        (
            "到2030年，园区中水回用率达到70%。",
            "中水回用率",
            "中水回用",
        ),
    ] {
        let f = findings(&with_tasks(target, tasks), "target/no-measure");
        assert_eq!(f.len(), 1, "{target}\n{f:#?}");
        assert!(
            f[0].message.contains(&format!("“{name}”")) && f[0].message.contains(looked_for),
            "{}",
            f[0].message
        );
        assert_eq!(
            f[0].location.as_ref().map(|l| l.line),
            Some(Some(9)),
            "{target}"
        );
    }
    // Restating the target in the pathway is no measure.
    let restated = with_tasks(
        "到2030年，工业用水重复利用率达到92%。",
        "（一）资源利用。工业用水重复利用率达到92%。",
    );
    assert_eq!(
        findings(&restated, "target/no-measure").len(),
        1,
        "{restated}"
    );
}

#[test]
fn an_unknown_ratio_with_a_measure_or_of_another_level_is_not_reported() {
    for (target, tasks) in [
        // the measure names the water reuse
        (
            "到2030年，工业用水重复利用率由2020年的82%提高到92%。",
            "（一）节水改造。建设中水回用和循环水系统，提高用水重复利用水平。",
        ),
        // one character between: 电炉 in 电弧炉
        (
            "到2030年，电炉钢产量占比达到12%。",
            "（一）短流程炼钢。以产能置换方式建设100万吨电弧炉。",
        ),
        // an enterprise-led park: the product named in the task
        (
            "到2030年，再生铝保级利用率达到85%。",
            "（一）再生铝保级利用。建设废铝分选和保级熔炼线。",
        ),
        // city template: the water field worded as 节水, 中水回用, 循环冷却水
        (
            "（四）资源目标。工业用水重复利用率由2022年的88.5%提高到2030年的93%。",
            "（一）节水。推动企业建设中水回用设施，将循环冷却水改为闭路运行。",
        ),
        // consultancy: green power bought, the share named in other words
        (
            "到2030年，绿色电力占用电量比重由5.2%提高到40%。",
            "（一）绿电交易。组织重点企业签订绿电中长期合同，购买绿证。",
        ),
        // another level's ratio, and a share of a figure named before
        (
            "到2030年，全省工业用水重复利用率达到94%。绿电交易电量6.0亿千瓦时，占园区用电比重由2020年的零提高到2030年的30%。",
            "（一）屋顶光伏。新增光伏装机30兆瓦。",
        ),
    ] {
        let text = with_tasks(target, tasks);
        let f = findings(&text, "target/no-measure");
        assert!(f.is_empty(), "{text}\n{f:#?}");
    }
}

/// A plan whose only base-year wording is `sentence` in its targets chapter, with a target
/// that names no base.
fn quoting_base(sentence: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n2021年园区二氧化碳排放96.8万吨。\n\n## 二、碳达峰目标\n\n\
         单位工业增加值二氧化碳排放2025年下降18%，2030年下降40%。\n\n{sentence}\n\n## 三、重点任务\n\n新增光伏装机30兆瓦。\n"
    )
}

#[test]
fn a_base_year_said_of_a_quoted_indicator_is_not_the_plans() {
    for sentence in [
        // consultancy: the national plan's indicator, referred back to by 该指标
        "国家“十四五”工业绿色发展规划提出单位工业增加值二氧化碳排放比2020年下降18%，该指标基期为2020年，本报告另行设定。",
        // province: 这一指标
        "《某省碳达峰实施方案》提出全省单位地区生产总值二氧化碳排放下降19.5%，这一指标以2020年为基期。",
    ] {
        let f = findings(&quoting_base(sentence), "target/no-base-year");
        assert_eq!(f.len(), 2, "{sentence}\n{f:#?}");
    }
    // The plan's own declaration, referred to the same way, still declares.
    let own =
        quoting_base("本方案单位工业增加值二氧化碳排放指标以2021年为基准年，该指标基期为2021年。");
    assert!(findings(&own, "target/no-base-year").is_empty(), "{own}");
}
