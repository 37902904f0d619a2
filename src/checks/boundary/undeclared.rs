//! `boundary/undeclared`: no accounting-boundary statement, or one that leaves out the
//! spatial/organisational extent, the emission sources or purchased electricity and heat.

use crate::checks::boundary::at_declaration;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::boundary::Indirect;
use crate::finding::{BoundaryPart, Finding, IncompleteBoundary};

pub const DOC: RuleDoc = RuleDoc {
    id: "boundary/undeclared",
    category: Category::Boundary,
    severity: Severity::Error,
    summary: Text {
        zh: "未声明核算边界，或边界声明缺少空间/组织范围、排放源、外购电力热力的处理",
        en: "no accounting-boundary statement, or one without the extent, the sources or the treatment of purchased power and heat",
    },
    why: Text {
        zh: "《编制指南》第6章和准确性原则要求“二氧化碳排放分析边界统一、数据口径一致、方法规范”：方案必须说明核算的地理或管理范围、覆盖的企业、排放源（能源活动、工业生产过程）以及净调入电力和热力是否计入。边界不清，排放清单、目标和措施就无法相互比较。",
        en: "Clause 6 and the accuracy principle require one boundary, one caliber and a standard method: the plan must state the spatial or administrative extent, the enterprises covered, the emission sources (energy, industrial processes) and whether net purchased electricity and heat are counted. Without it, inventory, targets and measures cannot be compared.",
    },
    fails: "## 一、碳排放分析\n\n2020年园区二氧化碳排放量为128.4万吨。\n",
    passes: "## 一、碳排放分析\n\n### （一）核算边界与方法\n\n核算范围为园区规划范围内全部企业，排放源包括能源活动和工业生产过程的二氧化碳排放，以及净调入电力和热力产生的间接排放。\n\n2020年园区二氧化碳排放量为128.4万吨。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.boundary();
    if facts.declaration.is_empty() {
        if let Some(d) = cx.diagnostic(&DOC, Finding::NoBoundary) {
            out.push(d);
        }
        return;
    }
    let mut missing = Vec::new();
    if !facts.spatial {
        missing.push(BoundaryPart::Extent);
    }
    if !facts.sources {
        missing.push(BoundaryPart::EmissionSources);
    }
    if facts.indirect == Indirect::Unstated {
        missing.push(BoundaryPart::PurchasedEnergy);
    }
    if missing.is_empty() {
        return;
    }
    let finding = Finding::IncompleteBoundary(IncompleteBoundary { missing });
    let Some(d) = cx.diagnostic(&DOC, finding) else {
        return;
    };
    out.push(at_declaration(cx, facts, d));
}
