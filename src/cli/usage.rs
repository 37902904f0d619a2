//! Command-line parsing with usage errors and help in the user's language.
//!
//! clap writes its errors and help in English. The language is `--lang` wherever it is
//! written, else the `PEAKLINT_LANG` environment variable, else Chinese. In Chinese a
//! usage error is told from the error's kind and context (the option, the value, the
//! allowed values, clap's suggestion), followed by where to find the usage, and `--help`
//! is rendered from the Chinese command of `help_zh.rs`; in English both are clap's own.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Parser;

use super::args::{Cli, LangArg};

/// The environment variable giving the language when `--lang` is not on the command line.
pub(crate) const LANG_VAR: &str = "PEAKLINT_LANG";

/// Parse the command line; on a usage error print it (in the language asked for on the
/// command line, Chinese by default) and return exit code 2.
pub(crate) fn parse() -> Result<Cli, ExitCode> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let from_env = match environment_lang() {
        Ok(lang) => lang,
        Err(value) => {
            eprintln!(
                "错误：环境变量 {LANG_VAR} 的取值 `{value}` 无效；可选：`zh`、`en`\n\
                 error: invalid value `{value}` for the {LANG_VAR} environment variable; possible values: `zh`, `en`"
            );
            return Err(ExitCode::from(2));
        }
    };
    let lang = match lang_on_command_line(&args) {
        Some(lang) => lang,
        None => from_env.unwrap_or(LangArg::Zh),
    };
    match Cli::try_parse_from(&args) {
        Ok(mut cli) => {
            cli.lang = lang;
            Ok(cli)
        }
        Err(e) => {
            let shows_text = matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            );
            if shows_text && lang == LangArg::Zh {
                if let Some(code) = print_chinese_help(&args, e.kind()) {
                    return Err(code);
                }
            }
            if shows_text || e.kind() == ErrorKind::DisplayVersion || lang == LangArg::En {
                // clap's own text: help and version on stdout (exit 0), errors on stderr.
                let _ = e.print();
                return Err(ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)));
            }
            eprintln!("{}", chinese(&e, &args));
            Err(ExitCode::from(2))
        }
    }
}

/// The help of the Chinese command for the same arguments (the same kind of "error"),
/// printed where clap prints it; `None` if it did not come out the same (then clap's
/// English help is printed).
fn print_chinese_help(args: &[OsString], kind: ErrorKind) -> Option<ExitCode> {
    let e = super::help_zh::command()
        .try_get_matches_from(args)
        .err()
        .filter(|e| e.kind() == kind)?;
    let to_stderr = e.use_stderr();
    let color = std::env::var_os("NO_COLOR").is_none()
        && if to_stderr {
            std::io::stderr().is_terminal()
        } else {
            std::io::stdout().is_terminal()
        };
    let rendered = e.render();
    let text = if color {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    let text = super::help_zh::finish(&text);
    if to_stderr {
        eprint!("{text}");
    } else {
        crate::write_stdout(&text);
    }
    Some(ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)))
}

/// The last `--lang X` or `--lang=X` on the command line (it is a global option), if
/// its value is one clap accepts (a wrong one is clap's usage error).
fn lang_on_command_line(args: &[OsString]) -> Option<LangArg> {
    let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if *w == "--" {
            break;
        }
        let value = match w.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if *w == "--lang" => words.get(i + 1).copied(),
            None => None,
        };
        match value {
            Some("zh") => found = Some(LangArg::Zh),
            Some("en") => found = Some(LangArg::En),
            _ => {}
        }
    }
    found
}

/// `PEAKLINT_LANG`: `Ok(None)` when unset or empty, `Err(value)` when not `zh`/`en`.
fn environment_lang() -> Result<Option<LangArg>, String> {
    match std::env::var(LANG_VAR) {
        Err(_) => Ok(None),
        Ok(v) => match v.trim().to_ascii_lowercase().as_str() {
            "" => Ok(None),
            "zh" | "zh_cn" | "zh-cn" => Ok(Some(LangArg::Zh)),
            "en" => Ok(Some(LangArg::En)),
            _ => Err(v),
        },
    }
}

fn context(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        Some(ContextValue::Number(n)) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

/// An argument as clap names it (`--format <FORMAT>`, `<PATHS>...`) in Chinese words:
/// options by their flag, positional arguments by what they are.
fn argument(name: &str) -> String {
    let name = name.trim();
    if name.starts_with('-') {
        return name
            .split([' ', '=', '<'])
            .next()
            .unwrap_or(name)
            .to_owned();
    }
    match name.trim_matches(['<', '>', '.', '[', ']']) {
        "PATHS" => "要检查的文件或文件夹（PATH）".to_owned(),
        "FILE" => "文件名（FILE）".to_owned(),
        "RULE" => "规则 id（RULE）".to_owned(),
        other => format!("参数 {other}"),
    }
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join("、")
}

/// The subcommand the user was running, for "run `peaklint SUB --help`".
fn subcommand(args: &[OsString]) -> Option<String> {
    const SUBS: [&str; 8] = [
        "check", "report", "facts", "init", "outline", "explain", "lsp", "rules",
    ];
    args.iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .find(|a| SUBS.contains(a))
        .map(str::to_owned)
}

fn chinese(e: &clap::Error, args: &[OsString]) -> String {
    let arg = context(e, ContextKind::InvalidArg)
        .first()
        .map(|a| argument(a))
        .unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue)
        .first()
        .cloned()
        .unwrap_or_default();
    let mut message = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut m = if value.is_empty() {
                format!("选项 {arg} 缺少取值")
            } else {
                format!("选项 {arg} 的取值 `{value}` 无效")
            };
            let valid = context(e, ContextKind::ValidValue);
            if !valid.is_empty() {
                m.push_str(&format!("；可选：{}", list(&valid)));
            }
            m
        }
        ErrorKind::UnknownArgument => format!("无法识别的参数 `{arg}`"),
        ErrorKind::InvalidSubcommand => {
            let sub = context(e, ContextKind::InvalidSubcommand);
            format!("未知的子命令 {}", list(&sub))
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = context(e, ContextKind::InvalidArg)
                .iter()
                .map(|a| argument(a))
                .collect();
            format!("缺少必需的参数：{}", missing.join("、"))
        }
        ErrorKind::MissingSubcommand => {
            let valid = context(e, ContextKind::ValidSubcommand);
            format!("缺少子命令；可用：{}", list(&valid))
        }
        ErrorKind::ArgumentConflict => {
            let prior: Vec<String> = context(e, ContextKind::PriorArg)
                .iter()
                .map(|a| argument(a))
                .collect();
            format!("选项 {arg} 不能与 {} 同时使用", prior.join("、"))
        }
        ErrorKind::NoEquals => format!("选项 {arg} 的取值须用 `=` 给出"),
        ErrorKind::InvalidUtf8 => "命令行参数不是有效的 UTF-8".to_owned(),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("选项 {arg} 的取值个数不对")
        }
        _ => "命令行参数有误".to_owned(),
    };
    let suggested: Vec<String> = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .flat_map(|k| context(e, k))
    .collect();
    if !suggested.is_empty() {
        message.push_str(&format!("（是否要用 {}？）", list(&suggested)));
    }
    let help = match subcommand(args) {
        Some(sub) => format!("peaklint {sub} --help"),
        None => "peaklint --help".to_owned(),
    };
    format!("错误：{message}\n用法见 `{help}`（--lang en 显示英文）")
}
