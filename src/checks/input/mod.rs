//! Input rules: files that cannot be read, converted files, legacy encodings, no
//! structure at all.

pub mod converted;
pub mod encoding;
pub mod no_structure;
pub mod unreadable;
pub mod unused_waiver;
