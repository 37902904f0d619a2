//! Findings of the target rules. `metric` is the indicator's id in the rules pack
//! (`co2_intensity_value_added`; `null` when the target names none the pack knows),
//! `metric_name` its name there (`单位工业增加值二氧化碳排放`); `quote` is a short excerpt
//! of the sentence around the value.

use schemars::JsonSchema;
use serde::Serialize;

/// `target/late-peak`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LatePeak {
    /// The peak year the plan states.
    pub year: u16,
    /// The deadline in force (`thresholds.peak_deadline`, 2030 by default).
    pub deadline: u16,
    /// Written as “around” the year (`2030年左右/前后`), which allows a later peak.
    pub around: bool,
    /// Written as after the year (`2030年后尽早达峰`, `“十五五”末之后`): later than it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub after: bool,
    pub quote: String,
    /// How many more places state the same late year (the finding's related places).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub repeats: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Which way a relative target goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeDirection {
    Increase,
    Decrease,
}

/// The unit of a relative target's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeUnit {
    /// `%`.
    Percent,
    /// Percentage points (`个百分点`).
    Points,
}

/// `target/no-base-year`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct NoBaseYear {
    pub metric: Option<String>,
    pub metric_name: String,
    pub direction: ChangeDirection,
    pub value: f64,
    pub unit: ChangeUnit,
    /// The target says it is relative to the base year (`较基准年下降`) without naming it.
    pub relative_to_base_year: bool,
    /// The plan's declared base year, when it has one: the target is reported because
    /// another indicator's change in its sentence, or its own indicator's other targets,
    /// write their base and this one does not, so the declaration does not settle it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_base: Option<u16>,
    pub quote: String,
}

/// `target/no-baseline`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct NoBaseline {
    pub metric: Option<String>,
    pub metric_name: String,
    pub base_year: u16,
    pub quote: String,
}

/// `target/no-measure`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct NoMeasure {
    pub metric: Option<String>,
    pub metric_name: String,
    /// Measure keywords of the pack's metric looked for (all of them); for an indicator
    /// the pack does not know (`metric` null), the parts of its name looked for.
    pub keywords: Vec<String>,
    pub quote: String,
}

/// `target/unjustified-peak`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct UnjustifiedPeak {
    pub quote: String,
}

/// `target/conflict`: one target stated with two values.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct TargetConflict {
    pub metric: Option<String>,
    pub metric_name: String,
    /// The target year (0 for the peak value, which has none of its own).
    pub year: u16,
    /// The values are the plan's peak value, stated twice.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub peak: bool,
    /// The values' unit, for the peak value (`万吨`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub value: f64,
    /// The value stated earlier (the related location).
    pub earlier_value: f64,
    /// The values are percentages.
    pub percent: bool,
    pub quote: String,
    /// The values are the park's whole CO2 total of the base year (`year`), stated twice
    /// in one unit (`unit`), not a target.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub base_year_total: bool,
    /// The target (`value`, in `unit`) set against the plan's own peak scenario for the
    /// same year (`earlier_value`, in the same unit), which contradicts it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub scenario: bool,
}

/// `target/conflict`, computed: the CO2 total cap against base-year emissions × (1 −
/// intensity cut) × (1 + value-added growth)ⁿ.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct IntensityTotalMismatch {
    /// The intensity indicator.
    pub metric: Option<String>,
    pub metric_name: String,
    pub base_year: u16,
    pub target_year: u16,
    /// Years from the base year to the target year.
    pub years: u16,
    pub base_emissions_tonnes: f64,
    /// The intensity cut used (the stretch value when the plan gives one).
    pub intensity_reduction_percent: f64,
    /// The annual growth rates of value added used, in the order met.
    pub growth_percent: Vec<f64>,
    /// The emissions the three imply for the target year.
    pub expected_tonnes: f64,
    /// The plan's cap for the target year.
    pub cap_tonnes: f64,
    /// The intensity cut the cap would need.
    pub needed_reduction_percent: f64,
}

/// `target/conflict`, computed: an annual rate against a cumulative change.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RateMismatch {
    pub metric: Option<String>,
    pub metric_name: String,
    pub annual_percent: f64,
    pub base_year: u16,
    pub target_year: u16,
    pub years: u16,
    /// The cumulative change the annual rate gives over `years`.
    pub implied_percent: f64,
    /// The cumulative change the plan states.
    pub cumulative_percent: f64,
    /// The annual rate the stated cumulative change needs.
    pub needed_annual_percent: f64,
}

/// `target/implausible`: `share_over_100` (a share above 100%) or `reduction_of_100` (a
/// reduction of 100% or more).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ImplausibleValue {
    pub metric: Option<String>,
    pub metric_name: String,
    /// The value in percent (the upper end of a range).
    pub value: f64,
    pub quote: String,
}

/// `target/implausible`: a target year before its base year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct TargetYearBeforeBase {
    pub target_year: u16,
    pub base_year: u16,
    pub quote: String,
}

/// `target/implausible`: a target stated in a unit of a family its indicator is mistaken
/// for (`单位工业增加值二氧化碳排放降至0.79吨标准煤/万元`; the pack's `confused_with`).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct WrongUnit {
    pub metric: Option<String>,
    pub metric_name: String,
    pub value: f64,
    /// The unit as written.
    pub unit: String,
    /// The name of the family the unit belongs to (能耗强度).
    pub unit_family: String,
    /// The name of the family the indicator is measured in (二氧化碳排放强度…).
    pub expected_family: String,
    /// The canonical unit of that family (tCO2/万元).
    pub expected_unit: String,
    pub quote: String,
}

/// `target/implausible`: a floor above its stretch (`20%以上，力争18%`).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FloorAboveStretch {
    pub floor: f64,
    pub stretch: f64,
    pub quote: String,
}

/// `target/implausible`: a later milestone less ambitious than an earlier one.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct MilestonesOutOfOrder {
    pub metric: Option<String>,
    pub metric_name: String,
    pub year: u16,
    pub value: f64,
    /// The earlier milestone (the related location).
    pub earlier_year: u16,
    pub earlier_value: f64,
    pub quote: String,
}

/// `target/reduction-gap`. Emissions in tonnes of CO2.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ReductionGap {
    pub year: u16,
    pub bau_tonnes: f64,
    pub target_tonnes: f64,
    pub gap_tonnes: f64,
    /// The quantified reductions of the measures for the year.
    pub covered_tonnes: f64,
    pub shortfall_tonnes: f64,
    /// How many measures were added up.
    pub measures: usize,
    /// `covered_tonnes` is the plan's own stated total, not a sum of measures.
    pub stated_total: bool,
    /// Where the measures' reductions start is known (a second related location).
    pub measures_located: bool,
    /// Where the BAU figure stands.
    pub bau_at: Place,
    /// What the year's target is.
    pub target_source: GapTargetSource,
    /// Where the target stands.
    pub target_at: Place,
    /// Where the measures' figure stands: the stated total, or the first measure added.
    pub measures_at: Option<Place>,
}

/// What `target/reduction-gap` takes as the year's target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GapTargetSource {
    /// A cap or level of total CO2 for that year.
    Cap,
    /// The peak value, that year being the plan's peak year or the year the plan states
    /// it for (`到2030年，…峰值控制在560万吨以内`).
    PeakValue,
    /// The plan's policy scenario (达峰情景, 低碳情景) for that year.
    PolicyScenario,
}

/// Where a figure a message quotes stands: its line (text formats; on `page` for a PDF)
/// or paragraph (.docx), and whether it is in a table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Place {
    pub line: Option<u32>,
    pub paragraph: Option<u32>,
    pub page: Option<u32>,
    pub in_table: bool,
}

impl Place {
    /// The place of a location.
    pub fn of(loc: &crate::document::Location, in_table: bool) -> Place {
        Place {
            line: loc.line,
            paragraph: loc.paragraph,
            page: loc.page,
            in_table,
        }
    }
}
