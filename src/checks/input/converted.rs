//! `input/converted`: the file was converted before it was read (a .doc or .wps file,
//! through LibreOffice).

use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::finding::{Converted, Finding};

pub const DOC: RuleDoc = RuleDoc {
    id: "input/converted",
    category: Category::Input,
    severity: Severity::Info,
    summary: Text {
        zh: "文件经 LibreOffice 从 .doc/.wps 转换为 .docx 后检查",
        en: "checked after LibreOffice converted it from .doc/.wps to .docx",
    },
    why: Text {
        zh: "旧版 Word（.doc）和 WPS（.wps）文件由本机安装的 LibreOffice 转换为 .docx 后读取；段落编号（¶）按转换后的 .docx 计数，与原文件的段落顺序一致。转换可能改变个别自动编号或文本框的呈现；建议提交方另存为 .docx。",
        en: "Legacy Word (.doc) and WPS (.wps) files are read after the LibreOffice installed on this machine converts them to .docx; paragraph numbers (¶) count the paragraphs of the converted .docx, in the original's order. A conversion may render some automatic numbers or text boxes differently; ask the submitter for a .docx.",
    },
    fails: "",
    passes: "## 一、总则\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(from) = cx.doc.converted_from.as_deref() else {
        return;
    };
    let finding = Finding::Converted(Converted {
        from: from.to_string(),
    });
    if let Some(d) = cx.diagnostic(&DOC, finding) {
        out.push(d);
    }
}
