//! PDF, legacy Word and PDF-copied text: a PDF exported from a fixture plan gives the
//! outline and the findings of its .docx (locations aside); broken PDFs exit 2 with a
//! reason; a .doc is converted when LibreOffice is installed (the test says when it is
//! skipped); a folder run lists every plan-like file.
//!
//! Fixtures: `fixtures/pdf/`, `fixtures/doc/`, `fixtures/broken/*.pdf`, made by
//! `fixtures/src/gen_pdf.py`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use peaklint::checks::Lang;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::document::{Document, Format, Origin};
use peaklint::pack;
use peaklint::pipeline::check_document;
use serde_json::Value;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

fn read(rel: &str) -> Document {
    match peaklint::read_path(&fixture(rel)) {
        Ok(d) => d,
        Err(e) => panic!("{rel}: {e}"),
    }
}

fn peaklint(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_peaklint"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PEAKLINT_LANG")
        .args(args);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run peaklint: {e}"),
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

type Outline = Vec<(u8, Option<String>, String)>;

fn outline(doc: &Document) -> Outline {
    doc.headings()
        .map(|(_, h)| {
            (
                h.level,
                h.number.as_ref().map(|n| n.token.clone()),
                h.title.clone(),
            )
        })
        .collect()
}

/// Longest common subsequence of two outlines.
fn matched(a: &Outline, b: &Outline) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            let diag = prev.get(j).copied().unwrap_or(0) + usize::from(x == y);
            let best = diag
                .max(prev.get(j + 1).copied().unwrap_or(0))
                .max(cur.get(j).copied().unwrap_or(0));
            if let Some(c) = cur.get_mut(j + 1) {
                *c = best;
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

/// The findings as (rule, message), sorted: what must not depend on the format.
fn findings(doc: &Document) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = check_document(doc, pack::default_pack(), Lang::Zh)
        .diagnostics
        .into_iter()
        .map(|d| (d.rule.to_string(), d.message))
        .collect();
    f.sort();
    f
}

/// Each PDF exported by LibreOffice and the .docx it was exported from.
const PAIRS: &[(&str, &str)] = &[
    ("pdf/pandoc-headings.pdf", "docx/pandoc-headings.docx"),
    (
        "pdf/libreoffice-headings.pdf",
        "docx/libreoffice-headings.docx",
    ),
    ("pdf/running-headers.pdf", "docx/no-styles-numbered.docx"),
];

#[test]
fn a_pdf_gives_the_outline_of_its_docx() {
    for (pdf, docx) in PAIRS {
        let (p, d) = (read(pdf), read(docx));
        assert_eq!(p.format, Format::Pdf);
        let (po, dout) = (outline(&p), outline(&d));
        let m = matched(&dout, &po);
        let recall = m as f64 / dout.len().max(1) as f64;
        assert!(
            recall >= 0.95 && po.len() - m <= 1,
            "{pdf}: {m} of {} headings right, {} extra\npdf: {po:#?}",
            dout.len(),
            po.len() - m
        );
        assert_eq!(
            p.title.as_ref().map(|t| &t.text),
            d.title.as_ref().map(|t| &t.text),
            "{pdf}"
        );
    }
}

#[test]
fn a_pdf_gives_the_findings_of_its_docx() {
    for (pdf, docx) in PAIRS {
        assert_eq!(findings(&read(pdf)), findings(&read(docx)), "{pdf}");
    }
}

#[test]
fn tables_are_recovered_from_cell_borders() {
    let doc = read("pdf/libreoffice-headings.pdf");
    let tables: Vec<_> = doc.blocks.iter().filter_map(|b| b.table()).collect();
    let docx = read("docx/libreoffice-headings.docx");
    let expected: Vec<_> = docx.blocks.iter().filter_map(|b| b.table()).collect();
    assert_eq!(tables.len(), expected.len());
    for (got, want) in tables.iter().zip(&expected) {
        let cells = |t: &peaklint::document::Table| -> Vec<Vec<String>> {
            t.rows
                .iter()
                .map(|r| r.cells.iter().map(|c| c.text()).collect())
                .collect()
        };
        assert_eq!(cells(got), cells(want), "table {}", want.index);
    }
}

#[test]
fn running_headers_and_page_numbers_are_dropped() {
    let doc = read("pdf/running-headers.pdf");
    let title = doc
        .title
        .as_ref()
        .map(|t| t.text.clone())
        .unwrap_or_default();
    assert_eq!(title, "南湖市青溪高新技术产业开发区碳达峰实施方案");
    for b in &doc.blocks {
        let t = b.all_text();
        assert!(!t.contains("— "), "a page number left in: {t}");
        assert_ne!(t.trim(), title, "a running header left in");
    }
    // Locations are page + line (the running header is line 1 of every page).
    let (i, first) = doc
        .headings()
        .next()
        .unwrap_or_else(|| panic!("no heading"));
    assert_eq!(first.title, "总体要求");
    let loc = doc.block_location(i);
    assert_eq!(loc.page, Some(1));
    assert!(loc.line.is_some_and(|l| l > 2), "{loc:?}");
    assert!(matches!(doc.blocks[i].origin, Origin::Pdf { page: 1, .. }));
}

#[test]
fn a_wrapped_paragraph_is_one_paragraph() {
    let doc = read("pdf/libreoffice-headings.pdf");
    let p = doc
        .blocks
        .iter()
        .find(|b| b.text.starts_with("为深入贯彻落实党中央"))
        .unwrap_or_else(|| panic!("first paragraph not found"));
    assert!(
        p.text.ends_with("结合高新区实际，制定本方案。"),
        "{}",
        p.text
    );
}

#[test]
fn a_compliant_plans_pdf_exits_0_and_json_says_pdf_with_pages() {
    let out = peaklint(
        &[
            "check",
            "--format",
            "json",
            "fixtures/pdf/running-headers.pdf",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let file = &json["files"][0];
    assert_eq!(file["format"], "pdf");
    assert_eq!(file["status"], "checked");
    let located = file["diagnostics"]
        .as_array()
        .map(|d| d.iter().filter(|d| d["location"]["page"].is_u64()).count())
        .unwrap_or(0);
    assert!(located > 0, "no finding located by page: {file}");
}

#[test]
fn human_output_names_page_and_line() {
    let out = peaklint(&["check", "fixtures/pdf/running-headers.pdf"], &[]);
    let s = text(&out.stdout);
    assert!(s.contains("fixtures/pdf/running-headers.pdf:第"), "{s}");
    let out = peaklint(
        &["check", "--lang", "en", "fixtures/pdf/running-headers.pdf"],
        &[],
    );
    let s = text(&out.stdout);
    assert!(s.contains("fixtures/pdf/running-headers.pdf:p"), "{s}");
}

#[test]
fn broken_pdfs_exit_2_with_the_reason() {
    let cases = [
        (
            "broken/truncated.pdf",
            "PDF 文件已损坏或被截断",
            "damaged or truncated PDF",
        ),
        (
            "broken/image-only.pdf",
            "PDF 没有文字层（扫描件或纯图片 PDF），不支持 OCR 识别",
            "no text layer; OCR is not supported",
        ),
        (
            "broken/not-a-pdf.pdf",
            "不是 PDF 文件（文件开头没有 PDF 标识）",
            "not a PDF file",
        ),
    ];
    for (file, zh, en) in cases {
        let path = format!("fixtures/{file}");
        let out = peaklint(&["check", &path], &[]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let s = text(&out.stdout);
        assert!(
            s.contains("input/unreadable") && s.contains(zh),
            "{file}: {s}"
        );
        let out = peaklint(&["check", "--lang", "en", &path], &[]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let s = text(&out.stdout);
        assert!(s.contains(en), "{file}: {s}");
    }
}

#[test]
fn every_truncation_of_a_pdf_is_an_error_or_a_document_never_a_panic() {
    let bytes = std::fs::read(fixture("pdf/libreoffice-headings.pdf")).unwrap_or_default();
    assert!(!bytes.is_empty());
    let limits = Limits::default();
    let mut errors = 0;
    for cut in (1..bytes.len()).step_by(9_973) {
        let part = bytes.get(..cut).unwrap_or_default();
        match read_bytes("cut.pdf", part, &limits) {
            Ok(doc) => assert_eq!(doc.format, Format::Pdf),
            Err(_) => errors += 1,
        }
    }
    assert!(errors > 0);
    // Bytes flipped in the middle of the file: still no panic.
    let mut flipped = bytes.clone();
    for i in (1000..flipped.len()).step_by(4_999) {
        if let Some(b) = flipped.get_mut(i) {
            *b ^= 0x5A;
        }
    }
    let _ = read_bytes("flipped.pdf", &flipped, &limits);
}

#[test]
fn a_pdf_over_the_decompression_limit_is_refused() {
    let bytes = std::fs::read(fixture("pdf/libreoffice-headings.pdf")).unwrap_or_default();
    let limits = Limits {
        max_decompressed: 10_000,
        ..Limits::default()
    };
    match read_bytes("plan.pdf", &bytes, &limits) {
        Err(e) => assert!(e.to_string().contains("limit"), "{e}"),
        Ok(_) => panic!("read past the decompression limit"),
    }
}

#[test]
fn text_copied_out_of_a_pdf_is_cleaned_up() {
    let txt = read("pdf/libreoffice-headings.pdftotext.txt");
    let docx = read("docx/libreoffice-headings.docx");
    let (t, d) = (outline(&txt), outline(&docx));
    let m = matched(&d, &t);
    assert!(
        m as f64 >= 0.95 * d.len() as f64 && t.len() - m <= 1,
        "{m} of {} headings right, {} extra: {t:#?}",
        d.len(),
        t.len() - m
    );
    // Hard wraps joined, the extractor's spaces around numbers removed.
    let first = txt
        .blocks
        .iter()
        .find(|b| b.text.starts_with("为深入贯彻落实"))
        .map(|b| b.text.clone())
        .unwrap_or_default();
    assert!(first.ends_with("制定本方案。"), "{first}");
    assert!(txt
        .blocks
        .iter()
        .any(|b| b.text.contains("确保高新区2030年前实现碳达峰")));
}

fn soffice_installed() -> bool {
    peaklint::document::convert::soffice().is_some()
}

#[test]
fn a_doc_is_converted_when_libreoffice_is_installed() {
    if !soffice_installed() {
        eprintln!("skipped: LibreOffice (soffice) is not installed; .doc conversion not tested");
        return;
    }
    let doc = read("doc/no-styles-numbered.doc");
    let docx = read("docx/no-styles-numbered.docx");
    assert_eq!(doc.converted_from.as_deref(), Some("doc"));
    assert_eq!(outline(&doc), outline(&docx));
    let out = peaklint(&["check", "fixtures/doc/no-styles-numbered.doc"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(
        s.contains("input/converted")
            && s.contains("文件由 LibreOffice 从 .doc 转换为 .docx 后检查"),
        "{s}"
    );
}

#[test]
fn a_doc_without_libreoffice_gives_the_command_to_run() {
    // PEAKLINT_SOFFICE="" stands for a machine without LibreOffice.
    let message = |lang: &str| -> String {
        let out = peaklint(
            &[
                "check",
                "--format",
                "json",
                "--lang",
                lang,
                "fixtures/doc/no-styles-numbered.doc",
            ],
            &[("PEAKLINT_SOFFICE", "")],
        );
        assert_eq!(out.status.code(), Some(2));
        let json: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        json["files"][0]["diagnostics"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let command = "soffice --headless --convert-to docx --outdir 'fixtures/doc' 'fixtures/doc/no-styles-numbered.doc'";
    let en = message("en");
    assert!(
        en.contains("LibreOffice is not installed") && en.contains(command),
        "{en}"
    );
    let zh = message("zh");
    assert!(
        zh.contains(&format!(
            "本机未安装用于转换的 LibreOffice；请运行：{command}"
        )),
        "{zh}"
    );
}

#[test]
fn a_folder_run_lists_every_plan_like_file() {
    let dir = std::env::temp_dir().join(format!("peaklint-pdf-batch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    for (from, to) in [
        ("md/gov-plan.md", "a.md"),
        ("docx/libreoffice-headings.docx", "b.docx"),
        ("pdf/running-headers.pdf", "c.pdf"),
        ("doc/no-styles-numbered.doc", "d.doc"),
        ("broken/truncated.pdf", "e.pdf"),
    ] {
        if let Err(e) = std::fs::copy(fixture(from), dir.join(to)) {
            panic!("{from}: {e}");
        }
    }
    let write = |name: &str, bytes: &[u8]| {
        if let Err(e) = std::fs::write(dir.join(name), bytes) {
            panic!("{name}: {e}");
        }
    };
    write("f.rtf", b"{\\rtf1 plan}");
    write("g.wps", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 not really");
    write("h.odt", b"PK\x03\x04");
    let d = dir.to_string_lossy().into_owned();
    let out = peaklint(&["check", "--lang", "en", &d], &[("PEAKLINT_SOFFICE", "")]);
    assert_eq!(out.status.code(), Some(2));
    let s = text(&out.stdout);
    for name in [
        "a.md", "b.docx", "c.pdf", "d.doc", "e.pdf", "f.rtf", "g.wps", "h.odt",
    ] {
        assert!(s.contains(&format!("/{name}")), "{name} not listed:\n{s}");
    }
    assert!(s.contains("8 files found, 3 read"), "{s}");
    assert!(s.contains("an RTF file; save it as .docx"), "{s}");
    // The scorecard counts what it found and what it read.
    let report =
        std::env::temp_dir().join(format!("peaklint-pdf-report-{}.html", std::process::id()));
    let r = report.to_string_lossy().into_owned();
    let out = peaklint(
        &["report", "--lang", "en", "-o", &r, &d],
        &[("PEAKLINT_SOFFICE", "")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).trim(),
        format!("wrote {r} (8 files found, 3 read)")
    );
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_file(&report);
}
