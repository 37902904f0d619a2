//! `target/no-base-year`: a relative target of the plan with no base year.

use crate::checks::boundary::quote_at;
use crate::checks::target::place;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::quantity::PercentKind;
use crate::extract::targets::{Direction, TargetKind};
use crate::finding::{ChangeDirection, ChangeUnit, Finding, NoBaseYear};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/no-base-year",
    category: Category::Target,
    severity: Severity::Error,
    summary: Text {
        zh: "相对目标（下降X%、提高X个百分点）没有基准年",
        en: "a relative target (下降X%, 提高X个百分点) has no base year",
    },
    why: Text {
        zh: "目标应有明确的基准年（《编制指南》第7章；核算边界中应说明基准年）：“下降15%”不说明比哪一年，就无法核对、无法考核。基准年可写在目标的句子里（较2020年下降），或由全方案统一声明（以2020年为基准年），“较基准年/基期”按声明的基准年解读；“十四五”期间累计下降以2020年为基。不从相邻的句子借用年份。历史降幅、较峰值下降、情景假设和引用的上级目标不是本方案的目标，不受此限。",
        en: "A target needs a base year (clause 7; the base year belongs in the accounting boundary): 下降15% without saying since when cannot be checked. The base year may be in the target's sentence (较2020年下降) or declared for the whole plan (以2020年为基准年), which also resolves 较基准年/基期; a five-year-plan period implies the year before it. A year in a neighbouring sentence is not borrowed. Historical changes, reductions from the peak, scenario assumptions and quoted upper-level targets are not the plan's targets.",
    },
    fails: "## 三、碳达峰目标\n\n到2025年，园区单位工业增加值二氧化碳排放下降18%，单位工业增加值能耗降低13.5%。\n",
    passes: "## 三、碳达峰目标\n\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，单位工业增加值能耗比2020年降低13.5%。到2035年，二氧化碳排放总量比峰值下降10%。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    if facts.declared_base.is_some() {
        // A plan-wide base year resolves every relative target without its own.
        return;
    }
    for t in facts
        .own()
        .filter(|t| t.kind == TargetKind::Change && t.base_year.is_none())
    {
        let finding = Finding::NoBaseYear(NoBaseYear {
            metric: t.metric.map(str::to_string),
            metric_name: super::metric_name(cx, t),
            direction: match t.direction {
                Direction::Increase => ChangeDirection::Increase,
                _ => ChangeDirection::Decrease,
            },
            value: t.value,
            unit: if t.percent == Some(PercentKind::Points) {
                ChangeUnit::Points
            } else {
                ChangeUnit::Percent
            },
            relative_to_base_year: t.base_word,
            quote: quote_at(t.sentence.as_str(), t.span.clone()),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, t);
        out.push(d.at(loc, span));
    }
}
