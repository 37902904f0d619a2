//! Per-document configuration for the server: the `peaklint.yaml` in force (cached until
//! the file changes), and which documents are checked at all.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use lsp_types::Uri;

use crate::document::Format;
use crate::pack::{self, RulesPack};

/// A loaded `peaklint.yaml`, kept until the file changes.
struct LoadedConfig {
    modified: Option<SystemTime>,
    pack: Result<Arc<RulesPack>, String>,
}

/// The `peaklint.yaml` files met so far, and the embedded pack. A document's edits are
/// checked with one pack, not a fresh clone per edit: a clone derives its outline keys
/// anew (`Derived`) and is another pack for the answers remembered per text
/// ([`crate::extract::memo`]), so the server would forget them at every edit.
#[derive(Default)]
pub struct Configs {
    loaded: HashMap<PathBuf, LoadedConfig>,
    default: Option<Arc<RulesPack>>,
}

impl Configs {
    /// The rules for a document: the nearest `peaklint.yaml` from its folder up (as the
    /// CLI finds it from the working directory), else the embedded pack. `Err`: the
    /// message for a malformed `peaklint.yaml`.
    pub fn rules_for(&mut self, path: Option<&Path>) -> Result<Arc<RulesPack>, String> {
        let Some(config) = path.and_then(Path::parent).and_then(pack::find_config) else {
            return Ok(self.default_pack());
        };
        let modified = std::fs::metadata(&config).and_then(|m| m.modified()).ok();
        let fresh = self
            .loaded
            .get(&config)
            .is_some_and(|c| c.modified == modified && modified.is_some());
        if !fresh {
            let pack = pack::load_file(&config)
                .map(Arc::new)
                .map_err(|e| located(&e));
            self.loaded
                .insert(config.clone(), LoadedConfig { modified, pack });
        }
        match self.loaded.get(&config).map(|c| &c.pack) {
            Some(Ok(pack)) => Ok(Arc::clone(pack)),
            Some(Err(message)) => Err(format!(
                "peaklint: {} is not valid:\n{message}",
                config.display()
            )),
            None => Ok(self.default_pack()),
        }
    }

    /// The embedded pack, shared by every document without a `peaklint.yaml`.
    fn default_pack(&mut self) -> Arc<RulesPack> {
        Arc::clone(
            self.default
                .get_or_insert_with(|| Arc::new(pack::default_pack().clone())),
        )
    }
}

/// Every problem of a rules or waivers file as `file:line:column: message`.
pub fn located(e: &pack::RulesError) -> String {
    e.problems()
        .iter()
        .map(|p| match p.file() {
            Some(f) => format!("{f}:{}:{}: {}", p.line(), p.column(), p.message()),
            None => p.message().to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Markdown and plain text are checked; .docx (never edited as text) and other
/// languages are not.
pub fn format_of(uri: &Uri, language_id: &str) -> Option<Format> {
    let path = uri.path().as_str().to_ascii_lowercase();
    if path.ends_with(".docx") {
        return None;
    }
    match language_id {
        "markdown" => return Some(Format::Markdown),
        "plaintext" | "text" => return Some(Format::Text),
        _ => {}
    }
    if path.ends_with(".md") || path.ends_with(".markdown") {
        Some(Format::Markdown)
    } else if path.ends_with(".txt") {
        Some(Format::Text)
    } else {
        None
    }
}
