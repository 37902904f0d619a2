//! Input rules: files that cannot be read, legacy encodings, no structure at all.

pub mod encoding;
pub mod no_structure;
pub mod unreadable;
pub mod unused_waiver;
