//! Print the blocks a reader makes of a file, one a line with its location:
//! `cargo run --example dump_blocks -- FILE`. For looking at what a reader does.

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: dump_blocks FILE");
        std::process::exit(2);
    };
    let doc = match peaklint::read_path(std::path::Path::new(&path)) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    if let Some(t) = &doc.title {
        println!("TITLE {}", t.text);
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        let l = doc.block_location(i);
        let at = format!(
            "p{}:{}¶{}",
            l.page.unwrap_or(0),
            l.line.unwrap_or(0),
            l.paragraph.unwrap_or(0)
        );
        match (b.heading(), b.table()) {
            (Some(h), _) => println!("{at} H{} {}", h.level, b.text),
            (_, Some(t)) => {
                println!("{at} TABLE {}", t.index);
                for r in &t.rows {
                    let cells: Vec<String> = r.cells.iter().map(|c| c.text()).collect();
                    println!("    | {}", cells.join(" | "));
                }
            }
            _ => println!("{at} P {}", b.text),
        }
    }
}
