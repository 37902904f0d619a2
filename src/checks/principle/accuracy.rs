//! `principle/accuracy`: 准确性 — the emission data follow a named national or provincial
//! accounting standard, within one declared boundary, from named data sources and
//! emission factors.

use crate::checks::principle::check_principle;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::pack::PrincipleId;

pub const DOC: RuleDoc = RuleDoc {
    id: "principle/accuracy",
    category: Category::Principle,
    severity: Severity::Warning,
    summary: Text {
        zh: "准确性依据不足：未写明核算标准、核算边界、数据来源或排放因子",
        en: "accuracy (准确性) evidence missing: no accounting standard, boundary, data source or emission factor named",
    },
    why: Text {
        zh: "《编制指南》第4章基本原则“准确性”：“碳排放数据应遵循国家和省级碳排放核算标准，确保二氧化碳排放分析边界统一、数据口径一致、方法规范。”不写明依据的核算标准（如GB/T 32150、《省级温室气体清单编制指南》）、核算边界、活动数据来源（统计年鉴、能源统计报表）和排放因子（特别是电力排放因子及其年份），评审无法复核排放数据，也无法判断各章口径是否一致。",
        en: "Standard clause 4, principle of accuracy (准确性): “emission data shall follow national and provincial accounting standards, with one analysis boundary, one data caliber and a standard method”. Without the accounting standard (GB/T 32150, the provincial inventory guidelines), the boundary, the sources of activity data (statistical yearbooks, energy statistics) and the emission factors (above all the electricity factor and its year), a panel can neither re-check the figures nor judge whether the chapters use one caliber.",
    },
    fails: "# 某经济开发区碳达峰实施方案\n\n## 一、碳排放现状\n\n2020年园区二氧化碳排放量为486万吨，其中化石燃料燃烧排放约占六成。\n",
    passes: "# 某经济开发区碳达峰实施方案\n\n## 一、碳排放现状\n\n核算边界为园区规划范围内全部规模以上工业企业，仅核算二氧化碳。核算方法依据《工业企业温室气体排放核算和报告通则》（GB/T 32150—2015），能源消费数据来源于园区能源统计报表，净调入电力采用2022年全国电力平均二氧化碳排放因子0.5366千克二氧化碳/千瓦时。2020年园区二氧化碳排放量为486万吨。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    check_principle(cx, &DOC, PrincipleId::Accuracy, out);
}
