//! HTML scorecard: one self-contained page (inline CSS and a small inline script, no
//! network) with the comparison table — sortable by clicking a column header — and a
//! section per submission. Every piece of document or file text goes through [`escape`].
//!
//! The script marks the table with `data-sort-ready="yes"` when it has run, and honours a
//! `#sort=KEY` / `#sort=-KEY` fragment (e.g. `report.html#sort=-coverage`), so a sorted
//! view can be linked to.

use super::model::{Excerpt, Finding, Scorecard, Submission, CATEGORIES, PRINCIPLES};
use super::{card, facts, labels, principle_name, severity_label, status_label, Labels};
use crate::checks::principle::Status;
use crate::diagnostic::Severity;

const STYLE: &str = include_str!("scorecard.css");
const SCRIPT: &str = include_str!("scorecard.js");

pub fn render(card: &Scorecard) -> String {
    let l = labels(card.lang_en);
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"peaklint {}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        if card.lang_en { "en" } else { "zh-CN" },
        env!("CARGO_PKG_VERSION"),
        l.title
    ));
    out.push_str(&format!("<h1>{}</h1>\n", l.title));
    out.push_str(&format!(
        "<p class=\"meta\">peaklint {} · {} {} · {} {}</p>\n<p class=\"rule\" id=\"ranking-rule\">{}</p>\n<p class=\"hint\">{}</p>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&card.rules_name),
        escape(&card.rules_version),
        card.rows.len(),
        l.submissions,
        l.ranking_rule,
        l.sort_hint
    ));
    comparison_table(card, &l, &mut out);
    for row in &card.rows {
        submission(row, &l, card.lang_en, &mut out);
    }
    out.push_str(&format!("<script>\n{SCRIPT}</script>\n</body>\n</html>\n"));
    out
}

fn comparison_table(card: &Scorecard, l: &Labels, out: &mut String) {
    out.push_str("<div class=\"wrap\"><table id=\"comparison\">\n<thead><tr>");
    let mut head: Vec<(&str, &str, bool)> = vec![
        ("rank", l.rank, true),
        ("path", l.file, false),
        ("format", l.format, false),
        ("status", l.status, true),
        ("coverage", l.coverage, true),
        ("errors", l.errors, true),
        ("warnings", l.warnings, true),
        ("infos", l.infos, true),
        ("suppressed", l.suppressed, true),
    ];
    for (key, name) in CATEGORIES.iter().zip(l.category_names) {
        head.push((key, name, true));
    }
    for (i, (key, _)) in PRINCIPLES.iter().enumerate() {
        head.push((key, principle_name(i, card.lang_en), true));
    }
    for (key, zh, en) in super::card::COLUMNS {
        head.push((key, if card.lang_en { en } else { zh }, false));
    }
    for (key, name, numeric) in head {
        out.push_str(&format!(
            "<th scope=\"col\" data-key=\"{key}\"{}>{name}</th>",
            if numeric { " data-type=\"num\"" } else { "" }
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in &card.rows {
        row(r, l, card.lang_en, out);
    }
    out.push_str("</tbody></table></div>\n");
}

fn row(r: &Submission, l: &Labels, lang_en: bool, out: &mut String) {
    let class = if !r.readable {
        "unreadable"
    } else if r.counts.errors > 0 {
        "has-errors"
    } else {
        "clean"
    };
    out.push_str(&format!("<tr class=\"{class}\">"));
    num_cell(r.rank, out);
    // Titled by the plan's title (its park's name), the path as a second line.
    let name = match r.title() {
        Some(t) => format!(
            "<a href=\"#file-{}\">{}</a><br><span class=\"path\">{}</span>",
            r.rank,
            escape(t),
            escape(&r.path)
        ),
        None => format!("<a href=\"#file-{}\">{}</a>", r.rank, escape(&r.path)),
    };
    out.push_str(&format!(
        "<td data-sort=\"{}\">{name}</td><td>{}</td>",
        escape(&r.path),
        r.format
    ));
    out.push_str(&format!(
        "<td data-sort=\"{}\">{}</td>",
        u8::from(r.readable),
        if r.readable { l.checked } else { l.unreadable }
    ));
    if r.readable {
        num_cell(r.coverage as usize, out);
    } else {
        out.push_str("<td data-sort=\"-1\">-</td>");
    }
    for n in [
        r.counts.errors,
        r.counts.warnings,
        r.counts.infos,
        r.counts.suppressed,
    ] {
        num_cell(n, out);
    }
    for n in r.by_category {
        num_cell(n, out);
    }
    for p in r.principles {
        out.push_str(&principle_cell(p, lang_en));
    }
    let values = r.facts.as_ref().map(card::values).unwrap_or_default();
    for v in values {
        out.push_str(&format!(
            "<td class=\"ki\">{}</td>",
            if v.is_empty() {
                "—".to_string()
            } else {
                escape(&v)
            }
        ));
    }
    out.push_str("</tr>\n");
}

fn num_cell(n: usize, out: &mut String) {
    out.push_str(&format!("<td data-sort=\"{n}\">{n}</td>"));
}

/// A principle's status, sortable: met 2, partly 1, missing 0, not judged -1.
fn principle_cell(p: Option<Status>, lang_en: bool) -> String {
    let (key, class) = match p {
        Some(Status::Met) => (2, "met"),
        Some(Status::Partly) => (1, "partly"),
        Some(Status::Missing) => (0, "missing"),
        None => (-1, "none"),
    };
    format!(
        "<td data-sort=\"{key}\" class=\"p-{class}\">{}</td>",
        status_label(p, lang_en)
    )
}

fn submission(r: &Submission, l: &Labels, lang_en: bool, out: &mut String) {
    match r.title() {
        Some(t) => out.push_str(&format!(
            "<section class=\"submission\" id=\"file-{}\">\n<h2>{}. {}</h2>\n<p class=\"path\">{}</p>\n",
            r.rank,
            r.rank,
            escape(t),
            escape(&r.path)
        )),
        None => out.push_str(&format!(
            "<section class=\"submission\" id=\"file-{}\">\n<h2>{}. {}</h2>\n",
            r.rank,
            r.rank,
            escape(&r.path)
        )),
    }
    if let Some(reason) = &r.reason {
        out.push_str(&format!(
            "<p class=\"unreadable\">{}{}{}</p>\n</section>\n",
            l.unreadable,
            l.colon,
            escape(reason)
        ));
        return;
    }
    if let Some(f) = &r.facts {
        out.push_str(&card::html(f, lang_en, &format!("chart-{}", r.rank)));
    }
    let facts: Vec<String> = facts(r, l)
        .iter()
        .map(|(label, value)| format!("{label} <b>{value}</b>"))
        .collect();
    out.push_str(&format!("<p class=\"facts\">{}</p>\n", facts.join(" · ")));
    out.push_str(&format!(
        "<table class=\"small\"><caption>{}</caption><tr>",
        l.principles
    ));
    for i in 0..PRINCIPLES.len() {
        out.push_str(&format!("<th>{}</th>", principle_name(i, lang_en)));
    }
    out.push_str("</tr><tr>");
    for p in r.principles {
        out.push_str(&principle_cell(p, lang_en));
    }
    out.push_str(&format!(
        "</tr></table>\n<table class=\"small\"><caption>{}</caption><tr>",
        l.categories
    ));
    for name in l.category_names {
        out.push_str(&format!("<th>{name}</th>"));
    }
    out.push_str("</tr><tr>");
    for n in r.by_category {
        out.push_str(&format!("<td>{n}</td>"));
    }
    out.push_str("</tr></table>\n");
    let (suppressed, in_force): (Vec<&Finding>, Vec<&Finding>) =
        r.findings.iter().partition(|f| f.suppressed.is_some());
    out.push_str(&format!("<h3>{}</h3>\n", l.findings));
    if in_force.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", l.no_findings));
    } else {
        findings_table(&in_force, l, lang_en, out);
    }
    if !suppressed.is_empty() {
        out.push_str(&format!(
            "<h3>{} ({})</h3>\n",
            l.suppressed,
            suppressed.len()
        ));
        findings_table(&suppressed, l, lang_en, out);
    }
    out.push_str("</section>\n");
}

fn findings_table(findings: &[&Finding], l: &Labels, lang_en: bool, out: &mut String) {
    out.push_str(&format!(
        "<table class=\"findings\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        l.severity, l.rule, l.location, l.message, l.excerpt
    ));
    for f in findings {
        let class = match (f.suppressed.is_some(), f.severity) {
            (true, _) => "suppressed",
            (false, Severity::Error) => "error",
            (false, Severity::Warning) => "warning",
            (false, Severity::Info) => "info",
        };
        let mut place = if f.location.is_empty() {
            l.whole_document.to_string()
        } else {
            escape(&f.location)
        };
        if !f.section.is_empty() {
            let path: Vec<String> = f.section.iter().map(|s| escape(s)).collect();
            place.push_str(&format!(
                "<br><span class=\"path\">{}</span>",
                path.join(" › ")
            ));
        }
        let mut message = escape(&f.message);
        if let Some(h) = &f.help {
            message.push_str(&format!(
                "<br><span class=\"help\">{}{}{}</span>",
                l.fix,
                l.colon,
                escape(h)
            ));
        }
        for (where_, text) in &f.related {
            message.push_str(&format!(
                "<br><span class=\"help\">{} {}{}{}</span>",
                l.see_also,
                escape(where_),
                l.colon,
                escape(text)
            ));
        }
        if let Some(j) = f.suppressed.as_deref().filter(|j| !j.is_empty()) {
            message.push_str(&format!(
                "<br><span class=\"why\">{}{}{}</span>",
                l.justification,
                l.colon,
                escape(j)
            ));
        }
        out.push_str(&format!(
            "<tr class=\"{class}\"><td class=\"sev\">{}</td><td><code>{}</code></td><td>{place}</td><td>{message}</td><td class=\"excerpt\">{}</td></tr>\n",
            severity_label(f.severity, lang_en),
            escape(f.rule),
            f.excerpt.as_ref().map(excerpt).unwrap_or_default()
        ));
    }
    out.push_str("</tbody></table>\n");
}

fn excerpt(e: &Excerpt) -> String {
    format!(
        "{}<mark>{}</mark>{}",
        escape(&e.before),
        escape(&e.marked),
        escape(&e.after)
    )
}

/// Text as HTML character data or an attribute value (double-quoted): `& < > " '`
/// become entities, so document text can never open a tag or leave an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_makes_text_inert() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn the_script_cannot_be_closed_early() {
        // The inline script and style are constants; they must not contain their own
        // closing tags, or the page would end them early.
        assert!(!SCRIPT.contains("</script"));
        assert!(!STYLE.contains("</style"));
    }
}
