//! Robustness: broken packages, hostile inputs, limits, and the real-world corpus.

use std::path::Path;

use super::read_docx;
use super::tests::{docx, paras, read, zip_of, NS};
use crate::document::classify::RawBlock;
use crate::document::read::{Limits, ReadError};

fn err(bytes: &[u8], limits: &Limits) -> ReadError {
    match read_docx(bytes, limits) {
        Ok(b) => panic!("expected an error, read {} blocks", b.len()),
        Err(e) => e,
    }
}

fn doc_xml(body: &str) -> String {
    format!(r#"<?xml version="1.0"?><w:document {NS}><w:body>{body}</w:body></w:document>"#)
}

#[test]
fn not_a_zip() {
    let e = err(
        b"# \xe4\xb8\x80\xe3\x80\x81 plain text renamed .docx",
        &Limits::default(),
    );
    assert!(
        matches!(&e, ReadError::NotADocument(m) if m.contains("not a zip archive")),
        "{e}"
    );
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0];
    let e = err(&ole, &Limits::default());
    assert!(
        matches!(&e, ReadError::NotADocument(m) if m.contains(".doc")),
        "{e}"
    );
    assert!(matches!(err(b"", &Limits::default()), ReadError::Empty));
}

#[test]
fn truncated_package() {
    let bytes = docx(
        &"<w:p><w:r><w:t>内容</w:t></w:r></w:p>".repeat(50),
        None,
        None,
    );
    for cut in [bytes.len() / 2, bytes.len() - 10, 30] {
        let e = err(&bytes[..cut], &Limits::default());
        assert!(
            matches!(&e, ReadError::Package(m) if m.contains("truncated or corrupted zip")),
            "{e}"
        );
    }
}

#[test]
fn corrupted_compressed_data() {
    let body = "<w:p><w:r><w:t>碳达峰碳中和</w:t></w:r></w:p>".repeat(200);
    let mut bytes = docx(&body, None, None);
    // Scribble over the middle of the compressed document.xml stream.
    let name = b"word/document.xml";
    let at = bytes
        .windows(name.len())
        .position(|w| w == name)
        .expect("local header");
    for b in bytes.iter_mut().skip(at + name.len() + 40).take(60) {
        *b ^= 0x5A;
    }
    let e = err(&bytes, &Limits::default());
    assert!(
        matches!(&e, ReadError::Package(_) | ReadError::Xml { .. }),
        "{e}"
    );
}

#[test]
fn other_office_files_are_named() {
    let xlsx = zip_of(&[
        ("_rels/.rels", br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", b"<workbook/>"),
    ]);
    let e = err(&xlsx, &Limits::default());
    assert!(
        matches!(&e, ReadError::NotADocument(m) if m.contains("Excel")),
        "{e}"
    );
    let empty = zip_of(&[("readme.txt", b"hi")]);
    let e = err(&empty, &Limits::default());
    assert!(
        matches!(&e, ReadError::NotADocument(m) if m.contains("word/document.xml")),
        "{e}"
    );
    let wrong_root = zip_of(&[("word/document.xml", b"<html><body/></html>")]);
    let e = err(&wrong_root, &Limits::default());
    assert!(
        matches!(&e, ReadError::NotADocument(m) if m.contains("<html>")),
        "{e}"
    );
}

#[test]
fn zip_bomb_is_stopped() {
    let filler = "0".repeat(5 << 20);
    let doc = doc_xml(&format!("<w:p><w:r><w:t>{filler}</w:t></w:r></w:p>"));
    let bytes = zip_of(&[("word/document.xml", doc.as_bytes())]);
    assert!(bytes.len() < 100_000, "deflate should compress zeros well");
    let limits = Limits {
        max_decompressed: 1 << 20,
        ..Limits::default()
    };
    let e = err(&bytes, &limits);
    assert!(
        matches!(&e, ReadError::Limit(m) if m.contains("word/document.xml") && m.contains("1048576")),
        "{e}"
    );

    // The same entry with its declared sizes forged to 100 bytes: still stopped.
    let mut forged = bytes.clone();
    let real = (doc.len() as u32).to_le_bytes();
    let small = 100u32.to_le_bytes();
    let mut patched = 0;
    let mut i = 0;
    while i + 4 <= forged.len() {
        if forged[i..i + 4] == real {
            forged[i..i + 4].copy_from_slice(&small);
            patched += 1;
        }
        i += 1;
    }
    assert!(patched >= 2, "found the size fields");
    match read_docx(&forged, &limits) {
        Ok(_) => panic!("a forged size must not read through"),
        Err(e) => assert!(
            matches!(
                e,
                ReadError::Limit(_) | ReadError::Package(_) | ReadError::Xml { .. }
            ),
            "{e}"
        ),
    }
}

#[test]
fn file_size_limit() {
    let bytes = docx("<w:p/>", None, None);
    let limits = Limits {
        max_file_size: 100,
        ..Limits::default()
    };
    let e = err(&bytes, &limits);
    assert!(
        matches!(&e, ReadError::Limit(m) if m.contains("limit is 100 bytes")),
        "{e}"
    );
}

#[test]
fn entry_count_limit() {
    let doc = doc_xml("<w:p/>");
    let names: Vec<String> = (0..20).map(|i| format!("media/{i}.bin")).collect();
    let mut files: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    files.push(("word/document.xml", doc.as_bytes()));
    let limits = Limits {
        max_entries: 10,
        ..Limits::default()
    };
    let e = err(&zip_of(&files), &limits);
    assert!(
        matches!(&e, ReadError::Limit(m) if m.contains("21 entries")),
        "{e}"
    );
}

#[test]
fn depth_bomb() {
    let n = 100_000;
    let body = format!(
        "{}{}",
        "<w:sdt><w:sdtContent>".repeat(n),
        "</w:sdtContent></w:sdt>".repeat(n)
    );
    let e = err(&docx(&body, None, None), &Limits::default());
    assert!(
        matches!(&e, ReadError::Limit(m) if m.contains("nested more than 256")),
        "{e}"
    );
    // Also inside content that is skipped.
    let body = format!(
        "<w:p><w:del>{}</w:del></w:p>",
        "<x>".repeat(400) + &"</x>".repeat(400)
    );
    let e = err(&docx(&body, None, None), &Limits::default());
    assert!(matches!(&e, ReadError::Limit(_)), "{e}");
}

#[test]
fn paragraph_limit() {
    let limits = Limits {
        max_paragraphs: 3,
        ..Limits::default()
    };
    let e = err(&docx(&"<w:p/>".repeat(4), None, None), &limits);
    assert!(
        matches!(&e, ReadError::Limit(m) if m.contains("more than 3 paragraphs")),
        "{e}"
    );
    assert!(read_docx(&docx(&"<w:p/>".repeat(3), None, None), &limits).is_ok());
}

#[test]
fn unclosed_and_malformed_xml() {
    let doc = doc_xml("<w:p><w:r><w:t>第一章</w:t></w:r></w:p><w:p><w:r><w:t>第二");
    let cut = doc.find("</w:body>").unwrap_or(doc.len());
    let truncated = zip_of(&[("word/document.xml", &doc.as_bytes()[..cut])]);
    let e = err(&truncated, &Limits::default());
    assert!(
        matches!(&e, ReadError::Xml { part, message, .. } if part == "word/document.xml" && message.contains("still open")),
        "{e}"
    );

    let bad = doc_xml("<w:p><w:r><w:t>x</w:r></w:p>");
    let e = err(
        &zip_of(&[("word/document.xml", bad.as_bytes())]),
        &Limits::default(),
    );
    assert!(
        matches!(&e, ReadError::Xml { offset, .. } if *offset > 0),
        "{e}"
    );

    let bad_styles = zip_of(&[
        ("word/document.xml", doc_xml("<w:p/>").as_bytes()),
        ("word/styles.xml", b"<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style>"),
    ]);
    let e = err(&bad_styles, &Limits::default());
    assert!(
        matches!(&e, ReadError::Xml { part, .. } if part == "word/styles.xml"),
        "{e}"
    );

    // Bytes that are not UTF-8 are an XML error at the first of them, found as the
    // reader reaches them (quick-xml validates every event).
    let not_utf8 = doc_xml("<w:p><w:r><w:t>总则BAD</w:t></w:r></w:p>").replace("BAD", "\u{1}");
    let mut bytes = not_utf8.into_bytes();
    let at = bytes.iter().position(|&b| b == 1).unwrap_or(0);
    if let Some(b) = bytes.get_mut(at) {
        *b = 0xFF;
    }
    let e = err(
        &zip_of(&[("word/document.xml", &bytes)]),
        &Limits::default(),
    );
    assert!(
        matches!(&e, ReadError::Xml { part, offset, message }
            if part == "word/document.xml" && *offset == at as u64 && message.starts_with("not valid UTF-8")),
        "{e}"
    );
    // A root outside WordprocessingML is reported before bytes further on are read.
    let bare = zip_of(&[("word/document.xml", b"<w:document>\xff\xfe</w:document>")]);
    assert!(matches!(
        err(&bare, &Limits::default()),
        ReadError::NotADocument(_)
    ));
}

#[test]
fn utf16_document_part() {
    let doc = doc_xml("<w:p><w:r><w:t>UTF-16 正文</w:t></w:r></w:p>").replace(
        "<?xml version=\"1.0\"?>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
    );
    let mut bytes = vec![0xFF, 0xFE];
    for u in doc.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let blocks = read(&zip_of(&[("word/document.xml", &bytes)]));
    assert_eq!(
        paras(&blocks).first().map(|p| p.text.as_str()),
        Some("UTF-16 正文")
    );
}

/// Every file of pandoc's test corpus: no panic, and Ok or a clear error.
#[test]
fn pandoc_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pandoc-docx");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: corpus folder {} not found", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "docx"))
        .collect();
    files.sort();
    let (mut ok, mut failed) = (0, 0);
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("{name}: cannot read");
            continue;
        };
        let t = std::time::Instant::now();
        let result = std::panic::catch_unwind(|| read_docx(&bytes, &Limits::default()));
        let elapsed = t.elapsed();
        match result {
            Err(_) => panic!("{name}: panicked"),
            Ok(Ok(blocks)) => {
                ok += 1;
                let ps = paras(&blocks);
                let tables = blocks
                    .iter()
                    .filter(|b| matches!(b, RawBlock::Table(_)))
                    .count();
                let headings = ps.iter().filter(|p| p.explicit_level.is_some()).count();
                let numbered = ps.iter().filter(|p| p.auto_number.is_some()).count();
                let lists = ps.iter().filter(|p| p.list_depth.is_some()).count();
                eprintln!(
                    "{name}: {} paragraphs, {headings} headings, {numbered} numbered, {lists} list items, {tables} tables ({elapsed:?})",
                    ps.len()
                );
            }
            Ok(Err(e)) => {
                failed += 1;
                eprintln!("{name}: ERROR {e}");
                let msg = e.to_string();
                assert!(msg.len() > 20, "{name}: unclear error {msg}");
            }
        }
        assert!(elapsed.as_secs() < 10, "{name}: took {elapsed:?}");
    }
    eprintln!("corpus: {} files, {ok} read, {failed} errors", files.len());
}

/// `DOCX_DUMP=file.docx cargo test --lib docx::tests_robust::dump -- --nocapture`
/// prints what the reader makes of one file.
#[test]
fn dump() {
    let Ok(path) = std::env::var("DOCX_DUMP") else {
        return;
    };
    for path in path.split(',') {
        let bytes = std::fs::read(path).unwrap_or_default();
        eprintln!("== {path}");
        match read_docx(&bytes, &Limits::default()) {
            Err(e) => eprintln!("ERROR {e}"),
            Ok(blocks) => {
                for b in blocks {
                    match b {
                        RawBlock::Paragraph(p) => eprintln!(
                            "{:?} lvl={:?} num={:?} list={:?} title={} c={} emph={} {:?}",
                            p.origin,
                            p.explicit_level,
                            p.auto_number,
                            p.list_depth,
                            p.is_title_style,
                            p.centered,
                            p.emphasis_prefix,
                            p.text
                        ),
                        RawBlock::Table(t) => {
                            eprintln!("TABLE {}", t.index);
                            for r in &t.rows {
                                let cells: Vec<String> = r
                                    .cells
                                    .iter()
                                    .map(|c| {
                                        format!(
                                            "[{}{}] {:?}",
                                            c.col_span,
                                            if c.merged_above { "^" } else { "" },
                                            c.text()
                                        )
                                    })
                                    .collect();
                                eprintln!("  | {}", cells.join(" | "));
                            }
                        }
                        RawBlock::Comment { text, .. } => eprintln!("COMMENT {text}"),
                    }
                }
            }
        }
    }
}

/// Issue 20: a package with two entries for one part (exact or differing in case) is
/// refused, not read from whichever copy comes first or last.
#[test]
fn duplicate_part_names_are_refused() {
    let first = doc_xml("<w:p><w:r><w:t>一、总则</w:t></w:r></w:p>");
    let second = doc_xml("<w:p><w:r><w:t>另一份正文</w:t></w:r></w:p>");
    let case = zip_of(&[
        ("word/document.xml", first.as_bytes()),
        ("WORD/Document.xml", second.as_bytes()),
    ]);
    let e = err(&case, &Limits::default());
    assert!(
        matches!(&e, ReadError::Package(m) if m.contains("two entries for the part WORD/Document.xml")),
        "{e}"
    );
    // The zip writer refuses identical names: write a stand-in, then rename it in the
    // local header and the central directory (the name is not under the CRC).
    let mut exact = zip_of(&[
        ("word/document.xml", first.as_bytes()),
        ("word/documenX.xml", second.as_bytes()),
    ]);
    let from = b"word/documenX.xml";
    let mut i = 0;
    while let Some(at) = exact
        .get(i..)
        .and_then(|s| s.windows(from.len()).position(|w| w == from))
    {
        if let Some(b) = exact.get_mut(i + at + 12) {
            *b = b't';
        }
        i += at + from.len();
    }
    let e = err(&exact, &Limits::default());
    assert!(
        matches!(&e, ReadError::Package(m) if m.contains("two entries")),
        "{e}"
    );
}

/// Issue 20: nested `mc:AlternateContent` get the branch the one-pass scan picks for
/// each level: Fallback when it holds at least as much text, else the first Choice.
#[test]
fn nested_alternate_content_picks_per_level() {
    let mc = r#"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;
    let body = format!(
        r#"<w:p {mc}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><mc:AlternateContent><mc:Choice Requires="x"><w:t>内选</w:t><w:t>甲</w:t></mc:Choice><mc:Fallback><w:t>内备</w:t></mc:Fallback></mc:AlternateContent></mc:Choice><mc:Fallback><w:t>外备</w:t><w:t>乙</w:t><w:t>丙</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p><w:p><w:r><mc:AlternateContent {mc}><mc:Choice Requires="x"><w:t>选</w:t></mc:Choice><mc:Fallback><w:t>备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
    );
    let blocks = read(&docx(&body, None, None));
    // Outer: Choice holds 3 w:t (inner ones counted), Fallback 3: Fallback.
    // Second paragraph: 1 and 1: Fallback.
    let texts: Vec<&str> = paras(&blocks).iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, vec!["外备乙丙", "备"]);
    let body = format!(
        r#"<w:p {mc}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><mc:AlternateContent><mc:Choice Requires="x"><w:t>内选</w:t><w:t>甲</w:t></mc:Choice><mc:Fallback><w:t>内备</w:t></mc:Fallback></mc:AlternateContent></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>"#
    );
    // Outer: empty Fallback: the Choice; inner: 2 against 1: the Choice.
    let blocks = read(&docx(&body, None, None));
    let texts: Vec<&str> = paras(&blocks).iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, vec!["内选甲"]);
}
