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
