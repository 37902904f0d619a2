//! Reader benchmarks: the outline of a 5,000-paragraph .docx and of a 5 MB Markdown
//! plan, against a bare zip + XML pass over the same .docx (the floor); and the PDF
//! reader on the committed fixture PDFs (17 and 9 pages).
//!
//! Run: `cargo bench --bench read`. The .docx and Markdown corpus is generated in memory
//! by `peaklint::bench_corpus`; the PDFs are `fixtures/pdf/*.pdf`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use peaklint::bench_corpus::{docx_plan, markdown_plan};
use peaklint::document::read::{read_bytes, Limits};

fn readers(c: &mut Criterion) {
    let limits = Limits::default();
    let docx = docx_plan(5_000);
    let md = markdown_plan(5 * 1024 * 1024);

    let mut g = c.benchmark_group("outline");
    g.throughput(Throughput::Bytes(docx.len() as u64));
    g.bench_function("docx_5000_paragraphs", |b| {
        b.iter(|| read_bytes("plan.docx", &docx, &limits).map(|d| d.blocks.len()))
    });
    g.bench_function("docx_bare_zip_xml_pass", |b| {
        b.iter(|| peaklint::bench_corpus::bare_pass(&docx))
    });
    g.throughput(Throughput::Bytes(md.len() as u64));
    g.bench_function("markdown_5mb", |b| {
        b.iter(|| read_bytes("plan.md", &md, &limits).map(|d| d.blocks.len()))
    });
    for (name, pages) in [("pandoc-headings", 17u64), ("libreoffice-headings", 9)] {
        let path = format!("{}/fixtures/pdf/{name}.pdf", env!("CARGO_MANIFEST_DIR"));
        let Ok(pdf) = std::fs::read(&path) else {
            continue;
        };
        g.throughput(Throughput::Elements(pages));
        g.bench_function(format!("pdf_{name}_{pages}_pages"), |b| {
            b.iter(|| read_bytes("plan.pdf", &pdf, &limits).map(|d| d.blocks.len()))
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = readers
}
criterion_main!(benches);
