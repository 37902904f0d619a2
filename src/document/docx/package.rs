//! The zip package: opening it, finding the parts through their relationships, and
//! reading a part within the limits.
//!
//! Every part is read through `Read::take`, so an entry that lies about its size (a
//! zip bomb) is stopped at the limit however small its header says it is. Part names
//! are matched case-insensitively (OPC part names are), with `\` read as `/`.
//!
//! Encoding of XML parts: UTF-8 (with or without a BOM) is the norm. A part with a
//! UTF-16 BOM, or starting `<?` in UTF-16 without one, is decoded from UTF-16; a part
//! that is not valid UTF-8 but declares another encoding (`<?xml … encoding="GBK"?>`)
//! is decoded from it. Byte offsets in XML errors then count in the decoded UTF-8
//! text. Anything else that is not UTF-8 is an XML error at the first bad byte.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use super::xml::{local, Ev, XmlReader};
use crate::document::read::{Limits, ReadError};

/// The parts the reader needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parts {
    pub document: String,
    pub styles: Option<String>,
    pub numbering: Option<String>,
}

pub(crate) struct Package<'b> {
    zip: ZipArchive<Cursor<&'b [u8]>>,
    /// Normalised (lower-case) name → entry index.
    index: HashMap<String, usize>,
    remaining: u64,
    limit: u64,
    max_depth: usize,
}

const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

fn norm(name: &str) -> String {
    name.trim_start_matches(['/', '\\'])
        .replace('\\', "/")
        .to_lowercase()
}

/// The entry count the end-of-central-directory record declares (`None` when it is
/// not found or defers to the zip64 record).
fn declared_entries(bytes: &[u8]) -> Option<usize> {
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end.
    let from = bytes.len().saturating_sub(22 + 65_535);
    let tail = bytes.get(from..)?;
    let at = tail.windows(4).rposition(|w| w == b"PK\x05\x06")?;
    let count = tail.get(at + 10..at + 12)?;
    let n = u16::from_le_bytes([*count.first()?, *count.get(1)?]);
    (n != u16::MAX).then_some(usize::from(n))
}

/// What a file that is not a zip package probably is.
fn not_a_zip(bytes: &[u8]) -> ReadError {
    let msg = if bytes.starts_with(OLE2_MAGIC) {
        "an OLE2 compound file: a legacy Word 97-2003 .doc, or a password-protected \
         .docx; save it as an unprotected .docx"
    } else if bytes.starts_with(b"{\\rtf") {
        "an RTF file, not a .docx package; save it as .docx"
    } else if bytes.starts_with(b"%PDF") {
        "a PDF file, not a .docx package"
    } else {
        "not a zip archive (a .docx is a zip package)"
    };
    ReadError::NotADocument(msg.to_string())
}

fn zip_error(e: ZipError) -> ReadError {
    match e {
        ZipError::UnsupportedArchive(m) => ReadError::Package(format!("unsupported zip: {m}")),
        ZipError::CompressionMethodNotSupported(m) => ReadError::Package(format!(
            "unsupported zip: compression method {m} (only stored and deflate are read)"
        )),
        ZipError::InvalidPassword => {
            ReadError::Package("the package is encrypted with a password".to_string())
        }
        other => ReadError::Package(format!("truncated or corrupted zip: {other}")),
    }
}

impl<'b> Package<'b> {
    pub(crate) fn open(bytes: &'b [u8], limits: &Limits) -> Result<Self, ReadError> {
        if bytes.is_empty() {
            return Err(ReadError::Empty);
        }
        if bytes.len() as u64 > limits.max_file_size {
            return Err(ReadError::Limit(format!(
                "the file is {} bytes, the limit is {} bytes",
                bytes.len(),
                limits.max_file_size
            )));
        }
        let zip = match ZipArchive::new(Cursor::new(bytes)) {
            Ok(z) => z,
            Err(_) if !bytes.starts_with(b"PK") => return Err(not_a_zip(bytes)),
            Err(e) => return Err(zip_error(e)),
        };
        if zip.len() > limits.max_entries {
            return Err(ReadError::Limit(format!(
                "the package has {} entries, the limit is {}",
                zip.len(),
                limits.max_entries
            )));
        }
        // The zip reader keeps one entry per name: identical names show only in the
        // end-of-central-directory count.
        if declared_entries(bytes).is_some_and(|n| n > zip.len()) {
            return Err(ReadError::Package(
                "two entries with the same part name (part names must be unique)".into(),
            ));
        }
        let mut index = HashMap::with_capacity(zip.len());
        for i in 0..zip.len() {
            if let Some(Ok(name)) = zip.name_for_index(i) {
                // OPC part names are unique, ignoring case: two entries for one part
                // would let the package show one text to Word and another to us.
                if index.insert(norm(&name), i).is_some() {
                    return Err(ReadError::Package(format!(
                        "two entries for the part {name} (part names must be unique, ignoring case)"
                    )));
                }
            }
        }
        Ok(Package {
            zip,
            index,
            remaining: limits.max_decompressed,
            limit: limits.max_decompressed,
            max_depth: limits.max_xml_depth,
        })
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.index.contains_key(&norm(name))
    }

    fn too_big(&self, part: &str) -> ReadError {
        ReadError::Limit(format!(
            "decompressed size of the package parts exceeds the limit of {} bytes \
             (while reading {part})",
            self.limit
        ))
    }

    /// The raw bytes of a part, or `None` when the package has no such part.
    pub(crate) fn read_bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, ReadError> {
        let Some(&i) = self.index.get(&norm(name)) else {
            return Ok(None);
        };
        let remaining = self.remaining;
        let mut file = self.zip.by_index(i).map_err(zip_error)?;
        if file.size() > remaining {
            drop(file);
            return Err(self.too_big(name));
        }
        let cap = file.size().min(remaining).min(64 << 20) as usize;
        let mut buf = Vec::with_capacity(cap);
        let res = (&mut file)
            .take(remaining.saturating_add(1))
            .read_to_end(&mut buf);
        drop(file);
        if let Err(e) = res {
            return Err(ReadError::Package(format!(
                "truncated or corrupted zip: cannot decompress {name}: {e}"
            )));
        }
        let n = buf.len() as u64;
        if n > remaining {
            return Err(self.too_big(name));
        }
        self.remaining = remaining - n;
        Ok(Some(buf))
    }

    /// A part decoded to text (see the module comment for encodings).
    pub(crate) fn read_text(&mut self, name: &str) -> Result<Option<String>, ReadError> {
        match self.read_xml(name)? {
            None => Ok(None),
            Some(b) => match String::from_utf8(b) {
                Ok(text) => Ok(Some(text)),
                Err(e) => Err(not_utf8(name, e.utf8_error().valid_up_to())),
            },
        }
    }

    /// A part as bytes to read as UTF-8: decoded when it is UTF-16 or declares another
    /// encoding, otherwise as stored, unvalidated. For [`XmlReader::from_utf8`], which
    /// validates every event as quick-xml reads it (it must: its events hold `str`), so
    /// the main document part is not validated twice.
    pub(crate) fn read_xml(&mut self, name: &str) -> Result<Option<Vec<u8>>, ReadError> {
        match self.read_bytes(name)? {
            None => Ok(None),
            Some(b) => decode(b, name).map(Some),
        }
    }

    /// Find the main document part and its styles and numbering parts.
    pub(crate) fn parts(&mut self) -> Result<Parts, ReadError> {
        let document = self.main_document()?;
        let rels_name = rels_for(&document);
        let mut styles = None;
        let mut numbering = None;
        // The document's relationships only point at styles and numbering, which also
        // have conventional names: a broken relationships part is not fatal.
        let rels = match self.read_text(&rels_name) {
            Ok(Some(text)) => relationships(&text, &rels_name, self.max_depth).unwrap_or_default(),
            Ok(None) | Err(ReadError::Xml { .. }) => Vec::new(),
            Err(e) => return Err(e),
        };
        let base = dir_of(&document);
        for r in rels {
            let target = resolve(&base, &r.target);
            if !self.has(&target) {
                continue;
            }
            if r.kind.ends_with("/styles") && styles.is_none() {
                styles = Some(target);
            } else if r.kind.ends_with("/numbering") && numbering.is_none() {
                numbering = Some(target);
            }
        }
        for (slot, file) in [
            (&mut styles, "styles.xml"),
            (&mut numbering, "numbering.xml"),
        ] {
            if slot.is_none() {
                *slot = [format!("{base}{file}"), format!("word/{file}")]
                    .into_iter()
                    .find(|n| self.has(n));
            }
        }
        Ok(Parts {
            document,
            styles,
            numbering,
        })
    }

    fn main_document(&mut self) -> Result<String, ReadError> {
        let (target, rels_error) = match self.read_text("_rels/.rels") {
            Ok(None) => (None, None),
            Ok(Some(text)) => match relationships(&text, "_rels/.rels", self.max_depth) {
                Ok(list) => (
                    list.into_iter()
                        .find(|r| r.kind.ends_with("/officeDocument"))
                        .map(|r| resolve("", &r.target)),
                    None,
                ),
                Err(e) => (None, Some(e)),
            },
            Err(e @ ReadError::Xml { .. }) => (None, Some(e)),
            Err(e) => return Err(e),
        };
        if let Some(t) = target {
            let lower = t.to_lowercase();
            if lower.starts_with("xl/") {
                return Err(ReadError::NotADocument(
                    "an Excel workbook (.xlsx), not a Word document".into(),
                ));
            }
            if lower.starts_with("ppt/") {
                return Err(ReadError::NotADocument(
                    "a PowerPoint presentation (.pptx), not a Word document".into(),
                ));
            }
            if self.has(&t) {
                return Ok(t);
            }
        }
        if self.has("word/document.xml") {
            return Ok("word/document.xml".to_string());
        }
        if let Some(e) = rels_error {
            return Err(e);
        }
        let msg = if self.has("xl/workbook.xml") {
            "an Excel workbook (.xlsx), not a Word document"
        } else if self.has("ppt/presentation.xml") {
            "a PowerPoint presentation (.pptx), not a Word document"
        } else if self.has("OFD.xml") {
            "an OFD file (版式文档), not a .docx; export it as PDF or save the original as .docx"
        } else if self.has("content.xml") && self.has("mimetype") {
            "an OpenDocument file (.odt), not a .docx; save it as .docx"
        } else {
            "the package has no main document part (word/document.xml)"
        };
        Err(ReadError::NotADocument(msg.to_string()))
    }
}

/// The error for a part that is not UTF-8, at its first bad byte.
pub(crate) fn not_utf8(part: &str, valid_up_to: usize) -> ReadError {
    ReadError::Xml {
        part: part.to_string(),
        offset: valid_up_to as u64,
        message: "not valid UTF-8 (a .docx part should be UTF-8 or UTF-16)".to_string(),
    }
}

/// An XML part as bytes to read as UTF-8: decoded from UTF-16, or from the encoding its
/// declaration names when it is not valid UTF-8; otherwise the bytes as they are.
fn decode(bytes: Vec<u8>, part: &str) -> Result<Vec<u8>, ReadError> {
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0x3C, 0, 0x3F, 0]) {
        Some(encoding_rs::UTF_16LE)
    } else if bytes.starts_with(&[0xFE, 0xFF]) || bytes.starts_with(&[0, 0x3C, 0, 0x3F]) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    };
    let bad = |offset: u64, message: String| ReadError::Xml {
        part: part.to_string(),
        offset,
        message,
    };
    if let Some(enc) = utf16 {
        let (text, _, errors) = enc.decode(&bytes);
        if errors {
            return Err(bad(0, format!("malformed {} text", enc.name())));
        }
        return Ok(text.into_owned().into_bytes());
    }
    let Some(enc) = declared_encoding(&bytes) else {
        return Ok(bytes);
    };
    // Valid UTF-8 is read as UTF-8 whatever the declaration says; only bytes that are
    // not are decoded from the declared encoding.
    let valid = encoding_rs::Encoding::utf8_valid_up_to(&bytes);
    if valid == bytes.len() {
        return Ok(bytes);
    }
    match enc.decode_without_bom_handling_and_without_replacement(&bytes) {
        Some(text) => Ok(text.into_owned().into_bytes()),
        None => Err(not_utf8(part, valid)),
    }
}

/// The encoding named in the XML declaration, when it is not UTF-8.
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..bytes.len().min(200))?;
    let head = String::from_utf8_lossy(head);
    let decl_end = head.find("?>")?;
    let decl = head.get(..decl_end)?;
    let rest = &decl[decl.find("encoding")? + "encoding".len()..];
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next()?;
    let rest = rest.get(1..)?;
    let label = rest.get(..rest.find(quote)?)?;
    let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes())?;
    (enc != encoding_rs::UTF_8).then_some(enc)
}

/// One `Relationship` of a relationships part.
#[derive(Debug, Clone)]
pub(crate) struct Relationship {
    pub kind: String,
    pub target: String,
}

/// Parse a relationships part; external targets are left out.
pub(crate) fn relationships(
    text: &str,
    part: &str,
    max_depth: usize,
) -> Result<Vec<Relationship>, ReadError> {
    let mut xr = XmlReader::new(text, part, max_depth);
    let mut out = Vec::new();
    loop {
        match xr.next()? {
            Ev::Start(_, e) | Ev::Empty(_, e) if local(&e).as_ref() == "Relationship" => {
                let external = xr
                    .attr(&e, "TargetMode")
                    .is_some_and(|m| m.eq_ignore_ascii_case("external"));
                if let (Some(kind), Some(target), false) =
                    (xr.attr(&e, "Type"), xr.attr(&e, "Target"), external)
                {
                    out.push(Relationship {
                        kind: kind.trim().to_string(),
                        target: target.trim().to_string(),
                    });
                }
            }
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// `word/document.xml` → `word/_rels/document.xml.rels`.
fn rels_for(part: &str) -> String {
    let (dir, file) = match part.rfind('/') {
        Some(i) => (&part[..=i], &part[i + 1..]),
        None => ("", part),
    };
    format!("{dir}_rels/{file}.rels")
}

/// The folder of a part, with its trailing `/` (empty at the root).
fn dir_of(part: &str) -> String {
    match part.rfind('/') {
        Some(i) => part[..=i].to_string(),
        None => String::new(),
    }
}

/// Resolve a relationship target against the folder of its source part.
fn resolve(base: &str, target: &str) -> String {
    let target = percent_decode(target);
    let target = target.split(['#', '?']).next().unwrap_or("");
    let joined = if let Some(abs) = target.strip_prefix('/') {
        abs.to_string()
    } else {
        format!("{base}{target}")
    };
    let mut segs: Vec<&str> = Vec::new();
    for s in joined.split(['/', '\\']) {
        match s {
            "" | "." => {}
            ".." => {
                segs.pop();
            }
            s => segs.push(s),
        }
    }
    segs.join("/")
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (c, hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_targets() {
        assert_eq!(resolve("", "/word/document2.xml"), "word/document2.xml");
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("word/", "styles.xml"), "word/styles.xml");
        assert_eq!(
            resolve("word/", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
        assert_eq!(resolve("word/", "my%20styles.xml"), "word/my styles.xml");
        assert_eq!(
            rels_for("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
        assert_eq!(rels_for("document.xml"), "_rels/document.xml.rels");
    }

    #[test]
    fn decodes_utf16_and_declared_encodings() {
        let s = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>总则</a>";
        let mut le = vec![0xFF, 0xFE];
        for u in s.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(le, "p").ok().as_deref(), Some(s.as_bytes()));
        let (gbk, _, _) =
            encoding_rs::GBK.encode("<?xml version=\"1.0\" encoding=\"GBK\"?><a>总则</a>");
        let text = decode(gbk.into_owned(), "p")
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        assert!(text.is_some_and(|t| t.contains("总则")));
        // Bytes that are not UTF-8 in the main part: the same error, from the XML reader.
        let doc = b"<w:document>\xE6\x80\xBB\xFF</w:document>";
        let mut xr = XmlReader::from_utf8(doc, "word/document.xml", 64);
        let e = std::iter::from_fn(|| match xr.next() {
            Ok(Ev::Eof) => None,
            other => Some(other),
        })
        .find_map(Result::err);
        assert!(
            matches!(&e, Some(ReadError::Xml { offset: 15, message, .. }) if message.starts_with("not valid UTF-8")),
            "{e:?}"
        );
        // Without a declared encoding, bytes are left for the XML reader to validate;
        // read_text validates them at once.
        let bad = vec![b'<', b'a', b'>', 0xFF, b'<'];
        assert_eq!(decode(bad.clone(), "p").ok(), Some(bad));
        let (gbk_bad, _, _) =
            encoding_rs::GBK.encode("<?xml version=\"1.0\" encoding=\"GBK\"?><a>");
        let mut gbk_bad = gbk_bad.into_owned();
        let at = gbk_bad.len() as u64;
        gbk_bad.extend([0x81, b'<']);
        let err = decode(gbk_bad, "word/document.xml");
        assert!(
            matches!(err, Err(ReadError::Xml { offset, .. }) if offset == at),
            "{err:?}"
        );
    }
}
