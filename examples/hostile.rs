//! Write the hostile inputs of issue 20 to disk, for timing the release build by hand:
//! `cargo run --release --example hostile -- OUT_DIR N` writes OUT_DIR/<N>-<name> for
//! every generator in `peaklint::bench_corpus::hostile::ALL` (see docs/performance.md).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(out), Some(n)) = (
        args.next().map(PathBuf::from),
        args.next().and_then(|a| a.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: hostile OUT_DIR N");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::from(2);
    }
    for (_, generate) in peaklint::bench_corpus::hostile::ALL {
        let h = generate(n);
        let path = out.join(format!("{n}-{}", h.name));
        if let Err(e) = std::fs::write(&path, &h.bytes) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
