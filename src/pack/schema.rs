//! Schema v1 of the rules file and of `peaklint.yaml`, as written by people.
//!
//! These are the *file* types: every field a rules author can write, nothing more
//! (`deny_unknown_fields` everywhere, so a misspelt key is an error that points at the key).
//! Identifiers, references and regexes are wrapped in [`Spanned`] so that the loader can
//! point at the exact place in the YAML when one of them is wrong. The loader
//! ([`super::load_pack`]) turns these into the compiled types ([`super::RulesPack`]) that
//! checks use.
//!
//! The doc comments on these types end up as descriptions in `docs/rules.schema.json`
//! (generated with schemars), so they are written for rules authors.

use std::borrow::Cow;
use std::collections::HashMap;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer};
use serde_saphyr::{Location, Spanned};

use super::model::{
    PrincipleId, ReferenceKind, ReferenceScope, Requirement, RuleSetting, StatementKind, Thresholds,
};

/// The only schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// A rules pack: the outline of a plan, the evidence for the five principles, the
/// accounting-boundary vocabulary, units, target metrics, reference targets, thresholds and
/// rule severities.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    /// Version of this schema. Must be `1`.
    #[schemars(with = "SchemaVersionMarker")]
    pub schema_version: Spanned<u32>,
    /// Name, version and the standard this pack encodes.
    pub meta: MetaSpec,
    /// The chapters a plan must (or should) contain, in order, each with nested sections.
    pub outline: Vec<OutlineItemSpec>,
    /// The five principles (基本原则) and the textual evidence that shows each is met.
    #[serde(default)]
    pub principles: Vec<PrincipleSpec>,
    /// Vocabulary used to find and compare accounting-boundary statements.
    #[serde(default)]
    pub boundary: BoundarySpec,
    /// Unit families; each unit carries its factor to the family's canonical unit.
    #[serde(default)]
    pub units: Vec<UnitFamilySpec>,
    /// Target metrics and the patterns of target statements.
    #[serde(default)]
    pub targets: TargetsSpec,
    /// National, sectoral and regional targets a park plan is compared with.
    #[serde(default)]
    pub reference_targets: Vec<ReferenceTargetSpec>,
    /// Words and cue patterns that decide how a sentence is read (change or level, history
    /// or target, scenario, quoted upper-level target, park total or part).
    #[serde(default)]
    pub lexicon: super::lexicon::LexiconSpec,
    /// Numeric thresholds used by the checks (peak deadline, tolerances …).
    #[serde(default)]
    pub thresholds: Thresholds,
    /// Rule id → `error` | `warning` | `info` | `off`. The default pack lists every rule.
    #[serde(default)]
    #[schemars(with = "HashMap<String, RuleSetting>")]
    pub severities: HashMap<Spanned<String>, Spanned<RuleSetting>>,
}

/// `meta:` — what this pack is and which standard it encodes.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MetaSpec {
    /// Short machine name, reported in the JSON output (`rules.name`).
    pub name: String,
    /// Version of the pack (not of the schema), reported in the JSON output.
    pub version: String,
    /// One-paragraph description.
    #[serde(default)]
    pub description: Option<String>,
    /// The standard the pack encodes.
    pub standard: StandardSpec,
    /// Clauses of the standard that outline items and principles cite (`clause:` fields must
    /// name one of these ids).
    #[serde(default)]
    pub clauses: Vec<ClauseSpec>,
}

/// The standard a pack encodes.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StandardSpec {
    /// Title, e.g. 工业园区碳达峰实施方案编制指南.
    pub title: String,
    /// Issuing body, e.g. 中国循环经济协会.
    pub issuer: String,
    /// Kind of document, e.g. 团体标准.
    #[serde(default)]
    pub kind: Option<String>,
    /// Number (T/CACE …) when known; leave empty when it is not.
    #[serde(default)]
    pub number: Option<String>,
    /// Year of publication.
    #[serde(default)]
    pub year: Option<u16>,
}

/// One clause of the standard.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClauseSpec {
    /// Clause number as printed: "6", "附录A".
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Clause title.
    pub title: String,
    /// What the clause asks of a plan, in one or two sentences.
    #[serde(default)]
    pub summary: Option<String>,
}

/// An outline item: a chapter, or (nested under `sections:`) a section of one.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutlineItemSpec {
    /// Identifier, unique in the whole outline (`[a-z][a-z0-9_]*`); reported as `expected.id`.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Canonical title, used in messages and in `init` skeletons.
    #[schemars(with = "String")]
    pub title: Spanned<String>,
    /// Other names of this item in real plans. Headings are compared by their match key
    /// (NFKC, lower case, no spaces or punctuation): equal to, or containing, the title or
    /// an alias matches.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub aliases: Vec<Spanned<String>>,
    /// Regexes (Rust `regex` syntax) tried against the heading title (its number removed).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub patterns: Vec<Spanned<String>>,
    /// `required` | `recommended` | `optional` | `off`.
    #[serde(default)]
    pub level: Requirement,
    /// Position among its siblings; items with equal order may appear in either order.
    /// Default: position in the list (1-based).
    #[serde(default)]
    pub order: Option<u32>,
    /// Minimum number of body characters (whitespace excluded, sub-sections included)
    /// below which the item counts as empty.
    #[serde(default)]
    pub min_chars: Option<usize>,
    /// The clause of the standard this item enforces (an id from `meta.clauses`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub clause: Option<Spanned<String>>,
    /// One line telling the author what to write here (used by `init` skeletons).
    #[serde(default)]
    pub guidance: Option<String>,
    /// Heading texts that must / must not be recognised as this item (checked by tests).
    #[serde(default)]
    pub examples: ExamplesSpec,
    /// What the item is about, as words a title combines: a title holding one of `heads`,
    /// one of `qualifiers` (when any are listed) and none of `exclude` names the item even
    /// when no alias lists it (基地发展基础, 产业园概况).
    #[serde(default)]
    pub concepts: Option<ConceptsSpec>,
    /// The substance of a section: when its chapter's text (body and tables) holds at least
    /// `content_min_matches` hits, the section counts as present without a heading of its own
    /// (a chapter that states the peak year and value, or holds the indicator table).
    #[serde(default)]
    pub content: VocabularySpec,
    /// Hits of `content` needed (default 1).
    #[serde(default)]
    pub content_min_matches: Option<u32>,
    /// Nested sections, same form.
    #[serde(default)]
    pub sections: Vec<OutlineItemSpec>,
    /// Chapters (ids of top-level items) this chapter may be written inside: it counts as
    /// present when such a chapter's text holds the substance (`content`) of at least two
    /// of its sections (the tracking chapter's monitoring and evaluation written in the
    /// safeguards chapter, in a table or run-in paragraphs).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub within: Vec<Spanned<String>>,
}

/// `concepts:` — the words a title naming an outline item combines.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConceptsSpec {
    /// Head words: the title must hold one (目标, 路径, 保障 …).
    #[serde(default)]
    pub heads: Vec<String>,
    /// Qualifiers: when listed, the title must also hold one (达峰, 碳, 排放 …).
    #[serde(default)]
    pub qualifiers: Vec<String>,
    /// Words that rule the item out (a title about energy structure is not the park profile).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Words that, ending a heading, make it about something else whatever names it holds
    /// (an alias, a head word): 达峰路径研判 is an analysis of the path, not the pathway
    /// chapter; 达峰路径研判与重点任务 still is.
    #[serde(default)]
    pub exclude_ending: Vec<String>,
    /// A chapter named by the concepts alone (a head word among other words: 重点项目保障)
    /// is the item only when its text holds the substance of one of the item's sections
    /// (their `content`): a project pipeline titled …保障 is no safeguards chapter.
    #[serde(default)]
    pub confirm_by_content: bool,
}

/// `examples:` — texts that must match (`match`) and must not match (`no_match`).
#[derive(Debug, Default, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExamplesSpec {
    /// Texts that must match.
    #[serde(default, rename = "match")]
    #[schemars(with = "Vec<String>")]
    pub matches: Vec<Spanned<String>>,
    /// Texts that must not match.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub no_match: Vec<Spanned<String>>,
}

/// One of the five principles (基本原则) and its evidence items.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrincipleSpec {
    /// `coordination` | `accuracy` | `feasibility` | `foresight` | `scientific`; the finding is
    /// reported as `principle/<id>`.
    #[schemars(with = "PrincipleId")]
    pub id: Spanned<PrincipleId>,
    /// Chinese name, e.g. 协调性.
    pub name: String,
    /// Clause of the standard (an id from `meta.clauses`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub clause: Option<Spanned<String>>,
    /// The principle's text in the standard.
    #[serde(default)]
    pub description: Option<String>,
    /// Evidence items; each missing item is reported by name.
    #[serde(default)]
    pub evidence: Vec<EvidenceSpec>,
}

/// One piece of evidence for a principle. It is met when any of its signals is met:
/// at least `min_matches` keyword/pattern/vocabulary hits in the scope; any of
/// `any_outline_items` present; at least `min_distinct_years` different years in the scope.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvidenceSpec {
    /// Identifier, unique within the principle.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Short name used in messages, e.g. 引用所在地区碳达峰实施方案.
    pub name: String,
    /// Why this shows the principle is met / what to add when it is missing.
    #[serde(default)]
    pub description: Option<String>,
    /// Literal substrings; each occurrence is a hit.
    #[serde(default)]
    pub any_keywords: Vec<String>,
    /// Regexes; each match is a hit.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub any_patterns: Vec<Spanned<String>>,
    /// Names of `boundary` vocabularies whose terms and patterns count as hits.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub any_vocabularies: Vec<Spanned<String>>,
    /// Outline item ids; the evidence is met when any of them is present in the plan.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub any_outline_items: Vec<Spanned<String>>,
    /// Facts of the plan, read by the extraction layer, that meet the evidence in substance
    /// whatever the wording: `staged_targets` (the plan's own targets name two or more
    /// target years, a peak year included), `scenario_figures` (a business-as-usual emission
    /// figure and a policy scenario's are read), `quantified_measures` (two or more
    /// measures with a stated reduction in CO2 are read, table rows included),
    /// `dated_measures` (two or more measures state the year of their reduction),
    /// `indicator_table` (a table gives the plan's own targets for two or more indicators),
    /// `post_peak_decline` (a target set against the peak, or a CO2 total level for a year
    /// after the peak year below the peak value, or the peak scenario below its highest
    /// point after 2030), `boundary_declared` (the boundary as
    /// `facts` reads it: declaring sentences that give the extent and the sources).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub any_facts: Vec<Spanned<String>>,
    /// Met when the scope mentions at least this many different calendar years (20xx年).
    #[serde(default)]
    pub min_distinct_years: Option<u32>,
    /// Where to look: `document` (default), one outline item id, or a list of ids.
    #[serde(default)]
    #[schemars(with = "Option<ScopeSchema>")]
    pub scope: Option<Spanned<ScopeSpec>>,
    /// Hits needed (keywords + patterns + vocabularies). Default 1.
    #[serde(default)]
    pub min_matches: Option<u32>,
    /// The evidence can only be a form of words (a slogan such as 统筹发展和减排), not a
    /// fact of the plan: a missing one is reported as info at most and does not lower the
    /// principle's status.
    #[serde(default)]
    pub wording: bool,
    /// The evidence must be stated as a fact of the plan: a hit in a clause announcing work
    /// to be done (the lexicon's `planned_work`: 加快建立…排放因子数据库) does not count.
    #[serde(default)]
    pub stated: bool,
    /// Sentences that must contain a hit (`match`) or none (`no_match`).
    #[serde(default)]
    pub examples: ExamplesSpec,
}

/// `scope:` — `document`, an outline item id, or a list of ids. Each id keeps its own
/// location; a single id takes the location of the whole value.
#[derive(Debug)]
pub struct ScopeSpec(pub Vec<Spanned<String>>);

impl<'de> Deserialize<'de> for ScopeSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScopeVisitor;
        impl<'de> serde::de::Visitor<'de> for ScopeVisitor {
            type Value = ScopeSpec;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`document`, an outline item id, or a list of outline item ids")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ScopeSpec, E> {
                Ok(ScopeSpec(vec![Spanned::new(
                    v.to_owned(),
                    Location::UNKNOWN,
                    Location::UNKNOWN,
                )]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ScopeSpec, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element::<Spanned<String>>()? {
                    ids.push(id);
                }
                Ok(ScopeSpec(ids))
            }
        }
        deserializer.deserialize_any(ScopeVisitor)
    }
}

/// JSON-Schema stand-in for [`ScopeSpec`].
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ScopeSchema {
    /// `document` or an outline item id.
    One(String),
    /// Outline item ids.
    Many(Vec<String>),
}

/// A list of terms and/or regexes, with examples.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VocabularySpec {
    /// Literal substrings.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Regexes.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub patterns: Vec<Spanned<String>>,
    /// Texts that must contain a term or pattern match (`match`) or none (`no_match`).
    #[serde(default)]
    pub examples: ExamplesSpec,
}

/// `boundary:` — vocabulary for accounting-boundary statements (CO2 only).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BoundarySpec {
    /// Gas names the standard covers (二氧化碳 only).
    #[serde(default)]
    pub gases_allowed: VocabularySpec,
    /// Other gases and CO2-equivalent wording: flagged in inventories, totals and targets.
    #[serde(default)]
    pub gases_flagged: VocabularySpec,
    /// Contexts in which a flagged gas term is not a defect (a cited standard's title, the
    /// sentence that excludes other gases, methane recovery as a measure …).
    #[serde(default)]
    pub gas_exemptions: VocabularySpec,
    /// Direct emissions (范围一, 化石燃料燃烧, 工业生产过程 …).
    #[serde(default)]
    pub direct: VocabularySpec,
    /// Indirect emissions (范围二, 净调入电力/热力 …).
    #[serde(default)]
    pub indirect: VocabularySpec,
    /// Emissions outside the peak accounting or reported separately (范围三, 生物质 …).
    #[serde(default)]
    pub separate: VocabularySpec,
    /// Exclusion wording (不含, 不包括, 扣除 …).
    #[serde(default)]
    pub exclusion: VocabularySpec,
    /// Exclusion cues that govern what follows them up to the end of their clause or
    /// bracket (不包括…, 不含…, 剔除…): terms there are named in order to be left out.
    #[serde(default)]
    pub exclusion_before: VocabularySpec,
    /// Exclusion cues that govern what precedes them back to the start of their clause
    /// (…不纳入本方案核算, …不计入, …除外).
    #[serde(default)]
    pub exclusion_after: VocabularySpec,
    /// Restriction cues (仅核算二氧化碳, 核算气体仅为二氧化碳): every other gas named in the
    /// same clause is named in order to be left out.
    #[serde(default)]
    pub restriction: VocabularySpec,
    /// Spatial extent (规划范围, 四至, 规划面积 …).
    #[serde(default)]
    pub spatial: VocabularySpec,
    /// Organisational coverage (全部企业, 规模以上工业企业 …).
    #[serde(default)]
    pub organisational: VocabularySpec,
    /// Emission source categories (能源活动, 工业生产过程, 废弃物处理 …).
    #[serde(default)]
    pub sources: VocabularySpec,
    /// Electricity emission factor wording.
    #[serde(default)]
    pub electricity_factor: VocabularySpec,
    /// Treatment of 原料用能.
    #[serde(default)]
    pub feedstock: VocabularySpec,
    /// Green electricity / certificates.
    #[serde(default)]
    pub green_power: VocabularySpec,
    /// Data sources (统计年鉴, 能源统计报表 …).
    #[serde(default)]
    pub data_sources: VocabularySpec,
    /// Cues of a boundary declaration (核算边界为 …).
    #[serde(default)]
    pub declaration: VocabularySpec,
    /// Base-year declarations; patterns should capture the year in a group named `year`.
    #[serde(default)]
    pub base_year: VocabularySpec,
    /// Accounting standards and methods a plan may cite.
    #[serde(default)]
    pub accounting_standards: Vec<AccountingStandardSpec>,
}

/// An accounting standard or method.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountingStandardSpec {
    /// Identifier, unique among accounting standards.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Full name.
    pub name: String,
    /// Issuer and level (national / provincial / sector).
    #[serde(default)]
    pub issuer: Option<String>,
    /// Literal substrings naming it.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Regexes naming it.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub patterns: Vec<Spanned<String>>,
    /// Texts that must / must not be recognised as citing it.
    #[serde(default)]
    pub examples: ExamplesSpec,
}

/// A unit family with a canonical unit.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitFamilySpec {
    /// Identifier (`co2_mass`, `energy`, `area` …), referenced by target metrics.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Name of the quantity, e.g. 二氧化碳排放量.
    pub name: String,
    /// Canonical unit symbol; must be one of `units` with factor 1.
    #[schemars(with = "String")]
    pub canonical: Spanned<String>,
    /// The units of the family.
    pub units: Vec<UnitSpec>,
    /// Families whose units an indicator of this family is mistakenly stated in (an
    /// emission intensity written in 吨标准煤/万元): a target of this family's indicator
    /// given in a unit of one of them, spelt with its subject, is reported by
    /// `target/implausible`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub confused_with: Vec<Spanned<String>>,
}

/// A unit: symbol, spellings and factor to the canonical unit.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitSpec {
    /// Main spelling, unique across all families.
    #[schemars(with = "String")]
    pub symbol: Spanned<String>,
    /// Other spellings, unique across all families.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub aliases: Vec<Spanned<String>>,
    /// Value in the canonical unit of one of this unit (万吨 → 10000 t).
    #[schemars(with = "f64")]
    pub factor: Spanned<f64>,
    /// A bare unit (吨, 万吨) that belongs to this family only when the subject is clear
    /// from the context (e.g. 二氧化碳排放 … 128.4万吨).
    #[serde(default)]
    pub bare: bool,
}

/// `targets:` — what a target is about (metrics) and how target statements are worded.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetsSpec {
    /// Target indicators.
    #[serde(default)]
    pub metrics: Vec<MetricSpec>,
    /// Target statement patterns; named groups carry the parts (see docs/rules.md).
    #[serde(default)]
    pub statements: Vec<StatementSpec>,
    /// Regexes for spans in which no target statement is looked for (cited titles 《…》).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub ignore_patterns: Vec<Spanned<String>>,
    /// Planning periods (十四五 → 2021–2025).
    #[serde(default)]
    pub periods: Vec<PeriodSpec>,
}

/// A target indicator.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MetricSpec {
    /// Identifier, referenced by reference targets.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Name used in messages.
    pub name: String,
    /// Literal substrings naming the indicator.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Regexes naming the indicator.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub patterns: Vec<Spanned<String>>,
    /// Unit family of its values (an id from `units`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub unit_family: Option<Spanned<String>>,
    /// Domain words that identify a measure supporting this indicator in the pathway chapters.
    #[serde(default)]
    pub measure_keywords: Vec<String>,
    /// A level the plan brings down (煤炭消费比重): a later milestone is more ambitious when
    /// lower, also where no verb says so (an indicator table's cells).
    #[serde(default)]
    pub lower_is_better: bool,
    /// An intensity that is this metric's total (a metric id) per unit of output
    /// (`lexicon.output_indicator`): the total and the output of the base year give its base
    /// value.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub per_output: Option<Spanned<String>>,
    /// Texts that must / must not name the indicator.
    #[serde(default)]
    pub examples: ExamplesSpec,
}

/// A kind of target statement and its patterns.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatementSpec {
    /// Identifier.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// `peak` | `peak_value` | `change` | `level` | `annual_rate` | `delegated` | `comparative`.
    pub kind: StatementKind,
    /// What the statement says.
    #[serde(default)]
    pub description: Option<String>,
    /// Regexes; each must define the named groups its kind requires.
    #[schemars(with = "Vec<String>")]
    pub patterns: Vec<Spanned<String>>,
    /// Sentences that must / must not contain such a statement.
    #[serde(default)]
    pub examples: ExamplesSpec,
}

/// A planning period.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodSpec {
    /// Name as written, e.g. 十四五.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// First year.
    pub start: u16,
    /// Last year (…末 resolves to it).
    pub end: u16,
}

/// A target set by a higher level (national, sectoral, regional) or for a park type.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferenceTargetSpec {
    /// Identifier.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// `national` | `industry` | `provincial` | `municipal` | `park_type`.
    pub scope: ReferenceScope,
    /// Region or park type, e.g. 全国, 江苏省, 国家高新区.
    pub region: String,
    /// Target metric (an id from `targets.metrics`).
    #[schemars(with = "String")]
    pub metric: Spanned<String>,
    /// `peak` | `neutrality` | `change` | `level` | `annual_rate`.
    pub kind: ReferenceKind,
    /// Base year (required for `change`).
    #[serde(default)]
    pub base_year: Option<u16>,
    /// Target year.
    #[schemars(with = "u16")]
    pub target_year: Spanned<u16>,
    /// Value: signed percent change for `change` / `annual_rate` (−65 = 下降65%), the level
    /// for `level` (in `unit`).
    #[serde(default)]
    pub value: Option<f64>,
    /// Unit of `value` for `level` (a unit of the metric's family, or `%`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub unit: Option<Spanned<String>>,
    /// 以上 | 左右 | 以内 | 前 …
    #[serde(default)]
    pub qualifier: Option<String>,
    /// The document that sets it, with its number.
    pub source: String,
    /// Year the source was published.
    pub year_published: u16,
    /// Remarks.
    #[serde(default)]
    pub note: Option<String>,
}

/// `peaklint.yaml`: inherit a pack and override parts of it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Optional; must be 1 when given.
    #[serde(default)]
    #[schemars(with = "Option<SchemaVersionMarker>")]
    pub schema_version: Option<Spanned<u32>>,
    /// `default` (the embedded pack) or a path to a rules file, relative to this file.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub extends: Option<Spanned<String>>,
    /// Rule id → `error` | `warning` | `info` | `off`.
    #[serde(default, deserialize_with = "null_as_default")]
    // Read as text and checked when merged, so that a wrong setting is reported together
    // with a wrong rule id and the other mistakes of the file.
    #[schemars(with = "HashMap<String, RuleSetting>")]
    pub rules: HashMap<Spanned<String>, Spanned<String>>,
    /// Changes to outline items (by id) and new items.
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Vec<OutlinePatchSpec>")]
    pub outline: Vec<OutlinePatchSpec>,
    /// Threshold overrides.
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "ThresholdsPatch")]
    pub thresholds: ThresholdsPatch,
    /// Reference targets to add (new id) or replace (same id), e.g. your province's targets.
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "Vec<ReferenceTargetSpec>")]
    pub reference_targets: Vec<ReferenceTargetSpec>,
    /// Lexicon entry name → terms, patterns and examples appended to the pack's entry
    /// (regional wording, e.g. `upper_level: {terms: [自治区]}`).
    #[serde(default, deserialize_with = "null_as_default")]
    #[schemars(with = "HashMap<String, VocabularySpec>")]
    pub lexicon: HashMap<Spanned<String>, VocabularySpec>,
}

/// A key written with nothing after it (`rules:` with every entry commented out) means
/// the same as leaving it out.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A change to an outline item. For an existing id, given fields replace the pack's values
/// and `aliases`, `patterns` and `examples` are appended. An unknown id adds a new item
/// (needs `title`; `parent` names the chapter it goes under, top level when absent).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutlinePatchSpec {
    /// Id of the item to change or to add.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// New items only: the id of the item to nest under.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub parent: Option<Spanned<String>>,
    /// Title (required for a new item).
    #[serde(default)]
    pub title: Option<String>,
    /// Aliases to add.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub aliases: Vec<Spanned<String>>,
    /// Patterns to add.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub patterns: Vec<Spanned<String>>,
    /// New level; `off` disables the item (and its sections).
    #[serde(default)]
    pub level: Option<Requirement>,
    /// New order among siblings.
    #[serde(default)]
    pub order: Option<u32>,
    /// New minimum body characters.
    #[serde(default)]
    pub min_chars: Option<usize>,
    /// New clause.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub clause: Option<Spanned<String>>,
    /// New guidance.
    #[serde(default)]
    pub guidance: Option<String>,
    /// Examples to add.
    #[serde(default)]
    pub examples: ExamplesSpec,
}

/// Threshold overrides; every field is optional.
#[derive(Debug, Default, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThresholdsPatch {
    /// Latest acceptable peak year.
    pub peak_deadline: Option<u16>,
    /// A peak year before this needs a justification.
    pub early_peak_before: Option<u16>,
    /// Years of history a trend analysis needs.
    pub min_history_years: Option<u32>,
    /// Relative tolerance when comparing two statements of the same quantity.
    pub value_tolerance: Option<f64>,
    /// Tolerance in percentage points when shares should add up to 100%.
    pub share_sum_tolerance: Option<f64>,
    /// Relative tolerance between a table's total and the sum of its parts, on top of the
    /// printed precision.
    pub table_sum_tolerance: Option<f64>,
}

/// Either file kind, for the published JSON Schema.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum AnyRulesFile {
    /// A complete rules pack.
    Pack(Box<RulesFile>),
    /// A `peaklint.yaml` that extends a pack.
    Config(Box<ConfigFile>),
}

/// `schema_version: 1`, for the JSON Schema.
pub(crate) struct SchemaVersionMarker;

impl JsonSchema for SchemaVersionMarker {
    fn schema_name() -> Cow<'static, str> {
        "SchemaVersion".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Schema version; this build understands 1.",
            "type": "integer",
            "const": SCHEMA_VERSION
        })
    }
}
