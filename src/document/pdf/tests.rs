//! The PDF reader on small PDFs written here: one font whose ToUnicode CMap maps one
//! byte per character, every glyph one em wide, so that positions are exact.

use super::{read_pdf, NO_TEXT_LAYER};
use crate::document::classify::RawBlock;
use crate::document::read::{Limits, ReadError};
use crate::document::Origin;

/// A line of text on a page: x, y (points), font size, text.
type Placed<'a> = (f64, f64, f64, &'a str);

/// A PDF whose pages show the given lines.
fn pdf(pages: &[Vec<Placed>]) -> Vec<u8> {
    let mut chars: Vec<char> = pages
        .iter()
        .flatten()
        .flat_map(|(_, _, _, t)| t.chars())
        .collect();
    chars.sort_unstable();
    chars.dedup();
    assert!(chars.len() < 255, "one-byte codes only");
    let code = |c: char| chars.iter().position(|x| *x == c).map_or(0, |i| i + 1);
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Test def\n/CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n",
    );
    cmap.push_str(&format!("{} beginbfchar\n", chars.len()));
    for c in &chars {
        cmap.push_str(&format!("<{:02X}> <{:04X}>\n", code(*c), *c as u32));
    }
    cmap.push_str("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n");

    let n = pages.len();
    // Objects: 1 catalog, 2 pages, 3 font, 4 cmap, then (page, content) per page.
    let mut objects: Vec<Vec<u8>> = Vec::new();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 5 + 2 * i)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes());
    objects.push(
        format!(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Test /FirstChar 0 /LastChar 255 /Widths [{}] /ToUnicode 4 0 R >>",
            vec!["1000"; 256].join(" ")
        )
        .into_bytes(),
    );
    objects.push(stream(cmap.as_bytes()));
    for lines in pages {
        let page = objects.len() + 1;
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 600] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                page + 1
            )
            .into_bytes(),
        );
        let mut content = String::new();
        for (x, y, size, text) in lines {
            let hex: String = text.chars().map(|c| format!("{:02X}", code(c))).collect();
            content.push_str(&format!("BT /F1 {size} Tf {x} {y} Td <{hex}> Tj ET\n"));
        }
        objects.push(stream(content.as_bytes()));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, obj) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(obj);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

fn paragraphs(bytes: &[u8]) -> Vec<(String, Origin)> {
    match read_pdf(bytes, &Limits::default()) {
        Ok(t) => t
            .blocks
            .into_iter()
            .filter_map(|b| match b {
                RawBlock::Paragraph(p) => Some((p.text, p.origin)),
                _ => None,
            })
            .collect(),
        Err(e) => panic!("{e}"),
    }
}

/// Twenty characters at 10 pt: a full line from x = 50 to x = 250.
const FULL: &str = "为贯彻落实碳达峰碳中和重大战略决策部署推";

#[test]
fn wrapped_lines_are_joined_and_indented_lines_start_paragraphs() {
    let page = vec![
        (70.0, 500.0, 10.0, "一、总则"),
        (70.0, 485.0, 10.0, "为贯彻落实碳达峰碳中和重大战略决策部"),
        (50.0, 470.0, 10.0, FULL),
        (50.0, 455.0, 10.0, "动园区发展。"),
        (70.0, 440.0, 10.0, "二、目标"),
        (70.0, 425.0, 10.0, "到二〇三〇年前实现碳达峰。"),
        (50.0, 410.0, 10.0, FULL),
    ];
    let got: Vec<String> = paragraphs(&pdf(&[page])).into_iter().map(|p| p.0).collect();
    assert_eq!(
        got,
        vec![
            "一、总则".to_string(),
            format!("为贯彻落实碳达峰碳中和重大战略决策部{FULL}动园区发展。"),
            "二、目标".to_string(),
            "到二〇三〇年前实现碳达峰。".to_string(),
            FULL.to_string(),
        ]
    );
}

#[test]
fn running_headers_and_page_numbers_are_dropped_and_lines_keep_their_numbers() {
    let page = |n: &'static str, heading: &'static str, body: &'static str| {
        vec![
            (110.0, 560.0, 9.0, "江北经开区碳达峰实施方案"),
            (70.0, 500.0, 10.0, heading),
            (50.0, 485.0, 10.0, body),
            (50.0, 470.0, 10.0, &heading[heading.len() - 3..]),
            (140.0, 40.0, 9.0, n),
        ]
    };
    const OTHER: &str = "到二〇三〇年单位工业增加值二氧化碳排放下降";
    let bytes = pdf(&[
        page("— 1 —", "一、总则", FULL),
        page("— 2 —", "二、目标", OTHER),
        page("— 3 —", "三、措施", FULL),
    ]);
    let got = paragraphs(&bytes);
    let texts: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
    let (a, b, c) = (
        format!("{FULL}则"),
        format!("{OTHER}标"),
        format!("{FULL}施"),
    );
    assert_eq!(texts, vec!["一、总则", &a, "二、目标", &b, "三、措施", &c]);
    // Line 1 of each page is the running header: the heading is line 2.
    assert_eq!(
        got.get(2).map(|p| p.1.clone()),
        Some(Origin::Pdf {
            page: 2,
            line: 2,
            cell: None
        })
    );
}

#[test]
fn column_aligned_lines_are_a_table() {
    let page = vec![
        (70.0, 500.0, 10.0, "一、现状"),
        (50.0, 480.0, 10.0, "类别"),
        (150.0, 480.0, 10.0, "排放量"),
        (50.0, 465.0, 10.0, "直接排放"),
        (150.0, 465.0, 10.0, "三〇"),
        (50.0, 450.0, 10.0, "间接排放"),
        (150.0, 450.0, 10.0, "二〇"),
    ];
    let text = match read_pdf(&pdf(&[page]), &Limits::default()) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let table = text.blocks.iter().find_map(|b| match b {
        RawBlock::Table(t) => Some(t),
        _ => None,
    });
    let Some(table) = table else {
        panic!("no table");
    };
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.text()).collect())
        .collect();
    assert_eq!(
        cells,
        vec![
            vec!["类别", "排放量"],
            vec!["直接排放", "三〇"],
            vec!["间接排放", "二〇"],
        ]
    );
}

#[test]
fn a_pdf_without_text_is_refused() {
    let bytes = pdf(&[vec![], vec![]]);
    match read_pdf(&bytes, &Limits::default()) {
        Err(ReadError::NotADocument(m)) => assert_eq!(m, NO_TEXT_LAYER),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("an empty PDF read as a document"),
    }
}

#[test]
fn garbage_after_the_header_is_an_error_not_a_panic() {
    for tail in [
        &b""[..],
        b"1 0 obj <<",
        b"xref\n0 99999999\n",
        b"trailer << /Root 1 0 R >>",
    ] {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        bytes.extend_from_slice(tail);
        assert!(read_pdf(&bytes, &Limits::default()).is_err());
    }
}

#[test]
fn too_many_lines_hit_the_paragraph_limit() {
    let page = vec![(70.0, 500.0, 10.0, "一、总则"), (50.0, 480.0, 10.0, FULL)];
    let limits = Limits {
        max_paragraphs: 1,
        ..Limits::default()
    };
    assert!(matches!(
        read_pdf(&pdf(&[page]), &limits),
        Err(ReadError::Limit(_))
    ));
}
