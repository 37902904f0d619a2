//! The `peaklint` command line: parse arguments, call the library, map results to an
//! exit code (0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable input).

use std::io::IsTerminal;
use std::process::ExitCode;

use peaklint::batch;
use peaklint::checks::{self, Lang};
use peaklint::init::SkeletonFormat;
use peaklint::pack;
use peaklint::report::scorecard::{CsvRows, ReportFormat};
use peaklint::report::{self, github, human, json, sarif};

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
    // Errors (a closed pipe, a full disk) cannot be reported on stdout itself; the exit
    // code still tells the result.
    let _ = try_write_stdout(text);
}

/// Write to stdout and flush, telling whether it worked (`report` exits 2 when not).
fn try_write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
}

mod cli;
use cli::args::{
    CheckFormat, ColorArg, Command, InitFormatArg, LangArg, ReportFormatArg, RowsArg, RulesCommand,
};
use cli::commands::{explain, facts, init, outline, scorecard};
use cli::run::{exit_code, load_rules, run_checks, ReportTarget};

fn main() -> ExitCode {
    let cli = match cli::usage::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let lang = cli.lang;
    match cli.command {
        Command::Check {
            format,
            fail_on,
            color,
            ascii,
            run,
            paths,
        } => {
            let (pack, results) = match run_checks(&paths, &run, lang) {
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
            force,
            run,
            paths,
        } => {
            let given = format.map(|f| match f {
                ReportFormatArg::Html => ReportFormat::Html,
                ReportFormatArg::Csv => ReportFormat::Csv,
                ReportFormatArg::Markdown => ReportFormat::Markdown,
            });
            let format = match cli::output::report_format(given, output.as_deref()) {
                Ok(f) => f,
                Err((zh, en)) => {
                    eprintln!("{}", cli::error_line(lang, zh, en));
                    return ExitCode::from(2);
                }
            };
            let rows = match rows {
                RowsArg::Submissions => CsvRows::Submissions,
                RowsArg::Findings if format == ReportFormat::Csv => CsvRows::Findings,
                RowsArg::Findings => {
                    eprintln!(
                        "{}",
                        cli::error_line(
                            lang,
                            "--rows findings 只适用于 --format csv".into(),
                            "--rows findings applies to --format csv only".into()
                        )
                    );
                    return ExitCode::from(2);
                }
            };
            let target = ReportTarget {
                output: output.as_deref().filter(|p| !cli::output::is_stdout(p)),
                format,
                rows,
                force,
            };
            scorecard(&target, &run, lang, &paths)
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
            init(&file, format, rules.as_deref(), force, lang)
        }
        Command::Facts {
            format,
            rules,
            jobs,
            limits,
            paths,
        } => facts(format, lang, rules.as_deref(), jobs, &limits, &paths),
        Command::Outline {
            format,
            explain,
            rules,
            paths,
        } => outline(format, explain, rules.as_deref(), &paths, lang),
        Command::Explain { rule } => explain(&rule, lang),
        // --stdio is the only transport; the flag is accepted because clients send it.
        Command::Lsp { stdio: _ } => {
            if peaklint::lsp::run_stdio() == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Command::Rules { command } => match command {
            RulesCommand::Validate { file } => match pack::load_file(&file) {
                // The pack's examples are its tests: one that does not behave as listed is a
                // mistake of the file too, reported at its line.
                Ok(loaded) => {
                    let failures = pack::check_examples(&loaded, |item, title| {
                        peaklint::extract::outline::match_title(item, title).is_some()
                    });
                    if !failures.is_empty() {
                        for f in &failures {
                            eprintln!("{}", example_failure_text(f, lang));
                        }
                        match lang {
                            LangArg::Zh => {
                                eprintln!("{}：{} 个示例与所列不符", file.display(), failures.len())
                            }
                            LangArg::En => eprintln!(
                                "{}: {} examples do not behave as listed",
                                file.display(),
                                failures.len()
                            ),
                        }
                        return ExitCode::from(2);
                    }
                    match lang {
                        LangArg::Zh => outln!("{}：没有问题", file.display()),
                        LangArg::En => outln!("{}: ok", file.display()),
                    }
                    ExitCode::SUCCESS
                }
                Err(report) => {
                    eprintln!("{}", cli::run::rules_error_text(&report, lang));
                    ExitCode::from(2)
                }
            },
            RulesCommand::Print { rules } => match load_rules(rules.as_deref(), lang) {
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
            RulesCommand::List => {
                let lang: Lang = lang.into();
                for d in checks::docs() {
                    outln!(
                        "{:<30} {:<8} {}",
                        d.id,
                        checks::severity_name(d.severity, lang),
                        d.summary.get(lang)
                    );
                }
                ExitCode::SUCCESS
            }
        },
    }
}

/// One pack example that does not behave as listed, in the user's language.
fn example_failure_text(f: &pack::ExampleFailure, lang: LangArg) -> String {
    let e = &f.example;
    match lang {
        LangArg::En => f.to_string(),
        LangArg::Zh => {
            let verdict = if f.should_match {
                "列在 match 下，却不匹配"
            } else {
                "列在 no_match 下，却匹配"
            };
            format!(
                "{}:{}:{}：{}：示例“{}”{verdict}",
                e.file, e.line, e.column, f.owner, e.text
            )
        }
    }
}
