//! A namespace-aware XML event stream over one package part, with the checks every
//! part needs: a nesting-depth limit, unclosed elements at end of file reported as an
//! error (quick-xml accepts them silently), entity references resolved, and
//! `mc:AlternateContent` resolved to exactly one branch so its content is never seen
//! twice.
//!
//! Elements are matched on their namespace URI, never on the prefix: pandoc writes
//! `ns0:` where Word writes `w:`, and Strict OOXML uses other URIs.

use std::borrow::Cow;
use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{NamespaceResolver, Prefix, ResolveResult};
use quick_xml::Reader;

use crate::document::read::ReadError;

/// WordprocessingML main namespace: Transitional and Strict.
pub(crate) const W_NS: [&str; 2] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
const MC_NS: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const MATH_NS: [&str; 2] = [
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
];

/// The namespaces the readers care about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// WordprocessingML main (`w:` in Word, `ns0:` in some pandoc files).
    W,
    /// Office Math (`m:`): its `m:t` holds visible text.
    Math,
    /// Markup compatibility (`mc:`), other than the AlternateContent wrappers.
    Mc,
    /// Anything else, including no namespace (relationships parts use a default one
    /// that callers match by local name).
    Other,
}

fn ns_of(r: &ResolveResult<'_>) -> Ns {
    match r {
        ResolveResult::Bound(ns) if W_NS.contains(&ns.0) => Ns::W,
        ResolveResult::Bound(ns) if MATH_NS.contains(&ns.0) => Ns::Math,
        ResolveResult::Bound(ns) if ns.0 == MC_NS => Ns::Mc,
        _ => Ns::Other,
    }
}

/// One event, with its element's namespace.
pub(crate) enum Ev<'a> {
    Start(Ns, BytesStart<'a>),
    Empty(Ns, BytesStart<'a>),
    End,
    /// Character data with entity and character references resolved.
    Text(Cow<'a, str>),
    Eof,
}

/// Which branch of an `mc:AlternateContent` to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    FirstChoice,
    Fallback,
    /// No lookahead verdict: take whichever branch comes first.
    FirstBranch,
}

struct AltFrame {
    depth: usize,
    taken: bool,
    pick: Pick,
}

/// quick-xml's `NsReader` over a string, less the work on elements that declare no
/// namespace: `NsReader` opens a namespace scope for every start tag, reading all its
/// attributes to look for `xmlns` (≈ 15 % of reading a .docx, whose style and table
/// properties are all attributes), and closes it at the end tag. Here a scope is opened
/// only for a start tag whose bytes hold `xmlns`; an element without one adds no binding,
/// so every name resolves exactly as under `NsReader`, and every error `NsReader` reports
/// (they come from `xmlns` attributes only) is reported the same.
#[derive(Clone)]
struct LeanNsReader<'a> {
    reader: Reader<&'a [u8]>,
    resolver: NamespaceResolver,
    /// For every open element, whether it opened a scope.
    scoped: Vec<bool>,
    /// The scope of the last `Empty` or `End` event, closed before the next event (as
    /// `NsReader` does, so the event itself still resolves in it).
    pending_pop: bool,
    /// Open a scope for every element, as `NsReader` does: when the depth limit allows
    /// more open elements than the resolver counts (its own error past `u16::MAX`).
    always: bool,
    /// The namespace of each element prefix met since the last scope was opened or
    /// closed. Resolving walks the bindings in scope (a Word root declares ≈ 30) for
    /// every tag; scopes change only at elements that declare `xmlns`, so nearly every
    /// tag of a part is a look-up in this short list.
    ns_cache: Vec<(Option<Box<str>>, Ns)>,
}

impl<'a> LeanNsReader<'a> {
    /// A reader over bytes to read as UTF-8: quick-xml validates every event (they hold
    /// `str`) and reports bytes that are not UTF-8 as `Error::Encoding`.
    fn from_utf8(bytes: &'a [u8], max_depth: usize) -> Self {
        LeanNsReader {
            reader: Reader::from_reader(bytes),
            resolver: NamespaceResolver::default(),
            scoped: Vec::new(),
            pending_pop: false,
            always: max_depth >= usize::from(u16::MAX),
            ns_cache: Vec::new(),
        }
    }

    fn config_mut(&mut self) -> &mut quick_xml::reader::Config {
        self.reader.config_mut()
    }

    fn buffer_position(&self) -> u64 {
        self.reader.buffer_position()
    }

    fn error_position(&self) -> u64 {
        self.reader.error_position()
    }

    fn resolver(&self) -> &NamespaceResolver {
        &self.resolver
    }

    fn declares(&self, e: &BytesStart<'_>) -> bool {
        self.always || AsRef::<str>::as_ref(e).contains("xmlns")
    }

    fn read_event(&mut self) -> quick_xml::Result<Event<'a>> {
        if self.pending_pop {
            self.resolver.pop();
            self.ns_cache.clear();
            self.pending_pop = false;
        }
        match self.reader.read_event()? {
            Event::Start(e) => {
                let scoped = self.declares(&e);
                if scoped {
                    self.resolver.push(&e)?;
                    self.ns_cache.clear();
                }
                self.scoped.push(scoped);
                Ok(Event::Start(e))
            }
            Event::Empty(e) => {
                if self.declares(&e) {
                    self.resolver.push(&e)?;
                    self.ns_cache.clear();
                    self.pending_pop = true;
                }
                Ok(Event::Empty(e))
            }
            Event::End(e) => {
                // quick-xml checks end names against start names: an End always closes
                // the element of the last Start.
                self.pending_pop = self.scoped.pop().unwrap_or(false);
                Ok(Event::End(e))
            }
            other => Ok(other),
        }
    }

    /// The next event with its element's namespace (`Other` for events that are not
    /// tags), as `NamespaceResolver::resolve_event` resolves it.
    fn read_ns_event(&mut self) -> quick_xml::Result<(Ns, Event<'a>)> {
        let event = self.read_event()?;
        let ns = match &event {
            Event::Start(e) | Event::Empty(e) => self.element_ns(e.name().prefix()),
            Event::End(e) => self.element_ns(e.name().prefix()),
            _ => Ns::Other,
        };
        Ok((ns, event))
    }

    fn element_ns(&mut self, prefix: Option<Prefix<'_>>) -> Ns {
        let key = prefix.map(|p| p.into_inner());
        if let Some(&(_, ns)) = self.ns_cache.iter().find(|(k, _)| k.as_deref() == key) {
            return ns;
        }
        let ns = ns_of(&self.resolver.resolve_prefix(prefix, true));
        self.ns_cache.push((key.map(Box::from), ns));
        ns
    }
}

/// The event stream of one part.
pub(crate) struct XmlReader<'a> {
    inner: LeanNsReader<'a>,
    /// The part's bytes, for the offset of the first byte that is not UTF-8.
    source: &'a [u8],
    part: String,
    max_depth: usize,
    depth: usize,
    /// Depths of wrapper elements (AlternateContent, the chosen branch) whose start was
    /// swallowed; their end is swallowed too.
    hidden: Vec<usize>,
    alt: Vec<AltFrame>,
    /// The branch to read of every `mc:AlternateContent` from the first one on, by the
    /// byte offset just after its start tag; computed when the first one is met.
    picks: Option<HashMap<u64, Pick>>,
}

impl<'a> XmlReader<'a> {
    pub(crate) fn new(text: &'a str, part: &str, max_depth: usize) -> Self {
        Self::from_utf8(text.as_bytes(), part, max_depth)
    }

    /// The event stream of a part's bytes as [`super::package::Package::read_xml`]
    /// gives them: bytes that are not UTF-8 are an error at the first of them, as
    /// `Package::read_text` reports it.
    pub(crate) fn from_utf8(source: &'a [u8], part: &str, max_depth: usize) -> Self {
        let mut inner = LeanNsReader::from_utf8(source, max_depth);
        let cfg = inner.config_mut();
        cfg.check_end_names = true;
        cfg.expand_empty_elements = false;
        cfg.trim_text(false);
        XmlReader {
            inner,
            source,
            part: part.to_string(),
            max_depth,
            depth: 0,
            hidden: Vec::new(),
            alt: Vec::new(),
            picks: None,
        }
    }

    pub(crate) fn part(&self) -> &str {
        &self.part
    }

    /// Byte offset in the part just after the last event.
    pub(crate) fn position(&self) -> u64 {
        self.inner.buffer_position()
    }

    /// A `ReadError::Xml` at the current position.
    pub(crate) fn error(&self, message: impl Into<String>) -> ReadError {
        ReadError::Xml {
            part: self.part.clone(),
            offset: self.position(),
            message: message.into(),
        }
    }

    fn parse_error(&self, e: quick_xml::Error) -> ReadError {
        if let quick_xml::Error::Encoding(_) = e {
            let valid = encoding_rs::Encoding::utf8_valid_up_to(self.source);
            return super::package::not_utf8(&self.part, valid);
        }
        ReadError::Xml {
            part: self.part.clone(),
            offset: self.inner.error_position(),
            message: e.to_string(),
        }
    }

    fn enter(&mut self, extra: usize) -> Result<(), ReadError> {
        if self.depth + extra > self.max_depth {
            return Err(ReadError::Limit(format!(
                "XML elements in {} are nested more than {} deep (at byte {})",
                self.part,
                self.max_depth,
                self.position()
            )));
        }
        Ok(())
    }

    fn unclosed(&self, open: usize) -> ReadError {
        self.error(format!(
            "unexpected end of file: {open} element(s) still open (the part is truncated)"
        ))
    }

    /// The next event. `mc:AlternateContent` never shows: the content of one branch
    /// appears in its place.
    pub(crate) fn next(&mut self) -> Result<Ev<'a>, ReadError> {
        loop {
            let (ns, event) = match self.inner.read_ns_event() {
                Ok(pair) => pair,
                Err(e) => return Err(self.parse_error(e)),
            };
            match event {
                Event::Start(e) => {
                    self.enter(1)?;
                    self.depth += 1;
                    if ns == Ns::Mc && self.mc_start(&e)? {
                        continue;
                    }
                    return Ok(Ev::Start(ns, e));
                }
                Event::Empty(e) => {
                    if ns == Ns::Mc
                        && matches!(
                            e.local_name().as_ref(),
                            "AlternateContent" | "Choice" | "Fallback"
                        )
                    {
                        continue;
                    }
                    return Ok(Ev::Empty(ns, e));
                }
                Event::End(_) => {
                    let d = self.depth;
                    self.depth = d.saturating_sub(1);
                    if self.hidden.last() == Some(&d) {
                        self.hidden.pop();
                        if self.alt.last().map(|a| a.depth) == Some(d) {
                            self.alt.pop();
                        }
                        continue;
                    }
                    return Ok(Ev::End);
                }
                Event::Text(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::CData(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::GeneralRef(r) => {
                    let text = match r.resolve_char_ref() {
                        Ok(Some(c)) => Cow::Owned(c.to_string()),
                        Ok(None) => match r.as_ref() {
                            "amp" => Cow::Borrowed("&"),
                            "lt" => Cow::Borrowed("<"),
                            "gt" => Cow::Borrowed(">"),
                            "quot" => Cow::Borrowed("\""),
                            "apos" => Cow::Borrowed("'"),
                            // An undeclared entity: keep it as written rather than lose it.
                            other => Cow::Owned(format!("&{other};")),
                        },
                        Err(e) => return Err(self.error(format!("bad character reference: {e}"))),
                    };
                    return Ok(Ev::Text(text));
                }
                Event::Eof => {
                    if self.depth > 0 {
                        return Err(self.unclosed(self.depth));
                    }
                    return Ok(Ev::Eof);
                }
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
            }
        }
    }

    /// Handle the start of an `mc:` element; true when it was swallowed.
    fn mc_start(&mut self, e: &BytesStart<'_>) -> Result<bool, ReadError> {
        let local = e.local_name();
        match local.as_ref() {
            "AlternateContent" => {
                let pick = self.lookahead();
                self.hidden.push(self.depth);
                self.alt.push(AltFrame {
                    depth: self.depth,
                    taken: false,
                    pick,
                });
                Ok(true)
            }
            name @ ("Choice" | "Fallback") => {
                let parent = self.depth - 1;
                let Some(frame) = self.alt.last_mut().filter(|a| a.depth == parent) else {
                    return Ok(false);
                };
                let take = !frame.taken
                    && match frame.pick {
                        Pick::FirstChoice => name == "Choice",
                        Pick::Fallback => name == "Fallback",
                        Pick::FirstBranch => true,
                    };
                if take {
                    frame.taken = true;
                    self.hidden.push(self.depth);
                } else {
                    self.skip()?;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Which branch of the AlternateContent just opened to read. The verdicts of this
    /// and of every later AlternateContent of the part are computed in one pass, the
    /// first time one is met ([`alternate_picks`]): a lookahead per AlternateContent
    /// re-read the nested ones again and again.
    fn lookahead(&mut self) -> Pick {
        let (at, depth) = (self.position(), self.depth);
        let picks = self
            .picks
            .get_or_insert_with(|| alternate_picks(self.inner.clone(), at, depth));
        picks.get(&at).copied().unwrap_or(Pick::FirstBranch)
    }

    /// Consume the content and the end of the element whose `Start` was just returned.
    pub(crate) fn skip(&mut self) -> Result<(), ReadError> {
        let mut open = 1usize;
        loop {
            let event = match self.inner.read_event() {
                Ok(ev) => ev,
                Err(e) => return Err(self.parse_error(e)),
            };
            match event {
                Event::Start(_) => {
                    self.enter(open)?;
                    open += 1;
                }
                Event::End(_) => {
                    open -= 1;
                    if open == 0 {
                        self.depth = self.depth.saturating_sub(1);
                        return Ok(());
                    }
                }
                Event::Eof => return Err(self.unclosed(self.depth + open - 1)),
                _ => {}
            }
        }
    }

    /// The value of attribute `local` when it is unprefixed or in the WordprocessingML
    /// namespace.
    pub(crate) fn attr<'e>(&self, e: &'e BytesStart<'_>, local: &str) -> Option<Cow<'e, str>> {
        for a in e.attributes().with_checks(false).flatten() {
            let key = a.key;
            if key.local_name().as_ref() != local {
                continue;
            }
            let ok = match key.prefix() {
                None => true,
                Some(_) => {
                    let (res, _) = self.inner.resolver().resolve_attribute(key);
                    ns_of(&res) == Ns::W
                }
            };
            if ok {
                return a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok();
            }
        }
        None
    }
}

/// One open `mc:AlternateContent` during [`alternate_picks`].
struct AltScan {
    /// Byte offset just after its start tag (the key of its verdict).
    at: u64,
    /// Element depth of the AlternateContent itself.
    depth: usize,
    /// The branch being read: 1 = first Choice, 2 = Fallback, 3 = anything else.
    current: u8,
    has_choice: bool,
    has_fallback: bool,
    /// `w:t` elements in the first Choice and in the Fallback.
    choice_t: usize,
    fallback_t: usize,
    /// The part-wide `w:t` count when the current branch opened.
    branch_start_t: usize,
}

impl AltScan {
    fn close_branch(&mut self, t_seen: usize) {
        let n = t_seen.saturating_sub(self.branch_start_t);
        match self.current {
            1 => self.choice_t += n,
            2 => self.fallback_t += n,
            _ => {}
        }
        self.current = 0;
    }

    /// None of the namespaces a Choice may require are understood, so the spec says
    /// Fallback; but Word sometimes writes an empty Fallback, so take the first Choice
    /// when it holds more `w:t` text than the Fallback.
    fn pick(&self) -> Pick {
        if self.has_fallback && self.fallback_t >= self.choice_t {
            Pick::Fallback
        } else if self.has_choice {
            Pick::FirstChoice
        } else {
            Pick::FirstBranch
        }
    }
}

/// The branch to read of the AlternateContent at element depth `depth` whose start tag
/// ends at `first` (where `r` stands) and of every later one of the part, in one pass: `w:t` elements are
/// counted once, part-wide, and each branch takes the difference of the counts at its
/// start and end, so nesting costs nothing extra. A parse error or the end of the part
/// closes what is open with the counts so far (the reader reports the error itself).
fn alternate_picks(mut r: LeanNsReader<'_>, first: u64, depth: usize) -> HashMap<u64, Pick> {
    let mut picks = HashMap::new();
    let mut depth = depth;
    let mut open = vec![AltScan {
        at: first,
        depth,
        current: 0,
        has_choice: false,
        has_fallback: false,
        choice_t: 0,
        fallback_t: 0,
        branch_start_t: 0,
    }];
    let mut t_seen = 0usize;
    while let Ok((ns, ev)) = r.read_ns_event() {
        match ev {
            Event::Start(e) => {
                depth += 1;
                let local = e.local_name();
                if let Some(f) = open.last_mut().filter(|f| f.depth + 1 == depth) {
                    f.current = match (ns, local.as_ref()) {
                        (Ns::Mc, "Choice") if !f.has_choice => {
                            f.has_choice = true;
                            1
                        }
                        (Ns::Mc, "Fallback") => {
                            f.has_fallback = true;
                            2
                        }
                        _ => 3,
                    };
                    f.branch_start_t = t_seen;
                }
                if ns == Ns::W && local.as_ref() == "t" {
                    t_seen += 1;
                }
                if ns == Ns::Mc && local.as_ref() == "AlternateContent" {
                    open.push(AltScan {
                        at: r.buffer_position(),
                        depth,
                        current: 0,
                        has_choice: false,
                        has_fallback: false,
                        choice_t: 0,
                        fallback_t: 0,
                        branch_start_t: t_seen,
                    });
                }
            }
            Event::Empty(e) => {
                if let Some(f) = open.last_mut().filter(|f| f.depth == depth) {
                    match (ns, e.local_name().as_ref()) {
                        (Ns::Mc, "Choice") => f.has_choice = true,
                        (Ns::Mc, "Fallback") => f.has_fallback = true,
                        _ => {}
                    }
                }
            }
            Event::End(_) => {
                if let Some(f) = open.last_mut().filter(|f| f.depth + 1 == depth) {
                    f.close_branch(t_seen);
                }
                if open.last().is_some_and(|f| f.depth == depth) {
                    if let Some(f) = open.pop() {
                        picks.insert(f.at, f.pick());
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    while let Some(mut f) = open.pop() {
        f.close_branch(t_seen);
        picks.insert(f.at, f.pick());
    }
    picks
}

/// The local name (no prefix) of a start tag.
pub(crate) fn local<'e>(e: &'e BytesStart<'_>) -> quick_xml::name::LocalName<'e> {
    e.local_name()
}

/// `w:val`-style on/off value: absent, `1`, `true`, `on` are on.
pub(crate) fn on_off(v: Option<&str>) -> bool {
    !matches!(v, Some("0" | "false" | "off" | "none"))
}

/// A decimal attribute value.
pub(crate) fn int(v: Option<&str>) -> Option<i64> {
    v.and_then(|s| s.trim().parse::<i64>().ok())
}

/// The elements any of the part readers acts on; everything else is `Other` and is
/// looked through (its content still read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    // document.xml
    Document,
    P,
    PPr,
    PStyle,
    OutlineLvl,
    Jc,
    NumPr,
    Ilvl,
    NumId,
    R,
    RPr,
    RStyle,
    B,
    RFonts,
    T,
    MathT,
    Tab,
    Br,
    NoBreakHyphen,
    Sym,
    Tbl,
    Tr,
    Tc,
    TcPr,
    GridSpan,
    VMerge,
    Del,
    MoveFrom,
    FldChar,
    // styles.xml
    DocDefaults,
    RPrDefault,
    PPrDefault,
    Style,
    Name,
    BasedOn,
    // numbering.xml
    AbstractNum,
    Lvl,
    Start,
    NumFmt,
    LvlText,
    LvlRestart,
    IsLgl,
    NumStyleLink,
    StyleLink,
    Num,
    AbstractNumId,
    LvlOverride,
    StartOverride,
    /// An element whose whole subtree is ignored wherever it appears: revision records
    /// holding the *old* properties (`w:pPrChange` …), field instructions, deleted text,
    /// content-control properties, table-style conditional formatting, ruby guide text,
    /// section properties.
    Skip,
    Other,
}

pub(crate) fn tag(ns: Ns, local: &str) -> Tag {
    match ns {
        Ns::Math if local == "t" => return Tag::MathT,
        Ns::W => {}
        _ => return Tag::Other,
    }
    match local {
        "document" => Tag::Document,
        "p" => Tag::P,
        "pPr" => Tag::PPr,
        "pStyle" => Tag::PStyle,
        "outlineLvl" => Tag::OutlineLvl,
        "jc" => Tag::Jc,
        "numPr" => Tag::NumPr,
        "ilvl" => Tag::Ilvl,
        "numId" => Tag::NumId,
        "r" => Tag::R,
        "rPr" => Tag::RPr,
        "rStyle" => Tag::RStyle,
        "b" => Tag::B,
        "rFonts" => Tag::RFonts,
        "t" => Tag::T,
        "tab" | "ptab" => Tag::Tab,
        "br" | "cr" => Tag::Br,
        "noBreakHyphen" => Tag::NoBreakHyphen,
        "sym" => Tag::Sym,
        "tbl" => Tag::Tbl,
        "tr" => Tag::Tr,
        "tc" => Tag::Tc,
        "tcPr" => Tag::TcPr,
        "gridSpan" => Tag::GridSpan,
        "vMerge" => Tag::VMerge,
        "del" => Tag::Del,
        "moveFrom" => Tag::MoveFrom,
        "fldChar" => Tag::FldChar,
        "docDefaults" => Tag::DocDefaults,
        "rPrDefault" => Tag::RPrDefault,
        "pPrDefault" => Tag::PPrDefault,
        "style" => Tag::Style,
        "name" => Tag::Name,
        "basedOn" => Tag::BasedOn,
        "abstractNum" => Tag::AbstractNum,
        "lvl" => Tag::Lvl,
        "start" => Tag::Start,
        "numFmt" => Tag::NumFmt,
        "lvlText" => Tag::LvlText,
        "lvlRestart" => Tag::LvlRestart,
        "isLgl" => Tag::IsLgl,
        "numStyleLink" => Tag::NumStyleLink,
        "styleLink" => Tag::StyleLink,
        "num" => Tag::Num,
        "abstractNumId" => Tag::AbstractNumId,
        "lvlOverride" => Tag::LvlOverride,
        "startOverride" => Tag::StartOverride,
        "pPrChange" | "rPrChange" | "tcPrChange" | "trPrChange" | "tblPrChange"
        | "tblPrExChange" | "tblGridChange" | "sectPrChange" | "numberingChange" | "instrText"
        | "delInstrText" | "delText" | "sdtPr" | "sdtEndPr" | "tblStylePr" | "rt" | "sectPr"
        | "fldData" | "latentStyles" => Tag::Skip,
        _ => Tag::Other,
    }
}
