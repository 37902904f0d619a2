//! Readings generalised after the twenty-first round of outside plans (session 20), each in
//! several drafting styles: a county's or city's target quoted colloquially (`县里“十四五”…`)
//! is that level's; the value added of industry and another sector together is the
//! value-added intensity; a share to reach with its present value beside it needs no
//! base-year value.

use crate::common::{findings, measure_reductions};

fn plan(status: &str, goals: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n本方案以2020年为基准年。{status}\n\n## 二、碳达峰目标\n\n{goals}\n"
    )
}

const STATUS: &str =
    "2020年园区二氧化碳排放总量为52.0万吨，单位工业增加值二氧化碳排放0.62吨/万元。";

#[test]
fn a_levels_target_quoted_colloquially_is_theirs() {
    for goals in [
        // county
        "县里“十四五”单位地区生产总值二氧化碳排放下降18%，为全县指标，与集群指标口径不同。",
        // city
        "市里“十四五”单位地区生产总值二氧化碳排放下降19.5%的要求为全市指标。",
        // province
        "省级“十四五”单位地区生产总值能耗下降14%。",
    ] {
        let f = findings(&plan(STATUS, goals), "target/no-baseline");
        assert!(f.is_empty(), "{goals}\n{f:#?}");
    }
    // The park's own target on the same indicator still needs its base value.
    let own = plan(
        STATUS,
        "到2025年，园区单位地区生产总值二氧化碳排放较2020年下降18%。",
    );
    assert_eq!(findings(&own, "target/no-baseline").len(), 1);
}

#[test]
fn industry_and_another_sectors_value_added_is_the_value_added_intensity() {
    for status in [
        // port park (consultancy)
        "2020年单位工业和港口服务增加值排放0.503吨/万元。",
        // province: industry and producer services
        "2020年园区单位工业及生产性服务业增加值二氧化碳排放为0.61吨/万元。",
        // county: with 与
        "基准年单位工业与物流业增加值碳排放0.48吨/万元。",
    ] {
        let p = plan(
            status,
            "到2025年，单位工业增加值二氧化碳排放比2020年下降24%—26%。",
        );
        let f = findings(&p, "target/no-baseline");
        assert!(f.is_empty(), "{status}\n{f:#?}");
    }
}

#[test]
fn a_share_with_its_present_value_beside_it_needs_no_base_year_value() {
    for goals in [
        // zero-carbon pilot (park)
        "绿电消费比例2024年为33%，2030年达到80%。",
        // city
        "非化石能源消费比重2022年已达到12%，到2030年提高到25%。",
        // enterprise-led park
        "清洁能源消费占比2023年约为41%，2030年达到60%以上。",
    ] {
        let f = findings(&plan(STATUS, goals), "target/no-baseline");
        assert!(f.is_empty(), "{goals}\n{f:#?}");
    }
    // The present value of another indicator is no starting point for this one.
    let other = plan(
        STATUS,
        "单位工业增加值能耗2024年下降12%，非化石能源消费比重2030年达到25%。",
    );
    let f = findings(&other, "target/no-baseline");
    assert_eq!(f.len(), 1, "{f:#?}");
    let none = plan(STATUS, "非化石能源消费比重2030年达到25%。");
    assert_eq!(findings(&none, "target/no-baseline").len(), 1);
}

/// A cap or peak of the CO2 total, with the base year's total stated as the park's whole,
/// is an indicator with a base value and a target value (with one change target beside
/// it, two such indicators).
#[test]
fn a_capped_total_with_its_base_year_total_has_base_and_target() {
    let missing = |p: &str| {
        findings(p, "principle/feasibility")
            .iter()
            .any(|d| d.message.contains("指标有基准值和目标值"))
    };
    for (status, goals) in [
        // province
        (
            "2020年园区二氧化碳排放总量为82.3万吨。",
            "到2025年，单位工业增加值二氧化碳排放比2020年下降24%；园区二氧化碳排放力争2026年前达峰，峰值不高于86万吨。",
        ),
        // county: a cap for 2030
        (
            "基准年（2020年）园区碳排放总量为41.6万吨。",
            "到2030年，单位工业增加值二氧化碳排放较2020年下降40%，二氧化碳排放总量控制在45万吨以内。",
        ),
    ] {
        assert!(!missing(&plan(status, goals)), "{goals}");
    }
    // Without the base-year total the cap gives no base.
    let no_total = plan(
        "2020年单位工业增加值二氧化碳排放0.62吨/万元。",
        "到2025年，单位工业增加值二氧化碳排放比2020年下降24%；园区二氧化碳排放峰值不高于86万吨。",
    );
    assert!(missing(&no_total));
}

/// Measures whose reductions are dated say by when they deliver: the tasks have deadlines
/// (`任务有完成时限`), whatever words the plan uses.
#[test]
fn measures_with_dated_reductions_have_deadlines() {
    let timed = |p: &str| {
        !findings(p, "principle/feasibility")
            .iter()
            .any(|d| d.message.contains("任务有完成时限"))
    };
    let plan = |tasks: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳达峰目标\n\n园区力争2028年达峰。\n\n## 二、实施路径\n\n{tasks}\n"
        )
    };
    for tasks in [
        // new-energy park: years listed before the figures
        "### （一）光伏全覆盖\n\n新建厂房屋顶全部建设光伏，2025年、2030年累计新增15万千瓦、45万千瓦，减排8.8万吨、26.3万吨。园区管委会负责。\n\n### （二）热泵替代\n\n以高温热泵替代燃气锅炉，2030年减排22.6万吨。",
        // county: each measure with its year
        "（一）燃煤锅炉改造。到2025年减少二氧化碳排放3.2万吨。\n\n（二）余热回收。到2027年可减排1.5万吨。",
        // enterprise: 起 and the year's reduction
        "1. 2027年起推广干法电极工艺，2030年减排12.0万吨。\n\n2. 建设能碳平台，2025年减排2.0万吨。",
    ] {
        assert!(timed(&plan(tasks)), "{tasks}");
    }
    // Reductions with no year are not deadlines.
    let undated = plan(
        "### （一）光伏\n\n建设屋顶光伏，年减排8.8万吨。\n\n### （二）热泵\n\n以热泵替代燃气锅炉，年减排2.6万吨。",
    );
    assert!(!timed(&undated));
}

/// A heading right above a table titles it: an annex headed `附件3 重点工程减排量表（万吨）`
/// over year columns holds the measures' reductions, in the heading's unit.
#[test]
fn a_heading_right_above_a_table_is_its_caption() {
    let table = "| 工程 | 责任单位 | 2025年 | 2030年 |\n|---|---|---|---|\n| 分布式光伏 | 建设局 | 7.2 | 15.6 |\n| 电能替代与热泵 | 经济发展局 | 3.1 | 8.4 |";
    for heading in [
        // national high-tech zone: an annex
        "## 附件3 重点工程减排量表（万吨）",
        // consultancy: a numbered section
        "### 4.3 重点工程减排量（万吨二氧化碳）",
        // county: a run-in numbered heading
        "## 五、减排量测算（单位：万吨）",
    ] {
        let p = format!(
            "# 某园区碳达峰实施方案\n\n## 三、重点任务\n\n推进光伏。\n\n{heading}\n\n{table}\n"
        );
        assert_eq!(
            measure_reductions(&p),
            vec![
                (Some(2025), 7.2),
                (Some(2030), 15.6),
                (Some(2025), 3.1),
                (Some(2030), 8.4)
            ],
            "{heading}"
        );
    }
    // A heading with text between it and the table captions nothing.
    let p = format!(
        "# 某园区碳达峰实施方案\n\n## 附件3 重点工程减排量表（万吨）\n\n下表为各工程的投资。\n\n下表单位为亿元。\n\n{}\n",
        table.replace("2025年", "2025年投资").replace("2030年", "2030年投资")
    );
    assert!(measure_reductions(&p).is_empty());
}

/// The year on the title page dates the plan: a plain year after it is ahead of the plan
/// (`2027年达到60%` in a plan of May 2025), though not a five-year milestone; without a
/// date such a year after a past value may be data.
#[test]
fn a_year_after_the_plans_date_is_ahead() {
    let read = |text: &str| -> Vec<(Option<u16>, String)> {
        crate::common::facts_of(text, peaklint::document::Format::Text)
            .targets
            .iter()
            .map(|t| (t.target_year, format!("{:?}", t.role)))
            .collect()
    };
    for front in [
        // county: the issuing body and the date on two lines
        "某县食品产业园碳达峰实施方案\n\n某县发展和改革委员会\n2025年5月\n",
        // consultancy: body and date on one line
        "某港临港产业园区碳达峰实施方案\n\n某咨询公司 2025年5月\n",
        // enterprise-led park: a full date in brackets
        "某集团产业园碳达峰实施方案\n（2025年5月20日）\n",
    ] {
        let text = format!(
            "{front}\n一、碳达峰目标\n\n清洁能源消费占比2023年为41%，2027年达到60%以上。\n"
        );
        let got = read(&text);
        assert!(
            got.iter()
                .any(|(y, r)| *y == Some(2027) && r.contains("plan")),
            "{front}\n{got:?}"
        );
    }
    let undated = read("某园区碳达峰实施方案\n\n一、碳达峰目标\n\n清洁能源消费占比2023年为41%，2027年达到60%以上。\n");
    assert!(
        !undated
            .iter()
            .any(|(y, r)| *y == Some(2027) && r.contains("plan")),
        "{undated:?}"
    );
}
