//! What the boundary reading asks of every sentence, read once per text.
//!
//! [`super::boundary`] runs a dozen word lists and patterns over every sentence of the
//! document (declaration, extent, sources, purchased power and heat, each accounting
//! standard, the base-year patterns). Their answers are a function of the sentence's
//! text and the pack alone, so they are kept per text in the thread's text memo
//! ([`crate::extract::memo`]): the language server, which checks a document again on
//! every edit, reads only the sentences that changed.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use crate::extract::memo::TextMemo;
use crate::extract::sentences::Sentence;
use crate::pack::RulesPack;

/// The boundary's readings of one sentence text. Of a heading only `standards` and
/// `base_years` are read, the flags are false: the boundary asks the word lists of
/// headings only within its sections, and asking them of every heading would compile
/// patterns the plain reading never needed.
#[derive(Debug)]
pub(super) struct Marks {
    /// The pack's `declaration` vocabulary matches (以…为核算边界).
    pub(super) declaration: bool,
    /// It names the spatial or organisational extent.
    pub(super) extent: bool,
    /// It names emission sources (`sources` or `direct`).
    pub(super) sources: bool,
    /// It names purchased power and heat (`indirect`).
    pub(super) indirect: bool,
    /// The accounting standards it names, as indices into the pack's list.
    pub(super) standards: Box<[usize]>,
    /// Its base-year declarations ([`super::sentence_base_years`], not as a table cell).
    pub(super) base_years: Rc<[(u16, Range<usize>, bool)]>,
}

thread_local! {
    static MARKS: RefCell<TextMemo<Rc<Marks>>> = RefCell::default();
    static HEADING_MARKS: RefCell<TextMemo<Rc<Marks>>> = RefCell::default();
}

/// The marks of sentence `s` under `rules`, remembered by its text (and whether it is a
/// heading).
pub(super) fn of(rules: &RulesPack, s: &Sentence) -> Rc<Marks> {
    let memo = if s.heading { &HEADING_MARKS } else { &MARKS };
    TextMemo::get_or(memo, rules.memo_key(), s.as_str(), |t| {
        Rc::new(read(rules, t, s.heading))
    })
}

fn read(rules: &RulesPack, text: &str, heading: bool) -> Marks {
    let b = &rules.boundary;
    let body = !heading;
    Marks {
        declaration: body && b.declaration.is_match(text),
        extent: body && (b.spatial.is_match(text) || b.organisational.is_match(text)),
        sources: body && (b.sources.is_match(text) || b.direct.is_match(text)),
        indirect: body && b.indirect.is_match(text),
        standards: b
            .accounting_standards
            .iter()
            .enumerate()
            .filter(|(_, st)| st.vocabulary.is_match(text))
            .map(|(i, _)| i)
            .collect(),
        base_years: super::sentence_base_years(rules, text, false).into(),
    }
}
