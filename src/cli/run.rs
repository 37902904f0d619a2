//! Running checks for `check` and `report`: expand paths, load the rules, apply
//! --select/--ignore, discover waivers, check in parallel; the exit code.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use peaklint::batch::{self, Input};
use peaklint::diagnostic::Severity;
use peaklint::pack::{self, RulesPack};
use peaklint::pipeline::{FileResult, Options};
use peaklint::report::scorecard::{CsvRows, ReportFormat};
use peaklint::waivers::Waivers;

use super::args::{FailOn, LangArg, RunArgs};
use super::error_line;

/// Where and how `peaklint report` writes.
pub(crate) struct ReportTarget<'a> {
    pub(crate) output: Option<&'a Path>,
    pub(crate) format: ReportFormat,
    pub(crate) rows: CsvRows,
    /// `--force`: replace an existing file, write inside a scanned folder.
    pub(crate) force: bool,
}

/// The inputs of a run: folders walked, files kept as given. A folder without any plan
/// file is a usage error (exit 2).
pub(crate) fn expand(paths: &[PathBuf], lang: LangArg) -> Result<Vec<Input>, ExitCode> {
    batch::expand(paths).map_err(|e| {
        let zh = match &e {
            batch::ExpandError::NoPlanFiles(dir) => format!(
                "{dir} 下没有方案文件（在文件夹中查找 .md、.markdown、.docx、.txt 和 .pdf 文件，并列出 .doc、.wps、.rtf、.odt、.xlsx 等办公文件；跳过隐藏文件夹、target/ 和 node_modules/）"
            ),
        };
        eprintln!("{}", error_line(lang, zh, e.to_string()));
        ExitCode::from(2)
    })
}

/// Expand the paths, load the rules and check every file in parallel: the common part
/// of `check` and `report`.
pub(crate) fn run_checks(
    paths: &[PathBuf],
    run: &RunArgs,
    lang: LangArg,
) -> Result<(RulesPack, Vec<FileResult>), ExitCode> {
    let inputs = expand(paths, lang)?;
    let mut pack = load_rules(run.rules.as_deref(), lang)?;
    peaklint::checks::select::apply(&mut pack, &run.select.select, &run.select.ignore).map_err(
        |e| {
            eprintln!(
                "{}",
                error_line(lang, e.message(lang.into()), e.to_string())
            );
            ExitCode::from(2)
        },
    )?;
    let files: Vec<&Path> = inputs.iter().map(Input::path).collect();
    let waivers = Waivers::discover(run.waivers.as_deref(), &files).map_err(|report| {
        eprintln!("{}", waivers_error_text(&report, lang));
        ExitCode::from(2)
    })?;
    let options = Options {
        lang: lang.into(),
        waivers,
        limits: run.limits.limits(),
    };
    let jobs = run.jobs.map_or_else(batch::default_jobs, usize::from);
    let results = batch::check_all(&inputs, &pack, &options, jobs);
    Ok((pack, results))
}

/// The rules for a run: --rules, else peaklint.yaml found from the working directory,
/// else the embedded default pack. A bad rules file prints a located error, exit 2.
pub(crate) fn load_rules(explicit: Option<&Path>, lang: LangArg) -> Result<RulesPack, ExitCode> {
    let found = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => std::env::current_dir()
            .ok()
            .and_then(|d| pack::find_config(&d)),
    };
    match found {
        None => Ok(pack::default_pack().clone()),
        Some(path) => pack::load_file(&path).map_err(|report| {
            eprintln!("{}", rules_error_text(&report, lang));
            ExitCode::from(2)
        }),
    }
}

/// A rules file's errors as printed: how many, then each problem located
/// (`file:line:column`) with its snippet, in the user's language.
pub(crate) fn rules_error_text(report: &pack::RulesError, lang: LangArg) -> String {
    let n = report.problems().len();
    match lang {
        LangArg::Zh => format!("规则文件有 {n} 处错误：\n{}", report.report(lang.into())),
        LangArg::En => report.report(lang.into()),
    }
}

/// A waivers file's errors as printed, like [`rules_error_text`].
pub(crate) fn waivers_error_text(report: &pack::RulesError, lang: LangArg) -> String {
    let n = report.problems().len();
    match lang {
        LangArg::Zh => format!("豁免文件有 {n} 处错误：\n{}", report.report(lang.into())),
        LangArg::En => report.report(lang.into()),
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
