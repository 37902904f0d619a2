//! Hostile inputs (issue 20): small files, well inside every limit, built to make a
//! quadratic algorithm show. Each generator takes a size `n`; the complexity tests
//! (`tests/it/complexity.rs`) run it at `n` and `4n` and assert the cost grows < 8×, and
//! `cargo run --release --example hostile` writes them to disk for timing by hand.

use std::io::{Cursor, Write};

/// A generated input: the file name (its extension picks the reader) and its bytes.
pub struct Hostile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A generator: the input for size `n`.
pub type Generator = fn(usize) -> Hostile;

/// Every generator, by the name the example and the docs use.
pub const ALL: &[(&str, Generator)] = &[
    ("repeated-target", repeated_target),
    ("flat-headings", flat_headings),
    ("docx-headings", docx_headings),
    ("next-line-directives", next_line_directives),
    ("clause-chain", clause_chain),
    ("numbering-links", numbering_links),
    ("nested-alternate-content", nested_alternate_content),
    ("staged-targets", staged_targets),
    ("long-paragraph", long_paragraph),
];

/// (1) `n` copies of one park-wide target: `target/conflict` compared every target with
/// every earlier one.
pub fn repeated_target(n: usize) -> Hostile {
    let mut s = String::from("某园区碳达峰实施方案\n");
    for _ in 0..n {
        s.push_str("到2025年，单位GDP二氧化碳排放比2020年下降18%。\n");
    }
    text("repeated-target.txt", s)
}

/// (2) `n` top-level Markdown headings: the heading path of a block was found by a
/// scan from the first block.
pub fn flat_headings(n: usize) -> Hostile {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!("# 一、标题{i}\n"));
    }
    text("flat-headings.md", s)
}

/// (2) A .docx of `n` `一、总体要求` paragraphs (numbered-text headings).
pub fn docx_headings(n: usize) -> Hostile {
    let body = "<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>".repeat(n);
    docx("docx-headings.docx", &body, &[])
}

/// (3) `n` `peaklint-disable-next-line` directives, each before a sentence with a
/// finding: every finding × directive scanned every block.
pub fn next_line_directives(n: usize) -> Hostile {
    let mut s = String::from("# 某园区碳达峰实施方案\n\n");
    for _ in 0..n {
        s.push_str(
            "<!-- peaklint-disable-next-line -->\n到2025年，单位GDP二氧化碳排放下降18%。\n\n",
        );
    }
    text("next-line-directives.md", s)
}

/// (4) One sentence of `n` `2025年比2020年下降18%` clauses with no separator: the
/// metric of every value was looked for by regexes over the whole clause before it.
pub fn clause_chain(n: usize) -> Hostile {
    let mut s = String::from("某园区碳达峰实施方案\n单位GDP二氧化碳排放");
    for i in 0..n {
        s.push_str(&format!(
            "20{:02}年比19{:02}年下降{}%",
            25 + i % 70,
            i % 100,
            1 + i % 30
        ));
    }
    s.push_str("。\n");
    text("clause-chain.txt", s)
}

/// (5) `n` abstractNums linked to numbering styles no style defines and `n` nums, one
/// paragraph each: every num searched every abstractNum for the style.
pub fn numbering_links(n: usize) -> Hostile {
    let mut numbering = String::new();
    for i in 0..n {
        numbering.push_str(&format!(
            "<w:abstractNum w:abstractNumId=\"{i}\"><w:numStyleLink w:val=\"S{i}\"/></w:abstractNum>"
        ));
    }
    for i in 0..n {
        numbering.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{i}\"/></w:num>",
            i + 1
        ));
    }
    let numbering = format!("<?xml version=\"1.0\"?><w:numbering {W_NS}>{numbering}</w:numbering>");
    let body = "<w:p><w:r><w:t>到2025年，园区碳排放达峰。</w:t></w:r></w:p>";
    docx(
        "numbering-links.docx",
        body,
        &[("word/numbering.xml", numbering.as_bytes())],
    )
}

/// (6) `mc:AlternateContent` nested `depth` deep, with `n` runs of text at the
/// bottom; `depth` grows with `n` (to 120, inside the XML depth limit): every level
/// looked ahead over everything below it.
pub fn nested_alternate_content(n: usize) -> Hostile {
    let depth = n.clamp(1, 120);
    let open = "<mc:AlternateContent><mc:Choice Requires=\"wps\">".repeat(depth);
    let close = "</mc:Choice><mc:Fallback/></mc:AlternateContent>".repeat(depth);
    let runs = "<w:r><w:t>园区碳排放</w:t></w:r>".repeat(n.saturating_mul(40));
    let body = format!("<w:p>{open}{runs}{close}</w:p>");
    docx("nested-alternate-content.docx", &body, &[])
}

/// `n` rounds of 2025, 2030 and 2035 targets of one indicator in the targets chapter,
/// and a pathway of `n` sentences whose last names a measure: `target/implausible`
/// compared each milestone with every earlier one, the annual-rate comparison looked
/// for its cumulative target among all targets, and `target/no-measure` searched the
/// pathway again for every target.
pub fn staged_targets(n: usize) -> Hostile {
    let mut s = String::from("# 某园区碳达峰实施方案\n\n## 三、碳达峰目标\n\n");
    for _ in 0..n {
        s.push_str(
            "到2025年，单位GDP二氧化碳排放比2020年下降18%。\n\n\
             到2030年，单位GDP二氧化碳排放比2020年下降20%。\n\n\
             到2035年，单位GDP二氧化碳排放年均下降4%。\n\n",
        );
    }
    s.push_str("## 五、实施路径\n\n");
    for _ in 0..n {
        s.push_str("推进重点工程建设。\n\n");
    }
    s.push_str("实施节能改造。\n");
    text("staged-targets.md", s)
}

/// (7) A .docx whose one paragraph is `n` × 2,004 bytes of `碳排放量` (no sentence stop,
/// no number): at 100,000 the 205 KB .docx of issue 20 that holds a 200 MB paragraph
/// (inside `--max-decompressed`). The reader and every whole-paragraph and whole-document
/// text made copies of it, or maps of several bytes per byte.
pub fn long_paragraph(n: usize) -> Hostile {
    let text = "碳排放量".repeat(n.saturating_mul(167));
    let body = format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
    docx("long-paragraph.docx", &body, &[])
}

fn text(name: &str, s: String) -> Hostile {
    Hostile {
        name: name.to_string(),
        bytes: s.into_bytes(),
    }
}

const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

/// A package with `body` as the inner XML of `w:body`, and `extra` parts (found by
/// their default names, no relationships needed).
fn docx(name: &str, body: &str, extra: &[(&str, &[u8])]) -> Hostile {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {W_NS}><w:body>{body}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", super::CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", super::RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ];
    parts.extend_from_slice(extra);
    let mut ok = true;
    for (part, content) in parts {
        ok = ok && zip.start_file(part, opts).is_ok() && zip.write_all(content).is_ok();
    }
    let bytes = match zip.finish() {
        Ok(c) if ok => c.into_inner(),
        _ => Vec::new(),
    };
    Hostile {
        name: name.to_string(),
        bytes,
    }
}
