//! Choosing which rules run: `--select` and `--ignore` on the command line.
//!
//! A selector is a rule id (`target/no-baseline`) or a family (`structure`, written with or
//! without the trailing `/`). `--select` keeps only the rules it names; `--ignore` turns
//! the rules it names off after that. Both act on the loaded pack, as if its `rules:`
//! section set the rules to `off`, so waivers, output and exit codes see one behaviour.
//! A family whose rules are all off is not run at all (its facts are not extracted), which
//! is what makes `--select structure` as cheap as a headings-only linter.

use super::docs;
use crate::pack::{did_you_mean, RuleSetting, RulesPack};

/// A selector that names no rule and no family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSelector {
    pub selector: String,
    /// The closest rule id or family, when one is close.
    pub suggestion: Option<String>,
}

impl std::fmt::Display for UnknownSelector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}` is not a rule id or a rule family", self.selector)?;
        if let Some(s) = &self.suggestion {
            write!(f, " (did you mean `{s}`?)")?;
        }
        write!(f, "; `peaklint rules list` lists them")
    }
}

impl UnknownSelector {
    /// The message in `lang` (English: the `Display`).
    pub fn message(&self, lang: super::Lang) -> String {
        if lang == super::Lang::En {
            return self.to_string();
        }
        let mut m = format!("`{}` 不是规则 id，也不是规则族", self.selector);
        if let Some(s) = &self.suggestion {
            m.push_str(&format!("（是否要用 `{s}`？）"));
        }
        m.push_str("；`peaklint rules list` 列出全部规则");
        m
    }
}

/// The closest rule id (or, with `families`, family) to a misspelt `word`: by edit
/// distance over the whole id, else over the part after `/`, so `late-peek` and
/// `late-peak` both find `target/late-peak`. Shared by `--select`, `--ignore` and
/// `peaklint explain`.
pub fn suggest(word: &str, families_too: bool) -> Option<String> {
    let word = word.strip_suffix('/').unwrap_or(word);
    let mut candidates: Vec<&str> = docs().map(|d| d.id).collect();
    if families_too {
        candidates.extend(families());
    }
    if let Some(best) = did_you_mean(word, &candidates) {
        return Some(best);
    }
    let name = word.rsplit_once('/').map_or(word, |(_, n)| n);
    let names: Vec<&str> = docs()
        .filter_map(|d| d.id.split_once('/').map(|(_, n)| n))
        .collect();
    let best = did_you_mean(name, &names)?;
    docs()
        .map(|d| d.id)
        .find(|id| id.split_once('/').is_some_and(|(_, n)| n == best))
        .map(str::to_owned)
}

/// The families: the part of each rule id before `/`.
pub fn families() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = docs().filter_map(|d| family_of(d.id)).collect();
    out.dedup();
    out
}

fn family_of(id: &str) -> Option<&str> {
    id.split_once('/').map(|(f, _)| f)
}

/// Whether `selector` names rule `id`: its id, or its family.
fn names(selector: &str, id: &str) -> bool {
    let family = selector.strip_suffix('/').unwrap_or(selector);
    selector == id || family_of(id) == Some(family)
}

fn validate(selector: &str) -> Result<(), UnknownSelector> {
    if docs().any(|d| names(selector, d.id)) {
        return Ok(());
    }
    Err(UnknownSelector {
        selector: selector.to_owned(),
        suggestion: suggest(selector, true),
    })
}

/// Turn off, in `pack`, every rule `select` does not name (when `select` is not empty) and
/// every rule `ignore` names. Empty selectors (from `--select ""`) are skipped.
pub fn apply(
    pack: &mut RulesPack,
    select: &[String],
    ignore: &[String],
) -> Result<(), UnknownSelector> {
    let select: Vec<&str> = select
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    let ignore: Vec<&str> = ignore
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    for s in select.iter().chain(&ignore) {
        validate(s)?;
    }
    for d in docs() {
        let kept = select.is_empty() || select.iter().any(|s| names(s, d.id));
        let dropped = ignore.iter().any(|s| names(s, d.id));
        if !kept || dropped {
            pack.severities.insert(d.id.to_owned(), RuleSetting::Off);
        }
    }
    Ok(())
}

/// Whether any rule of `family` is on in `pack`.
pub fn family_on(pack: &RulesPack, family: &str) -> bool {
    docs()
        .filter(|d| family_of(d.id) == Some(family))
        .any(|d| pack.severity(d.id, d.severity).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::default_pack;

    fn on(pack: &RulesPack, id: &str) -> bool {
        let d = super::super::doc(id).map(|d| d.severity);
        d.is_some_and(|sev| pack.severity(id, sev).is_some())
    }

    #[test]
    fn select_keeps_only_the_named_family_and_rules() {
        let mut pack = default_pack().clone();
        apply(
            &mut pack,
            &["structure".into(), "target/late-peak".into()],
            &[],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(on(&pack, "structure/missing-chapter"));
        assert!(on(&pack, "structure/numbering"));
        assert!(on(&pack, "target/late-peak"));
        assert!(!on(&pack, "target/no-baseline"));
        assert!(!on(&pack, "boundary/undeclared"));
        assert!(family_on(&pack, "target"));
        assert!(!family_on(&pack, "boundary"));
        assert!(!family_on(&pack, "principle"));
    }

    #[test]
    fn ignore_turns_rules_off_after_select() {
        let mut pack = default_pack().clone();
        apply(
            &mut pack,
            &["structure/".into()],
            &["structure/numbering".into()],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(on(&pack, "structure/missing-chapter"));
        assert!(!on(&pack, "structure/numbering"));
        let mut pack = default_pack().clone();
        apply(&mut pack, &[], &["principle".into()]).unwrap_or_else(|e| panic!("{e}"));
        assert!(!family_on(&pack, "principle"));
        assert!(on(&pack, "boundary/undeclared"));
    }

    #[test]
    fn unknown_selectors_are_refused_with_a_suggestion() {
        let mut pack = default_pack().clone();
        let err = apply(&mut pack, &["structur".into()], &[]).err();
        assert_eq!(
            err,
            Some(UnknownSelector {
                selector: "structur".into(),
                suggestion: Some("structure".into())
            })
        );
        let err = apply(&mut pack, &[], &["target/no-baselin".into()]).err();
        assert_eq!(
            err.and_then(|e| e.suggestion),
            Some("target/no-baseline".into())
        );
        assert!(apply(&mut pack, &["zzz".into()], &[]).is_err_and(|e| e.suggestion.is_none()));
    }
}
