//! Renderers: each turns results into one output format and decides nothing.

pub mod outline;
pub mod human;
pub mod json;
