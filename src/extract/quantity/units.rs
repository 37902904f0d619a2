//! Units: every spelling of the rules pack's unit families, matched longest first on the
//! normalised text, and the context rule that decides what a bare 吨 or 万吨 weighs.
//!
//! The context rule is documented in the parent module (`extract::quantity`).

use std::ops::Range;
use std::sync::LazyLock;

use crate::document::normalize::Normalized;
use crate::pack::{RulesPack, Unit, UnitFamily};
use crate::text_search::WordSet;

use super::text::{char_at, clause_end, clause_start, in_ranges, sentence_start};

/// What a bare unit measures, from the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    Co2,
    Co2e,
    Energy,
    Electricity,
    /// Another material (固废, 水泥 …): the unit is a plain mass.
    Other,
}

/// Cue words (normalised spelling), longest first where one contains another.
pub(crate) const CUES: &[(&str, Subject)] = &[
    ("二氧化碳当量", Subject::Co2e),
    ("CO2当量", Subject::Co2e),
    ("CO2-eq", Subject::Co2e),
    ("CO2e", Subject::Co2e),
    ("温室气体排放", Subject::Co2e),
    ("温室气体", Subject::Co2e),
    ("标准煤", Subject::Energy),
    ("标煤", Subject::Energy),
    ("tce", Subject::Energy),
    ("能源消费", Subject::Energy),
    ("能源消耗", Subject::Energy),
    ("综合能耗", Subject::Energy),
    ("能耗", Subject::Energy),
    ("耗能", Subject::Energy),
    ("用能", Subject::Energy),
    ("节约能源", Subject::Energy),
    ("节能", Subject::Energy),
    ("折标", Subject::Energy),
    ("二氧化碳", Subject::Co2),
    ("CO2", Subject::Co2),
    ("碳排放", Subject::Co2),
    ("排放", Subject::Co2),
    ("减排", Subject::Co2),
    ("降碳", Subject::Co2),
    ("碳汇", Subject::Co2),
    ("固碳", Subject::Co2),
    ("捕集", Subject::Co2),
    ("封存", Subject::Co2),
    ("达峰", Subject::Co2),
    ("峰值", Subject::Co2),
    ("碳", Subject::Co2),
    ("电量", Subject::Electricity),
    ("用电", Subject::Electricity),
    ("发电", Subject::Electricity),
    ("售电", Subject::Electricity),
    ("购电", Subject::Electricity),
    ("绿电", Subject::Electricity),
    ("电力", Subject::Electricity),
    ("固体废物", Subject::Other),
    ("固废", Subject::Other),
    ("废物", Subject::Other),
    ("危废", Subject::Other),
    ("垃圾", Subject::Other),
    ("污泥", Subject::Other),
    ("秸秆", Subject::Other),
    ("产能", Subject::Other),
    ("产量", Subject::Other),
    ("吞吐", Subject::Other),
    ("粗钢", Subject::Other),
    ("钢铁", Subject::Other),
    ("钢材", Subject::Other),
    ("水泥", Subject::Other),
    ("熟料", Subject::Other),
    ("原煤", Subject::Other),
    ("原油", Subject::Other),
    ("成品油", Subject::Other),
    ("蒸汽", Subject::Other),
    ("氢气", Subject::Other),
    ("化肥", Subject::Other),
    ("粮食", Subject::Other),
    ("货物", Subject::Other),
    ("污水", Subject::Other),
    ("用水", Subject::Other),
];

/// Which family a bare unit of a pack family joins for each subject (by family id).
const BARE_FAMILIES: &[(&str, Subject, &str)] = &[
    ("co2_mass", Subject::Co2, "co2_mass"),
    ("co2_mass", Subject::Co2e, "co2e_mass"),
    ("co2_mass", Subject::Energy, "energy"),
    ("co2_intensity", Subject::Co2, "co2_intensity"),
    ("co2_intensity", Subject::Energy, "energy_intensity"),
    ("electricity", Subject::Electricity, "electricity"),
];

/// The subject a family stands for (`energy` → 标准煤), for quantities that pass their
/// subject on to a breakdown in parentheses.
pub(crate) fn subject_of_family(id: &str) -> Option<Subject> {
    BARE_FAMILIES
        .iter()
        .find(|(_, _, target)| *target == id)
        .map(|(_, subject, _)| *subject)
}

/// One spelling of one unit.
#[derive(Debug)]
pub(crate) struct Spelling {
    /// NFKC form, as matched.
    text: String,
    pub(crate) family: usize,
    pub(crate) unit: usize,
}

/// All unit spellings of a pack, longest first.
#[derive(Debug)]
pub(crate) struct UnitMatcher<'p> {
    pack: &'p RulesPack,
    spellings: Vec<Spelling>,
}

impl<'p> UnitMatcher<'p> {
    pub(crate) fn new(pack: &'p RulesPack) -> Self {
        let mut spellings = Vec::new();
        for (f, family) in pack.units.iter().enumerate() {
            for (u, unit) in family.units.iter().enumerate() {
                for spelling in unit.spellings() {
                    let text = Normalized::new(spelling).text;
                    if !text.is_empty() && !spellings.iter().any(|s: &Spelling| s.text == text) {
                        spellings.push(Spelling {
                            text,
                            family: f,
                            unit: u,
                        });
                    }
                }
            }
        }
        spellings.sort_by_key(|s| std::cmp::Reverse(s.text.len()));
        UnitMatcher { pack, spellings }
    }

    /// The unit spelt exactly `spelling` (normalised), as family and unit indices.
    pub(crate) fn find(&self, spelling: &str) -> Option<(usize, usize)> {
        self.spellings
            .iter()
            .find(|s| s.text == spelling)
            .map(|s| (s.family, s.unit))
    }

    pub(crate) fn family(&self, index: usize) -> Option<&'p UnitFamily> {
        self.pack.units.get(index)
    }

    pub(crate) fn unit(&self, family: usize, unit: usize) -> Option<&'p Unit> {
        self.family(family).and_then(|f| f.units.get(unit))
    }

    /// The longest unit spelling at `pos` (ASCII letters in any case) and its end. A
    /// spelling ending in an ASCII letter or digit must not run on into another one
    /// (`t` is not the start of `times`).
    pub(crate) fn at(&self, s: &str, pos: usize) -> Option<(&Spelling, usize)> {
        let rest = s.get(pos..)?;
        self.spellings.iter().find_map(|sp| {
            let head = rest.get(..sp.text.len())?;
            if !head.eq_ignore_ascii_case(&sp.text) {
                return None;
            }
            let end = pos + sp.text.len();
            let ends_alnum = sp
                .text
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric());
            if ends_alnum && char_at(s, end).is_some_and(|c| c.is_ascii_alphanumeric()) {
                return None;
            }
            Some((sp, end))
        })
    }

    /// Where a bare unit goes for a subject: the family and unit with the same factor
    /// and denominator, preferring a unit that is not itself bare.
    pub(crate) fn resolve_bare(
        &self,
        family: usize,
        unit: usize,
        subject: Subject,
    ) -> Option<(usize, usize)> {
        let from = self.family(family)?;
        let bare = self.unit(family, unit)?;
        let target_id = BARE_FAMILIES
            .iter()
            .find(|(f, s, _)| *f == from.id && *s == subject)?
            .2;
        let (t, target) = self
            .pack
            .units
            .iter()
            .enumerate()
            .find(|(_, f)| f.id == target_id)?;
        let denominator = |u: &Unit| u.symbol.split_once('/').map(|(_, d)| d.to_owned());
        let fits = |u: &Unit| {
            (u.factor - bare.factor).abs() <= bare.factor.abs() * 1e-9
                && denominator(u) == denominator(bare)
        };
        let pick = target
            .units
            .iter()
            .position(|u| !u.bare && fits(u))
            .or_else(|| target.units.iter().position(fits))?;
        Some((t, pick))
    }
}

/// The subject of the quantity at `number` (its unit ends at `unit_end`), by the context
/// rule (steps 1 and 2). Cues inside `units` — the written units of other quantities,
/// sorted — do not count: 吨标准煤 describes its own number, not the next one.
pub(crate) fn subject_in_text(
    s: &str,
    number: Range<usize>,
    unit_end: usize,
    units: &[Range<usize>],
) -> Option<(Subject, &'static str)> {
    let from = clause_start(s, number.start, 80);
    // Forward only up to the next item of an enumeration (、) or the next number.
    let to = clause_end(s, unit_end, 40);
    let to = s
        .get(unit_end..to)
        .and_then(|rest| rest.find(|c: char| c == '、' || c.is_ascii_digit()))
        .map_or(to, |k| unit_end + k);
    if let Some(found) = nearest_cue(s, from..to, number.start, unit_end, units) {
        return Some(found);
    }
    let from = sentence_start(s, number.start, 160);
    nearest_cue(s, from..number.start, number.start, unit_end, units)
}

/// The cue in `s[window]` nearest to the quantity between `before` and `after` (nothing
/// inside the quantity itself or inside `units`).
pub(crate) fn nearest_cue(
    s: &str,
    window: Range<usize>,
    before: usize,
    after: usize,
    units: &[Range<usize>],
) -> Option<(Subject, &'static str)> {
    let from = window.start;
    let to = window.end;
    let window = s.get(from..to)?;
    static WORDS: LazyLock<WordSet> =
        LazyLock::new(|| WordSet::new(&CUES.iter().map(|(c, _)| *c).collect::<Vec<_>>()));
    let mut best: Option<(usize, usize, Subject, &'static str)> = None;
    for (word, r) in WORDS.longest_at_each_start(window) {
        let at = from + r.start;
        let Some((cue, subject)) = CUES.get(word) else {
            continue;
        };
        let end = at + cue.len();
        if in_ranges(units, at) {
            continue;
        }
        let distance = if end <= before {
            before - end
        } else if at >= after {
            at - after
        } else {
            continue;
        };
        let better = match best {
            None => true,
            Some((d, len, _, _)) => distance < d || (distance == d && cue.len() > len),
        };
        if better {
            best = Some((distance, cue.len(), *subject, cue));
        }
    }
    best.map(|(_, _, subject, cue)| (subject, cue))
}
