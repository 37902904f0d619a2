//! Findings → text: the Chinese or English message, help and related-location messages
//! of a typed [`Finding`], made at render time. One file per rule family; each function
//! renders one kind and holds both languages side by side, so a reviewer reads them
//! together. The checks build no prose: the same finding renders in either language
//! (the language server switches language without checking again).

mod boundary;
mod consistency;
mod input;
mod principle;
mod structure;
mod target;

use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::lang::Lang;

/// A finding as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub message: String,
    pub help: Option<String>,
    /// The messages of the finding's related locations, in their order.
    pub related: Vec<String>,
}

impl Rendered {
    fn new(message: String) -> Rendered {
        Rendered {
            message,
            help: None,
            related: Vec::new(),
        }
    }

    fn help(mut self, help: String) -> Rendered {
        self.help = Some(help);
        self
    }

    fn related(mut self, message: String) -> Rendered {
        self.related.push(message);
        self
    }
}

/// The text of `zh` or `en`.
fn pick(lang: Lang, zh: impl Into<String>, en: impl Into<String>) -> String {
    match lang {
        Lang::Zh => zh.into(),
        Lang::En => en.into(),
    }
}

/// A finding's message, help and related messages in `lang`.
pub fn render(finding: &Finding, lang: Lang) -> Rendered {
    use Finding as F;
    match finding {
        F::MissingChapter(f) => structure::missing_chapter(f, lang),
        F::MissingSection(f) => structure::missing_section(f, lang),
        F::ChapterOrder(f) => structure::chapter_order(f, lang),
        F::DuplicateSection(f) => structure::duplicate_section(f, lang),
        F::EmptySection => structure::empty_section(lang),
        F::ShortSection(f) => structure::short_section(f, lang),
        F::MixedNumbering(f) => structure::mixed_numbering(f, lang),
        F::RepeatedNumber(f) => structure::repeated_number(f, lang),
        F::SkippedNumber(f) => structure::skipped_number(f, lang),
        F::MissingEvidence(f) => principle::missing_evidence(f, lang),
        F::NoBoundary => boundary::no_boundary(lang),
        F::IncompleteBoundary(f) => boundary::incomplete_boundary(f, lang),
        F::NoAccountingStandard(f) => boundary::no_accounting_standard(f, lang),
        F::AreaMismatch(f) => boundary::area_mismatch(f, lang),
        F::BaseYearMismatch(f) => boundary::base_year_mismatch(f, lang),
        F::NonCo2(f) => boundary::non_co2(f, lang),
        F::DirectOnlyScope(f) => boundary::direct_only_scope(f, lang),
        F::IndirectScope(f) => boundary::indirect_scope(f, lang),
        F::DeductedScope(f) => boundary::deducted_scope(f, lang),
        F::UnitMismatch(f) => boundary::unit_mismatch(f, lang),
        F::LatePeak(f) => target::late_peak(f, lang),
        F::NoBaseYear(f) => target::no_base_year(f, lang),
        F::NoBaseline(f) => target::no_baseline(f, lang),
        F::NoMeasure(f) => target::no_measure(f, lang),
        F::UnjustifiedPeak(f) => target::unjustified_peak(f, lang),
        F::TargetConflict(f) => target::target_conflict(f, lang),
        F::IntensityTotalMismatch(f) => target::intensity_total_mismatch(f, lang),
        F::RateMismatch(f) => target::rate_mismatch(f, lang),
        F::ShareOver100(f) => target::share_over_100(f, lang),
        F::ReductionOf100(f) => target::reduction_of_100(f, lang),
        F::TargetYearBeforeBase(f) => target::target_year_before_base(f, lang),
        F::FloorAboveStretch(f) => target::floor_above_stretch(f, lang),
        F::MilestonesOutOfOrder(f) => target::milestones_out_of_order(f, lang),
        F::WrongUnit(f) => target::wrong_unit(f, lang),
        F::ReductionGap(f) => target::reduction_gap(f, lang),
        F::TableSum(f) => consistency::table_sum(f, lang),
        F::PartsSum(f) => consistency::parts_sum(f, lang),
        F::ShareSum(f) => consistency::share_sum(f, lang),
        F::ShareOfAmount(f) => consistency::share_of_amount(f, lang),
        F::Encoding(f) => input::encoding(f, lang),
        F::Converted(f) => input::converted(f, lang),
        F::NoStructure => input::no_structure(lang),
        F::UnusedWaiver(f) => input::unused_waiver(f, lang),
        F::NotListed(f) => input::not_listed(f, lang),
    }
}

/// Fill a finding's message, help and related messages in `lang` from its typed data.
/// A finding without data (`input/unreadable`, whose reason the reader words) keeps the
/// text it was made with.
pub fn localize(d: &mut Diagnostic, lang: Lang) {
    let Some(finding) = &d.data else { return };
    let r = render(finding, lang);
    debug_assert_eq!(
        r.related.len(),
        d.related.len(),
        "{}: related messages of {finding:?}",
        d.rule
    );
    d.message = r.message;
    d.help = r.help;
    for (related, message) in d.related.iter_mut().zip(r.related) {
        related.message = message;
    }
}

/// [`localize`] every finding.
pub fn localize_all(diagnostics: &mut [Diagnostic], lang: Lang) {
    for d in diagnostics {
        localize(d, lang);
    }
}

/// A number printed with `decimals` digits after the point.
fn fixed(v: f64, decimals: u8) -> String {
    format!("{v:.prec$}", prec = usize::from(decimals))
}

/// A number with at most `decimals` digits after the point, trailing zeros removed.
fn trimmed(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
