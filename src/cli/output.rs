//! Where `peaklint report` writes: the format the `--output` path asks for, the paths it
//! must never replace, and a write that never leaves a partial file.

use std::io::Write;
use std::path::{Path, PathBuf};

use peaklint::report::scorecard::ReportFormat;

/// `-o -`: the report goes to stdout.
pub(crate) fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The report format from `--format` and the `--output` file's extension: the extension
/// chooses when `--format` is not given; an extension that is not a report format
/// (`-o scores.xlsx`) or that contradicts `--format` is a usage error. A path without
/// an extension (or `-`) takes `--format`, else HTML. The error is `(Chinese, English)`.
pub(crate) fn report_format(
    given: Option<ReportFormat>,
    output: Option<&Path>,
) -> Result<ReportFormat, (String, String)> {
    let ext = output
        .filter(|p| !is_stdout(p))
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let Some(ext) = ext else {
        return Ok(given.unwrap_or(ReportFormat::Html));
    };
    let Some(by_ext) = output.and_then(ReportFormat::from_extension) else {
        return Err((
            format!("不能把报告写成 .{ext} 文件：请用 .html、.csv 或 .md 文件（或 -o - 输出到标准输出）"),
            format!(
                "cannot write a report as .{ext}: use a .html, .csv or .md file (or -o - for stdout)"
            ),
        ));
    };
    match given {
        Some(g) if g != by_ext => Err((
            format!("--format {} 与 --output 的扩展名 .{ext} 不一致", name(g)),
            format!(
                "--format {} does not match the .{ext} extension of --output",
                name(g)
            ),
        )),
        _ => Ok(by_ext),
    }
}

fn name(f: ReportFormat) -> &'static str {
    match f {
        ReportFormat::Html => "html",
        ReportFormat::Csv => "csv",
        ReportFormat::Markdown => "markdown",
    }
}

/// Why the report may not be written to `output`, if it may not: it is one of the
/// input files (never, even with `--force`), it lies inside a folder being scanned (a
/// later run would read it as a submission), or it exists already (both allowed with
/// `--force`). The reason is `(Chinese, English)`.
pub(crate) fn refuse(
    output: &Path,
    inputs: &[PathBuf],
    folders: &[PathBuf],
    force: bool,
) -> Option<(String, String)> {
    let target = canonical_target(output);
    for input in inputs {
        if same_file(output, input)
            || target
                .as_ref()
                .is_some_and(|t| input.canonicalize().ok().as_ref() == Some(t))
        {
            return Some((
                format!("{} 是要检查的文件之一：报告会覆盖它", output.display()),
                format!(
                    "{} is one of the inputs: the report would replace it",
                    output.display()
                ),
            ));
        }
    }
    if !force {
        if let Some(t) = &target {
            if let Some(folder) = folders
                .iter()
                .filter_map(|f| f.canonicalize().ok())
                .find(|f| t.starts_with(f))
            {
                return Some((
                    format!(
                        "{} 位于要检查的文件夹 {} 内：下次检查会把报告当作方案读取（加 --force 仍写在那里）",
                        output.display(),
                        folder.display()
                    ),
                    format!(
                        "{} is inside the scanned folder {}: a later run would read the report as a submission (use --force to write it there anyway)",
                        output.display(),
                        folder.display()
                    ),
                ));
            }
        }
        // Only a regular file is "replaced": `/dev/null`, a FIFO or a terminal is
        // written to as it is (see `write_atomically`).
        let dangling = std::fs::symlink_metadata(output).is_ok_and(|m| m.file_type().is_symlink())
            && std::fs::metadata(output).is_err();
        if dangling || std::fs::metadata(output).is_ok_and(|m| m.is_file()) {
            return Some((
                format!("{} 已存在（加 --force 替换）", output.display()),
                format!(
                    "{} exists already (use --force to replace it)",
                    output.display()
                ),
            ));
        }
    }
    None
}

/// The absolute, symlink-free path `output` would have: its folder resolved, its name
/// kept (the file itself may not exist yet).
fn canonical_target(output: &Path) -> Option<PathBuf> {
    if let Ok(p) = output.canonicalize() {
        return Some(p);
    }
    let name = output.file_name()?;
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Some(parent.canonicalize().ok()?.join(name))
}

/// Two paths naming one file (hard links included).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_a: &Path, _b: &Path) -> bool {
    false
}

/// Write `bytes` to `path` through a temporary file in the same folder, then move it
/// into place: a failed write (a full disk) leaves whatever was at `path` untouched
/// and no partial file. Without `force` the move fails when `path` exists (a hard link
/// is atomic about that; where the file system has none, a check then a rename). An
/// existing special file (`/dev/null`, a FIFO) is written to directly.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8], force: bool) -> std::io::Result<()> {
    // `/dev/null`, a FIFO, a terminal: written to in place; a rename would replace the
    // special file itself.
    if let Ok(meta) = std::fs::metadata(path) {
        if !meta.is_file() && !meta.is_dir() {
            let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
            return file.write_all(bytes).and_then(|()| file.flush());
        }
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let (tmp, mut file) = temp_file(&dir, &name)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            if force {
                std::fs::rename(&tmp, path)
            } else {
                place_new(&tmp, path)
            }
        });
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Move `tmp` to `path` unless `path` exists.
fn place_new(tmp: &Path, path: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(tmp, path) {
        Ok(()) => std::fs::remove_file(tmp),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            if std::fs::symlink_metadata(path).is_ok() {
                return Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
            }
            std::fs::rename(tmp, path)
        }
    }
}

/// A new, empty file next to the target: `.NAME.peaklint-PID-N.tmp`.
fn temp_file(dir: &Path, name: &str) -> std::io::Result<(PathBuf, std::fs::File)> {
    let pid = std::process::id();
    let mut last = None;
    for n in 0..100u32 {
        let tmp = dir.join(format!(".{name}.peaklint-{pid}-{n}.tmp"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no temporary file name free")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_chooses_or_must_agree() {
        let p = |s: &str| Some(PathBuf::from(s));
        let f = |given, out: Option<PathBuf>| report_format(given, out.as_deref());
        assert_eq!(f(None, p("r.CSV")), Ok(ReportFormat::Csv));
        assert_eq!(f(None, p("r.md")), Ok(ReportFormat::Markdown));
        assert_eq!(f(None, p("report")), Ok(ReportFormat::Html));
        assert_eq!(f(Some(ReportFormat::Csv), p("-")), Ok(ReportFormat::Csv));
        assert_eq!(f(Some(ReportFormat::Csv), None), Ok(ReportFormat::Csv));
        assert!(f(None, p("r.xlsx")).is_err_and(|e| e.1.contains(".xlsx") && e.0.contains(".xlsx")));
        assert!(
            f(Some(ReportFormat::Csv), p("r.html")).is_err_and(|e| e.1.contains("--format csv"))
        );
    }
}
