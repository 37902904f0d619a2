//! Tests of the body walk: tracked changes, text boxes, tables, fields, namespaces,
//! package layout.

use super::tests::{docx, index, np, p, paras, read, rels, tables, texts, zip_of, NS};
use crate::document::classify::RawBlock;
use crate::document::{CellRef, HeadingSource, Origin};

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

#[test]
fn text_boxes_in_cells_and_tables_in_text_boxes() {
    let tb = |inner: &str| {
        format!(
            r#"<w:r><w:drawing><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></w:drawing></w:r>"#
        )
    };
    let in_cell = format!(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r>{}</w:p></w:tc></w:tr></w:tbl>",
        tb(&p("", "格内框"))
    );
    let table_in_box = format!(
        "<w:p><w:r><w:t>锚</w:t></w:r>{}</w:p>{}",
        tb(&format!(
            "{}<w:tbl><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>",
            p("", "框"),
            p("", "框内表")
        )),
        p("", "后")
    );
    let blocks = read(&docx(&(in_cell + &table_in_box), None, None));
    let t = tables(&blocks);
    let first = t.first().expect("table");
    let cell = &first.rows[0].cells[0];
    let got: Vec<_> = cell
        .paragraphs
        .iter()
        .map(|p| (p.text.as_str(), p.origin.clone()))
        .collect();
    let at = |paragraph| Origin::Docx {
        paragraph,
        cell: Some(CellRef {
            table: 1,
            row: 1,
            cell: 1,
        }),
    };
    assert_eq!(got, vec![("格", at(1)), ("格内框", at(2))]);
    // Body: anchor, the text box's paragraph, its table, then the next paragraph.
    assert!(matches!(&blocks[1], RawBlock::Paragraph(p) if p.text == "锚" && index(p) == 3));
    assert!(matches!(&blocks[2], RawBlock::Paragraph(p) if p.text == "框" && index(p) == 4));
    assert!(
        matches!(&blocks[3], RawBlock::Table(t) if t.index == 2 && t.rows[0].cells[0].paragraphs[0].text == "框内表")
    );
    assert!(matches!(&blocks[4], RawBlock::Paragraph(p) if p.text == "后" && index(p) == 6));
}

#[test]
fn nested_alternate_content_reads_one_branch_each() {
    let body = r#"<w:p><w:r><w:t>甲</w:t></w:r><mc:AlternateContent>
        <mc:Choice Requires="w14"><w:r><w:t>选一</w:t></w:r>
          <mc:AlternateContent><mc:Choice Requires="w15"><w:r><w:t>内选</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>内备</w:t></w:r></mc:Fallback></mc:AlternateContent>
          <w:r><w:t>选一尾</w:t></w:r></mc:Choice>
        <mc:Choice Requires="w16"><w:r><w:t>选二</w:t></w:r></mc:Choice>
      </mc:AlternateContent><w:r><w:t>乙</w:t></w:r></w:p>"#;
    // No Fallback: the first Choice; inside it, the inner Fallback.
    assert_eq!(
        texts(&read(&docx(body, None, None))),
        vec!["甲选一内备选一尾乙"]
    );
}

#[test]
fn ruby_guide_text_and_hidden_text() {
    let body = r#"<w:p><w:r><w:ruby><w:rt><w:r><w:t>tàn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>碳</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>"#;
    assert_eq!(texts(&read(&docx(body, None, None))), vec!["碳隐藏"]);
}
