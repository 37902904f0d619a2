//! Quantities in plan text and table cells: the numbers every numeric check compares.
//!
//! # API
//! ```
//! use peaklint::extract::quantity::{quantities, cell_quantities, QuantityExtractor};
//! let pack = peaklint::pack::default_pack();
//!
//! let q = quantities("2020年园区二氧化碳排放总量为128.4万吨", pack);
//! assert_eq!(q[0].value, 128.4);                       // as printed
//! assert_eq!(q[0].decimals, 1);                        // printed precision
//! assert_eq!(q[0].canonical(), Some(1_284_000.0));     // in the family's canonical unit
//! let unit = q[0].unit.as_ref().unwrap();
//! assert_eq!((unit.family.as_deref(), unit.canonical.as_deref()), (Some("co2_mass"), Some("tCO2")));
//!
//! // A table cell takes the unit of bare numbers from its headers.
//! let c = cell_quantities("486.0", "二氧化碳排放总量", "基准值（万吨）", pack);
//! assert_eq!(c[0].canonical(), Some(4_860_000.0));
//!
//! // Over many paragraphs, build the unit matcher once.
//! let x = QuantityExtractor::new(pack);
//! assert_eq!(x.quantities("非化石能源消费比重提高3个百分点")[0].value, 3.0);
//! ```
//! - [`quantities`]`(text, pack) -> Vec<Quantity>` and [`cell_quantities`]`(cell, row_header,
//!   column_header, pack) -> Vec<Quantity>`; the same as methods of [`QuantityExtractor`].
//! - [`Quantity::magnitude`], [`Quantity::canonical_step`] and [`Quantity::agrees_with`]
//!   compare two statements of one quantity within their printed precision.
//! - Years and periods are in [`crate::extract::years`]; a year is never a quantity.
//!
//! Spans are byte ranges in the text given (map them back with the Document's origin).
//!
//! # What is read
//! - Digits: ASCII and full-width (１２８．４), thousands separators (1,248,000 and
//!   1，248，000), decimals, a sign (-5%, −5%, +3%), ×10⁴.
//! - Chinese numerals (十二, 一百二十, 三点五, 两) when a unit, 个百分点 or 成 follows, and
//!   百分之二十 (= 20%); 三成 is 30%.
//! - Multipliers apart from the unit: 万, 亿, 千万, 百万, 万亿, and 千 before a unit
//!   (120万平方米 → `value` 120, `multiplier` 10⁴); 万吨, 亿元, 万千瓦 are units of the pack.
//! - Percentages: % and ％ ([`PercentKind::Percent`]), 个百分点 ([`PercentKind::Points`]).
//! - Ranges: 15%—18%, 15~18%, 15%至18%, 10—15万千瓦 (`value` 15, `upper` 18).
//! - Qualifiers ([`Bound`]: 以上, 以内, 左右, 不低于, 不超过, 约, 近, 超过, ≤, ≥, <=, 300多万吨) and,
//!   separately, hedges ([`HedgeKind`]: 力争, 确保) earlier in the same clause.
//! - Units of the rules pack's `units` families, matched on NFKC text, longest spelling
//!   first (万吨二氧化碳 / 万tCO2 / 万吨CO₂ → `co2_mass`; 万吨二氧化碳当量 → `co2e_mass`). A
//!   unit followed by `/` and something the pack does not know (元/吨) is dropped; `/年`
//!   is allowed (10万吨/年).
//! - Bare units (吨, 万吨, 吨/万元, 度) take their family from the context: see
//!   [`units`](self#the-context-rule-for-bare-units) below.
//!
//! # What is not a quantity
//! Years and dates (2020年, 2023年6月, 2021—2025年, 2023-06-30), durations (5年, 3个月),
//! numbers inside a cited title 《…》 or a document number 〔2021〕23号, clause and table
//! references (第3章, 表3-1, 附件2), list markers (1. at the start of a line, （1）, ①),
//! standard numbers (GB/T 32150-2015, ISO 14064-1), numbers glued to letters (CO2, PM2.5,
//! 5G), section numbers (3.2.1), telephone numbers and other identifiers (0571-88888888,
//! 13800138000, eight digits or more with no unit), and Chinese numerals with no unit
//! (一是, 统一).
//!
//! # The context rule for bare units
//! A unit marked `bare: true` in the pack (吨, 万吨, 亿吨, t, 吨/万元, 度, 万度) does not say
//! what it measures; cue words around it do:
//!
//! 0. a breakdown in parentheses right after a quantity of known family takes that
//!    family: 减排二氧化碳约42.5万吨（分布式光伏14.6万吨、绿色电力交易10.4万吨、节能改造8.7万吨）
//!    are all tCO2, whatever the item names say;
//! 1. the nearest cue in the same clause (between the previous and the next `，；：。`),
//!    before the number or after the unit (up to the next `、` or number); at equal distance the longer cue wins, so
//!    温室气体排放 beats 排放 and 二氧化碳当量 beats 二氧化碳;
//! 2. otherwise the nearest cue earlier in the same sentence (up to 160 characters back),
//!    so “二氧化碳排放2025年为543.7万吨，2030年为548.3万吨” resolves both;
//! 3. otherwise, in a table cell, a cue in the row header, then in the column header.
//!
//! The cue's subject picks the family: 二氧化碳/CO2/碳排放/排放/减排/达峰/峰值 → `co2_mass`
//! (`co2_intensity` for 吨/万元); 二氧化碳当量/CO2e/温室气体 → `co2e_mass`; 标准煤/标煤/能耗/
//! 能源消费/用能/节能 → `energy` (`energy_intensity`); 电量/用电/发电/电力 → `electricity` (度,
//! 万度). In that family the unit with the same factor and denominator is taken (万吨 →
//! 万tce, 吨/万元 → tce/万元). A cue naming another material (固废, 产能, 水泥, 蒸汽, 原煤 …),
//! a subject that does not fit the unit (度 beside 排放) or no cue at all leaves the family
//! unknown: `UnitRef::family` is `None`, `cue` says what was seen, and the printed
//! magnitude is still in [`Quantity::magnitude`]. The family ids are those of the default
//! pack; a pack that renames them leaves its bare units unresolved.

mod cell;
mod number;
pub(crate) mod qualifier;
mod scan;
mod skip;
pub(crate) mod text;
mod units;

#[cfg(test)]
mod tests;

use crate::extract::memo::FastMap;
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use crate::pack::RulesPack;

pub use qualifier::{Bound, Hedge, HedgeKind, Qualifier};

use scan::{RawQuantity, Scanner};
use text::Source;
use units::{subject_in_text, Subject, UnitMatcher};

/// A list of bare numbers whose last carries the unit (`分别减排4.5、24.0和38.0万吨`,
/// `下降14、18%`): each number takes the unit. Only numbers joined by 、/和/及/与/， with
/// nothing else between them; not four-digit whole numbers that may be years.
fn share_trailing_unit(text: &str, out: &mut [Quantity]) {
    let bare = |q: &Quantity| {
        q.unit.is_none()
            && q.percent.is_none()
            && q.upper.is_none()
            && q.multiplier == 1.0
            && !(q.decimals == 0 && (1900.0..=2100.0).contains(&q.value))
    };
    let mut k = out.len();
    while k > 0 {
        k -= 1;
        let Some(last) = out.get(k) else { break };
        if last.unit.is_none() && last.percent.is_none() {
            continue;
        }
        let (unit, percent, multiplier) = (last.unit.clone(), last.percent, last.multiplier);
        let mut j = k;
        while j > 0 {
            let (Some(prev), Some(next)) = (out.get(j - 1), out.get(j)) else {
                break;
            };
            let joined = text
                .get(prev.span.end..next.span.start)
                .is_some_and(|g| matches!(g.trim(), "、" | "和" | "及" | "与" | "，" | ","));
            if !joined || !bare(prev) {
                break;
            }
            j -= 1;
        }
        for q in out.get_mut(j..k).unwrap_or_default() {
            q.unit = unit.clone();
            q.percent = percent;
            q.multiplier = multiplier;
        }
        k = j;
    }
}

/// A number with its unit, as printed in the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The number as printed, sign included, before multipliers (128.4 in 128.4万吨); the
    /// lower end of a range.
    pub value: f64,
    /// The upper end of a range (18 in 15%—18%).
    pub upper: Option<f64>,
    /// Digits printed after the decimal point (128.4 → 1; the larger of a range's two).
    pub decimals: u8,
    /// A multiplier written apart from the unit: 10⁴ for 120万平方米, 10 for 三成, 10⁴ for
    /// 1.2×10⁴; 1 otherwise.
    pub multiplier: f64,
    /// The unit, when one is written or supplied by a table header.
    pub unit: Option<UnitRef>,
    /// A percentage or percentage points.
    pub percent: Option<PercentKind>,
    /// 以上, 约, ≤ …
    pub qualifier: Option<Qualifier>,
    /// 力争 / 确保 before the number in the same clause.
    pub hedge: Option<Hedge>,
    /// Byte range of the number(s) and the unit (sign included, qualifiers excluded).
    pub span: Range<usize>,
}

/// Percent or percentage points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PercentKind {
    /// %, ％, 百分之, 成.
    Percent,
    /// 个百分点.
    Points,
}

/// Where a quantity's unit was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitOrigin {
    /// Written after the number.
    Text,
    /// The row header of a table cell.
    RowHeader,
    /// The column header of a table cell.
    ColumnHeader,
}

/// A quantity's unit: what it is (shared by every quantity whose unit reads alike) and
/// where it is written. The fields of [`UnitReading`] are read through it (`unit.family`).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRef {
    /// Interned by the [`QuantityExtractor`]: a plan's thousands of `万吨` and `%` share one
    /// reading instead of each holding five strings (issue 20, memory).
    reading: Arc<UnitReading>,
    /// Byte range of the unit in the text; `None` when a header supplied it.
    pub span: Option<Range<usize>>,
}

impl std::ops::Deref for UnitRef {
    type Target = UnitReading;

    fn deref(&self) -> &UnitReading {
        &self.reading
    }
}

/// A unit of the rules pack as one quantity reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitReading {
    /// The unit family id (`co2_mass`); `None` for a bare unit whose subject the context
    /// does not give.
    pub family: Option<String>,
    /// The pack's symbol of the unit (`万tCO2` for 万吨二氧化碳; for a resolved bare 万吨 the
    /// symbol in the family it joined, e.g. `万tce`).
    pub symbol: String,
    /// The unit as written (`万吨CO₂`); shared with the targets that quote it.
    pub written: Arc<str>,
    /// The family's canonical unit (`tCO2`).
    pub canonical: Option<String>,
    /// Value of one of this unit in the canonical unit (万吨 → 10000); for an unresolved
    /// bare unit, in the pack family it is listed under.
    pub factor: f64,
    /// Spelt without a subject (吨, 万吨, 吨/万元, 度).
    pub bare: bool,
    /// The cue word that decided a bare unit's family (二氧化碳, 标准煤, 固废).
    pub cue: Option<String>,
    pub origin: UnitOrigin,
}

impl Quantity {
    /// `value × multiplier × unit factor` in the family's canonical unit; `None` when the
    /// unit or its family is unknown. For percentages, the percentage. (Computed, not
    /// kept: a document's quantities are kept for all its checks.)
    pub fn canonical(&self) -> Option<f64> {
        self.canonical_scale().map(|scale| self.value * scale)
    }

    /// The same for `upper`.
    pub fn canonical_upper(&self) -> Option<f64> {
        let scale = self.canonical_scale()?;
        self.upper.map(|v| v * scale)
    }

    /// `multiplier × unit factor` when the unit's family is known.
    fn canonical_scale(&self) -> Option<f64> {
        let unit = self.unit.as_ref().filter(|u| u.family.is_some())?;
        Some(self.multiplier * unit.factor)
    }

    /// The value in the unit the text states it in: a percentage written in tenths is in
    /// percent (三成 → 30); other multipliers stay apart from the value (120 in 120万平方米).
    pub fn stated_value(&self) -> f64 {
        self.value * self.percent_multiplier()
    }

    /// [`Quantity::stated_value`] of the upper end of a range.
    pub fn stated_upper(&self) -> Option<f64> {
        self.upper.map(|u| u * self.percent_multiplier())
    }

    fn percent_multiplier(&self) -> f64 {
        if self.percent.is_some() {
            self.multiplier
        } else {
            1.0
        }
    }

    /// `value × multiplier × unit factor`: the printed amount in the canonical unit, also
    /// for a bare unit whose family is unknown (in tonnes for 吨/万吨).
    pub fn magnitude(&self) -> f64 {
        self.value * self.multiplier * self.unit.as_ref().map_or(1.0, |u| u.factor)
    }

    /// One step of the last printed digit, in the unit of [`Quantity::magnitude`]
    /// (128.4万吨 → 1000 t).
    pub fn canonical_step(&self) -> f64 {
        let step = 10f64.powi(-i32::from(self.decimals));
        step * self.multiplier * self.unit.as_ref().map_or(1.0, |u| u.factor)
    }

    /// Whether `other` states the same amount: same family (or both unknown bare masses,
    /// or both unitless), and the magnitudes differ by no more than half a printed step
    /// of the coarser one plus `relative_tolerance` of the larger. `None` when the two
    /// cannot be compared (different families, percent against points; an unresolved
    /// bare 万吨 only against another — compare [`Quantity::magnitude`] to go further).
    pub fn agrees_with(&self, other: &Quantity, relative_tolerance: f64) -> Option<bool> {
        fn family(q: &Quantity) -> Option<Option<&str>> {
            q.unit.as_ref().map(|u| u.family.as_deref())
        }
        if family(self) != family(other) || self.percent != other.percent {
            return None;
        }
        let (a, b) = (self.magnitude(), other.magnitude());
        let slack = self.canonical_step().max(other.canonical_step()) / 2.0
            + relative_tolerance * a.abs().max(b.abs());
        Some((a - b).abs() <= slack * (1.0 + 1e-9))
    }
}

/// Finds quantities with one rules pack; build it once for many paragraphs.
#[derive(Debug)]
pub struct QuantityExtractor<'p> {
    units: UnitMatcher<'p>,
    pack: &'p RulesPack,
    /// The unit readings made so far, by the pack unit read and the one it resolved to
    /// and where it was read; each list holds the distinct (written, cue) of that key.
    readings: RefCell<FastMap<ReadingKey, Vec<Arc<UnitReading>>>>,
    /// Table headers read so far, by their text: every cell of a row or a column reads
    /// the same header (normalised, its unit looked for) again.
    headers: RefCell<HeaderMemo>,
}

/// Headers read, by text, and the text bytes they hold.
#[derive(Debug, Default)]
struct HeaderMemo {
    known: FastMap<Box<str>, std::rc::Rc<cell::Header>>,
    bytes: usize,
}

impl HeaderMemo {
    /// Longest header remembered.
    const MAX_TEXT: usize = 1024;
    /// Header bytes remembered before the memo forgets them all.
    const MAX_BYTES: usize = 1 << 20;
}

/// A unit reading's pack unit (family and unit indices), the unit a bare one resolved to,
/// and where it was read.
type ReadingKey = ((usize, usize), Option<(usize, usize)>, UnitOrigin);

impl<'p> QuantityExtractor<'p> {
    pub fn new(pack: &'p RulesPack) -> Self {
        QuantityExtractor {
            units: UnitMatcher::new(pack),
            pack,
            readings: RefCell::default(),
            headers: RefCell::default(),
        }
    }

    /// A table header read ([`cell::Header::new`]), remembered by its text.
    fn header(&self, text: &str) -> std::rc::Rc<cell::Header> {
        if let Some(h) = self.headers.borrow().known.get(text) {
            return std::rc::Rc::clone(h);
        }
        let h = std::rc::Rc::new(cell::Header::new(&self.units, text));
        if text.len() <= HeaderMemo::MAX_TEXT {
            let mut memo = self.headers.borrow_mut();
            if memo.bytes + text.len() > HeaderMemo::MAX_BYTES {
                *memo = HeaderMemo::default();
            }
            memo.bytes += text.len();
            memo.known.insert(text.into(), std::rc::Rc::clone(&h));
        }
        h
    }

    /// The shared reading of pack unit `(f, u)` (resolved to `resolved` when bare), written
    /// `written`, decided by `cue`, read from `origin`: made and remembered on first use.
    fn reading(
        &self,
        (f, u): (usize, usize),
        resolved: Option<(usize, usize)>,
        origin: UnitOrigin,
        written: &str,
        cue: Option<&str>,
    ) -> Option<Arc<UnitReading>> {
        let key = ((f, u), resolved, origin);
        let mut readings = self.readings.borrow_mut();
        let list = readings.entry(key).or_default();
        if let Some(r) = list
            .iter()
            .find(|r| &*r.written == written && r.cue.as_deref() == cue)
        {
            return Some(Arc::clone(r));
        }
        let unit = self.units.unit(f, u)?;
        // A bare unit belongs to a family only once its subject resolved it.
        let (family, symbol, factor) = match resolved {
            Some((tf, tu)) => {
                let unit = self.units.unit(tf, tu)?;
                (Some(self.units.family(tf)?), &unit.symbol, unit.factor)
            }
            None if unit.bare => (None, &unit.symbol, unit.factor),
            None => (Some(self.units.family(f)?), &unit.symbol, unit.factor),
        };
        let r = Arc::new(UnitReading {
            family: family.map(|fam| fam.id.clone()),
            symbol: symbol.clone(),
            written: Arc::from(written),
            canonical: family.map(|fam| fam.canonical.clone()),
            factor,
            bare: unit.bare,
            cue: cue.map(str::to_owned),
            origin,
        });
        list.push(Arc::clone(&r));
        Some(r)
    }

    /// The pack the extractor reads units from (its lexicon decides readings).
    pub fn pack(&self) -> &'p RulesPack {
        self.pack
    }

    /// Every quantity in `text`, in order.
    pub fn quantities(&self, text: &str) -> Vec<Quantity> {
        let src = Source::new(text);
        if !scan::may_hold_numbers(src.text()) {
            return Vec::new();
        }
        let raws = Scanner::new(&src, &self.units).scan();
        let units = self.written_units(&raws);
        let mut out: Vec<Quantity> = Vec::with_capacity(raws.len());
        for raw in raws {
            let inherited = breakdown_parent(src.text(), &raw, &out, text, &src);
            out.push(self.build(&src, raw, &units, inherited, None, None));
        }
        share_trailing_unit(text, &mut out);
        out
    }

    /// The quantities of a table cell. A number without a unit takes the unit its column
    /// header (else its row header) names — `基准值（万吨）`, `单位：万吨二氧化碳`, `占比（%）`,
    /// a header that is a unit (`万吨`) — and a bare unit takes its subject from the cell,
    /// then the row header, then the column header. Cells of a column or row headed 序号,
    /// 年份, 建设期限 … hold no quantities.
    pub fn cell_quantities(
        &self,
        cell_text: &str,
        row_header: &str,
        column_header: &str,
    ) -> Vec<Quantity> {
        let headers = cell::Headers::new(self.header(row_header), self.header(column_header));
        if headers.no_quantities() {
            return Vec::new();
        }
        let src = Source::new(cell_text);
        if !scan::may_hold_numbers(src.text()) {
            return Vec::new();
        }
        let raws = Scanner::new(&src, &self.units).scan();
        let units = self.written_units(&raws);
        raws.into_iter()
            .map(|mut raw| {
                let from_header = if raw.unit.is_none() && raw.percent.is_none() {
                    headers.unit().map(|(f, u, percent, multiplier, origin)| {
                        raw.unit = Some((f, u, 0..0));
                        raw.percent = percent;
                        raw.multiplier *= multiplier;
                        (origin, headers.written(origin))
                    })
                } else {
                    None
                };
                self.build(&src, raw, &units, None, Some(&headers), from_header)
            })
            .collect()
    }

    /// The spans of units that name their subject (not bare), sorted.
    fn written_units(&self, raws: &[RawQuantity]) -> Vec<Range<usize>> {
        raws.iter()
            .filter_map(|r| r.unit.as_ref())
            .filter(|(f, u, _)| self.units.unit(*f, *u).is_some_and(|u| !u.bare))
            .map(|(_, _, span)| span.clone())
            .collect()
    }

    /// The quantity with its unit resolved and its spans in the original text;
    /// `from_header`: the unit was a table header's, read there and written so.
    fn build(
        &self,
        src: &Source,
        raw: RawQuantity,
        units: &[Range<usize>],
        inherited: Option<(Subject, Cow<'static, str>)>,
        headers: Option<&cell::Headers>,
        from_header: Option<(UnitOrigin, &str)>,
    ) -> Quantity {
        let s = src.text();
        let unit = raw.unit.as_ref().and_then(|(f, u, span)| {
            self.units.family(*f)?;
            let unit = self.units.unit(*f, *u)?;
            let mut cue: Option<Cow<'static, str>> = None;
            let mut resolved = None;
            if unit.bare {
                let found = inherited.or_else(|| {
                    subject_in_text(
                        s,
                        raw.span.start..span.start,
                        span.end.max(raw.span.end),
                        units,
                    )
                    .or_else(|| {
                        headers.and_then(|h| {
                            h.cue(|subject| {
                                subject != Subject::Other
                                    && self.units.resolve_bare(*f, *u, subject).is_some()
                            })
                        })
                    })
                    .map(|(subject, cue)| (subject, Cow::Borrowed(cue)))
                });
                cue = found.as_ref().map(|(_, cue)| cue.clone());
                resolved = found
                    .filter(|(subject, _)| *subject != Subject::Other)
                    .and_then(|(subject, _)| self.units.resolve_bare(*f, *u, subject));
            }
            let (origin, written, span) = match from_header {
                Some((origin, written)) => (origin, written, None),
                None => (
                    UnitOrigin::Text,
                    src.original_text(span.clone()),
                    Some(src.span(span.clone())),
                ),
            };
            let reading = self.reading((*f, *u), resolved, origin, written, cue.as_deref())?;
            Some(UnitRef { reading, span })
        });
        Quantity {
            value: raw.value,
            upper: raw.upper,
            decimals: raw.decimals,
            multiplier: raw.multiplier,
            unit,
            percent: raw.percent,
            qualifier: raw.qualifier.map(|(bound, span)| Qualifier {
                bound,
                span: src.span(span),
            }),
            hedge: raw.hedge.map(|(kind, span)| Hedge {
                kind,
                span: src.span(span),
            }),
            span: src.span(raw.span),
        }
    }
}

/// Every quantity in `text` (see the module docs).
pub fn quantities(text: &str, pack: &RulesPack) -> Vec<Quantity> {
    QuantityExtractor::new(pack).quantities(text)
}

/// The quantities of a table cell, with units from its headers (see
/// [`QuantityExtractor::cell_quantities`]).
pub fn cell_quantities(
    cell_text: &str,
    row_header: &str,
    column_header: &str,
    pack: &RulesPack,
) -> Vec<Quantity> {
    QuantityExtractor::new(pack).cell_quantities(cell_text, row_header, column_header)
}

/// The subject a breakdown in parentheses inherits from the total before it: in
/// “减排二氧化碳约42.5万吨（分布式光伏14.6万吨、绿色电力交易10.4万吨）” the items are CO2
/// whatever their names say. `Some` when `raw` lies inside a `(` that opens right after an
/// earlier quantity whose family is known.
fn breakdown_parent(
    s: &str,
    raw: &RawQuantity,
    earlier: &[Quantity],
    original: &str,
    src: &Source,
) -> Option<(Subject, Cow<'static, str>)> {
    let from = text::clause_start(s, raw.span.start, 80);
    let head = s.get(from..raw.span.start)?;
    let open = head.rfind('(')?;
    if head.get(open..)?.contains(')') {
        return None;
    }
    let open_at = src.span(from + open..from + open + 1).start;
    let parent = earlier.iter().rev().find(|q| q.span.end <= open_at)?;
    let gap = original.get(parent.span.end..open_at)?;
    if gap.chars().count() > 4 || gap.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let unit = parent.unit.as_ref()?;
    let subject = units::subject_of_family(unit.family.as_deref()?)?;
    Some((
        subject,
        Cow::Owned(unit.cue.clone().unwrap_or_else(|| unit.written.to_string())),
    ))
}
