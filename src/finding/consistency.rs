//! Findings of the numeric consistency rules.

use schemars::JsonSchema;
use serde::Serialize;

/// `consistency/table-sum`. Values are in the unit the total is written in.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct TableSum {
    /// The column's header.
    pub column: String,
    /// For a row checked against the table's total column: the row's label (`column` is
    /// then the total column's header).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<String>,
    pub total: f64,
    /// The parts added up.
    pub sum: f64,
    /// |sum − total|.
    pub difference: f64,
    /// The difference rounding allows.
    pub allowed: f64,
    /// How many parts were added up.
    pub parts: usize,
    /// Decimals the total is printed with.
    pub decimals: u8,
}

/// `consistency/table-sum` on a total stated in prose with its parts listed after it
/// (`排放总量192.0万吨，其中化石燃料燃烧96.2万吨，…`, or one per list item). Values are in
/// the unit the total is written in.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PartsSum {
    pub total: f64,
    /// The total's unit as written.
    pub unit: String,
    /// The parts added up.
    pub sum: f64,
    /// |sum − total|.
    pub difference: f64,
    /// The difference rounding allows.
    pub allowed: f64,
    /// How many parts were added up.
    pub parts: usize,
    /// Decimals the total is printed with.
    pub decimals: u8,
}

/// `consistency/share-sum`. Values in percent.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ShareSum {
    /// How many shares were added up.
    pub items: usize,
    pub sum: f64,
    /// sum − 100, in percentage points.
    pub difference: f64,
    /// The difference rounding allows.
    pub allowed: f64,
    /// Decimals the shares are printed with.
    pub decimals: u8,
    pub quote: String,
}

/// `consistency/share-sum`: a share that is not its amount's part of the total the other
/// amount–share pairs of its list (or table) imply (`外购电力109.4万吨、占29.5%` beside pairs
/// implying 412.6万吨: 26.5%).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ShareOfAmount {
    /// The amount as printed, in `unit`.
    pub amount: f64,
    pub unit: String,
    /// The share as printed, in percent.
    pub share: f64,
    /// The share the amount is of `total`, in percent.
    pub expected: f64,
    /// The total the other pairs imply (the listed amounts' sum or the table's total row
    /// when they allow it), in `unit`.
    pub total: f64,
    /// How many other pairs agree on that total.
    pub others: usize,
    /// Decimals the share is printed with.
    pub decimals: u8,
    /// Decimals the amount is printed with.
    pub amount_decimals: u8,
    pub quote: String,
}
