//! Renderers: each turns results into one output format and decides nothing.

pub mod facts;
pub mod github;
pub mod human;
pub mod json;
pub mod messages;
pub mod outline;
pub mod sarif;
pub mod scorecard;
pub mod terminal;

use crate::diagnostic::Counts;
use crate::pipeline::FileResult;

/// The per-file status lines of a batch run (human output): `✓ path`,
/// `✗ path  2 errors, 1 warning`, `unreadable path: reason`. `ascii` draws `ok`/`x`.
pub fn status_lines(files: &[FileResult], ascii: bool, lang_en: bool) -> String {
    let mut out = String::new();
    for f in files {
        if !f.readable {
            // The finding says "cannot read the file: …"; the status line says it once.
            let message = f
                .diagnostics
                .first()
                .map(|d| d.message.as_str())
                .unwrap_or("");
            let reason = ["cannot read the file: ", "无法读取文件："]
                .iter()
                .find_map(|prefix| message.strip_prefix(prefix))
                .unwrap_or(message);
            if lang_en {
                out.push_str(&format!("unreadable {}: {reason}\n", f.path));
            } else {
                out.push_str(&format!("无法读取 {}：{reason}\n", f.path));
            }
            continue;
        }
        let c = Counts::of(&f.diagnostics);
        let mark = match (c.errors > 0, ascii) {
            (true, true) => "x",
            (true, false) => "✗",
            (false, true) => "ok",
            (false, false) => "✓",
        };
        let counts = counts_text(c, lang_en);
        if counts.is_empty() {
            out.push_str(&format!("{mark} {}\n", f.path));
        } else {
            out.push_str(&format!("{mark} {}  {counts}\n", f.path));
        }
    }
    out.push_str(&found_line(files, lang_en));
    out.push('\n');
    // File names are the submitters' text: no raw control characters.
    terminal::escape(&out).into_owned()
}

/// `6 files found, 4 read` / `共找到 6 个文件，读取 4 个`: a batch never loses a file
/// without a word.
pub fn found_line(files: &[FileResult], lang_en: bool) -> String {
    let read = files.iter().filter(|f| f.readable).count();
    if lang_en {
        format!("{} files found, {read} read", files.len())
    } else {
        format!("共找到 {} 个文件，读取 {read} 个", files.len())
    }
}

/// `2 errors, 1 warning` / `2 个错误，1 个警告`; empty when there is no finding.
fn counts_text(c: Counts, lang_en: bool) -> String {
    let mut parts = Vec::new();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if lang_en {
        if c.errors > 0 {
            parts.push(plural(c.errors, "error", "errors"));
        }
        if c.warnings > 0 {
            parts.push(plural(c.warnings, "warning", "warnings"));
        }
        if c.infos > 0 {
            parts.push(plural(c.infos, "info", "infos"));
        }
        parts.join(", ")
    } else {
        if c.errors > 0 {
            parts.push(format!("{} 个错误", c.errors));
        }
        if c.warnings > 0 {
            parts.push(format!("{} 个警告", c.warnings));
        }
        if c.infos > 0 {
            parts.push(format!("{} 条提示", c.infos));
        }
        parts.join("，")
    }
}
