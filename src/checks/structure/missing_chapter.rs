//! `structure/missing-chapter`: a required chapter of the outline is absent.

use crate::checks::structure::{accepted_titles, outline_ref};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::outline::{
    find_section, first_matching_heading, in_opening_chapter, written_inside,
};
use crate::finding::{Finding, ItemLevel, MissingChapter};
use crate::pack::OutlineItem;
use crate::pack::Requirement;

pub const DOC: RuleDoc = RuleDoc {
    id: "structure/missing-chapter",
    category: Category::Structure,
    severity: Severity::Error,
    summary: Text {
        zh: "缺少编制大纲要求的必备章节",
        en: "a required chapter of the outline is absent",
    },
    why: Text {
        zh: "《编制指南》第6—9章和附录A编制大纲要求方案包含园区碳排放分析、碳达峰目标、实施路径、指标跟踪与优化改进（PDCA）和保障措施；缺少任何一章，评审无法判断方案的科学性和可行性。章节可用不同名称（如“组织实施”可作为保障措施），也可嵌套在上一级章节中（如“总体要求”下的“主要目标”）；建议章节写成其他章的一节（如“碳排放现状”一章下的“发展概况”），或其两节以上的内容写在开篇一章或第一个必备章节中（如“第一章 总则”的编制背景写明主导产业、规划范围写明面积，或“二、摸清家底”开头的“园区范围”“产业和能源”，或分写在两处：总体要求写明面积、碳排放现状一章开头写明产业），视为已具备；保障措施一章另拟标题（如“抓好落实”）而含组织、政策等内容时，仍是保障措施；必备章节写成其他章的小节，或写在规则包允许的章节中（如保障措施一章中的“监测考核”“评估改进”，含监测和评估两方面内容；或基本情况一章中以“核算边界”“排放现状”“历史变化”写明碳排放分析的两项必备内容），也视为已具备。",
        en: "Clauses 6–9 and Appendix A of the standard require the plan to contain its emission analysis, peak targets, implementation paths, indicator tracking and improvement (PDCA) and safeguards; without one of them a panel cannot judge the plan. Chapters may use other names (组织实施 counts as safeguards) or sit one level deeper (主要目标 under 总体要求); a recommended chapter written as a section of another (发展概况 under the emission chapter), or with two of its sections' substance in the opening chapter or the first required one (the industries and the area in 第一章 总则, or 园区范围 and 产业和能源 opening 二、摸清家底, or split between the two: the area in 总体要求, the industries opening the emission chapter), counts as present; a safeguards chapter under another title (抓好落实) with organisation and policy in it is still the safeguards chapter; and so does a required one written as sections of another, or inside a chapter the pack allows (监测考核 and 评估改进 in the safeguards chapter, covering both monitoring and evaluation; or the emission analysis in 基本情况, two of its required sections there as 核算边界, 排放现状, 历史变化).",
    },
    fails: "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n正文。\n\n## 二、碳排放现状分析\n\n正文。\n\n## 三、碳达峰目标\n\n正文。\n\n## 四、重点任务\n\n正文。\n\n## 五、监测评估\n\n正文。\n",
    passes: "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n正文。\n\n## 二、碳排放现状分析\n\n正文。\n\n## 三、碳达峰目标\n\n正文。\n\n## 四、重点任务\n\n正文。\n\n## 五、监测评估\n\n正文。\n\n## 六、保障措施\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for m in &cx.outline.chapters {
        if m.best.is_some() {
            continue;
        }
        let item = m.item;
        let downgrade = match item.level {
            // Written as sections of another chapter (`六、保障措施` → `（三）强化监测考核`,
            // `（四）实施闭环管理`), named or in substance: the content is there.
            Requirement::Required if written_inside(cx.doc, item, hosts(cx, item)) => continue,
            Requirement::Required => None,
            // A recommended chapter written as a section of another (`2 碳排放现状` →
            // `2.1 发展概况`): its content is there under a title of its own.
            Requirement::Recommended if first_matching_heading(cx.doc, item).is_some() => continue,
            // Or in substance in the opening chapter (`第一章 总则` giving the park's area and
            // industries).
            Requirement::Recommended if in_opening_chapter(cx.doc, &cx.outline, item) => continue,
            Requirement::Recommended => Some(Severity::Warning),
            Requirement::Optional | Requirement::Off => continue,
        };
        let finding = Finding::MissingChapter(MissingChapter {
            item: outline_ref(item),
            level: match downgrade {
                None => ItemLevel::Required,
                Some(_) => ItemLevel::Recommended,
            },
            also_accepted: accepted_titles(item),
        });
        let Some(mut d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        if let Some(s) = downgrade {
            d.severity = d.severity.min(s);
        }
        out.push(d.expecting(&item.id, &item.title));
    }
}

/// The blocks of the present chapters `item` may be written inside (`within:`).
fn hosts(cx: &Context, item: &OutlineItem) -> Vec<std::ops::Range<usize>> {
    let sections = cx.doc.sections();
    cx.outline
        .chapters
        .iter()
        .filter(|c| item.within.contains(&c.item.id))
        .filter_map(|c| c.best.as_ref())
        .filter_map(|m| find_section(&sections, m.block).map(|s| s.content.clone()))
        .collect()
}
