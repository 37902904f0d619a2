//! `input/encoding`: the file was decoded from a legacy encoding (GBK/GB18030).

use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::finding::{Encoding, Finding};

pub const DOC: RuleDoc = RuleDoc {
    id: "input/encoding",
    category: Category::Input,
    severity: Severity::Info,
    summary: Text {
        zh: "文件使用旧编码（GBK/GB18030）",
        en: "decoded from a legacy encoding (GBK/GB18030)",
    },
    why: Text {
        zh: "GBK 编码的文本在其他工具和编辑器中常显示为乱码；建议另存为 UTF-8。peaklint 已按 GB18030 正确解码，检查结果不受影响。",
        en: "GBK text shows as mojibake in many tools and editors; save it as UTF-8. peaklint decoded it as GB18030, so the findings are unaffected.",
    },
    fails: "",
    passes: "## 一、总则\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(enc) = cx.doc.encoding.filter(|e| e.is_legacy()) else {
        return;
    };
    let finding = Finding::Encoding(Encoding {
        encoding: enc.as_str().to_string(),
    });
    if let Some(d) = cx.diagnostic(&DOC, finding) {
        out.push(d);
    }
}
