//! Readings generalised after round 36 of outside plans (session 27), each in more than
//! one drafting style:
//! - a target restated where the plan says what it monitors (`重点跟踪2025年单位工业增加值
//!   二氧化碳排放比2020年下降18%…等目标`) is still the park's: the monitoring verb frames the
//!   figure and names no part of the park (`lexicon.scope_frame`);
//! - in text copied out of a PDF, the blank lines above a page footer are the page's bottom
//!   margin, not the end of a paragraph: a sentence broken by a page break is read whole;
//! - a from–to change in an earlier clause that names no year of its own to change to
//!   (`…由2020年的30千克标准煤/吨降至27千克标准煤/吨，乳粉…由2020年的620…降至560…`) is no
//!   sign of the past for the next clause's value: both go to the sentence's milestone;
//! - indicators named and counted as the tracked ones (`…四项跟踪指标`, `以表4-2指标为跟踪
//!   指标`) are progress indicators (principle/feasibility's `evaluation_indicators`).

use peaklint::document::Format;

use crate::common::{facts_of, findings, findings_in};

fn goals(restated: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积12.4平方公里，基准年为2020年。\n\n\
         ## 二、碳达峰目标\n\n到2025年，园区单位工业增加值二氧化碳排放比2020年下降22%，非化石能源消费比重达到12%。\n\n\
         ## 三、指标跟踪与改进\n\n{restated}\n"
    )
}

#[test]
fn a_target_restated_as_what_is_monitored_is_the_parks() {
    for restated in [
        // county plan, PDF copy
        "园区每年核算排放，重点跟踪2025年单位工业增加值二氧化碳排放比2020年下降18%、非化石能源消费比重达到12%等目标，实行季度监测。",
        // province guidance
        "跟踪监测2025年单位工业增加值二氧化碳排放比2020年下降18%的目标完成情况，每年评估一次。",
        // consultancy
        "定期评估到2025年单位工业增加值二氧化碳排放比2020年下降18%目标的进展，偏差超过5%时纠偏。",
        // enterprise-led park
        "动态监测2025年单位工业增加值二氧化碳排放较2020年下降18%等指标，按月通报。",
    ] {
        let f = findings(&goals(restated), "target/conflict");
        assert_eq!(f.len(), 1, "{restated}\n{f:#?}");
        assert!(
            f[0].message.contains("此处为18%，前文为22%"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].location.as_ref().and_then(|l| l.line), Some(13), "{restated}");
    }
    // A part of the park that is monitored sets a target of its own.
    for restated in [
        "重点跟踪重点用能企业2025年单位工业增加值二氧化碳排放比2020年下降18%的完成情况。",
        "动态监测化工片区2025年单位工业增加值二氧化碳排放比2020年下降18%等指标。",
    ] {
        let f = findings(&goals(restated), "target/conflict");
        assert!(f.is_empty(), "{restated}\n{f:#?}");
    }
}

/// Text copied out of a PDF, wrapped at 30 characters, with a blank line above and below
/// each page footer and a running header on every page.
fn pdf_copy(break_at: &str) -> String {
    let body = format!(
        "一、总则\n\
         本方案以2020年为基准年，规划期为2023—2030年，展望至2035年，并\n\
         与县级碳达峰实施方案的目标和任务相衔接，统筹推进园区降碳工作。\n\
         二、园区概况\n\
         园区规划面积12.4平方公里，现有规模以上工业企业六十二家，主导\n\
         产业为食品加工和包装材料，2020年工业增加值四十八亿元，能源消\n\
         费以煤炭和电力为主，冬季采暖负荷较大，减排压力大于一般园区。\n\
         三、达峰目标\n\
         力争2029年前后实现碳达峰，峰值控制在28.4万吨以内。到2025年，\n\
         {break_at}\
         四、指标跟踪\n\
         园区每年核算排放并向县发展改革局报送，重点跟踪2025年单位工业\n\
         增加值二氧化碳排放比2020年下降18%等目标，实行季度监测。\n"
    );
    let header = "某某食品产业园碳达峰实施方案";
    let mut out = String::new();
    let mut page = 1;
    for (i, line) in body.lines().enumerate() {
        if i > 0 && i % 6 == 0 {
            out.push_str(&format!("\n- {page} -\n\n{header}\n\n"));
            page += 1;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&format!("\n- {page} -\n"));
    out
}

#[test]
fn a_sentence_broken_by_a_page_break_is_read_whole() {
    // The seventh line (a page break before it) goes on with the sentence of the sixth:
    // 下 | 降22% — the restated 18% conflicts with it.
    let text = pdf_copy(
        "单位工业增加值二氧化碳排放比2020年下降22%，非化石能源消费比\n\
         重达到12%，单位产品综合能耗持续下降，绿电消费比例逐年提高。\n",
    );
    assert!(text.contains("2020年下降22%"), "{text}");
    let f = findings_in("plan.txt", &text, "target/conflict");
    assert_eq!(f.len(), 1, "{text}\n{f:#?}");
    assert!(
        f[0].message.contains("此处为18%，前文为22%"),
        "{}",
        f[0].message
    );
    // Broken inside the figure's words, across the footer and the running header.
    let text = pdf_copy(
        "单位工业增加值二氧化碳排放比2020年下降22%，非化石能源消费比重\n\
         达到12%，单位产品综合能耗持续下降，绿电消费比例逐年提高。\n",
    );
    let facts = facts_of(&text, Format::Text);
    let t = facts
        .targets
        .iter()
        .find(|t| t.metric_id.as_deref() == Some("nonfossil_share"))
        .unwrap_or_else(|| panic!("{:#?}", facts.targets));
    assert_eq!((t.value, t.target_year), (12.0, Some(2025)));
    assert!(t.text.starts_with("到2025年，单位工业增加值"), "{}", t.text);
}

#[test]
fn a_change_to_the_same_milestone_in_an_earlier_clause_is_no_past() {
    let plan = |goal: &str| {
        format!("# 某园区碳达峰实施方案\n\n本方案以2020年为基准年。\n\n## 三、达峰目标\n\n{goal}\n")
    };
    for goal in [
        // county plan: a sentence of its own after the 到2025年 one
        "到2025年，单位工业增加值能耗比2020年下降14%；液态奶单位产品综合能耗由2020年的30千克标准煤/吨降至27千克标准煤/吨，乳粉单位产品综合能耗由2020年的620千克标准煤/吨降至560千克标准煤/吨。",
        // consultancy: one sentence
        "2025年，稀土氧化物单位产品综合能耗由2020年的1.86吨标准煤/吨降至1.65吨标准煤/吨，烧结钕铁硼毛坯单位产品综合能耗由2020年的1.32吨标准煤/吨降至1.15吨标准煤/吨。",
    ] {
        let facts = facts_of(&plan(goal), Format::Markdown);
        let roles: Vec<(&str, f64)> = facts
            .targets
            .iter()
            .filter(|t| t.metric_id.as_deref() == Some("product_energy_intensity"))
            .map(|t| (t.role.as_str(), t.value))
            .collect();
        assert_eq!(roles.len(), 2, "{goal}\n{roles:?}");
        assert!(roles.iter().all(|(r, _)| *r == "plan"), "{goal}\n{roles:?}");
    }
    // An earlier change that ends in a year of its own is the past; so is the next one.
    let facts = facts_of(
        &plan("“十三五”期间，园区单位工业增加值能耗由2015年的0.85吨标准煤/万元降至2020年的0.62吨标准煤/万元，液态奶单位产品综合能耗由35千克标准煤/吨降至30千克标准煤/吨。"),
        Format::Markdown,
    );
    assert!(
        facts.targets.iter().all(|t| t.role == "history"),
        "{:#?}",
        facts.targets
    );
}

const PROGRESS: &str = "有能反映进程的评估指标";

fn tracked(tracking: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积8.6平方公里。\n\n\
         ## 二、碳排放现状\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳，依据GB/T 32150—2015。2021年园区二氧化碳排放总量31.1万吨。\n\n\
         ## 三、碳达峰目标\n\n本方案以2021年为基准年，力争2027年实现碳达峰。\n\n\
         ## 四、重点任务\n\n建设分布式光伏20兆瓦，2027年底前建成，年减排1.2万吨；锅炉改热泵年减排0.9万吨。牵头单位：园区经济发展局。\n\n\
         ## 五、监测评估\n\n{tracking}\n\n## 六、保障措施\n\n加强组织领导。\n"
    )
}

#[test]
fn indicators_counted_as_the_tracked_ones_show_progress() {
    for tracking in [
        // PDF-copied county plan
        "设置排放总量（基准值145.0万吨）、单位工业增加值二氧化碳排放（1.53吨/万元）、绿电交易量（2021年为0）四项跟踪指标，每年评估一次。",
        // no-styles docx, ministry
        "跟踪排放总量（基准值161.9万吨）、单位工业增加值二氧化碳排放（3.90吨/万元）和余热发电量三项指标，按闭环方式每年发布评估报告。",
        // consultancy
        "以表4-2指标为跟踪指标，按PDCA循环每年评估一次。",
        // enterprise-led park
        "集团选取排放总量、生物质燃料比重等5项核心指标，每季度监测、每年评估。",
    ] {
        let f = findings(&tracked(tracking), "principle/feasibility");
        assert!(!f.iter().any(|d| d.message.contains(PROGRESS)), "{tracking}\n{f:#?}");
    }
    // A count of projects or of an enterprise's quotas names no indicator of progress.
    for tracking in [
        "园区规划建设三项重点工程，每年评估一次。",
        "企业落实两项能耗指标，加强考核。",
    ] {
        let f = findings(&tracked(tracking), "principle/feasibility");
        assert!(
            f.iter().any(|d| d.message.contains(PROGRESS)),
            "{tracking}\n{f:#?}"
        );
    }
}
