//! Principle rules: the five principles of clause 4 (基本原则) of the standard —
//! 协调性、准确性、可行性、前瞻性、科学性 — judged by the evidence items the rules pack lists
//! for each (`principles:` in `rules/park-carbon-peak.yaml`). Each missing evidence item
//! is one finding of its principle's rule; [`principle_status`] sums them up as met /
//! partly / missing for the JSON summary and the human output.
//!
//! How an evidence item is judged (the pack is data, this is the one place that reads it):
//!
//! * **Scope.** `document`: every block of the document (headings, paragraphs, list items,
//!   table cells; not Markdown comments) and the title. An outline-item scope: the text of
//!   the sections whose headings matched those items (sub-sections included). When none of
//!   the scope's items has a heading, the text signals are looked for in the whole document
//!   instead (the missing chapter is `structure/missing-chapter`'s finding; wording found
//!   elsewhere is still evidence), but `min_distinct_years` is not — every plan names three
//!   years somewhere, so a year count only means something inside its chapter.
//! * **Signals** (any one is enough): at least `min_matches` hits of `any_keywords`,
//!   `any_patterns` and `any_vocabularies` together; a heading for one of
//!   `any_outline_items` (anywhere in the document); at least `min_distinct_years`
//!   distinct years (19xx/20xx written as a year — `2015年`, `二〇一五年`, the start of a range
//!   `2015—2020年`, or a table cell holding only the year; not a standard's number such as
//!   `GB/T 32150—2015`). For 科学性 the number is `thresholds.min_history_years` (so a
//!   `peaklint.yaml` can tune it; the default 3 is also what the default pack states).
//! * **Cited titles.** A cited title is not evidence of the plan doing the thing:
//!   《…二〇三五年远景目标纲要》 is no post-peak outlook. So the text inside 《…》 is ignored,
//!   except for evidence items that recognise cited documents — those with a pattern that
//!   contains `《`, or using the `accounting_standards` or `data_sources` vocabularies (a
//!   standard or a yearbook is named by its title).
//! * **Facts** (`any_facts`): what the extraction layer read from the plan meets the item in
//!   substance whatever the wording — two or more target years of the plan's own targets
//!   (a timetable), a business-as-usual emission figure (a scenario analysis), two or more
//!   quantified reductions of measures (see `substance.rs`).
//! * Full-width digits and Latin letters (２０３０, ＧＢ／Ｔ) are read as ASCII.
//!
//! Principles are judged only for documents with headings, like the structure rules: a
//! document without any is reported by `input/no-structure`, and scoped evidence cannot be
//! found in it.

pub mod accuracy;
pub mod coordination;
pub mod feasibility;
pub mod foresight;
pub mod scientific;
mod substance;

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::rc::Rc;

use schemars::JsonSchema;
use serde::Serialize;

use crate::checks::structure::heading_place;
use crate::checks::{Context, RuleDoc};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Block, BlockKind};
use crate::extract::outline::{find_section, first_matching_heading};
use crate::extract::sentences::item_ranges;
use crate::finding::{Count, Finding, MissingEvidence, Searched, YearCount};
use crate::pack::{Evidence, Principle, PrincipleId, Requirement, Scope};

/// Vocabularies whose terms are names of documents (standards, yearbooks, reports).
const DOCUMENT_VOCABULARIES: [&str; 2] = ["accounting_standards", "data_sources"];

/// The rule of a principle.
pub fn rule_doc(id: PrincipleId) -> &'static RuleDoc {
    match id {
        PrincipleId::Coordination => &coordination::DOC,
        PrincipleId::Accuracy => &accuracy::DOC,
        PrincipleId::Feasibility => &feasibility::DOC,
        PrincipleId::Foresight => &foresight::DOC,
        PrincipleId::Scientific => &scientific::DOC,
    }
}

/// Whether principles are judged for this document (it has headings).
pub fn applies(cx: &Context) -> bool {
    cx.doc.headings().next().is_some()
}

/// How much of a principle's evidence a plan shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Every evidence item is met.
    Met,
    /// Some are.
    Partly,
    /// None is.
    Missing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Partly => "partly",
            Status::Missing => "missing",
        }
    }
}

/// One principle's status for a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrincipleStatus {
    /// `coordination`, `accuracy` …
    pub id: &'static str,
    /// 协调性 … (the pack's name).
    pub name: String,
    pub status: Status,
    /// Evidence items met.
    pub met: usize,
    /// Evidence items of the principle.
    pub total: usize,
    /// Names of the evidence items not met, in the pack's order.
    pub missing: Vec<String>,
}

/// The status of every principle the pack defines and the configuration does not turn off,
/// in the standard's order; empty when principles do not apply (see [`applies`]).
pub fn principle_status(cx: &Context) -> Vec<PrincipleStatus> {
    evaluations(cx)
        .iter()
        .map(|ev| {
            // Evidence that can only be wording does not decide the status.
            let results: Vec<&EvidenceResult> =
                ev.results.iter().filter(|r| !r.evidence.wording).collect();
            let met = results.iter().filter(|r| r.met).count();
            let total = results.len();
            let status = if met == total {
                Status::Met
            } else if met == 0 {
                Status::Missing
            } else {
                Status::Partly
            };
            PrincipleStatus {
                id: ev.principle.id.as_str(),
                name: ev.principle.name.clone(),
                status,
                met,
                total,
                missing: results
                    .iter()
                    .filter(|r| !r.met)
                    .map(|r| r.evidence.name.clone())
                    .collect(),
            }
        })
        .collect()
}

/// One principle's evidence verdicts.
#[derive(Debug, Clone)]
pub struct Evaluation<'p> {
    pub principle: &'p Principle,
    pub results: Vec<EvidenceResult<'p>>,
}

/// The evaluation of every principle the pack defines and the configuration does not turn
/// off, in the standard's order; empty when principles do not apply (see [`applies`]).
/// Computed once per document and shared by the five rules and [`principle_status`].
pub fn evaluations<'c, 'a>(cx: &'c Context<'a>) -> &'c [Evaluation<'a>] {
    cx.facts.principles.get_or_init(|| {
        if !applies(cx) {
            return Vec::new();
        }
        let text = ScopeText::new(cx);
        PrincipleId::ALL
            .iter()
            .filter(|id| cx.severity(rule_doc(**id)).is_some())
            .filter_map(|id| cx.rules.principle(*id))
            .filter(|p| !p.evidence.is_empty())
            .map(|p| Evaluation {
                principle: p,
                results: evaluate_with(cx, p, &text),
            })
            .collect()
    })
}

/// Where an evidence item was looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The whole document.
    Document,
    /// The sections of the scope's outline items; `block` is the first one's heading.
    Sections { block: usize, title: String },
    /// None of the scope's items has a heading: the whole document instead.
    Fallback { titles: Vec<String> },
}

/// The verdict on one evidence item.
#[derive(Debug, Clone)]
pub struct EvidenceResult<'p> {
    pub evidence: &'p Evidence,
    pub met: bool,
    pub place: Place,
    /// Keyword, pattern and vocabulary hits in the place.
    pub hits: usize,
    /// Distinct years mentioned in the place (only counted for `min_distinct_years`).
    pub years: Vec<u16>,
    /// Distinct years needed (see the module documentation).
    pub years_needed: Option<u32>,
    /// A fact of the plan that met the item in substance (`any_facts`): what was found.
    pub fact: Option<String>,
}

fn evaluate_with<'p>(
    cx: &Context,
    principle: &'p Principle,
    text: &ScopeText,
) -> Vec<EvidenceResult<'p>> {
    principle
        .evidence
        .iter()
        .map(|e| judge(cx, principle.id, e, text))
        .collect()
}

/// The text of the document, built once per evaluation.
struct ScopeText {
    /// The whole document.
    full: String,
    /// The whole document with the insides of cited titles removed; `None` when it has no
    /// cited title, and so is `full` (a second copy of a whole document, 21 MB for a
    /// 21 MB plan, held through every evidence item's checks).
    masked: Option<String>,
    /// Outline-item scopes already resolved (evidence items share scopes): by the scope's
    /// ids and whether cited titles are kept, the place and its folded text.
    scoped: RefCell<HashMap<ScopeKey, ResolvedScope>>,
}

/// A scope's outline-item ids and whether cited titles are kept.
type ScopeKey = (Vec<String>, bool);
/// Where a scope was looked for and its folded text (`None`: the whole document).
type ResolvedScope = (Place, Option<Rc<str>>);

impl ScopeText {
    fn new(cx: &Context) -> Self {
        // `blocks_text` folded, written once into a string of the right size: building
        // it, then folding a copy, held three copies of a whole document at a time.
        let blocks = &cx.doc.blocks;
        let is_text = |b: &&Block| !matches!(b.kind, BlockKind::Comment);
        let size = cx.doc.title.as_ref().map_or(0, |t| t.text.len() + 1)
            + blocks
                .iter()
                .filter(is_text)
                .map(|b| b.text.len() + 1)
                .sum::<usize>();
        let mut full = String::with_capacity(size);
        if let Some(t) = &cx.doc.title {
            full.extend(t.text.chars().map(fold_char));
            full.push('\n');
        }
        for b in blocks.iter().filter(is_text) {
            match &b.kind {
                BlockKind::Table(_) => full.extend(b.all_text().chars().map(fold_char)),
                _ => full.extend(b.text.chars().map(fold_char)),
            }
            full.push('\n');
        }
        // Only a closed 《…》 changes the text.
        let masked = full
            .contains('《')
            .then(|| mask_titles(&full))
            .filter(|m| *m != full);
        ScopeText {
            full,
            masked,
            scoped: RefCell::default(),
        }
    }
}

fn judge<'p>(
    cx: &Context,
    principle: PrincipleId,
    e: &'p Evidence,
    text: &ScopeText,
) -> EvidenceResult<'p> {
    let cites = cites_documents(e);
    let (place, scoped) = match &e.scope {
        Scope::Document => (Place::Document, None),
        Scope::Items(ids) => text
            .scoped
            .borrow_mut()
            .entry((ids.clone(), cites))
            .or_insert_with(|| {
                let (place, t) = resolve_scope(cx, ids);
                let t = t.map(|t| {
                    let t = fold_width(&t);
                    Rc::from(if cites { t } else { mask_titles(&t) })
                });
                (place, t)
            })
            .clone(),
    };
    let body: &str = match &scoped {
        Some(t) => t,
        None if cites => &text.full,
        None => text.masked.as_deref().unwrap_or(&text.full),
    };
    // Only an unmet count is ever shown, so counting may stop at `min_matches`.
    let stated = e.stated_text(body, &cx.rules.lexicon);
    let hits = e.count_hits_up_to(&stated, &cx.rules.boundary, (e.min_matches as usize).max(1));
    let has_text_signal =
        !e.any_keywords.is_empty() || !e.any_patterns.is_empty() || !e.any_vocabularies.is_empty();
    let by_text = has_text_signal && hits >= e.min_matches as usize;
    let by_outline = e
        .any_outline_items
        .iter()
        .any(|id| item_heading(cx, id).is_some());
    let years_needed = e.min_distinct_years.map(|n| match principle {
        PrincipleId::Scientific => cx.rules.thresholds.min_history_years,
        _ => n,
    });
    let mut years = Vec::new();
    let by_years = match years_needed {
        Some(n) if !matches!(place, Place::Fallback { .. }) => {
            // Years are always counted outside cited titles (《…（2021—2035年）》).
            let masked = if cites {
                std::borrow::Cow::Owned(mask_titles(body))
            } else {
                std::borrow::Cow::Borrowed(body)
            };
            years = distinct_years(&masked).into_iter().collect();
            years.len() >= n as usize
        }
        _ => false,
    };
    // Facts are read only when the wording did not settle it.
    let fact = if by_text || by_outline || by_years {
        None
    } else {
        e.any_facts.iter().find_map(|f| substance::found(cx, f))
    };
    EvidenceResult {
        evidence: e,
        met: by_text || by_outline || by_years || fact.is_some(),
        fact,
        place,
        hits,
        years,
        years_needed,
    }
}

/// An evidence item recognises cited documents: their titles count.
fn cites_documents(e: &Evidence) -> bool {
    e.any_patterns.iter().any(|p| p.source.contains('《'))
        || e.any_vocabularies
            .iter()
            .any(|v| DOCUMENT_VOCABULARIES.contains(&v.as_str()))
}

/// The place and text of an outline-item scope (`None` text: the scope's items are absent
/// and the whole document is used). A chapter's text includes its sections found outside
/// it (重点工程 written as a chapter of its own beside 重点任务).
fn resolve_scope(cx: &Context, ids: &[String]) -> (Place, Option<String>) {
    let sections = cx.doc.sections();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut first: Option<usize> = None;
    for id in ids {
        let Some(block) = item_heading(cx, id) else {
            continue;
        };
        first.get_or_insert(block);
        // Its sections found outside its own heading's section: elsewhere in the plan, or
        // beside it when the chapter is one level deep (`（二）碳排放现状` and `（三）历史趋势`
        // under `二、发展现状`).
        let elsewhere = cx
            .outline
            .chapters
            .iter()
            .filter(|c| c.item.id == *id)
            .flat_map(|c| c.sections.iter())
            .filter_map(|s| {
                s.found_elsewhere
                    .as_ref()
                    .or(s.best.as_ref())
                    .map(|m| m.block)
            });
        for heading in std::iter::once(block).chain(elsewhere) {
            if ranges.iter().any(|r| r.contains(&heading)) {
                continue;
            }
            if let Some(section) = find_section(&sections, heading) {
                ranges.push(section.heading..section.content.end);
            }
        }
        // Other headings naming the item (`（三）达峰路径` inside the forecast chapter).
        for r in item_ranges(cx, id).unwrap_or_default() {
            if !ranges.iter().any(|o| o.contains(&r.start)) {
                ranges.push(r);
            }
        }
    }
    // In document order, each block once (a later heading may enclose an earlier one).
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut covered = 0;
    let mut text = String::new();
    for r in ranges {
        let start = r.start.max(covered);
        if start < r.end {
            text.push_str(&blocks_text(cx, start..r.end));
            covered = r.end;
        }
    }
    match first {
        Some(block) => {
            let title = cx
                .doc
                .blocks
                .get(block)
                .and_then(|b| b.heading())
                .map(|h| h.title.clone())
                .unwrap_or_default();
            (Place::Sections { block, title }, Some(text))
        }
        None => {
            let titles = ids
                .iter()
                .map(|id| {
                    cx.rules
                        .outline_item(id)
                        .map(|i| i.title.clone())
                        .unwrap_or_else(|| id.clone())
                })
                .collect();
            (Place::Fallback { titles }, None)
        }
    }
}

/// The heading block that satisfies outline item `id`: the outline match's choice, a
/// section found outside its chapter, or (for a section whose chapter is absent) any
/// heading whose title matches it.
fn item_heading(cx: &Context, id: &str) -> Option<usize> {
    for c in &cx.outline.chapters {
        if c.item.id == id {
            return c.best.as_ref().map(|b| b.block);
        }
        for s in &c.sections {
            if s.item.id == id {
                if let Some(b) = s.best.as_ref().or(s.found_elsewhere.as_ref()) {
                    return Some(b.block);
                }
            }
        }
    }
    let item = cx.rules.outline_item(id)?;
    if cx.rules.effective_level(id) == Some(Requirement::Off) {
        return None;
    }
    first_matching_heading(cx.doc, item)
}

/// The text of a range of blocks, one block a line, Markdown comments left out.
fn blocks_text(cx: &Context, range: Range<usize>) -> String {
    let mut out = String::new();
    for b in cx.doc.blocks.get(range).unwrap_or(&[]) {
        if matches!(b.kind, BlockKind::Comment) {
            continue;
        }
        out.push_str(&b.all_text());
        out.push('\n');
    }
    out
}

/// Full-width digits, Latin letters and ％ ． ／ － as ASCII, the ideographic space as a
/// space; Chinese punctuation (，；：（）) is kept, the pack's patterns are written with it.
pub(crate) fn fold_width(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// One character of [`fold_width`].
fn fold_char(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．' | '／' | '－' => {
            char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
        }
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The text with the inside of every 《…》 title removed (the brackets stay, so a sentence
/// keeps its shape). An unclosed 《 on a line is left alone.
pub(crate) fn mask_titles(s: &str) -> String {
    const MAX_TITLE_CHARS: usize = 160;
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('《') {
        let (before, from_open) = rest.split_at(open);
        out.push_str(before);
        let inner_start = '《'.len_utf8();
        let close = from_open
            .get(inner_start..)
            .and_then(|inner| {
                inner
                    .char_indices()
                    .take(MAX_TITLE_CHARS)
                    .take_while(|(_, c)| *c != '\n' && *c != '《')
                    .find(|(_, c)| *c == '》')
            })
            .map(|(i, _)| inner_start + i);
        match close {
            Some(close) => {
                out.push_str("《》");
                rest = from_open.get(close + '》'.len_utf8()..).unwrap_or("");
            }
            None => {
                out.push('《');
                rest = from_open.get(inner_start..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// Distinct years (1900–2099) written as years: followed by 年 (spaces allowed), the start
/// of a range ending in 年 (`2016—2020年`), or alone in a table cell; in Arabic digits or
/// in Chinese numerals (二〇二〇年). Numbers that are part of longer digit runs, decimals or
/// standard numbers (`32150—2015`) are not years.
pub(crate) fn distinct_years(text: &str) -> BTreeSet<u16> {
    // Read in place by byte offsets: a `Vec<char>` of the text (as this was) took four
    // bytes a character of a whole document, once per evidence item that counts years.
    let mut years = BTreeSet::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let Some((year, len)) = year_digits(text, i) else {
            i += c.len_utf8();
            continue;
        };
        let before = char_before(text, i);
        let after = char_at(text, i + len);
        let bounded = !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || is_cn_digit(c))
            && !after.is_some_and(|c| c.is_ascii_digit() || is_cn_digit(c));
        if bounded && (1900..=2099).contains(&year) {
            let next = skip_spaces(text, i + len);
            let followed_by_year_mark = char_at(text, next) == Some('年');
            let starts_range = char_at(text, next).is_some_and(|mark| {
                let from = skip_spaces(text, next + mark.len_utf8());
                is_range_mark(mark)
                    && year_digits(text, from).is_some_and(|(_, l)| {
                        char_at(text, skip_spaces(text, from + l)) == Some('年')
                    })
            });
            let cell = before.is_none_or(|c| c == '\t' || c == '\n')
                && after.is_none_or(|c| c == '\t' || c == '\n');
            let standard_number = before.is_some_and(is_range_mark)
                && before
                    .and_then(|b| char_before(text, i - b.len_utf8()))
                    .is_some_and(|c| c.is_ascii_digit())
                && !followed_by_year_mark;
            if (followed_by_year_mark || starts_range || cell) && !standard_number {
                years.insert(year);
            }
        }
        i += len;
    }
    years
}

/// A run of four Arabic digits or four Chinese numeral digits at byte `at`: its value and
/// its length in bytes.
fn year_digits(text: &str, at: usize) -> Option<(u16, usize)> {
    let mut value = 0u16;
    let (mut ascii, mut cn) = (0, 0);
    let mut len = 0;
    for c in text.get(at..)?.chars().take(4) {
        let d = if c.is_ascii_digit() {
            ascii += 1;
            c.to_digit(10).and_then(|d| u16::try_from(d).ok())
        } else {
            cn += 1;
            cn_digit(c)
        }?;
        value = value * 10 + d;
        len += c.len_utf8();
    }
    (ascii == 4 || cn == 4).then_some((value, len))
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

fn cn_digit(c: char) -> Option<u16> {
    crate::document::numerals::chinese_digit(c).and_then(|d| u16::try_from(d).ok())
}

fn is_cn_digit(c: char) -> bool {
    cn_digit(c).is_some()
}

fn is_range_mark(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '~' | '～' | '至' | '到')
}

fn skip_spaces(text: &str, mut at: usize) -> usize {
    while text.as_bytes().get(at) == Some(&b' ') {
        at += 1;
    }
    at
}

/// The findings of one principle: one per evidence item that is not met.
pub(crate) fn check_principle(
    cx: &Context,
    rule: &RuleDoc,
    id: PrincipleId,
    out: &mut Vec<Diagnostic>,
) {
    let Some(ev) = evaluations(cx).iter().find(|e| e.principle.id == id) else {
        return;
    };
    let principle = ev.principle;
    // Wording-only evidence is mentioned (as info) only beside missing substance: a plan
    // that shows the principle in fact is not asked for its slogan.
    let substance_missing = ev.results.iter().any(|r| !r.met && !r.evidence.wording);
    for r in ev
        .results
        .iter()
        .filter(|r| !r.met && (substance_missing || !r.evidence.wording))
    {
        let Some(d) = cx.diagnostic(rule, Finding::MissingEvidence(finding(principle, r))) else {
            return;
        };
        let mut d = d;
        if r.evidence.wording {
            d.severity = d.severity.min(Severity::Info);
        }
        out.push(match &r.place {
            Place::Sections { block, .. } => {
                let (location, span) = heading_place(cx, *block);
                d.at(location, span)
            }
            Place::Document | Place::Fallback { .. } => d,
        });
    }
}

/// The finding of an evidence item not met: where it was looked for, the signals and
/// years counted when the count is what fell short, and the pack's description of it.
fn finding(principle: &Principle, r: &EvidenceResult) -> MissingEvidence {
    let e = r.evidence;
    let has_text_signal =
        !e.any_keywords.is_empty() || !e.any_patterns.is_empty() || !e.any_vocabularies.is_empty();
    let matches = (has_text_signal && e.min_matches > 1).then_some(Count {
        needed: e.min_matches,
        found: r.hits,
    });
    let years = match (r.years_needed, &r.place) {
        (Some(needed), Place::Sections { .. }) => Some(YearCount {
            needed,
            found: r.years.clone(),
        }),
        _ => None,
    };
    let searched = match &r.place {
        Place::Document => Searched::Plan,
        Place::Sections { title, .. } => Searched::Section {
            title: title.clone(),
        },
        Place::Fallback { titles } => Searched::PlanInstead {
            chapters: titles.clone(),
        },
    };
    MissingEvidence {
        principle: principle.id.as_str().to_string(),
        principle_name: principle.name.clone(),
        evidence: e.name.clone(),
        searched,
        matches,
        years,
        description: e
            .description
            .clone()
            .or_else(|| principle.description.clone())
            .unwrap_or_else(|| e.name.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(s: &str) -> Vec<u16> {
        distinct_years(s).into_iter().collect()
    }

    #[test]
    fn years_are_years_not_numbers() {
        assert_eq!(
            years("2015—2020年园区排放由402万吨增至486万吨"),
            [2015, 2020]
        );
        assert_eq!(years("2015 年、2016年和二〇一七年"), [2015, 2016, 2017]);
        assert_eq!(
            years("年份\t排放\n2018\t455.2\n2019\t472.8\n"),
            [2018, 2019]
        );
        assert!(years("GB/T 32150—2015").is_empty());
        assert!(years("排放量2015.3万吨，工业增加值2018亿元").is_empty());
        assert!(years("编号20152020年").is_empty());
        assert_eq!(years("2019~2021年"), [2019, 2021]);
    }

    /// The `Vec<char>` reading `distinct_years` replaced: the reference it must agree with.
    fn distinct_years_by_chars(text: &str) -> BTreeSet<u16> {
        let chars: Vec<char> = text.chars().collect();
        let mut years = BTreeSet::new();
        let mut i = 0;
        while i < chars.len() {
            let Some((year, len)) = year_digits_by_chars(&chars, i) else {
                i += 1;
                continue;
            };
            let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let after_at = |k: usize| chars.get(i + len + k).copied();
            let bounded = !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || is_cn_digit(c))
                && !after_at(0).is_some_and(|c| c.is_ascii_digit() || is_cn_digit(c));
            if bounded && (1900..=2099).contains(&year) {
                let next = skip_spaces_by_chars(&chars, i + len);
                let followed_by_year_mark = chars.get(next) == Some(&'年');
                let starts_range = chars.get(next).is_some_and(|c| is_range_mark(*c))
                    && year_digits_by_chars(&chars, skip_spaces_by_chars(&chars, next + 1))
                        .is_some_and(|(_, l)| {
                            let end = skip_spaces_by_chars(&chars, next + 1) + l;
                            chars.get(skip_spaces_by_chars(&chars, end)) == Some(&'年')
                        });
                let cell = before.is_none_or(|c| c == '\t' || c == '\n')
                    && after_at(0).is_none_or(|c| c == '\t' || c == '\n');
                let standard_number = before.is_some_and(is_range_mark)
                    && i.checked_sub(2)
                        .and_then(|j| chars.get(j))
                        .is_some_and(|c| c.is_ascii_digit())
                    && !followed_by_year_mark;
                if (followed_by_year_mark || starts_range || cell) && !standard_number {
                    years.insert(year);
                }
            }
            i += len;
        }
        years
    }

    fn year_digits_by_chars(chars: &[char], at: usize) -> Option<(u16, usize)> {
        let run = chars.get(at..at + 4)?;
        let digits: Option<Vec<u16>> = run
            .iter()
            .map(|c| {
                if c.is_ascii_digit() {
                    c.to_digit(10).and_then(|d| u16::try_from(d).ok())
                } else {
                    cn_digit(*c)
                }
            })
            .collect();
        let digits = digits?;
        let all_ascii = run.iter().all(char::is_ascii_digit);
        let all_cn = run.iter().all(|c| is_cn_digit(*c));
        if !(all_ascii || all_cn) {
            return None;
        }
        Some((digits.iter().fold(0u16, |acc, d| acc * 10 + d), 4))
    }

    fn skip_spaces_by_chars(chars: &[char], mut at: usize) -> usize {
        while chars.get(at).is_some_and(|c| *c == ' ') {
            at += 1;
        }
        at
    }

    #[test]
    fn years_read_in_place_as_by_characters() {
        let texts = [
            "2015—2020年园区排放由402万吨增至486万吨",
            "2015 年、2016年和二〇一七年",
            "年份\t排放\n2018\t455.2\n2019\t472.8\n",
            "GB/T 32150—2015",
            "GB/T 32150—2015年",
            "排放量2015.3万吨，工业增加值2018亿元",
            "编号20152020年 1999 ~ 2001 年 2020至 2025年，二〇二〇—二〇二五年",
            "2020",
            "\n2020\n",
            "a-2020年 9-2021年 —2022年 2019年2020年2021",
            "二〇二〇2021年 ２０２０年 2020  年",
        ];
        for t in texts {
            assert_eq!(distinct_years(t), distinct_years_by_chars(t), "{t}");
        }
        // And on many short texts of the characters that matter (a fixed pseudo-random
        // sequence: the same texts on every run).
        let alphabet = [
            '2', '0', '1', '9', '年', ' ', '—', '-', '.', '\t', '\n', '〇', '二', 'a', '至', '~',
        ];
        let mut seed = 0x2545_f491_u64;
        for _ in 0..5000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let len = (seed >> 59) as usize;
            let t: String = (0..len)
                .map(|k| {
                    let pick = (seed >> (k * 4 % 56)) as usize % alphabet.len();
                    alphabet.get(pick).copied().unwrap_or('2')
                })
                .collect();
            assert_eq!(distinct_years(&t), distinct_years_by_chars(&t), "{t:?}");
        }
    }

    #[test]
    fn titles_are_masked_but_text_outside_stays() {
        assert_eq!(
            mask_titles(
                "依据《江州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制"
            ),
            "依据《》编制"
        );
        assert_eq!(mask_titles("《未闭合\n下一行》"), "《未闭合\n下一行》");
        assert_eq!(mask_titles("《甲》《乙》之后"), "《》《》之后");
    }

    #[test]
    fn full_width_is_folded() {
        assert_eq!(
            fold_width("到２０３０年，ＧＢ／Ｔ　３２１５０"),
            "到2030年，GB/T 32150"
        );
    }
}
