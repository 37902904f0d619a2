//! `report`, `init`, `explain` and `outline`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use peaklint::batch::Input;
use peaklint::checks::{self, Lang};
use peaklint::document::io_error_message;
use peaklint::init::{InitError, SkeletonFormat};
use peaklint::report::outline::{render_human, FileOutline, OutlineReport};
use peaklint::report::scorecard::{self, Scorecard};

use peaklint::plan_facts;

use super::args::{FactsFormat, LangArg, OutlineFormat, RunArgs};
use super::error_line;
use super::limits::LimitArgs;
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
        if let Some((zh, en)) = output::refuse(path, &files, &folders, target.force) {
            eprintln!("{}", error_line(lang, zh, en));
            return ExitCode::from(2);
        }
    }
    let (pack, results) = match run_checks(paths, run, lang) {
        Ok(r) => r,
        Err(code) => return code,
    };
    // The key-indicator card of each submission: what `peaklint facts` reads.
    let inputs = match expand(paths, lang) {
        Ok(i) => i,
        Err(code) => return code,
    };
    let jobs = run
        .jobs
        .map_or_else(peaklint::batch::default_jobs, usize::from);
    let facts = super::facts::read_inputs(
        &inputs,
        &pack,
        &run.limits.limits(),
        lang == LangArg::En,
        jobs,
    );
    let card = Scorecard::new(pack.name(), pack.version(), &results, lang == LangArg::En)
        .with_facts(facts);
    let text = scorecard::render(&card, target.format, target.rows);
    match target.output {
        // stdout: a write that fails (a full disk behind a redirection, `> /dev/full`)
        // is an error like a failed --output; a reader that stops early (`| head`) is not.
        None => match crate::try_write_stdout(&text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!(
                    "{}",
                    error_line(
                        lang,
                        format!(
                            "无法写出报告（标准输出）：{}",
                            io_error_message(&e, Lang::Zh)
                        ),
                        format!("cannot write the report to stdout: {e}")
                    )
                );
                ExitCode::from(2)
            }
        },
        Some(path) => match output::write_atomically(path, text.as_bytes(), target.force) {
            Ok(()) => {
                let read = results.iter().filter(|r| r.readable).count();
                eprintln!("{}", wrote_report(path, results.len(), read, lang));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!(
                    "{}",
                    error_line(
                        lang,
                        format!(
                            "无法写入 {}：{}",
                            path.display(),
                            io_error_message(&e, Lang::Zh)
                        ),
                        format!("cannot write {}: {e}", path.display())
                    )
                );
                ExitCode::from(2)
            }
        },
    }
}

/// `已写入 report.html（找到 10 个文件，读取 9 个）` / `wrote report.html (10 files
/// found, 9 read)`: a submission that could not be read is counted, not lost.
pub(crate) fn wrote_report(path: &Path, found: usize, read: usize, lang: LangArg) -> String {
    match lang {
        LangArg::Zh => format!(
            "已写入 {}（找到 {found} 个文件，读取 {read} 个）",
            path.display()
        ),
        LangArg::En => format!(
            "wrote {} ({found} files found, {read} read)",
            path.display()
        ),
    }
}

/// `peaklint facts`: read every file and print its key-indicator card. Exit 2 when a
/// file is unreadable (it is still listed, with its error) or on a usage error.
pub(crate) fn facts(
    format: FactsFormat,
    lang: LangArg,
    rules: Option<&Path>,
    jobs: Option<u16>,
    limits: &LimitArgs,
    paths: &[PathBuf],
) -> ExitCode {
    let inputs = match expand(paths, lang) {
        Ok(i) => i,
        Err(code) => return code,
    };
    let pack = match load_rules(rules, lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let lang_en = lang == LangArg::En;
    let jobs = jobs.map_or_else(peaklint::batch::default_jobs, usize::from);
    let mut files = super::facts::read_inputs(&inputs, &pack, &limits.limits(), lang_en, jobs);
    if format == FactsFormat::Human && !lang_en {
        // The card names accounting standards by their title, not by the pack's ids.
        for f in &mut files {
            for id in &mut f.boundary.standards {
                if let Some(s) = pack
                    .boundary
                    .accounting_standards
                    .iter()
                    .find(|s| s.id == *id)
                {
                    *id = s.name.clone();
                }
            }
        }
    }
    for f in &files {
        if let Some(e) = &f.error {
            // The error is already in the user's language (read with `lang_en`).
            eprintln!(
                "{}",
                error_line(lang, format!("{}：{e}", f.path), format!("{}: {e}", f.path))
            );
        }
    }
    match format {
        FactsFormat::Human => out!("{}", peaklint::report::facts::human(&files, lang_en)),
        FactsFormat::Csv => out!("{}", peaklint::report::facts::csv(&files, lang_en)),
        FactsFormat::Json => {
            let failed = files.iter().any(|f| f.error.is_some());
            match serde_json::to_string_pretty(&plan_facts::report(files)) {
                Ok(s) => outln!("{s}"),
                Err(e) => {
                    eprintln!("error: cannot write JSON: {e}");
                    return ExitCode::from(2);
                }
            }
            return if failed {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    }
    if files.iter().any(|f| f.error.is_some()) {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// `peaklint init`: write a skeleton plan; never overwrite without --force.
pub(crate) fn init(
    file: &Path,
    format: SkeletonFormat,
    rules: Option<&Path>,
    force: bool,
    lang: LangArg,
) -> ExitCode {
    let pack = match load_rules(rules, lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    match peaklint::init::write(file, format, &pack, force) {
        Ok(()) => {
            match lang {
                LangArg::Zh => eprintln!("已写入 {}", file.display()),
                LangArg::En => eprintln!("wrote {}", file.display()),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            let zh = match &e {
                InitError::Exists(f) => format!("{f} 已存在（加 --force 覆盖）"),
                InitError::Io(f, io) => {
                    format!("无法写入 {f}：{}", io_error_message(io, Lang::Zh))
                }
                InitError::Zip(_) => "无法生成 .docx 文件".to_owned(),
            };
            eprintln!("{}", error_line(lang, zh, e.to_string()));
            ExitCode::from(2)
        }
    }
}

/// `peaklint explain RULE`; an unknown id gets the closest rule id, as `--select` does.
pub(crate) fn explain(rule: &str, lang: LangArg) -> ExitCode {
    match checks::doc(rule) {
        Some(d) => {
            out!("{}", checks::explain(d, lang.into()));
            ExitCode::SUCCESS
        }
        None => {
            let suggestion = checks::select::suggest(rule, false);
            let (zh_hint, en_hint) = match &suggestion {
                Some(s) => (
                    format!("（是否要用 `{s}`？）"),
                    format!(" (did you mean `{s}`?)"),
                ),
                None => (String::new(), String::new()),
            };
            eprintln!(
                "{}",
                error_line(
                    lang,
                    format!("未知的规则 `{rule}`{zh_hint}；`peaklint rules list` 列出全部规则"),
                    format!("unknown rule `{rule}`{en_hint}; `peaklint rules list` shows them all")
                )
            );
            ExitCode::from(2)
        }
    }
}

pub(crate) fn outline(
    format: OutlineFormat,
    explain: bool,
    rules: Option<&Path>,
    paths: &[PathBuf],
    lang: LangArg,
) -> ExitCode {
    let inputs = match expand(paths, lang) {
        Ok(i) => i,
        Err(code) => return code,
    };
    let pack = if explain {
        match super::run::load_rules(rules, lang) {
            Ok(p) => Some(p),
            Err(code) => return code,
        }
    } else {
        None
    };
    let mut files = Vec::new();
    let mut failed = false;
    for input in &inputs {
        let path = input.path();
        let name = peaklint::document::path_name(path);
        let read = match input {
            Input::File(_) => peaklint::read_path(path),
            Input::Unlisted(_, reason, kind) => Err(peaklint::batch::unlisted_error(reason, *kind)),
        };
        match read {
            Ok(doc) => files.push(match &pack {
                Some(p) => FileOutline::explained(&doc, p),
                None => FileOutline::from_document(&doc),
            }),
            Err(e) => {
                failed = true;
                eprintln!(
                    "{}",
                    error_line(
                        lang,
                        format!("{name}：{}", e.message(Lang::Zh)),
                        format!("{name}: {e}")
                    )
                );
                files.push(FileOutline::unreadable(&name, &e));
            }
        }
    }
    match format {
        OutlineFormat::Human => out!("{}", render_human(&files, lang.into())),
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
