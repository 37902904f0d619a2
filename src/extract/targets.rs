//! The plan's targets (目标): what indicator, which way, by how much, from which base year,
//! by which year — read from the sentences of the plan, with the statements that look like
//! targets but are not kept apart by [`Role`].
//!
//! # What is read
//! - Relative changes: `比2020年下降18%`, `较基准年降低15%以上`, `提高3个百分点`,
//!   `“十四五”期间累计下降18%` (a five-year plan implies its base: the year before it).
//! - Levels and caps: `非化石能源消费比重达到20%`, `降至1.05吨/万元`,
//!   `控制在150万吨以内`.
//! - Annual rates: `年均下降4%`.
//! - Floor and stretch: `下降16%以上，力争18%`, `下降20%以上（力争22%）` — one target.
//! - Peaks: the pack's `peak` and `peak_value` statements (`力争2028年前实现碳达峰`,
//!   `峰值控制在95万吨以内`).
//!
//! The metric is the pack's `targets.metrics` named in the clause; a clause that starts with
//! the verb (`，降至1.00吨/万元`, `，力争22%`) takes the metric named earlier in its sentence.
//! The base year is the one in the clause (`比2020年`, `较2020年`), else earlier in the same
//! sentence, else a five-year plan in the sentence (`十四五` → 2020); `较基准年`/`较基期`
//! resolve to the plan-wide declared base year. A base year is never borrowed from another
//! sentence.
//!
//! # What is not the plan's target ([`Role`])
//! History (`2015—2020年…下降`, `“十三五”期间累计下降`, `由1.54下降到1.25`, `下降了`,
//! `2015年以来`), comparisons with the peak (`较峰值下降15%`), scenarios and forecasts
//! (`基准情景`, `预测`, `测算`, `未达峰`), assumptions (`年均自然下降2%`), and targets of
//! other levels quoted as background (`全国…比2005年下降65%以上`, `《…方案》提出…`,
//! `市下达…下降19%的目标`).

use std::ops::Range;
use std::sync::{Arc, OnceLock};

mod lists;
mod mentions;
mod peaks;
mod pledge;
mod tables;
mod tonnes;

pub use lists::{ascii_years, chinese_year_digits, parse_year, widen_to_years};
pub use mentions::{metric_mentions, MentionMemo};
use peaks::peaks;
pub use tables::{columns, table_targets};
pub use tonnes::{co2_tonnes_per_unit, target_tonnes};

use crate::extract::analysis::{Analysis, Targets};
use crate::extract::quantity::{Bound, HedgeKind, PercentKind, Quantity, QuantityExtractor};
use crate::extract::sentences::Sentence;
use crate::extract::years::{years, PlanPart, YearForm, YearMention, YearRelation};
use crate::pack::{Lexicon, Pattern, RulesPack};

/// What a target fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// A change relative to a base year (`比2020年下降18%`).
    Change,
    /// A level to reach (`达到20%`, `降至1.05吨/万元`).
    Level,
    /// An upper bound (`控制在150万吨以内`, `不超过`).
    Cap,
    /// An average annual rate (`年均下降4%`).
    AnnualRate,
    /// The peak year (`2028年前达峰`).
    PeakYear,
    /// The peak value (`峰值控制在95万吨以内`).
    PeakValue,
}

/// Which way the indicator moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Decrease,
    Increase,
    /// A level, cap or peak: no direction written.
    Level,
}

/// Whether a statement is the plan's own target or something that looks like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The plan's own target.
    Plan,
    /// A change that already happened.
    Historical,
    /// A change measured from the peak (`较峰值下降15%`).
    PostPeak,
    /// A scenario, forecast or BAU figure.
    Scenario,
    /// An assumption (`年均自然下降2%`).
    Assumption,
    /// A target of the nation, province or city quoted as background or as what was
    /// allocated to the park.
    UpperLevel,
    /// A target another party (an enterprise) pledges for itself (`华越新材料提出到2025年单位
    /// 产品二氧化碳排放较2022年下降25%`).
    Pledged,
}

/// Where the base year of a relative target comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseSource {
    /// Written in the clause or its sentence (`比2020年`).
    Clause,
    /// Implied by a five-year plan in the sentence (`十四五期间累计下降`).
    Period,
    /// `较基准年`/`较基期`, resolved to the plan's declared base year.
    Declared,
}

/// A base year and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BaseYearRef {
    pub year: u16,
    pub source: BaseSource,
}

/// One target statement.
#[derive(Debug, Clone)]
pub struct Target<'d> {
    pub sentence: Sentence<'d>,
    pub role: Role,
    pub kind: TargetKind,
    /// The pack metric id (borrowed from the pack, which outlives the analysis).
    pub metric: Option<&'d str>,
    pub direction: Direction,
    /// The value (percent, points or in the unit written); the peak year for a peak.
    pub value: f64,
    /// The upper end of a range (15%—18%).
    pub upper: Option<f64>,
    /// 以上 / 以内 / 左右 …
    pub bound: Option<Bound>,
    /// The stretch value of a floor+stretch pair (`下降16%以上，力争18%` → 18) and its
    /// range in the sentence.
    pub stretch: Option<Box<(f64, Range<usize>)>>,
    pub hedge: Option<HedgeKind>,
    pub percent: Option<PercentKind>,
    /// The unit as written (shared with the quantity's unit reading).
    pub unit: Option<Arc<str>>,
    pub base_year: Option<BaseYearRef>,
    /// `较基准年`/`较基期` written, whether or not a declaration resolves it.
    pub base_word: bool,
    pub target_year: Option<u16>,
    /// How the target year is written (`到` By, `前` Before, `左右` Around).
    pub year_relation: Option<YearRelation>,
    /// The value (or the peak year) within the sentence.
    pub span: Range<usize>,
    /// What stands before the metric in its clause once years, hedges and comparisons are
    /// left out (`传统产业` in `到2025年传统产业单位增加值能耗下降18%`; empty or `园区` for a
    /// park-wide target).
    pub scope_words: Box<str>,
}

impl Target<'_> {
    /// The text of the value's clause before it (from the last `，`/`；`/`。`): where a
    /// starting value is written (`由2020年的82%提高到`, the pack's `lexicon.from_to`) or
    /// a level is kept (`保持在`).
    pub fn clause_before(&self) -> &str {
        let text = self.sentence.as_str();
        let before = text.get(..self.span.start).unwrap_or("");
        let from = before
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        before.get(from..).unwrap_or("")
    }
}

/// A regex of the code, compiled on first use; its searches skip texts that lack its
/// literals without compiling it (`Pattern::fixed`). Always `Some`.
fn re(cell: &'static OnceLock<Pattern>, src: &str) -> Option<&'static Pattern> {
    Some(cell.get_or_init(|| Pattern::fixed(src)))
}

/// In a sentence opening with a what-if (`lexicon.hypothetical`) that goes on to a decision
/// of the plan (`如出现增速偏高且改造推迟的叠加情形，将推迟至2031年达峰，因此…确保2030年前达峰`):
/// where the decision's clause starts. What stands before it is the what-if's outcome, a
/// scenario's figure; the decision is the plan's. `None` for other sentences.
pub(crate) fn what_if_reach(lex: &crate::pack::Lexicon, text: &str) -> Option<usize> {
    if !lex.hypothetical.is_match(text) {
        return None;
    }
    let decision = lex.plan_decision.find_all(text).first()?.start;
    let before = text.get(..decision)?;
    Some(
        before
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, '，' | ',' | '；' | ';'))
            .map_or(0, |(i, c)| i + c.len_utf8()),
    )
}

/// A stretch clause: `力争22%`, `力争下降22%`, `力争达到22%`.
fn stretch_prefix() -> Option<&'static Pattern> {
    static RE: OnceLock<Pattern> = OnceLock::new();
    re(
        &RE,
        r"^\s*(?:[（(、])?\s*(?:力争|争取|努力)(?:实现)?(?:下降|降低|减少|提高|提升|达到)?\s*$",
    )
}

/// The base of a comparison in the clause.
/// (Not the 比 of 占比: `占比2025年达到10%` compares nothing.)
fn comparison() -> Option<&'static Pattern> {
    static RE: OnceLock<Pattern> = OnceLock::new();
    re(
        &RE,
        r"(?:(?:^|[^占])比|较|相比|相较于?|与)\s*(?:(?P<year>(?:19|20)\d{2})\s*年(?:底|末|水平)?|(?P<base>基准年|基期|基年)|(?P<peak>峰值|达峰年|达峰)|(?P<prev>上年|去年|上一年|前一年)|(?P<scenario>[^，,。；]{0,8}情景))|在\s*(?P<on>(?:19|20)\d{2})\s*年(?:底|末)?(?:的)?(?:水平)?基础上",
    )
}

/// Words standing in front of the verb that may be left out when deciding whether a
/// clause names its own subject: years, hedges, comparisons.
fn filler() -> Option<&'static Pattern> {
    static RE: OnceLock<Pattern> = OnceLock::new();
    re(
        &RE,
        r"(?:到|至|在)?\s*(?:19|20)\d{2}\s*年(?:前|底|末)?|力争|确保|争取|努力|(?:仍|还|也)?将|分别|累计|进一步|(?:比|较|相比|相较于?)\s*(?:(?:19|20)\d{2}\s*年|基准年|基期|上年|去年|上一年)?|同比|[（()）\s]",
    )
}

/// Clause boundaries within a sentence: after ，,：:；; and before （(.
fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '，' | ',' | '：' | ':' | '；' | ';' | '。' => {
                out.push(start..i);
                start = i + c.len_utf8();
            }
            '（' | '(' if !bracket_continues(text.get(i + c.len_utf8()..).unwrap_or("")) => {
                out.push(start..i);
                start = i;
            }
            _ => {}
        }
    }
    out.push(start..text.len());
    out
}

/// Whether the bracket opening `rest` continues its clause: it only restates a figure or
/// only qualifies what stands before it.
fn bracket_continues(rest: &str) -> bool {
    let Some(end) = rest.find(['）', ')']) else {
        return false;
    };
    let inner = rest.get(..end).unwrap_or("");
    restates_figure(inner) || qualifies(inner)
}

/// Whether a bracket's `inner` text only restates a figure in another unit (`（0.5万千瓦）`,
/// `(150 kt)`): it continues its clause (`由2020年的5兆瓦（0.5万千瓦）提高到35兆瓦`). Not a
/// year (`（2025年）` dates the value before it).
fn restates_figure(inner: &str) -> bool {
    let inner = inner.trim();
    inner.chars().next().is_some_and(|c| c.is_ascii_digit())
        && inner.chars().count() <= 12
        && !inner.contains(['年', '，', ',', '、', '%', '％'])
}

/// Whether a bracket's `inner` text only qualifies what stands before it, with no figure,
/// year or hedge of its own (`（不含外购电力和热力）`, `（下同）`, `（GDP）`): it continues its
/// clause (`单位工业增加值二氧化碳排放（不含外购电力和热力）比2020年下降22%`).
fn qualifies(inner: &str) -> bool {
    const FIGURE: &[char] = &[
        '年', '%', '％', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千',
        '万', '亿', '成', '倍', '半', '两', '，', ',', '；', ';', '。',
    ];
    !inner.is_empty()
        && inner.chars().count() <= 20
        && !inner
            .chars()
            .any(|c| c.is_ascii_digit() || FIGURE.contains(&c))
        && ![
            "力争", "争取", "确保", "努力", "较", "比", "下降", "提高", "达到", "控制",
        ]
        .iter()
        .any(|w| inner.contains(w))
}

fn clause_of(clauses: &[Range<usize>], at: usize) -> Range<usize> {
    // Clauses are in order and do not overlap: the first that ends at or after `at`.
    let i = clauses.partition_point(|r| r.end < at);
    clauses
        .get(i)
        .filter(|r| r.start <= at && at <= r.end)
        .cloned()
        .unwrap_or(0..at)
}

/// The year on the plan's title page: a short line among its first blocks that ends with a
/// date (`2025年5月`, `东礁港临港产业园区管理委员会 2022年12月`, `二〇二五年五月` is not read).
fn written_year(doc: &crate::document::Document) -> Option<u16> {
    static DATE: OnceLock<Pattern> = OnceLock::new();
    let date = re(
        &DATE,
        r"(?P<y>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]?\s*$",
    )?;
    doc.blocks
        .iter()
        .take(12)
        .filter(|b| b.text.chars().count() <= 60 && !b.text.contains('。'))
        .find_map(|b| {
            date.captures(b.text.trim())
                .and_then(|c| c.name("y"))
                .and_then(|m| m.as_str().parse().ok())
        })
}

/// Base-year declarations the boundary vocabulary may not know: `基准年：2020年`,
/// `以2020年为基准` (the first found).
pub fn declared_base_fallback(sentences: &[Sentence], quoted: &[(usize, usize)]) -> Option<u16> {
    static RE: OnceLock<Pattern> = OnceLock::new();
    let r = re(
        &RE,
        r"(?:基准年份?|基期)\s*[：:为是]?\s*(?P<a>(?:19|20)\d{2})|以\s*(?P<b>(?:19|20)\d{2})\s*年?\s*(?:为|作为)\s*基准",
    )?;
    sentences
        .iter()
        .enumerate()
        .find_map(|(i, s)| {
            let text = s.as_str();
            let titles = crate::extract::sentences::title_ranges(text);
            r.captures_iter(text).find_map(|c| {
                let m = c.name("a").or_else(|| c.name("b"))?;
                if crate::extract::sentences::inside(&titles, m.start())
                    || quoted.contains(&(i, m.start()))
                {
                    return None;
                }
                m.as_str().parse::<u16>().ok()
            })
        })
        .or_else(|| base_year_section(sentences))
}

/// A section titled for the base year (`3.2 基准年排放`, `（二）基准年碳排放清单`) whose
/// title or first sentence after it names one year (`表1　2020年园区二氧化碳排放`): that
/// year is the plan's base.
fn base_year_section(sentences: &[Sentence]) -> Option<u16> {
    let one_year = |text: &str| {
        let ys: Vec<u16> = years(text)
            .into_iter()
            .filter(|m| !m.in_title && m.first == m.last)
            .map(|m| m.last)
            .collect();
        match ys.as_slice() {
            [y] => Some(*y),
            [y, rest @ ..] if rest.iter().all(|r| r == y) => Some(*y),
            _ => None,
        }
    };
    sentences.iter().enumerate().find_map(|(i, s)| {
        let text = s.as_str();
        if !s.heading || !(text.contains("基准年") || text.contains("基期")) {
            return None;
        }
        if !years(text).is_empty() {
            return one_year(text);
        }
        let next = sentences.get(i + 1).filter(|n| !n.heading)?;
        one_year(next.as_str())
    })
}

/// The plan-wide context the extractor needs.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlanContext {
    /// The declared base year (以2020年为基准年), if any.
    pub declared_base: Option<u16>,
    /// The years the plan's own indicator tables set targets for, bit `year - 2000`
    /// (2000–2063): a plain year among them is a milestone (`2027年较2023年下降20%` beside
    /// a table with a 2027年 column), not a year of data.
    pub table_years: u64,
    /// The year the plan is dated (`2025年5月` on its title page): a plain year after it is
    /// ahead of the plan, never data.
    pub written: Option<u16>,
    /// The zone the park lies in, when the plan is a sub-park's (`颍滨经开区发制品产业园`): a
    /// clause with the zone as its subject states another level's target.
    pub host: Option<super::park::HostWords>,
}

impl PlanContext {
    /// Whether the plan's own indicator tables set targets for `year`.
    pub fn table_year(&self, year: u16) -> bool {
        year.checked_sub(2000)
            .filter(|b| *b < 64)
            .is_some_and(|b| self.table_years & (1u64 << b) != 0)
    }
}

/// Every target statement of the sentences (headings and table cells are skipped).
pub fn targets<'d>(
    pack: &'d RulesPack,
    sentences: &[Sentence<'d>],
    plan: PlanContext,
) -> Vec<Target<'d>> {
    let mentions = MentionMemo::new(pack);
    collect(
        pack,
        &QuantityExtractor::new(pack),
        &mentions,
        sentences,
        plan,
        |_| None,
        |_| Above::default(),
    )
}

/// Every target statement of an analysed document, text and tables, with its declared
/// base year; reuses the quantities the analysis already parsed.
pub fn read<'d>(an: &Analysis<'d>) -> Targets<'d> {
    let b = an.boundary();
    let declared_base = b
        .base_years
        .first()
        .map(|by| by.year)
        .or_else(|| declared_base_fallback(&b.all, &b.quoted_bases));
    let mut plan = PlanContext {
        declared_base,
        table_years: 0,
        written: written_year(an.doc),
        host: an
            .park_name()
            .and_then(super::park::host_zone)
            .map(|h| super::park::HostWords::of(&h)),
    };
    let tables = table_targets(an.rules, an.doc, &an.mentions, plan);
    let history_end = declared_base.unwrap_or(2020);
    for y in tables
        .iter()
        .filter(|t| t.role == Role::Plan)
        .filter_map(|t| t.target_year)
        .filter(|&y| y > history_end)
    {
        if let Some(b) = y.checked_sub(2000).filter(|b| *b < 64) {
            plan.table_years |= 1u64 << b;
        }
    }
    let x = an.quantity_extractor();
    let lex = &an.rules.lexicon;
    let above = |block: usize| Above {
        year: titled_milestone(an.doc, lex, block, history_end),
        metric: labelled_metric(an, block),
    };
    let mut all = collect(
        an.rules,
        x,
        &an.mentions,
        &b.all,
        plan,
        |i| Some(an.quantities(i)),
        above,
    );
    // Under a short title naming a scenario (`（二）达峰情景`, a run-in `2.低碳情景。`), a
    // figure is that scenario's result, not the plan's target.
    // A sentence that decides or commits (`确定为2031年`, `力争`) is the plan's all the same,
    // and so is a peak year: a scenario the plan adopts that peaks after 2030 is reported.
    for t in all
        .iter_mut()
        .filter(|t| t.role == Role::Plan && t.kind != TargetKind::PeakYear)
    {
        // A label adopting the scenario (`本方案采用达峰情景：…`, the pack's
        // `lexicon.scenario_adoption`, read with the colon that ends it) makes what follows
        // the plan's own.
        let adopts = |l: &str| lex.scenario_adoption.is_match(&format!("{l}："));
        if t.sentence
            .label(an.doc)
            .is_some_and(|l| (lex.bau.is_match(l) || lex.policy_scenario.is_match(l)) && !adopts(l))
            && !lex.plan_decision.is_match(t.sentence.as_str())
        {
            t.role = Role::Scenario;
        }
    }
    // Words naming the park itself (`集中区` in a plan of `某县化工集中区`) make no part's target.
    if let Some(park) = an.park_name() {
        for t in all.iter_mut().filter(|t| !t.scope_words.is_empty()) {
            if super::park::names_the_park(&t.scope_words, park) {
                t.scope_words = Box::default();
            }
        }
    }
    all.extend(tables);
    Targets { all, declared_base }
}

/// What the headings above a block say of its figures.
#[derive(Debug, Clone, Copy, Default)]
struct Above<'d> {
    /// The milestone year a heading names and nothing else (`（一）2030年`).
    year: Option<u16>,
    /// The indicator a numbered line's label names for the text after it.
    metric: Option<&'d str>,
}

/// The indicator a numbered line's label names, for the text after it on the same line
/// (`（一）二氧化碳排放总量：2020年88.80万吨，2025年控制在95.6万吨以内`): the heading split
/// off block `block`'s own line, when its title names exactly one indicator.
fn labelled_metric<'d>(an: &Analysis<'d>, block: usize) -> Option<&'d str> {
    let heading = an.doc.blocks.get(block.checked_sub(1)?)?;
    let crate::document::BlockKind::Heading(h) = &heading.kind else {
        return None;
    };
    let body = an.doc.blocks.get(block)?;
    let at = |origin: &crate::document::Origin| {
        let loc = an.doc.locate(origin, 0..0);
        (loc.line, loc.paragraph)
    };
    let (line, paragraph) = at(&body.origin);
    if (line.is_none() && paragraph.is_none()) || at(&heading.origin) != (line, paragraph) {
        return None;
    }
    let named = an.mentions.metric_mentions(&h.title);
    let first = named.first()?.0;
    named.iter().all(|(id, _)| *id == first).then_some(first)
}

/// The milestone year a heading enclosing block `block` names and nothing else
/// (`（一）2030年`, `近期目标（2021—2025年）`; `lexicon.milestone_title`), the innermost
/// such heading first; a year at or before `history_end` dates nothing ahead.
fn titled_milestone(
    doc: &crate::document::Document,
    lex: &crate::pack::Lexicon,
    block: usize,
    history_end: u16,
) -> Option<u16> {
    doc.enclosing_headings(block)
        .into_iter()
        .find(|h| lex.milestone_title.is_match(h.title.trim()))
        .and_then(|h| years(&h.title).iter().map(|m| m.last).max())
        .filter(|&y| y > history_end)
}

/// The targets of `sentences`; `known(i)` gives sentence `i`'s quantities when they were
/// parsed already, `above(block)` what the headings above a block say of its figures.
fn collect<'d, 'q>(
    pack: &'d RulesPack,
    x: &QuantityExtractor,
    mentions: &MentionMemo<'d>,
    sentences: &[Sentence<'d>],
    plan: PlanContext,
    known: impl Fn(usize) -> Option<&'q [Quantity]>,
    above: impl Fn(usize) -> Above<'d>,
) -> Vec<Target<'d>> {
    let mut out = Vec::new();
    // The milestone year of the headings above the current block, looked up once a block.
    let mut titled_year: Option<(usize, Above<'d>)> = None;
    // `到2025年，A下降20%；B下降15%；` — the deadline heads a list split at ；.
    let mut inherited: Option<(usize, Carried)> = None;
    let mut last_metric: Option<(usize, &'d str)> = None;
    // `2016—2022年，…；同期…累计下降19%`: the part before a ；, in the same paragraph,
    // stated a past period (block, past, ended at a ；). After a full stop, a sentence that
    // opens by referring back to that period (the pack's `period_back_reference`: `同期`)
    // continues it too.
    let mut open_part: Option<(usize, bool, bool)> = None;
    for (i, s) in sentences.iter().enumerate() {
        if s.heading || s.table.is_some() {
            continue;
        }
        let carried = inherited
            .filter(|(block, _)| *block == s.block())
            .map(|(_, c)| c);
        let year_list = years(s.as_str());
        let continued_past = open_part
            .filter(|(block, _, semicolon)| {
                *block == s.block()
                    && (*semicolon
                        || pack
                            .lexicon
                            .period_back_reference
                            .starts(s.as_str().trim_start()))
            })
            .map(|(_, past, _)| past);
        let past_period = if year_list.is_empty() {
            continued_past.unwrap_or(false)
        } else {
            states_past_period(&year_list, plan)
        };
        open_part = Some((
            s.block(),
            past_period,
            s.as_str().trim_end().ends_with(['；', ';']),
        ));
        let headed = match titled_year {
            Some((block, a)) if block == s.block() => a,
            _ => {
                let a = above(s.block());
                titled_year = Some((s.block(), a));
                a
            }
        };
        let found = Found {
            titled: headed.year,
            years: &year_list,
            quantities: known(i),
            metric: last_metric
                .as_ref()
                .filter(|(block, _)| *block == s.block())
                .map(|(_, m)| *m)
                .or(headed.metric),
            past_period: continued_past == Some(true) && year_list.is_empty(),
        };
        let before = out.len();
        sentence_targets(pack, x, mentions, s, plan, carried, found, &mut out);
        if let Some(m) = out
            .get(before..)
            .and_then(|new| new.last())
            .and_then(|t| t.metric)
        {
            last_metric = Some((s.block(), m));
        }
        // A deadline (`到2025年`), or a milestone ahead opening the sentence (`2025年，…`).
        let h = plan.declared_base.unwrap_or(2020);
        if let Some(m) = year_list.iter().find(|m| {
            !m.in_title
                && (m.relation == Some(YearRelation::By)
                    || (m.relation.is_none()
                        && m.form == YearForm::Year
                        && m.last % 5 == 0
                        && m.last > h
                        && s.as_str()
                            .get(..m.span.start)
                            .is_some_and(|lead| lead.trim().is_empty())))
        }) {
            inherited = Some((
                s.block(),
                Carried {
                    year: m.last,
                    relation: YearRelation::By,
                    upper: upper_subject(&pack.lexicon, s.as_str(), m.span.end),
                },
            ));
        }
    }
    out
}

/// Whether a sentence's years are a past period and nothing ahead (`2016—2022年`,
/// `“十三五”期间`, `2019年`, with no `到2025年`): the end of history is the declared base
/// year, else 2020.
fn states_past_period(year_list: &[YearMention], plan: PlanContext) -> bool {
    let h = plan.declared_base.unwrap_or(2020);
    let past = year_list.iter().any(|m| {
        !m.in_title
            && match m.form {
                YearForm::Range => m.last <= h || m.first < h,
                YearForm::Plan { number, .. } => number <= 13,
                YearForm::Year => {
                    m.last <= h
                        && matches!(
                            m.relation,
                            None | Some(YearRelation::Since | YearRelation::AsOf)
                        )
                }
                _ => false,
            }
    });
    let ahead = year_list.iter().any(|m| {
        matches!(
            m.relation,
            Some(YearRelation::By | YearRelation::Before | YearRelation::Around)
        ) && m.last > h
    });
    past && !ahead
}

/// The deadline of an earlier sentence of the paragraph, which a sentence naming none
/// inherits (`到2025年，…。单位地区生产总值能耗比2020年下降14.5%。`).
#[derive(Debug, Clone, Copy)]
struct Carried {
    year: u16,
    relation: YearRelation,
    /// The clause after the deadline opens with another level as its subject (`到2025年，
    /// 全省…`): a following sentence that names no subject of its own quotes that level.
    upper: bool,
}

/// Whether the first clause after `from` opens with another level (`全省`, `全市`…).
fn upper_subject(lex: &Lexicon, text: &str, from: usize) -> bool {
    let Some(rest) = text.get(from..) else {
        return false;
    };
    let rest = rest.trim_start_matches(['，', ',', ' ', '　']);
    let clause = rest
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or_default();
    lex.upper_level.opens(clause)
}

/// What the caller already found in the sentence's own text.
struct Found<'a, 'd> {
    /// The milestone year a heading above names (`（一）2030年`), for a value that has no
    /// year of its own, in its sentence or its paragraph.
    titled: Option<u16>,
    years: &'a [YearMention],
    quantities: Option<&'a [Quantity]>,
    /// The indicator of the previous sentence of the paragraph, for a sentence that names
    /// none (`…较2020年下降20%；到2030年，较2020年下降45%。`).
    metric: Option<&'d str>,
    /// The sentence names no year and continues, after a ；, one that stated a past period
    /// (`2016—2022年，…；同期…累计下降19%`): its changes are history.
    past_period: bool,
}

#[allow(clippy::too_many_arguments)]
fn sentence_targets<'d>(
    pack: &'d RulesPack,
    x: &QuantityExtractor,
    mentions: &MentionMemo<'d>,
    s: &Sentence<'d>,
    plan: PlanContext,
    carried: Option<Carried>,
    found: Found<'_, 'd>,
    out: &mut Vec<Target<'d>>,
) {
    let normalized = ascii_years(s.as_str());
    let text: &str = &normalized;
    // Chinese-numeral years rewritten: the text differs from the sentence, parse it anew.
    let rewritten = matches!(normalized, std::borrow::Cow::Owned(_));
    let lex = &pack.lexicon;
    // A counterfactual (`如不采取措施，…将增至24.1万吨左右`) is the BAU scenario's figure.
    // So is a what-if (`如产能全部释放，2030年…将达到20.4万吨左右`) that commits to nothing.
    let what_if = lex.hypothetical.is_match(text) && !lex.plan_decision.is_match(text);
    let sentence_role = if (lex.scenario.is_match(text) || lex.bau.is_match(text) || what_if)
        && !scenario_is_grounds(lex, text)
    {
        Role::Scenario
    } else if lex.assumption.is_match(text) {
        Role::Assumption
    } else {
        Role::Plan
    };
    let year_list: std::borrow::Cow<[YearMention]> = if rewritten {
        std::borrow::Cow::Owned(years(text))
    } else {
        std::borrow::Cow::Borrowed(found.years)
    };
    let quantities: std::borrow::Cow<[Quantity]> = match found.quantities {
        Some(q) if !rewritten => std::borrow::Cow::Borrowed(q),
        _ => std::borrow::Cow::Owned(x.quantities(text)),
    };
    // Clauses and indicators serve the values only: a long text without a figure (a
    // 200 MB paragraph) named millions of indicators for nothing.
    let (clauses, metrics) = if quantities.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        (clauses(text), mentions.metric_mentions(text))
    };
    let first_new = out.len();
    let mut chain = 0usize;
    let mut sentence_years: Option<SentenceYears> = None;
    let mut compared = ClauseComparisons::new();
    // The earliest end of a past marker and whether the sentence looks ahead.
    let mut markers: Option<(Option<usize>, bool)> = None;
    // The years of the sentence's peak phrases, found when first needed.
    let mut peak_years: Option<Vec<Range<usize>>> = None;
    // The parts of the park the sentence's statements are about, read when first needed.
    let mut part_subjects: Option<PartSubjects> = None;
    // The end of the last value read as a member of an unmarked list (`增至95兆瓦和315兆瓦`).
    let mut listed_until = 0usize;
    for (qi, q) in quantities.iter().cloned().enumerate() {
        let at = q.span.start;
        if at < listed_until {
            continue;
        }
        let clause = clause_of(&clauses, at);
        let Some(prefix) = text.get(clause.start..at) else {
            continue;
        };
        // A stretch value belongs to the target just before it.
        if q.hedge
            .as_ref()
            .is_some_and(|h| h.kind == HedgeKind::Strive)
            && q.percent.is_some()
            // `下降14%以上，力争16%` or `下降14%以上、力争下降16%`
            && stretch_prefix().is_some_and(|r| {
                r.is_match(prefix) || prefix.rsplit('、').next().is_some_and(|t| r.is_match(t))
            })
        {
            if let Some(prev) = out.get_mut(first_new..).and_then(|v| v.last_mut()) {
                if prev.stretch.is_none() && prev.kind == TargetKind::Change {
                    prev.stretch = Some(Box::new((q.stated_value(), q.span.clone())));
                    continue;
                }
            }
        }
        // A year's bare emissions beside the peak (`lexicon.dated_bare_level`) are the park's total,
        // with a level verb or none (`；2030年排放69.7万吨`, `，2030年排放控制在26.8万吨`).
        let bare_level = q.percent.is_none() && sentence_role == Role::Plan && {
            let bare = lex
                .level_verb
                .captures(prefix)
                .and_then(|c| c.name("verb").map(|v| v.start()))
                .and_then(|at| prefix.get(..at))
                .unwrap_or(prefix);
            lex.dated_bare_level.is_match(bare)
                && (!peak_years
                    .get_or_insert_with(|| peak_year_spans(pack, text))
                    .is_empty()
                    || peak_in_chain(out.get(..first_new).unwrap_or_default(), s))
        };
        let (kind, direction, past) = if let Some(c) = Some(prefix)
            .filter(|_| q.percent.is_some())
            .and_then(|p| lex.change_verb.captures(p))
        {
            let verb = c.name("verb").map_or("", |m| m.as_str());
            let direction = if lex.raises(verb) {
                Direction::Increase
            } else {
                Direction::Decrease
            };
            let kind = if c.name("annual").is_some() {
                TargetKind::AnnualRate
            } else {
                TargetKind::Change
            };
            (kind, direction, c.name("past").is_some())
        } else if let Some(c) = lex.level_verb.captures(prefix) {
            let verb = c.name("verb").map_or("", |m| m.as_str());
            // `控制在…以内` and `保持在…以下` cap the indicator; `下降到…以下` is a level
            // with a bound.
            let cap = lex.caps(verb)
                || (!lex.reaches(verb)
                    && q.qualifier
                        .as_ref()
                        .is_some_and(|b| b.bound == Bound::AtMost));
            (
                if cap {
                    TargetKind::Cap
                } else {
                    TargetKind::Level
                },
                Direction::Level,
                false,
            )
        } else if bare_level {
            // `园区2028年实现碳达峰，峰值72.0万吨；2030年排放69.7万吨`: beside the peak, a year's
            // bare emissions are the level the plan sets for it.
            (TargetKind::Level, Direction::Level, false)
        } else {
            // The targets of the clause group before this one in its sentence (`…下降12%以上、
            // 能耗下降14%；到2030年分别…`), which a `分别` naming nothing distributes over.
            let split = first_new.min(out.len());
            let (before, made) = out.split_at_mut(split);
            let prior_start = before
                .iter()
                .rposition(|t| {
                    t.sentence.block() != s.block()
                        || !t.sentence.as_str().trim_end().ends_with(['；', ';'])
                })
                .map_or(0, |i| i + 1);
            let prior = before.get(prior_start..).unwrap_or_default();
            match lists::sibling(pack, text, &clauses, &q, prior, made, chain + 1) {
                Some(t) => {
                    chain += 1;
                    out.push(t);
                }
                None => {
                    chain = 0;
                    // `增至2025年的40兆瓦和2030年的100兆瓦`: the same statement for its own year.
                    if let Some(t) = lists::dated_sibling(text, &q, made) {
                        out.push(t);
                    }
                }
            }
            continue;
        };
        // A carried indicator must fit the value: a percentage for a share, the same unit
        // family otherwise (`…能耗下降13.5%。低碳情景下…排放为559.6万吨` is not an intensity).
        let carried_metric = found
            .metric
            .filter(|id| q.percent.is_some() || unit_fits(pack, id, &q));
        // A value continuing an indicator named before its clause (`…下降18%、工业固废产生量
        // 降至12万吨`, `…下降18%，累计达到12万吨标准煤`) is that indicator's only when it can
        // be: a percentage, a figure of its unit family, or of a family its figures are
        // mistakenly stated in (`…排放降至0.79吨标准煤/万元`, which target/implausible reports).
        let fits = |id: &str| {
            let Some(family) = pack.metric(id).and_then(|m| m.unit_family.as_deref()) else {
                return true;
            };
            let written = q.unit.as_ref().and_then(|u| u.family.as_deref());
            q.percent.is_some()
                || unit_fits(pack, id, &q)
                || written.is_some_and(|w| {
                    pack.unit_family(family)
                        .is_some_and(|f| f.confused_with.iter().any(|c| c == w))
                })
        };
        let metric = metric_for(
            lex,
            mentions,
            &metrics,
            text,
            &clause,
            at,
            carried_metric,
            &fits,
        )
        .or_else(|| {
            after_a_value(lex, &metrics, text, &clause, at, carried_metric)
                .filter(|id| unit_fits(pack, id, &q))
        })
        .or_else(|| Some("co2_total").filter(|id| bare_level && unit_fits(pack, id, &q)));
        let Some(metric) = metric else { continue };
        let mut scope_words = scope_before_metric(lex, &metrics, text, &clause, at);
        if scope_words.is_empty() {
            let parts = part_subjects.get_or_insert_with(|| PartSubjects::new(lex, text));
            if let Some(part) = parts.before(text, at) {
                scope_words = part.to_string();
            }
        }
        // A sentence opening with 其中 breaks down the one before (`其中，整车制造单车二氧化碳
        // 排放较2020年下降30%`): its targets are a part's (the pack's `lexicon.part_subject`).
        if text.trim_start().starts_with("其中") && !scope_words.starts_with("其中") {
            scope_words.insert_str(0, "其中");
        }
        // A change borrows the comparison of an earlier clause (`较2020年分别下降16%、20%`); a
        // level or cap does not (`…下降13.5%，非化石能源消费比重提高到10%` has no base).
        // A change on top of the previous milestone (`…再下降10%`: `lexicon.further_change`)
        // borrows no earlier clause's.
        let further = kind == TargetKind::Change
            && lex
                .further_change
                .is_match(text.get(clause.start..at).unwrap_or(""));
        let reach_back = matches!(kind, TargetKind::Change | TargetKind::AnnualRate) && !further;
        let (base_year, base_word, base_role) = base_for(
            text,
            &clauses,
            &clause,
            at,
            &year_list,
            plan,
            &mut compared,
            reach_back,
        );
        let mut in_peak_phrase = |r: &Range<usize>| {
            peak_years
                .get_or_insert_with(|| peak_year_spans(pack, text))
                .iter()
                .any(|p| p.start >= r.start && p.end <= r.end)
        };
        // A year in brackets closed in an earlier clause dates what the brackets follow
        // (`非化石能源消费比重达到12%（2020年为5.8%），排放总量控制在86.5万吨以内`), not this value.
        let bracketed_earlier = |m: &YearMention| {
            m.span.end <= clause.start && {
                let before = text.get(..m.span.start).unwrap_or("");
                let open = before.rfind(['（', '(']);
                let closed = before.rfind(['）', ')']);
                open > closed
                    && text
                        .get(m.span.end..clause.start)
                        .is_some_and(|between| between.contains(['）', ')']))
            }
        };
        let (mut target_year, year_relation, upper_carried) = match target_year_before(
            &year_list,
            at,
            &mut in_peak_phrase,
            clause.start,
            &bracketed_earlier,
        ) {
            (None, _) => match (carried, bracket_year_after(text, q.span.end)) {
                (Some(c), _) => (
                    Some(c.year),
                    Some(c.relation),
                    c.upper && scope_words.is_empty(),
                ),
                // `…控制在85万吨标准煤以内（2025年）`: the year in a bracket after the value.
                (None, Some(y)) => (Some(y), Some(YearRelation::By), false),
                (None, None) => match found.titled {
                    Some(y) => (Some(y), Some(YearRelation::By), false),
                    None => (None, None, false),
                },
            },
            (y, r) => (y, r, false),
        };
        // A list of values with no 分别 and no year in its clause (`2025年前新增光伏80兆瓦，
        // 2030年前累计新增300兆瓦，装机由15兆瓦增至95兆瓦和315兆瓦`): the nearest year dates the
        // whole list only by accident. As many years before the clause as values date them
        // in order; otherwise none does, and the list is not read.
        let mut listed: Vec<(&Quantity, u16)> = Vec::new();
        if target_year.is_some() {
            let (members, years) = unmarked_list(text, &quantities, qi, &clause, &year_list);
            if !members.is_empty() {
                if years.is_empty() {
                    continue;
                }
                target_year = years.first().copied();
                listed = members.into_iter().zip(years.into_iter().skip(1)).collect();
            }
        }
        let mut role = sentence_role;
        if role == Role::Plan {
            role = base_role.unwrap_or(Role::Plan);
        }
        if role == Role::Plan && what_if_reach(lex, text).is_some_and(|end| at < end) {
            role = Role::Scenario;
        }
        // An upper level's achievement (`“十三五”期间，全县…累计下降17%，完成省下达目标`,
        // `2022年全县…比上年增长4.1%`) is history: a target year at or before the plan's base
        // year, or a statement of the past, decides it before the quote does. Without a
        // declared base, 2020 (the base of the 十四五 targets) ends history.
        let achieved = target_year.is_some_and(|y| y <= plan.declared_base.unwrap_or(2020));
        if role == Role::Plan
            && !achieved
            && (upper_carried || is_upper_level(lex, text, at, base_year, plan.host))
        {
            // Read once per sentence: per value, the scans were quadratic in a long chain.
            let (past_end, forward) = *markers.get_or_insert_with(|| {
                let past_end = lex.past.find_all(text).iter().map(|r| r.end).min();
                (past_end, lex.forward.is_match(text))
            });
            role = if past_end.is_some_and(|end| end <= at) && !forward {
                Role::Historical
            } else {
                Role::UpperLevel
            };
        }
        // A party's own pledge (`华越新材料提出到2025年…下降25%`) is not the plan's target.
        if role == Role::Plan && pledge::pledged_by_party(lex, text, at) {
            role = Role::Pledged;
        }
        let summary =
            &*sentence_years.get_or_insert_with(|| SentenceYears::new(lex, text, &year_list));
        if role == Role::Plan
            && is_historical(
                lex,
                text,
                &clause,
                at,
                past || (found.past_period && target_year.is_none() && !summary.forward),
                summary,
                target_year,
                year_relation,
                base_year,
                plan,
            )
        {
            role = Role::Historical;
        }
        if kind != TargetKind::Change && kind != TargetKind::AnnualRate && target_year.is_none() {
            // A level with no year is a statement of fact, not a target.
            if matches!(role, Role::Plan | Role::Pledged) {
                continue;
            }
        }
        out.push(Target {
            sentence: s.clone(),
            role,
            kind,
            metric: Some(metric),
            direction,
            value: q.stated_value(),
            upper: q.stated_upper(),
            bound: q.qualifier.as_ref().map(|b| b.bound),
            stretch: None,
            hedge: q.hedge.as_ref().map(|h| h.kind),
            percent: q.percent,
            unit: q.unit.as_ref().map(|u| Arc::clone(&u.written)),
            base_year,
            base_word,
            target_year,
            year_relation,
            span: q.span.clone(),
            scope_words: scope_words.into_boxed_str(),
        });
        chain = 0;
        for (m, year) in listed {
            let Some(mut t) = out.last().cloned() else {
                break;
            };
            t.value = m.stated_value();
            t.upper = m.stated_upper();
            t.bound = m.qualifier.as_ref().map(|b| b.bound);
            t.hedge = m.hedge.as_ref().map(|h| h.kind);
            t.target_year = Some(year);
            t.span = m.span.clone();
            listed_until = m.span.end;
            out.push(t);
        }
    }
    // A quoted upper-level target before a peak in the same clause chain (no ；) makes the
    // peak the upper level's too: `…比2005年下降65%以上，顺利实现2030年前碳达峰目标`.
    let upper_until = out
        .get(first_new..)
        .unwrap_or_default()
        .iter()
        .filter(|t| t.role == Role::UpperLevel)
        .map(|t| t.span.end)
        .max();
    peaks(pack, s, text, sentence_role, upper_until, out);
    if rewritten {
        // Spans found in the rewritten text cover the ASCII digits at the end of each
        // padded year: map them back onto the Chinese digits as written.
        let written = lists::chinese_year_digits(s.as_str());
        for t in out.get_mut(first_new..).unwrap_or_default() {
            t.span = lists::widen_to_years(t.span.clone(), &written);
            if let Some((_, span)) = t.stretch.as_deref_mut() {
                *span = lists::widen_to_years(span.clone(), &written);
            }
        }
    }
}

/// Whether the peak is stated in the clause group `s` continues: the targets read before it
/// from the same paragraph, in sentences ending with `；` (`园区2028年实现碳达峰，峰值72.0万吨；
/// 2030年排放69.7万吨`).
fn peak_in_chain(before: &[Target], s: &Sentence) -> bool {
    before
        .iter()
        .rev()
        .take_while(|t| {
            t.sentence.block() == s.block() && t.sentence.as_str().trim_end().ends_with(['；', ';'])
        })
        .any(|t| t.kind == TargetKind::PeakYear)
}

/// The metric of the value at `at`: named in its clause, or — when the clause starts with
/// the verb — named earlier in the sentence.
/// The longest clause prefix (bytes) [`metric_for`] reads as fillers and a verb.
const MAX_VERB_PREFIX: usize = 1024;

#[allow(clippy::too_many_arguments)]
fn metric_for<'p>(
    lex: &Lexicon,
    mentions: &MentionMemo<'p>,
    metrics: &[(&'p str, Range<usize>)],
    text: &str,
    clause: &Range<usize>,
    at: usize,
    carried: Option<&'p str>,
    fits: &dyn Fn(&str) -> bool,
) -> Option<&'p str> {
    let mut before = metrics.iter().filter(|(_, r)| r.end <= at);
    // A mention that runs into the clause counts too: `单位生产总值（GDP）二氧化碳排放` is cut
    // at the bracket.
    if let Some((id, r)) = before.clone().rev().find(|(_, r)| r.end > clause.start) {
        return match list_item_subject(lex, text, r.end.max(clause.start), at) {
            None => Some(*id),
            Some(subject) => distributed(mentions, text, r, &subject)
                .or_else(|| (!lex.indicator_noun.is_match(&subject) && fits(id)).then_some(*id)),
        };
    }
    // Only fillers and a verb may stand between the clause start and the value; no
    // real clause has a kilobyte of them, and running the regexes over a long prefix
    // for every value of a clause was quadratic.
    if at.saturating_sub(clause.start) > MAX_VERB_PREFIX {
        return None;
    }
    let rest = subject_words(lex, text.get(clause.start..at)?);
    if !rest.is_empty() {
        return None;
    }
    match before.next_back() {
        Some((id, _)) => fits(id).then_some(*id),
        // A sentence naming no indicator continues the previous one's.
        None if metrics.is_empty() => carried,
        None => None,
    }
}

/// The indicator of a value that follows another value of its clause with nothing but
/// fillers and a verb after the `、` (`…，到2030年较2022年下降65%、降至1.198吨/万元`): the
/// indicator named last before the clause, which the earlier value is of. `None` when the
/// clause names an indicator itself or other words stand before the value.
fn after_a_value<'p>(
    lex: &Lexicon,
    metrics: &[(&'p str, Range<usize>)],
    text: &str,
    clause: &Range<usize>,
    at: usize,
    carried: Option<&'p str>,
) -> Option<&'p str> {
    if metrics
        .iter()
        .any(|(_, r)| r.end > clause.start && r.end <= at)
        || at.saturating_sub(clause.start) > MAX_VERB_PREFIX
    {
        return None;
    }
    let prefix = text.get(clause.start..at)?;
    let digit = prefix.rfind(|c: char| c.is_ascii_digit())?;
    let sep = digit + prefix.get(digit..)?.find('、')?;
    let tail = prefix.get(sep..)?.trim_start_matches('、');
    if !subject_words(lex, tail).is_empty() {
        return None;
    }
    match metrics.iter().rev().find(|(_, r)| r.end <= clause.start) {
        Some((id, _)) => Some(*id),
        // A sentence naming no indicator continues the previous one's.
        None if metrics.is_empty() => carried,
        None => None,
    }
}

/// Whether value `q` can be a value of indicator `id`: a figure in the indicator's unit
/// family, read so or written in one of the family's bare units that the value's own text
/// gave no cue for (`…降至1.198吨/万元` of an emission intensity named before); a share
/// takes a percentage, an indicator without a family nothing.
fn unit_fits(pack: &RulesPack, id: &str, q: &Quantity) -> bool {
    let Some(family) = pack.metric(id).and_then(|m| m.unit_family.as_deref()) else {
        return false;
    };
    if family == "percent" {
        return q.percent.is_some();
    }
    let Some(unit) = q.unit.as_ref() else {
        return false;
    };
    match unit.family.as_deref() {
        Some(f) => f == family,
        None => {
            unit.bare
                && pack
                    .unit_family(family)
                    .and_then(|f| f.unit(&unit.written))
                    .is_some_and(|u| u.bare)
        }
    }
}

/// What is left of `prefix` (the text before a value) without fillers and verbs: the
/// words naming the value's subject, if any.
fn subject_words(lex: &Lexicon, prefix: &str) -> String {
    let rest = filler().map_or(prefix.to_string(), |f| {
        f.regex.replace_all(prefix, "").into_owned()
    });
    let rest = lex.change_verb.remove_all(&rest);
    lex.level_verb.remove_all(&rest)
}

/// The subject words of a list item after an earlier value of the clause
/// (`单位工业增加值能耗下降16%、二氧化碳排放下降20%`: `二氧化碳排放` before the 20%), read
/// from `from` (the end of the indicator named before) to the value at `at`; `None` when
/// there is no such item or it names nothing (`…下降16%、2030年下降20%`).
fn list_item_subject(lex: &Lexicon, text: &str, from: usize, at: usize) -> Option<String> {
    let between = text.get(from..at)?;
    if at - from > MAX_VERB_PREFIX {
        return None;
    }
    let sep = between.rfind('、')?;
    // The item before the separator holds a value of its own: `能耗、二氧化碳排放分别下降
    // 15%和18%` lists indicators, not items.
    if !between.get(..sep)?.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = subject_words(lex, between.get(sep + '、'.len_utf8()..)?);
    (!rest.is_empty()).then_some(rest)
}

/// The indicator a list item names when the qualifier of the indicator before it carries
/// over: `单位工业增加值能耗下降16%、二氧化碳排放下降20%` is 单位工业增加值 ＋ 二氧化碳排放.
/// The longest head of the earlier mention that makes, with `subject`, one whole mention.
fn distributed<'p>(
    mentions: &MentionMemo<'p>,
    text: &str,
    earlier: &Range<usize>,
    subject: &str,
) -> Option<&'p str> {
    let named = text.get(earlier.clone())?;
    named
        .char_indices()
        .rev()
        .filter(|(i, _)| *i > 0)
        .find_map(|(i, _)| {
            let candidate = format!("{}{subject}", named.get(..i)?);
            let found = mentions.metric_mentions(&candidate);
            match found.as_slice() {
                [(id, r)] if r.start == 0 && r.end == candidate.len() => Some(*id),
                _ => None,
            }
        })
}

/// Whether the sentence's scenario words only cite the analysis as the grounds of a decision
/// after them (the pack's `lexicon.scenario_grounds`: `经情景分析，本报告建议园区力争2026年
/// 达峰，峰值不超过157万吨`): then its targets are the plan's. A grounds clause naming the
/// business-as-usual (`根据基准情景预测，`) cites no grounds. A scenario adopted
/// (`lexicon.scenario_adoption`: `推荐达峰情景：园区2028年前后实现碳达峰`) is both.
fn scenario_is_grounds(lex: &Lexicon, text: &str) -> bool {
    // A scenario adopted (`推荐达峰情景：`) is grounds and decision at once.
    let adopted: Vec<Range<usize>> = lex
        .scenario_adoption
        .find_all(text)
        .into_iter()
        .filter(|g| !text.get(g.clone()).is_some_and(|g| lex.bau.is_match(g)))
        .collect();
    let grounds: Vec<Range<usize>> = lex
        .scenario_grounds
        .find_all(text)
        .into_iter()
        .filter(|g| !text.get(g.clone()).is_some_and(|g| lex.bau.is_match(g)))
        .chain(adopted.iter().cloned())
        .collect();
    let Some(last) = grounds.iter().map(|g| g.end).max() else {
        return false;
    };
    lex.scenario
        .find_all(text)
        .iter()
        .all(|r| grounds.iter().any(|g| g.start <= r.start && r.end <= g.end))
        && (!adopted.is_empty()
            || lex
                .plan_decision
                .find_all(text)
                .iter()
                .any(|d| d.start >= last))
}

/// The words between the clause start and the metric named in the clause, without
/// years, hedges and comparisons, nor a frame at their start (the pack's
/// `lexicon.scope_frame`: `考核以…`).
fn scope_before_metric(
    lex: &Lexicon,
    metrics: &[(&str, Range<usize>)],
    text: &str,
    clause: &Range<usize>,
    at: usize,
) -> String {
    let Some((_, r)) = metrics
        .iter()
        .rev()
        .find(|(_, r)| r.end <= at && r.start >= clause.start)
    else {
        return String::new();
    };
    let prefix = text.get(clause.start..r.start).unwrap_or("");
    let words = filler().map_or(prefix.to_string(), |f| {
        f.regex.replace_all(prefix, "").into_owned()
    });
    if words.is_empty() {
        return words;
    }
    let words = match lex.scope_frame.find_all(&words).first() {
        Some(frame) if frame.start == 0 => words.get(frame.end..).unwrap_or("").to_string(),
        _ => words,
    };
    // The gas right before the indicator is the indicator's (`2028年碳排放峰值`).
    let gasless = ["二氧化碳", "碳", "CO2", "CO₂"]
        .iter()
        .find_map(|g| words.strip_suffix(g))
        .map(str::to_string);
    gasless.unwrap_or(words)
}

/// The base year of the value at `at`: in its clause, else earlier in the sentence, else a
/// five-year plan in the sentence. Also whether 基准年/基期 is written, and the role a
/// comparison with the peak or a scenario gives the statement.
/// What the last comparison (`比2020年`, `较基准年`, `与峰值相比` …) of a span says.
#[derive(Debug, Clone, Copy)]
enum Compared {
    Peak,
    Scenario,
    Base,
    /// `较上年`, `比去年`: the year before the statement's (`同比` may compare a month or a
    /// quarter, and gives no base year).
    PrevYear,
    Year(u16),
}

/// The last comparison in `part` that says something, if any.
fn last_comparison(cmp: &Pattern, part: &str) -> Option<Compared> {
    let c = cmp.captures_iter(part).last()?;
    if c.name("peak").is_some() {
        Some(Compared::Peak)
    } else if c.name("scenario").is_some() {
        Some(Compared::Scenario)
    } else if c.name("base").is_some() {
        Some(Compared::Base)
    } else if c.name("prev").is_some() {
        Some(Compared::PrevYear)
    } else {
        // `较2020年`, or `在2025年基础上` (a change on top of that year's level).
        c.name("year")
            .or_else(|| c.name("on"))
            .and_then(|m| parse_year(m.as_str()))
            .map(Compared::Year)
    }
}

/// How far back in its own clause a value looks for its comparison (bytes): a clause
/// with no punctuation for a kilobyte is no sentence a plan writes, and reading every
/// clause prefix again for every value of the clause was quadratic.
const MAX_COMPARISON_LOOKBACK: usize = 1024;

/// The comparison of each whole clause of a sentence, found once (`None` = not yet).
type ClauseComparisons = Vec<Option<Option<Compared>>>;

#[allow(clippy::too_many_arguments)]
fn base_for(
    text: &str,
    clauses: &[Range<usize>],
    clause: &Range<usize>,
    at: usize,
    year_list: &[YearMention],
    plan: PlanContext,
    memo: &mut ClauseComparisons,
    reach_back: bool,
) -> (Option<BaseYearRef>, bool, Option<Role>) {
    let Some(cmp) = comparison() else {
        return (None, false, None);
    };
    let mut from = clause.start.max(at.saturating_sub(MAX_COMPARISON_LOOKBACK));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let own = text
        .get(from..at)
        .and_then(|part| last_comparison(cmp, part));
    // Else the earlier clauses, nearest first: each is read once per sentence.
    memo.resize(clauses.len(), None);
    let mut earlier = || {
        clauses
            .iter()
            .zip(memo.iter_mut())
            .filter(|(c, _)| c.end <= clause.start)
            .rev()
            .find_map(|(c, seen)| {
                *seen.get_or_insert_with(|| {
                    text.get(c.clone())
                        .and_then(|part| last_comparison(cmp, part))
                })
            })
    };
    let found = match own {
        Some(c) => Some(c),
        None if reach_back => earlier(),
        None => None,
    };
    match found {
        Some(Compared::Peak) => return (None, false, Some(Role::PostPeak)),
        Some(Compared::Scenario) => return (None, false, Some(Role::Scenario)),
        Some(Compared::Base) => {
            return (
                plan.declared_base.map(|year| BaseYearRef {
                    year,
                    source: BaseSource::Declared,
                }),
                true,
                None,
            )
        }
        Some(Compared::Year(y)) => {
            return (
                Some(BaseYearRef {
                    year: y,
                    source: BaseSource::Clause,
                }),
                false,
                None,
            )
        }
        Some(Compared::PrevYear) => {
            // The year of the statement, written before the value: its previous year.
            let year = year_list
                .iter()
                .rfind(|m| m.span.start < at && !m.in_title && m.relation.is_none())
                .map(|m| m.last.saturating_sub(1));
            return (
                year.map(|year| BaseYearRef {
                    year,
                    source: BaseSource::Clause,
                }),
                false,
                None,
            );
        }
        None => {}
    }
    if !reach_back {
        return (None, false, None);
    }
    // `以2020年为基准，到2025年…下降17%`, `…下降18%（均以2020年为基准）`: the sentence declares
    // the base of its changes.
    if let Some(d) = year_list
        .iter()
        .find(|m| !m.in_title && m.relation == Some(YearRelation::DeclaredBase))
    {
        return (
            Some(BaseYearRef {
                year: d.last,
                source: BaseSource::Clause,
            }),
            false,
            None,
        );
    }
    // `2015年以来，…累计下降26%`: the start of the period is the base of the change.
    if let Some(d) = year_list
        .iter()
        .rfind(|m| !m.in_title && m.span.start < at && m.relation == Some(YearRelation::Since))
    {
        return (
            Some(BaseYearRef {
                year: d.first,
                source: BaseSource::Clause,
            }),
            false,
            None,
        );
    }
    // `较“十三五”末下降18%`: compared with the end of a five-year plan — its last year.
    let compared_end = year_list.iter().rfind(|m| {
        !m.in_title
            && m.span.start < at
            && matches!(
                m.form,
                YearForm::Plan {
                    part: PlanPart::End,
                    ..
                }
            )
            && (m.relation == Some(YearRelation::Comparison)
                || text
                    .get(..m.span.start)
                    .map(|t| t.trim_end_matches(['“', '"', '「', ' ']))
                    .is_some_and(|t| {
                        ["比", "较", "相比", "相较", "相较于"]
                            .iter()
                            .any(|w| t.ends_with(w))
                    }))
    });
    if let Some(p) = compared_end {
        return (
            Some(BaseYearRef {
                year: p.last,
                source: BaseSource::Clause,
            }),
            false,
            None,
        );
    }
    let period = year_list.iter().find(|m| {
        !m.in_title
            && m.span.start < at
            && matches!(
                m.form,
                YearForm::Plan {
                    part: PlanPart::Whole | PlanPart::During | PlanPart::End,
                    ..
                }
            )
    });
    if let Some(p) = period {
        // The year before the five-year plan: 2020 for 十四五, whether the text says the
        // whole period or its end (`到“十四五”末`).
        let start = match p.form {
            YearForm::Plan {
                part: PlanPart::End,
                ..
            } => p.last.saturating_sub(4),
            _ => p.first,
        };
        return (
            Some(BaseYearRef {
                year: start.saturating_sub(1),
                source: BaseSource::Period,
            }),
            false,
            None,
        );
    }
    (None, false, None)
}

/// A year alone in a bracket right after a value and its qualifier: `85万吨标准煤以内（2025年）`.
pub(crate) fn bracket_year_after(text: &str, end: usize) -> Option<u16> {
    let rest = text.get(end..)?.trim_start();
    let rest = ["以内", "以下", "以上", "左右"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
        .trim_start();
    let inner = rest.strip_prefix(['（', '('])?;
    let inner = inner.get(..inner.find(['）', ')'])?)?.trim();
    let inner = inner.strip_prefix('到').unwrap_or(inner).trim();
    let inner = inner.strip_suffix('年').unwrap_or(inner).trim();
    inner
        .parse::<u16>()
        .ok()
        .filter(|y| (2000..2100).contains(y))
}

/// The spans of the years the sentence's peak phrases name (`力争2027年实现碳达峰`).
fn peak_year_spans(pack: &RulesPack, text: &str) -> Vec<Range<usize>> {
    if !text.contains('峰') {
        return Vec::new();
    }
    pack.targets
        .statements
        .iter()
        .filter(|st| st.kind == crate::pack::StatementKind::Peak)
        .flat_map(|st| pack.targets.statement_matches(st, text))
        .filter_map(|caps| caps.name("year").map(|m| m.range()))
        .collect()
}

/// The target year: the nearest year before the value that is a deadline or a plain year
/// (not a comparison base, price basis, date of data or cited title). A peak phrase's year
/// in an earlier clause dates the peak, not the value: `到2030年，…力争2027年实现碳达峰，…
/// 比重达到50%` — the 50% is 2030's, the milestone written before the peak phrase (the peak
/// year still dates the value when no such milestone is written).
fn target_year_before(
    year_list: &[YearMention],
    at: usize,
    in_peak_phrase: &mut dyn FnMut(&Range<usize>) -> bool,
    clause_start: usize,
    skip: &dyn Fn(&YearMention) -> bool,
) -> (Option<u16>, Option<YearRelation>) {
    // The mentions before the value (they are in text order), nearest first: a scan from
    // the sentence's end cost every value of a long chain the rest of the chain.
    let before = year_list.partition_point(|m| m.span.start < at);
    let mut candidates = year_list
        .get(..before)
        .unwrap_or_default()
        .iter()
        .rev()
        .filter(|m| dates_a_target(m) && !skip(m));
    let Some(nearest) = candidates.next() else {
        return (None, None);
    };
    // The sentence's peak phrases are looked for only when the nearest year stands in an
    // earlier clause and another year could date the value instead.
    let mut earlier = candidates.peekable();
    let peak_elsewhere = nearest.span.end <= clause_start
        && earlier.peek().is_some()
        && in_peak_phrase(&nearest.span);
    let chosen = if peak_elsewhere {
        earlier
            .find(|m| !in_peak_phrase(&m.span))
            .unwrap_or(nearest)
    } else {
        nearest
    };
    (Some(chosen.last), chosen.relation)
}

/// The values continuing the one at `quantities[i]` as a list with no 分别 (`增至95兆瓦和
/// 315兆瓦`) when its clause has no year of its own, and the years that date the list in
/// order: as many distinct target years as values, all before the clause. Empty years
/// with members: the list is not dated.
fn unmarked_list<'q>(
    text: &str,
    quantities: &'q [Quantity],
    i: usize,
    clause: &Range<usize>,
    year_list: &[YearMention],
) -> (Vec<&'q Quantity>, Vec<u16>) {
    let Some(at) = quantities.get(i).map(|q| q.span.start) else {
        return (Vec::new(), Vec::new());
    };
    let own_year = year_list
        .iter()
        .any(|m| m.span.start >= clause.start && m.span.start < at && dates_a_target(m));
    if own_year || text.get(clause.clone()).is_some_and(|c| c.contains("分别")) {
        return (Vec::new(), Vec::new());
    }
    let members = lists::list_after(text, quantities, i);
    if members.is_empty() {
        return (members, Vec::new());
    }
    let mut years: Vec<u16> = Vec::new();
    for m in year_list
        .iter()
        .filter(|m| m.span.end <= clause.start && dates_a_target(m))
    {
        if !years.contains(&m.last) {
            years.push(m.last);
        }
    }
    if years.len() != members.len() + 1 {
        years.clear();
    }
    (members, years)
}

/// The parts of the park that statements of a sentence are about (`集团排放2026年达峰，
/// 峰值控制在203万吨以内`, the pack's `lexicon.part_emitter`; a member the park's name only
/// qualifies, `lexicon.park_member`), clause by clause: from each
/// clause start on, the part named by the last clause opening with a part, unless a later
/// clause opens with the park (`lexicon.own_subject`) or a `；`/`：` starts a new statement.
/// Read once per sentence, asked per value.
pub(super) struct PartSubjects {
    /// (clause start, the part in effect there: its range).
    from: Vec<(usize, Option<Range<usize>>)>,
}

impl PartSubjects {
    pub(super) fn new(lex: &Lexicon, text: &str) -> PartSubjects {
        let mut from = Vec::new();
        let mut subject: Option<Range<usize>> = None;
        let mut start = 0usize;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), '，')))
        {
            if !matches!(c, '，' | ',' | '；' | ';' | '：' | ':') {
                continue;
            }
            let clause = text.get(start..i).unwrap_or("");
            let trimmed = clause.trim_start();
            let lead = start + (clause.len() - trimmed.len());
            let (c0, lead) = match trimmed.strip_prefix(['本', '我']) {
                Some(rest) => (rest, lead + (trimmed.len() - rest.len())),
                None => (trimmed, lead),
            };
            if let Some(r) = lex
                .park_member
                .find_all(c0)
                .into_iter()
                .find(|r| r.start == 0)
            {
                subject = Some(lead + r.start..lead + r.end);
            } else if lex
                .own_subject
                .terms
                .iter()
                .any(|w| c0.starts_with(w.as_str()))
            {
                subject = None;
            } else if let Some(r) = lex
                .part_emitter
                .find_all(c0)
                .into_iter()
                .find(|r| r.start == 0)
            {
                subject = Some(lead + r.start..lead + r.end);
            }
            from.push((start, subject.clone()));
            if matches!(c, '；' | ';' | '：' | ':') {
                subject = None;
            }
            start = i + c.len_utf8();
        }
        PartSubjects { from }
    }

    /// The part the value at `at` is about, when its statement names one before it.
    pub(super) fn before<'t>(&self, text: &'t str, at: usize) -> Option<&'t str> {
        let i = self.from.partition_point(|(s, _)| *s <= at);
        let (_, r) = self.from.get(i.checked_sub(1)?)?;
        r.clone().filter(|r| r.end <= at).and_then(|r| text.get(r))
    }
}

/// Whether a target is the park's as a whole: no words before its indicator, or only the
/// park's name (园区、高新区、全区).
pub fn park_wide(t: &Target) -> bool {
    t.scope_words.chars().count() == 0
        || PARK_NAMES
            .iter()
            .any(|w| t.scope_words.trim() == *w || t.scope_words.trim().ends_with(w))
}

/// The park's own names: scope words that leave a target the park's as a whole, and words
/// that may open an indicator's name (`园区物流车辆新能源替代率`). 本园区 before 园区, so a
/// prefix is stripped whole.
pub const PARK_NAMES: [&str; 8] = [
    "本园区",
    "园区",
    "开发区",
    "高新区",
    "经开区",
    "产业园",
    "工业园",
    "全区",
];

/// A year that may date a target: a deadline or a plain year (not a comparison base, price
/// basis, declared base, start, document number or cited title).
fn dates_a_target(m: &YearMention) -> bool {
    !m.in_title
        && !matches!(
            m.relation,
            Some(
                YearRelation::Comparison
                    | YearRelation::PriceBasis
                    | YearRelation::DeclaredBase
                    | YearRelation::Since
                    | YearRelation::After
                    | YearRelation::From
            )
        )
        && !matches!(m.form, YearForm::DocumentNumber | YearForm::BaseYear { .. })
}

fn is_upper_level(
    lex: &Lexicon,
    text: &str,
    at: usize,
    base: Option<BaseYearRef>,
    host: Option<super::park::HostWords>,
) -> bool {
    if base.is_some_and(|b| b.year <= 2005) {
        return true;
    }
    text.get(..at)
        .is_some_and(|before| quotes_level(lex, before, host))
}

/// Whether the text before a value quotes another level's target. A clause that only
/// names the benchmark the park follows (`参照全省工业领域达峰进度，产业园…`, `对标全省先进
/// 园区，…`) does not: the figure after it is the park's own.
///
/// A clause whose subject is the park (`全省力争2030年前实现碳达峰，园区力争2028年…`,
/// also after the commitment: `…部署，力争园区2032年…`) starts the statement anew: only
/// the clauses from the last such one on are read.
pub(crate) fn quotes_upper_level(lex: &Lexicon, before: &str) -> bool {
    quotes_level(lex, before, None)
}

/// [`quotes_upper_level`], where a clause with the zone the park lies in as its subject
/// (`host`: `高新区单位地区生产总值二氧化碳排放…`) is another level's, not the park's.
fn quotes_level(lex: &Lexicon, before: &str, host: Option<super::park::HostWords>) -> bool {
    let zone = |clause: &str| {
        host.is_some_and(|h| h.subject_of(super::years::after_leading_year(clause.trim_start())))
    };
    let clauses: Vec<&str> = before.split(['，', ',', '；', ';']).collect();
    // A clause after one that sets another's caliber (`按市下达任务口径，2025年园区…`) states
    // the figure in that caliber: it starts no statement of the park's own.
    let framed = |i: usize| {
        i.checked_sub(1)
            .and_then(|p| clauses.get(p))
            .is_some_and(|c| lex.caliber_frame.is_match(c))
    };
    let own = clauses
        .iter()
        .enumerate()
        .rposition(|(i, clause)| {
            if framed(i) || zone(clause) {
                return false;
            }
            // A time may come first (`到2025年基地…`), the commitment too: `力争园区2032年…`,
            // `确保开发区…` (`lexicon.plan_decision`).
            let clause = super::years::after_leading_year(clause.trim_start());
            let clause = lex
                .plan_decision
                .terms
                .iter()
                .find_map(|w| clause.strip_prefix(w.as_str()))
                .unwrap_or(clause);
            let clause = clause
                .strip_prefix(['本', '我'])
                .filter(|rest| {
                    lex.own_subject
                        .terms
                        .iter()
                        .any(|w| rest.starts_with(w.as_str()))
                })
                .unwrap_or(clause);
            lex.own_subject
                .terms
                .iter()
                .any(|w| clause.starts_with(w.as_str()))
        })
        .unwrap_or(0);
    let opens_benchmark = |clause: &str| {
        let clause = clause.trim_start();
        lex.benchmark
            .terms
            .iter()
            .any(|w| clause.starts_with(w.as_str()))
    };
    // A value inside the benchmark clause (`对标国家2030年前碳达峰要求`) is the benchmark's.
    if clauses.last().is_some_and(|c| opens_benchmark(c)) {
        return true;
    }
    let last = clauses.len().saturating_sub(1);
    clauses
        .get(own..)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .filter(|(_, clause)| !opens_benchmark(clause))
        .any(|(i, clause)| {
            if zone(clause) {
                return true;
            }
            // An aside closed in an earlier clause (`…下降25%以上（全国单位国内生产总值二氧化碳
            // 排放下降18%），煤炭消费量…`) speaks for its own clause, not the later ones.
            let clause = if own + i < last {
                without_closed_asides(clause)
            } else {
                std::borrow::Cow::Borrowed(*clause)
            };
            if !lex.upper_level.is_match(&clause) {
                return false;
            }
            // `园区作为全省首批低碳试点园区`: a rank, not a quote.
            let rest = lex.upper_attribute.remove_all(&clause);
            lex.upper_level.is_match(&rest)
        })
        // A sentence opening with another level as its topic (`国家层面，“十四五”…规划要求
        // 2025年…降低18%`) speaks for it while no clause has the park as subject.
        || (own == 0 && clauses.first().is_some_and(|c| lex.upper_topic.is_match(c)))
}

/// `clause` without the bracketed asides it closes (`（…）`, `(…)`); an unclosed bracket and
/// what follows it are kept.
fn without_closed_asides(clause: &str) -> std::borrow::Cow<'_, str> {
    if !clause.contains(['）', ')']) {
        return std::borrow::Cow::Borrowed(clause);
    }
    let mut out = String::with_capacity(clause.len());
    let mut open: Vec<usize> = Vec::new();
    for c in clause.chars() {
        match c {
            '（' | '(' => {
                open.push(out.len());
                out.push(c);
            }
            '）' | ')' => match open.pop() {
                Some(at) => out.truncate(at),
                None => out.push(c),
            },
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// What [`is_historical`] asks of a sentence's years and words as a whole, read once per
/// sentence: asked per value, a chain of N values cost N² (issue 20's `clause-chain`).
struct SentenceYears<'y> {
    list: &'y [YearMention],
    /// A `2020年以来` / `自2020年` anywhere in the sentence.
    since: bool,
    /// The latest year of a deadline (`到`, `前`, `前后`).
    max_deadline: Option<u16>,
    /// Five-year plans (`十三五`) and ranges (`2018—2022年`), by index in `list`.
    plans: Vec<usize>,
    ranges: Vec<usize>,
    /// The pack's `forward` wording anywhere in the sentence.
    forward: bool,
}

impl<'y> SentenceYears<'y> {
    fn new(lex: &Lexicon, text: &str, list: &'y [YearMention]) -> Self {
        let of = |f: &dyn Fn(&YearMention) -> bool| -> Vec<usize> {
            list.iter()
                .enumerate()
                .filter(|(_, m)| f(m))
                .map(|(i, _)| i)
                .collect()
        };
        SentenceYears {
            list,
            since: list.iter().any(|m| m.relation == Some(YearRelation::Since)),
            max_deadline: list
                .iter()
                .filter(|m| {
                    matches!(
                        m.relation,
                        Some(YearRelation::By | YearRelation::Before | YearRelation::Around)
                    )
                })
                .map(|m| m.last)
                .max(),
            plans: of(&|m| matches!(m.form, YearForm::Plan { .. })),
            ranges: of(&|m| m.form == YearForm::Range),
            forward: lex.forward.is_match(text),
        }
    }

    fn plans(&self) -> impl Iterator<Item = &YearMention> + '_ {
        self.plans.iter().filter_map(|&i| self.list.get(i))
    }

    fn ranges(&self) -> impl Iterator<Item = &YearMention> + '_ {
        self.ranges.iter().filter_map(|&i| self.list.get(i))
    }
}

/// The text of `text[from..at]` within `MAX_COMPARISON_LOOKBACK` bytes of `at`, on a
/// character boundary.
fn bounded(text: &str, from: usize, at: usize) -> &str {
    let mut from = from.max(at.saturating_sub(MAX_COMPARISON_LOOKBACK));
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).unwrap_or("")
}

/// Whether the clause going on from byte `from` of `text` names a year (`…降至2020年的1.2`):
/// the change it ends has a date of its own.
fn changes_to_a_year(text: &str, from: usize, years: &[YearMention]) -> bool {
    let rest = text.get(from..).unwrap_or("");
    let end = from
        + rest
            .find(['，', ',', '；', ';', '。'])
            .unwrap_or(rest.len());
    years
        .iter()
        .any(|m| m.span.start >= from && m.span.start < end)
}

#[allow(clippy::too_many_arguments)]
fn is_historical(
    lex: &Lexicon,
    text: &str,
    clause: &Range<usize>,
    at: usize,
    past: bool,
    years: &SentenceYears,
    target_year: Option<u16>,
    relation: Option<YearRelation>,
    base: Option<BaseYearRef>,
    plan: PlanContext,
) -> bool {
    if past {
        return true;
    }
    let year_list = years.list;
    let clause_text = bounded(text, clause.start, clause.end.max(at));
    // A plain five-year milestone after the base (2025年，… / 2030年…) names a target year:
    // data about it exists only in plans whose base year is that late.
    // So does a year the plan's own indicator table has a column for.
    let five_year = |y: u16| y.is_multiple_of(5) && y > plan.declared_base.unwrap_or(2020);
    // …or a year the same clause goes on to such a milestone from (`增至2027年的85兆瓦和
    // 2030年的145兆瓦`).
    let milestone = target_year.is_some_and(|y| {
        five_year(y)
            || plan.table_year(y)
            || plan.written.is_some_and(|w| y > w)
            // More than five years after the declared base: past any year whose data a plan
            // can hold (an undated plan's `2028年…不高于25万吨`).
            || plan.declared_base.is_some_and(|b| y > b.max(2020) + 5)
            || year_list.iter().any(|m| {
                m.span.start > at && m.span.end <= clause.end && !m.in_title && five_year(m.last)
            })
    });
    // From one value to another is a past change — unless it ends at a milestone ahead
    // (`光伏装机由2022年的1.8万千瓦增加到2030年的6万千瓦`).
    if (lex.from_to.is_match(clause_text) && !milestone) || clause_text.contains("以来") {
        return true;
    }
    let before = bounded(text, 0, at);
    let forward = years.forward;
    // `由2020年的10兆瓦增至2025年的40兆瓦`: the starting year of a change to a milestone
    // ahead is no sign of the past.
    // So is one in an earlier clause that names no year of its own to change to (`液态奶
    // 单位产品综合能耗由2020年的30千克标准煤/吨降至27千克标准煤/吨，乳粉…降至560…`, dated by
    // the 到2025年 of the sentence before): it changes to the same milestone.
    let from_ahead: Vec<Range<usize>> = if milestone {
        let clause_start = clause.start;
        let before_start = at - before.len();
        let own = lex
            .from_to
            .find_all(clause_text)
            .into_iter()
            .map(|r| r.start + clause_start..r.end + clause_start);
        let earlier = lex
            .from_to
            .find_all(before)
            .into_iter()
            .map(|r| r.start + before_start..r.end + before_start)
            .filter(|r| r.end <= clause_start && !changes_to_a_year(text, r.end, year_list));
        own.chain(earlier).collect()
    } else {
        Vec::new()
    };
    let past_sign = lex.past.find_all(before).into_iter().any(|p| {
        !from_ahead
            .iter()
            .any(|f| f.start <= p.start && p.start < f.end)
    });
    if past_sign && !forward {
        return true;
    }
    // `非化石能源消费比重2022年已达到12%，到2030年提高到25%`: a sign of the past in the value's
    // own clause, with nothing there looking ahead, makes the value history whatever the
    // rest of the sentence looks ahead to.
    if past_sign && !milestone {
        let own = bounded(text, clause.start, at);
        let in_own = lex.past.find_all(own).into_iter().any(|p| {
            let p = p.start + clause.start;
            !from_ahead.iter().any(|f| f.start <= p && p < f.end)
        });
        if in_own && !lex.forward.is_match(clause_text) {
            return true;
        }
    }
    // `2022年，园区单位工业增加值能耗下降3.2%`: a plain year with nothing that looks
    // ahead states data, not a target.
    let plain_year = relation.is_none()
        && target_year.is_some_and(|y| {
            let earlier = year_list.partition_point(|m| m.span.start < at);
            year_list
                .get(..earlier)
                .unwrap_or_default()
                .iter()
                .rev()
                .any(|m| m.last == y && m.relation.is_none() && m.form == YearForm::Year)
        });
    if plain_year && !forward && !milestone {
        return true;
    }
    if years.since {
        return true;
    }
    // The end of history: the declared base year; else 2020, the base year of the
    // 十四五 targets every carbon-peak plan is written against.
    let horizon = plan.declared_base.unwrap_or(2020).max(
        base.filter(|b| b.source == BaseSource::Clause)
            .map_or(0, |b| b.year),
    );
    // A past five-year plan or a range of past years with no deadline after them.
    let deadline_after = |h: u16| years.max_deadline.is_some_and(|d| d > h);
    let old_plan = years.plans().any(|m| {
        !m.in_title
            && matches!(m.form, YearForm::Plan { number, .. } if number <= 13)
            && m.span.start < at
    });
    if old_plan && !deadline_after(2020) {
        return true;
    }
    {
        let h = horizon;
        let past_range = years.ranges().any(|m| {
            // A range that ends by the base, or starts before it (2018—2022年年均增长5.8%).
            !m.in_title
                && m.span.start < at
                && m.form == YearForm::Range
                && (m.last <= h || m.first < h)
        });
        if past_range && !deadline_after(h) {
            return true;
        }
        if let Some(y) = target_year {
            if y <= h && !matches!(relation, Some(YearRelation::By | YearRelation::Before)) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_mentions_prefer_the_longer_specific_name() {
        let pack = crate::pack::default_pack();
        let m = metric_mentions(pack, "单位工业增加值二氧化碳排放量较2020年下降18%");
        assert_eq!(m.len(), 1);
        assert_eq!(
            m.first().map(|(id, _)| *id),
            Some("co2_intensity_value_added")
        );
    }

    #[test]
    fn clauses_split_before_parentheses() {
        let t = "下降20%以上（力争22%）";
        let c = clauses(t);
        assert_eq!(c.len(), 2);
    }

    /// (role, kind, metric, value, stretch, base year, target year)
    type Extracted = (
        Role,
        TargetKind,
        Option<String>,
        f64,
        Option<f64>,
        Option<u16>,
        Option<u16>,
    );

    fn extract(text: &str, declared_base: Option<u16>) -> Vec<Extracted> {
        let pack = crate::pack::default_pack();
        let doc = match crate::document::read::read_bytes(
            "t.md",
            format!("# 方案\n\n{text}\n").as_bytes(),
            &crate::document::read::Limits::default(),
        ) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        };
        let all = crate::extract::sentences::sentences(&doc);
        targets(
            pack,
            &all,
            PlanContext {
                declared_base,
                table_years: 0,
                written: None,
                host: None,
            },
        )
        .into_iter()
        .map(|t| {
            (
                t.role,
                t.kind,
                t.metric.map(str::to_string),
                t.value,
                t.stretch.map(|s| s.0),
                t.base_year.map(|b| b.year),
                t.target_year,
            )
        })
        .collect()
    }

    #[test]
    fn floor_and_stretch_are_one_target() {
        let found = extract(
            "到2025年，单位工业增加值二氧化碳排放较2020年下降16%以上，力争18%。",
            None,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let (role, kind, metric, value, stretch, base, year) = found[0].clone();
        assert_eq!((role, kind), (Role::Plan, TargetKind::Change));
        assert_eq!(metric.as_deref(), Some("co2_intensity_value_added"));
        assert_eq!(
            (value, stretch, base, year),
            (16.0, Some(18.0), Some(2020), Some(2025))
        );
    }

    #[test]
    fn base_years_come_from_the_clause_the_period_or_the_declaration() {
        let period = extract(
            "“十四五”期间，单位工业增加值二氧化碳排放累计下降18%。",
            None,
        );
        assert_eq!(period.first().and_then(|t| t.5), Some(2020));
        let declared = extract("到2025年，单位工业增加值能耗较基准年下降15%。", Some(2020));
        assert_eq!(declared.first().and_then(|t| t.5), Some(2020));
        let neighbour = extract(
            "2020年排放为128万吨。到2025年，单位工业增加值能耗下降15%。",
            None,
        );
        assert_eq!(neighbour.first().and_then(|t| t.5), None);
    }

    #[test]
    fn look_alikes_have_their_roles() {
        for (text, role) in [
            (
                "2015—2020年，单位工业增加值能耗累计下降16%。",
                Role::Historical,
            ),
            ("到2035年，二氧化碳排放总量比峰值下降15%。", Role::PostPeak),
            (
                "基准情景下，单位工业增加值二氧化碳排放年均下降2%。",
                Role::Scenario,
            ),
            (
                "单位工业增加值二氧化碳排放年均自然下降2%。",
                Role::Assumption,
            ),
            (
                "全国单位国内生产总值二氧化碳排放比2005年下降65%以上。",
                Role::UpperLevel,
            ),
        ] {
            let found = extract(text, None);
            assert_eq!(found.first().map(|t| t.0), Some(role), "{text}: {found:?}");
        }
    }
}
