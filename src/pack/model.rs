//! The loaded, compiled rules pack that checks work with.
//!
//! Regexes are compiled once (at load time, or on first use for the embedded pack); ids are validated and references resolved, so a
//! check can rely on every `scope`, `unit_family` or `metric` naming something that exists.
//! The types serialise back to the rules-file schema (`peaklint rules print`).

use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;

use crate::diagnostic::Severity;
use crate::text_search::WordSet;

/// How strongly the standard asks for an outline item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Requirement {
    /// Missing → `structure/missing-chapter` / `structure/missing-section`.
    #[default]
    Required,
    /// Good practice; a check may report its absence at a lower severity.
    Recommended,
    /// Recognised (so it is not an unknown heading) but never asked for.
    Optional,
    /// Disabled: checks ignore the item and its sections.
    Off,
}

/// A rule's setting in a pack or `peaklint.yaml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report as information.
    Info,
    /// Do not run the rule.
    Off,
}

impl RuleSetting {
    /// The severity, or `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            RuleSetting::Error => Some(Severity::Error),
            RuleSetting::Warning => Some(Severity::Warning),
            RuleSetting::Info => Some(Severity::Info),
            RuleSetting::Off => None,
        }
    }
}

/// The five principles of the standard (clause 4, 基本原则).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum PrincipleId {
    /// 协调性
    Coordination,
    /// 准确性
    Accuracy,
    /// 可行性
    Feasibility,
    /// 前瞻性
    Foresight,
    /// 科学性
    Scientific,
}

impl PrincipleId {
    /// All five, in the standard's order.
    pub const ALL: [PrincipleId; 5] = [
        PrincipleId::Coordination,
        PrincipleId::Accuracy,
        PrincipleId::Feasibility,
        PrincipleId::Foresight,
        PrincipleId::Scientific,
    ];

    /// `coordination`, `accuracy` …
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipleId::Coordination => "coordination",
            PrincipleId::Accuracy => "accuracy",
            PrincipleId::Feasibility => "feasibility",
            PrincipleId::Foresight => "foresight",
            PrincipleId::Scientific => "scientific",
        }
    }

    /// The rule id of its finding: `principle/coordination` …
    pub fn rule_id(self) -> &'static str {
        match self {
            PrincipleId::Coordination => "principle/coordination",
            PrincipleId::Accuracy => "principle/accuracy",
            PrincipleId::Feasibility => "principle/feasibility",
            PrincipleId::Foresight => "principle/foresight",
            PrincipleId::Scientific => "principle/scientific",
        }
    }
}

/// What a target statement pattern recognises; decides which named groups it must define.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Peak year: group `year`; optional `qualifier` (前/左右), `commitment` (确保/力争).
    Peak,
    /// Peak value: groups `value`, `unit`; optional `qualifier`.
    PeakValue,
    /// Relative change: groups `value`, `direction`; optional `year`, `base_year`, `qualifier`.
    Change,
    /// Level to reach: groups `value`, `unit`; optional `year`, `qualifier`.
    Level,
    /// Average annual rate: group `value`; optional `direction`, `qualifier`.
    AnnualRate,
    /// Target delegated to a higher level (完成上级下达目标); no groups required.
    Delegated,
    /// Relative to another target (下降幅度大于全社会); no groups required.
    Comparative,
}

impl StatementKind {
    /// Named groups every pattern of this kind must define.
    pub fn required_groups(self) -> &'static [&'static str] {
        match self {
            StatementKind::Peak => &["year"],
            StatementKind::PeakValue => &["value", "unit"],
            StatementKind::Change => &["value", "direction"],
            StatementKind::Level => &["value", "unit"],
            StatementKind::AnnualRate => &["value"],
            StatementKind::Delegated | StatementKind::Comparative => &[],
        }
    }

    /// snake_case name as written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Peak => "peak",
            StatementKind::PeakValue => "peak_value",
            StatementKind::Change => "change",
            StatementKind::Level => "level",
            StatementKind::AnnualRate => "annual_rate",
            StatementKind::Delegated => "delegated",
            StatementKind::Comparative => "comparative",
        }
    }
}

/// Who sets a reference target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceScope {
    /// 全国.
    National,
    /// A sector plan (工业领域).
    Industry,
    /// A province.
    Provincial,
    /// A city or district.
    Municipal,
    /// A type of park (国家高新区, 零碳园区).
    ParkType,
}

/// What a reference target fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// Peak by `target_year` (qualifier 前).
    Peak,
    /// Carbon neutrality by `target_year`.
    Neutrality,
    /// Percent change from `base_year` to `target_year` (signed).
    Change,
    /// A level to reach (`value` in `unit`).
    Level,
    /// Average annual percent change (signed).
    AnnualRate,
}

/// Numeric thresholds used by the checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Thresholds {
    /// Latest acceptable peak year (`target/late-peak`). Default 2030.
    pub peak_deadline: u16,
    /// A peak year before this needs a justification (pilots are not judged by an earlier
    /// peak). Default 2025.
    pub early_peak_before: u16,
    /// Number of years a historical trend needs (`principle/scientific`). Default 3.
    pub min_history_years: u32,
    /// Relative tolerance when two statements of one quantity are compared, on top of the
    /// printed precision (`boundary/unit`, `boundary/area`, `target/conflict`). Default 0.005.
    pub value_tolerance: f64,
    /// Percentage points by which shares may miss 100% (`consistency/share-sum`). Default 0.5.
    pub share_sum_tolerance: f64,
    /// Relative tolerance between a table total and its parts (`consistency/table-sum`),
    /// on top of the printed precision (half a printed step per part and total). Default 0.
    pub table_sum_tolerance: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            peak_deadline: 2030,
            early_peak_before: 2025,
            min_history_years: 3,
            value_tolerance: 0.005,
            share_sum_tolerance: 0.5,
            table_sum_tolerance: 0.0,
        }
    }
}

/// Largest compiled size accepted for one regex (a guard against patterns that explode).
pub(crate) const REGEX_SIZE_LIMIT: usize = 1 << 22;

/// Compile a pack regex the way every pack regex is compiled.
pub(crate) fn build_regex(source: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(source)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
}

/// A regex with its source text.
///
/// A pattern of a rules file or `peaklint.yaml` is compiled when the file is loaded (so
/// that an invalid one is reported there, in place); a pattern of the embedded default
/// pack is compiled on first use ([`Pattern::lazy`]): compiling all of them took ≈ 80 % of
/// a single-file run's start-up, and many are never needed (`--select structure`, a short
/// file). The embedded pack's regexes are compiled by the test suite
/// (`pack::load::tests::embedded_pack_compiles_eagerly`). Clones share the compiled regex.
///
/// Until a lazy pattern is compiled, the searches ([`Pattern::is_match`],
/// [`Pattern::find_iter`], …) first look for the literals every match must contain, read
/// from the source (`pack::needles`, far cheaper than compiling): a text without them
/// cannot match, and the regex is not compiled for it. `pattern.regex` (a [`LazyRegex`],
/// used as a [`Regex`]) compiles it and searches without that gate.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The regex as written in the rules file.
    pub source: String,
    /// The regex, compiled on first use when it was not at load.
    pub regex: LazyRegex,
}

/// A regex compiled on first use: dereferences to the compiled [`Regex`]. Clones share it.
#[derive(Clone)]
pub struct LazyRegex(std::sync::Arc<LazyInner>);

struct LazyInner {
    source: String,
    /// Compiled with the pack's size limit (`false`: a pattern written in the code,
    /// compiled as `Regex::new` does).
    limited: bool,
    compiled: std::sync::OnceLock<Regex>,
    /// What every match contains (`None`: nothing sure), read on first use.
    needles: std::sync::OnceLock<Option<super::needles::Gate>>,
    /// What every match contains by the parsed regex (`pack::required`), read when
    /// `needles` first admits a text: the last gate before compiling.
    parsed: std::sync::OnceLock<Option<super::needles::Gate>>,
}

impl LazyRegex {
    fn new(source: &str, compiled: Option<Regex>, limited: bool) -> LazyRegex {
        LazyRegex(std::sync::Arc::new(LazyInner {
            source: source.to_owned(),
            limited,
            compiled: compiled.map_or_else(std::sync::OnceLock::new, std::sync::OnceLock::from),
            needles: std::sync::OnceLock::new(),
            parsed: std::sync::OnceLock::new(),
        }))
    }

    /// Whether it has been compiled.
    pub fn is_compiled(&self) -> bool {
        self.0.compiled.get().is_some()
    }
}

impl std::ops::Deref for LazyRegex {
    type Target = Regex;

    /// The compiled regex (compiled now if it was not yet).
    ///
    /// # Panics
    /// When a [`Pattern::lazy`] source does not compile — a defect of the embedded pack
    /// that the test suite catches, never user input.
    fn deref(&self) -> &Regex {
        self.0.compiled.get_or_init(|| {
            let built = if self.0.limited {
                build_regex(&self.0.source)
            } else {
                Regex::new(&self.0.source)
            };
            built.unwrap_or_else(|e| panic!("built-in regex `{}` is invalid: {e}", self.0.source))
        })
    }
}

impl std::fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("LazyRegex").field(&self.0.source).finish()
    }
}

impl Pattern {
    /// A pattern compiled now; the regex crate's error when `source` is invalid.
    pub fn new(source: &str) -> Result<Pattern, regex::Error> {
        let regex = build_regex(source)?;
        Ok(Pattern {
            source: source.to_owned(),
            regex: LazyRegex::new(source, Some(regex), true),
        })
    }

    /// A pattern compiled on first use. Only for sources known to compile (the embedded
    /// pack, compiled by the test suite).
    pub(crate) fn lazy(source: &str) -> Pattern {
        Pattern {
            source: source.to_owned(),
            regex: LazyRegex::new(source, None, true),
        }
    }

    /// A pattern written in the code, compiled on first use as `Regex::new` compiles it
    /// (its searches gated like a lazy pack pattern's). Its tests compile it.
    pub(crate) fn fixed(source: &str) -> Pattern {
        Pattern {
            source: source.to_owned(),
            regex: LazyRegex::new(source, None, false),
        }
    }

    /// `false` only when the regex cannot match anywhere in `text`, decided without
    /// compiling it while it is not compiled yet.
    pub fn may_match(&self, text: &str) -> bool {
        let lazy = &self.regex.0;
        if lazy.compiled.get().is_some() {
            return true;
        }
        // The hand reading first (cheap to ask: it turns most texts away), then the parsed
        // one (sharper, with more words to look for), read when the hand one first admits.
        let admits =
            |gate: &Option<super::needles::Gate>| gate.as_ref().is_none_or(|g| g.admits(text));
        admits(
            lazy.needles
                .get_or_init(|| super::needles::Gate::of(&lazy.source)),
        ) && admits(
            lazy.parsed
                .get_or_init(|| super::needles::Gate::parsed(&lazy.source)),
        )
    }

    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.regex.is_match(text)
    }

    /// Every match in `text` ([`Regex::find_iter`]).
    pub fn find_iter<'r, 't>(&'r self, text: &'t str) -> Gated<regex::Matches<'r, 't>> {
        Gated(self.may_match(text).then(|| self.regex.find_iter(text)))
    }

    /// The groups of every match in `text` ([`Regex::captures_iter`]).
    pub fn captures_iter<'r, 't>(&'r self, text: &'t str) -> Gated<regex::CaptureMatches<'r, 't>> {
        Gated(self.may_match(text).then(|| self.regex.captures_iter(text)))
    }

    /// The groups of the first match in `text` ([`Regex::captures`]).
    pub fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        if self.may_match(text) {
            self.regex.captures(text)
        } else {
            None
        }
    }
}

/// The matches of a [`Pattern`] search: none when the text was turned away unsearched.
#[derive(Debug)]
pub struct Gated<I>(Option<I>);

impl<I: Iterator> Iterator for Gated<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.0.as_mut()?.next()
    }
}

impl Serialize for Pattern {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

/// An example text and where it is written in the rules file.
#[derive(Debug, Clone)]
pub struct ExampleText {
    /// The text.
    pub text: String,
    /// Rules file it comes from.
    pub file: String,
    /// 1-based line in the rules file.
    pub line: usize,
    /// 1-based column (characters) in the rules file.
    pub column: usize,
}

impl Serialize for ExampleText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

/// Texts that must / must not match an item.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Examples {
    /// Must match.
    #[serde(rename = "match", skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<ExampleText>,
    /// Must not match.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub no_match: Vec<ExampleText>,
}

impl Examples {
    /// No examples at all.
    pub fn is_empty(&self) -> bool {
        self.matches.is_empty() && self.no_match.is_empty()
    }
}

/// A clause of the standard.
#[derive(Debug, Clone, Serialize)]
pub struct Clause {
    /// "6", "附录A".
    pub id: String,
    /// Title.
    pub title: String,
    /// What it asks of a plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// The standard a pack encodes.
#[derive(Debug, Clone, Serialize)]
pub struct Standard {
    /// Title.
    pub title: String,
    /// Issuer.
    pub issuer: String,
    /// Kind (团体标准).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Number, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
}

/// `meta:` of a pack.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    /// Pack name (`rules.name` in the JSON output).
    pub name: String,
    /// Pack version (`rules.version`).
    pub version: String,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The standard.
    pub standard: Standard,
    /// Its clauses.
    pub clauses: Vec<Clause>,
}

impl Meta {
    /// The clause with this id.
    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == id)
    }
}

/// A chapter or section of the plan outline.
#[derive(Debug, Clone, Serialize)]
pub struct OutlineItem {
    /// Unique id (`emission_analysis`).
    pub id: String,
    /// Canonical title (工业园区碳排放分析).
    pub title: String,
    /// Other names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Regexes over the normalised heading text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<Pattern>,
    /// Required / recommended / optional / off.
    pub level: Requirement,
    /// Order among siblings (explicit or position, 1-based); equal orders are unordered.
    pub order: u32,
    /// Minimum body characters (whitespace excluded, sub-sections included).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_chars: Option<usize>,
    /// Clause of the standard it enforces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    /// One-line guidance for `init` skeletons.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
    /// Heading examples.
    #[serde(skip_serializing_if = "Examples::is_empty")]
    pub examples: Examples,
    /// The words a title naming the item combines.
    #[serde(skip_serializing_if = "Concepts::is_empty")]
    pub concepts: Concepts,
    /// The substance that makes the section present without its own heading.
    #[serde(skip_serializing_if = "Vocabulary::is_empty")]
    pub content: Vocabulary,
    /// Hits of `content` needed.
    pub content_min_matches: u32,
    /// Nested sections.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<OutlineItem>,
    /// Chapters this chapter may be written inside (their ids).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub within: Vec<String>,
    /// Title and aliases as match keys, for the duplicate-name check.
    #[serde(skip)]
    pub(crate) name_keys: Vec<String>,
    /// What outline matching derives from the item (its match keys), on first use.
    #[serde(skip)]
    pub(crate) derived: Derived,
}

/// Data an extractor derives from a pack item on first use and keeps with it (outline
/// matching's keys: every plan of a batch needed them again). A clone starts empty, so a
/// clone changed by configuration (`peaklint.yaml` adds aliases) derives them anew.
#[derive(Default)]
pub(crate) struct Derived(std::sync::OnceLock<Box<dyn std::any::Any + Send + Sync>>);

impl Derived {
    /// The value `init` makes, made on the first call; every call must ask for one type.
    ///
    /// # Panics
    /// When asked for two types (a defect of the caller, not of input).
    pub(crate) fn get_or_init<T: std::any::Any + Send + Sync>(
        &self,
        init: impl FnOnce() -> T,
    ) -> &T {
        self.0
            .get_or_init(|| Box::new(init()))
            .downcast_ref::<T>()
            .unwrap_or_else(|| panic!("Derived holds another type"))
    }
}

impl Clone for Derived {
    fn clone(&self) -> Self {
        Derived::default()
    }
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Derived")
    }
}

/// Head words, qualifiers and exclusions of an outline item's titles (match keys: NFKC,
/// no spaces or punctuation).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Concepts {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub heads: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub qualifiers: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exclude: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exclude_ending: Vec<String>,
    /// A chapter named by the concepts alone must hold one of the item's sections' substance.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub confirm_by_content: bool,
}

impl Concepts {
    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Whether the match key `key` of a title combines the concepts: the head and
    /// qualifier found, if they are the same word, count once.
    pub fn matches(&self, key: &str) -> bool {
        if self.heads.is_empty() || self.exclude.iter().any(|w| key.contains(w.as_str())) {
            return false;
        }
        let head = self.heads.iter().any(|w| key.contains(w.as_str()));
        let qualified =
            self.qualifiers.is_empty() || self.qualifiers.iter().any(|w| key.contains(w.as_str()));
        head && qualified
    }

    /// The head words and qualifiers the match key holds, heads first (for explanations
    /// and for weak evidence: a title that names a head word among other words).
    pub fn hits(&self, key: &str) -> Vec<&str> {
        self.heads
            .iter()
            .chain(self.qualifiers.iter())
            .map(String::as_str)
            .filter(|w| !w.is_empty() && key.contains(w))
            .collect()
    }
}

impl OutlineItem {
    /// Title followed by aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.title.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Whether checks should consider this item (its level is not `off`).
    pub fn is_active(&self) -> bool {
        self.level != Requirement::Off
    }
}

/// Where an evidence item looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The whole document.
    Document,
    /// The text under any of these outline items.
    Items(Vec<String>),
}

impl Serialize for Scope {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Scope::Document => s.serialize_str("document"),
            Scope::Items(ids) if ids.len() == 1 => s.serialize_str(&ids[0]),
            Scope::Items(ids) => ids.serialize(s),
        }
    }
}

/// One piece of evidence for a principle. Met when any signal is met: at least
/// `min_matches` hits of `any_keywords` / `any_patterns` / `any_vocabularies` in the scope;
/// any of `any_outline_items` present; at least `min_distinct_years` years in the scope.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// Id, unique within its principle.
    pub id: String,
    /// Name used in messages.
    pub name: String,
    /// What it shows / what to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Literal substrings.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_keywords: Vec<String>,
    /// Regexes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_patterns: Vec<Pattern>,
    /// Names of boundary vocabularies (see [`Boundary::vocabulary`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_vocabularies: Vec<String>,
    /// Outline item ids.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_outline_items: Vec<String>,
    /// Facts of the plan that meet the evidence in substance ([`Evidence::FACTS`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_facts: Vec<String>,
    /// Distinct years needed in the scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_distinct_years: Option<u32>,
    /// Where to look.
    pub scope: Scope,
    /// Hits needed.
    pub min_matches: u32,
    /// Only a form of words can show it: missing is info at most, status unaffected.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub wording: bool,
    /// Stated as a fact: hits in clauses announcing work to be done do not count.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stated: bool,
    /// Sentence examples.
    #[serde(skip_serializing_if = "Examples::is_empty")]
    pub examples: Examples,
}

impl Evidence {
    /// The facts `any_facts` may name (read by the extraction layer; judged in
    /// `checks::principle`).
    pub const FACTS: [&'static str; 8] = [
        "staged_targets",
        "based_targets",
        "scenario_figures",
        "quantified_measures",
        "dated_measures",
        "indicator_table",
        "post_peak_decline",
        "boundary_declared",
    ];
}

impl Evidence {
    /// Number of keyword occurrences, pattern matches and vocabulary hits in `text`
    /// (the signal compared with `min_matches`).
    pub fn count_hits(&self, text: &str, boundary: &Boundary) -> usize {
        self.count_hits_up_to(text, boundary, usize::MAX)
    }

    /// The text this item is judged on: for a `stated` item, every clause announcing work
    /// to be done (the lexicon's `planned_work`) left out, its mark kept.
    pub fn stated_text<'t>(
        &self,
        text: &'t str,
        lexicon: &super::lexicon::Lexicon,
    ) -> std::borrow::Cow<'t, str> {
        const MARKS: [char; 8] = ['，', ',', '。', '；', ';', '\n', '：', ':'];
        if !self.stated || lexicon.planned_work.is_empty() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for piece in text.split_inclusive(MARKS) {
            let clause = piece.trim_end_matches(MARKS);
            if lexicon.planned_work.is_match(clause.trim_start()) {
                out.push_str(piece.get(clause.len()..).unwrap_or(""));
            } else {
                out.push_str(piece);
            }
        }
        std::borrow::Cow::Owned(out)
    }

    /// [`Evidence::count_hits`], but counting stops once `limit` is reached (the result is
    /// then `limit`): whether evidence is met only needs `min_matches` of them, and on a
    /// whole plan the pattern and vocabulary searches are the expensive part. The result,
    /// `min(every hit, limit)`, does not depend on the order of the searches, so the literal
    /// ones go first (keywords, then the vocabularies' terms) and a regex is searched — and
    /// compiled — only when they fall short.
    pub fn count_hits_up_to(&self, text: &str, boundary: &Boundary, limit: usize) -> usize {
        let vocabularies = || {
            self.any_vocabularies
                .iter()
                .filter_map(|name| boundary.vocabulary(name))
        };
        let mut n = 0usize;
        for k in self.any_keywords.iter().filter(|k| !k.is_empty()) {
            if n >= limit {
                return n;
            }
            n += text.matches(k.as_str()).take(limit - n).count();
        }
        for v in vocabularies() {
            if n >= limit {
                return n;
            }
            n += v.count_terms_up_to(text, limit - n);
        }
        for p in &self.any_patterns {
            if n >= limit {
                return n;
            }
            n += p.find_iter(text).take(limit - n).count();
        }
        for v in vocabularies() {
            if n >= limit {
                return n;
            }
            n += v.count_patterns_up_to(text, limit - n);
        }
        n
    }
}

/// A principle and its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Principle {
    /// Which principle.
    pub id: PrincipleId,
    /// 协调性 …
    pub name: String,
    /// Clause.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
    /// The standard's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Evidence items.
    pub evidence: Vec<Evidence>,
}

/// Terms and regexes.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Vocabulary {
    /// Literal substrings.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// Regexes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<Pattern>,
    /// Examples.
    #[serde(skip_serializing_if = "Examples::is_empty")]
    pub examples: Examples,
    /// `terms` as one automaton, built on first search (after configuration has finished
    /// with the pack; `terms` must not change after that: a changed vocabulary is a new
    /// one, [`Vocabulary::new`]). Clones share it: the language server and the CLI check
    /// with a clone of the pack, and rebuilt every automaton for every check (≈ 14 M
    /// instructions per edit on a 32 KB plan).
    #[serde(skip)]
    words: std::sync::Arc<std::sync::OnceLock<WordSet>>,
    /// Searches so far (shared by clones, like `words`).
    #[serde(skip)]
    searched: std::sync::Arc<std::sync::atomic::AtomicU32>,
}

impl Vocabulary {
    /// A vocabulary of `terms` and `patterns`.
    pub fn new(terms: Vec<String>, patterns: Vec<Pattern>, examples: Examples) -> Vocabulary {
        Vocabulary {
            terms,
            patterns,
            examples,
            words: std::sync::Arc::default(),
            searched: std::sync::Arc::default(),
        }
    }

    /// The automaton of `terms`, once the vocabulary has been searched often enough to
    /// pay for building it (`None` before: search word by word). A short file searches
    /// most vocabularies a few times; building every automaton was 7.5 M instructions of
    /// a one-line file's 64 M.
    fn words(&self) -> Option<&WordSet> {
        /// Searches word by word before the automaton is built.
        const BUILD_AFTER: u32 = 32;
        if let Some(words) = self.words.get() {
            return Some(words);
        }
        if self
            .searched
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            < BUILD_AFTER
        {
            return None;
        }
        Some(self.words.get_or_init(|| WordSet::new(&self.terms)))
    }

    /// The non-empty terms (what [`WordSet`] searches).
    fn plain_terms(&self) -> impl Iterator<Item = &str> {
        self.terms
            .iter()
            .map(String::as_str)
            .filter(|t| !t.is_empty())
    }

    /// Whether a term or pattern match starts `text` (a clause opening with the entry).
    pub fn opens(&self, text: &str) -> bool {
        self.find_all(text).first().is_some_and(|r| r.start == 0)
    }

    /// Byte ranges of every term occurrence and pattern match in `text`, sorted by start
    /// (overlaps are kept: a term inside a pattern match is reported twice).
    pub fn find_all(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        // Word by word or by the automaton: the same occurrences (each word's own left to
        // right without overlapping, `text_search`), sorted below.
        let mut hits: Vec<std::ops::Range<usize>> = match self.words() {
            Some(words) => words.find_all(text).into_iter().map(|(_, r)| r).collect(),
            None => self
                .plain_terms()
                .flat_map(|t| text.match_indices(t).map(|(at, m)| at..at + m.len()))
                .collect(),
        };
        for p in &self.patterns {
            hits.extend(p.find_iter(text).map(|m| m.range()));
        }
        hits.sort_by_key(|r| (r.start, r.end));
        hits
    }

    /// `min(find_all(text).len(), limit)`, searching no further than needed: the terms
    /// first, then each pattern while `limit` is not reached (a pattern not needed is not
    /// searched, nor compiled).
    pub fn count_up_to(&self, text: &str, limit: usize) -> usize {
        let n = self.count_terms_up_to(text, limit);
        n + self.count_patterns_up_to(text, limit.saturating_sub(n))
    }

    /// `min(term occurrences in text, limit)` (the terms' part of [`Vocabulary::find_all`]).
    pub fn count_terms_up_to(&self, text: &str, limit: usize) -> usize {
        if limit == 0 {
            return 0;
        }
        match self.words() {
            Some(words) => words.find_all(text).len().min(limit),
            None => {
                let mut n = 0usize;
                for t in self.plain_terms() {
                    n += text.matches(t).take(limit - n).count();
                    if n >= limit {
                        break;
                    }
                }
                n
            }
        }
    }

    /// `min(pattern matches in text, limit)` (the patterns' part of
    /// [`Vocabulary::find_all`]), each pattern searched only while `limit` is not reached.
    pub fn count_patterns_up_to(&self, text: &str, limit: usize) -> usize {
        let mut n = 0usize;
        for p in &self.patterns {
            if n >= limit {
                break;
            }
            n += p.find_iter(text).take(limit - n).count();
        }
        n
    }

    /// Whether any term or pattern occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let term = match self.words() {
            Some(words) => words.is_match(text),
            None => self.plain_terms().any(|t| text.contains(t)),
        };
        term || self.patterns.iter().any(|p| p.is_match(text))
    }

    /// Whether a term or pattern match ends exactly where `text` ends.
    pub fn ends(&self, text: &str) -> bool {
        self.plain_terms().any(|t| text.ends_with(t))
            || self
                .patterns
                .iter()
                .any(|p| p.find_iter(text).any(|m| m.end() == text.len()))
    }

    /// Whether a term or pattern match starts exactly where `text` starts.
    pub fn starts(&self, text: &str) -> bool {
        self.plain_terms().any(|t| text.starts_with(t))
            || self
                .patterns
                .iter()
                .any(|p| p.find_iter(text).next().is_some_and(|m| m.start() == 0))
    }

    /// Nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.patterns.is_empty()
    }

    /// The index of the pattern whose match ends last in `text` (the one nearest its end;
    /// the earlier pattern on a tie), `None` when none matches. Entries whose patterns each
    /// name one kind (`lexicon.area_kind`) read a kind so; terms are not searched.
    pub fn last_pattern(&self, text: &str) -> Option<usize> {
        self.patterns
            .iter()
            .enumerate()
            .filter_map(|(k, p)| p.find_iter(text).last().map(|m| (m.end(), k)))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, k)| k)
    }

    /// The named groups of the first pattern that matches `text` (terms capture nothing).
    pub fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.patterns.iter().find_map(|p| p.captures(text))
    }

    /// `text` with every pattern match and then every term occurrence removed.
    pub fn remove_all(&self, text: &str) -> String {
        let mut rest = text.to_string();
        for p in &self.patterns {
            if p.is_match(&rest) {
                rest = p.regex.replace_all(&rest, "").into_owned();
            }
        }
        for t in &self.terms {
            if rest.contains(t.as_str()) {
                rest = rest.replace(t.as_str(), "");
            }
        }
        rest
    }
}

/// An accounting standard or method a plan may cite.
#[derive(Debug, Clone, Serialize)]
pub struct AccountingStandard {
    /// Id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Issuer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// How it is named in text.
    #[serde(flatten)]
    pub vocabulary: Vocabulary,
}

/// Accounting-boundary vocabulary. Each field is a [`Vocabulary`]; the field name is the
/// vocabulary's name for `any_vocabularies` (see [`Boundary::NAMES`]).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Boundary {
    /// Gas names the standard covers.
    pub gases_allowed: Vocabulary,
    /// Non-CO2 gases and CO2-equivalent wording.
    pub gases_flagged: Vocabulary,
    /// Contexts where a flagged term is not a defect.
    pub gas_exemptions: Vocabulary,
    /// Direct emissions.
    pub direct: Vocabulary,
    /// Indirect emissions.
    pub indirect: Vocabulary,
    /// Outside the peak accounting / reported separately.
    pub separate: Vocabulary,
    /// Exclusion wording.
    pub exclusion: Vocabulary,
    /// Exclusion cues governing what follows them in their clause (不包括…).
    pub exclusion_before: Vocabulary,
    /// Exclusion cues governing what precedes them in their clause (…不纳入核算).
    pub exclusion_after: Vocabulary,
    /// Restriction cues: the clause names other gases in order to leave them out (仅核算二氧化碳).
    pub restriction: Vocabulary,
    /// Spatial extent.
    pub spatial: Vocabulary,
    /// Organisational coverage.
    pub organisational: Vocabulary,
    /// Source categories.
    pub sources: Vocabulary,
    /// Electricity emission factors.
    pub electricity_factor: Vocabulary,
    /// 原料用能.
    pub feedstock: Vocabulary,
    /// Green electricity and certificates.
    pub green_power: Vocabulary,
    /// Data sources.
    pub data_sources: Vocabulary,
    /// Boundary declaration cues.
    pub declaration: Vocabulary,
    /// Base-year declarations (group `year`).
    pub base_year: Vocabulary,
    /// Accounting standards (also usable as the vocabulary `accounting_standards`, the union
    /// of all of them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accounting_standards: Vec<AccountingStandard>,
    #[serde(skip)]
    pub(crate) accounting_standards_union: Vocabulary,
}

impl Boundary {
    /// Vocabulary names accepted by `any_vocabularies`.
    pub const NAMES: [&'static str; 20] = [
        "gases_allowed",
        "gases_flagged",
        "gas_exemptions",
        "direct",
        "indirect",
        "separate",
        "exclusion",
        "exclusion_before",
        "exclusion_after",
        "restriction",
        "spatial",
        "organisational",
        "sources",
        "electricity_factor",
        "feedstock",
        "green_power",
        "data_sources",
        "declaration",
        "base_year",
        "accounting_standards",
    ];

    /// The vocabulary with this name (`accounting_standards` is the union of all standards).
    pub fn vocabulary(&self, name: &str) -> Option<&Vocabulary> {
        Some(match name {
            "gases_allowed" => &self.gases_allowed,
            "gases_flagged" => &self.gases_flagged,
            "gas_exemptions" => &self.gas_exemptions,
            "direct" => &self.direct,
            "indirect" => &self.indirect,
            "separate" => &self.separate,
            "exclusion" => &self.exclusion,
            "exclusion_before" => &self.exclusion_before,
            "exclusion_after" => &self.exclusion_after,
            "restriction" => &self.restriction,
            "spatial" => &self.spatial,
            "organisational" => &self.organisational,
            "sources" => &self.sources,
            "electricity_factor" => &self.electricity_factor,
            "feedstock" => &self.feedstock,
            "green_power" => &self.green_power,
            "data_sources" => &self.data_sources,
            "declaration" => &self.declaration,
            "base_year" => &self.base_year,
            "accounting_standards" => &self.accounting_standards_union,
            _ => return None,
        })
    }
}

/// A unit of a family.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    /// Main spelling.
    pub symbol: String,
    /// Other spellings.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Value of one of this unit in the canonical unit.
    pub factor: f64,
    /// Belongs to the family only when the subject is clear from the context.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub bare: bool,
}

impl Unit {
    /// Symbol followed by aliases.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.symbol.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A family of convertible units.
#[derive(Debug, Clone, Serialize)]
pub struct UnitFamily {
    /// Id (`co2_mass`).
    pub id: String,
    /// Quantity name.
    pub name: String,
    /// Canonical unit symbol.
    pub canonical: String,
    /// Units.
    pub units: Vec<Unit>,
    /// Families whose units this family's indicators are mistakenly stated in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub confused_with: Vec<String>,
}

impl UnitFamily {
    /// The unit spelt `spelling` (symbol or alias, exact).
    pub fn unit(&self, spelling: &str) -> Option<&Unit> {
        self.units
            .iter()
            .find(|u| u.spellings().any(|s| s == spelling))
    }

    /// Convert `value` in the unit spelt `spelling` to the canonical unit.
    pub fn to_canonical(&self, value: f64, spelling: &str) -> Option<f64> {
        self.unit(spelling).map(|u| value * u.factor)
    }
}

/// A target indicator.
#[derive(Debug, Clone, Serialize)]
pub struct Metric {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Literal names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Regex names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<Pattern>,
    /// Unit family id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_family: Option<String>,
    /// Domain words of supporting measures.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub measure_keywords: Vec<String>,
    /// A level brought down: lower milestones are more ambitious.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub lower_is_better: bool,
    /// The metric whose total, per unit of output, this intensity is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_output: Option<String>,
    /// Examples.
    #[serde(skip_serializing_if = "Examples::is_empty")]
    pub examples: Examples,
}

impl Metric {
    /// Whether `text` names this indicator.
    pub fn is_named_in(&self, text: &str) -> bool {
        self.keywords.iter().any(|k| text.contains(k.as_str()))
            || self.patterns.iter().any(|p| p.is_match(text))
    }
}

/// Patterns for one kind of target statement.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    /// Id.
    pub id: String,
    /// Kind (decides the named groups).
    pub kind: StatementKind,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Regexes with named groups.
    pub patterns: Vec<Pattern>,
    /// Examples.
    #[serde(skip_serializing_if = "Examples::is_empty")]
    pub examples: Examples,
}

/// A planning period.
#[derive(Debug, Clone, Serialize)]
pub struct Period {
    /// 十四五.
    pub name: String,
    /// First year.
    pub start: u16,
    /// Last year.
    pub end: u16,
}

/// `targets:` compiled.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Targets {
    /// Indicators.
    pub metrics: Vec<Metric>,
    /// Statement patterns.
    pub statements: Vec<Statement>,
    /// Spans where statements are not looked for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ignore_patterns: Vec<Pattern>,
    /// Planning periods.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<Period>,
    /// The metrics' keywords in one automaton (built on first use).
    #[serde(skip)]
    pub keyword_index: super::keyword_index::KeywordIndex,
}

impl Targets {
    /// Every occurrence of a metric keyword in `text`, overlaps included: (index into
    /// `metrics`, byte range), in no particular order.
    pub fn keyword_hits(&self, text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
        self.keyword_index.hits(&self.metrics, text)
    }

    /// Matches of `statement` in `text` that are not entirely inside a span matched by an
    /// `ignore_patterns` regex (e.g. inside a cited title 《2030年前碳达峰行动方案》).
    pub fn statement_matches<'t>(
        &self,
        statement: &Statement,
        text: &'t str,
    ) -> Vec<regex::Captures<'t>> {
        let ignored: Vec<std::ops::Range<usize>> = self
            .ignore_patterns
            .iter()
            .flat_map(|p| p.find_iter(text).map(|m| m.range()))
            .collect();
        statement
            .patterns
            .iter()
            .flat_map(|p| p.captures_iter(text))
            .filter(|caps| {
                let Some(m) = caps.get(0) else { return false };
                !ignored
                    .iter()
                    .any(|r| r.start <= m.start() && m.end() <= r.end)
            })
            .collect()
    }
}

/// A higher-level target to compare with.
#[derive(Debug, Clone, Serialize)]
pub struct ReferenceTarget {
    /// Id.
    pub id: String,
    /// Who sets it.
    pub scope: ReferenceScope,
    /// Region or park type.
    pub region: String,
    /// Metric id.
    pub metric: String,
    /// What it fixes.
    pub kind: ReferenceKind,
    /// Base year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_year: Option<u16>,
    /// Target year.
    pub target_year: u16,
    /// Value (signed percent for change / annual_rate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Unit of a level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 以上 / 左右 / 前.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// Source document.
    pub source: String,
    /// Year published.
    pub year_published: u16,
    /// Remarks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A loaded rules pack. Get the embedded one with [`super::default_pack`], a file with
/// [`super::load_pack`] or [`super::load_file`], a `peaklint.yaml` with [`super::resolve`].
#[derive(Debug, Clone, Serialize)]
pub struct RulesPack {
    schema_version: u32,
    /// Name, version, standard, clauses.
    pub meta: Meta,
    /// Chapters with nested sections.
    pub outline: Vec<OutlineItem>,
    /// The five principles.
    pub principles: Vec<Principle>,
    /// Boundary vocabulary.
    pub boundary: Boundary,
    /// Unit families.
    pub units: Vec<UnitFamily>,
    /// Target metrics and statement patterns.
    pub targets: Targets,
    /// Reference targets.
    pub reference_targets: Vec<ReferenceTarget>,
    /// Words and cues that decide readings.
    pub lexicon: super::lexicon::Lexicon,
    /// Thresholds.
    pub thresholds: Thresholds,
    /// Rule id → setting.
    pub severities: BTreeMap<String, RuleSetting>,
    /// Where the pack came from (file name, `default`), with any config applied on top.
    #[serde(skip)]
    pub origin: Vec<String>,
    /// Which pack this is for the answers remembered per text
    /// ([`crate::extract::memo`]): a clone is another pack.
    #[serde(skip)]
    identity: crate::extract::memo::PackIdentity,
}

impl RulesPack {
    pub(crate) fn new_empty(meta: Meta) -> RulesPack {
        RulesPack {
            schema_version: super::schema::SCHEMA_VERSION,
            meta,
            outline: Vec::new(),
            principles: Vec::new(),
            boundary: Boundary::default(),
            units: Vec::new(),
            targets: Targets::default(),
            reference_targets: Vec::new(),
            lexicon: super::lexicon::Lexicon::default(),
            thresholds: Thresholds::default(),
            severities: BTreeMap::new(),
            origin: Vec::new(),
            identity: Default::default(),
        }
    }

    /// The key of this pack's answers in the text memos ([`crate::extract::memo`]).
    pub(crate) fn memo_key(&self) -> crate::extract::memo::PackKey {
        self.identity.key()
    }

    /// The severity to report `rule_id` at: the pack's setting, `default` (the rule's own
    /// default) when the pack does not list the rule, `None` when it is `off`.
    pub fn severity(&self, rule_id: &str, default: Severity) -> Option<Severity> {
        match self.severities.get(rule_id) {
            Some(setting) => setting.severity(),
            None => Some(default),
        }
    }

    /// The pack's name (`rules.name` in the JSON output).
    pub fn name(&self) -> &str {
        &self.meta.name
    }

    /// The pack's version (`rules.version` in the JSON output).
    pub fn version(&self) -> &str {
        &self.meta.version
    }

    /// The pack in the rules-file format (`peaklint rules print`); loading the text gives
    /// the same pack back.
    pub fn to_yaml(&self) -> String {
        serde_saphyr::to_string(self).unwrap_or_else(|e| format!("# cannot print the pack: {e}\n"))
    }

    /// The rule's setting as written (`None`: not listed in the pack).
    pub fn rule_setting(&self, rule_id: &str) -> Option<RuleSetting> {
        self.severities.get(rule_id).copied()
    }

    /// Every outline item, depth first, with its depth (0 = chapter).
    pub fn outline_items(&self) -> Vec<(usize, &OutlineItem)> {
        fn walk<'a>(
            items: &'a [OutlineItem],
            depth: usize,
            out: &mut Vec<(usize, &'a OutlineItem)>,
        ) {
            for item in items {
                out.push((depth, item));
                walk(&item.sections, depth + 1, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.outline, 0, &mut out);
        out
    }

    /// The outline item with this id, at any depth.
    pub fn outline_item(&self, id: &str) -> Option<&OutlineItem> {
        self.outline_items()
            .into_iter()
            .map(|(_, item)| item)
            .find(|item| item.id == id)
    }

    /// The ids of the item's ancestors, outermost first (empty for a chapter; `None` when no
    /// item has this id).
    pub fn outline_path(&self, id: &str) -> Option<Vec<&str>> {
        fn find<'a>(items: &'a [OutlineItem], id: &str, path: &mut Vec<&'a str>) -> bool {
            for item in items {
                if item.id == id {
                    return true;
                }
                path.push(item.id.as_str());
                if find(&item.sections, id, path) {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = Vec::new();
        find(&self.outline, id, &mut path).then_some(path)
    }

    /// The effective level of an item: `off` when it or an ancestor is off.
    pub fn effective_level(&self, id: &str) -> Option<Requirement> {
        let item = self.outline_item(id)?;
        let path = self.outline_path(id)?;
        let ancestor_off = path
            .iter()
            .filter_map(|a| self.outline_item(a))
            .any(|a| a.level == Requirement::Off);
        Some(if ancestor_off {
            Requirement::Off
        } else {
            item.level
        })
    }

    /// The principle with this id.
    pub fn principle(&self, id: PrincipleId) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// The target metric with this id.
    pub fn metric(&self, id: &str) -> Option<&Metric> {
        self.targets.metrics.iter().find(|m| m.id == id)
    }

    /// The unit family with this id.
    pub fn unit_family(&self, id: &str) -> Option<&UnitFamily> {
        self.units.iter().find(|f| f.id == id)
    }

    /// The family and unit spelt exactly `spelling`.
    pub fn find_unit(&self, spelling: &str) -> Option<(&UnitFamily, &Unit)> {
        self.units
            .iter()
            .find_map(|f| f.unit(spelling).map(|u| (f, u)))
    }

    /// Reference targets for a metric.
    pub fn reference_targets_for<'a>(
        &'a self,
        metric: &'a str,
    ) -> impl Iterator<Item = &'a ReferenceTarget> + 'a {
        self.reference_targets
            .iter()
            .filter(move |r| r.metric == metric)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(source: &str) -> Pattern {
        Pattern::new(source).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn rule_settings_map_to_severities() {
        assert_eq!(RuleSetting::Error.severity(), Some(Severity::Error));
        assert_eq!(RuleSetting::Info.severity(), Some(Severity::Info));
        assert_eq!(RuleSetting::Off.severity(), None);
    }

    #[test]
    fn vocabulary_finds_terms_and_patterns() {
        let v = Vocabulary::new(
            vec!["温室气体".to_owned()],
            vec![pattern("CO2e")],
            Examples::default(),
        );
        let text = "温室气体排放102万吨CO2e，温室气体";
        let hits: Vec<&str> = v.find_all(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(hits, vec!["温室气体", "CO2e", "温室气体"]);
        assert!(v.is_match(text));
        assert!(!v.is_match("二氧化碳"));
    }

    /// A count up to a limit is the full count capped at the limit, word by word and by the
    /// automaton alike.
    #[test]
    fn vocabulary_counts_up_to_a_limit() {
        let v = Vocabulary::new(
            ["碳", "碳碳", "排放", "", "碳排放"]
                .map(str::to_owned)
                .to_vec(),
            vec![pattern("\\d+万吨"), pattern("万吨")],
            Examples::default(),
        );
        let texts = [
            "碳碳碳排放102万吨",
            "二氧化碳排放",
            "无关",
            "",
            "5万吨和6万吨",
        ];
        for _ in 0..40 {
            for t in texts {
                let all = v.find_all(t).len();
                for limit in 0..8 {
                    assert_eq!(v.count_up_to(t, limit), all.min(limit), "{t} {limit}");
                }
            }
        }
    }

    /// The default pack's evidence items: counting up to a limit gives the full count
    /// capped at the limit (the searches are reordered, cheapest first).
    #[test]
    fn evidence_counts_up_to_a_limit() {
        let pack = crate::pack::load::default_pack();
        let texts = [
            "依据《工业企业温室气体排放核算和报告通则》（GB/T 32150—2015），数据来源于统计年鉴。",
            "与园区国土空间规划相衔接，落实《某省碳达峰实施方案》，到2030年前实现碳达峰。",
            "2035年展望：排放稳中有降。项目建成投产后年综合能耗12万吨标准煤。",
            "无关文字",
        ];
        for p in &pack.principles {
            for e in &p.evidence {
                for t in texts {
                    let all = e.count_hits(t, &pack.boundary);
                    for limit in 1..5 {
                        assert_eq!(
                            e.count_hits_up_to(t, &pack.boundary, limit),
                            all.min(limit),
                            "{} {t} {limit}",
                            e.id
                        );
                    }
                }
            }
        }
    }

    /// Word by word (the first searches) and by the automaton (later ones): the same.
    #[test]
    fn vocabulary_searches_alike_before_and_after_its_automaton() {
        let v = Vocabulary::new(
            ["碳", "碳碳", "排放", "", "碳排放", "放"]
                .map(str::to_owned)
                .to_vec(),
            vec![pattern("\\d+万吨")],
            Examples::default(),
        );
        let texts = ["碳碳碳排放102万吨", "二氧化碳排放", "无关", ""];
        let first: Vec<_> = texts
            .iter()
            .map(|t| (v.find_all(t), v.is_match(t)))
            .collect();
        assert!(v.words.get().is_none());
        for _ in 0..20 {
            let again: Vec<_> = texts
                .iter()
                .map(|t| (v.find_all(t), v.is_match(t)))
                .collect();
            assert_eq!(again, first);
        }
        assert!(v.words.get().is_some());
        assert_eq!(first[0].0.len(), 8);
        assert_eq!(first[2], (vec![], false));
    }

    #[test]
    fn every_boundary_name_resolves() {
        let b = Boundary::default();
        for name in Boundary::NAMES {
            assert!(b.vocabulary(name).is_some(), "{name}");
        }
        assert!(b.vocabulary("gases").is_none());
    }

    #[test]
    fn statements_inside_ignored_spans_do_not_count() {
        let targets = Targets {
            ignore_patterns: vec![pattern("《[^》]*》")],
            ..Targets::default()
        };
        let statement = Statement {
            id: "peak".to_owned(),
            kind: StatementKind::Peak,
            description: None,
            patterns: vec![pattern(r"(?P<year>20\d{2})年前碳达峰")],
            examples: Examples::default(),
        };
        assert!(targets
            .statement_matches(&statement, "《2030年前碳达峰行动方案》")
            .is_empty());
        let caps = targets.statement_matches(&statement, "《方案》提出2029年前碳达峰");
        assert_eq!(caps.len(), 1);
        assert_eq!(caps[0].name("year").map(|m| m.as_str()), Some("2029"));
    }

    #[test]
    fn units_convert() {
        let family = UnitFamily {
            id: "energy".to_owned(),
            name: "能源".to_owned(),
            canonical: "tce".to_owned(),
            units: vec![
                Unit {
                    symbol: "tce".to_owned(),
                    aliases: vec!["吨标准煤".to_owned()],
                    factor: 1.0,
                    bare: false,
                },
                Unit {
                    symbol: "万tce".to_owned(),
                    aliases: vec!["万吨标准煤".to_owned()],
                    factor: 10_000.0,
                    bare: false,
                },
            ],
            confused_with: Vec::new(),
        };
        assert_eq!(family.to_canonical(4.5, "万吨标准煤"), Some(45_000.0));
        assert_eq!(family.to_canonical(1.0, "吨"), None);
    }
}
