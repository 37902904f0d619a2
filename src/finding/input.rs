//! Findings about the input file and the waivers.

use schemars::JsonSchema;
use serde::Serialize;

/// `input/encoding`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Encoding {
    /// The legacy encoding the file was decoded from (`GB18030`).
    pub encoding: String,
}

/// `input/converted`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Converted {
    /// The extension converted from (`doc`, `wps`).
    pub from: String,
}

/// Any rule, once per file: it fired more often than the findings listed per rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct NotListed {
    /// The rule.
    pub rule: String,
    /// How many findings of it are listed (the cap).
    pub listed: usize,
}

/// `input/unused-waiver`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct UnusedWaiver {
    /// Where the waiver's entry is (`peaklint-waivers.yaml:LINE:COLUMN`).
    pub source: String,
    /// The rule (or family) it waives.
    pub rule: String,
}
