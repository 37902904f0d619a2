//! Text primitives every reading of prose shares: cited titles (《…》), clauses, and the
//! scope of exclusion and restriction wording (不纳入/不包括/除…外/仅核算…).
//!
//! These know nothing of rules: the cue words come from the caller (the pack's
//! vocabularies), the primitives only say which stretch of a sentence a cue governs.

use std::ops::Range;

use crate::pack::Vocabulary;

/// Longest title (in characters) that an unclosed 《 or an unopened 》 may stand for when a
/// hard line break split the title (text copied from a PDF).
const SPLIT_TITLE_CHARS: usize = 48;

/// Byte ranges of the cited titles of `text`: 《…》 and 〈…〉, nested titles inside the
/// outer one. A title that a hard line break split (an unclosed 《 near the end, or a 》
/// near the start with no 《 before it) runs to the edge of the text, when that stretch is
/// short and holds no sentence end.
pub fn title_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut depth = 0usize;
    let mut first_close: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '《' | '〈' => {
                if depth == 0 {
                    open = Some(i);
                }
                depth += 1;
            }
            '》' | '〉' => {
                if depth > 0 {
                    depth -= 1;
                    if depth == 0 {
                        if let Some(start) = open.take() {
                            out.push(start..i + c.len_utf8());
                        }
                    }
                } else if first_close.is_none() && out.is_empty() {
                    first_close = Some(i + c.len_utf8());
                }
            }
            _ => {}
        }
    }
    // A title closed at the head of the text whose opening mark is on the previous line.
    if let Some(end) = first_close {
        let head = text.get(..end).unwrap_or("");
        if short_fragment(head) {
            out.insert(0, 0..end);
        }
    }
    // A title opened near the end of the text and closed on the next line.
    if let (Some(start), true) = (open, depth > 0) {
        let tail = text.get(start..).unwrap_or("");
        if short_fragment(tail) {
            out.push(start..text.len());
        }
    }
    out
}

fn short_fragment(s: &str) -> bool {
    s.chars().count() <= SPLIT_TITLE_CHARS && !s.contains(['。', '；', '！', '？', ';'])
}

/// Whether byte `at` lies inside one of `ranges`.
pub fn inside(ranges: &[Range<usize>], at: usize) -> bool {
    ranges.iter().any(|r| r.contains(&at))
}

/// Adverbs that may stand between a clause's start and a postfix cue that continues the
/// previous clause's topic (`，均不纳入`, `，也不计入`, `，一概不予统计`).
const TOPIC_ADVERBS: &[char] = &[
    '均', '也', '都', '亦', '皆', '则', '暂', '一', '律', '概', '并', '且', '既', '故',
];

/// The longest label (characters) before a colon whose value restricts or excludes it
/// (`温室气体种类：仅二氧化碳`, `其他温室气体：不纳入核算`).
const LABEL_CHARS: usize = 16;

/// Where a scope starting at `start` begins when its clause is the value of a short
/// `label：` (the label is what the value speaks of), else `start`.
fn with_label(text: &str, start: usize) -> usize {
    let Some(colon) = text
        .get(..start)
        .and_then(|t| t.chars().next_back())
        .filter(|c| matches!(c, '：' | ':'))
    else {
        return start;
    };
    let colon_at = start - colon.len_utf8();
    let label_start = clause_start(text, colon_at);
    let label = text.get(label_start..colon_at).unwrap_or("");
    if !label.trim().is_empty() && label.chars().count() <= LABEL_CHARS {
        label_start
    } else {
        start
    }
}

/// Words of an amount of emissions (a mass, a CO2-equivalent): clauses holding one state
/// a figure, not only a topic.
const AMOUNT_WORDS: &[&str] = &["吨", "当量", "CO2e", "CO₂e", "GWP"];

/// The longest clause (characters) read as a comment on the topic before it (`数量有限`,
/// `占比很低`) rather than a clause with a subject of its own.
const SHORT_COMMENT_CHARS: usize = 4;

/// The longest clause (characters) read as such a comment when it holds no digit
/// (`排放量较小`, `逸散量极少`): a clause with a figure (`其中甲烷5万吨`) states something of
/// its own, however short.
const FIGURELESS_COMMENT_CHARS: usize = 6;

/// Whether a clause passed on the way back to an exclusion's topic is, by its length and
/// lack of figures, a comment on it (the caller also asks that it name no judged term).
fn comment_clause(clause: &str) -> bool {
    let n = clause.chars().count();
    n <= SHORT_COMMENT_CHARS
        || (n <= FIGURELESS_COMMENT_CHARS && !clause.chars().any(|c| c.is_ascii_digit()))
}

/// Whether `c` ends a clause: a comma, semicolon, colon or sentence end.
fn clause_mark(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '；' | ';' | '。' | '：' | ':' | '！' | '？' | '\n'
    )
}

/// Farthest a clause boundary is looked for (bytes): no real clause is longer, and a
/// bound keeps a sentence of thousands of unpunctuated clauses linear.
const MAX_CLAUSE_BYTES: usize = 1024;

/// Where the clause holding byte `at` starts: after the previous clause mark, or after
/// the opening bracket that encloses `at`.
pub fn clause_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    let mut from = at.saturating_sub(MAX_CLAUSE_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..at).unwrap_or("");
    let mut depth = 0usize;
    for (i, c) in head.char_indices().rev() {
        let i = from + i;
        match c {
            // A sentence end closes every clause, brackets or not.
            '。' | '；' | ';' | '！' | '？' | '\n' => return i + c.len_utf8(),
            '）' | ')' | '】' | ']' => depth += 1,
            '（' | '(' | '【' | '[' => {
                if depth == 0 {
                    return i + c.len_utf8();
                }
                depth -= 1;
            }
            c if depth == 0 && clause_mark(c) => return i + c.len_utf8(),
            _ => {}
        }
    }
    from
}

/// Where the clause holding byte `at` ends: at the next clause mark, or at the closing
/// bracket that encloses `at`.
pub fn clause_end(text: &str, at: usize) -> usize {
    let from = at.min(text.len());
    let mut to = (from + MAX_CLAUSE_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let tail = text.get(from..to).unwrap_or("");
    let mut depth = 0usize;
    for (i, c) in tail.char_indices() {
        match c {
            '。' | '；' | ';' | '！' | '？' | '\n' => return from + i,
            '（' | '(' | '【' | '[' => depth += 1,
            '）' | ')' | '】' | ']' => {
                if depth == 0 {
                    return from + i;
                }
                depth -= 1;
            }
            c if depth == 0 && clause_mark(c) => return from + i,
            _ => {}
        }
    }
    to
}

/// The cue words that exclude or restrict what a sentence counts.
#[derive(Debug, Clone, Copy)]
pub struct ExclusionCues<'p> {
    /// Cues governing what follows them in the clause (不包括…, 不含…, 剔除…).
    pub before: &'p Vocabulary,
    /// Cues governing what precedes them in the clause (…不纳入, …不计入, …除外).
    pub after: &'p Vocabulary,
    /// Cues restricting the whole clause to what they name (仅核算二氧化碳, 核算气体仅为…):
    /// every other term of the clause is named in order to be left out.
    pub restriction: &'p Vocabulary,
    /// The words by which a plan names itself or its accounting (本方案, 本次核算): a clause
    /// made of them and a postfix cue (`本方案暂不纳入核算`) excludes the topic before it.
    pub self_reference: &'p Vocabulary,
    /// Openings of a clause with no subject of its own (`由相关企业单独报告`, `按照…`): it
    /// states something of the topic before it.
    pub continuing: &'p Vocabulary,
    /// The terms being judged (the flagged gases): a postfix cue whose clause has no
    /// subject of its own and that is followed by one (`本方案不纳入含氟气体`) has its
    /// object after it, and governs that, not the clause before.
    pub objects: &'p Vocabulary,
    /// Emission sources (the boundary's `sources`): a postfix cue opening its clause and
    /// followed by one (`…外购电力产生的间接排放，不涉及工业生产过程排放`) has its object
    /// after it too, and leaves the clause before alone.
    pub sources: &'p Vocabulary,
    /// Where a figure is (not) counted (`核算`, `总量`, `范围`): after a cue, words ending in
    /// one are its destination (`不纳入温室气体排放总量`), not its object.
    pub destination: &'p Vocabulary,
    /// Words referring back to what the clause before named (`其中`, `上述`): a
    /// restriction with one (`GHG：温室气体，本方案仅核算其中的CO2`) restricts that too.
    pub anaphor: &'p Vocabulary,
    /// A clause subject referring back to all the sentence named before it (`这些气体`):
    /// a postfix cue in its clause governs the sentence up to it.
    pub back_reference: &'p Vocabulary,
}

/// Whether a clause ends with an exclusion cue that takes its object after it (`不使用`,
/// `不涉及`) and has none: it refuses the topic named before it.
fn refuses(clause: &str, cues: ExclusionCues) -> bool {
    let clause = clause.trim_end();
    cues.before
        .find_all(clause)
        .iter()
        .any(|m| m.end == clause.len())
}

/// Whether the words after a postfix cue, to the end of its clause, are its object: they
/// open with a judged term or an emission source and name no destination.
fn object_follows(text: &str, cue_end: usize, cues: ExclusionCues) -> Option<usize> {
    let end = clause_end(text, cue_end);
    let rest = text.get(cue_end..end)?;
    let first = [cues.objects, cues.sources]
        .iter()
        .filter_map(|v| v.find_all(rest).into_iter().next())
        .map(|m| m.start)
        .min()?;
    let opens = rest.get(..first)?.trim().is_empty();
    (opens && !cues.destination.is_match(rest)).then_some(end)
}

/// One cue at each place, the longest (`不计入` over the `不计` it starts with): the
/// words after it are read from its end.
fn longest_at_each_start(mut cues: Vec<Range<usize>>) -> Vec<Range<usize>> {
    // Sorted by (start, end): the last of each start is the longest.
    cues.dedup_by(|later, earlier| {
        let same = later.start == earlier.start;
        if same {
            earlier.end = earlier.end.max(later.end);
        }
        same
    });
    cues
}

/// The byte ranges of `text` that exclusion or restriction wording governs. A term inside
/// one is named in order to be left out, not used. Scopes never leave the clause (nor the
/// bracket) that holds the cue.
pub fn exclusion_scopes(text: &str, cues: ExclusionCues) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for cue in cues.before.find_all(text) {
        let end = clause_end(text, cue.end);
        if end > cue.end {
            out.push(cue.start..continued_end(text, end, cues.continuing));
        }
    }
    for cue in longest_at_each_start(cues.after.find_all(text)) {
        let mut start = clause_start(text, cue.start);
        // `甲烷等按国家要求协同管控，不纳入达峰目标`: a clause that opens with the cue
        // continues the topic of the clause before it (across commas only).
        // So does one whose subject is the plan itself (`…排放量较小，本方案暂不纳入核算`).
        let lead = text.get(start..cue.start).unwrap_or("").trim();
        let lead = cues
            .self_reference
            .terms
            .iter()
            .find_map(|w| lead.strip_prefix(w.as_str()))
            .unwrap_or(lead);
        // Back over one comma — and on over short clauses (`含氟气体主要来自制冷剂逸散，
        // 数量有限，本方案均不纳入核算`) and clauses with no subject of their own
        // (`…氢氟碳化物，由相关企业单独报告，不计入…`), which speak of the same topic.
        let lead = lead.trim_matches(TOPIC_ADVERBS).trim();
        // `…102万吨二氧化碳当量，本方案不纳入含氟气体`: the cue's object follows it.
        if lead.is_empty() {
            if let Some(end) = object_follows(text, cue.end, cues) {
                out.push(cue.start..end);
                continue;
            }
            // A bracketed note on what stands before it (`甲烷和氧化亚氮（不计入合计）`,
            // `污水处理甲烷0.3万吨（未纳入核算）`): the note's cue governs that clause.
            if let Some(open) = text
                .get(..start)
                .and_then(|t| t.chars().next_back())
                .filter(|c| matches!(c, '（' | '('))
            {
                let open_at = start - open.len_utf8();
                let close = clause_end(text, cue.end);
                let closes = text
                    .get(close..)
                    .and_then(|t| t.chars().next())
                    .filter(|c| matches!(c, '）' | ')'));
                if let Some(c) = closes {
                    out.push(clause_start(text, open_at)..close + c.len_utf8());
                    continue;
                }
            }
        }
        if cues.back_reference.starts(lead) {
            start = sentence_start(text, start);
        } else if lead.is_empty() || cues.continuing.starts(lead) {
            while let Some(mark) = text
                .get(..start)
                .and_then(|prev| prev.chars().next_back())
                .filter(|c| matches!(c, '，' | ','))
            {
                let comma = start - mark.len_utf8();
                let prev_start = clause_start(text, comma);
                let passed = text.get(prev_start..comma).unwrap_or("");
                start = prev_start;
                // A clause naming a judged term (`氧化亚氮量小`) is the topic itself: the
                // walk ends with it.
                // So is one that ends refusing the topic (`…氢氟碳化物，园区产品和工艺不使用，
                // 也不在本方案核算范围内`): a before-cue at its end, with no object after it.
                let comment = (comment_clause(passed.trim()) || refuses(passed, cues))
                    && !cues.objects.is_match(passed);
                if !comment && !cues.continuing.starts(passed.trim()) {
                    break;
                }
            }
        }
        let start = with_label(text, start);
        if start < cue.start {
            let own_end = clause_end(text, cue.end);
            let end = continued_end(text, own_end, cues.continuing);
            out.push(start..if end > own_end { end } else { cue.end });
        }
    }
    // A label (`不纳入的内容：…；…。`, `不包括：`) excludes its whole list, to the
    // sentence's end.
    for cue in cues
        .after
        .find_all(text)
        .into_iter()
        .chain(cues.before.find_all(text))
    {
        if let Some(list) = labelled_list(text, cue.end) {
            out.push(cue.start..list);
        }
    }
    for cue in cues.restriction.find_all(text) {
        let mut start = clause_start(text, cue.start);
        let refers_back = text
            .get(start..clause_end(text, cue.end))
            .is_some_and(|c| cues.anaphor.is_match(c));
        if let Some(mark) = text
            .get(..start)
            .and_then(|prev| prev.chars().next_back())
            .filter(|c| refers_back && matches!(c, '，' | ','))
        {
            start = clause_start(text, start - mark.len_utf8());
        }
        // A sentence that limits what it quantifies to CO2 (`本次温室气体盘查参照ISO 14064-1
        // 开展，量化对象仅限二氧化碳`) names other gases before it, in clauses stating no
        // amount, only to set them aside: the scope runs back to the sentence's start.
        let head = sentence_start(text, start);
        if head < start
            && text
                .get(head..start)
                .is_some_and(|before| !AMOUNT_WORDS.iter().any(|w| before.contains(w)))
        {
            start = head;
        }
        let start = with_label(text, start);
        // From the cue's start: a cue may end with its sentence's full stop
        // (`核算气体：二氧化碳。`), which the scope does not cross.
        out.push(start..clause_end(text, cue.start));
    }
    out.extend(except_scopes(text));
    // A term the sentence goes on to leave out by name (`炭化尾气中的甲烷…在焚烧炉内燃尽，…
    // 本次盘查不另行核算甲烷等非二氧化碳气体`) is the topic it explains, where its own clause
    // states no figure.
    let hits = cues.objects.find_all(text);
    let left_out: Vec<bool> = hits.iter().map(|h| governed(&out, h)).collect();
    // Each term's last start where it is left out, so every mention is looked up once.
    let mut last_left_out: std::collections::HashMap<&str, usize> = Default::default();
    for (h, _) in hits.iter().zip(&left_out).filter(|(_, l)| **l) {
        if let Some(term) = text.get(h.clone()) {
            last_left_out.insert(term, h.start);
        }
    }
    let topics: Vec<Range<usize>> = hits
        .iter()
        .zip(&left_out)
        .filter(|(h, l)| {
            !**l && text
                .get((*h).clone())
                .and_then(|term| last_left_out.get(term))
                .is_some_and(|last| *last > h.start)
        })
        .map(|(h, _)| h)
        .filter(|h| {
            text.get(clause_start(text, h.start)..clause_end(text, h.end))
                .is_some_and(|c| !c.chars().any(|c| c.is_ascii_digit()))
        })
        .cloned()
        .collect();
    out.extend(topics);
    out.sort_by_key(|r| (r.start, r.end));
    out
}

/// An exclusion list that runs on over sentences split at its semicolons (`不纳入的内容：
/// 航行排放；冷库制冷剂逸散的含氟气体。`): fed the sentences in order, it says whether
/// each lies wholly in a list begun before it.
#[derive(Debug, Default)]
pub struct ExcludedList {
    open: Option<usize>,
}

impl ExcludedList {
    /// Whether the sentence (of `block`, with its exclusion `scopes`) continues an
    /// exclusion list; and whether the list goes on after it.
    pub fn step(&mut self, block: usize, text: &str, scopes: &[Range<usize>]) -> bool {
        let continues = self.open == Some(block);
        let to_end = continues || scopes.iter().any(|r| r.end >= text.len());
        let runs_on = to_end && text.trim_end().ends_with(['；', ';']);
        self.open = runs_on.then_some(block);
        continues
    }
}

/// When the words at `at` end a label (`的内容：`, `：`, `部分:`), the end of the list it
/// heads: the sentence's full stop, across semicolons.
fn labelled_list(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let colon = rest.find(['：', ':'])?;
    let label = rest.get(..colon)?;
    if label.chars().count() > 4 || label.contains(['，', ',', '；', ';', '。']) {
        return None;
    }
    let from = at + colon;
    let end = text
        .get(from..)?
        .find(['。', '\n'])
        .map_or(text.len(), |e| from + e);
    Some(end)
}

/// The start of the sentence holding byte `at`: just after the last 。！？；; (or a line
/// break) before it.
fn sentence_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|before| {
            before
                .char_indices()
                .rev()
                .find(|(_, c)| matches!(c, '。' | '！' | '？' | '；' | ';' | '\n'))
                .map(|(i, c)| i + c.len_utf8())
        })
        .unwrap_or(0)
}

/// The end of the clauses after the one ending at `end` (across commas) that have no
/// subject of their own (`甲烷不纳入本方案核算，另行纳入…温室气体协同管控清单`): they say
/// where the excluded topic goes instead, so the exclusion governs them too.
fn continued_end(text: &str, mut end: usize, continuing: &Vocabulary) -> usize {
    while let Some(mark) = text
        .get(end..)
        .and_then(|rest| rest.chars().next())
        .filter(|c| matches!(c, '，' | ','))
    {
        let next = end + mark.len_utf8();
        let next_end = clause_end(text, next);
        if next_end <= next || !continuing.starts(text.get(next..next_end).unwrap_or("").trim()) {
            break;
        }
        end = next_end;
    }
    end
}

/// `除…外` / `除…以外` / `除…之外` within one clause: what lies between is excepted.
fn except_scopes(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('除') {
        let from = i + '除'.len_utf8();
        let end = clause_end(text, from);
        let Some(clause) = text.get(from..end) else {
            continue;
        };
        if let Some(j) = clause.rfind('外') {
            // Not 除外 itself (a postfix cue) and not words like 外购 (外 followed by more).
            let after = clause.get(j + '外'.len_utf8()..).unwrap_or("");
            if j > 0 && !after.starts_with(['购', '部', '调', '地', '资', '送']) {
                out.push(i..from + j + '外'.len_utf8());
            }
        }
    }
    out
}

/// The words before a figure in its clause; for a restatement (`2836.5万吨，即28365000吨`)
/// the clause before it, whose subject it restates.
pub fn figure_clause(text: &str, at: usize) -> &str {
    let start = clause_start(text, at);
    let own = text.get(start..at).unwrap_or("");
    let restates = ["即", "合", "折合", "约合", "亦即", "也就是"]
        .iter()
        .any(|w| own.trim_start().starts_with(w));
    let from = match text.get(..start).and_then(|h| h.chars().next_back()) {
        Some(mark @ ('，' | ',')) if restates => clause_start(text, start - mark.len_utf8()),
        _ => start,
    };
    text.get(from..at).unwrap_or("")
}

/// Whether `range` lies within one of `scopes`.
pub fn governed(scopes: &[Range<usize>], range: &Range<usize>) -> bool {
    scopes
        .iter()
        .any(|s| s.start <= range.start && range.end <= s.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Examples;

    fn vocab(terms: &[&str]) -> Vocabulary {
        Vocabulary::new(
            terms.iter().map(|t| t.to_string()).collect(),
            Vec::new(),
            Examples::default(),
        )
    }

    fn titles(t: &str) -> Vec<&str> {
        title_ranges(t)
            .into_iter()
            .filter_map(|r| t.get(r))
            .collect()
    }

    #[test]
    fn titles_nested_and_split_across_lines() {
        assert_eq!(
            titles("依据《关于〈温室气体〉的通知》执行"),
            vec!["《关于〈温室气体〉的通知》"]
        );
        assert_eq!(
            titles("参照《工业企业温室气体排放核算"),
            vec!["《工业企业温室气体排放核算"]
        );
        assert_eq!(
            titles("和报告通则》（GB/T 32150—2015）。"),
            vec!["和报告通则》"]
        );
        // A long tail with a sentence end is not a split title.
        assert!(titles("甲烷排放总量为3万吨。此后《").len() <= 1);
        assert!(titles("温室气体排放总量为102万吨。》").is_empty());
    }

    fn cues() -> (Vocabulary, Vocabulary, Vocabulary) {
        (
            vocab(&["不包括", "不含", "剔除"]),
            vocab(&["不纳入", "不计入", "不在", "除外", "不涉及"]),
            vocab(&["仅为二氧化碳", "仅核算二氧化碳", "仅核算其中的二氧化碳"]),
        )
    }

    fn governed_terms(text: &str, terms: &[&str]) -> Vec<bool> {
        let (b, a, r) = cues();
        let scopes = exclusion_scopes(
            text,
            ExclusionCues {
                before: &b,
                after: &a,
                restriction: &r,
                self_reference: &vocab(&["本方案", "本次核算"]),
                continuing: &vocab(&["交由", "按照"]),
                objects: &vocab(&["甲烷", "氧化亚氮", "含氟气体", "温室气体", "当量"]),
                sources: &vocab(&["工业生产过程", "化石燃料燃烧"]),
                destination: &vocab(&["核算", "总量", "范围", "目标"]),
                anaphor: &vocab(&["其中", "上述"]),
                back_reference: &vocab(&["这些"]),
            },
        );
        terms
            .iter()
            .map(|t| {
                let i = text.find(t).unwrap_or(usize::MAX);
                governed(&scopes, &(i..i.saturating_add(t.len())))
            })
            .collect()
    }

    #[test]
    fn postfix_cue_governs_the_subject_of_its_clause() {
        let t = "核算气体为二氧化碳；甲烷、氧化亚氮等非二氧化碳温室气体不纳入本方案核算。";
        assert_eq!(governed_terms(t, &["甲烷", "温室气体"]), vec![true, true]);
        let t = "园区温室气体排放总量为102万吨二氧化碳当量，其中甲烷不计入";
        assert_eq!(governed_terms(t, &["温室气体", "当量"]), vec![false, false]);
    }

    #[test]
    fn postfix_cue_opening_a_clause_continues_the_topic() {
        let t = "到2030年，园区二氧化碳排放总量控制在150万吨以内，甲烷等其他温室气体按国家要求协同管控，不纳入达峰目标。";
        assert_eq!(
            governed_terms(t, &["甲烷", "二氧化碳排放总量"]),
            vec![true, false]
        );
        // The plan as the subject, and short comments on the topic in between.
        let t = "含氟气体主要来自制冷剂逸散，数量有限，本方案均不纳入核算。";
        assert_eq!(governed_terms(t, &["含氟气体"]), vec![true]);
        let t = "园区核算二氧化碳和甲烷排放，氧化亚氮量小，本方案不纳入核算。";
        assert_eq!(governed_terms(t, &["甲烷", "氧化亚氮"]), vec![false, true]);
        // Not across a sentence end or a semicolon.
        let t = "园区甲烷排放量为3万吨；不纳入达峰目标的还有生物质燃烧排放。";
        assert_eq!(governed_terms(t, &["甲烷"]), vec![false]);
        // Nor when an emission source follows the cue: that is what it leaves out.
        let t = "排放源包括燃料燃烧和污水处理甲烷排放，不涉及工业生产过程排放。";
        assert_eq!(governed_terms(t, &["甲烷"]), vec![false]);
        let t = "污水处理甲烷排放量很小，不纳入核算。";
        assert_eq!(governed_terms(t, &["甲烷"]), vec![true]);
    }

    #[test]
    fn postfix_cue_with_its_object_after_it_does_not_reach_back() {
        let t = "园区温室气体排放总量为102万吨二氧化碳当量，本方案不纳入含氟气体。";
        assert_eq!(
            governed_terms(t, &["温室气体", "当量", "含氟气体"]),
            vec![false, false, true]
        );
        let t = "园区核算二氧化碳和甲烷排放，不纳入氧化亚氮。";
        assert_eq!(governed_terms(t, &["甲烷", "氧化亚氮"]), vec![false, true]);
        // A destination after the cue is not its object: the topic before is excluded.
        let t = "含氟气体排放量较小，本方案不纳入温室气体排放总量。";
        assert_eq!(governed_terms(t, &["含氟气体"]), vec![true]);
        let t = "刻蚀工序使用的三氟化氮等含氟气体不计入本方案二氧化碳排放总量。";
        assert_eq!(governed_terms(t, &["含氟气体"]), vec![true]);
    }

    #[test]
    fn prefix_cue_stops_at_its_bracket() {
        let t = "园区排放总量（不含甲烷）为102万吨二氧化碳当量";
        assert_eq!(governed_terms(t, &["甲烷", "当量"]), vec![true, false]);
    }

    #[test]
    fn restriction_governs_its_clause() {
        let t = "本方案核算的温室气体仅为二氧化碳，园区甲烷排放另行统计";
        assert_eq!(governed_terms(t, &["温室气体", "甲烷"]), vec![true, false]);
    }

    #[test]
    fn restriction_referring_back_covers_the_clause_before() {
        let t = "GHG：温室气体（greenhouse gas），本方案仅核算其中的二氧化碳";
        assert_eq!(governed_terms(t, &["GHG", "温室气体"]), vec![true, true]);
        // Without a word referring back, the clause before is its own statement.
        let t = "园区温室气体排放102万吨，本方案仅核算二氧化碳";
        assert_eq!(governed_terms(t, &["温室气体"]), vec![false]);
    }

    #[test]
    fn except_wording() {
        let t = "除甲烷外，其余排放均按二氧化碳核算";
        assert_eq!(governed_terms(t, &["甲烷"]), vec![true]);
        let t = "除外购电力排放外，园区甲烷排放量为3万吨";
        assert_eq!(governed_terms(t, &["甲烷"]), vec![false]);
    }
}
