//! Scenario and pathway figures: business-as-usual (基准情景) emissions by year and the
//! quantified CO2 reductions of the measures (年减排二氧化碳约3万吨, 减排量表) — what
//! `target/reduction-gap` weighs against the gap between BAU and the target.
//!
//! # BAU figures
//! A CO2 mass whose nearest scenario word before it in the sentence names the BAU
//! (`基准情景`, `基线情景`, `BAU`, `惯性情景`, `自然增长情景`, `延续现有…`, `不采取新增减排措施`)
//! and not a policy scenario (`低碳情景`, `达峰情景`, `目标情景` …); a BAU word after `比`/`较`
//! is the base of a comparison, and a value after `减少`/`差距` is a difference, not a
//! level. The year is the nearest year written before the value in the sentence. Tables:
//! a column headed by a BAU word with years down the first column, a row headed by one
//! with years across, or a BAU caption with emission columns.
//!
//! # Reductions
//! A CO2 mass after a reduction verb (`减排`, `减少`, `削减`, `减碳`, `降低`) in its clause —
//! or continuing such a list (`到2025年年减排3.5万吨，到2030年约8.6万吨`) — in the pathway
//! chapter and under every other heading that names the pathway (`（二）达峰路径` inside the
//! forecast chapter; [`crate::extract::sentences::item_ranges`]), or in the whole plan when
//! it has no pathway chapter; not in a what-if sentence (`lexicon.hypothetical`: `若…`); `合计`/`共计`/`上述措施` make it a total;
//! `累计` (a sum over years) and differences between scenarios are left out. Tables: a
//! column headed `减排量`/`减排潜力`, one measure a row, `合计`/`总计` rows the totals.
//! A table with no such column counts when its caption (or first header cell) speaks of
//! reductions (`减排量测算`) and its columns are years (`2025年（万吨）`).
//!
//! # Years
//! A figure is dated by the nearest year before it, except that a list of values takes a
//! list of years in order ([`respectively`]: `2025年、2030年分别减排9.8万吨和20.8万吨`:
//! 9.8 is 2025's, 20.8 is 2030's), and an undated list of as many values takes the years
//! the text's dated lists all give (`inherit_years`: `减排3.4万吨和8.6万吨` after them is
//! one measure's 2025 and 2030 figures); a `分别` list after fewer years than values
//! (`2027年前…更新高效电机，分别减排0.12万吨和0.30万吨`) is undated the same way: the one year
//! dates the work, not each value. A year naming when a project starts or is finished
//! (`2023年投产`, `2030年前建成投运`) dates a reduction that holds from that year on.
//!
//! [`Reductions::for_year`] works year by year: a stated total counts only for its own
//! year (or every year when undated); a source (the text, each table) counts only with its
//! figures of that year, its undated ones and those holding since an earlier year, plus —
//! when the source does quantify that year — a measure's latest earlier figure where the
//! measure has none for the year (a project finished by 2025 still reduces in 2030). A source that quantifies only 2025 is
//! never weighed against the 2030 gap. It sums each source and returns the largest of
//! those sums and the totals — measures listed twice (text and table) are never added
//! twice. A table's total row that its own rows contradict beyond rounding (`| 合计 | 3.52 |`
//! over rows adding to 2.52) is a slip of addition and does not count: the rows do.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::quantity::{Quantity, QuantityExtractor};
use crate::extract::sentences::{in_ranges, Sentence};
use crate::extract::years::{years, YearMention, YearRelation};
use crate::pack::Lexicon;

/// A CO2 mass of the plan, in tonnes.
#[derive(Debug, Clone)]
pub struct Figure<'d> {
    pub sentence: Sentence<'d>,
    /// The value within the sentence.
    pub span: Range<usize>,
    pub year: Option<u16>,
    pub tonnes: f64,
    /// Half a step of the last printed digit, in tonnes.
    pub slack: f64,
    /// Written as CO2-equivalent (`万吨二氧化碳当量`): on the basis of a CO2e goal, not of a
    /// CO2 one.
    pub co2e: bool,
}

/// One quantified reduction.
#[derive(Debug, Clone)]
pub struct Reduction<'d> {
    pub figure: Figure<'d>,
    pub total: bool,
    /// The year is when the measure starts to reduce (`2023年投产`): the figure holds for
    /// every later year too.
    pub since: bool,
    /// 0 for the text; `1 + block` for a table.
    pub source: usize,
    /// The measure within its source (a sentence or a table row).
    pub measure: usize,
}

/// The quantified reductions of a plan.
#[derive(Debug, Clone, Default)]
pub struct Reductions<'d> {
    pub all: Vec<Reduction<'d>>,
}

/// What the measures reduce by a year: tonnes, slack, and one figure to point at.
#[derive(Debug, Clone)]
pub struct Covered<'d> {
    pub tonnes: f64,
    /// A stated total (合计) rather than a sum of measures.
    pub total: bool,
    pub slack: f64,
    pub count: usize,
    pub at: Option<Figure<'d>>,
    /// The total row of the measures' table that its rows contradict (`| 合计 | 2.71 |`
    /// over rows adding to 2.17): where a shortfall is shown, the sum being the table's.
    pub contradicted_total: Option<Figure<'d>>,
}

mod gap;
mod scenario;
mod tables;
pub use gap::{goal_for, stated_gaps, year_gaps, Goal, GoalSource, YearGap};
pub use scenario::{adopted, low_carbon, names_adopted, Point};
pub use tables::{cell_sentence, cell_year};
use tables::{table_bau, table_reductions};

static FILLER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:到|至|在)?\s*(?:19|20)\d{2}\s*年(?:底|末|前)?|约|为|达到|达|左右|分别|可|年|[\s、和及与]")
        .ok()
});
/// After a figure: the rest of its list and a `的` (`和72.0万吨的`).
static LIST_REST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*[和、及与]\s*\d+(?:\.\d+)?\s*(?:万吨|吨)[^，,。；;的和、]{0,8})*\s*的?")
        .ok()
});
/// A year and what joins it to the next (`2025年、`).
static YEAR_WORD: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:19|20)\d{2}\s*年(?:底|末)?[、和及与]?").ok());
/// What may stand between two values of one list (`9.8万吨和20.8万吨`,
/// `3.5万吨，到2030年约8.6万吨`).
static BETWEEN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:到|至|在)?\s*(?:19|20)\d{2}\s*年(?:底|末|前)?|[（(]\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[）)]?|约|为|达到|达|左右|分别|可|[\s、和及与，,])*$")
        .ok()
});
fn is(r: &LazyLock<Option<Regex>>, text: &str) -> bool {
    r.as_ref().is_some_and(|r| r.is_match(text))
}

/// Whether a header or caption speaks of the BAU and not of a policy scenario.
pub fn bau_words(lex: &Lexicon, text: &str) -> bool {
    lex.bau.is_match(text) && policy_words(lex, text).is_empty()
}

/// The policy-scenario words of `text` outside its BAU words (`无政策情景` names the BAU).
pub fn policy_words(lex: &Lexicon, text: &str) -> Vec<Range<usize>> {
    let mut words = lex.policy_scenario.find_all(text);
    if !words.is_empty() {
        let baus = lex.bau.find_all(text);
        words.retain(|m| !baus.iter().any(|b| b.start < m.end && m.start < b.end));
    }
    words
}

/// An emission mass: CO2, or CO2-equivalent in a plan that states its scenarios so
/// (`boundary/non-co2` reports the caliber; the scenarios still weigh against the
/// measures in their own unit).
/// Whether a mass is written as CO2-equivalent (the pack's `co2e_mass` units).
pub(crate) fn co2e(q: &Quantity) -> bool {
    q.unit
        .as_ref()
        .and_then(|u| u.family.as_deref())
        .is_some_and(|f| f == "co2e_mass")
}

fn co2(q: &Quantity) -> Option<f64> {
    let family = q.unit.as_ref()?.family.as_deref()?;
    (matches!(family, "co2_mass" | "co2e_mass") && q.percent.is_none() && q.upper.is_none())
        .then_some(q.canonical()?)
}

/// A CO2 mass, or a bare mass (`万吨` in a header that names no subject) in a table
/// whose caption or headers speak of emissions.
fn co2_in_table(q: &Quantity, emissions_table: bool) -> Option<f64> {
    co2(q).or_else(|| {
        let u = q.unit.as_ref()?;
        (emissions_table
            && u.family.is_none()
            && u.bare
            && q.percent.is_none()
            && q.upper.is_none())
        .then(|| q.magnitude())
    })
}

fn slack(q: &Quantity) -> f64 {
    q.canonical_step() / 2.0
}

/// Whether the figure after `prefix` is the result of a calculation written out
/// (`BAU 268.0 − 目标248 = 20.0万吨`): a difference or a sum, not a level.
fn computed(prefix: &str) -> bool {
    prefix.trim_end().ends_with(['=', '＝', '≈'])
}

fn clause_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|b| {
            b.char_indices()
                .rev()
                .find(|(_, c)| matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '。'))
                .map(|(i, c)| i + c.len_utf8())
        })
        .unwrap_or(0)
}

/// The nearest year written before `at` that dates a figure. A comparison's year right
/// before the figure dates it too (`比2015年的37.9万吨增加38.5%`: 37.9 is 2015's).
pub fn year_before(list: &[YearMention], at: usize) -> Option<u16> {
    if let Some(m) = list.iter().rfind(|m| m.span.start < at) {
        if m.relation == Some(YearRelation::Comparison)
            && at.saturating_sub(m.span.end) <= "的".len()
        {
            return Some(m.last);
        }
    }
    list.iter()
        .rfind(|m| m.span.start < at && m.dates_a_figure())
        .map(|m| m.last)
}

/// The quantities and years of `text`, and the years a `分别` list pairs its CO2 figures
/// with (see [`respectively`]).
fn co2_with_years(
    x: &QuantityExtractor,
    text: &str,
) -> (Vec<Quantity>, Vec<YearMention>, Vec<(usize, u16)>) {
    let qs = x.quantities(text);
    let list = years(text);
    let spans: Vec<Range<usize>> = qs
        .iter()
        .filter(|q| co2(q).is_some())
        .map(|q| q.span.clone())
        .collect();
    let paired = respectively(text, &list, &spans);
    (qs, list, paired)
}

/// Years paired with the values of a list, in order. A list is two or more values
/// (`values`, sorted) joined only by `和`/`、`/`及`/commas. Its N values take N years:
/// - a run of N years joined by `、`/`和` shortly before it, with no number between
///   (`2025年、2030年分别减排9.8万吨和20.8万吨`, `2025年、2030年合计减排6.0万吨和15.8万吨`);
/// - or, when its clause says `分别` or `相应` with no enumeration of subjects before it
///   (`光伏和节能分别减排…` pairs measures, not years), the last N years written before it
///   in the sentence, when they increase (`增至2025年15万千瓦、2030年40万千瓦，…，相应减排
///   6.7万吨和21.3万吨`).
///
/// (value start, year) pairs.
pub fn respectively(
    text: &str,
    list: &[YearMention],
    values: &[std::ops::Range<usize>],
) -> Vec<(usize, u16)> {
    // `8.4万吨（2025年）和25.1万吨（2030年）`: a year in brackets right after a value dates it.
    let mut out: Vec<(usize, u16)> = values
        .iter()
        .filter_map(|v| {
            Some((
                v.start,
                crate::extract::targets::bracket_year_after(text, v.end)?,
            ))
        })
        .collect();
    let lists = value_lists(text, values);
    for l in lists.iter().filter(|l| l.len() >= 2) {
        let Some(first) = l.first().map(|v| v.start) else {
            continue;
        };
        let before = years_before(text, list, first);
        let n = l.len();
        // The run of years ending last before the list.
        let mut run: Vec<&YearMention> = Vec::new();
        for m in before.iter().rev() {
            let gap_end = run.last().map_or(first, |r| r.span.start);
            let gap = text.get(m.span.end..gap_end).unwrap_or("0");
            let ok = if run.is_empty() {
                gap.chars().count() <= 16 && !gap.chars().any(|c| c.is_ascii_digit())
            } else {
                gap.chars()
                    .all(|c| "、和及与,，底末".contains(c) || c.is_whitespace())
            };
            if !ok {
                break;
            }
            run.push(m);
        }
        run.reverse();
        let years: Vec<u16> = if run.len() == n {
            run.iter().map(|m| m.last).collect()
        } else {
            // 分别/相应 between the first of the last N years and the list.
            let from = before
                .get(before.len().saturating_sub(n))
                .map_or(first, |m| m.span.end);
            let span = text.get(from..first).unwrap_or("");
            let cue = ["分别", "相应", "对应"]
                .iter()
                .filter_map(|w| span.rfind(w))
                .max();
            // What the cue's clause enumerates before it, years aside (`光伏和节能分别`).
            let subjects = cue.is_some_and(|c| {
                let at = from + c;
                let head = text.get(clause_start(text, at)..at).unwrap_or("");
                let head = YEAR_WORD.as_ref().map_or_else(
                    || head.to_string(),
                    |r| r.replace_all(head, "").into_owned(),
                );
                head.contains(['、', '和', '及', '与'])
            });
            let last: Vec<u16> = before
                .iter()
                .skip(before.len().saturating_sub(n))
                .map(|m| m.last)
                .collect();
            let rising = last.len() == n && last.windows(2).all(|w| w.first() < w.get(1));
            // Without a cue, the years of the sentence are the list's when they are all
            // there is to pair and its clause names no subjects of its own (`PUE 2027年降至
            // 1.24、2030年降至1.20，预计减排10.5万吨和20.8万吨`).
            let bare = cue.is_none() && before.len() == n && {
                let head = text.get(clause_start(text, first)..first).unwrap_or("");
                !head.contains(['、', '和', '及', '与'])
            };
            if (cue.is_some() && !subjects || bare) && rising {
                last
            } else {
                continue;
            }
        };
        out.extend(l.iter().map(|v| v.start).zip(years));
    }
    out
}

/// The years dating figures written before byte `first` in its statement (from the last
/// `。`/`；` before it).
fn years_before<'l>(text: &str, list: &'l [YearMention], first: usize) -> Vec<&'l YearMention> {
    let seg_start = text
        .get(..first)
        .and_then(|h| {
            h.char_indices()
                .rev()
                .find(|(_, c)| matches!(c, '。' | '；' | ';'))
                .map(|(i, c)| i + c.len_utf8())
        })
        .unwrap_or(0);
    list.iter()
        .filter(|m| m.span.start >= seg_start && m.span.end <= first && m.dates_a_figure())
        .collect()
}

/// The values of `values` (sorted) grouped into lists: runs joined only by `和`/`、`/`及`/
/// commas.
fn value_lists<'v>(text: &str, values: &'v [Range<usize>]) -> Vec<Vec<&'v Range<usize>>> {
    let mut lists: Vec<Vec<&Range<usize>>> = Vec::new();
    for v in values {
        let joined = lists.last().and_then(|l| l.last()).is_some_and(|prev| {
            text.get(prev.end..v.start).is_some_and(|g| {
                g.chars()
                    .all(|c| "和、及与,，约".contains(c) || c.is_whitespace())
            })
        });
        match lists.last_mut() {
            Some(l) if joined => l.push(v),
            _ => lists.push(vec![v]),
        }
    }
    lists
}

/// The values of a `分别`/`相应` list that [`respectively`] left unpaired because fewer
/// years stand before it in its statement than it has values (`2027年前冷库、石磨和灌装线更新
/// 高效电机，分别减排0.12万吨和0.30万吨`): the one year dates the work, not each value, so
/// the values are undated (and take the years the text's other lists give,
/// `inherit_years`). Their starts.
fn unpaired_lists(
    text: &str,
    list: &[YearMention],
    values: &[Range<usize>],
    paired: &[(usize, u16)],
) -> Vec<usize> {
    let mut out = Vec::new();
    for l in value_lists(text, values).iter().filter(|l| l.len() >= 2) {
        let Some(first) = l.first().map(|v| v.start) else {
            continue;
        };
        if l.iter().any(|v| paired.iter().any(|(p, _)| *p == v.start)) {
            continue;
        }
        let before = years_before(text, list, first);
        let Some(last) = before.last() else {
            continue;
        };
        let span = text.get(last.span.end..first).unwrap_or("");
        let cue = ["分别", "相应", "对应"].iter().any(|w| span.contains(w));
        if cue && before.len() < l.len() {
            out.extend(l.iter().map(|v| v.start));
        }
    }
    out
}

/// Whether a `合计` before `verb_at` sums every measure: nothing but years, fillers and
/// 经测算-like words stand before it in the sentence.
fn sums_all(lex: &Lexicon, text: &str, verb_at: usize) -> bool {
    let head = text.get(..verb_at).unwrap_or("");
    let Some(m) = lex.sum_word.find_all(head).pop() else {
        return false;
    };
    let lead = head.get(..m.start).unwrap_or("");
    let lead = FILLER.as_ref().map_or_else(
        || lead.to_string(),
        |f| f.replace_all(lead, "").into_owned(),
    );
    lead.chars()
        .filter(|c| !matches!(c, '，' | ',' | '：' | ':'))
        .count()
        <= 6
}

/// The year of the value at `at`: its `分别` pairing, else the nearest year before it.
fn year_of(paired: &[(usize, u16)], list: &[YearMention], at: usize) -> Option<u16> {
    paired
        .iter()
        .find(|(v, _)| *v == at)
        .map(|(_, y)| *y)
        .or_else(|| year_before(list, at))
}

/// The year of a reduction at `at`: as [`year_of`], and whether that year says when a
/// project starts or is finished (`2023年投产`, `2030年前建成投运`, `到2025年完成改造`) —
/// the reduction then holds from that year on.
fn reduction_year(
    lex: &Lexicon,
    text: &str,
    paired: &[(usize, u16)],
    list: &[YearMention],
    at: usize,
) -> (Option<u16>, bool) {
    if let Some((_, y)) = paired.iter().find(|(v, _)| *v == at) {
        return (Some(*y), false);
    }
    list.iter()
        .rfind(|m| m.span.start < at && m.dates_a_figure())
        .map_or((None, false), |m| {
            let since = text
                .get(m.span.end..at)
                .is_some_and(|rest| project_event(lex, rest));
            (Some(m.last), since)
        })
}

/// Whether `rest`, the text after a year, names a project milestone (`年底前建成投运`,
/// `投产`): time particles (`年底`, `前`), then a word of the pack's `project_event`.
fn project_event(lex: &Lexicon, rest: &str) -> bool {
    const PARTICLES: [&str; 7] = ["", "年底", "年末", "底", "前", "以前", "之前"];
    let rest = rest.trim_start();
    PARTICLES.iter().any(|p| {
        rest.strip_prefix(p).is_some_and(|r| {
            let r = r.trim_start();
            lex.project_event.starts(r)
                || r.strip_prefix('前')
                    .is_some_and(|r| lex.project_event.starts(r.trim_start()))
        })
    })
}

/// The first reduction verb of `clause` that ends it but for at most twelve characters
/// without punctuation or digits (`预计年减排二氧化碳`): its start.
fn reduction_verb(lex: &Lexicon, clause: &str) -> Option<usize> {
    lex.reduction_verb
        .find_all(clause)
        .into_iter()
        .find_map(|r| {
            let rest = clause.get(r.end..)?;
            // The gas's formula is no figure (`减排CO2 60 kt`), nor is a year
            // (`合计减排量2025年为11.0万吨`).
            let mut rest_digits = rest.replace("CO2", "").replace("CO₂", "");
            for m in crate::extract::years::years(rest).iter().rev() {
                rest_digits = rest_digits.replace(rest.get(m.span.clone()).unwrap_or(""), "");
            }
            let plain = !rest.contains(['，', ',', '。', '；', ';', '、'])
                && !rest_digits
                    .chars()
                    .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
            (plain && rest.chars().count() <= 12).then_some(r.start)
        })
}

/// BAU emissions of the sentences and tables.
pub fn bau<'d>(
    x: &QuantityExtractor,
    sentences: &[Sentence<'d>],
    doc: &'d Document,
) -> Vec<Figure<'d>> {
    let mut out = Vec::new();
    for s in sentences {
        if s.heading || s.table.is_some() {
            continue;
        }
        let text = s.as_str();
        let lex = &x.pack().lexicon;
        // Under a run-in heading naming the BAU (`1.基准情景。…2030年排放158.0万吨`), the
        // paragraph's figures are the BAU's unless a scenario word of their own says else.
        // So under a short heading naming it.
        let label_bau = s.label(doc).is_some_and(|l| bau_words(lex, l));
        if !lex.bau.is_match(text) && !label_bau {
            continue;
        }
        // (start, is_bau) of every scenario word, comparisons left out.
        let mut marks: Vec<(usize, bool)> = lex
            .bau
            .find_all(text)
            .into_iter()
            .filter(|m| {
                let before = text.get(..m.start).unwrap_or("");
                !lex.comparison_word.ends(before)
            })
            .map(|m| (m.start, true))
            .collect();
        marks.extend(
            policy_words(lex, text)
                .into_iter()
                .map(|m| (m.start, false)),
        );
        if label_bau {
            // First, so that a scenario word of the sentence at its start wins.
            marks.insert(0, (0, true));
        }
        let (qs, list, paired) = co2_with_years(x, text);
        for q in qs {
            let Some(tonnes) = co2(&q) else { continue };
            let at = q.span.start;
            let nearest = marks
                .iter()
                .filter(|(m, _)| *m < at)
                .max_by_key(|(m, _)| *m);
            if !nearest.is_some_and(|(_, b)| *b) {
                continue;
            }
            let prefix = text.get(clause_start(text, at)..at).unwrap_or("");
            // Or right after the figure and the rest of its list: `…之间21.0万吨和72.0万吨的
            // 缺口`.
            let rest = text.get(q.span.end..).unwrap_or("");
            let rest = LIST_REST
                .as_ref()
                .and_then(|r| r.find(rest))
                .and_then(|m| rest.get(m.end()..))
                .unwrap_or(rest);
            if lex.difference_word.is_match(prefix)
                || lex.difference_word.starts(rest)
                || computed(prefix)
            {
                continue;
            }
            let Some(year) = year_of(&paired, &list, at) else {
                continue;
            };
            out.push(Figure {
                sentence: s.clone(),
                span: q.span.clone(),
                year: Some(year),
                tonnes,
                slack: slack(&q),
                co2e: co2e(&q),
            });
        }
    }
    out.extend(table_bau(x, doc));
    out
}

/// The quantified reductions of the sentences of `blocks` (sorted ranges; every block
/// when `None`) and of the reduction tables of the document.
pub fn reductions<'d>(
    x: &QuantityExtractor,
    sentences: &[Sentence<'d>],
    blocks: Option<&[Range<usize>]>,
    doc: &'d Document,
) -> Reductions<'d> {
    let mut all = Vec::new();
    for (n, s) in sentences.iter().enumerate() {
        if s.heading || s.table.is_some() || blocks.is_some_and(|b| !in_ranges(b, s.block())) {
            continue;
        }
        let text = s.as_str();
        if !(text.contains('减') || text.contains("降低")) {
            continue;
        }
        let lex = &x.pack().lexicon;
        if lex.hypothetical.is_match(text) {
            continue;
        }
        let (qs, list, paired) = co2_with_years(x, text);
        let spans: Vec<Range<usize>> = qs
            .iter()
            .filter(|q| co2(q).is_some())
            .map(|q| q.span.clone())
            .collect();
        let unpaired = unpaired_lists(text, &list, &spans, &paired);
        // (total, end) of the reduction before, while a list of them may continue.
        let mut previous: Option<(bool, usize)> = None;
        let mut group = 0usize;
        let mut group_years: Vec<Option<u16>> = Vec::new();
        for q in qs {
            let at = q.span.start;
            let Some(tonnes) = co2(&q) else {
                previous = None;
                continue;
            };
            let clause = text.get(clause_start(text, at)..at).unwrap_or("");
            let continued = previous.filter(|(_, end)| {
                FILLER
                    .as_ref()
                    .is_some_and(|f| f.replace_all(clause, "").is_empty())
                    || text.get(*end..at).is_some_and(|g| is(&BETWEEN, g))
            });
            let total = if let Some((t, _)) = continued {
                t
            } else if let Some(c) = reduction_verb(lex, clause) {
                let head = clause.get(..c).unwrap_or("");
                if lex.cumulative.is_match(head) || lex.cumulative.is_match(clause) {
                    previous = None;
                    continue;
                }
                let verb_at = clause_start(text, at) + c;
                lex.measures_total.is_match(head)
                    || (lex.sum_word.is_match(head)
                        && (text
                            .get(..verb_at)
                            .is_some_and(|b| lex.measures_total.is_match(b))
                            || sums_all(lex, text, verb_at)))
            } else {
                previous = None;
                continue;
            };
            if lex.gap_word.is_match(clause) {
                previous = None;
                continue;
            }
            // A sentence's figures of different years are one measure's over time; a
            // year repeated starts the next measure (`光伏…6.7万吨和21.3万吨。…13.4万吨和27.8万吨`).
            let (year, since) = if unpaired.contains(&at) {
                (None, false)
            } else {
                reduction_year(lex, text, &paired, &list, at)
            };
            if group_years.contains(&year) {
                group += 1;
                group_years.clear();
            }
            group_years.push(year);
            previous = Some((total, q.span.end));
            all.push(Reduction {
                figure: Figure {
                    sentence: s.clone(),
                    span: q.span.clone(),
                    year,
                    tonnes,
                    slack: slack(&q),
                    co2e: co2e(&q),
                },
                total,
                since,
                source: 0,
                measure: n * 1000 + group.min(999),
            });
        }
    }
    inherit_years(&mut all);
    totals_over_time(&mut all);
    mark_recaps(&mut all);
    all.extend(table_reductions(x, doc));
    Reductions { all }
}

/// A list of undated reductions (`减排3.4万吨和8.6万吨`) takes the years the text's dated
/// lists all give, in their order (`2025年、2030年分别减排6.2万吨和16.5万吨`): a plan that
/// dates its first measure's pair writes the later pairs in the same order. One measure's
/// figures over time, then, not two measures of no year. Left as they are when the dated
/// lists disagree or are of another length.
fn inherit_years(all: &mut [Reduction]) {
    // Runs of figures of one sentence written as one list (`A万吨和B万吨`).
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for i in 0..all.len() {
        let joined = i
            .checked_sub(1)
            .is_some_and(|p| match (all.get(p), all.get(i)) {
                (Some(a), Some(b)) => {
                    a.source == 0
                        && b.source == 0
                        && a.measure / 1000 == b.measure / 1000
                        && a.figure.sentence.block() == b.figure.sentence.block()
                        && a.figure.sentence.range() == b.figure.sentence.range()
                        && a.figure
                            .sentence
                            .as_str()
                            .get(a.figure.span.end..b.figure.span.start)
                            .is_some_and(|g| {
                                g.chars()
                                    .all(|c| "和、及与,，约".contains(c) || c.is_whitespace())
                            })
                }
                _ => false,
            });
        match runs.last_mut() {
            Some(r) if joined && r.end == i => r.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    fn years_of(all: &[Reduction], r: &std::ops::Range<usize>) -> Vec<Option<u16>> {
        all.get(r.clone())
            .unwrap_or(&[])
            .iter()
            .map(|f| f.figure.year.filter(|_| !f.since))
            .collect()
    }
    let mut dated: Option<Vec<u16>> = None;
    for r in runs.iter().filter(|r| r.len() >= 2) {
        let ys = years_of(all, r);
        let Some(ys) = ys.into_iter().collect::<Option<Vec<u16>>>() else {
            continue;
        };
        if !ys.windows(2).all(|w| matches!(w, [a, b] if a < b)) {
            continue;
        }
        match &dated {
            Some(d) if *d != ys => return,
            _ => dated = Some(ys),
        }
    }
    let Some(order) = dated else {
        return;
    };
    for r in runs.iter().filter(|r| r.len() == order.len()) {
        let undated = years_of(all, r).iter().all(Option::is_none)
            && all
                .get(r.clone())
                .is_some_and(|f| f.iter().all(|f| !f.since));
        if !undated {
            continue;
        }
        let measure = all.get(r.start).map(|f| f.measure);
        for (f, y) in all
            .get_mut(r.clone())
            .unwrap_or(&mut [])
            .iter_mut()
            .zip(&order)
        {
            f.figure.year = Some(*y);
            if let Some(m) = measure {
                f.measure = m;
            }
        }
    }
}

/// After a total, the figures for other years of the same measure, or of the clause group
/// that follows it after a semicolon in the same paragraph, are that total's over time
/// (`以上任务2030年合计减排5.8万吨，…；2025年可形成减排能力约3万吨`), not one more measure.
fn totals_over_time(all: &mut [Reduction]) {
    // The last total read: its measure, block, sentence end, whether a semicolon ends its
    // sentence, and its year.
    let mut last: Option<(usize, usize, usize, bool, Option<u16>)> = None;
    for r in all.iter_mut() {
        let s = &r.figure.sentence;
        if r.total {
            let semicolon = s.as_str().trim_end().ends_with(['；', ';']);
            last = Some((
                r.measure,
                s.block(),
                s.range().end,
                semicolon,
                r.figure.year,
            ));
            continue;
        }
        let Some((measure, block, end, semicolon, year)) = last else {
            continue;
        };
        let same_measure = measure == r.measure;
        let next_clauses = semicolon
            && block == s.block()
            && s.range().start >= end
            && r.figure.year.is_some()
            && r.figure.year != year;
        if same_measure || next_clauses {
            r.total = true;
        } else {
            last = None;
        }
    }
}

/// A sentence whose every dated figure is the sum of the measures read before it for its
/// year (two or more of them) recaps them, whatever its words (`两项行动2025年、2030年减排量
/// 依次为14万吨和35万吨`, `2030年措施减排69.0万吨`): its figures are totals, not one more
/// measure.
fn mark_recaps(all: &mut [Reduction]) {
    // Per year: (sum, slack, count) of the measures read so far.
    let mut sums: Vec<(u16, f64, f64, usize)> = Vec::new();
    let mut start = 0;
    while start < all.len() {
        let sentence = all.get(start).map_or(0, |r| r.measure / 1000);
        let end = all
            .iter()
            .skip(start)
            .position(|r| r.measure / 1000 != sentence)
            .map_or(all.len(), |k| start + k);
        let Some(group) = all.get_mut(start..end) else {
            break;
        };
        let sum_of = |year: u16| sums.iter().find(|(y, ..)| *y == year);
        let recap = group.iter().all(|r| !r.total)
            && group.iter().all(|r| {
                r.figure
                    .year
                    .and_then(sum_of)
                    .is_some_and(|(_, sum, slack, n)| {
                        *n >= 2 && (r.figure.tonnes - sum).abs() <= slack + r.figure.slack + 1e-6
                    })
            });
        for r in group.iter_mut() {
            if recap {
                r.total = true;
            } else if let (false, Some(y)) = (r.total, r.figure.year) {
                match sums.iter_mut().find(|(year, ..)| *year == y) {
                    Some(e) => {
                        e.1 += r.figure.tonnes;
                        e.2 += r.figure.slack;
                        e.3 += 1;
                    }
                    None => sums.push((y, r.figure.tonnes, r.figure.slack, 1)),
                }
            }
        }
        start = end;
    }
}

impl<'d> Reductions<'d> {
    /// What the measures reduce by `year` (see the module docs); `None` when no figure
    /// counts for that year.
    pub fn for_year(&self, year: u16) -> Option<Covered<'d>> {
        // Measures quantified for 2025 and 2030 say nothing of a 2028 peak or a 2035
        // outlook: a plan that dates its reductions is judged only in the years it dates
        // (a reduction running from a year on, `2026年建成投运，年减排8万吨`, dates no year).
        let dated = || {
            self.all
                .iter()
                .filter(|r| !r.since)
                .filter_map(|r| r.figure.year)
        };
        if dated().next().is_some() && !dated().any(|y| y == year) {
            return None;
        }
        let mut best: Option<Covered<'d>> = None;
        let mut consider = |c: Covered<'d>| {
            if best.as_ref().is_none_or(|b| c.tonnes > b.tonnes) {
                best = Some(c);
            }
        };
        let mut sums = self.source_sums(year);
        for r in self.all.iter().filter(|r| r.total) {
            if r.figure.year.is_some_and(|y| y != year) {
                continue;
            }
            // A table's total row that its own rows contradict (`| 合计 | 3.52 |` over rows
            // adding to 2.52) is a slip of addition: the measures are the rows, and the
            // table counts for their sum.
            let contradicted = sums.iter_mut().find(|(source, c)| {
                r.source != 0
                    && *source == r.source
                    && (c.tonnes - r.figure.tonnes).abs() > c.slack + r.figure.slack
            });
            if let Some((_, c)) = contradicted {
                c.contradicted_total = Some(r.figure.clone());
                continue;
            }
            consider(Covered {
                tonnes: r.figure.tonnes,
                total: true,
                slack: r.figure.slack,
                count: 1,
                at: Some(r.figure.clone()),
                contradicted_total: None,
            });
        }
        for (_, c) in sums {
            consider(c);
        }
        best
    }

    /// Each source's measures summed for `year` (see [`Reductions::for_year`]): the source
    /// and its sum, for the sources with a figure that counts.
    fn source_sums(&self, year: u16) -> Vec<(usize, Covered<'d>)> {
        let mut out = Vec::new();
        let mut sources: Vec<usize> = self.all.iter().map(|r| r.source).collect();
        sources.sort_unstable();
        sources.dedup();
        for source in sources {
            let parts = || {
                self.all
                    .iter()
                    .filter(move |r| !r.total && r.source == source)
            };
            // Earlier figures stand in for a measure only where the source quantifies the
            // year itself: a source of 2025 figures is not weighed against 2030.
            let has_year = parts().any(|r| r.figure.year == Some(year));
            // A figure with no year counts for the year unless the source dates figures
            // later: beside measures dated 2030 it belongs to their horizon, not to a 2027
            // milestone; beside one commissioned in 2026 it stands for 2030 too.
            let later = parts().any(|r| r.figure.year.is_some_and(|y| y > year));
            let counts = |r: &&Reduction| match r.figure.year {
                None => has_year || !later,
                Some(y) => y == year || (y < year && (has_year || r.since)),
            };
            // Per measure, the figure of the latest year not after `year`.
            let mut chosen: Vec<&Reduction> = Vec::new();
            for r in parts().filter(counts) {
                // Two figures of one year in one sentence are two measures.
                match chosen
                    .iter()
                    .position(|c| c.measure == r.measure && c.figure.year != r.figure.year)
                {
                    Some(k) => {
                        if let Some(c) = chosen.get_mut(k) {
                            if r.figure.year.unwrap_or(0) > c.figure.year.unwrap_or(0) {
                                *c = r;
                            }
                        }
                    }
                    None => chosen.push(r),
                }
            }
            if chosen.is_empty() {
                continue;
            }
            out.push((
                source,
                Covered {
                    tonnes: chosen.iter().map(|r| r.figure.tonnes).sum(),
                    total: false,
                    slack: chosen.iter().map(|r| r.figure.slack).sum(),
                    count: chosen.len(),
                    at: chosen.first().map(|r| r.figure.clone()),
                    contradicted_total: None,
                },
            ));
        }
        out
    }
}
