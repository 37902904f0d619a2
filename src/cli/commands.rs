//! `report`, `init`, `explain` and `outline`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use peaklint::batch::Input;
use peaklint::checks::{self, Lang};
use peaklint::init::SkeletonFormat;
use peaklint::report::outline::{render_human, FileOutline, OutlineReport};
use peaklint::report::scorecard::{self, Scorecard};

use super::args::{LangArg, OutlineFormat, RunArgs};
use super::output;
use super::run::{expand, load_rules, run_checks, ReportTarget};
use crate::write_stdout;

/// `peaklint report`: check, rank, render one scorecard. Unreadable inputs are rows of
/// the report, not a failure: exit 0 once it is written, 2 on a usage or write error.
pub(crate) fn scorecard(
    target: &ReportTarget,
    run: &RunArgs,
    lang: LangArg,
    paths: &[PathBuf],
) -> ExitCode {
    if let Some(path) = target.output {
        // Refused before any check runs: the inputs are the files given and those the
        // folder walk finds (a walk that fails is reported by `run_checks`).
        let mut files: Vec<PathBuf> = paths.iter().filter(|p| !p.is_dir()).cloned().collect();
        if let Ok(inputs) = peaklint::batch::expand(paths) {
            files.extend(inputs.into_iter().filter_map(|i| match i {
                Input::File(p) => Some(p),
                Input::Unlisted(..) => None,
            }));
        }
        let folders: Vec<PathBuf> = paths.iter().filter(|p| p.is_dir()).cloned().collect();
        if let Some(why) = output::refuse(path, &files, &folders, target.force) {
            eprintln!("error: {why}");
            return ExitCode::from(2);
        }
    }
    let (pack, results) = match run_checks(paths, run, lang) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let card = Scorecard::new(pack.name(), pack.version(), &results, lang == LangArg::En);
    let text = scorecard::render(&card, target.format, target.rows);
    match target.output {
        None => {
            out!("{text}");
            ExitCode::SUCCESS
        }
        Some(path) => match output::write_atomically(path, text.as_bytes(), target.force) {
            Ok(()) => {
                eprintln!("wrote {} ({} file(s))", path.display(), results.len());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                ExitCode::from(2)
            }
        },
    }
}

/// `peaklint init`: write a skeleton plan; never overwrite without --force.
pub(crate) fn init(
    file: &Path,
    format: SkeletonFormat,
    rules: Option<&Path>,
    force: bool,
) -> ExitCode {
    let pack = match load_rules(rules) {
        Ok(p) => p,
        Err(code) => return code,
    };
    match peaklint::init::write(file, format, &pack, force) {
        Ok(()) => {
            eprintln!("wrote {}", file.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn explain(rule: &str, lang: Lang) -> ExitCode {
    match checks::doc(rule) {
        Some(d) => {
            out!("{}", checks::explain(d, lang));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: unknown rule `{rule}`; `peaklint rules list` shows them all");
            ExitCode::from(2)
        }
    }
}

pub(crate) fn outline(format: OutlineFormat, paths: &[PathBuf]) -> ExitCode {
    let inputs = match expand(paths) {
        Ok(i) => i,
        Err(code) => return code,
    };
    let mut files = Vec::new();
    let mut failed = false;
    for input in &inputs {
        let path = input.path();
        let name = path.to_string_lossy();
        let read = match input {
            Input::File(_) => peaklint::read_path(path),
            Input::Unlisted(_, reason) => Err(peaklint::ReadError::Io(std::io::Error::other(
                format!("cannot list folder: {reason}"),
            ))),
        };
        match read {
            Ok(doc) => files.push(FileOutline::from_document(&doc)),
            Err(e) => {
                failed = true;
                eprintln!("error: {name}: {e}");
                files.push(FileOutline::unreadable(&name, &e));
            }
        }
    }
    match format {
        OutlineFormat::Human => out!("{}", render_human(&files)),
        OutlineFormat::Json => {
            let report = OutlineReport {
                schema_version: 1,
                files,
            };
            match serde_json::to_string_pretty(&report) {
                Ok(s) => outln!("{s}"),
                Err(e) => {
                    eprintln!("error: cannot write JSON: {e}");
                    return ExitCode::from(2);
                }
            }
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
