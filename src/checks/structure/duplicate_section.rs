//! `structure/duplicate-section`: one outline item matched by two headings at the same level.

use crate::checks::structure::{heading_place, outline_ref, related_heading};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::outline::ItemMatch;
use crate::finding::{DuplicateSection, Finding};

pub const DOC: RuleDoc = RuleDoc {
    id: "structure/duplicate-section",
    category: Category::Structure,
    severity: Severity::Warning,
    summary: Text {
        zh: "同一大纲内容在同一层级出现两次",
        en: "one outline item matched by two headings at the same level",
    },
    why: Text {
        zh: "同一内容分两处撰写（如两个“保障措施”章节）往往导致口径不一致，违背准确性原则（边界统一、口径一致）；评审也难以判断以哪一处为准。同一大纲内容的两个不同标题（“节能降碳增效”与“节能降碳增效工程”）下正文相同（整段复制，20字以上）时同样报告；两处各有内容时不报告（“保障措施”与“组织实施”常见于政府方案）。",
        en: "Writing the same part twice (two 保障措施 chapters) invites inconsistent figures, against the accuracy principle (one boundary, one caliber), and leaves the panel unsure which one counts. Two different titles of one outline item (节能降碳增效 and 节能降碳增效工程) over the same pasted text (20 characters or more) are reported too; two titles each with text of its own are not (保障措施 and 组织实施 side by side are usual in government plans).",
    },
    fails: "## 一、保障措施\n\n正文。\n\n## 二、保障措施\n\n正文。\n",
    passes: "## 一、保障措施\n\n正文。\n\n## 二、组织实施安排\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for chapter in &cx.outline.chapters {
        report(cx, chapter, out);
        for s in &chapter.sections {
            report(cx, s, out);
        }
    }
}

fn report(cx: &Context, m: &ItemMatch, out: &mut Vec<Diagnostic>) {
    let Some(first) = &m.best else { return };
    // Annexes numbered apart (`附件1`, `附件2`) are two annexes, whatever their titles.
    let annex = |block: usize| {
        cx.doc
            .blocks
            .get(block)
            .and_then(|b| b.heading())
            .and_then(|h| h.number.as_ref())
            .filter(|n| n.style == crate::document::NumberStyle::Annex)
            .map(|n| n.value)
    };
    for dup in &m.duplicates {
        if annex(first.block)
            .zip(annex(dup.block))
            .is_some_and(|(a, b)| a != b)
        {
            continue;
        }
        let finding = Finding::DuplicateSection(DuplicateSection {
            item: outline_ref(m.item),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = heading_place(cx, dup.block);
        out.push(
            d.at(loc, span)
                .expecting(&m.item.id, &m.item.title)
                .related(related_heading(cx, first.block)),
        );
    }
}
