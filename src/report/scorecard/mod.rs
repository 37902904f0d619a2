//! The reviewer scorecard (`peaklint report`): every submission of a batch side by side,
//! ranked, then each submission's findings with an excerpt of its text. One model
//! ([`model::Scorecard`]) rendered as a self-contained HTML page, CSV or Markdown.

pub mod card;
pub mod csv;
pub mod html;
pub mod markdown;
pub mod model;

use crate::checks::principle::Status;
use crate::diagnostic::Severity;

pub use model::Scorecard;

/// Output formats of `peaklint report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Csv,
    Markdown,
}

impl ReportFormat {
    /// The format an output file's extension asks for (`.html`/`.htm`, `.csv`,
    /// `.md`/`.markdown`), if any.
    pub fn from_extension(path: &std::path::Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(ReportFormat::Html),
            "csv" => Some(ReportFormat::Csv),
            "md" | "markdown" => Some(ReportFormat::Markdown),
            _ => None,
        }
    }
}

/// What a CSV row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvRows {
    /// One row per submission (the comparison table).
    #[default]
    Submissions,
    /// One row per finding.
    Findings,
}

/// Render a scorecard in a format (`rows` applies to CSV only).
pub fn render(card: &Scorecard, format: ReportFormat, rows: CsvRows) -> String {
    match (format, rows) {
        (ReportFormat::Html, _) => html::render(card),
        (ReportFormat::Csv, CsvRows::Submissions) => csv::render(card),
        (ReportFormat::Csv, CsvRows::Findings) => csv::render_findings(card),
        (ReportFormat::Markdown, _) => markdown::render(card),
    }
}

/// The words of the HTML and Markdown pages, in Chinese or English.
pub(crate) struct Labels {
    pub title: &'static str,
    pub ranking_rule: &'static str,
    pub rank: &'static str,
    pub file: &'static str,
    pub format: &'static str,
    pub status: &'static str,
    pub coverage: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub infos: &'static str,
    pub suppressed: &'static str,
    pub checked: &'static str,
    pub unreadable: &'static str,
    pub reason: &'static str,
    pub principles: &'static str,
    pub categories: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub severity: &'static str,
    pub rule: &'static str,
    pub location: &'static str,
    pub message: &'static str,
    pub excerpt: &'static str,
    pub whole_document: &'static str,
    pub justification: &'static str,
    /// `: ` or `：`.
    pub colon: &'static str,
    /// Label of a finding's help.
    pub fix: &'static str,
    /// Label of a finding's related places.
    pub see_also: &'static str,
    pub submissions: &'static str,
    pub sort_hint: &'static str,
    pub category_names: [&'static str; 6],
}

pub(crate) fn labels(lang_en: bool) -> Labels {
    if lang_en {
        Labels {
            title: "Carbon-peak plan review scorecard",
            ranking_rule: "Ranking: readable files first; then fewest errors, fewest warnings, highest outline coverage, fewest infos; ties by file name. Suppressed findings do not count.",
            rank: "Rank",
            file: "File",
            format: "Format",
            status: "Status",
            coverage: "Outline coverage %",
            errors: "Errors",
            warnings: "Warnings",
            infos: "Infos",
            suppressed: "Suppressed",
            checked: "checked",
            unreadable: "unreadable",
            reason: "Reason",
            principles: "Principles",
            categories: "Findings by category",
            findings: "Findings",
            no_findings: "No findings.",
            severity: "Severity",
            rule: "Rule",
            location: "Location",
            message: "Message",
            excerpt: "Excerpt",
            whole_document: "whole document",
            justification: "justification",
            colon: ": ",
            fix: "fix",
            see_also: "see also",
            submissions: "submission(s)",
            sort_hint: "Click a column header to sort; click again to reverse.",
            category_names: model::CATEGORIES,
        }
    } else {
        Labels {
            title: "碳达峰实施方案评审记分卡",
            ranking_rule: "排名规则：可读取的文件在前；其次错误最少、警告最少、大纲覆盖率最高、提示最少；再按文件名。已抑制的问题不计入。",
            rank: "排名",
            file: "文件",
            format: "格式",
            status: "状态",
            coverage: "大纲覆盖率 %",
            errors: "错误",
            warnings: "警告",
            infos: "提示",
            suppressed: "已抑制",
            checked: "已检查",
            unreadable: "无法读取",
            reason: "原因",
            principles: "基本原则",
            categories: "按类别统计",
            findings: "问题",
            no_findings: "未发现问题。",
            severity: "级别",
            rule: "规则",
            location: "位置",
            message: "说明",
            excerpt: "原文摘录",
            whole_document: "全文",
            justification: "理由",
            colon: "：",
            fix: "修改建议",
            see_also: "另见",
            submissions: "份方案",
            sort_hint: "点击列标题排序，再次点击倒序。",
            category_names: ["结构", "边界", "目标", "原则", "一致性", "输入"],
        }
    }
}

pub(crate) fn severity_label(s: Severity, lang_en: bool) -> &'static str {
    match (s, lang_en) {
        (Severity::Error, true) => "error",
        (Severity::Warning, true) => "warning",
        (Severity::Info, true) => "info",
        (Severity::Error, false) => "错误",
        (Severity::Warning, false) => "警告",
        (Severity::Info, false) => "提示",
    }
}

pub(crate) fn status_label(s: Option<Status>, lang_en: bool) -> &'static str {
    match (s, lang_en) {
        (Some(Status::Met), true) => "met",
        (Some(Status::Partly), true) => "partly",
        (Some(Status::Missing), true) => "missing",
        (None, true) => "-",
        (Some(Status::Met), false) => "满足",
        (Some(Status::Partly), false) => "部分",
        (Some(Status::Missing), false) => "缺失",
        (None, false) => "-",
    }
}

/// The headline numbers of a submission: (label, value) for coverage and the counts.
pub(crate) fn facts(r: &model::Submission, l: &Labels) -> [(&'static str, String); 5] {
    [
        (
            l.coverage.trim_end_matches(" %"),
            format!("{}%", r.coverage),
        ),
        (l.errors, r.counts.errors.to_string()),
        (l.warnings, r.counts.warnings.to_string()),
        (l.infos, r.counts.infos.to_string()),
        (l.suppressed, r.counts.suppressed.to_string()),
    ]
}

/// The name of principle `i` (0–4) in the page's language.
pub(crate) fn principle_name(i: usize, lang_en: bool) -> &'static str {
    model::PRINCIPLES
        .get(i)
        .map_or("", |(id, zh)| if lang_en { id } else { zh })
}
