//! Finding many literal words in short texts in one pass.
//!
//! Checks ask of each sentence which of a list of words it holds (a vocabulary, the hedge
//! words, the subject cues). `str::match_indices`/`contains` per word builds a substring
//! searcher per word and call; over ~100,000 sentences that construction was the largest
//! single cost left in a check (callgrind, docs/performance.md). One Aho-Corasick automaton
//! per list finds every word in one pass.
//!
//! Results are exactly those of searching each word separately: every word's occurrences
//! left to right without overlapping each other (what `match_indices` gives), while
//! occurrences of different words may overlap.

use std::ops::Range;

use aho_corasick::AhoCorasick;

/// Above this many bytes, [`WordSet::find_all`] searches word by word: the automaton steps
/// through every byte, while a single-word search skips through long CJK text with SIMD, so
/// on a whole section (kilobytes) one pass per word is cheaper (measured with callgrind on the
/// principle evidence, which counts words over section texts).
const LONG_TEXT: usize = 2048;

/// An automaton over a fixed list of words (empty words are ignored).
#[derive(Debug, Clone)]
pub struct WordSet {
    /// `None` when the list has no non-empty word.
    matcher: Option<AhoCorasick>,
    /// The non-empty words.
    words: Vec<String>,
    /// Pattern id → index of the word in the list given to [`WordSet::new`].
    index: Vec<usize>,
}

impl WordSet {
    /// The automaton for `words`.
    pub fn new<S: AsRef<str>>(words: &[S]) -> WordSet {
        let mut kept = Vec::new();
        let mut index = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if !w.as_ref().is_empty() {
                kept.push(w.as_ref());
                index.push(i);
            }
        }
        // Building only fails past size limits far beyond any word list; searching then
        // finds nothing rather than panicking. The NFA the others are built from, not the
        // DFA the crate picks for short lists: most sets are built for one plan and searched
        // a few hundred times, and the DFA's build cost more than its faster search saved
        // (a single plan −4 % instructions, ten plans unchanged; docs/performance.md,
        // session 42).
        let matcher = (!kept.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
                    .build(&kept)
                    .ok()
            })
            .flatten();
        WordSet {
            matcher,
            words: kept.iter().map(|w| (*w).to_owned()).collect(),
            index,
        }
    }

    /// Every occurrence as (index of the word, byte range), in no particular order; each
    /// word's own occurrences do not overlap one another.
    pub fn find_all(&self, text: &str) -> Vec<(usize, Range<usize>)> {
        let Some(m) = &self.matcher else {
            return Vec::new();
        };
        if text.len() > LONG_TEXT {
            return self
                .words
                .iter()
                .zip(&self.index)
                .flat_map(|(w, &word)| {
                    text.match_indices(w.as_str())
                        .map(move |(s, t)| (word, s..s + t.len()))
                })
                .collect();
        }
        let mut last_end = vec![0usize; self.index.len()];
        let mut out = Vec::new();
        for hit in m.find_overlapping_iter(text) {
            let p = hit.pattern().as_usize();
            let (Some(end), Some(&word)) = (last_end.get_mut(p), self.index.get(p)) else {
                continue;
            };
            // Overlapping iteration reports a word again where it overlaps itself
            // ("碳碳" twice in "碳碳碳"); a per-word search would not.
            if hit.start() < *end {
                continue;
            }
            *end = hit.end();
            out.push((word, hit.range()));
        }
        out
    }

    /// The occurrence that starts last (the largest `rfind` over the words); between
    /// words starting at the same place, the one listed last.
    pub fn last(&self, text: &str) -> Option<(usize, Range<usize>)> {
        self.matcher
            .as_ref()?
            .find_overlapping_iter(text)
            .filter_map(|hit| Some((*self.index.get(hit.pattern().as_usize())?, hit.range())))
            .max_by_key(|(word, r)| (r.start, *word))
    }

    /// At each place where a word starts, the longest word starting there (between words of
    /// one length, the one listed last), sorted by start.
    pub fn longest_at_each_start(&self, text: &str) -> Vec<(usize, Range<usize>)> {
        let Some(m) = &self.matcher else {
            return Vec::new();
        };
        let mut hits: Vec<(usize, Range<usize>)> = m
            .find_overlapping_iter(text)
            .filter_map(|hit| Some((*self.index.get(hit.pattern().as_usize())?, hit.range())))
            .collect();
        hits.sort_by_key(|(word, r)| (r.start, r.len(), *word));
        // Keep the last of each run of equal starts.
        let mut out: Vec<(usize, Range<usize>)> = Vec::with_capacity(hits.len());
        for h in hits {
            match out.last_mut() {
                Some(prev) if prev.1.start == h.1.start => *prev = h,
                _ => out.push(h),
            }
        }
        out
    }

    /// Whether any word occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.matcher.as_ref().is_some_and(|m| m.is_match(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per_word(words: &[&str], text: &str) -> Vec<(usize, Range<usize>)> {
        let mut v: Vec<(usize, Range<usize>)> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.is_empty())
            .flat_map(|(i, w)| text.match_indices(w).map(move |(s, t)| (i, s..s + t.len())))
            .collect();
        v.sort_by_key(|(i, r)| (r.start, r.end, *i));
        v
    }

    fn sorted(mut v: Vec<(usize, Range<usize>)>) -> Vec<(usize, Range<usize>)> {
        v.sort_by_key(|(i, r)| (r.start, r.end, *i));
        v
    }

    #[test]
    fn same_hits_as_searching_each_word() {
        let words = [
            "碳排放",
            "排放",
            "碳",
            "",
            "碳碳",
            "CO2",
            "CO2e",
            "温室气体排放",
        ];
        for text in [
            "温室气体排放102万吨CO2e，碳排放强度下降18%，碳碳碳",
            "",
            "无关文字",
            "碳碳碳碳碳",
            "CO2CO2eCO2",
        ] {
            let set = WordSet::new(&words);
            assert_eq!(sorted(set.find_all(text)), per_word(&words, text), "{text}");
            assert_eq!(set.is_match(text), !per_word(&words, text).is_empty());
        }
    }

    #[test]
    fn last_is_the_largest_rfind() {
        let words = ["力争", "争取", "确保", "力争取"];
        let set = WordSet::new(&words);
        for text in ["力争下降18%，确保下降16%", "确保力争取得", "无", "争取力争"]
        {
            let expected = words
                .iter()
                .enumerate()
                .filter_map(|(i, w)| text.rfind(w).map(|s| (i, s..s + w.len())))
                .max_by_key(|(i, r)| (r.start, *i));
            assert_eq!(set.last(text), expected, "{text}");
        }
    }

    #[test]
    fn longest_word_at_each_start() {
        let words = ["碳", "碳排放", "排放", "温室气体排放", "温室气体"];
        let set = WordSet::new(&words);
        let text = "温室气体排放和碳排放";
        let got: Vec<&str> = set
            .longest_at_each_start(text)
            .into_iter()
            .map(|(_, r)| &text[r])
            .collect();
        assert_eq!(got, vec!["温室气体排放", "排放", "碳排放", "排放"]);
    }

    #[test]
    fn long_texts_give_the_same_hits() {
        let words = ["碳排放", "排放", "碳", "碳碳"];
        let text = "碳排放强度下降，碳碳碳。".repeat(200);
        assert!(text.len() > LONG_TEXT);
        let set = WordSet::new(&words);
        assert_eq!(sorted(set.find_all(&text)), per_word(&words, &text));
    }

    #[test]
    fn no_words_finds_nothing() {
        let set = WordSet::new::<&str>(&[]);
        assert!(set.find_all("碳排放").is_empty());
        assert!(!set.is_match("碳排放"));
        assert!(!WordSet::new(&[""]).is_match("碳"));
    }
}
