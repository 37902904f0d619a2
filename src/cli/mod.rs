//! The command line's parts: arguments, running checks, the smaller commands. `main.rs`
//! dispatches.

pub(crate) mod args;
pub(crate) mod commands;
pub(crate) mod facts;
pub(crate) mod help_zh;
pub(crate) mod limits;
pub(crate) mod output;
pub(crate) mod run;
pub(crate) mod select;
pub(crate) mod usage;

use args::LangArg;

/// An error line for stderr in the user's language: `错误：…` or `error: …`.
pub(crate) fn error_line(lang: LangArg, zh: String, en: String) -> String {
    match lang {
        LangArg::Zh => format!("错误：{zh}"),
        LangArg::En => format!("error: {en}"),
    }
}
