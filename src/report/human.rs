//! Human output: rustc-style diagnostics rendered by miette. Text files show the
//! source line with the span underlined, numbered as in the file; .docx files show the
//! paragraph text, numbered with its paragraph number (¶N) under a header with the heading
//! path. A line wider than the frame is cropped around the span (CJK characters count
//! two columns), so the underline stays under what fired.

use std::ops::Range;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::checks::principle::{PrincipleStatus, Status};
use crate::diagnostic::{Counts, Diagnostic, Severity, Span};
use crate::pipeline::FileResult;
use crate::report::outline::where_in;
use crate::report::terminal::{escape, escape_mapped};

/// How the human output is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Unicode box drawing with colours.
    Color,
    /// Unicode box drawing, no colours (pipes, files, tests).
    Plain,
    /// ASCII only, for terminals that draw box characters double-width.
    Ascii,
}

pub fn render(files: &[FileResult], style: Style, lang_en: bool) -> String {
    let theme = match style {
        Style::Color => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
        Style::Ascii => GraphicalTheme::none(),
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .without_primary_span_start()
        .with_width(REPORT_WIDTH);
    let mut out = String::new();
    let mut total = Counts::default();
    for f in files {
        for d in f.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            render_one(&handler, f, d, style, lang_en, &mut out);
        }
        if !f.principles.is_empty() {
            out.push_str(&principles_line(f, style, lang_en));
            out.push_str("\n\n");
        }
        let c = Counts::of(&f.diagnostics);
        total.errors += c.errors;
        total.warnings += c.warnings;
        total.infos += c.infos;
        total.suppressed += c.suppressed;
    }
    let checked = files.iter().filter(|f| f.readable).count();
    let unreadable = files.len() - checked;
    let suppressed = match (total.suppressed, lang_en) {
        (0, _) => String::new(),
        (n, true) => format!(", {n} suppressed"),
        (n, false) => format!("，{n} 条已抑制"),
    };
    if lang_en {
        out.push_str(&format!(
            "{} file(s) checked, {} unreadable: {} error(s), {} warning(s), {} info{suppressed}\n",
            checked, unreadable, total.errors, total.warnings, total.infos
        ));
    } else {
        out.push_str(&format!(
            "检查 {} 个文件，{} 个无法读取：{} 个错误，{} 个警告，{} 条提示{suppressed}\n",
            checked, unreadable, total.errors, total.warnings, total.infos
        ));
    }
    out
}

/// Widest source line shown, in terminal columns (a CJK character is two): a longer line
/// is cropped around the span with `…`, so the underline stays under the text it marks.
const FRAME_WIDTH: usize = 76;

fn render_one(
    handler: &GraphicalReportHandler,
    f: &FileResult,
    d: &Diagnostic,
    style: Style,
    lang_en: bool,
    out: &mut String,
) {
    let severity = match d.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    };
    let mut diag = MietteDiagnostic::new(escape(&d.message))
        .with_code(d.rule)
        .with_severity(severity);
    // miette labels help `help:`; Chinese output labels it itself (below the frame).
    if let (Some(h), true) = (&d.help, lang_en) {
        diag = diag.with_help(escape(h).into_owned());
    }
    let place = d
        .location
        .as_ref()
        .map(|l| {
            let mut s = format!("{}:{}", f.path, where_in(l, lang_en));
            if f.source.is_empty() && !l.section.is_empty() {
                s.push_str(&format!(" › {}", l.section.join(" › ")));
            }
            s
        })
        .unwrap_or_else(|| f.path.clone());
    let place = escape(&place).into_owned();
    let ellipsis = if style == Style::Ascii { "..." } else { "…" };
    let snippet = match (&d.span, f.source.is_empty()) {
        (Some(_), false) => {
            let l = d.location.as_ref();
            let start = l.and_then(|l| l.byte_start).unwrap_or(0);
            let end = l.and_then(|l| l.byte_end).unwrap_or(start);
            Some(text_snippet(&f.source, start..end.max(start), ellipsis))
        }
        (Some(span), true) => {
            let paragraph = d
                .location
                .as_ref()
                // A PDF's frame is numbered with the line on the page.
                .and_then(|l| l.paragraph.or(l.line))
                .and_then(|p| usize::try_from(p).ok());
            Some(paragraph_snippet(span, paragraph, ellipsis))
        }
        (None, _) => None,
    };
    let mut buf = String::new();
    let result = match snippet {
        Some((mut snippet, range)) => {
            // Control characters of the text shown escaped, the span moved with them.
            let mut at = [range.start, range.end];
            snippet.text = escape_mapped(&snippet.text, &mut at).into_owned();
            let range = at[0]..at[1].max(at[0]);
            diag = diag.with_label(LabeledSpan::new_primary_with_span(None, range));
            let report = miette::Report::new(diag).with_source_code(Snippet {
                name: place.clone(),
                ..snippet
            });
            handler.render_report(&mut buf, report.as_ref())
        }
        None => {
            buf.push_str(&format!("{place}\n"));
            let report = miette::Report::new(diag);
            handler.render_report(&mut buf, report.as_ref())
        }
    };
    if result.is_err() {
        buf = format!(
            "{}: {}[{}]: {}\n",
            place,
            d.severity.as_str(),
            d.rule,
            escape(&d.message)
        );
    }
    if let (Some(h), false) = (&d.help, lang_en) {
        buf.push_str(&wrap_help("  建议：", &escape(h)));
    }
    let colon = if lang_en { ": " } else { "：" };
    for r in &d.related {
        buf.push_str(&format!(
            "    = {}{colon}{}\n",
            where_in(&r.location, lang_en),
            escape(&r.message)
        ));
    }
    out.push_str(&buf);
    out.push('\n');
}

/// Width of the report, as given to miette.
const REPORT_WIDTH: usize = 100;

/// `label` then `text`, wrapped at [`REPORT_WIDTH`] columns (CJK counts two) with the
/// continuation lines under the text, as miette lays out its English `help:`.
fn wrap_help(label: &str, text: &str) -> String {
    let indent = UnicodeWidthStr::width(label);
    let mut out = String::from(label);
    let mut used = indent;
    for c in text.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > REPORT_WIDTH && used > indent {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            used = indent;
        }
        out.push(c);
        used += w;
    }
    out.push('\n');
    out
}

/// The text a code frame shows, and the line number its first line has in the gutter.
struct Snippet {
    name: String,
    text: String,
    /// 0-based number of the first line of `text` (a .docx: the paragraph number − 1).
    first_line: usize,
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// A text file's frame: the whole file (miette shows the span's line with one line of
/// context), or, when the span's line is wider than [`FRAME_WIDTH`], that line alone,
/// cropped around the span, numbered as in the file.
fn text_snippet(source: &str, range: Range<usize>, ellipsis: &str) -> (Snippet, Range<usize>) {
    let range = clamp(source, range);
    let line_start = source[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[range.start..]
        .find('\n')
        .map_or(source.len(), |i| range.start + i);
    let line = source[line_start..line_end].trim_end_matches('\r');
    if UnicodeWidthStr::width(line) <= FRAME_WIDTH {
        let whole = Snippet {
            name: String::new(),
            text: source.to_owned(),
            first_line: 0,
        };
        return (whole, range);
    }
    let within = range.start - line_start..range.end.min(line_start + line.len()) - line_start;
    let (text, range) = crop(line, within, ellipsis);
    let first_line = source[..line_start].matches('\n').count();
    let snippet = Snippet {
        name: String::new(),
        text,
        first_line,
    };
    (snippet, range)
}

/// A .docx finding's frame: its paragraph (line breaks inside it shown as spaces, so it
/// is one numbered line), numbered with the paragraph number, cropped around the span
/// when wider than [`FRAME_WIDTH`].
fn paragraph_snippet(
    span: &Span,
    paragraph: Option<usize>,
    ellipsis: &str,
) -> (Snippet, Range<usize>) {
    let text = span.text.replace(['\n', '\r'], " ");
    let range = clamp(&text, span.range.clone());
    let (text, range) = crop(&text, range, ellipsis);
    let snippet = Snippet {
        name: String::new(),
        text,
        first_line: paragraph.unwrap_or(1).saturating_sub(1),
    };
    (snippet, range)
}

/// Crop one line to [`FRAME_WIDTH`] columns around `range` (on character boundaries):
/// context is kept on both sides, `ellipsis` marks what was cut, and the range is moved
/// to the cropped text. A span wider than the frame keeps its start.
fn crop(line: &str, range: Range<usize>, ellipsis: &str) -> (String, Range<usize>) {
    if UnicodeWidthStr::width(line) <= FRAME_WIDTH {
        return (line.to_owned(), range);
    }
    let range = clamp(line, range);
    let room = FRAME_WIDTH.saturating_sub(2 * UnicodeWidthStr::width(ellipsis));
    let marked = UnicodeWidthStr::width(&line[range.clone()]);
    let width = |c: char| UnicodeWidthChar::width(c).unwrap_or(0);
    // Left context: half of what the span leaves, more when the line ends soon after.
    let mut left = range.start;
    let mut used = 0;
    let left_budget = room.saturating_sub(marked) / 2;
    for (i, c) in line[..range.start].char_indices().rev() {
        if used + width(c) > left_budget {
            break;
        }
        used += width(c);
        left = i;
    }
    let mut right = range.start;
    let mut budget = room.saturating_sub(used);
    for (i, c) in line[range.start..].char_indices() {
        if width(c) > budget {
            break;
        }
        budget -= width(c);
        right = range.start + i + c.len_utf8();
    }
    // The line may end before the budget is spent: give the rest to the left.
    if right == line.len() {
        for (i, c) in line[..left].char_indices().rev() {
            if width(c) > budget {
                break;
            }
            budget -= width(c);
            left = i;
        }
    }
    let prefix = if left > 0 { ellipsis } else { "" };
    let suffix = if right < line.len() { ellipsis } else { "" };
    let text = format!("{prefix}{}{suffix}", &line[left..right]);
    let start = range.start - left + prefix.len();
    let end = range.end.min(right).max(range.start) - left + prefix.len();
    (text, start..end)
}

/// `path 原则：协调性 ✓ 准确性 ◐ 可行性 ✓ 前瞻性 ✗ 科学性 ✓` (ASCII: `+ ~ -`;
/// English: `path principles: coordination met, accuracy partly, …`).
fn principles_line(f: &FileResult, style: Style, lang_en: bool) -> String {
    if lang_en {
        let items: Vec<String> = f
            .principles
            .iter()
            .map(|p| format!("{} {}", p.id, p.status.as_str()))
            .collect();
        return format!("{} principles: {}", escape(&f.path), items.join(", "));
    }
    let items: Vec<String> = f
        .principles
        .iter()
        .map(|p: &PrincipleStatus| format!("{} {}", p.name, symbol(p.status, style)))
        .collect();
    format!("{} 原则：{}", escape(&f.path), items.join(" "))
}

fn symbol(status: Status, style: Style) -> &'static str {
    match (status, style) {
        (Status::Met, Style::Ascii) => "+",
        (Status::Partly, Style::Ascii) => "~",
        (Status::Missing, Style::Ascii) => "-",
        (Status::Met, _) => "✓",
        (Status::Partly, _) => "◐",
        (Status::Missing, _) => "✗",
    }
}

/// Keep a range inside the text and on character boundaries.
fn clamp(text: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut start = r.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = r.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}
