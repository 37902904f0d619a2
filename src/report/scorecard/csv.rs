//! CSV scorecard: one row per submission, in rank order — or, with `--rows findings`, one
//! row per finding — under a fixed English header (the columns are documented in
//! docs/report.md and never depend on `--lang`).
//!
//! RFC 4180: fields are separated by commas, records end with CRLF, and a field holding a
//! comma, a double quote, CR or LF is quoted with its quotes doubled. The file starts with
//! a UTF-8 byte-order mark so that Excel opens the Chinese text as UTF-8. A dozen lines of
//! quoting do not justify the `csv` crate.

use super::model::{Scorecard, CATEGORIES, PRINCIPLES};
use crate::checks::principle::Status;

/// The header, in column order.
pub fn header() -> Vec<&'static str> {
    let mut h = vec![
        "rank",
        "path",
        "format",
        "status",
        "outline_coverage_percent",
        "errors",
        "warnings",
        "infos",
        "suppressed",
    ];
    h.extend(CATEGORIES);
    h.extend(PRINCIPLES.iter().map(|(id, _)| *id));
    h.push("reason");
    // What `peaklint facts` read (empty when unknown or unreadable).
    h.extend(["title", "park"]);
    h.extend(super::card::COLUMNS.iter().map(|(key, _, _)| *key));
    h
}

pub fn render(card: &Scorecard) -> String {
    let mut out = String::from("\u{feff}");
    push_record(&mut out, header().iter().map(|s| s.to_string()));
    for row in &card.rows {
        let mut fields = vec![
            row.rank.to_string(),
            row.path.clone(),
            row.format.to_string(),
            if row.readable {
                "checked"
            } else {
                "unreadable"
            }
            .to_string(),
            if row.readable {
                row.coverage.to_string()
            } else {
                String::new()
            },
            row.counts.errors.to_string(),
            row.counts.warnings.to_string(),
            row.counts.infos.to_string(),
            row.counts.suppressed.to_string(),
        ];
        fields.extend(row.by_category.iter().map(|n| n.to_string()));
        fields.extend(row.principles.iter().map(|p| {
            match p {
                Some(Status::Met) => "met",
                Some(Status::Partly) => "partly",
                Some(Status::Missing) => "missing",
                None => "",
            }
            .to_string()
        }));
        fields.push(row.reason.clone().unwrap_or_default());
        fields.push(row.title().unwrap_or_default().to_string());
        fields.push(
            row.facts
                .as_ref()
                .and_then(|f| f.park.name.clone())
                .unwrap_or_default(),
        );
        fields.extend(
            row.facts
                .as_ref()
                .map(super::card::values)
                .unwrap_or_default(),
        );
        push_record(&mut out, fields.into_iter());
    }
    out
}

/// The header of the per-finding CSV, in column order.
pub const FINDINGS_HEADER: [&str; 13] = [
    "rank",
    "path",
    "severity",
    "rule",
    "category",
    "suppressed",
    "location",
    "section",
    "message",
    "help",
    "flagged",
    "excerpt",
    "justification",
];

/// One row per finding (suppressed ones included, marked `yes`), submissions in rank
/// order and findings in document order. An unreadable file has its `input/unreadable`
/// row.
pub fn render_findings(card: &Scorecard) -> String {
    let mut out = String::from("\u{feff}");
    push_record(&mut out, FINDINGS_HEADER.iter().map(|s| s.to_string()));
    for row in &card.rows {
        for f in &row.findings {
            let (flagged, excerpt) = f.excerpt.as_ref().map_or_else(Default::default, |e| {
                (
                    e.marked.clone(),
                    format!("{}{}{}", e.before, e.marked, e.after),
                )
            });
            let fields = [
                row.rank.to_string(),
                row.path.clone(),
                f.severity.as_str().to_string(),
                f.rule.to_string(),
                f.category.to_string(),
                if f.suppressed.is_some() { "yes" } else { "no" }.to_string(),
                f.location.clone(),
                f.section.join(" › "),
                f.message.clone(),
                f.help.clone().unwrap_or_default(),
                flagged,
                excerpt,
                f.suppressed.clone().unwrap_or_default(),
            ];
            push_record(&mut out, fields.into_iter());
        }
    }
    out
}

fn push_record(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&quote(&field));
    }
    out.push_str("\r\n");
}

/// A field as RFC 4180 writes it, neutralised first.
pub fn quote(field: &str) -> String {
    let field = neutralise(field);
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.into_owned()
    }
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or CR first —
/// file names and headings come from the submissions) gets a leading `'`, the way
/// spreadsheets mark a text cell (OWASP "CSV injection"). The full-width forms are
/// included: some spreadsheets normalise them.
fn neutralise(field: &str) -> std::borrow::Cow<'_, str> {
    const FORMULA: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    if field.starts_with(FORMULA) {
        std::borrow::Cow::Owned(format!("'{field}"))
    } else {
        std::borrow::Cow::Borrowed(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(quote("园区方案.md"), "园区方案.md");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("说“碳”和\"峰\""), "\"说“碳”和\"\"峰\"\"\"");
        assert_eq!(quote("两行\n文本"), "\"两行\n文本\"");
        // The Chinese comma is no separator: left alone.
        assert_eq!(quote("一，二"), "一，二");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(quote("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(quote("+1"), "'+1");
        assert_eq!(quote("-2+3"), "'-2+3");
        assert_eq!(quote("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(quote("\tx"), "'\tx");
        assert_eq!(quote("＝1"), "'＝1");
        assert_eq!(quote("a=b"), "a=b");
        assert_eq!(quote("12"), "12");
    }
}
