//! Loading a rules pack: YAML → [`schema`] types → validated, compiled [`RulesPack`].
//!
//! Every problem is located in the file (see [`RulesError`]). Invalid YAML is reported
//! alone, where the YAML parser stopped. Unknown keys and values of the wrong type are
//! all reported: the parse steps over each one ([`parse_yaml_all`]). For a complete pack
//! the validation pass (regexes, duplicate ids, dangling references, values) runs when
//! the parse found nothing wrong, and collects every problem of the file; for a
//! `peaklint.yaml` it runs on what was parsed, so both kinds come in one report.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use miette::SourceSpan;
use regex::Regex;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;
use serde_saphyr::{Error as YamlError, Location, MessageFormatter, Spanned};

use super::error::{Msg, Problem, ProblemKind, RulesError, SourceFile};
use super::model::*;
use super::schema::*;
use crate::document::normalize::match_key;
use crate::lang::Text;

/// The default pack's file, embedded in the binary.
pub const DEFAULT_PACK_YAML: &str = include_str!("../../rules/park-carbon-peak.yaml");

/// The name under which the embedded pack is reported.
pub const DEFAULT_PACK_NAME: &str = "rules/park-carbon-peak.yaml";

/// Parse and validate a rules pack. `name` is how reports name the file.
pub fn load_pack(name: &str, text: &str) -> Result<RulesPack, RulesError> {
    load(name, text, false)
}

/// [`load_pack`]; with `lazy_regexes` the regexes are only checked to compile on first use
/// (the embedded pack, whose regexes the test suite compiles).
fn load(name: &str, text: &str, lazy_regexes: bool) -> Result<RulesPack, RulesError> {
    let file = SourceFile::new(name, text);
    // The strict parse first; only when it fails is the file probed leniently for its
    // schema_version, so that a pack written for another version is told so instead of
    // getting that version's keys reported as unknown. (Probing every file first parsed
    // each valid pack twice: ~8 ms of every run's start-up.)
    // The embedded pack is trusted (and tested): parsed without the budgets that guard
    // against hostile YAML and without collecting comments; any failure takes the checked
    // path below, which reports it.
    // Fastest of all, the embedded pack's events pre-parsed at build time (build.rs,
    // `super::embedded`): the same schema values and locations without the YAML parser.
    let trusted = lazy_regexes
        .then(|| {
            super::embedded::from_events::<RulesFile>(text).or_else(|| {
                serde_saphyr::from_str_with_options::<RulesFile>(text, trusted_yaml_options()).ok()
            })
        })
        .flatten();
    let spec: RulesFile = match trusted.map_or_else(|| parse_yaml::<RulesFile>(&file), Ok) {
        Ok(spec) => {
            check_version(&file, &spec.schema_version)?;
            spec
        }
        Err(err) => {
            if let Some(version) = probe(&file).and_then(|p| p.schema_version) {
                check_version(&file, &version)?;
            }
            return Err(err);
        }
    };
    let mut compiler = Compiler::new(&file);
    compiler.lazy_regexes = lazy_regexes;
    let pack = compiler.pack(spec);
    compiler.finish()?;
    let mut pack = pack;
    pack.origin = vec![name.to_owned()];
    Ok(pack)
}

/// The embedded default pack (`rules/park-carbon-peak.yaml`), parsed once. Its regexes
/// are compiled on first use ([`Pattern::lazy`]); `load_pack` on the same text compiles
/// them all (`rules validate`, the test suite).
///
/// # Panics
/// When the embedded file is invalid — a build defect caught by the test suite
/// (`tests/it/rules_load.rs`, `embedded_pack_compiles_eagerly` below), never by user input.
pub fn default_pack() -> &'static RulesPack {
    static DEFAULT: OnceLock<RulesPack> = OnceLock::new();
    DEFAULT.get_or_init(|| match load(DEFAULT_PACK_NAME, DEFAULT_PACK_YAML, true) {
        Ok(mut pack) => {
            pack.origin = vec!["default".to_owned()];
            pack
        }
        Err(err) => panic!("the embedded rules pack is invalid: {err:?}"),
    })
}

/// What the first look at a file tells: its version and whether it is a config.
#[derive(Deserialize)]
pub(crate) struct Probe {
    #[serde(default)]
    pub(crate) schema_version: Option<Spanned<u32>>,
    #[serde(default)]
    pub(crate) extends: Option<IgnoredAny>,
    #[serde(default)]
    pub(crate) meta: Option<IgnoredAny>,
}

/// A lenient first parse; `None` when the file does not even parse this far (the strict
/// parse reports why).
pub(crate) fn probe(file: &Arc<SourceFile>) -> Option<Probe> {
    serde_saphyr::from_str_with_options::<Probe>(file.text(), yaml_options()).ok()
}

pub(crate) fn check_version(
    file: &Arc<SourceFile>,
    version: &Spanned<u32>,
) -> Result<(), RulesError> {
    if version.value == SCHEMA_VERSION {
        return Ok(());
    }
    Err(RulesError::single(
        Problem::new(
            ProblemKind::UnsupportedVersion,
            file,
            span_of(file, &version.referenced),
            Msg::new(
                format!(
                    "不支持的 `schema_version` 值 {}：此版本的 peaklint 只读取第 {SCHEMA_VERSION} 版",
                    version.value
                ),
                format!(
                    "unsupported schema_version {}: this peaklint reads version {SCHEMA_VERSION}",
                    version.value
                ),
            ),
            Msg::new("不支持的版本", "unsupported version"),
        )
        .with_help(Msg::new(
            format!(
                "写 `schema_version: {SCHEMA_VERSION}` 并使用 docs/rules.md 所述的第 {SCHEMA_VERSION} 版键，或换用能读取该版本的 peaklint"
            ),
            format!(
                "write `schema_version: {SCHEMA_VERSION}` and the v{SCHEMA_VERSION} keys described in docs/rules.md, or use a peaklint that reads this version"
            ),
        )),
    ))
}

fn yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! { with_snippet: false }
}

/// [`yaml_options`] without the budgets and comment events (≈ 20 % of the parse): for the
/// embedded pack only.
fn trusted_yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! { with_snippet: false, budget: None, emit_comments: false }
}

/// Strict parse of a file into a schema type: every mistake [`parse_yaml_all`] finds is
/// an error.
pub(crate) fn parse_yaml<T: DeserializeOwned>(file: &Arc<SourceFile>) -> Result<T, RulesError> {
    let (value, problems) = parse_yaml_all(file)?;
    match RulesError::from_problems(problems) {
        Some(err) => Err(err),
        None => Ok(value),
    }
}

/// How many mistakes one parse reports before it gives up.
const MAX_PARSE_PROBLEMS: usize = 64;

/// Strict parse of a file into a schema type that goes on after a mistake it can step
/// over, so that one run reports every mistake of the file.
///
/// The YAML deserializer stops at the first unknown key or value of the wrong type. Each
/// time it does, the problem is recorded and the node it stopped at (its line and the
/// lines indented under it) is blanked out — bytes replaced by spaces, so every offset,
/// line and column of the rest stays true — and the text is parsed again. `Ok` carries
/// the value parsed without the blanked nodes and the problems found (empty when the file
/// is right); `Err` when nothing usable could be parsed: invalid YAML (reported at the
/// parser's own line and column, not at a key the deserializer read before it), or a
/// mistake that blanking cannot step over (a missing key).
pub(crate) fn parse_yaml_all<T: DeserializeOwned>(
    file: &Arc<SourceFile>,
) -> Result<(T, Vec<Problem>), RulesError> {
    let first = match serde_saphyr::from_str_with_options::<T>(file.text(), yaml_options()) {
        Ok(value) => return Ok((value, Vec::new())),
        Err(err) => err,
    };
    // Is the file YAML at all? The typed parse may have stopped at an unknown key before
    // reaching a syntax error further down; report the syntax error, where it is.
    if let Err(syntax) =
        serde_saphyr::from_str_with_options::<IgnoredAny>(file.text(), yaml_options())
    {
        return Err(RulesError::single(yaml_problem(file, &syntax)));
    }
    let mut text = file.text().to_owned();
    let mut problems = Vec::new();
    let mut err = first;
    loop {
        let problem = yaml_problem(file, &err);
        let start = problem.byte_range().start;
        let progress = match problem.kind() {
            ProblemKind::UnknownKey | ProblemKind::WrongType | ProblemKind::DuplicateId => {
                problems.push(problem);
                blank_node(&mut text, start)
            }
            // A mapping without a required key: the whole mapping (the list item or the
            // key it is the value of) is stepped over. When a line of it was blanked
            // before, the key may be missing only because of that blanking (`titel:`
            // for `title:`): the mistake is already reported.
            ProblemKind::MissingKey => match enclosing_mapping(&text, start) {
                Some(mapping) => {
                    let before = text.clone();
                    let progress = blank_node(&mut text, mapping);
                    let changed = changed_range(&before, &text);
                    let artefact =
                        changed.is_some_and(|r| before.get(r.clone()) != file.text().get(r));
                    if problems.is_empty() || !artefact {
                        problems.push(problem);
                    }
                    progress
                }
                None => {
                    if problems.is_empty() {
                        problems.push(problem);
                    }
                    false
                }
            },
            _ => {
                if problems.is_empty() {
                    problems.push(problem);
                }
                false
            }
        };
        if problems.len() >= MAX_PARSE_PROBLEMS || !progress {
            return Err(RulesError::from_problems(problems)
                .unwrap_or_else(|| RulesError::single(yaml_problem(file, &err))));
        }
        match serde_saphyr::from_str_with_options::<T>(&text, yaml_options()) {
            Ok(value) => {
                problems.sort_by_key(|p| p.byte_range().start);
                return Ok((value, problems));
            }
            Err(next) => err = next,
        }
    }
}

/// The start of the mapping a missing key was reported in (at `byte`): the `- ` line of
/// the list item whose keys are indented like the line at `byte`, or the key line the
/// mapping is the value of. `None` for a mapping at the top of the file.
fn enclosing_mapping(text: &str, byte: usize) -> Option<usize> {
    let byte = (0..=byte.min(text.len()))
        .rev()
        .find(|&b| text.is_char_boundary(b))?;
    let line_start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let here = &text[line_start..line_end];
    if here.trim_start().starts_with("- ") {
        return Some(line_start);
    }
    let keys_at = indent(here);
    let mut end = line_start;
    while end > 0 {
        let start = text[..end - 1].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[start..end - 1];
        end = start;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let at = indent(line);
        if trimmed.starts_with("- ") && at + 2 == keys_at {
            return Some(start);
        }
        if at < keys_at {
            return Some(start);
        }
    }
    None
}

/// The byte range where two texts of the same length differ.
fn changed_range(a: &str, b: &str) -> Option<std::ops::Range<usize>> {
    let first = a.bytes().zip(b.bytes()).position(|(x, y)| x != y)?;
    let last = a.len()
        - a.bytes()
            .rev()
            .zip(b.bytes().rev())
            .position(|(x, y)| x != y)?;
    Some(first..last)
}

/// Blank out (replace with spaces, byte for byte) the line holding `byte` and the lines
/// indented deeper under it. `false` when nothing changed (no progress possible).
fn blank_node(text: &mut String, byte: usize) -> bool {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    let line_start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
    // Spaces only: under `  - id: x` the item's other keys sit deeper than the dash.
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let first_line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let own_indent = indent(&text[line_start..first_line_end]);
    let mut end = first_line_end;
    while end < text.len() {
        let next_start = end + 1;
        let next_end = text[next_start..]
            .find('\n')
            .map_or(text.len(), |i| next_start + i);
        let line = &text[next_start..next_end];
        let trimmed = line.trim();
        let deeper = trimmed.is_empty() || trimmed.starts_with('#') || indent(line) > own_indent;
        if !deeper {
            break;
        }
        end = next_end;
    }
    // Blank lines and comments at the end of the block stay (they change nothing).
    let range = line_start..end;
    if text[range.clone()]
        .bytes()
        .all(|b| b == b' ' || b == b'\n' || b == b'\r')
    {
        return false;
    }
    let blanked: String = text[range.clone()]
        .bytes()
        .map(|b| {
            if b == b'\n' || b == b'\r' {
                b as char
            } else {
                ' '
            }
        })
        .collect();
    text.replace_range(range, &blanked);
    true
}

/// The byte span of a YAML node.
pub(crate) fn span_of(file: &SourceFile, location: &Location) -> SourceSpan {
    let span = location.span();
    if let (Some(offset), Some(len)) = (span.byte_offset(), span.byte_len()) {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        let len = usize::try_from(len).unwrap_or(0);
        if offset <= file.text().len() {
            return SourceSpan::from(offset..(offset + len).min(file.text().len()));
        }
    }
    if location.line() == 0 {
        return SourceSpan::from(0..0);
    }
    let line = usize::try_from(location.line()).unwrap_or(usize::MAX);
    let column = usize::try_from(location.column()).unwrap_or(usize::MAX);
    let start = file.byte_offset(line, column);
    let chars = usize::try_from(span.len()).unwrap_or(1).clamp(1, 10_000);
    let end = file.text()[start..]
        .char_indices()
        .nth(chars)
        .map_or(file.text().len(), |(i, _)| start + i);
    let end = file.text()[start..end]
        .find('\n')
        .map_or(end, |nl| start + nl);
    SourceSpan::from(start..end)
}

/// What a value of a Rust type is, for a reader of the YAML file.
fn friendly_type(ty: &str) -> Msg {
    match ty {
        "u8" | "u16" | "u32" | "u64" | "usize" => {
            Msg::new("非负整数", "a whole number (0 or more)")
        }
        "i8" | "i16" | "i32" | "i64" | "isize" => Msg::new("整数", "a whole number"),
        "f32" | "f64" => Msg::new("数字", "a number"),
        "bool" => Msg::new("true 或 false", "true or false"),
        "char" => Msg::new("单个字符", "a single character"),
        other => Msg::new(format!("`{other}`"), other),
    }
}

/// serde's description of an expected or found value (`a sequence`, `struct X`,
/// `string "abc"`, `integer `5``) in plain words; a quoted literal is kept.
fn value_words(description: &str) -> Msg {
    let d = description.trim();
    let literal = d
        .find(['"', '`'])
        .map(|i| d[i..].trim_matches(['"', '`', '\'']))
        .filter(|l| !l.is_empty());
    let kind = if d.contains("sequence") || d.contains("list") || d.contains("array") {
        Msg::new("列表", "a list")
    } else if d.contains("map") || d.starts_with("struct") {
        Msg::new("映射（键: 值）", "a mapping (key: value)")
    } else if d.contains("string") || d.contains("char") {
        Msg::new("字符串", "a string")
    } else if d.contains("bool") {
        Msg::new("true 或 false", "true or false")
    } else if d.contains("float") || d.contains("f64") || d.contains("f32") {
        Msg::new("数字", "a number")
    } else if d.contains("integer") || d.contains("u32") || d.contains("u16") || d.contains("u8") {
        Msg::new("整数", "a whole number")
    } else if d.contains("unit") || d.contains("null") {
        Msg::new("空值", "nothing (null)")
    } else if d.contains("enum") || d.contains("variant") {
        Msg::new("允许的取值之一", "one of the allowed values")
    } else {
        Msg::new("其他类型的值", d)
    };
    match literal {
        Some(l) => Msg::new(format!("{} `{l}`", kind.zh), d),
        None => Msg::new(kind.zh, d),
    }
}

/// `did you mean `x`? ` / `是否要用 `x`？` before a list of what is allowed.
fn suggestion(best: Option<String>) -> Option<Msg> {
    best.map(|b| Msg::new(format!("是否要用 `{b}`？"), format!("did you mean `{b}`?")))
}

pub(crate) fn did_you_mean(word: &str, candidates: &[&str]) -> Option<String> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 3))
        .min()
        .map(|(_, c)| c.to_owned())
}

/// Levenshtein distance over characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn backticked(items: &[&str]) -> String {
    items
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The list in Chinese: `a`、`b`.
fn backticked_zh(items: &[&str]) -> String {
    items
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join("、")
}

/// Both lists.
fn listed(items: &[&str]) -> (String, String) {
    (backticked_zh(items), backticked(items))
}

fn yaml_problem(file: &Arc<SourceFile>, err: &YamlError) -> Problem {
    let err = err.without_snippet();
    let span = err
        .location()
        .map_or(SourceSpan::from(0..0), |l| span_of(file, &l));
    let text = &file.text()[span.offset()..span.offset() + span.len()];
    match err {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => {
            let (zh, en) = listed(expected);
            let help = Msg::new(
                format!("此处可用的键：{zh}"),
                format!("keys allowed here: {en}"),
            )
            .prefixed(suggestion(did_you_mean(field, expected)));
            Problem::new(
                ProblemKind::UnknownKey,
                file,
                span,
                Msg::new(
                    format!("未知的键 `{field}`"),
                    format!("unknown key `{field}`"),
                ),
                Msg::new("未知的键", "unknown key"),
            )
            .with_help(help)
        }
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let (zh, en) = listed(expected);
            let help = Msg::new(format!("可选的值：{zh}"), format!("allowed values: {en}"))
                .prefixed(suggestion(did_you_mean(variant, expected)));
            Problem::new(
                ProblemKind::WrongType,
                file,
                span,
                Msg::new(
                    format!("`{variant}` 不是此处允许的值"),
                    format!("`{variant}` is not an allowed value here"),
                ),
                Msg::new("不允许的值", "not allowed"),
            )
            .with_help(help)
        }
        YamlError::InvalidScalar { ty, .. } => {
            let ty = friendly_type(ty);
            Problem::new(
                ProblemKind::WrongType,
                file,
                span,
                Msg::new(
                    format!("类型错误：应为{}，实际为 `{text}`", ty.zh),
                    format!("wrong type: expected {}, found `{text}`", ty.en),
                ),
                Msg::new(format!("应为{}", ty.zh), format!("expected {}", ty.en)),
            )
        }
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => {
            let (want, found) = (value_words(expected), value_words(unexpected));
            Problem::new(
                ProblemKind::WrongType,
                file,
                span,
                Msg::new(
                    format!("类型错误：应为{}，实际为{}", want.zh, found.zh),
                    format!("wrong type: expected {expected}, found {unexpected}"),
                ),
                Msg::new(format!("应为{}", want.zh), format!("expected {expected}")),
            )
        }
        YamlError::Unexpected { expected, .. } => {
            let want = if expected.contains("sequence") {
                Msg::new("列表", "a list")
            } else if expected.contains("mapping") {
                Msg::new("映射（键: 值）", "a mapping (key: value)")
            } else {
                Msg::new(value_words(expected).zh, expected.to_string())
            };
            let (found_zh, found_en) = if text.is_empty() {
                (String::new(), String::new())
            } else {
                (format!("，实际为 `{text}`"), format!(", found `{text}`"))
            };
            Problem::new(
                ProblemKind::WrongType,
                file,
                span,
                Msg::new(
                    format!("类型错误：应为{}{found_zh}", want.zh),
                    format!("wrong type: expected {}{found_en}", want.en),
                ),
                Msg::new(format!("应为{}", want.zh), format!("expected {}", want.en)),
            )
            .with_help(Msg::new(
                "列表写作 `[a, b]` 或以 `- ` 开头的若干行；映射写作若干 `键: 值` 行",
                "a list is written `[a, b]` or as lines starting with `- `; a mapping as `key: value` lines",
            ))
        }
        YamlError::SerdeMissingField { field, .. } => Problem::new(
            ProblemKind::MissingKey,
            file,
            span,
            Msg::new(
                format!("缺少键 `{field}`"),
                format!("missing key `{field}`"),
            ),
            Msg::new(
                format!("这一映射没有 `{field}`"),
                format!("this mapping has no `{field}`"),
            ),
        ),
        YamlError::DuplicateMappingKey { key, .. } => Problem::new(
            ProblemKind::DuplicateId,
            file,
            span,
            match key {
                Some(k) => Msg::new(format!("重复的键 `{k}`"), format!("duplicate key `{k}`")),
                None => Msg::new("重复的键", "duplicate key"),
            },
            Msg::new("在此处第二次出现", "written a second time here"),
        ),
        other => {
            let message = serde_saphyr::DefaultMessageFormatter.format_message(other);
            Problem::new(
                ProblemKind::Syntax,
                file,
                span,
                Msg::new(
                    format!("YAML 语法错误：{}", syntax_zh(&message)),
                    format!("invalid YAML: {message}"),
                ),
                Msg::new("YAML 解析在此处停止", "the YAML parser stopped here"),
            )
            .with_help(Msg::new(
                "检查这一行和上一行：未闭合的 [ { 或引号、`:` 后缺少空格，或缩进不对",
                "look at this line and the one before it: an unclosed [ { or quote, a missing space after `:`, or a wrong indentation",
            ))
        }
    }
}

/// The YAML parser's message in Chinese: the parser's messages are a fixed set; one not
/// listed is told as a syntax error without detail (the line and column still say where).
fn syntax_zh(message: &str) -> String {
    const WORDS: [(&str, &str); 30] = [
        ("unclosed quote", "引号未闭合"),
        ("unclosed bracket", "括号未闭合"),
        ("unexpected end of input", "文件意外结束"),
        ("unexpected end of file", "文件意外结束"),
        (
            "unexpected EOF while parsing a block mapping",
            "映射未写完文件就结束了",
        ),
        (
            "unexpected EOF while parsing a block sequence",
            "列表未写完文件就结束了",
        ),
        (
            "unexpected EOF while parsing a flow mapping",
            "{ } 映射未闭合，文件就结束了",
        ),
        (
            "unexpected EOF while parsing a flow sequence",
            "[ ] 列表未闭合，文件就结束了",
        ),
        ("unexpected EOF", "文件意外结束"),
        ("unexpected eof", "文件意外结束"),
        (
            "mapping values are not allowed in this context",
            "此处不能出现 `键: 值`（多余的冒号，或缩进不对）",
        ),
        (
            "mapping keys are not allowed in this context",
            "此处不能出现映射的键",
        ),
        (
            "did not find expected key",
            "未找到预期的键（缩进不对，或多了一行）",
        ),
        (
            "did not find expected '-' indicator",
            "列表项缺少 `- `（缩进不对）",
        ),
        (
            "did not find expected ',' or '}'",
            "{ } 映射中缺少 `,` 或 `}`",
        ),
        ("expected ',' or ']'", "[ ] 列表中缺少 `,` 或 `]`"),
        ("did not find expected node content", "缺少值"),
        ("found a tab", "含有制表符（YAML 缩进只能用空格）"),
        (
            "found unknown escape character",
            "引号中有未知的转义字符（反斜杠）",
        ),
        ("invalid indentation", "缩进不对"),
        ("incorrect indentation", "缩进不对"),
        (
            "invalid trailing content after double-quoted scalar",
            "双引号字符串后面有多余的内容",
        ),
        (
            "invalid trailing content after single-quoted scalar",
            "单引号字符串后面有多余的内容",
        ),
        ("found unknown anchor", "引用了未定义的锚点（*名称）"),
        ("reference to unknown value", "引用了未定义的锚点（*名称）"),
        ("unexpected character", "意外的字符"),
        ("multiple YAML documents", "文件含有多个 YAML 文档（---）"),
        (
            "only single YAML document expected",
            "文件含有多个 YAML 文档（---）",
        ),
        (
            "too large or too complex",
            "文件过大或过于复杂（锚点展开过多）",
        ),
        ("while scanning a tag", "标签（!）写法不对"),
    ];
    WORDS
        .iter()
        .find(|(en, _)| message.contains(en))
        .map_or_else(
            || "文件不是有效的 YAML".to_owned(),
            |(_, zh)| (*zh).to_owned(),
        )
}

/// What a rules file names, in both languages.
pub(crate) mod noun {
    use crate::lang::Text;

    pub(crate) const LEXICON_ENTRY: Text = Text {
        zh: "词表条目",
        en: "lexicon entry",
    };
    pub(crate) const FACT: Text = Text {
        zh: "事实",
        en: "fact",
    };
    pub(crate) const CLAUSE: Text = Text {
        zh: "条款",
        en: "clause",
    };
    pub(crate) const OUTLINE_ITEM: Text = Text {
        zh: "大纲条目",
        en: "outline item",
    };
    pub(crate) const ACCOUNTING_STANDARD: Text = Text {
        zh: "核算标准",
        en: "accounting standard",
    };
    pub(crate) const UNIT_FAMILY: Text = Text {
        zh: "单位族",
        en: "unit family",
    };
    pub(crate) const UNIT_SPELLING: Text = Text {
        zh: "单位写法",
        en: "unit spelling",
    };
    pub(crate) const METRIC: Text = Text {
        zh: "指标",
        en: "metric",
    };
    pub(crate) const STATEMENT: Text = Text {
        zh: "目标句式",
        en: "statement",
    };
    pub(crate) const PERIOD: Text = Text {
        zh: "规划期",
        en: "period",
    };
    pub(crate) const PRINCIPLE: Text = Text {
        zh: "原则",
        en: "principle",
    };
    pub(crate) const EVIDENCE: Text = Text {
        zh: "证据项",
        en: "evidence",
    };
    pub(crate) const REFERENCE_TARGET: Text = Text {
        zh: "参考目标",
        en: "reference target",
    };
    pub(crate) const RULE: Text = Text {
        zh: "规则",
        en: "rule",
    };
    pub(crate) const BOUNDARY_VOCABULARY: Text = Text {
        zh: "边界词表",
        en: "boundary vocabulary",
    };
    pub(crate) const UNIT_OF_METRIC: Text = Text {
        zh: "该指标的单位",
        en: "unit of this metric",
    };
}

/// The `regex` crate's reason in Chinese (its messages are a fixed set; one not listed is
/// told without detail — the span shows where).
fn regex_reason_zh(reason: &str) -> String {
    const WORDS: [(&str, &str); 24] = [
        ("unclosed character class", "字符类 [ ] 未闭合"),
        ("unclosed group", "分组 ( ) 未闭合"),
        ("unopened group", "多了一个 )"),
        ("unclosed counted repetition", "重复次数 { } 未闭合"),
        (
            "repetition operator missing expression",
            "重复符号（* + ? {n}）前面缺少内容",
        ),
        (
            "repetition quantifier expects a valid decimal",
            "重复次数 { } 中应为数字",
        ),
        (
            "invalid repetition count range",
            "重复次数范围无效：起点须不大于终点",
        ),
        (
            "invalid character class range",
            "字符范围无效：起点须不大于终点",
        ),
        ("invalid range boundary", "字符范围的端点须为单个字符"),
        (
            "invalid escape sequence found in character class",
            "字符类中的转义写法无效",
        ),
        (
            "unrecognized escape sequence",
            "无法识别的转义（反斜杠）写法",
        ),
        (
            "incomplete escape sequence",
            "转义（反斜杠）写法不完整，模式就结束了",
        ),
        ("look-around", "不支持环视（先行/后行断言）"),
        ("backreferences are not supported", "不支持反向引用"),
        ("duplicate capture group name", "分组名称重复"),
        ("empty capture group name", "分组名称为空"),
        ("invalid capture group character", "分组名称含有无效字符"),
        ("unclosed capture group name", "分组名称未闭合"),
        ("unrecognized flag", "无法识别的标志"),
        ("duplicate flag", "标志重复"),
        ("Unicode property not found", "找不到该 Unicode 属性"),
        ("invalid Unicode character class", "Unicode 字符类无效"),
        ("exceeds size limit", "编译后的正则表达式过大"),
        ("hexadecimal", "十六进制转义写法无效"),
    ];
    WORDS
        .iter()
        .find(|(en, _)| reason.contains(en))
        .map_or_else(
            || "正则表达式写法无效".to_owned(),
            |(_, zh)| (*zh).to_owned(),
        )
}

/// Id syntax for outline items, evidence, metrics and the like.
fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Rule ids: `family/name-with-dashes`.
pub(crate) fn is_valid_rule_id(id: &str) -> bool {
    let Some((family, name)) = id.split_once('/') else {
        return false;
    };
    !family.is_empty()
        && !name.is_empty()
        && family.chars().all(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Validation and compilation of one file's specs, collecting problems.
pub(crate) struct Compiler {
    pub(crate) file: Arc<SourceFile>,
    problems: Vec<Problem>,
    /// Regexes compiled on first use, their named groups not checked: only for the
    /// embedded pack, which the test suite loads with every regex compiled.
    lazy_regexes: bool,
}

/// Where an id was first defined (for duplicate reports).
type Seen = HashMap<String, SourceSpan>;

impl Compiler {
    pub(crate) fn new(file: &Arc<SourceFile>) -> Compiler {
        Compiler {
            file: Arc::clone(file),
            problems: Vec::new(),
            lazy_regexes: false,
        }
    }

    /// All problems, in file order, as an error.
    pub(crate) fn finish(mut self) -> Result<(), RulesError> {
        self.problems.sort_by_key(|p| p.byte_range().start);
        match RulesError::from_problems(self.problems) {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }

    pub(crate) fn span<T>(&self, node: &Spanned<T>) -> SourceSpan {
        span_of(&self.file, &node.referenced)
    }

    pub(crate) fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    pub(crate) fn problem(
        &self,
        kind: ProblemKind,
        span: SourceSpan,
        message: Msg,
        label: Msg,
    ) -> Problem {
        Problem::new(kind, &self.file, span, message, label)
    }

    /// Record `id` in `seen`; report it when it is already there.
    pub(crate) fn unique(&mut self, seen: &mut Seen, id: &Spanned<String>, what: Text) -> bool {
        let span = self.span(id);
        if let Some(first) = seen.get(&id.value) {
            let problem = self
                .problem(
                    ProblemKind::DuplicateId,
                    span,
                    Msg::new(
                        format!("{} id `{}` 重复", what.zh, id.value),
                        format!("duplicate {} id `{}`", what.en, id.value),
                    ),
                    Msg::new("在此处再次定义", "defined again here"),
                )
                .with_secondary(*first, Msg::new("首次定义在此", "first defined here"))
                .with_help(Msg::new(
                    format!("每个{}都要有自己的 id；改名或合并其中一个", what.zh),
                    format!(
                        "every {} needs its own id; rename or merge one of them",
                        what.en
                    ),
                ));
            self.push(problem);
            return false;
        }
        seen.insert(id.value.clone(), span);
        true
    }

    pub(crate) fn check_id_syntax(&mut self, id: &Spanned<String>, what: Text) {
        if !is_valid_id(&id.value) {
            let problem = self
                .problem(
                    ProblemKind::InvalidValue,
                    self.span(id),
                    Msg::new(
                        format!("{} id `{}` 写法无效", what.zh, id.value),
                        format!("invalid {} id `{}`", what.en, id.value),
                    ),
                    Msg::new("不是有效的 id", "not a valid id"),
                )
                .with_help(Msg::new(
                    "id 由小写英文字母、数字和 `_` 组成，以字母开头（如 `emission_analysis`）",
                    "ids use lowercase ASCII letters, digits and `_`, starting with a letter (e.g. `emission_analysis`)",
                ));
            self.push(problem);
        }
    }

    /// Compile a regex; report it in place when the regex crate rejects it.
    pub(crate) fn regex(&mut self, node: &Spanned<String>) -> Option<Pattern> {
        if self.lazy_regexes {
            return Some(Pattern::lazy(&node.value));
        }
        match Pattern::new(&node.value) {
            Ok(pattern) => Some(pattern),
            Err(err) => {
                let problem = self.regex_problem(node, &err);
                self.push(problem);
                None
            }
        }
    }

    fn regex_problem(&self, node: &Spanned<String>, err: &regex::Error) -> Problem {
        let whole = self.span(node);
        let full = err.to_string();
        let reason = full
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("error: "))
            .unwrap_or(full.as_str())
            .to_owned();
        let reason_zh = regex_reason_zh(&reason);
        let (span, label) = match self.position_in_pattern(node, whole, &full) {
            Some(inner) => (inner, Msg::new(reason_zh.clone(), reason.clone())),
            None => (
                whole,
                Msg::new(
                    format!("这个正则表达式：{reason_zh}"),
                    format!("this regex: {reason}"),
                ),
            ),
        };
        self.problem(
            ProblemKind::InvalidRegex,
            span,
            Msg::new(
                format!("正则表达式无效：{reason_zh}"),
                format!("invalid regex: {reason}"),
            ),
            label,
        )
        .with_help(Msg::new(
            "模式使用 `regex` 库的语法：不支持环视和反向引用；`\\b` 不能分隔汉字。YAML 单引号中反斜杠原样保留（'\\d'）；双引号中要写 \"\\\\d\"。",
            "patterns use the Rust `regex` syntax: no look-around, no backreferences; `\\b` does not separate Chinese characters. In single-quoted YAML a backslash is literal ('\\d'); in double quotes write \"\\\\d\".",
        ))
    }

    /// Map the caret position of a regex error into the file, when the scalar is written
    /// verbatim (plain or quoted without escapes, on one line).
    fn position_in_pattern(
        &self,
        node: &Spanned<String>,
        whole: SourceSpan,
        full: &str,
    ) -> Option<SourceSpan> {
        if node.value.contains('\n') {
            return None;
        }
        let raw = &self.file.text()[whole.offset()..whole.offset() + whole.len()];
        let inner_offset = if raw == node.value {
            0
        } else if raw.len() >= 2
            && (raw.starts_with('\'') && raw.ends_with('\'')
                || raw.starts_with('"') && raw.ends_with('"'))
            && raw[1..raw.len() - 1] == node.value
        {
            1
        } else {
            return None;
        };
        let caret_line = full.lines().find(|l| l.trim_start().starts_with('^'))?;
        let indent = caret_line.len() - caret_line.trim_start().len();
        let carets = caret_line.trim().chars().take_while(|&c| c == '^').count();
        // regex prints the pattern indented by 4 spaces and carets under it by character.
        let start_char = indent.checked_sub(4)?;
        let (start, _) = node.value.char_indices().nth(start_char)?;
        let end = node
            .value
            .char_indices()
            .nth(start_char + carets.max(1))
            .map_or(node.value.len(), |(i, _)| i);
        let base = whole.offset() + inner_offset;
        Some(SourceSpan::from(base + start..base + end))
    }

    pub(crate) fn patterns(&mut self, nodes: &[Spanned<String>]) -> Vec<Pattern> {
        nodes.iter().filter_map(|n| self.regex(n)).collect()
    }

    pub(crate) fn examples(&self, spec: &ExamplesSpec) -> Examples {
        let convert = |nodes: &[Spanned<String>]| {
            nodes
                .iter()
                .map(|n| {
                    let span = self.span(n);
                    let (line, column) = self.file.line_column(span.offset());
                    ExampleText {
                        text: n.value.clone(),
                        file: self.file.name().to_owned(),
                        line,
                        column,
                    }
                })
                .collect()
        };
        Examples {
            matches: convert(&spec.matches),
            no_match: convert(&spec.no_match),
        }
    }

    /// Report each of `refs` that is not one of `known`.
    fn references<'a>(
        &mut self,
        refs: impl IntoIterator<Item = &'a Spanned<String>>,
        what: Text,
        known: &[&str],
    ) {
        for r in refs {
            if !known.contains(&r.value.as_str()) {
                self.dangling(r, what, known);
            }
        }
    }

    /// Report a reference to something that does not exist.
    pub(crate) fn dangling(&mut self, node: &Spanned<String>, what: Text, known: &[&str]) {
        let help = if known.len() <= 12 {
            let (zh, en) = listed(known);
            Msg::new(
                format!("已有的{} id：{zh}", what.zh),
                format!("known {} ids: {en}", what.en),
            )
        } else {
            Msg::new(
                format!("共定义了 {} 个{} id；请检查拼写", known.len(), what.zh),
                format!(
                    "{} {} ids are defined; check the spelling",
                    known.len(),
                    what.en
                ),
            )
        };
        // `chapter-order` for `structure/chapter-order`: the part after `/` matches.
        let by_name = || {
            let name = node.value.rsplit_once('/').map_or(&*node.value, |(_, n)| n);
            let names: Vec<&str> = known
                .iter()
                .filter_map(|k| k.split_once('/').map(|(_, n)| n))
                .collect();
            let best = did_you_mean(name, &names)?;
            known
                .iter()
                .find(|k| k.split_once('/').is_some_and(|(_, n)| n == best))
                .map(|k| (*k).to_owned())
        };
        let help = help.prefixed(suggestion(
            did_you_mean(&node.value, known).or_else(by_name),
        ));
        let problem = self
            .problem(
                ProblemKind::DanglingReference,
                self.span(node),
                Msg::new(
                    format!("没有 id 为 `{}` 的{}", node.value, what.zh),
                    format!("no {} has the id `{}`", what.en, node.value),
                ),
                Msg::new(format!("未知的{}", what.zh), format!("unknown {}", what.en)),
            )
            .with_help(help);
        self.push(problem);
    }

    pub(crate) fn invalid(&mut self, span: SourceSpan, message: Msg, label: Msg, help: Msg) {
        let problem = self
            .problem(ProblemKind::InvalidValue, span, message, label)
            .with_help(help);
        self.push(problem);
    }

    // ---- the pack, part by part -------------------------------------------------------

    fn pack(&mut self, spec: RulesFile) -> RulesPack {
        let meta = self.meta(spec.meta);
        let clause_ids: Vec<String> = meta.clauses.iter().map(|c| c.id.clone()).collect();
        let mut pack = RulesPack::new_empty(meta);

        let mut outline_ids = Seen::new();
        let mut names = HashMap::new();
        pack.outline = self.outline_items(spec.outline, &clause_ids, &mut outline_ids, &mut names);
        pack.units = self.units(spec.units);
        pack.boundary = self.boundary(spec.boundary);
        let unit_ids: Vec<String> = pack.units.iter().map(|u| u.id.clone()).collect();
        pack.targets = self.targets(spec.targets, &unit_ids);
        let outline_id_list: Vec<String> = pack
            .outline_items()
            .iter()
            .map(|(_, i)| i.id.clone())
            .collect();
        pack.principles = self.principles(spec.principles, &clause_ids, &outline_id_list);
        pack.reference_targets =
            self.reference_targets(spec.reference_targets, &pack, &mut Seen::new());
        self.require_known_groups(&spec.lexicon.gas_name, "lexicon.gas_name", super::GAS_IDS);
        self.require_known_groups(
            &spec.lexicon.offset_name,
            "lexicon.offset_name",
            super::lexicon::OFFSET_IDS,
        );
        pack.lexicon = super::lexicon::Lexicon::compile(self, spec.lexicon);
        pack.thresholds = spec.thresholds;
        pack.severities = self.severities(spec.severities);
        pack
    }

    fn meta(&mut self, spec: MetaSpec) -> Meta {
        let mut seen = Seen::new();
        let mut clauses = Vec::new();
        for clause in spec.clauses {
            if self.unique(&mut seen, &clause.id, noun::CLAUSE) {
                clauses.push(Clause {
                    id: clause.id.value,
                    title: clause.title,
                    summary: clause.summary,
                });
            }
        }
        Meta {
            name: spec.name,
            version: spec.version,
            description: spec.description,
            standard: Standard {
                title: spec.standard.title,
                issuer: spec.standard.issuer,
                kind: spec.standard.kind,
                number: spec.standard.number,
                year: spec.standard.year,
            },
            clauses,
        }
    }

    pub(crate) fn clause_ref(
        &mut self,
        clause: &Option<Spanned<String>>,
        clause_ids: &[String],
    ) -> Option<String> {
        let clause = clause.as_ref()?;
        if !clause_ids.contains(&clause.value) {
            let known: Vec<&str> = clause_ids.iter().map(String::as_str).collect();
            self.dangling(clause, noun::CLAUSE, &known);
        }
        Some(clause.value.clone())
    }

    /// Check that an alias is usable and not a name of another item; returns its normal form.
    pub(crate) fn outline_name(
        &mut self,
        node: &Spanned<String>,
        item_id: &str,
        names: &mut HashMap<String, (String, Option<SourceSpan>)>,
    ) -> Option<String> {
        let normalized = match_key(&node.value);
        let span = self.span(node);
        if normalized.is_empty() {
            self.invalid(
                span,
                Msg::new(
                    format!("名称 `{}` 去掉空格和标点后为空", node.value),
                    format!(
                        "name `{}` is empty once spaces and punctuation are removed",
                        node.value
                    ),
                ),
                Msg::new("会匹配所有标题", "would match every heading"),
                Msg::new("写出标题中的文字", "write the words of the heading"),
            );
            return None;
        }
        match names.get(&normalized) {
            Some((owner, _)) if owner == item_id => None,
            Some((owner, first)) => {
                let mut problem = self.problem(
                    ProblemKind::DuplicateId,
                    span,
                    Msg::new(
                        format!("`{}` 已是大纲条目 `{owner}` 的名称", node.value),
                        format!(
                            "`{}` is already a name of outline item `{owner}`",
                            node.value
                        ),
                    ),
                    Msg::new("在此处再次使用", "used again here"),
                );
                if let Some(first) = first {
                    problem =
                        problem.with_secondary(*first, Msg::new("首次使用在此", "first used here"));
                }
                self.push(problem.with_help(Msg::new(
                    "一个标题名称只能属于一个大纲条目；从其中一个删去",
                    "a heading name can belong to one outline item only; remove it from one of them",
                )));
                None
            }
            None => {
                names.insert(normalized.clone(), (item_id.to_owned(), Some(span)));
                Some(normalized)
            }
        }
    }

    fn outline_items(
        &mut self,
        specs: Vec<OutlineItemSpec>,
        clause_ids: &[String],
        ids: &mut Seen,
        names: &mut HashMap<String, (String, Option<SourceSpan>)>,
    ) -> Vec<OutlineItem> {
        let mut items = Vec::new();
        let mut within: Vec<Spanned<String>> = Vec::new();
        for (position, spec) in specs.into_iter().enumerate() {
            self.check_id_syntax(&spec.id, noun::OUTLINE_ITEM);
            if spec.id.value == "document" {
                self.invalid(
                    self.span(&spec.id),
                    Msg::new(
                        "`document` 留作证据范围使用",
                        "`document` is reserved for evidence scopes",
                    ),
                    Msg::new("保留的 id", "reserved id"),
                    Msg::new("换一个 id", "choose another id"),
                );
            }
            self.unique(ids, &spec.id, noun::OUTLINE_ITEM);
            let id = spec.id.value.clone();
            let mut name_keys = Vec::new();
            if let Some(n) = self.outline_name(&spec.title, &id, names) {
                name_keys.push(n);
            }
            for alias in &spec.aliases {
                if let Some(n) = self.outline_name(alias, &id, names) {
                    name_keys.push(n);
                }
            }
            let patterns = self.patterns(&spec.patterns);
            let clause = self.clause_ref(&spec.clause, clause_ids);
            let examples = self.examples(&spec.examples);
            let sections = self.outline_items(spec.sections, clause_ids, ids, names);
            within.extend(spec.within.iter().cloned());
            items.push(OutlineItem {
                id,
                title: spec.title.value,
                aliases: spec.aliases.into_iter().map(|a| a.value).collect(),
                patterns,
                level: spec.level,
                order: spec
                    .order
                    .unwrap_or_else(|| u32::try_from(position + 1).unwrap_or(u32::MAX)),
                min_chars: spec.min_chars,
                clause,
                guidance: spec.guidance,
                examples,
                concepts: spec
                    .concepts
                    .map(|c| {
                        let keys = |v: Vec<String>| -> Vec<String> {
                            v.iter()
                                .map(|w| crate::document::normalize::match_key(w))
                                .filter(|w| !w.is_empty())
                                .collect()
                        };
                        Concepts {
                            heads: keys(c.heads),
                            qualifiers: keys(c.qualifiers),
                            exclude: keys(c.exclude),
                            exclude_ending: keys(c.exclude_ending),
                            confirm_by_content: c.confirm_by_content,
                        }
                    })
                    .unwrap_or_default(),
                content: self.vocabulary(spec.content),
                content_min_matches: spec.content_min_matches.unwrap_or(1).max(1),
                sections,
                within: spec.within.iter().map(|w| w.value.clone()).collect(),
                name_keys,
                derived: Default::default(),
            });
        }
        // `within:` names a sibling (a chapter inside another chapter).
        let siblings: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        self.references(&within, noun::OUTLINE_ITEM, &siblings);
        items
    }

    /// Report patterns of `spec` that capture no group, or a group, whose name is not one
    /// of `known` (the gas ids of `lexicon.gas_name`: the group's name is what is read).
    pub(crate) fn require_known_groups(
        &mut self,
        spec: &VocabularySpec,
        what: &str,
        known: &[&str],
    ) {
        if self.lazy_regexes {
            return;
        }
        for node in &spec.patterns {
            let Ok(regex) = Regex::new(&node.value) else {
                continue;
            };
            let names: Vec<&str> = regex.capture_names().flatten().collect();
            if !names.is_empty() && names.iter().all(|n| known.contains(n)) {
                continue;
            }
            let (known_zh, known_en) = listed(known);
            let problem = self
                .problem(
                    ProblemKind::InvalidRegex,
                    self.span(node),
                    Msg::new(
                        format!("`{what}` 模式的命名分组只能是 {known_zh} 之一"),
                        format!("a `{what}` pattern's named groups must be among {known_en}"),
                    ),
                    Msg::new("分组名不可识别", "unknown group name"),
                )
                .with_help(Msg::new(
                    "分组名就是读出的标识，例如 (?P<CH4>甲烷|CH4)",
                    "the group's name is the id read, e.g. (?P<CH4>甲烷|CH4)",
                ));
            self.push(problem);
        }
    }

    /// Report patterns of `spec` that lack a named group the code reads.
    pub(crate) fn require_groups(&mut self, spec: &VocabularySpec, what: &str, groups: &[&str]) {
        if self.lazy_regexes {
            return;
        }
        for node in &spec.patterns {
            if let Ok(regex) = Regex::new(&node.value) {
                self.required_groups(node, &regex, what, groups);
            }
        }
    }

    pub(crate) fn vocabulary(&mut self, spec: VocabularySpec) -> Vocabulary {
        Vocabulary::new(
            spec.terms,
            self.patterns(&spec.patterns),
            self.examples(&spec.examples),
        )
    }

    fn boundary(&mut self, spec: BoundarySpec) -> Boundary {
        let mut seen = Seen::new();
        let mut standards = Vec::new();
        for s in spec.accounting_standards {
            self.check_id_syntax(&s.id, noun::ACCOUNTING_STANDARD);
            self.unique(&mut seen, &s.id, noun::ACCOUNTING_STANDARD);
            standards.push(AccountingStandard {
                id: s.id.value.clone(),
                name: s.name,
                issuer: s.issuer,
                vocabulary: Vocabulary::new(
                    s.terms,
                    self.patterns(&s.patterns),
                    self.examples(&s.examples),
                ),
            });
        }
        let union = Vocabulary::new(
            standards
                .iter()
                .flat_map(|s| s.vocabulary.terms.iter().cloned())
                .collect(),
            standards
                .iter()
                .flat_map(|s| s.vocabulary.patterns.iter().cloned())
                .collect(),
            Examples::default(),
        );
        Boundary {
            gases_allowed: self.vocabulary(spec.gases_allowed),
            gases_flagged: self.vocabulary(spec.gases_flagged),
            gas_exemptions: self.vocabulary(spec.gas_exemptions),
            direct: self.vocabulary(spec.direct),
            indirect: self.vocabulary(spec.indirect),
            separate: self.vocabulary(spec.separate),
            exclusion: self.vocabulary(spec.exclusion),
            exclusion_before: self.vocabulary(spec.exclusion_before),
            exclusion_after: self.vocabulary(spec.exclusion_after),
            restriction: self.vocabulary(spec.restriction),
            spatial: self.vocabulary(spec.spatial),
            organisational: self.vocabulary(spec.organisational),
            sources: self.vocabulary(spec.sources),
            electricity_factor: self.vocabulary(spec.electricity_factor),
            feedstock: self.vocabulary(spec.feedstock),
            green_power: self.vocabulary(spec.green_power),
            data_sources: self.vocabulary(spec.data_sources),
            declaration: self.vocabulary(spec.declaration),
            base_year: {
                self.require_groups(&spec.base_year, "base_year", &["year"]);
                self.vocabulary(spec.base_year)
            },
            accounting_standards: standards,
            accounting_standards_union: union,
        }
    }

    fn units(&mut self, specs: Vec<UnitFamilySpec>) -> Vec<UnitFamily> {
        let mut family_ids = Seen::new();
        let mut spellings = Seen::new();
        let mut families = Vec::new();
        let mut confused: Vec<Spanned<String>> = Vec::new();
        for spec in specs {
            self.check_id_syntax(&spec.id, noun::UNIT_FAMILY);
            self.unique(&mut family_ids, &spec.id, noun::UNIT_FAMILY);
            let mut units = Vec::new();
            for unit in spec.units {
                for spelling in std::iter::once(&unit.symbol).chain(unit.aliases.iter()) {
                    self.unique(&mut spellings, spelling, noun::UNIT_SPELLING);
                }
                let factor = unit.factor.value;
                if !(factor.is_finite() && factor > 0.0) {
                    self.invalid(
                        self.span(&unit.factor),
                        Msg::new(
                            format!("单位换算系数 {factor} 不是正数"),
                            format!("unit factor {factor} is not a positive number"),
                        ),
                        Msg::new("须大于 0", "must be > 0"),
                        Msg::new(
                            "系数是一个该单位折合多少基准单位（万吨 → 10000）",
                            "the factor is the value of one of this unit in the canonical unit (万吨 → 10000)",
                        ),
                    );
                }
                units.push(Unit {
                    symbol: unit.symbol.value,
                    aliases: unit.aliases.into_iter().map(|a| a.value).collect(),
                    factor,
                    bare: unit.bare,
                });
            }
            let canonical_ok = units
                .iter()
                .any(|u| u.symbol == spec.canonical.value && (u.factor - 1.0).abs() < f64::EPSILON);
            if !canonical_ok {
                self.invalid(
                    self.span(&spec.canonical),
                    Msg::new(
                        format!(
                            "基准单位 `{}` 不是本单位族中系数为 1 的单位",
                            spec.canonical.value
                        ),
                        format!(
                            "canonical unit `{}` is not a unit of this family with factor 1",
                            spec.canonical.value
                        ),
                    ),
                    Msg::new(
                        "不是本单位族中系数为 1 的单位",
                        "not a unit of the family with factor 1",
                    ),
                    Msg::new(
                        "在 `units:` 下列出基准单位并写 `factor: 1`",
                        "list the canonical unit under `units:` with `factor: 1`",
                    ),
                );
            }
            confused.extend(spec.confused_with.iter().cloned());
            families.push(UnitFamily {
                id: spec.id.value,
                name: spec.name,
                canonical: spec.canonical.value,
                units,
                confused_with: spec.confused_with.into_iter().map(|f| f.value).collect(),
            });
        }
        let known: Vec<&str> = families.iter().map(|f| f.id.as_str()).collect();
        self.references(&confused, noun::UNIT_FAMILY, &known);
        families
    }

    fn targets(&mut self, spec: TargetsSpec, unit_ids: &[String]) -> Targets {
        let known_units: Vec<&str> = unit_ids.iter().map(String::as_str).collect();
        let mut metric_ids = Seen::new();
        let mut metrics = Vec::new();
        let mut totals = Vec::new();
        for m in spec.metrics {
            self.check_id_syntax(&m.id, noun::METRIC);
            self.unique(&mut metric_ids, &m.id, noun::METRIC);
            if let Some(family) = &m.unit_family {
                if !unit_ids.contains(&family.value) {
                    self.dangling(family, noun::UNIT_FAMILY, &known_units);
                }
            }
            metrics.push(Metric {
                id: m.id.value.clone(),
                name: m.name,
                keywords: m.keywords,
                patterns: self.patterns(&m.patterns),
                unit_family: m.unit_family.map(|f| f.value),
                measure_keywords: m.measure_keywords,
                lower_is_better: m.lower_is_better,
                per_output: m.per_output.as_ref().map(|t| t.value.clone()),
                examples: self.examples(&m.examples),
            });
            totals.extend(m.per_output);
        }
        let known: Vec<&str> = metrics.iter().map(|m| m.id.as_str()).collect();
        self.references(&totals, noun::METRIC, &known);
        let mut statement_ids = Seen::new();
        let mut statements = Vec::new();
        for s in spec.statements {
            self.check_id_syntax(&s.id, noun::STATEMENT);
            self.unique(&mut statement_ids, &s.id, noun::STATEMENT);
            let mut patterns = Vec::new();
            for node in &s.patterns {
                let Some(pattern) = self.regex(node) else {
                    continue;
                };
                if !self.lazy_regexes {
                    self.required_groups(
                        node,
                        &pattern.regex,
                        s.kind.as_str(),
                        s.kind.required_groups(),
                    );
                }
                patterns.push(pattern);
            }
            statements.push(Statement {
                id: s.id.value.clone(),
                kind: s.kind,
                description: s.description,
                patterns,
                examples: self.examples(&s.examples),
            });
        }
        let mut period_names = Seen::new();
        let mut periods = Vec::new();
        for p in spec.periods {
            self.unique(&mut period_names, &p.name, noun::PERIOD);
            if p.start > p.end {
                self.invalid(
                    self.span(&p.name),
                    Msg::new(
                        format!(
                            "规划期 {} 的开始年（{}）晚于结束年（{}）",
                            p.name.value, p.start, p.end
                        ),
                        format!(
                            "period {} starts ({}) after it ends ({})",
                            p.name.value, p.start, p.end
                        ),
                    ),
                    Msg::new("开始晚于结束", "start after end"),
                    Msg::new("交换 `start` 和 `end`", "swap `start` and `end`"),
                );
            }
            periods.push(Period {
                name: p.name.value,
                start: p.start,
                end: p.end,
            });
        }
        Targets {
            metrics,
            statements,
            ignore_patterns: self.patterns(&spec.ignore_patterns),
            periods,
            keyword_index: Default::default(),
        }
    }

    fn required_groups(
        &mut self,
        node: &Spanned<String>,
        regex: &Regex,
        what: &str,
        required: &[&str],
    ) {
        let names: Vec<&str> = regex.capture_names().flatten().collect();
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|g| !names.contains(g))
            .collect();
        if missing.is_empty() {
            return;
        }
        let (missing_zh, missing_en) = listed(&missing);
        let (required_zh, required_en) = listed(required);
        let problem = self
            .problem(
                ProblemKind::InvalidRegex,
                self.span(node),
                Msg::new(
                    format!("`{what}` 模式必须捕获 {missing_zh}"),
                    format!("a `{what}` pattern must capture {missing_en}"),
                ),
                Msg::new("缺少命名分组", "missing named group"),
            )
            .with_help(Msg::new(
                format!("用 (?P<名称>…) 为分组命名；`{what}` 模式需要 {required_zh}"),
                format!("name the groups with (?P<name>…); a `{what}` pattern needs {required_en}"),
            ));
        self.push(problem);
    }

    fn principles(
        &mut self,
        specs: Vec<PrincipleSpec>,
        clause_ids: &[String],
        outline_ids: &[String],
    ) -> Vec<Principle> {
        let known_items: Vec<&str> = outline_ids.iter().map(String::as_str).collect();
        let mut seen = Seen::new();
        let mut principles = Vec::new();
        for spec in specs {
            let id_node = Spanned::new(
                spec.id.value.as_str().to_owned(),
                spec.id.referenced,
                spec.id.defined,
            );
            self.unique(&mut seen, &id_node, noun::PRINCIPLE);
            let clause = self.clause_ref(&spec.clause, clause_ids);
            let mut evidence_ids = Seen::new();
            let mut evidence = Vec::new();
            for e in spec.evidence {
                self.check_id_syntax(&e.id, noun::EVIDENCE);
                self.unique(&mut evidence_ids, &e.id, noun::EVIDENCE);
                let scope = self.scope(&e.scope, &known_items);
                self.references(&e.any_outline_items, noun::OUTLINE_ITEM, &known_items);
                self.references(
                    &e.any_vocabularies,
                    noun::BOUNDARY_VOCABULARY,
                    &Boundary::NAMES,
                );
                self.references(&e.any_facts, noun::FACT, &Evidence::FACTS);
                let has_signal = !e.any_keywords.is_empty()
                    || !e.any_facts.is_empty()
                    || !e.any_patterns.is_empty()
                    || !e.any_vocabularies.is_empty()
                    || !e.any_outline_items.is_empty()
                    || e.min_distinct_years.is_some();
                if !has_signal {
                    self.invalid(
                        self.span(&e.id),
                        Msg::new(
                            format!("证据项 `{}` 没有可查找的内容", e.id.value),
                            format!("evidence `{}` has nothing to look for", e.id.value),
                        ),
                        Msg::new("没有查找依据", "no signal"),
                        Msg::new(
                            "给它 `any_keywords`、`any_patterns`、`any_vocabularies`、`any_outline_items`、`any_facts` 或 `min_distinct_years`",
                            "give it any_keywords, any_patterns, any_vocabularies, any_outline_items, any_facts or min_distinct_years",
                        ),
                    );
                }
                evidence.push(Evidence {
                    id: e.id.value.clone(),
                    name: e.name,
                    description: e.description,
                    any_keywords: e.any_keywords,
                    any_patterns: self.patterns(&e.any_patterns),
                    any_vocabularies: e.any_vocabularies.into_iter().map(|v| v.value).collect(),
                    any_outline_items: e.any_outline_items.into_iter().map(|v| v.value).collect(),
                    any_facts: e.any_facts.into_iter().map(|v| v.value).collect(),
                    min_distinct_years: e.min_distinct_years,
                    scope,
                    min_matches: e.min_matches.unwrap_or(1).max(1),
                    wording: e.wording,
                    stated: e.stated,
                    examples: self.examples(&e.examples),
                });
            }
            principles.push(Principle {
                id: spec.id.value,
                name: spec.name,
                clause,
                description: spec.description,
                evidence,
            });
        }
        principles
    }

    fn scope(&mut self, scope: &Option<Spanned<ScopeSpec>>, known_items: &[&str]) -> Scope {
        let Some(scope) = scope else {
            return Scope::Document;
        };
        let ids: Vec<Spanned<String>> = scope
            .value
            .0
            .iter()
            .map(|id| {
                if id.referenced.line() == 0 {
                    Spanned::new(id.value.clone(), scope.referenced, scope.defined)
                } else {
                    id.clone()
                }
            })
            .collect();
        if ids.len() == 1 && ids[0].value == "document" {
            return Scope::Document;
        }
        if ids.is_empty() {
            self.invalid(
                self.span(scope),
                Msg::new("`scope` 为空", "empty scope"),
                Msg::new("为空", "empty"),
                Msg::new(
                    "写 `document` 或大纲条目的 id",
                    "write `document` or outline item ids",
                ),
            );
            return Scope::Document;
        }
        self.references(&ids, noun::OUTLINE_ITEM, known_items);
        Scope::Items(ids.into_iter().map(|id| id.value).collect())
    }

    pub(crate) fn reference_targets(
        &mut self,
        specs: Vec<ReferenceTargetSpec>,
        pack: &RulesPack,
        seen: &mut Seen,
    ) -> Vec<ReferenceTarget> {
        let metric_ids: Vec<&str> = pack.targets.metrics.iter().map(|m| m.id.as_str()).collect();
        let mut out = Vec::new();
        for spec in specs {
            self.check_id_syntax(&spec.id, noun::REFERENCE_TARGET);
            self.unique(seen, &spec.id, noun::REFERENCE_TARGET);
            let metric = pack.metric(&spec.metric.value);
            if metric.is_none() {
                self.dangling(&spec.metric, noun::METRIC, &metric_ids);
            }
            if let Some(unit) = &spec.unit {
                let family = metric
                    .and_then(|m| m.unit_family.as_deref())
                    .and_then(|f| pack.unit_family(f));
                let known =
                    unit.value == "%" || family.is_some_and(|f| f.unit(&unit.value).is_some());
                if !known && metric.is_some() {
                    let spellings: Vec<&str> = family
                        .map(|f| f.units.iter().flat_map(Unit::spellings).collect())
                        .unwrap_or_default();
                    self.dangling(unit, noun::UNIT_OF_METRIC, &spellings);
                }
            }
            let target_span = self.span(&spec.target_year);
            match spec.kind {
                ReferenceKind::Change | ReferenceKind::AnnualRate if spec.value.is_none() => {
                    self.invalid(
                        target_span,
                        Msg::new(
                            format!(
                                "参考目标 `{}` 需要 `value`（带符号的百分数）",
                                spec.id.value
                            ),
                            format!(
                                "reference target `{}` needs a `value` (signed percent)",
                                spec.id.value
                            ),
                        ),
                        Msg::new("没有 `value`", "no value"),
                        Msg::new(
                            "例如下降18%写 `value: -18`",
                            "write e.g. `value: -18` for 下降18%",
                        ),
                    );
                }
                ReferenceKind::Level if spec.value.is_none() || spec.unit.is_none() => {
                    self.invalid(
                        target_span,
                        Msg::new(
                            format!("参考目标 `{}` 需要 `value` 和 `unit`", spec.id.value),
                            format!(
                                "reference target `{}` needs a `value` and a `unit`",
                                spec.id.value
                            ),
                        ),
                        Msg::new("没有 `value` 或 `unit`", "no value or unit"),
                        Msg::new(
                            "例如写 `value: 25` 和 `unit: \"%\"`",
                            "write e.g. `value: 25` and `unit: \"%\"`",
                        ),
                    );
                }
                _ => {}
            }
            if spec.kind == ReferenceKind::Change && spec.base_year.is_none() {
                self.invalid(
                    target_span,
                    Msg::new(
                        format!(
                            "参考目标 `{}` 是相对变化，但没有 `base_year`",
                            spec.id.value
                        ),
                        format!(
                            "reference target `{}` is a change but has no `base_year`",
                            spec.id.value
                        ),
                    ),
                    Msg::new("没有基准年", "no base year"),
                    Msg::new(
                        "相对目标需要写明比较的基准年",
                        "a relative target needs the year it is measured from",
                    ),
                );
            }
            if let Some(base) = spec.base_year {
                if base >= spec.target_year.value {
                    self.invalid(
                        target_span,
                        Msg::new(
                            format!("目标年 {} 不晚于基准年 {base}", spec.target_year.value),
                            format!(
                                "target year {} is not after base year {base}",
                                spec.target_year.value
                            ),
                        ),
                        Msg::new("不晚于基准年", "not after the base year"),
                        Msg::new("核对这两个年份", "check the two years"),
                    );
                }
            }
            out.push(ReferenceTarget {
                id: spec.id.value,
                scope: spec.scope,
                region: spec.region,
                metric: spec.metric.value,
                kind: spec.kind,
                base_year: spec.base_year,
                target_year: spec.target_year.value,
                value: spec.value,
                unit: spec.unit.map(|u| u.value),
                qualifier: spec.qualifier,
                source: spec.source,
                year_published: spec.year_published,
                note: spec.note,
            });
        }
        out
    }

    fn severities(
        &mut self,
        specs: HashMap<Spanned<String>, Spanned<RuleSetting>>,
    ) -> BTreeMap<String, RuleSetting> {
        let mut out = BTreeMap::new();
        for (id, setting) in specs {
            if !is_valid_rule_id(&id.value) {
                self.invalid(
                    self.span(&id),
                    Msg::new(
                        format!("`{}` 不是规则 id", id.value),
                        format!("`{}` is not a rule id", id.value),
                    ),
                    Msg::new("不是规则 id", "not a rule id"),
                    Msg::new(
                        "规则 id 形如 `structure/missing-chapter`（见 docs/rules.md）",
                        "rule ids look like `structure/missing-chapter` (see docs/rules.md)",
                    ),
                );
            }
            out.insert(id.value, setting.value);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded pack's regexes are compiled on first use only; here every one is
    /// compiled and its named groups checked, as for any rules file.
    #[test]
    fn embedded_pack_compiles_eagerly() {
        let eager = match load_pack(DEFAULT_PACK_NAME, DEFAULT_PACK_YAML) {
            Ok(pack) => pack,
            Err(err) => panic!("the embedded pack does not compile: {err:?}"),
        };
        let mut lazy = default_pack().clone();
        lazy.origin = eager.origin.clone();
        let json = |p: &RulesPack| serde_json::to_string(p).unwrap_or_default();
        assert!(!json(&eager).is_empty());
        assert_eq!(json(&eager), json(&lazy));
    }

    /// The embedded pack loaded from its pre-parsed events (`super::super::embedded`, the
    /// path `default_pack` takes) is the pack loaded from its YAML, every field — examples'
    /// lines and columns included — as `Debug` prints it.
    #[test]
    fn embedded_pack_from_events_is_the_pack_from_yaml() {
        let from_events = load(DEFAULT_PACK_NAME, DEFAULT_PACK_YAML, true);
        let from_yaml = load_pack(DEFAULT_PACK_NAME, DEFAULT_PACK_YAML);
        let (Ok(a), Ok(b)) = (from_events, from_yaml) else {
            panic!("the embedded pack does not load");
        };
        assert!(super::super::embedded::from_events::<RulesFile>(DEFAULT_PACK_YAML).is_some());
        assert_eq!(format!("{a:#?}"), format!("{b:#?}"));
    }

    #[test]
    fn ids_and_rule_ids() {
        assert!(is_valid_id("emission_analysis"));
        assert!(is_valid_id("ch2"));
        assert!(!is_valid_id("2ch"));
        assert!(!is_valid_id("Emission"));
        assert!(!is_valid_id(""));
        assert!(is_valid_rule_id("structure/missing-chapter"));
        assert!(!is_valid_rule_id("structure"));
        assert!(!is_valid_rule_id("Structure/x"));
    }

    #[test]
    fn blank_node_keeps_offsets_and_takes_the_indented_block() {
        let mut text =
            "rules:\n  a: 错误\n  b: off\nouter:\n  - id: x\n    level: y\n  - id: z\n".to_owned();
        let len = text.len();
        let at = text.find("错误").unwrap_or(0) + 1; // inside a character
        assert!(blank_node(&mut text, at));
        assert_eq!(text.len(), len);
        assert!(text.starts_with("rules:\n") && text.contains("\n  b: off\n"));
        assert!(!text.contains("a:"));
        let at = text.find("- id: x").unwrap_or(0);
        assert!(blank_node(&mut text, at));
        assert!(!text.contains("level: y") && text.contains("- id: z"));
        // Nothing left to blank on the blanked line (byte 8 is on line 2): no progress.
        let before = text.clone();
        assert!(!blank_node(&mut text, 8));
        assert_eq!(text, before);
    }

    #[test]
    fn a_missing_key_steps_over_its_mapping() {
        let text = "items:\n  - id: a\n    kind: x\n  - id: b\nother:\n  key: 1\n";
        let at = text.find("kind").unwrap_or(0);
        let item = text.find("  - id: a").unwrap_or(0);
        assert_eq!(enclosing_mapping(text, at), Some(item));
        assert_eq!(enclosing_mapping(text, item + 2), Some(item));
        let key = text.find("  key").unwrap_or(0);
        assert_eq!(enclosing_mapping(text, key), text.find("other"));
        assert_eq!(enclosing_mapping(text, 0), None);
        assert_eq!(changed_range("abcdef", "abXYef"), Some(2..4));
        assert_eq!(changed_range("abc", "abc"), None);
    }

    #[test]
    fn edit_distance_counts_characters() {
        assert_eq!(edit_distance("severty", "severity"), 1);
        assert_eq!(edit_distance("碳排放", "碳排放量"), 1);
        assert_eq!(
            did_you_mean("aliass", &["aliases", "title"]).as_deref(),
            Some("aliases")
        );
        assert_eq!(did_you_mean("zzz", &["aliases", "title"]), None);
    }
}
