//! Heading detection on text and Markdown written the ways real authors write them.

use peaklint::document::{read::Limits, read_bytes, Document};

fn read(name: &str, text: &str) -> Document {
    match read_bytes(name, text.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{name}: {e}"),
    }
}

/// (level, number token, title) of every heading.
fn outline(doc: &Document) -> Vec<(u8, String, String)> {
    doc.headings()
        .map(|(_, h)| {
            (
                h.level,
                h.number
                    .as_ref()
                    .map(|n| n.token.clone())
                    .unwrap_or_default(),
                h.title.clone(),
            )
        })
        .collect()
}

fn o(items: &[(u8, &str, &str)]) -> Vec<(u8, String, String)> {
    items
        .iter()
        .map(|(l, n, t)| (*l, n.to_string(), t.to_string()))
        .collect()
}

#[test]
fn gbt9704_levels_in_plain_text() {
    let doc = read(
        "plan.txt",
        "某经济开发区碳达峰实施方案\n\
         一、总体要求\n\
         （一）指导思想\n\
         以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念。\n\
         （二）主要目标\n\
         1.近期目标\n\
         （1）到2025年，园区单位工业增加值二氧化碳排放比2020年下降18%。\n\
         二、重点任务\n\
         （一）能源结构优化\n",
    );
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("某经济开发区碳达峰实施方案")
    );
    assert_eq!(
        outline(&doc),
        o(&[
            (1, "一、", "总体要求"),
            (2, "（一）", "指导思想"),
            (2, "（二）", "主要目标"),
            (3, "1.", "近期目标"),
            (1, "二、", "重点任务"),
            (2, "（一）", "能源结构优化"),
        ])
    );
}

#[test]
fn body_sentences_with_numbers_are_not_headings() {
    let doc = read(
        "plan.txt",
        "一、主要目标\n\
         1.到2025年，园区单位工业增加值二氧化碳排放比2020年下降18%，非化石能源消费比重达到20%。\n\
         2.到2030年，二氧化碳排放量达到峰值并实现稳中有降。\n\
         2025年，园区规上工业增加值达到320亿元。\n\
         1.5万吨标准煤的节能量来自余热利用。\n\
         一是加快推进光伏建设，二是推广储能。\n",
    );
    assert_eq!(outline(&doc), o(&[(1, "一、", "主要目标")]));
}

#[test]
fn run_in_headings() {
    let doc = read(
        "plan.txt",
        "二、重点任务\n\
         （一）加快能源结构调整。积极发展屋顶分布式光伏，到2025年新增装机10万千瓦。\n\
         （二）推动产业绿色转型：严控“两高”项目，推进传统产业改造升级。\n\
         1.推进余热余压利用。对钢铁、化工企业实施余热回收改造，年减排二氧化碳约3.2万吨。\n",
    );
    assert_eq!(
        outline(&doc),
        o(&[
            (1, "二、", "重点任务"),
            (2, "（一）", "加快能源结构调整"),
            (2, "（二）", "推动产业绿色转型"),
            (3, "1.", "推进余热余压利用"),
        ])
    );
    // The body after a run-in heading stays a paragraph.
    assert!(doc
        .blocks
        .iter()
        .any(|b| b.text.starts_with("积极发展屋顶分布式光伏")));
}

#[test]
fn chapter_and_section_numbering() {
    let doc = read(
        "plan.txt",
        "第一章 总则\n第一节 编制依据\n正文。\n第二节 规划期限\n第二章　碳排放分析\n一、核算边界\n（一）地理边界\n附件1 碳达峰指标表\n",
    );
    assert_eq!(
        outline(&doc),
        o(&[
            (1, "第一章", "总则"),
            (2, "第一节", "编制依据"),
            (2, "第二节", "规划期限"),
            (1, "第二章", "碳排放分析"),
            (3, "一、", "核算边界"),
            (4, "（一）", "地理边界"),
            (1, "附件1", "碳达峰指标表"),
        ])
    );
}

#[test]
fn full_width_and_variant_tokens() {
    let doc = read(
        "plan.txt",
        "一．总体要求\n(一) 指导思想\n１．近期目标\n（１）光伏\n二、重点任务\n",
    );
    assert_eq!(
        outline(&doc),
        o(&[
            (1, "一．", "总体要求"),
            (2, "(一)", "指导思想"),
            (3, "１．", "近期目标"),
            (4, "（１）", "光伏"),
            (1, "二、", "重点任务"),
        ])
    );
}

#[test]
fn markdown_atx_with_title_and_numbers() {
    let doc = read(
        "plan.md",
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n### （一）编制依据\n\n正文。\n\n## 二、保障措施\n",
    );
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("某园区碳达峰实施方案")
    );
    assert_eq!(
        outline(&doc),
        o(&[
            (1, "一、", "总则"),
            (2, "（一）", "编制依据"),
            (1, "二、", "保障措施")
        ])
    );
}

#[test]
fn markdown_pasted_numbered_lines_without_blank_lines() {
    let doc = read(
        "plan.md",
        "某园区碳达峰实施方案\n一、总则\n（一）编制依据\n根据国家和省有关要求编制本方案。\n二、保障措施\n",
    );
    assert_eq!(
        outline(&doc),
        o(&[
            (1, "一、", "总则"),
            (2, "（一）", "编制依据"),
            (1, "二、", "保障措施")
        ])
    );
}

#[test]
fn markdown_heading_without_space_is_kept_and_noted() {
    let doc = read(
        "plan.md",
        "## 一、总则\n\n正文。\n\n#二、保障措施\n\n正文。\n",
    );
    assert_eq!(
        outline(&doc),
        o(&[(1, "一、", "总则"), (1, "二、", "保障措施")])
    );
    assert_eq!(doc.notes.len(), 1);
}

#[test]
fn markdown_ordered_list_items_are_not_headings() {
    let doc = read(
        "plan.md",
        "## 一、主要目标\n\n1. 到2025年，单位工业增加值能耗下降13.5%。\n2. 到2030年实现达峰。\n",
    );
    assert_eq!(outline(&doc), o(&[(1, "一、", "主要目标")]));
}

#[test]
fn front_matter_is_not_a_heading() {
    let doc = read("plan.md", "---\ntitle: 方案\n---\n## 一、总则\n\n正文。\n");
    assert_eq!(outline(&doc), o(&[(1, "一、", "总则")]));
}

#[test]
fn locations_count_characters() {
    let src = "一、总则\n　（一）编制依据\n";
    let doc = read("plan.txt", src);
    let Some((i, _)) = doc.headings().nth(1) else {
        panic!("two headings expected")
    };
    let loc = doc.block_location(i);
    assert_eq!((loc.line, loc.column), (Some(2), Some(2)));
    assert_eq!(
        loc.section,
        vec!["一、总则".to_string(), "（一）编制依据".to_string()]
    );
}

#[test]
fn crlf_and_bom() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice("一、总则\r\n（一）编制依据\r\n".as_bytes());
    let doc = match read_bytes("plan.txt", &bytes, &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(
        outline(&doc),
        o(&[(1, "一、", "总则"), (2, "（一）", "编制依据")])
    );
}

/// Probe round 4: a run-in title that opens with a year (`（二）2020年排放清单。`) is a
/// heading, a sentence with a figure (`（二）2025年单位能耗下降14%。`) is not; the last item
/// of a list whose other items are only cited titles (`（3）…《编制指南》。`) is an item;
/// the attachment note (`附件：1.…` and `2.…` below it, GB/T 9704) lists annexes and heads
/// nothing.
#[test]
fn year_led_run_in_titles_list_ends_and_attachment_notes() {
    let doc = read(
        "plan.txt",
        "一、碳排放摸底情况\n（一）核算边界和方法。核算范围为开发区规划范围。\n\
         （二）2020年排放清单。2020年开发区二氧化碳排放总量53.0万吨。\n\
         （三）排放变化。2018—2020年排放持续增长。\n\
         二、主要目标\n（一）2025年单位能耗下降14%。到2025年完成。\n\
         三、编制依据\n（1）《2030年前碳达峰行动方案》；\n（2）《工业领域碳达峰实施方案》；\n\
         （3）中国循环经济协会《工业园区碳达峰实施方案编制指南》。\n\
         四、保障措施\n成立领导小组。\n本方案自印发之日起施行。\n\
         附件：1.开发区重点用能企业名单（略）\n2.开发区屋顶光伏资源清单（略）\n",
    );
    assert_eq!(
        outline(&doc),
        o(&[
            (1, "一、", "碳排放摸底情况"),
            (2, "（一）", "核算边界和方法"),
            (2, "（二）", "2020年排放清单"),
            (2, "（三）", "排放变化"),
            (1, "二、", "主要目标"),
            (1, "三、", "编制依据"),
            (1, "四、", "保障措施"),
        ])
    );
}
