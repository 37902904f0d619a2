//! styles.xml: paragraph and character styles resolved through their `w:basedOn`
//! chains, and the document defaults.
//!
//! Meaning is taken from style *names* and outline levels, never from style ids:
//! LibreOffice renames ids, Chinese Word's Normal style has id `a` and its heading
//! styles have ids `1`, `2`… (names `heading 1`…). Ids are only the links between a
//! paragraph and its style and between styles.

use std::collections::HashMap;

use quick_xml::events::BytesStart;

use super::xml::{int, local, on_off, tag, Ev, Tag, XmlReader};
use crate::document::read::ReadError;
use crate::document::HeadingSource;

/// basedOn chains longer than this are cut (and cycles end here).
const MAX_CHAIN: usize = 32;

/// Run properties that matter for emphasis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RunProps {
    pub bold: Option<bool>,
    pub east_asia: Option<String>,
    pub ascii: Option<String>,
}

impl RunProps {
    /// Fill what `self` leaves unset from `base`.
    pub(crate) fn inherit(&mut self, base: &RunProps) {
        if self.bold.is_none() {
            self.bold = base.bold;
        }
        if self.east_asia.is_none() {
            self.east_asia.clone_from(&base.east_asia);
        }
        if self.ascii.is_none() {
            self.ascii.clone_from(&base.ascii);
        }
    }

    /// Read one child of a `w:rPr`.
    pub(crate) fn read(&mut self, t: Tag, e: &BytesStart<'_>, xr: &XmlReader<'_>) {
        match t {
            Tag::B => self.bold = Some(on_off(xr.attr(e, "val").as_deref())),
            Tag::RFonts => {
                if let Some(f) = xr.attr(e, "eastAsia") {
                    self.east_asia = Some(f.trim().to_string());
                }
                if let Some(f) = xr.attr(e, "ascii") {
                    self.ascii = Some(f.trim().to_string());
                }
            }
            _ => {}
        }
    }

    /// Bold, or an east-Asian font used for headings (黑体, 楷体, 方正小标宋 …).
    pub(crate) fn emphasised(&self) -> bool {
        self.bold == Some(true)
            || self
                .east_asia
                .as_deref()
                .or(self.ascii.as_deref())
                .is_some_and(is_heading_font)
    }
}

fn is_heading_font(font: &str) -> bool {
    let f = font.trim();
    matches!(
        f,
        "黑体"
            | "SimHei"
            | "楷体"
            | "楷体_GB2312"
            | "KaiTi"
            | "KaiTi_GB2312"
            | "华文楷体"
            | "STKaiti"
    ) || ["方正小标宋", "方正黑体", "方正楷体"]
        .iter()
        .any(|p| f.starts_with(p))
}

/// `w:numPr` as written: either part may be missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct NumPr {
    pub num_id: Option<u32>,
    pub ilvl: Option<u8>,
}

/// Paragraph properties that matter here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ParaProps {
    /// `w:outlineLvl` (0–8; 9 = body text).
    pub outline: Option<u8>,
    pub centered: Option<bool>,
    pub num: Option<NumPr>,
}

impl ParaProps {
    /// Read one element inside a `w:pPr`; `parent` is the enclosing element's tag.
    pub(crate) fn read(&mut self, t: Tag, parent: Tag, e: &BytesStart<'_>, xr: &XmlReader<'_>) {
        let val = || xr.attr(e, "val");
        match (t, parent) {
            (Tag::OutlineLvl, Tag::PPr) => {
                self.outline = int(val().as_deref()).and_then(|v| u8::try_from(v.clamp(0, 9)).ok())
            }
            (Tag::Jc, Tag::PPr) => self.centered = Some(val().as_deref() == Some("center")),
            (Tag::NumPr, Tag::PPr) => {
                self.num.get_or_insert_with(NumPr::default);
            }
            (Tag::NumId, Tag::NumPr) => {
                let id = int(val().as_deref()).and_then(|v| u32::try_from(v).ok());
                self.num.get_or_insert_with(NumPr::default).num_id = id;
            }
            (Tag::Ilvl, Tag::NumPr) => {
                let l = int(val().as_deref()).and_then(|v| u8::try_from(v.clamp(0, 8)).ok());
                self.num.get_or_insert_with(NumPr::default).ilvl = l;
            }
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Character,
    Numbering,
    Other,
}

#[derive(Debug, Clone)]
struct StyleDef {
    kind: Kind,
    id: String,
    name: String,
    based_on: Option<String>,
    default: bool,
    ppr: ParaProps,
    rpr: RunProps,
}

/// Numbering a paragraph style carries (directly or through its chain).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StyleNum {
    pub num_id: u32,
    pub ilvl: Option<u8>,
    /// Id of the style in the chain that holds the `w:numPr` (a numbering level may
    /// name it in `w:pStyle`).
    pub style_id: String,
}

/// A paragraph style with its chain resolved (and the document defaults applied).
#[derive(Debug, Clone, Default)]
pub(crate) struct ParaStyle {
    /// Heading level from a `heading N` / `标题 N` name or an outline level; `None` for
    /// body text (also when the nearest outline level in the chain is 9).
    pub level: Option<(u8, HeadingSource)>,
    pub title: bool,
    pub centered: bool,
    pub num: Option<StyleNum>,
    /// Run properties of the style chain and the defaults.
    pub rpr: RunProps,
}

/// The resolved styles of a document.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    para: HashMap<String, ParaStyle>,
    chars: HashMap<String, RunProps>,
    default_para: ParaStyle,
    /// Numbering style id → the `numId` it carries (for `w:numStyleLink`).
    numbering: HashMap<String, u32>,
}

/// `heading 3`, `Heading 3`, `标题 3`, `标题3` → 3.
fn heading_level(name: &str) -> Option<u8> {
    let n = name.trim().to_lowercase();
    let rest = n
        .strip_prefix("heading")
        .or_else(|| n.strip_prefix("标题"))?;
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    let mut chars = rest.chars();
    let d = chars.next()?.to_digit(10)?;
    (chars.next().is_none() && (1..=9).contains(&d)).then_some(d as u8)
}

fn is_title_name(name: &str) -> bool {
    let n = name.trim();
    n.eq_ignore_ascii_case("title") || n == "标题"
}

impl Styles {
    pub(crate) fn parse(text: &str, part: &str, max_depth: usize) -> Result<Styles, ReadError> {
        let mut xr = XmlReader::new(text, part, max_depth);
        let mut defs: Vec<StyleDef> = Vec::new();
        let mut def_rpr = RunProps::default();
        let mut def_ppr = ParaProps::default();
        let mut cur: Option<StyleDef> = None;
        let mut stack: Vec<Tag> = Vec::new();
        loop {
            let (e, is_start, ns) = match xr.next()? {
                Ev::Start(ns, e) => (e, true, ns),
                Ev::Empty(ns, e) => (e, false, ns),
                Ev::End => {
                    if stack.pop() == Some(Tag::Style) {
                        defs.extend(cur.take());
                    }
                    continue;
                }
                Ev::Text(_) => continue,
                Ev::Eof => break,
            };
            let t = tag(ns, local(&e).as_ref());
            if t == Tag::Skip {
                if is_start {
                    xr.skip()?;
                }
                continue;
            }
            let parent = stack.last().copied().unwrap_or(Tag::Other);
            if t == Tag::Style {
                let kind = match xr.attr(&e, "type").as_deref() {
                    Some("paragraph") | None => Kind::Paragraph,
                    Some("character") => Kind::Character,
                    Some("numbering") => Kind::Numbering,
                    Some(_) => Kind::Other,
                };
                cur = Some(StyleDef {
                    kind,
                    id: xr.attr(&e, "styleId").unwrap_or_default().into_owned(),
                    name: String::new(),
                    based_on: None,
                    default: xr.attr(&e, "default").is_some_and(|v| on_off(Some(&v))),
                    ppr: ParaProps::default(),
                    rpr: RunProps::default(),
                });
            } else if let Some(s) = cur.as_mut() {
                match (t, parent) {
                    (Tag::Name, Tag::Style) => {
                        s.name = xr.attr(&e, "val").unwrap_or_default().into_owned()
                    }
                    (Tag::BasedOn, Tag::Style) => {
                        s.based_on = xr.attr(&e, "val").map(|v| v.into_owned())
                    }
                    (_, Tag::RPr) => s.rpr.read(t, &e, &xr),
                    _ => s.ppr.read(t, parent, &e, &xr),
                }
            } else if stack.contains(&Tag::RPrDefault) && parent == Tag::RPr {
                def_rpr.read(t, &e, &xr);
            } else if stack.contains(&Tag::PPrDefault) {
                def_ppr.read(t, parent, &e, &xr);
            }
            if is_start {
                stack.push(t);
            }
        }
        Ok(Styles::resolve(defs, def_rpr, def_ppr))
    }

    fn resolve(defs: Vec<StyleDef>, def_rpr: RunProps, def_ppr: ParaProps) -> Styles {
        let mut by_id: HashMap<&str, &StyleDef> = HashMap::with_capacity(defs.len());
        for d in &defs {
            by_id.entry(d.id.as_str()).or_insert(d);
        }
        let chain = |start| chain(start, &by_id);
        let mut styles = Styles::default();
        let mut default_para = None;
        for d in &defs {
            match d.kind {
                Kind::Paragraph => {
                    let ps = resolve_para(&chain(d), &def_rpr, &def_ppr);
                    if d.default && default_para.is_none() {
                        default_para = Some(ps.clone());
                    }
                    styles.para.entry(d.id.clone()).or_insert(ps);
                }
                Kind::Character => {
                    let mut rp = RunProps::default();
                    for s in chain(d) {
                        rp.inherit(&s.rpr);
                    }
                    styles.chars.entry(d.id.clone()).or_insert(rp);
                }
                Kind::Numbering => {
                    if let Some(id) = d.ppr.num.and_then(|n| n.num_id) {
                        styles.numbering.entry(d.id.clone()).or_insert(id);
                    }
                }
                Kind::Other => {}
            }
        }
        let normal = defs
            .iter()
            .find(|d| d.kind == Kind::Paragraph && d.name.eq_ignore_ascii_case("normal"))
            .and_then(|d| styles.para.get(&d.id).cloned());
        styles.default_para = default_para
            .or(normal)
            .unwrap_or_else(|| resolve_para(&[], &def_rpr, &def_ppr));
        styles
    }

    /// The paragraph style with id `id`; the default paragraph style when `id` is
    /// absent or names no paragraph style (Word does the same).
    pub(crate) fn para(&self, id: Option<&str>) -> &ParaStyle {
        id.and_then(|i| self.para.get(i))
            .unwrap_or(&self.default_para)
    }

    /// A character style's run properties (chain resolved, no defaults).
    pub(crate) fn char_style(&self, id: &str) -> Option<&RunProps> {
        self.chars.get(id)
    }

    /// The `numId` a numbering style carries.
    pub(crate) fn numbering_style(&self, id: &str) -> Option<u32> {
        self.numbering.get(id).copied()
    }
}

/// A style and its basedOn ancestors of the same kind, nearest first; cut at a cycle.
fn chain<'d>(start: &'d StyleDef, by_id: &HashMap<&str, &'d StyleDef>) -> Vec<&'d StyleDef> {
    let mut out: Vec<&'d StyleDef> = vec![];
    let mut next = Some(start);
    while let Some(s) = next {
        if out.len() >= MAX_CHAIN || out.iter().any(|o| o.id == s.id) {
            break;
        }
        out.push(s);
        next = s
            .based_on
            .as_deref()
            .and_then(|b| by_id.get(b).copied())
            .filter(|b| b.kind == s.kind);
    }
    out
}

fn resolve_para(chain: &[&StyleDef], def_rpr: &RunProps, def_ppr: &ParaProps) -> ParaStyle {
    let mut ps = ParaStyle::default();
    let mut level_done = false;
    let mut title_done = false;
    for s in chain {
        if !level_done {
            if let Some(n) = heading_level(&s.name) {
                ps.level = Some((n, HeadingSource::Style));
                level_done = true;
                title_done = true;
            } else if let Some(k) = s.ppr.outline {
                ps.level = (k < 9).then_some((k + 1, HeadingSource::OutlineLevel));
                level_done = true;
            }
        }
        if !title_done && is_title_name(&s.name) {
            ps.title = true;
            title_done = true;
        }
        if ps.num.is_none() {
            if let Some(n) = s.ppr.num {
                if let Some(id) = n.num_id {
                    ps.num = Some(StyleNum {
                        num_id: id,
                        ilvl: n.ilvl,
                        style_id: s.id.clone(),
                    });
                }
            }
        }
        ps.rpr.inherit(&s.rpr);
    }
    if !level_done {
        if let Some(k) = def_ppr.outline {
            ps.level = (k < 9).then_some((k + 1, HeadingSource::OutlineLevel));
        }
    }
    ps.centered = chain
        .iter()
        .find_map(|s| s.ppr.centered)
        .or(def_ppr.centered)
        .unwrap_or(false);
    ps.rpr.inherit(def_rpr);
    ps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_names() {
        assert_eq!(heading_level("heading 1"), Some(1));
        assert_eq!(heading_level("Heading 9"), Some(9));
        assert_eq!(heading_level("标题 2"), Some(2));
        assert_eq!(heading_level("标题3"), Some(3));
        assert_eq!(heading_level("Heading"), None);
        assert_eq!(heading_level("Heading 10"), None);
        assert_eq!(heading_level("heading 1 Char"), None);
        assert_eq!(heading_level("标题"), None);
        assert!(is_title_name("Title") && is_title_name("标题") && !is_title_name("Subtitle"));
    }
}
