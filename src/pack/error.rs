//! Located errors in rules files and `peaklint.yaml`.
//!
//! A [`RulesError`] carries one or more [`Problem`]s; each points at a byte span of the file
//! it comes from and knows its 1-based line and character column. It renders with miette:
//! the first problem is the report, the others are related reports. The snippet header
//! (`file:line:col`) counts columns in characters, not bytes (miette's default counts bytes,
//! which is wrong on any line with Chinese text before the error).
//!
//! Every message, label and help text is written in Chinese and English ([`Msg`]); a
//! report renders in English unless [`RulesError::in_lang`] asks for Chinese, which the
//! command line does by default.

use std::fmt;
use std::sync::Arc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use crate::lang::Lang;

/// A message in Chinese and English: every text of a rules-file report is both.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Msg {
    pub zh: String,
    pub en: String,
}

impl Msg {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// Both texts with `prefix` before them (`did you mean …? ` before a list).
    pub(crate) fn prefixed(self, prefix: Option<Msg>) -> Msg {
        match prefix {
            Some(p) => Msg::new(p.zh + &self.zh, p.en + " " + &self.en),
            None => self,
        }
    }
}

/// The text of a rules file and its name for reports.
#[derive(Debug)]
pub struct SourceFile {
    name: String,
    text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Wrap a file's text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<SourceFile> {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Arc::new(SourceFile {
            name: name.into(),
            text,
            line_starts,
        })
    }

    /// The name used in reports.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_column(&self, byte: usize) -> (usize, usize) {
        let byte = self.floor_char_boundary(byte.min(self.text.len()));
        let line = match self.line_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts[line];
        let column = self.text[start..byte].chars().count();
        (line + 1, column + 1)
    }

    /// Byte offset of a 1-based line and character column (clamped to the text).
    pub fn byte_offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let line_text = &self.text[start..end];
        let within = line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map(|(i, _)| i)
            .unwrap_or_else(|| line_text.trim_end_matches(['\n', '\r']).len());
        start + within
    }

    fn floor_char_boundary(&self, mut byte: usize) -> usize {
        while byte > 0 && !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        byte
    }
}

impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        // miette counts the column in bytes; report characters instead.
        let column = if context_lines_before == 0 {
            self.line_column(span.offset()).1 - 1
        } else {
            inner.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}

/// What went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// Not valid YAML.
    Syntax,
    /// A key the schema does not know.
    UnknownKey,
    /// A value of the wrong type or an unknown enum value.
    WrongType,
    /// A required key is absent.
    MissingKey,
    /// A value that is well-typed but not allowed (empty alias, bad factor …).
    InvalidValue,
    /// A regex the `regex` crate rejects, or one without a required named group.
    InvalidRegex,
    /// An id used twice.
    DuplicateId,
    /// A reference to an id that does not exist.
    DanglingReference,
    /// `schema_version` other than 1.
    UnsupportedVersion,
    /// A file could not be read.
    Io,
}

impl ProblemKind {
    /// Diagnostic code, e.g. `rules::unknown-key`.
    pub fn code(self) -> &'static str {
        match self {
            ProblemKind::Syntax => "rules::syntax",
            ProblemKind::UnknownKey => "rules::unknown-key",
            ProblemKind::WrongType => "rules::wrong-type",
            ProblemKind::MissingKey => "rules::missing-key",
            ProblemKind::InvalidValue => "rules::invalid-value",
            ProblemKind::InvalidRegex => "rules::invalid-regex",
            ProblemKind::DuplicateId => "rules::duplicate-id",
            ProblemKind::DanglingReference => "rules::dangling-reference",
            ProblemKind::UnsupportedVersion => "rules::unsupported-version",
            ProblemKind::Io => "rules::io",
        }
    }
}

/// One located problem.
#[derive(Debug, Clone)]
pub struct Problem {
    kind: ProblemKind,
    message: Msg,
    help: Option<Msg>,
    file: Option<Arc<SourceFile>>,
    span: SourceSpan,
    label: Msg,
    /// Another place worth showing (the first definition of a duplicate id).
    secondary: Option<(SourceSpan, Msg)>,
    /// The language the miette rendering uses.
    lang: Lang,
}

impl Problem {
    pub(crate) fn new(
        kind: ProblemKind,
        file: &Arc<SourceFile>,
        span: SourceSpan,
        message: Msg,
        label: Msg,
    ) -> Problem {
        Problem {
            kind,
            message,
            help: None,
            file: Some(Arc::clone(file)),
            span,
            label,
            secondary: None,
            lang: Lang::En,
        }
    }

    /// A problem without a place (a file that cannot be read).
    pub(crate) fn unlocated(kind: ProblemKind, message: Msg) -> Problem {
        Problem {
            kind,
            message,
            help: None,
            file: None,
            span: SourceSpan::from(0..0),
            label: Msg::default(),
            secondary: None,
            lang: Lang::En,
        }
    }

    pub(crate) fn with_help(mut self, help: Msg) -> Problem {
        self.help = Some(help);
        self
    }

    pub(crate) fn with_secondary(mut self, span: SourceSpan, label: Msg) -> Problem {
        self.secondary = Some((span, label));
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ProblemKind {
        self.kind
    }

    /// The message in English, without location.
    pub fn message(&self) -> &str {
        &self.message.en
    }

    /// The message in `lang`, without location.
    pub fn message_in(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }

    /// How to fix it (in English), when known.
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_ref().map(|h| h.en.as_str())
    }

    /// How to fix it in `lang`, when known.
    pub fn help_in(&self, lang: Lang) -> Option<&str> {
        self.help.as_ref().map(|h| h.get(lang))
    }

    /// The file it is in (`None` when it could not be read at all).
    pub fn file(&self) -> Option<&str> {
        self.file.as_deref().map(SourceFile::name)
    }

    /// Byte range in the file.
    pub fn byte_range(&self) -> std::ops::Range<usize> {
        self.span.offset()..self.span.offset() + self.span.len()
    }

    /// 1-based line (0 when unlocated).
    pub fn line(&self) -> usize {
        self.file
            .as_ref()
            .map_or(0, |f| f.line_column(self.span.offset()).0)
    }

    /// 1-based column in characters (0 when unlocated).
    pub fn column(&self) -> usize {
        self.file
            .as_ref()
            .map_or(0, |f| f.line_column(self.span.offset()).1)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.get(self.lang))
    }
}

impl std::error::Error for Problem {}

impl Diagnostic for Problem {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.kind.code()))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h.get(self.lang)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.file.as_deref().map(|f| f as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.file.as_ref()?;
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            Some(self.label.get(self.lang).to_owned()),
            self.span,
        )];
        if let Some((span, label)) = &self.secondary {
            labels.push(LabeledSpan::new_with_span(
                Some(label.get(self.lang).to_owned()),
                *span,
            ));
        }
        Some(Box::new(labels.into_iter()))
    }
}

/// Errors found in a rules file or `peaklint.yaml`: at least one [`Problem`].
///
/// All problems of the validation pass are collected (a YAML error stops parsing, so it
/// comes alone). [`RulesError::line`] and [`RulesError::column`] give the first problem's
/// place for the JSON output; [`RulesError::problems`] gives all.
///
/// Like `miette::Report`, its `Debug` output is the rendered report (so `{err:?}` prints
/// the located snippets); [`RulesError::render`] renders without colour at a given width.
#[derive(Clone)]
pub struct RulesError {
    problems: Vec<Problem>,
}

impl RulesError {
    pub(crate) fn from_problems(problems: Vec<Problem>) -> Option<RulesError> {
        (!problems.is_empty()).then_some(RulesError { problems })
    }

    pub(crate) fn single(problem: Problem) -> RulesError {
        RulesError {
            problems: vec![problem],
        }
    }

    fn first(&self) -> &Problem {
        // Invariant: never empty (see the constructors).
        &self.problems[0]
    }

    /// Every problem, in file order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Kind of the first problem.
    pub fn kind(&self) -> ProblemKind {
        self.first().kind()
    }

    /// File of the first problem.
    pub fn file(&self) -> Option<&str> {
        self.first().file()
    }

    /// 1-based line of the first problem (0 when unlocated).
    pub fn line(&self) -> usize {
        self.first().line()
    }

    /// 1-based character column of the first problem (0 when unlocated).
    pub fn column(&self) -> usize {
        self.first().column()
    }

    /// The same problems, rendered (by `Display`, `Debug`, [`RulesError::render`]) in
    /// `lang`.
    pub fn in_lang(&self, lang: Lang) -> RulesError {
        let mut out = self.clone();
        for p in &mut out.problems {
            p.lang = lang;
        }
        out
    }

    /// The report as the command line prints it: miette's rendering (colours when the
    /// terminal has them), every problem with its `file:line:column` and snippet, in
    /// `lang` — miette's own words (`help:`, `Error:` before a related problem) included.
    pub fn report(&self, lang: Lang) -> String {
        let mut out = String::new();
        let this = self.in_lang(lang);
        if GraphicalReportHandler::new()
            .render_report(&mut out, &this)
            .is_err()
        {
            return this.to_string();
        }
        localize_miette(&out, lang)
    }
}

/// miette writes `help:` before the help and `Error:` before each related report in
/// English; in Chinese they are `提示：` (the same width) and `错误：`. Only words at the
/// start of a line (after indentation and colour codes) are replaced, never the quoted
/// file text, which follows a line number and a bar.
fn localize_miette(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_owned();
    }
    text.split_inclusive('\n')
        .map(|line| {
            // Indentation and the colour codes miette may put before the word.
            let mut start = 0;
            loop {
                let rest = &line[start..];
                if rest.starts_with([' ', '\t']) {
                    start += 1;
                } else if rest.starts_with('\u{1b}') {
                    match rest.find('m') {
                        Some(m) => start += m + 1,
                        None => break,
                    }
                } else {
                    break;
                }
            }
            let (lead, rest) = line.split_at(start);
            if let Some(after) = rest.strip_prefix("help:") {
                format!("{lead}提示：{}", after.strip_prefix(' ').unwrap_or(after))
            } else if let Some(after) = rest.strip_prefix("Error: ") {
                format!("{lead}错误：{after}")
            } else {
                line.to_owned()
            }
        })
        .collect()
}

impl RulesError {
    /// The report as plain text (Unicode box drawing, no colour, no links) at `width`
    /// columns, in the language of [`RulesError::in_lang`] (English by default): what
    /// tests snapshot.
    pub fn render(&self, width: usize) -> String {
        let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .with_links(false)
            .with_width(width);
        let mut out = String::new();
        match handler.render_report(&mut out, self) {
            Ok(()) => localize_miette(&out, self.first().lang),
            Err(_) => self.to_string(),
        }
    }
}

impl fmt::Debug for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return f
                .debug_struct("RulesError")
                .field("problems", &self.problems)
                .finish();
        }
        GraphicalReportHandler::new().render_report(f, self)
    }
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.first(), f)
    }
}

impl std::error::Error for RulesError {}

impl Diagnostic for RulesError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.first().code()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.first().help()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.first().source_code()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.first().labels()
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.problems.len() < 2 {
            return None;
        }
        Some(Box::new(
            self.problems[1..].iter().map(|p| p as &dyn Diagnostic),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn miette_words_are_localized_at_line_starts_only() {
        let text =
            "  help: write it\n 3 │   help: x\nError: two\n\u{1b}[36m  help: \u{1b}[0mmore\n";
        assert_eq!(
            localize_miette(text, Lang::Zh),
            "  提示：write it\n 3 │   help: x\n错误：two\n\u{1b}[36m  提示：\u{1b}[0mmore\n"
        );
        assert_eq!(localize_miette(text, Lang::En), text);
    }

    #[test]
    fn line_column_counts_characters() {
        let f = SourceFile::new("x.yaml", "a: 1\n名称: 碳排放\n");
        let byte = f.text().find("碳").unwrap_or(0);
        assert_eq!(f.line_column(byte), (2, 5));
        assert_eq!(f.byte_offset(2, 5), byte);
        assert_eq!(f.line_column(0), (1, 1));
        assert_eq!(f.byte_offset(9, 1), f.text().len());
    }
}
