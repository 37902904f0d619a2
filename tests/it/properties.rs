//! Property tests (proptest): the number, numbering and text parsers never panic on any
//! input, and round-trip where that applies.

use peaklint::document::normalize::Normalized;
use peaklint::document::numerals::{parse_chinese, split_heading_number, to_chinese};
use peaklint::document::read::{read_bytes, Limits};
use peaklint::extract::quantity::QuantityExtractor;
use peaklint::extract::years::years;
use peaklint::text_search::WordSet;
use proptest::prelude::*;

/// Strings drawn from the characters plan text is made of, so that the parsers' real
/// paths are exercised, not just their first rejection.
fn plan_text() -> impl Strategy<Value = String> {
    let chars = prop::sample::select(vec![
        '一', '二', '三', '十', '百', '千', '万', '亿', '〇', '零', '两', '第', '章', '节', '条',
        '、', '（', '）', '(', ')', '.', '．', '。', '，', '%', '％', '年', '吨', '标', '准', '煤',
        '二', '氧', '化', '碳', '平', '方', '公', '里', '附', '件', '表', '0', '1', '2', '5', '9',
        '０', '１', ' ', '\u{3000}', '\t', '\n', '—', '~', '≤', '≥', '《', '》', 'a', 'Z', '#',
        '|', '*',
    ]);
    prop::collection::vec(chars, 0..80).prop_map(|v| v.into_iter().collect())
}

/// Each word searched on its own, as `str::match_indices` does (the reference for
/// [`WordSet`]).
fn per_word(words: &[String], text: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut v: Vec<(usize, std::ops::Range<usize>)> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.is_empty())
        .flat_map(|(i, w)| {
            text.match_indices(w.as_str())
                .map(move |(s, t)| (i, s..s + t.len()))
        })
        .collect();
    v.sort_by_key(|(i, r)| (r.start, r.end, *i));
    v
}

fn words() -> impl Strategy<Value = Vec<String>> {
    let chars = prop::sample::select(vec!['碳', '排', '放', '量', 'C', 'O', '2']);
    prop::collection::vec(
        prop::collection::vec(chars, 0..4).prop_map(|v| v.into_iter().collect::<String>()),
        0..8,
    )
}

fn word_text() -> impl Strategy<Value = String> {
    let chars = prop::sample::select(vec!['碳', '排', '放', '量', 'C', 'O', '2', '，']);
    // Long enough, sometimes, to take the word-by-word path (over 2,048 bytes).
    prop::collection::vec(chars, 0..900).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn word_sets_find_what_searching_each_word_finds(ws in words(), text in word_text()) {
        let set = WordSet::new(&ws);
        let mut got = set.find_all(&text);
        got.sort_by_key(|(i, r)| (r.start, r.end, *i));
        let expected = per_word(&ws, &text);
        prop_assert_eq!(set.is_match(&text), !expected.is_empty());
        prop_assert_eq!(got, expected);
        let last = ws
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.is_empty())
            .filter_map(|(i, w)| text.rfind(w.as_str()).map(|s| (i, s..s + w.len())))
            .max_by_key(|(i, r)| (r.start, *i));
        prop_assert_eq!(set.last(&text), last);
    }

    #[test]
    fn chinese_numerals_round_trip(n in 1u32..10_000) {
        prop_assert_eq!(parse_chinese(&to_chinese(n)), Some(n));
    }

    #[test]
    fn heading_numbers_never_panic_and_stay_in_bounds(s in plan_text()) {
        if let Some((number, at)) = split_heading_number(&s) {
            prop_assert!(at <= s.len());
            prop_assert!(s.is_char_boundary(at));
            prop_assert!(s.starts_with(number.token.trim_end()));
        }
    }

    #[test]
    fn normalized_offsets_map_inside_the_original(s in plan_text()) {
        let n = Normalized::new(&s);
        for i in 0..=n.text.len() {
            let o = n.to_original(i);
            prop_assert!(o <= s.len());
            prop_assert!(s.is_char_boundary(o));
        }
    }

    #[test]
    fn quantities_and_years_never_panic(s in plan_text()) {
        let x = QuantityExtractor::new(peaklint::pack::default_pack());
        for q in x.quantities(&s) {
            prop_assert!(s.get(q.span.clone()).is_some());
        }
        for y in years(&s) {
            prop_assert!(s.get(y.span.clone()).is_some());
        }
    }

    #[test]
    fn text_and_markdown_readers_never_panic(s in plan_text()) {
        for name in ["plan.md", "plan.txt"] {
            if let Ok(doc) = read_bytes(name, s.as_bytes(), &Limits::default()) {
                for (i, _) in doc.headings() {
                    let loc = doc.block_location(i);
                    prop_assert!(loc.line.is_some());
                }
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        for name in ["x.md", "x.txt", "x.docx", "x"] {
            let _ = read_bytes(name, &bytes, &Limits::default());
        }
    }
}

/// Pieces of boundary prose: gases, exclusion and restriction cues, clause and sentence
/// marks, brackets.
const SCOPE_PIECES: &[&str] = &[
    "甲烷",
    "温室气体",
    "二氧化碳",
    "不纳入",
    "不包括",
    "不计入",
    "仅核算二氧化碳",
    "除",
    "外",
    "园区",
    "排放总量",
    "为",
    "102万吨",
    "，",
    "。",
    "；",
    "（",
    "）",
    "均",
    "本方案",
    "暂",
    "由企业",
    "：",
    "气体种类",
    "仅二氧化碳",
];

proptest! {
    /// An exclusion or restriction never governs a term across a sentence end or a
    /// semicolon: every scope lies within one clause (a comma is crossed only by a clause
    /// that opens with a postfix cue and continues the previous clause's topic). A
    /// labelled list (`不纳入的内容：航行排放；含氟气体。`) alone runs over semicolons, to
    /// its sentence's full stop.
    #[test]
    fn exclusion_scope_stays_in_its_sentence(picks in proptest::collection::vec(0..SCOPE_PIECES.len(), 0..40)) {
        let text: String = picks.iter().filter_map(|i| SCOPE_PIECES.get(*i).copied()).collect();
        let b = &peaklint::pack::default_pack().boundary;
        let scopes = peaklint::extract::prose::exclusion_scopes(
            &text,
            peaklint::extract::prose::ExclusionCues {
                before: &b.exclusion_before,
                after: &b.exclusion_after,
                restriction: &b.restriction,
                self_reference: &peaklint::pack::default_pack().lexicon.self_reference,
                continuing: &peaklint::pack::default_pack().lexicon.continuing_clause,
                objects: &b.gases_flagged,
                sources: &b.sources,
                destination: &peaklint::pack::default_pack().lexicon.exclusion_destination,
                anaphor: &peaklint::pack::default_pack().lexicon.anaphor,
                back_reference: &peaklint::pack::default_pack().lexicon.back_reference,
            },
        );
        for s in scopes {
            let inner = text.get(s.clone());
            prop_assert!(inner.is_some(), "{s:?} not on char boundaries of {text}");
            let inner = inner.unwrap_or("");
            prop_assert!(!inner.contains('。'), "scope {inner:?} crosses a sentence in {text}");
            let labelled = inner.contains(['：', ':']);
            prop_assert!(labelled || !inner.contains('；'), "scope {inner:?} crosses a semicolon in {text}");
        }
    }
}
