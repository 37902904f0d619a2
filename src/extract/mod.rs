//! Facts computed once per document and shared by the checks.
pub mod outline;
