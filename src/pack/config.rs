//! `peaklint.yaml`: inherit a pack (`extends: default`) and override parts of it.
//!
//! ```yaml
//! extends: default            # the embedded pack; or a path to a rules file
//! rules:
//!   structure/numbering: off  # disable a rule
//!   principle/foresight: info # re-grade a rule
//! outline:
//!   - id: emission_analysis   # existing item: add aliases, change fields
//!     aliases: [碳排放家底]
//!   - id: profile
//!     level: off              # disable an item (and its sections)
//!   - id: zero_carbon_plant   # unknown id: a new item
//!     parent: pathway
//!     title: 零碳工厂建设
//!     level: recommended
//! thresholds:
//!   peak_deadline: 2028
//! reference_targets:          # add or replace (same id) reference targets
//!   - {id: js_co2_gdp_2025, ...}
//! ```
//!
//! The merge ([`RulesPack::merge`]) applies, in this order: `rules`, `thresholds`,
//! `outline` (one entry after the other), `reference_targets`, `lexicon` (appended to the
//! named entry). Every problem points into
//! the `peaklint.yaml` that caused it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::document::read::read_config_text;

use miette::SourceSpan;
use serde_saphyr::Spanned;

use super::error::{Msg, Problem, ProblemKind, RulesError, SourceFile};
use super::load::{
    check_version, default_pack, did_you_mean, load_pack, noun, parse_yaml_all, probe, Compiler,
};
use super::model::{OutlineItem, Requirement, RuleSetting, RulesPack};
use super::schema::{ConfigFile, OutlinePatchSpec, ThresholdsPatch};
use crate::lang::Lang;

/// The file name looked for by [`find_config`].
pub const CONFIG_FILE_NAME: &str = "peaklint.yaml";

/// How many `extends` a chain may have (a guard against cycles).
const MAX_EXTENDS_DEPTH: usize = 8;

/// A parsed `peaklint.yaml` (not yet applied; see [`resolve`]).
#[derive(Debug, Clone)]
pub struct Config {
    file: Arc<SourceFile>,
    /// Directory relative `extends` paths are resolved against.
    dir: Option<PathBuf>,
    spec: Arc<ConfigFile>,
    /// Mistakes the parse stepped over (see `parse_yaml_all`), reported with the merge's.
    problems: Vec<Problem>,
}

impl Config {
    /// Parse a configuration. `name` is how reports name the file; relative `extends`
    /// paths are resolved against the current directory.
    pub fn parse(name: &str, text: &str) -> Result<Config, RulesError> {
        let config = Config::parse_in(name, text, None)?;
        match RulesError::from_problems(config.problems.clone()) {
            Some(err) => Err(err),
            None => Ok(config),
        }
    }

    /// Read and parse a configuration file; relative `extends` paths are resolved against
    /// its directory.
    pub fn load(path: &Path) -> Result<Config, RulesError> {
        let text = read(path)?;
        let config = Config::parse_in(
            &path.display().to_string(),
            &text,
            path.parent().map(Path::to_path_buf),
        )?;
        match RulesError::from_problems(config.problems.clone()) {
            Some(err) => Err(err),
            None => Ok(config),
        }
    }

    /// Parse, keeping the mistakes the parse could step over in `problems` (reported by
    /// [`RulesPack::merge`] together with its own).
    fn parse_in(name: &str, text: &str, dir: Option<PathBuf>) -> Result<Config, RulesError> {
        let file = SourceFile::new(name, text);
        let mut problems = Vec::new();
        let spec = if is_blank_yaml(text) {
            ConfigFile {
                schema_version: None,
                extends: None,
                rules: HashMap::new(),
                outline: Vec::new(),
                thresholds: ThresholdsPatch::default(),
                reference_targets: Vec::new(),
                lexicon: HashMap::new(),
            }
        } else {
            if let Some(version) = probe(&file).and_then(|p| p.schema_version) {
                check_version(&file, &version)?;
            }
            let (spec, stepped_over) = parse_yaml_all::<ConfigFile>(&file)?;
            problems = stepped_over;
            spec
        };
        Ok(Config {
            file,
            dir,
            spec: Arc::new(spec),
            problems,
        })
    }

    /// The name of the file.
    pub fn name(&self) -> &str {
        self.file.name()
    }

    /// What it extends: `default` or a path as written.
    pub fn extends(&self) -> &str {
        self.spec
            .extends
            .as_ref()
            .map_or("default", |e| e.value.as_str())
    }
}

fn is_blank_yaml(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with('#') || l == "---" || l == "...")
}

fn read(path: &Path) -> Result<String, RulesError> {
    read_config_text(path).map_err(|e| {
        RulesError::single(Problem::unlocated(
            ProblemKind::Io,
            Msg::new(
                format!(
                    "无法读取规则文件 {}：{}",
                    path.display(),
                    e.message(Lang::Zh)
                ),
                format!("cannot read rules file {}: {e}", path.display()),
            ),
        ))
    })
}

/// The nearest `peaklint.yaml` in `start_dir` or one of its parents.
pub fn find_config(start_dir: &Path) -> Option<PathBuf> {
    start_dir
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// The pack a configuration describes: what it extends, with its overrides merged in.
pub fn resolve(config: &Config) -> Result<RulesPack, RulesError> {
    resolve_at_depth(config, 0)
}

fn resolve_at_depth(config: &Config, depth: usize) -> Result<RulesPack, RulesError> {
    let mut pack = match &config.spec.extends {
        None => default_pack().clone(),
        Some(e) if e.value == "default" => default_pack().clone(),
        Some(e) => {
            let path = match &config.dir {
                Some(dir) => dir.join(&e.value),
                None => PathBuf::from(&e.value),
            };
            let located = |message: Msg| {
                let span = super::load::span_of(&config.file, &e.referenced);
                RulesError::single(Problem::new(
                    ProblemKind::Io,
                    &config.file,
                    span,
                    message,
                    Msg::new("在此处引用", "extended here"),
                ))
            };
            if depth >= MAX_EXTENDS_DEPTH {
                return Err(located(Msg::new(
                    format!("`extends` 链超过 {MAX_EXTENDS_DEPTH} 个文件（是否循环引用？）"),
                    format!("`extends` chain longer than {MAX_EXTENDS_DEPTH} files (a cycle?)"),
                )));
            }
            let text = read_config_text(&path).map_err(|err| {
                located(Msg::new(
                    format!(
                        "无法读取规则文件 {}：{}",
                        path.display(),
                        err.message(Lang::Zh)
                    ),
                    format!("cannot read rules file {}: {err}", path.display()),
                ))
            })?;
            load_text(&path, &text, depth + 1)?
        }
    };
    pack.merge(config)?;
    Ok(pack)
}

/// Load a rules file or a `peaklint.yaml` (a file with `extends:`, or without `meta:`, is a
/// configuration), resolving a configuration against what it extends.
pub fn load_file(path: &Path) -> Result<RulesPack, RulesError> {
    let text = read(path)?;
    load_text(path, &text, 0)
}

fn load_text(path: &Path, text: &str, depth: usize) -> Result<RulesPack, RulesError> {
    let name = path.display().to_string();
    let file = SourceFile::new(name.as_str(), text);
    let is_config = is_blank_yaml(text)
        || probe(&file).is_some_and(|p| p.extends.is_some() || p.meta.is_none());
    if is_config {
        let config = Config::parse_in(&name, text, path.parent().map(Path::to_path_buf))?;
        resolve_at_depth(&config, depth)
    } else {
        load_pack(&name, text)
    }
}

impl RulesPack {
    /// Apply a configuration's overrides to this pack.
    ///
    /// * `rules`: each id must be a rule the pack lists; its setting is replaced.
    /// * `thresholds`: each given field replaces the pack's.
    /// * `outline`: for an existing id, given fields replace the item's, `aliases`,
    ///   `patterns` and `examples` are appended, `level: off` disables it (and its
    ///   sections); an unknown id adds an item (needs `title`; `parent` places it under
    ///   that item, else at the top level; `order` defaults to after its siblings).
    /// * `reference_targets`: an entry with a known id replaces it, others are appended.
    ///
    /// All problems are collected and point into the configuration file; on error the pack
    /// may be partly changed, so callers drop it.
    pub fn merge(&mut self, config: &Config) -> Result<(), RulesError> {
        let mut compiler = Compiler::new(&config.file);
        for problem in &config.problems {
            compiler.push(problem.clone());
        }
        let spec = Arc::clone(&config.spec);

        let mut rules: Vec<_> = spec.rules.iter().collect();
        rules.sort_by_key(|(id, _)| compiler.span(id).offset());
        for (id, setting) in rules {
            let setting = rule_setting(&mut compiler, setting);
            if self.severities.contains_key(&id.value) {
                if let Some(setting) = setting {
                    self.severities.insert(id.value.clone(), setting);
                }
            } else {
                let known: Vec<&str> = self.severities.keys().map(String::as_str).collect();
                compiler.dangling(id, noun::RULE, &known);
            }
        }

        let t = &spec.thresholds;
        let th = &mut self.thresholds;
        if let Some(v) = t.peak_deadline {
            th.peak_deadline = v;
        }
        if let Some(v) = t.early_peak_before {
            th.early_peak_before = v;
        }
        if let Some(v) = t.min_history_years {
            th.min_history_years = v;
        }
        if let Some(v) = t.value_tolerance {
            th.value_tolerance = v;
        }
        if let Some(v) = t.share_sum_tolerance {
            th.share_sum_tolerance = v;
        }
        if let Some(v) = t.table_sum_tolerance {
            th.table_sum_tolerance = v;
        }

        for patch in &spec.outline {
            self.apply_outline_patch(&mut compiler, patch);
        }

        let mut seen = HashMap::new();
        let added = compiler.reference_targets(spec.reference_targets.clone(), self, &mut seen);
        for target in added {
            match self
                .reference_targets
                .iter_mut()
                .find(|r| r.id == target.id)
            {
                Some(existing) => *existing = target,
                None => self.reference_targets.push(target),
            }
        }

        let mut entries: Vec<_> = spec.lexicon.iter().collect();
        entries.sort_by_key(|(name, _)| compiler.span(name).offset());
        for (name, patch) in entries {
            self.lexicon.patch(&mut compiler, name, patch);
        }

        compiler.finish()?;
        self.origin.push(config.name().to_owned());
        Ok(())
    }

    fn names_in_use(&self) -> HashMap<String, (String, Option<SourceSpan>)> {
        self.outline_items()
            .into_iter()
            .flat_map(|(_, item)| {
                item.name_keys
                    .iter()
                    .map(move |n| (n.clone(), (item.id.clone(), None)))
            })
            .collect()
    }

    fn apply_outline_patch(&mut self, compiler: &mut Compiler, patch: &OutlinePatchSpec) {
        let clause_ids: Vec<String> = self.meta.clauses.iter().map(|c| c.id.clone()).collect();
        let mut names = self.names_in_use();
        let id = patch.id.value.clone();
        let clause = compiler.clause_ref(&patch.clause, &clause_ids);
        let patterns: Vec<_> = patch
            .patterns
            .iter()
            .filter_map(|p| compiler.regex(p))
            .collect();
        let examples = compiler.examples(&patch.examples);
        let mut new_names = Vec::new();
        for alias in &patch.aliases {
            if let Some(n) = compiler.outline_name(alias, &id, &mut names) {
                new_names.push(n);
            }
        }

        if let Some(item) = find_item_mut(&mut self.outline, &id) {
            if let Some(parent) = &patch.parent {
                compiler.invalid(
                    compiler.span(parent),
                    Msg::new(
                        format!("`parent` 只能放置新条目，而 `{id}` 已经存在"),
                        format!("`parent` can only place a new item, and `{id}` already exists"),
                    ),
                    Msg::new("不能移动已有条目", "cannot move an existing item"),
                    Msg::new(
                        "删去 `parent`，或给新条目换一个 id",
                        "remove `parent`, or give the new item another id",
                    ),
                );
            }
            if let Some(title) = &patch.title {
                let node = Spanned::new(title.clone(), patch.id.referenced, patch.id.defined);
                if let Some(n) = compiler.outline_name(&node, &id, &mut names) {
                    new_names.push(n);
                }
                item.title = title.clone();
            }
            item.aliases
                .extend(patch.aliases.iter().map(|a| a.value.clone()));
            item.name_keys.extend(new_names);
            item.patterns.extend(patterns);
            item.examples.matches.extend(examples.matches);
            item.examples.no_match.extend(examples.no_match);
            if let Some(level) = patch.level {
                item.level = level;
            }
            if let Some(order) = patch.order {
                item.order = order;
            }
            if patch.min_chars.is_some() {
                item.min_chars = patch.min_chars;
            }
            if clause.is_some() {
                item.clause = clause;
            }
            if let Some(guidance) = &patch.guidance {
                item.guidance = Some(guidance.clone());
            }
            return;
        }

        // A new item.
        compiler.check_id_syntax(&patch.id, noun::OUTLINE_ITEM);
        let Some(title) = &patch.title else {
            let problem = compiler
                .problem(
                    ProblemKind::MissingKey,
                    compiler.span(&patch.id),
                    Msg::new(
                        format!("没有 id 为 `{id}` 的大纲条目，新增条目需要 `title`"),
                        format!(
                            "no outline item has the id `{id}`, and a new item needs a `title`"
                        ),
                    ),
                    Msg::new("未知的 id", "unknown id"),
                )
                .with_help(Msg::new(
                    "修改已有条目请用它的 id（见 `peaklint rules print`）；新增条目请给出 `title`",
                    "to change an existing item use its id (see `peaklint rules print`); to add one give it a `title`",
                ));
            compiler.push(problem);
            return;
        };
        let node = Spanned::new(title.clone(), patch.id.referenced, patch.id.defined);
        if let Some(n) = compiler.outline_name(&node, &id, &mut names) {
            new_names.insert(0, n);
        }
        let siblings: &mut Vec<OutlineItem> = match &patch.parent {
            None => &mut self.outline,
            Some(parent) => match find_item_mut(&mut self.outline, &parent.value) {
                Some(p) => &mut p.sections,
                None => {
                    let known: Vec<String> = self
                        .outline_items()
                        .iter()
                        .map(|(_, i)| i.id.clone())
                        .collect();
                    let known: Vec<&str> = known.iter().map(String::as_str).collect();
                    compiler.dangling(parent, noun::OUTLINE_ITEM, &known);
                    return;
                }
            },
        };
        let order = patch
            .order
            .unwrap_or_else(|| siblings.iter().map(|s| s.order).max().unwrap_or(0) + 1);
        siblings.push(OutlineItem {
            id,
            title: title.clone(),
            aliases: patch.aliases.iter().map(|a| a.value.clone()).collect(),
            patterns,
            level: patch.level.unwrap_or(Requirement::Required),
            order,
            min_chars: patch.min_chars,
            clause,
            guidance: patch.guidance.clone(),
            examples,
            concepts: Default::default(),
            content: Default::default(),
            content_min_matches: 1,
            sections: Vec::new(),
            within: Vec::new(),
            name_keys: new_names,
            derived: Default::default(),
        });
    }
}

/// A rule's setting as written in `rules:`; a wrong one is reported (with the closest
/// allowed value) and `None`.
fn rule_setting(compiler: &mut Compiler, setting: &Spanned<String>) -> Option<RuleSetting> {
    const ALLOWED: [(&str, RuleSetting); 4] = [
        ("error", RuleSetting::Error),
        ("warning", RuleSetting::Warning),
        ("info", RuleSetting::Info),
        ("off", RuleSetting::Off),
    ];
    if let Some((_, s)) = ALLOWED.iter().find(|(name, _)| *name == setting.value) {
        return Some(*s);
    }
    let names: Vec<&str> = ALLOWED.iter().map(|(name, _)| *name).collect();
    let suggestion = did_you_mean(&setting.value, &names)
        .map(|b| Msg::new(format!("是否要用 `{b}`？"), format!("did you mean `{b}`?")));
    let help = Msg::new(
        "可选的值：`error`、`warning`、`info`、`off`",
        "allowed values: `error`, `warning`, `info`, `off`",
    )
    .prefixed(suggestion);
    let problem = compiler
        .problem(
            ProblemKind::WrongType,
            compiler.span(setting),
            Msg::new(
                format!("`{}` 不是此处允许的值", setting.value),
                format!("`{}` is not an allowed value here", setting.value),
            ),
            Msg::new("不允许的值", "not allowed"),
        )
        .with_help(help);
    compiler.push(problem);
    None
}

fn find_item_mut<'a>(items: &'a mut [OutlineItem], id: &str) -> Option<&'a mut OutlineItem> {
    for item in items {
        if item.id == id {
            return Some(item);
        }
        if let Some(found) = find_item_mut(&mut item.sections, id) {
            return Some(found);
        }
    }
    None
}
