//! The totals a plan states for a year: an emission or energy-consumption total in prose
//! (its own clause names it, `2020年园区二氧化碳排放总量为128.4万吨`) or in a table (the
//! row and column headers name it), with the year written last before it (in a table, in
//! its headers). `boundary/unit` compares those of one year across units; `target/conflict`
//! compares the park's whole CO2 total of the base year within one unit.

use std::borrow::Cow;

use super::analysis::Analysis;
use super::captions::{table_unit, table_year};
use super::prose::figure_clause;
use super::quantity::Quantity;
use super::sentences::Sentence;
use super::years::{after_leading_year, years, YearForm, YearRelation};

/// What a stated total is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Co2,
    Energy,
}

/// Words that make a figure's clause (or a table's headers) a total of the subject, and
/// the unit family its figure must have.
const SUBJECTS: [(Subject, &[&str], &str); 2] = [
    (Subject::Co2, &["排放总量", "排放量", "总排放"], "co2_mass"),
    (
        Subject::Energy,
        &["能源消费总量", "综合能源消费量", "能耗总量", "能源消费量"],
        "energy",
    ),
];

/// Words that call a CO2 figure the whole total, not only an amount (`排放量`).
pub(crate) const WHOLE: [&str; 5] = ["排放总量", "总排放", "排放合计", "排放总计", "合计排放"];

/// One statement of a total.
#[derive(Debug, Clone)]
pub struct StatedTotal {
    pub subject: Subject,
    pub year: u16,
    /// The sentence (index into `boundary().all`) and the quantity (index into its
    /// quantities).
    pub sentence: usize,
    pub quantity: usize,
    /// The park's whole total: named a total (`排放总量`, a `合计` row), outside scenarios,
    /// projections and goals, and nothing in its clause or headers makes it a part's (the pack's
    /// `lexicon.part_subject`: a sub-park, a sector, an enterprise, a source or a scope).
    pub whole: bool,
    /// A part's figure: its clause or headers name a part (the pack's
    /// `lexicon.part_subject`: `能源活动排放`, `某片区排放量`).
    pub part: bool,
    /// A table cell whose text and headers write no unit, read in the unit its table's
    /// caption gives (`表2 2020年二氧化碳排放清单（单位：万吨二氧化碳）` over `| 合计 | 7.21 |`).
    pub captioned: Option<Quantity>,
}

impl StatedTotal {
    /// The figure stated: the captioned reading, else quantity `quantity` of `quantities`
    /// (its sentence's).
    pub fn figure<'q>(&'q self, quantities: &'q [Quantity]) -> Option<&'q Quantity> {
        self.captioned
            .as_ref()
            .or_else(|| quantities.get(self.quantity))
    }
}

/// Every total the plan states, in document order.
/// The base year a plan declaring none is taken to have: the standard's (and most
/// plans') 2020.
const UNDECLARED_BASE: u16 = 2020;

/// The last year of data (not of goals) a plan reports: a few years after its base year
/// (2020 when none is declared).
pub(crate) fn data_horizon(declared_base: Option<u16>) -> u16 {
    declared_base
        .unwrap_or(UNDECLARED_BASE)
        .max(UNDECLARED_BASE)
        + 3
}

pub fn stated_totals(a: &Analysis) -> Vec<StatedTotal> {
    let lex = &a.rules.lexicon;
    let mut out = Vec::new();
    let mut carry = CarriedYear::new(a.targets().declared_base);
    // Data years end a few years after the base year (2020 when none is declared).
    let horizon = data_horizon(a.targets().declared_base);
    // A table caption naming a scenario, a projection or a part dates no recorded total.
    let not_data = |c: &str| {
        lex.scenario.is_match(c) || lex.projection_cue.is_match(c) || lex.part_subject.is_match(c)
    };
    let mut caption_year: Option<(usize, Option<u16>)> = None;
    let mut caption_unit: Option<(usize, Option<String>)> = None;
    // The last table's block: the paragraph right after it, under the same heading, may
    // restate its total with no year (`园区排放总量折合为957000吨，与各企业报送数据汇总一致`).
    let mut last_table: Option<usize> = None;
    for (i, s) in a.boundary().all.iter().enumerate() {
        let quantities = a.quantities(i);
        let text = s.as_str();
        let before = carry.step(lex, s);
        if caption_year.is_some_and(|(b, _)| b != s.block()) {
            caption_year = None;
        }
        if s.table.is_some() {
            last_table = Some(s.block());
        }
        if quantities.is_empty() {
            continue; // no figure: its years and headers are not needed
        }
        let context = figure_context(s);
        // Not collected in place: that would keep the mentions' allocation, five times
        // the size of these pairs, while the sentence's quantities are read (a sentence of
        // 200,000 years held 21 MB).
        let years_written = years(&context);
        let mut mentions: Vec<(usize, u16)> = Vec::with_capacity(years_written.len());
        mentions.extend(
            years_written
                .iter()
                .filter(|y| !y.in_title && y.first == y.last)
                .map(|y| (y.span.start, y.first)),
        );
        // Ranges of years (`2016—2020年`): a `分别` list after one gives a year to each value.
        let ranges: Vec<(usize, u16, u16)> = years_written
            .iter()
            .filter(|y| !y.in_title && y.form == YearForm::Range && y.first < y.last)
            .map(|y| (y.span.end, y.first, y.last))
            .collect();
        // A deadline in the sentence (`到2025年`, `2030年前`): its totals are goals.
        let deadlines: Vec<u16> = years_written
            .iter()
            .filter(|y| matches!(y.relation, Some(YearRelation::By | YearRelation::Before)))
            .map(|y| y.last)
            .collect();
        drop(years_written);
        // A scenario's or a projection's figures are no recorded total.
        let projected = || match &s.table {
            Some(t) => {
                lex.bau.is_match(t.row_header)
                    || lex.policy_scenario.is_match(t.row_header)
                    || lex.scenario.is_match(t.row_header)
            }
            None => lex.scenario.is_match(text) || lex.projection_cue.is_match(text),
        };
        // The year each value of a `分别` list after a range of years takes (prose only).
        let range_years = match &s.table {
            Some(_) => Vec::new(),
            None => range_years(text, &ranges, quantities),
        };
        // A sentence opening with 其中 breaks down the total before it (`其中，某企业本部按
        // 企业口径报送的2022年度排放量为11826400吨，占园区排放总量的93.0%`): its figures are parts.
        if s.table.is_none() && text.trim_start().starts_with("其中") {
            continue;
        }
        for (k, q) in quantities.iter().enumerate() {
            let captioned = captioned_cell(a, s, q, &mut caption_unit);
            let q = captioned.as_ref().unwrap_or(q);
            // What the figure is: the table's headers, or the words of its own clause
            // (a per-tonne 吨钢综合能耗 in the next clause is not the park's total).
            let about = match &s.table {
                Some(_) => &*context,
                None => figure_clause(text, q.span.start),
            };
            let named = SUBJECTS
                .iter()
                .find(|(_, words, _)| words.iter().any(|w| about.contains(w)))
                .map(|(s, _, f)| (*s, *f));
            let co2_mass = q.unit.as_ref().and_then(|u| u.family.as_deref()) == Some("co2_mass");
            let prose_mass = named.is_none() && s.table.is_none() && co2_mass;
            // …when nothing before it in its sentence names a part and it is no scenario's,
            // projection or goal.
            let unnamed = || {
                !text
                    .get(..q.span.start)
                    .is_some_and(|before| lex.part_subject.is_match(before))
                    && !projected()
            };
            // A CO2 mass right after the pack's `lexicon.bare_total` (`2022年二氧化碳排放
            // 142.5万吨`, `2022年排放折合14250000吨`) is the year's total…
            let bare = prose_mass
                && lex
                    .bare_total
                    .find_all(about)
                    .iter()
                    .any(|r| r.end == about.len())
                && unnamed();
            // …and so is one named emissions right after it (`基准年全园1065000吨二氧化碳排放
            // 涉及的…`, `lexicon.trailing_total`).
            let trailing = prose_mass
                && !bare
                && text
                    .get(q.span.end..)
                    .is_some_and(|rest| lex.trailing_total.is_match(rest))
                && unnamed();
            // A CO2 mass claimed, right after it, to be the park's total restated (`重点企业碳
            // 排放报告汇总为84400吨，与园区核算结果一致`, the pack's `lexicon.agrees_with_total`):
            // that total, whatever its clause names.
            let restated = s.table.is_none()
                && co2_mass
                && text
                    .get(q.span.end..)
                    .is_some_and(|rest| lex.agrees_with_total.is_match(rest));
            let Some((subject, family)) =
                named.or((bare || trailing || restated).then_some((Subject::Co2, "co2_mass")))
            else {
                continue;
            };
            // The pack's `lexicon.not_total`: parts, changes, per-unit figures, projections
            // and one company's figures are not the park's stated total. A clause that opens
            // with the emissions and no subject of its own (`煅烧尾气中的二氧化硫经脱硫处理后排放，
            // 2020年排放量为386吨`) speaks of the clause before it.
            let subject_clause = match &s.table {
                None if subjectless(about) => with_clause_before(text, q.span.start),
                _ => about,
            };
            if ((lex.not_total.is_match(about) || lex.not_total.is_match(subject_clause))
                && !restated)
                || q.unit.as_ref().and_then(|u| u.family.as_deref()) != Some(family)
                || q.upper.is_some()
            {
                continue;
            }
            let in_range = range_years.get(k).copied().flatten();
            let year = in_range
                // `园区以基准年排放量330000吨…为基数`: the declared base year's figure, whatever
                // year the sentence names before it.
                .or_else(|| {
                    a.targets()
                        .declared_base
                        .filter(|_| s.table.is_none() && lex.base_year_figure.is_match(about))
                })
                .or_else(|| year_before(s, &mentions, q.span.start))
                .or_else(|| mentions.is_empty().then_some(before).flatten())
                .or_else(|| {
                    // A whole total restated right after a table of a past year's data (its
                    // caption's year, not a scenario's, projection's or part's), in the
                    // paragraph right after it under the same heading, naming no year.
                    let table = last_table.filter(|&b| {
                        s.table.is_none()
                            && mentions.is_empty()
                            && b + 1 == s.block()
                            && same_section(a, b, s.block())
                    })?;
                    (restated || WHOLE.iter().any(|w| about.contains(w))).then_some(())?;
                    table_year(a.doc, table, not_data).filter(|y| *y <= horizon)
                })
                .or_else(|| {
                    // The total row of a table whose headers name no year, dated by its
                    // caption (`表1 2020年园区二氧化碳排放构成` over `| 合计 | 246.0 |`): the
                    // year of the data, not of a scenario. Its other rows are parts.
                    let total_row = s
                        .table
                        .as_ref()
                        .is_some_and(|t| lex.row_role(t.row_header) == Some(true));
                    if !total_row || !mentions.is_empty() {
                        return None;
                    }
                    let block = s.block();
                    let (_, y) = *caption_year.get_or_insert_with(|| {
                        // Nor of a part (`表2 2020年工业生产过程排放`).
                        let y = table_year(a.doc, block, not_data).filter(|y| *y <= horizon);
                        (block, y)
                    });
                    y
                });
            let Some(year) = year else {
                continue;
            };
            // Or a bare total whose clause opens with the park as its subject, after its year
            // (`以2020年为基准年，园区二氧化碳排放264.0万吨`, `2020年园区二氧化碳排放104.1万吨`):
            // the park's, not a part's.
            let named_whole = WHOLE.iter().any(|w| about.contains(w))
                || (bare
                    && lex
                        .own_subject
                        .opens(after_leading_year(about.trim_start())))
                || s.table
                    .as_ref()
                    .is_some_and(|t| lex.row_role(t.row_header) == Some(true));
            // Not a goal: no later deadline in the sentence, no cap verb in the clause
            // (`控制在95万吨以内`), no target read from the figure.
            let goal = deadlines.iter().any(|d| *d > year)
                || lex.cap_verb.is_match(about)
                || a.targets().all.iter().any(|t| {
                    t.span == q.span
                        && t.sentence.block() == s.block()
                        && t.sentence.range() == s.range()
                        && std::ptr::eq(t.sentence.as_str(), s.as_str())
                        && t.target_year.is_none_or(|y| y > year)
                });
            if bare && goal {
                continue;
            }
            let whole = subject == Subject::Co2
                && q.percent.is_none()
                && named_whole
                && !goal
                && !lex.part_subject.is_match(about)
                && !projected();
            out.push(StatedTotal {
                subject,
                year,
                sentence: i,
                quantity: k,
                whole,
                part: lex.part_subject.is_match(about) && !restated,
                captioned,
            });
        }
    }
    out
}

/// Which part of the boundary a figure is of (the pack's `boundary.direct` and
/// `boundary.indirect` words in its clause or headers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Direct,
    Indirect,
}

/// What a [`SourceFigure`] measures: the part's CO2, or the electricity it bought in
/// (`外购电力6.84亿千瓦时`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    Co2,
    Electricity,
}

impl Measure {
    /// The measure of a quantity of the pack's unit family `family`.
    fn of(family: Option<&str>) -> Option<Measure> {
        match family? {
            "co2_mass" => Some(Measure::Co2),
            "electricity" => Some(Measure::Electricity),
            _ => None,
        }
    }
}

/// A figure of one part of the boundary for a year: its CO2 (`净调入电力…间接排放63.3万吨`,
/// `2020年净调入电力排放6330000吨`) or the electricity bought in (`2022年外购电力6.84亿千瓦时`),
/// not a total, stated as recorded (no scenario, projection, cap or approximation).
#[derive(Debug, Clone)]
pub struct SourceFigure {
    pub source: Source,
    pub measure: Measure,
    pub year: u16,
    /// Sentence index in `boundary().all` and quantity index in its quantities.
    pub sentence: usize,
    pub quantity: usize,
    /// Also one of [`stated_totals`] (a part's `排放量`), which `boundary/unit` compares
    /// among themselves already.
    pub stated: bool,
    /// A bare table cell read with its caption's unit (`表1 …（万吨）` over `36.0`): the
    /// quantity to compare, in place of the cell's own.
    pub captioned: Option<Quantity>,
}

/// Every [`SourceFigure`] of the plan, in document order. `boundary/unit` looks among them
/// for one figure written twice in different units a power of ten apart.
pub fn source_figures(a: &Analysis) -> Vec<SourceFigure> {
    let lex = &a.rules.lexicon;
    let b = &a.rules.boundary;
    let totals = a.totals();
    let mut out = Vec::new();
    // The year a paragraph's earlier sentence was about (`2020年…总量112.0万吨。其中…间接排放
    // 63.3万吨`): a sentence naming none speaks of it.
    let mut carried: Option<(usize, u16)> = None;
    let mut caption_unit: Option<(usize, Option<String>)> = None;
    let mut caption_year: Option<(usize, Option<u16>)> = None;
    for (i, s) in a.boundary().all.iter().enumerate() {
        if caption_year.is_some_and(|(b, _)| b != s.block()) {
            caption_year = None;
        }
        let quantities = a.quantities(i);
        if s.heading || (quantities.is_empty() && s.table.is_some()) {
            continue;
        }
        let text = s.as_str();
        // …or the paragraph right before, under the same heading (`2020年园区二氧化碳排放总量
        // 69.2万吨。` then, a paragraph of its own in a PDF copy, `净调入电力6.2亿千瓦时，对应
        // 间接排放3600000吨`).
        let before = carried.filter(|(block, _)| {
            s.table.is_none()
                && (*block == s.block()
                    || (*block + 1 == s.block() && same_section(a, *block, s.block())))
        });
        if quantities.is_empty() || lex.scenario.is_match(text) || lex.projection_cue.is_match(text)
        {
            if let Some((_, y)) = last_year(text) {
                carried = Some((s.block(), y));
            }
            continue;
        }
        let context = figure_context(s);
        let mentions = dated_years(&context);
        for (k, q) in quantities.iter().enumerate() {
            let captioned = captioned_cell(a, s, q, &mut caption_unit);
            let q = captioned.as_ref().unwrap_or(q);
            let Some(measure) = Measure::of(q.unit.as_ref().and_then(|u| u.family.as_deref()))
            else {
                continue;
            };
            if q.percent.is_some()
                || q.upper.is_some()
                || q.qualifier.is_some()
                || totals
                    .iter()
                    .any(|t| t.sentence == i && t.quantity == k && t.whole)
            {
                continue;
            }
            let about = match &s.table {
                Some(_) => &*context,
                None => figure_clause(text, q.span.start),
            };
            // A figure per unit of output (`每吨碳化硅过程排放2.45吨`) is no amount of the year.
            if lex.per_unit_figure.is_match(about) {
                continue;
            }
            // Electricity: bought in, or the park's whole use (`用电量`, not a part's: no
            // `其中`, no sub-park, sector or enterprise).
            let electricity = measure == Measure::Electricity;
            if electricity && about.contains("其中") {
                continue;
            }
            let source = if b.indirect.is_match(about) {
                Source::Indirect
            } else if electricity {
                if lex.electricity_use.is_match(about) && !lex.part_subject.is_match(about) {
                    Source::Indirect
                } else {
                    continue;
                }
            } else if b.direct.is_match(about) {
                Source::Direct
            } else {
                continue;
            };
            // A row of a table whose headers name no year: the year its caption names
            // (`表1 2020年园区二氧化碳排放清单`), not a scenario's or a projection's.
            let mut caption = || {
                let block = s.block();
                let (_, y) = *caption_year.get_or_insert_with(|| {
                    let y = table_year(a.doc, block, |c| {
                        lex.scenario.is_match(c) || lex.projection_cue.is_match(c)
                    });
                    (block, y)
                });
                y
            };
            let year = year_before(s, &mentions, q.span.start).or_else(|| {
                if !mentions.is_empty() {
                    None
                } else if s.table.is_some() {
                    caption()
                } else {
                    before.map(|(_, y)| y)
                }
            });
            let Some(year) = year else { continue };
            out.push(SourceFigure {
                source,
                measure,
                year,
                sentence: i,
                quantity: k,
                stated: totals.iter().any(|t| t.sentence == i && t.quantity == k),
                captioned: captioned.clone(),
            });
        }
        if s.table.is_none() {
            if let Some(&(_, y)) = mentions.last() {
                carried = Some((s.block(), y));
            }
        }
    }
    out
}

/// A bare table cell (`| 净调入电力 | 36.0 |`) read with the unit its table's caption or
/// note gives (`表1 2020年园区二氧化碳排放清单（万吨）`); `None` for a cell with a unit of its
/// own, a percentage or prose. `memo` keeps the last table's caption unit.
fn captioned_cell(
    a: &Analysis,
    s: &Sentence,
    q: &Quantity,
    memo: &mut Option<(usize, Option<String>)>,
) -> Option<Quantity> {
    let t = s.table.as_ref()?;
    if q.unit.is_some() || q.percent.is_some() {
        return None;
    }
    let block = s.block();
    if memo.as_ref().is_none_or(|(b, _)| *b != block) {
        *memo = Some((block, table_unit(a.quantity_extractor(), a.doc, block)));
    }
    let unit = memo.as_ref().and_then(|(_, u)| u.as_deref())?;
    let header = format!("{}（{unit}）", t.column_header);
    a.quantity_extractor()
        .cell_quantities(s.as_str(), t.row_header, &header)
        .into_iter()
        .find(|c| c.span == q.span && c.unit.is_some())
}

/// Whether blocks `i` and `j` stand under the same heading (or both under none).
fn same_section(a: &Analysis, i: usize, j: usize) -> bool {
    match (a.doc.enclosing_heading(i), a.doc.enclosing_heading(j)) {
        (Some(x), Some(y)) => std::ptr::eq(x, y),
        (None, None) => true,
        _ => false,
    }
}

/// The last single year a text names as a date (not a comparison or a range).
fn last_year(text: &str) -> Option<(usize, u16)> {
    dated_years(text).last().copied()
}

/// The base year (or an earlier one) a paragraph's earlier sentence dated or declared,
/// in a sentence neither a scenario's nor a projection's (`2022年为基准年。园区…二氧化碳排放
/// 总量125.7万吨`): a later sentence of the paragraph naming no year speaks of it. The
/// stated totals and the `facts` inventory read it alike.
pub struct CarriedYear {
    base: Option<u16>,
    at: Option<(usize, u16)>,
}

impl CarriedYear {
    pub fn new(declared_base: Option<u16>) -> CarriedYear {
        CarriedYear {
            base: declared_base,
            at: None,
        }
    }

    /// Called for every sentence in document order: the year carried into `s` from its
    /// paragraph's earlier sentences (none in a table or a heading).
    pub fn step(&mut self, lex: &crate::pack::Lexicon, s: &Sentence) -> Option<u16> {
        if s.table.is_some() || s.heading {
            return None;
        }
        let before = self
            .at
            .filter(|(block, _)| *block == s.block())
            .map(|(_, y)| y);
        let text = s.as_str();
        let base = self.base;
        let written = years(text);
        let dated = base_dated(&written).filter(|&y| base.is_some_and(|b| y <= b));
        let plain = !lex.scenario.is_match(text) && !lex.projection_cue.is_match(text);
        // With no base year declared, a year still dates the rest of its sentence past a
        // `；` (`2020年园区消费电力3.10亿千瓦时…；二氧化碳排放总量20.19万吨`): a year of data,
        // no later than a few years after 2020.
        let through_semicolon = || {
            base_dated(&written)
                .filter(|&y| base.is_none() && y <= data_horizon(None))
                .filter(|_| plain && text.trim_end().ends_with(['；', ';']))
                .map(|y| (s.block(), y))
        };
        self.at = match dated {
            Some(y) if plain => Some((s.block(), y)),
            Some(_) => None,
            None if !written.is_empty() => through_semicolon(),
            None => before.map(|y| (s.block(), y)),
        };
        before
    }
}

/// The last single year a text dates or declares the base (`2022年为基准年`, `截至2022年
/// 底`), when that is the last year it names (`written`: the text's years).
fn base_dated(written: &[super::years::YearMention]) -> Option<u16> {
    written
        .last()
        .filter(|y| {
            !y.in_title
                && y.first == y.last
                && matches!(
                    y.relation,
                    None | Some(YearRelation::DeclaredBase | YearRelation::AsOf)
                )
        })
        .map(|y| y.first)
}

/// The single years a text names as dates (not comparisons or ranges), with their offsets.
fn dated_years(text: &str) -> Vec<(usize, u16)> {
    years(text)
        .iter()
        .filter(|y| !y.in_title && y.first == y.last && y.relation.is_none())
        .map(|y| (y.span.start, y.first))
        .collect()
}

/// What a figure's years and words are read in: its sentence, or a table cell's row and
/// column headers.
fn figure_context<'s>(s: &'s Sentence) -> Cow<'s, str> {
    match &s.table {
        Some(t) => Cow::Owned(format!("{} {}", t.row_header, t.column_header)),
        None => Cow::Borrowed(s.as_str()),
    }
}

/// The year written last before the figure at `at` (in a table: the headers' first),
/// among `mentions` of its context.
/// The years a `分别` list after a range of years gives its values, by quantity index
/// (`2016—2020年园区排放量分别为412000、440000、479000、516000和537000吨`: the fifth is 2020's):
/// the range, then its subject and 分别 (no other figure between), then one value of the
/// unit's family per year of the range, the list ending its clause. Each range looks at no
/// more values than a few times its years, so a long sentence stays linear.
fn range_years(
    text: &str,
    ranges: &[(usize, u16, u16)],
    quantities: &[crate::extract::quantity::Quantity],
) -> Vec<Option<u16>> {
    let mut out = vec![None; quantities.len()];
    let breaks = |t: &str| t.contains(['，', ',', '。', '；', ';', '：', ':']);
    let family =
        |q: &crate::extract::quantity::Quantity| q.unit.as_ref().and_then(|u| u.family.clone());
    for &(end, first, last) in ranges {
        let years = usize::from(last.saturating_sub(first)) + 1;
        let Some(after) = text.get(end..) else {
            continue;
        };
        let Some(cue) = after.find("分别") else {
            continue;
        };
        // Up to the cue: the subject (`，园区排放量`), no other figure, year or statement.
        let lead = after.get(..cue).unwrap_or("");
        if lead.contains(['。', '；', ';', '：', ':']) || lead.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let list_start = end + cue;
        let start = quantities.partition_point(|q| q.span.start < list_start);
        let mut list: Vec<usize> = Vec::new();
        let mut wanted = None;
        let mut read_to = list_start;
        for (j, p) in quantities
            .iter()
            .enumerate()
            .skip(start)
            .take(4 * years + 4)
        {
            if text.get(read_to..p.span.start).is_some_and(breaks) {
                break;
            }
            read_to = read_to.max(p.span.start);
            if p.percent.is_some() {
                continue;
            }
            let f = family(p);
            if wanted.is_none() {
                wanted = Some(f.clone());
            }
            if Some(&f) == wanted.as_ref() {
                list.push(j);
            }
        }
        if list.len() != years {
            continue;
        }
        for (at, j) in list.into_iter().enumerate() {
            let year = u16::try_from(at).ok().and_then(|a| first.checked_add(a));
            if let Some(slot) = out.get_mut(j) {
                *slot = year;
            }
        }
    }
    out
}

fn year_before(s: &Sentence, mentions: &[(usize, u16)], at: usize) -> Option<u16> {
    if s.table.is_some() {
        mentions.first().map(|(_, y)| *y)
    } else {
        mentions
            .iter()
            .rfind(|(start, _)| *start < at)
            .map(|(_, y)| *y)
    }
}

/// Whether a figure's clause opens with the emissions themselves, with no subject of its
/// own before them but a year (`2020年排放量为`, `排放量约`).
fn subjectless(clause: &str) -> bool {
    let c = clause.trim_start();
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    let c = match c.get(digits..) {
        Some(rest) if digits == 4 => rest
            .strip_prefix('年')
            .map(|r| r.trim_start_matches(['底', '末', '度']))
            .map_or(rest, |r| r.trim_start_matches(['，', ',']).trim_start()),
        _ => c,
    };
    ["排放量", "年排放量", "排放"]
        .iter()
        .any(|w| c.starts_with(w))
}

/// The figure's clause at `at` with the clause before it across one comma.
fn with_clause_before(text: &str, at: usize) -> &str {
    let start = crate::extract::prose::clause_start(text, at);
    let from = match text.get(..start).and_then(|h| h.chars().next_back()) {
        Some(mark @ ('，' | ',')) => {
            crate::extract::prose::clause_start(text, start - mark.len_utf8())
        }
        _ => start,
    };
    text.get(from..at).unwrap_or("")
}
