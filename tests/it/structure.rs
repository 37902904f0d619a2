//! Structure checks on plans written the ways real authors write them: the standard's
//! analytical vocabulary, the government vocabulary, synonyms, nesting, and seeded
//! defects (missing, misordered, duplicated, empty and misnumbered chapters).

use peaklint::checks::Lang;
use peaklint::diagnostic::{Diagnostic, Severity};
use peaklint::document::read::{read_bytes, Limits};
use peaklint::extract::outline::match_outline;
use peaklint::pack;
use peaklint::pipeline::check_document;

fn doc(text: &str) -> peaklint::Document {
    match read_bytes("plan.md", text.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

/// Structure and input findings (the other families have their own tests).
fn check(text: &str) -> Vec<Diagnostic> {
    check_document(&doc(text), pack::default_pack(), Lang::Zh)
        .diagnostics
        .into_iter()
        .filter(|d| d.rule.starts_with("structure/") || d.rule.starts_with("input/"))
        .collect()
}

fn rules_of(diags: &[Diagnostic]) -> Vec<&'static str> {
    diags.iter().map(|d| d.rule).collect()
}

/// A plan with the given top-level chapter titles, each with a sentence of body and
/// the sections the default pack requires, titled as real plans title them.
fn plan(chapters: &[&str]) -> String {
    let mut s = String::from("# 某经济开发区碳达峰实施方案\n\n");
    let cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    for (i, title) in chapters.iter().enumerate() {
        let n = cn.get(i).copied().unwrap_or("十");
        s.push_str(&format!(
            "## {n}、{title}\n\n园区围绕{title}开展工作，明确责任单位和完成时限。\n\n"
        ));
        for (j, sub) in sections_for(title).iter().enumerate() {
            let m = cn.get(j).copied().unwrap_or("十");
            s.push_str(&format!(
                "### （{m}）{sub}\n\n本节说明{sub}的具体内容和数据来源。\n\n"
            ));
        }
    }
    s
}

/// Required sections by chapter, in the words plans use.
fn sections_for(chapter: &str) -> Vec<&'static str> {
    let pack = pack::default_pack();
    let item = pack.outline.iter().find(|i| {
        peaklint::extract::outline::match_title(i, chapter).is_some()
            && i.level == pack::Requirement::Required
    });
    let Some(item) = item else { return Vec::new() };
    let titles: Vec<&'static str> = match item.id.as_str() {
        "emission_analysis" => vec!["核算边界与方法", "基准年碳排放清单", "历史变化趋势"],
        "targets" => vec!["情景分析", "达峰时间与峰值", "碳达峰指标体系"],
        "pathway" => vec!["能源结构优化", "市场机制", "园区内企业碳达峰指导"],
        "tracking" => vec!["碳排放监测与统计", "评估与考核", "优化改进机制"],
        _ => vec![],
    };
    titles
}

const STANDARD: [&str; 7] = [
    "总则",
    "园区概况",
    "工业园区碳排放分析",
    "碳达峰目标",
    "实施路径",
    "指标跟踪体系与优化改进",
    "保障措施",
];

#[test]
fn complete_standard_plan_has_no_structure_findings() {
    let diags = check(&plan(&STANDARD));
    assert!(diags.is_empty(), "{diags:#?}");
}

#[test]
fn missing_chapter_names_it_and_points_at_nothing() {
    let mut chapters = STANDARD.to_vec();
    chapters.retain(|c| *c != "保障措施");
    let diags = check(&plan(&chapters));
    let missing: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.rule == "structure/missing-chapter")
        .collect();
    assert_eq!(missing.len(), 1, "{diags:#?}");
    let d = missing[0];
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.contains("保障措施"), "{}", d.message);
    assert!(d.location.is_none());
    assert_eq!(
        d.expected.as_ref().map(|e| e.title.as_str()),
        Some("保障措施")
    );
}

#[test]
fn every_missing_chapter_is_reported_not_just_the_first() {
    let diags = check(&plan(&["总则", "园区概况", "实施路径"]));
    let missing: Vec<String> = diags
        .iter()
        .filter(|d| d.rule == "structure/missing-chapter" && d.severity == Severity::Error)
        .filter_map(|d| d.expected.as_ref().map(|e| e.id.clone()))
        .collect();
    for id in ["emission_analysis", "targets", "tracking", "safeguards"] {
        assert!(
            missing.iter().any(|m| m == id),
            "{id} not reported: {missing:?}"
        );
    }
}

#[test]
fn synonyms_satisfy_chapters() {
    // At least five real-style names per required chapter.
    let synonyms: [(&str, [&str; 5]); 5] = [
        (
            "emission_analysis",
            [
                "碳排放现状分析",
                "碳排放现状",
                "二氧化碳排放分析",
                "园区碳排放核算与分析",
                "碳排放基础与特征",
            ],
        ),
        (
            "targets",
            [
                "主要目标",
                "碳达峰目标与指标",
                "总体目标",
                "达峰目标",
                "发展目标",
            ],
        ),
        (
            "pathway",
            [
                "重点任务",
                "主要任务",
                "碳达峰重点行动",
                "实施路径与重点任务",
                "达峰路径",
            ],
        ),
        (
            "tracking",
            [
                "监测评估",
                "跟踪评估与动态调整",
                "指标跟踪",
                "评估与改进",
                "实施评估",
            ],
        ),
        (
            "safeguards",
            ["保障措施", "组织实施", "保障机制", "政策保障", "实施保障"],
        ),
    ];
    let pack = pack::default_pack();
    for (id, names) in synonyms {
        let Some(item) = pack.outline.iter().find(|i| i.id == id) else {
            panic!("no outline item {id}")
        };
        for name in names {
            assert!(
                peaklint::extract::outline::match_title(item, name).is_some(),
                "{name} should satisfy {id}"
            );
        }
    }
}

#[test]
fn unrelated_titles_do_not_satisfy_chapters() {
    let pack = pack::default_pack();
    for (id, name) in [
        ("safeguards", "碳排放分析"),
        ("targets", "园区概况"),
        ("emission_analysis", "保障措施"),
        ("pathway", "编制依据"),
        ("tracking", "指导思想"),
    ] {
        let Some(item) = pack.outline.iter().find(|i| i.id == id) else {
            panic!("no outline item {id}")
        };
        assert!(
            peaklint::extract::outline::match_title(item, name).is_none(),
            "{name} must not satisfy {id}"
        );
    }
}

#[test]
fn government_layout_with_nested_targets() {
    let text = "# 某高新区碳达峰实施方案\n\n\
        ## 一、总体要求\n\n### （一）指导思想\n\n正文。\n\n### （二）主要目标\n\n到2025年，单位工业增加值二氧化碳排放下降18%。\n\n\
        ## 二、发展基础与碳排放现状\n\n### （一）发展基础\n\n正文。\n\n### （二）碳排放现状\n\n正文。\n\n\
        ## 三、重点任务\n\n正文。\n\n## 四、保障措施\n\n正文。\n\n## 五、组织实施\n\n### （一）监测评估\n\n正文。\n";
    let d = doc(text);
    let pack = pack::default_pack();
    let m = match_outline(&d, &pack.outline);
    let targets = m.chapters.iter().find(|c| c.item.id == "targets");
    let best = targets.and_then(|c| c.best.as_ref());
    assert_eq!(
        best.map(|b| b.level),
        Some(2),
        "主要目标 one level deep satisfies the targets chapter"
    );
    let diags = check(text);
    assert!(
        !rules_of(&diags).contains(&"structure/duplicate-section"),
        "保障措施 and 组织实施 side by side are not duplicates: {diags:#?}"
    );
    assert!(
        diags
            .iter()
            .all(|d| !(d.rule == "structure/missing-chapter" && d.severity == Severity::Error)),
        "{diags:#?}"
    );
}

#[test]
fn misordered_chapter_is_reported_at_its_heading() {
    let chapters = [
        "总则",
        "园区概况",
        "碳达峰目标",
        "工业园区碳排放分析",
        "实施路径",
        "指标跟踪体系与优化改进",
        "保障措施",
    ];
    let diags = check(&plan(&chapters));
    let order: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.rule == "structure/chapter-order")
        .collect();
    assert_eq!(order.len(), 1, "{diags:#?}");
    assert!(order[0].location.is_some());
}

#[test]
fn duplicate_chapter_points_at_both() {
    let mut chapters = STANDARD.to_vec();
    chapters.push("保障措施");
    let diags = check(&plan(&chapters));
    let dup: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.rule == "structure/duplicate-section")
        .collect();
    assert_eq!(dup.len(), 1, "{diags:#?}");
    assert_eq!(dup[0].related.len(), 1);
}

#[test]
fn empty_section_is_reported() {
    let text =
        plan(&STANDARD).replace("园区围绕保障措施开展工作，明确责任单位和完成时限。\n\n", "");
    let diags = check(&text);
    let empty: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.rule == "structure/empty-section")
        .collect();
    assert_eq!(empty.len(), 1, "{diags:#?}");
    let section = empty[0]
        .location
        .as_ref()
        .map(|l| l.section.clone())
        .unwrap_or_default();
    assert_eq!(section, vec!["七、保障措施".to_string()]);
}

#[test]
fn numbering_gaps_and_repeats() {
    let text = plan(&STANDARD).replace("## 五、实施路径", "## 六、实施路径");
    let diags = check(&text);
    let num: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.rule == "structure/numbering")
        .collect();
    assert!(!num.is_empty(), "{diags:#?}");
    assert!(num[0].message.contains("五、"), "{}", num[0].message);
}

#[test]
fn no_headings_at_all() {
    let diags = check("本方案旨在推动园区绿色低碳发展。\n\n园区将加快能源结构调整。\n");
    assert_eq!(rules_of(&diags), vec!["input/no-structure"]);
}

#[test]
fn english_messages() {
    let mut chapters = STANDARD.to_vec();
    chapters.retain(|c| *c != "保障措施");
    let diags = check_document(&doc(&plan(&chapters)), pack::default_pack(), Lang::En).diagnostics;
    assert!(
        diags.iter().any(|d| d.message.contains("required chapter")),
        "{diags:#?}"
    );
}

/// A chapter numbered in another style that takes the next number (四、 第五章 六、) is
/// reported once, for its style; the next chapter is not a skip.
#[test]
fn a_mixed_style_heading_counts_in_the_sequence() {
    let text = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n文字。\n\n## 二、碳排放分析\n\n文字。\n\n\
                ## 三、碳达峰目标\n\n文字。\n\n## 四、实施路径\n\n文字。\n\n## 第五章 跟踪评估\n\n文字。\n\n\
                ## 六、保障措施\n\n文字。\n";
    let found: Vec<(Option<u32>, String)> = check(text)
        .into_iter()
        .filter(|d| d.rule == "structure/numbering")
        .map(|d| (d.location.and_then(|l| l.line), d.message))
        .collect();
    assert_eq!(
        found,
        vec![(
            Some(19),
            "同级标题编号样式不一致：“第五章”与“一、”混用".to_string()
        )]
    );
}

/// The messages of `structure/missing-section` findings.
fn missing_sections(text: &str) -> Vec<String> {
    check(text)
        .into_iter()
        .filter(|d| d.rule == "structure/missing-section")
        .map(|d| d.message)
        .collect()
}

/// A required section written as a chapter of its own, or inside the chapter next to its
/// own (`二、情景分析` before `三、主要目标`, a peak chapter after it), is present: authors
/// order a plan that way and a panel accepts it. One written chapters away is still
/// reported, with where it was found.
#[test]
fn a_section_in_the_chapter_next_door_is_present() {
    let targets_body =
        "到2030年，园区二氧化碳排放总量控制在109万吨以内。\n\n### （一）指标体系\n\n见表。\n";
    // Ministry: the scenario analysis and the peak as sections of the chapter before.
    let before = format!(
        "# 某经济技术开发区碳达峰实施方案\n\n## 二、情景分析\n\n### （一）情景预测\n\n基准情景下2030年排放140万吨。\n\n\
         ### （二）达峰时间和峰值\n\n力争2028年达峰。\n\n## 三、主要目标\n\n{targets_body}"
    );
    // City: scenarios and peak as chapters of their own around the targets.
    let chapters = format!(
        "# 某县工业集中区碳达峰实施方案\n\n## 二、排放情景预测\n\n基准情景下2030年排放60万吨。\n\n\
         ## 三、主要目标\n\n{targets_body}\n## 四、达峰时间与峰值\n\n力争2029年达峰。\n"
    );
    for text in [&before, &chapters] {
        let got = missing_sections(text);
        assert!(
            !got.iter()
                .any(|m| m.contains("情景分析与排放预测") || m.contains("达峰时间与峰值")),
            "{text}\n{got:?}"
        );
    }
    // Consultancy: the scenarios two chapters before the targets.
    let far = format!(
        "# 某园区碳达峰实施方案\n\n## 1 情景分析\n\n### 1.1 情景预测\n\n基准情景下2030年排放140万吨。\n\n\
         ## 2 园区概况\n\n园区位于某市。\n\n## 3 主要目标\n\n{targets_body}"
    );
    let got = missing_sections(&far);
    assert!(
        got.iter().any(|m| m.contains("情景分析与排放预测")),
        "{far}\n{got:?}"
    );
}

/// A section's substance in its chapter's text counts, said with one of the section's own
/// names (`建设能碳管理平台` for 监测与统计, named 能碳管理平台) or in the ways plans say it:
/// figures followed on a schedule, green power bought under long-term contracts, a group
/// steering its subsidiaries (probe round 6). A chapter that says none of it still lacks
/// the section.
#[test]
fn section_substance_in_other_words_is_present() {
    let tasks = |body: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 四、重点任务\n\n### （一）能源结构优化\n\n建设分布式光伏。\n\n{body}\n\n\
             ## 五、实施评估与优化改进\n\n### （一）评估考核\n\n每年开展评估。\n\n### （二）优化改进\n\n根据评估结果修订方案。\n"
        )
    };
    let tracking = |body: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 四、重点任务\n\n### （一）能源结构优化\n\n建设分布式光伏。\n\n\
             ## 五、实施评估与优化改进\n\n{body}\n\n### （一）评估考核\n\n每年开展评估。\n\n### （二）优化改进\n\n根据评估结果修订方案。\n"
        )
    };
    let present = [
        // Province: the platform by the section's own name.
        (tracking("依托开发区能碳管理平台开展工作。"), "监测与统计"),
        // Enterprise: a schedule of following and accounting.
        (
            tracking("集团能源管理中心每季度跟踪表4-1指标，每年4月前完成上年度排放核算。"),
            "监测与统计",
        ),
        // City: long-term green-power contracts are a market measure.
        (
            tasks("推动电子企业签订绿电长协，提高绿电比例。"),
            "市场机制",
        ),
        // Consultancy: a power purchase agreement.
        (
            tasks("与新能源企业签订长期购电协议，锁定绿电来源。"),
            "市场机制",
        ),
        // Enterprise group: subsidiaries are the park's enterprises.
        (
            tasks("集团对各子公司实行碳排放预算管理，各子公司设立碳管理岗位。"),
            "园区内企业碳达峰指导",
        ),
        // Ministry: the section's own name in the text.
        (tasks("对重点企业推行一企一策。"), "园区内企业碳达峰指导"),
    ];
    for (text, section) in &present {
        let got = missing_sections(text);
        assert!(!got.iter().any(|m| m.contains(section)), "{text}\n{got:?}");
    }
    // Still missing: nothing of the kind said.
    let absent = [
        (tracking("园区将持续推进各项工作。"), "监测与统计"),
        (tasks("推动企业建设分布式光伏。"), "市场机制"),
        (
            tasks("园区共有规模以上工业企业41家。"),
            "园区内企业碳达峰指导",
        ),
    ];
    for (text, section) in &absent {
        let got = missing_sections(text);
        assert!(got.iter().any(|m| m.contains(section)), "{text}\n{got:?}");
    }
}

/// A recommended chapter written as a section of another chapter (`2.1 发展概况` under the
/// emission chapter) is present; a plan without it anywhere is still told.
#[test]
fn a_recommended_chapter_written_as_a_section_is_present() {
    let with = |profile: &str| {
        format!(
            "# 某开发区碳达峰实施方案\n\n## 2 开发区碳排放现状\n\n{profile}\n\n### 2.2 核算边界与方法\n\n本方案以2020年为基准年。\n"
        )
    };
    let recommended = |text: &str| -> Vec<String> {
        check(text)
            .into_iter()
            .filter(|d| d.rule == "structure/missing-chapter" && d.message.contains("园区概况"))
            .map(|d| d.message)
            .collect()
    };
    for profile in [
        "### 2.1 发展概况\n\n开发区规划面积12平方公里。",
        "### （一）园区基本情况\n\n园区位于某县城东。",
        "### 一、发展基础\n\n产业园以化纤为主导产业。",
    ] {
        let text = with(profile);
        assert!(recommended(&text).is_empty(), "{text}");
    }
    let text = with("### 2.1 排放源\n\n园区排放主要来自燃煤锅炉。");
    assert_eq!(recommended(&text).len(), 1, "{text}");
}

/// (line, message) of `structure/numbering` on `text` read as `name`.
fn numbering_in(name: &str, text: &str) -> Vec<(Option<u32>, String)> {
    crate::common::findings_in(name, text, "structure/numbering")
        .into_iter()
        .map(|d| (d.location.and_then(|l| l.line), d.message))
        .collect()
}

/// Items numbered on across their parents (`（一）1. 2. （二）3. 4.`, `（一）`…`（五）` across
/// chapters, as central documents number them) are not skips; a number that breaks the
/// continued run still is.
#[test]
fn numbering_continued_across_parents_is_not_a_skip() {
    let cases = [
        // County style, plain text: tasks numbered through the chapter.
        (
            "county.txt",
            "某县产业园碳达峰实施方案\n\n一、总体要求\n\n文字。\n\n二、重点任务\n\n（一）能源替代\n\n1.屋顶光伏。新增光伏50兆瓦。\n\n2.绿电交易。年交易电量2亿千瓦时。\n\n（二）节能改造\n\n3.电机改造。更新高效电机。\n\n4.余热利用。回收窑炉余热。\n\n三、保障措施\n\n文字。\n",
        ),
        // Ministry style: （一）… numbered through the chapters.
        (
            "ministry.md",
            "# 某开发区碳达峰实施方案\n\n## 一、总体要求\n\n### （一）指导思想\n\n文字。\n\n### （二）工作原则\n\n文字。\n\n## 二、重点任务\n\n### （三）推进能源绿色低碳转型\n\n文字。\n\n### （四）推进节能降碳增效\n\n文字。\n\n## 三、保障措施\n\n### （五）加强组织领导\n\n文字。\n",
        ),
        // Enterprise style, articles through the chapters; 第一条 and 第四条 are run-in
        // text, not headings.
        (
            "articles.md",
            "# 某产业园碳达峰实施方案\n\n## 第一章 总则\n\n**第一条** 为推动园区绿色低碳发展，结合园区实际，制定本方案。\n\n**第二条** 指导思想。文字。\n\n**第三条** 基本原则。文字。\n\n## 第二章 重点任务\n\n**第四条** 上述措施2030年合计减排35.2万吨，可以覆盖基准情景与目标情景之间的差距。\n\n**第五条** 能源转型。文字。\n\n**第六条** 节能降碳。文字。\n",
        ),
    ];
    for (name, text) in &cases {
        let found = numbering_in(name, text);
        assert!(found.is_empty(), "{name}: {found:?}");
    }
    // Ministry 公文 style, plain text: the first chapter's ten articles are run-in
    // paragraphs; the first articles read as headings start at 第十一条.
    let articles: String = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        .iter()
        .map(|n| format!("第{n}条 本条规定开发区碳达峰工作的第{n}项总体要求，各部门按照职责分工抓好落实，每年评估实施情况。\n\n"))
        .collect();
    let gongwen = format!("某国家级经济技术开发区碳达峰实施方案\n\n第一章 总则\n\n{articles}第二章 碳排放分析\n\n第十一条 核算边界\n\n文字。\n\n第十二条 排放现状\n\n文字。\n");
    let found = numbering_in("gongwen.txt", &gongwen);
    assert!(found.is_empty(), "{found:?}");
    // Province style: the continued run skips 4 — reported, with the number expected.
    let skip = "某市高新区碳达峰实施方案\n\n一、总体要求\n\n文字。\n\n二、重点任务\n\n（一）能源替代\n\n1.屋顶光伏。文字。\n\n2.绿电交易。文字。\n\n（二）节能改造\n\n3.电机改造。文字。\n\n5.余热利用。文字。\n\n三、保障措施\n\n文字。\n";
    let found = numbering_in("province.txt", skip);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Some(19), "{found:?}");
    assert!(
        found[0].1.contains("“5.”") && found[0].1.contains("“4.”"),
        "{found:?}"
    );
}

/// A numbered heading held whole in lenticular brackets (`【第二部分 碳排放现状】`, as
/// enterprise and group documents mark their parts) is a chapter heading: the `一、` under
/// each part start again without a numbering warning, and the sections inside are found.
#[test]
fn bracketed_part_headings_are_chapters() {
    let cases = [
        // Enterprise style, plain text.
        (
            "group.txt",
            "某集团产业园碳达峰实施方案\n\n【第一部分 总体考虑】\n\n一、基本思路。以油改电为抓手。\n\n二、方案期限。2024—2030年。\n\n【第二部分 碳排放现状】\n\n一、核算范围\n\n本方案核算园区运营公司可控范围内的二氧化碳排放。\n\n二、基准年\n\n以2020年为基准年。\n\n【第三部分 保障措施】\n\n一、组织保障\n\n成立碳达峰工作专班。\n",
        ),
        // Consultancy style, Markdown paragraphs, spaces inside the brackets.
        (
            "consult.md",
            "# 某化工园区碳达峰实施方案\n\n【 第一章  碳排放分析 】\n\n一、核算边界\n\n核算范围为园区规划范围。\n\n二、排放清单\n\n2020年排放128万吨。\n\n【 第二章  碳达峰目标 】\n\n一、达峰时间\n\n2028年达峰。\n",
        ),
    ];
    for (name, text) in &cases {
        let found = numbering_in(name, text);
        assert!(found.is_empty(), "{name}: {found:?}");
    }
    let d = read_bytes("group.txt", cases[0].1.as_bytes(), &Limits::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let heads: Vec<(u8, String)> = d
        .headings()
        .map(|(_, h)| (h.level, h.title.clone()))
        .collect();
    // The parts are the top level, their titles without the brackets; 一、 sits under them.
    assert!(heads.contains(&(1, "碳排放现状".to_string())), "{heads:?}");
    assert!(heads.contains(&(2, "核算范围".to_string())), "{heads:?}");
    // A bracketed line without a number, and one with a sentence, stay body text.
    let body = "某园区碳达峰实施方案\n\n一、总体要求\n\n【前言】\n\n文字。\n\n【注：数据来源于统计年鉴。】\n\n二、保障措施\n\n文字。\n";
    assert!(numbering_in("note.txt", body).is_empty());
}

/// A numbered line that only cites a document (`1.2.1 《2030年前碳达峰行动方案》（国发〔2021〕
/// 23号）`) is an item of the list of sources, not a heading: no empty-section warning, no
/// heading in the outline. A heading that names a document and says more stays a heading.
#[test]
fn numbered_citations_are_list_items() {
    let cases = [
        // Consultancy report: decimal numbers, Markdown hard line breaks.
        (
            "consult.md",
            "# 某产业园碳达峰实施方案\n\n## 1. 编制依据\n\n### 1.2 编制依据\n\n1.2.1 《2030年前碳达峰行动方案》（国发〔2021〕23号）  \n1.2.2 《工业领域碳达峰实施方案》  \n1.2.3 中国循环经济协会《工业园区碳达峰实施方案编制指南》\n\n## 2. 碳排放现状\n\n2020年园区排放100万吨。\n",
        ),
        // Ministry style, plain text, one source per paragraph.
        (
            "ministry.txt",
            "某园区碳达峰实施方案\n\n一、编制依据\n\n（一）《中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见》\n\n（二）工业和信息化部等三部门《工业领域碳达峰实施方案》（工信部联节〔2022〕88号）\n\n（三）《江州市碳达峰实施方案》\n\n二、碳排放现状\n\n2020年园区排放100万吨。\n",
        ),
        // County style, Arabic numbers with 、.
        (
            "county.txt",
            "某县经济开发区碳达峰实施方案\n\n第一章 总则\n\n编制依据如下：\n\n1、《2030年前碳达峰行动方案》\n\n2、《某省碳达峰实施方案》（2022年8月）\n\n第二章 碳排放现状\n\n2020年园区排放100万吨。\n",
        ),
    ];
    for (name, text) in &cases {
        let d =
            read_bytes(name, text.as_bytes(), &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
        let heads: Vec<String> = d.headings().map(|(_, h)| h.title.clone()).collect();
        assert!(heads.iter().all(|h| !h.contains('《')), "{name}: {heads:?}");
        assert!(
            heads.iter().any(|h| h.contains("碳排放现状")),
            "{name}: {heads:?}"
        );
        let empty: Vec<String> = crate::common::findings_in(name, text, "structure/empty-section")
            .into_iter()
            .map(|d| d.message)
            .collect();
        assert!(empty.is_empty(), "{name}: {empty:?}");
    }
    // A heading naming a document and what it asks stays a heading.
    let text = "某园区碳达峰实施方案\n\n一、总体要求\n\n（一）落实《江州市碳达峰实施方案》的要求\n\n园区按照全市部署推进。\n\n二、碳排放现状\n\n2020年园区排放100万吨。\n";
    let d = read_bytes("keep.txt", text.as_bytes(), &Limits::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        d.headings().any(|(_, h)| h.title.contains("江州市")),
        "{:?}",
        d.headings()
            .map(|(_, h)| h.title.clone())
            .collect::<Vec<_>>()
    );
}

/// A chapter under an unfamiliar title, recognised by its place and by sub-headings that
/// name its sections (`核算口径`, `历史趋势`), moved out of the outline's order is
/// reported out of order, not missing — in Markdown parts and in numbered plain text.
#[test]
fn an_unfamiliar_chapter_out_of_order_is_misplaced_not_missing() {
    let plans = [
        (
            "parts.md",
            "# 某化工园区碳达峰实施方案\n\n## 第一部分　园区基本情况\n\n园区位于某市东部，规划面积30平方公里，以煤化工为主导产业。\n\n## 第二部分　达峰目标与路径选择\n\n### 一、达峰目标\n\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。\n\n### 二、指标体系\n\n| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 单位工业增加值二氧化碳排放（吨/万元） | 2.1 | 1.72 |\n\n## 第三部分　排放家底与趋势研判\n\n### 一、核算口径\n\n核算边界为园区范围内全部企业，包括化石燃料燃烧、工业生产过程排放和外购电力、热力间接排放。\n\n### 二、排放家底\n\n2020年园区二氧化碳排放总量为210万吨。\n\n### 三、历史趋势\n\n2016—2020年排放由180万吨增至210万吨。\n\n## 第四部分　重点行动\n\n实施节能改造。\n\n## 第五部分　实施保障\n\n加强组织领导。\n\n## 第六部分　监测评估与动态调整\n\n每年评估。\n",
        ),
        (
            "numbered.txt",
            "某开发区碳达峰实施方案\n\n一、开发区概况\n\n开发区规划面积18平方公里。\n\n二、目标与路径\n\n（一）达峰目标\n\n到2025年，开发区单位工业增加值二氧化碳排放较2020年下降18%。\n\n（二）指标体系\n\n单位工业增加值二氧化碳排放2025年降至0.9吨/万元。\n\n三、碳排放家底\n\n（一）核算边界与方法\n\n核算边界为开发区内全部规上企业，包括化石燃料燃烧排放和外购电力间接排放。\n\n（二）历史变化\n\n2016—2020年排放由50万吨增至62万吨。\n\n四、重点任务\n\n实施节能改造。\n\n五、保障措施\n\n加强组织领导。\n\n六、跟踪评估\n\n每年评估。\n",
        ),
    ];
    for (name, text) in plans {
        let missing = crate::common::findings_in(name, text, "structure/missing-chapter");
        assert!(
            missing.iter().all(|d| !d.message.contains("碳排放分析")),
            "{name}: {missing:#?}"
        );
        let order = crate::common::findings_in(name, text, "structure/chapter-order");
        assert!(
            order.iter().any(|d| d.message.contains("碳排放分析")),
            "{name}: {order:#?}"
        );
    }
}
