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
//! chapter (the whole plan when it has none); `合计`/`共计`/`上述措施` make it a total;
//! `累计` (a sum over years) and differences between scenarios are left out. Tables: a
//! column headed `减排量`/`减排潜力`, one measure a row, `合计`/`总计` rows the totals.
//! [`Reductions::for_year`] takes, per measure, the figure of the latest year not after
//! the year asked (a figure without a year counts for every year), sums each source (the
//! text, each table) and returns the largest of those sums and the totals — measures
//! listed twice (text and table) are never added twice.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::quantity::{Quantity, QuantityExtractor};
use crate::extract::sentences::Sentence;
use crate::extract::years::{years, YearMention};
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
}

/// One quantified reduction.
#[derive(Debug, Clone)]
pub struct Reduction<'d> {
    pub figure: Figure<'d>,
    pub total: bool,
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
}

mod tables;
pub use tables::{cell_sentence, cell_year};
use tables::{table_bau, table_reductions};

static DIFFERENCE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"减少|减排|下降|降低|削减|差距|差额|相差|增加了|增长了|多排").ok()
});
static CUT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:减排|减少|削减|减碳|降低|降碳)[^，,。；;、0-9０-９]{0,12}$").ok()
});
static TOTAL: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"合计|共计|总计|总共|共可|共减|上述|各项|全部措施|总减排").ok());
static FILLER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?:到|至|在)?\s*(?:19|20)\d{2}\s*年(?:底|末|前)?|约|为|达到|达|左右|分别|可|年|[\s、和及]")
        .ok()
});

fn is(r: &LazyLock<Option<Regex>>, text: &str) -> bool {
    r.as_ref().is_some_and(|r| r.is_match(text))
}

/// Whether a header or caption speaks of the BAU and not of a policy scenario.
pub fn bau_words(lex: &Lexicon, text: &str) -> bool {
    lex.bau.is_match(text) && !lex.policy_scenario.is_match(text)
}

fn co2(q: &Quantity) -> Option<f64> {
    let family = q.unit.as_ref()?.family.as_deref()?;
    (family == "co2_mass" && q.percent.is_none() && q.upper.is_none()).then_some(q.canonical?)
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

/// The nearest year written before `at` that dates a figure.
pub fn year_before(list: &[YearMention], at: usize) -> Option<u16> {
    list.iter()
        .rfind(|m| m.span.start < at && m.dates_a_figure())
        .map(|m| m.last)
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
        if !lex.bau.is_match(text) {
            continue;
        }
        // (start, is_bau) of every scenario word, comparisons left out.
        let mut marks: Vec<(usize, bool)> = lex
            .bau
            .find_all(text)
            .into_iter()
            .filter(|m| {
                let before = text.get(..m.start).unwrap_or("");
                !["比", "较", "相比", "相较", "相较于", "与", "相对", "对比"]
                    .iter()
                    .any(|w| before.ends_with(w))
            })
            .map(|m| (m.start, true))
            .collect();
        marks.extend(
            lex.policy_scenario
                .find_all(text)
                .into_iter()
                .map(|m| (m.start, false)),
        );
        let list = years(text);
        for q in x.quantities(text) {
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
            if is(&DIFFERENCE, prefix) {
                continue;
            }
            let Some(year) = year_before(&list, at) else {
                continue;
            };
            out.push(Figure {
                sentence: s.clone(),
                span: q.span.clone(),
                year: Some(year),
                tonnes,
                slack: slack(&q),
            });
        }
    }
    out.extend(table_bau(x, doc));
    out
}

/// The quantified reductions of the sentences of `blocks` (every block when `None`) and
/// of the reduction tables of the document.
pub fn reductions<'d>(
    x: &QuantityExtractor,
    sentences: &[Sentence<'d>],
    blocks: Option<&Range<usize>>,
    doc: &'d Document,
) -> Reductions<'d> {
    let mut all = Vec::new();
    for (n, s) in sentences.iter().enumerate() {
        if s.heading || s.table.is_some() || blocks.is_some_and(|b| !b.contains(&s.block)) {
            continue;
        }
        let text = s.as_str();
        if !(text.contains('减') || text.contains("降低")) {
            continue;
        }
        let list = years(text);
        let mut previous: Option<bool> = None;
        for q in x.quantities(text) {
            let at = q.span.start;
            let Some(tonnes) = co2(&q) else {
                previous = None;
                continue;
            };
            let clause = text.get(clause_start(text, at)..at).unwrap_or("");
            let total = if let Some(c) = CUT.as_ref().and_then(|r| r.find(clause)) {
                let head = clause.get(..c.start()).unwrap_or("");
                if head.contains("累计") || clause.contains("累计") {
                    previous = None;
                    continue;
                }
                is(&TOTAL, head)
            } else if let Some(t) = previous.filter(|_| {
                FILLER
                    .as_ref()
                    .is_some_and(|f| f.replace_all(clause, "").is_empty())
            }) {
                t
            } else {
                previous = None;
                continue;
            };
            if clause.contains("情景") || clause.contains("差距") || clause.contains("差额") {
                previous = None;
                continue;
            }
            previous = Some(total);
            all.push(Reduction {
                figure: Figure {
                    sentence: s.clone(),
                    span: q.span.clone(),
                    year: year_before(&list, at),
                    tonnes,
                    slack: slack(&q),
                },
                total,
                source: 0,
                measure: n,
            });
        }
    }
    all.extend(table_reductions(x, doc));
    Reductions { all }
}

impl<'d> Reductions<'d> {
    /// What the measures reduce by `year` (see the module docs); `None` when no figure
    /// counts for that year.
    pub fn for_year(&self, year: u16) -> Option<Covered<'d>> {
        let counts = |r: &&Reduction| r.figure.year.is_none_or(|y| y <= year);
        let mut best: Option<Covered<'d>> = None;
        let mut consider = |c: Covered<'d>| {
            if best.as_ref().is_none_or(|b| c.tonnes > b.tonnes) {
                best = Some(c);
            }
        };
        for r in self.all.iter().filter(|r| r.total).filter(counts) {
            if r.figure.year.is_some_and(|y| y != year) {
                continue;
            }
            consider(Covered {
                tonnes: r.figure.tonnes,
                total: true,
                slack: r.figure.slack,
                count: 1,
                at: Some(r.figure.clone()),
            });
        }
        let mut sources: Vec<usize> = self.all.iter().map(|r| r.source).collect();
        sources.sort_unstable();
        sources.dedup();
        for source in sources {
            // Per measure, the figure of the latest year not after `year`.
            let mut chosen: Vec<&Reduction> = Vec::new();
            for r in self
                .all
                .iter()
                .filter(|r| !r.total && r.source == source)
                .filter(counts)
            {
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
            consider(Covered {
                tonnes: chosen.iter().map(|r| r.figure.tonnes).sum(),
                total: false,
                slack: chosen.iter().map(|r| r.figure.slack).sum(),
                count: chosen.len(),
                at: chosen.first().map(|r| r.figure.clone()),
            });
        }
        best
    }
}
