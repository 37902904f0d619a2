//! The arguments: subcommands, their options and value enums (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use peaklint::checks::Lang;

use super::limits::LimitArgs;
use super::select::SelectArgs;

#[derive(Parser)]
#[command(
    name = "peaklint",
    version,
    about = "Lint 工业园区碳达峰实施方案 drafts (.docx, .md, .txt) against the CACE 编制指南, like a compiler",
    long_about = "peaklint checks drafted industrial-park carbon-peak implementation plans \
                  (工业园区碳达峰实施方案; Word .docx, Markdown, plain text) against the CACE group \
                  standard 《工业园区碳达峰实施方案编制指南》 and reports what a review panel would \
                  flag, with the place in the file and the clause of the standard:\n\
                  \n  - structure: missing, misplaced, duplicated, empty or misnumbered chapters \
                  against the standard's outline (附录A);\
                  \n  - accounting boundary: undeclared, or drifting between chapters (non-CO2 \
                  gases, scopes, base year, area, units);\
                  \n  - targets: no base year or baseline, no supporting measure, a peak after \
                  2030, numbers that contradict each other (also computed), measures that do not \
                  cover the gap to the target;\
                  \n  - consistency: table totals and shares that do not add up;\
                  \n  - the evidence of the standard's five principles.\n\
                  \nMessages are in Chinese by default (--lang en for English; this help is in \
                  English). The rules pack is embedded; a peaklint.yaml adapts it (see \
                  `peaklint rules print`, `peaklint explain RULE`).\n\
                  \nExit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage error or \
                  an unreadable input."
)]
pub(crate) struct Cli {
    /// Language of messages, findings and reports: zh (default) or en. Accepted before
    /// or after the subcommand.
    #[arg(long, value_enum, global = true, default_value_t = LangArg::Zh)]
    pub(crate) lang: LangArg,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Check plans and report findings.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Exit 1 when a finding at or above this severity exists.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Colours in human output (auto: when stdout is a terminal and NO_COLOR is unset).
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        /// Draw human output with ASCII only (for terminals that draw box characters wide).
        #[arg(long)]
        ascii: bool,
        #[command(flatten)]
        run: RunArgs,
        /// Files and folders; folders are walked for .md, .markdown, .docx and .txt
        /// (hidden folders, target/ and node_modules/ skipped, symbolic links not followed).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Check plans and write one reviewer scorecard comparing them (HTML, CSV, Markdown).
    /// Exit 0 when the report was written (unreadable inputs are listed in it), 2 on a
    /// usage or write error.
    Report {
        /// Write the report to this file (default: stdout; `-` is stdout too). Its
        /// extension (.html, .csv, .md) sets the format; another extension is refused.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Report format [default: html, or the --output file's extension].
        #[arg(long, value_enum)]
        format: Option<ReportFormatArg>,
        /// CSV only: one row per submission (default) or per finding.
        #[arg(long, value_enum, default_value_t = RowsArg::Submissions)]
        rows: RowsArg,
        /// Replace an existing --output file, or write it inside a folder being
        /// checked. An input file is never replaced.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        run: RunArgs,
        /// Files and folders (folders are walked as by `check`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print what peaklint read from each plan — park, base year, boundary, inventory,
    /// peak, every target statement and quantified measure — before any rule judges it
    /// (the key-indicator card; docs/facts.md). Exit 0, or 2 when a file is unreadable.
    Facts {
        #[arg(long, value_enum, default_value_t = FactsFormat::Human)]
        format: FactsFormat,
        /// A rules file (its metrics and vocabularies are what is read). Without it,
        /// `peaklint.yaml` in the working directory or a parent is used.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Files read in parallel (default: the machine's available parallelism).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        #[command(flatten)]
        limits: LimitArgs,
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
        /// human: an indented tree with locations; json: the schema in README.md.
        #[arg(long, value_enum, default_value_t = OutlineFormat::Human)]
        format: OutlineFormat,
        /// Also show, for each heading, the outline item it was matched to and why (kind
        /// of evidence, score, the words that hit, its place among the chapters), and
        /// each item's status (under a heading, in the text only, missing) with the
        /// outline coverage.
        #[arg(long)]
        explain: bool,
        /// A rules file whose outline to explain against (default: peaklint.yaml found
        /// from the working directory, else the embedded pack). Only with --explain.
        #[arg(long, requires = "explain")]
        rules: Option<PathBuf>,
        /// Files and folders (folders are walked as by `check`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Explain a rule: what it checks, why (with the clause of the standard), examples.
    Explain {
        /// A rule id such as structure/missing-chapter (a close misspelling gets a
        /// suggestion).
        rule: String,
    },
    /// Run the language server over stdio (diagnostics and hover for Markdown and plain
    /// text in editors; see docs/editors.md).
    Lsp {
        /// Talk over stdin/stdout (the only transport, and the default; accepted because
        /// many language clients add it).
        #[arg(long)]
        stdio: bool,
    },
    /// Work with rules files.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

/// The options `check` and `report` share: which rules and waivers, how many files at
/// once, the input limits and the rule selection.
#[derive(clap::Args)]
pub(crate) struct RunArgs {
    /// A rules file (replaces the embedded pack, or extends it with `extends: default`).
    /// Without it, `peaklint.yaml` in the working directory or a parent is used.
    #[arg(long)]
    pub(crate) rules: Option<PathBuf>,
    /// A waivers file (see docs/suppressions.md) for every checked file. Without it,
    /// `peaklint-waivers.yaml` in each checked file's folder is used.
    #[arg(long)]
    pub(crate) waivers: Option<PathBuf>,
    /// Files checked in parallel (default: the machine's available parallelism).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub(crate) jobs: Option<u16>,
    #[command(flatten)]
    pub(crate) limits: LimitArgs,
    #[command(flatten)]
    pub(crate) select: SelectArgs,
}

#[derive(Subcommand)]
pub(crate) enum RulesCommand {
    /// Validate a rules file or peaklint.yaml; every mistake is reported at its line and
    /// column.
    Validate {
        /// The rules file or peaklint.yaml to validate.
        file: PathBuf,
    },
    /// Print the effective rules pack (the embedded default, or --rules / peaklint.yaml).
    Print {
        /// A rules file or peaklint.yaml to print resolved (default: peaklint.yaml found
        /// from the working directory, else the embedded pack).
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Print the rules reference (Markdown) generated from the rules' own documentation.
    Reference,
    /// List every rule id with its default severity and summary.
    List,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum CheckFormat {
    /// rustc-style diagnostics with the text and the span underlined.
    Human,
    /// The stable, versioned JSON of docs/json-output.md.
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ReportFormatArg {
    /// One offline page with a sortable table.
    Html,
    /// One row per submission (or per finding with --rows findings).
    Csv,
    /// For a pull request or a wiki.
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum RowsArg {
    Submissions,
    Findings,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum InitFormatArg {
    Md,
    Docx,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum FactsFormat {
    /// A compact card per plan.
    Human,
    /// JSON, `docs/facts.md` (schema_version 1).
    Json,
    /// One row per target statement.
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum OutlineFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum FailOn {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum LangArg {
    /// Chinese (the default).
    Zh,
    /// English.
    En,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub(crate) enum ColorArg {
    /// Colours when stdout is a terminal and NO_COLOR is not set.
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
