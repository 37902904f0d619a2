//! Waivers: a side-car file, `peaklint-waivers.yaml`, that accepts findings the document
//! itself cannot mark — a .docx has no place for `<!-- peaklint-disable -->` comments.
//!
//! ```yaml
//! waivers:
//!   - file: 园区方案.docx          # a file name, or a path relative to this file
//!     rule: boundary/area         # a rule id, or a family ending with / (principle/)
//!     paragraph: 57               # optional: the finding is at ¶57 (.docx)
//!     text: 建成区                 # optional: occurs in the message or the located text
//!     justification: 建成区面积与规划面积口径不同，见附件2
//! ```
//!
//! A waived finding is `suppressed` exactly as an inline suppression is (kind `waiver`).
//! An entry that selects a checked file but no finding of it is reported on that file
//! as `input/unused-waiver` (info). The file format is in `docs/suppressions.md`.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::checks;
use crate::diagnostic::{Category, Diagnostic, Suppression};
use crate::finding::{Finding, UnusedWaiver};
use crate::pack::{
    parse_yaml, span_of, Msg, Problem, ProblemKind, RulesError, RulesPack, SourceFile,
};

/// The name looked for in the checked file's folder.
pub const WAIVERS_FILE_NAME: &str = "peaklint-waivers.yaml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WaiversSpec {
    #[serde(default)]
    waivers: Vec<Spanned<WaiverSpec>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WaiverSpec {
    file: Spanned<String>,
    rule: Spanned<String>,
    #[serde(default)]
    paragraph: Option<u32>,
    #[serde(default)]
    line: Option<u32>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    justification: Option<Spanned<String>>,
}

/// One waiver entry.
#[derive(Debug, Clone)]
pub struct Waiver {
    /// A file name (no `/`: any checked file of that name) or a path relative to the
    /// waivers file's folder.
    pub file: String,
    /// A rule id, or a family prefix ending with `/`.
    pub rule: String,
    pub paragraph: Option<u32>,
    pub line: Option<u32>,
    pub text: Option<String>,
    pub justification: String,
    /// `peaklint-waivers.yaml:LINE:COLUMN` of the entry, for reports.
    pub source: String,
}

/// A loaded waivers file.
#[derive(Debug, Clone)]
pub struct WaiverFile {
    /// The folder relative `file` paths start from.
    dir: PathBuf,
    pub entries: Vec<Waiver>,
}

impl WaiverFile {
    /// Read and validate a waivers file; every problem is located (`file:line:column`).
    pub fn load(path: &Path) -> Result<WaiverFile, RulesError> {
        let text = crate::document::read::read_config_text(path).map_err(|e| {
            RulesError::single(Problem::unlocated(
                ProblemKind::Io,
                Msg::new(
                    format!(
                        "无法读取豁免文件 {}：{}",
                        path.display(),
                        e.message(crate::lang::Lang::Zh)
                    ),
                    format!("cannot read waivers file {}: {e}", path.display()),
                ),
            ))
        })?;
        let dir = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
        WaiverFile::parse(&path.display().to_string(), &text, &dir)
    }

    /// Parse a waivers file's text; `name` names it in reports, `dir` is its folder.
    pub fn parse(name: &str, text: &str, dir: &Path) -> Result<WaiverFile, RulesError> {
        let file = SourceFile::new(name, text);
        let blank = text.lines().all(|l| {
            let l = l.trim();
            l.is_empty() || l.starts_with('#') || l == "---"
        });
        let spec: WaiversSpec = if blank {
            WaiversSpec {
                waivers: Vec::new(),
            }
        } else {
            parse_yaml(&file)?
        };
        let mut problems = Vec::new();
        let mut entries = Vec::new();
        for entry in spec.waivers {
            let (line, column) = (entry.referenced.line(), entry.referenced.column());
            let w = entry.value;
            let mut problem = |node: &serde_saphyr::Location, kind, message: Msg, label: Msg| {
                problems.push(Problem::new(
                    kind,
                    &file,
                    span_of(&file, node),
                    message,
                    label,
                ));
            };
            if !known_rule(&w.rule.value) {
                problem(
                    &w.rule.referenced,
                    ProblemKind::InvalidValue,
                    Msg::new(
                        format!(
                            "未知的规则 `{}`：请写规则 id（`peaklint rules list`）或规则族，如 `principle/`",
                            w.rule.value
                        ),
                        format!(
                            "unknown rule `{}`: give a rule id (`peaklint rules list`) or a family such as `principle/`",
                            w.rule.value
                        ),
                    ),
                    Msg::new("未知的规则", "unknown rule"),
                );
            }
            if w.file.value.trim().is_empty() {
                problem(
                    &w.file.referenced,
                    ProblemKind::InvalidValue,
                    Msg::new("`file` 为空", "`file` is empty"),
                    Msg::new("为空", "empty"),
                );
            }
            let justification = match w.justification {
                Some(j) if !j.value.trim().is_empty() => j.value.trim().to_string(),
                Some(j) => {
                    problem(
                        &j.referenced,
                        ProblemKind::InvalidValue,
                        Msg::new(
                            "`justification` 为空：请说明接受该问题的理由",
                            "`justification` is empty: say why the finding is accepted",
                        ),
                        Msg::new("为空", "empty"),
                    );
                    continue;
                }
                None => {
                    problem(
                        &entry.referenced,
                        ProblemKind::MissingKey,
                        Msg::new(
                            "豁免条目需要 `justification`：请说明接受该问题的理由",
                            "a waiver needs a `justification`: say why the finding is accepted",
                        ),
                        Msg::new("缺少理由的豁免条目", "waiver without justification"),
                    );
                    continue;
                }
            };
            entries.push(Waiver {
                file: w.file.value.trim().replace('\\', "/"),
                rule: w.rule.value,
                paragraph: w.paragraph,
                line: w.line,
                text: w.text.filter(|t| !t.is_empty()),
                justification,
                source: format!("{name}:{line}:{column}"),
            });
        }
        match RulesError::from_problems(problems) {
            Some(e) => Err(e),
            None => Ok(WaiverFile {
                dir: dir.to_path_buf(),
                entries,
            }),
        }
    }

    /// Whether an entry's `file` names the checked file `path`.
    fn selects(&self, w: &Waiver, path: &Path) -> bool {
        if !w.file.contains('/') {
            return path
                .file_name()
                .is_some_and(|n| n.to_string_lossy() == w.file);
        }
        same_file(&self.dir.join(&w.file), path)
    }
}

/// A rule id of the catalogue, or a family prefix (`principle/`).
fn known_rule(rule: &str) -> bool {
    match rule.strip_suffix('/') {
        Some(family) => {
            checks::docs().any(|d| d.id.split_once('/').is_some_and(|(f, _)| f == family))
        }
        None => checks::doc(rule).is_some(),
    }
}

fn covers_rule(pattern: &str, rule: &str) -> bool {
    if pattern.ends_with('/') {
        rule.starts_with(pattern)
    } else {
        pattern == rule
    }
}

/// Two paths name the same file: compared canonically when both exist, else lexically.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => lexical(a) == lexical(b),
    }
}

fn lexical(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether a waiver's location selectors hold for a finding. `text` occurs in the
/// finding's message or in the text it is located in (the .docx paragraph, or the
/// source lines of a text file).
fn matches(w: &Waiver, d: &Diagnostic, source: &str) -> bool {
    let loc = d.location.as_ref();
    if w.paragraph.is_some() && w.paragraph != loc.and_then(|l| l.paragraph) {
        return false;
    }
    if w.line.is_some() && w.line != loc.and_then(|l| l.line) {
        return false;
    }
    match &w.text {
        None => true,
        Some(t) => d.message.contains(t.as_str()) || located_text(d, source).contains(t.as_str()),
    }
}

/// The paragraph (.docx) or whole source lines (text formats) a finding is located in.
fn located_text<'a>(d: &'a Diagnostic, source: &'a str) -> &'a str {
    if let Some(span) = &d.span {
        if source.is_empty() {
            return &span.text;
        }
    }
    let Some((start, end)) = d
        .location
        .as_ref()
        .and_then(|l| Some((l.byte_start?, l.byte_end?)))
    else {
        return "";
    };
    let start = source
        .get(..start)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = source
        .get(end..)
        .and_then(|s| s.find('\n'))
        .map_or(source.len(), |i| end + i);
    source.get(start..end).unwrap_or_default()
}

/// Apply a waivers file to the findings of one checked file (`source`: its text, for the
/// `text` selector, which also matches the messages: they are rendered already), waived
/// findings become suppressed (kind `waiver`), and each entry selecting this file that
/// waived nothing becomes an `input/unused-waiver` finding, added at the end of
/// `diagnostics` unrendered. Called by the post-pass ([`crate::postpass::finish`]), which
/// renders those and orders the findings after.
pub fn apply(
    waivers: &WaiverFile,
    path: &Path,
    diagnostics: &mut Vec<Diagnostic>,
    source: &str,
    rules: &RulesPack,
) {
    let mut unused = Vec::new();
    for w in waivers.entries.iter().filter(|w| waivers.selects(w, path)) {
        let mut used = false;
        for d in diagnostics.iter_mut() {
            if d.suppressed.is_some() || !covers_rule(&w.rule, d.rule) || !matches(w, d, source) {
                continue;
            }
            used = true;
            d.suppressed = Some(Suppression {
                kind: "waiver",
                justification: Some(w.justification.clone()),
                source: Some(w.source.clone()),
            });
        }
        if !used {
            unused.push(w);
        }
    }
    let doc = &crate::checks::input::unused_waiver::DOC;
    let Some(severity) = rules.severity(doc.id, doc.severity) else {
        return;
    };
    for w in unused {
        let finding = Finding::UnusedWaiver(UnusedWaiver {
            source: w.source.clone(),
            rule: w.rule.clone(),
        });
        diagnostics.push(Diagnostic::of(doc.id, Category::Input, severity, finding));
    }
}

/// The waivers of a run: `--waivers FILE` for every checked file, else the
/// `peaklint-waivers.yaml` of each checked file's folder.
#[derive(Debug, Clone, Default)]
pub struct Waivers {
    explicit: Option<Arc<WaiverFile>>,
    by_folder: HashMap<PathBuf, Arc<WaiverFile>>,
}

impl Waivers {
    /// Load the waivers for these files up front, so a malformed waivers file stops the
    /// run (exit 2) before anything is checked.
    pub fn discover(explicit: Option<&Path>, files: &[&Path]) -> Result<Waivers, RulesError> {
        if let Some(path) = explicit {
            return Ok(Waivers {
                explicit: Some(Arc::new(WaiverFile::load(path)?)),
                by_folder: HashMap::new(),
            });
        }
        let mut by_folder = HashMap::new();
        for file in files {
            let dir = folder_of(file);
            if by_folder.contains_key(&dir) {
                continue;
            }
            let candidate = dir.join(WAIVERS_FILE_NAME);
            if candidate.is_file() {
                by_folder.insert(dir, Arc::new(WaiverFile::load(&candidate)?));
            }
        }
        Ok(Waivers {
            explicit: None,
            by_folder,
        })
    }

    /// The waivers file that applies to a checked file.
    pub fn for_file(&self, path: &Path) -> Option<&WaiverFile> {
        match &self.explicit {
            Some(w) => Some(w),
            None => self.by_folder.get(&folder_of(path)).map(|w| &**w),
        }
    }
}

fn folder_of(file: &Path) -> PathBuf {
    match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
