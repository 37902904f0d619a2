//! `peaklint lsp`: a language server over stdio, so editors show peaklint's findings
//! while a plan is written (Markdown and plain text; .docx files are not edited as text
//! and are ignored).
//!
//! Synchronous, one thread for the server loop plus a reader and a writer
//! ([`transport`]): checking a plan takes milliseconds, so no async runtime is needed.
//! Documents are checked on open, change (queued changes are coalesced) and save, from
//! the editor's text, with the `peaklint.yaml` found from the document's folder
//! upwards, as the CLI finds it from the working directory.

mod config;
pub mod convert;
pub mod hover;
pub mod position;
mod server;
pub mod transport;

use std::path::PathBuf;

use lsp_types::Uri;

use crate::checks::Lang;

pub use server::Server;

/// What the client may set in `initializationOptions`:
/// `{"lang": "zh" | "en", "docsBaseUrl": "https://…/rules-reference.md"}`.
#[derive(Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    /// The rules reference; a rule's link is `docsBaseUrl#anchor`. `None`: no links.
    pub docs_base: Option<String>,
}

impl Settings {
    pub fn from_options(options: Option<&serde_json::Value>) -> Settings {
        let get = |key: &str| options.and_then(|o| o.get(key)).and_then(|v| v.as_str());
        let lang = match get("lang") {
            Some(l) if l.eq_ignore_ascii_case("en") => Lang::En,
            _ => Lang::Zh,
        };
        let docs_base = match get("docsBaseUrl") {
            Some("") => None,
            Some(base) => Some(base.to_string()),
            None => default_docs_base(),
        };
        Settings { lang, docs_base }
    }

    /// Apply `workspace/didChangeConfiguration` settings — `{"peaklint": {"lang": "en"}}`
    /// (a client that sends its whole configuration) or `{"lang": "en"}` — keeping what
    /// they do not name. True when something changed: the documents are published again,
    /// from their last check, in the new language.
    pub fn update(&mut self, settings: &serde_json::Value) -> bool {
        let ours = settings.get("peaklint").unwrap_or(settings);
        let before = (self.lang, self.docs_base.clone());
        match ours.get("lang").and_then(|v| v.as_str()) {
            Some(l) if l.eq_ignore_ascii_case("en") => self.lang = Lang::En,
            Some(l) if l.eq_ignore_ascii_case("zh") => self.lang = Lang::Zh,
            _ => {}
        }
        match ours.get("docsBaseUrl").and_then(|v| v.as_str()) {
            Some("") => self.docs_base = None,
            Some(base) => self.docs_base = Some(base.to_string()),
            None => {}
        }
        (self.lang, self.docs_base.clone()) != before
    }
}

/// `file://…/docs/rules-reference.md` of the source tree the binary was built from,
/// when that file still exists (a `cargo install --path` or a development build);
/// otherwise no link, rather than one that leads nowhere.
fn default_docs_base() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules-reference.md");
    path.is_file()
        .then(|| path_to_file_uri(&path.to_string_lossy()))
}

/// A `file://` URI for an absolute path, percent-encoding every byte outside the
/// unreserved set and `/` (spaces, Chinese folder names).
pub fn path_to_file_uri(path: &str) -> String {
    let mut uri = String::from("file://");
    let path = path.replace('\\', "/");
    if !path.starts_with('/') {
        uri.push('/'); // C:/… on Windows
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// The file a `file://` URI names, percent-decoded (`%E6%96%B9%E6%A1%88` → 方案);
/// `None` for other schemes (`untitled:`) or a path that is not UTF-8.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    if !uri
        .scheme()
        .is_some_and(|s| s.as_str().eq_ignore_ascii_case("file"))
    {
        return None;
    }
    let decoded = uri.path().as_estr().decode().into_string().ok()?;
    let path = decoded.as_ref();
    // file:///C:/x → C:/x on Windows
    let bytes = path.as_bytes();
    if cfg!(windows) && bytes.len() > 2 && bytes[0] == b'/' && bytes[2] == b':' {
        return Some(PathBuf::from(&path[1..]));
    }
    Some(PathBuf::from(path))
}

/// Run the server on stdin/stdout until `exit`. Exit code 0 after a `shutdown`
/// request, 1 otherwise (as the protocol asks).
pub fn run_stdio() -> i32 {
    let io = match transport::stdio() {
        Ok(io) => io,
        Err(e) => {
            eprintln!("peaklint lsp: cannot start: {e}");
            return 1;
        }
    };
    let transport::Stdio {
        sender,
        receiver,
        writer,
    } = io;
    let code = Server::new(sender).run(&receiver);
    // The server (and its sender) is gone: the writer drains its queue and ends.
    if let Ok(Err(e)) = writer.join() {
        eprintln!("peaklint lsp: cannot write stdout: {e}");
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_round_trip_chinese_paths() {
        let uri = path_to_file_uri("/home/用户/碳达峰 方案/plan.md");
        assert_eq!(
            uri,
            "file:///home/%E7%94%A8%E6%88%B7/%E7%A2%B3%E8%BE%BE%E5%B3%B0%20%E6%96%B9%E6%A1%88/plan.md"
        );
        let parsed: Uri = match uri.parse() {
            Ok(u) => u,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(
            uri_to_path(&parsed),
            Some(PathBuf::from("/home/用户/碳达峰 方案/plan.md"))
        );
        let untitled: Uri = match "untitled:Untitled-1".parse() {
            Ok(u) => u,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(uri_to_path(&untitled), None);
    }

    #[test]
    fn settings_from_initialization_options() {
        let s = Settings::from_options(Some(&serde_json::json!({
            "lang": "en", "docsBaseUrl": "https://example.org/rules.md"
        })));
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.docs_base.as_deref(), Some("https://example.org/rules.md"));
        let s = Settings::from_options(Some(&serde_json::json!({"docsBaseUrl": ""})));
        assert_eq!((s.lang, s.docs_base), (Lang::Zh, None));
    }

    #[test]
    fn settings_change_keeps_what_is_not_named() {
        let mut s = Settings::from_options(Some(&serde_json::json!({
            "lang": "zh", "docsBaseUrl": "https://example.org/rules.md"
        })));
        assert!(s.update(&serde_json::json!({"peaklint": {"lang": "en"}})));
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.docs_base.as_deref(), Some("https://example.org/rules.md"));
        assert!(!s.update(&serde_json::json!({"lang": "EN"})), "no change");
        assert!(!s.update(&serde_json::json!({"editor": {"fontSize": 14}})));
        assert!(s.update(&serde_json::json!({"lang": "zh", "docsBaseUrl": ""})));
        assert_eq!((s.lang, s.docs_base), (Lang::Zh, None));
    }
}
