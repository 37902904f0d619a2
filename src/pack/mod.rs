//! Rules packs: the schema of the YAML rules file, loading with located errors, the
//! embedded default pack (`rules/park-carbon-peak.yaml`) and `peaklint.yaml` overrides.
//!
//! Check kinds are code, rule instances are data: the pack says *what* a plan must contain
//! (outline items with aliases and patterns), *which* words show a principle is met, the
//! boundary vocabulary, units, target metrics and statement patterns, reference targets,
//! thresholds and severities; the checks say *how* to look.
//!
//! ```no_run
//! use peaklint::pack;
//! let pack = pack::default_pack();
//! let chapter = pack.outline_item("emission_analysis").map(|i| i.title.as_str());
//! let late_peak = pack.rule_setting("target/late-peak"); // Some(RuleSetting::Error)
//! # let _ = (chapter, late_peak);
//! ```
//!
//! The file format is documented in `docs/rules.md`; its JSON Schema is
//! `docs/rules.schema.json` ([`json_schema`]).

mod config;
mod embedded;
mod error;
mod examples;
mod json_schema;
mod keyword_index;
mod lexicon;
mod load;
mod model;
mod needles;
mod required;
pub mod schema;

pub use config::{find_config, load_file, resolve, Config, CONFIG_FILE_NAME};
pub use error::{Msg, Problem, ProblemKind, RulesError, SourceFile};
pub use examples::{check_examples, count_examples, ExampleFailure};
pub use json_schema::{json_schema, json_schema_text};
pub use lexicon::{row_label_key, Lexicon, LexiconSpec, GAS_IDS, OFFSET_IDS};
pub use load::{default_pack, load_pack, DEFAULT_PACK_NAME, DEFAULT_PACK_YAML};
pub(crate) use load::{did_you_mean, parse_yaml, span_of};
pub use model::{
    AccountingStandard, Boundary, Clause, Evidence, ExampleText, Examples, Gated, LazyRegex, Meta,
    Metric, OutlineItem, Pattern, Period, Principle, PrincipleId, ReferenceKind, ReferenceScope,
    ReferenceTarget, Requirement, RuleSetting, RulesPack, Scope, Standard, Statement,
    StatementKind, Targets, Thresholds, Unit, UnitFamily, Vocabulary,
};
