//! A target another party pledges for itself: `华越新材料提出到2025年单位产品二氧化碳排放较
//! 2022年下降25%`, `酉泉酒业集团制定企业碳达峰方案，提出单位基酒二氧化碳排放较2021年下降30%`.
//! The pledger stands before the pledge verb (the pack's `lexicon.pledge_verb`), in its
//! clause or, when the clause opens with the verb, in the clause before; a pledger that is
//! neither the park nor the plan itself (`lexicon.own_subject`, `lexicon.self_reference`),
//! nor another level or a cited document (read as an upper level elsewhere), makes the
//! target that party's own, not the plan's.

use crate::pack::Lexicon;

/// Whether the value at `at` in `text` is pledged by a party other than the park.
pub(super) fn pledged_by_party(lex: &Lexicon, text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    // The statement the value belongs to: from the last `；`/`。` on.
    let part_start = before.rfind(['；', ';', '。']).map_or(0, |i| {
        i + before
            .get(i..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8)
    });
    let part = before.get(part_start..).unwrap_or("");
    let Some(verb) = lex.pledge_verb.find_all(part).last().cloned() else {
        return false;
    };
    // A clause opening with the park after the verb takes the statement back
    // (`企业提出…，园区单位工业增加值能耗下降16%`).
    let after = part.get(verb.end..).unwrap_or("");
    if after
        .split(['，', ','])
        .skip(1)
        .any(|c| opens_with_park(lex, c))
    {
        return false;
    }
    let head = part.get(..verb.start).unwrap_or("");
    // `新入园项目须承诺…`: an obligation word right before the verb, the plan requires it.
    // (`督促重点企业提出…` names enterprises last: their pledge, role `enterprise`.)
    if lex.obligation.ends(head.trim_end()) {
        return false;
    }
    let mut clauses = head.rsplit(['，', ',']);
    let own = clauses.next().unwrap_or("").trim();
    let pledger = if own.is_empty() {
        clauses.next().unwrap_or("").trim()
    } else {
        own
    };
    if pledger.is_empty() || pledger.contains('《') || lex.upper_level.is_match(pledger) {
        return false;
    }
    if lex.self_reference.is_match(pledger) {
        return false;
    }
    // The last named subject decides: `园区推动龙头企业` is enterprises, `企业带动园区` the park.
    let park = lex.own_subject.find_all(pledger).last().map(|r| r.start);
    let firm = lex
        .enterprise_subject
        .find_all(pledger)
        .last()
        .map(|r| r.start);
    match (park, firm) {
        (Some(p), Some(f)) => f > p,
        (Some(_), None) => false,
        // A party named without a word for what it is (`华越新材料`).
        (None, _) => true,
    }
}

fn opens_with_park(lex: &Lexicon, clause: &str) -> bool {
    let c = clause.trim_start();
    let c = c.strip_prefix(['本', '我']).unwrap_or(c);
    lex.own_subject
        .terms
        .iter()
        .any(|w| c.starts_with(w.as_str()))
}
