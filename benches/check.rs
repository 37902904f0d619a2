//! Whole-pipeline benchmarks: read + every check, on the shipped fixture plans and on a
//! generated 5,000-paragraph .docx; the bare zip + XML pass over the same .docx is the
//! floor it is compared with (issue 7), and that .docx with the structure rules only.
//!
//! Run: `cargo bench --bench check`. Figures and how to read them: docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use peaklint::bench_corpus::{bare_pass, docx_plan};
use peaklint::checks::{select, Lang};
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pack::default_pack;
use peaklint::pipeline::check_document;

const STANDARD: &[u8] = include_bytes!("../fixtures/md/standard-plan.md");
const GOV: &[u8] = include_bytes!("../fixtures/md/gov-plan.md");

fn pipeline(c: &mut Criterion) {
    let limits = Limits::default();
    let pack = default_pack();
    let docx = docx_plan(5_000);
    let mut structure = pack.clone();
    if let Err(e) = select::apply(&mut structure, &["structure".to_owned()], &[]) {
        panic!("{e}");
    }
    let check = |name: &str, bytes: &[u8]| {
        read_bytes(name, bytes, &limits)
            .map(|doc| check_document(&doc, pack, Lang::Zh).diagnostics.len())
    };
    let check_structure = |name: &str, bytes: &[u8]| {
        read_bytes(name, bytes, &limits)
            .map(|doc| check_document(&doc, &structure, Lang::Zh).diagnostics.len())
    };

    let mut g = c.benchmark_group("check");
    for (name, bytes) in [("standard-plan.md", STANDARD), ("gov-plan.md", GOV)] {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(name, |b| b.iter(|| check(name, bytes)));
    }
    g.throughput(Throughput::Bytes(docx.len() as u64));
    g.bench_function("docx_5000_paragraphs", |b| {
        b.iter(|| check("plan.docx", &docx))
    });
    // `--select structure`: the outline rules only (what a headings linter does).
    g.bench_function("docx_5000_paragraphs_structure_only", |b| {
        b.iter(|| check_structure("plan.docx", &docx))
    });
    g.bench_function("docx_bare_zip_xml_pass", |b| b.iter(|| bare_pass(&docx)));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = pipeline
}
criterion_main!(benches);
