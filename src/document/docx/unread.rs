//! Content of styles.xml that the reader never looks at — table styles
//! (`w:type="table"`: ≈ 90 % of the styles.xml python-docx and Word's templates write)
//! and the latent-style list — replaced by spaces before the part is tokenised, so
//! quick-xml does not walk it event by event only for [`Styles::parse`] to drop it.
//! Byte offsets and line breaks stay where they were, so every position an error
//! reports is the same.
//!
//! Done only where it is certain to read the same: the part binds the prefix `w:`
//! once, to the WordprocessingML namespace, and declares no DOCTYPE (no entities); a
//! blanked element's content holds no comment, CDATA section, processing instruction
//! or nested start of the same element, and its end tag is where the search finds it.
//! Anything else is read as written.
//!
//! [`Styles::parse`]: super::styles::Styles::parse

use memchr::memmem;
use quick_xml::events::BytesStart;

use super::xml::W_NS;

/// The elements whose content is blanked, and whether only table styles are.
const UNREAD: [(&str, bool); 2] = [("w:style", true), ("w:latentStyles", false)];

/// `text` with the unread content blanked in place (the part as it was when nothing
/// can be blanked). The blanked ranges begin after a `>` and end before a `<`, so the
/// bytes between are whole characters and spaces leave the text valid UTF-8.
pub(crate) fn blank_unread(text: String) -> String {
    if !binds_w_once(&text) || memmem::find(text.as_bytes(), b"<!DOCTYPE").is_some() {
        return text;
    }
    let mut ranges = Vec::new();
    for (name, tables_only) in UNREAD {
        ranges.extend(content_ranges(&text, name, tables_only));
    }
    if ranges.is_empty() {
        return text;
    }
    let mut bytes = text.into_bytes();
    for (start, end) in ranges {
        if let Some(content) = bytes.get_mut(start..end) {
            // Spaces between the line breaks, which stay.
            let mut at = 0;
            let breaks: Vec<usize> = memchr::memchr2_iter(b'\n', b'\r', content).collect();
            for b in breaks.into_iter().chain([content.len()]) {
                if let Some(run) = content.get_mut(at..b) {
                    run.fill(b' ');
                }
                at = b + 1;
            }
        }
    }
    // Cannot fail (see above); the lossy reading keeps this path free of panics.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `xmlns:w` is declared exactly once, as the WordprocessingML namespace.
fn binds_w_once(text: &str) -> bool {
    let mut decls = text.match_indices("xmlns:w=");
    let Some((at, _)) = decls.next() else {
        return false;
    };
    if decls.next().is_some() {
        return false;
    }
    let Some(rest) = text.get(at + "xmlns:w=".len()..) else {
        return false;
    };
    let Some(quote) = rest.chars().next().filter(|q| *q == '"' || *q == '\'') else {
        return false;
    };
    let value = rest.get(1..).unwrap_or_default();
    value
        .find(quote)
        .and_then(|end| value.get(..end))
        .is_some_and(|v| W_NS.contains(&v))
}

/// The content ranges (after the start tag's `>`, up to the end tag's `<`) of every
/// `name` element that can be blanked safely.
fn content_ranges(text: &str, name: &str, tables_only: bool) -> Vec<(usize, usize)> {
    let open = format!("<{name}");
    let close = format!("</{name}");
    let opens = memmem::Finder::new(open.as_bytes());
    let closes = memmem::Finder::new(close.as_bytes());
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = bytes.get(from..).and_then(|t| opens.find(t)) {
        let start = from + found;
        from = start + open.len();
        if !bytes
            .get(from)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'>')
        {
            continue; // `<w:styleX`, or `<w:style/>`
        }
        let Some(gt) = tag_end(bytes, from) else {
            return out;
        };
        from = gt + 1;
        if bytes.get(gt.wrapping_sub(1)) == Some(&b'/') {
            continue; // empty element
        }
        let tag = text.get(start + 1..gt).unwrap_or_default();
        if tables_only && !is_table_style(tag, name.len()) {
            continue;
        }
        let Some(end) = bytes
            .get(from..)
            .and_then(|t| closes.find(t))
            .map(|e| from + e)
        else {
            return out;
        };
        let content = bytes.get(from..end).unwrap_or(b"<!");
        let ends_here = bytes
            .get(end + close.len()..)
            .and_then(|b| b.iter().find(|b| !b.is_ascii_whitespace()))
            == Some(&b'>');
        if ends_here && plain_content(content, &opens) {
            out.push((from, end));
        }
        from = end;
    }
    out
}

/// No comment, CDATA section, processing instruction or DOCTYPE (`<!`, `<?`) and no
/// nested start of the same element (`opens`) in an element's content.
fn plain_content(content: &[u8], opens: &memmem::Finder<'_>) -> bool {
    memchr::memchr_iter(b'<', content).all(|at| !matches!(content.get(at + 1), Some(b'!' | b'?')))
        && opens.find(content).is_none()
}

/// The `>` ending the start tag whose name ends before `from` (quoted `>` skipped).
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in bytes.get(from..)?.iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(from + i),
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
}

/// The start tag (without `<` and `>`) has `w:type="table"`.
fn is_table_style(tag: &str, name_len: usize) -> bool {
    BytesStart::from_content(tag, name_len)
        .attributes()
        .with_checks(false)
        .flatten()
        .any(|a| a.key.into_inner() == "w:type" && *a.value == *"table")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#;

    fn part(body: &str) -> String {
        format!("{HEAD}{body}</w:styles>")
    }

    #[test]
    fn table_styles_and_latent_styles_are_blanked_in_place() {
        let text = part(concat!(
            r#"<w:latentStyles w:count="1"><w:lsdException w:name="Normal"/></w:latentStyles>"#,
            r#"<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>"#,
            "<w:style w:type=\"table\" w:styleId=\"T\">\n<w:name w:val=\"表格\"/></w:style>",
        ));
        let out = blank_unread(text.clone());
        assert_eq!(out.len(), text.len());
        assert!(out.contains(r#"<w:latentStyles w:count="1">  "#));
        assert!(out.contains(r#"<w:name w:val="heading 1"/>"#));
        assert!(!out.contains("lsdException"));
        assert!(!out.contains("表格"));
        assert!(out.contains("w:styleId=\"T\">\n "), "line breaks kept");
        assert_eq!(out.lines().count(), text.lines().count());
    }

    #[test]
    fn anything_unusual_is_read_as_written() {
        let table = r#"<w:style w:type="table" w:styleId="T"><w:name w:val="T"/></w:style>"#;
        // Another binding of w:, a DOCTYPE, a default namespace instead of w:.
        let rebinds = part(&format!(
            r#"<w:style xmlns:w="urn:other" w:type="table"><w:name w:val="x"/></w:style>{table}"#
        ));
        assert_eq!(blank_unread(rebinds.clone()), rebinds);
        let doctype = format!("<!DOCTYPE x>{}", part(table));
        assert_eq!(blank_unread(doctype.clone()), doctype);
        let unprefixed = r#"<styles xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><style type="table"><name val="T"/></style></styles>"#;
        assert_eq!(blank_unread(unprefixed.to_string()), unprefixed);
        // A comment, CDATA or nested start in the content; no end tag; an empty element.
        for body in [
            r#"<w:style w:type="table"><!-- </w:style> --></w:style>"#,
            r#"<w:style w:type="table"><w:t><![CDATA[x]]></w:t></w:style>"#,
            r#"<w:style w:type="table"><w:style w:type="paragraph"></w:style>"#,
            r#"<w:style w:type="table"><w:name w:val="T"/>"#,
            r#"<w:style w:type="table"/>"#,
            r#"<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>"#,
        ] {
            assert_eq!(blank_unread(part(body)), part(body), "{body}");
        }
    }

    #[test]
    fn a_quoted_gt_does_not_end_the_start_tag() {
        let text = part(r#"<w:style w:styleId="a>b" w:type="table"><w:name w:val="T"/></w:style>"#);
        let out = blank_unread(text.clone());
        assert!(out.contains(r#"w:type="table">    "#));
        assert!(!out.contains("w:name"));
    }
}
