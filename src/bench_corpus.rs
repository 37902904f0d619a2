//! Synthetic plans for benchmarks and scaling tests: realistic chapter vocabulary and
//! GB/T 9704 numbering, any size. Not used by the checks.

use std::io::{Cursor, Read, Write};

use crate::document::numerals::to_chinese;

pub mod hostile;

const CHAPTERS: [&str; 7] = [
    "园区概况与发展基础",
    "工业园区碳排放分析",
    "碳达峰目标",
    "实施路径",
    "指标跟踪体系与优化改进",
    "保障措施",
    "附件",
];

const BODY: &str = "园区以化工新材料和装备制造为主导产业，2020年规模以上工业增加值达到186.4亿元，\
综合能源消费量128.6万吨标准煤，二氧化碳排放量312.5万吨，其中化石燃料燃烧排放占68.2%，净调入电力隐含排放占27.1%。";

/// The paragraphs of a plan with about `n` paragraphs: (numbered heading or body text).
fn paragraphs(n: usize) -> Vec<String> {
    let mut out = vec!["某经济技术开发区碳达峰实施方案".to_string()];
    let mut i = 0usize;
    let mut chapter = 0u32;
    while out.len() < n {
        let title = CHAPTERS
            .get(i % CHAPTERS.len())
            .copied()
            .unwrap_or("实施路径");
        chapter += 1;
        out.push(format!("{}、{title}", to_chinese(chapter)));
        for s in 1..=4u32 {
            out.push(format!("（{}）重点任务{s}", to_chinese(s)));
            for k in 1..=3u32 {
                out.push(format!("{k}.推进第{k}项工作。{BODY}"));
                out.push(BODY.to_string());
            }
        }
        i += 1;
    }
    out.truncate(n);
    out
}

/// A Markdown plan of at least `bytes` bytes.
pub fn markdown_plan(bytes: usize) -> Vec<u8> {
    let mut s = String::new();
    let mut n = 200;
    while s.len() < bytes {
        s.clear();
        for p in paragraphs(n) {
            let line = if p.contains('、') && p.chars().count() < 20 && !p.starts_with('（') {
                format!("## {p}\n\n")
            } else if p.starts_with('（') && p.chars().count() < 20 {
                format!("### {p}\n\n")
            } else {
                format!("{p}\n\n")
            };
            s.push_str(&line);
        }
        n *= 2;
    }
    s.into_bytes()
}

/// A .docx package with `n` paragraphs (Normal style, numbered-text headings in bold).
pub fn docx_plan(n: usize) -> Vec<u8> {
    let mut body = String::new();
    for p in paragraphs(n) {
        let bold = p.chars().count() < 20;
        let rpr = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
        body.push_str(&format!(
            "<w:p><w:r>{rpr}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            escape(&p)
        ));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut buf = Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts: zip::write::SimpleFileOptions = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let parts: [(&str, &str); 3] = [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", &document),
        ];
        for (name, content) in parts {
            if zip.start_file(name, opts).is_err() || zip.write_all(content.as_bytes()).is_err() {
                return Vec::new();
            }
        }
        if zip.finish().is_err() {
            return Vec::new();
        }
    }
    buf.into_inner()
}

/// The floor for .docx reading: unzip word/document.xml and run quick-xml over it,
/// counting elements, doing nothing else.
pub fn bare_pass(docx: &[u8]) -> usize {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(docx)) else {
        return 0;
    };
    let Ok(mut file) = archive.by_name("word/document.xml") else {
        return 0;
    };
    let mut xml = Vec::new();
    if file.read_to_end(&mut xml).is_err() {
        return 0;
    }
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut buf = Vec::new();
    let mut count = 0;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            Ok(_) => count += 1,
        }
        buf.clear();
    }
    count
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
</Types>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";
