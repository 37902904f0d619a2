//! `principle/feasibility`: 可行性 — measures with quantified reductions, owners and
//! deadlines; indicators with base values, targets and attributes; a way to evaluate
//! progress.

use crate::checks::principle::check_principle;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::pack::PrincipleId;

pub const DOC: RuleDoc = RuleDoc {
    id: "principle/feasibility",
    category: Category::Principle,
    severity: Severity::Warning,
    summary: Text {
        zh: "可行性依据不足：措施缺少量化减排量、责任单位或完成时限，指标缺少基准值和属性，或没有评估指标",
        en: "feasibility (可行性) evidence missing: measures without quantified reductions, owners or deadlines, indicators without base or target values, or no evaluation indicators",
    },
    why: Text {
        zh: "《编制指南》第4章基本原则“可行性”：“确定的达峰目标既满足地区要求又通过努力可达，选择的达峰路径及重点任务清晰精准，提出的政策行动和保障措施切实可行，选取的碳达峰评估指标能客观反映碳达峰工作进程。”评审判断可行性靠的是：措施写明预计减排量或节能量，任务落实到牵头单位并有完成时限，指标有基准值和目标值（标明约束性/预期性属性更好，但附录A未作要求，缺少时只作提示），并有评估进程的指标体系。只有“大力推进”“积极发展”的措施无法评估。",
        en: "Standard clause 4, principle of feasibility (可行性): targets “meet the region's requirements and are reachable with effort”, paths and key tasks are “clear and precise”, policies and safeguards “practicable”, and the evaluation indicators “objectively reflect progress”. A panel judges this by measures with expected reductions or energy savings, tasks with a lead unit and a deadline, indicators with base and target values (a binding/expected attribute helps but Appendix A does not require it: only noted when missing), and an indicator system to evaluate progress. Measures that only “vigorously promote” cannot be evaluated.",
    },
    fails: "# 某经济开发区碳达峰实施方案\n\n## 一、重点任务\n\n大力发展分布式光伏，推进节能降碳改造，积极参与碳排放权交易。\n",
    passes: "# 某经济开发区碳达峰实施方案\n\n## 一、主要目标\n\n到2025年，单位工业增加值二氧化碳排放比2020年下降20%（约束性指标）。\n\n## 二、重点任务\n\n1. 新增屋顶分布式光伏30万千瓦，年减排二氧化碳约16万吨。责任单位：园区经济发展局。\n2. 实施合成氨装置余热回收改造，年节能量2.3万吨标准煤，2026年底前建成投运。\n\n## 三、评估考核\n\n每年对碳达峰指标体系各项指标的完成情况开展评估。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    check_principle(cx, &DOC, PrincipleId::Feasibility, out);
}
