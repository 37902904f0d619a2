//! Write synthetic plans to disk for benchmarks and memory measurements:
//! `cargo run --release --example gen_corpus -- OUT_DIR [DOCX_PARAGRAPHS] [MD_BYTES]`
//! writes OUT_DIR/plan-<N>p.docx and OUT_DIR/plan-<M>b.md.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: gen_corpus OUT_DIR [DOCX_PARAGRAPHS] [MD_BYTES]");
        return ExitCode::from(2);
    };
    let paragraphs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5_000);
    let md_bytes: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(5 * 1024 * 1024);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::from(2);
    }
    let docx = out.join(format!("plan-{paragraphs}p.docx"));
    let md = out.join(format!("plan-{md_bytes}b.md"));
    let written = std::fs::write(&docx, peaklint::bench_corpus::docx_plan(paragraphs))
        .and_then(|_| std::fs::write(&md, peaklint::bench_corpus::markdown_plan(md_bytes)));
    match written {
        Ok(()) => {
            println!("{}\n{}", docx.display(), md.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write: {e}");
            ExitCode::from(2)
        }
    }
}
