//! What a scorecard shows, computed once from the check results: one row per submission
//! (the comparison table) and its findings with their location and an excerpt of the text.
//! The HTML, CSV and Markdown renderers only lay this out.

use std::cmp::Ordering;

use crate::checks::principle::Status;
use crate::diagnostic::{Category, Counts, Diagnostic, Severity};
use crate::pipeline::FileResult;
use crate::report::outline::where_in;

/// The categories counted per submission, in column order. `outline` findings (none in
/// the v1 catalogue) are counted with `structure`.
pub const CATEGORIES: [&str; 6] = [
    "structure",
    "boundary",
    "target",
    "principle",
    "consistency",
    "input",
];

/// The five principles of clause 4, in the standard's order: (id, Chinese name).
pub const PRINCIPLES: [(&str, &str); 5] = [
    ("coordination", "协调性"),
    ("accuracy", "准确性"),
    ("feasibility", "可行性"),
    ("foresight", "前瞻性"),
    ("scientific", "科学性"),
];

/// Characters of context shown on each side of a finding's span in an excerpt.
const CONTEXT_BEFORE: usize = 30;
const CONTEXT_AFTER: usize = 60;
/// Longest highlighted part of an excerpt, in characters.
const MAX_MARKED: usize = 80;

/// The whole scorecard: submissions in rank order.
#[derive(Debug, Clone)]
pub struct Scorecard {
    pub rules_name: String,
    pub rules_version: String,
    pub lang_en: bool,
    pub rows: Vec<Submission>,
}

/// One submission (one file).
#[derive(Debug, Clone)]
pub struct Submission {
    /// 1-based rank by [`rank_order`].
    pub rank: usize,
    pub path: String,
    pub format: &'static str,
    pub readable: bool,
    /// Why the file could not be read (unreadable files only).
    pub reason: Option<String>,
    /// Outline coverage in whole percent (0–100).
    pub coverage: u32,
    /// Findings in force, per severity; suppressed ones counted apart.
    pub counts: Counts,
    /// Findings in force per category, in the order of [`CATEGORIES`].
    pub by_category: [usize; 6],
    /// Status per principle in the order of [`PRINCIPLES`]; `None` when not judged.
    pub principles: [Option<Status>; 5],
    pub findings: Vec<Finding>,
    /// What peaklint read from the plan (`peaklint facts`); `None` until attached with
    /// [`Scorecard::with_facts`], and for unreadable files.
    pub facts: Option<crate::plan_facts::FileFacts>,
}

/// One finding as a reviewer reads it.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static str,
    /// One of [`CATEGORIES`].
    pub category: &'static str,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    /// `12:5` for text files, `¶57` for .docx, empty for whole-document findings.
    pub location: String,
    /// The heading path enclosing the location.
    pub section: Vec<String>,
    pub excerpt: Option<Excerpt>,
    /// Other places that explain the finding (the other side of a conflict): location
    /// and message.
    pub related: Vec<(String, String)>,
    /// `Some(justification)` when an inline directive suppressed the finding (the
    /// justification may be empty).
    pub suppressed: Option<String>,
}

/// A piece of the source around a finding: `before` and `after` are context, `marked`
/// is the span the finding points at. Each part is on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub before: String,
    pub marked: String,
    pub after: String,
}

impl Scorecard {
    pub fn new(
        rules_name: &str,
        rules_version: &str,
        files: &[FileResult],
        lang_en: bool,
    ) -> Scorecard {
        let mut rows: Vec<Submission> = files.iter().map(|f| Submission::of(f, lang_en)).collect();
        rows.sort_by(rank_order);
        for (i, row) in rows.iter_mut().enumerate() {
            row.rank = i + 1;
        }
        Scorecard {
            rules_name: rules_name.to_string(),
            rules_version: rules_version.to_string(),
            lang_en,
            rows,
        }
    }
}

impl Scorecard {
    /// Attach each submission's facts (matched by path; unreadable ones are left out).
    pub fn with_facts(mut self, facts: Vec<crate::plan_facts::FileFacts>) -> Scorecard {
        for f in facts {
            if f.error.is_some() {
                continue;
            }
            if let Some(row) = self.rows.iter_mut().find(|r| r.path == f.path) {
                row.facts = Some(f);
            }
        }
        self
    }
}

impl Submission {
    /// The plan's title (else its park's name) when it was read.
    pub fn title(&self) -> Option<&str> {
        let f = self.facts.as_ref()?;
        f.title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .or(f.park.name.as_deref())
    }
}

/// The ranking rule: readable files first; then fewer errors, fewer warnings, higher
/// outline coverage, fewer infos; ties by path. Stated on the HTML and Markdown pages.
pub fn rank_order(a: &Submission, b: &Submission) -> Ordering {
    b.readable
        .cmp(&a.readable)
        .then(a.counts.errors.cmp(&b.counts.errors))
        .then(a.counts.warnings.cmp(&b.counts.warnings))
        .then(b.coverage.cmp(&a.coverage))
        .then(a.counts.infos.cmp(&b.counts.infos))
        .then_with(|| a.path.cmp(&b.path))
}

impl Submission {
    fn of(f: &FileResult, lang_en: bool) -> Submission {
        let mut by_category = [0usize; 6];
        for d in f.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            if let Some(slot) = by_category.get_mut(category_index(d.category)) {
                *slot += 1;
            }
        }
        let mut principles = [None; 5];
        for (slot, (id, _)) in principles.iter_mut().zip(PRINCIPLES) {
            *slot = f.principles.iter().find(|p| p.id == id).map(|p| p.status);
        }
        let reason = (!f.readable).then(|| {
            let message = f.diagnostics.first().map_or("", |d| d.message.as_str());
            ["cannot read the file: ", "无法读取文件："]
                .iter()
                .find_map(|prefix| message.strip_prefix(prefix))
                .unwrap_or(message)
                .to_string()
        });
        Submission {
            rank: 0,
            path: f.path.clone(),
            format: f.format.as_str(),
            readable: f.readable,
            reason,
            coverage: if f.readable {
                percent(f.outline_coverage)
            } else {
                0
            },
            counts: Counts::of(&f.diagnostics),
            by_category,
            principles,
            findings: f
                .diagnostics
                .iter()
                .map(|d| Finding::of(f, d, lang_en))
                .collect(),
            facts: None,
        }
    }
}

fn percent(share: f64) -> u32 {
    if share.is_finite() {
        // In 0..=100 after the clamp, so the cast cannot truncate.
        (share.clamp(0.0, 1.0) * 100.0).round() as u32
    } else {
        0
    }
}

fn category_index(c: Category) -> usize {
    match c {
        Category::Structure | Category::Outline => 0,
        Category::Boundary => 1,
        Category::Target => 2,
        Category::Principle => 3,
        Category::Consistency => 4,
        Category::Input => 5,
    }
}

impl Finding {
    fn of(f: &FileResult, d: &Diagnostic, lang_en: bool) -> Finding {
        Finding {
            rule: d.rule,
            category: CATEGORIES
                .get(category_index(d.category))
                .copied()
                .unwrap_or("structure"),
            severity: d.severity,
            message: d.message.clone(),
            help: d.help.clone(),
            location: d
                .location
                .as_ref()
                .map(|l| where_in(l, lang_en))
                .unwrap_or_default(),
            section: d
                .location
                .as_ref()
                .map(|l| l.section.clone())
                .unwrap_or_default(),
            excerpt: excerpt(f, d),
            related: d
                .related
                .iter()
                .map(|r| (where_in(&r.location, lang_en), r.message.clone()))
                .collect(),
            suppressed: d
                .suppressed
                .as_ref()
                .map(|s| s.justification.clone().unwrap_or_default()),
        }
    }
}

/// The excerpt of a finding: from the decoded source of a text file (by byte offsets),
/// or from the paragraph text a .docx finding carries. `None` for whole-document findings.
fn excerpt(f: &FileResult, d: &Diagnostic) -> Option<Excerpt> {
    if !f.source.is_empty() {
        let l = d.location.as_ref()?;
        let start = l.byte_start?;
        let end = l.byte_end.unwrap_or(start);
        return cut(&f.source, start, end);
    }
    let span = d.span.as_ref()?;
    cut(&span.text, span.range.start, span.range.end)
}

/// Cut the line around `start..end` out of `text`: the marked part stops at the end of
/// the line and is at most [`MAX_MARKED`] characters; context is trimmed to a few dozen
/// characters with `…`. Offsets out of range or inside a character are moved to the
/// nearest boundary, never a panic.
pub fn cut(text: &str, start: usize, end: usize) -> Option<Excerpt> {
    let start = floor_boundary(text, start);
    let end = ceil_boundary(text, end.max(start));
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text
        .get(start..)?
        .find('\n')
        .map_or(text.len(), |i| start + i);
    let end = end.min(line_end);
    let before = text.get(line_start..start)?.trim_end_matches('\r');
    let marked = text.get(start..end)?.trim_end_matches('\r');
    let after = text.get(end..line_end)?.trim_end_matches('\r');
    if before.trim().is_empty() && marked.trim().is_empty() && after.trim().is_empty() {
        return None;
    }
    let (marked, cut_marked) = take_chars(marked, MAX_MARKED);
    let before_len = before.chars().count();
    let before = if before_len > CONTEXT_BEFORE {
        let skip = before_len - CONTEXT_BEFORE;
        format!("…{}", before.chars().skip(skip).collect::<String>())
    } else {
        before.trim_start().to_string()
    };
    let after = if cut_marked {
        "…".to_string()
    } else {
        let (after, cut_after) = take_chars(after, CONTEXT_AFTER);
        if cut_after {
            format!("{after}…")
        } else {
            after.trim_end().to_string()
        }
    };
    Some(Excerpt {
        before,
        marked,
        after,
    })
}

/// The first `n` characters of `s`, and whether anything was left out.
fn take_chars(s: &str, n: usize) -> (String, bool) {
    let mut chars = s.chars();
    let taken: String = chars.by_ref().take(n).collect();
    (taken, chars.next().is_some())
}

fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_the_line_around_the_span() {
        let text = "第一行\n到2025年排放下降20%。\n第三行";
        let start = text.find("下降").unwrap_or(0);
        let e = cut(text, start, start + "下降20%".len());
        assert_eq!(
            e,
            Some(Excerpt {
                before: "到2025年排放".into(),
                marked: "下降20%".into(),
                after: "。".into(),
            })
        );
    }

    #[test]
    fn excerpt_survives_bad_offsets() {
        let text = "碳达峰";
        // Inside a character, past the end, reversed: no panic, a sensible cut.
        assert!(cut(text, 1, 2).is_some());
        assert!(cut(text, 100, 200).is_some());
        assert!(cut(text, 5, 1).is_some());
        assert_eq!(cut("\n\n", 1, 1), None);
    }

    #[test]
    fn long_context_is_trimmed() {
        let before = "前".repeat(50);
        let after = "后".repeat(100);
        let text = format!("{before}标记{after}");
        let start = before.len();
        let e = cut(&text, start, start + "标记".len()).unwrap_or_else(|| panic!("no excerpt"));
        assert_eq!(e.before.chars().count(), CONTEXT_BEFORE + 1);
        assert!(e.before.starts_with('…'));
        assert_eq!(e.marked, "标记");
        assert_eq!(e.after.chars().count(), CONTEXT_AFTER + 1);
        assert!(e.after.ends_with('…'));
    }
}
