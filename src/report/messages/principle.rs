//! Messages of the principle rules.

use super::Rendered;
use crate::finding::{MissingEvidence, Searched};
use crate::lang::Lang;

/// “可行性：“实施路径”中未找到“措施有量化的减排量或节能量”（需至少2处，找到1处）”
pub(super) fn missing_evidence(f: &MissingEvidence, lang: Lang) -> Rendered {
    let name = &f.evidence;
    let p = &f.principle_name;
    let en_id = &f.principle;
    let mut zh = match &f.searched {
        Searched::Section { title } => format!("{p}：“{title}”中未找到“{name}”"),
        Searched::Plan | Searched::PlanInstead { .. } => format!("{p}：方案中未找到“{name}”"),
    };
    let mut en = match &f.searched {
        Searched::Section { title } => {
            format!("{en_id} ({p}): no evidence of “{name}” in “{title}”")
        }
        Searched::Plan | Searched::PlanInstead { .. } => {
            format!("{en_id} ({p}): no evidence of “{name}” in the plan")
        }
    };
    let mut zh_notes: Vec<String> = Vec::new();
    let mut en_notes: Vec<String> = Vec::new();
    if let Some(m) = &f.matches {
        zh_notes.push(format!("需至少{}处，找到{}处", m.needed, m.found));
        en_notes.push(format!("needs {}, found {}", m.needed, m.found));
    }
    if let Some(y) = &f.years {
        let n = y.needed;
        let list = y
            .found
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join("、");
        if y.found.is_empty() {
            zh_notes.push(format!("未提到年份，需至少{n}个年份"));
            en_notes.push(format!("no year mentioned; needs {n} years"));
        } else {
            zh_notes.push(format!(
                "只提到{}个年份：{list}，需至少{n}个",
                y.found.len()
            ));
            en_notes.push(format!(
                "only {} year(s) mentioned: {}; needs {n}",
                y.found.len(),
                list.replace('、', ", ")
            ));
        }
    }
    if let Searched::PlanInstead { chapters } = &f.searched {
        let t = chapters.join("”“");
        zh_notes.push(format!("未找到“{t}”章节，已在全文中查找"));
        en_notes.push(format!("no “{t}” chapter; looked in the whole plan"));
    }
    if !zh_notes.is_empty() {
        zh.push_str(&format!("（{}）", zh_notes.join("；")));
        en.push_str(&format!(" ({})", en_notes.join("; ")));
    }
    let message = match lang {
        Lang::Zh => zh,
        Lang::En => en,
    };
    // The pack's description of the evidence, in the pack's language.
    Rendered::new(message).help(f.description.clone())
}
