//! Tests of the .docx reader on packages built in memory, and the helpers that build
//! them: styles, numbering, emphasis. The body walk is tested in `tests_body.rs`,
//! robustness (broken packages, limits, the real-world corpus) in `tests_robust.rs`.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::read_docx;
use crate::document::classify::{RawBlock, RawParagraph};
use crate::document::read::Limits;
use crate::document::{HeadingSource, Origin, Table};

pub(super) const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math""#;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#;

/// A zip of `files`, deflated.
pub(super) fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zw = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, data) in files {
        zw.start_file(*name, opts).expect("start_file");
        zw.write_all(data).expect("write");
    }
    zw.finish().expect("finish").into_inner()
}

pub(super) fn rels(entries: &[(&str, &str)]) -> String {
    let mut s = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for (i, (kind, target)) in entries.iter().enumerate() {
        s.push_str(&format!(
            r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{target}"/>"#,
            i + 1
        ));
    }
    s.push_str("</Relationships>");
    s
}

/// A package from the inner XML of `w:body`, `w:styles` and `w:numbering`.
pub(super) fn docx(body: &str, styles: Option<&str>, numbering: Option<&str>) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>"#
    );
    let styles = styles.map(|s| format!(r#"<?xml version="1.0"?><w:styles {NS}>{s}</w:styles>"#));
    let numbering =
        numbering.map(|s| format!(r#"<?xml version="1.0"?><w:numbering {NS}>{s}</w:numbering>"#));
    let mut doc_rels = vec![];
    if styles.is_some() {
        doc_rels.push(("styles", "styles.xml"));
    }
    if numbering.is_some() {
        doc_rels.push(("numbering", "numbering.xml"));
    }
    let root_rels = rels(&[("officeDocument", "word/document.xml")]);
    let doc_rels = rels(&doc_rels);
    let mut files: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", root_rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", doc_rels.as_bytes()),
    ];
    if let Some(s) = &styles {
        files.push(("word/styles.xml", s.as_bytes()));
    }
    if let Some(n) = &numbering {
        files.push(("word/numbering.xml", n.as_bytes()));
    }
    zip_of(&files)
}

pub(super) fn read(bytes: &[u8]) -> Vec<RawBlock> {
    match read_docx(bytes, &Limits::default()) {
        Ok(b) => b,
        Err(e) => panic!("read failed: {e}"),
    }
}

pub(super) fn paras(blocks: &[RawBlock]) -> Vec<&RawParagraph> {
    blocks
        .iter()
        .filter_map(|b| match b {
            RawBlock::Paragraph(p) => Some(p),
            _ => None,
        })
        .collect()
}

pub(super) fn tables(blocks: &[RawBlock]) -> Vec<&Table> {
    blocks
        .iter()
        .filter_map(|b| match b {
            RawBlock::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

pub(super) fn texts(blocks: &[RawBlock]) -> Vec<String> {
    paras(blocks).iter().map(|p| p.text.clone()).collect()
}

pub(super) fn index(p: &RawParagraph) -> u32 {
    match p.origin {
        Origin::Docx { paragraph, .. } => paragraph,
        _ => 0,
    }
}

pub(super) fn p(style: &str, text: &str) -> String {
    let ppr = if style.is_empty() {
        String::new()
    } else {
        format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#)
    };
    format!("<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn style(id: &str, name: &str, based_on: Option<&str>, inner: &str) -> String {
    let b = based_on.map_or(String::new(), |b| format!(r#"<w:basedOn w:val="{b}"/>"#));
    format!(
        r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/>{b}{inner}</w:style>"#
    )
}

/// Chinese Word's style ids: Normal is `a`, headings are `1`, `2`…
fn cn_styles() -> String {
    [
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>"#.to_string(),
        style("1", "heading 1", Some("a"), r#"<w:pPr><w:outlineLvl w:val="0"/></w:pPr>"#),
        style("2", "标题 2", Some("a"), ""),
        style("3", "标题3", Some("a"), ""),
        style("a3", "Title", Some("a"), r#"<w:pPr><w:jc w:val="center"/></w:pPr>"#),
        style("a5", "章标题", Some("1"), ""),
        style("a6", "节标题", Some("a5"), r#"<w:pPr><w:outlineLvl w:val="1"/></w:pPr>"#),
        style("a7", "小节标题", Some("a6"), ""),
        style("a8", "TOC Heading", Some("1"), r#"<w:pPr><w:outlineLvl w:val="9"/></w:pPr>"#),
        style("a9", "一级标题", Some("a"), r#"<w:pPr><w:outlineLvl w:val="0"/></w:pPr>"#),
        style("aa", "封面标题", Some("a3"), ""),
        style("ab", "cycle one", Some("ac"), ""),
        style("ac", "cycle two", Some("ab"), ""),
    ]
    .concat()
}

#[test]
fn heading_styles_by_name_not_id() {
    let body = [
        p("1", "第一章 总则"),
        p("2", "第一节"),
        p("3", "一、"),
        p("a", "正文"),
        p("", "无样式"),
        p("TOC1", "未定义样式"),
    ]
    .concat();
    let blocks = read(&docx(&body, Some(&cn_styles()), None));
    let ps = paras(&blocks);
    let levels: Vec<_> = ps.iter().map(|p| p.explicit_level).collect();
    let s = HeadingSource::Style;
    assert_eq!(
        levels,
        vec![Some((1, s)), Some((2, s)), Some((3, s)), None, None, None]
    );
    assert_eq!(
        ps.iter().map(|p| index(p)).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5, 6]
    );
}

#[test]
fn based_on_chains_and_outline_levels() {
    let body = [
        p("a5", "章"),
        p("a6", "节"),
        p("a7", "小节"),
        p("a8", "目录"),
        p("a9", "一级"),
        p("ab", "循环"),
        r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>直接大纲</w:t></w:r></w:p>"#.into(),
        r#"<w:p><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>正文级</w:t></w:r></w:p>"#.into(),
    ]
    .concat();
    let blocks = read(&docx(&body, Some(&cn_styles()), None));
    let levels: Vec<_> = paras(&blocks).iter().map(|p| p.explicit_level).collect();
    use HeadingSource::{OutlineLevel as O, Style as S};
    assert_eq!(
        levels,
        vec![
            Some((1, S)),
            Some((2, O)),
            Some((2, O)),
            None,
            Some((1, O)),
            None,
            Some((3, O)),
            None
        ]
    );
}

#[test]
fn title_style_and_centering() {
    let extra = style("ad", "标题", None, "");
    let styles = cn_styles() + &extra;
    let body = [
        p("a3", "某园区碳达峰实施方案"),
        p("aa", "基于标题"),
        p("ad", "中文标题样式"),
        p("1", "不是标题"),
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>居中</w:t></w:r></w:p>"#.into(),
        r#"<w:p><w:pPr><w:pStyle w:val="a3"/><w:jc w:val="left"/></w:pPr><w:r><w:t>左</w:t></w:r></w:p>"#.into(),
    ]
    .concat();
    let blocks = read(&docx(&body, Some(&styles), None));
    let ps = paras(&blocks);
    let title: Vec<_> = ps.iter().map(|p| p.is_title_style).collect();
    assert_eq!(title, vec![true, true, true, false, false, true]);
    let centered: Vec<_> = ps.iter().map(|p| p.centered).collect();
    assert_eq!(centered, vec![true, true, false, false, true, false]);
}

const CN_NUMBERING: &str = r#"
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:lvlText w:val="%4"/><w:lvlRestart w:val="1"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
"#;

pub(super) fn np(num: u32, ilvl: u8, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

#[test]
fn chinese_automatic_numbering() {
    let body = [
        np(1, 0, "总则"),
        np(1, 1, "指导思想"),
        np(1, 1, "主要目标"),
        np(1, 2, "细项"),
        np(1, 3, "圈一"),
        np(1, 3, "圈二"),
        np(1, 2, "细项二"),
        np(1, 3, "圈不重置"),
        np(2, 0, "同一列表继续"),
        np(2, 1, "下级重置"),
        np(3, 0, "重新开始"),
        np(3, 0, "同一实例"),
        np(1, 0, "共享计数继续"),
        np(0, 0, "numId 0 无编号"),
        np(99, 0, "不存在的列表"),
    ]
    .concat();
    let blocks = read(&docx(&body, None, Some(CN_NUMBERING)));
    let ps = paras(&blocks);
    let labels: Vec<_> = ps.iter().map(|p| p.auto_number.as_deref()).collect();
    assert_eq!(
        labels,
        vec![
            Some("一、"),
            Some("（一）"),
            Some("（二）"),
            Some("1.2.1"),
            Some("①"),
            Some("②"),
            Some("1.2.2"),
            Some("③"),
            Some("二、"),
            Some("（一）"),
            Some("一、"),
            Some("二、"),
            Some("三、"),
            None,
            None
        ]
    );
    assert_eq!(ps.first().map(|p| p.text.as_str()), Some("总则"));
    let depths: Vec<_> = ps.iter().map(|p| p.list_depth).collect();
    assert_eq!(depths.first(), Some(&Some(1)));
    assert_eq!(depths.get(1), Some(&Some(2)));
    assert_eq!(depths.get(13), Some(&None));
}

#[test]
fn bullets_are_lists_without_labels() {
    let body = [np(4, 0, "要点"), np(4, 1, "子项"), np(4, 1, "子项二")].concat();
    let blocks = read(&docx(&body, None, Some(CN_NUMBERING)));
    let ps = paras(&blocks);
    let got: Vec<_> = ps
        .iter()
        .map(|p| (p.auto_number.as_deref(), p.list_depth))
        .collect();
    assert_eq!(
        got,
        vec![
            (None, Some(1)),
            (Some("1."), Some(2)),
            (Some("2."), Some(2))
        ]
    );
}

#[test]
fn numbering_through_heading_styles() {
    let styles = [
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>"#.to_string(),
        style("1", "heading 1", Some("a"), r#"<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>"#),
        style("2", "heading 2", Some("1"), r#"<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr>"#),
        style("ListStyle", "My List", None, r#"<w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr>"#)
            .replace(r#"w:type="paragraph""#, r#"w:type="numbering""#),
    ]
    .concat();
    let numbering = r#"
      <w:abstractNum w:abstractNumId="10">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:lvlText w:val="第%1章"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:lvlText w:val="第%2节"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>
      <w:abstractNum w:abstractNumId="12"><w:styleLink w:val="ListStyle"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1."/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="10"/></w:num>
      <w:num w:numId="8"><w:abstractNumId w:val="12"/></w:num>
      <w:num w:numId="9"><w:abstractNumId w:val="11"/></w:num>"#;
    let body = [
        p("1", "总则"),
        p("2", "目标"),
        p("2", "原则"),
        p("1", "重点任务"),
        p("2", "能源"),
        np(9, 0, "甲项"),
        np(9, 0, "乙项"),
    ]
    .concat();
    let blocks = read(&docx(&body, Some(&styles), Some(numbering)));
    let got: Vec<_> = paras(&blocks)
        .iter()
        .map(|p| (p.auto_number.clone().unwrap_or_default(), p.list_depth))
        .collect();
    let want = [
        ("第一章", None),
        ("第一节", None),
        ("第二节", None),
        ("第二章", None),
        ("第一节", None),
        ("甲.", Some(1)),
        ("乙.", Some(1)),
    ];
    let want: Vec<_> = want.iter().map(|(s, d)| (s.to_string(), *d)).collect();
    assert_eq!(got, want);
}

#[test]
fn alternate_content_in_numbering_uses_fallback() {
    let numbering = r#"
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
        <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>
        <mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>
        <w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#;
    let blocks = read(&docx(&np(1, 0, "x"), None, Some(numbering)));
    assert_eq!(
        paras(&blocks)
            .first()
            .and_then(|p| p.auto_number.as_deref()),
        Some("01.")
    );
}

fn run(rpr: &str, text: &str) -> String {
    format!(r#"<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

#[test]
fn emphasis_prefix() {
    let styles = [
        r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/></w:rPr></w:rPrDefault></w:docDefaults>"#.to_string(),
        style("bold", "Bold Para", None, r#"<w:rPr><w:b/></w:rPr>"#),
        r#"<w:style w:type="character" w:styleId="k"><w:name w:val="Kai"/><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>"#.to_string(),
    ]
    .concat();
    let para = |ppr: &str, runs: &[String]| format!("<w:p>{ppr}{}</w:p>", runs.concat());
    let body = [
        para("", &[run("<w:b/>", "一、总则"), run("", "正文")]),
        para(
            "",
            &[
                run(r#"<w:rFonts w:eastAsia="黑体"/>"#, "二、"),
                run(r#"<w:rFonts w:hint="eastAsia" w:eastAsia="黑体"/>"#, "目标"),
                run("", "。正文"),
            ],
        ),
        para(
            "",
            &[
                run(r#"<w:rStyle w:val="k"/>"#, "（一）指导思想。"),
                run("", "以习"),
            ],
        ),
        para("", &[run("", "　"), run("<w:b/>", "加粗"), run("", "后")]),
        para("", &[run("", "正文"), run("<w:b/>", "加粗")]),
        para(
            r#"<w:pPr><w:pStyle w:val="bold"/></w:pPr>"#,
            &[run("", "全段粗"), run(r#"<w:b w:val="0"/>"#, "不粗")],
        ),
        para(
            "",
            &[run(
                r#"<w:rFonts w:ascii="SimHei" w:hAnsi="SimHei"/>"#,
                "1.",
            )],
        ),
        para(
            "",
            &[run(r#"<w:rFonts w:eastAsia="方正小标宋简体"/>"#, "标题")],
        ),
    ]
    .concat();
    let blocks = read(&docx(&body, Some(&styles), None));
    let got: Vec<_> = paras(&blocks).iter().map(|p| p.emphasis_prefix).collect();
    // Run 7: eastAsia 仿宋 comes from the defaults, so the SimHei ascii font does not apply.
    assert_eq!(
        got,
        vec![
            "一、总则".len(),
            "二、目标".len(),
            "（一）指导思想。".len(),
            "　加粗".len(),
            0,
            "全段粗".len(),
            0,
            "标题".len()
        ]
    );
}

#[test]
fn ascii_font_counts_when_no_east_asian_font() {
    let body = format!(
        "<w:p>{}</w:p>",
        run(r#"<w:rFonts w:ascii="SimHei"/>"#, "1. 目标")
    );
    let blocks = read(&docx(&body, None, None));
    assert_eq!(
        paras(&blocks).first().map(|p| p.emphasis_prefix),
        Some("1. 目标".len())
    );
}

#[test]
fn five_thousand_paragraphs_read_fast() {
    let mut body = String::new();
    for i in 0..5000 {
        body.push_str(&format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{}"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>第{i}段：推动能源结构优化调整，严控化石能源消费。</w:t></w:r></w:p>"#,
            if i % 50 == 0 { "1" } else { "a" }
        ));
    }
    let bytes = docx(&body, Some(&cn_styles()), None);
    let t = std::time::Instant::now();
    let blocks = read(&bytes);
    let elapsed = t.elapsed();
    eprintln!("5,000 paragraphs read in {elapsed:?}");
    assert_eq!(paras(&blocks).len(), 5000);
    assert!(elapsed.as_secs() < 5, "took {elapsed:?}");
}
