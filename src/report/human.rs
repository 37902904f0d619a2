//! Human output: rustc-style diagnostics rendered by miette. Text files show the
//! source line with the span underlined; .docx files show the paragraph text with its
//! paragraph number and heading path.

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource};

use crate::check::FileResult;
use crate::checks::principle::{PrincipleStatus, Status};
use crate::diagnostic::{Counts, Diagnostic, Severity};
use crate::document::Origin;
use crate::report::outline::where_;
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
        .with_width(100);
    let mut out = String::new();
    let mut total = Counts::default();
    for f in files {
        for d in f.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            render_one(&handler, f, d, &mut out);
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

fn render_one(handler: &GraphicalReportHandler, f: &FileResult, d: &Diagnostic, out: &mut String) {
    let severity = match d.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    };
    let mut diag = MietteDiagnostic::new(escape(&d.message))
        .with_code(d.rule)
        .with_severity(severity);
    if let Some(h) = &d.help {
        diag = diag.with_help(escape(h));
    }
    let place = d
        .location
        .as_ref()
        .map(|l| {
            let mut s = format!("{}:{}", f.path, where_(l));
            if f.source.is_empty() && !l.section.is_empty() {
                s.push_str(&format!(" › {}", l.section.join(" › ")));
            }
            s
        })
        .unwrap_or_else(|| f.path.clone());
    let place = escape(&place).into_owned();
    let text = match (&d.span, f.source.is_empty()) {
        (Some(span), false) => {
            let start = d.location.as_ref().and_then(|l| l.byte_start).unwrap_or(0);
            let end = d
                .location
                .as_ref()
                .and_then(|l| l.byte_end)
                .unwrap_or(start);
            let _ = span;
            let mut at = [start, end.max(start)];
            let source = escape_mapped(&f.source, &mut at).into_owned();
            diag = diag.with_label(LabeledSpan::new_primary_with_span(None, at[0]..at[1]));
            Some(source)
        }
        (Some(span), true) => {
            let range = clamp(&span.text, span.range.clone());
            let mut at = [range.start, range.end];
            let text = escape_mapped(&span.text, &mut at).into_owned();
            diag = diag.with_label(LabeledSpan::new_primary_with_span(None, at[0]..at[1]));
            Some(text)
        }
        (None, _) => None,
    };
    let mut buf = String::new();
    let result = match text {
        Some(t) => {
            let src = NamedSource::new(place.clone(), t);
            let report = miette::Report::new(diag).with_source_code(src);
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
            d.message
        );
    }
    for r in &d.related {
        buf.push_str(&format!(
            "    = {}: {}\n",
            where_(&r.location),
            escape(&r.message)
        ));
    }
    out.push_str(&buf);
    out.push('\n');
    let _ = Origin::None;
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
