//! GitHub Actions workflow commands (`--format github`): one annotation per finding,
//! `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
//!
//! Escaping follows the runner: in the message `%`, `\r` and `\n` are percent-encoded;
//! in property values `:` and `,` are as well.

use crate::diagnostic::{Diagnostic, Severity};
use crate::pipeline::FileResult;
use crate::report::outline::where_;

/// Render every finding of the run, one command a line.
pub fn render(files: &[FileResult]) -> String {
    let mut out = String::new();
    for f in files {
        // Suppressed findings are not annotated.
        for d in f.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
            out.push_str(&annotation(f, d));
            out.push('\n');
        }
    }
    out
}

fn annotation(f: &FileResult, d: &Diagnostic) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut props = vec![format!(
        "file={}",
        escape_property(&f.path.replace('\\', "/"))
    )];
    let mut message = d.message.clone();
    if let Some(l) = &d.location {
        match (l.line, l.column) {
            (Some(line), column) => {
                props.push(format!("line={line}"));
                if let Some(c) = column {
                    props.push(format!("col={c}"));
                }
                if let Some(end_line) = l.end_line {
                    props.push(format!("endLine={}", end_line.max(line)));
                    if let (Some(end_column), true) = (l.end_column, end_line == line) {
                        props.push(format!("endColumn={end_column}"));
                    }
                }
            }
            // .docx: no lines; say where in the message.
            (None, _) => {
                let mut place = where_(l);
                if !l.section.is_empty() {
                    place = format!("{} › {place}", l.section.join(" › "));
                }
                message = format!("[{place}] {message}");
            }
        }
    }
    props.push(format!("title={}", escape_property(d.rule)));
    if let Some(h) = &d.help {
        message.push('\n');
        message.push_str(h);
    }
    format!("::{command} {}::{}", props.join(","), escape_data(&message))
}

/// Escape a message: `%`, `\r`, `\n`.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value: as a message, plus `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_expects() {
        assert_eq!(escape_data("50%\r\nx"), "50%25%0D%0Ax");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
