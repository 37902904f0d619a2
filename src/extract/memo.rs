//! Answers remembered for the document being checked — or, in the language server, for
//! the versions of a document being edited.
//!
//! Some extractors are pure functions of a short text and the rules pack (the years of a
//! sentence, its quantities, the metrics it names) that the checks ask for again and
//! again: every rule reads the same sentences and a table's headers once per cell.
//! [`TextMemo`] keeps their answers per thread, for the document the thread is on, and
//! for one pack ([`PackKey`]): reading a document ([`new_document`], called by
//! `Document::new`) forgets everything, so one plan's answers never serve another (and a
//! batch of copies measures what one plan costs).
//!
//! The language server checks the whole document again on every edit, and between two
//! versions almost every sentence is unchanged. It opts in to keeping the answers from one
//! document to the next ([`keep_between_documents`]): a new document then starts a new
//! *generation* instead of forgetting; an answer of the previous generation is still
//! served (and carried into the new one), one not asked for during a whole generation is
//! dropped at the next. So the memory stays that of about two versions of the document,
//! and an answer still depends only on the text and the pack it was computed for.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

thread_local! {
    /// Bumped by a new document when answers are not kept: every memo forgets.
    static EPOCH: Cell<u64> = const { Cell::new(0) };
    /// Bumped by a new document when answers are kept: every memo ages one generation.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    /// Whether this thread keeps answers between documents.
    static KEEP: Cell<bool> = const { Cell::new(false) };
}

/// A document is being read on this thread: what was remembered is forgotten, or, when
/// this thread keeps answers between documents, ages one generation.
pub(crate) fn new_document() {
    if KEEP.with(Cell::get) {
        GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
    } else {
        EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
    }
}

/// Keep (`true`) or forget (`false`, the default) this thread's answers between
/// documents. The language server keeps them: it checks one document's versions one after
/// the other. A batch must not: each plan would then be cheaper than the plan alone.
/// Switching forgets what was remembered so far.
pub fn keep_between_documents(keep: bool) {
    KEEP.with(|k| k.set(keep));
    EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// Whether this thread keeps answers between documents. An answer already kept per
/// sentence for the document's checks (its quantities) is worth a text memo only then.
pub(crate) fn kept() -> bool {
    KEEP.with(Cell::get)
}

/// A hash map for the memo tables: keys are texts of the document, looked up many times;
/// foldhash with a fixed seed (no iteration order depends on it: the tables are only
/// looked up).
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// Longest text remembered.
const MAX_TEXT: usize = 4096;
/// Text bytes remembered per memo and generation before it forgets them all (a bound on
/// memory for a plan of many sentences; well above a 100 KB plan's distinct sentences).
const MAX_BYTES: usize = 1 << 20;
/// Texts remembered per memo and generation before it forgets them all: short texts
/// (100,000 headings `一、标题N`) reached `MAX_BYTES` only after ~70,000 entries, a 5 MB
/// table. Also well above a 100 KB plan's distinct sentences and headers.
const MAX_ENTRIES: usize = 1 << 14;

/// Which rules pack an answer was computed with: a memo's answers serve only the pack
/// they were computed for. `PackKey::NONE` for answers that do not depend on a pack (the
/// years of a text).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct PackKey(u64);

impl PackKey {
    /// For answers that read no pack.
    pub(crate) const NONE: PackKey = PackKey(0);
}

/// A pack's identity for the memos: given on first use, never the same for two packs in
/// one process. A clone gets its own (a clone may be changed by configuration before it is
/// used). A pack must not be changed once checks have read it — as for the data it derives
/// on first use (`Derived`).
#[derive(Default)]
pub(crate) struct PackIdentity(std::sync::OnceLock<u64>);

impl PackIdentity {
    /// The pack's key (the first call gives it).
    pub(crate) fn key(&self) -> PackKey {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        PackKey(*self.0.get_or_init(|| NEXT.fetch_add(1, Ordering::Relaxed)))
    }
}

impl Clone for PackIdentity {
    fn clone(&self) -> Self {
        PackIdentity::default()
    }
}

impl std::fmt::Debug for PackIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PackIdentity")
    }
}

/// Answers by text, for the current document (or generation) of this thread and one pack.
pub(crate) struct TextMemo<V> {
    epoch: u64,
    generation: u64,
    pack: PackKey,
    /// Answers asked for in this generation.
    current: FastMap<Box<str>, V>,
    /// Answers of the previous generation not asked for yet in this one (empty unless
    /// answers are kept between documents).
    previous: FastMap<Box<str>, V>,
    /// Text bytes in `current`.
    bytes: usize,
}

impl<V> Default for TextMemo<V> {
    fn default() -> Self {
        TextMemo {
            epoch: 0,
            generation: 0,
            pack: PackKey::NONE,
            current: FastMap::default(),
            previous: FastMap::default(),
            bytes: 0,
        }
    }
}

impl<V: Clone> TextMemo<V> {
    /// The answer for `text` under `pack`: remembered, or `compute(text)` (remembered when
    /// the text is short enough). `compute` must depend on `text` and the pack only.
    pub(crate) fn get_or(
        memo: &'static std::thread::LocalKey<std::cell::RefCell<TextMemo<V>>>,
        pack: PackKey,
        text: &str,
        compute: impl FnOnce(&str) -> V,
    ) -> V {
        if text.len() > MAX_TEXT {
            return compute(text);
        }
        let epoch = EPOCH.with(Cell::get);
        let generation = GENERATION.with(Cell::get);
        let known = memo.with(|m| {
            let m = &mut *m.borrow_mut();
            m.sync(epoch, generation, pack);
            if let Some(v) = m.current.get(text) {
                return Some(v.clone());
            }
            if m.previous.is_empty() {
                return None; // always, unless kept between documents: no second hash
            }
            let (key, v) = m.previous.remove_entry(text)?;
            m.insert(key, v.clone());
            Some(v)
        });
        if let Some(v) = known {
            return v;
        }
        let v = compute(text);
        memo.with(|m| {
            let m = &mut *m.borrow_mut();
            // `compute` may have read another document meanwhile (it does not today).
            m.sync(epoch, generation, pack);
            m.insert(text.into(), v.clone());
        });
        v
    }

    /// Forget what no longer holds: everything on a new epoch or another pack; on a new
    /// generation, this generation's answers become the previous ones.
    fn sync(&mut self, epoch: u64, generation: u64, pack: PackKey) {
        if self.epoch != epoch || self.pack != pack {
            self.current = FastMap::default();
            self.previous = FastMap::default();
            self.bytes = 0;
            (self.epoch, self.generation, self.pack) = (epoch, generation, pack);
        } else if self.generation != generation {
            self.previous = std::mem::take(&mut self.current);
            self.bytes = 0;
            self.generation = generation;
        }
    }

    fn insert(&mut self, text: Box<str>, v: V) {
        if self.bytes > MAX_BYTES || self.current.len() >= MAX_ENTRIES {
            if self.current.capacity() > MAX_ENTRIES {
                // A new table: `clear` would keep the large one's capacity.
                self.current = FastMap::default();
            } else {
                self.current.clear();
            }
            self.previous = FastMap::default();
            self.bytes = 0;
        }
        self.bytes += text.len();
        self.current.insert(text, v);
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

    fn length_for(pack: PackKey, text: &str) -> usize {
        TextMemo::get_or(&LENGTHS, pack, text, |t| {
            CALLS.with(|c| c.set(c.get() + 1));
            t.len()
        })
    }

    fn length(text: &str) -> usize {
        length_for(PackKey::NONE, text)
    }

    fn calls() -> usize {
        CALLS.with(Cell::get)
    }

    #[test]
    fn remembered_until_the_next_document() {
        keep_between_documents(false);
        new_document();
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

    /// Kept between documents: an answer asked for in the last document (or carried into
    /// it) serves the next; one not asked for during a whole document is dropped; another
    /// pack never gets the first pack's answers.
    #[test]
    fn kept_for_one_generation_and_one_pack() {
        keep_between_documents(true);
        let before = calls();
        new_document();
        assert_eq!((length("碳达峰"), length("园区")), (9, 6));
        new_document();
        assert_eq!(length("碳达峰"), 9); // from the previous generation
        assert_eq!(calls() - before, 2);
        new_document();
        assert_eq!(length("碳达峰"), 9); // carried into the last one
        assert_eq!(length("园区"), 6); // not asked for there: computed again
        assert_eq!(calls() - before, 3);
        let (a, b) = (PackIdentity::default(), PackIdentity::default());
        assert_ne!(a.key(), b.key());
        assert_eq!(a.key(), a.key());
        assert_ne!(a.clone().key(), a.key());
        assert_eq!(length_for(a.key(), "园区"), 6);
        assert_eq!(length_for(a.key(), "园区"), 6);
        assert_eq!(length_for(b.key(), "园区"), 6);
        assert_eq!(calls() - before, 5);
        keep_between_documents(false);
        new_document();
        assert_eq!(length_for(b.key(), "园区"), 6);
        assert_eq!(calls() - before, 6);
    }
}
