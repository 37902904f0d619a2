//! Renderers: each turns results into one output format and decides nothing.

pub mod human;
pub mod json;
pub mod outline;
