//! Decoding text files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

use super::{Encoding, ReadError};

/// Decode a text file's bytes. Order: BOM → strict UTF-8 → GB18030 when the bytes look
/// like Chinese in a legacy encoding. Binary content (NUL bytes) is refused.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), ReadError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = std::str::from_utf8(rest)
            .map_err(|e| invalid_utf8(e, 3))?
            .to_string();
        return Ok((text, Encoding::Utf8Bom));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (enc, kind) = if bytes.starts_with(b"\xFF\xFE") {
            (encoding_rs::UTF_16LE, Encoding::Utf16Le)
        } else {
            (encoding_rs::UTF_16BE, Encoding::Utf16Be)
        };
        let (text, had_errors) = enc.decode_with_bom_removal(bytes);
        if had_errors {
            return Err(ReadError::Encoding(format!(
                "the file starts with a {} byte-order mark but is not valid {}",
                kind.as_str(),
                kind.as_str()
            )));
        }
        return Ok((text.into_owned(), kind));
    }
    if looks_binary(bytes) {
        return Err(ReadError::NotADocument(
            "binary content (NUL bytes): not a text, Markdown or .docx file".into(),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => return Ok((s.to_string(), Encoding::Utf8)),
        Err(e) if e.error_len().is_none() && e.valid_up_to() + 3 >= bytes.len() => {
            // Valid UTF-8 cut inside the last character: a truncated file.
            let text = String::from_utf8_lossy(bytes).into_owned();
            return Ok((text, Encoding::Utf8));
        }
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    if guess == encoding_rs::GBK || guess == encoding_rs::GB18030 {
        let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
        if !had_errors {
            return Ok((text.into_owned(), Encoding::Gb18030));
        }
    }
    Err(ReadError::Encoding(format!(
        "not UTF-8 (and not GB18030/GBK; the bytes look like {}); save the file as UTF-8",
        guess.name()
    )))
}

fn invalid_utf8(e: std::str::Utf8Error, shift: usize) -> ReadError {
    ReadError::Encoding(format!(
        "invalid UTF-8 at byte {} although the file starts with a UTF-8 byte-order mark",
        e.valid_up_to() + shift
    ))
}

/// NUL bytes never occur in UTF-8 or GB18030 text.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(64 * 1024).any(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_bom() {
        let (t, e) = decode("一、总则".as_bytes()).unwrap_or_default_for_test();
        assert_eq!((t.as_str(), e), ("一、总则", Encoding::Utf8));
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice("总则".as_bytes());
        let (t, e) = decode(&b).unwrap_or_default_for_test();
        assert_eq!((t.as_str(), e), ("总则", Encoding::Utf8Bom));
    }

    #[test]
    fn utf16() {
        let mut b = vec![0xFF, 0xFE];
        for u in "碳达峰".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let (t, e) = decode(&b).unwrap_or_default_for_test();
        assert_eq!((t.as_str(), e), ("碳达峰", Encoding::Utf16Le));
    }

    #[test]
    fn gbk() {
        let text = "一、总则\n园区碳排放核算边界包括能源活动和工业生产过程二氧化碳排放。";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        let (t, e) = decode(&bytes).unwrap_or_default_for_test();
        assert_eq!((t.as_str(), e), (text, Encoding::Gb18030));
    }

    #[test]
    fn binary_refused() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(ReadError::NotADocument(_))
        ));
    }

    trait OrDefault {
        fn unwrap_or_default_for_test(self) -> (String, Encoding);
    }
    impl OrDefault for Result<(String, Encoding), ReadError> {
        fn unwrap_or_default_for_test(self) -> (String, Encoding) {
            match self {
                Ok(v) => v,
                Err(e) => panic!("decode failed: {e}"),
            }
        }
    }
}
