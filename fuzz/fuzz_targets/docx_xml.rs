//! Structure-aware .docx fuzzing: the input is the text of `word/document.xml`, then
//! optionally `word/styles.xml` and `word/numbering.xml`, separated by 0xFF bytes (never
//! valid in UTF-8, so they cannot occur inside a part). The parts are packed into a valid
//! zip with the content types and relationships Word writes, so every mutation reaches the
//! XML readers (styles, numbering, body) instead of breaking the zip's CRC or deflate
//! stream as mutations of whole `.docx` files mostly do. Then read_bytes → the full check.
#![no_main]

use std::io::{Cursor, Write};

use libfuzzer_sys::fuzz_target;
use peaklint::checks::Lang;
use peaklint::document::read::Limits;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#;

fn package(parts: &[(&str, &[u8])]) -> Option<Vec<u8>> {
    let mut buf = Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    for (name, content) in parts {
        zip.start_file(*name, opts).ok()?;
        zip.write_all(content).ok()?;
    }
    zip.finish().ok()?;
    Some(buf.into_inner())
}

fuzz_target!(|data: &[u8]| {
    let mut split = data.splitn(3, |b| *b == 0xFF);
    let document = split.next().unwrap_or_default();
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/document.xml", document),
    ];
    if let Some(styles) = split.next() {
        parts.push(("word/styles.xml", styles));
    }
    if let Some(numbering) = split.next() {
        parts.push(("word/numbering.xml", numbering));
    }
    let Some(docx) = package(&parts) else {
        return;
    };
    if let Ok(doc) = peaklint::document::read_bytes("x.docx", &docx, &Limits::default()) {
        let _ = peaklint::pipeline::check_document(&doc, peaklint::pack::default_pack(), Lang::Zh);
    }
});
