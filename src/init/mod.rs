//! `peaklint init`: a skeleton plan built from a rules pack's outline — every required and
//! recommended chapter and section in the pack's order, numbered as GB/T 9704 numbers a
//! government plan (chapters 一、二、, sections （一）（二）), each followed by one line of
//! guidance from the pack. Written as Markdown or as a minimal .docx with Heading 1/2
//! styles.
//!
//! A skeleton passes the structure rules (nothing missing, misordered, misnumbered or
//! empty); target, boundary and principle findings are expected on it, since it has no
//! content yet.

mod docx;
mod markdown;

use std::path::Path;

use crate::document::numerals::to_chinese;
use crate::pack::{OutlineItem, Requirement, RulesPack};

/// The title written at the top of a skeleton; the reviewer replaces ××.
pub const PLAN_TITLE: &str = "××工业园区碳达峰实施方案";

/// The note under the title.
pub const PLAN_NOTE: &str =
    "（本框架由 peaklint init 按规则包大纲生成：请将各章节的“编写提示”替换为正文。）";

/// Formats `init` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkeletonFormat {
    Markdown,
    Docx,
}

impl SkeletonFormat {
    /// `.md`/`.markdown` → Markdown, `.docx` → Docx.
    pub fn from_extension(path: &Path) -> Option<SkeletonFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(SkeletonFormat::Markdown),
            "docx" => Some(SkeletonFormat::Docx),
            _ => None,
        }
    }
}

/// Why a skeleton was not written.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{0} already exists (use --force to overwrite it)")]
    Exists(String),
    #[error("cannot write {0}: {1}")]
    Io(String, std::io::Error),
    #[error("cannot build the .docx: {0}")]
    Zip(#[from] zip::result::ZipError),
}

/// One heading of the skeleton with its guidance line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkeletonItem {
    /// `一、` or `（一）`.
    pub number: String,
    pub title: String,
    pub guidance: String,
    pub sections: Vec<SkeletonItem>,
}

/// The chapters of a skeleton for a pack's outline: required and recommended chapters (and
/// any chapter with a required section), each with its required and recommended sections,
/// sorted by their `order` (stable, so equal orders keep the pack's order).
pub fn skeleton(pack: &RulesPack) -> Vec<SkeletonItem> {
    let chapters =
        sorted(pack.outline.iter().filter(|c| {
            asked(c.level) || c.sections.iter().any(|s| s.level == Requirement::Required)
        }));
    chapters
        .into_iter()
        .enumerate()
        .map(|(i, c)| SkeletonItem {
            number: format!("{}、", to_chinese(to_u32(i + 1))),
            title: c.title.clone(),
            guidance: guidance(c),
            sections: sorted(c.sections.iter().filter(|s| asked(s.level)))
                .into_iter()
                .enumerate()
                .map(|(j, s)| SkeletonItem {
                    number: format!("（{}）", to_chinese(to_u32(j + 1))),
                    title: s.title.clone(),
                    guidance: guidance(s),
                    sections: Vec::new(),
                })
                .collect(),
        })
        .collect()
}

fn asked(level: Requirement) -> bool {
    matches!(level, Requirement::Required | Requirement::Recommended)
}

fn sorted<'a>(items: impl Iterator<Item = &'a OutlineItem>) -> Vec<&'a OutlineItem> {
    let mut v: Vec<&OutlineItem> = items.collect();
    v.sort_by_key(|i| i.order);
    v
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `（编写提示：…）` from the item's guidance, or a pointer to its clause.
fn guidance(item: &OutlineItem) -> String {
    let text = match (&item.guidance, &item.clause) {
        (Some(g), _) => g.trim().to_string(),
        (None, Some(clause)) => format!("按《编制指南》{clause}的要求编写本部分。"),
        (None, None) => "按《编制指南》的要求编写本部分。".to_string(),
    };
    format!("（编写提示：{text}）")
}

/// The skeleton of `pack` in `format`, as bytes.
pub fn render(pack: &RulesPack, format: SkeletonFormat) -> Result<Vec<u8>, InitError> {
    let chapters = skeleton(pack);
    match format {
        SkeletonFormat::Markdown => Ok(markdown::render(&chapters).into_bytes()),
        SkeletonFormat::Docx => Ok(docx::render(&chapters)?),
    }
}

/// Write the skeleton to `path`. An existing file is kept unless `force`.
pub fn write(
    path: &Path,
    format: SkeletonFormat,
    pack: &RulesPack,
    force: bool,
) -> Result<(), InitError> {
    let name = path.display().to_string();
    let bytes = render(pack, format)?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        // create_new fails atomically when the file exists: no check-then-write race.
        options.create_new(true);
    }
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            InitError::Exists(name.clone())
        } else {
            InitError::Io(name.clone(), e)
        }
    })?;
    std::io::Write::write_all(&mut file, &bytes).map_err(|e| InitError::Io(name, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_skeleton_numbers_chapters_and_sections() {
        let chapters = skeleton(crate::pack::default_pack());
        assert!(chapters.len() >= 5);
        for (i, c) in chapters.iter().enumerate() {
            assert_eq!(c.number, format!("{}、", to_chinese(to_u32(i + 1))));
            assert!(c.guidance.starts_with("（编写提示："));
            for (j, s) in c.sections.iter().enumerate() {
                assert_eq!(s.number, format!("（{}）", to_chinese(to_u32(j + 1))));
            }
        }
    }
}
