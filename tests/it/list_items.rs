//! Issue 13, item 4: a numbered line inside a run of list items of the same marker
//! style, with sentence punctuation and a body's length, is a list item, not a heading —
//! in plain text, Markdown and a .docx without heading styles alike; lone numbered
//! headings, and short parallel phrases (1.坚持节约优先，提升能效) followed by their body,
//! stay headings.

use std::io::{Cursor, Write};

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
    expect(&read("plan.docx", &docx(&body)), "docx");
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

/// A .docx package whose body is `body` (no styles part).
fn docx(body: &str) -> Vec<u8> {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
</Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";
    let mut buf = Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        for (name, content) in [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document.as_str()),
        ] {
            if zip.start_file(name, opts).is_err() || zip.write_all(content.as_bytes()).is_err() {
                panic!("zip");
            }
        }
        if zip.finish().is_err() {
            panic!("zip");
        }
    }
    buf.into_inner()
}
