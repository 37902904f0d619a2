//! `peaklint outline`: the title and heading tree of each file, as text or JSON.

use serde::Serialize;

use crate::document::{Document, HeadingSource, Location, ReadError};
use crate::extract::outline::explain::{explain, Explained, ItemStatus};
use crate::extract::outline::match_outline;
use crate::lang::Lang;
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
    /// The error in Chinese, for the human outline (the JSON carries `error`).
    #[serde(skip)]
    pub error_zh: Option<String>,
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
    #[serde(skip)]
    pub message_zh: String,
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
                message_zh: n.message_zh.clone(),
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
            error_zh: None,
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
            error_zh: Some(error.message(Lang::Zh)),
            outline_coverage: None,
            items: Vec::new(),
        }
    }
}

/// Human-readable outline in `lang`: the title, then one heading a line, indented by
/// level, with its location and how it was found; with `--explain` the matches, the
/// coverage and the items not under a heading of their own.
pub fn render_human(files: &[FileOutline], lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    for f in files {
        match (&f.error, &f.error_zh) {
            (Some(e), Some(e_zh)) if zh => out.push_str(&format!("{}：错误：{e_zh}\n", f.path)),
            (Some(e), _) if zh => out.push_str(&format!("{}：错误：{e}\n", f.path)),
            (Some(e), _) => out.push_str(&format!("{}: error: {e}\n", f.path)),
            (None, _) => {
                let format = f.format.unwrap_or("?");
                if zh {
                    let enc = f
                        .encoding
                        .map(|e| match e {
                            "utf-8-bom" => "，UTF-8（带字节顺序标记）".to_owned(),
                            e => format!("，{}", e.to_ascii_uppercase()),
                        })
                        .unwrap_or_default();
                    out.push_str(&format!(
                        "{}（{}{enc}，{} 个标题）\n",
                        f.path,
                        format_name_zh(format),
                        f.headings.len()
                    ));
                } else {
                    let enc = f.encoding.map(|e| format!(", {e}")).unwrap_or_default();
                    out.push_str(&format!(
                        "{} ({format}{enc}, {} headings)\n",
                        f.path,
                        f.headings.len()
                    ));
                }
                if let Some(t) = &f.title {
                    let label = if zh { "标题：" } else { "title: " };
                    out.push_str(&format!("  {label}{t}\n"));
                }
                for h in &f.headings {
                    let indent = "  ".repeat(usize::from(h.level));
                    let number = h.number.as_deref().unwrap_or("");
                    let sep = if number.is_empty() || number.ends_with(['、', '）', ')']) {
                        ""
                    } else {
                        " "
                    };
                    let (place, comma) = (where_in(&h.location, !zh), if zh { "，" } else { ", " });
                    out.push_str(&format!(
                        "{indent}{number}{sep}{}  [{place}{comma}{}]\n",
                        h.title,
                        source_name(h.source, lang)
                    ));
                    for m in &h.matches {
                        out.push_str(&format!("{indent}  → {}\n", explained_line(m, lang)));
                    }
                }
                if let Some(c) = f.outline_coverage {
                    let label = if zh {
                        "大纲覆盖率："
                    } else {
                        "outline coverage: "
                    };
                    out.push_str(&format!("  {label}{c:.2}\n"));
                }
                for i in f.items.iter().filter(|i| i.status.status != "heading") {
                    let place = match &i.location {
                        Some(l) => format!(" [{}]", where_in(l, !zh)),
                        None => String::new(),
                    };
                    let line = match (zh, i.status.status) {
                        (true, status) => format!(
                            "  `{}` {}（{}）：{}{place}",
                            i.status.id,
                            i.status.title,
                            level_zh(i.status.level),
                            if status == "content" {
                                "有内容，但没有独立标题"
                            } else {
                                "缺失"
                            }
                        ),
                        (false, status) => format!(
                            "  {} {} ({}): {}{place}",
                            i.status.id,
                            i.status.title,
                            i.status.level,
                            if status == "content" {
                                "present without its own heading (content)"
                            } else {
                                "missing"
                            }
                        ),
                    };
                    out.push_str(&line);
                    out.push('\n');
                }
                for n in &f.notes {
                    let place = where_in(&n.location, !zh);
                    if zh {
                        out.push_str(&format!("  注意：{} [{place}]\n", n.message_zh));
                    } else {
                        out.push_str(&format!("  note: {} [{place}]\n", n.message));
                    }
                }
            }
        }
    }
    // File names and headings are the submitters' text: no raw control characters.
    crate::report::terminal::escape(&out).into_owned()
}

/// A file format as a Chinese reader names it.
fn format_name_zh(format: &str) -> &str {
    match format {
        "markdown" => "Markdown",
        "docx" => "Word 文档",
        "text" => "纯文本",
        "pdf" => "PDF",
        other => other,
    }
}

/// An outline item's level in Chinese.
fn level_zh(level: &str) -> &str {
    match level {
        "required" => "必备",
        "recommended" => "建议",
        "optional" => "可选",
        other => other,
    }
}

/// One explained match: `targets 碳达峰目标 (chapter): alias “主要目标”, score 95, chapter 4/7
/// after emission_analysis, before pathway`; in Chinese `` `targets` 碳达峰目标（章）：别名
/// “主要目标”，得分 95，第 4/7 章，位于 `emission_analysis` 之后、`pathway` 之前``.
fn explained_line(m: &Explained, lang: Lang) -> String {
    let hits = if m.hits.is_empty() {
        String::new()
    } else {
        format!(" “{}”", m.hits.join("”, “"))
    };
    if lang == Lang::Zh {
        let role = match m.role {
            "chapter" => "章",
            "section" => "节",
            "duplicate" => "重复",
            "elsewhere" => "不在所属章内",
            other => other,
        };
        let kind = match m.kind {
            "title" => "标题",
            "alias" => "别名",
            "pattern" => "模式",
            "contains" => "包含名称",
            "concept" => "概念词",
            "position" => "位置",
            other => other,
        };
        let mut s = format!(
            "`{}` {}（{role}）：{kind}{hits}，得分 {}",
            m.item, m.item_title, m.score
        );
        if !m.content.is_empty() {
            s.push_str(&format!("，正文有 `{}` 的内容", m.content.join("`、`")));
        }
        if let Some(p) = &m.position {
            let unit = if m.role == "section" { "节" } else { "章" };
            s.push_str(&format!("，第 {}/{} {unit}", p.index, p.of));
            match (&p.after, &p.before) {
                (Some(a), Some(b)) => s.push_str(&format!("，位于 `{a}` 之后、`{b}` 之前")),
                (Some(a), None) => s.push_str(&format!("，位于 `{a}` 之后")),
                (None, Some(b)) => s.push_str(&format!("，位于 `{b}` 之前")),
                (None, None) => {}
            }
        }
        if m.in_order == Some(false) {
            s.push_str("，不在大纲顺序中");
        }
        return s;
    }
    let mut s = format!(
        "{} {} ({}): {}{hits}, score {}",
        m.item, m.item_title, m.role, m.kind, m.score
    );
    if !m.content.is_empty() {
        s.push_str(&format!(", text holds {}", m.content.join(", ")));
    }
    if let Some(p) = &m.position {
        let unit = if m.role == "section" {
            "section"
        } else {
            "chapter"
        };
        s.push_str(&format!(", {unit} {}/{}", p.index, p.of));
        if let Some(a) = &p.after {
            s.push_str(&format!(" after {a}"));
        }
        if let Some(b) = &p.before {
            s.push_str(&format!(", before {b}"));
        }
    }
    if m.in_order == Some(false) {
        s.push_str(", out of the outline's order");
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
fn source_name(s: HeadingSource, lang: Lang) -> &'static str {
    match (s, lang) {
        (HeadingSource::Markdown, Lang::En) => "markdown",
        (HeadingSource::Style, Lang::En) => "style",
        (HeadingSource::OutlineLevel, Lang::En) => "outline level",
        (HeadingSource::AutoNumbering, Lang::En) => "auto numbering",
        (HeadingSource::NumberedText, Lang::En) => "numbered text",
        (HeadingSource::Markdown, Lang::Zh) => "Markdown 标题",
        (HeadingSource::Style, Lang::Zh) => "标题样式",
        (HeadingSource::OutlineLevel, Lang::Zh) => "大纲级别",
        (HeadingSource::AutoNumbering, Lang::Zh) => "自动编号",
        (HeadingSource::NumberedText, Lang::Zh) => "编号文本",
    }
}
