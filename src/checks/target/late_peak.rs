//! `target/late-peak`: the plan's own peak year is later than the deadline.

use crate::checks::boundary::quote_at;
use crate::checks::target::place;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Related, Severity};
use crate::extract::targets::{Target, TargetKind};
use crate::extract::years::YearRelation;
use crate::finding::{Finding, LatePeak};

pub const DOC: RuleDoc = RuleDoc {
    id: "target/late-peak",
    category: Category::Target,
    severity: Severity::Error,
    summary: Text {
        zh: "园区达峰年份晚于要求的期限（默认2030年）",
        en: "the park's peak year is later than the required deadline (default 2030)",
    },
    why: Text {
        zh: "园区达峰目标须满足国家和地区要求（《编制指南》第7章“碳达峰目标”；国发〔2021〕23号要求2030年前达峰）。“2030年前”满足期限；“2032年达峰”不满足；“2030年左右”“2030年前后”允许晚于2030年，也不满足。期限可在规则文件 thresholds.peak_deadline 中按地区改写。引用的上级目标、情景预测（基准情景2035年前难以达峰）和企业达峰时间不是园区的达峰目标。",
        en: "The park's peak must meet national and regional requirements (clause 7; Guiding Opinion 国发〔2021〕23号: peak before 2030). 2030年前 meets it; 2032年达峰 does not; 2030年左右/前后 allows a peak after 2030 and does not meet it either. Set a regional deadline in thresholds.peak_deadline. Quoted upper-level targets, scenario results and enterprises' peak years are not the park's target.",
    },
    fails: "## 三、碳达峰目标\n\n本方案以2020年为基准年。园区力争2032年实现碳达峰，峰值控制在260万吨以内。\n",
    passes: "## 三、碳达峰目标\n\n本方案以2020年为基准年。园区力争2028年前实现碳达峰，确保2030年前达峰，峰值控制在260万吨以内。基准情景下园区2035年前难以达峰。\n",
};

/// A late peak as written: year, around it, after it.
type LateYear = (u16, bool, bool);

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    let deadline = cx.rules.thresholds.peak_deadline;
    // One finding per late peak year (and reading): the same year written again (a
    // scenario section, then the targets) is a related place of the first, not a second
    // error.
    let mut groups: Vec<(LateYear, Vec<&Target>)> = Vec::new();
    for t in facts.own().filter(|t| t.kind == TargetKind::PeakYear) {
        let Some(year) = t.target_year else { continue };
        let around = t.year_relation == Some(YearRelation::Around);
        // `2030年后尽早达峰`, `“十五五”末之后达峰`: after the deadline itself.
        let after = t.year_relation == Some(YearRelation::After);
        let late = year > deadline || ((around || after) && year == deadline);
        if !late {
            continue;
        }
        match groups.iter_mut().find(|(k, _)| *k == (year, around, after)) {
            Some((_, ts)) => ts.push(t),
            None => groups.push(((year, around, after), vec![t])),
        }
    }
    for ((year, around, after), ts) in groups {
        let Some((first, rest)) = ts.split_first() else {
            continue;
        };
        let finding = Finding::LatePeak(LatePeak {
            year,
            deadline,
            around,
            after,
            quote: quote_at(first.sentence.as_str(), first.span.clone()),
            repeats: u32::try_from(rest.len()).unwrap_or(u32::MAX),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, first);
        let mut d = d.at(loc, span);
        for t in rest {
            let (loc, span) = place(cx, t);
            d = d.related(Related::at(loc, span));
        }
        out.push(d);
    }
}
