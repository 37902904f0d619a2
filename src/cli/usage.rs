//! Command-line parsing with usage errors in the user's language.
//!
//! clap writes its errors in English. With `--lang zh` (the default) a usage error is
//! told in Chinese from the error's kind and context (the option, the value, the allowed
//! values, clap's suggestion), followed by where to find the usage; `--lang en` keeps
//! clap's own message. `--help` and `--version` are clap's (English) text in both.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Parser;

use super::args::Cli;

/// Parse the command line; on a usage error print it (in the language asked for on the
/// command line, Chinese by default) and return exit code 2.
pub(crate) fn parse() -> Result<Cli, ExitCode> {
    let args: Vec<OsString> = std::env::args_os().collect();
    match Cli::try_parse_from(&args) {
        Ok(cli) => Ok(cli),
        Err(e) => {
            let shows_text = matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            );
            if shows_text || english_asked(&args) {
                // clap's own text: help and version on stdout (exit 0), errors on stderr.
                let _ = e.print();
                return Err(ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)));
            }
            eprintln!("{}", chinese(&e, &args));
            Err(ExitCode::from(2))
        }
    }
}

/// `--lang en` or `--lang=en` anywhere on the command line (it is a global option).
fn english_asked(args: &[OsString]) -> bool {
    let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    words.windows(2).any(|w| w[0] == "--lang" && w[1] == "en") || words.contains(&"--lang=en")
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
    const SUBS: [&str; 7] = [
        "check", "report", "init", "outline", "explain", "lsp", "rules",
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
    format!("错误：{message}\n用法见 `{help}`（英文；--lang en 显示英文错误信息）")
}
