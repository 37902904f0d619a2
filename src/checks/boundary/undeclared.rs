//! `boundary/undeclared`: no accounting-boundary statement, or one that leaves out the
//! spatial/organisational extent, the emission sources or purchased electricity and heat.

use crate::checks::boundary::at_declaration;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::boundary::Indirect;

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
        if let Some(d) = cx.diagnostic(
            &DOC,
            cx.msg(
                "方案未声明碳排放核算边界（核算范围、排放源、直接与间接排放）".into(),
                "the plan does not state its accounting boundary (extent, sources, direct and indirect emissions)".into(),
            ),
        ) {
            out.push(d.with_help(cx.msg(
                "在碳排放分析一章增加“核算边界与方法”：说明核算的空间和组织范围、排放源类别、净调入电力热力是否计入".into(),
                "add a 核算边界与方法 section: the spatial and organisational extent, the emission sources, and whether net purchased power and heat are counted".into(),
            )));
        }
        return;
    }
    let mut missing_zh = Vec::new();
    let mut missing_en = Vec::new();
    if !facts.spatial {
        missing_zh.push("空间或组织范围（如规划范围、管理范围、全部企业/规上企业）");
        missing_en.push("the spatial or organisational extent");
    }
    if !facts.sources {
        missing_zh.push("排放源类别（能源活动、工业生产过程等）");
        missing_en.push("the emission sources");
    }
    if facts.indirect == Indirect::Unstated {
        missing_zh.push("净调入电力和热力（间接排放）是否计入");
        missing_en.push("whether net purchased electricity and heat are counted");
    }
    if missing_zh.is_empty() {
        return;
    }
    let Some(d) = cx.diagnostic(
        &DOC,
        cx.msg(
            format!("核算边界声明不完整，未说明：{}", missing_zh.join("；")),
            format!(
                "the boundary statement is incomplete; it does not state {}",
                missing_en.join("; ")
            ),
        ),
    ) else {
        return;
    };
    let d = at_declaration(cx, facts, d);
    out.push(d.with_help(cx.msg(
        "在核算边界一节补充上述内容".into(),
        "complete the boundary section".into(),
    )));
}
