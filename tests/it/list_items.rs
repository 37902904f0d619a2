//! Issue 13, item 4: a numbered line inside a run of list items of the same marker
//! style, with sentence punctuation and a body's length, is a list item, not a heading —
//! in plain text, Markdown and a .docx without heading styles alike; lone numbered
//! headings, and short parallel phrases (1.坚持节约优先，提升能效) followed by their body,
//! stay headings.

use peaklint::document::{read::Limits, read_bytes, Document};

/// The plan's paragraphs: a measures list with no closing 。 (items 1–3), a list of
/// sentences (（1）–（2）), then real numbered headings with bodies.
const PARAGRAPHS: &[&str] = &[
    "某园区碳达峰实施方案",
    "一、重点任务",
    "（一）能源结构优化",
    "加快构建清洁低碳能源体系，主要措施如下：",
    "1.建设屋顶分布式光伏，到2025年新增装机5万千瓦，年减排二氧化碳4万吨",
    "2.推进园区集中供热改造，淘汰燃煤小锅炉12台，年减排二氧化碳2万吨",
    "3.开展天然气分布式能源站建设，2026年建成投运",
    "（二）节能降碳增效",
    "重点推进以下工作：",
    "（1）实施电机系统能效提升改造，2025年前完成80%。",
    "（2）推广余热余压利用，年节能3万吨标准煤。",
    "（三）循环经济",
    "1.坚持节约优先，提升能效",
    "园区推行清洁生产审核。",
    "2.推动产业共生",
    "建设废酸再生装置。",
];

const HEADINGS: &[&str] = &[
    "重点任务",
    "能源结构优化",
    "节能降碳增效",
    "循环经济",
    "坚持节约优先，提升能效",
    "推动产业共生",
];

fn titles(doc: &Document) -> Vec<String> {
    doc.headings().map(|(_, h)| h.title.clone()).collect()
}

fn read(name: &str, bytes: &[u8]) -> Document {
    read_bytes(name, bytes, &Limits::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn expect(doc: &Document, what: &str) {
    assert_eq!(titles(doc), HEADINGS, "{what}");
}

#[test]
fn list_items_in_plain_text_are_not_headings() {
    let text = PARAGRAPHS.join("\n\n");
    expect(&read("plan.txt", text.as_bytes()), "text, blank lines");
    let text = PARAGRAPHS.join("\n");
    expect(
        &read("plan.txt", text.as_bytes()),
        "text, one paragraph a line",
    );
}

#[test]
fn list_items_in_markdown_are_not_headings() {
    // Numbered paragraphs without a space after the mark are not Markdown lists.
    let text = PARAGRAPHS.join("\n\n");
    expect(&read("plan.md", text.as_bytes()), "markdown");
}

#[test]
fn list_items_in_a_docx_without_styles_are_not_headings() {
    let body: String = PARAGRAPHS
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
        .collect();
    expect(
        &read("plan.docx", &crate::common::docx_bytes(&body)),
        "docx",
    );
}

#[test]
fn list_items_raise_no_empty_section_or_numbering_finding() {
    let dir = std::env::temp_dir().join(format!("peaklint-list-items-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("plan.txt");
    std::fs::write(&file, PARAGRAPHS.join("\n\n")).unwrap_or_default();
    let path = file.to_string_lossy();
    let out =
        crate::common::peaklint(&["check", "--select", "structure", "--format", "json", &path]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("structure/empty-section"), "{text}");
    assert!(!text.contains("structure/numbering"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Short numbered lines with nothing under any of them, up to the next heading of a
/// higher rank, are a list of the heading above (ministry, county and enterprise wording);
/// a run whose last line has a body, or `1.1` section numbers, stay headings.
#[test]
fn bare_numbered_lines_up_to_the_next_heading_are_a_list() {
    let text = "某园区碳达峰实施方案\n\n一、保障措施\n（一）加强组织领导\n1.成立碳达峰工作领导小组\n\
                2.明确部门分工\n3.建立工作调度机制\n（二）强化资金保障\n（1）设立绿色低碳专项资金\n\
                （2）争取中央预算内投资\n（三）严格监测考核\n①建立碳排放统计核算制度\n②开展年度评估\n\
                二、重点任务\n（一）能源结构优化\n1.屋顶光伏\n2.集中供热\n园区推进集中供热改造，淘汰燃煤小锅炉。\n\
                （二）技术路径\n1.1 节能技术\n1.2 替代技术\n三、附则\n";
    let doc = read("bare.txt", text.as_bytes());
    assert_eq!(
        titles(&doc),
        [
            "保障措施",
            "加强组织领导",
            "强化资金保障",
            "严格监测考核",
            "重点任务",
            "能源结构优化",
            "屋顶光伏",
            "集中供热",
            "技术路径",
            "节能技术",
            "替代技术",
            "附则",
        ]
    );
}
