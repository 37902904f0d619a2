//! Batch runs: expand the paths of a command line (files and folders) into the list of
//! plans to check, and check them in parallel with results in a deterministic order.
//!
//! Walking a folder:
//! - picks files ending in `.md`, `.markdown`, `.docx`, `.txt` or `.pdf` (any case), which
//!   peaklint reads, and every other file a plan is submitted as ([`LISTED_EXTENSIONS`]:
//!   `.doc`, `.wps`, `.rtf`, `.odt`, `.ofd`, `.xlsx` …), so that no submission is skipped
//!   silently: such a file is read (a `.doc` through LibreOffice when installed) or
//!   reported unreadable with the reason and what to do;
//! - skips hidden entries (name starting with `.`), `target/` and `node_modules/`;
//! - follows no symbolic link found inside the tree (neither to a file nor to a folder),
//!   so a walk never leaves the folder it was given nor loops; a link given explicitly on
//!   the command line is followed like any path the user names;
//! - sorts what it finds by path (component by component), whatever the file system's
//!   order.
//!
//! A path given explicitly that is a file is checked whatever its extension (the format
//! is sniffed from the content). Explicit paths keep the command line's order; the files
//! found under a folder take that folder's place, sorted.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::checks;
use crate::checks::Lang;
use crate::document::{Format, ReadError};
use crate::pack::RulesPack;
use crate::pipeline::{check_path, FileResult, Options};

/// Extensions of the files peaklint reads, picked when walking a folder.
pub const PLAN_EXTENSIONS: &[&str] = &["md", "markdown", "docx", "txt", "pdf"];

/// Other files a plan is submitted as, picked too: each is read or reported unreadable
/// with the reason (never skipped silently). Word and WPS (.doc/.wps, converted by
/// LibreOffice when installed), RTF, OpenDocument, OFD (版式文档), and spreadsheets and
/// slides sent as a plan or its annex.
pub const LISTED_EXTENSIONS: &[&str] = &[
    "doc", "docm", "dot", "dotx", "wps", "wpt", "rtf", "odt", "fodt", "ofd", "xlsx", "xls", "et",
    "ods", "pptx", "ppt", "dps",
];

/// Folder names never entered (besides hidden ones).
const SKIPPED_DIRS: &[&str] = &["target", "node_modules"];

/// One input of a run, in output order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file to check (found in a folder, or named on the command line).
    File(PathBuf),
    /// A folder inside a walked tree that could not be listed, with the reason (the
    /// system's words and the kind of error, which tells it in Chinese).
    Unlisted(PathBuf, String, std::io::ErrorKind),
}

impl Input {
    pub fn path(&self) -> &Path {
        match self {
            Input::File(p) | Input::Unlisted(p, ..) => p,
        }
    }
}

/// Why a command line cannot be expanded into inputs.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExpandError {
    #[error("no plan files found under {0} (a directory is walked for .md, .markdown, .docx, .txt and .pdf files, and lists .doc, .wps, .rtf, .odt, .xlsx and other office files; hidden folders, target/ and node_modules/ are skipped)")]
    NoPlanFiles(String),
}

/// Expand the command line's paths: folders are walked, anything else is kept as given
/// (a path that does not exist is reported unreadable by the check).
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Input>, ExpandError> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found);
            found.sort_by(|a, b| a.path().cmp(b.path()));
            if found.is_empty() {
                return Err(ExpandError::NoPlanFiles(path.display().to_string()));
            }
            inputs.extend(found);
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    Ok(inputs)
}

/// True when any of the paths is a folder (the output then lists every file's status).
pub fn any_folder(paths: &[PathBuf]) -> bool {
    paths.iter().any(|p| p.is_dir())
}

fn walk(dir: &Path, found: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            found.push(Input::Unlisted(dir.to_path_buf(), e.to_string(), e.kind()));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                found.push(Input::Unlisted(dir.to_path_buf(), e.to_string(), e.kind()));
                continue;
            }
        };
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        // `file_type` does not follow symbolic links: a link is neither a file nor a
        // folder here, and is skipped.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_ref()) {
                walk(&path, found);
            }
        } else if kind.is_file() && is_plan_file(&path) {
            found.push(Input::File(path));
        }
    }
}

/// Files found in a folder that are a project's own notes, not plans.
const NOT_PLANS: &[&str] = &["readme", "changelog", "license", "contributing"];

/// Whether a file found in a folder is a plan by its extension (README.md, CHANGELOG.md
/// and the like are not).
pub fn is_plan_file(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default();
    if NOT_PLANS.contains(&stem.as_str()) {
        return false;
    }
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        PLAN_EXTENSIONS
            .iter()
            .chain(LISTED_EXTENSIONS)
            .any(|known| e.eq_ignore_ascii_case(known))
    })
}

/// The default number of parallel jobs: the machine's available parallelism.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// Check every input with `jobs` threads; results come back in the inputs' order,
/// whatever order the checks finish in.
pub fn check_all(
    inputs: &[Input],
    rules: &RulesPack,
    options: &Options,
    jobs: usize,
) -> Vec<FileResult> {
    let run = || -> Vec<FileResult> {
        inputs
            .par_iter()
            .map(|input| check_input(input, rules, options))
            .collect()
    };
    match rayon::ThreadPoolBuilder::new()
        // Never more threads than files: `--jobs 16000` on one file starts one.
        .num_threads(jobs.clamp(1, inputs.len().max(1)))
        .build()
    {
        Ok(pool) => pool.install(run),
        // No thread could be started: check in this thread, same order.
        Err(_) => inputs
            .iter()
            .map(|input| check_input(input, rules, options))
            .collect(),
    }
}

fn check_input(input: &Input, rules: &RulesPack, options: &Options) -> FileResult {
    match input {
        Input::File(path) => check_path(path, rules, options),
        Input::Unlisted(path, reason, kind) => FileResult {
            path: crate::document::path_name(path),
            format: Format::Text,
            readable: false,
            diagnostics: vec![checks::input::unreadable::diagnostic(
                &unlisted_error(reason, *kind),
                options.lang == Lang::En,
            )],
            outline_coverage: 0.0,
            principles: Vec::new(),
            source: String::new(),
        },
    }
}

/// A folder that could not be listed, as a read error: the system's words in English, the
/// kind of error (permission denied …) in Chinese.
pub fn unlisted_error(reason: &str, kind: std::io::ErrorKind) -> ReadError {
    ReadError::Io(std::io::Error::new(
        kind,
        format!("cannot list folder: {reason}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_extensions_ignore_case() {
        assert!(is_plan_file(Path::new("a/B.MD")));
        assert!(is_plan_file(Path::new("a/b.Docx")));
        assert!(is_plan_file(Path::new("b.markdown")));
        assert!(!is_plan_file(Path::new("b.dat")));
        for listed in [
            "a.pdf", "a.DOC", "a.wps", "a.rtf", "a.odt", "a.xlsx", "a.ofd",
        ] {
            assert!(is_plan_file(Path::new(listed)), "{listed}");
        }
        assert!(!is_plan_file(Path::new("README")));
    }
}
