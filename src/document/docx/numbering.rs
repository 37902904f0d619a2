//! numbering.xml: rendering Word's automatic numbers (一、 （二） 1.2 第三章 …).
//!
//! Word semantics kept here:
//! - a `w:num` points at a `w:abstractNum`; all nums sharing an abstractNum count on
//!   one set of counters. A `w:startOverride` of a num sets the shared counter of its
//!   level the first time a paragraph of that num is numbered at that level ("Restart
//!   at 1"); later paragraphs, of that num or of another sharing the abstractNum,
//!   continue from there (Word's behaviour, pandoc test `lists_restart_8367`). A
//!   `w:lvlOverride` holding a whole `w:lvl` changes how that num's paragraphs look;
//! - an abstractNum with `w:numStyleLink` takes its levels from the abstractNum of the
//!   numbering style it names (through the style's numId, or the abstractNum whose
//!   `w:styleLink` names it);
//! - numbering a paragraph at level k resets the deeper levels' counters, except
//!   where `w:lvlRestart` says otherwise (0 = never restart);
//! - `%1`…`%9` in `w:lvlText` show levels 1–9 in their own formats (decimal for all
//!   under `w:isLgl`); a level not yet used shows its start value;
//! - `w:start` absent means 0 (as in the spec and Word).

use std::collections::{HashMap, HashSet};

use super::numfmt::format;
use super::styles::Styles;
use super::xml::{int, local, on_off, tag, Ev, Tag, XmlReader};
use crate::document::read::ReadError;

/// How deep a numStyleLink chain is followed.
const MAX_LINKS: usize = 4;

#[derive(Debug, Clone, Default)]
struct Level {
    start: Option<i64>,
    fmt: Option<String>,
    text: Option<String>,
    restart: Option<i64>,
    is_lgl: bool,
    pstyle: Option<String>,
}

/// A list's levels and overrides are stored only as far as they are defined (an array of
/// nine took ≈ 1 KB per list whether used or not: 50,000 lists and nums cost 220 MB).
#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: Vec<Option<Level>>,
    num_style_link: Option<String>,
    style_link: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Override {
    start: Option<i64>,
    level: Option<Level>,
}

#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: Option<String>,
    overrides: Vec<Option<Override>>,
}

/// The number shown before a numbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    /// The rendered `w:lvlText` without the suffix; `None` for bullets and for levels
    /// that show nothing.
    pub text: Option<String>,
    pub bullet: bool,
}

/// The numbering definitions and the running counters of one document.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<u32, Num>,
    /// numId → the abstractNum id whose levels it uses (numStyleLink followed).
    resolved: HashMap<u32, String>,
    /// abstractNum id → counters of its nine levels (`None`: not used yet).
    counters: HashMap<String, [Option<i64>; 9]>,
    /// (numId, level) whose startOverride has been applied.
    overridden: HashSet<(u32, usize)>,
}

/// Level `i` (0–8) of a list's levels or overrides, the list grown to hold it.
fn slot_mut<T>(slots: &mut Vec<Option<T>>, i: usize) -> Option<&mut Option<T>> {
    if i >= 9 {
        return None;
    }
    if slots.len() <= i {
        slots.resize_with(i + 1, || None);
    }
    slots.get_mut(i)
}

fn level_index(v: Option<i64>) -> Option<usize> {
    v.and_then(|v| usize::try_from(v).ok()).filter(|&v| v < 9)
}

impl Numbering {
    pub(crate) fn parse(
        text: &str,
        part: &str,
        max_depth: usize,
        styles: &Styles,
    ) -> Result<Numbering, ReadError> {
        let mut xr = XmlReader::new(text, part, max_depth);
        let mut n = Numbering::default();
        let mut stack: Vec<Tag> = Vec::new();
        let mut abs: Option<(String, Abstract)> = None;
        let mut num: Option<(u32, Num)> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut ovr: Option<(usize, Override)> = None;
        loop {
            let (e, is_start, ns) = match xr.next()? {
                Ev::Start(ns, e) => (e, true, ns),
                Ev::Empty(ns, e) => (e, false, ns),
                Ev::End => {
                    match stack.pop() {
                        Some(Tag::Lvl) => {
                            if let Some((i, l)) = lvl.take() {
                                if let Some((_, o)) = ovr.as_mut() {
                                    o.level = Some(l);
                                } else if let Some(slot) =
                                    abs.as_mut().and_then(|(_, a)| slot_mut(&mut a.levels, i))
                                {
                                    *slot = Some(l);
                                }
                            }
                        }
                        Some(Tag::LvlOverride) => {
                            if let (Some((i, o)), Some((_, nm))) = (ovr.take(), num.as_mut()) {
                                if let Some(slot) = slot_mut(&mut nm.overrides, i) {
                                    *slot = Some(o);
                                }
                            }
                        }
                        Some(Tag::AbstractNum) => {
                            if let Some((id, a)) = abs.take() {
                                n.abstracts.entry(id).or_insert(a);
                            }
                        }
                        Some(Tag::Num) => {
                            if let Some((id, nm)) = num.take() {
                                n.nums.entry(id).or_insert(nm);
                            }
                        }
                        _ => {}
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
            let val = xr.attr(&e, "val");
            let val = val.as_deref();
            let parent = stack.last().copied().unwrap_or(Tag::Other);
            match (t, parent) {
                (Tag::AbstractNum, _) => {
                    let id = xr.attr(&e, "abstractNumId").unwrap_or_default();
                    abs = Some((id.trim().to_string(), Abstract::default()));
                }
                (Tag::Num, _) => {
                    let id = int(xr.attr(&e, "numId").as_deref());
                    // A num without a usable id is read and dropped.
                    let id = id.and_then(|i| u32::try_from(i).ok()).unwrap_or(0);
                    num = Some((id, Num::default()));
                }
                (Tag::Lvl, _) => {
                    let i = level_index(int(xr.attr(&e, "ilvl").as_deref())).unwrap_or(0);
                    lvl = Some((i, Level::default()));
                }
                (Tag::LvlOverride, _) => {
                    let i = level_index(int(xr.attr(&e, "ilvl").as_deref())).unwrap_or(0);
                    ovr = Some((i, Override::default()));
                }
                (Tag::StartOverride, Tag::LvlOverride) => {
                    if let Some((_, o)) = ovr.as_mut() {
                        o.start = int(val);
                    }
                }
                (Tag::AbstractNumId, Tag::Num) => {
                    if let Some((_, nm)) = num.as_mut() {
                        nm.abstract_id = val.map(|v| v.trim().to_string());
                    }
                }
                (Tag::NumStyleLink | Tag::StyleLink, Tag::AbstractNum) => {
                    if let Some((_, a)) = abs.as_mut() {
                        let v = val.map(|v| v.to_string());
                        if t == Tag::NumStyleLink {
                            a.num_style_link = v;
                        } else {
                            a.style_link = v;
                        }
                    }
                }
                (_, Tag::Lvl) => {
                    if let Some((_, l)) = lvl.as_mut() {
                        match t {
                            Tag::Start => l.start = int(val),
                            Tag::NumFmt => l.fmt = val.map(str::to_string),
                            Tag::LvlText => l.text = val.map(str::to_string),
                            Tag::LvlRestart => l.restart = int(val),
                            Tag::IsLgl => l.is_lgl = on_off(val),
                            Tag::PStyle => l.pstyle = val.map(str::to_string),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
            if is_start {
                stack.push(t);
            }
        }
        n.link(styles);
        Ok(n)
    }

    /// Resolve every num to the abstractNum whose levels it shows.
    fn link(&mut self, styles: &Styles) {
        // The abstractNum that defines each numbering style (`w:styleLink`), indexed once:
        // a search of every abstractNum per num was O(nums × abstractNums). When several
        // claim the same style the smallest id wins, so the choice is deterministic.
        let mut by_style_link: HashMap<&str, &String> = HashMap::new();
        for (k, a) in &self.abstracts {
            if let Some(link) = a.style_link.as_deref() {
                by_style_link
                    .entry(link)
                    .and_modify(|e| {
                        if k < *e {
                            *e = k;
                        }
                    })
                    .or_insert(k);
            }
        }
        for (&id, num) in &self.nums {
            let Some(mut abs_id) = num.abstract_id.clone() else {
                continue;
            };
            for _ in 0..MAX_LINKS {
                let Some(link) = self
                    .abstracts
                    .get(&abs_id)
                    .and_then(|a| a.num_style_link.as_deref())
                else {
                    break;
                };
                let via_style = styles
                    .numbering_style(link)
                    .and_then(|nid| self.nums.get(&nid))
                    .and_then(|n| n.abstract_id.clone());
                let via_link = || by_style_link.get(link).map(|k| (*k).clone());
                match via_style.or_else(via_link) {
                    Some(next) if next != abs_id => abs_id = next,
                    _ => break,
                }
            }
            if self.abstracts.contains_key(&abs_id) {
                self.resolved.insert(id, abs_id);
            }
        }
    }

    /// The level of list `num_id` that names paragraph style `style_id` in its
    /// `w:pStyle`.
    pub(crate) fn level_for_style(&self, num_id: u32, style_id: &str) -> Option<u8> {
        let abs = self.abstracts.get(self.resolved.get(&num_id)?)?;
        let num = self.nums.get(&num_id)?;
        (0..9u8).find(|&i| {
            let i = usize::from(i);
            let lvl = num
                .overrides
                .get(i)
                .and_then(|o| o.as_ref())
                .and_then(|o| o.level.as_ref())
                .or_else(|| abs.levels.get(i).and_then(|l| l.as_ref()));
            lvl.and_then(|l| l.pstyle.as_deref()) == Some(style_id)
        })
    }

    /// Count a paragraph numbered `num_id` at level `ilvl` and render its number.
    /// `None` when `num_id` is 0 or names no usable list (the paragraph is then not
    /// numbered at all).
    pub(crate) fn next(&mut self, num_id: u32, ilvl: u8) -> Option<Label> {
        if num_id == 0 {
            return None;
        }
        let num = self.nums.get(&num_id)?;
        let abs_id = self.resolved.get(&num_id)?;
        let abs = self.abstracts.get(abs_id)?;
        let k = usize::from(ilvl.min(8));
        let levels: [Option<&Level>; 9] = std::array::from_fn(|i| {
            let o = num.overrides.get(i).and_then(|o| o.as_ref());
            o.and_then(|o| o.level.as_ref())
                .or_else(|| abs.levels.get(i).and_then(|l| l.as_ref()))
        });
        let starts: [i64; 9] = std::array::from_fn(|i| {
            let o = num.overrides.get(i).and_then(|o| o.as_ref());
            o.and_then(|o| o.start)
                .or_else(|| levels.get(i).copied().flatten().and_then(|l| l.start))
                .unwrap_or(0)
        });
        let restart_at = num
            .overrides
            .get(k)
            .and_then(|o| o.as_ref())
            .and_then(|o| o.start)
            .filter(|_| self.overridden.insert((num_id, k)));
        let counters = self.counters.entry(abs_id.clone()).or_insert([None; 9]);
        let start_k = starts.get(k).copied().unwrap_or(0);
        if let Some(c) = counters.get_mut(k) {
            *c = Some(match (restart_at, *c) {
                (Some(s), _) => s,
                (None, None) => start_k,
                (None, Some(v)) => v.saturating_add(1),
            });
        }
        for j in k + 1..9 {
            let restart = levels
                .get(j)
                .copied()
                .flatten()
                .and_then(|l| l.restart)
                .unwrap_or(j as i64);
            if restart != 0 && (k as i64) < restart {
                if let Some(c) = counters.get_mut(j) {
                    *c = None;
                }
            }
        }
        let Some(level) = levels.get(k).copied().flatten() else {
            return Some(Label {
                text: None,
                bullet: false,
            });
        };
        if level.fmt.as_deref() == Some("bullet") {
            return Some(Label {
                text: None,
                bullet: true,
            });
        }
        let pattern = level.text.as_deref().unwrap_or("");
        let mut out = String::with_capacity(pattern.len() + 8);
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            let digit = chars
                .peek()
                .and_then(|d| d.to_digit(10))
                .filter(|d| (1..=9).contains(d));
            match (c, digit) {
                ('%', Some(d)) => {
                    chars.next();
                    let i = (d - 1) as usize;
                    let value = counters
                        .get(i)
                        .copied()
                        .flatten()
                        .unwrap_or_else(|| starts.get(i).copied().unwrap_or(0));
                    let fmt = if level.is_lgl {
                        "decimal"
                    } else {
                        levels
                            .get(i)
                            .copied()
                            .flatten()
                            .and_then(|l| l.fmt.as_deref())
                            .unwrap_or("decimal")
                    };
                    out.push_str(&format(value, fmt));
                }
                _ => out.push(c),
            }
        }
        let text = (!out.trim().is_empty()).then_some(out);
        Some(Label {
            text,
            bullet: false,
        })
    }
}
