//! `structure/missing-section`: a required section inside a present chapter is absent.

use crate::checks::structure::{accepted_titles, heading_place, outline_ref, related_heading};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::Document;
use crate::finding::{Finding, MissingSection};
use crate::pack::Requirement;

pub const DOC: RuleDoc = RuleDoc {
    id: "structure/missing-section",
    category: Category::Structure,
    severity: Severity::Warning,
    summary: Text {
        zh: "已有章节中缺少编制大纲要求的必备小节",
        en: "a required section inside a present chapter is absent",
    },
    why: Text {
        zh: "附录A编制大纲规定了各章的必备内容，例如碳排放分析一章须说明核算边界与方法、基准年排放清单（第6章，准确性原则），目标一章须给出情景预测和指标体系（第7章，科学性原则）。写成单独一章、或写在相邻一章中的必备小节（如目标一章之前的“情景分析”章，或上一章末以编号段首标题写出的“（四）情景预测。……”）视为已具备；一章开头的那一节（核算边界与方法、情景分析）以独立标题写在方案开头、第一个必备章之前（“一、编制说明 › （二）盘查边界与方法”）也视为已具备；一章写在上一级标题之下、而上一级标题已点明该小节（“4 峰值研判 › 4.2 达峰目标”）同样视为已具备。",
        en: "Appendix A lists what each chapter must contain, e.g. the emission analysis must state the accounting boundary and method and the base-year inventory (clause 6, accuracy); the targets chapter needs scenarios and an indicator system (clause 7, scientific rigour). A required section written as a chapter of its own, or inside the neighbouring chapter (a scenario chapter before the targets, or a numbered paragraph's run-in title `（四）情景预测。…` closing the chapter before), counts as present; so does the section a chapter opens with (the accounting boundary and method, the scenarios) under its own heading in the plan's introduction, before its first required chapter (一、编制说明 › （二）盘查边界与方法); and so does a section named by the heading over a chapter written one level deep (4 峰值研判 › 4.2 达峰目标).",
    },
    fails: "## 二、碳排放分析\n\n### （一）历史变化趋势\n\n正文。\n",
    passes: "## 二、碳排放分析\n\n### （一）核算边界与方法\n\n正文。\n\n### （二）基准年碳排放清单\n\n正文。\n\n### （三）历史变化趋势\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let first_required = cx
        .outline
        .chapters
        .iter()
        .filter(|c| c.item.level == Requirement::Required)
        .filter_map(|c| c.best.as_ref().map(|b| b.block))
        .min();
    for chapter in &cx.outline.chapters {
        let Some(found) = &chapter.best else { continue };
        for s in &chapter.sections {
            // Present under its own heading, or in substance in the chapter's text (the
            // peak year and value written in the targets chapter): not missing.
            if s.present() || s.item.level != Requirement::Required {
                continue;
            }
            // Written as a chapter of its own, or inside the chapter next door (`二、情景分析`
            // before `三、主要目标`): the content is there, in an order a panel accepts.
            // The groundwork a chapter opens with (the accounting boundary and method, the
            // scenarios) set out under its own heading in the plan's introduction, before its
            // first required chapter (`一、编制说明 › （二）盘查边界与方法`), comes before what
            // rests on it, as the outline has it.
            let opens_chapter = chapter
                .item
                .sections
                .iter()
                .filter(|i| i.level != Requirement::Off)
                .map(|i| i.order)
                .min()
                .is_some_and(|first| s.item.order == first);
            // Named by the heading over the chapter (`4 峰值研判` over `4.2 达峰目标`): the
            // part the chapter is written in is given to it.
            if s.found_elsewhere.as_ref().is_some_and(|m| {
                next_door(cx.doc, found.block, m.block)
                    || encloses(cx.doc, m.block, found.block)
                    || (opens_chapter
                        && first_required.is_some_and(|f| m.block < f)
                        && in_introduction(cx.doc, m.block))
            }) {
                continue;
            }
            // Or under a numbered paragraph's run-in title next door (`（四）情景预测。工业
            // 增加值按…` closing the chapter before the targets): a heading in all but layout.
            if s.labelled
                .is_some_and(|b| next_door(cx.doc, found.block, b))
            {
                continue;
            }
            let chapter_title = cx
                .doc
                .blocks
                .get(found.block)
                .map(|b| b.text.as_str())
                .unwrap_or("");
            let finding = Finding::MissingSection(MissingSection {
                chapter: chapter_title.to_string(),
                item: outline_ref(s.item),
                also_accepted: accepted_titles(s.item),
                found_elsewhere: s.found_elsewhere.as_ref().map(|m| {
                    cx.doc
                        .blocks
                        .get(m.block)
                        .map(|b| b.text.clone())
                        .unwrap_or_default()
                }),
            });
            let Some(d) = cx.diagnostic(&DOC, finding) else {
                return;
            };
            let (loc, span) = heading_place(cx, found.block);
            let mut d = d.at(loc, span).expecting(&s.item.id, &s.item.title);
            if let Some(elsewhere) = &s.found_elsewhere {
                d = d.related(related_heading(cx, elsewhere.block));
            }
            out.push(d);
        }
    }
}

/// Whether heading `block` is one of several sections of a chapter (`一、编制说明` with its
/// 编制依据, 盘查边界与方法, 编制原则): an introduction setting out several things, not a
/// chapter given to the one section.
fn in_introduction(doc: &Document, block: usize) -> bool {
    doc.sections()
        .iter()
        .find(|s| s.content.contains(&block))
        .is_some_and(|s| s.heading != block && s.children.len() >= 2)
}

/// Whether heading `heading` is over block `block` (its section holds it).
fn encloses(doc: &Document, heading: usize, block: usize) -> bool {
    crate::extract::outline::find_section(&doc.sections(), heading)
        .is_some_and(|s| s.content.contains(&block))
}

/// Whether `block` lies in the chapter `chapter` heads or in the chapter right before or
/// after it (or heads one of those): chapters are the headings of `chapter`'s level.
fn next_door(doc: &Document, chapter: usize, block: usize) -> bool {
    let Some(level) = doc
        .blocks
        .get(chapter)
        .and_then(|b| b.heading())
        .map(|h| h.level)
    else {
        return false;
    };
    // The index, among the chapters, of the one holding `at`.
    let chapter_of = |at: usize| {
        doc.blocks
            .iter()
            .take(at.saturating_add(1))
            .filter(|b| b.heading().is_some_and(|h| h.level <= level))
            .count()
    };
    chapter_of(chapter).abs_diff(chapter_of(block)) <= 1
}
