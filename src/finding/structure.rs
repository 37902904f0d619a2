//! Findings of the structure rules: the plan's headings against the outline.

use schemars::JsonSchema;
use serde::Serialize;

/// An outline item of the rules pack, as a finding names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OutlineRef {
    /// The item's id in the rules pack (`safeguards`).
    pub id: String,
    /// Its title (`保障措施`).
    pub title: String,
    /// The clause of the standard it comes from (`9`, `6.2`, `附录A`), when the pack says.
    pub clause: Option<String>,
}

/// Whether an absent chapter is required or recommended by the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemLevel {
    Required,
    Recommended,
}

/// `structure/missing-chapter`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MissingChapter {
    pub item: OutlineRef,
    pub level: ItemLevel,
    /// A few other titles the chapter may have (the first four aliases).
    pub also_accepted: Vec<String>,
}

/// `structure/missing-section`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MissingSection {
    /// The heading of the chapter that lacks the section, as written.
    pub chapter: String,
    pub item: OutlineRef,
    pub also_accepted: Vec<String>,
    /// The heading under another chapter that has the content (a related location).
    pub found_elsewhere: Option<String>,
}

/// `structure/chapter-order`: where the chapter belongs, between the chapters kept in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ChapterOrder {
    pub item: OutlineRef,
    /// The title of the outline chapter it belongs after.
    pub after: Option<String>,
    /// The title of the outline chapter it belongs before.
    pub before: Option<String>,
}

/// `structure/duplicate-section` (the first occurrence is the related location).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DuplicateSection {
    pub item: OutlineRef,
}

/// `structure/empty-section`: a section shorter than its outline item's `min_chars`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ShortSection {
    /// The outline item's title.
    pub title: String,
    /// Body characters written (whitespace not counted).
    pub chars: usize,
    pub min_chars: usize,
}

/// `structure/numbering`: a heading numbered in another style than the first of its level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MixedNumbering {
    /// The heading's number token (`1.`).
    pub number: String,
    /// The first heading's of the level (`一、`, the related location).
    pub first_number: String,
}

/// `structure/numbering`: a number that repeats the previous heading's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RepeatedNumber {
    pub number: String,
    /// The number it should have, in the same style (`四、`).
    pub expected: String,
}

/// `structure/numbering`: a number out of sequence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SkippedNumber {
    pub number: String,
    pub expected: String,
    /// The previous heading's number of the level, when there is one (the related
    /// location).
    pub previous: Option<String>,
}
