//! `peaklint outline`: the title and heading tree of each file, as text or JSON.

use serde::Serialize;

use crate::document::{Document, HeadingSource, Location, ReadError};
use crate::extract::outline::explain::{explain, Explained, ItemStatus};
use crate::extract::outline::match_outline;
use crate::pack::RulesPack;

/// One file's outline, or why it could not be read.
#[derive(Debug, Serialize)]
pub struct FileOutline {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<&'static str>,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub headings: Vec<OutlineHeading>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<OutlineNote>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// `--explain`: the share of required and recommended outline items present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outline_coverage: Option<f64>,
    /// `--explain`: every outline item, in outline order, with how it was found.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<OutlineItemStatus>,
}

/// An outline item's status with the place of its heading or content.
#[derive(Debug, Serialize)]
pub struct OutlineItemStatus {
    #[serde(flatten)]
    pub status: ItemStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

#[derive(Debug, Serialize)]
pub struct OutlineHeading {
    pub level: u8,
    pub number: Option<String>,
    pub title: String,
    pub source: HeadingSource,
    pub location: Location,
    /// `--explain`: the outline items this heading was matched to, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<Explained>,
}

#[derive(Debug, Serialize)]
pub struct OutlineNote {
    pub message: String,
    pub location: Location,
}

#[derive(Debug, Serialize)]
pub struct OutlineReport {
    pub schema_version: u32,
    pub files: Vec<FileOutline>,
}

impl FileOutline {
    pub fn from_document(doc: &Document) -> Self {
        let headings = doc
            .headings()
            .map(|(i, h)| {
                let mut location = doc.block_location(i);
                // The heading's own path is its parents'.
                location.section.pop();
                OutlineHeading {
                    level: h.level,
                    number: h.number.as_ref().map(|n| n.token.clone()),
                    title: h.title.clone(),
                    source: h.source,
                    location,
                    matches: Vec::new(),
                }
            })
            .collect();
        let notes = doc
            .notes
            .iter()
            .map(|n| OutlineNote {
                message: n.message.clone(),
                location: doc.locate(&n.origin, 0..0),
            })
            .collect();
        FileOutline {
            path: doc.path.clone(),
            format: Some(doc.format.as_str()),
            status: "checked",
            encoding: doc.encoding.map(|e| e.as_str()),
            title: doc.title.as_ref().map(|t| t.text.clone()),
            headings,
            notes,
            error: None,
            outline_coverage: None,
            items: Vec::new(),
        }
    }

    /// The outline with the match of each heading to the rules' outline explained.
    pub fn explained(doc: &Document, rules: &RulesPack) -> Self {
        let mut out = FileOutline::from_document(doc);
        let m = match_outline(doc, &rules.outline);
        let (mut by_heading, items) = explain(doc, &m);
        for ((i, _), h) in doc.headings().zip(out.headings.iter_mut()) {
            h.matches = by_heading.remove(&i).unwrap_or_default();
        }
        out.outline_coverage = Some((m.coverage() * 100.0).round() / 100.0);
        out.items = items
            .into_iter()
            .map(|status| OutlineItemStatus {
                location: status.block.map(|b| doc.block_location(b)),
                status,
            })
            .collect();
        out
    }

    pub fn unreadable(path: &str, error: &ReadError) -> Self {
        FileOutline {
            path: path.to_string(),
            format: None,
            status: "unreadable",
            encoding: None,
            title: None,
            headings: Vec::new(),
            notes: Vec::new(),
            error: Some(error.to_string()),
            outline_coverage: None,
            items: Vec::new(),
        }
    }
}

/// Human-readable outline: the title, then one heading a line, indented by level,
/// with its number source and location.
pub fn render_human(files: &[FileOutline]) -> String {
    let mut out = String::new();
    for f in files {
        match &f.error {
            Some(e) => out.push_str(&format!("{}: error: {e}\n", f.path)),
            None => {
                let enc = f.encoding.map(|e| format!(", {e}")).unwrap_or_default();
                out.push_str(&format!(
                    "{} ({}{enc}, {} headings)\n",
                    f.path,
                    f.format.unwrap_or("?"),
                    f.headings.len()
                ));
                if let Some(t) = &f.title {
                    out.push_str(&format!("  标题 title: {t}\n"));
                }
                for h in &f.headings {
                    let indent = "  ".repeat(usize::from(h.level));
                    let number = h.number.as_deref().unwrap_or("");
                    let sep = if number.is_empty() || number.ends_with(['、', '）', ')']) {
                        ""
                    } else {
                        " "
                    };
                    out.push_str(&format!(
                        "{indent}{number}{sep}{}  [{}, {}]\n",
                        h.title,
                        where_(&h.location),
                        source_name(h.source)
                    ));
                    for m in &h.matches {
                        out.push_str(&format!("{indent}  → {}\n", explained_line(m)));
                    }
                }
                if let Some(c) = f.outline_coverage {
                    out.push_str(&format!("  大纲覆盖率 outline coverage: {c:.2}\n"));
                }
                for i in f.items.iter().filter(|i| i.status.status != "heading") {
                    let place = match &i.location {
                        Some(l) => format!(" [{}]", where_(l)),
                        None => String::new(),
                    };
                    let what = match i.status.status {
                        "content" => "present without its own heading (content)",
                        _ => "missing",
                    };
                    out.push_str(&format!(
                        "  {} {} ({}): {what}{place}\n",
                        i.status.id, i.status.title, i.status.level
                    ));
                }
                for n in &f.notes {
                    out.push_str(&format!(
                        "  note: {} [{}]\n",
                        n.message,
                        where_(&n.location)
                    ));
                }
            }
        }
    }
    // File names and headings are the submitters' text: no raw control characters.
    crate::report::terminal::escape(&out).into_owned()
}

/// One explained match: `targets 碳达峰目标 (chapter): alias “主要目标”, score 95, chapter 4/7
/// after emission_analysis, before pathway`.
fn explained_line(m: &Explained) -> String {
    let hits = if m.hits.is_empty() {
        String::new()
    } else {
        format!(" “{}”", m.hits.join("”, “"))
    };
    let mut s = format!(
        "{} {} ({}): {}{hits}, score {}",
        m.item, m.item_title, m.role, m.kind, m.score
    );
    if let Some(p) = &m.position {
        s.push_str(&format!(", chapter {}/{}", p.index, p.of));
        if let Some(a) = &p.after {
            s.push_str(&format!(" after {a}"));
        }
        if let Some(b) = &p.before {
            s.push_str(&format!(", before {b}"));
        }
    }
    s
}

/// `12:3` for text files, `¶57` for .docx (with `table 2 r3c1` in a cell).
pub fn where_(l: &Location) -> String {
    if let (Some(page), Some(line)) = (l.page, l.line) {
        return match (l.table, l.row, l.cell) {
            (Some(t), Some(r), Some(c)) => format!("p{page}:{line}, table {t} r{r}c{c}"),
            _ => format!("p{page}:{line}"),
        };
    }
    match (l.line, l.column, l.paragraph) {
        (Some(line), Some(col), _) => format!("{line}:{col}"),
        (_, _, Some(p)) => match (l.table, l.row, l.cell) {
            (Some(t), Some(r), Some(c)) => format!("¶{p}, table {t} r{r}c{c}"),
            _ => format!("¶{p}"),
        },
        _ => "-".to_string(),
    }
}

/// [`where_`] in the user's language: a .docx table cell is `¶453，表9第2行第6列` in
/// Chinese, `¶453, table 9 r2c6` in English.
pub fn where_in(l: &Location, lang_en: bool) -> String {
    if let (false, Some(page), Some(line)) = (lang_en, l.page, l.line) {
        return match (l.table, l.row, l.cell) {
            (Some(t), Some(r), Some(c)) => format!("第{page}页第{line}行，表{t}第{r}行第{c}列"),
            _ => format!("第{page}页第{line}行"),
        };
    }
    match (lang_en, l.line, l.paragraph, l.table, l.row, l.cell) {
        (false, None, Some(p), Some(t), Some(r), Some(c)) => {
            format!("¶{p}，表{t}第{r}行第{c}列")
        }
        _ => where_(l),
    }
}

/// How a heading was found, as shown in the human outline.
fn source_name(s: HeadingSource) -> &'static str {
    match s {
        HeadingSource::Markdown => "markdown",
        HeadingSource::Style => "style",
        HeadingSource::OutlineLevel => "outline level",
        HeadingSource::AutoNumbering => "auto numbering",
        HeadingSource::NumberedText => "numbered text",
    }
}
