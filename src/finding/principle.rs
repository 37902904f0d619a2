//! Findings of the principle rules: an evidence item of a principle not met.

use schemars::JsonSchema;
use serde::Serialize;

/// `principle/*`: one evidence item of a principle that the plan does not show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MissingEvidence {
    /// `coordination`, `accuracy`, `feasibility`, `foresight` or `scientific`.
    pub principle: String,
    /// The principle's name in the rules pack (`可行性`).
    pub principle_name: String,
    /// The evidence item's name in the rules pack.
    pub evidence: String,
    /// Where it was looked for.
    pub searched: Searched,
    /// Text signals: how many were needed and found (only when more than one is needed).
    pub matches: Option<Count>,
    /// Distinct years: how many were needed and which were found (only for an evidence
    /// item that counts years, looked for in its sections).
    pub years: Option<YearCount>,
    /// What the evidence is, from the rules pack (the help text).
    pub description: String,
}

/// Where an evidence item was looked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "in", rename_all = "snake_case")]
pub enum Searched {
    /// The whole plan.
    Plan,
    /// The sections of its outline items; `title` is the first one's heading title.
    Section { title: String },
    /// None of its outline items has a heading (their titles are listed): the whole plan
    /// instead.
    PlanInstead { chapters: Vec<String> },
}

/// Text signals needed and found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Count {
    pub needed: u32,
    pub found: usize,
}

/// Distinct years needed and the ones found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct YearCount {
    pub needed: u32,
    pub found: Vec<u16>,
}
