//! Answers remembered for the document being checked.
//!
//! Some extractors are pure functions of a short text (the years of a sentence, the
//! metrics it names) that the checks ask for again and again: every rule reads the same
//! sentences and a table's headers once per cell. [`TextMemo`] keeps their answers per
//! thread, for the document the thread is on: reading a document ([`new_document`], called
//! by `Document::new`) forgets everything, so one plan's answers never serve another (and
//! a batch of copies measures what one plan costs).

use std::cell::Cell;
use std::collections::HashMap;

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// A document is being read on this thread: what was remembered is forgotten.
pub(crate) fn new_document() {
    EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// A hash map for the memo tables: keys are texts of the document, looked up many times;
/// foldhash with a fixed seed (no iteration order depends on it: the tables are only
/// looked up).
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Longest text remembered.
const MAX_TEXT: usize = 4096;
/// Text bytes remembered per memo before it forgets them all (a bound on memory for a
/// plan of many sentences; well above a 100 KB plan's distinct sentences).
const MAX_BYTES: usize = 1 << 20;
/// Texts remembered per memo before it forgets them all: short texts (100,000 headings
/// `一、标题N`) reached `MAX_BYTES` only after ~70,000 entries, a 5 MB table. Also well above
/// a 100 KB plan's distinct sentences and headers.
const MAX_ENTRIES: usize = 1 << 14;

/// Answers by text, for the current document of this thread.
#[derive(Default)]
pub(crate) struct TextMemo<V> {
    epoch: u64,
    map: FastMap<Box<str>, V>,
    bytes: usize,
}

impl<V: Clone> TextMemo<V> {
    /// The answer for `text`: remembered, or `compute(text)` (remembered when the text is
    /// short enough). `compute` must depend on `text` only.
    pub(crate) fn get_or(
        memo: &'static std::thread::LocalKey<std::cell::RefCell<TextMemo<V>>>,
        text: &str,
        compute: impl FnOnce(&str) -> V,
    ) -> V {
        if text.len() > MAX_TEXT {
            return compute(text);
        }
        let epoch = EPOCH.with(Cell::get);
        let known = memo.with(|m| {
            let m = m.borrow();
            (m.epoch == epoch)
                .then(|| m.map.get(text).cloned())
                .flatten()
        });
        if let Some(v) = known {
            return v;
        }
        let v = compute(text);
        memo.with(|m| {
            let m = &mut *m.borrow_mut();
            if m.epoch != epoch || m.bytes > MAX_BYTES || m.map.len() >= MAX_ENTRIES {
                if m.map.capacity() > MAX_ENTRIES {
                    // A new table: `clear` would keep the large one's capacity.
                    m.map = FastMap::default();
                } else {
                    m.map.clear();
                }
                m.bytes = 0;
                m.epoch = epoch;
            }
            m.bytes += text.len();
            m.map.insert(text.into(), v.clone());
        });
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        static LENGTHS: RefCell<TextMemo<usize>> = RefCell::default();
        static CALLS: Cell<usize> = const { Cell::new(0) };
    }

    fn length(text: &str) -> usize {
        TextMemo::get_or(&LENGTHS, text, |t| {
            CALLS.with(|c| c.set(c.get() + 1));
            t.len()
        })
    }

    #[test]
    fn remembered_until_the_next_document() {
        new_document();
        let calls = || CALLS.with(Cell::get);
        let before = calls();
        assert_eq!(
            (length("碳达峰"), length("碳达峰"), length("园区")),
            (9, 9, 6)
        );
        assert_eq!(calls() - before, 2);
        new_document();
        assert_eq!(length("碳达峰"), 9);
        assert_eq!(calls() - before, 3);
        let long = "年".repeat(MAX_TEXT);
        assert_eq!((length(&long), length(&long)), (long.len(), long.len()));
        assert_eq!(calls() - before, 5);
    }
}
