//! Facts computed once per document ([`analysis::Analysis`]) and shared by the checks,
//! `peaklint facts`, the scorecard and the language server. Nothing here knows the checks.
pub mod analysis;
pub mod area;
pub mod boundary;
pub mod captions;
pub(crate) mod memo;
pub mod other_indicators;
pub mod outline;
pub mod park;
pub mod pathway;
pub mod prose;
pub mod quantity;
pub mod restated;
pub mod sentences;
pub mod targets;
pub mod totals;
pub mod years;
