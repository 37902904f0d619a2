//! Typed findings: what a rule found, as data — the numbers, years, units, quotes and
//! titles its message shows — with no prose and no language. The checks build these;
//! `report::messages` turns one into its Chinese or English message, help and related
//! messages at render time, and the JSON output carries it as a diagnostic's `data`
//! (`{"kind": "late_peak", "year": 2032, "deadline": 2030, …}`).
//!
//! The `kind` names and field names are a public contract (`docs/json-output.md`): add
//! kinds and fields, never rename them. Years are integers, values are numbers in the
//! unit their field name says (`_tonnes`, `_percent`), quotes are short excerpts of the
//! plan's text.

pub mod boundary;
pub mod consistency;
pub mod input;
pub mod principle;
pub mod structure;
pub mod target;

use schemars::JsonSchema;
use serde::Serialize;

pub use boundary::*;
pub use consistency::*;
pub use input::*;
pub use principle::*;
pub use structure::*;
pub use target::*;

/// One finding, tagged by its `kind`. One kind per message a rule can give: a rule with
/// several distinct messages (`structure/numbering`: mixed styles, a repeated number, a
/// skipped one) has one kind for each.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    // structure/*
    MissingChapter(MissingChapter),
    MissingSection(MissingSection),
    ChapterOrder(ChapterOrder),
    DuplicateSection(DuplicateSection),
    EmptySection,
    ShortSection(ShortSection),
    MixedNumbering(MixedNumbering),
    RepeatedNumber(RepeatedNumber),
    SkippedNumber(SkippedNumber),
    // principle/*
    MissingEvidence(MissingEvidence),
    // boundary/*
    NoBoundary,
    IncompleteBoundary(IncompleteBoundary),
    NoAccountingStandard(NoAccountingStandard),
    AreaMismatch(AreaMismatch),
    BaseYearMismatch(BaseYearMismatch),
    NonCo2(NonCo2),
    DirectOnlyScope(ScopeQuote),
    IndirectScope(ScopeQuote),
    DeductedScope(DeductedScope),
    UnitMismatch(UnitMismatch),
    // target/*
    LatePeak(LatePeak),
    NoBaseYear(NoBaseYear),
    NoBaseline(NoBaseline),
    NoMeasure(NoMeasure),
    UnjustifiedPeak(UnjustifiedPeak),
    TargetConflict(TargetConflict),
    IntensityTotalMismatch(IntensityTotalMismatch),
    RateMismatch(RateMismatch),
    #[serde(rename = "share_over_100")]
    ShareOver100(ImplausibleValue),
    #[serde(rename = "reduction_of_100")]
    ReductionOf100(ImplausibleValue),
    TargetYearBeforeBase(TargetYearBeforeBase),
    FloorAboveStretch(FloorAboveStretch),
    MilestonesOutOfOrder(MilestonesOutOfOrder),
    WrongUnit(WrongUnit),
    ReductionGap(ReductionGap),
    // consistency/*
    TableSum(TableSum),
    PartsSum(PartsSum),
    ShareSum(ShareSum),
    ShareOfAmount(ShareOfAmount),
    // input/*
    Encoding(Encoding),
    Converted(Converted),
    NoStructure,
    UnusedWaiver(UnusedWaiver),
    // any rule
    NotListed(NotListed),
}

impl Finding {
    /// The `kind` the JSON output tags this finding with.
    pub fn kind(&self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_string))
            .unwrap_or_default()
    }
}
