//! `principle/foresight`: 前瞻性 — the peak is linked to carbon neutrality before 2060,
//! with a view beyond the peak and the development/reduction trade-offs weighed.

use crate::checks::principle::check_principle;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::pack::PrincipleId;

pub const DOC: RuleDoc = RuleDoc {
    id: "principle/foresight",
    category: Category::Principle,
    severity: Severity::Warning,
    summary: Text {
        zh: "前瞻性依据不足：未与2060年前碳中和相衔接、没有达峰后的展望或未统筹发展和减排等关系",
        en: "foresight (前瞻性) evidence missing: no link to carbon neutrality before 2060, no view beyond the peak, or development and reduction not weighed",
    },
    why: Text {
        zh: "《编制指南》第4章基本原则“前瞻性”：“将碳达峰工作与力争在2060年前实现碳中和愿景相衔接，在统筹处理好发展和碳减排、整体和局部、短期和中长期等关系的前提下，制定符合经济高质量发展的达峰目标。”只写到2030年达峰的方案可能以“冲高峰”换达峰，或锁定高碳设施；评审要看到与碳中和的衔接、达峰后稳中有降或2035年以后的展望，以及对发展和减排关系的统筹。引用文件标题中的“二〇三五年远景目标”不算展望。",
        en: "Standard clause 4, principle of foresight (前瞻性): link the peak “to the vision of carbon neutrality before 2060” and set the peak target “while balancing development and reduction, the whole and its parts, the short and the medium-to-long term”. A plan that stops at a 2030 peak may reach it by peaking high or locking in carbon-intensive assets; a panel expects the link to neutrality, a view beyond the peak (a plateau then decline, an outlook to 2035 and later) and the trade-offs weighed. A cited title such as “…2035年远景目标纲要” is no outlook.",
    },
    fails: "# 某经济开发区碳达峰实施方案\n\n## 一、主要目标\n\n确保园区二氧化碳排放2030年前达到峰值。\n",
    passes: "# 某经济开发区碳达峰实施方案\n\n## 一、主要目标\n\n统筹处理好发展和减排、整体和局部、短期和中长期的关系，确保园区二氧化碳排放2030年前达到峰值；达峰后排放稳中有降，为2060年前实现碳中和奠定基础。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    check_principle(cx, &DOC, PrincipleId::Foresight, out);
}
