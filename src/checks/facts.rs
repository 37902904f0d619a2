//! Facts several checks share, computed once per document on first use.
//!
//! Profiling showed the same work repeated by rule after rule: the boundary facts (every
//! sentence of the document) were extracted by the boundary rules and again by the target
//! rules, and each rule ran the quantity parser over the same sentences. The context now
//! holds them; a rule asks and the first asker pays.

use std::cell::OnceCell;

use super::principle::Evaluation;
use super::Context;
use crate::extract::boundary::{boundary, BoundaryFacts};
use crate::extract::quantity::{Quantity, QuantityExtractor};

/// The cache behind [`Context`]'s fact accessors.
#[derive(Default)]
pub(crate) struct Facts<'a> {
    pub(crate) principles: OnceCell<Vec<Evaluation<'a>>>,
    boundary: OnceCell<BoundaryFacts<'a>>,
    extractor: OnceCell<QuantityExtractor<'a>>,
    /// Per sentence of `boundary.all`, filled on demand.
    quantities: OnceCell<Vec<OnceCell<Vec<Quantity>>>>,
}

impl<'a> Context<'a> {
    /// The boundary facts, which also carry every sentence of the document (`all`).
    pub fn boundary(&self) -> &BoundaryFacts<'a> {
        self.facts.boundary.get_or_init(|| boundary(self))
    }

    /// The quantity parser for the run's rules pack.
    pub fn quantity_extractor(&self) -> &QuantityExtractor<'a> {
        self.facts
            .extractor
            .get_or_init(|| QuantityExtractor::new(self.rules))
    }

    /// The quantities of sentence `i` of [`Context::boundary`]`.all`; a table cell's are
    /// read with its row and column headers (bare numbers take their unit from them).
    /// Empty for an index out of range.
    pub fn quantities(&self, i: usize) -> &[Quantity] {
        let all = &self.boundary().all;
        let slots = self
            .facts
            .quantities
            .get_or_init(|| all.iter().map(|_| OnceCell::new()).collect());
        let (Some(slot), Some(s)) = (slots.get(i), all.get(i)) else {
            return &[];
        };
        slot.get_or_init(|| {
            let x = self.quantity_extractor();
            match &s.table {
                Some(t) => x.cell_quantities(s.as_str(), t.row_header, t.column_header),
                None => x.quantities(s.as_str()),
            }
        })
    }
}
