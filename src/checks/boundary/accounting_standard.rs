//! `boundary/accounting-standard`: no national or provincial accounting standard or
//! method named.

use crate::checks::boundary::at_declaration;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::finding::{Finding, NoAccountingStandard};

pub const DOC: RuleDoc = RuleDoc {
    id: "boundary/accounting-standard",
    category: Category::Boundary,
    severity: Severity::Warning,
    summary: Text {
        zh: "未说明依据的国家或省级碳排放核算标准、方法",
        en: "no national or provincial accounting standard or method named",
    },
    why: Text {
        zh: "准确性原则要求“碳排放数据应遵循国家和省级碳排放核算标准”（《编制指南》第4章、第6章、附录B）。未说明核算依据（如GB/T 32150、《省级温室气体清单编制指南》、重点行业核算指南），评审无法判断清单是否可信、可复核。",
        en: "The accuracy principle requires emission data to follow national and provincial accounting standards (clauses 4, 6, Appendix B). Without the method named (GB/T 32150, the provincial inventory guidelines, sector guidelines), a panel cannot judge or re-check the inventory.",
    },
    fails: "## 一、碳排放分析\n\n2020年园区二氧化碳排放量为128.4万吨。\n",
    passes: "## 一、碳排放分析\n\n参照《省级温室气体清单编制指南（试行）》和GB/T 32150-2015核算，2020年园区二氧化碳排放量为128.4万吨。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.boundary();
    if !facts.standards.is_empty() {
        return;
    }
    let examples: Vec<String> = cx
        .rules
        .boundary
        .accounting_standards
        .iter()
        .take(3)
        .map(|s| s.name.clone())
        .collect();
    let finding = Finding::NoAccountingStandard(NoAccountingStandard { examples });
    let Some(d) = cx.diagnostic(&DOC, finding) else {
        return;
    };
    out.push(at_declaration(cx, facts, d));
}
