//! Tests of the .docx reader on packages built in memory. Robustness (broken
//! packages, limits, the real-world corpus) is in `tests_robust.rs`.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::read_docx;
use crate::document::classify::{RawBlock, RawParagraph};
use crate::document::read::Limits;
use crate::document::{CellRef, HeadingSource, Origin, Table};

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

fn rels(entries: &[(&str, &str)]) -> String {
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

fn tables(blocks: &[RawBlock]) -> Vec<&Table> {
    blocks
        .iter()
        .filter_map(|b| match b {
            RawBlock::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn texts(blocks: &[RawBlock]) -> Vec<String> {
    paras(blocks).iter().map(|p| p.text.clone()).collect()
}

fn index(p: &RawParagraph) -> u32 {
    match p.origin {
        Origin::Docx { paragraph, .. } => paragraph,
        _ => 0,
    }
}

fn p(style: &str, text: &str) -> String {
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

fn np(num: u32, ilvl: u8, text: &str) -> String {
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

#[test]
fn tracked_changes_are_accepted() {
    let body = r#"
      <w:p><w:r><w:t xml:space="preserve">碳达峰</w:t></w:r>
        <w:ins w:id="1" w:author="a"><w:r><w:t>实施</w:t></w:r></w:ins>
        <w:del w:id="2" w:author="a"><w:r><w:delText>草稿</w:delText></w:r></w:del>
        <w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>
        <w:moveTo w:id="4" w:author="a"><w:r><w:t>方案</w:t></w:r></w:moveTo>
        <w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="a"><w:rPr><w:b w:val="0"/></w:rPr></w:rPrChange></w:rPr><w:t>！</w:t></w:r></w:p>
      <w:p><w:pPr><w:rPr><w:del w:id="6" w:author="a"/></w:rPr></w:pPr><w:del w:id="7" w:author="a"><w:r><w:delText>删除的段落</w:delText></w:r></w:del></w:p>
      <w:p><w:pPr><w:rPr><w:del w:id="8" w:author="a"/></w:rPr></w:pPr><w:r><w:t>标记删除但有字</w:t></w:r></w:p>
      <w:p><w:r><w:t>下一段</w:t></w:r></w:p>"#;
    let blocks = read(&docx(body, None, None));
    let ps = paras(&blocks);
    assert_eq!(
        texts(&blocks),
        vec!["碳达峰实施方案！", "标记删除但有字", "下一段"]
    );
    assert_eq!(
        ps.iter().map(|p| index(p)).collect::<Vec<_>>(),
        vec![1, 3, 4]
    );
}

#[test]
fn text_box_paragraphs_follow_their_anchor() {
    let txbx = |t: &str| {
        format!(
            r#"<w:txbxContent><w:p><w:r><w:t>{t}</w:t></w:r></w:p><w:p><w:r><w:t>{t}二</w:t></w:r></w:p></w:txbxContent>"#
        )
    };
    let body = format!(
        r#"<w:p><w:r><w:t>锚前</w:t></w:r><w:r><mc:AlternateContent>
             <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
             <mc:Fallback><w:pict><v:rect><v:textbox>{}</v:textbox></v:rect></w:pict></mc:Fallback>
           </mc:AlternateContent></w:r><w:r><w:t>锚后</w:t></w:r></w:p>
           <w:p><w:r><w:t>下一段</w:t></w:r></w:p>"#,
        txbx("框内"),
        txbx("框内")
    );
    let blocks = read(&docx(&body, None, None));
    let ps = paras(&blocks);
    assert_eq!(texts(&blocks), vec!["锚前锚后", "框内", "框内二", "下一段"]);
    assert_eq!(
        ps.iter().map(|p| index(p)).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
}

#[test]
fn choice_is_read_when_fallback_is_empty() {
    let body = r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>只在Choice</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>"#;
    assert_eq!(
        texts(&read(&docx(body, None, None))),
        vec!["", "只在Choice"]
    );
}

#[test]
fn tables_with_spans_merges_and_nesting() {
    let tc = |pr: &str, text: &str| format!("<w:tc><w:tcPr>{pr}</w:tcPr>{}</w:tc>", p("", text));
    let nested = format!(
        "<w:tbl><w:tr>{}{}</w:tr></w:tbl>",
        tc("", "内1"),
        tc("", "内2")
    );
    let body = format!(
        r#"{}<w:tbl><w:tblPr/><w:tblGrid/>
             <w:tr>{}{}</w:tr>
             <w:tr>{}<w:tc><w:tcPr/>{}{}</w:tc></w:tr>
             <w:tr>{}{}</w:tr>
           </w:tbl><w:p/>"#,
        p("", "表前"),
        tc(
            r#"<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>"#,
            "指标"
        ),
        tc("", "目标"),
        tc(r#"<w:gridSpan w:val="2"/><w:vMerge/>"#, ""),
        p("", "外"),
        nested,
        tc(r#"<w:vMerge w:val="continue"/>"#, "x"),
        tc(r#"<w:gridSpan w:val="0"/>"#, "y"),
    );
    let blocks = read(&docx(&body, None, None));
    assert_eq!(blocks.len(), 3);
    let t = tables(&blocks);
    let t = t.first().copied().expect("a table");
    assert_eq!(t.index, 1);
    assert_eq!(t.rows.len(), 3);
    let r0 = &t.rows[0].cells;
    assert_eq!((r0[0].col_span, r0[0].merged_above), (2, false));
    assert_eq!(r0[0].paragraphs[0].text, "指标");
    assert_eq!(
        r0[1].paragraphs[0].origin,
        Origin::Docx {
            paragraph: 3,
            cell: Some(CellRef {
                table: 1,
                row: 1,
                cell: 2
            })
        }
    );
    let r1 = &t.rows[1].cells;
    assert!(r1[0].merged_above);
    let flat: Vec<_> = r1[1]
        .paragraphs
        .iter()
        .map(|p| (p.text.as_str(), p.origin.clone()))
        .collect();
    let at = |paragraph, table, row, cell| Origin::Docx {
        paragraph,
        cell: Some(CellRef { table, row, cell }),
    };
    assert_eq!(
        flat,
        vec![
            ("外", at(5, 1, 2, 2)),
            ("内1", at(6, 2, 1, 1)),
            ("内2", at(7, 2, 1, 2))
        ]
    );
    assert!(t.rows[2].cells[0].merged_above);
    assert_eq!(t.rows[2].cells[1].col_span, 1);
    let last = paras(&blocks);
    assert_eq!(
        last.iter().map(|p| index(p)).collect::<Vec<_>>(),
        vec![1, 10]
    );
}

#[test]
fn fields_show_their_result() {
    let body = r#"<w:p>
      <w:r><w:t xml:space="preserve">见第</w:t></w:r>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \h </w:instrText></w:r>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>SEQ x</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>嵌套指令</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:r><w:t>页，</w:t></w:r>
      <w:fldSimple w:instr=" SEQ 表 \* ARABIC "><w:r><w:t>3</w:t></w:r></w:fldSimple>
      <w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>链接</w:t></w:r></w:hyperlink>
      <w:smartTag w:uri="urn" w:element="date"><w:r><w:t>2030年</w:t></w:r></w:smartTag>
      <w:sdt><w:sdtPr><w:alias w:val="x"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>
      <w:commentRangeStart w:id="0"/><w:r><w:t>被批注</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>
      <w:r><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:noBreakHyphen/></w:r>
      <m:oMath><m:r><m:t>x²</m:t></m:r></m:oMath>
      <w:r><w:t>&amp;&lt;&#x4E2D;&#20013;&quot;</w:t></w:r>
      </w:p>
      <w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>块级控件</w:t></w:r></w:p></w:sdtContent></w:sdt>
      <w:p><w:r><w:t>断开的域</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>指令</w:t></w:r></w:p>
      <w:p><w:r><w:t>后文仍在</w:t></w:r></w:p>"#;
    let blocks = read(&docx(body, None, None));
    assert_eq!(
        texts(&blocks),
        vec![
            "见第12页，3链接2030年控件被批注\ta\nb\u{2011}x²&<中中\"",
            "块级控件",
            "断开的域",
            "后文仍在"
        ]
    );
}

#[test]
fn other_prefixes_and_strict_namespace() {
    let doc = r#"<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val="H"/></ns0:pPr><ns0:r><ns0:t>ref</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"#;
    let styles = r#"<?xml version="1.0"?><x:styles xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:style x:type="paragraph" x:styleId="H"><x:name x:val="Heading 2"/></x:style></x:styles>"#;
    let bytes = zip_of(&[
        ("word/document.xml", doc.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
    ]);
    let blocks = read(&bytes);
    let ps = paras(&blocks);
    assert_eq!(
        ps.first().map(|p| (p.text.as_str(), p.explicit_level)),
        Some(("ref", Some((2, HeadingSource::Style))))
    );

    let strict = r#"<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>"#;
    let blocks = read(&zip_of(&[("word/document.xml", strict.as_bytes())]));
    assert_eq!(texts(&blocks), vec!["严格"]);
}

#[test]
fn missing_styles_and_numbering_are_fine() {
    let body = [p("Heading1", "第一章"), np(1, 0, "列表")].concat();
    let blocks = read(&docx(&body, None, None));
    let ps = paras(&blocks);
    assert_eq!(ps.len(), 2);
    assert!(ps
        .iter()
        .all(|p| p.explicit_level.is_none() && p.auto_number.is_none() && p.list_depth.is_none()));
}

#[test]
fn main_part_found_through_relationships() {
    let doc = format!(
        r#"<w:document {NS}><w:body>{}</w:body></w:document>"#,
        p("", "另一路径")
    );
    let root = rels(&[("officeDocument", "/word/document2.xml")]);
    let bytes = zip_of(&[
        ("_rels/.rels", root.as_bytes()),
        ("word/document2.xml", doc.as_bytes()),
    ]);
    assert_eq!(texts(&read(&bytes)), vec!["另一路径"]);
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
