//! Reading a file: detect its format, decode it, and hand it to the right reader.

use std::path::Path;

use super::{classify, Document, Format};

/// Resource limits applied while reading untrusted input. A limit hit is a
/// [`ReadError::Limit`], never a hang.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input file read at all (bytes).
    pub max_file_size: u64,
    /// .docx: total decompressed bytes over all parts that are read.
    pub max_decompressed: u64,
    /// .docx: the most entries a package may have.
    pub max_entries: usize,
    /// XML element nesting depth.
    pub max_xml_depth: usize,
    /// Paragraphs (text lines for text formats) in one document.
    pub max_paragraphs: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: 64 * 1024 * 1024,
            max_decompressed: 256 * 1024 * 1024,
            max_entries: 10_000,
            max_xml_depth: 256,
            max_paragraphs: 1_000_000,
        }
    }
}

/// Why a file could not be read. The message names the problem; the caller names the file.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    #[error("is a directory")]
    Directory,
    /// A FIFO, a device or a socket: never read (it could block or never end).
    #[error("{0} is not a regular file; only regular files are read")]
    NotRegular(&'static str),
    #[error("file is empty")]
    Empty,
    #[error("not a document: {0}")]
    NotADocument(String),
    #[error("not a valid .docx package: {0}")]
    Package(String),
    #[error("malformed XML in {part} at byte {offset}: {message}")]
    Xml {
        part: String,
        offset: u64,
        message: String,
    },
    #[error("input limit exceeded: {0}")]
    Limit(String),
    #[error("cannot decode text: {0}")]
    Encoding(String),
}

/// Read a document from disk with default limits.
pub fn read_path(path: &Path) -> Result<Document, ReadError> {
    read_path_with(path, &Limits::default())
}

pub fn read_path_with(path: &Path, limits: &Limits) -> Result<Document, ReadError> {
    let bytes = read_file(path, limits.max_file_size)?;
    if super::convert::is_legacy_word(&bytes) {
        // A .doc / .wps: LibreOffice converts it to .docx, when installed.
        return super::convert::read_legacy(path, &bytes, limits);
    }
    read_bytes(&path_name(path), &bytes, limits)
}

/// A path as peaklint prints it: as written when it is Unicode; otherwise each byte that is
/// not part of a UTF-8 character written `\xNN` (and a backslash `\\`), so that two file
/// names differing in such bytes are told apart (a lossy conversion printed both as
/// `plan-�.md`). The file itself is always read through its `Path`.
pub fn path_name(path: &Path) -> String {
    if let Some(s) = path.to_str() {
        return s.to_owned();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        escape_bytes(path.as_os_str().as_bytes())
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned()
    }
}

/// Bytes as text: UTF-8 characters as they are, a backslash `\\`, any other byte `\xNN`.
fn escape_bytes(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    while !bytes.is_empty() {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(&s.replace('\\', "\\\\"));
                break;
            }
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                // Valid by construction: the prefix `from_utf8` accepted.
                out.push_str(&String::from_utf8_lossy(valid).replace('\\', "\\\\"));
                let bad = e.error_len().unwrap_or(rest.len()).max(1);
                for b in rest.iter().take(bad) {
                    out.push_str(&format!("\\x{b:02X}"));
                }
                bytes = rest.get(bad..).unwrap_or(&[]);
            }
        }
    }
    out
}

/// The largest rules, configuration or waivers file read (bytes).
pub const MAX_CONFIG_SIZE: u64 = 16 * 1024 * 1024;

/// Read a whole file, at most `limit` bytes: the one reader for every input path
/// (plans, rules packs, `peaklint.yaml` and what it extends, waivers). Only regular
/// files are read: a FIFO would block for ever (its open waits for a writer) and a
/// device such as `/dev/zero` never ends, and both report a size of 0, so they are
/// refused from their metadata before being opened. The size is checked before
/// reading and again while reading (a file that grows is cut off at the limit).
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(ReadError::Directory);
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular(file_kind(&meta.file_type())));
    }
    let too_large =
        |len: u64| ReadError::Limit(format!("file is {len} bytes, the limit is {limit} bytes"));
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path)?;
    // The path may have been replaced between the two calls: look at what was opened.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(ReadError::NotRegular(file_kind(&opened.file_type())));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len().min(limit)).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A rules, configuration or waivers file through [`read_file`] (regular files only,
/// at most [`MAX_CONFIG_SIZE`] bytes), as UTF-8 text.
pub fn read_config_text(path: &Path) -> Result<String, ReadError> {
    let bytes = read_file(path, MAX_CONFIG_SIZE)?;
    String::from_utf8(bytes).map_err(|e| {
        ReadError::Encoding(format!(
            "the file is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// What a non-regular file is, for the message.
fn file_kind(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = t;
    "not a regular file"
}

/// Read a document from memory; `name` gives its path (for the extension and reports).
/// The format is sniffed from the content first (a zip package is read as .docx
/// whatever its name), then taken from the extension.
pub fn read_bytes(name: &str, bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if bytes.len() as u64 > limits.max_file_size {
        return Err(ReadError::Limit(format!(
            "file is {} bytes, the limit is {} bytes",
            bytes.len(),
            limits.max_file_size
        )));
    }
    let ext = extension(name);
    let format = sniff(bytes, &ext)?;
    let mut doc = match format {
        Format::Docx => {
            let raw = super::docx::read_docx(bytes, limits)?;
            let mut doc = Document::new(name, Format::Docx, String::new());
            let classified = classify::build(raw);
            doc.title = classified.title;
            doc.blocks = classified.blocks;
            doc
        }
        Format::Pdf => {
            let pdf = super::pdf::read_pdf(bytes, limits)?;
            let mut doc = Document::new(name, Format::Pdf, String::new());
            let classified = classify::build(pdf.blocks);
            doc.title = classified.title;
            doc.blocks = classified.blocks;
            doc.pages = Some(pdf.pages);
            doc
        }
        Format::Markdown | Format::Text => {
            let (text, encoding) = super::encoding::decode(bytes)?;
            let mut doc = read_str(name, text, format, limits)?;
            doc.encoding = Some(encoding);
            doc
        }
    };
    doc.path = name.to_string();
    Ok(doc)
}

/// Read a Markdown or plain-text document from text already decoded (an editor's
/// buffer): byte offsets in the findings index `text` itself. `format` must be
/// [`Format::Markdown`] or [`Format::Text`]; a .docx cannot be given as text.
pub fn read_str(
    name: &str,
    text: String,
    format: Format,
    limits: &Limits,
) -> Result<Document, ReadError> {
    if text.len() as u64 > limits.max_file_size {
        // An editor's buffer gets the limit a file on disk gets.
        return Err(ReadError::Limit(format!(
            "the text is {} bytes, the limit is {} bytes",
            text.len(),
            limits.max_file_size
        )));
    }
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let mut doc = Document::new(name, format, text);
    doc.encoding = Some(super::Encoding::Utf8);
    let raw = match format {
        Format::Markdown => {
            let md = super::markdown::read_markdown(&doc.source, limits.max_paragraphs)?;
            doc.notes = md.notes;
            md.blocks
        }
        Format::Text => super::text::read_text(&doc.source, limits.max_paragraphs)?,
        Format::Docx | Format::Pdf => {
            return Err(ReadError::NotADocument(
                "a .docx package cannot be read from text".into(),
            ))
        }
    };
    let classified = classify::build(raw);
    doc.title = classified.title;
    doc.blocks = classified.blocks;
    doc.path = name.to_string();
    Ok(doc)
}

fn extension(name: &str) -> String {
    Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Decide the format from the first bytes, then the extension.
fn sniff(bytes: &[u8], ext: &str) -> Result<Format, ReadError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Format::Docx);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(ReadError::NotADocument(
            "a legacy Word 97-2003 (.doc) or other OLE file; save it as .docx".into(),
        ));
    }
    // The header may follow some junk (PDF readers accept it within the first 1 KB).
    if bytes
        .get(..bytes.len().min(1024))
        .is_some_and(|head| head.windows(5).any(|w| w == b"%PDF-"))
    {
        return Ok(Format::Pdf);
    }
    if ext == "pdf" {
        return Err(ReadError::NotADocument(
            "not a PDF file (no %PDF- header)".into(),
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ReadError::NotADocument(
            "an RTF file; save it as .docx".into(),
        ));
    }
    match ext {
        "docx" | "docm" | "dotx" => Err(ReadError::NotADocument(
            "not a zip archive (a .docx file is a zip package)".into(),
        )),
        "md" | "markdown" | "mdown" | "mkd" => Ok(Format::Markdown),
        "txt" | "text" => Ok(Format::Text),
        _ => Ok(if looks_like_markdown(bytes) {
            Format::Markdown
        } else {
            Format::Text
        }),
    }
}

/// ATX headings, pipe tables or emphasis at the start of a line.
fn looks_like_markdown(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let text = String::from_utf8_lossy(head);
    text.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("# ")
            || l.starts_with("## ")
            || l.starts_with("### ")
            || l.starts_with('|')
            || l.starts_with("**")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_unicode_names_are_told_apart() {
        assert_eq!(escape_bytes(b"plan-\xff.md"), "plan-\\xFF.md");
        assert_eq!(escape_bytes(b"plan-\xfe.md"), "plan-\\xFE.md");
        let mut name = "方案".as_bytes().to_vec();
        name.extend_from_slice(b"\xe6\x96.md");
        assert_eq!(escape_bytes(&name), "方案\\xE6\\x96.md");
        assert_eq!(escape_bytes(b"a\\b\xff"), "a\\\\b\\xFF");
        assert_eq!(escape_bytes("方案.md".as_bytes()), "方案.md");
    }
}
