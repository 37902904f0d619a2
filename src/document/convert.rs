//! Legacy Word files (.doc, and WPS's .wps, both OLE compound files): converted to .docx
//! by LibreOffice (`soffice`) in a temporary folder, with a timeout, then read as .docx.
//! Without LibreOffice the file is unreadable, and the message gives the command to run.
//!
//! Paragraph numbers in the findings are those of the converted .docx, which keeps the
//! paragraphs of the original in order.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::read::{read_bytes, Limits};
use super::{Document, ReadError};

/// How long one conversion may take (`PEAKLINT_SOFFICE_TIMEOUT`, seconds, overrides).
const TIMEOUT: Duration = Duration::from_secs(120);

/// An OLE compound file (Word 97-2003 .doc, WPS .wps, but also .xls and .ppt).
pub fn is_legacy_word(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
}

/// The LibreOffice program: `PEAKLINT_SOFFICE` when set (empty: never convert), else
/// `soffice` or `libreoffice` on the PATH.
pub fn soffice() -> Option<PathBuf> {
    if let Some(explicit) = std::env::var_os("PEAKLINT_SOFFICE") {
        return (!explicit.is_empty()).then(|| PathBuf::from(explicit));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        ["soffice", "libreoffice"]
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// The command a user can run to convert `path` themselves.
pub fn manual_command(path: &Path) -> String {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    format!(
        "soffice --headless --convert-to docx --outdir '{}' '{}'",
        dir.display(),
        path.display()
    )
}

/// Read a legacy Word file through LibreOffice.
pub fn read_legacy(path: &Path, bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let named_word = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["doc", "dot", "wps", "wpt"]
            .iter()
            .any(|w| e.eq_ignore_ascii_case(w))
    });
    let kind = match kind(bytes) {
        // A damaged OLE directory: trust the name, LibreOffice will tell.
        "an OLE file of unknown kind" if named_word => "doc",
        k => k,
    };
    if kind != "doc" {
        return Err(ReadError::NotADocument(format!(
            "a legacy Office file ({kind}), not a Word document"
        )));
    }
    let Some(program) = soffice() else {
        return Err(ReadError::NotADocument(format!(
            "a legacy Word 97-2003 (.doc) or WPS (.wps) file, and LibreOffice is not installed to convert it; run: {} (or save it as .docx in Word/WPS)",
            manual_command(path)
        )));
    };
    let dir = TempDir::new()?;
    let input = dir.0.join("input.doc");
    std::fs::write(&input, bytes)?;
    let out = dir.0.join("out");
    let profile = dir.0.join("profile");
    let mut child = Command::new(&program)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--norestore", "--convert-to", "docx"])
        .arg("--outdir")
        .arg(&out)
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let timeout = std::env::var("PEAKLINT_SOFFICE_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(TIMEOUT, Duration::from_secs);
    let started = Instant::now();
    loop {
        if child.try_wait()?.is_some() {
            break;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(ReadError::NotADocument(format!(
                "a legacy Word 97-2003 (.doc) or WPS (.wps) file that LibreOffice did not convert within {} s; run: {}",
                timeout.as_secs(),
                manual_command(path)
            )));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let converted = out.join("input.docx");
    let docx = match super::read::read_file(&converted, limits.max_file_size) {
        Ok(b) => b,
        Err(ReadError::Io(_)) => {
            return Err(ReadError::NotADocument(format!(
                "a legacy Word 97-2003 (.doc) or WPS (.wps) file that LibreOffice could not convert; run: {} (or save it as .docx in Word/WPS)",
                manual_command(path)
            )))
        }
        Err(e) => return Err(e),
    };
    let mut doc = read_bytes(&super::path_name(path), &docx, limits)?;
    doc.converted_from = Some("doc".into());
    Ok(doc)
}

/// What an OLE file holds, from the stream names in its directory (UTF-16 names):
/// `WordDocument` for Word and WPS text, `Workbook`/`Book` for Excel, `PowerPoint
/// Document` for PowerPoint.
fn kind(bytes: &[u8]) -> &'static str {
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let has = |s: &str| {
        let needle = utf16(s);
        bytes.windows(needle.len()).any(|w| w == needle.as_slice())
    };
    if has("WordDocument") {
        "doc"
    } else if has("Workbook") || has("Book") {
        "an Excel .xls workbook"
    } else if has("PowerPoint Document") {
        "a PowerPoint .ppt presentation"
    } else {
        "an OLE file of unknown kind"
    }
}

/// A private temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "peaklint-convert-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let dir = std::env::temp_dir().join(name);
        std::fs::create_dir(&dir)?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
