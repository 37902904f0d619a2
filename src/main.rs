//! The `peaklint` command line: parse arguments, call the library, map results to an
//! exit code (0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable input).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use peaklint::report::outline::{render_human, FileOutline, OutlineReport};

#[derive(Parser)]
#[command(name = "peaklint", version, about = "Lint 工业园区碳达峰实施方案 drafts against the CACE 编制指南")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the title and heading tree of each file, with locations.
    Outline {
        #[arg(long, value_enum, default_value_t = OutlineFormat::Human)]
        format: OutlineFormat,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum OutlineFormat {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Outline { format, paths } => outline(format, &paths),
    }
}

fn outline(format: OutlineFormat, paths: &[PathBuf]) -> ExitCode {
    let mut files = Vec::new();
    let mut failed = false;
    for path in paths {
        let name = path.to_string_lossy();
        match peaklint::read_path(path) {
            Ok(doc) => files.push(FileOutline::from_document(&doc)),
            Err(e) => {
                failed = true;
                eprintln!("error: {name}: {e}");
                files.push(FileOutline::unreadable(&name, &e));
            }
        }
    }
    match format {
        OutlineFormat::Human => print!("{}", render_human(&files)),
        OutlineFormat::Json => {
            let report = OutlineReport {
                schema_version: 1,
                files,
            };
            match serde_json::to_string_pretty(&report) {
                Ok(s) => println!("{s}"),
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
