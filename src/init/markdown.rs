//! The Markdown skeleton: `#` title, `##` chapters, `###` sections, each followed by its
//! guidance line as a paragraph (so no heading is empty).

use super::{SkeletonItem, PLAN_NOTE, PLAN_TITLE};

pub fn render(chapters: &[SkeletonItem]) -> String {
    let mut out = format!("# {PLAN_TITLE}\n\n{PLAN_NOTE}\n");
    for c in chapters {
        out.push_str(&format!("\n## {}{}\n\n{}\n", c.number, c.title, c.guidance));
        for s in &c.sections {
            out.push_str(&format!(
                "\n### {}{}\n\n{}\n",
                s.number, s.title, s.guidance
            ));
        }
    }
    out
}
