//! `structure/empty-section`: a heading with no body before the next heading of the same
//! or a higher level (or less body than the outline item's `min_chars`).

use crate::checks::structure::heading_place;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::{BlockKind, Section};
use crate::finding::{Finding, ShortSection};

pub const DOC: RuleDoc = RuleDoc {
    id: "structure/empty-section",
    category: Category::Structure,
    severity: Severity::Warning,
    summary: Text {
        zh: "章节标题下没有正文",
        en: "a heading with no body",
    },
    why: Text {
        zh: "只有标题没有内容的章节使方案看似完整而实际缺项；附录A编制大纲要求的内容必须实际写出，可行性原则要求路径和措施清晰具体。大纲条目可在规则文件中设定最少字数（min_chars）。",
        en: "A heading without content makes a plan look complete while it is not; Appendix A's parts must actually be written, and the feasibility principle asks for concrete paths and measures. Outline items may set a minimum length (min_chars) in the rules file.",
    },
    fails: "## 一、保障措施\n\n## 二、附件\n\n正文。\n",
    passes: "## 一、保障措施\n\n成立园区碳达峰工作领导小组，统筹推进各项任务。\n\n## 二、附件\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let min_chars = min_chars_by_block(cx);
    walk(cx, &cx.doc.sections(), &min_chars, out);
}

/// Minimum body length for headings matched to outline items that set one.
fn min_chars_by_block(cx: &Context) -> Vec<(usize, usize, String)> {
    let mut v = Vec::new();
    for c in &cx.outline.chapters {
        for m in std::iter::once(c).chain(c.sections.iter()) {
            if let (Some(b), Some(n)) = (&m.best, m.item.min_chars) {
                v.push((b.block, n, m.item.title.clone()));
            }
        }
    }
    v
}

fn walk(
    cx: &Context,
    sections: &[Section],
    min: &[(usize, usize, String)],
    out: &mut Vec<Diagnostic>,
) {
    for s in sections {
        let chars = body_chars(cx, s);
        let required = min.iter().find(|(b, _, _)| *b == s.heading);
        let problem = if chars == 0 && !s.children.is_empty() {
            None // its empty sub-sections are reported instead
        } else if chars == 0 {
            Some(Finding::EmptySection)
        } else {
            required
                .filter(|(_, n, _)| chars < *n)
                .map(|(_, n, title)| {
                    Finding::ShortSection(ShortSection {
                        title: title.clone(),
                        chars,
                        min_chars: *n,
                    })
                })
        };
        if let Some(finding) = problem {
            let Some(d) = cx.diagnostic(&DOC, finding) else {
                return;
            };
            let (loc, span) = heading_place(cx, s.heading);
            out.push(d.at(loc, span));
        }
        walk(cx, &s.children, min, out);
    }
}

/// Characters of body text (paragraphs, list items, tables) in the whole section,
/// sub-sections included; headings and comments do not count.
fn body_chars(cx: &Context, s: &Section) -> usize {
    cx.doc
        .blocks
        .get(s.content.clone())
        .unwrap_or(&[])
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Heading(_) | BlockKind::Comment))
        .map(|b| b.all_text().chars().filter(|c| !c.is_whitespace()).count())
        .sum()
}
