//! `structure/chapter-order`: chapters appear out of the outline's order.

use crate::checks::structure::{heading_place, outline_ref};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::outline::longest_non_decreasing;
use crate::finding::{ChapterOrder, Finding};

pub const DOC: RuleDoc = RuleDoc {
    id: "structure/chapter-order",
    category: Category::Structure,
    severity: Severity::Warning,
    summary: Text {
        zh: "章节顺序与编制大纲不一致",
        en: "chapters appear out of the outline's order",
    },
    why: Text {
        zh: "《编制指南》第5章的编制流程是先分析排放、再确立目标、再设计路径、最后跟踪改进（PDCA）；附录A大纲按此排序。目标写在排放分析之前，读者无法看到目标的依据。只比较顶层的必备和建议章节；可选章节（如“总体要求”“附件”）位置不限，嵌套在“总体要求”中的“主要目标”也不受此限。",
        en: "Clause 5's flow analyses emissions first, then sets targets, then designs paths, then tracks and improves (PDCA); Appendix A orders chapters that way. Only top-level required and recommended chapters are compared: optional ones (总体要求, 附件) may stand anywhere, and 主要目标 nested in 总体要求 is exempt.",
    },
    fails: "## 一、碳达峰目标\n\n正文。\n\n## 二、碳排放分析\n\n正文。\n",
    passes: "## 一、碳排放分析\n\n正文。\n\n## 二、碳达峰目标\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // Top-level chapter matches in document order. Items with equal `order` in the
    // rules pack may come in any order among themselves.
    let top = cx.doc.headings().map(|(_, h)| h.level).min().unwrap_or(1);
    let mut placed: Vec<(usize, &crate::pack::OutlineItem)> = cx
        .outline
        .chapters
        .iter()
        // Optional chapters (总体要求, 附件) float: plans put 总体要求 before or after
        // the situation analysis, and both are accepted practice.
        .filter(|m| m.item.level != crate::pack::Requirement::Optional)
        .filter_map(|m| {
            m.best
                .as_ref()
                .filter(|b| b.level == top)
                .map(|b| (b.block, m.item))
        })
        .collect();
    placed.sort_by_key(|(block, _)| *block);
    placed.dedup_by_key(|(block, _)| *block);
    let orders: Vec<u32> = placed.iter().map(|(_, item)| item.order).collect();
    let keep = longest_non_decreasing(&orders);
    for (i, (block, item)) in placed.iter().enumerate() {
        if keep.contains(&i) {
            continue;
        }
        // The last kept chapter that the outline puts before this one.
        let after = keep
            .iter()
            .filter_map(|&k| placed.get(k))
            .filter(|(_, other)| other.order < item.order)
            .max_by_key(|(_, other)| other.order)
            .map(|(_, other)| other.title.clone());
        let before = keep
            .iter()
            .filter_map(|&k| placed.get(k))
            .filter(|(_, other)| other.order > item.order)
            .min_by_key(|(_, other)| other.order)
            .map(|(_, other)| other.title.clone());
        let finding = Finding::ChapterOrder(ChapterOrder {
            item: outline_ref(item),
            after,
            before,
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = heading_place(cx, *block);
        out.push(d.at(loc, span).expecting(&item.id, &item.title));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn longest_chain() {
        let mut r = super::longest_non_decreasing(&[1, 3, 2, 4]);
        r.sort();
        assert!(r == vec![0, 1, 3] || r == vec![0, 2, 3]);
        let mut r = super::longest_non_decreasing(&[1, 2, 2, 3]);
        r.sort();
        assert_eq!(r, vec![0, 1, 2, 3]);
        assert_eq!(super::longest_non_decreasing(&[]), Vec::<usize>::new());
    }
}
