//! The outline aligned as a whole (issue 13): a chapter heading no title claims takes
//! the item the outline's order puts there when its text or title carries the item;
//! one title joining two subjects satisfies both; `outline --explain` shows why.

use peaklint::document::read::{read_str, Limits};
use peaklint::document::Format;
use peaklint::extract::outline::{match_outline, MatchKind};
use peaklint::pack::default_pack;

fn plan(targets_title: &str, tracking_title: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积12平方公里，主导产业为机械制造。\n\n\
         ## 二、碳排放现状分析\n\n核算边界为园区规划范围，2021年二氧化碳排放总量为50.2万吨。\n\n\
         ## 三、{targets_title}\n\n设置基准情景和达峰情景，预测园区排放将于2028年前后达峰。\
         力争2028年前后实现碳达峰，峰值控制在58万吨以内。\n\n到2025年，单位工业增加值二氧化碳排放下降15%；\
         到2030年下降30%，非化石能源消费比重达到20%，光伏装机达到6万千瓦。主要指标分约束性和预期性。\n\n\
         ## 四、重点任务\n\n建设分布式光伏，参与碳排放权交易，指导重点企业编制碳达峰方案。\n\n\
         ## 五、{tracking_title}\n\n建立监测统计制度，每年评估，根据评估结果动态调整。\n\n\
         ## 六、保障措施\n\n成立领导小组。\n"
    )
}

fn placed(text: String) -> Vec<(String, Option<(String, MatchKind)>)> {
    let doc = read_str("t.md", text, Format::Markdown, &Limits::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let m = match_outline(&doc, &default_pack().outline);
    m.chapters
        .iter()
        .map(|c| {
            let title = c.best.as_ref().map(|b| {
                let t = doc
                    .blocks
                    .get(b.block)
                    .map(|x| x.text.clone())
                    .unwrap_or_default();
                (t, b.kind)
            });
            (c.item.id.clone(), title)
        })
        .collect()
}

fn at(p: &[(String, Option<(String, MatchKind)>)], id: &str) -> Option<(String, MatchKind)> {
    p.iter().find(|(i, _)| i == id).and_then(|(_, t)| t.clone())
}

#[test]
fn a_chapter_without_the_usual_words_is_placed_by_position_and_content() {
    // 三、2030年愿景 names no concept of the targets chapter; it stands between the
    // analysis and the pathway and holds the scenarios, the peak and the indicators.
    let p = placed(plan("2030年愿景", "指标跟踪与优化改进"));
    let (title, kind) = at(&p, "targets").unwrap_or_default_panic();
    assert_eq!(title, "三、2030年愿景");
    assert_eq!(kind, MatchKind::Position);
}

#[test]
fn a_title_naming_an_excluded_word_is_placed_by_position() {
    // 目标任务 names 目标 with 任务, which rules a title-only match out.
    let p = placed(plan("目标任务", "指标跟踪与优化改进"));
    assert_eq!(
        at(&p, "targets").map(|(t, _)| t).as_deref(),
        Some("三、目标任务")
    );
    assert_eq!(
        at(&p, "pathway").map(|(t, _)| t).as_deref(),
        Some("四、重点任务")
    );
}

#[test]
fn a_chapter_out_of_place_is_not_placed_by_position() {
    // A free heading after the pathway is not where the targets chapter belongs.
    let text = plan("发展愿景", "指标跟踪与优化改进")
        .replace("## 三、发展愿景", "## 三、重点任务")
        .replace("## 四、重点任务", "## 四、发展愿景");
    let p = placed(text);
    assert_ne!(at(&p, "targets").map(|(_, k)| k), Some(MatchKind::Position));
}

#[test]
fn one_combined_chapter_satisfies_two_items() {
    let p = placed(
        plan("碳达峰目标", "监测评估与保障措施").replace("## 六、保障措施\n\n成立领导小组。\n", ""),
    );
    assert_eq!(
        at(&p, "tracking").map(|(t, _)| t).as_deref(),
        Some("五、监测评估与保障措施")
    );
    assert_eq!(
        at(&p, "safeguards").map(|(t, _)| t).as_deref(),
        Some("五、监测评估与保障措施")
    );
}

#[test]
fn explain_shows_item_kind_score_hits_and_position() {
    let dir = std::env::temp_dir().join(format!("peaklint-explain-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("plan.md");
    std::fs::write(&file, plan("2030年愿景", "指标跟踪与优化改进")).unwrap_or_default();
    let path = file.to_string_lossy();
    let out = crate::common::peaklint(&["outline", "--explain", "--format", "json", &path]);
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let f = &v["files"][0];
    let h = f["headings"]
        .as_array()
        .and_then(|hs| hs.iter().find(|h| h["title"] == "2030年愿景"))
        .unwrap_or_else(|| panic!("no heading: {v}"));
    let m = &h["matches"][0];
    assert_eq!(m["item"], "targets");
    assert_eq!(m["role"], "chapter");
    assert_eq!(m["kind"], "position");
    assert_eq!(m["score"], 50);
    assert_eq!(m["position"]["index"], 3);
    assert_eq!(m["position"]["of"], 6);
    assert_eq!(m["position"]["after"], "emission_analysis");
    assert_eq!(m["position"]["before"], "pathway");
    let pathway = f["headings"]
        .as_array()
        .and_then(|hs| hs.iter().find(|h| h["title"] == "重点任务"))
        .unwrap_or_else(|| panic!("no pathway: {v}"));
    assert_eq!(pathway["matches"][0]["kind"], "alias");
    assert_eq!(pathway["matches"][0]["hits"][0], "重点任务");
    assert!(f["outline_coverage"].as_f64().is_some());
    let items = f["items"].as_array().map(Vec::len).unwrap_or(0);
    assert!(items > 20, "{items} items");
    // Without --explain the outline is as before: no matches, no items.
    let plain = crate::common::peaklint(&["outline", "--format", "json", &path]);
    let text = String::from_utf8_lossy(&plain.stdout);
    assert!(!text.contains("\"matches\"") && !text.contains("\"items\""));
    let _ = std::fs::remove_dir_all(&dir);
}

trait OrPanic<T> {
    fn unwrap_or_default_panic(self) -> T;
}

impl<T> OrPanic<T> for Option<T> {
    fn unwrap_or_default_panic(self) -> T {
        self.unwrap_or_else(|| panic!("not placed"))
    }
}

/// Every section item of `chapter` with the title of the heading it was placed on and
/// how.
fn sections_of(text: String, chapter: &str) -> Vec<(String, Option<(String, MatchKind)>)> {
    let doc = read_str("t.md", text, Format::Markdown, &Limits::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let m = match_outline(&doc, &default_pack().outline);
    m.chapters
        .iter()
        .filter(|c| c.item.id == chapter)
        .flat_map(|c| c.sections.iter())
        .map(|s| {
            let title = s.best.as_ref().map(|b| {
                let t = doc
                    .blocks
                    .get(b.block)
                    .map(|x| x.text.clone())
                    .unwrap_or_default();
                (t, b.kind)
            });
            (s.item.id.clone(), title)
        })
        .collect()
}

#[test]
fn order_decides_between_two_headings_of_one_item() {
    // （一）重点项目与减排目标 names 目标 but stands inside the pathway, after it in the
    // outline's order; 三、2030年愿景 stands where the targets chapter belongs and
    // carries its substance. The alignment takes the heading in order (a title match
    // taken alone put the targets chapter inside the pathway, and its sections
    // missing).
    let text = plan("2030年愿景", "指标跟踪与优化改进").replace(
        "指导重点企业编制碳达峰方案。\n\n",
        "指导重点企业编制碳达峰方案。\n\n### （一）重点项目与减排目标\n\n建设光伏项目。\n\n",
    );
    let p = placed(text.clone());
    assert_eq!(
        at(&p, "targets"),
        Some(("三、2030年愿景".to_string(), MatchKind::Position))
    );
    let s = sections_of(text, "pathway");
    assert_eq!(
        at(&s, "key_projects").map(|(t, _)| t).as_deref(),
        Some("（一）重点项目与减排目标")
    );
}

#[test]
fn a_title_out_of_order_is_still_matched() {
    // The targets chapter before the analysis: matched by its title (chapter-order
    // reports it), not dropped for being out of place.
    let text = plan("碳达峰目标", "指标跟踪与优化改进")
        .replace("## 二、碳排放现状分析", "## 二、TMP")
        .replace("## 三、碳达峰目标", "## 二、碳达峰目标")
        .replace("## 二、TMP", "## 三、碳排放现状分析");
    let text = {
        // Swap the two chapters' bodies with their headings.
        let a = text.find("## 三、碳排放现状分析").unwrap_or(0);
        let b = text.find("## 二、碳达峰目标").unwrap_or(0);
        let c = text.find("## 四、").unwrap_or(text.len());
        format!(
            "{}{}{}{}",
            text.get(..a).unwrap_or(""),
            text.get(b..c).unwrap_or(""),
            text.get(a..b).unwrap_or(""),
            text.get(c..).unwrap_or("")
        )
    };
    let p = placed(text);
    assert_eq!(
        at(&p, "targets"),
        Some(("二、碳达峰目标".to_string(), MatchKind::Title))
    );
    assert_eq!(
        at(&p, "emission_analysis").map(|(t, _)| t).as_deref(),
        Some("三、碳排放现状分析")
    );
}

#[test]
fn a_section_is_placed_by_its_position_and_substance() {
    // 子公司碳达峰指导 names none of the enterprise-guidance names (企业…), but names
    // 碳达峰 and its text holds the guidance to the park's enterprises.
    let text = plan("碳达峰目标", "指标跟踪与优化改进").replace(
        "## 四、重点任务\n\n建设分布式光伏，参与碳排放权交易，指导重点企业编制碳达峰方案。\n\n",
        "## 四、重点任务\n\n### （一）能源结构优化\n\n建设分布式光伏。\n\n\
         ### （二）碳市场交易\n\n参与碳排放权交易。\n\n\
         ### （三）子公司碳达峰指导\n\n指导各子公司编制企业碳达峰方案，推行一企一策。\n\n",
    );
    let s = sections_of(text, "pathway");
    assert_eq!(
        at(&s, "enterprise_guidance"),
        Some(("（三）子公司碳达峰指导".to_string(), MatchKind::Position))
    );
    assert_eq!(
        at(&s, "market_mechanisms").map(|(t, _)| t).as_deref(),
        Some("（二）碳市场交易")
    );
}

#[test]
fn one_heading_one_section_unless_its_title_joins_both() {
    let text = plan("碳达峰目标", "指标跟踪与优化改进").replace(
        "## 六、保障措施\n\n成立领导小组。\n",
        "## 六、保障措施\n\n### （一）加强组织领导\n\n成立领导小组。\n\n\
         ### （二）强化政策与资金支持\n\n落实差别化电价政策，设立专项资金。\n",
    );
    let s = sections_of(text, "safeguards");
    // 政策支持 spans the joiner, 资金支持 is a part: both items.
    assert_eq!(
        at(&s, "policy").map(|(t, _)| t).as_deref(),
        Some("（二）强化政策与资金支持")
    );
    assert_eq!(
        at(&s, "funding").map(|(t, _)| t).as_deref(),
        Some("（二）强化政策与资金支持")
    );
    // 建立监测评估机制 joins nothing: one section only (monitoring, its alias).
    let text = plan("碳达峰目标", "指标跟踪与优化改进").replace(
        "## 五、指标跟踪与优化改进\n\n",
        "## 五、指标跟踪与优化改进\n\n### （一）建立监测评估机制\n\n建立监测统计制度。\n\n",
    );
    let s = sections_of(text, "tracking");
    assert_eq!(
        at(&s, "monitoring").map(|(t, _)| t).as_deref(),
        Some("（一）建立监测评估机制")
    );
    assert_eq!(at(&s, "evaluation"), None);
}

#[test]
fn explain_json_shows_order_content_and_section_places() {
    let dir = std::env::temp_dir().join(format!("peaklint-explain2-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("plan.md");
    let text = plan("2030年愿景", "指标跟踪与优化改进")
        .replace(
            "## 六、保障措施\n\n成立领导小组。\n",
            "## 六、保障措施\n\n### （一）加强组织领导\n\n成立领导小组。\n\n\
         ### （二）强化政策与资金支持\n\n落实差别化电价政策，设立专项资金。\n\n\
         ## 七、园区概况\n\n园区规划面积12平方公里。\n",
        )
        .replace(
            "## 一、园区概况\n\n园区规划面积12平方公里，主导产业为机械制造。\n\n",
            "",
        );
    std::fs::write(&file, text).unwrap_or_default();
    let path = file.to_string_lossy();
    let out = crate::common::peaklint(&["outline", "--explain", "--format", "json", &path]);
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let heading = |title: &str| {
        v["files"][0]["headings"]
            .as_array()
            .and_then(|hs| hs.iter().find(|h| h["title"] == title))
            .cloned()
            .unwrap_or_else(|| panic!("no heading {title}: {v}"))
    };
    let vision = heading("2030年愿景");
    let m = &vision["matches"][0];
    assert_eq!(m["kind"], "position");
    assert_eq!(m["in_order"], true);
    let content: Vec<&str> = m["content"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
        .unwrap_or_default();
    assert!(content.contains(&"peak_time_value"), "{content:?}");
    let joined = heading("强化政策与资金支持");
    let items: Vec<&str> = joined["matches"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["item"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(items, vec!["policy", "funding"]);
    assert_eq!(joined["matches"][0]["role"], "section");
    assert_eq!(joined["matches"][0]["position"]["index"], 2);
    assert_eq!(joined["matches"][0]["position"]["of"], 2);
    assert_eq!(joined["matches"][0]["position"]["after"], "organisation");
    // 园区概况 written last: matched by its title all the same, out of the order.
    let late = heading("园区概况");
    assert_eq!(late["matches"][0]["item"], "profile");
    assert_eq!(late["matches"][0]["in_order"], false);
    assert_eq!(late["matches"][0]["position"]["index"], 6);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_combined_chapter_title_is_the_heading_of_the_section_it_names() {
    // 指标跟踪与优化改进 without sub-headings: the chapter's title names 优化改进 — the
    // section's heading, not a heading "outside its chapter".
    let s = sections_of(plan("碳达峰目标", "指标跟踪与优化改进"), "tracking");
    assert_eq!(
        at(&s, "improvement").map(|(t, _)| t).as_deref(),
        Some("五、指标跟踪与优化改进")
    );
    // A sub-heading of its own wins over the chapter's title.
    let text = plan("碳达峰目标", "指标跟踪与优化改进").replace(
        "建立监测统计制度，每年评估，根据评估结果动态调整。\n\n",
        "### （一）监测统计\n\n建立监测统计制度，每年评估。\n\n\
         ### （二）动态调整机制\n\n根据评估结果动态调整。\n\n",
    );
    let s = sections_of(text, "tracking");
    assert_eq!(
        at(&s, "improvement").map(|(t, _)| t).as_deref(),
        Some("（二）动态调整机制")
    );
    // A title that joins nothing names no section of its own chapter.
    let s = sections_of(plan("碳达峰目标", "优化改进"), "tracking");
    assert_eq!(at(&s, "improvement"), None);
}

/// A chapter whose first section is the profile (`二、园区现状与碳排放分析` / `（一）园区概况`):
/// the profile inside the analysis chapter is part of it, not a chapter before it, so the
/// chapter heading is the analysis and the sections stay its sections. Written in three
/// drafting styles.
#[test]
fn a_chapter_holding_the_profile_as_its_first_section_is_the_analysis() {
    for (chapter, profile, inventory) in [
        (
            "二、园区现状与碳排放分析",
            "（一）园区概况",
            "（三）基准年排放清单",
        ),
        (
            "第二章 发展基础与碳排放现状",
            "一、基本情况",
            "三、2020年碳排放清单",
        ),
        (
            "2 园区概况及碳排放核算",
            "2.1 园区基本概况",
            "2.3 基准年碳排放总量",
        ),
        // A chapter no title claims, placed by its position and its sections' substance.
        ("二、现状与核算边界", "（一）园区概况", "（三）基准年清单"),
    ] {
        let text = format!(
            "# 某化工园区碳达峰实施方案\n\n## 一、总体要求\n\n坚持系统观念。\n\n\
             ## {chapter}\n\n### {profile}\n\n园区规划面积18平方公里，以精细化工为主。\n\n\
             ### （二）核算边界与方法\n\n核算边界为园区规划范围，只核算二氧化碳。\n\n\
             ### {inventory}\n\n2020年二氧化碳排放总量为86.2万吨。\n\n\
             ### （四）历史变化\n\n2016—2022年排放量依次为70.1万吨、74.3万吨、78.0万吨、80.2万吨、86.2万吨、88.9万吨、90.3万吨。\n\n\
             ## 三、碳达峰目标\n\n力争2028年前后实现碳达峰。\n\n## 四、重点任务\n\n建设分布式光伏。\n\n\
             ## 五、指标跟踪与改进\n\n每年评估，动态调整。\n\n## 六、保障措施\n\n成立领导小组。\n"
        );
        let p = placed(text.clone());
        assert_eq!(
            at(&p, "emission_analysis").map(|(t, _)| t).as_deref(),
            Some(chapter),
            "{chapter}: {p:?}"
        );
        let s = sections_of(text, "emission_analysis");
        let inv = s
            .iter()
            .find(|(id, _)| id == "base_year_inventory")
            .and_then(|(_, t)| t.clone())
            .map(|(t, _)| t);
        assert_eq!(inv.as_deref(), Some(inventory), "{chapter}: {s:?}");
    }
}

/// A sub-heading whose only tie to a chapter is a concept word is a sub-topic of the
/// chapter above it, not that chapter: `（二）数据质量保障` under 跟踪评估 is no 保障措施,
/// `（一）运输结构调整` under 重点任务 no tracking chapter. Named by the chapter's title or an
/// alias, a sub-heading still is the chapter (`（四）保障措施` under 组织实施).
#[test]
fn a_concept_word_in_a_sub_heading_is_no_chapter() {
    let base = |pathway_sub: &str, tracking: &str, safeguards: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积12平方公里。\n\n\
             ## 二、碳排放现状分析\n\n2021年二氧化碳排放总量为50.2万吨。\n\n\
             ## 三、碳达峰目标\n\n力争2028年前后实现碳达峰。\n\n\
             ## 四、重点任务\n\n### {pathway_sub}\n\n推进公转铁。\n\n{tracking}{safeguards}"
        )
    };
    // Safeguards missing; tracking's sub-heading only says 保障 (consultancy style).
    let p = placed(base(
        "（一）运输结构优化",
        "## 五、跟踪评估\n\n### （一）监测统计\n\n按年统计。\n\n### （二）数据质量保障\n\n建立数据审核制度。\n\n",
        "",
    ));
    assert_eq!(at(&p, "safeguards"), None, "{p:?}");
    // Tracking missing; a pathway sub-heading only says 调整 (city style).
    let p = placed(base(
        "（一）运输结构调整",
        "",
        "## 五、保障措施\n\n成立领导小组。\n",
    ));
    assert_eq!(at(&p, "tracking"), None, "{p:?}");
    // Named by its title one level down, the chapter is found (ministry style).
    let p = placed(base(
        "（一）运输结构优化",
        "## 五、跟踪评估\n\n建立监测统计制度，每年评估，动态调整。\n\n",
        "## 六、组织实施\n\n### （一）保障措施\n\n成立领导小组。\n",
    ));
    assert!(at(&p, "safeguards").is_some(), "{p:?}");
}

/// A plan whose analysis chapter has an unfamiliar title and states its boundary by what
/// it accounts (`本方案核算…的二氧化碳排放，包括…`) and its inventory as a total with parts.
fn analysis_plan(title: &str, boundary: &str, inventory: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n坚持系统观念，统筹发展和减排。\n\n\
         ## 二、{title}\n\n{boundary}\n\n{inventory}\n\n\
         ## 三、达峰目标\n\n设置基准情景和达峰情景，预测园区排放于2028年达峰，峰值控制在96万吨以内。\n\n\
         ## 四、主要任务\n\n建设分布式光伏40兆瓦，实施余热回收改造。\n\n\
         ## 五、保障措施\n\n成立碳达峰工作领导小组，设立绿色发展专项资金。\n"
    )
}

#[test]
fn an_analysis_chapter_under_an_unfamiliar_title_is_placed_by_its_boundary_and_inventory() {
    for (title, boundary, inventory) in [
        // enterprise
        (
            "园区今天的碳账本",
            "本方案核算园区规划范围内全部企业的二氧化碳排放，包括化石燃料燃烧和工业生产过程排放。",
            "2020年园区二氧化碳排放总量为84.6万吨，其中化石燃料燃烧52.1万吨，外购电力和热力24.2万吨。",
        ),
        // consultancy
        (
            "我们从哪里出发",
            "核算对象为开发区管委会管辖范围内的工业企业，外购电力、热力对应的间接排放一并计入。",
            "基准年（2021年）开发区二氧化碳排放量为132.7万吨，其中能源活动排放118.2万吨。",
        ),
        // city-county
        (
            "摸清底数",
            "县工业园区碳排放核算涵盖园区四至范围内的企业，外购电力产生的间接排放计入园区排放。",
            "2020年园区碳排放总量约41.3万吨，其中燃煤锅炉排放26.5万吨，占64.2%。",
        ),
    ] {
        let p = placed(analysis_plan(title, boundary, inventory));
        let (got, kind) = at(&p, "emission_analysis").unwrap_or_default_panic();
        assert_eq!(got, format!("二、{title}"), "{title}");
        assert_eq!(kind, MatchKind::Position, "{title}");
    }
    // A chapter of the park's profile in that place is not the analysis.
    let p = placed(analysis_plan(
        "园区画像",
        "园区规划面积28平方公里，主导产业为装备制造和新材料。",
        "2020年园区工业增加值142亿元，规上工业企业87家。",
    ));
    assert_eq!(at(&p, "emission_analysis"), None);
}

/// A profile chapter under a plain-language title, read by its substance: the area and its
/// bounds, what the park makes, the energy it buys in (enterprise and county wording).
#[test]
fn a_profile_chapter_under_a_plain_title_is_placed_by_what_the_park_makes_and_buys() {
    for (title, body) in [
        (
            "我们是谁：园区的基本盘",
            "园区占地8.6平方公里，四至为：东至疏港公路，西至白沙河。\n\n\
             2023年园区主要产品产量为：电解铝20万吨、铝板带箔32万吨。\n\n\
             2023年园区从电网净购入电量32.65亿千瓦时，天然气主要用于熔炼炉。",
        ),
        (
            "县里的这片园子",
            "园区规划面积12.4平方公里，位于县城东部。\n\n\
             主要产品包括建筑陶瓷和日用玻璃。\n\n\
             2021年园区天然气消费量1.2亿立方米，外购电量4.6亿千瓦时。",
        ),
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、{title}\n\n{body}\n\n\
             ## 二、碳排放现状分析\n\n核算边界为园区规划范围，2021年二氧化碳排放总量为50.2万吨。\n\n\
             ## 三、达峰目标\n\n设置基准情景和达峰情景，力争2028年前后实现碳达峰。\n\n\
             ## 四、重点任务\n\n建设分布式光伏。\n\n## 五、保障措施\n\n成立领导小组。\n"
        );
        let p = placed(text);
        let (got, kind) = at(&p, "profile").unwrap_or_default_panic();
        assert_eq!(got, format!("一、{title}"));
        assert_eq!(kind, MatchKind::Position);
    }
}
