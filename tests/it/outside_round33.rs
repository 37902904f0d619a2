//! Readings generalised after round 33 of outside plans (session 25), each in more than
//! one drafting style: a total's figure for another year after a semicolon is the total's;
//! the last of three or more shares named with 等 is the rest; a base value in brackets
//! after the base year; an annex label alone on its line heads the annex.

use crate::common::{findings, findings_in};

const HEAD: &str = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积7.2平方公里。\n\n\
    ## 二、碳排放现状\n\n核算范围为园区规划范围内全部企业，包括化石燃料燃烧的直接排放和净调入电力、热力的间接排放，只核算二氧化碳，依据GB/T 32150—2015。2020年园区二氧化碳排放总量31.1万吨。\n\n";

#[test]
fn a_totals_other_year_after_a_semicolon_is_the_totals() {
    for recap in [
        // province
        "以上任务2030年合计减排5.8万吨，为弥补差额提供支撑；2025年可形成减排能力约3万吨，高于当年的差额。",
        // consultancy
        "各项任务2030年合计减排5.8万吨；2025年可形成减排能力3.0万吨。",
    ] {
        let text = format!(
            "{HEAD}## 三、碳达峰目标\n\n本方案以2020年为基准年。基准情景延续现有发展方式，2025年、2030年和2035年排放分别为39.5万吨、45.8万吨和49.3万吨；达峰情景落实本方案全部任务，2028年达到峰值38.4万吨，2030年降至37.6万吨。\n\n力争2028年实现碳达峰，峰值控制在38.4万吨以内，确保2030年前达峰。\n\n\
             ## 四、重点任务\n\n建设分布式光伏20兆瓦，2030年年减排1.2万吨。推广电动货车，2030年年减排1.5万吨。冲天炉改电炉，年减排1.0万吨。节能改造年减排1.2万吨。锅炉改热泵年减排0.9万吨。{recap}\n\n\
             ## 五、保障措施\n\n加强组织领导。\n"
        );
        let f = findings(&text, "target/reduction-gap");
        assert_eq!(f.len(), 1, "{recap}\n{f:#?}");
        assert!(f[0].message.contains("合计5.8万吨"), "{}", f[0].message);
    }
}

#[test]
fn the_last_of_three_shares_named_with_deng_is_the_rest() {
    let plan = |mix: &str| format!("{HEAD}2020年园区综合能源消费量22.0万吨标准煤。{mix}\n");
    for mix in [
        // city
        "按当量值计，外购电力占52.9%，煤炭及焦炭占37.3%，天然气占10.9%，油品等占2.9%。",
        // county
        "电力占比52.9%，煤炭占比37.3%，天然气占比10.9%，柴油、液化气等占比为2.9%。",
    ] {
        let f = findings(&plan(mix), "consistency/share-sum");
        assert_eq!(f.len(), 1, "{mix}\n{f:#?}");
        assert!(f[0].message.contains("104.0%"), "{}", f[0].message);
    }
    for mix in [
        "按当量值计，外购电力占52.9%，煤炭及焦炭占33.3%，天然气占10.9%，油品等占2.9%。",
        // 等 in the first of two: only some
        "化工、钢铁等占60%，建材占12%。",
    ] {
        let f = findings(&plan(mix), "consistency/share-sum");
        assert!(f.is_empty(), "{mix}\n{f:#?}");
    }
}

#[test]
fn a_base_value_in_brackets_after_the_base_year() {
    for target in [
        // numbered list
        "2. 到2025年，可再生能源电力消费比重较2020年（6.2%）提高10个百分点以上；到2030年达到30%以上。",
        // half-width brackets
        "到2030年，可再生能源电力消费比重比2020年(6.2%)提高24个百分点，达到30%。",
    ] {
        let text = format!(
            "{HEAD}## 三、碳达峰目标\n\n本方案以2020年为基准年。{target}\n\n## 四、重点任务\n\n扩大绿电交易，建设屋顶光伏25兆瓦。\n\n## 五、保障措施\n\n加强组织领导。\n"
        );
        let f = findings(&text, "target/no-baseline");
        assert!(f.is_empty(), "{target}\n{f:#?}");
    }
}

#[test]
fn an_annex_label_alone_heads_the_annex() {
    // GB/T 9704 text: the label on its own line, the title below; owners in the annex's
    // task table.
    let text = "某园区碳达峰实施方案\n\n一、总体要求\n\n正文。\n\n二、重点任务\n\n实施燃煤热风炉清洁替代，2027年完成。分工见附件2。\n\n三、保障措施\n\n加强组织领导。\n\n\
        附件：1．园区碳达峰主要指标表\n      2．重点任务分工表\n\n附件1\n\n园区碳达峰主要指标表\n\n指标表正文。\n\n附件2\n\n重点任务分工表\n\n\
        重点任务\t责任单位\t时间节点\n燃煤热风炉清洁替代\t园区经济发展部\t2027年\n";
    let f = findings_in("plan.txt", text, "structure/duplicate-section");
    assert!(f.is_empty(), "{f:#?}");
    let f: Vec<_> = findings_in("plan.txt", text, "principle/feasibility")
        .into_iter()
        .filter(|d| d.message.contains("责任单位"))
        .collect();
    assert!(f.is_empty(), "{f:#?}");
    let doc = match peaklint::document::read::read_bytes(
        "plan.txt",
        text.as_bytes(),
        &peaklint::document::read::Limits::default(),
    ) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let annexes: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| b.heading().map(|_| b.text.clone()))
        .filter(|t| t.starts_with("附件"))
        .collect();
    assert_eq!(annexes, vec!["附件1".to_string(), "附件2".to_string()]);
}
