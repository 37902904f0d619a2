//! Pre-parses the embedded rules pack (`rules/park-carbon-peak.yaml`) into a compact event
//! stream (`$OUT_DIR/default-pack.events`) that `pack::embedded` replays into the schema
//! types at start-up instead of running the YAML parser (≈ 40 M instructions of a 54 M
//! start-up). Only the YAML *syntax* is done here: every scalar keeps its text, its style
//! (plain or not) and its location (line, column, character and byte span, as serde-saphyr
//! reports them), so the schema types, their spans and the validation are the same as
//! from the YAML (tested: `pack::embedded::tests`).
//!
//! Anything this form does not carry (anchors, aliases, tags, several documents, a parse
//! error) writes an empty stream: the embedded pack is then parsed from its YAML, as
//! before, and any mistake in it is reported there.

use std::path::PathBuf;

use granit_parser::{Event, Parser, ScalarStyle, Span};

const PACK: &str = "rules/park-carbon-peak.yaml";

/// Format version, checked by the reader (`pack::embedded::MAGIC`).
const MAGIC: &[u8] = b"peaklint-pack-events-1\n";

const SCALAR: u8 = 1;
const SEQ_START: u8 = 2;
const SEQ_END: u8 = 3;
const MAP_START: u8 = 4;
const MAP_END: u8 = 5;

fn main() {
    println!("cargo:rerun-if-changed={PACK}");
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let text = std::fs::read_to_string(PACK).unwrap_or_default();
    let events = encode(&text).unwrap_or_default();
    if let Err(e) = std::fs::write(out.join("default-pack.events"), events) {
        panic!("cannot write the pre-parsed rules pack: {e}");
    }
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The location serde-saphyr gives a node (`location_from_span`): 1-based line, column + 1,
/// character offset and length, byte offset and length.
fn location(out: &mut Vec<u8>, span: &Span) -> Option<()> {
    let start = span.start;
    let end = span.end;
    let (start_byte, end_byte) = (start.byte_offset()?, end.byte_offset()?);
    let byte_len = end_byte.checked_sub(start_byte)?;
    let char_len = end.index().checked_sub(start.index())?;
    for v in [
        start.line(),
        start.col() + 1,
        start.index(),
        char_len,
        start_byte,
        byte_len,
    ] {
        varint(out, u64::try_from(v).ok()?);
    }
    Some(())
}

fn encode(text: &str) -> Option<Vec<u8>> {
    let mut out = MAGIC.to_vec();
    varint(&mut out, u64::try_from(text.len()).ok()?);
    let mut documents = 0;
    let mut parser = Parser::new_from_str(text);
    while let Some(item) = parser.next_event() {
        let (event, span) = item.ok()?;
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
            }
            Event::Comment(..) => {}
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                out.push(SCALAR);
                out.push(u8::from(style != ScalarStyle::Plain));
                location(&mut out, &span)?;
                varint(&mut out, u64::try_from(value.len()).ok()?);
                out.extend_from_slice(value.as_bytes());
            }
            Event::SequenceStart(_, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                out.push(SEQ_START);
                location(&mut out, &span)?;
            }
            Event::MappingStart(_, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                out.push(MAP_START);
                location(&mut out, &span)?;
            }
            Event::SequenceEnd => out.push(SEQ_END),
            Event::MappingEnd => out.push(MAP_END),
            _ => return None,
        }
    }
    Some(out)
}
