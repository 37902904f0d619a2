//! `input/no-structure`: no headings could be detected at all.

use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::finding::Finding;

pub const DOC: RuleDoc = RuleDoc {
    id: "input/no-structure",
    category: Category::Input,
    severity: Severity::Error,
    summary: Text {
        zh: "未识别出任何章节标题",
        en: "no headings could be detected at all",
    },
    why: Text {
        zh: "没有章节结构就无法对照附录A编制大纲检查方案。peaklint 识别标题样式（标题 1/Heading 1）、大纲级别、自动编号和 GB/T 9704 编号文字（一、（一）1.（1）、第一章）。",
        en: "Without chapters the plan cannot be checked against Appendix A. peaklint recognises heading styles, outline levels, automatic numbering and GB/T 9704 numbered text (一、 （一） 1. （1）, 第一章).",
    },
    fails: "本方案旨在推动园区绿色低碳发展。\n",
    passes: "## 一、总则\n\n本方案旨在推动园区绿色低碳发展。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.doc.headings().next().is_some() {
        return;
    }
    if let Some(d) = cx.diagnostic(&DOC, Finding::NoStructure) {
        out.push(d);
    }
}
