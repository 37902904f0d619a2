//! `structure/chapter-order`: chapters appear out of the outline's order.

use crate::checks::structure::{heading_place, item_label};
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};

pub const DOC: RuleDoc = RuleDoc {
    id: "structure/chapter-order",
    category: Category::Structure,
    severity: Severity::Warning,
    summary: Text {
        zh: "章节顺序与编制大纲不一致",
        en: "chapters appear out of the outline's order",
    },
    why: Text {
        zh: "《编制指南》第5章的编制流程是先分析排放、再确立目标、再设计路径、最后跟踪改进（PDCA）；附录A大纲按此排序。目标写在排放分析之前，读者无法看到目标的依据。只比较顶层章节；嵌套在“总体要求”中的“主要目标”不受此限。",
        en: "Clause 5's flow analyses emissions first, then sets targets, then designs paths, then tracks and improves (PDCA); Appendix A orders chapters that way. Only top-level chapters are compared; 主要目标 nested in 总体要求 is exempt.",
    },
    fails: "## 一、碳达峰目标\n\n正文。\n\n## 二、碳排放分析\n\n正文。\n",
    passes: "## 一、碳排放分析\n\n正文。\n\n## 二、碳达峰目标\n\n正文。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // Top-level chapter matches in outline order: (outline position, block, item).
    let top = cx
        .doc
        .headings()
        .map(|(_, h)| h.level)
        .min()
        .unwrap_or(1);
    let placed: Vec<(usize, usize, &crate::rules::OutlineItem)> = cx
        .outline
        .chapters
        .iter()
        .filter_map(|m| m.best.as_ref().filter(|b| b.level == top).map(|b| (b.block, m.item)))
        .enumerate()
        .map(|(pos, (block, item))| (pos, block, item))
        .collect();
    // Keep the longest run in document order; every other chapter is out of place.
    let blocks: Vec<usize> = placed.iter().map(|(_, b, _)| *b).collect();
    let keep = longest_increasing(&blocks);
    for (i, (_, block, item)) in placed.iter().enumerate() {
        if keep.contains(&i) {
            continue;
        }
        // Name the chapter it should follow.
        let after = i
            .checked_sub(1)
            .and_then(|j| placed.get(j))
            .map(|(_, _, it)| it.title.clone());
        let label = item_label(cx, item);
        let Some(d) = cx.diagnostic(
            &DOC,
            match &after {
                Some(a) => cx.msg(
                    format!("章节{label}的位置与编制大纲顺序不一致：应位于“{a}”之后"),
                    format!("the chapter {label} is out of the outline's order: it belongs after “{a}”"),
                ),
                None => cx.msg(
                    format!("章节{label}的位置与编制大纲顺序不一致"),
                    format!("the chapter {label} is out of the outline's order"),
                ),
            },
        ) else {
            return;
        };
        let (loc, span) = heading_place(cx, *block);
        out.push(d.at(loc, span).expecting(&item.id, &item.title).with_help(cx.msg(
            "按“园区概况—碳排放分析—碳达峰目标—实施路径—指标跟踪与优化改进—保障措施”的顺序调整章节".into(),
            "order chapters as: profile, emission analysis, targets, paths, tracking and improvement, safeguards".into(),
        )));
    }
}

/// Indices of a longest strictly increasing subsequence (O(n²); n is the chapter count).
fn longest_increasing(v: &[usize]) -> Vec<usize> {
    let n = v.len();
    let mut len = vec![1usize; n];
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        for j in 0..i {
            if v.get(j) < v.get(i) && len.get(j).copied().unwrap_or(0) + 1 > len.get(i).copied().unwrap_or(0) {
                len[i] = len[j] + 1;
                prev[i] = j;
            }
        }
    }
    let mut best = (0..n).max_by_key(|&i| (len.get(i).copied().unwrap_or(0), std::cmp::Reverse(i)));
    let mut out = Vec::new();
    while let Some(i) = best {
        out.push(i);
        best = prev.get(i).copied().filter(|&p| p != usize::MAX);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn lis() {
        let mut r = super::longest_increasing(&[10, 30, 20, 40]);
        r.sort();
        assert!(r == vec![0, 1, 3] || r == vec![0, 2, 3]);
        assert_eq!(super::longest_increasing(&[]), Vec::<usize>::new());
    }
}
