//! `principle/scientific`: 科学性 — a multi-year emission history, scenarios or a forecast
//! on stated socio-economic assumptions, the park's positioning, and a timetable and
//! roadmap.

use crate::checks::principle::check_principle;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::pack::PrincipleId;

pub const DOC: RuleDoc = RuleDoc {
    id: "principle/scientific",
    category: Category::Principle,
    severity: Severity::Warning,
    summary: Text {
        zh: "科学性依据不足：缺少多年历史变化分析、情景预测、经济社会发展假设、园区定位或时间表路线图",
        en: "scientific (科学性) evidence missing: no multi-year history, scenarios or forecast, socio-economic assumptions, park positioning, or timetable and roadmap",
    },
    why: Text {
        zh: "《编制指南》第4章基本原则“科学性”：“以可持续高质量发展为导向，根据园区特点和战略定位，客观分析碳排放历史变化及发展趋势，综合考虑经济社会发展态势，科学确定二氧化碳排放达峰行动时间表、路线图。”达峰时间和峰值须由至少三个年份的历史排放（碳排放分析章节中）和基于经济增长、能源需求假设的情景预测推出，而不是直接写定；没有这些，评审无法判断达峰目标是否有据。",
        en: "Standard clause 4, principle of science (科学性): “according to the park's characteristics and strategic positioning, objectively analyse the historical change and trend of emissions, consider the economic and social outlook, and scientifically set the timetable and roadmap of the CO2 peak”. The peak year and value must follow from at least three years of emission history (in the emission-analysis chapter) and from scenarios or a forecast on stated growth and energy-demand assumptions, not be asserted; without them a panel cannot tell whether the target is grounded.",
    },
    fails: "# 某经济开发区碳达峰实施方案\n\n## 一、碳排放现状\n\n2020年园区二氧化碳排放量为486万吨。\n\n## 二、碳达峰目标\n\n园区力争2028年实现碳达峰。\n",
    passes: "# 某经济开发区碳达峰实施方案\n\n## 一、碳排放现状\n\n2015—2020年，园区二氧化碳排放量由402万吨增加到486万吨，年均增长3.9%。\n\n## 二、碳达峰目标\n\n立足园区化工新材料基地的战略定位，按工业增加值年均增长7%的假设，设置基准情景和低碳情景预测排放，明确2028年前后达峰的时间表和路线图。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    check_principle(cx, &DOC, PrincipleId::Scientific, out);
}
