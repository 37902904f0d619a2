//! The embedded pack without the YAML parser: `build.rs` writes the YAML's node events
//! (scalars with their text, style and location; sequence and mapping starts and ends) and
//! this module replays them through serde into the schema types, as serde-saphyr would
//! from the YAML — the same values and the same [`Spanned`](serde_saphyr::Spanned)
//! locations. The compiled pack then goes through the same validation ([`super::load`]).
//!
//! Only the embedded pack takes this path; user packs (`--rules`, `extends:`) are parsed
//! from their YAML with located errors. The replay is strict: anything it does not read
//! exactly as serde-saphyr does (a null, a boolean or a number spelled another way than
//! plain digits, an enum with content) is an error, and the YAML is parsed instead. The
//! tests below compare the two paths' schema values (locations included) and packs.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};

/// The events of `rules/park-carbon-peak.yaml`, written by `build.rs` (empty when the
/// file uses something the event form does not carry).
static EVENTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-pack.events"));

/// Format version (`build.rs`).
const MAGIC: &[u8] = b"peaklint-pack-events-1\n";

const SCALAR: u8 = 1;
const SEQ_START: u8 = 2;
const SEQ_END: u8 = 3;
const MAP_START: u8 = 4;
const MAP_END: u8 = 5;

/// The embedded pack's file deserialized from its pre-parsed events; `None` when there are
/// none for this `yaml` or the replay cannot read them as serde-saphyr would.
pub(crate) fn from_events<T: de::DeserializeOwned>(yaml: &str) -> Option<T> {
    replay(EVENTS, yaml).ok()
}

fn replay<T: de::DeserializeOwned>(events: &'static [u8], yaml: &str) -> Result<T, Error> {
    let body = events
        .strip_prefix(MAGIC)
        .ok_or_else(|| Error::msg("no pre-parsed events"))?;
    let mut r = Replay { buf: body, pos: 0 };
    if usize::try_from(r.varint()?).ok() != Some(yaml.len()) {
        return Err(Error::msg("events of another file"));
    }
    let value = T::deserialize(&mut r)?;
    if r.pos != r.buf.len() {
        return Err(Error::msg("trailing events"));
    }
    Ok(value)
}

#[derive(Debug)]
pub(crate) struct Error(String);

impl Error {
    fn msg(m: &str) -> Error {
        Error(m.to_owned())
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// A node's location as serde-saphyr records it (`serde_saphyr::Location`).
#[derive(Clone, Copy)]
struct Loc {
    line: u64,
    column: u64,
    offset: u64,
    len: u64,
    byte_offset: u64,
    byte_len: u64,
}

struct Scalar {
    plain: bool,
    text: &'static str,
}

impl Scalar {
    /// A plain scalar YAML reads as null.
    fn is_null(&self) -> bool {
        self.plain && matches!(self.text, "" | "~" | "null" | "Null" | "NULL")
    }

    /// The text for a string target: not a plain null.
    fn string(&self) -> Result<&'static str, Error> {
        if self.is_null() {
            return Err(Error::msg("null into a string"));
        }
        Ok(self.text)
    }

    /// Plain decimal digits (with an optional leading `-`), no leading zero: the only
    /// numbers the replay reads; anything else is left to the YAML parser.
    fn integer_text(&self) -> Result<&'static str, Error> {
        let digits = self.text.strip_prefix('-').unwrap_or(self.text);
        let simple = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'));
        if self.plain && simple {
            Ok(self.text)
        } else {
            Err(Error::msg("not a plain integer"))
        }
    }

    /// Decimal digits with at most one `.` between digits and no exponent.
    fn float_text(&self) -> Result<&'static str, Error> {
        let digits = self.text.strip_prefix('-').unwrap_or(self.text);
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
        let ok = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if self.plain && ok(int) && ok(frac) && (int == "0" || !int.starts_with('0')) {
            Ok(self.text)
        } else {
            Err(Error::msg("not a plain decimal"))
        }
    }

    /// Whether YAML could read this plain scalar as something other than a string.
    fn maybe_not_string(&self) -> bool {
        let t = self.text;
        self.is_null()
            || t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.'))
            || matches!(
                t.to_ascii_lowercase().as_str(),
                "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
            )
    }
}

struct Replay {
    buf: &'static [u8],
    pos: usize,
}

impl Replay {
    fn byte(&mut self) -> Result<u8, Error> {
        let b = *self
            .buf
            .get(self.pos)
            .ok_or_else(|| Error::msg("end of events"))?;
        self.pos += 1;
        Ok(b)
    }

    fn peek(&self) -> Result<u8, Error> {
        self.buf
            .get(self.pos)
            .copied()
            .ok_or_else(|| Error::msg("end of events"))
    }

    fn varint(&mut self) -> Result<u64, Error> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::msg("bad varint"))
    }

    fn loc(&mut self) -> Result<Loc, Error> {
        Ok(Loc {
            line: self.varint()?,
            column: self.varint()?,
            offset: self.varint()?,
            len: self.varint()?,
            byte_offset: self.varint()?,
            byte_len: self.varint()?,
        })
    }

    /// The location of the next node, not consumed.
    fn peek_loc(&mut self) -> Result<Loc, Error> {
        let at = self.pos;
        let tag = self.byte()?;
        let loc = match tag {
            SCALAR => self.byte().and_then(|_| self.loc()),
            SEQ_START | MAP_START => self.loc(),
            _ => Err(Error::msg("no node")),
        };
        self.pos = at;
        loc
    }

    /// The next node if it is a scalar (consumed), else `None` (not consumed).
    fn scalar(&mut self) -> Result<Option<Scalar>, Error> {
        if self.peek()? != SCALAR {
            return Ok(None);
        }
        self.pos += 1;
        let plain = self.byte()? == 0;
        self.loc()?;
        let len = usize::try_from(self.varint()?).map_err(|_| Error::msg("bad length"))?;
        let end = self
            .pos
            .checked_add(len)
            .ok_or_else(|| Error::msg("bad length"))?;
        let bytes = self
            .buf
            .get(self.pos..end)
            .ok_or_else(|| Error::msg("end of events"))?;
        let text = std::str::from_utf8(bytes).map_err(|_| Error::msg("not UTF-8"))?;
        self.pos = end;
        Ok(Some(Scalar { plain, text }))
    }

    fn need_scalar(&mut self) -> Result<Scalar, Error> {
        self.scalar()?
            .ok_or_else(|| Error::msg("a scalar was expected"))
    }

    /// Consumes a start event of this kind with its location.
    fn start(&mut self, tag: u8) -> Result<(), Error> {
        if self.peek()? != tag {
            return Err(Error::msg("another node was expected"));
        }
        self.pos += 1;
        self.loc().map(|_| ())
    }

    /// Skips one node.
    fn skip(&mut self) -> Result<(), Error> {
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                SCALAR => {
                    self.scalar()?;
                }
                SEQ_START | MAP_START => {
                    self.pos += 1;
                    self.loc()?;
                    depth += 1;
                }
                SEQ_END | MAP_END => {
                    self.pos += 1;
                    depth = depth
                        .checked_sub(1)
                        .ok_or_else(|| Error::msg("unbalanced"))?;
                }
                _ => return Err(Error::msg("bad event")),
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

macro_rules! integer {
    ($($method:ident $visit:ident $ty:ty),*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
                let s = self.need_scalar()?;
                let v: $ty = s.integer_text()?.parse().map_err(|_| Error::msg("out of range"))?;
                visitor.$visit(v)
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for &mut Replay {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek()? {
            SCALAR => {
                let s = self.need_scalar()?;
                if !s.plain {
                    return visitor.visit_str(s.text);
                }
                if s.is_null() {
                    return visitor.visit_unit();
                }
                if s.maybe_not_string() {
                    // Booleans, numbers: read as serde-saphyr reads them, by the parser.
                    return Err(Error::msg("a typeless scalar that may not be a string"));
                }
                visitor.visit_str(s.text)
            }
            SEQ_START => self.deserialize_seq(visitor),
            MAP_START => self.deserialize_map(visitor),
            _ => Err(Error::msg("no node")),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let s = self.need_scalar()?;
        match (s.plain, s.text) {
            (true, "true") => visitor.visit_bool(true),
            (true, "false") => visitor.visit_bool(false),
            _ => Err(Error::msg("not a plain boolean")),
        }
    }

    integer! {
        deserialize_i8 visit_i8 i8, deserialize_i16 visit_i16 i16,
        deserialize_i32 visit_i32 i32, deserialize_i64 visit_i64 i64,
        deserialize_u8 visit_u8 u8, deserialize_u16 visit_u16 u16,
        deserialize_u32 visit_u32 u32, deserialize_u64 visit_u64 u64
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let s = self.need_scalar()?;
        let v: f32 = s
            .float_text()?
            .parse()
            .map_err(|_| Error::msg("bad float"))?;
        visitor.visit_f32(v)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let s = self.need_scalar()?;
        let v: f64 = s
            .float_text()?
            .parse()
            .map_err(|_| Error::msg("bad float"))?;
        visitor.visit_f64(v)
    }

    fn deserialize_char<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        Err(Error::msg("char"))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let s = self.need_scalar()?;
        visitor.visit_str(s.string()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        Err(Error::msg("bytes"))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        Err(Error::msg("bytes"))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let at = self.pos;
        if let Some(s) = self.scalar()? {
            if s.is_null() {
                return visitor.visit_none();
            }
            self.pos = at;
        }
        visitor.visit_some(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.need_scalar()?.is_null() {
            visitor.visit_unit()
        } else {
            Err(Error::msg("not null"))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == "__yaml_spanned" {
            let loc = self.peek_loc()?;
            return visitor.visit_newtype_struct(SpannedDe {
                de: self,
                loc,
                state: 0,
            });
        }
        if name.starts_with("__yaml") {
            return Err(Error::msg(
                "a serde-saphyr wrapper the replay does not know",
            ));
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.start(SEQ_START)?;
        let value = visitor.visit_seq(Items { de: &mut *self })?;
        if self.byte()? != SEQ_END {
            return Err(Error::msg("sequence not read to its end"));
        }
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.start(MAP_START)?;
        let value = visitor.visit_map(Entries { de: &mut *self })?;
        if self.byte()? != MAP_END {
            return Err(Error::msg("mapping not read to its end"));
        }
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let s = self.need_scalar()?;
        let text = s.string()?;
        visitor.visit_enum(IntoDeserializer::<Error>::into_deserializer(text))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }
}

struct Items<'a> {
    de: &'a mut Replay,
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.de.peek()? == SEQ_END {
            return Ok(None);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }
}

struct Entries<'a> {
    de: &'a mut Replay,
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.de.peek()? {
            MAP_END => Ok(None),
            SCALAR => seed.deserialize(&mut *self.de).map(Some),
            _ => Err(Error::msg("a key that is not a scalar")),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.de)
    }
}

/// `Spanned<T>` as serde-saphyr hands it over: a map of its private marker, `value`,
/// `referenced` and `defined` (the same location: the replay has no aliases).
struct SpannedDe<'a> {
    de: &'a mut Replay,
    loc: Loc,
    state: u8,
}

impl<'de> de::Deserializer<'de> for SpannedDe<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> MapAccess<'de> for SpannedDe<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let key = match self.state {
            0 => "__serde_saphyr_private_spanned",
            1 => "value",
            2 => "referenced",
            3 => "defined",
            _ => return Ok(None),
        };
        self.state += 1;
        seed.deserialize(IntoDeserializer::<Error>::into_deserializer(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.state {
            1 => seed.deserialize(IntoDeserializer::<Error>::into_deserializer(true)),
            2 => seed.deserialize(&mut *self.de),
            3 | 4 => seed.deserialize(LocDe {
                loc: self.loc,
                state: 0,
            }),
            _ => Err(Error::msg("Spanned read past its end")),
        }
    }
}

/// A [`Loc`] as the map `Location` deserializes from: `line`, `column`, `span` (`offset`,
/// `len`, `byte_info`), `source_id` (0: the one file).
struct LocDe {
    loc: Loc,
    state: u8,
}

impl<'de> de::Deserializer<'de> for LocDe {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(LocMap {
            loc: self.loc,
            state: self.state,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct LocMap {
    loc: Loc,
    state: u8,
}

impl<'de> MapAccess<'de> for LocMap {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let key = match self.state {
            0 => "line",
            1 => "column",
            2 => "span",
            3 => "source_id",
            _ => return Ok(None),
        };
        self.state += 1;
        seed.deserialize(IntoDeserializer::<Error>::into_deserializer(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let l = self.loc;
        match self.state {
            1 => seed.deserialize(IntoDeserializer::<Error>::into_deserializer(l.line)),
            2 => seed.deserialize(IntoDeserializer::<Error>::into_deserializer(l.column)),
            3 => seed.deserialize(SpanDe(l)),
            4 => seed.deserialize(IntoDeserializer::<Error>::into_deserializer(0u32)),
            _ => Err(Error::msg("Location read past its end")),
        }
    }
}

/// A [`Loc`]'s span as the map `Span` deserializes from.
struct SpanDe(Loc);

impl<'de> de::Deserializer<'de> for SpanDe {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let l = self.0;
        visitor.visit_map(de::value::MapDeserializer::new(
            [
                ("offset", SpanField::One(l.offset)),
                ("len", SpanField::One(l.len)),
                ("byte_info", SpanField::Two(l.byte_offset, l.byte_len)),
            ]
            .into_iter(),
        ))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

enum SpanField {
    One(u64),
    Two(u64, u64),
}

impl<'de> IntoDeserializer<'de, Error> for SpanField {
    type Deserializer = SpanField;

    fn into_deserializer(self) -> SpanField {
        self
    }
}

impl<'de> de::Deserializer<'de> for SpanField {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            SpanField::One(v) => visitor.visit_u64(v),
            SpanField::Two(a, b) => {
                visitor.visit_seq(de::value::SeqDeserializer::new([a, b].into_iter()))
            }
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::super::load::DEFAULT_PACK_YAML;
    use super::super::schema::RulesFile;
    use super::*;

    /// The schema value with its map's entries in a fixed order, for comparing.
    fn canonical(mut file: RulesFile) -> String {
        let mut severities: Vec<String> = std::mem::take(&mut file.severities)
            .into_iter()
            .map(|e| format!("{e:?}"))
            .collect();
        severities.sort();
        format!("{file:#?}\n{severities:#?}")
    }

    #[test]
    fn the_embedded_pack_has_pre_parsed_events() {
        assert!(
            EVENTS.starts_with(MAGIC),
            "build.rs wrote no events for the embedded pack (does it use anchors, tags or \
             several documents?)"
        );
    }

    #[test]
    fn the_replay_gives_what_the_yaml_parser_gives_locations_included() {
        let replayed: RulesFile = match replay(EVENTS, DEFAULT_PACK_YAML) {
            Ok(file) => file,
            Err(e) => panic!("the replay of the embedded pack failed: {e}"),
        };
        let parsed: RulesFile = match serde_saphyr::from_str_with_options(
            DEFAULT_PACK_YAML,
            serde_saphyr::options! { with_snippet: false },
        ) {
            Ok(file) => file,
            Err(e) => panic!("the embedded pack does not parse: {e}"),
        };
        let (a, b) = (canonical(replayed), canonical(parsed));
        if a != b {
            let line = a
                .lines()
                .zip(b.lines())
                .position(|(x, y)| x != y)
                .unwrap_or(0);
            let around = |s: &str| {
                s.lines()
                    .skip(line.saturating_sub(8))
                    .take(16)
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            panic!(
                "replayed and parsed differ at line {line} of the Debug form:\nreplayed:\n{}\nparsed:\n{}",
                around(&a),
                around(&b)
            );
        }
    }

    #[test]
    fn the_replay_refuses_events_of_another_file() {
        assert!(replay::<RulesFile>(EVENTS, "schema_version: 1\n").is_err());
        assert!(replay::<RulesFile>(b"", DEFAULT_PACK_YAML).is_err());
    }

    #[test]
    fn scalars_the_yaml_parser_might_read_otherwise_are_refused() {
        let s = |plain, text| Scalar { plain, text };
        assert!(s(true, "0x1F").integer_text().is_err());
        assert!(s(true, "007").integer_text().is_err());
        assert!(s(true, "1_000").integer_text().is_err());
        assert!(s(false, "12").integer_text().is_err());
        assert!(s(true, "-12").integer_text().is_ok());
        assert!(s(true, "1e3").float_text().is_err());
        assert!(s(true, ".inf").float_text().is_err());
        assert!(s(true, "0.05").float_text().is_ok());
        assert!(s(true, "~").string().is_err());
        assert!(s(false, "~").string().is_ok());
        assert!(s(true, "yes").maybe_not_string());
        assert!(!s(true, "document").maybe_not_string());
    }
}
