//! Helpers shared by the rule tests: run the embedded pack over a Markdown plan and
//! assert which rule fires.

use peaklint::checks::Lang;
use peaklint::diagnostic::Diagnostic;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pack;
use peaklint::pipeline::check_document;

/// The findings of `rule` on a Markdown plan, with the embedded default pack.
pub fn findings(text: &str, rule: &str) -> Vec<Diagnostic> {
    findings_in("plan.md", text, rule)
}

/// The findings of `rule` on `text` read as the file `name` (its extension decides the
/// format: `.md`, `.txt`).
pub fn findings_in(name: &str, text: &str, rule: &str) -> Vec<Diagnostic> {
    let doc = match read_bytes(name, text.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    check_document(&doc, pack::default_pack(), Lang::Zh)
        .diagnostics
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

/// `rule` fires on every case (all misses are listed at once).
pub fn fires(rule: &str, cases: &[String]) {
    let missed: Vec<&String> = cases
        .iter()
        .filter(|c| findings(c, rule).is_empty())
        .collect();
    assert!(missed.is_empty(), "{rule} should fire on:\n{missed:#?}");
}

/// `rule` stays silent on every case.
pub fn silent(rule: &str, cases: &[String]) {
    for c in cases {
        let f = findings(c, rule);
        assert!(f.is_empty(), "{rule} must not fire on:\n{c}\n{f:#?}");
    }
}

/// Run the built `peaklint` in the checkout (`NO_COLOR` set, so the output is plain;
/// `PEAKLINT_LANG` unset, so the language is the default).
pub fn peaklint(args: &[&str]) -> std::process::Output {
    peaklint_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// Run the built `peaklint` in `dir`.
pub fn peaklint_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    match std::process::Command::new(env!("CARGO_BIN_EXE_peaklint"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        // The language is the default's unless a test asks (`--lang`).
        .env_remove("PEAKLINT_LANG")
        .args(args)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run peaklint: {e}"),
    }
}

/// Exit code, stdout and stderr of a run, as text.
pub fn outcome(out: &std::process::Output) -> (Option<i32>, String, String) {
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// What `facts` reads from `text` in `format`, with the embedded default pack.
pub fn facts_of(text: &str, format: peaklint::document::Format) -> peaklint::plan_facts::FileFacts {
    let doc = peaklint::document::read::read_str(
        "t",
        text.to_string(),
        format,
        &peaklint::document::read::Limits::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    peaklint::plan_facts::read(&doc, peaklint::pack::default_pack(), "t")
}

/// The quantified measures of a Markdown plan (not their stated totals): (year, reduction).
pub fn measure_reductions(text: &str) -> Vec<(Option<u16>, f64)> {
    facts_of(text, peaklint::document::Format::Markdown)
        .measures
        .iter()
        .filter(|m| !m.total)
        .map(|m| (m.reduction.year, m.reduction.value))
        .collect()
}

/// A minimal .docx (content types, relationships, `word/document.xml`) around WordprocessingML
/// `body`, as Word writes the package.
pub fn docx_bytes(body: &str) -> Vec<u8> {
    use std::io::{Cursor, Write};
    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {W}><w:body>{body}</w:body></w:document>"
    );
    let types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, content) in [
        ("[Content_Types].xml", types),
        ("_rels/.rels", rels),
        ("word/document.xml", document.as_str()),
    ] {
        assert!(zip.start_file(name, opts).is_ok() && zip.write_all(content.as_bytes()).is_ok());
    }
    match zip.finish() {
        Ok(c) => c.into_inner(),
        Err(e) => panic!("{e}"),
    }
}

/// Every finding on a .docx of WordprocessingML `body` (see [`docx_bytes`]).
pub fn docx_findings(body: &str) -> Vec<Diagnostic> {
    let doc = match read_bytes("plan.docx", &docx_bytes(body), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    check_document(&doc, pack::default_pack(), Lang::Zh).diagnostics
}

/// The line a diagnostic points at.
pub fn line_of(d: &Diagnostic) -> Option<u32> {
    d.location.as_ref().and_then(|l| l.line)
}

/// The 1-based line of `text` holding `needle` first.
pub fn line_with(text: &str, needle: &str) -> Option<u32> {
    text.lines()
        .position(|l| l.contains(needle))
        .and_then(|i| u32::try_from(i + 1).ok())
}
