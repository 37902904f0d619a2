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

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::document::Document;
use crate::extract::outline::OutlineMatch;
use crate::rules::RulesPack;
use facts::Facts;

/// A message in Chinese (default) and English.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Pick the message for this language.
    pub fn pick(self, zh: String, en: String) -> String {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

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

/// Everything a check may look at: the document and the facts extracted from it once.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub rules: &'a RulesPack,
    pub lang: Lang,
    pub outline: OutlineMatch<'a>,
    /// Facts several checks share, computed on first use.
    pub(crate) facts: Facts<'a>,
}

impl<'a> Context<'a> {
    /// The context of one document: the outline is matched here, other facts on demand.
    pub fn new(doc: &'a Document, rules: &'a RulesPack, lang: Lang) -> Context<'a> {
        Context {
            doc,
            rules,
            lang,
            outline: crate::extract::outline::match_outline(doc, &rules.outline),
            facts: Facts::default(),
        }
    }
}

impl Context<'_> {
    /// Pick the message for the run's language.
    pub fn msg(&self, zh: String, en: String) -> String {
        self.lang.pick(zh, en)
    }

    /// A finding of `rule` at its configured severity; `None` when the rule is off.
    pub fn diagnostic(&self, rule: &RuleDoc, message: String) -> Option<Diagnostic> {
        let severity = self.severity(rule)?;
        Some(Diagnostic::new(rule.id, rule.category, severity, message))
    }

    /// The severity the rules pack gives `rule` (its default when the pack says nothing).
    pub fn severity(&self, rule: &RuleDoc) -> Option<Severity> {
        self.rules.severity(rule.id, rule.severity)
    }
}

/// Every documented rule, in catalogue order.
pub const ALL: &[&RuleDoc] = &[
    &structure::missing_chapter::DOC,
    &structure::missing_section::DOC,
    &structure::chapter_order::DOC,
    &structure::duplicate_section::DOC,
    &structure::empty_section::DOC,
    &structure::numbering::DOC,
    &principle::coordination::DOC,
    &principle::accuracy::DOC,
    &principle::feasibility::DOC,
    &principle::foresight::DOC,
    &principle::scientific::DOC,
    &boundary::undeclared::DOC,
    &boundary::non_co2::DOC,
    &boundary::scope_mismatch::DOC,
    &boundary::base_year::DOC,
    &boundary::area::DOC,
    &boundary::unit::DOC,
    &boundary::accounting_standard::DOC,
    &target::no_base_year::DOC,
    &target::no_baseline::DOC,
    &target::no_measure::DOC,
    &target::late_peak::DOC,
    &target::unjustified_peak::DOC,
    &target::conflict::DOC,
    &target::implausible::DOC,
    &target::reduction_gap::DOC,
    &consistency::table_sum::DOC,
    &consistency::share_sum::DOC,
    &input::unreadable::DOC,
    &input::encoding::DOC,
    &input::converted::DOC,
    &input::no_structure::DOC,
    &input::unused_waiver::DOC,
];

/// The documentation of a rule id.
pub fn doc(id: &str) -> Option<&'static RuleDoc> {
    ALL.iter().copied().find(|d| d.id == id)
}

/// Run every check on a read document.
pub fn run(cx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // A family with every rule off is skipped whole: its facts are not extracted.
    let on = |family: &str| select::family_on(cx.rules, family);
    input::encoding::check(cx, &mut out);
    input::converted::check(cx, &mut out);
    input::no_structure::check(cx, &mut out);
    if on("structure") && cx.doc.headings().next().is_some() {
        structure::missing_chapter::check(cx, &mut out);
        structure::missing_section::check(cx, &mut out);
        structure::chapter_order::check(cx, &mut out);
        structure::duplicate_section::check(cx, &mut out);
        structure::empty_section::check(cx, &mut out);
        structure::numbering::check(cx, &mut out);
    }
    if on("principle") && principle::applies(cx) {
        principle::coordination::check(cx, &mut out);
        principle::accuracy::check(cx, &mut out);
        principle::feasibility::check(cx, &mut out);
        principle::foresight::check(cx, &mut out);
        principle::scientific::check(cx, &mut out);
    }
    if on("boundary") {
        boundary::check(cx, &mut out);
    }
    if on("target") {
        target::check(cx, &mut out);
    }
    if on("consistency") {
        consistency::check(cx, &mut out);
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
    for d in ALL {
        s.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            d.id,
            anchor(d.id),
            d.severity.as_str(),
            d.summary.zh
        ));
    }
    for d in ALL {
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
