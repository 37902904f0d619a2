//! The rule registry: every rule id with its documentation and its check.
//!
//! Each rule lives in its own file with a `DOC` constant (id, summary, why it matters
//! with the clause of the standard, a failing and a passing example) — the one source
//! for `peaklint explain`, `docs/rules-reference.md` and the examples test.

pub mod boundary;
pub mod consistency;
mod facts;
pub mod input;
pub mod principle;
pub mod select;
pub mod structure;
pub mod target;

use std::cell::RefCell;
use std::collections::HashMap;

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::Document;
use crate::extract::analysis::Analysis;
use crate::finding::Finding;
use crate::pack::RulesPack;
use facts::Facts;

pub use crate::lang::{Lang, Text};

/// A rule's documentation.
#[derive(Debug, Clone, Copy)]
pub struct RuleDoc {
    pub id: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub summary: Text,
    /// Why it matters, naming the clause of the standard.
    pub why: Text,
    /// A plan excerpt (Markdown) on which the rule fires.
    pub fails: &'static str,
    /// The same excerpt fixed: the rule stays silent.
    pub passes: &'static str,
}

/// Everything a check may look at: the document's facts ([`Analysis`], computed once and
/// shared with `peaklint facts`). Field and method access goes through to the analysis
/// (`cx.doc`, `cx.outline`, `cx.boundary()`, `cx.targets()`). A check needs no language:
/// it builds typed [`Finding`]s, worded at render time (`report::messages`).
pub struct Context<'a> {
    pub analysis: Analysis<'a>,
    /// Judgements several checks share (the principles' evidence), computed on first use.
    pub(crate) facts: Facts<'a>,
    /// Per rule: findings made, and whether one more was asked for past
    /// [`MAX_FINDINGS_PER_RULE`].
    listed: RefCell<HashMap<&'static str, (usize, bool)>>,
}

/// The most findings one rule lists for one file. A document that makes a rule fire more
/// often (a generated or broken file: 100,000 identical headings) gets this many and
/// one finding saying the rest were not listed, so memory and output stay proportional
/// to the input, never to the findings (docs/performance.md).
pub const MAX_FINDINGS_PER_RULE: usize = 1000;

impl<'a> Context<'a> {
    /// The context of one document: the outline is matched here, other facts on demand.
    pub fn new(doc: &'a Document, rules: &'a RulesPack) -> Context<'a> {
        Context::of(Analysis::new(doc, rules))
    }

    /// The context over an analysis made already.
    pub fn of(analysis: Analysis<'a>) -> Context<'a> {
        Context {
            analysis,
            facts: Facts::default(),
            listed: RefCell::default(),
        }
    }
}

impl<'a> std::ops::Deref for Context<'a> {
    type Target = Analysis<'a>;
    fn deref(&self) -> &Analysis<'a> {
        &self.analysis
    }
}

impl Context<'_> {
    /// A finding of `rule` at its configured severity; `None` when the rule is off, or
    /// when it has made [`MAX_FINDINGS_PER_RULE`] findings in this document already (the
    /// rule then stops, and [`run`] adds one finding saying more were not listed).
    pub fn diagnostic(&self, rule: &RuleDoc, finding: Finding) -> Option<Diagnostic> {
        let severity = self.severity(rule)?;
        let mut listed = self.listed.borrow_mut();
        let (made, more) = listed.entry(rule.id).or_default();
        if *made >= MAX_FINDINGS_PER_RULE {
            *more = true;
            return None;
        }
        *made += 1;
        Some(Diagnostic::of(rule.id, rule.category, severity, finding))
    }

    /// The finding that closes a rule's list when it stopped at
    /// [`MAX_FINDINGS_PER_RULE`]: a document-level finding of the rule, at its severity.
    fn not_listed(&self, rule: &RuleDoc) -> Option<Diagnostic> {
        let more = self
            .listed
            .borrow()
            .get(rule.id)
            .is_some_and(|(_, more)| *more);
        if !more {
            return None;
        }
        let severity = self.severity(rule)?;
        Some(Diagnostic::of(
            rule.id,
            rule.category,
            severity,
            Finding::NotListed(crate::finding::NotListed {
                rule: rule.id.to_string(),
                listed: MAX_FINDINGS_PER_RULE,
            }),
        ))
    }

    /// The severity the rules pack gives `rule` (its default when the pack says nothing).
    pub fn severity(&self, rule: &RuleDoc) -> Option<Severity> {
        self.rules.severity(rule.id, rule.severity)
    }
}

/// A rule's check: the findings it adds for one document.
pub type Check = fn(&Context, &mut Vec<Diagnostic>);

/// One rule: its documentation and its check, declared once in [`RULES`].
#[derive(Clone, Copy)]
pub struct Rule {
    pub doc: &'static RuleDoc,
    /// `None` for the rules reported outside the checks (`input/unreadable` by the
    /// reader, `input/unused-waiver` by the post-pass).
    pub check: Option<Check>,
    /// The rule judges only documents with headings (the outline and the principles).
    pub needs_headings: bool,
}

impl Rule {
    pub const fn new(doc: &'static RuleDoc, check: Check) -> Rule {
        Rule {
            doc,
            check: Some(check),
            needs_headings: false,
        }
    }

    pub const fn with_headings(doc: &'static RuleDoc, check: Check) -> Rule {
        Rule {
            doc,
            check: Some(check),
            needs_headings: true,
        }
    }

    pub const fn reported_elsewhere(doc: &'static RuleDoc) -> Rule {
        Rule {
            doc,
            check: None,
            needs_headings: false,
        }
    }
}

/// Every rule, in catalogue order (`peaklint rules list`, the reference, SARIF).
pub const RULES: &[Rule] = &[
    Rule::with_headings(
        &structure::missing_chapter::DOC,
        structure::missing_chapter::check,
    ),
    Rule::with_headings(
        &structure::missing_section::DOC,
        structure::missing_section::check,
    ),
    Rule::with_headings(
        &structure::chapter_order::DOC,
        structure::chapter_order::check,
    ),
    Rule::with_headings(
        &structure::duplicate_section::DOC,
        structure::duplicate_section::check,
    ),
    Rule::with_headings(
        &structure::empty_section::DOC,
        structure::empty_section::check,
    ),
    Rule::with_headings(&structure::numbering::DOC, structure::numbering::check),
    Rule::with_headings(
        &principle::coordination::DOC,
        principle::coordination::check,
    ),
    Rule::with_headings(&principle::accuracy::DOC, principle::accuracy::check),
    Rule::with_headings(&principle::feasibility::DOC, principle::feasibility::check),
    Rule::with_headings(&principle::foresight::DOC, principle::foresight::check),
    Rule::with_headings(&principle::scientific::DOC, principle::scientific::check),
    Rule::new(&boundary::undeclared::DOC, boundary::undeclared::check),
    Rule::new(&boundary::non_co2::DOC, boundary::non_co2::check),
    Rule::new(
        &boundary::scope_mismatch::DOC,
        boundary::scope_mismatch::check,
    ),
    Rule::new(&boundary::base_year::DOC, boundary::base_year::check),
    Rule::new(&boundary::area::DOC, boundary::area::check),
    Rule::new(&boundary::unit::DOC, boundary::unit::check),
    Rule::new(
        &boundary::accounting_standard::DOC,
        boundary::accounting_standard::check,
    ),
    Rule::new(&target::no_base_year::DOC, target::no_base_year::check),
    Rule::new(&target::no_baseline::DOC, target::no_baseline::check),
    Rule::new(&target::no_measure::DOC, target::no_measure::check),
    Rule::new(&target::late_peak::DOC, target::late_peak::check),
    Rule::new(
        &target::unjustified_peak::DOC,
        target::unjustified_peak::check,
    ),
    Rule::new(&target::conflict::DOC, target::conflict::check),
    Rule::new(&target::implausible::DOC, target::implausible::check),
    Rule::new(&target::reduction_gap::DOC, target::reduction_gap::check),
    Rule::new(&consistency::table_sum::DOC, consistency::table_sum::check),
    Rule::new(&consistency::share_sum::DOC, consistency::share_sum::check),
    Rule::reported_elsewhere(&input::unreadable::DOC),
    Rule::new(&input::encoding::DOC, input::encoding::check),
    Rule::new(&input::converted::DOC, input::converted::check),
    Rule::new(&input::no_structure::DOC, input::no_structure::check),
    Rule::reported_elsewhere(&input::unused_waiver::DOC),
];

/// Every rule's documentation, in catalogue order.
pub fn docs() -> impl Iterator<Item = &'static RuleDoc> {
    RULES.iter().map(|r| r.doc)
}

/// The documentation of a rule id.
pub fn doc(id: &str) -> Option<&'static RuleDoc> {
    docs().find(|d| d.id == id)
}

/// Run every enabled rule on a read document. A rule that is off is not run at all, so
/// the facts only it needs are never extracted (`--select structure` reads no targets).
pub fn run(cx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let has_headings = cx.doc.headings().next().is_some();
    for rule in RULES {
        let Some(check) = rule.check else { continue };
        if (rule.needs_headings && !has_headings) || cx.severity(rule.doc).is_none() {
            continue;
        }
        check(cx, &mut out);
        out.extend(cx.not_listed(rule.doc));
    }
    out
}

/// `peaklint explain ID`: the rule's documentation as text.
pub fn explain(d: &RuleDoc, lang: Lang) -> String {
    let (h_why, h_fail, h_pass, h_sev, colon) = match lang {
        Lang::Zh => ("为什么", "不通过的示例", "通过的示例", "默认级别", "："),
        Lang::En => (
            "Why it matters",
            "Fails",
            "Passes",
            "Default severity",
            ": ",
        ),
    };
    let mut s = format!(
        "{}\n{}\n\n{h_sev}{colon}{}\n\n{h_why}{colon}\n{}\n",
        d.id,
        d.summary.get(lang),
        severity_name(d.severity, lang),
        d.why.get(lang)
    );
    if !d.fails.is_empty() {
        s.push_str(&format!("\n{h_fail}{colon}\n{}\n", indent(d.fails)));
    }
    if !d.passes.is_empty() {
        s.push_str(&format!("\n{h_pass}{colon}\n{}\n", indent(d.passes)));
    }
    s
}

/// A severity as a user reads it: `错误`/`警告`/`提示`, or `error`/`warning`/`info`.
pub fn severity_name(severity: Severity, lang: Lang) -> &'static str {
    match (lang, severity) {
        (Lang::En, s) => s.as_str(),
        (Lang::Zh, Severity::Error) => "错误",
        (Lang::Zh, Severity::Warning) => "警告",
        (Lang::Zh, Severity::Info) => "提示",
    }
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `docs/rules-reference.md`: every rule's documentation, generated from the same
/// [`RuleDoc`]s as `peaklint explain` (a test fails when the committed file is stale).
pub fn reference_markdown() -> String {
    let mut s = String::from(
        "# Rules reference\n\n<!-- Generated by `peaklint rules reference`; do not edit by hand. -->\n\n\
         | rule | default | summary |\n|---|---|---|\n",
    );
    for d in docs() {
        s.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            d.id,
            anchor(d.id),
            d.severity.as_str(),
            d.summary.zh
        ));
    }
    for d in docs() {
        s.push_str(&format!(
            "\n## {}\n\n{} — {}\n\nDefault severity: **{}**.\n\n**为什么** {}\n\n**Why.** {}\n",
            d.id,
            d.summary.zh,
            d.summary.en,
            d.severity.as_str(),
            d.why.zh,
            d.why.en
        ));
        if !d.fails.is_empty() {
            s.push_str(&format!("\nFails:\n\n```markdown\n{}```\n", d.fails));
        }
        if !d.passes.is_empty() {
            s.push_str(&format!("\nPasses:\n\n```markdown\n{}```\n", d.passes));
        }
    }
    s
}

/// The GitHub anchor of a heading that is a rule id (`structure/missing-chapter` →
/// `structuremissing-chapter`).
pub fn anchor(id: &str) -> String {
    id.chars().filter(|c| *c != '/').collect()
}
