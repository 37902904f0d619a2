//! The literals a regex's matches must contain, read from its source without compiling it.
//!
//! A pattern of the embedded pack is compiled on first use ([`super::Pattern`]); before
//! that, a search first asks whether the text holds the literals every match needs. On a
//! short file, under `--select structure` or in the language server's first check, most
//! regexes are then never compiled: compiling one costs 0.5–2 M instructions, looking for
//! its literals a few hundred.
//!
//! The reading is a plain scan of the source that understands just enough of the syntax to
//! be sure, and gives up (no gate: the regex is compiled) on anything else: flags such as
//! `(?i)` or `(?x)`, a stray `)`, `]` or `}`, an unclosed group or class.

/// Clauses that every match of `source` satisfies: each clause is a set of literals one of
/// which the match contains (a conjunction of disjunctions). `None` when nothing sure is
/// found.
///
/// Without a top-level `|`: a clause for every run of literal characters written at the
/// top level (outside groups, classes and escapes; a character made optional by `?`, `*`
/// or `{0,…}` ends the run without belonging to it) and one for every top-level group of
/// plain words that is not optional (`(衔接|协调)`). With top-level alternatives, one
/// clause: the union of each alternative's most selective clause.
pub(crate) fn required_literals(source: &str) -> Option<Vec<Vec<String>>> {
    /// Beyond this many words the compiled regex's own prefilter is the better search.
    const MAX_WORDS: usize = 32;
    let chars: Vec<char> = source.chars().collect();
    if chars
        .windows(3)
        .any(|w| w[0] == '(' && w[1] == '?' && !matches!(w[2], ':' | 'P' | '<'))
    {
        return None; // flags: (?i), (?x), (?s:…)
    }
    let branches = split_alternatives(&chars)?;
    let mut clauses = if branches.len() == 1 {
        branch_clauses(branches[0])?
    } else {
        let mut union: Vec<String> = Vec::new();
        for branch in branches {
            let best = branch_clauses(branch)?
                .into_iter()
                .max_by_key(|clause| selectivity(clause))?;
            union.extend(best);
        }
        union.sort();
        union.dedup();
        vec![union]
    };
    clauses.retain(|clause| !clause.is_empty() && clause.len() <= MAX_WORDS);
    // The most selective clause first: a text without it is rejected by one search.
    clauses.sort_by_key(|clause| std::cmp::Reverse(selectivity(clause)));
    (!clauses.is_empty()).then_some(clauses)
}

/// Whether `text` satisfies every clause.
pub(crate) fn satisfies(clauses: &[Vec<String>], text: &str) -> bool {
    clauses
        .iter()
        .all(|clause| clause.iter().any(|word| text.contains(word.as_str())))
}

/// [`required_literals`] as a gate. A gate is asked of every sentence while its regex is
/// not compiled, and `str::contains` sets up its search anew each time; after
/// [`Gate::WARM`] asks the gate builds a searcher for every literal once (built at once,
/// the searchers of the gates a one-line file asks cost more than they save). Admits
/// exactly the texts whose every clause has a literal in them.
#[derive(Debug)]
pub(crate) struct Gate {
    /// The text starts with one of these (a pattern opening with `^`).
    starts: Option<Vec<String>>,
    /// The text ends with one of these (a pattern closing with `$`).
    ends: Option<Vec<String>>,
    clauses: Vec<Vec<String>>,
    asks: std::sync::atomic::AtomicU32,
    finders: std::sync::OnceLock<Vec<Vec<memchr::memmem::Finder<'static>>>>,
}

impl Gate {
    /// Asks answered with `str::contains` before the searchers are built.
    const WARM: u32 = 16;

    /// The gate of a regex's source; `None` when nothing sure is found.
    pub(crate) fn of(source: &str) -> Option<Gate> {
        Gate::with(required_literals(source)?)
    }

    /// The gate of a regex's parsed form ([`super::required`]); `None` when nothing sure
    /// is found.
    pub(crate) fn parsed(source: &str) -> Option<Gate> {
        let required = super::required::required_words(source)?;
        Some(Gate {
            starts: required.starts,
            ends: required.ends,
            ..Gate::with(required.clauses)?
        })
    }

    fn with(clauses: Vec<Vec<String>>) -> Option<Gate> {
        Some(Gate {
            starts: None,
            ends: None,
            clauses,
            asks: std::sync::atomic::AtomicU32::new(0),
            finders: std::sync::OnceLock::new(),
        })
    }

    /// Whether `text` holds a literal of every clause.
    pub(crate) fn admits(&self, text: &str) -> bool {
        if self
            .starts
            .as_ref()
            .is_some_and(|w| !w.iter().any(|w| text.starts_with(w.as_str())))
            || self
                .ends
                .as_ref()
                .is_some_and(|w| !w.iter().any(|w| text.ends_with(w.as_str())))
        {
            return false;
        }
        let finders = match self.finders.get() {
            Some(f) => f,
            None if self.asks.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < Self::WARM => {
                return satisfies(&self.clauses, text);
            }
            None => self.finders.get_or_init(|| {
                self.clauses
                    .iter()
                    .map(|clause| {
                        clause
                            .iter()
                            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
                            .collect()
                    })
                    .collect()
            }),
        };
        let hay = text.as_bytes();
        finders
            .iter()
            .all(|clause| clause.iter().any(|f| f.find(hay).is_some()))
    }
}

/// Longer shortest word first, then fewer words.
fn selectivity(clause: &[String]) -> (usize, std::cmp::Reverse<usize>) {
    let shortest = clause.iter().map(|w| w.chars().count()).min().unwrap_or(0);
    (shortest, std::cmp::Reverse(clause.len()))
}

/// The top-level alternatives of a pattern; `None` when a group or class never closes or
/// a `)` has no `(`.
fn split_alternatives(chars: &[char]) -> Option<Vec<&[char]>> {
    let mut branches = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => i = skip_escape(chars, i),
            '[' => i = skip_class(chars, i)?,
            '(' => i = skip_group(chars, i)?,
            ')' => return None,
            '|' => {
                branches.push(&chars[start..i]);
                i += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    branches.push(&chars[start..]);
    Some(branches)
}

/// The clauses of one alternative (no top-level `|` in it); `None` on a stray `]`, `}`
/// or an unclosed group, class or repetition.
fn branch_clauses(chars: &[char]) -> Option<Vec<Vec<String>>> {
    let mut clauses = Vec::new();
    let mut run = String::new();
    let commit = |run: &mut String, clauses: &mut Vec<Vec<String>>| {
        if !run.is_empty() {
            clauses.push(vec![std::mem::take(run)]);
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '|' | ']' | '}' | ')' => return None,
            '\\' => {
                commit(&mut run, &mut clauses);
                i = skip_escape(chars, i);
            }
            '[' => {
                commit(&mut run, &mut clauses);
                i = skip_class(chars, i)?;
            }
            '(' => {
                commit(&mut run, &mut clauses);
                let end = skip_group(chars, i)?;
                if !optional(chars, end) {
                    if let Some(words) = plain_alternatives(&chars[i + 1..end - 1]) {
                        clauses.push(words);
                    }
                }
                i = end;
            }
            '?' | '*' | '+' | '{' => {
                if optional(chars, i) {
                    run.pop();
                }
                commit(&mut run, &mut clauses);
                i = skip_quantifier(chars, i)?;
            }
            '.' | '^' | '$' => {
                commit(&mut run, &mut clauses);
                i += 1;
            }
            _ => {
                run.push(c);
                i += 1;
            }
        }
    }
    commit(&mut run, &mut clauses);
    Some(clauses)
}

/// Whether `chars[i]` is a quantifier that allows zero repetitions (`?`, `*`, `{0,…}`).
fn optional(chars: &[char], i: usize) -> bool {
    match chars.get(i) {
        Some('?' | '*') => true,
        Some('{') => !chars
            .get(i + 1)
            .is_some_and(|d| d.is_ascii_digit() && *d != '0'),
        _ => false,
    }
}

/// The index after the quantifier at `chars[i]` and its lazy `?`.
fn skip_quantifier(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if chars[i] == '{' {
        j += chars[i..].iter().position(|&d| d == '}')?;
    }
    j += 1;
    if chars.get(j) == Some(&'?') {
        j += 1;
    }
    Some(j)
}

/// The alternatives of a group's body (`?:`, `?P<name>` or `?<name>` removed) when every
/// one is a non-empty run of plain characters.
fn plain_alternatives(body: &[char]) -> Option<Vec<String>> {
    let body = match body {
        ['?', ':', rest @ ..] => rest,
        ['?', 'P', '<', ..] | ['?', '<', ..] => {
            let close = body.iter().position(|&c| c == '>')?;
            &body[close + 1..]
        }
        _ => body,
    };
    let special = |c: &char| "\\.+*?()[]{}^$".contains(*c);
    body.split(|&c| c == '|')
        .map(|word| (!word.is_empty() && !word.iter().any(special)).then(|| word.iter().collect()))
        .collect()
}

/// The index after the escape at `chars[i]` (a `\`), braces included (`\p{Han}`,
/// `\x{4e00}`, `\b{start}`, or a repetition `\d{2}`: skipped alike).
fn skip_escape(chars: &[char], i: usize) -> usize {
    let mut j = i + 2;
    if let Some(&kind) = chars.get(i + 1) {
        if chars.get(j) == Some(&'{') {
            return chars[j..]
                .iter()
                .position(|&d| d == '}')
                .map_or(chars.len(), |p| j + p + 1);
        }
        j += match kind {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            'p' | 'P' => 1,
            _ => 0,
        };
    }
    j.min(chars.len())
}

/// The index after the class starting at `chars[i]` (a `[`); `None` when it never closes.
fn skip_class(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i + 1;
    if chars.get(j) == Some(&'^') {
        j += 1;
    }
    if chars.get(j) == Some(&']') {
        j += 1; // a literal `]` first in the class
    }
    let mut depth = 1;
    while j < chars.len() {
        match chars[j] {
            '\\' => j += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            _ => {}
        }
        j += 1;
    }
    None
}

/// The index after the group starting at `chars[i]` (a `(`); `None` when it never closes.
fn skip_group(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i + 1;
    let mut depth = 1;
    while j < chars.len() {
        match chars[j] {
            '\\' => j += 1,
            '[' => {
                j = skip_class(chars, j)?;
                continue;
            }
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            _ => {}
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(source: &str) -> Option<String> {
        required_literals(source).map(|clauses| {
            clauses
                .iter()
                .map(|c| c.join("|"))
                .collect::<Vec<_>>()
                .join(" & ")
        })
    }

    #[test]
    fn runs_and_plain_groups_of_the_top_level() {
        assert_eq!(
            lit("与[^。；]{0,40}规划[^。；]{0,6}(相衔接|衔接)").as_deref(),
            Some("规划 & 相衔接|衔接 & 与")
        );
        assert_eq!(lit("(局|委|办)牵头").as_deref(), Some("牵头 & 局|委|办"));
        assert_eq!(
            lit("(国家|省|上级)[^。]{0,6}(下达|分解)").as_deref(),
            Some("下达|分解 & 国家|省|上级")
        );
        assert_eq!(
            lit("(?P<verb>下降|降低)了").as_deref(),
            Some("下降|降低 & 了")
        );
        assert_eq!(lit("省(?:下达|分解)").as_deref(), Some("下达|分解 & 省"));
        // an optional group or character is not required
        assert_eq!(lit("省(下达|分解)?").as_deref(), Some("省"));
        assert_eq!(lit("省(下达|分解){0,1}").as_deref(), Some("省"));
        assert_eq!(lit("省(下达|分\\s解)").as_deref(), Some("省"));
        assert_eq!(
            lit("(减排|节能)量?\\s*吨").as_deref(),
            Some("减排|节能 & 吨")
        );
        assert_eq!(lit("年均下降量?").as_deref(), Some("年均下降"));
        assert_eq!(lit("碳达峰*").as_deref(), Some("碳达"));
        assert_eq!(lit("碳达峰{0,2}").as_deref(), Some("碳达"));
        assert_eq!(lit("碳达峰{,2}").as_deref(), Some("碳达"));
        assert_eq!(lit("碳达峰{1,2}行动").as_deref(), Some("碳达峰 & 行动"));
        assert_eq!(
            lit("碳达峰+?行动方案").as_deref(),
            Some("行动方案 & 碳达峰")
        );
        assert_eq!(lit("碳达峰??").as_deref(), Some("碳达"));
        // escapes, classes and groups end a run and are skipped whole
        assert_eq!(lit("DB\\s?\\d{2}/T").as_deref(), Some("DB & /T"));
        assert_eq!(lit("\\p{Han}{2}园区").as_deref(), Some("园区"));
        assert_eq!(lit("\\pN园区").as_deref(), Some("园区"));
        assert_eq!(lit("\\x41园区").as_deref(), Some("园区"));
        assert_eq!(lit("[]（(]园区[^]]").as_deref(), Some("园区"));
        assert_eq!(lit("[[:alpha:]（]园区").as_deref(), Some("园区"));
        assert_eq!(
            lit("(?P<year>20\\d{2})年前碳达峰").as_deref(),
            Some("年前碳达峰")
        );
        assert_eq!(lit("a.b").as_deref(), Some("a & b"));
    }

    #[test]
    fn top_level_alternatives_give_one_clause() {
        assert_eq!(
            lit("时间表|路线图|施工图").as_deref(),
            Some("施工图|时间表|路线图")
        );
        assert_eq!(
            lit("达峰后|峰值(下降|减少)|(中长期|远期)展望").as_deref(),
            Some("展望|峰值|达峰后")
        );
        assert_eq!(lit("(a|b)|c").as_deref(), Some("a|b|c"));
        // one alternative with nothing sure: nothing sure
        assert_eq!(lit("规划|[0-9]+"), None);
        assert_eq!(lit("规划|方案?"), Some("方|规划".to_owned()));
    }

    #[test]
    fn nothing_sure() {
        assert_eq!(lit("(?i)co2"), None);
        assert_eq!(lit("碳(?i:co2)"), None);
        assert_eq!(lit("(?x) 规划"), None);
        assert_eq!(lit("[0-9]+(万|亿)?"), None);
        assert_eq!(lit("规?"), None);
        assert_eq!(lit("规划)"), None);
        assert_eq!(lit("(规划"), None);
        assert_eq!(lit("[规划"), None);
        assert_eq!(lit("规划{2"), None);
    }

    #[test]
    fn satisfies_needs_every_clause() {
        let clauses = required_literals("(局|委)[^。]{0,4}牵头").unwrap_or_default();
        assert!(satisfies(&clauses, "由发改委负责牵头"));
        assert!(!satisfies(&clauses, "由发改局负责"));
        assert!(!satisfies(&clauses, "企业牵头"));
    }

    #[test]
    fn a_gate_admits_what_its_clauses_are_satisfied_by() {
        for source in [
            "(局|委)[^。]{0,4}牵头",
            "核算(边界|范围)",
            "碳达峰|碳中和",
            "(?i)x",
        ] {
            let clauses = required_literals(source);
            let gate = Gate::of(source);
            assert_eq!(clauses.is_some(), gate.is_some(), "{source}");
            let (Some(clauses), Some(gate)) = (clauses, gate) else {
                continue;
            };
            for text in [
                "由发改委负责牵头",
                "由发改局负责",
                "企业牵头",
                "核算边界",
                "碳中和愿景",
                "",
            ] {
                assert_eq!(
                    gate.admits(text),
                    satisfies(&clauses, text),
                    "{source} / {text}"
                );
            }
        }
    }

    /// Every clause holds in every text a pattern of the embedded pack matches: every
    /// pattern against every example text of the pack and every line of a fixture plan.
    #[test]
    fn clauses_hold_in_every_match_of_the_embedded_pack() {
        fn walk(
            v: &serde_json::Value,
            key: &str,
            patterns: &mut Vec<String>,
            texts: &mut Vec<String>,
        ) {
            match v {
                serde_json::Value::String(s) if key.ends_with("patterns") => {
                    patterns.push(s.clone());
                }
                serde_json::Value::String(s) => texts.push(s.clone()),
                serde_json::Value::Array(items) => {
                    items.iter().for_each(|i| walk(i, key, patterns, texts));
                }
                serde_json::Value::Object(map) => {
                    map.iter().for_each(|(k, i)| walk(i, k, patterns, texts));
                }
                _ => {}
            }
        }
        let pack = crate::pack::default_pack();
        let json = serde_json::to_value(pack).unwrap_or_default();
        let (mut patterns, mut texts) = (Vec::new(), Vec::new());
        walk(&json, "", &mut patterns, &mut texts);
        let plan = include_str!("../../fixtures/md/standard-plan.md");
        texts.extend(plan.lines().map(str::to_owned));
        patterns.sort();
        patterns.dedup();
        assert!(
            patterns.len() > 100 && texts.len() > 1000,
            "{} {}",
            patterns.len(),
            texts.len()
        );
        let (mut gated, mut matches, mut parsed) = (0, 0, 0);
        for source in &patterns {
            let regex = super::super::model::build_regex(source).unwrap_or_else(|e| panic!("{e}"));
            // The parsed reading (`pack::required`), anchors included.
            if let Some(gate) = Gate::parsed(source) {
                parsed += 1;
                for text in texts.iter().filter(|t| regex.is_match(t)) {
                    assert!(
                        gate.admits(text),
                        "`{source}` matches `{text}`, which {gate:?} turns away"
                    );
                }
            }
            let Some(clauses) = required_literals(source) else {
                continue;
            };
            gated += 1;
            for text in texts.iter().filter(|t| regex.is_match(t)) {
                matches += 1;
                assert!(
                    satisfies(&clauses, text),
                    "`{source}` matches `{text}`, which fails {clauses:?}"
                );
            }
        }
        assert!(parsed >= gated, "{parsed} {gated}");
        assert!(
            gated * 10 > patterns.len() * 7,
            "{gated} of {}",
            patterns.len()
        );
        assert!(matches > 500, "{matches}");
    }
}
