//! `input/unreadable`: the file cannot be parsed (corrupt .docx, not a document).

use crate::checks::{Lang, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::ReadError;

pub const DOC: RuleDoc = RuleDoc {
    id: "input/unreadable",
    category: Category::Input,
    severity: Severity::Error,
    summary: Text {
        zh: "文件无法读取（损坏的 .docx、不是文档、超出输入限制）",
        en: "the file cannot be parsed (corrupt .docx, not a document, input limit hit)",
    },
    why: Text {
        zh: "无法读取的文件不能被检查；peaklint 不会把部分结果当作完整报告。请另存为 .docx（Word/WPS“另存为”）、UTF-8 文本或 Markdown 后重试。",
        en: "A file that cannot be read cannot be checked, and peaklint never passes off a partial report as complete. Save it again as .docx, UTF-8 text or Markdown.",
    },
    fails: "",
    passes: "## 一、总则\n\n正文。\n",
};

/// The finding for a file that could not be read (always an error: nothing was checked).
///
/// The one finding worded where it is made, in the run's language, and with no typed
/// `data`: its reason is the reader's [`ReadError`], which words itself in either language
/// from its own variants (`document::read_message`) and is not plain data to carry. It is
/// never rendered again — an unreadable document has no checked findings to switch.
pub fn diagnostic(error: &ReadError, en: bool) -> Diagnostic {
    let message = error.cannot_read(if en { Lang::En } else { Lang::Zh });
    Diagnostic::new(DOC.id, DOC.category, Severity::Error, message)
}
