//! Peak years and peak values (`力争2028年前实现碳达峰`, `峰值控制在95万吨以内`).

use super::{parse_year, quotes_upper_level, Direction, Role, Target, TargetKind};
use crate::extract::quantity::qualifier;
use crate::extract::quantity::HedgeKind;
use crate::extract::sentences::Sentence;
use std::ops::Range;
use std::sync::Arc;

use crate::extract::years::{years, YearForm, YearMention, YearRelation};
use crate::pack::{RulesPack, StatementKind};

/// Another deadline in a peak phrase: year, relation, hedge, span.
type CoYear = (u16, Option<YearRelation>, Option<HedgeKind>, Range<usize>);

/// Peak years and peak values from the pack's `peak` and `peak_value` statements.
pub(super) fn peaks<'d>(
    pack: &RulesPack,
    s: &Sentence<'d>,
    text: &str,
    sentence_role: Role,
    upper_until: Option<usize>,
    out: &mut Vec<Target<'d>>,
) {
    let mut year_list: Option<Vec<YearMention>> = None;
    let mut part_subjects: Option<super::PartSubjects> = None;
    for st in &pack.targets.statements {
        if !matches!(st.kind, StatementKind::Peak | StatementKind::PeakValue) {
            continue;
        }
        for caps in pack.targets.statement_matches(st, text) {
            let Some(all) = caps.get(0) else { continue };
            let before = text.get(..all.start()).unwrap_or("");
            let matched = all.as_str();
            let mut role = sentence_role;
            // `难以在2030年前实现碳达峰`, `2030年仍未达峰`: no peak is stated at all.
            // The negation may stand a few words before (`难以在2030年前实现碳达峰`): its clause.
            let clause_before = before.rsplit(['，', ',', '；', ';']).next().unwrap_or("");
            let lex = &pack.lexicon;
            let negated =
                lex.peak_negation.is_match(matched) || lex.peak_negation.is_match(clause_before);
            if negated {
                continue;
            }
            // `到2035年，碳达峰成果进一步巩固`, `实现碳达峰后`: what follows the peak;
            // `落实碳达峰工作部署`: a peak that only qualifies a noun.
            let after = text.get(all.end()..).unwrap_or("");
            if lex
                .peak_follower
                .terms
                .iter()
                .any(|w| after.starts_with(w.as_str()))
            {
                continue;
            }
            let after_upper = upper_until.is_some_and(|end| {
                end <= all.start() && !text.get(end..all.start()).unwrap_or("").contains('；')
            });
            // The statement may open with its own commitment and subject (`力争园区2032年实现
            // 碳达峰`): they belong to the text read for a quoted upper level.
            let subject = matched
                .find(|c: char| c.is_ascii_digit())
                .and_then(|i| text.get(..all.start() + i))
                .unwrap_or(before);
            // Enterprises as the statement's subject (`园区重点企业力争2028年前达峰`) make it
            // theirs; enterprises named in an earlier clause (`以龙头企业带动配套企业协同降碳，
            // 确保园区…2032年前后达峰`) do not, nor before the park it names.
            let own_clause = subject
                .rfind(['，', ',', '；', ';', '：', ':'])
                .and_then(|i| subject.get(i..))
                .unwrap_or(subject);
            // The subject is the last named: `园区重点企业` is enterprises, `龙头企业带动园区` the
            // park. A clause naming neither continues the subject before it (`推动园区内重点
            // 企业，力争…`).
            let subject_of = |t: &str| {
                let park_at = lex.own_subject.find_all(t).last().map(|p| p.start);
                let firms = lex.enterprise_subject.find_all(t);
                (park_at.is_some() || !firms.is_empty())
                    .then(|| firms.iter().any(|e| park_at.is_none_or(|p| e.start > p)))
            };
            let enterprises = subject_of(own_clause)
                .or_else(|| subject_of(subject))
                .unwrap_or(false);
            if role == Role::Plan
                && (after_upper || quotes_upper_level(&pack.lexicon, subject) || enterprises)
            {
                role = Role::UpperLevel;
            }
            // The outcome of a what-if the sentence opens with, before its decision.
            if role == Role::Plan
                && super::what_if_reach(lex, text).is_some_and(|end| all.start() < end)
            {
                role = Role::Scenario;
            }
            let qualifier = caps.name("qualifier").map(|m| m.as_str());
            let mut hedge = caps.name("commitment").map(|m| {
                if m.as_str() == "确保" || m.as_str() == "如期" {
                    HedgeKind::Ensure
                } else {
                    HedgeKind::Strive
                }
            });
            // `确保2030年前、力争2028年实现碳达峰`: two deadlines, each with its own hedge.
            // The years before the peak's own in the match are peaks too.
            let mut co_years: Vec<CoYear> = Vec::new();
            if let Some(y) = caps.name("year").filter(|_| st.kind == StatementKind::Peak) {
                let list = year_list.get_or_insert_with(|| years(text));
                for m in list.iter() {
                    if m.form == YearForm::Year
                        && m.span.start >= all.start()
                        && m.span.end <= y.start()
                        && text
                            .get(m.span.end..y.start())
                            .is_some_and(|g| g.contains(['、', '和', '或', '，', ',']))
                    {
                        co_years.push((
                            m.last,
                            m.relation,
                            m.hedge.as_ref().map(|h| h.kind),
                            m.span.clone(),
                        ));
                    }
                }
                if !co_years.is_empty() {
                    let own = list
                        .iter()
                        .find(|m| m.span.start <= y.start() && y.start() < m.span.end);
                    hedge = own.and_then(|m| m.hedge.as_ref()).map(|h| h.kind);
                }
            }
            let (kind, value, span, relation) = if st.kind == StatementKind::Peak {
                let Some(y) = caps.name("year") else { continue };
                let Some(year) = parse_year(y.as_str()).or_else(|| period_year(y.as_str())) else {
                    continue;
                };
                // `…结束后的第二年`, `…之后两年内`: so many years after the period's end.
                let later = ["offset", "within"]
                    .iter()
                    .find_map(|g| caps.name(g))
                    .and_then(|m| small_number(m.as_str()));
                if let Some(n) = later {
                    let year = year.saturating_add(n);
                    (
                        TargetKind::PeakYear,
                        f64::from(year),
                        y.range(),
                        Some(YearRelation::By),
                    )
                } else {
                    let relation = match qualifier {
                        Some("前" | "以前" | "底前") => Some(YearRelation::Before),
                        Some("左右") => Some(YearRelation::Around),
                        // Not `2030年后保持达峰后的下降态势`: a phase after the peak.
                        Some("后" | "以后" | "之后")
                            if text.get(all.end()..).is_some_and(|t| t.starts_with('后')) =>
                        {
                            continue
                        }
                        Some("后" | "以后" | "之后") => Some(YearRelation::After),
                        // 前后 right after this year (`2028年前后`), not after another one.
                        _ if text
                            .get(y.end()..all.end())
                            .and_then(|t| t.split(|c: char| c.is_ascii_digit()).next())
                            .is_some_and(|t| t.contains("前后"))
                            || text.get(y.end()..).is_some_and(|t| {
                                t.trim_start_matches('年').starts_with("前后")
                            }) =>
                        {
                            Some(YearRelation::Around)
                        }
                        _ => Some(YearRelation::By),
                    };
                    (TargetKind::PeakYear, f64::from(year), y.range(), relation)
                }
            } else {
                let Some(v) = caps.name("value") else {
                    continue;
                };
                let Ok(value) = v.as_str().parse::<f64>() else {
                    continue;
                };
                (TargetKind::PeakValue, value, v.range(), None)
            };
            let same = out.iter().position(|t| {
                t.sentence.range() == s.range()
                    && t.sentence.block() == s.block()
                    && (t.span == span || (t.span.start <= span.start && span.end <= t.span.end))
            });
            if let Some(i) = same {
                // A value the generic reading took for a cap or level of the year written
                // nearby (`确保2030年前达峰，峰值控制在122万吨以内`) is the peak value: its
                // year is the peak's, not 2030's.
                let generic = out.get(i).is_some_and(|t| {
                    !matches!(t.kind, TargetKind::PeakYear | TargetKind::PeakValue)
                });
                if generic && kind == TargetKind::PeakValue {
                    out.remove(i);
                } else {
                    continue;
                }
            }
            let mut target = peak_target(
                s.clone(),
                role,
                kind,
                value,
                caps.name("unit").map(|m| Arc::from(m.as_str())),
                hedge,
                relation,
                span.clone(),
            );
            // `峰值约556.9万吨`, `峰值控制在560万吨以内`: a projection or a cap.
            if kind == TargetKind::PeakValue {
                let after = caps.name("unit").map_or(span.end, |u| u.end());
                target.bound = qualifier::prefix_at(text, span.start)
                    .or_else(|| qualifier::suffix_at(text, after))
                    .map(|(b, _)| b);
            }
            // `集团排放2026年达峰，峰值控制在203万吨以内`: a part's peak.
            let parts = part_subjects.get_or_insert_with(|| super::PartSubjects::new(lex, text));
            if let Some(part) = parts.before(text, all.start()) {
                target.scope_words = part.into();
            }
            let scope = target.scope_words.clone();
            out.push(target);
            for (year, relation, hedge, span) in co_years {
                let relation = relation.filter(|r| {
                    matches!(
                        r,
                        YearRelation::Before | YearRelation::Around | YearRelation::By
                    )
                });
                let mut t = peak_target(
                    s.clone(),
                    role,
                    TargetKind::PeakYear,
                    f64::from(year),
                    None,
                    hedge,
                    relation.or(Some(YearRelation::By)),
                    span,
                );
                t.scope_words = scope.clone();
                out.push(t);
            }
        }
    }
}

/// A count of years written as one digit or numeral (`二`, `两`, `3`).
fn small_number(s: &str) -> Option<u16> {
    match s.trim() {
        "一" | "1" => Some(1),
        "二" | "两" | "2" => Some(2),
        "三" | "3" => Some(3),
        "四" | "4" => Some(4),
        "五" | "5" => Some(5),
        _ => None,
    }
}

/// The year a five-year plan written as a peak's date stands for (`“十六五”初期` → 2031,
/// `十五五末` → 2030, `十六五期间` → 2035: the period's first year for its start, else its
/// last, the latest the words allow).
fn period_year(text: &str) -> Option<u16> {
    let m = years(text).into_iter().next()?;
    match m.form {
        YearForm::Plan {
            part: crate::extract::years::PlanPart::Start,
            ..
        } => Some(m.first),
        YearForm::Plan { .. } => Some(m.last),
        _ => None,
    }
}

/// A peak year or peak value of the park's CO2 emissions.
#[allow(clippy::too_many_arguments)]
pub(super) fn peak_target<'d>(
    sentence: Sentence<'d>,
    role: Role,
    kind: TargetKind,
    value: f64,
    unit: Option<Arc<str>>,
    hedge: Option<HedgeKind>,
    year_relation: Option<YearRelation>,
    span: std::ops::Range<usize>,
) -> Target<'d> {
    Target {
        sentence,
        role,
        kind,
        metric: Some("co2_total"),
        direction: Direction::Level,
        value,
        upper: None,
        bound: None,
        stretch: None,
        hedge,
        percent: None,
        unit,
        base_year: None,
        base_word: false,
        target_year: (kind == TargetKind::PeakYear).then_some(value as u16),
        year_relation,
        span,
        scope_words: Box::default(),
    }
}
