//! Facts computed once per document and shared by the checks.
pub mod boundary;
pub mod outline;
pub mod pathway;
pub mod prose;
pub mod quantity;
pub mod sentences;
pub mod targets;
pub mod years;
