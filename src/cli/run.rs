//! Running checks for `check` and `report`: expand paths, load the rules, apply
//! --select/--ignore, discover waivers, check in parallel; the exit code.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use peaklint::batch::{self, Input};
use peaklint::check::{FileResult, Options};
use peaklint::diagnostic::Severity;
use peaklint::report::scorecard::{CsvRows, ReportFormat};
use peaklint::rules::{self, RulesPack};
use peaklint::waivers::Waivers;

use super::args::{FailOn, LangArg};
use super::select::SelectArgs;

/// Where and how `peaklint report` writes.
pub(crate) struct ReportTarget<'a> {
    pub(crate) output: Option<&'a Path>,
    pub(crate) format: ReportFormat,
    pub(crate) rows: CsvRows,
}

/// The rules and waivers files and the input limits given on the command line.
pub(crate) struct Sources<'a> {
    pub(crate) rules: Option<&'a Path>,
    pub(crate) waivers: Option<&'a Path>,
    pub(crate) limits: peaklint::document::read::Limits,
    pub(crate) select: &'a SelectArgs,
}

/// The inputs of a run: folders walked, files kept as given. A folder without any plan
/// file is a usage error (exit 2).
pub(crate) fn expand(paths: &[PathBuf]) -> Result<Vec<Input>, ExitCode> {
    batch::expand(paths).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

/// Expand the paths, load the rules and check every file in parallel: the common part
/// of `check` and `report`.
pub(crate) fn run_checks(
    paths: &[PathBuf],
    sources: &Sources,
    lang: LangArg,
    jobs: Option<u16>,
) -> Result<(RulesPack, Vec<FileResult>), ExitCode> {
    let inputs = expand(paths)?;
    let mut pack = load_rules(sources.rules)?;
    peaklint::checks::select::apply(&mut pack, &sources.select.select, &sources.select.ignore)
        .map_err(|e| {
            eprintln!("error: {e}");
            ExitCode::from(2)
        })?;
    let files: Vec<&Path> = inputs.iter().map(Input::path).collect();
    let waivers = Waivers::discover(sources.waivers, &files).map_err(|report| {
        eprintln!("{report:?}");
        ExitCode::from(2)
    })?;
    let options = Options {
        lang: lang.into(),
        waivers,
        limits: sources.limits,
    };
    let jobs = jobs.map_or_else(batch::default_jobs, usize::from);
    let results = batch::check_all(&inputs, &pack, &options, jobs);
    Ok((pack, results))
}

/// The rules for a run: --rules, else peaklint.yaml found from the working directory,
/// else the embedded default pack. A bad rules file prints a located error, exit 2.
pub(crate) fn load_rules(explicit: Option<&Path>) -> Result<RulesPack, ExitCode> {
    let found = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => std::env::current_dir()
            .ok()
            .and_then(|d| rules::find_config(&d)),
    };
    match found {
        None => Ok(rules::default_pack().clone()),
        Some(path) => rules::load_file(&path).map_err(|report| {
            eprintln!("{report:?}");
            ExitCode::from(2)
        }),
    }
}

pub(crate) fn exit_code(results: &[FileResult], fail_on: FailOn) -> ExitCode {
    if results.iter().any(|r| !r.readable) {
        return ExitCode::from(2);
    }
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    if results
        .iter()
        .any(|r| r.worst().is_some_and(|w| w >= threshold))
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
