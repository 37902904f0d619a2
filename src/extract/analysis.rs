//! One document's facts, computed on first use and cached: the layer every check, `peaklint
//! facts`, the scorecard and the language server read. It knows the document and the rules
//! pack (the vocabulary), never the checks.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use crate::document::Document;
use crate::extract::boundary::{boundary, BoundaryFacts};
use crate::extract::memo::{self, PackKey, TextMemo};
use crate::extract::outline::{match_outline, OutlineMatch};
use crate::extract::pathway::{reductions, Figure, Reductions};
use crate::extract::quantity::{Quantity, QuantityExtractor};
use crate::extract::targets::{self, MentionMemo, Role, Target};
use crate::extract::totals::{stated_totals, StatedTotal};
use crate::pack::RulesPack;

/// An outline item's text ranges (`None`: no heading matched the item).
type ItemRanges = Option<Vec<Range<usize>>>;

/// The facts of one document.
pub struct Analysis<'d> {
    pub doc: &'d Document,
    pub rules: &'d RulesPack,
    /// The document's headings matched against the pack's outline.
    pub outline: OutlineMatch<'d>,
    boundary: OnceCell<BoundaryFacts<'d>>,
    extractor: OnceCell<QuantityExtractor<'d>>,
    /// Per sentence of `boundary().all`, filled on demand.
    quantities: OnceCell<Box<[QuantitySlot]>>,
    targets: OnceCell<Targets<'d>>,
    totals: OnceCell<Vec<StatedTotal>>,
    other_targets: OnceCell<Vec<super::other_indicators::OtherTarget>>,
    /// The quantified reductions of the pathway ([`Analysis::pathway_reductions`]).
    reductions: OnceCell<Reductions<'d>>,
    /// The business-as-usual figures and the peak scenario's path ([`Analysis::bau`],
    /// [`Analysis::low_carbon`]).
    bau: OnceCell<Vec<Figure<'d>>>,
    low_carbon: OnceCell<Vec<Figure<'d>>>,
    /// The policy scenario the plan adopts ([`Analysis::adopted_scenario`]).
    adopted: OnceCell<Option<String>>,
    /// The park's own name ([`Analysis::park_name`]).
    park_name: OnceCell<Option<String>>,
    /// The gaps the plan states ([`Analysis::stated_gaps`]).
    stated_gaps: OnceCell<Vec<Figure<'d>>>,
    /// The park's whole-area figures ([`crate::extract::area::park_areas`]).
    park_areas: OnceCell<Vec<(usize, usize, Option<usize>)>>,
    /// The pack metrics each text names, searched once per text
    /// ([`MentionMemo::metric_mentions`]).
    pub mentions: MentionMemo<'d>,
    /// The text ranges of outline items asked for so far
    /// ([`crate::extract::sentences::item_ranges`]), by item id.
    item_ranges: RefCell<Vec<(String, ItemRanges)>>,
}

/// One sentence's quantities, read on first use (a shared slice: kept for every sentence
/// of the document and in the text memo, a Vec's capacity would be 8 bytes more a
/// sentence).
type QuantitySlot = OnceCell<Rc<[Quantity]>>;

thread_local! {
    /// The quantities of a sentence by its text ([`QuantityExtractor::quantities`], a
    /// function of the text and the pack): the language server keeps them between
    /// versions of a document ([`crate::extract::memo`]).
    static SENTENCE_QUANTITIES: RefCell<TextMemo<Rc<[Quantity]>>> = RefCell::default();
    /// The quantities of a table cell by its text and its headers
    /// ([`QuantityExtractor::cell_quantities`]), keyed by [`cell_key`].
    static CELL_QUANTITIES: RefCell<TextMemo<Rc<[Quantity]>>> = RefCell::default();
}

/// [`QuantityExtractor::cell_quantities`], remembered by the cell's text and its headers.
fn cell_quantities(
    key: PackKey,
    x: &QuantityExtractor,
    cell: &str,
    row: &str,
    column: &str,
) -> Rc<[Quantity]> {
    if !memo::kept() {
        return x.cell_quantities(cell, row, column).into();
    }
    TextMemo::get_or(&CELL_QUANTITIES, key, &cell_key(cell, row, column), |_| {
        x.cell_quantities(cell, row, column).into()
    })
}

/// One text for a cell and its headers, none of which can be taken for another: the
/// lengths of the first two lead.
fn cell_key(cell: &str, row: &str, column: &str) -> String {
    format!("{}:{}:{cell}{row}{column}", cell.len(), row.len())
}

/// Every target statement of a document (text and tables) with the plan's declared base year.
#[derive(Debug, Clone)]
pub struct Targets<'d> {
    /// Every target statement, with its [`Role`].
    pub all: Vec<Target<'d>>,
    /// The plan-wide declared base year.
    pub declared_base: Option<u16>,
}

impl<'d> Targets<'d> {
    /// The plan's own targets.
    pub fn own(&self) -> impl Iterator<Item = &Target<'d>> {
        self.all.iter().filter(|t| t.role == Role::Plan)
    }
}

impl<'d> Analysis<'d> {
    /// The analysis of one document: the outline is matched here, other facts on demand.
    pub fn new(doc: &'d Document, rules: &'d RulesPack) -> Analysis<'d> {
        Analysis {
            doc,
            rules,
            outline: match_outline(doc, &rules.outline),
            boundary: OnceCell::new(),
            extractor: OnceCell::new(),
            quantities: OnceCell::new(),
            targets: OnceCell::new(),
            totals: OnceCell::new(),
            other_targets: OnceCell::new(),
            reductions: OnceCell::new(),
            bau: OnceCell::new(),
            low_carbon: OnceCell::new(),
            adopted: OnceCell::new(),
            park_name: OnceCell::new(),
            stated_gaps: OnceCell::new(),
            park_areas: OnceCell::new(),
            mentions: MentionMemo::new(rules),
            item_ranges: RefCell::default(),
        }
    }

    /// `compute(id)`, computed once per item id (several checks ask for the same item).
    pub(crate) fn item_ranges_memo(
        &self,
        id: &str,
        compute: impl FnOnce() -> ItemRanges,
    ) -> ItemRanges {
        if let Some((_, r)) = self.item_ranges.borrow().iter().find(|(k, _)| k == id) {
            return r.clone();
        }
        let r = compute();
        self.item_ranges
            .borrow_mut()
            .push((id.to_string(), r.clone()));
        r
    }

    /// The quantified reductions of the plan's measures, read in the pathway chapter (the
    /// whole plan when there is none; [`crate::extract::pathway::reductions`]). Read once:
    /// the reduction gap, the `facts` measures and principle evidence share them.
    pub fn pathway_reductions(&self) -> &Reductions<'d> {
        self.reductions.get_or_init(|| {
            let pathway = crate::extract::sentences::item_ranges(self, "pathway");
            reductions(
                self.quantity_extractor(),
                &self.boundary().all,
                pathway.as_deref(),
                self.doc,
            )
        })
    }

    /// The business-as-usual emissions of the sentences and tables
    /// ([`crate::extract::pathway::bau`]), read once for every rule and `facts`.
    pub fn bau(&self) -> &[Figure<'d>] {
        self.bau.get_or_init(|| {
            crate::extract::pathway::bau(self.quantity_extractor(), &self.boundary().all, self.doc)
        })
    }

    /// The policy scenario the plan adopts, by name ([`crate::extract::pathway::adopted`]):
    /// of several policy rows in a scenario table, the plan's own path.
    pub fn adopted_scenario(&self) -> Option<&str> {
        self.adopted
            .get_or_init(|| {
                crate::extract::pathway::adopted(&self.rules.lexicon, &self.boundary().all)
            })
            .as_deref()
    }

    /// The park's own name, from the title or the opening sentences
    /// ([`crate::extract::park::of_document`]).
    pub fn park_name(&self) -> Option<&str> {
        self.park_name
            .get_or_init(|| crate::extract::park::of_document(self.doc, &self.boundary().all))
            .as_deref()
    }

    /// The gaps between BAU and goal the plan states in words, dated
    /// ([`crate::extract::pathway::stated_gaps`]): they pick the goal of a year's gap.
    pub fn stated_gaps(&self) -> &[Figure<'d>] {
        self.stated_gaps.get_or_init(|| {
            crate::extract::pathway::stated_gaps(self.quantity_extractor(), &self.boundary().all)
        })
    }

    /// The peak (low-carbon) scenario's path ([`crate::extract::pathway::low_carbon`]), read
    /// once for every rule and `facts`.
    pub fn low_carbon(&self) -> &[Figure<'d>] {
        self.low_carbon.get_or_init(|| {
            crate::extract::pathway::low_carbon(
                self.quantity_extractor(),
                &self.boundary().all,
                self.doc,
            )
        })
    }

    /// The boundary facts, which also carry every sentence of the document (`all`).
    pub fn boundary(&self) -> &BoundaryFacts<'d> {
        self.boundary.get_or_init(|| boundary(self))
    }

    /// The quantity parser for the pack.
    pub fn quantity_extractor(&self) -> &QuantityExtractor<'d> {
        self.extractor
            .get_or_init(|| QuantityExtractor::new(self.rules))
    }

    /// The quantities of sentence `i` of [`Analysis::boundary`]`.all`; a table cell's are
    /// read with its row and column headers (bare numbers take their unit from them).
    /// Empty for an index out of range.
    pub fn quantities(&self, i: usize) -> &[Quantity] {
        let all = &self.boundary().all;
        let slots = self
            .quantities
            .get_or_init(|| all.iter().map(|_| OnceCell::new()).collect());
        let (Some(slot), Some(s)) = (slots.get(i), all.get(i)) else {
            return &[];
        };
        slot.get_or_init(|| {
            let x = self.quantity_extractor();
            let key = self.rules.memo_key();
            match &s.table {
                Some(t) if !t.unit.is_empty() => {
                    // A unit column: the row's unit, read as the row header's bracket.
                    let row = format!("{}（{}）", t.row_header, t.unit);
                    cell_quantities(key, x, s.as_str(), &row, t.column_header)
                }
                Some(t) => cell_quantities(key, x, s.as_str(), t.row_header, t.column_header),
                // The slot keeps them for this document; a text memo pays only when
                // they are kept between documents.
                None if !memo::kept() => x.quantities(s.as_str()).into(),
                None => TextMemo::get_or(&SENTENCE_QUANTITIES, key, s.as_str(), |text| {
                    x.quantities(text).into()
                }),
            }
        })
    }

    /// Every target statement (text and tables) and the declared base year.
    pub fn targets(&self) -> &Targets<'d> {
        self.targets.get_or_init(|| targets::read(self))
    }

    /// Every emission or energy total the plan states for a year
    /// ([`crate::extract::totals`]).
    pub fn totals(&self) -> &[StatedTotal] {
        self.totals.get_or_init(|| stated_totals(self))
    }

    /// Targets of ratios the pack's metrics do not name
    /// ([`crate::extract::other_indicators`]).
    pub fn other_targets(&self) -> &[super::other_indicators::OtherTarget] {
        self.other_targets
            .get_or_init(|| super::other_indicators::read(self))
    }

    /// The park's whole-area figures as (sentence, index into its quantities); read
    /// through [`crate::extract::area::park_areas`].
    pub(crate) fn park_areas(&self) -> &[(usize, usize, Option<usize>)] {
        self.park_areas
            .get_or_init(|| crate::extract::area::read_park_areas(self))
    }
}

#[cfg(test)]
mod tests {
    /// A long plan keeps one of each per sentence (or per block, per target) for all its
    /// checks: issue 20's memory budget (10 × the input + 64 MB) holds only while they
    /// stay this small. Sizes on 64-bit targets.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn kept_structures_stay_small() {
        use std::mem::size_of;
        // (type, size, the most it may take)
        let sizes = [
            (
                "Sentence",
                size_of::<crate::extract::sentences::Sentence>(),
                64,
            ),
            ("Target", size_of::<crate::extract::targets::Target>(), 160),
            (
                "Quantity",
                size_of::<crate::extract::quantity::Quantity>(),
                136,
            ),
            ("Block", size_of::<crate::document::Block>(), 72),
        ];
        for (name, size, most) in sizes {
            assert!(size <= most, "{name} is {size} bytes (at most {most})");
        }
    }
}
