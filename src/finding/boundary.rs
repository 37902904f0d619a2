//! Findings of the accounting-boundary rules.

use schemars::JsonSchema;
use serde::Serialize;

/// A part of the boundary statement (`boundary/undeclared`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BoundaryPart {
    /// The spatial or organisational extent.
    Extent,
    /// The emission sources.
    EmissionSources,
    /// Whether net purchased electricity and heat (indirect emissions) are counted.
    PurchasedEnergy,
}

/// `boundary/undeclared`: a boundary statement that leaves parts out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct IncompleteBoundary {
    pub missing: Vec<BoundaryPart>,
}

/// `boundary/accounting-standard`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct NoAccountingStandard {
    /// Standards of the rules pack suggested in the help (the first three).
    pub examples: Vec<String>,
}

/// An area as written, with its value in km².
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct AreaFigure {
    /// As written (`28.4平方公里`).
    pub written: String,
    pub km2: f64,
    /// Written in km² already (the message shows no conversion).
    pub written_in_km2: bool,
}

/// `boundary/area`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct AreaMismatch {
    pub here: AreaFigure,
    /// The first total area stated (the related location).
    pub earlier: AreaFigure,
}

/// `boundary/base-year`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct BaseYearMismatch {
    /// The base year used here.
    pub year: u16,
    /// The base year declared first (the related location).
    pub declared_year: u16,
}

/// `boundary/non-co2`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct NonCo2 {
    /// The gas or CO2-equivalent term as written (`二氧化碳当量`).
    pub gas: String,
    pub quote: String,
}

/// `boundary/scope-mismatch`: `direct_only_scope` (direct emissions only, while the
/// boundary includes purchased power and heat) or `indirect_scope` (indirect emissions
/// counted, while the boundary excludes them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ScopeQuote {
    pub quote: String,
}

/// `boundary/scope-mismatch`: a figure of the plan's own with something deducted that
/// the boundary declares is not deducted (`扣除绿电交易电量对应排放` after `本方案对绿电交易
/// 电量不作扣减`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DeductedScope {
    /// What is deducted: `green_power`, `ccus` or `credit` (the pack's `offset_name`).
    pub offset: String,
    pub quote: String,
}

/// `boundary/unit`: one figure that differs once converted.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct UnitMismatch {
    pub year: u16,
    /// As written here (`1,248,000吨`).
    pub here: String,
    /// Its value in `unit`.
    pub here_value: f64,
    /// As written earlier (the related location).
    pub earlier: String,
    pub earlier_value: f64,
    /// The canonical unit both values are in (`tCO2`).
    pub unit: String,
}
