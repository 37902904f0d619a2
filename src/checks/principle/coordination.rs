//! `principle/coordination`: 协调性 — the plan rests on its region's carbon-peak plan and
//! the targets allocated to the park, and fits the region's development plans.

use crate::checks::principle::check_principle;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::pack::PrincipleId;

pub const DOC: RuleDoc = RuleDoc {
    id: "principle/coordination",
    category: Category::Principle,
    severity: Severity::Warning,
    summary: Text {
        zh: "协调性依据不足：未引用所在地区的碳达峰实施方案、上级下达的目标或地区发展规划",
        en: "coordination (协调性) evidence missing: no regional carbon-peak plan, allocated target or regional development plan cited",
    },
    why: Text {
        zh: "《编制指南》第4章基本原则“协调性”：“方案编制应以园区所在地区碳达峰分解任务为依据，与地区经济、社会、能源发展规划相协调，为推动园区低碳发展提供综合方案、行动指导。”园区的目标是所在省、市目标的一部分；评审要看到方案引用了所在地区的碳达峰实施方案、承接了上级分解下达的目标，并与国民经济和社会发展规划、国土空间规划、能源和产业规划相衔接。规则文件的 principles.coordination 列出每项依据的识别方式。",
        en: "Standard clause 4, principle of coordination (协调性): the plan “shall be based on the carbon-peak tasks allocated by the park's region and be coordinated with the region's economic, social and energy development plans”. A park's targets are part of its province's and city's; a panel expects the regional carbon-peak plan cited, the allocated target taken up, and the link to the regional development, spatial, energy and industry plans. The rules pack's principles.coordination lists how each item is recognised.",
    },
    fails: "# 某经济开发区碳达峰实施方案\n\n## 一、总则\n\n为推动园区绿色低碳发展，制定本方案。\n\n## 二、主要目标\n\n到2025年，单位工业增加值二氧化碳排放比2020年下降18%。\n",
    passes: "# 某经济开发区碳达峰实施方案\n\n## 一、总则\n\n根据《江苏省碳达峰实施方案》《苏州市碳达峰实施方案》，做好与园区国土空间规划、产业发展规划的衔接，制定本方案。\n\n## 二、主要目标\n\n到2025年，单位工业增加值二氧化碳排放比2020年下降18%，确保完成市下达的目标任务。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    check_principle(cx, &DOC, PrincipleId::Coordination, out);
}
