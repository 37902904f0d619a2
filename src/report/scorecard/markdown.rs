//! Markdown scorecard: the comparison table, then each submission's findings as a
//! numbered list with location, heading path and an excerpt (the marked part in bold).
//! Document text is escaped so that it cannot open links, HTML or table cells.

use super::model::{Excerpt, Finding, Scorecard, Submission};
use super::{facts, labels, principle_name, severity_label, status_label, Labels};

pub fn render(card: &Scorecard) -> String {
    let l = labels(card.lang_en);
    let mut out = format!("# {}\n\n", l.title);
    out.push_str(&format!(
        "peaklint {} · {} {} · {} {}\n\n{}\n\n",
        env!("CARGO_PKG_VERSION"),
        escape(&card.rules_name),
        escape(&card.rules_version),
        card.rows.len(),
        l.submissions,
        l.ranking_rule
    ));
    comparison_table(card, &l, &mut out);
    for row in &card.rows {
        submission(row, &l, card.lang_en, &mut out);
    }
    out
}

fn comparison_table(card: &Scorecard, l: &Labels, out: &mut String) {
    let mut head = vec![
        l.rank,
        l.file,
        l.format,
        l.status,
        l.coverage,
        l.errors,
        l.warnings,
        l.infos,
        l.suppressed,
    ];
    head.extend(l.category_names);
    let principles: Vec<&str> = (0..5).map(|i| principle_name(i, card.lang_en)).collect();
    head.extend(&principles);
    head.extend(
        super::card::COLUMNS
            .iter()
            .map(|(_, zh, en)| if card.lang_en { *en } else { *zh }),
    );
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    // Numbers right-aligned, text left.
    let align: Vec<&str> = (0..head.len())
        .map(|i| match i {
            0 | 4..=14 => "---:",
            _ => "---",
        })
        .collect();
    out.push_str(&format!("|{}|\n", align.join("|")));
    for r in &card.rows {
        let mut cells = vec![
            r.rank.to_string(),
            match r.title() {
                // A table cell has one line: the title, then the path.
                Some(t) => format!("{} · {}", escape(t), escape(&r.path)),
                None => escape(&r.path),
            },
            r.format.to_string(),
            if r.readable { l.checked } else { l.unreadable }.to_string(),
            if r.readable {
                r.coverage.to_string()
            } else {
                "-".into()
            },
            r.counts.errors.to_string(),
            r.counts.warnings.to_string(),
            r.counts.infos.to_string(),
            r.counts.suppressed.to_string(),
        ];
        cells.extend(r.by_category.iter().map(|n| n.to_string()));
        cells.extend(
            r.principles
                .iter()
                .map(|p| status_label(*p, card.lang_en).to_string()),
        );
        let values = r
            .facts
            .as_ref()
            .map(super::card::values)
            .unwrap_or_default();
        cells.extend(values.iter().map(|v| {
            if v.is_empty() {
                "—".to_string()
            } else {
                escape(v)
            }
        }));
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push('\n');
}

fn submission(r: &Submission, l: &Labels, lang_en: bool, out: &mut String) {
    match r.title() {
        Some(t) => out.push_str(&format!(
            "## {}. {}\n\n{}\n\n",
            r.rank,
            escape(t),
            escape(&r.path)
        )),
        None => out.push_str(&format!("## {}. {}\n\n", r.rank, escape(&r.path))),
    }
    if let Some(reason) = &r.reason {
        out.push_str(&format!(
            "{}{c}{} · {}{c}{}\n\n",
            l.status,
            l.unreadable,
            l.reason,
            escape(reason),
            c = l.colon
        ));
        return;
    }
    if let Some(f) = &r.facts {
        out.push_str(&super::card::markdown(f, lang_en, escape));
    }
    let facts: Vec<String> = facts(r, l)
        .iter()
        .map(|(label, value)| format!("{label} {value}"))
        .collect();
    out.push_str(&format!(
        "{}{}{} · {}\n\n",
        l.status,
        l.colon,
        l.checked,
        facts.join(" · ")
    ));
    let principles: Vec<String> = r
        .principles
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{} {}",
                principle_name(i, lang_en),
                status_label(*p, lang_en)
            )
        })
        .collect();
    out.push_str(&format!(
        "{}{}{}\n\n",
        l.principles,
        l.colon,
        principles.join(" · ")
    ));
    let categories: Vec<String> = l
        .category_names
        .iter()
        .zip(r.by_category)
        .map(|(name, n)| format!("{name} {n}"))
        .collect();
    out.push_str(&format!(
        "{}{}{}\n\n",
        l.categories,
        l.colon,
        categories.join(" · ")
    ));
    let (suppressed, in_force): (Vec<&Finding>, Vec<&Finding>) =
        r.findings.iter().partition(|f| f.suppressed.is_some());
    out.push_str(&format!("### {}\n\n", l.findings));
    if in_force.is_empty() {
        out.push_str(&format!("{}\n\n", l.no_findings));
    }
    for (i, f) in in_force.iter().enumerate() {
        finding(i + 1, f, l, lang_en, out);
    }
    if !suppressed.is_empty() {
        out.push_str(&format!("### {} ({})\n\n", l.suppressed, suppressed.len()));
        for (i, f) in suppressed.iter().enumerate() {
            finding(i + 1, f, l, lang_en, out);
        }
    }
}

fn finding(n: usize, f: &Finding, l: &Labels, lang_en: bool, out: &mut String) {
    let place = if f.location.is_empty() {
        l.whole_document.to_string()
    } else {
        f.location.clone()
    };
    let mut head = format!(
        "{n}. **{}** `{}` · {}",
        severity_label(f.severity, lang_en),
        f.rule,
        place
    );
    if !f.section.is_empty() {
        let path: Vec<String> = f.section.iter().map(|s| escape(s)).collect();
        head.push_str(&format!(" · {}", path.join(" › ")));
    }
    out.push_str(&head);
    out.push('\n');
    // Continuation lines are indented to the item's text, or `10.` items would end.
    let pad = " ".repeat(n.to_string().len() + 2);
    out.push_str(&format!("{pad}{}\n", escape(&f.message)));
    if let Some(help) = &f.help {
        out.push_str(&format!("{pad}{}{}{}\n", l.fix, l.colon, escape(help)));
    }
    for (place, message) in &f.related {
        out.push_str(&format!(
            "{pad}{} {}{}{}\n",
            l.see_also,
            escape(place),
            l.colon,
            escape(message)
        ));
    }
    if let Some(j) = &f.suppressed {
        if !j.is_empty() {
            out.push_str(&format!(
                "{pad}{}{}{}\n",
                l.justification,
                l.colon,
                escape(j)
            ));
        }
    }
    if let Some(e) = &f.excerpt {
        out.push_str(&format!("{pad}> {}\n", excerpt(e)));
    }
    out.push('\n');
}

fn excerpt(e: &Excerpt) -> String {
    let marked = e.marked.trim();
    if marked.is_empty() {
        return escape(&format!("{}{}", e.before, e.after));
    }
    format!(
        "{}**{}**{}",
        escape(&e.before),
        escape(marked),
        escape(&e.after)
    )
}

/// Document text as literal Markdown: ASCII punctuation that could start inline markup
/// is backslash-escaped (CommonMark allows it before any ASCII punctuation), and so is a
/// leading `#`, `-`, `+` or `=` that could start a block; line breaks become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.starts_with(['#', '-', '+', '=']) {
        out.push('\\');
    }
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<script>a|b</script>"),
            "\\<script\\>a\\|b\\</script\\>"
        );
        assert_eq!(escape("[链接](x)"), "\\[链接\\](x)");
        assert_eq!(escape("一\n二"), "一 二");
        assert_eq!(escape("## 标题 #1"), "\\## 标题 #1");
    }
}
