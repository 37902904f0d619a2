//! `target/no-base-year`: a relative target of the plan with no base year.

use crate::checks::boundary::quote_at;
use crate::checks::target::place;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::quantity::PercentKind;
use crate::extract::targets::{BaseSource, Direction, Target, TargetKind};
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
        zh: "目标应有明确的基准年（《编制指南》第7章；核算边界中应说明基准年）：“下降15%”不说明比哪一年，就无法核对、无法考核。基准年可写在目标的句子里（较2020年下降），或由全方案统一声明（以2020年为基准年），“较基准年/基期”按声明的基准年解读；但同一句中其他指标写明了“较××年”而本指标没有、且该年份不能顺延到本指标（写在本指标之后，或在前而隔着分号），方案别处也未给出本指标同年目标的基准年时，仍报告——读者无法确定本指标是否另有基准；本指标的其他目标写明了基准年（“到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上”）而此目标另起一段没有写（“到2030年，单位工业增加值二氧化碳排放下降38%以上”），且基准年声明既不在本段也不在本节前文时，同样报告（同句中前文写明的基准年可延续到省略的分句，“以2022年的0.52吨/万元为基准”“折算至2020年基数”也算写明）；“十四五”期间累计下降以2020年为基。在上一阶段目标之上的“再下降”（单位产品综合能耗再下降10%）既不沿用同句前文的基准年，也不适用全方案声明的基准年，须自行写明（在2025年基础上再下降10%）。不从相邻的句子借用年份。历史降幅、较峰值下降、情景假设和引用的上级目标不是本方案的目标，不受此限。企业等自行设定、方案只是引述的目标（该公司自定2025年单位产值碳排放下降25%的企业目标）不要求基准年；方案为某一工序或行业设定的目标仍要求。",
        en: "A target needs a base year (clause 7; the base year belongs in the accounting boundary): 下降15% without saying since when cannot be checked. The base year may be in the target's sentence (较2020年下降) or declared for the whole plan (以2020年为基准年), which also resolves 较基准年/基期 — unless another indicator's change in the same sentence writes its base (较2022年) and that base does not carry over (it comes after, or before across a semicolon) and the plan gives this indicator's target of that year no base elsewhere: the reader cannot tell whether it has another base; so is a target of an indicator whose other targets write their base (到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上) when it does not, in a paragraph of its own (到2030年，单位工业增加值二氧化碳排放下降38%以上), with the declaration neither in its paragraph nor earlier in its section (an elliptical clause after a written base in its sentence carries it; 以2022年的0.52吨/万元为基准 and 折算至2020年基数 count as written); a five-year-plan period implies the year before it. A change on top of the previous milestone (单位产品综合能耗再下降10%) borrows neither the base written before it in its sentence nor the declared one: it needs its own (在2025年基础上再下降10%). A year in a neighbouring sentence is not borrowed. Historical changes, reductions from the peak, scenario assumptions and quoted upper-level targets are not the plan's targets. A goal a part set itself and the plan only quotes (该公司自定2025年单位产值碳排放下降25%的企业目标) is not asked for one; a goal the plan sets for a process or sector is.",
    },
    fails: "## 三、碳达峰目标\n\n到2025年，园区单位工业增加值二氧化碳排放下降18%，单位工业增加值能耗降低13.5%。\n",
    passes: "## 三、碳达峰目标\n\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，单位工业增加值能耗比2020年降低13.5%。到2035年，二氧化碳排放总量比峰值下降10%。\n",
};

/// Whether `t`, a change with no base year of its own, stands beside another indicator's
/// change whose base is written in the sentence (`单位工业增加值二氧化碳排放较2022年下降16%；
/// 单位工业增加值能耗下降15%`, `…排放下降13%以上，单位工业增加值能耗较2022年下降12%`) and does
/// not carry over to it: written after it, or before it across a `；`. The plan's declared
/// base does not settle such a target: its sentence names a base for the others only.
fn beside_an_explicit_base(cx: &Context, t: &Target, all: &[&Target]) -> bool {
    let paragraph = t.sentence.text;
    // `以2020年为基准年，到2025年…；到2030年…`: the paragraph declares the base for all.
    if t.target_year.is_none()
        || !crate::extract::years::base_year_declarations(paragraph).is_empty()
    {
        return false;
    }
    // The same indicator and year with its base written elsewhere (a note restating a
    // table's targets): the reader knows the base.
    let based_elsewhere = all.iter().any(|u| {
        u.metric == t.metric
            && u.target_year == t.target_year
            && u.base_year.is_some_and(|b| b.source == BaseSource::Clause)
    });
    if based_elsewhere {
        return false;
    }
    all.iter().any(|u| {
        let explicit = u.base_year.is_some_and(|b| b.source == BaseSource::Clause);
        if !explicit
            || u.sentence.block() != t.sentence.block()
            || u.metric == t.metric
            || u.metric.is_none()
        {
            return false;
        }
        let (from, to) = (at(u).min(at(t)), at(u).max(at(t)));
        let Some(between) = paragraph.get(from..to) else {
            return false;
        };
        // One sentence of the paragraph.
        if between.contains(['。', '！', '？']) {
            return false;
        }
        at(u) > at(t) || between.contains(['；', ';'])
    }) && cx.targets().declared_base.is_some()
}

/// Whether `t`, a change with no base year of its own in a plan that declares one far from
/// it, breaks the plan's own way of writing this indicator: another of its targets of the
/// same indicator writes its base (`到2025年，单位工业增加值二氧化碳排放较2020年下降20%以上`)
/// and this one does not (`到2030年，单位工业增加值二氧化碳排放下降38%以上`). The declaration is
/// far when it is neither in the target's paragraph nor earlier in its section (`以2020年为
/// 基准年，设置基准情景…` in the scenario section): a base declared right before the targets
/// is theirs.
fn drops_its_own_base(cx: &Context, t: &Target, all: &[&Target]) -> bool {
    if t.metric.is_none() || t.target_year.is_none() {
        return false;
    }
    // Its sentence gives a base its own way (`以2022年的0.52吨/万元为基准，2025年下降15%`,
    // `…下降12%折算至2020年基数相当于下降16.6%`), or one earlier that an elliptical clause
    // carries over (`…比2020年下降18.0%；2030年为0.316吨/万元，下降31.7%`).
    let sentence = t.sentence.as_str();
    // From the start of its full sentence (`；` ends a sentence of the reading, not this).
    let lead = t
        .sentence
        .text
        .get(..t.sentence.range().start + t.span.start)
        .unwrap_or("");
    let before = lead
        .rfind(['。', '！', '？'])
        .and_then(|i| lead.get(i..))
        .unwrap_or(lead);
    if cx.rules.lexicon.base_phrase.is_match(sentence)
        || crate::extract::years::years(before)
            .iter()
            .any(|m| m.relation == Some(crate::extract::years::YearRelation::Comparison))
    {
        return false;
    }
    // Not earlier in its sentence: an elliptical clause after an explicit one (`到2025年，
    // …较2020年下降20%以上；到2030年下降45%左右`) carries its base over.
    let carries = |u: &Target| {
        u.sentence.block() == t.sentence.block()
            && at(u) < at(t)
            && t.sentence
                .text
                .get(at(u)..at(t))
                .is_some_and(|between| !between.contains(['。', '！', '？']))
    };
    let explicit = |u: &&&Target| {
        u.metric == t.metric
            && u.base_year.is_some_and(|b| b.source == BaseSource::Clause)
            && !carries(u)
    };
    // The same change restated (`园区单位工业增加值能耗下降12%折算至2020年基数相当于下降
    // 16.6%` after `…能耗较2021年下降12%`): its base is the one written before.
    let restated = all
        .iter()
        .filter(explicit)
        .any(|u| u.value == t.value && u.direction == t.direction);
    let written = all
        .iter()
        .filter(explicit)
        .any(|u| u.target_year != t.target_year);
    if restated || !written {
        return false;
    }
    let block = t.sentence.block();
    let section = cx.doc.enclosing_heading(block).map(std::ptr::from_ref);
    !cx.boundary().base_years.iter().any(|b| {
        let at = b.sentence.block();
        at == block
            || (at < block && cx.doc.enclosing_heading(at).map(std::ptr::from_ref) == section)
    })
}

/// Where a target's value stands in its paragraph (a sentence may stop at `；`).
fn at(x: &Target) -> usize {
    x.sentence.range().start + x.span.start
}

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.targets();
    let changes: Vec<&Target> = facts
        .own()
        .filter(|t| t.kind == TargetKind::Change)
        .collect();
    for t in changes.iter().copied().filter(|t| t.base_year.is_none()) {
        // A goal a part set itself (`该公司自定2025年单位产值碳排放下降25%的企业目标`: the
        // pack's `lexicon.part_subject` and `lexicon.self_set`) is quoted, not the plan's.
        if cx.rules.lexicon.part_subject.is_match(&t.scope_words)
            && cx.rules.lexicon.self_set.is_match(t.clause_before())
        {
            continue;
        }
        // A plan-wide base year resolves every relative target without its own, unless
        // its sentence names another base beside it, or its indicator's other targets
        // write theirs.
        // A change on top of the previous milestone (`再下降10%`) is not from the declared
        // base year either.
        if facts.declared_base.is_some()
            && !cx.rules.lexicon.further_change.is_match(t.clause_before())
            && !beside_an_explicit_base(cx, t, &changes)
            && !drops_its_own_base(cx, t, &changes)
        {
            continue;
        }
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
            declared_base: facts.declared_base,
            quote: quote_at(t.sentence.as_str(), t.span.clone()),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = place(cx, t);
        out.push(d.at(loc, span));
    }
}
