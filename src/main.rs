//! The `peaklint` command line: parse arguments, call the library, map results to an
//! exit code (0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable input).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod limits_args;
mod select_args;
use limits_args::LimitArgs;
use peaklint::batch::{self, Input};
use peaklint::check::{FileResult, Options};
use peaklint::checks::{self, Lang};
use peaklint::diagnostic::Severity;
use peaklint::init::SkeletonFormat;
use peaklint::report::outline::{render_human, FileOutline, OutlineReport};
use peaklint::report::scorecard::{self, CsvRows, ReportFormat, Scorecard};
use peaklint::report::{self, github, human, json, sarif};
use peaklint::rules::{self, RulesPack};
use peaklint::waivers::Waivers;
use select_args::SelectArgs;

/// Write to stdout; a closed pipe (`peaklint … | head`) ends the output quietly instead
/// of panicking like `print!` does.
macro_rules! out {
    ($($arg:tt)*) => {
        write_stdout(&format!($($arg)*))
    };
}

macro_rules! outln {
    ($($arg:tt)*) => {
        write_stdout(&format!("{}\n", format!($($arg)*)))
    };
}

fn write_stdout(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    // Errors (a closed pipe, a full disk) cannot be reported on stdout itself; the exit
    // code still tells the result.
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush());
}

#[derive(Parser)]
#[command(
    name = "peaklint",
    version,
    about = "Lint 工业园区碳达峰实施方案 drafts against the CACE 编制指南",
    long_about = "Checks industrial-park carbon-peak implementation plans (.docx, .md, .txt) against \
                  the CACE group standard 《工业园区碳达峰实施方案编制指南》: required chapters and \
                  their order, numbering, empty sections. Exit codes: 0 no finding at or above \
                  --fail-on, 1 findings, 2 usage error or an unreadable input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check plans and report findings.
    Check {
        /// A rules file (replaces the embedded pack, or extends it with `extends: default`).
        /// Without it, `peaklint.yaml` in the working directory or a parent is used.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// A waivers file (see docs/suppressions.md) for every checked file. Without it,
        /// `peaklint-waivers.yaml` in each checked file's folder is used.
        #[arg(long)]
        waivers: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Exit 1 when a finding at or above this severity exists.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Language of messages.
        #[arg(long, value_enum, default_value_t = LangArg::Zh)]
        lang: LangArg,
        /// Colours in human output.
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        /// Draw human output with ASCII only (for terminals that draw box characters wide).
        #[arg(long)]
        ascii: bool,
        /// Files checked in parallel (default: the machine's available parallelism).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        #[command(flatten)]
        limits: LimitArgs,
        #[command(flatten)]
        select: SelectArgs,
        /// Files and folders; folders are walked for .md, .markdown, .docx and .txt
        /// (hidden folders, target/ and node_modules/ skipped, symbolic links not followed).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Check plans and write one reviewer scorecard comparing them (HTML, CSV, Markdown).
    /// Exit 0 when the report was written (unreadable inputs are listed in it), 2 on a
    /// usage or write error.
    Report {
        /// Write the report to this file (default: stdout). Its extension (.html, .csv,
        /// .md) sets the format when --format is not given.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Report format [default: html, or the --output file's extension].
        #[arg(long, value_enum)]
        format: Option<ReportFormatArg>,
        /// CSV only: one row per submission (default) or per finding.
        #[arg(long, value_enum, default_value_t = RowsArg::Submissions)]
        rows: RowsArg,
        /// A rules file (as for `check`).
        #[arg(long)]
        rules: Option<PathBuf>,
        /// A waivers file (as for `check`).
        #[arg(long)]
        waivers: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = LangArg::Zh)]
        lang: LangArg,
        /// Files checked in parallel (default: the machine's available parallelism).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        #[command(flatten)]
        limits: LimitArgs,
        #[command(flatten)]
        select: SelectArgs,
        /// Files and folders (folders are walked as by `check`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Write a skeleton plan with every required and recommended chapter and section of
    /// the outline, numbered 一、/（一）, each with a line of guidance.
    Init {
        /// md or docx [default: from FILE's extension, else md].
        #[arg(long, value_enum)]
        format: Option<InitFormatArg>,
        /// A rules file whose outline to use (default: the embedded pack or peaklint.yaml).
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
        /// The file to write.
        file: PathBuf,
    },
    /// Print the title and heading tree of each file, with locations.
    Outline {
        #[arg(long, value_enum, default_value_t = OutlineFormat::Human)]
        format: OutlineFormat,
        /// Files and folders (folders are walked as by `check`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Explain a rule: what it checks, why (with the clause of the standard), examples.
    Explain {
        /// A rule id such as structure/missing-chapter.
        rule: String,
        #[arg(long, value_enum, default_value_t = LangArg::Zh)]
        lang: LangArg,
    },
    /// Run the language server over stdio (diagnostics and hover for Markdown and plain
    /// text in editors; see docs/editors.md).
    Lsp,
    /// Work with rules files.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Validate a rules file or peaklint.yaml; errors point at line and column.
    Validate { file: PathBuf },
    /// Print the effective rules pack (the embedded default, or --rules / peaklint.yaml).
    Print {
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Print the rules reference (Markdown) generated from the rules' own documentation.
    Reference,
    /// List every rule id with its category, default severity and summary.
    List {
        #[arg(long, value_enum, default_value_t = LangArg::Zh)]
        lang: LangArg,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormatArg {
    Html,
    Csv,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum RowsArg {
    Submissions,
    Findings,
}

#[derive(Clone, Copy, ValueEnum)]
enum InitFormatArg {
    Md,
    Docx,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutlineFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum LangArg {
    Zh,
    En,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            rules,
            waivers,
            format,
            fail_on,
            lang,
            color,
            ascii,
            jobs,
            limits,
            select,
            paths,
        } => {
            let sources = Sources {
                rules: rules.as_deref(),
                waivers: waivers.as_deref(),
                limits: limits.limits(),
                select: &select,
            };
            let (pack, results) = match run_checks(&paths, &sources, lang, jobs) {
                Ok(r) => r,
                Err(code) => return code,
            };
            let show_status = results.len() > 1 || batch::any_folder(&paths);
            let style = if ascii {
                human::Style::Ascii
            } else if color == ColorArg::Always
                || (color == ColorArg::Auto
                    && std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none())
            {
                human::Style::Color
            } else {
                human::Style::Plain
            };
            match format {
                CheckFormat::Human => {
                    let lang_en = lang == LangArg::En;
                    let rendered = human::render(&results, style, lang_en);
                    if show_status {
                        // The status lines go between the findings and the summary line.
                        let body = rendered.trim_end_matches('\n');
                        let (findings, summary) = match body.rsplit_once('\n') {
                            Some((f, s)) => (format!("{f}\n"), s),
                            None => (String::new(), body),
                        };
                        let status =
                            report::status_lines(&results, style == human::Style::Ascii, lang_en);
                        outln!("{findings}{status}{summary}");
                    } else {
                        out!("{rendered}");
                    }
                }
                CheckFormat::Json => {
                    outln!("{}", json::render(pack.name(), pack.version(), &results))
                }
                CheckFormat::Sarif => outln!("{}", sarif::render(&results)),
                CheckFormat::Github => out!("{}", github::render(&results)),
            }
            exit_code(&results, fail_on)
        }
        Command::Report {
            output,
            format,
            rows,
            rules,
            waivers,
            lang,
            jobs,
            limits,
            select,
            paths,
        } => {
            let format = match format {
                Some(ReportFormatArg::Html) => ReportFormat::Html,
                Some(ReportFormatArg::Csv) => ReportFormat::Csv,
                Some(ReportFormatArg::Markdown) => ReportFormat::Markdown,
                None => output
                    .as_deref()
                    .and_then(ReportFormat::from_extension)
                    .unwrap_or(ReportFormat::Html),
            };
            let rows = match rows {
                RowsArg::Submissions => CsvRows::Submissions,
                RowsArg::Findings if format == ReportFormat::Csv => CsvRows::Findings,
                RowsArg::Findings => {
                    eprintln!("error: --rows findings applies to --format csv only");
                    return ExitCode::from(2);
                }
            };
            let target = ReportTarget {
                output: output.as_deref(),
                format,
                rows,
            };
            let sources = Sources {
                rules: rules.as_deref(),
                waivers: waivers.as_deref(),
                limits: limits.limits(),
                select: &select,
            };
            scorecard(&target, &sources, lang, jobs, &paths)
        }
        Command::Init {
            format,
            rules,
            force,
            file,
        } => {
            let format = match format {
                Some(InitFormatArg::Md) => SkeletonFormat::Markdown,
                Some(InitFormatArg::Docx) => SkeletonFormat::Docx,
                None => SkeletonFormat::from_extension(&file).unwrap_or(SkeletonFormat::Markdown),
            };
            init(&file, format, rules.as_deref(), force)
        }
        Command::Outline { format, paths } => outline(format, &paths),
        Command::Explain { rule, lang } => explain(&rule, lang.into()),
        Command::Lsp => {
            if peaklint::lsp::run_stdio() == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Command::Rules { command } => match command {
            RulesCommand::Validate { file } => match rules::load_file(&file) {
                Ok(_) => {
                    outln!("{}: ok", file.display());
                    ExitCode::SUCCESS
                }
                Err(report) => {
                    eprintln!("{report:?}");
                    ExitCode::from(2)
                }
            },
            RulesCommand::Print { rules } => match load_rules(rules.as_deref()) {
                Ok(pack) => {
                    out!("{}", pack.to_yaml());
                    ExitCode::SUCCESS
                }
                Err(code) => code,
            },
            RulesCommand::Reference => {
                out!("{}", checks::reference_markdown());
                ExitCode::SUCCESS
            }
            RulesCommand::List { lang } => {
                let lang: Lang = lang.into();
                for d in checks::ALL {
                    outln!(
                        "{:<30} {:<8} {}",
                        d.id,
                        d.severity.as_str(),
                        d.summary.get(lang)
                    );
                }
                ExitCode::SUCCESS
            }
        },
    }
}

/// The inputs of a run: folders walked, files kept as given. A folder without any plan
/// file is a usage error (exit 2).
fn expand(paths: &[PathBuf]) -> Result<Vec<Input>, ExitCode> {
    batch::expand(paths).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(2)
    })
}

/// Expand the paths, load the rules and check every file in parallel: the common part
/// of `check` and `report`.
fn run_checks(
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
fn load_rules(explicit: Option<&Path>) -> Result<RulesPack, ExitCode> {
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

fn exit_code(results: &[FileResult], fail_on: FailOn) -> ExitCode {
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

/// Where and how `peaklint report` writes.
struct ReportTarget<'a> {
    output: Option<&'a Path>,
    format: ReportFormat,
    rows: CsvRows,
}

/// The rules and waivers files and the input limits given on the command line.
struct Sources<'a> {
    rules: Option<&'a Path>,
    waivers: Option<&'a Path>,
    limits: peaklint::document::read::Limits,
    select: &'a SelectArgs,
}

/// `peaklint report`: check, rank, render one scorecard. Unreadable inputs are rows of
/// the report, not a failure: exit 0 once it is written, 2 on a usage or write error.
fn scorecard(
    target: &ReportTarget,
    sources: &Sources,
    lang: LangArg,
    jobs: Option<u16>,
    paths: &[PathBuf],
) -> ExitCode {
    let (pack, results) = match run_checks(paths, sources, lang, jobs) {
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
        Some(path) => match std::fs::write(path, text) {
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
fn init(file: &Path, format: SkeletonFormat, rules: Option<&Path>, force: bool) -> ExitCode {
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

fn explain(rule: &str, lang: Lang) -> ExitCode {
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

fn outline(format: OutlineFormat, paths: &[PathBuf]) -> ExitCode {
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
